"""Lines and links of the article that say where the copy comes from, which extraction left out.

trafilatura drops a farm's short closing line ("This article first appeared in Haaretz." in an
italic `<div>`) or keeps only its words, not its link ("See the original note", linking to
eluniversal.com.mx). Either names the original better than anything else on the page. They are
read from the element that holds the article's paragraphs (cleaning/figures.py's
`article_element`) and, for lines, from its parent, the post that holds the headline and its
meta line too ("(Translated from Adresseavisen)" under the date), never from the page's body as a
whole, and serve as evidence: the text is not changed.
"""

import re
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement

from republished.cleaning.outlet_discovery import (
    SOURCE_LABELS,
    STATING_LINES,
    WHOLE_SOURCE_LINES,
    host_of,
    same_host,
)
from republished.cleaning.redirects import redirect_target
from republished.cleaning.spaces import normalize_space

#: The longest line read: a source line is a short sentence.
MAX_LINE_CHARS = 200
#: Elements a farm writes its source line in.
LINE_TAGS = ("p", "div", "em", "i", "span", "small", "strong", "b", "li", "tr")
#: The words WHOLE_SOURCE_LINES open with ("Source:", "This article first appeared …", "Culled
#: from …", "With information from …"): only an element whose first text opens with one is read whole, so a page's other
#: blocks cost one look at their first words (reading every block took 0.7 ms a page).
FIRST_WORDS = re.compile(
    rf"\(?(?:©|(?:{SOURCE_LABELS}|original|the|this|was|first|originally|article|story|text|read|culled|theo|with|con|com"
    r"|credit|credits|denne|artikel|artikeln|artikkel|artiklen|artikkelen|texten|dieser|der|dit|deze|translated"
    r"|adapted|copyright|c|haberin|for|continue|keep|weiterlesen|lire|leggi|sigue|lees|leer|lesen|courtesy|by"
    r"|cet|ce|l[’']article|este|el|questo|l[’']articolo|o)"
    r"(?:\b|[:：]))",
    re.IGNORECASE,
)
#: A link labelled as the copy's original: "See the original note", "Original article", "Source",
#: and as copies keep it in the original's language, a few words around the word "original"
#: ("Loe originaalartiklit Õhtulehest", "Zum Originalartikel", "Czytaj oryginalny artykuł").
ORIGINAL_LINK_TEXT = re.compile(
    r"^(?:(?:see|read|view|go to)\s+)?(?:the\s+)?(?:original|source)"
    r"(?:\s+(?:article|note|story|text|report|news|post|link|version))?\s*[:.»›→]*$"
    r"|^(?:[\w’']+\s+){0,3}(?:\w*origina(?!te|ting|tion|lly)|\w*originá|oryginal|orygina|alkuperäi|eredeti)\w*"
    # "Read the original story (in Norwegian) at Svalbardposten →"
    r"(?:\s+\w+)?(?:\s+\(in \w+\))?(?:\s+\w+){0,2}\s*[:.»›→]*$"
    # "阅读原文" (read the original text), WeChat's link under every post that copies one.
    r"|^(?:阅读|閱讀|查看)?原文(?:链接|連結|を読む)?$|^원문\s*(?:보기)?$",
    re.IGNORECASE,
)

#: A link that says, wherever it stands on the page, that it leads to the copy's original, in the
#: imperative: "Read the original article", "Lire l'article original", WeChat's "阅读原文" under the
#: post (not a bare "Source", a chart's or a picture's credit as often, nor "the original report"
#: in a sentence).
READ_THE_ORIGINAL = re.compile(
    r"^(?:(?:see|read|view|go to)\s+(?:the\s+)?original(?:\s+(?:article|story|text|report|news|post|version))?"
    r"|lire l['’]article original"
    r"|leer (?:el artículo|la noticia) original|leggi l['’]articolo originale|zum originalartikel"
    r"|(?:阅读|閱讀|查看)原文|원문\s*보기)\s*[:.»›→]*$",
    re.IGNORECASE,
)
#: The id of WeChat's "阅读原文" link, which the page's script may fill in.
WECHAT_SOURCE_LINK = "js_view_source"


