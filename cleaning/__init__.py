"""Turn a republished news page into a clean record that explains every change.

    from cleaning import clean_page
    record = clean_page(html, url)

No Scrapy here: use it on WARC files, in Spark jobs, anywhere.
"""

from cleaning.draft import SiteHints
from cleaning.errors import ConfigError, PageError
from cleaning.pipeline import Cleaner, clean_page, default_cleaner

__all__ = ["Cleaner", "ConfigError", "PageError", "SiteHints", "clean_page", "default_cleaner"]
