"""Turn a republished news page into a clean record that explains every change.

    from republished.cleaning import clean_page
    record = clean_page(html, url)

No Scrapy here: use it on WARC files, in Spark jobs, anywhere.
"""

from republished.cleaning.draft import SiteHints
from republished.cleaning.errors import ConfigError, PageError
from republished.cleaning.pipeline import Cleaner, clean_page, default_cleaner

__all__ = ["Cleaner", "ConfigError", "PageError", "SiteHints", "clean_page", "default_cleaner"]
