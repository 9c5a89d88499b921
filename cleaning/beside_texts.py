"""Texts of the article's element that stand beside its lines and name people as the original
spells them: a pull quote's attribution ("Regula Keller, city councillor (SP)" under a quote whose
speaker the text calls "Regula Cellar") and the title of the card of a shared story (a Discourse
onebox or a Ghost bookmark in the original's language). Evidence for the names stage only.
"""

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: Where those texts are: a quote's footer or cite, a onebox's headline and summary, a bookmark
#: card's title and description.
BESIDE_TEXTS = (
    ".//blockquote//footer | .//blockquote//cite"
    " | .//aside[contains(@class, 'onebox')]//h3 | .//aside[contains(@class, 'onebox')]//p"
    " | .//*[contains(@class, 'kg-bookmark-title') or contains(@class, 'kg-bookmark-description')]"
)
#: A longer text is a paragraph, not a credit or a card's title.
MAX_CHARS = 300


def beside_texts(article: HtmlElement | None) -> tuple[str, ...]:
    if article is None:
        return ()
    found: dict[str, None] = {}
    for element in article.xpath(BESIDE_TEXTS):
        text = normalize_space(element.text_content())
        if text and len(text) <= MAX_CHARS:
            found[text] = None
    return tuple(found)
