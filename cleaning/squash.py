"""One spelling of a name for comparing the ways pages write it: "SN.at", "sn at" and "SNat"
are one, as are "NewsFrance24h" and newsfrance24h.com's first label."""


def squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
