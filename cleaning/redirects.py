"""Links that pass through a redirect, read as the address they lead to.

Newsletters count clicks through their sender's tracking address, which carries the real one in
a parameter (Mailjet's `…mjt.lu/lnk/…?u=https%3A%2F%2Fwww.correiodominho.pt%2F…`), and social
networks and search engines do the same (`l.facebook.com/l.php?u=…`, `google.com/url?q=…`): the
link to the original story is the address inside.
"""

import re
from urllib.parse import parse_qsl, urlsplit

#: The paths of share buttons, whose parameter is the page to share, not a link's target
#: ("twitter.com/intent/tweet?url=…", "facebook.com/sharer/sharer.php?u=…").
SHARE_PATH = re.compile(r"shar|intent|submit|pin/create|send|compose|post", re.IGNORECASE)
#: The query parameters redirects carry the target in.
TARGET_PARAMETERS = frozenset({"u", "url", "q", "redirect", "redirect_url", "target", "to", "dest", "link"})


def redirect_target(href: str) -> str:
    """The address a redirect link leads to, or the link itself."""
    if "=http" not in href:
        return href
    try:
        parts = urlsplit(href)
    except ValueError:
        return href
    if SHARE_PATH.search(parts.path):
        return href
    for name, value in parse_qsl(parts.query):
        if name.lower() in TARGET_PARAMETERS and value.startswith(("https://", "http://")):
            return value
    return href
