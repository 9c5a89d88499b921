"""Keep a crawl on its sites' domains in every kind of job, and account for what it leaves out.

Scrapy's OffsiteMiddleware lets any request with `dont_filter` through, and a resumable job
(JOBDIR) sets `dont_filter` on its requests (it filters duplicates itself, spiders/jobledger.py):
a redirect to another host was fetched and exported. Here only the `allow_offsite` meta key lets
a request leave the domains. A request filtered when it is scheduled (a redirect's target) got
no outcome in the run's accounting, which then called it an internal error; it is accounted as
skipped, and a redirect off the site is said in one line.
"""

import logging

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from republished.extensions.accounting import url_outcome

logger = logging.getLogger(__name__)


class SiteOffsiteMiddleware(OffsiteMiddleware):
    def process_request(self, request, spider=None) -> None:
        if request.meta.get("allow_offsite") or self.should_follow(request, self.crawler.spider):
            return
        host = urlparse_cached(request).hostname
        redirected_from = (request.meta.get("redirect_urls") or [None])[0]
        if redirected_from:
            reason = f"redirected from {redirected_from} to another site ({host}), outside the site's domains"
            logger.warning("skipped %s: %s", request.url, reason)
        else:
            reason = f"outside the site's domains ({host})"
        self.stats.inc_value("offsite/filtered")
        self.crawler.signals.send_catch_log(
            signal=url_outcome, url=request.url, kind="skipped", reason=reason
        )
        raise IgnoreRequest(f"Filtered offsite request to {host!r}")
