"""`scrapy clean` with the WARC hook in place: SavedPagesSpider plus the lines that the hook adds
to spiders/saved.py, so tests/test_warc.py runs WARC input through the crawl's real pipelines
before that file has them (`scrapy runspider tests/warc_clean_spider.py -a path=FILE.warc.gz`)."""

from republished.spiders.saved import SavedPagesSpider
from republished.spiders.warc import UrlFilter, is_warc, warc_items


class WarcSavedPagesSpider(SavedPagesSpider):
    name = "saved_pages_warc"

    def __init__(
        self,
        path: str,
        url: str | None = None,
        hosts: str | None = None,
        url_regex: str | None = None,
        **kwargs,
    ):
        super().__init__(path, url, **kwargs)
        self.url_filter = UrlFilter.from_options(hosts, url_regex)

    def pages(self):
        if is_warc(self.path):
            yield from warc_items(self.path, self.url_filter, self.crawler.stats, self._error)
            return
        yield from super().pages()
