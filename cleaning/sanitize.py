"""Characters no text may hold, taken out of a page before anything reads it.

A NUL, another C0 control, a lone surrogate or a non-character (U+FFFE, U+FFFF) is invalid in
XML and in JSON text, and one numeric reference to such a character (`&#8;`) made lxml and
trafilatura lose the whole article. Each removal is reported, so it can be logged as an edit.
"""

import re
from collections import Counter
from dataclasses import dataclass

RAW_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
#: Every byte but the C0 controls no text may hold: in UTF-8 those bytes stand only for themselves.
_TEXT_BYTES = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x100)])


def holds_forbidden(text: str) -> bool:
    """Whether RAW_FORBIDDEN matches, found in a C loop over the bytes (the regex's search takes
    about 1 ms on a page of 170,000 characters, this half of it or less)."""
    if "\ufffe" in text or "\uffff" in text:
        return True
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return True
    return bool(encoded.translate(None, _TEXT_BYTES))


def forbidden(codepoint: int) -> bool:
    return (
        (codepoint < 0x20 and codepoint not in (0x09, 0x0A, 0x0D))
        or 0xD800 <= codepoint <= 0xDFFF
        or codepoint in (0xFFFE, 0xFFFF)
        or codepoint > 0x10FFFF
    )


@dataclass(frozen=True)
class Removal:
    """`before` is the reference as written (`&#8;`), or a raw character as U+XXXX: the record
    itself must not hold the character."""

    before: str
    count: int

    @property
    def reason(self) -> str:
        if self.before.startswith("&#"):
            what = "a reference to a character that no text may hold (control, surrogate or non-character)"
        else:
            what = f"character {self.before}, which no text may hold"
        return f"removed {what}" + (f" ({self.count} times)" if self.count > 1 else "")


def sanitize(text: str) -> tuple[str, list[Removal]]:
    """The text without forbidden characters or references to them, and what was removed."""
    removed: Counter[str] = Counter()

    def drop_reference(match: re.Match) -> str:
        hex_digits, digits = match.groups()
        if not forbidden(int(hex_digits, 16) if hex_digits else int(digits)):
            return match.group(0)
        removed[match.group(0)] += 1
        return ""

    if "&#" in text:
        text = REFERENCE.sub(drop_reference, text)
    if holds_forbidden(text):
        for char in RAW_FORBIDDEN.findall(text):
            removed[f"U+{ord(char):04X}"] += 1
        text = RAW_FORBIDDEN.sub("", text)
    return text, [Removal(before, count) for before, count in removed.items()]


def url_problem(url: str) -> str | None:
    """Why a URL cannot name a page: control characters or spaces, which no real URL holds."""
    bad = next((c for c in url if ord(c) < 0x21 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) <= 0xDFFF), None)
    return None if bad is None else f"URL holds character U+{ord(bad):04X}"
