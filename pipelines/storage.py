"""Feed storage that hands each exported line to the operating system at once.

Scrapy's file storage buffers; a crawl killed hard would lose the buffered
records although they were marked exported. Unbuffered, a record is in the file
before anything counts it as written.
"""

from pathlib import Path
from typing import IO

from scrapy.extensions.feedexport import FileFeedStorage


class UnbufferedFileFeedStorage(FileFeedStorage):
    def open(self, spider) -> IO[bytes]:
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        return Path(self.path).open(self.write_mode, buffering=0)
