import gzip
import re
import sys
from pathlib import Path

import pytest
from lxml import etree
from trafilatura.utils import INVALID_XML_CHARS, load_html, repair_faulty_html

from republished.cleaning import clean_page
from republished.cleaning.errors import PageError
from republished.cleaning.extract import (
    FORBIDDEN_CHARS,
    ExtractionOptions,
    PageElements,
    _first_text,
    _repair_faulty_html,
    based_on_stories,
    based_on_urls,
    byline_and_date,
    declared_source_urls,
    extract,
    page_links,
    page_title,
    parse_html,
    without_job_title,
)
from republished.cleaning.pagedata import PageData
from republished.cleaning.spaces import normalize_space
from republished.spiders.decoding import decode_saved_page

ROOT = Path(__file__).resolve().parent.parent


def test_normalize_space_treats_whitespace_as_the_regex_class_does():
    spaces = re.compile(r"\s+")
    for codepoint in range(sys.maxunicode + 1):
        text = f" a{chr(codepoint)}\t b {chr(codepoint)}"
        assert normalize_space(text) == spaces.sub(" ", text).strip()


def _pages() -> list[Path]:
    """Every page bundled with the project: the sample sites and the fixture pages."""
    return sorted(
        path for folder in (ROOT / "samples", ROOT / "tests" / "fixtures") for path in folder.rglob("*.html")
    )


def _read(path: Path) -> str:
    """A bundled page as `scrapy clean` reads it (tests/fixtures/multilingual/ is not all UTF-8)."""
    return decode_saved_page(path.read_bytes())[0]


def _serialized(tree) -> str:
    return etree.tostring(tree.getroottree(), encoding="unicode", method="html")


def test_parse_html_reads_every_bundled_page_as_trafilatura_does():
    pages = _pages()
    assert len(pages) > 20
    rejected = 0
    for path in pages:
        html = _read(path)
        expected = load_html(html)
        if expected is None:  # a feed saved as index.html: not an HTML page to either reader
            rejected += 1
            with pytest.raises(PageError, match="a feed or XML document, not an HTML page"):
                parse_html(html, str(path))
        else:
            assert _serialized(parse_html(html, str(path))) == _serialized(expected), path
        assert _repair_faulty_html(html, html[:50].lower()) == repair_faulty_html(html, html[:50].lower())
    assert rejected < len(pages) / 4


XHTML_DOCTYPE = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
)
ODD_INPUTS = {
    "cp1252 bytes": "<html><body><p>Café, naïve – “quoted”</p></body></html>".encode("cp1252"),
    "utf-8 bytes": "<html><body><p>Støre sa – ja</p></body></html>".encode(),
    "gzip bytes": gzip.compress(b"<html><body><p>compressed page</p></body></html>"),
    "encoding declaration in a str": '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>x</p></body></html>',
    "no html element": "<body><p>only a body</p><p>and a second paragraph</p></body>",
    "doctype only": "<!DOCTYPE html><p>one paragraph</p>",
    "uppercase tags": "<HTML><HEAD><TITLE>T</TITLE></HEAD><BODY><P>x</P></BODY></HTML>",
    "control characters": "<html><body><p>Lavrov\x0b said\x00 it\x1f was \ufffeover</p></body></html>",
    "xhtml doctype": XHTML_DOCTYPE + "\n<html><head><title>T</title></head><body><p>x</p></body></html>",
    "self-closing html": '<!DOCTYPE html>\n<html lang="en"/>\n<head><title>T</title></head><body><p>x</p></body>',
}


def test_the_repair_deletes_the_characters_trafilatura_deletes():
    deleted = {char for char in map(chr, range(sys.maxunicode + 1)) if INVALID_XML_CHARS.match(char)}
    assert set(FORBIDDEN_CHARS) == deleted


@pytest.mark.parametrize("name", [name for name, html in ODD_INPUTS.items() if isinstance(html, str)])
def test_the_repair_is_trafilatura_repair(name):
    html = ODD_INPUTS[name]
    beginning = html[:50].lower()
    assert _repair_faulty_html(html, beginning) == repair_faulty_html(html, beginning)


@pytest.mark.parametrize("name", ODD_INPUTS)
def test_parse_html_reads_odd_inputs_as_trafilatura_does(name):
    html = ODD_INPUTS[name]
    expected = load_html(html)
    assert expected is not None
    assert _serialized(parse_html(html, name)) == _serialized(expected)


