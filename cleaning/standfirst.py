"""The standfirst extraction left out: the lead paragraph news templates set apart from the body.

Sites put it in its own element between the headline and the body (`<div class="chapo">`,
`<p class="article-header__standfirst">`, `<p class="lead">`, `<div id="lead">`, the excerpt box
of WordPress themes `<span class="mvp-post-excerpt">`, where farms copy the original's, Contao's
news `<div class="teaser">`, the Turkish "spot" `<h2 class="spot">`, Tiki Wiki's
`<div class="articleheadingtext">`, CuteNews's `<td class="fs-short">`),
and trafilatura's favor_precision drops it with the header around it. A reader counts it as the
first paragraph of the article. It is taken back only when every sign agrees: the element is
named as a lead, holds one piece of prose (a sentence end, not a link), comes after the headline
and before the first paragraph extraction kept, and its text is not in the extracted text already.
"""

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from republished.cleaning.length import text_length
from republished.cleaning.spaces import normalize_space

#: Words of class, id or itemprop names that mark a standfirst, in the CMSs of several countries.
#: Not the "dek", "subtitle", "summary" or "description" of English-language sites: there they
#: mark a headline's companion that the article-extraction benchmark's readers leave out of the
#: text (on its tune half, seven of eight such additions were not in the article).
LEAD_NAMES = frozenset(
    {
        "standfirst",
        "chapo",
        "chapeau",
        "lead",
        "lede",
        "intro",
        "vorspann",
        "anons",
        "entradilla",
        "sumario",
        "excerpt",
        "spot",
        "teaser",
        # Tiki Wiki's article heading, its lead paragraph ("articleheadingtext")
        "articleheadingtext",
    }
)
NAME_WORD = re.compile(r"[A-Z]?[a-z]+")
#: A heading under the headline is a subtitle, not a paragraph of the article, unless it is named
#: as the lead (Turkish sites set their "spot" in an <h2>). A <span> too: themes wrap their
#: excerpt box's <p> in one.
BLOCKS = frozenset({"p", "div", "section", "span", "h2"})
#: Containers a standfirst is never in: navigation, lists of links, pictures, forms.
NOT_INSIDE = frozenset({"nav", "footer", "aside", "li", "figure", "figcaption", "form", "a", "table"})
SENTENCE_END = re.compile(r"[.!?。！？…»”\"」』)]$")
#: A text cut short ("… diagnosed with the plague,...") is a teaser of the body, no standfirst.
CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")
MIN_WORDS, MAX_WORDS = 10, 150
#: Characters of the first extracted line used to find where the body starts on the page.
BODY_PREFIX_CHARS = 30


@dataclass(frozen=True)
class Standfirst:
    text: str
    #: The element it is in, as `tag.class` (or id, itemprop), for the flag's reason.
    element: str
    #: The index of the extracted line it goes before: the first one after the headline.
    line: int


#: A word that marks a standfirst only closing a name: CuteNews's short story over the full one
#: ("fs-short"), not Forbes's "short-bio".
LEAD_LAST_WORDS = frozenset({"short"})


def _named_as_lead(element: HtmlElement) -> bool:
    names = " ".join(element.get(attribute) or "" for attribute in ("class", "id", "itemprop"))
    return any(word.lower() in LEAD_NAMES for word in NAME_WORD.findall(names)) or any(
        (words := NAME_WORD.findall(name)) and words[-1].lower() in LEAD_LAST_WORDS for name in names.split()
    )


def _is_prose(element: HtmlElement, text: str) -> bool:
    links = sum(len(normalize_space(a.text_content())) for a in element.iter("a"))
    return (
        MIN_WORDS <= text_length(text) <= MAX_WORDS
        and bool(SENTENCE_END.search(text))
        and not CUT_SHORT.search(text)
        and links < len(text) / 2
        and not any(ancestor.tag in NOT_INSIDE for ancestor in element.iterancestors())
    )


def find_standfirst(tree: HtmlElement, lines: list[str]) -> Standfirst | None:
    """The standfirst when extraction left it out, else None."""
    headlines = [normalize_space(h1.text_content()) for h1 in tree.iter("h1")]
    # The body's first paragraph, past a byline or a date extraction kept ("by Editorial office").
    first = next(
        (i for i, line in enumerate(lines) if line not in headlines and text_length(line) >= MIN_WORDS), None
    )
    if first is None:
        return None
    body_start = lines[first][:BODY_PREFIX_CHARS]
    # Its first word opens any text that starts with it: a quick test before normalizing each text.
    first_word = body_start.split(" ", 1)[0]
    extracted = "\n".join(lines)
    seen_headline = not headlines
    candidate = None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "h1":
            seen_headline = True
            continue
        if (
            seen_headline
            and element.text
            and element.text.lstrip().startswith(first_word)
            and normalize_space(element.text).startswith(body_start)
        ):
            if candidate is None or _encloses(candidate[2], element):
                return None
            return Standfirst(candidate[0], candidate[1], first)
        if candidate is None and seen_headline and element.tag in BLOCKS and _named_as_lead(element):
            text = normalize_space(element.text_content())
            if text and text not in extracted and _is_prose(element, text):
                name = f"{element.tag}.{element.get('class') or element.get('id') or element.get('itemprop')}"
                candidate = (text, name, element)
    return None


def _encloses(outer: HtmlElement, inner: HtmlElement) -> bool:
    return any(ancestor is outer for ancestor in inner.iterancestors())
