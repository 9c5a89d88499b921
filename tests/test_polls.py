"""A reader poll inside the post is no part of the article; a poll the article reports is."""

from lxml import html

from republished.cleaning import clean_page
from republished.cleaning.polls import hide_polls

STORY = [
    "The Retiro park will stay open until midnight in July and August, the city council of Madrid"
    " announced on Monday.",
    "The delegate of Environment, Marta Manzano, said that the gates of the Paseo de Coches will"
    " close at midnight on every day of the two months.",
    "A poll by the city found that seven in ten residents of the Retiro district support the plan.",
]
POLL = (
    "<div class='thrv_wrapper thrv-quiz-builder tqb-poll' data-quiz-id='3317'><div class='tqb-question-text'>"
    "<h4>Reader poll</h4><p>Do you agree with the plan to open the Retiro until midnight?</p></div>"
    "<label><input type='radio' name='a' value='1'> Yes, it is a great idea</label>"
    "<label><input type='radio' name='a' value='2'> No, the park needs rest</label>"
    "<button type='submit'>Vote</button> <a href='#'>View results</a> <span>1,284 votes</span></div>"
)


def page(body: str) -> str:
    return (
        "<html><head><title>The Retiro will stay open until midnight - Madrid News Desk</title></head>"
        f"<body><article><h1>The Retiro will stay open until midnight</h1>{body}</article></body></html>"
    )


def test_a_reader_poll_in_the_post_goes_and_is_logged():
    paragraphs = [f"<p>{line}</p>" for line in STORY]
    record = clean_page(
        page("".join([*paragraphs[:2], POLL, paragraphs[2]])), "https://madrid.example/retiro/"
    )
    assert record["text"].split("\n") == STORY
    logged = [edit["before"] for edit in record["edits"] if edit["stage"] == "input"]
    assert len(logged) == 1 and logged[0].startswith("Reader poll Do you agree with the plan")


def test_a_box_named_poll_without_a_form_stays():
    tree = html.fromstring(
        "<div><div class='poll-results'><p>Support for the plan: 71%</p><p>Against: 22%</p></div></div>"
    )
    assert hide_polls(tree) == []
    assert tree.find(".//div").get("style") is None


def test_a_word_containing_poll_names_no_poll():
    tree = html.fromstring("<div><form class='pollination-survey'><input name='q'><p>Bees</p></form></div>")
    assert hide_polls(tree) == []


def test_a_post_filed_under_polls_is_no_poll():
    tree = html.fromstring(
        "<div><div id='post-812' class='post-812 post type-post hentry category-polls'>"
        "<div class='entry-content'><p>The survey of 1,000 voters found support for the plan.</p></div>"
        "<button class='share'>Share</button></div></div>"
    )
    assert hide_polls(tree) == []
