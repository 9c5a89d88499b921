"""Scrapy add-on: with REDIS_URL set, share the frontier and duplicate filter through scrapy-redis.

Then any number of `scrapy crawl` processes, on any machines, work one crawl
together; without it nothing changes and no Redis is needed. Processes of one
crawl share a CRAWL_ID (the Redis keys are named after it), so each scheduled
run starts with a fresh frontier while the seen-store carries over.

scrapy-redis 0.9.1's RedisSpider has no async `start()` for Scrapy >= 2.13; this
crawl does not use it: every process yields the sites' start URLs from their
YAML at once, and the shared duplicate filter lets each through only once.
"""

import time

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured


class DistributedCrawl:
    def update_settings(self, settings) -> None:
        if not settings.get("REDIS_URL"):
            return
        crawl_id = settings.get("CRAWL_ID") or "default"
        for name, value in {
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_KEY": f"%(spider)s:{crawl_id}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"%(spider)s:{crawl_id}:dupefilter",
        }.items():
            settings.set(name, value, priority="addon")


class WaitForSharedWork:
    """Keep an idle worker of a distributed crawl open for a while.

    Its own queue share may be empty while another process is still fetching
    pages that will add requests to the shared frontier; closing at once would
    leave the rest of the crawl to the others.
    """

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.idle_since: float | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        extension = cls(crawler.settings.getfloat("DISTRIBUTED_IDLE_TIMEOUT"))
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self, **kwargs):
        self.idle_since = None

    def spider_idle(self, spider):
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.timeout:
            raise DontCloseSpider
