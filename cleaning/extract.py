"""Main-text extraction with trafilatura: the page is parsed once and the tree passed along."""

import json
import re
from contextlib import suppress
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from courlan import extract_domain
from htmldate import find_date
from lxml.etree import ElementDefaultClassLookup
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura import bare_extraction, external
from trafilatura.metadata import examine_meta, extract_meta_json
from trafilatura.utils import (
    DOCTYPE_TAG,
    FAULTY_HTML,
    INVALID_XML_CHARS,
    decode_file,
    is_dubious_html,
    line_processing,
    trim,
)

from republished.cleaning.beside_texts import beside_texts
from republished.cleaning.bounds import LARGE_PAGE_CHARS, Cut, TextCut, bound_elements, bound_texts
from republished.cleaning.bylines import byline_authors, byline_elements, byline_parts, microdata_authors
from republished.cleaning.continuation import continuation_blocks, earlier_blocks
from republished.cleaning.dates import unswapped
from republished.cleaning.declared_sources import (
    declared_sources,
    headline_link,
    headline_links,
    leads_to_original,
    source_tags,
)
from republished.cleaning.draft import PageMeta
from republished.cleaning.empty_elements import (
    HEADINGS,
    drop_empty_inline,
    drop_textless_links_in_headings,
    keep_tails_of_empty_elements,
)
from republished.cleaning.errors import PageError
from republished.cleaning.figures import (
    article_element,
    caption_split_in_lines,
    credited_caption_lines,
    featured_alt,
    image_alts,
    marked_captions,
)
from republished.cleaning.footnote_marks import drop_footnote_marks, has_footnote_marks
from republished.cleaning.forum_story import (
    ForumStory,
    element_lines,
    first_of_several_posts,
    first_post,
    opening_headline,
    post_named_by_address,
    read_more_links,
    signatures,
)
from republished.cleaning.fused_paragraphs import split_fused
from republished.cleaning.label_lines import join_source_labels
from republished.cleaning.layout import frame_pictures, unwrap_layout_tables
from republished.cleaning.left_out_lists import missing_lists
from republished.cleaning.length import describe_length, text_length
from republished.cleaning.outlet_discovery import SOURCE_META_NAMES, source_meta_label
from republished.cleaning.page_text import PageText
from republished.cleaning.pagedata import FORUM_POSTING_TYPE, PageData, read_page_data, shown_tags
from republished.cleaning.paragraph_spans import split_paragraph_spans
from republished.cleaning.polls import hide_polls, may_have_polls
from republished.cleaning.pull_quotes import pull_quotes
from republished.cleaning.quote_headers import QuoteHeader, take_quote_headers
from republished.cleaning.read_more import may_have_read_more, show_read_more
from republished.cleaning.redirects import redirect_target
from republished.cleaning.sanitize import Removal, sanitize, url_problem
from republished.cleaning.spaces import normalize_space
from republished.cleaning.squash import squash
from republished.cleaning.standfirst import Standfirst, find_standfirst
from republished.cleaning.subheadings import insert_lines, missing_subheadings
from republished.cleaning.timing import Stopwatch
from republished.cleaning.verdict import article_markup
from republished.cleaning.wrapped_lines import join_wrapped_lines, wrapped_paragraphs


@dataclass(frozen=True)
class ExtractionOptions:
    favor_precision: bool = True
    include_tables: bool = True
    #: Bounds on one page's work (cleaning/bounds.py): a news page is far below both.
    max_page_chars: int = 10_000_000
    max_elements: int = 50_000
    #: The longest article text kept (the longest news features are about 150,000 characters).
    max_text_chars: int = 500_000
    #: On a page marked up as an article, a favor_precision text shorter than this many words
    #: (text_length), or than 1/fallback_ratio of the articleBody or wordCount the page declares,
    #: is checked against trafilatura's default extraction, which replaces it when that is at
    #: least fallback_ratio times as long (tuned in bench/extraction.py, see bench/README.md).
    fallback_below_words: int = 150
    fallback_ratio: float = 2.0
    #: trafilatura's second opinion (readability and justext, half its time) is asked only of a
    #: text under this many characters: trafilatura's own bound for skipping it in recall mode
    #: (ten times its min_extracted_size). On the benchmark pages it changed no text over 900.
    second_opinion_below_chars: int = 2500

    @classmethod
    def from_config(cls, options: dict) -> "ExtractionOptions":
        return cls(**options)


@dataclass(frozen=True)
class Fallback:
    """favor_precision's text was replaced by trafilatura's default extraction (logged as a flag)."""

    precision_length: str
    default_length: str
    reason: str


@dataclass
class Extracted:
    meta: PageMeta
    title_raw: str
    lines: list[str]
    #: Set when the default extraction's text replaced favor_precision's.
    fallback: Fallback | None = None
    #: Forbidden characters taken out of the page before parsing (logged as edits).
    removals: list[Removal] = field(default_factory=list)
    #: Forums' "X wrote:" quote headers taken out of the page before extraction (logged as edits).
    quote_headers: tuple[QuoteHeader, ...] = ()
    #: What else was taken out of the page before extraction, each with why (logged as edits):
    #: footnote marks, a teaser a "Read more" expander repeats, a reader poll, tags written inside
    #: the <title>.
    input_repairs: list[tuple[str, str]] = field(default_factory=list)
    #: What was cut from an oversized page before extraction (logged as a flag).
    cut: Cut | None = None
    #: Runs of text too long for any article, left out before extraction (logged as a flag).
    text_cut: TextCut | None = None
    #: The page nests elements deeper than the parser reads (logged as a flag).
    too_deep: bool = False
    #: The date as htmldate read it, when its day and month were swapped back (logged as a flag).
    date_as_read: str | None = None
    #: The standfirst extraction left out, put back before the first paragraph (logged as a flag).
    standfirst: Standfirst | None = None
    #: The number of paragraphs in each list item extraction joined, split back (logged as flags).
    fused: list[int] = field(default_factory=list)
    #: The paragraphs of a plain-text mail whose wrapped lines were joined (logged as a flag).
    wrapped_joined: int = 0
    #: Subheadings extraction left out between two paragraphs, put back (logged as flags).
    subheadings: list[str] = field(default_factory=list)
    #: The first item of each list put back (left_out_lists.py).
    lists: list[str] = field(default_factory=list)
    #: The first lines of the article's later blocks extraction left out, added (logged as flags).
    continued: list[str] = field(default_factory=list)
    #: The first lines of the article's earlier blocks extraction left out, added (logged as flags).
    beginning: list[str] = field(default_factory=list)
    #: The article's captions the page marks up as captions (cleaning/figures.py).
    captions: list[str] = field(default_factory=list)


