"""The story index in Redis, for distributed crawls: every process of a crawl, on any machine,
gives the copies of one story the same story_id.

Same answers as the SQLite story index (dedup/stories.py) and the same band scheme: each band
key is a sorted set of record ids scored by publication day (so a lookup reads only the day
window), each record a hash of its features and assignment. Two copies of one story added at
the same instant by two processes may each found a story, as with the duplicate index.
"""

from __future__ import annotations

import base64

from republished.dedup.stories import (
    DEFAULT_MIN_SCORE,
    DEFAULT_WINDOW_DAYS,
    NO_DAY,
    StoryAssignment,
    best_match,
    day_range,
    promising,
)
from republished.dedup.story_features import StoryFeatures, StoryScheme


class RedisStoryIndex:
    def __init__(
        self,
        redis_url: str,
        min_score: float = DEFAULT_MIN_SCORE,
        window_days: int = DEFAULT_WINDOW_DAYS,
        prefix: str = "republished:stories",
        scheme: StoryScheme | None = None,
    ):
        import redis

        self.server = redis.Redis.from_url(redis_url, decode_responses=True)
        self.server.ping()
        self.min_score, self.window_days, self.prefix = min_score, window_days, prefix
        self.scheme = scheme or StoryScheme()

    def _key(self, *parts: object) -> str:
        return ":".join([self.prefix, *map(str, parts)])

    def __len__(self) -> int:
        return int(self.server.get(self._key("count")) or 0)

    def get(self, record_id: str) -> StoryAssignment | None:
        stored = self.server.hmget(self._key("rec", record_id), "story", "joined", "score")
        if stored[0] is None:
            return None
        story, joined, score = stored
        return StoryAssignment(record_id, story, joined or None, float(score) if score else None)

    def _stored_fields(self, features: StoryFeatures) -> dict[str, str]:
        return {
            "features": features.dumps(),
            "words": base64.b64encode(features.words_bytes()).decode("ascii"),
            "outlet": features.outlet or "",
            "original_url": features.original_url or "",
            "day": str(NO_DAY if features.day is None else features.day),
        }

    @staticmethod
    def _load(fields: list[str | None]) -> StoryFeatures:
        text, words, outlet, original_url, day = fields
        day = int(day)
        return StoryFeatures.load(
            text,
            base64.b64decode(words) if words else None,
            outlet or None,
            original_url or None,
            None if day == NO_DAY else day,
        )

    def _candidates(self, record_id: str, features: StoryFeatures, keys: list[int]) -> list[str]:
        low, high = day_range(features.day, self.window_days)
        pipe = self.server.pipeline(transaction=False)
        for key in keys:
            pipe.zrangebyscore(self._key("band", key), low, high)
        return sorted({member for members in pipe.execute() for member in members} - {record_id})

    def _read(self, candidates: list[str], words: bool) -> list[tuple[str, StoryFeatures, int]]:
        """(record id, features, order) of the candidates; without their content words unless `words`."""
        fields = ["features", "outlet", "original_url", "day", "order"]
        pipe = self.server.pipeline(transaction=False)
        for candidate in candidates:
            pipe.hmget(self._key("rec", candidate), *fields, *(["words"] if words else []))
        found = []
        for candidate, (text, outlet, original_url, day, order, *stored_words) in zip(
            candidates, pipe.execute(), strict=True
        ):
            if text is not None:
                stored = [text, stored_words[0] if stored_words else None, outlet, original_url, day]
                found.append((candidate, self._load(stored), int(order)))
        return found

    def add(self, record_id: str, features: StoryFeatures) -> StoryAssignment:
        """Add a record and say which story it belongs to (see StoryIndex.add)."""
        if not record_id:
            raise ValueError("record_id must be a non-empty string")
        fields = self._stored_fields(features)
        names = ("features", "words", "outlet", "original_url", "day")
        stored = self.server.hmget(self._key("rec", record_id), *names, "order")
        if stored[0] is not None:
            if dict(zip(names, stored[:5], strict=True)) == fields:
                return self.get(record_id)
            old = self._load(stored[:5])
            pipe = self.server.pipeline(transaction=True)
            for key in self.scheme.keys(old.lsh_tokens()):
                pipe.zrem(self._key("band", key), record_id)
            pipe.execute()
        keys = self.scheme.keys(features.lsh_tokens())
        candidates = self._candidates(record_id, features, keys)
        candidates = sorted(promising(features, self._read(candidates, words=False)))
        match = best_match(features, self._read(candidates, words=True), self.min_score)
        story, joined, score = record_id, None, None
        if match:
            joined, score = match
            story = self.server.hget(self._key("rec", joined), "story") or joined
        order = stored[5] if stored[5] is not None else self.server.incr(self._key("count"))
        pipe = self.server.pipeline(transaction=True)
        pipe.hset(
            self._key("rec", record_id),
            mapping={
                **fields,
                "story": story,
                "joined": joined or "",
                "score": "" if score is None else repr(score),
                "order": str(order),
            },
        )
        day = int(fields["day"])
        for key in keys:
            pipe.zadd(self._key("band", key), {record_id: day})
        pipe.execute()
        return StoryAssignment(record_id, story, joined, score)

    def close(self) -> None:
        self.server.close()
