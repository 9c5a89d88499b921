"""The headers of forum quotes ("Observador wrote:"), taken out of the page before extraction.

phpBB, XenForo and Discourse write the quoted author's name in a `<cite>` before the quote. A
farm that posts a whole article as a quote of its outlet names the outlet there, and extraction
glued the header to the article's first line ("Observador wrote:The Lisbon City Council …"). A
header stands for the source only above a quote as long as a story, not a reply's fragment.
Every header taken out is returned, so that the record logs it as an edit, with the lines of the
quote it stood over (the story, where there is one such quote: cleaning/forum_story.py).
"""

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from republished.cleaning.forum_story import element_lines
from republished.cleaning.spaces import normalize_space

#: "X wrote:", as forum software writes it in its languages.
QUOTE_HEADER = re.compile(
    r"^(?P<name>[^:]{2,60}?)\s+(?:wrote|writes|said|schrieb|a écrit|escribió|escreveu|ha scritto|scrisse"
    r"|schreef|napisał|napsal|kirjoitti|skrev|skriver|írta|a scris|yazdı)\s*:?$",
    re.IGNORECASE,
)
#: vBulletin's header, in a `div.bbcode_postedby` above the quote's message: "Originally Posted by X".
POSTED_BY_HEADER = re.compile(r"^(?:quote\s+)?originally posted by\s+(?P<name>.{2,60}?)$", re.IGNORECASE)
#: A quote shorter than this is a reply's fragment, not a story.
MIN_STORY_CHARS = 500


@dataclass(frozen=True)
class QuoteHeader:
    text: str
    name: str
    over_story: bool
    #: The quote's lines, spaces normalized.
    lines: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        what = "a story-long quote, whose source it names" if self.over_story else "a short quote"
        return (
            f"a forum's quote header, written by the forum above {what}: taken out of the page"
            " before extraction, which glued it to the quote's first line"
        )


def take_quote_headers(tree: HtmlElement) -> tuple[QuoteHeader, ...]:
    """The "X wrote:" headers of the page's quotes, removed from the tree (their tails kept)."""
    found = [(cite, QUOTE_HEADER, "blockquote") for cite in tree.xpath("//blockquote//cite")]
    found += [
        (header, POSTED_BY_HEADER, "div")
        for header in tree.xpath("//div[contains(@class, 'bbcode_postedby')]")
    ]
    headers = []
    for cite, pattern, container in found:
        text = normalize_space(cite.text_content())
        match = pattern.match(text)
        if match is None:
            continue
        quote = next(cite.iterancestors(container), None)
        if quote is None:
            continue
        cite.drop_tree()
        over_story = len(normalize_space(quote.text_content())) >= MIN_STORY_CHARS
        headers.append(
            QuoteHeader(text, match["name"], over_story, element_lines(quote) if over_story else ())
        )
    return tuple(headers)
