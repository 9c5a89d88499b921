"""The text of the whole page, read only when a stage asks for it.

The names a page spells around its article (a reader's comment, a related post's headline, a
sidebar's most-read list, a previous-post link, a photo's description) keep the original's spelling where the copy's
engine translated a name: evidence for the names stage. Few pages need it, so the tree is read
on the first call (about 0.7 ms a page), not for every page.
"""

from lxml.etree import XPath, tostring
from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: The body's texts, code and styles left out, and its photos' descriptions (the photo of a
#: person names them as the original does: "Rosario Quesada, directora de …"), not a linked
#: teaser's image, which shows someone else; each on a line of its own.
BODY_TEXTS = XPath(
    "//body//text()[not(parent::script or parent::style or parent::noscript or parent::template)]"
    " | //body//img[not(ancestor::a)]/@alt"
)


#: The alt texts of the pictures of the body.
ALT_TEXTS = XPath(".//img/@alt")

#: The links of the body, where a site's menus and section labels are.
BODY_LINKS = XPath("//body//a")


class PageText:
    """Called, the page's visible text, one text node a line; "" without a page."""

    def __init__(self, tree: HtmlElement | None = None):
        self._tree = tree
        self._text: str | None = None if tree is not None else ""
        self._link_texts: frozenset[str] | None = None if tree is not None else frozenset()
        self._serialized: str | None = None if tree is not None else ""

    def __call__(self) -> str:
        if self._text is None:
            self._text = "\n".join(BODY_TEXTS(self._tree))
        return self._text

    def quick(self) -> str:
        """The body's text as the serializer writes it, then its pictures' alt texts, for a quick
        test before the text is read node by node (a tenth of the time): every word the text
        holds, with scripts' and styles', and nodes glued."""
        if self._serialized is None:
            body = self._tree.find("body")
            root = body if body is not None else self._tree
            text = tostring(root, method="text", encoding="unicode", with_tail=False)
            self._serialized = "\n".join((text, *ALT_TEXTS(root)))
        return self._serialized

    def link_texts(self) -> frozenset[str]:
        """The texts of the body's links, each with its spaces made single: a site's sections and
        menus are links of their own name."""
        if self._link_texts is None:
            self._link_texts = frozenset(
                normalize_space(link.text_content()) for link in BODY_LINKS(self._tree)
            )
        return self._link_texts
