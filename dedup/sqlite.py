"""What the SQLite indexes share: a file opened for several writers, transactions that batches
nest in, closing. The duplicate index (index.py) and the story index (stories.py) build on it."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self, TypeVar

Scheme = TypeVar("Scheme")


class SQLiteIndex:
    path: str
    _conn: sqlite3.Connection | None

    def _open(self, path: str | Path, cache_mb: int, open_schema: Callable[[], Scheme]) -> Scheme:
        """Connect (write-ahead log, so another process may read and write too) and return what
        `open_schema` finds or creates; the connection is closed again if that fails."""
        self.path = str(path)
        self._batch_depth = 0
        self._conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute(f"PRAGMA cache_size=-{int(cache_mb) * 1024}")
            return open_schema()
        except BaseException:
            self._conn.close()
            raise

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._batch_depth:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def batch(self) -> Iterator[Self]:
        """Run many `add`s in one transaction: all are kept, or (on an error) none."""
        if self._batch_depth:
            self._batch_depth += 1
            try:
                yield self
            finally:
                self._batch_depth -= 1
            return
        with self._transaction():
            self._batch_depth = 1
            try:
                yield self
            finally:
                self._batch_depth = 0

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
