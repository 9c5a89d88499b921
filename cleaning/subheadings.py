"""Subheadings extraction left out between two paragraphs it kept.

When trafilatura finds no container it knows (a Grav `<div class="e-content">` with no
`<article>` around it), it gathers the page's paragraphs, quotes and tables and never its
headings: "Loans that were taken at zero interest" is lost between the two paragraphs it
heads. A heading is taken back only where the article's element has it between two paragraphs
that follow each other in the extracted text, so it stands inside the body, and only when it is
the article's own: not inside a box of related posts, a teaser or a newsletter plug, and not a
link to another page (an inline "read also" teaser is a linked heading).
"""

from lxml.html import HtmlElement

from republished.cleaning.regions import inside_region
from republished.cleaning.spaces import normalize_space

HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: Elements that hold one paragraph of extracted text.
PARAGRAPHS = ("p", "li", "blockquote", "pre")
#: A heading longer than this is a paragraph set in a heading's type.
MAX_HEADING_CHARS = 150
NOT_THE_ARTICLES = inside_region(
    "related",
    "teaser",
    "newsletter",
    "promo",
    "advert",
    "share",
    "comment",
    "widget",
    "subscribe",
    or_self=True,
)


def _is_own_heading(heading: HtmlElement, text: str) -> bool:
    if not text or len(text) > MAX_HEADING_CHARS or heading.xpath(NOT_THE_ARTICLES):
        return False
    linked = "".join(
        normalize_space(link.text_content())
        for link in heading.iter("a")
        if not (link.get("href") or "").startswith("#")
    )
    return not linked


def _wrapper(heading: HtmlElement, text: str) -> HtmlElement:
    """The element that stands for the heading among the paragraphs: the heading, or the block
    around it and its permalink icon alone (GitHub's `div.markdown-heading`)."""
    parent = heading.getparent()
    if (
        parent is not None
        and parent.tag == "div"
        and len(parent) <= 2
        and normalize_space(parent.text_content()) == text
    ):
        return parent
    return heading


def _heads_next_paragraph(heading: HtmlElement) -> bool:
    """The heading's next sibling is a paragraph, with nothing between them: what a heading of
    the body looks like, where one over a box (a list of links, share buttons) is followed by
    the box."""
    following = heading.getnext()
    if (
        following is not None
        and following.tag == "div"
        and len(following) == 1
        and not (following.text or "").strip()
    ):
        following = following[0]  # a block of its own around each paragraph (Obsidian Publish's div.el-p)
    return following is not None and following.tag in PARAGRAPHS and not (heading.tail or "").strip()


def missing_subheadings(article: HtmlElement | None, lines: list[str]) -> list[tuple[int, str]]:
    """(index of the line it goes before, text) for each of the article's subheadings that stands
    right before a paragraph extracted right after the paragraph the page has before it, in the
    block that holds that one (not a sidebar's box the extraction ran into), and is not in the
    text, in page order."""
    if article is None:
        return []
    index = {line: i for i, line in reversed(list(enumerate(lines)))}
    found = []
    previous: int | None = None
    previous_element: HtmlElement | None = None
    waiting: list[str] = []
    for element in article.iter(*PARAGRAPHS, *HEADINGS):
        text = normalize_space(element.text_content())
        if not text:
            continue  # a spacer (GoDaddy's <p><br/></p> around a heading) parts nothing
        if element.tag in HEADINGS:
            heading = _wrapper(element, text)
            if (
                text not in index
                and previous_element is not None
                and heading.getparent() in previous_element.iterancestors()
                and _heads_next_paragraph(heading)
                and _is_own_heading(element, text)
            ):
                waiting.append(text)
            continue
        position = index.get(text)
        if position is not None and waiting and position == previous + 1:
            found.extend((position, heading) for heading in waiting)
        waiting = []
        if position is not None:
            previous, previous_element = position, element
    return found


def insert_lines(lines: list[str], missing: list[tuple[int, str]]) -> list[str]:
    """The lines with each missing line (a subheading, a list's item) before the line at its
    index, in the order given."""
    if not missing:
        return lines
    before: dict[int, list[str]] = {}
    for position, text in missing:
        before.setdefault(position, []).append(text)
    result = []
    for i, line in enumerate(lines):
        result.extend(before.get(i, []))
        result.append(line)
    return result
