"""Cleaning in worker processes gives the records of one process, in the same order, and a
worker killed mid-run (as the out-of-memory killer would) costs no page."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from multiprocessing import active_children

from republished.cleaning import clean_page
from republished.cleaning.workers import CleaningPool
from tests.samples import ROOT, SAMPLES, expected_records


def clean_samples(tmp_path, jobs: int) -> list[dict]:
    out = tmp_path / f"jobs-{jobs}.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "clean", str(SAMPLES), "--jobs", str(jobs), "-O", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    if jobs > 1:
        assert f"cleaning in {jobs} worker processes" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return [{k: v for k, v in r.items() if k != "fetched_at"} for r in records]


def test_two_workers_give_the_records_of_one_process_in_the_same_order(tmp_path):
    one, two = clean_samples(tmp_path, 1), clean_samples(tmp_path, 2)
    assert len(one) == len(expected_records())
    assert two == one


def sample_pages() -> list[tuple[str, str]]:
    pages = []
    for expected in expected_records():
        path = SAMPLES / expected["url"].split("//", 1)[1] / "index.html"
        pages.append((expected["url"], path.read_text(encoding="utf-8")))
    return pages


async def clean_while_killing_a_worker(pages):
    pool = CleaningPool(2)
    try:
        first = await pool.clean(*pages[0][::-1])  # workers are up once one page is back
        tasks = [asyncio.ensure_future(pool.clean(html, url)) for url, html in pages]
        await asyncio.sleep(0.05)
        victim = active_children()[0]
        os.kill(victim.pid, signal.SIGKILL)
        results = await asyncio.gather(*tasks)
        assert pool.restarts == 1
        return first, results
    finally:
        pool.close()


def test_a_worker_killed_mid_run_costs_no_page():
    pages = sample_pages() * 3
    first, results = asyncio.run(clean_while_killing_a_worker(pages))
    assert first[0]["url"] == pages[0][0]
    assert len(results) == len(pages)
    for (url, html), (record, problem, _) in zip(pages, results, strict=True):
        expected = clean_page(html, url)
        assert problem is None
        assert {k: v for k, v in record.items() if k != "fetched_at"} == {
            k: v for k, v in expected.items() if k != "fetched_at"
        }


POOL_THEN_SLEEP = """
import asyncio, time
from multiprocessing import active_children
from republished.cleaning.workers import CleaningPool

async def main():
    pool = CleaningPool(2)
    await pool.clean("<html><body><p>Hello there, a short page.</p></body></html>", "https://example.com/a")
    print(" ".join(str(child.pid) for child in active_children()), flush=True)
    time.sleep(600)

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    script = tmp_path / "pool.py"
    script.write_text(POOL_THEN_SLEEP, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert workers
    parent.kill()
    parent.wait()
    alive = set(workers)
    for _ in range(300):  # up to 30 s on a loaded machine; they go within milliseconds
        alive = {pid for pid in alive if _running(pid)}
        if not alive:
            break
        time.sleep(0.1)
    assert alive == set()


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting for its parent to reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_one_page_is_cleaned_in_the_scrapy_process_and_more_in_workers(tmp_path):
    """Starting worker processes takes longer than cleaning one page: a single .html file is
    cleaned in the Scrapy process unless the user asks for workers."""
    page = SAMPLES / expected_records()[0]["url"].split("//", 1)[1] / "index.html"

    def log_of(*options: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "clean", str(page), *options, "-O", str(tmp_path / "out.jsonl")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 1
        return result.stderr

    assert "worker processes" not in log_of()
    assert "cleaning in 2 worker processes" in log_of("--jobs", "2")
    assert "cleaning in 2 worker processes" in log_of("-s", "CLEAN_JOBS=2")


def word_count(record: dict) -> int:
    return len(record["text"].split())


def fails(record: dict) -> int:
    raise RuntimeError("no")


async def clean_with(derive, pages):
    pool = CleaningPool(2, derive=derive)
    try:
        return await asyncio.gather(*(pool.clean(html, url) for url, html in pages))
    finally:
        pool.close()


def test_the_workers_compute_what_the_caller_derives_from_each_article():
    pages = sample_pages()[:4]
    results = asyncio.run(clean_with(word_count, pages))
    for (url, html), (_, problem, derived) in zip(pages, results, strict=True):
        assert problem is None
        assert derived == word_count(clean_page(html, url)) > 0


def test_a_derive_that_fails_leaves_the_record_and_gives_none():
    pages = sample_pages()[:2]
    results = asyncio.run(clean_with(fails, pages))
    assert [derived for _, _, derived in results] == [None, None]
    assert [record["url"] for record, _, _ in results] == [url for url, _ in pages]


async def clean_with_a_broken_config(pipeline: str, pages):
    pool = CleaningPool(2, pipeline)
    try:
        return await asyncio.gather(*(pool.clean(html, url) for url, html in pages), return_exceptions=True)
    finally:
        pool.close()


def test_a_config_the_workers_cannot_load_is_each_pages_answer_with_its_file_and_key(tmp_path):
    """A bundled file a user edited and broke is found by the workers only (the process that hands
    them pages never builds the cleaner): it must come back named, not as a crashed pool."""
    from republished.cleaning import ConfigError
    from republished.cleaning.pipeline import DEFAULT_PIPELINE

    for path in DEFAULT_PIPELINE.parent.iterdir():
        if path.suffix == ".yaml":
            (tmp_path / path.name).write_bytes(path.read_bytes())
    residue = tmp_path / "residue.yaml"
    residue.write_text(
        residue.read_text(encoding="utf-8").replace('["No", "No.",', '[No, "No.",'), encoding="utf-8"
    )
    answers = asyncio.run(clean_with_a_broken_config(str(tmp_path / "pipeline.yaml"), sample_pages()[:3]))
    assert [type(answer) for answer in answers] == [ConfigError] * 3
    assert str(answers[0]) == f"{residue}: listing_columns[0]: expected a string, got bool False: quote it"
