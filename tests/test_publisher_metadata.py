"""Title, day of publication and authors of publisher pages from bench/publishers (ordinary
news sites in their CMS templates), against the values written by reading each page."""

import json
from pathlib import Path

import pytest

from republished.cleaning import clean_page

PAGES = Path(__file__).resolve().parent.parent / "bench" / "publishers" / "pages"
#: Pages whose metadata is hard in a way the cleaner once got wrong.
HARD = [
    "de-weser-bote-hafen",  # a place before the headline, date only in the text, "Von X"
    "de-woche-online-wald",  # a topic lead-in, a later modified date shown on the page
    "cl-emol-like-metro",  # the site's name before a lower-case headline, no author
    "in-coastal-chronicle-port",  # "Site: headline", two authors in a Yoast graph
    "ph-manila-wire-typhoon",  # "Site | headline", no author anywhere
    "uk-albion-news-rail",  # the JSON-LD author is the site itself, the byline names the reporter
    "no-fjordposten-ntb",  # an agency (NTB) as the author, a photo credit that is not one
    "in-dainik-samachar-rain",  # a Hindi name whose vowel signs must stay
    "jp-hokuriku-tv-ferry",  # the broadcaster as JSON-LD author: no author
    "at-standard-lawine",  # section and domain after the headline, an agency note, no author
]


@pytest.mark.parametrize("slug", HARD)
def test_publisher_page_metadata(slug):
    expected = json.loads((PAGES / f"{slug}.json").read_text(encoding="utf-8"))
    record = clean_page((PAGES / f"{slug}.html").read_text(encoding="utf-8"), expected["url"])
    assert record["title"] == expected["title"]
    assert record["date_published"] == expected["date_published"]
    assert record["authors"] == expected["authors"]
