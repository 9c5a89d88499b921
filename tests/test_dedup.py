"""dedup.DuplicateIndex: exact and near duplicates, stable clusters, band lookups; and its pipeline."""

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from trafilatura.deduplication import content_fingerprint

from republished.cleaning.record import content_hash
from republished.dedup import DEFAULT_MAX_DISTANCE, BandScheme, DuplicateIndex, hamming, parse_fingerprint
from republished.pipelines.dedup import DeduplicatePipeline

REPO = Path(__file__).resolve().parent.parent

# One VG story as a content farm's machine translation published it ...
BUS_CRASH = """A bus carrying 38 passengers drove off the road on the E6 north of Lillehammer on Tuesday morning.
According to the police operations manager, Kari Nordmo, seven people were taken to hospital, two of them with serious injuries.
The bus was on its way from Oslo to Trondheim when the accident happened just after eight o'clock.
The road was slippery after a night of heavy snowfall, and several cars had problems on the same stretch earlier in the morning.
– We received the notification at 08.12. The bus is lying on its side in the ditch, and all passengers have now been evacuated, Nordmo told VG.
The other passengers were taken to a nearby school, where they are being looked after by health personnel and volunteers from the Red Cross.
The E6 is closed in both directions, and the Norwegian Public Roads Administration expects the road to remain closed for several hours.
Traffic is being diverted via local roads through Fåberg, and the police ask drivers to avoid the area if possible.
The accident investigators have been notified and will arrive at the scene during the day.
The bus company says it will cooperate fully with the police and has sent its own crisis team to Lillehammer."""

# ... and as another farm's machine translation, which picked other words in ten places.
BUS_CRASH_OTHER_TRANSLATION = """A bus carrying 38 passengers went off the road on the E6 north of Lillehammer on Tuesday morning.
According to the police operations manager, Kari Nordmo, seven people were brought to hospital, two of them with serious injuries.
The bus was on its way from Oslo to Trondheim when the accident occurred just after eight o'clock.
The road was slippery after a night of heavy snowfall, and several cars had problems on the same stretch earlier in the morning.
– We got the alert at 08.12. The bus is lying on its side in the ditch, and all passengers have now been evacuated, Nordmo says to VG.
The other passengers were taken to a nearby school, where they are being looked after by health workers and volunteers from the Red Cross.
The E6 is closed in both directions, and the Norwegian Public Roads Administration expects the road to remain closed for several hours.
Traffic is being redirected via local roads through Fåberg, and the police urge drivers to avoid the area if possible.
The accident investigators have been informed and will arrive at the scene during the day.
The bus company says it will cooperate fully with the police and has dispatched its own crisis team to Lillehammer."""

# A different story on the same topic, told with the same phrases.
TRUCK_CRASH = """A truck and a passenger car collided on the E18 near Larvik on Tuesday evening.
According to the police operations manager, Per Haugen, the driver of the car was taken to hospital with serious injuries.
The truck was on its way from Kristiansand to Oslo when the collision happened just before six o'clock.
The road was wet after a day of heavy rain, and the police had received several reports of dangerous driving on the stretch.
– We received the notification at 17.48. The car is badly damaged, and the fire brigade had to cut the driver out, Haugen told NRK.
The truck driver was not injured but was taken care of by health personnel at the scene.
The E18 is closed in the northbound direction, and the Norwegian Public Roads Administration expects the road to remain closed until late in the evening.
Traffic is being diverted via the old county road, and the police ask drivers to be patient.
The police have started an investigation and will examine the vehicles.
The transport company says it is in contact with its driver and will assist the police."""


def flip(fingerprint: int, *bits: int) -> int:
    for bit in bits:
        fingerprint ^= 1 << bit
    return fingerprint


@pytest.fixture
def index(tmp_path):
    with DuplicateIndex(tmp_path / "duplicates.sqlite") as index:
        yield index


def add_text(index, record_id, text):
    return index.add(record_id, content_hash(text), content_fingerprint(text))


def test_first_record_founds_its_cluster(index):
    got = index.add("https://a.example/1", "sha256:" + "1" * 64, "0123456789abcdef")
    assert (got.cluster_id, got.duplicate_of, got.kind) == ("https://a.example/1", None, None)


