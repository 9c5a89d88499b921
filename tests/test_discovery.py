import pytest

from republished.spiders.discovery import MalformedDocument, read_feed, read_sitemap

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://www.example.com/post-sitemap.xml</loc></sitemap>
</sitemapindex>"""
NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://www.example.com/a/</loc><lastmod>2022-01-21T16:42:00+00:00</lastmod><news:news><news:title>A</news:title></news:news></url>
  <url><loc> https://www.example.com/b/ </loc></url>
</urlset>"""
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>A</title><link>https://www.example.com/a/</link><pubDate>Fri, 21 Jan 2022 16:42:00 +0000</pubDate></item>
<item><title>B</title><link>https://www.example.com/b/</link></item></channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<link href="https://www.example.com/"/>
<entry><title>A</title><updated>2022-01-21T16:42:00Z</updated><link rel="alternate" href="https://www.example.com/a/"/></entry>
<entry><title>B</title><link href="https://www.example.com/b/"/><link rel="replies" href="https://www.example.com/b/#c"/></entry>
</feed>"""
ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><item><link>&lol3;</link></item></channel></rss>"""


def test_sitemap_index_and_news_sitemap():
    assert read_sitemap(INDEX) == ("sitemapindex", [("https://www.example.com/post-sitemap.xml", None)])
    assert read_sitemap(NEWS) == (
        "urlset",
        [("https://www.example.com/a/", "2022-01-21T16:42:00+00:00"), ("https://www.example.com/b/", None)],
    )


def test_rss_and_atom_links():
    """RSS gives no date of change (pubDate stays when an article is edited); Atom's <updated> does."""
    assert read_feed(RSS) == [
        ("https://www.example.com/a/", None),
        ("https://www.example.com/b/", None),
    ]
    assert read_feed(ATOM) == [
        ("https://www.example.com/a/", "2022-01-21T16:42:00Z"),
        ("https://www.example.com/b/", None),
    ]


@pytest.mark.parametrize("body", [b"<html><body>Not a feed</body></html>", b"this is not xml", b""])
def test_malformed_feeds_raise(body):
    with pytest.raises(MalformedDocument):
        read_feed(body)


def test_malformed_sitemap_raises():
    with pytest.raises(MalformedDocument):
        read_sitemap(b"<html><body>Oops, a 404 page</body></html>")


def test_entities_are_never_expanded():
    assert read_feed(ENTITY_BOMB) == []
