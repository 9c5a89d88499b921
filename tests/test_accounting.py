"""The run summary's bookkeeping: what counts as a URL of this process, and which outcome wins."""

from scrapy import Request
from scrapy.http.request import NO_CALLBACK

from republished.extensions.accounting import Accounting


def spider_request(url: str) -> Request:
    return Request(url, callback=lambda response: None)


def test_scrapys_own_robots_fetch_is_no_url_of_the_crawl():
    """In a shared crawl the spider's request for the same robots.txt may be another process's:
    the robots middleware's fetch must not leave this process with an unaccounted URL."""
    accounting = Accounting(stats=None, path=None, distributed=True)
    accounting.request_reached_downloader(Request("https://farm.test/robots.txt", callback=NO_CALLBACK), None)
    accounting.request_reached_downloader(spider_request("https://farm.test/story-1/"), None)
    accounting.record("https://farm.test/story-1/", "exported")
    assert accounting.summary()[2] == []


def test_a_downloaded_url_without_an_outcome_is_unaccounted():
    accounting = Accounting(stats=None, path=None, distributed=True)
    accounting.request_reached_downloader(spider_request("https://farm.test/story-2/"), None)
    assert accounting.summary()[2] == ["https://farm.test/story-2/"]


def test_in_a_shared_crawl_what_this_process_scheduled_is_not_its_own_to_account_for():
    accounting = Accounting(stats=None, path=None, distributed=True)
    accounting.request_scheduled(spider_request("https://farm.test/story-3/"), None)
    assert accounting.summary()[2] == []
    alone = Accounting(stats=None, path=None, distributed=False)
    alone.request_scheduled(spider_request("https://farm.test/story-3/"), None)
    assert alone.summary()[2] == ["https://farm.test/story-3/"]


def test_a_duplicate_request_never_overrides_an_outcome():
    accounting = Accounting(stats=None, path=None)
    accounting.record("https://farm.test/story-4/", "exported")
    accounting.record("https://farm.test/story-4/", "not_followed", "filtered duplicate request")
    accounting.record("https://farm.test/story-5/", "not_followed", "outside the site's domains")
    kinds = accounting.summary()[0]
    assert (kinds["exported"], kinds["skipped"]) == (1, 1)
