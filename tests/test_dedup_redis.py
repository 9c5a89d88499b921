"""The duplicate index in a real Redis gives the SQLite index's answers and is shared."""

import pytest
from trafilatura.deduplication import content_fingerprint

from republished.dedup import DuplicateIndex
from republished.dedup.redis_index import RedisDuplicateIndex
from tests.redis_server import redis_server

STORY = (
    "Foreign Minister Antony Blinken met his Russian counterpart Sergey Lavrov in Geneva on Friday. "
    "Lavrov said Russia has no plans to attack Ukraine, and Blinken promised a written answer to "
    "Russia's demands within the next week. Both said the talks had been useful and would go on. "
)
RETRANSLATED = STORY.replace("useful", "helpful").replace("promised", "pledged").replace("plans", "intention")
OTHER = (
    "The Norwegian government will extend the electricity support for households until March, "
    "the prime minister said on Tuesday. The scheme covers most of the price above 70 øre per "
    "kilowatt hour and will cost about four billion kroner over the winter months. "
)
RECORDS = [
    ("https://a.example/story/", "sha256:a", content_fingerprint(STORY * 3)),
    ("https://b.example/copy/", "sha256:a", content_fingerprint(STORY * 3)),
    ("https://c.example/retranslated/", "sha256:c", content_fingerprint(RETRANSLATED * 3)),
    ("https://d.example/other/", "sha256:d", content_fingerprint(OTHER * 3)),
]


@pytest.fixture
def redis_url(tmp_path):
    with redis_server(tmp_path) as url:
        yield url


def test_same_answers_as_the_sqlite_index(redis_url, tmp_path):
    sqlite = DuplicateIndex(tmp_path / "index.sqlite")
    shared = RedisDuplicateIndex(redis_url)
    for record in RECORDS:
        assert shared.add(*record) == sqlite.add(*record), record[0]
    assert shared.get(RECORDS[1][0]).kind == "exact"
    assert shared.get(RECORDS[3][0]).cluster_id == RECORDS[3][0]


def test_processes_share_the_index_and_ids_stay_stable(redis_url):
    first, second = RedisDuplicateIndex(redis_url), RedisDuplicateIndex(redis_url)
    founder = first.add(*RECORDS[0])
    copy = second.add(*RECORDS[1])
    assert copy.duplicate_of == founder.record_id and copy.cluster_id == founder.cluster_id
    again = RedisDuplicateIndex(redis_url).add(*RECORDS[1])
    assert again == copy
    assert len(second) == 2
