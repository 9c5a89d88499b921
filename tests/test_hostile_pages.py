"""Pages damaged the way a broken crawler or an attacker damages them keep their article, and
every repair or cut is in the record."""

import re

import pytest

from republished.cleaning import PageError, clean_page
from republished.cleaning.bounds import bound_elements, bound_texts
from republished.cleaning.extract import parse_html
from republished.cleaning.sanitize import sanitize, url_problem
from tests.hostile import forbidden_in
from tests.samples import SAMPLES

SEED_URL = "https://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"
SEED = (SAMPLES / "www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/index.html").read_text()
SENTENCE = "The two foreign ministers will each hold a press conference on Friday afternoon."


@pytest.mark.parametrize("reference", ["&#8;", "&#27;", "&#x1B;", "&#65535;", "&#xFFFE;", "&#0;", "&#xd800;"])
def test_one_reference_to_a_forbidden_character_keeps_the_article(reference):
    damaged = SEED.replace("The two foreign ministers", f"The two {reference}foreign ministers", 1)
    record = clean_page(damaged, SEED_URL)
    assert SENTENCE in record["text"]
    [edit] = [e for e in record["edits"] if e["stage"] == "input"]
    assert edit == {
        "stage": "input",
        "action": "remove",
        "field": "html",
        "before": reference,
        "after": "",
        "reason": "removed a reference to a character that no text may hold (control, surrogate or non-character)",
    }


def test_raw_forbidden_characters_are_removed_and_named_by_code_point():
    damaged = SEED.replace("The two foreign", "The two \x00\x00\ud800foreign", 1)
    record = clean_page(damaged, SEED_URL)
    assert SENTENCE in record["text"]
    assert not forbidden_in(record)
    removed = {e["before"]: e["reason"] for e in record["edits"] if e["stage"] == "input"}
    assert removed == {
        "U+0000": "removed character U+0000, which no text may hold (2 times)",
        "U+D800": "removed character U+D800, which no text may hold",
    }


def test_references_to_allowed_characters_stay():
    text = "tab&#9; newline&#10; quote&#8217; euro&#x20AC; big&#128512;"
    assert sanitize(text) == (text, [])


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://www.archyworldys.com/x\x00/", "URL holds character U+0000"),
        ("https://www.archyworldys.com/a b/", "URL holds character U+0020"),
        ("https://www.archyworldys.com/x\x85/", "URL holds character U+0085"),
    ],
)
def test_a_url_with_control_characters_names_no_page(url, problem):
    assert url_problem(url) == problem
    with pytest.raises(PageError, match=re.escape(problem)):
        clean_page(SEED, url)


def test_a_page_padded_with_links_keeps_its_article_and_says_what_was_cut():
    links = "".join(f'<a href="https://x{i}.example/">link {i}</a> ' for i in range(60_000))
    record = clean_page(SEED.replace("</body>", f"<div>{links}</div></body>", 1), SEED_URL)
    assert SENTENCE in record["text"]
    assert "link 59999" not in record["text"]
    [flag] = [f for f in record["flags"] if f["type"] == "page_bounded"]
    assert flag["text"] == "60001 elements"
    assert flag["reason"].startswith("page has more than 50000 elements: cut 1 subtrees without paragraphs")


def test_a_paragraph_longer_than_any_article_is_left_out_and_the_article_kept():
    """A 5 MB paragraph took trafilatura 175 MB to extract, and the page was dropped when the
    extraction kept it: it is left out before extraction, and the record says so."""
    padding = "lorem ipsum " * 50_000
    record = clean_page(SEED.replace("</body>", f"<p>{padding}</p></body>", 1), SEED_URL)
    assert SENTENCE in record["text"]
    assert "lorem" not in record["text"]
    [flag] = [f for f in record["flags"] if f["type"] == "page_bounded"]
    assert flag["text"] == "600000 characters"
    assert flag["reason"] == (
        "a text of 600000 characters in one element is longer than an article may be (limit 500000):"
        " left out before extraction; it began 'lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum '"
    )


