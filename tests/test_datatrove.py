"""Our cleaner in a datatrove pipeline on its local executor: the same records as clean_page."""

import json

import pytest
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.writers import JsonlWriter

from republished.cleaning import PageError, default_cleaner
from republished.datatrove import CleanArticles, WarcPagesReader
from republished.spiders.sites import SiteRegistry
from republished.spiders.warc import WarcPages
from tests.samples import ROOT, expected_records

WARC = ROOT / "tests" / "fixtures" / "samples.warc.gz"
LATIN1_URL = "https://www.newsbeezer.com/norsk/ny-ferjerute-mellom-bergen-og-stavanger/"


def clean_page_records() -> tuple[dict[str, dict], int, int]:
    """What clean_page gives on the WARC's pages, with the site hints a crawl uses: the
    records of articles by URL, and how many pages were unreadable and no articles."""
    cleaner, sites = default_cleaner(), SiteRegistry.from_dir(None)
    records, unreadable, not_articles = {}, 0, 0
    for page in WarcPages(WARC, report=lambda problem: None):
        site = sites.for_url(page.url)
        try:
            record = cleaner.clean(
                page.text(), page.url, fetched_at=page.date, site=site.hints() if site else None
            )
        except PageError:
            unreadable += 1
            continue
        if cleaner.article_problem(record):
            not_articles += 1
        else:
            records[page.url] = record
    return records, unreadable, not_articles


@pytest.fixture(scope="module")
def datatrove_run(tmp_path_factory):
    """The bundled WARC split in two at a record boundary, read by two tasks on two workers."""
    folder = tmp_path_factory.mktemp("datatrove")
    data = WARC.read_bytes()
    middle = [p for p in WarcPages(WARC, report=lambda problem: None)][17].offset
    (folder / "warc").mkdir()
    (folder / "warc" / "part-0.warc.gz").write_bytes(data[:middle])
    (folder / "warc" / "part-1.warc.gz").write_bytes(data[middle:])
    LocalPipelineExecutor(
        pipeline=[
            WarcPagesReader(str(folder / "warc")),
            CleanArticles(),
            JsonlWriter(str(folder / "out"), compression=None),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(folder / "logs"),
    ).run()
    documents = [
        json.loads(line)
        for path in sorted((folder / "out").glob("*.jsonl"))
        for line in path.read_text().splitlines()
    ]
    stats = json.loads((folder / "logs" / "stats.json").read_text())
    return documents, stats, sorted((folder / "out").glob("*.jsonl"))


def test_each_task_writes_its_share(datatrove_run):
    _, _, outputs = datatrove_run
    assert [p.name for p in outputs] == ["00000.jsonl", "00001.jsonl"]
    assert all(p.stat().st_size > 0 for p in outputs)


def test_the_articles_come_out_as_clean_page_gives_them(datatrove_run):
    documents, _, _ = datatrove_run
    articles = sorted([*(r["url"] for r in expected_records()), LATIN1_URL])
    assert sorted(d["metadata"]["url"] for d in documents) == articles
    expected, _, _ = clean_page_records()
    for document in documents:
        record = {**document["metadata"], "text": document["text"]}
        wanted = expected[record["url"]]
        assert {name: record[name] for name in wanted} == wanted
        assert document["id"].startswith("<urn:uuid:")
    norwegian = next(d for d in documents if d["metadata"]["url"] == LATIN1_URL)
    assert "Åse Bjørnstad" in norwegian["text"]
    assert norwegian["metadata"]["fetched_at"] == norwegian["metadata"]["date"] == "2022-02-11T06:47:00Z"


def step_stats(stats: list[dict], name: str) -> dict:
    [step] = [s for s in stats if s["name"].endswith(f": {name}")]
    return {
        label: value["total"] if isinstance(value, dict) else value for label, value in step["stats"].items()
    }


def test_dropped_pages_are_counted_by_reason(datatrove_run):
    _, stats, _ = datatrove_run
    _, unreadable, not_articles = clean_page_records()
    cleaner_stats = step_stats(stats, CleanArticles.name)
    # 34 HTML pages, 17 of them articles
    assert unreadable + not_articles == 34 - 17
    # datatrove keeps no counter that was never incremented
    assert cleaner_stats.get("dropped_unreadable_page", 0) == unreadable
    assert cleaner_stats.get("dropped_not_an_article", 0) == not_articles
    assert cleaner_stats["dropped"] == 17
    assert cleaner_stats["forwarded"] == 17
    reader_stats = step_stats(stats, WarcPagesReader.name)
    assert reader_stats["documents"] == 34
    assert reader_stats["skipped_not_html"] == 13
    assert reader_stats["skipped_unreadable_body"] == 1