#: trafilatura's parser settings (`trafilatura.utils.HTML_PARSER`), with element classes
#: chosen in C: lxml.html's own class lookup is Python code, called for every element proxy
#: lxml makes, some 3,000 a page during extraction (about 0.5 ms). The classes it would
#: add (forms, inputs) have methods neither trafilatura nor the cleaner calls.
HTML_PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)
HTML_PARSER.set_element_class_lookup(
    ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)


#: libxml2's message when a page nests elements deeper than it reads (2,048 levels with
#: huge_tree; 256 without, which an ad slot of unclosed <font> tags reaches): the rest of the
#: page is not in the tree.
TOO_DEEP = "Excessive depth in document"
DEEPEST_NESTING_NOTE = "elements nested over 2,048 deep: the parser does not read what follows them"


#: The characters trafilatura's repair deletes (its INVALID_XML_CHARS): C0 controls but tab,
#: newline and carriage return, and two non-characters. A test holds the two the same.
FORBIDDEN_CHARS = (
    *map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))),
    "\ufffe",
    "\uffff",
)


def _repair_faulty_html(text: str, beginning: str) -> str:
    """trafilatura's `repair_faulty_html`, step for step, except that its regex over the whole
    page runs only when the page has a character it deletes: 29 substring searches cost a
    quarter of one regex scan (0.1 against 0.45 ms a page), and almost no page has one."""
    if any(char in text for char in FORBIDDEN_CHARS):
        text = INVALID_XML_CHARS.sub("", text)
    if "doctype" in beginning:
        first_line, _, rest = text.partition("\n")
        text = DOCTYPE_TAG.sub("", first_line, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", text, count=1)
    return text


#: The elements of a page that holds nothing but scripts.
SCRIPT_ONLY = frozenset({"html", "head", "body", "script", "noscript", "style", "meta", "link", "title"})
#: A feed or sitemap saved where a page was expected (a mirror's feed/index.html).
XML_DOCUMENT = re.compile(r"\A\ufeff?\s*<(\?xml|rss|feed|rdf:RDF|urlset|sitemapindex)\b", re.IGNORECASE)


def _parse_bytes(text: str) -> HtmlElement | None:
    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=HTML_PARSER)
    except Exception:  # lxml's errors for unparseable input vary; the caller rejects the page
        return None


def parse_html(html: str | bytes, source: str) -> HtmlElement:
    """The page as trafilatura's `load_html` reads it (decoding, repairs, the bytes retry,
    the not-HTML test), step for step, with HTML_PARSER and the quicker repair above;
    tests/test_extract.py holds the trees equal on every bundled page and odd input."""
    if not html or not html.strip():
        raise PageError(source, "empty page", not_an_article=True)
    text = decode_file(html)
    beginning = text[:50].lower()
    text = _repair_faulty_html(text, beginning)
    tree, parsed_as_bytes = None, False
    try:
        tree = fromstring(text, parser=HTML_PARSER)
    except ValueError:  # a Unicode string with an encoding declaration
        tree, parsed_as_bytes = _parse_bytes(text), True
    except Exception:  # as trafilatura does: the bytes retry below may still read it
        tree = None
    if (tree is None or len(tree) < 1) and not parsed_as_bytes:
        tree = _parse_bytes(text)
    if tree is None or (is_dubious_html(beginning) and len(tree) < 2):
        if XML_DOCUMENT.match(text):
            raise PageError(source, "a feed or XML document, not an HTML page", not_an_article=True)
        if tree is not None and all(element.tag in SCRIPT_ONLY for element in tree.iter()):
            # A redirect stub or a script a mirror saved as a page: read, and no article.
            raise PageError(source, "no text, only scripts", not_an_article=True)
        raise PageError(source, "not parseable as HTML")
    return tree


def page_host(url: str) -> str:
    """The page's host, lower-cased; a URL urlsplit rejects is the caller's error, named."""
    problem = url_problem(url)
    if problem:
        raise PageError(repr(url), problem)
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError as exc:
        raise PageError(url, f"not a valid URL ({exc})") from exc


#: Where a title puts the site's own name after the headline: a spaced dash, bar or colon.
TITLE_SITE_SEPARATOR = re.compile(r"\s+[–—|:»·-]\s+")


def declared_own_host(site_names: list[str], title: str, urls: list[str | None]) -> str:
    """For a page read without its web address (a saved file): the host of its og:url or
    canonical link, when the page calls itself by that host's name ("… – NewsFrance24h" and
    newsfrance24h.com). A link to a site the page does not call itself, such as the outlet a
    farm copied (some point their canonical link there), stays evidence of the original."""
    names = {squash(name) for name in [*site_names, TITLE_SITE_SEPARATOR.split(title)[-1]]} - {""}
    for url in urls:
        try:
            host = (urlsplit(url).hostname or "").lower() if url else ""
        except ValueError:
            continue
        label = squash(host.removeprefix("www.").split(".")[0])
        if label and any(name == label or (len(label) >= 5 and label in name) for name in names):
            return host
    return ""


#: A page with more elements than this many times max_elements is not parsed: its tree alone
#: would take a cleaning process over 300 MiB (600,000 <br> took 294 MB) before it could be cut
#: down. Elements are counted as opening tags: '<' less '</'.
MAX_ELEMENTS_BEFORE_PARSING = 12
#: Attributes of one tag above which lxml's parser takes quadratic time (100,000: 52 s).
MAX_ATTRIBUTES = 10_000
#: A tag this long may hold that many attributes (each takes three characters or more).
LONG_TAG = re.compile(r"<[^<>]{30000,}")