@pytest.mark.parametrize(
    "html",
    ["plain text, no markup at all", "<p>one fragment</p>", b"\x00\x01\x02 binary"],
)
def test_parse_html_rejects_what_trafilatura_rejects(html):
    assert load_html(html) is None
    with pytest.raises(PageError, match=r"^page\.bin: not parseable as HTML$"):
        parse_html(html, "page.bin")


@pytest.mark.parametrize("html", ["", "  \n ", b""])
def test_parse_html_names_an_empty_page(html):
    with pytest.raises(PageError, match=r"^page\.html: empty page$"):
        parse_html(html, "page.html")


TRICKY_HEAD = """<!DOCTYPE html><html><head>
<meta property="og:title" content="  OG   title ">
<meta property="og:url" content="">
<meta property="og:url" content="https://example.com/og">
<meta property="og:site_name">
<meta property="og:site_name" content="Example News">
<link rel="canonical nofollow" href="https://example.com/not-canonical">
<link rel="canonical" href=" https://example.com/canonical ">
<script type="application/ld+json">{"isBasedOn": {"url": "https://www.vg.no/a/1"}}</script>
<script type="application/json">{"isBasedOn": "https://ignored.example/"}</script>
</head><body>
<svg><title>icon</title></svg>
<h1>  The   headline </h1>
<a href="https://www.vg.no/a/1">source</a> <a href=" https://www.vg.no/a/1">again</a>
<a href="/relative">relative</a> <a href="http://old.example/">plain http</a> <a>no href</a>
<script type="application/ld+json">{"isBasedOnUrl": ["https://www.nrk.no/b"]}</script>
</body></html>"""

#: What each page-level field means, written as the XPath searches it stands for.
XPATHS = {
    "head_titles": "//head/title",
    "titles": "//title",
    "h1s": "//h1",
    "og_title": "//meta[@property='og:title']/@content",
    "og_url": "//meta[@property='og:url']/@content",
    "og_site_name": "//meta[@property='og:site_name']/@content",
    "canonical_hrefs": "//link[@rel='canonical']/@href",
    "absolute_hrefs": "//a/@href[starts-with(., 'http')]",
    "json_ld": "//script[@type='application/ld+json']/text()",
}


def _gathered(elements: PageElements) -> dict[str, list]:
    return {
        "head_titles": elements.head_titles,
        "titles": elements.titles,
        "h1s": elements.h1s,
        "og_title": elements.meta("og:title"),
        "og_url": elements.meta("og:url"),
        "og_site_name": elements.meta("og:site_name"),
        "canonical_hrefs": elements.canonical_hrefs,
        "absolute_hrefs": elements.absolute_hrefs,
        "json_ld": elements.json_ld,
    }


def test_one_walk_finds_what_the_xpath_searches_find():
    trees = [parse_html(TRICKY_HEAD, "tricky")]
    trees += [tree for path in _pages() if (tree := load_html(_read(path))) is not None]
    for tree in trees:
        expected = {field: tree.xpath(xpath) for field, xpath in XPATHS.items()}
        assert _gathered(PageElements.of(tree)) == expected


def test_the_heads_declared_sources_are_read_with_how_they_are_declared():
    head = (
        '<html><head><meta name="Original-Source" content=" https://www.ksta.de/koeln/a-873412">'
        '<meta name="syndication-source" content="https://www.ksta.de/koeln/a-873412">'
        '<meta name="DC.source" content="Kölner Stadt-Anzeiger">'
        '<link rel="alternate" hreflang="en" href="https://balticmirror.example/a/">'
        '<link rel="alternate" type="application/rss+xml" href="https://balticmirror.example/feed">'
        '<link rel="alternate" hreflang="lv" href="https://www.diena.lv/raksts/a-1432"></head><body></body></html>'
    )
    assert declared_source_urls(PageElements.of(parse_html(head, "head"))) == (
        ('<meta name="original-source">', "https://www.ksta.de/koeln/a-873412"),
        ('<meta name="syndication-source">', "https://www.ksta.de/koeln/a-873412"),
        ('<link rel="alternate" hreflang="en">', "https://balticmirror.example/a/"),
        ('<link rel="alternate" hreflang="lv">', "https://www.diena.lv/raksts/a-1432"),
    )


