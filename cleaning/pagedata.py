"""What a page declares about itself: Open Graph and other meta tags, JSON-LD and microdata.

The cleaner trusts these only for what a publisher states on purpose (the kind of page, the
headline, dates, section, tags, the main image), never to guess; a page that declares nothing
gets None or an empty tuple. Malformed JSON-LD is passed over, script by script.
"""

import html
import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from republished.cleaning.bylines import declared_names, is_site_itself
from republished.cleaning.length import text_length
from republished.cleaning.regions import inside_region

#: schema.org types of a single article (Article and its subtypes a news or blog page uses).
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "SatiricalArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "TechArticle",
        "ScholarlyArticle",
    }
)
#: schema.org page types that say the page is something other than one article.
NON_ARTICLE_PAGE_TYPES = frozenset(
    {"CollectionPage", "SearchResultsPage", "ProfilePage", "AboutPage", "ContactPage", "FAQPage"}
)
#: The schema.org type of a forum thread's post (Vanilla, Invision, NodeBB, Discourse, XenForo).
FORUM_POSTING_TYPE = "DiscussionForumPosting"
#: og:type values of an article page ("news" is common on Chinese sites).
OG_ARTICLE_TYPES = frozenset({"article", "news"})
#: A date in a URL path: /2019/11/19/, /2024-05-16/, /20241007/.
URL_DATE = re.compile(r"/(?:19|20)\d\d(?:[/-][01]?\d[/-][0-3]?\d|[01]\d[0-3]\d)(?:/|[^\d])")
ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
#: Microdata and meta elements the page's own data may be on (one search of the tree).
MICRODATA_XPATH = "//*[@itemtype or @itemprop]"


@dataclass(frozen=True)
class PageData:
    og_type: str | None = None
    #: The schema.org type of the one article the page declares (JSON-LD or microdata), and where.
    article_type: str | None = None
    article_type_source: str | None = None
    #: A schema.org page type that is not an article (CollectionPage …), when no article is declared.
    other_page_type: str | None = None
    #: The publication date the page states in its metadata (JSON-LD, article:published_time,
    #: microdata), YYYY-MM-DD.
    declared_date: str | None = None
    #: Whether the URL's path holds a date (/2019/11/19/, /20241007/), as article URLs do.
    url_has_date: bool = False
    date_modified: str | None = None
    headline: str | None = None
    og_title: str | None = None
    #: Names the site goes by: og:site_name, the JSON-LD publisher, application-name.
    site_names: tuple[str, ...] = ()
    #: The authors the JSON-LD article names: people, and organisations other than the site
    #: itself (a news agency, not the publisher standing in for a byline).
    authors: tuple[str, ...] = ()
    description: str | None = None
    image: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    #: Whether the tags are declared (meta tags, JSON-LD), not read from the page's tag links.
    tags_declared: bool = False
    #: The length of the JSON-LD articleBody (text_length), or of a declared wordCount.
    declared_length: float | None = None


#: A character reference left in a declared value: JSON-LD strings are not HTML, so WordPress's
#: escaped term names ("News &amp; Politics") stay escaped, and meta tags escaped twice keep one.
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE)


def _clean(value) -> str | None:
    """A declared text value with its spaces squeezed and its character references decoded."""
    if not isinstance(value, str):
        return None
    for _ in range(2):
        if not ENTITY.search(value):
            break
        value = html.unescape(value)
    text = " ".join(value.split())
    return text or None


def _types(entity: dict) -> list[str]:
    value = entity.get("@type")
    values = value if isinstance(value, list) else [value]
    return [v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)]


def _entities(node) -> list[dict]:
    """The top-level JSON-LD entities: the script's objects, @graph members, a WebPage's mainEntity."""
    found = []
    for item in node if isinstance(node, list) else [node]:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        members = graph if isinstance(graph, list) else [item]
        for member in members:
            if isinstance(member, dict):
                found.append(member)
                main = member.get("mainEntity")
                if isinstance(main, dict) and "@type" in main:
                    found.append(main)
    return found


def json_ld_entities(scripts: list[str]) -> list[dict]:
    entities = []
    for script in scripts:
        try:
            entities.extend(_entities(json.loads(script)))
        except (ValueError, RecursionError):  # malformed, or nested deeper than any real JSON-LD
            continue
    return entities


