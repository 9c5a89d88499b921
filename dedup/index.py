"""A banded LSH index over 64-bit simhashes, persisted in SQLite.

Each record is stored with its content hash (exact duplicates share it) and its simhash
fingerprint (trafilatura's `content_fingerprint`: near duplicates differ in few bits).
The fingerprint is cut into bands (4 of 16 bits by default) and each band value is an
indexed row of the `bands` table. Looking up a new fingerprint reads the rows whose band
equals one of its bands, or differs from it in at most `probe_radius` bits ("multi-probe"):
two fingerprints within `bands * (probe_radius + 1) - 1` bits always share such a band
(pigeonhole), and farther ones often do. The candidates' exact distances are then checked
against `max_distance`. No lookup ever scans all records.

Clusters: the first record of a cluster founds it and gives it its id (the founder's
record id); every later exact or near duplicate joins the cluster of the record it repeats.
Clusters are never renumbered or merged afterwards, so ids stay stable across runs.

Durability: WAL journal, one transaction per `add` (or per `with index.batch():`), so
a crash mid-write loses at most the unfinished transaction and never corrupts the file.

The defaults come from bench/dedup_calibration.py, on 176 real article bodies: different
stories lie at 31 +- 4 bits, the closest pairs (the same event told by two outlets) at 12-15;
copies with 10 % of their words swapped, sentences dropped or added, or names misspelt lie
at a median 5-8 bits, full re-translations (10-20 % of the content words changed, plus
names and sentences) at a median 13-16. max_distance 10 keeps a 2-bit margin below the
closest different stories seen, so it finds most light edits of a text and only a minority
of heavy re-translations: 64 bits of trafilatura's simhash cannot tell those from another
outlet's story of the same event. Four 16-bit bands probed at radius 2 find every pair
within 11 bits, so nothing the threshold accepts is missed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from republished.dedup.sqlite import SQLiteIndex

#: Largest Hamming distance (of 64 bits) at which two texts count as the same story.
DEFAULT_MAX_DISTANCE = 10
#: 4 bands of 16 bits each.
DEFAULT_BANDS = 4
#: Band values within this many bits of the query's are looked up too.
DEFAULT_PROBE_RADIUS = 2

FINGERPRINT_BITS = 64
_MASK64 = (1 << FINGERPRINT_BITS) - 1
_SIGN = 1 << (FINGERPRINT_BITS - 1)
_SCHEMA_VERSION = "1"
#: SQLite's default limit on bound parameters is 32766 (since 3.32); stay well below it.
_MAX_PARAMS = 900


def hamming(a: int, b: int) -> int:
    """Number of differing bits of two 64-bit fingerprints."""
    return ((a ^ b) & _MASK64).bit_count()


def parse_fingerprint(fingerprint: int | str | None) -> int | None:
    """A fingerprint as an unsigned 64-bit int: from an int or a hex string (trafilatura's
    `content_fingerprint`, which drops leading zeros). None or "" gives None."""
    if fingerprint is None or fingerprint == "":
        return None
    if isinstance(fingerprint, bool):
        raise ValueError(f"not a fingerprint: {fingerprint!r}")
    if isinstance(fingerprint, str):
        try:
            value = int(fingerprint, 16)
        except ValueError:
            raise ValueError(f"not a hex fingerprint: {fingerprint!r}") from None
    elif isinstance(fingerprint, int):
        value = fingerprint
    else:
        raise ValueError(f"not a fingerprint: {fingerprint!r}")
    if not 0 <= value <= _MASK64:
        raise ValueError(f"fingerprint out of 64-bit range: {fingerprint!r}")
    return value


def _to_sql(value: int) -> int:
    """Unsigned 64-bit to SQLite's signed INTEGER."""
    return value - (1 << FINGERPRINT_BITS) if value & _SIGN else value


def _from_sql(value: int) -> int:
    return value & _MASK64


@dataclass(frozen=True)
class BandScheme:
    """How a 64-bit fingerprint is cut into `bands` equal bands, and how far lookups probe."""

    bands: int = DEFAULT_BANDS
    probe_radius: int = DEFAULT_PROBE_RADIUS

    def __post_init__(self):
        if self.bands < 1 or FINGERPRINT_BITS % self.bands:
            raise ValueError(f"bands must divide {FINGERPRINT_BITS}: {self.bands}")
        if not 0 <= self.probe_radius <= 3:
            raise ValueError(f"probe_radius must be 0 to 3: {self.probe_radius}")
        width = FINGERPRINT_BITS // self.bands
        flips = [0]
        for r in range(1, self.probe_radius + 1):
            for bits in itertools.combinations(range(width), r):
                flips.append(sum(1 << b for b in bits))
        object.__setattr__(self, "_flips", tuple(flips))

    @property
    def width(self) -> int:
        return FINGERPRINT_BITS // self.bands

    @property
    def guaranteed_distance(self) -> int:
        """Fingerprints at most this many bits apart are always found (pigeonhole)."""
        return self.bands * (self.probe_radius + 1) - 1

    def describe(self) -> str:
        return f"{self.bands} bands x {self.width} bits, probe radius {self.probe_radius}"

    def keys(self, fingerprint: int) -> list[int]:
        """The band keys stored for a fingerprint: band number and band value in one int."""
        width, mask = self.width, (1 << self.width) - 1
        return [(band << width) | ((fingerprint >> (band * width)) & mask) for band in range(self.bands)]

    def probe_keys(self, fingerprint: int) -> list[int]:
        """The band keys looked up for a fingerprint: its own and those within probe_radius bits."""
        return [key ^ flip for key in self.keys(fingerprint) for flip in self._flips]


