"""Paragraphs written as spans of one `<p>`, made paragraphs again before extraction.

Carrd writes a text block's paragraphs as `<span class="p">` inside one `<p>`, and its stylesheet
shows each as a paragraph. Extraction reads the `<p>` as one line and runs them together ("… from
the EU funds.„Solinky is the biggest …"). Only a `<p>` made of nothing but such spans is split.
"""

from lxml.html import HtmlElement

#: The class of a span that is a paragraph (Carrd's).
PARAGRAPH_SPAN_CLASS = "p"


def split_paragraph_spans(tree: HtmlElement) -> None:
    for paragraph in list(tree.iter("p")):
        spans = list(paragraph)
        if (
            len(spans) < 2
            or (paragraph.text or "").strip()
            or any(
                span.tag != "span" or span.get("class") != PARAGRAPH_SPAN_CLASS or (span.tail or "").strip()
                for span in spans
            )
        ):
            continue
        for span in spans:
            span.tag = "p"
            del span.attrib["class"]
        paragraph.drop_tag()