def check_before_parsing(text: str, source: str, max_elements: int) -> int:
    """Refuse a page whose parsing alone would exceed the bounds of memory or time; the number
    of its '<' (bound_elements counts exactly only a page that may be over its limit)."""
    tags = text.count("<")
    elements, limit = tags - text.count("</"), MAX_ELEMENTS_BEFORE_PARSING * max_elements
    if elements > limit:
        raise PageError(
            source, f"too large to clean: about {elements} elements before parsing (limit {limit})"
        )
    if text.count("=") > MAX_ATTRIBUTES:  # a tag of that many attributes has that many "="
        for tag in LONG_TAG.finditer(text):
            attributes = tag.group().count("=")
            if attributes > MAX_ATTRIBUTES:
                raise PageError(
                    source, f"too large to clean: a tag with {attributes} attributes (limit {MAX_ATTRIBUTES})"
                )
    return tags


#: The share of control characters (NUL, \x1a …) from which a page's start is binary data (an
#: image or archive saved as .html); text has next to none, even mojibake.
BINARY_SHARE = 0.05
BINARY_SAMPLE = 2048
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def binary_share(text: str) -> float:
    """The share of control characters in the page's start, when it is that of binary data; else 0."""
    sample = text[:BINARY_SAMPLE]
    if not sample:
        return 0.0
    share = len(CONTROL_CHARS.findall(sample)) / len(sample)
    return share if share >= BINARY_SHARE else 0.0


def _first_text(values: list) -> str | None:
    """The first value (a string, or an element's text) that is not blank, spaces normalized."""
    for value in values:
        text = normalize_space(value if isinstance(value, str) else value.text_content())
        if text:
            return text
    return None


def _in_dialog(element: HtmlElement) -> bool:
    return any(
        ancestor.get("role") == "dialog" or "modal" in (ancestor.get("class") or "")
        for ancestor in element.iterancestors()
    )


#: A wiki's name for a page: "ParnuMoleRepair2026", "LundyNews/MsOldenburg2026" (MoinMoin's h1).
WIKI_WORD = r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+"
WIKI_PAGE_PATH = re.compile(rf"{WIKI_WORD}(?: ?/ ?{WIKI_WORD})*")
#: A page's file name in small letters, four words or more: "prague-night-trams-every-20-minutes".
PAGE_FILE_NAME = re.compile(r"[\da-z]+(?:[-_][\da-z]+){3,}")


def _only_heading(h1s: list[HtmlElement]) -> str | None:
    """The text of the page's one <h1> with text: a logo <h1> holding only an image is no
    second headline, nor is the heading of a dialog ("Search" in the tabi theme's search box),
    nor a wiki's page path (MoinMoin's location line) or file name (XWiki's
    "prague-night-trams-every-20-minutes" over the page's own headline)."""
    texts = [
        text
        for h1 in h1s
        if (text := normalize_space(h1.text_content()))
        and not _in_dialog(h1)
        and not _home_link(h1)
        and not WIKI_PAGE_PATH.fullmatch(text)
        and not PAGE_FILE_NAME.fullmatch(text)
    ]
    return texts[0] if len(texts) == 1 else None


def _home_link(h1: HtmlElement) -> bool:
    """The <h1> is the site's name: all its text one link to the home page (an old theme's
    `<h1 class="site-name"><a href="https://odesa-expats.net">Odesa Expats</a></h1>`)."""
    links = list(h1.iter("a"))
    if len(links) != 1 or normalize_space(links[0].text_content()) != normalize_space(h1.text_content()):
        return False
    try:
        path = urlsplit((links[0].get("href") or "").strip()).path
    except ValueError:  # a malformed address ("http://[::1") is no home page
        return False
    return path in ("", "/", "./", "/index.html", "/index.php", "index.html", "index.php")


def _site_heading(h1s: list[HtmlElement]) -> str | None:
    """The text of the h1 that is the site's name, a link to its home page (TiddlyWiki's
    `<h1 class="tc-site-title"><a href="index.html">Liepāja in English</a></h1>`)."""
    return next((normalize_space(h1.text_content()) for h1 in h1s if _home_link(h1)), None)


@dataclass
class PageElements:
    """What the page-level readers need, gathered in one walk of the document: an XPath
    search per field would walk the whole tree each time (four times the cost)."""

    head_titles: list[HtmlElement] = field(default_factory=list)
    titles: list[HtmlElement] = field(default_factory=list)
    h1s: list[HtmlElement] = field(default_factory=list)
    #: Content of <meta property=…> tags, by property, in document order.
    meta_properties: dict[str, list[str]] = field(default_factory=dict)
    #: Content of <meta name=…> tags, by lower-cased name, in document order.
    meta_names: dict[str, list[str]] = field(default_factory=dict)
    canonical_hrefs: list[str] = field(default_factory=list)
    #: <link rel="alternate" hreflang=…> targets: (language, href).
    alternates: list[tuple[str, str]] = field(default_factory=list)
    absolute_hrefs: list[str] = field(default_factory=list)
    #: Links to the site's home page ("/"): the site's logo or name.
    home_links: list[HtmlElement] = field(default_factory=list)
    #: Links anywhere on the page that say they lead to the copy's original (declared_sources.py).
    original_hrefs: list[str] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, tree: HtmlElement) -> "PageElements":
        found = cls()
        for element in tree.getroottree().iter("a", "meta", "link", "script", "title", "h1"):
            tag = element.tag
            if tag == "a":
                href = element.get("href")
                if href is not None and href.startswith("http"):
                    found.absolute_hrefs.append(href)
                    if ROOT_URL.match(href):
                        found.home_links.append(element)
                    elif leads_to_original(element):
                        found.original_hrefs.append(href.strip())
                elif href == "/" or (href is not None and "home" in (element.get("rel") or "").split()):
                    found.home_links.append(element)
            elif tag == "meta":
                content = element.get("content")
                if content is not None:
                    name = element.get("property")
                    if name is not None:
                        found.meta_properties.setdefault(name, []).append(content)
                    name = element.get("name")
                    if name is not None:
                        found.meta_names.setdefault(name.lower(), []).append(content)
            elif tag == "link":
                href = element.get("href")
                if href is not None and element.get("rel") == "canonical":
                    found.canonical_hrefs.append(href)
                elif href is not None and element.get("rel") == "alternate" and element.get("hreflang"):
                    found.alternates.append((element.get("hreflang"), href.strip()))
            elif tag == "script":
                if element.get("type") == "application/ld+json" and element.text:
                    found.json_ld.append(element.text)
            elif tag == "title":
                found.titles.append(element)
                parent = element.getparent()
                if parent is not None and parent.tag == "head":
                    found.head_titles.append(element)
            else:
                found.h1s.append(element)
        return found

    def meta(self, name: str) -> list[str]:
        return self.meta_properties.get(name, [])

    def all_meta(self) -> dict[str, list[str]]:
        """Meta tag contents by property or name, properties first (og:type, article:section)."""
        merged = {name: list(values) for name, values in self.meta_properties.items()}
        for name, values in self.meta_names.items():
            merged.setdefault(name, []).extend(values)
        return merged


