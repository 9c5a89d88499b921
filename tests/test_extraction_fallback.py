"""favor_precision's text is checked against trafilatura's default extraction when it is much
shorter than the article the page says it holds; the replacement is flagged with both lengths.

trafilatura is replaced here by a stand-in that keeps one paragraph with favor_precision and all
of them without, as it does on some real pages (bench/README.md names one)."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from republished.cleaning import clean_page, default_cleaner
from republished.cleaning import extract as extract_module

PARAGRAPHS = [
    "Shares of Harbor Supply fell 5% in early trading on Tuesday after the home-improvement chain cut "
    "its sales forecast for the year.",
    "The company said comparable-store sales would grow 3.5% this year, down from the 4% it had "
    "promised in August.",
    "Profit for the third quarter was $2.53 a share, a cent above what analysts had expected, and "
    "revenue rose 3.6% to $27.2 billion.",
    "Analysts said the cut was no sign of a wider slowdown: spending on home repairs has held up "
    "better than spending on furniture and electronics.",
]
URL = "https://markets.example/articles/harbor-supply-forecast"
NEWS_ARTICLE = json.dumps({"@type": "NewsArticle", "headline": "Harbor Supply cuts its forecast"})


def page(head: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>Harbor Supply cuts its forecast</title>{head}</head><body>{body}</body></html>"
    )


@pytest.fixture
def precision_keeps_one_paragraph(monkeypatch):
    calls = []

    def extraction(tree, favor_precision=False, **options):
        calls.append(favor_precision)
        paragraphs = PARAGRAPHS[:1] if favor_precision else PARAGRAPHS
        return SimpleNamespace(text="\n".join(paragraphs))

    monkeypatch.setattr(extract_module, "bare_extraction", extraction)
    return calls


def test_a_marked_up_article_gets_the_default_extraction_when_precision_keeps_too_little(
    precision_keeps_one_paragraph,
):
    record = clean_page(page(f'<script type="application/ld+json">{NEWS_ARTICLE}</script>', PARAGRAPHS), URL)
    assert record["text"].split("\n") == PARAGRAPHS
    assert precision_keeps_one_paragraph == [True, False]
    assert [(f["type"], f["text"]) for f in record["flags"]] == [
        ("extraction_fallback", "22 words → 89 words")
    ]
    assert record["flags"][0]["reason"] == (
        "favor_precision kept 22 words of a page marked up as NewsArticle (JSON-LD); "
        "trafilatura's default extraction, with 89 words, is used instead"
    )
    assert default_cleaner().article_problem(record) is None


def test_an_unmarked_page_keeps_the_precise_text(precision_keeps_one_paragraph):
    record = clean_page(page("", PARAGRAPHS), URL)
    assert record["text"] == PARAGRAPHS[0]
    assert precision_keeps_one_paragraph == [True]
    assert "extraction_fallback" not in {f["type"] for f in record["flags"]}


def test_a_long_precise_text_is_not_checked_unless_the_page_declares_a_longer_body(monkeypatch):
    calls = []
    long_text = " ".join(["word"] * 200)

    def extraction(tree, favor_precision=False, **options):
        calls.append(favor_precision)
        return SimpleNamespace(text=long_text if favor_precision else long_text + " more" * 300)

    monkeypatch.setattr(extract_module, "bare_extraction", extraction)
    script = f'<script type="application/ld+json">{NEWS_ARTICLE}</script>'
    assert clean_page(page(script, ["x"]), URL)["text"] == long_text
    assert calls == [True]
    declared = json.dumps({"@type": "NewsArticle", "wordCount": 480})
    record = clean_page(page(f'<script type="application/ld+json">{declared}</script>', ["x"]), URL)
    assert calls == [True, True, False]
    assert len(record["text"].split()) == 500


def test_a_default_extraction_less_than_twice_as_long_is_not_taken(monkeypatch):
    def extraction(tree, favor_precision=False, **options):
        return SimpleNamespace(text="\n".join(PARAGRAPHS[:3] if favor_precision else PARAGRAPHS))

    monkeypatch.setattr(extract_module, "bare_extraction", extraction)
    record = clean_page(page(f'<script type="application/ld+json">{NEWS_ARTICLE}</script>', PARAGRAPHS), URL)
    assert record["text"].split("\n") == PARAGRAPHS[:3]


def test_an_inline_block_of_related_posts_does_not_end_the_article():
    """A JNews page puts an "Also read" block of linked headlines (each an <article>) between two
    paragraphs: trafilatura's core extractor stops there with and without favor_precision, and
    only its second opinion reads on. The article's seven paragraphs all come through."""
    path = Path(__file__).parent / "fixtures" / "extraction" / "jnews-inline-related-posts.html"
    url = "https://nordenbulletin.com/17-year-old-arrested-after-shooting-in-malmo/"
    record = clean_page(path.read_text(encoding="utf-8"), url)
    text = record["text"]
    for opening in (
        "A 17-year-old boy was arrested on Sunday night",
        "The shooting took place shortly after 9 p.m. in the Rosengård district.",
        "We have arrested a young person who we believe has a connection to the act.",
        "According to the police, the man who died was known to them from before.",
        "The shooting is the fourth in Malmö this year.",
        "It is terrible that young people are being drawn into this.",
        "The police are asking anyone who was in the area between 8.30 p.m. and 9.30 p.m.",
    ):
        assert opening in text
    for headline in ("Gang conflict in Stockholm", "New law on visitation zones", "Volvo Cars cuts"):
        assert headline not in text
