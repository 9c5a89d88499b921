"""One log line per dropped or failed item: its URL and the reason, never the item.

Scrapy's default messages print the whole item, and a dropped page is its HTML: a folder of
pages buried the lines that matter under megabytes of markup.
"""

import logging

from itemadapter import ItemAdapter
from scrapy.logformatter import LogFormatter

#: A reason longer than this is cut: one line stays one line.
MAX_REASON = 400


def printable(text: str) -> str:
    """Control characters (a newline inside a URL) as escapes: one line stays one line."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def item_url(item) -> str:
    try:
        return str(ItemAdapter(item).get("url") or "(no url)")
    except TypeError:
        return "(not an item)"


def one_line(text: str, limit: int = MAX_REASON) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OneLineLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider):
        result = super().dropped(item, exception, response, spider)
        url, reason = printable(item_url(item)), one_line(str(exception))
        message = reason if url in reason else f"{url}: {reason}"
        return {**result, "msg": "Dropped: %(message)s", "args": {"message": message}}

    def item_error(self, item, exception, response, spider):
        return {
            "level": logging.ERROR,
            "msg": "Error processing %(url)s: %(error)s",
            "args": {
                "url": printable(item_url(item)),
                "error": one_line(f"{type(exception).__name__}: {exception}"),
            },
        }

    def scraped(self, item, response, spider):
        result = super().scraped(item, response, spider)
        return {**result, "msg": "Scraped %(url)s", "args": {"url": printable(item_url(item))}}
