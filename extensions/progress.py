"""A progress line on a terminal: pages done, the total when known, the rate and the time left.

Only when stderr is a terminal: cron, CI, `--logfile` and pipes get no progress line. A spider
that knows how many pages it will hand over sets `expected_pages`.
"""

import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

INTERVAL = 1.0


def format_progress(done: int, total: int | None, seconds: float) -> str:
    rate = done / seconds if seconds > 0 else 0.0
    line = f"{done}/{total} pages" if total else f"{done} pages"
    line += f", {rate:.1f}/s"
    if total and rate > 0 and done < total:
        left = int((total - done) / rate)
        line += f", {left // 60}:{left % 60:02d} left"
    return line


class Progress:
    def __init__(self, stream):
        self.stream, self.done, self.started = stream, 0, time.monotonic()
        self.spider = None
        self.loop = task.LoopingCall(self.show)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("PROGRESS_ENABLED", True) or not sys.stderr.isatty():
            raise NotConfigured
        extension = cls(sys.stderr)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(extension.page_done, signal=signal)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def page_done(self, *args, **kwargs) -> None:
        self.done += 1

    def spider_opened(self, spider) -> None:
        self.spider, self.started = spider, time.monotonic()
        self.loop.start(INTERVAL, now=False)

    def show(self) -> None:
        total = getattr(self.spider, "expected_pages", None)
        line = format_progress(self.done, total, time.monotonic() - self.started)
        self.stream.write(f"\r\x1b[K{line}")
        self.stream.flush()

    def spider_closed(self, spider) -> None:
        if self.loop.running:
            self.loop.stop()
        self.show()
        self.stream.write("\n")