def test_exact_duplicate_by_content_hash(index):
    index.add("https://a.example/1", "sha256:" + "1" * 64, 0x0123456789ABCDEF)
    # The fingerprint may differ (e.g. an old record); the content hash decides.
    got = index.add("https://b.example/1", "sha256:" + "1" * 64, 0xFEDCBA9876543210)
    assert (got.kind, got.duplicate_of, got.cluster_id, got.distance) == (
        "exact",
        "https://a.example/1",
        "https://a.example/1",
        0,
    )


def test_near_duplicate_within_threshold_spread_over_all_bands(index):
    base = 0x0123456789ABCDEF
    index.add("https://a.example/1", "sha256:a", base)
    near = flip(base, *range(2, 64, 64 // DEFAULT_MAX_DISTANCE)[:DEFAULT_MAX_DISTANCE])
    assert hamming(base, near) == DEFAULT_MAX_DISTANCE
    got = index.add("https://b.example/1", "sha256:b", near)
    assert (got.kind, got.duplicate_of, got.cluster_id, got.distance) == (
        "near",
        "https://a.example/1",
        "https://a.example/1",
        DEFAULT_MAX_DISTANCE,
    )


def test_one_bit_beyond_threshold_founds_a_new_cluster(index):
    base = 0x0123456789ABCDEF
    index.add("https://a.example/1", "sha256:a", base)
    far = flip(base, *range(0, 2 * (DEFAULT_MAX_DISTANCE + 1), 2))
    assert hamming(base, far) == DEFAULT_MAX_DISTANCE + 1
    got = index.add("https://b.example/1", "sha256:b", far)
    assert (got.kind, got.duplicate_of, got.cluster_id) == (None, None, "https://b.example/1")


def test_nearest_earlier_record_is_the_one_repeated(index):
    base = 0x0F0F0F0F0F0F0F0F
    index.add("https://a.example/far", "sha256:a", flip(base, 1, 17, 33, 49, 60))
    index.add("https://a.example/near", "sha256:b", flip(base, 5))
    got = index.add("https://b.example/1", "sha256:c", base)
    assert (got.duplicate_of, got.distance) == ("https://a.example/near", 1)


def test_two_machine_translations_of_one_story_land_in_one_cluster(index):
    first = add_text(index, "https://farm-one.example/bus-crash", BUS_CRASH)
    second = add_text(index, "https://farm-two.example/bus", BUS_CRASH_OTHER_TRANSLATION)
    assert first.kind is None
    assert (second.kind, second.cluster_id) == ("near", "https://farm-one.example/bus-crash")
    assert second.distance <= DEFAULT_MAX_DISTANCE


def test_different_story_on_the_same_topic_is_not_merged(index):
    add_text(index, "https://farm-one.example/bus-crash", BUS_CRASH)
    add_text(index, "https://farm-two.example/bus", BUS_CRASH_OTHER_TRANSLATION)
    got = add_text(index, "https://farm-one.example/truck-crash", TRUCK_CRASH)
    assert (got.kind, got.duplicate_of, got.cluster_id) == (
        None,
        None,
        "https://farm-one.example/truck-crash",
    )
    distance = hamming(int(content_fingerprint(BUS_CRASH), 16), int(content_fingerprint(TRUCK_CRASH), 16))
    assert distance > DEFAULT_MAX_DISTANCE + 5  # well clear of the threshold, not by luck


def test_copy_with_whitespace_and_case_changes_is_an_exact_duplicate(index):
    add_text(index, "https://farm-one.example/bus-crash", BUS_CRASH)
    got = add_text(index, "https://farm-three.example/b", BUS_CRASH.upper().replace("\n", "\n\n"))
    assert (got.kind, got.duplicate_of) == ("exact", "https://farm-one.example/bus-crash")


def test_cluster_id_is_stable_across_reopening_the_file(tmp_path):
    path = tmp_path / "state" / "duplicates.sqlite"
    path.parent.mkdir()
    base = 0x5555AAAA5555AAAA
    with DuplicateIndex(path) as index:
        index.add("https://a.example/first", "sha256:a", base)
        index.add("https://b.example/second", "sha256:b", flip(base, 3))
    with DuplicateIndex(path) as index:  # a later run
        assert len(index) == 2
        got = index.add("https://c.example/third", "sha256:c", flip(base, 3, 40))
        assert (got.cluster_id, got.duplicate_of, got.kind) == (
            "https://a.example/first",
            "https://b.example/second",
            "near",
        )
        # Seeing a record again changes nothing: the founder stays the founder.
        again = index.add("https://a.example/first", "sha256:a", base)
        assert (again.cluster_id, again.duplicate_of, again.kind) == ("https://a.example/first", None, None)
        assert index.get("https://b.example/second").cluster_id == "https://a.example/first"
        assert index.get("https://nowhere.example/") is None


def test_band_lookup_finds_a_near_duplicate_that_differs_in_one_band_only(tmp_path):
    scheme = BandScheme(bands=4, probe_radius=0)
    base = 0x1234_5678_9ABC_DEF0
    other = flip(base, 16, 18, 21, 25, 27, 30)  # six bits, all in band 1 (bits 16-31)
    assert [a == b for a, b in zip(scheme.keys(base), scheme.keys(other), strict=True)] == [
        True,
        False,
        True,
        True,
    ]
    rng = random.Random(3)
    with DuplicateIndex(tmp_path / "d.sqlite", bands=4, probe_radius=0) as index:
        with index.batch():
            for i in range(2000):
                index.add(f"https://noise.example/{i}", f"sha256:{i}", rng.getrandbits(64))
            index.add("https://a.example/1", "sha256:a", base)
        candidates = index.candidates(other)
        # The lookup reads the bands' buckets only, never every record.
        assert len(candidates) < 20
        got = index.add("https://b.example/1", "sha256:b", other)
    assert (got.kind, got.duplicate_of, got.distance) == ("near", "https://a.example/1", 6)


def test_default_bands_find_every_record_within_the_threshold(tmp_path):
    """Four 16-bit bands probed at radius 2: any pair within 11 bits shares a probed band."""
    scheme = BandScheme()
    assert scheme.guaranteed_distance >= DEFAULT_MAX_DISTANCE
    rng = random.Random(5)
    with DuplicateIndex(tmp_path / "d.sqlite") as index, index.batch():
        for i in range(300):
            base = rng.getrandbits(64)
            index.add(f"https://a.example/{i}", f"sha256:a{i}", base)
            # The worst case for banding: differing bits spread evenly over the four bands.
            bits = [band * 16 + b for band in range(4) for b in rng.sample(range(16), 3)]
            near = flip(base, *rng.sample(bits, DEFAULT_MAX_DISTANCE))
            got = index.add(f"https://b.example/{i}", f"sha256:b{i}", near)
            assert (got.kind, got.duplicate_of) == ("near", f"https://a.example/{i}")


def test_fingerprints_with_the_top_bit_set_and_dropped_leading_zeros(index):
    high = (1 << 63) | 0x1234
    index.add("https://a.example/high", "sha256:a", f"{high:x}")
    assert index.add("https://b.example/high", "sha256:b", high ^ 1).duplicate_of == "https://a.example/high"
    index.add("https://a.example/low", "sha256:c", "abc")  # trafilatura drops leading zeros
    assert index.add("https://b.example/low", "sha256:d", 0xABD).duplicate_of == "https://a.example/low"
    assert parse_fingerprint("00000000000000ff") == 255
    with pytest.raises(ValueError):
        parse_fingerprint("not hex")
    with pytest.raises(ValueError):
        parse_fingerprint(1 << 64)


def test_record_without_fingerprint_is_matched_by_content_hash_only(index):
    index.add("https://a.example/1", "sha256:a", None)
    assert index.add("https://b.example/1", "sha256:a", "").kind == "exact"
    assert index.add("https://c.example/1", "sha256:c", None).kind is None


def test_file_is_in_wal_mode_and_a_failed_batch_leaves_nothing(tmp_path):
    path = tmp_path / "d.sqlite"
    with DuplicateIndex(path) as index:
        index.add("https://a.example/kept", "sha256:a", 1)
        with pytest.raises(RuntimeError), index.batch():
            index.add("https://a.example/lost", "sha256:b", 2)
            raise RuntimeError("crash mid-batch")
        assert "https://a.example/lost" not in index
        assert "https://a.example/kept" in index
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


WRITER = """
import random, sys
from republished.dedup import DuplicateIndex
index = DuplicateIndex(sys.argv[1])
rng = random.Random(1)
for i in range(1_000_000):
    index.add(f"https://farm.example/{i}", f"sha256:{i}", rng.getrandbits(64))
    if i == 300:
        print("ready", flush=True)
"""


def test_index_survives_being_killed_mid_write(tmp_path):
    path = tmp_path / "d.sqlite"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.2)
    finally:
        writer.kill()  # SIGKILL: no cleanup, most likely inside a transaction
        writer.wait()
        writer.stdout.close()
    with DuplicateIndex(path) as index:
        count = len(index)
        assert count > 300
        conn = index._conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every committed record has all its bands: no half-written record.
        assert conn.execute("SELECT count(*) FROM bands").fetchone()[0] == 4 * count
        got = index.add("https://farm.example/0", "sha256:0", random.Random(1).getrandbits(64))
        assert (got.kind, got.cluster_id) == (None, "https://farm.example/0")


def test_band_scheme_is_fixed_when_the_file_is_created(tmp_path):
    path = tmp_path / "d.sqlite"
    DuplicateIndex(path, bands=8).close()
    with pytest.raises(ValueError, match="8 bands"):
        DuplicateIndex(path, bands=4)
    with DuplicateIndex(path) as index:
        assert index.scheme.bands == 8


# -- the Scrapy pipeline ------------------------------------------------------------------


def record(url, text):
    return {
        "url": url,
        "text": text,
        "content_hash": content_hash(text),
        "fingerprint": content_fingerprint(text),
    }


def make_pipeline(tmp_path, **settings):
    crawler = get_crawler(settings_dict={"DEDUP_INDEX": str(tmp_path / "state" / "dup.sqlite"), **settings})
    crawler.stats.open_spider()
    pipeline = DeduplicatePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline, crawler.stats


def test_pipeline_sets_cluster_and_counts_duplicates_without_dropping(tmp_path):
    pipeline, stats = make_pipeline(tmp_path)
    first = pipeline.process_item(record("https://farm-one.example/bus-crash", BUS_CRASH))
    copy = pipeline.process_item(record("https://farm-two.example/bus-copy", BUS_CRASH))
    near = pipeline.process_item(record("https://farm-three.example/bus", BUS_CRASH_OTHER_TRANSLATION))
    other = pipeline.process_item(record("https://farm-one.example/truck", TRUCK_CRASH))
    pipeline.close_spider()
    assert (tmp_path / "state" / "dup.sqlite").exists()
    assert [r["cluster_id"] for r in (first, copy, near, other)] == [
        "https://farm-one.example/bus-crash",
        "https://farm-one.example/bus-crash",
        "https://farm-one.example/bus-crash",
        "https://farm-one.example/truck",
    ]
    assert [r["duplicate_of"] for r in (first, copy, near, other)] == [
        None,
        "https://farm-one.example/bus-crash",
        "https://farm-one.example/bus-crash",
        None,
    ]
    assert stats.get_value("republished/duplicates/exact") == 1
    assert stats.get_value("republished/duplicates/near") == 1


def test_pipeline_drops_exact_duplicates_when_asked(tmp_path):
    pipeline, stats = make_pipeline(tmp_path, DEDUP_DROP_EXACT=True)
    pipeline.process_item(record("https://farm-one.example/bus-crash", BUS_CRASH))
    with pytest.raises(DropItem, match="exact duplicate"):
        pipeline.process_item(record("https://farm-two.example/bus-copy", BUS_CRASH))
    kept = pipeline.process_item(record("https://farm-three.example/bus", BUS_CRASH_OTHER_TRANSLATION))
    pipeline.close_spider()
    assert kept["duplicate_of"] == "https://farm-one.example/bus-crash"
    assert stats.get_value("republished/dropped/exact_duplicate") == 1