def test_page_level_fields_take_the_first_value_that_is_not_blank():
    elements = PageElements.of(parse_html(TRICKY_HEAD, "tricky"))
    assert _first_text(elements.meta("og:url")) == "https://example.com/og"
    assert _first_text(elements.meta("og:site_name")) == "Example News"
    assert _first_text(elements.canonical_hrefs) == "https://example.com/canonical"
    assert page_links(elements) == ("https://www.vg.no/a/1", "http://old.example/")
    assert based_on_urls(elements) == ("https://www.vg.no/a/1", "https://www.nrk.no/b")


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ("<title> Page  title </title><meta property='og:title' content='OG'>", "<h1>H</h1>", "Page title"),
        ("<title> </title><meta property='og:title' content='OG title'>", "<h1>H</h1>", "OG title"),
        ("<meta property='og:title' content=' '>", "<h1>The <em>headline</em></h1>", "The headline"),
        ("", "<p>no title anywhere</p>", None),
    ],
)
def test_page_title_prefers_the_title_element_then_og_title_then_h1(head, body, title):
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert page_title(PageElements.of(parse_html(html, "page"))) == title


@pytest.mark.parametrize("url", ["https://[::1/story/", "https://vg.no\u2100/story/"])
def test_a_page_url_urlsplit_rejects_is_named(url):
    from republished.cleaning import clean_page

    html = "<html><body><p>" + "A sentence of the article. " * 40 + "</p></body></html>"
    with pytest.raises(PageError, match=r"^https://.*/story/: not a valid URL \("):
        clean_page(html, url)


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("김민준 기자", "김민준"),
        ("김민준기자", "김민준"),
        ("이서연 특파원", "이서연"),
        ("记者 王喆", "王喆"),
        ("佐藤 美咲", "佐藤 美咲"),
        ("기자", ""),
        ("Anna Berg", "Anna Berg"),
    ],
)
def test_bylines_lose_job_titles_but_keep_the_name(byline, name):
    assert without_job_title(byline) == name


@pytest.mark.parametrize(
    ("author", "authors"),
    [("王喆", ["王喆"]), ("김민준 기자", ["김민준"]), ("admin", []), ("Anna Berg", ["Anna Berg"])],
)
def test_a_one_word_byline_is_a_name_only_in_scripts_written_without_spaces(author, authors):
    html = f'<html><head><meta name="author" content="{author}"></head><body><p>Text.</p></body></html>'
    assert byline_and_date(parse_html(html, "page"), "https://news.example/a", PageData())[0] == authors


def test_a_date_shown_only_in_the_text_is_found():
    """No date in the metadata or the URL: htmldate's search of the text finds the one shown."""
    html = (
        "<html><head><title>Windpark genehmigt</title></head><body><article><h1>Windpark genehmigt</h1>"
        '<p class="meta">Veröffentlicht am 3. Dezember 2026</p>'
        "<p>Der Kreistag hat den Windpark am Montag nach langer Debatte genehmigt.</p></article></body></html>"
    )
    tree = parse_html(html, "https://www.hunsrueck-bote.example/region/windpark")
    assert byline_and_date(tree, "https://www.hunsrueck-bote.example/region/windpark", PageData()) == (
        [],
        "2026-12-03",
    )


@pytest.mark.parametrize(
    ("shown", "stated", "date"),
    [
        ('<time itemprop="datePublished" datetime="2024-12-06">12/06/2024</time>', "", "2024-12-06"),
        ('<span itemprop="datePublished" content="2024-03-04">03/04/2024</span>', "", "2024-03-04"),
        # A date the page states as read is kept, and so is one that no ISO date swaps into.
        (
            '<time itemprop="datePublished" datetime="2024-12-06">12/06/2024</time>',
            '<time datetime="2024-06-12">x</time>',
            "2024-06-12",
        ),
        ('<span class="date">12/06/2024</span>', "", "2024-06-12"),
    ],
)
def test_a_date_shown_with_day_and_month_swapped_takes_the_pages_own_iso_date(shown, stated, date):
    """htmldate reads the element's text before its attribute: "12/06/2024" became 12 June on a
    page whose `datetime` says 6 December (farms11 p14)."""
    html = (
        "<html><head><title>No bids for offshore wind</title></head><body><article>"
        f'<h1>No bids for offshore wind</h1><p>{stated}</p><div class="footer"><p>{shown}</p></div>'
        "<p>Not a single company bid in the government's offshore wind tender.</p></article></body></html>"
    )
    url = "https://nordeuropa-digest.com/news/denmark/detail/no-bids/"
    record = clean_page(html, url)
    assert record["date_published"] == date
    corrections = [f["text"] for f in record["flags"] if f["type"] == "date_corrected"]
    assert corrections == ([] if date == "2024-06-12" else [f"{date[:5]}{date[8:]}-{date[5:7]} → {date}"])


