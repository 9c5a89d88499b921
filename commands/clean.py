"""`scrapy clean PATH -O out.jsonl`: clean saved pages without crawling.

It runs the crawl's own item pipelines and feed exports over pages read from
disk, so it produces exactly the records a crawl of the same pages would.
"""

import argparse

from scrapy.commands import BaseRunSpiderCommand
from scrapy.exceptions import UsageError
from scrapy.utils.project import inside_project

from republished.spiders.saved import SavedPagesSpider


class Command(BaseRunSpiderCommand):
    # Also runs outside a project (installed with pip, from any folder): see process_options.
    requires_project = False

    def syntax(self) -> str:
        return "[options] PATH"

    def short_desc(self) -> str:
        return "Clean saved pages (an .html file, a folder, a JSONL file or - for stdin) without crawling"

    def long_desc(self) -> str:
        return (
            "Clean saved pages without crawling. PATH is one .html file, a folder of .html files "
            "(a `wget --mirror` folder keeps the sites' URLs), a JSONL file whose lines hold "
            '{"url": ..., "html": ...}, or - to read such JSONL from stdin. Records go to -O/-o '
            "files, or to stdout as JSON lines when neither is given. Unreadable pages are "
            "reported on stderr and skipped."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", help="URL to record for a single .html file (default: its file:// URI)")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        if not inside_project():
            # No scrapy.cfg around and no SCRAPY_SETTINGS_MODULE: without this the command would
            # run on Scrapy's defaults (no item pipelines) and print raw pages instead of records.
            self.settings.setmodule("republished.settings", priority="project")
        super().process_options(args, opts)
        if not (opts.output or opts.overwrite_output):
            self.settings.set("FEEDS", {"stdout:": {"format": "jsonlines"}}, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one PATH")
        crawler = self._create_crawler(SavedPagesSpider)
        self.crawler_process.crawl(crawler, path=args[0], url=opts.url, **opts.spargs)
        self.crawler_process.start()
        if crawler.stats.get_value("clean/unreadable_input") or crawler.stats.get_value(
            "republished/dropped/unreadable_page"
        ):
            self.exitcode = 1
