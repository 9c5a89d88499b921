"""An extension whose item signal handlers take a while, as a slow feed storage's would."""

import asyncio

from scrapy import signals


class LingeringItemSignals:
    """Keeps each page counted as in process for a moment after it has left the pipelines."""

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls()
        for signal in (signals.item_scraped, signals.item_dropped):
            crawler.signals.connect(extension.linger, signal=signal)
        return extension

    async def linger(self, **_):
        await asyncio.sleep(0.3)
