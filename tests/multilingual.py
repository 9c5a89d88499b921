"""The multilingual fixture pages: tests/fixtures/multilingual/<name>.html holds a news page's bytes
in its native encoding, <name>.json beside it what a reader of the page expects (see the README there)."""

import json
from pathlib import Path

MULTILINGUAL = Path(__file__).resolve().parent / "fixtures" / "multilingual"
NAMES = sorted(p.stem for p in MULTILINGUAL.glob("*.json"))


def raw_page(name: str) -> bytes:
    return (MULTILINGUAL / f"{name}.html").read_bytes()


def expected(name: str) -> dict:
    return json.loads((MULTILINGUAL / f"{name}.json").read_text(encoding="utf-8"))


def spaced(text: str) -> str:
    """Runs of whitespace (U+3000 and no-break spaces too) as one space, as records write text."""
    return " ".join(text.split())