#: The longest link text read as a label.
MAX_LABEL_CHARS = 40
#: A link's text longer than this is a headline or a sentence, not an outlet's name.
MAX_NAME_CHARS = 60


#: A newsletter's button to the story it sums up, on the site its text names: "Read the full story
#: at countypress.co.uk →".
FULL_STORY_AT = re.compile(
    r"^read the (?:full|whole|complete) (?:story|article) (?:at|on) (?P<host>(?:[\w-]+\.)+[a-z]{2,})\s*[.»›→]*$",
    re.IGNORECASE,
)


def leads_to_original(link: HtmlElement) -> bool:
    text = link.text
    if link.get("id") == WECHAT_SOURCE_LINK:
        return True
    if not text or len(text) > MAX_LINE_CHARS:
        return False
    if (full_story := FULL_STORY_AT.match(text.strip())) and (host := host_of(link.get("href") or "")):
        return same_host(host, full_story["host"].lower().removeprefix("www."))
    return len(text) <= MAX_LABEL_CHARS and READ_THE_ORIGINAL.match(text.strip()) is not None


#: A line that labels the links after it as the copy's original: "Original article (Kinyarwanda):
#: <the original's headline>", "Original: <its address>" (outlet_discovery.py's STATING_LINES
#: are the others).
ORIGINAL_LABEL = re.compile(
    r"^\(?(?:the\s+)?original(?:\s+(?:article|story|text|report|post|news|version|link))?"
    r"(?:\s*\([^()]{2,30}\))?\s*[:：]",
    re.IGNORECASE,
)

#: The source field of a Chinese, Japanese or Korean CMS's info line under the headline, among the
#: others: "2026-03-03 09:40:12   来源：神戸新聞NEXT   评论：0 点击：1306" (PHPCMS, DedeCMS). Its value
#: ends at a wider space than a word's, or before the next field's label.
FIELD_LABELS = "来源|來源|出处|出處|出典|출처"
SOURCE_FIELD_LABEL = re.compile(rf"(?:{FIELD_LABELS})\s*[:：]")
FIELD_VALUE_CHARACTER = r"[^\s:：|｜,，、()（）\[\]【】]"
SOURCE_FIELD = re.compile(
    rf"(?P<label>{FIELD_LABELS})\s*[:：]\s*"
    rf"(?P<name>{FIELD_VALUE_CHARACTER}+(?: (?![^\s:：]+[:：]){FIELD_VALUE_CHARACTER}+)*)"
)
#: A source label alone, the value in the next element: "<span>SOURCE</span><a>De Gelderlander</a>".
LABEL_ONLY = re.compile(rf"^\s*(?:{SOURCE_LABELS})\s*[:：]?\s*$", re.IGNORECASE)

#: A tag that is a name and a value: BookStack's "Fonte" tag valued "Gazeta do Povo" beside the page.
NAMED_TAGS = "//*[@data-name and @data-value]"

#: A field of a definition list: its term, right before its value (XWiki's news sheet).
DEFINED_TERMS = etree.XPath("//body//dt[following-sibling::*[1][self::dd]]")
#: A row of two cells (or a row header and a cell), a name and its value: a Notion page's property
#: ("Fonte" | "GZH").
PROPERTY_ROWS = etree.XPath(
    "//body//*[@role='row'][count(*[@role='cell' or @role='rowheader']) = 2][*[2][@role='cell']]"
)
#: What a property's name may open with besides its words: Notion's icon ("🔗Fonte").
LEADING_SIGNS = re.compile(r"^[^\w(]+")

#: A link card opening a post: Discourse's onebox, first in the post's content.
OPENING_CARD = ".//aside[contains(@class, 'onebox') and starts-with(@data-onebox-src, 'http') and not(preceding-sibling::*)]"