#: The page's breadcrumb trail: an element named so (PHPCMS's "crumbs" too), or marked up as
#: schema.org's BreadcrumbList.
BREADCRUMB_XPATH = "//*[contains(@class, 'crumb') or contains(@itemtype, 'BreadcrumbList')]"
#: A trail without its class: three links or more from the home page on, one separator between
#: each two ("Nairaland Forum / Nairaland / General / Politics / …").
UNMARKED_TRAIL_XPATH = "//*[count(a) >= 3 and (a[1][@href = '/'] or a[1][@href = './'])]"
TRAIL_SEPARATORS = frozenset({"/", "›", "»", ">", "|"})


def breadcrumb_items(tree: HtmlElement) -> frozenset[str]:
    """The texts of the breadcrumb trail's items: extraction may keep the last one, the headline's
    short form, above the text."""
    found = set()
    for trail in tree.xpath(BREADCRUMB_XPATH):
        for element in trail.iter():
            if isinstance(element.tag, str) and (text := normalize_space(element.text or "")):
                found.add(text)
    for trail in tree.xpath(UNMARKED_TRAIL_XPATH):
        if _is_trail(trail):
            links = [child for child in trail if child.tag == "a"]
            found.update(text for link in links if (text := normalize_space(link.text_content())))
    return frozenset(found)


def _is_trail(element: HtmlElement) -> bool:
    """Links, and one separator between each two: in the text after a link ("Home › News") or
    an element of its own (Discuz's "<em>›</em>"); after the last link, anything ("(412 Views)")."""
    steps = []
    children = list(element)
    for child in children:
        if not isinstance(child.tag, str):
            return False  # a comment or a processing instruction: no trail's markup
        if child.tag == "a":
            steps.append("link")
        elif normalize_space(child.text_content()) in TRAIL_SEPARATORS:
            steps.append("separator")
        else:
            return False
        if (tail := (child.tail or "").strip()) and child is not children[-1]:
            if tail not in TRAIL_SEPARATORS:
                return False
            steps.append("separator")
    return steps[-1:] == ["link"] and all(
        step == ("link" if i % 2 == 0 else "separator") for i, step in enumerate(steps)
    )


def _own_home_links(elements: PageElements, host: str) -> list[HtmlElement]:
    """The links to the site's home page: "/", the root of the page's own host, or a link of the
    site's own declared as its home (`rel="home"`: XWiki's logo leads to "/bin/view/Main/")."""
    own = host.removeprefix("www.")
    return [
        link
        for link in elements.home_links
        if (href := link.get("href") or "") == "/"
        or ((root := ROOT_URL.match(href)) is not None and root["host"].removeprefix("www.") == own)
        or (not href.startswith(("http", "//")) and "home" in (link.get("rel") or "").split())
    ]


def home_link_texts(elements: PageElements, host: str) -> tuple[str, ...]:
    """The texts of the links to the site's home page ("Lowlands Expat Forum" in a forum's
    footer), or a logo's text in one: a title's last segment written so is the site's name,
    whatever its domain."""
    texts = (_link_or_logo_text(link) for link in _own_home_links(elements, host))
    return tuple(dict.fromkeys(text for text in texts if text and len(text) <= MAX_HOME_LINK_CHARS))


#: The word "logo" a logo's alt adds to the site's name ("Danube Slovak Report logo").
LOGO_WORD = re.compile(r"\b(?:site |company )?logo\b", re.IGNORECASE)
#: An alt that names where the link goes, not the site: "Go to homepage", "Back", "Home".
NAVIGATION_ALT = re.compile(r"\b(?:home(?:page)?|back|go to|start ?page|return)\b", re.IGNORECASE)


def _link_or_logo_text(link: HtmlElement) -> str:
    """The link's text, else the text of its one picture (a logo's alt naming the site)."""
    if text := normalize_space(link.text_content()):
        return text
    pictures = list(link.iter("img"))
    alt = normalize_space(pictures[0].get("alt") or "") if len(pictures) == 1 else ""
    alt = LOGO_WORD.sub("", alt).strip(" -–|")
    return "" if NAVIGATION_ALT.search(alt) else alt


#: A tag written inside the <title>, whose text is not markup: a browser's translation saved with
#: the page wraps it in <font> tags ("<font style=…>Hoi An requires …</font>").
TAG_IN_TITLE = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?>")


#: Why a tag inside the <title> goes, in the record's edits.
TAG_IN_TITLE_REASON = (
    "a tag written inside the <title> (a browser's saved translation) is markup, not the title"
)


