"""The page's pull quotes: a sentence of the article the template repeats in large print beside
it (WordPress's wp-block-pullquote, Mercury's "pull-quote", themes' "pullquote"). Extraction
keeps it as a line of its own, a repeat of the article's words; the residue stage removes that
line where a longer line of the text says the same words (a subheading quoting its paragraph is no
pull quote: the page does not mark it up as one).
"""

import re

from lxml import etree
from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: The class attributes of the body's elements: one whose value holds "pull" in any case may name a
#: pull quote ("pullquote", "pull-quote", "pull_quote"); PULL_QUOTE_CLASS tells, of each class name.
#: (Folding the case in XPath, for every element, takes three times as long.)
CLASS_ATTRIBUTES = etree.XPath("//body//@class")
PULL_QUOTE_CLASS = re.compile(r"pull[-_]?quote", re.IGNORECASE)
#: A class that says what its element holds or looks like, not that it is one: a content
#: wrapper's "has-pullquote-style".
NOT_A_PULL_QUOTE_PREFIX = ("has-", "with-", "no-", "is-")
#: A longer text is a wrapper's, not a quote's.
MAX_PULL_QUOTE_CHARS = 400
#: The article's own blocks: a pull quote that says one of them word for word is that line's
#: twin, and the line is the article's (an interview's answer, a key point, a subheading).
OWN_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
WORD = re.compile(r"\w+")


def word_run(text: str) -> str:
    """The text's words, casefolded, between spaces: one run is in another as a substring."""
    return f" {' '.join(WORD.findall(text.casefold()))} "


def pull_quotes(tree: HtmlElement) -> tuple[str, ...]:
    """The texts of the page's pull quotes that repeat no block of the article word for word."""
    quotes = [
        value.getparent()
        for value in CLASS_ATTRIBUTES(tree)
        if "pull" in value.casefold() and _is_pull_quote(value.getparent())
    ]
    if not quotes:
        return ()
    # The elements themselves, held: an lxml element's id() is its proxy's, which may be another's later.
    inside = {node for quote in quotes for node in quote.iter()}
    own = {word_run(element.text_content()) for element in tree.iter(*OWN_BLOCKS) if element not in inside}
    texts = (normalize_space(quote.text_content()) for quote in quotes)
    return tuple(
        dict.fromkeys(
            text
            for text in texts
            if text and not any(block.strip() and word_run(text).startswith(block) for block in own)
        )
    )


def _is_pull_quote(element: HtmlElement) -> bool:
    return (
        any(
            PULL_QUOTE_CLASS.search(name) and not name.startswith(NOT_A_PULL_QUOTE_PREFIX)
            for name in (element.get("class") or "").split()
        )
        and len(element.text_content()) <= MAX_PULL_QUOTE_CHARS
        and next(element.iter(*HEADINGS), None) is None
    )
