"""False repairs of the names stage on realistic English text that was never machine-translated.

Each case in bench/names_traps.json is a short article naming a person, with a capitalised
word that looks like that person's surname but is something else (a company, a newspaper,
another person, a plural). Every names edit is a false repair. Usage (from the repo root):

    .venv/bin/python bench/names_traps.py
"""

import json
import sys
from pathlib import Path

from republished.cleaning import default_cleaner

CASES = Path(__file__).resolve().parent / "names_traps.json"


def main() -> int:
    cleaner = default_cleaner()
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    false_repairs, touched = 0, 0
    for case in cases:
        record = cleaner.clean_text("\n".join(case["paragraphs"]), title=case["title"])
        edits = [e for e in record["edits"] if e["stage"] == "names"]
        false_repairs += len(edits)
        touched += bool(edits)
        for edit in edits:
            print(f"{case['title']}: {edit['before']!r}\n  → {edit['after']!r}\n  {edit['reason']}\n")
    print(f"{len(cases)} articles: {len(cases) - touched} untouched, {false_repairs} false repairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
