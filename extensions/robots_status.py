"""Say when a site's robots.txt could not be read: its rules are then unknown.

Scrapy's RobotsTxtMiddleware parses whatever its robots.txt request gets back, so a robots.txt
that answers 500 (a broken server, a bot wall) allows everything, in silence. RFC 9309 asks a
crawler to assume such a site disallows everything; the crawl goes on as Scrapy does, and says
once per host that it could not read the rules (`robotstxt/unreadable`).
"""

import logging

from scrapy import signals
from scrapy.http.request import NO_CALLBACK

logger = logging.getLogger(__name__)


class RobotsStatus:
    def __init__(self, stats):
        self.stats = stats
        self.said: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self, response, request, spider):
        """Only the middleware's own fetch (no callback): a site file may list robots.txt as a
        start point, and the spider reports its failures itself."""
        if request.callback is not NO_CALLBACK or not request.url.endswith("/robots.txt"):
            return
        if response.status >= 500 and request.url not in self.said:
            self.said.add(request.url)
            self.stats.inc_value("robotstxt/unreadable")
            logger.warning(
                "%s answered HTTP %s: the site's rules are unknown, and its pages are crawled as if "
                "it allowed everything (RFC 9309 would have a crawler assume it disallows everything)",
                request.url,
                response.status,
            )
