"""Lists extraction left out right after the paragraph that announces them.

trafilatura at times drops a plain list of the body whole (a Mezzanine post's "The works in
numbers:" over three items) while it keeps the paragraphs around it. A list is taken back only
where the text announces it: the article's element has it right after a paragraph extraction
kept, which ends with a colon, and extraction kept the next paragraph too. A list of links (a
menu, related posts, a table of contents), a poll's or a box's that is not the article's, or one
of single words (social icons) is never taken back.
"""

from lxml.html import HtmlElement

from republished.cleaning.regions import inside_region
from republished.cleaning.spaces import normalize_space
from republished.cleaning.subheadings import NOT_THE_ARTICLES

#: How extraction writes a list's item on its line.
ITEM_MARK = "- "
LISTS = ("ul", "ol")
HEADINGS = ("h2", "h3", "h4", "h5", "h6")


#: Classes of lists that are a page's tools, not its prose: a poll, social icons, a table of contents.
TOOL_LISTS = inside_region("poll", "social", "toc", "menu", "nav", or_self=True)
#: Elements a list of the body's prose never holds.
NOT_PROSE = ("a", "input", "select", "button", "label", "form")
#: The fewest words of an item of the body's prose ("12 miles of road …"), not an icon's name.
MIN_ITEM_WORDS = 2


def _items(element: HtmlElement) -> list[str] | None:
    """The list's items, or None for a list that is not the body's prose: an empty or one-word
    item, a link (to another page or within it: a table of contents), a form's control."""
    if element.xpath(NOT_THE_ARTICLES) or element.xpath(TOOL_LISTS):
        return None
    if next(element.iter(*NOT_PROSE), None) is not None:
        return None
    items = [normalize_space(item.text_content()) for item in element.iterchildren("li")]
    if not items or any(len(item.split()) < MIN_ITEM_WORDS for item in items):
        return None
    return items


def _announcing_paragraph(element: HtmlElement) -> str | None:
    """The text of the paragraph right before the list, if it announces it with a colon."""
    previous = element.getprevious()
    if previous is None or previous.tag != "p" or (previous.tail or "").strip():
        return None
    text = normalize_space(previous.text_content())
    return text if text.endswith(":") else None


def missing_lists(article: HtmlElement | None, lines: list[str]) -> list[tuple[int, list[str]]]:
    """(index of the line it goes before, its items' lines) for each list the text announces and
    extraction left out, each item as extraction writes one ("- 12 miles of road …;"), in page
    order."""
    if article is None:
        return []
    index = {line: i for i, line in reversed(list(enumerate(lines)))}
    found = []
    for element in article.iter(*LISTS):
        announced = _announcing_paragraph(element)
        position = index.get(announced) if announced else None
        if position is None or position + 1 >= len(lines):
            continue
        items = _items(element)
        if items is None or any(item in index or ITEM_MARK + item in index for item in items):
            continue
        if _next_kept_paragraph(element, index) != position + 1:
            continue  # the text goes on elsewhere: the list is not between its paragraphs
        found.append((position + 1, [ITEM_MARK + item for item in items]))
    return found


def _next_kept_paragraph(element: HtmlElement, index: dict[str, int]) -> int | None:
    """The line of the first paragraph after the list that extraction kept, or of a subheading
    over it that the text holds (put back: subheadings.py)."""
    for paragraph in element.itersiblings("p", *HEADINGS):
        if (position := index.get(normalize_space(paragraph.text_content()))) is not None:
            return position
    return None
