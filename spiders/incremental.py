"""Skip article requests whose sitemap lastmod or feed date is no newer than the
version an earlier run exported: the cheap half of incremental crawling."""

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from republished.store.seen import open_seen_store


def normalize_date(value: str | None) -> str | None:
    """ISO 8601 in UTC from a sitemap lastmod (ISO) or a feed date (RFC 822), else None."""
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class IncrementalMiddleware:
    def __init__(self, store):
        self.store = store

    @classmethod
    def from_crawler(cls, crawler):
        store = open_seen_store(crawler.settings)
        if store is None:
            raise NotConfigured
        middleware = cls(store)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_closed(self, spider=None):
        """SQLite folds its write-ahead log into the file when the last connection closes: the
        store is then one file again, which a backup or copy can take alone."""
        self.store.close()

    def process_request(self, request, spider=None):
        lastmod = request.meta.get("lastmod")
        if not lastmod:
            return None
        earlier = self.store.get(request.url)
        if earlier and earlier.lastmod and lastmod <= earlier.lastmod:
            raise IgnoreRequest(f"unchanged since {earlier.lastmod} (lastmod {lastmod})")
        return None