def _names(value) -> list[str]:
    """Names from a JSON-LD value: a string, {"name": …}, or a list of them."""
    names = []
    for item in value if isinstance(value, list) else [value]:
        name = _clean(item.get("name") if isinstance(item, dict) else item)
        if name:
            names.append(name)
    return names


#: schema.org types of an author that is not a person.
ORGANIZATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "NGO"})


def _authors(article: dict, entities: list[dict], site_names: list[str], host: str) -> list[str]:
    """The article's authors: names of persons (or untyped names), an @id resolved to the
    graph node it points at (Yoast writes {"@id": …} with the Person elsewhere in @graph), and
    organisations that are not the site itself."""
    by_id = {e["@id"]: e for e in entities if isinstance(e.get("@id"), str)}
    names = []
    value = article.get("author")
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        if isinstance(item, dict) and ORGANIZATION_TYPES.intersection(_types(item)):
            name = _clean(item.get("name"))
            if name and not is_site_itself(name, site_names, host):
                names.append(name)
            continue
        names.extend(found for name in _names(item) for found in declared_names(name))
    return [name for name in names if not is_site_itself(name, site_names, host)]


def _url(value) -> str | None:
    """A URL from a JSON-LD image value: a string, an ImageObject, or a list of them."""
    for item in value if isinstance(value, list) else [value]:
        url = _clean(item.get("url") or item.get("contentUrl") if isinstance(item, dict) else item)
        if url:
            return url
    return None


def _split_list(values) -> list[str]:
    """Keywords and sections: lists, or strings separated by commas."""
    items = []
    for value in values if isinstance(values, list) else [values]:
        if isinstance(value, str):
            items.extend(part for part in (_clean(p) for p in re.split(r"[,，、]", value)) if part)
    return items


def _article_tags(values: list[str]) -> list[str]:
    """Open Graph's article:tag, one tag a meta tag; a page that writes all in one, separated by
    commas (Docusaurus: "rome,taxi,mobility,Francesca Porta"), has one meta tag."""
    return _split_list(values) if len(values) == 1 else [_clean(value) for value in values]


