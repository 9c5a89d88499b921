"""Turn fetched pages into cleaned records; drop what is not an article, with the reason counted.

With CLEAN_JOBS other than 1, pages are cleaned in worker processes (cleaning/workers.py) and
the reactor awaits them (an async pipeline), so it never waits on a page being cleaned. Records
leave the pipeline in the order pages entered it, so the duplicate index and the feed see the
same sequence as with one process, and the records are the same. When the story pipeline runs
too, the workers also compute each article's story features, so that the Scrapy process (a
run's one serial part) does not.
"""

import asyncio
import gc
import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from republished.cleaning import ConfigError, PageError
from republished.cleaning.workers import CleaningPool, all_cores, start_worker_server
from republished.dedup.story_features import StoryFeatures, story_features
from republished.spiders.sites import SiteRegistry

logger = logging.getLogger(__name__)

STORY_PIPELINE = "republished.pipelines.stories.StoryPipeline"


class CleanedRecord(dict):
    """A record as the pipelines pass it on, with the story features a cleaning worker computed
    from it (StoryPipeline reads them); an export sees the dict alone."""

    story_features: StoryFeatures | None = None


#: The stat that holds the error of a cleaning config the workers could not load: the command
#: ends with it (each page was dropped unclean).
CONFIG_ERROR = "republished/config_error"


def cleaning_jobs(settings) -> int:
    return settings.getint("CLEAN_JOBS") or all_cores()


def _enabled(settings, pipeline: str) -> bool:
    return settings.getdict("ITEM_PIPELINES").get(pipeline) is not None


def start_cleaning_workers_early(settings) -> None:
    """For a command to call before the crawler is built: the workers' fork server then loads
    the cleaner during Scrapy's own start-up instead of after it (about a second)."""
    if _enabled(settings, f"{CleanPipeline.__module__}.CleanPipeline") and cleaning_jobs(settings) > 1:
        start_worker_server()


class CleanPipeline:
    def __init__(
        self, pipeline: str | None, jobs: int, sites: SiteRegistry, stats, crawler=None, stories: bool = False
    ):
        self.pipeline, self.jobs, self.sites, self.stats = pipeline, jobs, sites, stats
        self.crawler, self.stories = crawler, stories
        self.cleaner = None
        if jobs == 1:
            # Imported here: with workers, this process never loads the cleaner.
            from republished.cleaning.pipeline import load_cleaner

            self.cleaner = load_cleaner(pipeline)
        self.pool: CleaningPool | None = None
        #: Done when the page before this one has left the pipeline (kept or dropped).
        self._previous_left: asyncio.Future | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        # Our drop line names the page and the reason; trafilatura's own warning would repeat it.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        pipeline = settings.get("CLEANING_PIPELINE")
        jobs = cleaning_jobs(settings)
        sites = SiteRegistry.from_dir(settings.get("SITES_DIR"))
        stories = _enabled(settings, STORY_PIPELINE)
        instance = cls(pipeline, jobs, sites, crawler.stats, crawler, stories)
        # The cleaner's word lists and language profiles live as long as the process: frozen,
        # they stay out of every full garbage collection (about 80 ms each otherwise).
        gc.freeze()
        return instance

    def open_spider(self, spider=None):
        spider = spider or getattr(self.crawler, "spider", None)
        # The crawl's own sites first: one given by path (-a site=file.yaml) is in no SITES_DIR.
        crawled = getattr(spider, "sites", None)
        if isinstance(crawled, dict):
            self.sites = self.sites.with_first(list(crawled.values()))
        if self.jobs > 1:
            self.pool = CleaningPool(self.jobs, self.pipeline, story_features if self.stories else None)
            logger.info("cleaning in %d worker processes", self.jobs)

    def close_spider(self, spider=None):
        if self.pool is not None:
            if self.pool.restarts:
                self.stats.set_value("republished/cleaning/worker_restarts", self.pool.restarts)
                logger.warning(
                    "a cleaning worker crashed %d times; its pages were cleaned again", self.pool.restarts
                )
            self.pool.close()
            self.pool = None

    def _stop(self, error: ConfigError):
        """A cleaning config that does not load fails every page alike (each at once, in its
        worker): the first is logged, the others quietly, and the command ends with the file and
        key named and exit code 2 (commands/failure.py)."""
        if not self.stats.get_value(CONFIG_ERROR):
            self.stats.set_value(CONFIG_ERROR, str(error))
            logger.error("the cleaning config does not load: %s", error)
        raise DropItem(f"not cleaned: {error}", log_level="DEBUG")

    def _drop(self, reason_key: str, message: str, log_level: str = "WARNING"):
        self.stats.inc_value(f"republished/dropped/{reason_key}")
        raise DropItem(message, log_level=log_level)

    async def process_item(self, item, spider=None):
        previous = self._previous_left
        left = self._previous_left = asyncio.get_running_loop().create_future()
        try:
            outcome = await self._clean(ItemAdapter(item))
            if previous is not None:
                await previous
            return self._verdict(*outcome)
        finally:
            left.set_result(None)

    async def _clean(self, page) -> tuple[str, dict | None, str | Exception | None, StoryFeatures | None]:
        """(url, record, problem, story features): the problem is why the record is no article,
        or the error; the features are there when a worker computed them."""
        url = page["url"]
        try:
            site = self.sites.for_url(url)
            hints = site.hints() if site else None
            if self.pool is None:
                record = self.cleaner.clean(page["html"], url, fetched_at=page.get("fetched_at"), site=hints)
                return url, record, self.cleaner.article_problem(record), None
            return url, *await self.pool.clean(page["html"], url, page.get("fetched_at"), hints)
        except Exception as exc:
            return url, None, exc, None

    def _verdict(
        self, url: str, record: dict | None, problem: str | Exception | None, features: StoryFeatures | None
    ) -> dict:
        if isinstance(problem, ConfigError):
            self._stop(problem)
        if isinstance(problem, PageError):
            if problem.not_an_article:
                self._drop("not_an_article", f"not an article: {problem}")
            self._drop("unreadable_page", f"unreadable page: {problem}", log_level="ERROR")
        if isinstance(problem, Exception):
            # A bug of ours, not the page's: one line per page; the traceback only at DEBUG.
            logger.debug("cleaning failed on %r", url, exc_info=problem)
            message = f"cleaning failed: {url!r}: {type(problem).__name__}: {problem}"
            self._drop("cleaning_error", message, "ERROR")
        if problem:
            self._drop("not_an_article", f"not an article: {url}: {problem}")
        self.stats.inc_value("republished/cleaned")
        for edit in record["edits"]:
            self.stats.inc_value(f"republished/edits/{edit['stage']}")
        if features is not None:
            record = CleanedRecord(record)
            record.story_features = features
        return record
