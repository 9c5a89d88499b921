"""Deploy to a real Scrapyd and crawl the bundled sample sites there.

Scrapyd runs in a new venv that has none of the project (tests/installs.py), so its jobs
import the project only from the egg `scrapyd-deploy` uploads: a zip file, whose package
data (cleaning pipeline, sites, schema) must be read through importlib.resources.
"""

import configparser
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from republished.pipelines.validate import load_validator, record_problems
from tests.installs import bare_venv, clean_env, copy_source, run
from tests.samples import SAMPLES, expected_records

PROJECT = "republished"
DEPLOY = Path(sys.executable).parent / "scrapyd-deploy"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None, **query: str) -> dict:
    url = f"{base}/{endpoint}" + (f"?{urllib.parse.urlencode(query)}" if query else "")
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(url, data=body, timeout=30) as response:
        return json.loads(response.read())


def stop(process: subprocess.Popen) -> None:
    """End Scrapyd and the crawl processes it started (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture
def scrapyd(tmp_path):
    """A running Scrapyd on a free 127.0.0.1 port: (base URL, its folder)."""
    python = bare_venv(tmp_path / "venv")
    folder = tmp_path / "scrapyd"
    folder.mkdir()
    env = clean_env(REPUBLISHED_STATE_DIR=str(folder / "state"))
    for _attempt in range(3):  # another process may take the free port before Scrapyd binds it
        port = free_port()
        config = configparser.ConfigParser()
        config["scrapyd"] = {
            "bind_address": "127.0.0.1",
            "http_port": str(port),
            "poll_interval": "0.2",
            **{f"{name}_dir": str(folder / name) for name in ("eggs", "logs", "items", "dbs")},
        }
        with open(folder / "scrapyd.conf", "w") as f:
            config.write(f)
        log = folder / "scrapyd.log"
        with open(log, "w") as out:
            process = subprocess.Popen(
                [python, "-m", "scrapyd"],
                cwd=folder,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while process.poll() is None and time.monotonic() < deadline:
                try:
                    if api(base, "daemonstatus.json")["status"] == "ok":
                        break
                except OSError:
                    time.sleep(0.2)
            else:
                if process.poll() is not None and "Address already in use" in log.read_text():
                    continue
                pytest.fail(f"Scrapyd did not start:\n{log.read_text()[-3000:]}")
            yield base, folder
            return
        finally:
            stop(process)
    pytest.fail("no free port for Scrapyd")


def test_deploy_and_crawl_the_sample_sites(scrapyd, tmp_path):
    base, folder = scrapyd
    # scrapyd-deploy builds the egg in the folder of the closest scrapy.cfg: a copy of the
    # source whose [deploy:local] target is this Scrapyd.
    source = copy_source(tmp_path / "source")
    cfg = configparser.ConfigParser()
    cfg.read(source / "scrapy.cfg")
    cfg["deploy:local"]["url"] = f"{base}/"
    with open(source / "scrapy.cfg", "w") as f:
        cfg.write(f)
    setup_py = (source / "setup.py").read_text()

    result = run([DEPLOY, "local", "--version", "test-1"], cwd=source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["status"] == "ok", result.stdout
    assert (source / "setup.py").read_text() == setup_py, "scrapyd-deploy wrote its own setup.py"
    egg = folder / "eggs" / PROJECT / "test-1.egg"
    assert zipfile.is_zipfile(egg)
    assert "republished/cleaning/data/pipeline.yaml" in zipfile.ZipFile(egg).namelist()
    assert api(base, "listspiders.json", project=PROJECT)["spiders"] == ["republished", "saved_pages"]

    job = api(
        base,
        "schedule.json",
        [
            ("project", PROJECT),
            ("spider", "republished"),
            ("site", "all"),
            ("setting", f"MIRROR_DIR={SAMPLES}"),
            ("setting", "DOWNLOAD_DELAY=0"),
        ],
    )
    assert job["status"] == "ok", job
    deadline = time.monotonic() + 60
    while True:
        jobs = api(base, "listjobs.json", project=PROJECT)
        finished = [j for j in jobs["finished"] if j["id"] == job["jobid"]]
        if finished:
            break
        assert time.monotonic() < deadline, f"job not finished after 60 s: {jobs}"
        time.sleep(0.3)

    log = get(base + finished[0]["log_url"]).decode()
    assert "Traceback" not in log, log[-5000:]
    assert "Spider closed (finished)" in log, log[-3000:]
    records = [json.loads(line) for line in get(base + finished[0]["items_url"]).decode().splitlines()]
    assert sorted(r["url"] for r in records) == sorted(e["url"] for e in expected_records())
    assert len(records) == 16
    validator = load_validator()
    assert [record_problems(validator, r) for r in records] == [[]] * len(records)
    assert "Traceback" not in (folder / "scrapyd.log").read_text()
