"""A footnote's mark is no part of the word it follows."""

from lxml import html

from republished.cleaning import clean_page
from republished.cleaning.footnote_marks import drop_footnote_marks


def test_a_markdown_footnote_mark_goes_and_its_note_stays():
    tree = html.fromstring(
        '<div><p>Allikas: <a href="https://saartehaal.ee/x/">Saarte Hääl</a><sup id="fnref:1">'
        '<a href="#fn:1" class="footnote-ref">1</a></sup> today.</p>'
        '<ol><li id="fn:1"><p>The original headline.</p></li></ol></div>'
    )
    drop_footnote_marks(tree)
    assert [p.text_content() for p in tree.iter("p")] == [
        "Allikas: Saarte Hääl today.",
        "The original headline.",
    ]


def test_a_superscript_that_is_no_footnote_mark_stays():
    tree = html.fromstring(
        '<div><p>The area is 12 km<sup>2</sup>, with <a href="/x">TV2</a><sup>®</sup>.</p></div>'
    )
    assert drop_footnote_marks(tree) == []
    assert tree.text_content() == "The area is 12 km2, with TV2®."


def test_the_source_line_names_the_outlet_without_the_mark():
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "In Roomassaare harbour in Kuressaare a new passenger terminal will be built by the summer of 2027.",
            "The terminal will cost 6.4 million euros, most of which will come from the European funds.",
            "The works will begin in the autumn, when the tourist season is over, the harbour said.",
        )
    )
    page = (
        f"<html><head><title>Roomassaare harbour terminal</title></head><body><article>{paragraphs}"
        '<p>Allikas: <a href="https://saartehaal.ee/2026/03/24/roomassaare/">Saarte Hääl</a>'
        '<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup></p>'
        "</article></body></html>"
    )
    record = clean_page(page, "https://kuressaare.weblog.lol/2026/03/roomassaare-harbour-new-terminal/")
    assert record["original"]["outlet"] == "Saarte Hääl"
    assert [(edit["stage"], edit["before"]) for edit in record["edits"] if edit["field"] == "html"] == [
        ("input", "1")
    ]
