"""Account for every URL a crawl scheduled: exported, discovery page, skipped, dropped or failed, each with its reason.

The spider reports discovery pages, skips and failures through the `url_outcome`
signal; the item pipelines' verdicts arrive as item_scraped, item_dropped and item_error;
pages read from disk (`scrapy clean`) have no response and count by their URL. In a
distributed crawl a URL this process scheduled may be handled by another, so only the
requests this process downloads are its own to account for. At
the end a summary is logged and kept in the stats (`accounting/...`), and with
ACCOUNTING_FILE set every URL's outcome is written there as a JSON line.
"""

import json
import logging
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

from scrapy import signals
from scrapy.http.request import NO_CALLBACK

from republished.logformatter import item_url

logger = logging.getLogger(__name__)

#: Sent by the spider: url_outcome(url=..., kind=..., reason=...).
url_outcome = object()
KINDS = ("exported", "discovery", "skipped", "dropped", "failed", "redirected")


#: What varies from URL to URL in a reason: links, dates and times, numbers.
VARYING = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|\d{4}-\d\d-\d\d[\dT:+.Z-]*|\d+(?:[.,]\d+)*")


def reason_group(reason: str) -> str:
    """A reason as the summary counts it: "unchanged since 2024-01-10T08:12:00+00:00 (…)" and
    "redirected: to https://…" group with their kind, however many URLs and dates they name."""
    return " ".join(VARYING.sub("…", reason).split())[:100]


class Accounting:
    def __init__(self, stats, path: str | None, distributed: bool = False):
        self.stats, self.path, self.distributed = stats, path, distributed
        self.seen: set[str] = set()
        self.outcomes: dict[str, tuple[str, str]] = {}
        #: Items without a response (saved pages), by URL: a URL given twice counts twice.
        self.inputs: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        extension = cls(crawler.stats, settings.get("ACCOUNTING_FILE"), bool(settings.get("REDIS_URL")))
        crawler.signals.connect(extension.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(
            extension.request_reached_downloader, signal=signals.request_reached_downloader
        )
        crawler.signals.connect(extension.item_error, signal=signals.item_error)
        crawler.signals.connect(extension.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(extension.record, signal=url_outcome)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def record(self, url: str, kind: str, reason: str = "") -> None:
        """The latest outcome counts: a page that failed, was retried and then exported is exported.

        A link that was seen but not followed ("skipped" before any request) never
        overrides what happened to a request for the same URL.
        """
        if kind == "not_followed":
            self.outcomes.setdefault(url, ("skipped", reason))
        else:
            self.outcomes[url] = (kind, reason)

    def request_scheduled(self, request, spider):
        if not self.distributed:
            self.seen.add(request.url)
        hops = [*request.meta.get("redirect_urls", []), request.url]
        for source, target in pairwise(hops):
            if source != target:
                self.record(source, "redirected", f"to {target}")

    def request_reached_downloader(self, request, spider):
        """Scrapy's own fetches (robots.txt for the robots middleware) are no URL of the crawl's:
        the spider's request for the same robots.txt may be another process's in a shared crawl."""
        if request.callback is not NO_CALLBACK:
            self.seen.add(request.url)

    def request_dropped(self, request, spider):
        """Filtered by the scheduler: a duplicate, or a redirect back to a URL already seen."""
        if request.url in request.meta.get("redirect_urls", []):
            # The page cannot be fetched: a failure of the run, said once.
            logger.warning("failed %s: redirect loop: redirected back to itself", request.url)
            self.record(request.url, "failed", "redirect loop: redirected back to itself")
        else:
            self.record(request.url, "not_followed", "duplicate request filtered by the scheduler")

    def _key(self, item, response) -> str:
        if response is not None:
            return response.url
        url = item_url(item)
        self.inputs[url] += 1
        return url if self.inputs[url] == 1 else f"{url} (input {self.inputs[url]})"

    def item_scraped(self, item, response, spider):
        self.record(self._key(item, response), "exported")

    def item_dropped(self, item, response, exception, spider):
        self.record(self._key(item, response), "dropped", str(exception))

    def item_error(self, item, response, spider, failure):
        self.record(self._key(item, response), "failed", f"{type(failure.value).__name__}: {failure.value}")

    def summary(self) -> tuple[Counter, Counter, list[str]]:
        kinds = Counter(kind for kind, _ in self.outcomes.values())
        reasons = Counter(
            f"{kind}: {reason_group(reason)}" for kind, reason in self.outcomes.values() if reason
        )
        unaccounted = sorted(self.seen - set(self.outcomes))
        return kinds, reasons, unaccounted

    def spider_closed(self, spider, reason):
        kinds, reasons, unaccounted = self.summary()
        for kind, count in kinds.items():
            self.stats.set_value(f"accounting/{kind}", count)
        self.stats.set_value("accounting/urls", len(self.seen | set(self.outcomes)))
        self.stats.set_value("accounting/unaccounted", len(unaccounted))
        lines = [f"{kind}: {kinds.get(kind, 0)}" for kind in KINDS]
        lines += [f"  {reason}: {count}" for reason, count in reasons.most_common()]
        logger.info("Run summary (%d URLs):\n%s", len(self.seen | set(self.outcomes)), "\n".join(lines))
        if reason != "finished" and unaccounted:
            # Paused (Ctrl-C) or stopped: what it had not got to yet is no fault; JOBDIR resumes it.
            logger.info("%d URLs not finished: the run stopped early (%s)", len(unaccounted), reason)
            unaccounted = []
        for url in unaccounted:
            logger.error("unaccounted URL (no outcome recorded): %s", url)
        if self.path:
            path = Path(self.path)
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as out:
                for url in sorted(self.seen | set(self.outcomes)):
                    kind, why = self.outcomes.get(url, ("unaccounted", ""))
                    out.write(
                        json.dumps({"url": url, "outcome": kind, "reason": why}, ensure_ascii=False) + "\n"
                    )
