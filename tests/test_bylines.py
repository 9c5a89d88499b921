"""Authors read from a visible byline when the page's metadata names none."""

import pytest

from republished.cleaning.bylines import (
    byline_authors,
    byline_elements,
    byline_parts,
    declared_names,
    microdata_authors,
    names_in,
)
from republished.cleaning.extract import parse_html


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Dana Whitfield", ["Dana Whitfield"]),
        ("Von Lena Hartmann und Felix Bauer", ["Lena Hartmann", "Felix Bauer"]),
        ("Por Marta García y Pablo Ruiz", ["Marta García", "Pablo Ruiz"]),
        ("Marta García y Pablo Ruiz", []),
        ("Meal Plans", []),
        ("Par Claire Dubois et Hugo Lefèvre", ["Claire Dubois", "Hugo Lefèvre"]),
        ("Door Sanne de Vries", ["Sanne de Vries"]),
        ("By Liam O'Connell", ["Liam O'Connell"]),
        ("Pieter Claes, redacteur", []),
        ("By Sarah Pike Transport correspondent, Albion News", []),
        ("By JOHN HANLEY Associated Press", []),
        ("NTB", []),
        ("admin", []),
        ("Foto: Marius Becker/dpa", []),
        ("Published 3 December 2026", []),
        ("记者 周晓燕", ["周晓燕"]),
        ("記者 藤井 誠", ["藤井 誠"]),
        ("박성훈 기자", ["박성훈"]),
        ("بقلم فهد العتيبي", ["فهد العتيبي"]),
        ("责任编辑：刘畅", []),
    ],
)
def test_a_byline_gives_names_only_when_it_is_all_names(text, names):
    assert names_in(text) == names


def page(body: str):
    return parse_html(f"<html><body><header>Site</header><article>{body}</article></body></html>", "page")


def test_a_part_of_a_byline_that_is_only_names_is_read():
    tree = page('<div class="byline"><span>By Sarah Pike</span><span>Transport correspondent</span></div>')
    assert byline_authors(byline_elements(tree), [], "news.example") == ["Sarah Pike"]


def test_comment_authors_and_footers_are_not_bylines():
    tree = page(
        '<div class="comment"><span class="comment-author">Jane Reader</span></div>'
        '<footer><span class="author">Max Footer</span></footer>'
    )
    assert byline_authors(byline_elements(tree), [], "news.example") == []


def test_the_sites_own_name_is_not_an_author():
    tree = page(
        '<span class="author">By Kiwi Daily Staff</span><span class="byline">By India Post News</span>'
    )
    assert byline_authors(byline_elements(tree), ["Kiwi Daily"], "www.indiapost.example") == []


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("By TOM KRISHER, AP Auto Writer", ["TOM KRISHER"]),
        ("Amy Kuperinsky | NJ Advance Media for NJ.com", ["Amy Kuperinsky"]),
        ("Troy L. Smith, Cleveland.com", ["Troy L. Smith"]),
        ("अमित शर्मा", ["अमित शर्मा"]),
        ("admin", []),
        ("kei_eno", []),
    ],
)
def test_a_declared_author_keeps_only_its_names(author, names):
    assert declared_names(author) == names


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
        ("Opinion by Dana Whitfield", ["Dana Whitfield"]),
    ],
)
def test_a_declared_author_loses_the_kind_of_piece_and_a_hyphenated_job_title(author, names):
    assert declared_names(author) == names


def test_microdata_authors_are_declared_authors():
    tree = page(
        '<div class="article-info">Von <span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Martin Schröder</span></span>, <span itemprop="author" itemscope '
        'itemtype="https://schema.org/Person"><span itemprop="name">Anke Lüdtke</span></span></div>'
        '<div class="comment"><span itemprop="author">Stammgast Eins</span></div>'
        '<meta itemprop="author" content="Ostsee-Anzeiger">'
    )
    assert microdata_authors(tree, ["Ostsee-Anzeiger"], "www.ostsee-anzeiger.example") == [
        "Martin Schröder",
        "Anke Lüdtke",
    ]


def test_a_byline_in_a_main_element_whose_classes_name_the_layout_is_read():
    """Enfold names what the page shows on <main> ("av-blog-meta-comments-disabled"): the byline
    inside it is not in a comment section; one in a real comment list is."""
    tree = parse_html(
        '<html><body><main class="content av-blog-meta-comments-disabled"><article>'
        '<div class="entry-content"><p class="byline"><strong>Dana Brown | Toronto Star</strong></p>'
        "<p>Forty more branches will open on Sundays.</p></div></article>"
        '<ol class="commentlist"><li><p class="byline">By Mike Young</p></li></ol></main></body></html>',
        "https://greatlakes.example/a",
    )
    assert byline_parts(byline_elements(tree)) == ("Dana Brown", "Toronto Star")


def test_a_bylines_parts_without_its_label():
    tree = page(
        '<p class="article-byline"><em>Author: Tomislav Perić / Jutarnji list</em></p>'
        '<td class="byline">Jordan Price · CBC News · Posted: Mar 12, 2025</td>'
    )
    # a comma divides parts too: the date falls in two, which name no outlet
    assert byline_parts(byline_elements(tree)) == (
        "Tomislav Perić",
        "Jutarnji list",
        "Jordan Price",
        "CBC News",
        "Posted: Mar 12",
        "2025",
    )
