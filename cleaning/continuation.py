"""The rest of an article a page builder split into blocks, which extraction left out.

Tilda, like other page builders, writes an article as a row of blocks: a text block, a picture,
a donation button, another text block. trafilatura takes the block with most text and stops,
and the article loses its second half. A later block is the same article's when every sign
agrees: it is an element of the same tag and classes as the article's element, after it on the
page, with no headline (<h1>) or other <article> between them (the next story of an endless
page); it is prose (sentences, few links); it is outside the regions that hold other texts
(related posts, comments, sidebars, newsletter boxes) and in the same forum post; and extraction
kept none of its lines. The same holds the other way round: OpenCms' Mercury writes an article
as "piece" blocks, and extraction may keep only the last, the one under a subheading; the earlier
blocks of the same kind, before it and after the page's headline, are its beginning.
"""

from lxml.html import HtmlElement

from republished.cleaning.forum_story import element_lines, post_of
from republished.cleaning.regions import inside_region
from republished.cleaning.spaces import normalize_space

#: A block shorter than this is a label or a button, not the article's text.
MIN_BLOCK_CHARS = 150
#: A block whose links hold more of its text than this is a list of links.
MAX_LINK_SHARE = 0.2
NOT_THE_ARTICLES = inside_region(
    "related", "teaser", "comment", "sidebar", "widget", "newsletter", "promo", "subscribe", or_self=True
)
OUTSIDE = "ancestor::footer or ancestor::aside or ancestor::nav"
SENTENCE_END = (".", "!", "?", "”", '"', "’", "»")
#: How far above the article's element its earlier blocks' kind is looked for.
MAX_LEVELS_ABOVE = 3


def _is_prose(block: HtmlElement, text: str) -> bool:
    links = sum(len(normalize_space(link.text_content())) for link in block.iter("a"))
    return (
        len(text) >= MIN_BLOCK_CHARS and links <= MAX_LINK_SHARE * len(text) and text.endswith(SENTENCE_END)
    )


def _following(element: HtmlElement):
    """The elements after `element` and its descendants, in page order."""
    for ancestor in (element, *element.iterancestors()):
        for sibling in ancestor.itersiblings():
            yield from sibling.iter()


def _innermost(article: HtmlElement) -> HtmlElement:
    """The article's element, or the one element inside it that holds all its text (the text block
    of a builder's row: `t-container` > `t-col` > `t-text`)."""
    text = normalize_space(article.text_content())
    while len(article) == 1 and normalize_space(article[0].text_content()) == text:
        article = article[0]
    return article


def continuation_blocks(article: HtmlElement | None, lines: list[str]) -> list[list[str]]:
    """The lines of each later block of the article, in page order: blocks like the article's
    element, or, where that element holds the whole row of blocks (AEM's container of Core
    Components, in which extraction stopped at an inline teaser), like the block of the last line
    extraction kept."""
    if article is None:
        return []
    in_text = set(lines)
    found = _later_blocks(_innermost(article), in_text)
    if not found and (last := _block_of_last_line(article, lines)) is not None:
        found = _later_blocks(last, in_text)
    return found


def _block_of_last_line(article: HtmlElement, lines: list[str]) -> HtmlElement | None:
    """The element around the paragraph of the text's last line, inside the article's element."""
    if not lines:
        return None
    paragraph = next((p for p in article.iter("p") if normalize_space(p.text_content()) == lines[-1]), None)
    block = paragraph.getparent() if paragraph is not None else None
    return block if block is not None and block is not article else None


def _later_blocks(start: HtmlElement, in_text: set[str]) -> list[list[str]]:
    if not start.get("class"):
        return []
    post = post_of(start)
    found = []
    for element in _following(start):
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("h1", "article"):
            break
        if element.tag != start.tag or element.get("class") != start.get("class"):
            continue
        if post_of(element) is not post:
            continue
        if block := _left_out_lines(element, in_text):
            found.append(block)
    return found


def _left_out_lines(block: HtmlElement, in_text: set[str]) -> list[str] | None:
    """The block's lines, if it is prose outside the regions that hold other texts and extraction
    kept none of them."""
    if block.xpath(OUTSIDE) or block.xpath(NOT_THE_ARTICLES):
        return None
    lines = list(element_lines(block))
    if lines and _is_prose(block, normalize_space(block.text_content())) and not in_text.intersection(lines):
        return lines
    return None


def earlier_blocks(article: HtmlElement | None, lines: list[str]) -> list[list[str]]:
    """The lines of each earlier block of the article, in page order: blocks of the same tag and
    first class as the block around the text's first line (or one of its ancestors, up to a few
    levels above the article's element), before it, after the page's headline, prose, outside
    other texts' regions, none of whose lines extraction kept."""
    if article is None or not lines:
        return []
    paragraph = next((p for p in article.iter("p") if normalize_space(p.text_content()) == lines[0]), None)
    if paragraph is None:
        return []
    in_text = set(lines)
    levels = [*paragraph.iterancestors()]
    if article not in levels:
        return []
    # The article's element may be the innermost text block (Mercury's div.text in div.body in
    # div.piece): its blocks' kind shows a few levels up, never above the page's headline.
    for block in levels[: levels.index(article) + 1 + MAX_LEVELS_ABOVE]:
        if block.tag in ("body", "html") or block.find(".//h1") is not None:
            break
        kind = (block.get("class") or "").split()[:1]
        if not kind:
            continue
        found = []
        for sibling in block.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in ("h1", "article") or sibling.find(".//h1") is not None:
                break
            if sibling.tag != block.tag or (sibling.get("class") or "").split()[:1] != kind:
                continue
            if sibling_lines := _left_out_lines(sibling, in_text):
                found.append(sibling_lines)
        if found:
            return found[::-1]
    return []