def test_a_page_that_is_one_huge_paragraph_is_dropped_with_the_reason():
    page = "<html><body><p>" + "lorem ipsum " * 50_000 + "</p></body></html>"
    with pytest.raises(PageError, match="no main text found besides a text of 600000 characters") as caught:
        clean_page(page, "https://example.com/huge/")
    assert caught.value.not_an_article


def test_only_texts_longer_than_the_limit_are_left_out_and_scripts_kept():
    long, short = "x" * 101, "y" * 100
    tree = parse_html(
        f"<html><body><p>{long}<b>bold</b>{long}</p><p>{short}</p><script>{long}</script></body></html>", "t"
    )
    cut = bound_texts(tree, max_text_chars=100)
    assert (cut.texts, cut.chars) == (2, 202)
    assert tree.xpath("//p/text()") == [short] and tree.xpath("//b/text()") == ["bold"]
    assert tree.xpath("//script/text()") == [long]
    assert bound_texts(tree, max_text_chars=100) is None


def test_only_paragraph_free_subtrees_are_cut():
    tree = parse_html("<html><body><p>keep</p><ul>" + "<li>x</li>" * 300 + "</ul></body></html>", "t")
    cut = bound_elements(tree, "t", max_elements=100)
    assert (cut.subtrees, cut.elements) == (1, 301)
    assert tree.xpath("//p/text()") == ["keep"] and not tree.xpath("//li")
    assert bound_elements(tree, "t", max_elements=100) is None


def test_a_page_of_paragraphs_beyond_the_limit_is_refused_with_the_reason():
    tree = parse_html("<html><body>" + "<p>x</p>" * 300 + "</body></html>", "t")  # 302 with html, body
    with pytest.raises(PageError, match=r"t: too large to clean: 302 elements \(limit 100\)"):
        bound_elements(tree, "t", max_elements=100)


def test_a_page_beyond_the_size_limit_is_refused_before_parsing():
    with pytest.raises(
        PageError, match=rf"too large to clean: {len(SEED) + 10_000_000} characters \(limit 10000000\)"
    ):
        clean_page(SEED + " " * 10_000_000, SEED_URL)


def test_an_article_after_an_ad_slot_of_unclosed_tags_is_read():
    """260 unclosed <font> tags before the article: the parser stopped at 256 levels and the
    article was lost as "no main text found"."""
    page = SEED.replace("<body", "<body><div class='ad'>" + "<font>" * 260 + "</div", 1)
    record = clean_page(page, SEED_URL)
    assert SENTENCE in record["text"]


def test_a_page_nested_deeper_than_the_parser_reads_says_so():
    page = "<html><body>" + "<div>" * 3000 + "<p>" + SENTENCE * 20 + "</p></body></html>"
    with pytest.raises(PageError, match="nested over 2,048 deep") as caught:
        clean_page(page, "https://example.com/deep/")
    assert not caught.value.not_an_article


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        (
            "<html><body><p>x</p>" + "<br>" * 800_000 + "</body></html>",
            r"too large to clean: about 80\d+ elements before parsing \(limit 600000\)",
        ),
        (
            "<html><body><div " + " ".join(f"a{i}=1" for i in range(12_000)) + "></div></body></html>",
            r"too large to clean: a tag with 12000 attributes \(limit 10000\)",
        ),
    ],
)
def test_a_page_whose_parsing_alone_would_exceed_the_bounds_is_refused_before(page, problem):
    with pytest.raises(PageError, match=problem):
        clean_page(page, "https://example.com/huge/")


@pytest.mark.parametrize(
    "start",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00",
        b"PK\x03\x04\x14\x00\x00\x00",
    ],
)
def test_binary_data_saved_as_html_is_named(start):
    data = (start + bytes(range(256)) * 8).decode("latin-1")
    with pytest.raises(PageError, match="binary data, not an HTML page") as caught:
        clean_page(data, "https://example.com/image.html")
    assert not caught.value.not_an_article


def test_a_page_of_nothing_but_scripts_is_no_article():
    """A redirect stub or script a mirror saved as a page: read, and dropped as no article (it
    counted as an unreadable page, a failure)."""
    with pytest.raises(PageError, match="no text, only scripts") as caught:
        clean_page("<script>window.location = '/news/';</script>\n" * 50, "https://example.com/go/")
    assert caught.value.not_an_article
