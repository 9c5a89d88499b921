import gzip

import pytest

from republished.spiders.discovery import Links, MalformedDocument, read_feed, read_sitemap

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
    assert read_sitemap(INDEX) == Links("sitemapindex", [("https://www.example.com/post-sitemap.xml", None)])
    assert read_sitemap(NEWS) == Links(
        "urlset",
        [("https://www.example.com/a/", "2022-01-21T16:42:00+00:00"), ("https://www.example.com/b/", None)],
    )


def test_rss_and_atom_links():
    """RSS gives no date of change (pubDate stays when an article is edited); Atom's <updated> does."""
    assert read_feed(RSS).entries == [
        ("https://www.example.com/a/", None),
        ("https://www.example.com/b/", None),
    ]
    assert read_feed(ATOM) == Links(
        "feed", [("https://www.example.com/a/", "2022-01-21T16:42:00Z"), ("https://www.example.com/b/", None)]
    )


@pytest.mark.parametrize("body", [b"<html><body>Not a feed</body></html>", b"this is not xml", b""])
def test_malformed_feeds_raise(body):
    with pytest.raises(MalformedDocument):
        read_feed(body)


def test_malformed_sitemap_raises():
    with pytest.raises(MalformedDocument):
        read_sitemap(b"<html><body>Oops, a 404 page</body></html>")


def test_entities_are_never_expanded():
    assert read_feed(ENTITY_BOMB).entries == []


def test_a_gzipped_sitemap_served_as_a_file_is_read():
    """nginx, Apache and http.server send sitemap.xml.gz as application/gzip, no Content-Encoding."""
    assert read_sitemap(gzip.compress(NEWS), max_size=10_000) == read_sitemap(NEWS)


def test_a_gzipped_sitemap_larger_than_the_limit_is_refused():
    bomb = gzip.compress(NEWS.replace(b"<urlset", b"<!--" + b"0" * 200_000 + b"--><urlset"))
    with pytest.raises(MalformedDocument, match="decompresses to more than 100000 bytes"):
        read_sitemap(bomb, max_size=100_000)


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_a_sitemap_cut_off_gives_what_it_holds_and_says_it_is_damaged(compress):
    cut = NEWS[: NEWS.index(b"https://www.example.com/b/") + 12]
    links = read_sitemap(gzip.compress(NEWS)[:-30] if compress else cut)
    assert links.entries[0] == ("https://www.example.com/a/", "2022-01-21T16:42:00+00:00")
    assert links.damage


def test_a_feed_with_an_html_entity_gives_its_links_and_says_it_is_damaged():
    feed = RSS.replace(b"<title>x</title>", b"<title>News&nbsp;today &ndash; x</title>")
    links = read_feed(feed)
    assert links.entries == read_feed(RSS).entries
    assert "nbsp" in links.damage


def test_relative_links_are_kept_as_written_for_the_spider_to_resolve():
    feed = RSS.replace(b"https://www.example.com/a/", b"/a/").replace(b"https://www.example.com/b/", b"b/")
    assert [url for url, _ in read_feed(feed).entries] == ["/a/", "b/"]


def test_atom_entries_without_links_are_counted():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>https://www.example.com/a/</id></entry>
    <entry><id>tag:example.com,2024:b</id></entry></feed>"""
    assert read_feed(atom) == Links("feed", [], None, without_links=2)
