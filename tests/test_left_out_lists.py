"""A list extraction left out, right after a kept paragraph that announces it with a colon and
before the next kept one, is put back between them; a list of links, a list no paragraph
announces and a list where the text goes on elsewhere are not."""

import pytest

from republished.cleaning.extract import parse_html
from republished.cleaning.figures import article_element
from republished.cleaning.left_out_lists import missing_lists

URL = "https://falklandsnotebook.example/blog/mpa-road/"
LINES = [
    "If you drive between Stanley and Mount Pleasant this summer, expect delays on the MPA road.",
    "The works in numbers:",
    "The department says the road will never be closed completely, but drivers should allow more time.",
    "The department will post an update every Friday on the radio and on its Facebook page.",
]
ITEMS = [
    "12 miles of road between the Fitzroy turn-off and the Mount Pleasant gate;",
    "traffic lights and one-way sections of up to two miles at a time;",
]


def page(between: str, announcing: str = LINES[1]) -> str:
    """A Mezzanine post: the body's paragraphs, `between` after the paragraph that announces it."""
    first, _, third, fourth = (f"<p>{line}</p>" for line in LINES)
    return (
        "<html><head><title>MPA road works | Falklands Notebook</title></head><body>"
        '<div class="col-md-9 middle"><h1>MPA road works</h1>'
        f"{first}<p>{announcing}</p>{between}{third}{fourth}</div></body></html>"
    )


def missing(html: str, lines: list[str] = LINES) -> list[tuple[int, list[str]]]:
    tree = parse_html(html, URL)
    return missing_lists(article_element(tree, lines), lines)


def test_an_announced_list_is_put_back_before_the_next_kept_paragraph():
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    photo = '<p><img src="/sign.jpg" alt=""></p>'
    assert missing(page(f"<ul>{items}</ul>{photo}")) == [(2, [f"- {item}" for item in ITEMS])]


@pytest.mark.parametrize(
    ("between", "announcing"),
    [
        # Links to other pages: a menu, related posts.
        (
            "<ul><li><a href='/blog/ferry'>New ferry times</a></li><li><a href='/blog/fuel'>Fuel</a></li></ul>",
            LINES[1],
        ),
        # No paragraph announces it.
        ("<ul>" + "".join(f"<li>{item}</li>" for item in ITEMS) + "</ul>", "The works start in January."),
        # A box that is not the article's.
        (
            "<div class='related-posts'><ul>" + "".join(f"<li>{item}</li>" for item in ITEMS) + "</ul></div>",
            LINES[1],
        ),
        # Found by a review: a poll, social icons, a table of contents.
        (
            "<ul class='poll-answers'><li><label><input type='radio'> It is necessary</label></li>"
            "<li><label><input type='radio'> It is too expensive</label></li></ul>",
            "Vote in our poll:",
        ),
        ("<ul class='social-icons'><li>Facebook</li><li>Instagram</li><li>X</li></ul>", "Follow us on:"),
        (
            "<ul><li><a href='#s1'>Why the works are needed</a></li><li><a href='#s2'>What drivers said</a></li></ul>",
            "Jump to:",
        ),
    ],
    ids=["links", "not announced", "a related box", "a poll", "social icons", "a table of contents"],
)
def test_other_lists_are_not_put_back(between, announcing):
    lines = [*LINES[:1], announcing, *LINES[2:]]
    assert missing(page(between, announcing), lines) == []


def test_a_list_extraction_kept_is_not_put_back_again():
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    lines = [*LINES[:2], *(f"- {item}" for item in ITEMS), *LINES[2:]]
    assert missing(page(f"<ul>{items}</ul>"), lines) == []


def test_a_page_without_an_articles_element_is_searched_whole():
    """Found by the farms28 audit: Nicepage writes the body's paragraphs in the page's sections,
    with no element around them all."""
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    first, _, third, fourth = (f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>MPA road works</title></head><body>"
        f"<section><h1>MPA road works</h1>{first}<p>{LINES[1]}</p><ul>{items}</ul>{third}</section>"
        f"<section>{fourth}</section></body></html>"
    )
    tree = parse_html(html, URL)
    assert missing_lists(tree.find("body"), LINES) == [(2, [f"- {item}" for item in ITEMS])]


def test_an_announced_list_before_a_subheading_is_put_back_before_it():
    """PmWiki: the list closes a section, and the next kept line is the next section's subheading."""
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    subheading = "What drivers say"
    lines = [*LINES[:2], subheading, *LINES[2:]]
    html = page(f"<ul>{items}</ul><div class='vspace'></div><h2>{subheading}</h2>")
    assert missing(html, lines) == [(2, [f"- {item}" for item in ITEMS])]
