"""Turn fetched pages into cleaned records; drop what is not an article, with the reason counted."""

import gc
import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from republished.cleaning import Cleaner, PageError
from republished.cleaning.pipeline import load_cleaner
from republished.spiders.sites import SiteRegistry

logger = logging.getLogger(__name__)


class CleanPipeline:
    def __init__(self, cleaner: Cleaner, sites: SiteRegistry, stats):
        self.cleaner, self.sites, self.stats = cleaner, sites, stats

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        cleaner = load_cleaner(settings.get("CLEANING_PIPELINE"))
        # Our drop line names the page and the reason; trafilatura's own warning would repeat it.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        # The cleaner's word lists and language profiles live as long as the process: frozen,
        # they stay out of every full garbage collection (about 80 ms each otherwise).
        gc.freeze()
        return cls(cleaner, SiteRegistry.from_dir(settings.get("SITES_DIR")), crawler.stats)

    def _drop(self, reason_key: str, message: str, log_level: str = "WARNING"):
        self.stats.inc_value(f"republished/dropped/{reason_key}")
        raise DropItem(message, log_level=log_level)

    def process_item(self, item, spider=None):
        page = ItemAdapter(item)
        url = page["url"]
        try:
            site = self.sites.for_url(url)
            record = self.cleaner.clean(
                page["html"], url, fetched_at=page.get("fetched_at"), site=site.hints() if site else None
            )
        except PageError as exc:
            if exc.not_an_article:
                self._drop("not_an_article", f"not an article: {exc}")
            self._drop("unreadable_page", f"unreadable page: {exc}", log_level="ERROR")
        except Exception as exc:
            # A bug of ours, not the page's: one line per page; the traceback only at DEBUG.
            logger.debug("cleaning failed on %r", url, exc_info=True)
            self._drop("cleaning_error", f"cleaning failed: {url!r}: {type(exc).__name__}: {exc}", "ERROR")
        problem = self.cleaner.article_problem(record)
        if problem:
            self._drop("not_an_article", f"not an article: {url}: {problem}")
        self.stats.inc_value("republished/cleaned")
        for edit in record["edits"]:
            self.stats.inc_value(f"republished/edits/{edit['stage']}")
        return record
