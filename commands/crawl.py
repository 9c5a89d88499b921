"""`scrapy crawl`, with the republished spider's configuration checked before the crawl starts.

Scrapy's own command reports a bad site name or config file inside an asyncio traceback
after its start banner, and exits 1; this one prints one line and exits 2.
"""

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from republished.commands.failure import fail
from republished.pipelines.clean import start_cleaning_workers_early
from republished.spiders.preflight import PREFLIGHT_ERRORS, check_crawl
from republished.spiders.republished import RepublishedSpider


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if args and args[0] == RepublishedSpider.name:
            try:
                check_crawl(self.settings, opts.spargs)
            except PREFLIGHT_ERRORS as exc:
                fail("crawl", str(exc))
        start_cleaning_workers_early(self.settings)
