"""Crawls in child processes whose peak memory is their own."""

import sys

#: Linux carries a process's peak resident memory (ru_maxrss, which Scrapy's memusage/max
#: reports) across fork and exec: a crawl started straight from a test or benchmark process
#: that holds the cleaner's word lists would report that process's peak. A small Python in
#: between starts the crawl from its own small memory.
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"


def scrapy_command(*args: str) -> list[str]:
    """`python -m scrapy …`, started so that its memusage/max counts only its own memory."""
    return [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "scrapy", *args]
