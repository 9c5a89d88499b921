"""Footnote marks taken out before extraction.

A footnote's mark is a link to the note, set as a superscript number after a word
(`Saarte Hääl<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup>`, as Markdown
renderers and Wikipedia write it). Extraction glues the number to the word ("Saarte Hääl1"),
which then names no outlet and spells no name. The notes themselves stay.
"""

from lxml.html import HtmlElement

#: What a page's text holds when it has footnote marks: the page is searched only then.
FOOTNOTE_HINTS = ("fnref", "doc-noteref", "cite_note", "footnote-ref")
#: Where a footnote mark's link leads: the note, on the page.
NOTE_ANCHORS = ("#fn", "#cite_note", "#footnote")


def has_footnote_marks(text: str) -> bool:
    return any(hint in text for hint in FOOTNOTE_HINTS)


def drop_footnote_marks(tree: HtmlElement) -> list[tuple[str, str]]:
    """Takes the marks out; each one's text and why, for the record's edits."""
    dropped = []
    for sup in list(tree.iter("sup")):
        links = list(sup.iter("a"))
        href = (links[0].get("href") or "") if len(links) == 1 else ""
        mark = sup.text_content()
        if href.startswith(NOTE_ANCHORS) and mark.strip(" []").isdigit():
            dropped.append(
                (mark.strip(), f"a footnote's mark, a link to the note {href}, glued to the word before it")
            )
            sup.drop_tree()
    return dropped
