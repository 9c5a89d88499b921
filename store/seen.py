"""The seen-store: what earlier runs exported, by URL, with its content hash, version id and lastmod.

SQLite by default (WAL, one committed transaction per record, so a crash mid-write
loses at most the record being written); Redis when the crawl is distributed,
so every process of one crawl shares it. Scrapy's JOBDIR is for pausing one job
and must not be shared between jobs; this store is meant to be.
"""

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SeenEntry:
    url: str
    content_hash: str
    version_id: str
    lastmod: str | None


def version_id(url: str, content_hash: str) -> str:
    """A stable id for one version of one article."""
    return hashlib.sha256(f"{url}\n{content_hash}".encode()).hexdigest()[:20]


class SqliteSeenStore:
    def __init__(self, path: str | Path):
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS seen (url TEXT PRIMARY KEY, content_hash TEXT NOT NULL,"
            " version_id TEXT NOT NULL, lastmod TEXT, exported_at TEXT DEFAULT CURRENT_TIMESTAMP)"
        )

    def get(self, url: str) -> SeenEntry | None:
        row = self.db.execute(
            "SELECT url, content_hash, version_id, lastmod FROM seen WHERE url = ?", (url,)
        ).fetchone()
        return SeenEntry(*row) if row else None

    def put(self, entry: SeenEntry) -> None:
        self.db.execute(
            "INSERT INTO seen (url, content_hash, version_id, lastmod) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET content_hash = excluded.content_hash,"
            " version_id = excluded.version_id, lastmod = excluded.lastmod, exported_at = CURRENT_TIMESTAMP",
            (entry.url, entry.content_hash, entry.version_id, entry.lastmod),
        )

    def close(self) -> None:
        self.db.close()


class RedisSeenStore:
    def __init__(self, redis_url: str, key: str = "republished:seen"):
        import redis

        self.server = redis.Redis.from_url(redis_url)
        self.server.ping()
        self.key = key

    def get(self, url: str) -> SeenEntry | None:
        raw = self.server.hget(self.key, url)
        return SeenEntry(**json.loads(raw)) if raw else None

    def put(self, entry: SeenEntry) -> None:
        self.server.hset(self.key, entry.url, json.dumps(entry.__dict__))

    def close(self) -> None:
        self.server.close()


def open_seen_store(settings):
    """The store SEEN_STORE asks for (in Redis when REDIS_URL is set), or None when it is off."""
    path, redis_url = settings.get("SEEN_STORE"), settings.get("REDIS_URL")
    if redis_url and path:
        return RedisSeenStore(redis_url)
    if path:
        return SqliteSeenStore(path)
    return None
