"""Repair mojibake and broken HTML entities (with ftfy), explaining each fix."""

import html
import re
import unicodedata

from ftfy import TextFixerConfig, fix_and_explain
from ftfy.badness import is_bad

from republished.cleaning.draft import Draft
from republished.cleaning.registry import Stage, StageContext, register

#: Only repairs of damage: typography (curly quotes, ligatures, widths) is left as published.
FTFY_CONFIG = TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
)
#: An entity split by spaces, as some CMS pipelines write it: "Lavrov& # 39; s" for "Lavrov&#39;s",
#: "& quot;" for "&quot;". An apostrophe before its clitic ("s", "t", "ll") also loses the spaces
#: the splitting put around it ("the government & # 39; s" is "the government's").
SPACED_ENTITY = re.compile(
    r"(?P<before>(?<=\w)\s)?&(?:\s?#\s?(?P<number>\d{2,5})|(?P<space>\s)"
    r"(?P<name>quot|amp|apos|lt|gt|nbsp|laquo|raquo|ndash|mdash|hellip|lsquo|rsquo|ldquo|rdquo))\s?;"
    r"(?P<clitic>\s(?=(?:s|t|d|ll|re|ve|m)\b))?"
)
APOSTROPHES = {"'", "’"}
#: "â€" before a space, punctuation or the end is "”" (E2 80 9D) read as windows-1252, which has
#: no character for its last byte, so it was lost. ftfy reads the space as that byte's neighbour
#: 0xA0 and makes "†" of it, eating the space ("centre,â€ says" → "centre,†says").
LOST_CLOSING_QUOTE = re.compile(r"â€(?=[\s.,;:!?)]|$)")
#: A capital letter with a diacritic (UTF-8 C3 80-9F: À-ß) read as windows-1252 is "Ã" and a
#: punctuation mark: "Ã…lesund" (Ålesund), "Ã˜ystein" (Øystein), "Ã–sterreich". Alone in a
#: line ftfy leaves it (the pair could be meant); before a lower-case letter nothing else is meant.
CAPITAL_MOJIBAKE = re.compile(
    "Ã([\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178])(?=[a-zß-ÿ])"
)


def _capital(match: re.Match) -> str:
    return bytes([0xC3, match[1].encode("cp1252")[0]]).decode("utf-8")


def _unescape(match: re.Match) -> str:
    number, name = match["number"], match["name"]
    char = html.unescape(f"&#{number};" if number else f"&{name};")
    if char in APOSTROPHES and match["clitic"]:
        return char
    return (match["before"] or "") + char + (match["clitic"] or "")


def _fix_spaced_entities(text: str) -> str:
    if "&" not in text:
        return text
    return SPACED_ENTITY.sub(_unescape, text)


#: What an HTML entity left in text looks like, whole or split by spaces ("&amp;", "& # 39;").
ENTITY_LIKE = re.compile(r"&\s?#|&\s?[A-Za-z]{2,8};")


#: UTF-8 read as Latin-1/cp1252 leaves a lead-byte letter (Â-ô) before a continuation-byte
#: character; without such a pair there is no mojibake for ftfy's (costlier) test to find.
MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def may_need_repair(text: str) -> bool:
    """Cheap tests first: most lines have no entity, no mojibake and are already NFC."""
    return (
        bool(ENTITY_LIKE.search(text))
        or (bool(MOJIBAKE_HINT.search(text)) and (is_bad(text) or bool(CAPITAL_MOJIBAKE.search(text))))
        or not unicodedata.is_normalized("NFC", text)
    )


def repair(text: str) -> tuple[str, list[str]]:
    if not may_need_repair(text):
        return text, []
    reasons = []
    fixed = _fix_spaced_entities(text)
    if fixed != text:
        reasons.append("decoded HTML entities split by spaces")
    quoted = LOST_CLOSING_QUOTE.sub("”", fixed)
    if quoted != fixed:
        reasons.append("'â€' is a closing quotation mark whose last byte was lost in windows-1252")
        fixed = quoted
    capitals = CAPITAL_MOJIBAKE.sub(_capital, fixed)
    if capitals != fixed:
        reasons.append(
            "'Ã' and a punctuation mark before a lower-case letter are a capital letter's UTF-8 read as windows-1252"
        )
        fixed = capitals
    fixed, explanation = fix_and_explain(fixed, config=FTFY_CONFIG)
    if explanation:
        reasons.append(
            "ftfy: " + ", ".join(step[1] if isinstance(step, tuple) else str(step) for step in explanation)
        )
    return fixed, reasons


@register
class EncodingStage(Stage):
    name = "encoding"

    def __init__(self, context: StageContext):
        pass

    def __call__(self, draft: Draft) -> None:
        fixed, reasons = repair(draft.title)
        if reasons:
            draft.set_title(fixed, self.name, "; ".join(reasons))
        if not may_need_repair(draft.text):
            return
        for index, line in enumerate(draft.lines):
            fixed, reasons = repair(line)
            if reasons:
                draft.replace_line(index, fixed, self.name, "; ".join(reasons))
