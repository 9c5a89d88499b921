"""Authors from the byline a page shows, for pages whose metadata names none.

Only an element marked as a byline or an author (rel=author, itemprop=author, a class with
"byline" or "author") is read, outside comments, teasers and the page's header and footer,
and only when all of its text is names: "By Dana Whitfield", "Von Lena Hartmann und Felix
Bauer", "Marta García y Pablo Ruiz". A byline with anything else in it ("Transport
correspondent, Albion News") is passed over for a part of it that is only names; a one-word
byline (a desk, a login, an agency) is never taken, so precision comes before recall.
"""

import re

from lxml.html import HtmlElement

#: Elements that mark a byline or an author; the page's own chrome and comments are left out.
BYLINE_XPATH = (
    "//*[(@rel='author' or @itemprop='author' or contains(@class, 'byline')"
    " or contains(@class, 'author') or contains(@class, 'Author'))"
    " and not(ancestor-or-self::*[contains(@class, 'comment') or contains(@class, 'related')"
    " or contains(@class, 'teaser')]) and not(ancestor::footer or ancestor::aside or ancestor::nav)]"
)
#: The word a byline opens with, in the languages of the benchmark pages.
LEAD_IN = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|od)\s+", re.IGNORECASE)
#: Words that join two names.
JOINER = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b|\bi\b)\s*")
#: Lower-case words inside a name: "Sanne de Vries", "Ludwig van Beethoven".
PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "di", "dos", "du", "la", "le", "van", "von", "zu", "bin", "al"}
)
#: A capitalised word of a name: letters (any script with case), apostrophes, hyphens, and a
#: full stop after an initial ("J. R.").
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?$")
LONGEST_BYLINE = 80


def is_name(text: str) -> bool:
    """Two to four words, each capitalised (not all capitals) or a name particle."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    for word in words:
        if word in PARTICLES:
            continue
        if not NAME_WORD.match(word) or not word[0].isupper() or (len(word) > 2 and word.isupper()):
            return False
    return True


def names_in(text: str) -> list[str]:
    """The names a byline's text consists of, or [] when it holds anything else."""
    text = " ".join(text.split())
    if not text or len(text) > LONGEST_BYLINE:
        return []
    parts = [part for part in JOINER.split(LEAD_IN.sub("", text)) if part]
    return parts if parts and all(map(is_name, parts)) else []


def element_text(element: HtmlElement) -> str:
    """Text of an element with its children's text apart ("By Sarah Pike" "Correspondent")."""
    return " ".join(" ".join(element.itertext()).split())


def byline_authors(tree: HtmlElement, site_names: set[str]) -> list[str]:
    """The names of the first byline (or part of one) that is only names, none of them the site's."""
    for element in tree.xpath(BYLINE_XPATH):
        for part in (element, *element.iterdescendants()):
            if not isinstance(part.tag, str):
                continue
            names = names_in(element_text(part))
            if names and not {name.casefold() for name in names} & site_names:
                return names
    return []
