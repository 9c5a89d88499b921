"""`scrapy crawl`, with the republished spider's configuration checked before the crawl starts,
and an exit code that says whether anything failed.

Scrapy's own command reports a bad site name or config file inside an asyncio traceback
after its start banner, and exits 1; this one prints one line and exits 2. A crawl in which a
URL failed (a download or HTTP error, a page that could not be cleaned) exits 1, as
`scrapy clean` does; Scrapy's own exits 0.
"""

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from republished.commands.failure import fail, run_exit_code
from republished.commands.outputs import prepare_outputs
from republished.pipelines.clean import CONFIG_ERROR, start_cleaning_workers_early
from republished.spiders.jobledger import drop_damaged_request_queue
from republished.spiders.preflight import PREFLIGHT_ERRORS, check_crawl
from republished.spiders.republished import RepublishedSpider


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        prepare_outputs("crawl", self.settings)
        if self.settings.get("JOBDIR") and (note := drop_damaged_request_queue(self.settings.get("JOBDIR"))):
            print(f"scrapy crawl: warning: {note}", file=sys.stderr)
        if args and args[0] == RepublishedSpider.name:
            try:
                check_crawl(self.settings, opts.spargs)
            except PREFLIGHT_ERRORS as exc:
                fail("crawl", str(exc))
        start_cleaning_workers_early(self.settings)

    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        crawler = getattr(self, "crawler", None)
        if crawler is not None and (error := crawler.stats.get_value(CONFIG_ERROR)):
            fail("crawl", error)
        if not self.exitcode and crawler is not None:
            self.exitcode = run_exit_code(crawler.stats)