@dataclass(frozen=True)
class Assignment:
    """Where a record landed: its cluster, the earlier record it repeats, and how."""

    record_id: str
    cluster_id: str
    duplicate_of: str | None = None
    kind: str | None = None  # "exact", "near" or None
    distance: int | None = None  # Hamming distance to duplicate_of (0 for exact)


class DuplicateIndex(SQLiteIndex):
    """Exact and near-duplicate detection over records identified by `record_id`.

    `path` is the SQLite file (created with its tables if missing; ":memory:" works too).
    `max_distance` is the largest Hamming distance that counts as a near duplicate; it is
    read per lookup, so it may differ between runs. The band scheme is fixed when the file
    is created and checked on reopening.
    """

    def __init__(
        self,
        path: str | Path,
        max_distance: int = DEFAULT_MAX_DISTANCE,
        bands: int | None = None,
        probe_radius: int | None = None,
        cache_mb: int = 64,
    ):
        if not 0 <= max_distance < FINGERPRINT_BITS:
            raise ValueError(f"max_distance must be 0 to {FINGERPRINT_BITS - 1}: {max_distance}")
        self.max_distance = max_distance
        self.scheme = self._open(path, cache_mb, lambda: self._open_schema(bands, probe_radius))

    # -- setup ------------------------------------------------------------------------------

    def _open_schema(self, bands: int | None, probe_radius: int | None) -> BandScheme:
        conn = self._conn
        with self._transaction():
            conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            stored = dict(conn.execute("SELECT name, value FROM meta"))
            if not stored:
                scheme = BandScheme(
                    DEFAULT_BANDS if bands is None else bands,
                    DEFAULT_PROBE_RADIUS if probe_radius is None else probe_radius,
                )
                conn.executemany(
                    "INSERT INTO meta (name, value) VALUES (?, ?)",
                    [("schema_version", _SCHEMA_VERSION), ("bands", str(scheme.bands))],
                )
                conn.execute(
                    """CREATE TABLE records (
                        rec INTEGER PRIMARY KEY,
                        record_id TEXT NOT NULL UNIQUE,
                        content_hash TEXT,
                        fingerprint INTEGER,
                        cluster INTEGER NOT NULL,
                        duplicate_of INTEGER,
                        kind TEXT,
                        distance INTEGER
                    )"""
                )
                conn.execute("CREATE INDEX records_content_hash ON records (content_hash)")
                # Covering: a band lookup reads the candidates' fingerprints without a second seek.
                conn.execute(
                    """CREATE TABLE bands (
                        key INTEGER NOT NULL,
                        rec INTEGER NOT NULL,
                        fingerprint INTEGER NOT NULL,
                        PRIMARY KEY (key, rec)
                    ) WITHOUT ROWID"""
                )
                return scheme
        if stored.get("schema_version") != _SCHEMA_VERSION:
            raise ValueError(
                f"{self.path}: duplicate index schema {stored.get('schema_version')!r} is unknown"
            )
        stored_bands = int(stored["bands"])
        if bands is not None and bands != stored_bands:
            raise ValueError(f"{self.path} was built with {stored_bands} bands, not {bands}")
        return BandScheme(stored_bands, DEFAULT_PROBE_RADIUS if probe_radius is None else probe_radius)

    # -- lookups ----------------------------------------------------------------------------

    def _exact(self, content_hash: str, exclude: int | None) -> tuple[int, int] | None:
        row = self._conn.execute(
            "SELECT rec, cluster FROM records WHERE content_hash = ? AND rec IS NOT ? ORDER BY rec LIMIT 1",
            (content_hash, exclude),
        ).fetchone()
        return (row[0], row[1]) if row else None

    def candidates(self, fingerprint: int | str) -> dict[int, int]:
        """Records sharing a (probed) band with the fingerprint: {rec: fingerprint}."""
        value = parse_fingerprint(fingerprint)
        if value is None:
            return {}
        keys = self.scheme.probe_keys(value)
        found: dict[int, int] = {}
        for start in range(0, len(keys), _MAX_PARAMS):
            chunk = keys[start : start + _MAX_PARAMS]
            marks = ",".join("?" * len(chunk))
            for rec, fp in self._conn.execute(
                f"SELECT rec, fingerprint FROM bands WHERE key IN ({marks})", chunk
            ):
                found[rec] = fp & _MASK64
        return found

    def _nearest(self, fingerprint: int, exclude: int | None) -> tuple[int, int] | None:
        """(rec, distance) of the nearest indexed fingerprint within max_distance; ties go to the earliest."""
        best: tuple[int, int] | None = None
        for rec, fp in self.candidates(fingerprint).items():
            if rec == exclude:
                continue
            distance = (fp ^ fingerprint).bit_count()
            if distance <= self.max_distance and (best is None or (distance, rec) < (best[1], best[0])):
                best = (rec, distance)
        return best

    def _record_id(self, rec: int) -> str:
        return self._conn.execute("SELECT record_id FROM records WHERE rec = ?", (rec,)).fetchone()[0]

    def _assignment(self, row: tuple) -> Assignment:
        record_id, cluster, duplicate_of, kind, distance = row
        return Assignment(
            record_id=record_id,
            cluster_id=self._record_id(cluster),
            duplicate_of=None if duplicate_of is None else self._record_id(duplicate_of),
            kind=kind,
            distance=distance,
        )

    def get(self, record_id: str) -> Assignment | None:
        """The stored assignment of a record, or None if it was never added."""
        row = self._conn.execute(
            "SELECT record_id, cluster, duplicate_of, kind, distance FROM records WHERE record_id = ?",
            (record_id,),
        ).fetchone()
        return self._assignment(row) if row else None

    def __len__(self) -> int:
        return self._conn.execute("SELECT count(*) FROM records").fetchone()[0]

    def __contains__(self, record_id: object) -> bool:
        found = self._conn.execute("SELECT 1 FROM records WHERE record_id = ?", (record_id,)).fetchone()
        return found is not None

    # -- adding -----------------------------------------------------------------------------

    def add(self, record_id: str, content_hash: str | None, fingerprint: int | str | None) -> Assignment:
        """Add a record and say which cluster it joins and which earlier record it repeats.

        An exact duplicate (same content_hash) wins over a near one; among near duplicates the
        nearest wins, then the earliest added. Adding a record id again with the same content
        returns its stored assignment; with changed content it is reassigned (its own cluster
        id, if others joined it, stays theirs).
        """
        if not record_id:
            raise ValueError("record_id must be a non-empty string")
        value = parse_fingerprint(fingerprint)
        content_hash = content_hash or None
        conn = self._conn
        with self._transaction():
            row = conn.execute(
                "SELECT rec, content_hash, fingerprint FROM records WHERE record_id = ?", (record_id,)
            ).fetchone()
            rec = None
            if row:
                rec, old_hash, old_fp = row
                if old_hash == content_hash and (None if old_fp is None else _from_sql(old_fp)) == value:
                    return self.get(record_id)
                if old_fp is not None:
                    conn.executemany(
                        "DELETE FROM bands WHERE key = ? AND rec = ?",
                        [(key, rec) for key in self.scheme.keys(_from_sql(old_fp))],
                    )

            kind = duplicate = distance = None
            exact = self._exact(content_hash, rec) if content_hash else None
            if exact:
                (duplicate, cluster), kind, distance = exact, "exact", 0
            elif value is not None and (near := self._nearest(value, rec)):
                (duplicate, distance), kind = near, "near"
                (cluster,) = conn.execute(
                    "SELECT cluster FROM records WHERE rec = ?", (duplicate,)
                ).fetchone()
            else:
                cluster = None  # founds its own cluster

            fp_sql = None if value is None else _to_sql(value)
            if rec is None:
                rec = conn.execute(
                    "INSERT INTO records (record_id, content_hash, fingerprint, cluster, duplicate_of, kind,"
                    " distance) VALUES (?, ?, ?, COALESCE(?, -1), ?, ?, ?)",
                    (record_id, content_hash, fp_sql, cluster, duplicate, kind, distance),
                ).lastrowid
                if cluster is None:
                    conn.execute("UPDATE records SET cluster = rec WHERE rec = ?", (rec,))
            else:
                conn.execute(
                    "UPDATE records SET content_hash = ?, fingerprint = ?, cluster = COALESCE(?, rec),"
                    " duplicate_of = ?, kind = ?, distance = ? WHERE rec = ?",
                    (content_hash, fp_sql, cluster, duplicate, kind, distance, rec),
                )
            if value is not None:
                conn.executemany(
                    "INSERT OR IGNORE INTO bands (key, rec, fingerprint) VALUES (?, ?, ?)",
                    [(key, rec, fp_sql) for key in self.scheme.keys(value)],
                )
            return Assignment(
                record_id=record_id,
                cluster_id=record_id if cluster is None else self._record_id(cluster),
                duplicate_of=None if duplicate is None else self._record_id(duplicate),
                kind=kind,
                distance=distance,
            )
