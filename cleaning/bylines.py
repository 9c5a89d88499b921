"""Authors from the microdata and the byline a page shows, for pages whose JSON-LD names none.

Only an element marked as a byline or an author (rel=author, itemprop=author, a class with
"byline" or "author") is read, outside comments, teasers and the page's header and footer,
and only when all of its text is names after a lead-in word: "By Dana Whitfield", "Von Lena
Hartmann und Felix Bauer", "Par Marta García y Pablo Ruiz": the lead-in word is needed, since a bare pair of capitalised
words in an "author" box is as often a label ("Meal Plans", "English Italian"). A byline with anything else in it ("Transport
correspondent, Albion News") is passed over for a part of it that is only names; a one-word
byline (a desk, a login, an agency) is never taken, so precision comes before recall.
"""

import re

from lxml.html import HtmlElement

from republished.cleaning.regions import inside_region
from republished.cleaning.squash import squash

#: Elements that mark a byline or an author; the page's own chrome and comments are left out.
#: Only elements with a class, rel or itemprop are tested (a fifth of the search's time).
BYLINE_XPATH = (
    "//*[@class or @rel or @itemprop][(@rel='author' or @itemprop='author' or contains(@class, 'byline')"
    " or contains(@class, 'author') or contains(@class, 'Author'))"
    f" and not({inside_region('comment', 'related', 'teaser', or_self=True)})"
    " and not(ancestor::footer or ancestor::aside or ancestor::nav)]"
)
#: The word a byline opens with: "By", "Von", "Par" …, "记者"/"記者" (reporter), "بقلم" (by the pen of).
LEAD_IN = re.compile(
    r"^(?:(?:by|von|par|por|di|door|av|af|przez|od)\s+|(?:记者|記者|بقلم|كتب)[\s:：]*)", re.IGNORECASE
)
#: A declared author that names the kind of piece first: "Analysis by Chris Cillizza".
KIND_OF_PIECE = re.compile(
    r"^(?:analysis|opinion|commentary|story|text|words|interview)\s+by\s+", re.IGNORECASE
)
#: Korean writes "reporter" after the name: "박성훈 기자".
KOREAN_REPORTER = re.compile(r"\s+기자$")
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
#: Words of a job title a byline adds after the name ("AP Auto Writer", "Staff writer").
JOB_WORDS = frozenset({"writer", "correspondent", "editor", "reporter", "staff", "columnist", "contributor"})


def is_name(text: str, capitals: bool = False) -> bool:
    """Two to four words, each capitalised or a name particle; in capitals only when allowed
    (wire bylines write "TOM KRISHER", a page's chrome writes "MOST READ")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    for word in words:
        if word in PARTICLES:
            continue
        if (
            not NAME_WORD.match(word)
            or not word[0].isupper()
            or (len(word) > 2 and word.isupper() and not capitals)
        ):
            return False
    return True


def declared_names(text: str) -> list[str]:
    """The names in an author the page's metadata declares, without what bylines add to them:
    "By TOM KRISHER, AP Auto Writer" is TOM KRISHER, "Amy Kuperinsky | NJ Advance Media" is
    Amy Kuperinsky; a declared author with no name in it gives none."""
    text = " ".join(LEAD_IN.sub("", KIND_OF_PIECE.sub("", " ".join(text.split()))).split(" | ")[0].split())
    parts = [part for part in JOINER.split(text) if part and not is_job_title(part)]
    return [part for part in parts if is_name(part, capitals=True) or is_caseless(part)]


def is_job_title(text: str) -> bool:
    """A part with a job word in it, also hyphenated ("CNN Editor-at-large")."""
    return not JOB_WORDS.isdisjoint(re.split(r"[\s-]+", text.casefold()))


def is_caseless(text: str) -> bool:
    """A name of one to four words in a script without capitals (अमित शर्मा, 王喆, 김민준)."""
    return 1 <= len(text.split()) <= 4 and not any(ch.isupper() or ch.islower() for ch in text)


def names_in(text: str) -> list[str]:
    """The names a byline's text consists of, or [] when it holds anything else."""
    text = " ".join(text.split())
    if not text or len(text) > LONGEST_BYLINE:
        return []
    if KOREAN_REPORTER.search(text):
        text = KOREAN_REPORTER.sub("", text)
    elif LEAD_IN.match(text):
        text = LEAD_IN.sub("", text)
    else:
        return []
    parts = [part for part in JOINER.split(text) if part]
    return (
        parts if parts and all((is_name(p) or is_caseless(p)) and not is_job_title(p) for p in parts) else []
    )


def is_site_itself(name: str, site_names: list[str], host: str) -> bool:
    """An organisation named like the site: one of its names, or the start of one ("Hokuriku
    Broadcasting" of "Hokuriku Broadcasting News"), or starting with the domain's first label."""
    squashed = squash(name)
    label = squash(host.removeprefix("www.").split(".")[0])
    names = {squash(n) for n in site_names} - {""}
    return any(squashed == n or (len(squashed) >= 3 and n.startswith(squashed)) for n in names) or (
        len(label) >= 4 and squashed.startswith(label)
    )


