"""The page's pull quotes: a sentence of the article the template repeats in large print beside
it (WordPress's wp-block-pullquote, Mercury's "pull-quote", themes' "pullquote"). Extraction
keeps it as a line of its own, a repeat of the article's words; the residue stage removes that
line where the text says the same words elsewhere (a subheading quoting its paragraph is no pull
quote: the page does not mark it up as one).
"""

from lxml import etree
from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: Elements a pull quote's class names: "pullquote", "pull-quote", "pull_quote" in any case.
PULL_QUOTES = etree.XPath(
    "//body//*[@class][contains(translate(@class, 'PULQOTE', 'pulqote'), 'pullquote')"
    " or contains(translate(@class, 'PULQOTE', 'pulqote'), 'pull-quote')"
    " or contains(translate(@class, 'PULQOTE', 'pulqote'), 'pull_quote')]"
)


def pull_quotes(tree: HtmlElement) -> tuple[str, ...]:
    """The texts of the page's pull quotes, spaces normalized."""
    texts = (normalize_space(element.text_content()) for element in PULL_QUOTES(tree))
    return tuple(dict.fromkeys(text for text in texts if text))
