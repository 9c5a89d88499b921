"""A surname the copy's engine translated ("Uwe Fox" for Uwe Fuchs) is put back where the page
around the article (a reader's comment, a forum's reply, the link to another story) names the
person with the same given name and the word the lexicon says the engine wrote it for; another
given name, a surname the lexicon does not render so, or an English word left alone."""

import pytest

from republished.cleaning import clean_page

URL = "https://www.elbe-stollen.de/en/Dresden-the-ferry-sails-again-from-April/"

FERRY = [
    "The ferry between Johannstadt and Neustadt sails again from the first of April, the Dresden"
    " transport company has announced on Monday.",
    "At the helm stands again ferryman Uwe Fox, who has been shuttling people and bicycles over the"
    " Elbe for 31 years.",
    "„The ferry is not only transport, it is a piece of Dresden“, says Fox. The crossing costs two"
    " euros, bicycles travel free of charge.",
    "The ferry runs daily from 9 to 19 o'clock, at weekends until 21 o'clock, when the water level"
    " allows it.",
]


def page(around: str) -> str:
    """A shop's news post: the article's paragraphs, then `around` (readers' comments) outside it."""
    paragraphs = "".join(f"<p>{line}</p>" for line in FERRY)
    return (
        "<html><head><title>Dresden: the ferry sails again from April | Elbe Stollen</title></head>"
        "<body><header><a href='/'>Elbe Stollen</a><nav><a href='/shop/'>Shop</a>"
        " <a href='/en/news/'>News</a></nav></header><main>"
        "<article><h1>Dresden: the ferry between Johannstadt and Neustadt sails again from April</h1>"
        f"<div class='news-text'>{paragraphs}</div></article>{around}</main>"
        "<footer><p>© 2026 Elbe Stollen GmbH</p></footer></body></html>"
    )


def comment(text: str) -> str:
    return (
        "<section class='news-comments'><h3>1 comment</h3><div class='news-comment'>"
        "<span class='author'>Heike R.</span>"
        f"<blockquote class='news-comment-text'><p>{text}</p></blockquote></div></section>"
    )


def names_edits(record: dict) -> list[dict]:
    return [edit for edit in record["edits"] if edit["stage"] == "names"]


def test_a_translated_surname_is_put_back_from_a_readers_comment():
    around = comment("Endlich! Viele Grüße an Uwe Fuchs, den besten Fährmann an der Elbe.")
    record = clean_page(page(around), URL)
    text = record["text"]
    assert "ferryman Uwe Fuchs, who has been shuttling" in text
    # The bare surname after it is the same person.
    assert "says Fuchs. The crossing" in text
    assert "Fox" not in text and "Grüße" not in text
    edits = names_edits(record)
    assert len(edits) == 2
    assert "the page around the article names 'Uwe Fuchs'" in edits[0]["reason"]


def test_a_link_to_another_story_spells_the_name_too():
    around = (
        "<aside class='recent'><h3>Recent articles</h3><ul>"
        "<li><a href='/en/news/ferry-season-2025/'>Uwe Fuchs celebrates 30 years on the Elbe ferry</a></li>"
        "</ul></aside>"
    )
    record = clean_page(page(around), URL)
    assert "ferryman Uwe Fuchs, who" in record["text"] and "says Fuchs." in record["text"]


LEFT_ALONE = {
    # Another given name: a relative, or someone else.
    "another given name": "Viele Grüße an Petra Fuchs, die beste Fährfrau an der Elbe.",
    # A surname the lexicon does not say an engine writes as "Fox".
    "another surname": "Viele Grüße an Uwe Krause, den besten Fährmann an der Elbe.",
    # The lexicon's word, but not after the given name: no one's name.
    "the word apart": "Viele Grüße an Uwe! Bei Fuchs und Hase sagen wir gute Nacht.",
}


@pytest.mark.parametrize("text", LEFT_ALONE.values(), ids=LEFT_ALONE.keys())
def test_the_surname_stays_without_that_spelling_around_the_article(text):
    record = clean_page(page(comment(text)), URL)
    assert "ferryman Uwe Fox, who" in record["text"] and "says Fox." in record["text"]
    assert names_edits(record) == []
