"""Turn a republished news page into a clean record that explains every change.

    from republished.cleaning import clean_page
    record = clean_page(html, url)

No Scrapy here: use it on WARC files, in Spark jobs, anywhere.

The names below are imported when first used: a process that only needs a part of the library
(the Scrapy process hands pages to cleaning workers; the story index reads word weights) does
not pay for the extractor and every stage at start-up.
"""

from importlib import import_module

_HOMES = {
    "Cleaner": "pipeline",
    "ConfigError": "errors",
    "PageError": "errors",
    "SiteHints": "draft",
    "clean_page": "pipeline",
    "default_cleaner": "pipeline",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)


def __dir__() -> list[str]:
    return [*globals(), *__all__]
