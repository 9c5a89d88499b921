"""Real Scrapy runs over the sample sites: served over HTTP(S) by a test server on
127.0.0.1 acting as the sites' proxy, from the offline mirror, and through `scrapy clean`."""

import json
import os
import subprocess
import sys
import tempfile

import pytest

from republished.pipelines.validate import load_validator, record_problems
from tests.samples import ROOT, SAMPLES, expected_records
from tests.servers import MirrorProxy

ARTICLE_URLS = sorted(e["url"] for e in expected_records())
STATE = tempfile.mkdtemp(prefix="dedup-")
# One duplicate and story index for every run of this module: cluster_id and story_id name the
# first copy a run meets, so runs that meet the pages in other orders agree through the index.
DEDUP_INDEX, STORY_INDEX = f"{STATE}/duplicates.sqlite", f"{STATE}/stories.sqlite"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO"]


def scrapy(*args, env=None, stdin=None, timeout=300):
    """A real Scrapy run from the repository, with the module's duplicate and story index."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            *args,
            "-s",
            f"DEDUP_INDEX={DEDUP_INDEX}",
            "-s",
            f"STORY_INDEX={STORY_INDEX}",
        ],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def without_fetch_time(records):
    return sorted(
        ({k: v for k, v in r.items() if k != "fetched_at"} for r in records), key=lambda r: r["url"]
    )


@pytest.fixture(scope="module")
def http_crawl(tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl") / "articles.jsonl"
    with MirrorProxy(SAMPLES) as proxy:
        env = {"https_proxy": proxy.url, "http_proxy": proxy.url, "no_proxy": ""}
        result = scrapy("crawl", "republished", "-a", "site=all", "-O", str(out), *FAST, env=env)
        requests = list(proxy.requests)
    assert result.returncode == 0, result.stderr[-3000:]
    return read_jsonl(out), result.stderr, requests


def test_every_sample_article_is_exported_once(http_crawl):
    records, _, _ = http_crawl
    urls = [r["url"] for r in records]
    assert sorted(urls) == ARTICLE_URLS


def test_every_record_is_valid_against_the_schema(http_crawl):
    records, _, _ = http_crawl
    validator = load_validator()
    assert all(record_problems(validator, r) == [] for r in records)


def test_the_crawl_went_over_http_and_stayed_on_the_sites(http_crawl):
    _, _, requests = http_crawl
    hosts = {line.split()[0] for line in requests if line.split()[1] == "GET"}
    assert hosts == {"www.archyworldys.com", "www.world-today-news.com", "www.newsbeezer.com"}
    assert any("GET /robots.txt" in line for line in requests)


def test_stats_say_what_was_skipped_and_why(http_crawl):
    _, log, _ = http_crawl
    assert "'republished/skipped/listing_page':" in log
    assert f"'republished/exported': {len(ARTICLE_URLS)}," in log
    assert "'republished/malformed" not in log


def test_seed_record_meets_the_issue(http_crawl):
    records, _, _ = http_crawl
    [seed] = [r for r in records if r["url"].endswith("/we-never-threatened-the-ukrainian-people-vg/")]
    assert seed["title"] == "We never threatened the Ukrainian people"
    assert seed["original"]["outlet"] == "VG" and seed["original"]["domain"] == "vg.no"
    assert seed["republisher"] == {"name": "Archyworldys", "domain": "archyworldys.com"}
    assert "Blinking" not in seed["text"] + "".join(seed["captions"])
    assert "Sergei" not in seed["text"]
    for residue in ("Just updated", "press conferences below", "Leave a Reply", "will not be published"):
        assert residue not in seed["text"]
    assert any(c.startswith("MEET:") for c in seed["captions"])
    assert seed["machine_translation"]["suspected"] is True
    assert {f["text"] for f in seed["flags"]} >= {"Me repeated", "you Military"}
    assert seed["language"] == "en"


def test_republications_of_one_story_share_a_cluster_and_other_stories_do_not(http_crawl):
    records, _, _ = http_crawl
    by_url = {r["url"]: r for r in records}
    seed = by_url["https://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"]
    retranslation = by_url["https://www.world-today-news.com/we-have-never-threatened-the-ukrainian-people/"]
    same_conference = by_url[
        "https://www.newsbeezer.com/norwayeng/lavrov-nato-must-withdraw-from-romania-and-bulgaria/"
    ]
    assert seed["cluster_id"] == retranslation["cluster_id"]
    assert same_conference["cluster_id"] != seed["cluster_id"]
    clusters = {r["cluster_id"] for r in records}
    assert len(clusters) == len(records) - 1, "only the two translations of the seed story are grouped"


def partition(records, key):
    groups = {}
    for record in records:
        groups.setdefault(key(record), set()).add(record["url"])
    return sorted(sorted(group) for group in groups.values())


def test_copies_of_one_story_share_a_story_id_and_other_stories_do_not(http_crawl):
    """The two farms' translations of the seed share a story (as read from the pages: the
    expected records' "story"), the Lavrov/Romania story from the same press conference has
    its own, and so does every other article. story_id values depend on which copy a run
    meets first, so the test compares the groups, not the ids."""
    records, log, _ = http_crawl
    story_of = {e["url"]: e["story"] for e in expected_records()}
    assert partition(records, lambda r: r["story_id"]) == partition(records, lambda r: story_of[r["url"]])
    by_url = {r["url"]: r for r in records}
    seed = by_url["https://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"]
    retranslation = by_url["https://www.world-today-news.com/we-have-never-threatened-the-ukrainian-people/"]
    same_conference = by_url[
        "https://www.newsbeezer.com/norwayeng/lavrov-nato-must-withdraw-from-romania-and-bulgaria/"
    ]
    assert seed["story_id"] == retranslation["story_id"] in (seed["url"], retranslation["url"])
    assert same_conference["story_id"] == same_conference["url"]
    assert "'republished/stories/joined': 1," in log


def test_offline_mirror_crawl_gives_the_same_records(http_crawl, tmp_path):
    out = tmp_path / "mirror.jsonl"
    result = scrapy(
        "crawl", "republished", "-a", "site=all", "-s", "MIRROR_DIR=samples", "-O", str(out), *FAST
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert without_fetch_time(read_jsonl(out)) == without_fetch_time(http_crawl[0])


def test_sites_given_by_path_clean_as_the_bundled_ones(http_crawl, tmp_path):
    """A site file outside SITES_DIR (-a site=path.yaml) gives the cleaner its name, boilerplate
    and title patterns as a bundled one does: the same records."""
    mine, empty = tmp_path / "my-sites", tmp_path / "no-sites"
    mine.mkdir()
    empty.mkdir()
    paths = []
    for site in sorted((ROOT / "sites").glob("*.yaml")):
        copy = mine / f"my-{site.name}"
        copy.write_text(site.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(copy))
    out = tmp_path / "by-path.jsonl"
    result = scrapy(
        "crawl", "republished", "-a", f"site={','.join(paths)}", "-s", f"SITES_DIR={empty}",
        "-s", "MIRROR_DIR=samples", "-O", str(out), *FAST,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert without_fetch_time(read_jsonl(out)) == without_fetch_time(http_crawl[0])


def test_scrapy_clean_gives_the_records_the_crawl_gives(http_crawl, tmp_path):
    out = tmp_path / "cleaned.jsonl"
    result = scrapy("clean", "samples", "-O", str(out))
    crawled = without_fetch_time(http_crawl[0])
    cleaned = [r for r in without_fetch_time(read_jsonl(out)) if r["url"] in ARTICLE_URLS]
    assert cleaned == crawled
    assert "Traceback" not in result.stderr


def test_scrapy_clean_reads_jsonl_from_stdin_and_survives_bad_lines(tmp_path):
    [first, second] = ARTICLE_URLS[:2]
    lines = [
        json.dumps({"url": first, "html": (SAMPLES / first.split("//")[1] / "index.html").read_text()}),
        "{not json",
        json.dumps({"url": "https://www.archyworldys.com/empty/", "html": ""}),
        json.dumps({"url": second, "html": (SAMPLES / second.split("//")[1] / "index.html").read_text()}),
    ]
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", "-", "-O", str(out), stdin="\n".join(lines) + "\n")
    assert [r["url"] for r in read_jsonl(out)] == [first, second]
    assert "input <stdin>:2: not JSON" in result.stderr
    assert "https://www.archyworldys.com/empty/: empty page" in result.stderr
    assert result.returncode == 1


def test_scrapy_clean_single_file_to_stdout():
    url = ARTICLE_URLS[0]
    path = SAMPLES / url.split("//")[1] / "index.html"
    result = scrapy("clean", str(path), "--url", url)
    assert result.returncode == 0, result.stderr[-2000:]
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert record["url"] == url


def test_unknown_site_is_a_clear_error(tmp_path):
    result = scrapy("crawl", "republished", "-a", "site=nosuchsite", "-O", str(tmp_path / "out.jsonl"))
    assert "unknown site 'nosuchsite'" in result.stderr
