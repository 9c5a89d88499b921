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


def read_sitemap(body: bytes) -> tuple[str, list[str]]:
    """Return ('sitemapindex' | 'urlset', locations)."""
    try:
        sitemap = Sitemap(body)
    except Exception as exc:
        raise MalformedDocument(f"not a sitemap: {exc}") from exc
    if sitemap.type not in ("sitemapindex", "urlset"):
        raise MalformedDocument(f"not a sitemap: root element is {sitemap.type!r}")
    return sitemap.type, [entry["loc"].strip() for entry in sitemap if entry.get("loc")]


def read_feed(body: bytes) -> list[str]:
    """Article links of an RSS 2.0, RSS 1.0 or Atom feed."""
    try:
        root = etree.fromstring(body.strip(), parser=SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise MalformedDocument(f"not XML: {exc}") from exc
    if root is None:
        raise MalformedDocument("empty document")
    links = [link.strip() for link in root.xpath("//item/link/text()") if link.strip()]
    links += [
        link.get("href", "").strip()
        for link in root.iter(f"{ATOM}link")
        if link.getparent().tag == f"{ATOM}entry" and link.get("rel", "alternate") == "alternate"
    ]
    links += [link.strip() for link in root.xpath("//*[local-name()='item']/*[local-name()='link']/text()")]
    if not links and root.tag not in ("rss", f"{ATOM}feed") and not root.tag.endswith("RDF"):
        raise MalformedDocument(f"not a feed: root element is {root.tag!r}")
    return list(dict.fromkeys(link for link in links if link))
