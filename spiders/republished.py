"""The one generic spider: finds article pages of republisher sites and fetches them.

It knows nothing about cleaning; it yields Page items for the pipelines. Every
request has an errback, so every URL ends counted: fetched, skipped or failed.
"""

import codecs
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import sitemap_urls_from_robots

from republished.cleaning.record import now_iso
from republished.extensions.accounting import url_outcome
from republished.pipelines.storage import output_failed
from republished.spiders.decoding import is_utf8_declared_latin1
from republished.spiders.discovery import Links, MalformedDocument, read_feed, read_sitemap
from republished.spiders.incremental import normalize_date
from republished.spiders.items import Page
from republished.spiders.sites import SiteConfig, SiteRegistry

#: The spider's `-a` arguments (scrapyd adds its own, which start with an underscore).
SPIDER_ARGUMENTS = ("site", "urls")


class RepublishedSpider(scrapy.Spider):
    name = "republished"

    def __init__(self, site: str | None = None, urls: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not site and not urls:
            raise ValueError("give -a site=NAME[,NAME…|all] and/or -a urls=FILE")
        self.site_arg, self.urls_file = site, urls
        self.sites: dict[str, SiteConfig] = {}
        self.url_list: list[str] = []
        #: In a JOBDIR job, duplicates are filtered by spiders.jobledger, not by the persisted dupefilter.
        self.resumable = False
        self.output_lost = False
        #: Per site: article URLs found, and the first URL that no pattern of the site matched.
        self.articles_found: dict[str, int] = {}
        self.first_unmatched: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        sites_dir = crawler.settings.get("SITES_DIR")
        if spider.site_arg:
            chosen = SiteRegistry.from_dir(sites_dir).named(spider.site_arg)
            spider.sites = {site.name: site for site in chosen}
        if spider.urls_file:
            spider.url_list = read_url_list(spider.urls_file)
        domains = {d for site in spider.sites.values() for d in site.domains}
        domains |= {urlsplit(u).hostname for u in spider.url_list if urlsplit(u).hostname}
        spider.allowed_domains = sorted(domains)
        spider.resumable = bool(crawler.settings.get("JOBDIR"))
        crawler.signals.connect(spider._stop_crawling, signal=output_failed)
        return spider

    def _stop_crawling(self) -> None:
        """The output cannot be written: the next response closes the spider."""
        self.output_lost = True

    def _check_output(self) -> None:
        if self.output_lost:
            raise CloseSpider("output_failed")

    def _request(
        self, url: str, callback, site: SiteConfig | None = None, lastmod: str | None = None, priority=0
    ):
        """Requests carry the site's name (not the object), so JOBDIR and Redis queues can store them.

        Sitemaps and feeds go first (priority), so an article is usually scheduled from
        them, with the lastmod that lets an incremental run skip it unfetched.
        """
        cb_kwargs = {"site": site.name} if site else {}
        meta = {"lastmod": lastmod} if lastmod else {}
        if self.resumable:
            meta["resumable"] = True
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            cb_kwargs=cb_kwargs,
            meta=meta,
            priority=priority,
            dont_filter=self.resumable,
        )

    async def start(self):
        for url in self.url_list:
            yield self._request(url, self.parse_article)
        for site in self.sites.values():
            for url in site.sitemaps:
                callback = self.parse_robots if url.endswith("/robots.txt") else self.parse_sitemap
                yield self._request(url, callback, site, priority=10)
            for url in site.feeds:
                yield self._request(url, self.parse_feed, site, priority=10)
            for url in site.listings:
                yield self._request(url, self.parse_listing, site)

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"republished/{key}")

    def _outcome(self, url: str, kind: str, reason: str = "") -> None:
        self.crawler.signals.send_catch_log(signal=url_outcome, url=url, kind=kind, reason=reason)

    def _follow(self, url: str, site: SiteConfig, source: str, lastmod: str | None = None):
        """A request for a discovered URL, or None with the reason counted."""
        if not site.owns(url):
            self._count("skipped/offsite_link")
            self._outcome(url, "not_followed", f"outside the site's domains (link from {source})")
        elif site.is_article(url):
            self.articles_found[site.name] = self.articles_found.get(site.name, 0) + 1
            priority = 0 if source == "listing" else 5
            return self._request(url, self.parse_article, lastmod=normalize_date(lastmod), priority=priority)
        elif site.is_listing(url) and source == "listing":
            return self._request(url, self.parse_listing, site)
        else:
            self._count(f"skipped/not_article_url/{source}")
            self._outcome(url, "not_followed", f"not an article or listing URL (link from {source})")
            self.first_unmatched.setdefault(site.name, url)
        return None

    def closed(self, reason):
        """A site whose pages were found but none matched article_urls has a pattern that is wrong
        for it (http for https, a path that changed): said once, not left to the stats."""
        for name, url in self.first_unmatched.items():
            if not self.articles_found.get(name):
                self.logger.warning(
                    "site %r: no URL its sitemaps, feeds or listings gave matched article_urls (such as %s)",
                    name,
                    url,
                )

    def parse_robots(self, response: Response, site: str):
        self._check_output()
        self._outcome(response.url, "discovery", "robots.txt")
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self._request(url, self.parse_sitemap, self.sites[site], priority=10)

    def _links(self, response: Response, read, what: str) -> Links | None:
        """The document's links, resolved against its URL, or None when it gave none to read;
        a damaged document is said in one line and fails the run's exit code, its links used."""
        try:
            links = read(response.body, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        except MalformedDocument as exc:
            self.logger.error("malformed %s %s: %s", what, response.url, exc)
            self._count(f"malformed/{what}")
            self._outcome(response.url, "failed", f"malformed {what}: {exc}")
            return None
        if links.damage:
            self.logger.warning(
                "damaged %s %s (%s): %d links read, any after the damage are missing",
                what, response.url, links.damage, len(links.entries),
            )  # fmt: skip
            self._count(f"damaged/{what}")
            self._outcome(response.url, "failed", f"damaged {what}: {links.damage}")
        elif links.without_links and not links.entries:
            self.logger.error("%s %s: %d entries, none with a link", what, response.url, links.without_links)
            self._count(f"malformed/{what}")
            self._outcome(response.url, "failed", f"{what} without links")
        else:
            self._outcome(response.url, "discovery", links.kind)
        return replace(links, entries=[(response.urljoin(url), date) for url, date in links.entries])

    def parse_sitemap(self, response: Response, site: str):
        self._check_output()
        config = self.sites[site]
        links = self._links(response, read_sitemap, "sitemap")
        if links is None:
            return
        for url, lastmod in links.entries:
            if links.kind == "sitemapindex":
                if config.owns(url):
                    yield self._request(url, self.parse_sitemap, config, priority=10)
                else:
                    self._count("skipped/offsite_link")
                    self._outcome(url, "not_followed", "outside the site's domains (link from sitemap index)")
            elif request := self._follow(url, config, "sitemap", lastmod):
                yield request

    def parse_feed(self, response: Response, site: str):
        self._check_output()
        config = self.sites[site]
        links = self._links(response, read_feed, "feed")
        if links is None:
            return
        for url, date in links.entries:
            if request := self._follow(url, config, "feed", date):
                yield request

    def parse_listing(self, response: Response, site: str):
        self._check_output()
        config = self.sites[site]
        self._count("skipped/listing_page")
        if not isinstance(response, TextResponse):
            self._count("skipped/not_html")
            self._outcome(response.url, "skipped", "listing page is not HTML")
            return
        self._outcome(response.url, "discovery", "listing page")
        for link in LinkExtractor().extract_links(response):
            if request := self._follow(link.url, config, "listing"):
                yield request

    def parse_article(self, response: Response):
        self._check_output()
        content_type = response.headers.get("Content-Type", b"text/html").lower()
        if not isinstance(response, TextResponse) or b"html" not in content_type:
            kind = content_type.decode(errors="replace")
            self._count("skipped/not_html")
            self.logger.warning("not an HTML page (%s), skipped: %s", kind, response.url)
            self._outcome(response.url, "skipped", f"not an HTML page: {kind}")
            return
        self._count("pages/article")
        html = response.text
        # Only a UTF-8 declaration is second-guessed (latin-1 text under a UTF-8 template): a
        # Shift_JIS or GBK page with one bad byte keeps its encoding and one U+FFFD.
        utf8 = codecs.lookup(response.encoding).name == "utf-8"
        if utf8 and "\ufffd" in html and not _decodes_as(response.body, response.encoding):
            html = response.body.decode("cp1252", errors="replace")
            self._count("charset_fallback")
            self.logger.warning(
                "%s is not %s as declared; decoded as cp1252", response.url, response.encoding
            )
        elif is_utf8_declared_latin1(response.encoding, response.body):
            html = response.body.decode("utf-8", errors="replace")
            self._count("charset_fallback")
            self.logger.warning(
                "%s is UTF-8, not %s as declared; decoded as UTF-8", response.url, response.encoding
            )
        yield Page(url=response.url, html=html, fetched_at=now_iso())

    def on_error(self, failure):
        request = failure.request
        if failure.check(HttpError):  # before IgnoreRequest, which it subclasses
            status = failure.value.response.status
            self._count(f"failed/http_{status}")
            self.logger.warning("failed %s: HTTP %s", request.url, status)
            self._outcome(request.url, "failed", f"HTTP {status}")
        elif failure.check(IgnoreRequest):
            reason = str(failure.value) or "ignored"
            key = _reason_key(reason)
            if key in UNREADABLE:
                # An endless chain of redirects, a body over the size limit: the page cannot be read.
                self._count(f"failed/{key}")
                self.logger.warning("failed %s: %s", request.url, reason)
                self._outcome(request.url, "failed", reason)
            else:
                self._count(f"skipped/ignored/{key}")
                self.logger.debug("skipped %s: %s", request.url, reason)
                self._outcome(request.url, IGNORED_OUTCOMES.get(key, "skipped"), reason)
        else:
            # Some errors have no message (a download cancelled for its size): their name and
            # the limit that applies say what happened.
            error = f"{type(failure.value).__name__}: {failure.value or _unsaid(failure.value, self.crawler.settings)}"
            self._count(f"failed/{type(failure.value).__name__}")
            self.logger.warning("failed %s: %s", request.url, error)
            self._outcome(request.url, "failed", error)


#: IGNORE_REASONS of pages that exist but cannot be read: failures, not skips.
UNREADABLE = frozenset({"max_redirections", "too_large"})


def _unsaid(error: Exception, settings) -> str:
    if "Cancelled" in type(error).__name__:
        maxsize = settings.getint("DOWNLOAD_MAXSIZE")
        return f"the download was cancelled (Scrapy cancels a body larger than DOWNLOAD_MAXSIZE, {maxsize} bytes)"
    return "no message"


def _decodes_as(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


#: Words in an IgnoreRequest message, and the stats key they are counted under.
IGNORE_REASONS = {
    "robots.txt": "robots_txt",
    "max redirections": "max_redirections",
    "download_maxsize": "too_large",
    "unchanged since": "unchanged_since_last_run",
    "offsite": "offsite",
    "already exported by this job": "exported_before_resume",
    "duplicate request": "duplicate",
}


#: Ignored requests that are no outcome of their own: an article a resumed job exported before
#: the kill counts as exported (once); a second request for a URL never overrides the first's.
IGNORED_OUTCOMES = {"exported_before_resume": "exported", "duplicate": "not_followed"}


def _reason_key(reason: str) -> str:
    lowered = reason.lower()
    return next((key for words, key in IGNORE_REASONS.items() if words in lowered), "other")


def read_url_list(path: str) -> list[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read URL list: {exc.strerror or exc}") from exc
    urls = []
    for number, line in enumerate(lines, 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if urlsplit(url).scheme not in ("http", "https"):
            raise ValueError(f"{path}:{number}: not an http(s) URL: {url!r}")
        urls.append(url)
    return urls
