"""The text of the whole page, read only when a stage asks for it.

The names a page spells around its article (a reader's comment, a related post's headline, a
sidebar's most-read list, a previous-post link) keep the original's spelling where the copy's
engine translated a name: evidence for the names stage. Few pages need it, so the tree is read
on the first call (about 0.7 ms a page), not for every page.
"""

from lxml.etree import XPath
from lxml.html import HtmlElement

#: The body's texts, code and styles left out; each text node on a line of its own.
BODY_TEXTS = XPath(
    "//body//text()[not(parent::script or parent::style or parent::noscript or parent::template)]"
)


class PageText:
    """Called, the page's visible text, one text node a line; "" without a page."""

    def __init__(self, tree: HtmlElement | None = None):
        self._tree = tree
        self._text: str | None = None if tree is not None else ""

    def __call__(self) -> str:
        if self._text is None:
            self._text = "\n".join(BODY_TEXTS(self._tree))
            self._tree = None
        return self._text
