"""The story index in a real Redis gives the SQLite index's answers and is shared."""

import pytest

from republished.dedup.redis_stories import RedisStoryIndex
from republished.dedup.stories import StoryIndex
from tests.redis_server import redis_server
from tests.test_stories import AVALANCHE, AVALANCHE_RETRANSLATED, SECOND_AVALANCHE, features

RECORDS = [
    ("https://a.example/avalanche/", features(AVALANCHE)),
    ("https://b.example/skier/", features(AVALANCHE_RETRANSLATED, day="2022-03-06")),
    ("https://c.example/rescued/", features(SECOND_AVALANCHE, day="2022-03-09")),
    ("https://d.example/late-copy/", features(AVALANCHE_RETRANSLATED, day="2022-03-20")),
    ("https://e.example/undated/", features(AVALANCHE, day=None)),
    ("https://f.example/undated-copy/", features(AVALANCHE_RETRANSLATED, day=None)),
]


@pytest.fixture
def redis_url(tmp_path):
    with redis_server(tmp_path) as url:
        yield url


def test_same_answers_as_the_sqlite_index(redis_url, tmp_path):
    with StoryIndex(tmp_path / "stories.sqlite") as sqlite:
        shared = RedisStoryIndex(redis_url)
        for record_id, found in RECORDS:
            assert shared.add(record_id, found) == sqlite.add(record_id, found), record_id
        assert [shared.get(r).story_id for r, _ in RECORDS] == [
            "https://a.example/avalanche/",
            "https://a.example/avalanche/",
            "https://c.example/rescued/",
            "https://d.example/late-copy/",
            "https://e.example/undated/",
            "https://e.example/undated/",
        ]
        moved = shared.add(RECORDS[1][0], RECORDS[2][1])
        assert moved == sqlite.add(RECORDS[1][0], RECORDS[2][1])
        assert moved.story_id == "https://c.example/rescued/"
        shared.close()


def test_processes_share_the_index_and_ids_stay_stable(redis_url):
    first, second = RedisStoryIndex(redis_url), RedisStoryIndex(redis_url)
    founder = first.add(*RECORDS[0])
    copy = second.add(*RECORDS[1])
    assert copy.joined == founder.record_id and copy.story_id == founder.story_id
    again = RedisStoryIndex(redis_url)
    assert again.add(*RECORDS[1]) == copy
    assert len(again) == 2
    for index in (first, second, again):
        index.close()
