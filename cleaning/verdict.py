"""Is a cleaned page an article? By what the page declares itself to be, then by its length.

A page marked up as one article (schema.org NewsArticle, BlogPosting … in JSON-LD or microdata,
or og:type article with a stated publication date) needs only enough text for a news brief; a
page that declares nothing needs the length of a short article; a page that declares itself a
listing, search, profile, about or contact page is no article at any length. Lengths are counted
in words, or in characters for scripts written without spaces (cleaning/length.py).
"""

from republished.cleaning.length import describe_length, text_length
from republished.cleaning.pagedata import OG_ARTICLE_TYPES, PageData

#: The flag a record carries when it is no article, its reason the verdict's.
NOT_AN_ARTICLE = "not_an_article"


def article_markup(page: PageData) -> str | None:
    """How the page marks itself up as an article, or None."""
    if page.article_type:
        return f"{page.article_type} ({page.article_type_source})"
    if page.og_type in OG_ARTICLE_TYPES and (page.declared_date or page.url_has_date):
        return f"og:type {page.og_type!r} with a publication date"
    return None


def article_problem(page: PageData, text: str, min_words: int, min_marked_up_words: int) -> str | None:
    """Why the page is not an article, or None."""
    if page.other_page_type:
        return f"the page declares itself a {page.other_page_type} (schema.org), not an article"
    markup = article_markup(page)
    need = min_marked_up_words if markup else min_words
    if text_length(text) < need:
        marked_up = f" for a page marked up as {markup}" if markup else ""
        return f"too little text for an article ({describe_length(text)}, need {need}{marked_up})"
    return None