def page_title(elements: PageElements) -> str | None:
    """The title as the page writes it (the <title> element, else og:title, else the first h1)."""
    return (
        _first_text(elements.head_titles)
        or _first_text(elements.titles)
        or _first_text(elements.meta("og:title"))
        or _first_text(elements.h1s)
    )


def without_tags(title: str) -> tuple[str, tuple[str, ...]]:
    """The title without the tags written inside it, and those tags (to be logged)."""
    tags = tuple(TAG_IN_TITLE.findall(title)) if "<" in title else ()
    return (normalize_space(TAG_IN_TITLE.sub("", title)), tags) if tags else (title, ())


def _items_under(node, keys: tuple[str, ...]):
    """The values under any of `keys` anywhere in a JSON-LD tree, a list's items one by one."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys:
                yield from value if isinstance(value, list) else [value]
            else:
                yield from _items_under(value, keys)
    elif isinstance(node, list):
        for item in node:
            yield from _items_under(item, keys)


def _json_ld_items(elements: PageElements, keys: tuple[str, ...]) -> list:
    """The values the page's JSON-LD gives under `keys`; malformed JSON-LD is ignored."""
    found = []
    for script in elements.json_ld:
        if not any(key in script for key in keys):
            continue
        try:
            found.extend(_items_under(json.loads(script), keys))
        except (ValueError, RecursionError):
            continue
    return found


def _json_ld_urls(elements: PageElements, keys: tuple[str, ...]) -> list[str]:
    """The URLs (or the `url`/`@id` of objects) the page's JSON-LD gives under `keys`."""
    found = []
    for item in _json_ld_items(elements, keys):
        url = item.get("url") or item.get("@id") if isinstance(item, dict) else item
        if isinstance(url, str):
            found.append(url)
    return found


def based_on_urls(elements: PageElements) -> tuple[str, ...]:
    """What the page's JSON-LD declares it is based on."""
    return tuple(_json_ld_urls(elements, ("isBasedOn", "isBasedOnUrl")))


def based_on_stories(elements: PageElements) -> tuple[tuple[str, str | None], ...]:
    """The news stories the page's JSON-LD says it is based on, each with its publisher's name
    when given: {"isBasedOn": {"@type": "NewsArticle", "url": …, "publisher": {"name": …}}}. A
    bare address says less: it may be a study's or a press release's."""
    found: list[tuple[str, str | None]] = []
    for item in _json_ld_items(elements, ("isBasedOn",)):
        if not isinstance(item, dict):
            continue
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        url = item.get("url") or item.get("@id")
        if isinstance(url, str) and any(isinstance(k, str) and k.endswith("NewsArticle") for k in kinds):
            publisher = item.get("publisher")
            name = publisher.get("name") if isinstance(publisher, dict) else None
            found.append((url.strip(), name.strip() if isinstance(name, str) and name.strip() else None))
    return tuple(dict.fromkeys(found))


def declared_source_urls(elements: PageElements) -> tuple[tuple[str, str], ...]:
    """URLs the page's head declares as its source or as its version in another language, each
    with how it declares it: a copy links the story it translated as its alternate."""
    found = [
        (source_meta_label(name), url.strip())
        for name in SOURCE_META_NAMES
        for url in elements.meta_names.get(name, [])
        if url.strip().startswith("http")
    ]
    found += [(f'<link rel="alternate" hreflang="{language}">', url) for language, url in elements.alternates]
    # A farm's JSON-LD that cites the story it copied: "citation": {"@type": "NewsArticle", "url": …},
    # or names the organisation the story comes from: "sourceOrganization": {"url": "https://www.cas.sk/"}.
    for key in ("citation", "sourceOrganization"):
        found += [
            (f"JSON-LD {key}", url) for url in _json_ld_urls(elements, (key,)) if url.startswith("http")
        ]
    return tuple(dict.fromkeys(found))


#: Meta tags that name a social-media account: the site's and the author's.
HANDLE_META_NAMES = ("twitter:site", "twitter:creator")
HANDLE = re.compile(r"^@\w{2,30}$")


#: The publisher's Facebook page, as Yoast writes it in `article:publisher`: facebook.com/estadao.
FACEBOOK_PAGE = re.compile(r"^https?://(?:www\.|m\.)?facebook\.com/(?P<page>\w{2,50})/?$")


def social_handles(meta: dict[str, list[str]]) -> tuple[str, ...]:
    """The accounts the page's meta tags (`PageElements.all_meta`) name."""
    handles = [value.strip() for name in HANDLE_META_NAMES for value in meta.get(name, [])]
    handles += [
        f"@{match['page']}"
        for url in meta.get("article:publisher", [])
        if (match := FACEBOOK_PAGE.match(url.strip()))
    ]
    return tuple(dict.fromkeys(handle for handle in handles if HANDLE.match(handle)))


def page_links(elements: PageElements) -> tuple[str, ...]:
    """Absolute links only (a relative link stays on the republisher's site), a redirect's as the
    address it leads to."""
    return tuple(dict.fromkeys(redirect_target(href.strip()) for href in elements.absolute_hrefs))


#: Scripts whose personal names are written without a space (王喆, 김민준): a one-word byline in
#: them is a name, where a one-word Latin byline is mostly a login or a desk ("admin").
SPACELESS_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Job titles that Korean, Japanese and Chinese bylines put before or after the name:
#: reporter, senior/staff/intern reporter, correspondent, editor, staff (김민준 기자, 记者 王喆).
BYLINE_JOB_TITLES = (
    "선임기자",
    "객원기자",
    "인턴기자",
    "수습기자",
    "기자",
    "특파원",
    "논설위원",
    "記者",
    "记者",
    "特派員",
    "特派员",
    "編集委員",
    "通讯员",
    "通訊員",
    "编辑",
    "編輯",
)
JOB_TITLE = re.compile(rf"^(?:{'|'.join(BYLINE_JOB_TITLES)})\s*|\s*(?:{'|'.join(BYLINE_JOB_TITLES)})$")


