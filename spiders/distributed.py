"""Scrapy add-on: with REDIS_URL set, share the frontier and duplicate filter through scrapy-redis.

Then any number of `scrapy crawl` processes, on any machines, work one crawl
together; without it nothing changes and no Redis is needed. Processes of one
crawl share a CRAWL_ID (the Redis keys are named after it), so each scheduled
run starts with a fresh frontier while the seen-store carries over.

scrapy-redis 0.9.1's RedisSpider has no async `start()` for Scrapy >= 2.13; this
crawl does not use it: every process yields the sites' start URLs from their
YAML at once, and the shared duplicate filter lets each through only once.
"""


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
