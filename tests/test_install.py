"""The project as `pip install` gives it: a wheel built without network, installed into a new
(not editable) venv, and its Scrapy commands run from a folder outside the checkout."""

import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
from scrapy.utils.conf import closest_scrapy_cfg

from tests.installs import bare_venv, clean_env, copy_source, run
from tests.samples import ROOT, SAMPLES, expected_records

SEED_URL = "https://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
SEED_PAGE = SAMPLES / "www.archyworldys.com" / "we-never-threatened-the-ukrainian-people-vg" / "index.html"

#: Run in the new venv: validate JSON lines against the schema of the installed package.
VALIDATE = """
import json, sys
from importlib.resources import files
from jsonschema import Draft202012Validator
schema = json.loads(files("republished.schema").joinpath("record.schema.json").read_text("utf-8"))
validator = Draft202012Validator(schema)
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print(json.dumps([[e.message for e in validator.iter_errors(r)] for r in records]))
"""


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """`pip wheel` of a clean copy of the source: (wheel path, everything the build printed)."""
    tmp = tmp_path_factory.mktemp("build")
    source = copy_source(tmp / "source")
    # PYTHONDONTWRITEBYTECODE makes setuptools warn that it skips byte-compiling: the
    # caller's setting, not the project's.
    env = clean_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = run(
        [*PIP, "wheel", "-v", "--no-deps", "--no-build-isolation", "--no-index", "-w", tmp / "dist", source],
        cwd=tmp,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = (tmp / "dist").glob("republished_news-*.whl")
    return wheel, result.stdout + result.stderr


@pytest.fixture(scope="module")
def venv(build, tmp_path_factory):
    """A new venv with the wheel installed (not editable); its python."""
    wheel, _ = build
    python = bare_venv(tmp_path_factory.mktemp("venv") / "venv")
    result = run(
        [*PIP, "--python", python, "install", "--no-deps", "--no-index", wheel],
        cwd=wheel.parent,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return python


@pytest.fixture
def elsewhere(tmp_path):
    """A working folder outside the checkout, with no scrapy.cfg in it or above it."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    assert not Path(folder).is_relative_to(ROOT)
    assert not closest_scrapy_cfg(str(folder)), "a scrapy.cfg above the test's temporary folder"
    return folder


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def schema_problems(python: Path, path: Path) -> list[list[str]]:
    result = run([python, "-c", VALIDATE, path], cwd=path.parent)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_build_prints_no_warnings(build):
    _, output = build
    warnings = [line for line in output.splitlines() if re.search(r"warn|deprecat", line, re.IGNORECASE)]
    assert not warnings, "\n".join(warnings)


def test_wheel_holds_one_namespace_and_its_package_data(build):
    wheel, _ = build
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"republished", "republished_news-0.1.0.dist-info"}
    assert all("/" in n for n in names), "files at the top of the wheel"
    data = {
        "republished/cleaning/data/pipeline.yaml",
        "republished/schema/record.schema.json",
        "republished/settings.py",
        *(f"republished/sites/{p.name}" for p in (ROOT / "sites").glob("*.yaml")),
    }
    assert data <= set(names), sorted(data - set(names))
    entry_points = zipfile.ZipFile(wheel).read("republished_news-0.1.0.dist-info/entry_points.txt").decode()
    for line in (
        "clean = republished.commands.clean:Command",
        "clusters = republished.commands.clusters:Command",
        "settings = republished.settings",
    ):
        assert line in entry_points


def test_new_venv_imports_its_own_copy(venv, elsewhere):
    code = "import sys, republished; print(republished.__file__); print(sys.meta_path)"
    result = run([venv, "-c", code], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    location, meta_path = result.stdout.splitlines()
    assert Path(location).is_relative_to(venv.parent.parent / "lib"), location
    assert "editable" not in meta_path.lower()


def test_scrapy_clean_outside_the_checkout(venv, elsewhere):
    result = run(
        [venv, "-m", "scrapy", "clean", SEED_PAGE, "--url", SEED_URL],
        cwd=elsewhere,
        env=clean_env(REPUBLISHED_STATE_DIR=str(elsewhere / "state")),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout[:1000]
    (elsewhere / "record.jsonl").write_text(result.stdout, encoding="utf-8")
    assert schema_problems(venv, elsewhere / "record.jsonl") == [[]]
    record = json.loads(lines[0])
    assert record["url"] == SEED_URL
    assert record["title"] == "We never threatened the Ukrainian people"
    assert record["original"]["outlet"] == "VG"


def test_scrapy_crawl_outside_the_checkout(venv, elsewhere):
    env = clean_env(
        SCRAPY_SETTINGS_MODULE="republished.settings", REPUBLISHED_STATE_DIR=str(elsewhere / "state")
    )
    out = elsewhere / "out.jsonl"
    crawl = [
        "crawl",
        "republished",
        "-a",
        "site=all",
        "-s",
        f"MIRROR_DIR={SAMPLES}",
        "-s",
        "DOWNLOAD_DELAY=0",
    ]
    result = run(
        [venv, "-m", "scrapy", *crawl, "-O", out],
        cwd=elsewhere,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    records = read_jsonl(out)
    assert sorted(r["url"] for r in records) == sorted(e["url"] for e in expected_records())
    assert schema_problems(venv, out) == [[]] * len(records)

    # The summary command needs no settings at all.
    result = run([venv, "-m", "scrapy", "clusters", out, "--top", "3"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"{len(records)} records" in result.stdout
