"""Give every copy of one original article the same `story_id`, even when farms translated it
independently (dedup/stories.py), beside the near-duplicate grouping of pipelines/dedup.py.

`story_id` is the url of the first record of the story (stable across runs). Settings:

- STORY_INDEX: the SQLite file that remembers every record's story evidence, to group across
  runs; unset, the index lives as long as the job (in memory, or JOBDIR/stories.sqlite in a
  JOBDIR job); with REDIS_URL set the index lives in Redis instead, shared by every process;
- STORY_MIN_SCORE: the least score (dedup/story_features.py) at which a record joins a story;
- STORY_WINDOW_DAYS: how many days apart two copies of one story may be published.
"""

import logging

from itemadapter import ItemAdapter

from republished.dedup.redis_stories import RedisStoryIndex
from republished.dedup.stories import DEFAULT_MIN_SCORE, DEFAULT_WINDOW_DAYS, StoryIndex
from republished.dedup.story_features import story_features
from republished.pipelines.dedup import index_path, open_index

logger = logging.getLogger(__name__)


class StoryPipeline:
    def __init__(
        self,
        path: str,
        stats,
        min_score: float = DEFAULT_MIN_SCORE,
        window_days: int = DEFAULT_WINDOW_DAYS,
        redis_url: str | None = None,
    ):
        self.path, self.stats, self.redis_url = path, stats, redis_url
        self.min_score, self.window_days = min_score, window_days
        self.index: StoryIndex | RedisStoryIndex | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            index_path(settings, "STORY_INDEX", "stories.sqlite"),
            crawler.stats,
            min_score=settings.getfloat("STORY_MIN_SCORE", DEFAULT_MIN_SCORE),
            window_days=settings.getint("STORY_WINDOW_DAYS", DEFAULT_WINDOW_DAYS),
            redis_url=settings.get("REDIS_URL"),
        )

    def open_spider(self, spider=None):
        self.index = open_index(
            "story", self.path, self.redis_url, StoryIndex, RedisStoryIndex, logger,
            min_score=self.min_score, window_days=self.window_days,
        )  # fmt: skip

    def close_spider(self, spider=None):
        if self.index is not None:
            self.index.close()
            self.index = None

    def process_item(self, item, spider=None):
        if self.index is None:  # used without a crawl, e.g. in a test
            self.open_spider()
        record = ItemAdapter(item)
        # A cleaning worker computed them already, unless the record was cleaned in this process.
        features = getattr(item, "story_features", None) or story_features(record.asdict())
        assignment = self.index.add(record["url"], features)
        record["story_id"] = assignment.story_id
        if assignment.joined:
            self.stats.inc_value("republished/stories/joined")
        return item
