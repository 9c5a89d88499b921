"""CSV and Parquet feed exports: one row per record; CSV's nested fields as JSON text, Parquet's
typed from the schema; XML without reprs."""

import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest

from republished.pipelines.exporters import FlatCsvItemExporter, ParquetItemExporter
from tests.samples import ROOT, expected_records

SCHEMA_FIELDS = list(json.loads((ROOT / "schema" / "record.schema.json").read_text())["properties"])
NESTED = [
    "captions",
    "quotes",
    "authors",
    "categories",
    "tags",
    "languages",
    "republisher",
    "original",
    "edits",
    "flags",
    "machine_translation",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """`scrapy clean samples` into JSON lines, CSV and Parquet at once."""
    out = tmp_path_factory.mktemp("feeds")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "clean",
            "samples",
            "-O",
            str(out / "records.jsonl"),
            "-O",
            str(out / "records.csv"),
            "-O",
            str(out / "records.parquet"),
            "-O",
            str(out / "records.xml"),
            "-s",
            f"DEDUP_INDEX={out / 'duplicates.sqlite'}",
        ],
        cwd=ROOT,
        env=os.environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    with (out / "records.csv").open(newline="", encoding="utf-8") as file:
        csv_rows = list(csv.DictReader(file))
    return records, csv_rows, pq.read_table(out / "records.parquet"), ET.parse(out / "records.xml").getroot()


def as_record(row: dict) -> dict:
    """A flat row back as a record: JSON text of the nested fields decoded, the absent ones dropped."""
    return {
        name: json.loads(value) if name in NESTED else value
        for name, value in row.items()
        if value not in (None, "")
    }


def without_empty(record: dict) -> dict:
    return {name: value for name, value in record.items() if value not in (None, "")}


