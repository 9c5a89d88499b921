"""Bound the work one page can cause: a page is at most so many characters and elements, and
no element holds more text than an article may.

A news page has a few thousand elements; a page padded with 100,000 links took 400 MB to
extract. Above the limit, the largest subtrees that hold no paragraph (link lists, menus,
grids of items) are cut until the page is within it: an article's text lives in paragraphs,
so a good page keeps its article. A single run of text longer than a whole article may be
(a 5 MB paragraph took trafilatura 175 MB to extract) is left out the same way. What is cut is
reported, never silent.
"""

from dataclasses import dataclass

from lxml.html import HtmlElement

from republished.cleaning.errors import PageError

#: A page above this size leaves trafilatura's string caches emptied (cleaning/extract.py) and
#: a cleaning worker's heap trimmed (cleaning/workers.py).
LARGE_PAGE_CHARS = 1_000_000
#: Subtrees smaller than this are left alone: cutting them would not bound anything.
SMALLEST_CUT = 200


@dataclass(frozen=True)
class Cut:
    subtrees: int
    elements: int
    limit: int

    @property
    def reason(self) -> str:
        return (
            f"page has more than {self.limit} elements: cut {self.subtrees} subtrees without "
            f"paragraphs ({self.elements} elements, link lists and menus) before extraction"
        )


@dataclass(frozen=True)
class TextCut:
    """Texts of one element, each longer than an article may be, left out before extraction."""

    texts: int
    chars: int
    limit: int
    start: str

    @property
    def reason(self) -> str:
        if self.texts == 1:
            what = f"a text of {self.chars} characters in one element is"
        else:
            what = f"{self.texts} texts, each in one element and {self.chars} characters in all, are"
        return (
            f"{what} longer than an article may be (limit {self.limit}): left out before "
            f"extraction; it began {self.start!r}"
        )


#: Their text is no article's, and trafilatura drops them whole at no cost.
NOT_TEXT = {"script", "style"}
START_CHARS = 60


def bound_texts(tree: HtmlElement, max_text_chars: int) -> TextCut | None:
    """Empty every text and tail longer than max_text_chars (outside scripts and styles)."""
    texts = chars = 0
    start = ""
    for element in tree.iter():
        for side in ("text", "tail"):
            value = getattr(element, side)
            if value is None or len(value) <= max_text_chars:
                continue
            if side == "text" and (not isinstance(element.tag, str) or element.tag in NOT_TEXT):
                continue
            texts, chars = texts + 1, chars + len(value)
            start = start or value.strip()[:START_CHARS]
            setattr(element, side, None)
    return TextCut(texts, chars, max_text_chars, start) if texts else None


def _sizes(tree: HtmlElement) -> tuple[dict[HtmlElement, int], set[HtmlElement]]:
    """Each element's subtree size, and the elements with a <p> at or under them."""
    sizes: dict[HtmlElement, int] = {}
    with_paragraphs: set[HtmlElement] = set()
    for element in reversed(list(tree.iter())):
        size = 1
        for child in element:
            size += sizes.get(child, 1)
            if child in with_paragraphs:
                with_paragraphs.add(element)
        sizes[element] = size
        if element.tag == "p":
            with_paragraphs.add(element)
    return sizes, with_paragraphs


def bound_elements(tree: HtmlElement, source: str, max_elements: int) -> Cut | None:
    """Cut paragraph-free subtrees, largest first, until the tree has at most max_elements;
    raises PageError when the paragraphs alone are more than that."""
    sizes, with_paragraphs = _sizes(tree)
    total = sizes[tree]
    if total <= max_elements:
        return None
    candidates = sorted(
        (
            element
            for element, size in sizes.items()
            if size >= SMALLEST_CUT
            and element not in with_paragraphs
            and element.getparent() is not None
            and element.getparent() in with_paragraphs
        ),
        key=sizes.__getitem__,
        reverse=True,
    )
    cut = elements = 0
    for element in candidates:
        if total - elements <= max_elements:
            break
        element.getparent().remove(element)
        cut, elements = cut + 1, elements + sizes[element]
    if total - elements > max_elements:
        raise PageError(source, f"too large to clean: {total} elements (limit {max_elements})")
    return Cut(cut, elements, max_elements)
