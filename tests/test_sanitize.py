"""A reference to a character no text may hold is taken out, however it is written, and every
other reference is left as it is."""

import random

import pytest

from republished.cleaning.sanitize import REFERENCE, forbidden, holds_forbidden, sanitize

#: Around every edge of the forbidden ranges, and the references pages use most.
EDGES = [
    *range(0, 40), 127, 160, 8217, 55295, 55296, 56000, 57343, 57344,
    65533, 65534, 65535, 65536, 1114111, 1114112, 9999999999,
]  # fmt: skip


def spellings(value: int) -> list[str]:
    """A value's references: decimal and hex, upper and lower case, with leading zeros, with and
    without the semicolon."""
    forms = [f"&#{value}", f"&#0{value}", f"&#x{value:x}", f"&#X{value:X}", f"&#x00{value:X}"]
    return [form + end for form in forms for end in (";", "")]


def read_one_by_one(page: str) -> str:
    """The page as the reading of every reference in turn leaves it (at most 8 hex or 10
    decimal digits make a reference)."""

    def keep(match) -> str:
        hex_digits, digits = match.groups()
        return "" if forbidden(int(hex_digits, 16) if hex_digits else int(digits)) else match.group(0)

    return REFERENCE.sub(keep, page)


@pytest.mark.parametrize("value", EDGES)
def test_a_reference_goes_exactly_when_its_character_is_forbidden(value):
    for reference in spellings(value):
        page = f"<p>before {reference} after</p>"
        text, removals = sanitize(page)
        assert text == read_one_by_one(page), reference
        assert (text != page) == bool(removals) == (forbidden(value) or value > 0x10FFFF), reference


def test_random_references_go_exactly_when_forbidden():
    rng = random.Random(7)
    for _ in range(3000):
        value = rng.choice([rng.randrange(0, 100), rng.randrange(55000, 66000), rng.randrange(0, 1 << 24)])
        zeros = "0" * rng.randrange(0, 4)
        reference = rng.choice([f"&#{zeros}{value};", f"&#x{zeros}{value:x};", f"&#X{zeros}{value:X}"])
        # A page full of ordinary references, with one that may be forbidden among them.
        page = f"<p>&#8217;quoted&#8217; &#39;s {reference} &#160;</p>"
        assert sanitize(page)[0] == read_one_by_one(page), reference


def test_the_byte_check_finds_a_raw_character_exactly_when_it_is_forbidden():
    for codepoint in [*range(0x10000), 0x10000, 0x1F600, 0x10FFFF]:
        page = f"ab{chr(codepoint)}cd é"
        assert holds_forbidden(page) is forbidden(codepoint), hex(codepoint)
    assert not holds_forbidden("")
