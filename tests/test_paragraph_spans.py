"""Carrd's paragraphs, spans of one <p>, come out as paragraphs of their own."""

from lxml import html

from republished.cleaning import clean_page
from republished.cleaning.paragraph_spans import split_paragraph_spans

PARAGRAPHS = [
    "The trolleybuses will go from 2027 also to the housing estate Solinky, the city council decided.",
    "„Solinky is the biggest housing estate in Žilina, and the people go to the centre by car,“ said the mayor.",
    "The works on the cables and poles should begin in April of the next year, the transport company said.",
]


def carrd_page() -> str:
    spans = "".join(f'<span class="p">{paragraph}</span>' for paragraph in PARAGRAPHS)
    return (
        '<html><head><title>Žilina Weekly</title></head><body><div id="main">'
        f'<h2 id="text03">Žilina: the trolleybuses will go also to Solinky</h2><p id="text05" class="style5">{spans}</p>'
        "</div></body></html>"
    )


def test_each_paragraph_span_is_a_line_of_its_own():
    record = clean_page(carrd_page(), "https://zilina-weekly.carrd.co/")
    assert [line for line in record["text"].split("\n") if line in PARAGRAPHS] == PARAGRAPHS


def test_a_paragraph_with_text_beside_its_spans_stays_one():
    tree = html.fromstring('<div><p>Before <span class="p">one</span><span class="p">two</span></p></div>')
    split_paragraph_spans(tree)
    assert [p.text_content() for p in tree.iter("p")] == ["Before onetwo"]


def test_spans_of_other_classes_stay_inline():
    tree = html.fromstring('<div><p><span class="p">one</span><span class="name">Straka</span></p></div>')
    split_paragraph_spans(tree)
    assert [p.text_content() for p in tree.iter("p")] == ["oneStraka"]
