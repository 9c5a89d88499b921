"""The original's language as a translator's note names it ("Translated from Malagasy."), for a
copy whose outlet is unknown: the names stage reads a known source language's evidence, and the
verdict counts a declared translation.

Language names are CLDR's English names (Babel's), with the names copies use that CLDR spells
otherwise ("Bengali", "Luganda", "Greenlandic").
"""

import re
from functools import cache

from babel import Locale

#: "translated from (the) Malagasy", the language's name capitalised, one or two words.
TRANSLATED_FROM = re.compile(
    r"(?i:translated from)\s+(?:the\s+)?(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)"
)
#: Names copies write that CLDR's English names spell otherwise.
OTHER_NAMES = {
    "bengali": "bn",
    "luganda": "lg",
    "greenlandic": "kl",
    "sorani": "ckb",
    "dari": "fa",
    "farsi": "fa",
    "flemish": "nl",
    "bokmål": "nb",
    "nynorsk": "nn",
}


@cache
def _codes() -> dict[str, str]:
    """Case-folded English name → language code, without a region ("fa_AF" is Persian)."""
    codes = {name.casefold(): code.split("_")[0] for code, name in Locale("en").languages.items()}
    return {**codes, **OTHER_NAMES}


def language_code(name: str) -> str | None:
    """The code of a language's English name ("Norwegian Bokmål" by its whole name, else its
    first word: "Kurdish Sorani" is Kurdish)."""
    folded = name.casefold()
    codes = _codes()
    return codes.get(folded) or codes.get(folded.split()[0].split("-")[0])


#: The residue stage's reason for a translator's note it removes (residue.yaml).
NOTE_REASON = "(translated_from_note)"


def translator_notes(draft) -> list[str]:
    """The translator's notes the residue stage took out of the text; no other line it removed
    ("Read also: A novel translated from Korean wins …") says what the copy was translated from."""
    return [edit["before"] for edit in draft.removed_by("residue") if edit["reason"].endswith(NOTE_REASON)]


def declared_language(notes: list[str]) -> tuple[str, str] | None:
    """(code, note) of the first note that says what language the copy was translated from."""
    for note in notes:
        if (match := TRANSLATED_FROM.search(note)) and (code := language_code(match.group("name"))):
            return code, note
    return None
