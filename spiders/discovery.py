"""Read article links out of sitemaps and feeds without trusting them.

Entities are never resolved and the network is never touched, so an entity
bomb or an external DTD in a hostile sitemap costs nothing.
"""

from lxml import etree
from scrapy.utils.sitemap import Sitemap

ATOM = "{http://www.w3.org/2005/Atom}"
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


class MalformedDocument(ValueError):
    pass


def read_sitemap(body: bytes) -> tuple[str, list[tuple[str, str | None]]]:
    """Return ('sitemapindex' | 'urlset', [(location, lastmod or None)])."""
    try:
        sitemap = Sitemap(body)
    except Exception as exc:
        raise MalformedDocument(f"not a sitemap: {exc}") from exc
    if sitemap.type not in ("sitemapindex", "urlset"):
        raise MalformedDocument(f"not a sitemap: root element is {sitemap.type!r}")
    return sitemap.type, [
        (entry["loc"].strip(), entry.get("lastmod")) for entry in sitemap if entry.get("loc")
    ]


def _text(element, *paths: str) -> str | None:
    for path in paths:
        found = element.findtext(path)
        if found and found.strip():
            return found.strip()
    return None


def read_feed(body: bytes) -> list[tuple[str, str | None]]:
    """[(article link, date of its last change or None)] of an RSS 2.0, RSS 1.0 or Atom feed.

    Only Atom's <updated> says when an article last changed. RSS's pubDate and dc:date say when
    it was published and stay as they were when it is edited: taken as a lastmod, they had an
    incremental run skip every edit of an article whose feed came before its sitemap."""
    try:
        root = etree.fromstring(body.strip(), parser=SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise MalformedDocument(f"not XML: {exc}") from exc
    if root is None:
        raise MalformedDocument("empty document")
    if root.tag not in ("rss", f"{ATOM}feed") and not root.tag.endswith("RDF"):
        raise MalformedDocument(f"not a feed: root element is {root.tag!r}")
    links: dict[str, str | None] = {}
    for item in root.xpath("//*[local-name()='item']"):
        link = _text(item, "link", "{http://purl.org/rss/1.0/}link")
        if link:
            links.setdefault(link, None)
    for entry in root.iter(f"{ATOM}entry"):
        for link in entry.iter(f"{ATOM}link"):
            href = (link.get("href") or "").strip()
            if href and link.get("rel", "alternate") == "alternate":
                links.setdefault(href, _text(entry, f"{ATOM}updated"))
    return list(links.items())
