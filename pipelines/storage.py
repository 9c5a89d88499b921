"""Feed storages: each exported line goes to the operating system at once, and a write that
fails stops the run with one line.

Scrapy's file storage buffers; a crawl killed hard would lose the buffered records although
they were marked exported. Unbuffered, a record is in the file before anything counts it as
written. A write that fails (a full disk, a reader that went away: `scrapy clean … | head`)
gave a traceback per record while the run went on cleaning for no one and exited 0; now the
run stops, says so once, and exits 1 (`feed/write_failed`, commands/failure.py).
"""

import io
import logging
from pathlib import Path
from typing import IO

from scrapy.extensions.feedexport import FileFeedStorage, StdoutFeedStorage

logger = logging.getLogger(__name__)

WRITE_FAILED = "feed/write_failed"
#: Sent once when the feed cannot be written: a spider stops, what is in flight drains.
output_failed = object()


class GuardedOutput(io.RawIOBase):
    """A feed's file whose first failed write stops the run; later writes are dropped."""

    def __init__(self, raw: IO[bytes], name: str, crawler, close_raw: bool = True):
        super().__init__()
        self.raw, self.name, self.crawler, self.close_raw = raw, name, crawler, close_raw
        self.failed = False

    def _fail(self, exc: OSError) -> None:
        self.failed = True
        why = "its reader went away" if isinstance(exc, BrokenPipeError) else exc.strerror or str(exc)
        logger.error("cannot write to %s (%s): the run stops", self.name, why)
        self.crawler.stats.inc_value(WRITE_FAILED)
        self.crawler.signals.send_catch_log(signal=output_failed)

    def write(self, data) -> int:
        if not self.failed:
            try:
                self.raw.write(data)
            except OSError as exc:
                self._fail(exc)
        return len(data)

    def flush(self) -> None:
        if not self.failed:
            try:
                self.raw.flush()
            except OSError as exc:
                self._fail(exc)

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self.raw.seekable()

    def tell(self) -> int:
        return self.raw.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.raw.seek(offset, whence)

    def close(self) -> None:
        if self.closed:
            return
        super().close()  # flushes first
        if self.close_raw:
            try:
                self.raw.close()
            except OSError as exc:
                if not self.failed:
                    self._fail(exc)


class _KnowsItsCrawler:
    """A storage built with the crawler, which its GuardedOutput reports a failed write to."""

    @classmethod
    def from_crawler(cls, crawler, uri: str, *, feed_options=None):
        storage = cls(uri, feed_options=feed_options)
        storage.crawler = crawler
        return storage


class UnbufferedFileFeedStorage(_KnowsItsCrawler, FileFeedStorage):
    def open(self, spider) -> IO[bytes]:
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        return GuardedOutput(Path(self.path).open(self.write_mode, buffering=0), self.path, self.crawler)


class GuardedStdoutFeedStorage(_KnowsItsCrawler, StdoutFeedStorage):
    def open(self, spider) -> IO[bytes]:
        return GuardedOutput(self._stdout, "standard output", self.crawler, close_raw=False)
