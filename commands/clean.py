"""`scrapy clean PATH -O out.jsonl`: clean saved pages without crawling.

It runs the crawl's own item pipelines and feed exports over pages read from
disk, so it produces exactly the records a crawl of the same pages would.
Exit codes: 0 when every input gave a record or was a recognised non-article,
1 when an input was unreadable or failed, 2 for usage and config errors.
"""

import argparse
import sys
from pathlib import Path

from scrapy.commands import BaseRunSpiderCommand
from scrapy.settings import SETTINGS_PRIORITIES

from republished.commands.failure import EXIT_USAGE, fail, run_exit_code, use_bundled_settings
from republished.commands.outputs import prepare_outputs
from republished.pipelines.clean import CONFIG_ERROR, start_cleaning_workers_early
from republished.spiders.preflight import PREFLIGHT_ERRORS, check_cleaning
from republished.spiders.saved import JSONL_SUFFIXES, SavedPagesSpider, html_files, warc_files
from republished.spiders.warc import UrlFilter


def input_problem(path: str) -> str | None:
    """What makes PATH unusable before any page is read, or None."""
    if path == "-":
        return None
    file = Path(path)
    if file.is_dir():
        if html_files(file) or warc_files(file):
            return None
        return f"{path}: no .html, .htm, .html.gz or WARC files in this folder"
    if not file.exists():
        return f"{path}: no such file or folder"
    if not file.is_file():
        return f"{path}: not a file or folder"
    if file.name.lower().endswith((".wet.gz", ".wet", ".wat.gz", ".wat")):
        return f"{path}: a WET or WAT file holds text or metadata extracted from pages, not HTML: give the WARC file"
    return None


class Command(BaseRunSpiderCommand):
    requires_project = False

    def syntax(self) -> str:
        return "[options] PATH [PATH …]"

    def short_desc(self) -> str:
        return "Clean saved pages (.html files, folders, WARC files, JSONL or - for stdin) without crawling"

    def long_desc(self) -> str:
        return (
            "Clean saved pages without crawling. Each PATH is one .html file (or .html.gz), a WARC file "
            "(.warc, .warc.gz: its HTML responses), a folder "
            "of .html and WARC files (a `wget --mirror` folder, or one host folder of it, keeps the "
            'sites\' URLs), a JSONL file (or .jsonl.gz) whose lines hold {"url": ..., "html": ...}, or - to read '
            "such JSONL from stdin. --hosts and --url-regex keep the pages of some hosts or URLs, "
            "from any of these. Records go to -O/-o files (.jsonl, .csv, .parquet …), or to "
            "stdout as JSON lines when neither is given. "
            "Unreadable pages are reported on stderr, one line each, and skipped. Exit code 0: "
            "every page gave a record or was recognised as no article; 1: some page was "
            "unreadable or failed; 2: usage or config error."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", help="URL to record for a single .html file (default: its file:// URI)")
        parser.add_argument(
            "--jobs",
            type=int,
            metavar="N",
            help="worker processes that clean pages (default: one per core; one .html file: none)",
        )
        parser.add_argument("--hosts", help="only pages of these hosts and their subdomains (a,b,…)")
        parser.add_argument("--url-regex", help="only pages whose URL this regular expression finds")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        use_bundled_settings(self.settings)
        super().process_options(args, opts)
        prepare_outputs("clean", self.settings)
        # Saved pages are cleaned here, not shared out: REDIS_URL from the environment (a crawl's
        # frontier and duplicate index) only applies when given on this command line.
        if self.settings.getpriority("REDIS_URL") < SETTINGS_PRIORITIES["cmdline"]:
            self.settings.set("REDIS_URL", None, priority="cmdline")
        if opts.jobs is not None:
            if opts.jobs < 1:
                fail("clean", "--jobs must be 1 or more")
            self.settings.set("CLEAN_JOBS", opts.jobs, priority="cmdline")
        if not (opts.output or opts.overwrite_output):
            self.settings.set("FEEDS", {"stdout:": {"format": "jsonlines"}}, priority="cmdline")
        if not args:
            fail("clean", "give a PATH (an .html file, a folder, a WARC file, a JSONL file or -)")
        for path in args:
            problem = input_problem(path)
            if problem:
                fail("clean", problem)
        single_file = len(args) == 1 and args[0] != "-" and Path(args[0]).is_file()
        one_page = single_file and not args[0].lower().removesuffix(".gz").endswith(
            (*JSONL_SUFFIXES, ".warc")
        )
        if opts.url and not one_page:
            fail("clean", "--url is for a single .html file")
        if one_page and self.settings.getpriority("CLEAN_JOBS") < SETTINGS_PRIORITIES["cmdline"]:
            # Starting worker processes would take longer than cleaning the one page.
            self.settings.set("CLEAN_JOBS", 1, priority="cmdline")
        try:
            UrlFilter.from_options(opts.hosts, opts.url_regex)
            check_cleaning(self.settings)
        except PREFLIGHT_ERRORS as exc:
            fail("clean", str(exc))
        start_cleaning_workers_early(self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        crawler = self._create_crawler(SavedPagesSpider)
        self.crawler_process.crawl(
            crawler, paths=args, url=opts.url, hosts=opts.hosts, url_regex=opts.url_regex, **opts.spargs
        )
        self.crawler_process.start()
        stats = crawler.stats
        if error := stats.get_value(CONFIG_ERROR):
            fail("clean", error)
        if self.crawler_process.bootstrap_failed:
            self.exitcode = EXIT_USAGE
        elif not stats.get_value("clean/inputs") and not stats.get_value("clean/unreadable_input"):
            filtered = sum(
                stats.get_value(f"clean/{family}/{reason}", 0)
                for family in ("skipped", "warc/skipped")
                for reason in UrlFilter.SKIP_REASONS
            )
            if not filtered:
                fail("clean", f"{' '.join(args)}: no pages found")
            # A shard without the hosts asked for is an answer, not an error: a loop goes on.
            print(
                f"scrapy clean: {' '.join(args)}: no page matched --hosts/--url-regex "
                f"({filtered} passed over)",
                file=sys.stderr,
            )
        else:
            self.exitcode = run_exit_code(stats)