HARBOUR = (
    "The council voted on Tuesday to expand the harbour, a plan that has divided residents for a decade. "
)
COMMENT = "I have lived by the harbour all my life and nobody asked us what we wanted from it. "


def test_an_article_without_paragraphs_gets_trafilaturas_second_opinion():
    """trafilatura alone finds no text in spans; its second opinion (readability) does."""
    html = (
        "<html><body><main><span>" + "</span><span>".join([HARBOUR * 3] * 6) + "</span></main></body></html>"
    )
    lines = extract(html, "https://harbour.example/vote", ExtractionOptions()).lines
    assert " ".join(lines).count("The council voted") == 18


def test_long_paragraphs_elsewhere_do_not_cost_a_short_text_its_second_opinion():
    """The paragraphs are reader comments, which trafilatura drops: its text without the second
    opinion is empty, so the second opinion is asked, and finds the article."""
    html = (
        "<html><body><main><span>" + "</span><span>".join([HARBOUR * 3] * 6) + "</span></main>"
        "<div class='comments'>"
        + "".join(f"<p>{COMMENT * 3}</p>" for _ in range(16))
        + "</div></body></html>"
    )
    text = " ".join(extract(html, "https://harbour.example/vote", ExtractionOptions()).lines)
    assert text.count("The council voted") == 18
    assert "nobody asked us" not in text


def test_a_logo_h1_without_text_leaves_the_articles_h1_the_pages_headline():
    """Time News puts its logo in an <h1> with only an image: the article's <h1> still marks
    where the headline ends in "headline | Economy | EL PAÍS – Time News"."""
    headline = "Economy raises its growth forecast to 2.4% this year"
    paragraph = (
        "<p>The Ministry of Economy raised its forecast for growth this year to 2.4 percent, it said.</p>"
    )
    page = (
        f"<html><head><title>{headline} | Economy | EL PAÍS – Time News</title>"
        '<meta property="og:site_name" content="Time News"></head><body>'
        '<header><h1 class="logo"><a href="/"><img src="/logo.png" alt=""></a></h1></header>'
        f"<article><h1>{headline}</h1>{paragraph * 6}</article></body></html>"
    )
    record = clean_page(page, "https://time.news/economy-raises-its-growth-forecast/")
    assert record["title"] == headline


def test_the_h1_opening_the_text_is_told_from_a_paragraph_worded_like_it():
    from republished.cleaning.extract import ExtractionOptions, extract

    body = "".join(f"<p>{PARAGRAPH_OF_SWINDLE} {i}.</p>" for i in range(6))
    headline = "Grandmother (83) believed the fake grandson. She lost 400 thousand!"
    only_h1 = f"<html><body><article><h1>{headline}</h1>{body}</article></body></html>"
    as_paragraph = f"<html><body><article><h1>{headline}</h1><p>{headline}</p>{body}</article></body></html>"
    url = "https://czechnewshub.example/news/grandmother/"
    first = extract(only_h1, url, ExtractionOptions())
    assert first.lines[0] == headline and first.meta.h1_line == 0
    second = extract(as_paragraph, url, ExtractionOptions())
    assert second.lines[0] == headline and second.meta.h1_line is None


PARAGRAPH_OF_SWINDLE = (
    "The swindlers called her that her grandson caused a car accident and needs money immediately, and"
    " the senior gave them the savings of a whole life before her daughter came home"
)


def test_a_dialogs_heading_is_no_second_headline():
    """The tabi theme's search box has an <h1> of its own: the page still has one headline, and
    the text that opens with it loses it."""
    from republished.cleaning.extract import _only_heading

    html = (
        "<html><body><main><article><h1>Brač without water in the middle of the season</h1>"
        "<p>The island has had no water for three days.</p></article></main>"
        '<div id="searchModal" class="search-modal" role="dialog"><h1 id="modalTitle">Search</h1></div>'
        "</body></html>"
    )
    assert _only_heading(PageElements.of(parse_html(html, "u")).h1s) == (
        "Brač without water in the middle of the season"
    )
    two = html.replace('role="dialog"', "").replace("search-modal", "search")
    assert _only_heading(PageElements.of(parse_html(two, "u")).h1s) is None


