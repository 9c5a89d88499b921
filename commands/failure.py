"""Usage and config errors end a command with one line naming the input and exit code 2.

Scrapy's own UsageError prints the usage text first, and an error raised while a crawler
starts arrives inside an asyncio traceback after the start banner.
"""

import sys
from typing import NoReturn

#: Exit codes a scheduler can rely on (the README documents them).
EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE, EXIT_STOPPED = 0, 1, 2, 3
#: Stats of inputs that gave no record for a reason of their own (not a non-article, not a
#: page skipped by the run's rules): an unreadable file, a download or HTTP error, a failure
#: while cleaning, an invalid record.
FAILURES = (
    "clean/unreadable_input",
    "republished/dropped/unreadable_page",
    "republished/dropped/cleaning_error",
    "republished/dropped/invalid_record",
    "accounting/failed",
    "feed/write_failed",
    "feed/rows_not_written",
)


def some_input_failed(stats) -> bool:
    return any(stats.get_value(key) for key in FAILURES)


def run_exit_code(stats) -> int:
    """A run stopped by a signal (Ctrl-C, SIGTERM, a scheduler's cancel) did not finish, whatever
    it exported: 3, so that a scheduler can tell it from a complete run; else 1 when some input
    failed, else 0."""
    if stats.get_value("finish_reason") == "shutdown":
        return EXIT_STOPPED
    return EXIT_FAILED_INPUTS if some_input_failed(stats) else EXIT_OK


def fail(command: str, message: str) -> NoReturn:
    print(f"scrapy {command}: error: {' '.join(str(message).split())}", file=sys.stderr)
    sys.exit(EXIT_USAGE)


def use_bundled_settings(settings) -> None:
    """Outside a project folder (no scrapy.cfg, no SCRAPY_SETTINGS_MODULE), run with ours."""
    from scrapy.utils.project import inside_project

    if not inside_project():
        settings.setmodule("republished.settings", priority="project")
