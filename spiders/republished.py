"""The one generic spider: finds article pages of republisher sites and fetches them.

It knows nothing about cleaning; it yields Page items for the pipelines.
"""

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.sitemap import sitemap_urls_from_robots

from spiders.discovery import MalformedDocument, read_feed, read_sitemap
from spiders.items import Page
from spiders.sites import SiteConfig, SiteRegistry


class RepublishedSpider(scrapy.Spider):
    name = "republished"

    def __init__(self, site: str | None = None, urls: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not site and not urls:
            raise ValueError("give -a site=NAME[,NAME…|all] and/or -a urls=FILE")
        self.site_arg, self.urls_file = site, urls
        self.sites: list[SiteConfig] = []
        self.url_list: list[str] = []

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        sites_dir = crawler.settings.get("SITES_DIR")
        if spider.site_arg:
            spider.sites = SiteRegistry.from_dir(sites_dir).named(spider.site_arg, sites_dir)
        if spider.urls_file:
            spider.url_list = _read_url_list(spider.urls_file)
        domains = {d for site in spider.sites for d in site.domains}
        domains |= {urlsplit(u).hostname for u in spider.url_list if urlsplit(u).hostname}
        spider.allowed_domains = sorted(domains)
        return spider

    async def start(self):
        for url in self.url_list:
            yield scrapy.Request(url, callback=self.parse_article)
        for site in self.sites:
            for url in site.sitemaps:
                callback = self.parse_robots if url.endswith("/robots.txt") else self.parse_sitemap
                yield scrapy.Request(url, callback=callback, cb_kwargs={"site": site})
            for url in site.feeds:
                yield scrapy.Request(url, callback=self.parse_feed, cb_kwargs={"site": site})
            for url in site.listings:
                yield scrapy.Request(url, callback=self.parse_listing, cb_kwargs={"site": site})

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"republished/{key}")

    def _follow(self, url: str, site: SiteConfig, source: str):
        """A request for a discovered URL, or None with the reason counted."""
        if not site.owns(url):
            self._count("skipped/offsite_link")
        elif site.is_article(url):
            return scrapy.Request(url, callback=self.parse_article)
        elif site.is_listing(url) and source == "listing":
            return scrapy.Request(url, callback=self.parse_listing, cb_kwargs={"site": site})
        else:
            self._count(f"skipped/not_article_url/{source}")
        return None

    def parse_robots(self, response: Response, site: SiteConfig):
        for url in sitemap_urls_from_robots(response.text, base_url=response.url):
            yield scrapy.Request(url, callback=self.parse_sitemap, cb_kwargs={"site": site})

    def parse_sitemap(self, response: Response, site: SiteConfig):
        try:
            kind, locations = read_sitemap(response.body)
        except MalformedDocument as exc:
            self.logger.error("malformed sitemap %s: %s", response.url, exc)
            self._count("malformed/sitemap")
            return
        for url in locations:
            if kind == "sitemapindex":
                if site.owns(url):
                    yield scrapy.Request(url, callback=self.parse_sitemap, cb_kwargs={"site": site})
                else:
                    self._count("skipped/offsite_link")
            elif request := self._follow(url, site, "sitemap"):
                yield request

    def parse_feed(self, response: Response, site: SiteConfig):
        try:
            links = read_feed(response.body)
        except MalformedDocument as exc:
            self.logger.error("malformed feed %s: %s", response.url, exc)
            self._count("malformed/feed")
            return
        for url in links:
            if request := self._follow(url, site, "feed"):
                yield request

    def parse_listing(self, response: Response, site: SiteConfig):
        self._count("skipped/listing_page")
        if not isinstance(response, TextResponse):
            self._count("skipped/not_html")
            return
        for link in LinkExtractor(allow_domains=site.domains).extract_links(response):
            if request := self._follow(link.url, site, "listing"):
                yield request

    def parse_article(self, response: Response):
        if not isinstance(response, TextResponse) or b"html" not in response.headers.get(
            "Content-Type", b"html"
        ):
            self._count("skipped/not_html")
            self.logger.warning("not an HTML page, skipped: %s", response.url)
            return
        self._count("pages/article")
        yield Page(
            url=response.url, html=response.text, fetched_at=datetime.now(UTC).isoformat(timespec="seconds")
        )


def _read_url_list(path: str) -> list[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read URL list: {exc.strerror or exc}") from exc
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    bad = [u for u in urls if urlsplit(u).scheme not in ("http", "https")]
    if bad:
        raise ValueError(f"{path}: not an http(s) URL: {bad[0]!r}")
    return urls
