"""Incremental runs: give each record a version id, skip what an earlier run exported unchanged.

An article is marked as seen only once the feed exporter has written it
(item_scraped), so a crash loses nothing: at worst it is exported again.
"""

from scrapy import signals
from scrapy.exceptions import DropItem

from republished.store.seen import SeenEntry, open_seen_store, version_id


class SeenPipeline:
    def __init__(self, store, stats):
        self.store, self.stats = store, stats

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(open_seen_store(crawler.settings), crawler.stats)
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item, spider=None):
        item["id"] = version_id(item["url"], item["content_hash"])
        item["previous_id"] = None
        earlier = self.store.get(item["url"]) if self.store else None
        if earlier and earlier.content_hash == item["content_hash"]:
            self.stats.inc_value("republished/skipped/seen_unchanged")
            raise DropItem(f"seen and unchanged since an earlier run: {item['url']}", log_level="DEBUG")
        if earlier:
            item["previous_id"] = earlier.version_id
            self.stats.inc_value("republished/changed_since_seen")
        return item

    def item_scraped(self, item, response, spider):
        if self.store and "id" in item:
            lastmod = response.meta.get("lastmod") if response is not None else None
            self.store.put(SeenEntry(item["url"], item["content_hash"], item["id"], lastmod))

    def spider_closed(self, spider):
        if self.store:
            self.store.close()