def test_the_heads_accounts_and_a_json_ld_citation_are_read():
    from republished.cleaning.extract import ExtractionOptions, extract

    body = "".join(f"<p>{PARAGRAPH_OF_SWINDLE} {i}.</p>" for i in range(6))
    citation = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rents rose",'
        ' "citation": {"@type": "NewsArticle", "url": "https://www.delo.si/novice/najemnine"}}'
    )
    html = (
        '<html><head><meta name="twitter:site" content="@Sydsvenskan">'
        '<meta property="article:publisher" content="https://www.facebook.com/estadao">'
        '<meta name="twitter:creator" content="not a handle">'
        f'<script type="application/ld+json">{citation}</script></head>'
        f"<body><article><h1>Rents rose</h1>{body}</article></body></html>"
    )
    meta = extract(html, "https://ljubljananewswire.example/rents/", ExtractionOptions()).meta
    assert meta.social_handles == ("@Sydsvenskan", "@estadao")
    assert ("JSON-LD citation", "https://www.delo.si/novice/najemnine") in meta.declared_sources


def test_the_headings_before_the_h1_are_the_page_headers():
    from republished.cleaning.extract import header_headings, parse_html

    html = (
        "<html><body><h2>Blog</h2><div><h2>Blogs</h2><h1>Harbour bath open</h1><h2>Later</h2></div>"
        "<p>Text.</p></body></html>"
    )
    tree = parse_html(html, "https://jutlandwire.example/blog/")
    assert header_headings(tree, "Harbour bath open") == {"Blog", "Blogs"}
    assert header_headings(tree, None) == frozenset()
    assert header_headings(tree, "Another headline") == frozenset()


def test_the_news_stories_a_page_is_based_on_are_read_with_their_publishers():
    stories = (
        '{"@type": "Article", "isBasedOn": [{"@type": "NewsArticle", "url": "https://tuairisc.ie/a/",'
        ' "publisher": {"@type": "NewsMediaOrganization", "name": " Tuairisc.ie "}},'
        ' {"@type": ["ReportageNewsArticle"], "@id": "https://www.rte.ie/b/"},'
        ' {"@type": "Dataset", "url": "https://data.gov.ie/c/"}, "https://www.nrk.no/d",'
        ' {"@type": "ScholarlyArticle", "url": "https://www.nature.com/articles/e", "publisher": {"name": "Nature"}}]}'
    )
    html = f'<html><head><script type="application/ld+json">{stories}</script></head><body></body></html>'
    assert based_on_stories(PageElements.of(parse_html(html, "page"))) == (
        ("https://tuairisc.ie/a/", "Tuairisc.ie"),
        ("https://www.rte.ie/b/", None),
    )


@pytest.mark.parametrize(
    "link",
    [
        '<a class="ob-link-source" href="https://lenouvelliste.com/article/2589/jacmel">Lire l’article original</a>',
        '<a id="js_view_source" href="https://khovar.tj/tj/2025/11/dar-dushanbe/">阅读原文</a>',
        '<a href="https://khovar.tj/tj/2025/11/dar-dushanbe/">Read the original article</a>',
    ],
)
def test_a_link_saying_it_leads_to_the_original_is_read_wherever_it_stands(link):
    html = f"<html><body><article><p>The text.</p></article><div class=tools>{link}</div></body></html>"
    assert PageElements.of(parse_html(html, "page")).original_hrefs == [re.search(r'href="([^"]+)"', link)[1]]


@pytest.mark.parametrize(
    "link", ['<a href="https://www.vg.no/a/1">Source</a>', '<a href="https://www.vg.no/a/1">Original</a>']
)
def test_a_bare_source_or_original_link_outside_the_article_is_not_read(link):
    html = f"<html><body><article><p>The text.</p></article><aside>{link}</aside></body></html>"
    assert PageElements.of(parse_html(html, "page")).original_hrefs == []


def test_the_original_report_in_a_sentence_is_no_link_to_the_original():
    html = (
        "<html><body><article><p>The figures come from "
        '<a href="https://www.transparency.org/en/news/report-2024">the original report</a>.</p></article>'
        '<aside><a href="https://www.cookblog.com/2019/05/chili">The original story</a></aside></body></html>'
    )
    assert PageElements.of(parse_html(html, "page")).original_hrefs == []
