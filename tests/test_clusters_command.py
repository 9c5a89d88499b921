"""`scrapy clusters FILE.jsonl`: the terminal and HTML summary of a crawl's output."""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from trafilatura.deduplication import content_fingerprint

from republished.cleaning.record import content_hash
from republished.commands.clusters import svg_bars, wrap_label
from tests.test_dedup import BUS_CRASH, BUS_CRASH_OTHER_TRANSLATION, TRUCK_CRASH

REPO = Path(__file__).resolve().parent.parent

FERRY = """The ferry between Bodø and Moskenes was cancelled on Wednesday because of strong winds.
Torghatten Nord says that the crossings will resume when the weather improves, probably on Thursday.
Passengers with tickets can rebook free of charge or get their money back."""


def edit(stage):
    return {"stage": stage, "action": "replace", "before": "x", "after": "y", "reason": "test"}


def make_record(url, text, title, republisher, outlet, language="en", edits=()):
    host = url.split("/")[2]
    return {
        "url": url,
        "canonical_url": url,
        "title": title,
        "text": text,
        "language": language,
        "republisher": {"name": republisher, "domain": host},
        "original": {"outlet": outlet, "domain": f"{outlet.lower()}.no", "language": "no", "url": None},
        "edits": [edit(stage) for stage in edits],
        "content_hash": content_hash(text),
        "fingerprint": content_fingerprint(text),
    }


RECORDS = [
    make_record(
        "https://newsfarm.example/bus-crash-e6",
        BUS_CRASH,
        "Bus off the road on the E6",
        "Newsfarm",
        "VG",
        edits=["names", "names", "quotes"],
    ),
    make_record(
        "https://newsfarm.example/truck-e18",
        TRUCK_CRASH,
        "Truck and car collided on the E18",
        "Newsfarm",
        "NRK",
    ),
    make_record(
        "https://dailyworld.example/2024/bus",
        BUS_CRASH,
        "Bus drove off the road",
        "Daily World",
        "VG",
        edits=["residue"],
    ),
    make_record(
        "https://topstories.example/bus-e6",
        BUS_CRASH_OTHER_TRANSLATION,
        "Bus went off the road near Lillehammer",
        "Top Stories",
        "VG",
        edits=["names"],
    ),
    make_record(
        "https://topstories.example/ferry", FERRY, "Ferry cancelled", "Top Stories", "NRK", language="nb"
    ),
]


