"""The headers of forum quotes ("Observador wrote:"), taken out of the page before extraction.

phpBB, XenForo and Discourse write the quoted author's name in a `<cite>` before the quote. A
farm that posts a whole article as a quote of its outlet names the outlet there, and extraction
glued the header to the article's first line ("Observador wrote:The Lisbon City Council …"). A
header stands for the source only above a quote as long as a story, not a reply's fragment.
"""

import re

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: "X wrote:", as forum software writes it in its languages.
QUOTE_HEADER = re.compile(
    r"^(?P<name>[^:]{2,60}?)\s+(?:wrote|writes|said|schrieb|a écrit|escribió|escreveu|ha scritto|scrisse"
    r"|schreef|napisał|napsal|kirjoitti|skrev|skriver|írta|a scris|yazdı)\s*:?$",
    re.IGNORECASE,
)
#: A quote shorter than this is a reply's fragment, not a story.
MIN_STORY_CHARS = 500


def take_quote_headers(tree: HtmlElement) -> tuple[str, ...]:
    """The "X wrote:" headers of the page's quotes, removed from the tree (their tails kept), and
    the names of those above a story-long quote."""
    sources = []
    for cite in tree.xpath("//blockquote//cite"):
        match = QUOTE_HEADER.match(normalize_space(cite.text_content()))
        if match is None:
            continue
        quote = next(cite.iterancestors("blockquote"))
        cite.drop_tree()
        if len(normalize_space(quote.text_content())) >= MIN_STORY_CHARS:
            sources.append(match["name"])
    return tuple(sources)