def _short_text(element: HtmlElement) -> str | None:
    """The element's text, spaces normalized, or None once it runs over MAX_LINE_CHARS (the walk
    stops there: a block that holds the whole article costs no more than a line)."""
    parts, length = [], 0
    for text in element.itertext():
        length += len(text)
        if length > MAX_LINE_CHARS:
            return None
        parts.append(text)
    return normalize_space("".join(parts))


def _opening_text(element: HtmlElement) -> str | None:
    """The element's first text, however deep its first child nests it (a line that is a link:
    <p><span><a><u>Read the original article at Le Figaro</u></a></span></p>)."""
    while not (element.text and element.text.strip()) and len(element):
        element = element[0]
    return element.text


def _source_field(element: HtmlElement) -> str | None:
    """The element's source field as a source line ("来源：神戸新聞NEXT"), when it is one of a line's
    fields, not a source line of its own ("（来源：新京报）" closing the text, which the text's own
    reading takes)."""
    raw = "".join(element.itertext())
    if len(raw) > MAX_LINE_CHARS or not (field := SOURCE_FIELD.search(raw)):
        return None
    if normalize_space(raw).strip("（）()【】[]。. ") == normalize_space(field.group(0)):
        return None
    return f"{field['label']}：{field['name']}"


class DeclaredSources(NamedTuple):
    #: Whole source lines of the article's element that the extracted text does not hold.
    lines: tuple[str, ...]
    #: Absolute links labelled as the copy's original (also "Source", "originaalartiklit") or
    #: standing in a source line or a line labelled as the original's.
    links: tuple[str, ...]
    #: Those of `links` that stand in such a line: the ones the page states are its original, where
    #: a link in the prose labelled "source" may be a reference as often.
    stated: tuple[str, ...]
    #: The links of source lines whose text is a name, not an address: (the name, the address).
    named: tuple[tuple[str, str], ...] = ()


def declared_sources(article: HtmlElement | None, lines: list[str]) -> DeclaredSources:
    """The article's source lines the text left out, and its links to the original: "This
    article was originally published in <a href=https://www.jn.pt/…>JN</a>." names the outlet by
    its link where its words are only an abbreviation."""
    if article is None:
        return DeclaredSources((), (), ())
    in_text = set(lines)
    left_out: dict[str, None] = {}
    links: dict[str, None] = {}
    stated: dict[str, None] = {}
    named: dict[tuple[str, str], None] = {}
    for link in article.iter("a"):
        href = redirect_target((link.get("href") or "").strip())
        if href.startswith("http") and ORIGINAL_LINK_TEXT.match(_short_text(link) or ""):
            links[href] = None
    # A Discourse post that opens with the card of the story it shares (a onebox).
    for card in article.xpath(OPENING_CARD):
        links[card.get("data-onebox-src").strip()] = None
    post = article.getparent()
    if post is not None and len(post) == 1 and post.getparent() is not None:
        # A wrapper of the article alone: the post is around it (a layout table's row holding
        # the cell, its source line in another row: CuteNews).
        post = post.getparent()
    scope = post if post is not None and post.tag not in ("body", "html") else article
    for element in scope.iter(*LINE_TAGS):
        opening = _opening_text(element)
        if opening and SOURCE_FIELD_LABEL.search(opening) and (field := _source_field(element)):
            left_out[field] = None
        if not opening or not FIRST_WORDS.match(opening.lstrip()):
            continue
        text = _short_text(element)
        if not text:
            continue
        if LABEL_ONLY.match(opening) and len(text) > len(label := opening.strip()):
            # The label in an element of its own before the value: tagDiv's "SOURCE" box.
            text = f"{label.rstrip(':：')}: {text[len(label) :].strip()}"
        states = ORIGINAL_LABEL.match(text) or any(pattern.match(text) for pattern in STATING_LINES)
        if any(pattern.match(text) for pattern in WHOLE_SOURCE_LINES):
            if text not in in_text:
                left_out[text] = None
        elif not states:
            continue
        for link in element.iter("a"):
            if target := link_target(link):
                links[target] = None
                if states:
                    stated[target] = None
                if name := _link_name(link):
                    named[(name, target)] = None
    return DeclaredSources(tuple(left_out), tuple(links), tuple(stated), tuple(named))


