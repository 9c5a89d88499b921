"""Title, date and bylines of clean_page against trafilatura's metadata, on the bundled pages
whose expected values were written by reading them (the 16 sample articles and the 8
multilingual fixture pages). Usage (from the repo root):

    .venv/bin/python bench/metadata.py
"""

import sys
from pathlib import Path

from trafilatura import bare_extraction

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from republished.cleaning import clean_page
from republished.spiders.decoding import decode_saved_page
from tests.multilingual import NAMES, expected, raw_page, spaced
from tests.samples import expected_records, html_path

FIELDS = ("title", "date_published", "authors")


def cases() -> list[tuple[str, str, dict]]:
    """(html, url, expected title, date and authors) of every page with hand-written values."""
    found = []
    for record in expected_records():
        html = html_path(record["url"]).read_text(encoding="utf-8")
        found.append((html, record["url"], {field: record[field] for field in FIELDS}))
    for name in NAMES:
        html, _ = decode_saved_page(raw_page(name))
        page = expected(name)
        found.append((html, page["url"], {**{f: page[f] for f in FIELDS}, "title": spaced(page["title"])}))
    return found


def trafilatura_fields(html: str, url: str) -> dict:
    document = bare_extraction(html, url=url, with_metadata=True)
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return {"title": document.title, "date_published": document.date, "authors": authors}


def main() -> int:
    right = {"clean_page": dict.fromkeys(FIELDS, 0), "trafilatura": dict.fromkeys(FIELDS, 0)}
    pages = cases()
    for html, url, truth in pages:
        record = clean_page(html, url)
        for name, got in (("clean_page", record), ("trafilatura", trafilatura_fields(html, url))):
            for field in FIELDS:
                if got[field] == truth[field]:
                    right[name][field] += 1
                elif name == "clean_page":
                    print(f"clean_page {field} on {url}: {got[field]!r}, expected {truth[field]!r}")
    print(f"{len(pages)} pages, fields right:")
    for name, counts in right.items():
        print(f"  {name:<12} " + ", ".join(f"{field} {counts[field]}" for field in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