def element_text(element: HtmlElement) -> str:
    """Text of an element with its children's text apart ("By Sarah Pike" "Correspondent")."""
    return " ".join(" ".join(element.itertext()).split())


#: Microdata authors outside comments: an itemprop=author element, or its itemprop=name.
MICRODATA_AUTHORS = f"//*[@itemprop='author' and not({inside_region('comment', or_self=True)})]"


def microdata_authors(tree: HtmlElement, site_names: list[str], host: str) -> list[str]:
    """The authors the page declares in microdata ("Von <span itemprop=author><span
    itemprop=name>Martin Schröder</span></span>"), as declared names, none of them the site's."""
    found = []
    for element in tree.xpath(MICRODATA_AUTHORS):
        named = element.xpath(".//*[@itemprop='name']")
        source = named[0] if named else element
        for name in declared_names(source.get("content") or element_text(source)):
            if name not in found and not is_site_itself(name, site_names, host):
                found.append(name)
    return found


def byline_elements(tree: HtmlElement) -> list[HtmlElement]:
    """The page's bylines (BYLINE_XPATH), found once for the authors and the outlet they credit:
    the search walks the whole document."""
    return tree.xpath(BYLINE_XPATH)


def byline_authors(bylines: list[HtmlElement], site_names: list[str], host: str) -> list[str]:
    """The names of the first byline (or part of one) that is only names, none of them the site's."""
    for element in bylines:
        for part in (element, *element.iterdescendants()):
            if not isinstance(part.tag, str):
                continue
            names = names_in(element_text(part))
            if names and not any(is_site_itself(name, site_names, host) for name in names):
                return names
    return []


#: A label before a byline's parts: "Author:", "Written by", "By".
BYLINE_LABEL = re.compile(
    r"^(?:[—–-]\s*)?(?:(?:author|authors|written by|text|by|(?:story|report|words|reporting) by)\s*:?\s+)",
    re.IGNORECASE,
)
#: What divides a byline's parts: "Tomislav Perić / Jutarnji list", "Jordan Price · CBC News · Posted: …".
BYLINE_DIVIDER = re.compile(r"\s*(?:/|·|•|\||,|\s[–—-]\s)\s*")
#: Quotation marks a byline may put around the outlet's name ("Seraina Caduff / «Tages-Anzeiger»").
NAME_QUOTES = "\"'«»“”„‘’‹›"
#: A byline longer than this is a paragraph or an author's biography, not a credit line.
LONGEST_CREDIT_LINE = 120


def credited_outlet(line: str) -> str | None:
    """The outlet's words of a line of the text that is a byline crediting an outlet, a person's
    name and the outlet's ("Lotte Meijer | Het Parool", "By Xosé Carreira / La Voz de Galicia",
    "Armelle NGO BISSE | Cameroon Tribune")."""
    if len(line) > LONGEST_CREDIT_LINE or not BYLINE_DIVIDER.search(line):
        return None
    parts = [part.strip() for part in BYLINE_DIVIDER.split(BYLINE_LABEL.sub("", line)) if part.strip()]
    # A surname in capitals after the given name, as French writes it ("Armelle NGO BISSE").
    person = len(parts) == 2 and is_name(parts[0], capitals=not parts[0].isupper())
    return parts[1].strip(NAME_QUOTES) if person else None


#: A credit line naming whose the text is, its name first: "Text: Ming Pao | Translated and
#: edited by HK Commuter Notes", "Tekst: NTB".
TEXT_CREDIT = re.compile(
    r"^(?:text|tekst|texto|texte|testo)\s*:\s*(?P<name>[^|/·•,]{2,60}?)\s*(?:[|/·•,]|$)", re.I
)


def text_credit(line: str) -> str | None:
    """The name a line crediting the text names ("Text: Ming Pao | Translated by …" → "Ming
    Pao"): a person's or an outlet's, as the registry tells."""
    match = TEXT_CREDIT.match(line.strip())
    return match["name"] if match else None


def byline_parts(bylines: list[HtmlElement]) -> tuple[str, ...]:
    """The parts of the page's bylines, their label left off ("Author: Tomislav Perić / Jutarnji
    list" → "Tomislav Perić", "Jutarnji list"): a part may credit the outlet the article is from."""
    parts: list[str] = []
    for element in bylines:
        # A byline's blocks are parts too: Docusaurus sets the author's name and, below it, a
        # subtitle ("Redazione Torino" / "La Stampa") with nothing between them.
        for source in (element, *(child for child in element if isinstance(child.tag, str))):
            text = element_text(source)
            if not text or len(text) > LONGEST_CREDIT_LINE:
                continue
            for part in BYLINE_DIVIDER.split(BYLINE_LABEL.sub("", text)):
                part = part.strip().strip(NAME_QUOTES).strip()
                if part and part not in parts:
                    parts.append(part)
    return tuple(parts)