def without_nulls(value):
    """A value with its null object members dropped: an Arrow struct holds every field of the
    schema, null where the record has none."""
    if isinstance(value, dict):
        return {name: without_nulls(item) for name, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def test_parquet_has_one_row_per_record_with_the_schema_columns(exported):
    records, _, table, _ = exported
    assert sorted(r["url"] for r in records) == sorted(e["url"] for e in expected_records())
    assert table.num_rows == len(records) == 16
    assert table.column_names == SCHEMA_FIELDS
    assert [without_nulls(row) for row in table.to_pylist()] == [without_nulls(r) for r in records]


def test_parquet_columns_are_typed_as_the_schema_types_the_fields(exported):
    """Loaded as they are, without decoding JSON: a list is a list, the score a number."""
    _, _, table, _ = exported
    types = {name: str(kind) for name, kind in zip(table.column_names, table.schema.types, strict=True)}
    assert types["text"] == types["url"] == types["date_published"] == "string"
    assert types["tags"] == types["captions"] == "list<element: string>"
    assert types["republisher"] == "struct<name: string, domain: string>"
    assert types["languages"] == "list<element: struct<language: string, paragraphs: int64>>"
    assert types["machine_translation"].startswith("struct<suspected: bool, score: double, signals: list<")
    assert types["edits"].startswith("list<element: struct<stage: string, action: string, field: string,")
    seed = next(
        row
        for row in table.to_pylist()
        if row["url"].endswith("/we-never-threatened-the-ukrainian-people-vg/")
    )
    assert seed["original"]["outlet"] == "VG"
    assert seed["machine_translation"]["suspected"] is True
    assert isinstance(seed["machine_translation"]["score"], float)
    assert seed["edits"][0]["stage"] == "title"
    assert seed["previous_id"] is None


def test_csv_rows_hold_nested_fields_as_json(exported):
    records, rows, _, _ = exported
    assert list(rows[0]) == SCHEMA_FIELDS
    assert [as_record(row) for row in rows] == [without_empty(r) for r in records]
    seed = next(row for row in rows if row["url"].endswith("/we-never-threatened-the-ukrainian-people-vg/"))
    assert json.loads(seed["original"])["outlet"] == "VG"
    assert json.loads(seed["republisher"]) == {"name": "Archyworldys", "domain": "archyworldys.com"}
    assert seed["edits"].startswith('[{"stage": "title"')
    assert "'" not in seed["machine_translation"][:20]  # JSON quotes, not a Python repr
    # the first version of the article: no earlier one, so previous_id is null, an empty cell
    assert seed["previous_id"] == ""
    assert seed["id"] == next(r["id"] for r in records if r["url"] == seed["url"])


ITEMS = [
    {"name": "Støre", "tags": ["a", "b"], "meta": {"n": 1, "ok": True}, "count": 3},
    {"name": "Vinter", "tags": [], "meta": None, "count": None},
]


def test_items_that_are_no_records_keep_their_own_keys():
    csv_file, parquet_file = io.BytesIO(), io.BytesIO()
    for exporter in (FlatCsvItemExporter(csv_file), ParquetItemExporter(parquet_file)):
        exporter.start_exporting()
        for item in ITEMS:
            exporter.export_item(item)
        exporter.finish_exporting()
    assert csv_file.getvalue().decode().splitlines() == [
        "name,tags,meta,count",
        'Støre,"[""a"", ""b""]","{""n"": 1, ""ok"": true}",3',
        "Vinter,[],,",
    ]
    assert pq.read_table(io.BytesIO(parquet_file.getvalue())).to_pylist() == [
        {"name": "Støre", "tags": '["a", "b"]', "meta": '{"n": 1, "ok": true}', "count": "3"},
        {"name": "Vinter", "tags": "[]", "meta": None, "count": None},
    ]


def test_parquet_rows_span_row_groups_and_fields_can_be_renamed():
    file = io.BytesIO()
    exporter = ParquetItemExporter(file, batch_rows=1, fields_to_export={"name": "who", "count": "n"})
    exporter.start_exporting()
    for item in ITEMS:
        exporter.export_item(item)
    exporter.finish_exporting()
    parquet = pq.ParquetFile(io.BytesIO(file.getvalue()))
    assert parquet.metadata.num_row_groups == 2
    assert parquet.read().to_pylist() == [{"who": "Støre", "n": "3"}, {"who": "Vinter", "n": None}]


def test_an_empty_export_is_a_readable_file_with_the_record_columns():
    file = io.BytesIO()
    exporter = ParquetItemExporter(file)
    exporter.start_exporting()
    exporter.finish_exporting()
    table = pq.read_table(io.BytesIO(file.getvalue()))
    assert (table.num_rows, table.column_names) == (0, SCHEMA_FIELDS)
    assert str(table.schema.field("tags").type) == "list<element: string>"


def test_a_record_whose_value_does_not_fit_its_column_is_named_and_the_others_are_written(exported, caplog):
    """Only a record the schema validation did not check (its pipeline off) can hold one."""

    def a_record(**changes) -> dict:
        return {**exported[0][0], **changes}

    file = io.BytesIO()
    exporter = ParquetItemExporter(file)
    exporter.start_exporting()
    records = [
        a_record(url="https://a.example/1"),
        a_record(url="https://a.example/2", tags="Russia"),  # Arrow would write R, u, s, s, i, a
        a_record(
            url="https://a.example/3", machine_translation={"suspected": "yes", "score": 1.0, "signals": []}
        ),
        a_record(url="https://a.example/4"),
    ]
    for record in records:
        exporter.export_item(record)
    exporter.finish_exporting()
    rows = pq.read_table(io.BytesIO(file.getvalue())).to_pylist()
    assert [row["url"] for row in rows] == ["https://a.example/1", "https://a.example/4"]
    assert rows[0]["tags"] == records[0]["tags"]
    messages = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert messages[0] == (
        "Parquet feed: record 'https://a.example/2' not written: tags is a text where the schema has a list"
    )
    assert messages[1].startswith("Parquet feed: record 'https://a.example/3' not written:")
    assert len(messages) == 2


def test_an_object_member_the_schema_does_not_know_is_named_once(exported, caplog):
    record = exported[0][0]
    file = io.BytesIO()
    exporter = ParquetItemExporter(file)
    exporter.start_exporting()
    original = {**record["original"], "section": "Politics"}
    for number in (1, 2):
        exporter.export_item({**record, "url": f"https://a.example/{number}", "original": original})
    exporter.finish_exporting()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["Parquet feed: original.section is not in the record schema and is not exported"]
    assert pq.read_table(io.BytesIO(file.getvalue())).num_rows == 2


def test_appending_to_a_parquet_file_is_refused_and_leaves_it_alone(tmp_path, caplog):
    path = tmp_path / "out.parquet"
    path.write_bytes(b"PAR1 earlier rows PAR1")
    with path.open("ab") as file:
        exporter = ParquetItemExporter(file)
        exporter.start_exporting()
        exporter.export_item(ITEMS[0])
        exporter.finish_exporting()
    assert path.read_bytes() == b"PAR1 earlier rows PAR1"
    [message] = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert message.startswith(f"Parquet feed {path}: the file already holds data")
    assert "use -O" in message


def test_xml_writes_nulls_as_empty_elements_and_booleans_as_xml_does(exported):
    """Scrapy's stock XML export wrote None, True and False: a null could not be told from "None"."""
    records, _, _, root = exported
    items = root.findall("item")
    assert len(items) == len(records) == 16
    texts = {element.text for element in root.iter()}
    assert not texts & {"None", "True", "False"}
    seed = next(
        i for i in items if i.findtext("url").endswith("/we-never-threatened-the-ukrainian-people-vg/")
    )
    record = next(r for r in records if r["url"] == seed.findtext("url"))
    assert (
        record["previous_id"] is None and seed.find("previous_id").text is None
    )  # <previous_id></previous_id>
    assert record["machine_translation"]["suspected"] is True
    assert seed.findtext("machine_translation/suspected") == "true"
    assert seed.findtext("original/outlet") == "VG"
    assert seed.findtext("machine_translation/score") == json.dumps(record["machine_translation"]["score"])


def test_a_csv_export_without_records_still_has_its_header_row():
    file = io.BytesIO()
    exporter = FlatCsvItemExporter(file)
    exporter.start_exporting()
    exporter.finish_exporting()
    assert file.getvalue().decode().splitlines() == [",".join(SCHEMA_FIELDS)]


def test_appending_to_a_csv_file_adds_rows_without_a_second_header(tmp_path):
    path = tmp_path / "out.csv"
    for _run in range(2):  # as `-o out.csv` twice: the second run appends
        with path.open("ab") as file:
            exporter = FlatCsvItemExporter(file)
            exporter.start_exporting()
            exporter.export_item(ITEMS[1])
            exporter.finish_exporting()
    assert path.read_text(encoding="utf-8").splitlines() == [
        "name,tags,meta,count",
        "Vinter,[],,",
        "Vinter,[],,",
    ]
