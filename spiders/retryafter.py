"""Wait as long as a server asks before a retry: Retry-After on a 429 or a 503.

Scrapy's RetryMiddleware retries at once, so a page behind a rate limit was asked for three
times within a second and lost. This middleware sits after it on the way back (a higher number
in DOWNLOADER_MIDDLEWARES), waits the seconds Retry-After gives (a number or an HTTP date), at
most RETRY_AFTER_MAX seconds, and hands the response on; RetryMiddleware then retries it as
it would have, counting its retries. Other requests go on meanwhile; the last attempt does not
wait, as no retry follows it.
"""

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """The wait a Retry-After header asks for, in seconds, or None when it says none."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware:
    def __init__(self, max_wait: float, max_retries: int):
        self.max_wait, self.max_retries = max_wait, max_retries

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings.getfloat("RETRY_AFTER_MAX", 120.0), settings.getint("RETRY_TIMES"))

    async def process_response(self, request, response, spider=None):
        if response.status not in RETRY_AFTER_STATUSES or request.meta.get("dont_retry"):
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        retries = request.meta.get("retry_times", 0)
        if wait is None or retries >= request.meta.get("max_retry_times", self.max_retries):
            return response
        wait = min(wait, self.max_wait)
        logger.info(
            "%s: HTTP %s, Retry-After asks for %.0f s: waiting before the retry",
            request.url,
            response.status,
            wait,
        )
        await asyncio.sleep(wait)
        return response
