"""One log line for a URL that failed: the spider's own ("failed URL: reason").

Scrapy's middlewares log the same failure again on their way: the retry middleware's "Gave up
retrying" (an ERROR, before the spider's line) and the robots.txt middleware's "Error
downloading" with a traceback of some sixty lines, for a site whose robots.txt cannot be
fetched (the crawl then goes on without its rules). An unreachable site gave three lines and
two tracebacks per URL; it now gives one line per URL, and one for its robots.txt.
"""

import logging

from scrapy import signals

RETRY_LOGGER = "scrapy.downloadermiddlewares.retry"
ROBOTS_LOGGER = "scrapy.downloadermiddlewares.robotstxt"


class OneLinePerFailure(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == RETRY_LOGGER:
            return not str(record.msg).startswith("Gave up retrying")
        if record.name == ROBOTS_LOGGER and record.levelno >= logging.ERROR:
            # Not an error of the crawl: Scrapy fetches the pages without the site's rules.
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class QuietLogs:
    def __init__(self):
        self.filter = OneLinePerFailure()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls()
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_started(self):
        for name in (RETRY_LOGGER, ROBOTS_LOGGER):
            logging.getLogger(name).addFilter(self.filter)

    def engine_stopped(self):
        for name in (RETRY_LOGGER, ROBOTS_LOGGER):
            logging.getLogger(name).removeFilter(self.filter)
