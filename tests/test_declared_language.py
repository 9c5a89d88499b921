"""A translator's note ("Translated from Malagasy.") is no article text: it goes, and the language
it names is the original's, for a copy whose outlet is unknown; the verdict counts it."""

import pytest

from republished.cleaning import clean_page
from republished.cleaning.declared_language import declared_language, language_code

URL = "https://tana-news-en.example.org/entry-1294.html"
CANALS = [
    "The Urban Commune of Antananarivo will clean the canals of the lower town before the big rains,"
    " to avoid the floods that every year cover the neighbourhoods of Isotry and Anosibe.",
    "The works will start next Monday on the Andriantany canal, and 600 workers will take out the"
    " garbage and the mud that block the water, the commune said.",
    "The deputy mayor asked the residents to not throw the garbage into the canals, because the"
    " water cannot pass when the canal is full.",
    "The cleaning of the canals should be finished before the end of December, before the peak of"
    " the rainy season.",
]


def page(lines: list[str]) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return (
        "<html><head><title>Antananarivo will clean the canals before the rains</title></head><body>"
        "<article><h1>Antananarivo will clean the canals before the rains</h1>"
        f"<div class='entry-content'>{paragraphs}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    "note, at",
    [
        ("*Translated from Malagasy. Please forgive the mistakes of the translation.", 0),
        ("(Translated from the Malagasy report of Gazetiko.)", len(CANALS)),
    ],
)
def test_a_translators_note_goes_and_names_the_originals_language(note, at):
    lines = [*CANALS]
    lines.insert(at, note)
    record = clean_page(page(lines), URL)
    assert record["text"].split("\n") == CANALS
    [edit] = [e for e in record["edits"] if e["before"] == note]
    assert edit["stage"] == "residue" and "translated_from_note" in edit["reason"]
    assert record["original"]["language"] == "mg" and record["original"]["outlet"] is None
    assert record["original"]["evidence"] == [
        f"the translator's note {note!r} names the original's language (mg)"
    ]
    verdict = record["machine_translation"]
    assert verdict["suspected"]
    assert [s["signal"] for s in verdict["signals"]] == ["declared_source_language"]


def test_a_sentence_of_the_article_about_a_translation_stays():
    sentence = "Translated from Arabic, the letter says that the minister will resign before June."
    record = clean_page(page([sentence, *CANALS]), URL)
    assert record["text"].startswith(sentence)
    assert record["original"]["language"] is None
    assert not record["machine_translation"]["suspected"]


@pytest.mark.parametrize(
    "name, code",
    [("Malagasy", "mg"), ("Norwegian Bokmål", "nb"), ("Bengali", "bn"), ("Luganda", "lg"), ("Kurdish", "ku")],
)
def test_language_names_as_copies_write_them(name, code):
    assert language_code(name) == code


def test_a_note_that_names_no_language_declares_none():
    assert declared_language(["Translated from the original by our desk."]) is None


def test_a_pointer_to_a_story_about_a_translated_book_declares_nothing():
    pointer = "Read also: A novel translated from Korean wins the International Booker Prize"
    record = clean_page(page([*CANALS[:2], pointer, *CANALS[2:]]), URL)
    assert record["text"].split("\n") == CANALS
    assert record["original"]["language"] is None
    assert not record["machine_translation"]["suspected"]


def test_a_books_translator_credit_stays():
    """A named translator is a book's credit, no copy's note."""
    credit = "Translated from the Polish by Jennifer Croft."
    record = clean_page(page([*CANALS, credit]), URL)
    assert record["text"].endswith(credit)
    assert not record["machine_translation"]["suspected"]