def _link_name(link: HtmlElement) -> str | None:
    """The link's text where it is a name, not an address or a sentence."""
    name = _short_text(link)
    if name and not name.startswith(("http://", "https://", "www.")) and len(name) <= MAX_NAME_CHARS:
        return name
    return None


def link_target(link: HtmlElement) -> str | None:
    """Where a link leads: the address it shows when its text is one (an editor's redirect wraps
    the href: "https://www.google.com/url?q=https://www.rudaw.net/…"), else its absolute href."""
    text = (link.text_content() or "").strip()
    if text.startswith(("http://", "https://")) and " " not in text and len(text) <= MAX_LINE_CHARS:
        return text
    href = redirect_target((link.get("href") or "").strip())
    return href if href.startswith("http") else None


def headline_link(h1s: list[HtmlElement], host: str) -> str | None:
    """The story on another site that the page's one headline links to: a link aggregator's post
    (Lemmy, Reddit, Hacker News) is titled by the story it shares, and links to it there."""
    headlines = [h1 for h1 in h1s if normalize_space(h1.text_content())]
    if len(headlines) != 1:
        return None
    # The site's own links in it (Mbin's "(dailypost.vu)" badge, to the site's list of the
    # domain's posts) are no second story.
    hrefs = {
        href
        for link in headlines[0].iter("a")
        if (href := (link.get("href") or "").strip()).startswith("http")
        and (other := host_of(href))
        and not same_host(other, host.removeprefix("www."))
    }
    return hrefs.pop() if len(hrefs) == 1 else None


class SourceTags(NamedTuple):
    lines: tuple[str, ...]
    #: The links of their values whose text is a name: (the name, the address).
    named: tuple[tuple[str, str], ...]


def source_tags(tree: HtmlElement) -> SourceTags:
    """The page's named tags and fields that say where the copy comes from, as source lines
    ("Fonte: Gazeta do Povo", a definition list's "Original source" over "WESER-KURIER", a Notion
    property): a wiki's page tags, a sheet's fields and a page's properties stand beside the
    page, outside the article's element."""
    fields = [
        (element.get("data-name"), element.get("data-value"), None) for element in tree.xpath(NAMED_TAGS)
    ]
    fields += [
        (term.text_content(), term.getnext().text_content(), term.getnext()) for term in DEFINED_TERMS(tree)
    ]
    for row in PROPERTY_ROWS(tree):
        name, value = row.xpath("*[@role='cell' or @role='rowheader']")
        fields.append(
            (LEADING_SIGNS.sub("", normalize_space(name.text_content())), value.text_content(), value)
        )
    lines, named = [], []
    for name, value, element in fields:
        line = f"{normalize_space(name or '')}: {normalize_space(value or '')}"
        if len(line) <= MAX_LINE_CHARS and any(pattern.match(line) for pattern in WHOLE_SOURCE_LINES):
            lines.append(line)
            if element is not None:
                named += [
                    (text, target)
                    for link in element.iter("a")
                    if (target := link_target(link)) and (text := _link_name(link))
                ]
    return SourceTags(tuple(lines), tuple(named))


#: The shortest link text read as a headline.
MIN_HEADLINE_CHARS = 20


def headline_links(article: HtmlElement | None) -> tuple[tuple[str, str], ...]:
    """The absolute links of the article's element with a headline's length of text, and that
    text: a copy may link its original under the original's headline, in the original's language
    ("See also: মেট্রোরেলে ভিড়ের …", linking to prothomalo.com)."""
    if article is None:
        return ()
    found = []
    for link in article.iter("a"):
        href = redirect_target((link.get("href") or "").strip())
        text = _short_text(link) or ""
        if href.startswith("http") and len(text) >= MIN_HEADLINE_CHARS:
            found.append((href, text))
    return tuple(found)
