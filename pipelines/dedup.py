"""Group each record with its exact and near duplicates, across sites and runs.

The records are kept (users want the groups): each gets `cluster_id` (the URL of the first
record of its group, stable across runs) and `duplicate_of` (the URL of the earlier record
it repeats, or null). Settings:

- DEDUP_INDEX: the SQLite file that remembers every record seen, to group across runs; unset,
  the index lives as long as the job (in memory, or JOBDIR/duplicates.sqlite in a JOBDIR job),
  so a one-off run never inherits another run's groups; with REDIS_URL set the index lives in
  Redis instead, shared by every process of the crawl;
- DEDUP_MAX_DISTANCE: largest simhash Hamming distance of a near duplicate (default: dedup's);
- DEDUP_DROP_EXACT: drop exact duplicates instead of exporting them (default false).
"""

import logging
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from republished.dedup import DEFAULT_MAX_DISTANCE, DuplicateIndex
from republished.dedup.redis_index import RedisDuplicateIndex

logger = logging.getLogger(__name__)


def index_path(settings, setting: str = "DEDUP_INDEX", filename: str = "duplicates.sqlite") -> str:
    """The index file a setting names when chosen; else the job's own: JOBDIR/filename, or memory."""
    if settings.get(setting):
        return settings.get(setting)
    if settings.get("JOBDIR"):
        return str(Path(settings.get("JOBDIR")) / filename)
    return ":memory:"


def open_index(what: str, path: str, redis_url: str | None, local, shared, log: logging.Logger, **options):
    """The job's index of `what`: `shared` in Redis when REDIS_URL is set, else `local` in the
    SQLite file at path (its folder made) or in memory; its size is logged."""
    if redis_url:
        index = shared(redis_url, **options)
        log.info("%s index in Redis: %d records from earlier runs", what, len(index))
        return index
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    index = local(path, **options)
    log.info("%s index %s: %d records from earlier runs", what, path, len(index))
    return index


class DeduplicatePipeline:
    def __init__(
        self,
        path: str,
        stats,
        max_distance: int = DEFAULT_MAX_DISTANCE,
        drop_exact: bool = False,
        redis_url: str | None = None,
    ):
        self.path, self.stats, self.redis_url = path, stats, redis_url
        self.max_distance, self.drop_exact = max_distance, drop_exact
        self.index: DuplicateIndex | RedisDuplicateIndex | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            index_path(settings),
            crawler.stats,
            max_distance=settings.getint("DEDUP_MAX_DISTANCE", DEFAULT_MAX_DISTANCE),
            drop_exact=settings.getbool("DEDUP_DROP_EXACT", False),
            redis_url=settings.get("REDIS_URL"),
        )

    def open_spider(self, spider=None):
        self.index = open_index(
            "duplicate", self.path, self.redis_url, DuplicateIndex, RedisDuplicateIndex, logger,
            max_distance=self.max_distance,
        )  # fmt: skip

    def close_spider(self, spider=None):
        if self.index is not None:
            self.index.close()
            self.index = None

    def process_item(self, item, spider=None):
        if self.index is None:  # used without a crawl, e.g. in a test
            self.open_spider()
        record = ItemAdapter(item)
        assignment = self.index.add(record["url"], record.get("content_hash"), record.get("fingerprint"))
        record["cluster_id"] = assignment.cluster_id
        record["duplicate_of"] = assignment.duplicate_of
        if assignment.kind:
            self.stats.inc_value(f"republished/duplicates/{assignment.kind}")
            if assignment.kind == "exact" and self.drop_exact:
                self.stats.inc_value("republished/dropped/exact_duplicate")
                raise DropItem(
                    f"exact duplicate: {record['url']} repeats {assignment.duplicate_of}", log_level="INFO"
                )
        return item