def without_job_title(byline: str) -> str:
    """A byline without a job title before or after the name ('김민준 기자' → '김민준'); a byline
    that is only a job title is empty."""
    name = normalize_space(byline)
    while (shorter := JOB_TITLE.sub("", name, count=1).strip()) != name:
        name = shorter
    return name


def byline_and_date(
    tree: HtmlElement, url: str, page: PageData, bylines: list[HtmlElement] | None = None
) -> tuple[list[str], str | None]:
    """Authors and publication date from the page's metadata (JSON-LD, meta tags, URL),
    else authors from a byline that is only names (cleaning/bylines.py).

    The authors the JSON-LD article declares come first (read by `read_page_data`, @id
    references and agencies included), then microdata, then trafilatura's readers of meta tags
    and JSON-LD, then the visible byline. Dates are htmldate's without its search of the text,
    which costs more than the rest of the cleaning together and guesses more often, unless
    the page states no date anywhere else.
    """
    authors = [name for name in map(without_job_title, page.authors) if name]
    host = urlsplit(url).hostname or ""
    if not authors:
        authors = microdata_authors(tree, list(page.site_names), host)
    if not authors:
        meta = examine_meta(tree)
        if meta.author and " " not in meta.author and not SPACELESS_NAME.search(meta.author):
            meta.author = None
        with suppress(Exception):  # trafilatura's JSON-LD reader can fail on broken JSON-LD; meta tags remain
            meta = extract_meta_json(tree, meta)
        authors = [name for name in map(without_job_title, (meta.author or "").split(";")) if name]
    if not authors:
        authors = byline_authors(
            byline_elements(tree) if bylines is None else bylines, list(page.site_names), host
        )
    date = find_date(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if date is None:
        # A date shown only in the text ("2024年07月24日 19:20", "3. Dezember 2026"): htmldate's
        # search of the text, on the pages that state no date elsewhere (it costs more than the
        # rest of the cleaning, and guesses more often where the page states one).
        date = find_date(tree, url=url, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    return authors, date


def warm_up_extraction() -> None:
    """trafilatura's second opinion reads every jusText stoplist, and courlan its list of public
    suffixes, the first time a page needs them (about 0.4 and 0.2 s, in every worker)."""
    if external.JT_STOPLIST is None:
        external.jt_stoplist_init()
    extract_domain("https://www.example.com/")


def forget_large_strings() -> None:
    """trafilatura memoises `line_processing` and `trim` (1,024 entries each), keyed by whole
    lines of text: a 5 MB paragraph stayed in memory four times over, and each further one
    added 35 MB to the process until the caches cycled. They are emptied after a large page."""
    line_processing.cache_clear()
    trim.cache_clear()


#: The first lines of the text where the headline may stand under the page's header headings.
HEADER_LINES = 3


def header_headings(tree: HtmlElement, headline: str | None) -> frozenset[str]:
    """The texts of the headings before the page's one h1, the headline (`_only_heading`)."""
    if headline is None:
        return frozenset()
    found = set()
    for element in tree.iter(*HEADINGS):
        text = normalize_space(element.text_content())
        if element.tag == "h1":
            if text == headline:
                return frozenset(found)
        elif text:
            found.add(text)
    return frozenset()


def extract(
    html: str | bytes, url: str, options: ExtractionOptions, stopwatch: Stopwatch | None = None
) -> Extracted:
    try:
        return _extract(html, url, options, stopwatch or Stopwatch(None))
    finally:
        if len(html) > LARGE_PAGE_CHARS:
            forget_large_strings()


def _extract(html: str | bytes, url: str, options: ExtractionOptions, stopwatch: Stopwatch) -> Extracted:
    host = page_host(url)  # a bad URL is named before any work is done
    if not html or not html.strip():
        raise PageError(url, "empty page", not_an_article=True)
    if len(html) > options.max_page_chars:
        raise PageError(url, f"too large to clean: {len(html)} characters (limit {options.max_page_chars})")
    text = decode_file(html)
    if binary := binary_share(text):
        raise PageError(
            url,
            f"binary data, not an HTML page ({binary:.0%} of its first characters are control characters)",
        )
    text, removals = sanitize(text)
    tags = check_before_parsing(text, url, options.max_elements)
    tree = parse_html(text, url)
    too_deep = any(TOO_DEEP in error.message for error in HTML_PARSER.error_log)
    # Two '<' per element: only a page that may be over the limit is counted exactly.
    cut = bound_elements(tree, url, options.max_elements) if tags > options.max_elements else None
    # Only a page longer than an article may be can hold a run of text that long.
    text_cut = bound_texts(tree, options.max_text_chars) if len(text) > options.max_text_chars else None
    if "<table" in text or "<TABLE" in text:
        frame_pictures(tree)
    if options.include_tables:
        unwrap_layout_tables(tree)
    # A page without a <cite> or vBulletin's "posted by" has no quote header: the tree is not
    # searched (0.15 ms a page).
    quote_headers = take_quote_headers(tree) if "<cite" in text or "bbcode_postedby" in text else ()
    writes_source_fields = (
        "data-value" in text or "<dt" in text or 'role="row"' in text or "role='row'" in text
    )
    forum_posting = FORUM_POSTING_TYPE in text
    # Read before extraction, which may change the tree; only a page with a <pre> has any.
    wrapped = wrapped_paragraphs(tree) if "<pre" in text or "<PRE" in text else []
    if 'class="p"' in text:
        split_paragraph_spans(tree)
    input_repairs = drop_footnote_marks(tree) if has_footnote_marks(text) else []
    if may_have_read_more(text):
        input_repairs += show_read_more(tree)
    if may_have_polls(text):
        input_repairs += hide_polls(tree)
    drop_empty_inline(tree)
    drop_textless_links_in_headings(tree)
    keep_tails_of_empty_elements(tree)
    stopwatch.lap("parse HTML")
    document = _main_text(tree, url, options)
    stopwatch.lap("trafilatura extraction")
    if document is None or not (document.text or "").strip():
        if too_deep:
            raise PageError(url, f"no main text found before {DEEPEST_NESTING_NOTE}")
        if text_cut:
            raise PageError(url, f"no main text found besides {text_cut.reason}", not_an_article=True)
        raise PageError(url, "no main text found", not_an_article=True)
    if len(document.text) > options.max_text_chars:
        problem = f"main text too long for an article: {len(document.text)} characters (limit {options.max_text_chars})"
        raise PageError(url, problem, not_an_article=True)
    text = document.text
    elements = PageElements.of(tree)
    meta_tags = elements.all_meta()
    page = read_page_data(tree, url, meta_tags, elements.json_ld)
    bylines = byline_elements(tree)
    authors, read_date = byline_and_date(tree, url, page, bylines)
    date = unswapped(read_date, tree)
    og_url = _first_text(elements.meta("og:url"))
    site_name = _first_text(elements.meta("og:site_name"))
    canonical_url = _first_text(elements.canonical_hrefs) or og_url
    title_raw, title_tags = without_tags(page_title(elements) or "")
    if not host:
        host = declared_own_host([site_name or "", *page.site_names], title_raw, [og_url, canonical_url])
    meta = PageMeta(
        url=url,
        host=host,
        site_name=site_name,
        canonical_url=canonical_url,
        og_url=og_url,
        links=page_links(elements),
        based_on=based_on_urls(elements),
        based_on_stories=based_on_stories(elements),
        declared_sources=declared_source_urls(elements),
        social_handles=social_handles(meta_tags),
        authors=authors,
        date_published=date,
        page=page,
        h1=_only_heading(elements.h1s),
        first_h2=next(
            (heading for h2 in tree.iter("h2") if (heading := normalize_space(h2.text_content()))), None
        ),
        site_heading=_site_heading(elements.h1s),
        headline_link=headline_link(elements.h1s, host),
        home_link_texts=home_link_texts(elements, host),
        byline_parts=byline_parts(bylines),
    )
    stopwatch.lap("page metadata and lines")
    fallback = None
    if options.favor_precision and _precision_may_be_short(text, page, options):
        # fast: without trafilatura's second-opinion extractors, half the time of a full default
        # extraction and the same length on every benchmark page checked (bench/README.md).
        default_text = _other_text(tree, url, options, include_comments=False, fast=True)
        if text_length(default_text) <= text_length(text) and (
            _paragraph_chars(tree) >= options.fallback_ratio * len(default_text)
        ):
            # Its core stopped where the precise extraction stopped, though the page's paragraphs
            # hold much more (an inline block of related posts inside the article): its second
            # opinion may find the rest.
            default_text = _other_text(tree, url, options, include_comments=False, fast=False)
        fallback = _fallback(
            text,
            default_text,
            options,
            f"favor_precision kept {describe_length(text)} of a page marked up as {article_markup(page)};"
            f" trafilatura's default extraction, with {describe_length(default_text)}, is used instead",
        )
        text = default_text if fallback else text
        stopwatch.lap("fallback extraction")
    if (
        options.favor_precision
        and fallback is None
        and text_length(text) < options.fallback_below_words
        and _only_table_rows(text)
    ):
        # Precision kept a table of post headers only (Phorum's author and date rows), not the
        # posts written beside it: the default extraction reads them, with its second opinion
        # (its core alone may keep the same rows).
        default_text = _other_text(tree, url, options, include_comments=False, fast=False)
        fallback = _fallback(
            text,
            default_text,
            options,
            f"favor_precision kept only table rows ({describe_length(text)}); trafilatura's default"
            f" extraction, with {describe_length(default_text)}, is used instead",
        )
        text = default_text if fallback else text
        stopwatch.lap("fallback extraction")
    if forum_posting and fallback is None and text_length(text) < options.fallback_below_words:
        # A forum writes its posts as comments (Invision's "ipsComment"), which extraction without
        # comments prunes, the story's post with them: the post's own text is asked for.
        post_text = _other_text(
            tree, url, options, include_comments=True, favor_precision=options.favor_precision
        )
        fallback = _fallback(
            text,
            post_text,
            options,
            f"the page is a forum's post (schema.org {FORUM_POSTING_TYPE}), whose posts are marked up as"
            f" comments: extraction without them kept {describe_length(text)}; the extraction that"
            f" reads them, with {describe_length(post_text)}, is used instead",
        )
        text = post_text if fallback else text
        stopwatch.lap("forum post extraction")
    lines = [line for line in map(normalize_space, text.splitlines()) if line]
    lines, fused = split_fused(tree, lines)
    lines = join_source_labels(lines)
    lines, wrapped_joined = join_wrapped_lines(lines, wrapped)
    meta.breadcrumb = breadcrumb_items(tree)
    meta.header_headings = header_headings(tree, meta.h1)
    meta.h1_line = next(
        (
            index
            for index, line in enumerate(lines[:HEADER_LINES])
            if line == meta.h1 and not any(normalize_space(p.text_content()) == line for p in tree.iter("p"))
        ),
        None,
    )
    standfirst = find_standfirst(tree, lines)
    if standfirst:
        lines.insert(standfirst.line, standfirst.text)
    stopwatch.lap("standfirst")
    # A standfirst put back from outside the article's element (Quarto's title banner) does not
    # widen it to the page's body.
    article = article_element(tree, [line for line in lines if not standfirst or line != standfirst.text])
    # Where the paragraphs share no element below the body (Mobirise's sections), the body is
    # searched: a subheading must still stand between two paragraphs extracted one after the
    # other, a list right after the paragraph that announces it.
    scope = article if article is not None else tree.find("body")
    missing = missing_subheadings(scope, lines)
    lines = insert_lines(lines, missing)
    left_out = missing_lists(scope, lines)
    lines = insert_lines(lines, [(position, item) for position, items in left_out for item in items])
    continued = continuation_blocks(article, lines)
    lines += [line for block in continued for line in block]
    beginning = earlier_blocks(article, lines)
    lines = [line for block in beginning for line in block] + lines
    stopwatch.lap("article element and subheadings")
    in_text = set(lines)
    if article is not None:
        marked = marked_captions(article)
    else:
        # Without the article's element, the body's captions count only where the text holds
        # them, as a line or opening one: a sidebar's are no captions of the article.
        marked = [
            text
            for text in marked_captions(scope)
            if text in in_text or any(line.startswith(text) for line in lines)
        ]
    credited = credited_caption_lines([text for text in marked if text not in in_text], lines)
    split = caption_split_in_lines([text for text in marked if text not in in_text], lines)
    captions = [text for text in marked if text not in in_text and text not in credited and text not in split]
    meta.captions_in_text = (
        frozenset(text for text in marked if text in in_text)
        | frozenset(credited.values())
        | frozenset(line for pair in split.values() for line in pair)
    )
    meta.image_alts = image_alts(article)
    # Tags read from the page's tag links already hold those shown around the article.
    meta.shown_tags = shown_tags(article) if page.tags_declared else ()
    meta.beside_texts = beside_texts(article)
    meta.pull_quotes = pull_quotes(tree)
    meta.featured_alt = featured_alt(article)
    meta.page_text = PageText(tree)
    declared = declared_sources(article, lines)
    meta.source_lines = declared.lines
    original_hrefs = [redirect_target(href) for href in elements.original_hrefs]
    meta.original_links = tuple(dict.fromkeys((*declared.links, *original_hrefs)))
    meta.stated_original_links = tuple(dict.fromkeys((*declared.stated, *original_hrefs)))
    meta.source_line_links = declared.named
    meta.headline_links = headline_links(article)
    # Only a page that writes named tags, definition lists or property rows is searched for them.
    if writes_source_fields:
        tags = source_tags(tree)
        meta.source_lines += tags.lines
        meta.source_line_links += tags.named
    stories = [header for header in quote_headers if header.over_story]
    meta.quoted_sources = tuple((header.name, header.text) for header in stories)
    post = None
    if len(stories) == 1:
        meta.forum_story = ForumStory(f"a forum quote of its outlet ({stories[0].text!r})", stories[0].lines)
    elif (named := post_named_by_address(tree, url)) is not None:
        post_element, post_lines = named
        meta.forum_story = ForumStory(
            "the post the page's address names", post_lines, True, opening_headline(post_element, post_lines)
        )
    else:
        if forum_posting:
            post = first_post(tree)
        elif not page.article_type:  # a page that declares itself an article is no thread
            post = first_of_several_posts(tree)
    if post is not None:
        meta.forum_story = ForumStory("the thread's first post", element_lines(post))
        meta.first_post_links = read_more_links(post)
    meta.signatures = signatures(tree)
    stopwatch.lap("figure captions and source lines")
    return Extracted(
        meta=meta,
        title_raw=title_raw,
        lines=lines,
        removals=removals,
        quote_headers=quote_headers,
        input_repairs=[*input_repairs, *((tag, TAG_IN_TITLE_REASON) for tag in title_tags)],
        cut=cut,
        text_cut=text_cut,
        too_deep=too_deep,
        date_as_read=read_date if read_date != date else None,
        fallback=fallback,
        standfirst=standfirst,
        subheadings=[text for _, text in missing],
        lists=[items[0] for _, items in left_out],
        fused=fused,
        wrapped_joined=wrapped_joined,
        continued=[block[0] for block in continued],
        beginning=[block[0] for block in beginning],
        captions=captions,
    )


#: A link to a site's home page: its root, nothing after the host but "/".
ROOT_URL = re.compile(r"^https?://(?P<host>[^/?#:]+)/?$")
#: A longer text of a link to the home page is a teaser or a sentence, not the site's name.
MAX_HOME_LINK_CHARS = 60
#: A page whose paragraphs hold fewer characters than this is seldom long enough to go without
#: the second opinion; it is asked at once instead of after a first extraction without it.
LIKELY_LONG_PARAGRAPH_CHARS = 3000


def _main_text(tree: HtmlElement, url: str, options: ExtractionOptions):
    """trafilatura's extraction, with its second opinion where it may change the text (a text
    under second_opinion_below_chars); the same text as with it on every benchmark page."""
    settings = {
        "url": url,
        "include_comments": False,
        "favor_precision": options.favor_precision,
        "include_tables": options.include_tables,
    }
    if _paragraph_chars(tree) >= LIKELY_LONG_PARAGRAPH_CHARS:
        document = bare_extraction(tree, fast=True, **settings)
        if document is not None and len(document.text or "") >= options.second_opinion_below_chars:
            return document
    return bare_extraction(tree, **settings)


def _fallback(text: str, other: str, options: ExtractionOptions, reason: str) -> Fallback | None:
    """The other extraction's text replaces the first one's when it is `fallback_ratio` times as long."""
    if text_length(other) < options.fallback_ratio * text_length(text):
        return None
    return Fallback(describe_length(text), describe_length(other), reason)


def _other_text(
    tree: HtmlElement,
    url: str,
    options: ExtractionOptions,
    *,
    include_comments: bool,
    favor_precision: bool = False,
    fast: bool = False,
) -> str:
    """trafilatura's text with other settings than the first extraction's: its default extraction
    (`fast`: without its second opinion), or the one that reads comments apart (its own default)."""
    document = bare_extraction(
        tree,
        url=url,
        include_comments=include_comments,
        favor_precision=favor_precision,
        include_tables=options.include_tables,
        fast=fast,
    )
    return (document.text if document else "") or ""


def _only_table_rows(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line.startswith("|") and line.endswith("|") for line in lines)


def _paragraph_chars(tree: HtmlElement) -> int:
    return sum(len(text) for text in tree.xpath("//p//text()"))


def _precision_may_be_short(text: str, page: PageData, options: ExtractionOptions) -> bool:
    """Whether favor_precision may have left out much of an article: only on a page marked up
    as one (an unmarked listing page would gain its teasers), when its text is short in itself
    or beside the length the page declares."""
    if article_markup(page) is None:
        return False
    length = text_length(text)
    declared = page.declared_length or 0
    return length < options.fallback_below_words or declared >= options.fallback_ratio * length
