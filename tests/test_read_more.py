"""A hidden "Read more" expander holds the article's rest: it is read, and the teaser it repeats
goes once, logged."""

import pytest
from lxml import html

from republished.cleaning import clean_page
from republished.cleaning.read_more import show_read_more

LEAD = (
    "The city council of Bergen voted on Tuesday to close Bryggen to cars from June, after a debate"
    " that lasted more than four hours."
)
SECOND = "The shops on the wharf asked for delivery hours in the morning, which the council granted."
REST = [
    "The closure will be tested for one summer before the council decides whether to keep it.",
    "Buses will stop at Torget instead, and taxis will wait at the fish market.",
    "The harbour master said the boats bringing tourists will not be affected by the change.",
]
BUTTON = '<p><a class="read-link" id="readlink1" style="cursor:pointer;" onclick="rmwr_toggle1();">Read More</a></p>'


def page(body: str) -> str:
    return (
        "<html><head><title>Bergen closes Bryggen to cars - Bergen Daily</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav><article>"
        f"<h1>Bergen closes Bryggen to cars</h1><div class='entry-content'>{body}</div></article>"
        "<footer><p>© 2026 Bergen Daily. All rights reserved.</p></footer></body></html>"
    )


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_an_expander_repeating_the_teaser_is_read_once_and_the_teaser_is_logged():
    body = (
        f"<div class='read-more-teaser'>{paragraphs([LEAD, SECOND])}</div>{BUTTON}"
        f"<div class='read_div' id='read1' style='display: none;'>{paragraphs([LEAD, SECOND, *REST])}</div>"
    )
    record = clean_page(page(body), "https://bergendaily.example/2026/05/bryggen-cars/")
    assert record["text"].split("\n") == [LEAD, SECOND, *REST]
    logged = [edit["before"] for edit in record["edits"] if edit["stage"] == "input"]
    assert logged == [LEAD, SECOND]


def test_an_expander_holding_the_rest_follows_the_visible_lead():
    body = f"{paragraphs([LEAD, SECOND])}{BUTTON}<div id='more' style='display:none'>{paragraphs(REST)}</div>"
    record = clean_page(page(body), "https://bergendaily.example/2026/05/bryggen-cars/")
    assert record["text"].split("\n") == [LEAD, SECOND, *REST]
    assert not [edit for edit in record["edits"] if edit["stage"] == "input"]


def test_hidden_comments_after_a_show_more_button_stay_hidden():
    tree = html.fromstring(
        f"<div>{paragraphs([LEAD, SECOND])}<button>Show more</button>"
        f"<div class='comment-list' style='display:none'>{paragraphs(REST)}</div></div>"
    )
    assert show_read_more(tree) == []
    assert "display:none" in tree.find(".//div").get("style")


@pytest.mark.parametrize(
    "between",
    [
        "<p><a href='/next/'>Next story</a></p>",  # no "Read more" at all
        "<p>Show more</p>",  # a line of text, naming no expander: a box of other stories
    ],
)
def test_a_hidden_block_without_a_button_that_opens_it_stays_hidden(between):
    tree = html.fromstring(
        f"<div>{paragraphs([LEAD, SECOND])}{between}"
        f"<div class='box' style='display:none'>{paragraphs(REST)}</div></div>"
    )
    assert show_read_more(tree) == []
    assert tree.find(".//div").get("style") == "display:none"


def test_a_read_more_button_with_no_paragraph_before_it_shows_nothing():
    tree = html.fromstring(
        f"<div><aside><a>Read more</a><div style='display:none'>{paragraphs(REST)}</div></aside></div>"
    )
    assert show_read_more(tree) == []
    assert tree.find(".//aside/div").get("style") == "display:none"


def test_an_expanders_other_styles_are_kept():
    tree = html.fromstring(
        f"<div>{paragraphs([LEAD])}<p><a href='#rest'>Continue reading »</a></p>"
        f"<section id='rest' style='display: none; margin: 0'>{paragraphs(REST)}</section></div>"
    )
    show_read_more(tree)
    assert tree.find(".//section").get("style") == "margin: 0"
