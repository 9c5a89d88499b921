"""Write the publisher pages and their expected values from the hand-written specs.

    .venv/bin/python bench/publishers/source/build.py

Each page goes to bench/publishers/pages/<slug>.html, with <slug>.json beside it: the spec's
url, title, date_published and authors (what a reader of the page takes them to be, written
by hand in specs.py), the country, language and what makes the page hard.
"""

import json
from pathlib import Path

from render import expected, render
from specs import PAGES

OUT = Path(__file__).resolve().parent.parent / "pages"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    slugs = [spec["slug"] for spec in PAGES]
    duplicates = {slug for slug in slugs if slugs.count(slug) > 1}
    if duplicates:
        raise SystemExit(f"specs.py: slugs used twice: {sorted(duplicates)}")
    for old in OUT.glob("*"):
        old.unlink()
    for spec in PAGES:
        (OUT / f"{spec['slug']}.html").write_text(render(spec), encoding="utf-8")
        text = json.dumps(expected(spec), ensure_ascii=False, indent=2) + "\n"
        (OUT / f"{spec['slug']}.json").write_text(text, encoding="utf-8")
    countries = {spec["cc"] for spec in PAGES}
    print(f"{len(PAGES)} pages from {len(countries)} countries written to {OUT}")


if __name__ == "__main__":
    main()
