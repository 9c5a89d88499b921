"""Read article links out of sitemaps and feeds without trusting them.

Entities are never resolved and the network is never touched, so an entity
bomb or an external DTD in a hostile sitemap costs nothing. A gzipped sitemap
served as a file (`sitemap.xml.gz`, no Content-Encoding) is decompressed here,
no further than the download size limit. A document that is not well-formed
(cut off mid-download, an HTML entity in a feed) gives the links that could be
read, and says why it is damaged: the links after the damage may be missing.
"""

from dataclasses import dataclass

from lxml import etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

ATOM = "{http://www.w3.org/2005/Atom}"
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
RECOVERING_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
GZIP_MAGIC = b"\x1f\x8b\x08"


class MalformedDocument(ValueError):
    pass


@dataclass(frozen=True)
class Links:
    """What a sitemap or feed gave: its kind ('sitemapindex', 'urlset' or 'feed'), its
    [(location, date of its last change or None)], and why it is not well-formed, if it is not."""

    kind: str
    entries: list[tuple[str, str | None]]
    damage: str | None = None
    #: Items or entries that hold no link (an Atom entry with an <id> only).
    without_links: int = 0


def decompressed(body: bytes, max_size: int = 0) -> bytes:
    """The body, gunzipped when it is a gzip file, up to max_size bytes (0: no limit)."""
    if not body.startswith(GZIP_MAGIC):
        return body
    try:
        return gunzip(body, max_size=max_size)
    except ValueError as exc:  # gunzip's limit: more than max_size bytes
        raise MalformedDocument(f"gzip file decompresses to more than {max_size} bytes") from exc
    except (OSError, EOFError) as exc:
        raise MalformedDocument(f"damaged gzip file: {exc}") from exc


def _damage(body: bytes) -> str | None:
    """Why the XML is not well-formed, or None."""
    try:
        etree.fromstring(body.strip(), parser=SAFE_XML)
    except etree.XMLSyntaxError as exc:
        return str(exc) or "not well-formed XML"
    return None


def read_sitemap(body: bytes, max_size: int = 0) -> Links:
    body = decompressed(body, max_size)
    try:
        sitemap = Sitemap(body)
    except Exception as exc:
        raise MalformedDocument(f"not a sitemap: {exc or 'no XML in it'}") from exc
    if sitemap.type not in ("sitemapindex", "urlset"):
        raise MalformedDocument(f"not a sitemap: root element is {sitemap.type!r}")
    entries = [(entry["loc"].strip(), entry.get("lastmod")) for entry in sitemap if entry.get("loc")]
    return Links(sitemap.type, entries, _damage(body))


def _text(element, *paths: str) -> str | None:
    for path in paths:
        found = element.findtext(path)
        if found and found.strip():
            return found.strip()
    return None


def read_feed(body: bytes, max_size: int = 0) -> Links:
    """The article links of an RSS 2.0, RSS 1.0 or Atom feed, each with the date of its last
    change or None; relative links as written (the caller resolves them against the feed's URL).

    Only Atom's <updated> says when an article last changed. RSS's pubDate and dc:date say when
    it was published and stay as they were when it is edited: taken as a lastmod, they had an
    incremental run skip every edit of an article whose feed came before its sitemap."""
    body = decompressed(body, max_size).strip()
    damage = None
    try:
        root = etree.fromstring(body, parser=SAFE_XML)
    except etree.XMLSyntaxError as exc:
        damage = str(exc) or "not well-formed XML"
        try:
            root = etree.fromstring(body, parser=RECOVERING_XML)
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise MalformedDocument(f"not XML: {damage}") from exc
    if root is None:
        raise MalformedDocument("empty document")
    if root.tag not in ("rss", f"{ATOM}feed") and not str(root.tag).endswith("RDF"):
        raise MalformedDocument(f"not a feed: root element is {root.tag!r}")
    links: dict[str, str | None] = {}
    without_links = 0
    for item in root.xpath("//*[local-name()='item']"):
        link = _text(item, "link", "{http://purl.org/rss/1.0/}link")
        if link:
            links.setdefault(link, None)
        else:
            without_links += 1
    for entry in root.iter(f"{ATOM}entry"):
        hrefs = [
            (link.get("href") or "").strip()
            for link in entry.iter(f"{ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        hrefs = [href for href in hrefs if href]
        for href in hrefs:
            links.setdefault(href, _text(entry, f"{ATOM}updated"))
        if not hrefs:
            without_links += 1
    return Links("feed", list(links.items()), damage, without_links)
