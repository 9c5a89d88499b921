"""`scrapy clean` over a folder of saved news pages in eight languages, as a user runs it: pages of
bench/multilingual (one per language, from its tune part; two carry no charset declaration, two are
news briefs), each with what a reader expects beside it. No page may be lost, each record must be
in its page's language with every paragraph of the article, and no English-only stage may touch it."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.multilingual import spaced
from tests.samples import ROOT

BENCH_PAGES = ROOT / "bench" / "multilingual"
PAGES = [
    "ja-hokkaido-now-bear-brief",  # a brief of 171 characters, UTF-8
    "zh-jiangbei-ev-charging",  # GB18030 without any charset declaration
    "ko-gyeongnam-ilbo-shipyard",  # EUC-KR, paragraphs split by <br><br>
    "ru-ural-gazeta-museum",  # KOI8-R without any charset declaration, standfirst in p.lead
    "ar-sawt-alshamal-olives",  # windows-1256
    "de-hunsrueck-bote-windpark",  # windows-1252 declared as ISO-8859-1, standfirst in div#lead
    "fr-courrier-ardennais-fromagerie",  # windows-1252, standfirst in div#lead, a "Lire aussi" link
    "es-breves-levante-metro",  # a brief of 56 words
]
#: Stages written for English text (bench/multilingual.py says why).
ENGLISH_ONLY_STAGES = {"names", "quotes", "untranslated", "grammar", "captions"}


def expected(name: str) -> dict:
    return json.loads((BENCH_PAGES / f"{name}.json").read_text(encoding="utf-8"))


def scrapy_clean(folder: str) -> tuple[int, dict[str, dict]]:
    """The exit code and the records by page name of `scrapy clean FOLDER -O out.jsonl`."""
    out = f"{folder}/out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "clean", folder, "-O", out],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    with open(out, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return done.returncode, {
        record["url"].rsplit("/", 1)[1].removesuffix(".html"): record for record in records
    }


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("multilingual")
    for name in PAGES:
        shutil.copy(BENCH_PAGES / f"{name}.html", folder)
    exit_code, found = scrapy_clean(str(folder))
    assert exit_code == 0
    return found


def test_no_page_is_lost(records):
    assert sorted(records) == sorted(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_the_record_is_in_the_language_of_the_page(records, name):
    assert records[name]["language"] == expected(name)["language"]


@pytest.mark.parametrize("name", PAGES)
def test_every_paragraph_of_the_article_is_in_the_record(records, name):
    paragraphs = expected(name)["body"].splitlines()
    assert [p for p in paragraphs if spaced(p) not in records[name]["text"]] == []


@pytest.mark.parametrize("name", PAGES)
def test_no_english_only_stage_touches_the_record(records, name):
    record = records[name]
    assert [e for e in record["edits"] if e["stage"] in ENGLISH_ONLY_STAGES] == []
    assert record["quotes"] == []
    assert [f for f in record["flags"] if f["type"] in {"untranslated", "mt_grammar"}] == []