def write_jsonl(path, records, broken_at=None):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if broken_at is not None:
        lines.insert(broken_at - 1, '{"url": "https://broken.example/", "title": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_clusters(*args):
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "clusters", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def lines_with(output, *words):
    return [line for line in output.splitlines() if all(w in line for w in words)]


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """An older export: no cluster_id yet, so the command groups the records itself."""
    return write_jsonl(tmp_path_factory.mktemp("clusters") / "articles.jsonl", RECORDS)


def test_summary_names_the_largest_cluster_and_the_counts(export):
    result = run_clusters(export, "--top", "3")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert (
        "5 records in 3 clusters; 1 cluster of 2 or more holds 3 records (1 exact, 1 near duplicates)" in out
    )
    # The largest cluster: the bus crash, founded by the first farm that carried it.
    assert "#1 https://newsfarm.example/bus-crash-e6: 3 records from 3 site(s)" in out
    largest = out.split("#1 ", 1)[1].split("\n\n", 1)[0]
    for url in ("https://dailyworld.example/2024/bus", "https://topstories.example/bus-e6"):
        assert url in largest
    assert lines_with(largest, "exact", "https://dailyworld.example/2024/bus", "Bus drove off the road")
    assert lines_with(largest, "near", "https://topstories.example/bus-e6")
    assert "truck-e18" not in largest and "ferry" not in largest
    # Per republisher, outlet and language, aligned.
    assert lines_with(out, "Newsfarm (newsfarm.example)", " 2 ", "40%")
    assert lines_with(out, "Daily World (dailyworld.example)", " 1 ", "20%")
    assert lines_with(out, "VG (vg.no)", " 3 ", "60%")
    assert lines_with(out, "NRK (nrk.no)", " 2 ", "40%")
    assert lines_with(out, "en ", " 4 ", "80%")
    assert lines_with(out, "nb ", " 1 ", "20%")
    # Repairs per stage: edits counted, and the records they were made in.
    assert lines_with(out, "names", " 3 ", " 2")
    assert lines_with(out, "residue", " 1 ", " 1")
    assert "total: 5 edits" in out
    assert "5 record(s) without cluster_id grouped on the fly" in out


def test_existing_cluster_ids_are_kept(tmp_path):
    records = [dict(r, cluster_id=f"cluster-{i % 2}", duplicate_of=None) for i, r in enumerate(RECORDS)]
    result = run_clusters(write_jsonl(tmp_path / "new.jsonl", records))
    assert result.returncode == 0, result.stderr
    assert "#1 cluster-0: 3 records" in result.stdout
    assert "#2 cluster-1: 2 records" in result.stdout
    assert "grouped on the fly" not in result.stdout


def test_broken_line_is_reported_as_file_and_line_and_skipped(tmp_path):
    path = write_jsonl(tmp_path / "articles.jsonl", RECORDS, broken_at=3)
    result = run_clusters(path)
    assert result.returncode == 1
    assert f"{path}:3: not valid JSON" in result.stderr
    assert "5 records in 3 clusters" in result.stdout
    assert "1 broken line(s) skipped" in result.stdout


def test_html_report_is_self_contained_with_svg_charts(export, tmp_path):
    report = tmp_path / "report.html"
    result = run_clusters(export, "--html", report)
    assert result.returncode == 0, result.stderr
    page = report.read_text(encoding="utf-8")
    assert page.count("<svg") >= 4
    assert "https://newsfarm.example/bus-crash-e6" in page
    assert "<script" not in page and "<link" not in page and "src=" not in page


def test_long_chart_labels_wrap_to_two_lines_and_keep_the_full_text_in_a_tooltip():
    long = "Süddeutsche Zeitung – Nachrichten aus München (sz-nachrichten-muenchen.example)"
    assert wrap_label("VG (vg.no)") == ["VG (vg.no)"]
    assert wrap_label("World Today News (world-today-news.com)") == [
        "World Today News",
        "(world-today-news.com)",
    ]
    lines = wrap_label(long)
    assert len(lines) == 2 and lines[-1].endswith("…")
    word = "x" * 200  # no space to break at: split, then cut
    assert len(wrap_label(word)) == 2 and wrap_label(word)[1].endswith("…")
    chart = svg_bars(Counter({long: 12_345, "VG (vg.no)": 3}))
    assert f"<title>{long}: 12345</title>" in chart
    assert 'width="100%"' in chart and "viewBox" not in chart  # 12-px text at every page width
    assert chart.count("<tspan") == 3


def test_missing_file_is_a_usage_error(tmp_path):
    result = run_clusters(tmp_path / "nothing.jsonl")
    assert result.returncode == 2
    assert "no such file" in result.stderr


def story_record(url, story, day, republisher, language="en"):
    title, text = story
    record = make_record(url, text, title, republisher, "NRK", language=language)
    return dict(record, date_published=day)


def test_stories_group_independent_translations_that_clusters_keep_apart(tmp_path):
    from tests.test_stories import AVALANCHE, AVALANCHE_RETRANSLATED, SECOND_AVALANCHE

    records = [
        story_record("https://newsfarm.example/avalanche", AVALANCHE, "2022-03-05", "Newsfarm"),
        story_record("https://topstories.example/skier", AVALANCHE_RETRANSLATED, "2022-03-06", "Top Stories"),
        story_record("https://newsfarm.example/rescued", SECOND_AVALANCHE, "2022-03-09", "Newsfarm"),
    ]
    html = tmp_path / "report.html"
    result = run_clusters(write_jsonl(tmp_path / "stories.jsonl", records), "--html", html)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "3 records in 3 clusters; 0 clusters of 2 or more" in out
    assert "2 stories; 1 story told by 2 or more copies holds 2 records" in out
    assert "3 record(s) without story_id grouped into stories on the fly" in out
    largest = out.split("Largest stories", 1)[1].split("\n\n", 1)[0]
    assert (
        "#1 https://newsfarm.example/avalanche: 2 copies from 2 site(s); original NRK (nrk.no); "
        "first copy 2022-03-05, last 2022-03-06"
    ) in largest
    assert lines_with(largest, "republisher", "original language", "language", "copies")
    assert lines_with(largest, "Newsfarm (newsfarm.example)", " no ", " en ", " 1")
    assert lines_with(largest, "Top Stories (topstories.example)", " no ", " en ", " 1")
    assert "#2" not in largest
    page = html.read_text(encoding="utf-8")
    assert "<h2>Largest stories (top 10)</h2>" in page
    assert "2 copies from 2 site(s); original NRK (nrk.no); first copy 2022-03-05, last 2022-03-06" in page
    assert "<th>original language</th>" in page and "<td>no</td><td>en</td>" in page


def test_existing_story_ids_are_kept(tmp_path):
    records = [dict(r, story_id=f"story-{i % 2}") for i, r in enumerate(RECORDS)]
    result = run_clusters(write_jsonl(tmp_path / "new.jsonl", records))
    assert result.returncode == 0, result.stderr
    assert "2 stories; 2 stories told by 2 or more copies hold 5 records" in result.stdout
    assert "#1 story-0: 3 copies from 3 site(s); original VG (vg.no)" in result.stdout
    assert "grouped into stories on the fly" not in result.stdout


def test_report_shows_original_outlets_and_languages_not_only_the_record_language(tmp_path):
    """Farms republish in English: the record language alone is all `en`; the report also
    counts the language of the copied article, what it was translated into, and suspicion."""
    records = [
        dict(RECORDS[0], original={"outlet": "El País", "domain": "elpais.com", "language": "es"}),
        dict(RECORDS[1], original={"outlet": None, "domain": None, "language": "pl"}),
        dict(RECORDS[3], original={"outlet": "VG", "domain": "vg.no", "language": "no"}),
        dict(RECORDS[4], original={"outlet": None, "domain": None, "language": None}),
    ]
    records[0]["machine_translation"] = {"suspected": True, "score": 0.6, "signals": []}
    records[1]["machine_translation"] = {"suspected": True, "score": 0.55, "signals": []}
    records[2]["machine_translation"] = {"suspected": False, "score": 0.25, "signals": []}
    html = tmp_path / "report.html"
    result = run_clusters(write_jsonl(tmp_path / "languages.jsonl", records), "--html", html)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    outlets = out.split("Records per original outlet:", 1)[1].split("\n\n", 1)[0]
    assert lines_with(outlets, "El País (elpais.com)", " 1 ", "25%")
    assert lines_with(outlets, "VG (vg.no)", " 1 ", "25%")
    assert lines_with(outlets, "(unknown)", " 2 ", "50%")
    languages = out.split("Records per original language:", 1)[1].split("\n\n", 1)[0]
    for code in ("es", "pl", "no"):
        assert lines_with(languages, f"{code} ", " 1 ", "25%")
    assert lines_with(languages, "(unknown)", " 1 ", "25%")
    pairs = out.split("Records per original language → language:", 1)[1].split("\n\n", 1)[0]
    assert lines_with(pairs, "es → en", " 1 ") and lines_with(pairs, "pl → en", " 1 ")
    assert "nb" not in pairs  # the record without an original language is in no pair
    assert "Suspected of machine translation: 2 records (50%)" in out
    page = html.read_text(encoding="utf-8")
    assert "<h2>Records per original language</h2>" in page
    assert "<h2>Records per original language → language</h2>" in page
    assert "<title>es → en: 1</title>" in page and "<title>El País (elpais.com): 1</title>" in page
    assert "<b>2</b>suspected of machine translation" in page


def test_an_untranslated_norwegian_copy_is_no_translation_in_the_report(tmp_path):
    """The registry names Bokmål (nb) and the language detector Norwegian (no): one language."""
    records = [
        dict(RECORDS[4], original={"outlet": "NRK", "domain": "nrk.no", "language": "nb"}, language="no"),
        dict(RECORDS[0], original={"outlet": "VG", "domain": "vg.no", "language": "nb"}),
    ]
    result = run_clusters(write_jsonl(tmp_path / "norwegian.jsonl", records))
    assert result.returncode == 0, result.stderr
    pairs = result.stdout.split("Records per original language → language:", 1)[1].split("\n\n", 1)[0]
    assert lines_with(pairs, "no → no", " 1 ") and lines_with(pairs, "no → en", " 1 ")
    assert "nb → no" not in pairs
