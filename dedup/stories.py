"""Group every copy of a story, even when farms translated it independently: a story index.

    from republished.dedup.stories import StoryIndex

    with StoryIndex("state/stories.sqlite") as index:
        assignment = index.add(record["url"], story_features(record))
        assignment.story_id, assignment.joined, assignment.score

Beside the near-duplicate grouping (dedup/index.py), never instead of it: a near duplicate
shares most of its words with the record it repeats; the copies of one story translated by
different engines share their names, numbers and many content words
(dedup/story_features.py). A new record's candidates are the records of the last and next
`window_days` days that share a MinHash LSH band of its rare names and numbers; the best
scoring candidate at `min_score` or more gives the record its story, else the record founds
a story of its own, named by its record id. Stories are never renumbered or merged
afterwards, so ids stay stable across runs (like cluster ids).

The SQLite file keeps every record's features, one row per band and the assignments (WAL,
one transaction per `add` or per `with index.batch():`); dedup/redis_stories.py keeps the
same in Redis for distributed crawls.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from republished.dedup.sqlite import SQLiteIndex
from republished.dedup.story_features import (
    MIN_NAMED_SCORE,
    StoryFeatures,
    StoryScheme,
    named_score,
    story_score,
)

#: Tuned on the tune part of bench/stories.py: copies of one story score 0.49 or more,
#: different stories of one event at most 0.39.
DEFAULT_MIN_SCORE = 0.44
#: Copies appear within days of the original; a candidate must be this close in publication day.
DEFAULT_WINDOW_DAYS = 7
#: Records without a day are stored under this one and found only by records without a day.
NO_DAY = -1
_SCHEMA_VERSION = "1"
_MAX_PARAMS = 900


@dataclass(frozen=True)
class StoryAssignment:
    """Which story a record belongs to, and the earlier record whose story it joined."""

    record_id: str
    story_id: str
    joined: str | None = None  # the record it matched best, or None when it founded the story
    score: float | None = None


def best_match(
    features: StoryFeatures, candidates: Iterable[tuple[object, StoryFeatures, int]], min_score: float
) -> tuple[object, float] | None:
    """(candidate id, score) of the best-scoring candidate at min_score or more; ties go to
    the earliest (smallest order). Candidates are (id, features, order)."""
    best = None
    for candidate, other, order in candidates:
        score = story_score(features, other)
        if score is not None and score >= min_score and (best is None or (-score, order) < best[:2]):
            best = (-score, order, candidate)
    return (best[2], -best[0]) if best else None


def promising(features: StoryFeatures, candidates: Iterable[tuple[object, StoryFeatures, int]]) -> set:
    """The candidates (read without their content words) that share enough names and numbers
    to be read whole and scored."""
    found = set()
    for candidate, other, _ in candidates:
        named = named_score(features, other)
        if named is not None and named >= MIN_NAMED_SCORE:
            found.add(candidate)
    return found


def day_range(day: int | None, window: int) -> tuple[int, int]:
    return (NO_DAY, NO_DAY) if day is None else (day - window, day + window)


class StoryIndex(SQLiteIndex):
    """Story assignment over records identified by `record_id`, in a SQLite file (":memory:" too).

    The band scheme is fixed when the file is created; `min_score` and `window_days` are read
    per lookup, so they may change between runs.
    """

    def __init__(
        self,
        path: str | Path,
        min_score: float = DEFAULT_MIN_SCORE,
        window_days: int = DEFAULT_WINDOW_DAYS,
        scheme: StoryScheme | None = None,
        cache_mb: int = 64,
    ):
        if not 0 < min_score <= 1:
            raise ValueError(f"min_score must be above 0 and at most 1: {min_score}")
        if window_days < 0:
            raise ValueError(f"window_days must be 0 or more: {window_days}")
        self.min_score, self.window_days = min_score, window_days
        self.scheme = self._open(path, cache_mb, lambda: self._open_schema(scheme))

    def _open_schema(self, scheme: StoryScheme | None) -> StoryScheme:
        conn = self._conn
        with self._transaction():
            conn.execute("CREATE TABLE IF NOT EXISTS story_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            stored = dict(conn.execute("SELECT name, value FROM story_meta"))
            if not stored:
                scheme = scheme or StoryScheme()
                conn.executemany(
                    "INSERT INTO story_meta (name, value) VALUES (?, ?)",
                    [
                        ("schema_version", _SCHEMA_VERSION),
                        ("bands", str(scheme.bands)),
                        ("rows", str(scheme.rows)),
                    ],
                )
                conn.execute(
                    """CREATE TABLE story_records (
                        rec INTEGER PRIMARY KEY,
                        record_id TEXT NOT NULL UNIQUE,
                        story INTEGER NOT NULL,
                        joined INTEGER,
                        score REAL,
                        day INTEGER NOT NULL,
                        outlet TEXT,
                        original_url TEXT,
                        features TEXT NOT NULL,
                        words BLOB NOT NULL
                    )"""
                )
                conn.execute(
                    """CREATE TABLE story_bands (
                        key INTEGER NOT NULL,
                        day INTEGER NOT NULL,
                        rec INTEGER NOT NULL,
                        PRIMARY KEY (key, day, rec)
                    ) WITHOUT ROWID"""
                )
                return scheme
        if stored.get("schema_version") != _SCHEMA_VERSION:
            raise ValueError(f"{self.path}: story index schema {stored.get('schema_version')!r} is unknown")
        found = StoryScheme(int(stored["bands"]), int(stored["rows"]))
        if scheme is not None and scheme != found:
            raise ValueError(
                f"{self.path} was built with {found.bands} bands of {found.rows} rows, "
                f"not {scheme.bands} of {scheme.rows}"
            )
        return found

    # -- lookups ----------------------------------------------------------------------------

    def candidates(self, features: StoryFeatures, keys: list[int] | None = None) -> set[int]:
        """Records sharing a band with the features, within the day window."""
        keys = self.scheme.keys(features.lsh_tokens()) if keys is None else keys
        low, high = day_range(features.day, self.window_days)
        found: set[int] = set()
        for start in range(0, len(keys), _MAX_PARAMS):
            chunk = keys[start : start + _MAX_PARAMS]
            marks = ",".join("?" * len(chunk))
            found.update(
                rec
                for (rec,) in self._conn.execute(
                    f"SELECT rec FROM story_bands WHERE key IN ({marks}) AND day BETWEEN ? AND ?",
                    [*chunk, low, high],
                )
            )
        return found

    def _features(self, recs: set[int], words: bool = True) -> Iterator[tuple[int, StoryFeatures, int]]:
        """(rec, features, rec) of the records; without their content words unless `words`."""
        ordered = sorted(recs)
        for start in range(0, len(ordered), _MAX_PARAMS):
            chunk = ordered[start : start + _MAX_PARAMS]
            marks = ",".join("?" * len(chunk))
            for rec, features, stored_words, outlet, original_url, day in self._conn.execute(
                f"SELECT rec, features, {'words' if words else 'NULL'}, outlet, original_url, day"
                f" FROM story_records WHERE rec IN ({marks})",
                chunk,
            ):
                yield rec, StoryFeatures.load(features, stored_words, outlet, original_url, day), rec

    def _record_id(self, rec: int | None) -> str | None:
        if rec is None:
            return None
        return self._conn.execute("SELECT record_id FROM story_records WHERE rec = ?", (rec,)).fetchone()[0]

    def get(self, record_id: str) -> StoryAssignment | None:
        """The stored assignment of a record, or None if it was never added."""
        row = self._conn.execute(
            "SELECT story, joined, score FROM story_records WHERE record_id = ?", (record_id,)
        ).fetchone()
        if not row:
            return None
        story, joined, score = row
        return StoryAssignment(record_id, self._record_id(story), self._record_id(joined), score)

    def __len__(self) -> int:
        return self._conn.execute("SELECT count(*) FROM story_records").fetchone()[0]

    # -- adding -----------------------------------------------------------------------------

    def add(self, record_id: str, features: StoryFeatures) -> StoryAssignment:
        """Add a record and say which story it belongs to. Adding a record id again with the
        same features returns its stored assignment; with changed features it is assigned
        anew (a story it founded keeps its id for the records that joined it)."""
        if not record_id:
            raise ValueError("record_id must be a non-empty string")
        conn = self._conn
        text, words = features.dumps(), features.words_bytes()
        day = NO_DAY if features.day is None else features.day
        keys = self.scheme.keys(features.lsh_tokens())
        with self._transaction():
            row = conn.execute(
                "SELECT rec, features, words, outlet, original_url, day FROM story_records WHERE record_id = ?",
                (record_id,),
            ).fetchone()
            rec = None
            if row:
                rec, *stored = row
                if tuple(stored) == (text, words, features.outlet, features.original_url, day):
                    return self.get(record_id)
                old = StoryFeatures.load(*stored)
                conn.executemany(
                    "DELETE FROM story_bands WHERE key = ? AND day = ? AND rec = ?",
                    [(key, stored[-1], rec) for key in self.scheme.keys(old.lsh_tokens())],
                )
            candidates = self.candidates(features, keys) - {rec}
            candidates = promising(features, self._features(candidates, words=False))
            match = best_match(features, self._features(candidates), self.min_score)
            joined, score, story = None, None, None
            if match:
                joined, score = match
                (story,) = conn.execute("SELECT story FROM story_records WHERE rec = ?", (joined,)).fetchone()
            values = (story, joined, score, day, features.outlet, features.original_url, text, words)
            if rec is None:
                rec = conn.execute(
                    "INSERT INTO story_records (story, joined, score, day, outlet, original_url, features,"
                    " words, record_id) VALUES (COALESCE(?, -1), ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, record_id),
                ).lastrowid
                if story is None:
                    conn.execute("UPDATE story_records SET story = rec WHERE rec = ?", (rec,))
            else:
                conn.execute(
                    "UPDATE story_records SET story = COALESCE(?, rec), joined = ?, score = ?, day = ?,"
                    " outlet = ?, original_url = ?, features = ?, words = ? WHERE rec = ?",
                    (*values, rec),
                )
            conn.executemany(
                "INSERT OR IGNORE INTO story_bands (key, day, rec) VALUES (?, ?, ?)",
                [(key, day, rec) for key in keys],
            )
            return StoryAssignment(
                record_id,
                record_id if story is None else self._record_id(story),
                self._record_id(joined),
                score,
            )
