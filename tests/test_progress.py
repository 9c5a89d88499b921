"""A progress line on a terminal, nothing of it anywhere else."""

import os
import subprocess
import sys

from republished.extensions.progress import format_progress
from tests.samples import ROOT, SAMPLES

SITE = SAMPLES / "www.newsbeezer.com"


def test_the_line_says_done_total_rate_and_time_left():
    assert format_progress(50, 200, 10.0) == "50/200 pages, 5.0/s, 0:30 left"
    assert format_progress(50, None, 10.0) == "50 pages, 5.0/s"
    assert format_progress(200, 200, 100.0) == "200/200 pages, 2.0/s"
    assert format_progress(0, 200, 0.0) == "0/200 pages, 0.0/s"


def run_clean(stderr, tmp_path):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "clean",
            str(SITE),
            "--jobs",
            "1",
            "-O",
            str(tmp_path / "out.jsonl"),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        timeout=300,
    )


def test_a_terminal_gets_the_progress_line(tmp_path):
    leader, follower = os.openpty()
    try:
        result = run_clean(follower, tmp_path)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    pages = sum(1 for _ in SITE.rglob("*.html"))
    assert f"\r\x1b[K{pages}/{pages} pages, ".encode() in shown


def test_a_pipe_or_file_gets_none(tmp_path):
    log = tmp_path / "log.txt"
    with log.open("wb") as stderr:
        assert run_clean(stderr, tmp_path).returncode == 0
    assert b"\r" not in log.read_bytes() and b" pages, " not in log.read_bytes()
