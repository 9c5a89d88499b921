"""Whether a cleaned page is an article: by what the page declares itself to be, then its length,
counted in characters for scripts written without spaces; clean_page and the crawl agree."""

import asyncio
import json

import pytest
from scrapy.exceptions import DropItem
from scrapy.statscollectors import MemoryStatsCollector

from republished.cleaning import clean_page, default_cleaner
from republished.cleaning.length import describe_length, text_length
from republished.pipelines.clean import CleanPipeline
from republished.spiders.sites import SiteRegistry
from tests.samples import SAMPLES, html_path

#: A 51-word news brief (two sentences of a wire story).
BRIEF = (
    "Firefighters in Bergen put out a blaze at a timber warehouse on the harbour early on Tuesday. "
    "No one was hurt, the fire service said, but the building was destroyed and smoke drifted over "
    "the city centre for several hours, so residents were asked to keep their windows shut until noon."
)
NEWS_ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Warehouse fire"}


def page(head: str = "", body: str = "") -> str:
    return f"<html><head><title>Warehouse fire</title>{head}</head><body><article><p>{BRIEF}</p></article>{body}</body></html>"


def json_ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def verdict(html: str, url: str = "https://news.example/2024/10/07/warehouse-fire/") -> str | None:
    return default_cleaner().article_problem(clean_page(html, url))


def test_the_brief_is_51_words():
    assert text_length(BRIEF) == 51


def test_a_news_brief_marked_up_as_a_news_article_is_an_article():
    assert verdict(page(json_ld(NEWS_ARTICLE))) is None


def test_the_same_brief_without_markup_is_too_short():
    assert verdict(page(), "https://news.example/warehouse-fire") == (
        "too little text for an article (51 words, need 80)"
    )


def test_og_type_article_counts_only_with_a_publication_date():
    about_page = page('<meta property="og:type" content="article">')
    assert verdict(about_page, "https://news.example/about-us/") == (
        "too little text for an article (51 words, need 80)"
    )
    dated = page(
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-10-07T08:00:00+02:00">'
    )
    assert verdict(dated, "https://news.example/warehouse-fire") is None
    assert verdict(about_page, "https://news.example/2024/10/07/warehouse-fire/") is None


def test_microdata_news_article_counts_like_json_ld():
    html = page().replace("<article>", '<article itemscope itemtype="https://schema.org/NewsArticle">')
    assert verdict(html, "https://news.example/warehouse-fire") is None


def test_many_articles_marked_up_on_one_page_make_a_listing_not_an_article():
    teaser = '<div itemscope itemtype="http://schema.org/BlogPosting"><h2>Another story</h2></div>'
    html = page(body=teaser * 3).replace(
        "<article>", '<article itemscope itemtype="http://schema.org/BlogPosting">'
    )
    assert verdict(html, "https://news.example/warehouse-fire") == (
        "too little text for an article (51 words, need 80)"
    )


def test_a_page_declaring_itself_a_collection_is_no_article_at_any_length():
    long_listing = page(json_ld({"@type": "CollectionPage", "name": "World"})).replace(BRIEF, BRIEF * 4)
    assert verdict(long_listing, "https://news.example/category/world/") == (
        "the page declares itself a CollectionPage (schema.org), not an article"
    )


def test_too_short_even_for_a_marked_up_article():
    html = page(json_ld(NEWS_ARTICLE)).replace(BRIEF, "Video: the warehouse fire in Bergen.")
    assert verdict(html) == (
        "too little text for an article (6 words, need 30 for a page marked up as NewsArticle (JSON-LD))"
    )


@pytest.mark.parametrize(
    ("text", "words", "described"),
    [
        ("浜松市は7日、デマンドバスの実証運行を始めた。", 8.0, "20 characters ≈ 8 words"),
        ("姑苏区今年将为12个老旧小区加装电梯", 6.4, "16 characters ≈ 6 words"),
        ("ตำรวจจับกุมผู้ต้องสงสัย", 4.6, "23 characters ≈ 4 words"),
        ("전주시가 한옥마을 셔틀버스를 운행한다.", 4, "4 words"),
        ("Oslo 市 and 東京", 3.2, "3 words"),
    ],
)
def test_length_counts_characters_in_scripts_without_spaces(text, words, described):
    assert text_length(text) == pytest.approx(words)
    assert describe_length(text) == described


@pytest.mark.parametrize(
    "path",
    [
        "www.archyworldys.com/about-us/",
        "www.archyworldys.com/privacy-policy/",
        "www.archyworldys.com/tag/russia/",
        "www.archyworldys.com/category/world/",
        "www.archyworldys.com/",
        "www.newsbeezer.com/about/",
        "www.world-today-news.com/contact/",
        "www.world-today-news.com/tag/ukraine/",
    ],
)
def test_sample_listing_tag_about_and_privacy_pages_stay_non_articles(path):
    url = f"https://{path}"
    problem = verdict(html_path(url, SAMPLES).read_text(encoding="utf-8"), url)
    assert problem is not None and problem.startswith("too little text for an article")


class Stats(MemoryStatsCollector):
    def __init__(self):
        self._stats = {}


def test_the_crawl_drops_a_page_with_the_reason_clean_page_gives():
    url = "https://www.archyworldys.com/about-us/"
    html = html_path(url, SAMPLES).read_text(encoding="utf-8")
    pipeline = CleanPipeline(None, 1, SiteRegistry([]), Stats())  # the bundled cleaner, in this process
    with pytest.raises(DropItem) as dropped:
        asyncio.run(pipeline.process_item({"url": url, "html": html}))
    assert str(dropped.value) == f"not an article: {url}: {verdict(html, url)}"


def test_a_config_error_from_a_worker_drops_every_page_and_is_kept_once_for_the_command(caplog):
    from republished.cleaning import ConfigError
    from republished.pipelines.clean import CONFIG_ERROR

    stats = Stats()
    pipeline = CleanPipeline(None, 1, SiteRegistry([]), stats)
    error = ConfigError(
        "/etc/residue.yaml", "listing_columns[0]", "expected a string, got bool False: quote it"
    )
    for url in ("https://a.example/1", "https://a.example/2"):
        with pytest.raises(DropItem):
            pipeline._verdict(url, None, error, None)
    assert stats.get_value(CONFIG_ERROR) == str(error)
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        f"the cleaning config does not load: {error}"
    ]
    assert stats.get_value("republished/dropped/cleaning_error") is None