def iso_date(value: str | None) -> str | None:
    """The calendar date (YYYY-MM-DD) that a date or date-time value starts with, if it is one."""
    match = ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def _unique(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _one_article(entities: list, type_of) -> str | None:
    """The article type when exactly one article is declared; a listing page declares many."""
    articles = [t for t in map(type_of, entities) if t]
    return articles[0] if len(articles) == 1 else None


def _article_type(entity) -> str | None:
    return next((t for t in _types(entity) if t in ARTICLE_TYPES), None)


def _microdata_type(element: HtmlElement) -> str | None:
    itemtype = (element.get("itemtype") or "").strip().rsplit("/", 1)[-1]
    return itemtype if itemtype in ARTICLE_TYPES else None


class Microdata:
    """The page's microdata elements, searched for once and only when first asked."""

    def __init__(self, tree: HtmlElement):
        self.tree = tree
        self._elements: list[HtmlElement] | None = None

    def elements(self) -> list[HtmlElement]:
        if self._elements is None:
            self._elements = self.tree.xpath(MICRODATA_XPATH)
        return self._elements

    def items(self) -> list[HtmlElement]:
        """Elements that start an item of a type (itemscope with itemtype)."""
        return [e for e in self.elements() if e.get("itemscope") is not None and e.get("itemtype")]

    def value(self, prop: str) -> str | None:
        """The first non-blank value of an itemprop (a meta's content, a time's datetime)."""
        for element in self.elements():
            if element.get("itemprop") == prop:
                value = _clean(element.get("content") or element.get("datetime"))
                if value:
                    return value
        return None


#: Where a page's own tags never are: asides, navigation and footers of the page (an article's
#: own footer or tag `<nav>` holds them in Kadence and Wix), related posts, sidebars and comments.
NOT_THE_ARTICLES_TAGS = (
    "ancestor::aside or ancestor::nav[not(ancestor::article)] or ancestor::footer[not(ancestor::article)]"
    f" or {inside_region('related', 'sidebar', 'comment')}"
)
#: Links the page marks as its own tags (the rel-tag microformat: WordPress's tag list under a
#: post), not in a widget either; a category link (rel="category tag", or a link to /category/
#: that Kadence marks as a tag) is a section rather than a tag.
REL_TAG_LINKS = (
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')"
    " and not(contains(concat(' ', normalize-space(@rel), ' '), ' category ') or contains(@href, '/category/'))"
    f" and not({NOT_THE_ARTICLES_TAGS} or ancestor::*[contains(@class, 'widget')])]"
)
#: More such links than this are a tag cloud, not one article's tags.
MAX_REL_TAGS = 20


#: Links to the site's tag pages in a list the page names as its tags, where the theme gives them
#: no rel="tag" (Ghost's "article-tag", Blogger's labels, Kadence's "tags-links", CSS modules'
#: "ArticleTags_root", a tag bar with "#" before each, Grav's "/blog/tag:housing" links, Eleventy's
#: "post-tag" links), and Plone's keywords (links to a search of the Subject index); the header's,
#: a menu's, a cloud's and those above are left out.
TAG_PAGE_LINKS = (
    "//a[(((contains(@href, '/tag/') or contains(@href, '/tags/') or contains(@href, '/label/')"
    " or contains(@href, '/tag:'))"
    " and ancestor-or-self::*[contains(translate(@class, 'TL', 'tl'), 'tag')"
    " or contains(translate(@class, 'TL', 'tl'), 'label')])"
    " or contains(@href, 'Subject%3Alist=') or contains(@href, 'Subject:list='))"
    f" and not({NOT_THE_ARTICLES_TAGS} or ancestor::header"
    " or ancestor::*[contains(@class, 'menu') or contains(@class, 'trending') or contains(@class, 'cloud')])]"
)


#: A row of links to tag pages with nothing else in it, where the theme names it nothing (Hashnode's
#: Tailwind classes: <div class="mb-5 flex …"><a href="/tag/housing">…</a>…</div>).
TAG_HREF = "(contains(@href, '/tag/') or contains(@href, '/tags/') or contains(@href, '/tag:'))"
TAG_ROW_LINKS = (
    f"//*[count(a) >= 2 and not(*[not(self::a)]) and not(a[not({TAG_HREF})])"
    " and not(normalize-space(text()))"
    f" and not(self::nav or ancestor-or-self::header or {NOT_THE_ARTICLES_TAGS}"
    " or ancestor-or-self::*[contains(@class, 'menu') or contains(@class, 'cloud')])]/a"
)


#: A list whose every item is one link to a tag page, where neither names itself a tag (Hugo's
#: Ananke: <ul class="pa0"><li class="list di"><a href="/tags/rijeka/" class="… br-pill …">).
TAG_LIST_LINKS = (
    f"//ul[count(li) >= 2 and not(li[count(*) != 1 or not(a[{TAG_HREF}])])"
    f" and not(ancestor-or-self::header or ancestor::nav or {NOT_THE_ARTICLES_TAGS}"
    " or ancestor-or-self::*[contains(@class, 'menu') or contains(@class, 'cloud')"
    " or contains(@class, 'trending')])]/li/a"
)


def _rel_tags(tree: HtmlElement, relative: str = "") -> tuple[str, ...]:
    tags: tuple[str, ...] = ()
    for links in (REL_TAG_LINKS, TAG_PAGE_LINKS, TAG_ROW_LINKS, TAG_LIST_LINKS):
        if not tags:
            tags = _unique(_clean(link.text_content().lstrip("#")) for link in tree.xpath(relative + links))
    return tags if len(tags) <= MAX_REL_TAGS else ()


def shown_tags(article: HtmlElement | None) -> tuple[str, ...]:
    """The tag links shown around the article's element (up to two levels above it), whatever
    the meta tags declare: a theme may declare two tags and show five ("Marina Vrana" only in the
    tag pills under a Hugo post, "Katrin Fuchs" only in K2's "Tagged under" list). Evidence for
    names; the search stays near the article (a whole page's links took 1 ms)."""
    if article is None:
        return ()
    zone = article
    for _ in range(2):
        if zone.getparent() is None:
            break
        zone = zone.getparent()
    return _rel_tags(zone, ".")


def _describes_another_page(entity: dict, url: str) -> bool:
    """The entity's own address is another page's: Invision adds the forum's ContactPage, with the
    contact form's URL, to every topic."""
    address = entity.get("url") or entity.get("@id")
    if not isinstance(address, str) or not address.startswith("http"):
        return False
    return urljoin(url, address).split("#")[0].rstrip("/") != url.split("#")[0].rstrip("/")


def read_page_data(tree: HtmlElement, url: str, meta: dict[str, list[str]], json_ld: list[str]) -> PageData:
    """What the page declares, from its meta tags (by property or name, lower-cased), JSON-LD and
    microdata. The first non-blank value of a field wins, JSON-LD's article before meta tags."""

    def first_meta(*names: str) -> str | None:
        return next((v for name in names for v in map(_clean, meta.get(name, [])) if v), None)

    entities = json_ld_entities(json_ld)
    # Microdata is searched only when JSON-LD and meta tags leave a question open (0.4 ms a page).
    microdata = Microdata(tree)
    article = next((e for e in entities if _article_type(e)), {})
    # A forum thread's first post is no article type, but its dates and section are the story's as
    # posted.
    forum_post = next((e for e in entities if FORUM_POSTING_TYPE in _types(e)), {})
    article_type, source = _one_article(entities, _article_type), "JSON-LD"
    if article_type is None:
        article_type, source = _one_article(microdata.items(), _microdata_type), "microdata"
    other = None
    if article_type is None:
        declared = [t for e in entities if not _describes_another_page(e, url) for t in _types(e)]
        declared += [(e.get("itemtype") or "").rsplit("/", 1)[-1] for e in microdata.items()]
        other = next((t for t in declared if t in NON_ARTICLE_PAGE_TYPES), None)
    published = (
        _clean(article.get("datePublished"))
        or first_meta("article:published_time")
        or microdata.value("datePublished")
    )
    publisher = article.get("publisher")
    site_names = _unique([first_meta("og:site_name"), *_names(publisher), first_meta("application-name")])
    image = _url(article.get("image")) or first_meta("og:image", "og:image:url", "twitter:image")
    body = article.get("articleBody")
    word_count = article.get("wordCount")
    declared_length = text_length(body) if isinstance(body, str) and body.strip() else None
    if declared_length is None and str(word_count or "").strip().isdigit():
        declared_length = float(word_count)
    declared_tags = _unique(
        [
            *_split_list(article.get("keywords")),
            # Discourse writes Open Graph's article properties with an "og:" prefix.
            *_article_tags([*meta.get("article:tag", []), *meta.get("og:article:tag", [])]),
            *_split_list(meta.get("news_keywords", [])),
            *_split_list(meta.get("keywords", [])),
        ]
    )
    return PageData(
        og_type=(first_meta("og:type") or "").lower() or None,
        article_type=article_type,
        article_type_source=source if article_type else None,
        other_page_type=other,
        declared_date=iso_date(published),
        url_has_date=URL_DATE.search(url) is not None,
        date_modified=iso_date(
            _clean(article.get("dateModified"))
            or first_meta("article:modified_time", "og:updated_time")
            or microdata.value("dateModified")
            or _clean(forum_post.get("dateModified"))
        ),
        headline=_clean(article.get("headline")),
        og_title=first_meta("og:title"),
        site_names=site_names,
        authors=_unique(_authors(article, entities, list(site_names), urlsplit(url).hostname or "")),
        description=first_meta("og:description", "description") or _clean(article.get("description")),
        image=urljoin(url, image) if image else None,
        categories=_unique(
            [
                *_split_list(article.get("articleSection")),
                *map(_clean, [*meta.get("article:section", []), *meta.get("og:article:section", [])]),
                # XenForo names the thread's forum as its first post's section; an article's
                # comments declared as postings are not the page's section.
                *(_split_list(forum_post.get("articleSection")) if not article else []),
            ]
        ),
        tags=declared_tags or _rel_tags(tree),
        tags_declared=bool(declared_tags),
        declared_length=declared_length,
    )
