"""The duplicate index in Redis, for distributed crawls: every process of a crawl, on any
machine, groups records in the same clusters.

Same answers as the SQLite index (dedup/index.py) and the same band scheme: a record's
fingerprint bands are Redis sets of record ids, its assignment a hash. An exact duplicate
is settled atomically (the first record to claim a content hash owns it); two near
duplicates added at the same instant by two processes may each found a cluster.
"""

from __future__ import annotations

from republished.dedup.index import DEFAULT_MAX_DISTANCE, Assignment, BandScheme, parse_fingerprint


class RedisDuplicateIndex:
    def __init__(
        self,
        redis_url: str,
        max_distance: int = DEFAULT_MAX_DISTANCE,
        prefix: str = "republished:dedup",
        scheme: BandScheme | None = None,
    ):
        import redis

        self.server = redis.Redis.from_url(redis_url, decode_responses=True)
        self.server.ping()
        self.max_distance, self.prefix = max_distance, prefix
        self.scheme = scheme or BandScheme()

    def _key(self, *parts: object) -> str:
        return ":".join([self.prefix, *map(str, parts)])

    def __len__(self) -> int:
        return int(self.server.get(self._key("count")) or 0)

    def get(self, record_id: str) -> Assignment | None:
        stored = self.server.hgetall(self._key("rec", record_id))
        if not stored:
            return None
        return Assignment(
            record_id=record_id,
            cluster_id=stored["cluster"],
            duplicate_of=stored.get("duplicate_of") or None,
            kind=stored.get("kind") or None,
            distance=int(stored["distance"]) if stored.get("distance") else None,
        )

    def _nearest(self, record_id: str, fingerprint: int) -> tuple[str, int] | None:
        """(record id, distance) of the nearest indexed fingerprint within max_distance;
        ties go to the earliest added."""
        band_keys = [self._key("band", key) for key in self.scheme.probe_keys(fingerprint)]
        candidates = sorted(self.server.sunion(band_keys) - {record_id})
        if not candidates:
            return None
        pipe = self.server.pipeline(transaction=False)
        for candidate in candidates:
            pipe.hmget(self._key("rec", candidate), "fingerprint", "order")
        best = None
        for candidate, (fingerprint_hex, order) in zip(candidates, pipe.execute(), strict=True):
            if fingerprint_hex is None:
                continue
            distance = (int(fingerprint_hex, 16) ^ fingerprint).bit_count()
            if distance <= self.max_distance and (best is None or (distance, int(order)) < best[:2]):
                best = (distance, int(order), candidate)
        return (best[2], best[0]) if best else None

    def add(self, record_id: str, content_hash: str | None, fingerprint: int | str | None) -> Assignment:
        """Add a record and say which cluster it joins and which earlier record it repeats."""
        if not record_id:
            raise ValueError("record_id must be a non-empty string")
        value = parse_fingerprint(fingerprint)
        stored = self.server.hgetall(self._key("rec", record_id))
        fingerprint_hex = "" if value is None else f"{value:x}"
        if (
            stored
            and stored.get("content_hash") == (content_hash or "")
            and stored["fingerprint"] == fingerprint_hex
        ):
            return self.get(record_id)
        kind = duplicate = distance = None
        if content_hash:
            hash_key = self._key("hash", content_hash)
            self.server.set(hash_key, record_id, nx=True)
            owner = self.server.get(hash_key)
            if owner != record_id:
                kind, duplicate, distance = "exact", owner, 0
        if duplicate is None and value is not None and (near := self._nearest(record_id, value)):
            kind, (duplicate, distance) = "near", near
        cluster = record_id
        if duplicate is not None:
            cluster = self.server.hget(self._key("rec", duplicate), "cluster") or duplicate
        order = stored.get("order") if stored else self.server.incr(self._key("count"))
        pipe = self.server.pipeline(transaction=True)
        pipe.hset(
            self._key("rec", record_id),
            mapping={
                "content_hash": content_hash or "",
                "fingerprint": fingerprint_hex,
                "cluster": cluster,
                "duplicate_of": duplicate or "",
                "kind": kind or "",
                "distance": "" if distance is None else str(distance),
                "order": str(order),
            },
        )
        if value is not None:
            for key in self.scheme.keys(value):
                pipe.sadd(self._key("band", key), record_id)
        pipe.execute()
        return Assignment(record_id, cluster, duplicate, kind, distance)

    def close(self) -> None:
        self.server.close()
