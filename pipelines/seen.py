"""Incremental runs: give each record a version id, skip what an earlier run exported unchanged.

An article is marked as seen only once the feed exporter has written it
(item_scraped), so a crash loses nothing: at worst it is exported again.
Within one run, a page whose URL and text an earlier input of the run already gave (one URL in
two CC-NEWS shards, a mirror and a WARC) is dropped as the same version; with other text it is
a newer version, its previous_id the earlier one's. The run remembers a 64-bit key per URL.
"""

import hashlib

from scrapy import signals
from scrapy.exceptions import DropItem

from republished.store.seen import SeenEntry, open_seen_store, version_id


class SeenPipeline:
    def __init__(self, store, stats):
        self.store, self.stats = store, stats
        #: The version id each URL of this run was given (as an int of its 20 hex digits), by a
        #: 64-bit key of the URL: a run of millions of pages keeps about 100 bytes a URL.
        self.this_run: dict[int, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(open_seen_store(crawler.settings), crawler.stats)
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item, spider=None):
        item["id"] = version_id(item["url"], item["content_hash"])
        item["previous_id"] = None
        url_key = _key(item["url"])
        earlier_here = self.this_run.get(url_key)
        self.this_run[url_key] = int(item["id"], 16)
        if earlier_here == self.this_run[url_key]:
            self.stats.inc_value("republished/skipped/repeated_in_run")
            raise DropItem(f"the same page as an earlier input of this run: {item['url']}", log_level="INFO")
        earlier = self.store.get(item["url"]) if self.store else None
        if earlier and earlier.content_hash == item["content_hash"]:
            self.stats.inc_value("republished/skipped/seen_unchanged")
            raise DropItem(f"seen and unchanged since an earlier run: {item['url']}", log_level="DEBUG")
        if earlier:
            item["previous_id"] = earlier.version_id
            self.stats.inc_value("republished/changed_since_seen")
        elif earlier_here is not None:
            item["previous_id"] = format(earlier_here, f"0{len(item['id'])}x")
            self.stats.inc_value("republished/changed_in_run")
        return item

    def item_scraped(self, item, response, spider):
        if self.store and "id" in item:
            lastmod = response.meta.get("lastmod") if response is not None else None
            self.store.put(SeenEntry(item["url"], item["content_hash"], item["id"], lastmod))

    def spider_closed(self, spider):
        if self.store:
            self.store.close()


def _key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")
