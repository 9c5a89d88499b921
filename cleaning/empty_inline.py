"""Empty inline elements taken out of a page before extraction, their tails kept.

A table of contents plugin opens every subheading with an empty anchor span
(`<h2><span class="ez-toc-section" id="…"></span>Who will be affected?</h2>`), and old pages open
paragraphs with `<a name="…"></a>`. With favor_precision, trafilatura drops a heading or paragraph
whose text is the tail of such an empty first child: the text was lost without a word. An empty
inline element holds no text, so taking it out changes nothing else.
"""

from lxml import etree
from lxml.html import HtmlElement

EMPTY_INLINE = etree.XPath(
    "//*[self::span or self::a or self::b or self::i or self::em or self::strong or self::font"
    " or self::small or self::u or self::abbr or self::mark][not(node())]"
)


def drop_empty_inline(tree: HtmlElement) -> int:
    """Take out every empty inline element, keeping its tail; how many."""
    empty = EMPTY_INLINE(tree)
    for element in empty:
        element.drop_tag()
    return len(empty)
