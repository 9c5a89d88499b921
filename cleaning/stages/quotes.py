"""Recognise Scandinavian dash quotes and normalise stray quotation marks.

"– We concluded with an agreement …, Lavrov said." is a quote by Lavrov: it goes to
`quotes` with its speaker, and the text keeps its dash (rewriting it into English
quotation marks would need more evidence than the dash gives). A dash paragraph
without attribution is recorded with no speaker, and only in an article whose
attributed dash quotes show that it uses the convention.
"""

import re

from republished.cleaning.draft import Draft
from republished.cleaning.registry import Stage, StageContext, register

SPEECH = r"(?:says|said|told|tells|adds|added|replied|replies|explains|explained|writes|wrote|stated|states|continues|continued|emphasizes|emphasises|emphasized|emphasised|points out|pointed out)"
#: A capital, Scandinavian and other Latin-1 ones included ("Øystein", "Åsa", "Érik").
CAPITAL = "[A-ZÀ-ÖØ-Þ]"
#: A name of up to six capitalised words, with particles between them ("Ursula von der Leyen").
SPEAKER = (
    rf"(?:the\s+)?{CAPITAL}[\w’'.-]*"
    rf"(?:\s+(?:of\s+|(?:de|van|von)(?:\s+(?:der|den|la|le))?\s+)?{CAPITAL}[\w’'.-]*){{0,5}}"
)
ADVERB = r"(?:also\s+|then\s+|further\s+|now\s+)?"
#: Up to six lower-case words naming the speaker's role ("says operations manager Kari Nilsen",
#: "says the alderman for culture and citizen service Signe Møllgaard"), maybe closed by a comma
#: ("says the chairman of the club, Preben Vestergaard").
ROLE = r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,5}?(?:[a-z][\w-]*,?\s+)?"
#: A dash quote: opens a paragraph or follows a sentence, runs to ", said NAME" or ", NAME said",
#: which a lower-case phrase may follow (", said Blinken, adding that …").
DASH_QUOTE = re.compile(
    rf"(?:^|(?<=[.!?]\s))[–—]\s*(?P<text>[^–—]+?),\s+"
    rf"(?:{ADVERB}{SPEECH}\s+{ROLE}(?P<after>{SPEAKER})|(?P<before>{SPEAKER})\s+{ADVERB}{SPEECH})"
    rf"(?:,?\s+[a-z][^.!?]*)?[.!?]?(?=\s|$)"
)
UNATTRIBUTED = re.compile(r"^[–—]\s+(?P<text>\S.*)$")
#: "— Name (@handle) November 1, 2019": the signature line of an embedded tweet, not a quote.
TWEET_SIGNATURE = re.compile(r"\(@\w+\)")
GUILLEMETS = re.compile(r"«\s*([^«»]+?)\s*»")
STRAY_OPENING = re.compile(r"(?:^|(?<=\s))”(?=\w)")


#: A capitalised run in an attribution: words with capitals, particles between them.
NAME_RUN = re.compile(
    rf"{CAPITAL}[\w’'.-]*(?:\s+(?:(?:de|van|von)(?:\s+(?:der|den|la|le))?\s+)?{CAPITAL}[\w’'.-]*)*"
)
#: Words before a capitalised run that make it a place or body, not the speaker ("leader of the
#: Student Organization", "to NRK").
NOT_SPEAKER_BEFORE = re.compile(r"\b(?:of|to|at|in|for|from|with|by)(?:\s+the)?\s+$")
#: Lower-case words between a body and a name that are the name's role ("FAU leader Kari").
ROLE_GAP = re.compile(r"\s+(?:(?!(?:of|to|at|in|for|from|with|by|and|or|the)\s)[a-z][\w-]*\s+){1,3}")
POSSESSIVE = re.compile(r"[’']s?$")
#: Words of an office written before its holder's name. In "says Minister of Justice Gunnar
#: Strömmer" the department runs into the name: no speaker is named rather than "Minister" or
#: "Justice Gunnar Strömmer".
OFFICES = frozenset(
    "minister prime president vice chancellor secretary mayor governor chairman chairwoman chair "
    "director commissioner ambassador spokesman spokeswoman spokesperson".split()
)
OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _speaker(match: re.Match, line: str) -> str | None:
    """The person named in the attribution after the quote. "says FAU leader Kari Nordmann",
    "says Malmö's mayor Katrin Jammeh", "says leader of the Student Organization, Ingrid
    Skjeldestad": the run that qualifies a role (an organisation, a place's possessive) is not
    the speaker, the name after the role is; "says Senterpartiet's energy spokesperson" names
    no one."""
    if match["before"]:
        return re.sub(r"^the\s+", "", match["before"]).rstrip(".")
    clause = line[match.end("text") :]
    end = re.search(r"[.!?](?=\s|$)", clause)
    clause = clause[: end.start()] if end else clause
    runs = list(NAME_RUN.finditer(clause))
    for i, run in enumerate(runs):
        if POSSESSIVE.search(run.group()) or NOT_SPEAKER_BEFORE.search(clause[: run.start()]):
            continue
        following = runs[i + 1] if i + 1 < len(runs) else None
        if all(word.casefold() in OFFICES for word in run.group().split()):
            if following and OF_GAP.fullmatch(clause[run.end() : following.start()]):
                return None
            continue
        if following and ROLE_GAP.fullmatch(clause[run.end() : following.start()]):
            continue  # "FAU leader Kari Nordmann": the run qualifies the role of the name after it
        return run.group().rstrip(".")
    return None


@register
class QuotesStage(Stage):
    name = "quotes"
    languages = ("en",)

    def __init__(self, context: StageContext):
        pass

    def _normalise_marks(self, draft: Draft) -> None:
        """« » never belong in English text; a ” opening a quotation is repaired only in a
        translated copy (an English original's typography is left as published)."""
        translated = draft.original["language"] not in (None, "en")
        for index, line in enumerate(draft.lines):
            fixed = GUILLEMETS.sub(r"“\1”", line)
            reasons = ["« » quotation marks in English text → “ ”"] if fixed != line else []
            repaired = STRAY_OPENING.sub("“", fixed) if translated else fixed
            if repaired != fixed and repaired.count("“") == repaired.count("”"):
                reasons.append("closing mark ” used to open a quotation → “")
                fixed = repaired
            if reasons:
                draft.replace_line(index, fixed, self.name, "; ".join(reasons))

    def __call__(self, draft: Draft) -> None:
        self._normalise_marks(draft)
        found = []
        for index, line in enumerate(draft.lines):
            for match in DASH_QUOTE.finditer(line):
                found.append((index, match.start(), match["text"].strip(), _speaker(match, line)))
        if not found:
            return
        attributed_lines = {index for index, *_ in found}
        for index, line in enumerate(draft.lines):
            match = UNATTRIBUTED.match(line)
            if index not in attributed_lines and match and not TWEET_SIGNATURE.search(line):
                found.append((index, 0, match["text"].strip(), None))
        draft.quotes.extend({"text": text, "speaker": speaker} for *_, text, speaker in sorted(found))
