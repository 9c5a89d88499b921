"""Exactly-once articles across a hard kill and a JOBDIR resume.

Scrapy's JOBDIR persists the frontier, but a request in flight when the process
dies was already marked seen, so a resumed job would never fetch it. In a
resumable job (JOBDIR set) the spider therefore re-discovers from its start
points and this middleware does the duplicate filtering instead: once per URL
per process, and never again for an article the job already exported (a SQLite
ledger in JOBDIR, written after the feed exporter wrote the record).
"""

import shutil
import sqlite3
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

#: Scrapy's disk queue file starts with its 4-byte size; a hard kill can leave it shorter.
QUEUE_HEADER_BYTES = 4


def drop_damaged_request_queue(jobdir: str | Path) -> str | None:
    """A request queue a hard kill left damaged (a queue file shorter than its header) made every
    later push to it fail, and the site's articles were never fetched by any resume. The job
    re-discovers its pages from its start points anyway: the queue is dropped, and said so."""
    queue = Path(jobdir) / "requests.queue"
    if not queue.is_dir():
        return None
    damaged = [f for f in queue.glob("*/*") if f.is_file() and f.stat().st_size < QUEUE_HEADER_BYTES]
    if not damaged:
        return None
    shutil.rmtree(queue)
    return (
        f"JOBDIR {jobdir}: a hard kill left its request queue damaged ({damaged[0]}); it is dropped, "
        "and the job finds its pages again from its start points (pages it exported are not exported again)"
    )


class JobLedgerMiddleware:
    def __init__(self, jobdir: Path):
        jobdir.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(jobdir / "exported.sqlite", isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS exported (url TEXT PRIMARY KEY)")
        self.requested: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        middleware = cls(Path(jobdir))
        crawler.signals.connect(middleware.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request, spider=None):
        if not request.meta.get("resumable"):
            return None
        if request.url in self.requested:
            raise IgnoreRequest("filtered duplicate request")
        self.requested.add(request.url)
        exported = self.db.execute("SELECT 1 FROM exported WHERE url = ?", (request.url,)).fetchone()
        if exported:
            raise IgnoreRequest("already exported by this job before it was resumed")
        return None

    def item_scraped(self, item, response, spider):
        if response is not None and response.meta.get("resumable"):
            self.db.execute("INSERT OR IGNORE INTO exported (url) VALUES (?)", (response.url,))

    def spider_closed(self, spider):
        self.db.close()
