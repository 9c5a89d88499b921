"""Flat feed exports, one row per record: CSV (`-O out.csv`) and Parquet (`-O out.parquet`);
and XML (`-O out.xml`) without Python reprs.

Registered in settings.FEED_EXPORTERS. Lists and objects (edits, flags, original, republisher,
machine_translation, …) become JSON text, as in the JSON lines export (`json.loads` gives them
back), never Python reprs or comma-joined lists. The columns of a record are the fields of
schema/record.schema.json in its order, so every run has the same columns; a null or missing
field is an empty cell in CSV and null in Parquet. FEED_EXPORT_FIELDS overrides the columns,
and an item that is no record gets its own keys.

Parquet needs pyarrow (`pip install 'republished-news[parquet]'`). Its columns are typed from
the record schema, so that pandas, DuckDB, Spark or Hugging Face datasets read them without a
decoding step: text as strings, counts as int64, the score as float64, flags as booleans, lists
as lists and objects (`original`, `edits`' items …) as structs. A field the schema does not
type, and every column of an item that is no record, is JSON text as in CSV. Rows go out in row groups of `batch_rows` (a feed option, default 1000) and the file is
readable only once the run has ended: a crawl killed hard leaves no readable Parquet file, so
use JSON lines where that matters. Appending (`-o`) to an existing Parquet file is refused, as
it would leave the file unreadable: use `-O`. A CSV file appended to (`-o`) gets no second
header row, and a run without records still writes the header, so every CSV loads.

XML: a null is an empty element (as an empty CSV cell), true and false are written as such.
"""

import json
import logging
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exporters import BaseItemExporter, CsvItemExporter, XmlItemExporter
from scrapy.utils.serialize import ScrapyJSONEncoder

from republished.pipelines.validate import SCHEMA_PATH

logger = logging.getLogger(__name__)

_JSON = ScrapyJSONEncoder(ensure_ascii=False)
#: Rows a typed column could not hold: the run exits 1 (commands/failure.py).
ROWS_NOT_WRITTEN = "feed/rows_not_written"


def flat_value(value: Any) -> str | None:
    """A cell: text as it is, None as None, anything else (lists, objects, numbers) as JSON."""
    if value is None or isinstance(value, str):
        return value
    return _JSON.encode(value)


@cache
def record_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def record_columns() -> list[str]:
    return list(record_schema()["properties"])


def columns_for(item: Any) -> list[str]:
    """The record schema's fields for a record (an item with all the required ones), else its own keys."""
    keys = list(ItemAdapter(item).field_names())
    if set(record_schema()["required"]) <= set(keys):
        columns = record_columns()
        return columns + [key for key in keys if key not in columns]
    return keys


class _WarnsOnDroppedFields:
    """Say once which item keys have no column, instead of losing them silently."""

    fields_to_export: Iterable[str] | None
    _dropped_warned = False

    def _warn_on_dropped(self, item: Any) -> None:
        if self._dropped_warned or self.fields_to_export is None:
            return
        dropped = set(ItemAdapter(item).field_names()) - set(self.fields_to_export)
        if dropped:
            self._dropped_warned = True
            logger.warning(
                "%s: fields %s have no column and are not exported; list them in FEED_EXPORT_FIELDS",
                type(self).__name__,
                sorted(dropped),
            )


class FlatCsvItemExporter(_WarnsOnDroppedFields, CsvItemExporter):
    """Scrapy's CSV export with the record's columns and lists and objects as JSON."""

    def __init__(self, file, include_headers_line: bool = True, **kwargs: Any):
        # A file appended to already has its header row: a second one would be read as data.
        appending = file.seekable() and file.tell() > 0
        super().__init__(file, include_headers_line=include_headers_line and not appending, **kwargs)

    def serialize_field(self, field, name: str, value: Any) -> Any:
        serializer = field.get("serializer")
        return flat_value(serializer(value) if serializer else value)

    def _write_headers_and_set_fields_to_export(self, item: Any) -> None:
        if not self.fields_to_export:
            self.fields_to_export = columns_for(item)
        super()._write_headers_and_set_fields_to_export(item)

    def export_item(self, item: Any) -> None:
        super().export_item(item)
        self._warn_on_dropped(item)

    def finish_exporting(self) -> None:
        if self._headers_not_written:
            # No record came: the header alone, so that the file still loads as a table.
            self._headers_not_written = False
            self.fields_to_export = self.fields_to_export or record_columns()
            self._write_headers_and_set_fields_to_export(None)
        super().finish_exporting()


def xml_value(value: Any) -> Any:
    """A value XmlItemExporter writes without Python reprs: null as empty text, booleans as
    true/false, numbers as JSON writes them; objects and lists keep their structure."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _JSON.encode(value)
    if isinstance(value, dict):
        return {key: xml_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [xml_value(item) for item in value]
    return value


class RecordXmlItemExporter(XmlItemExporter):
    """Scrapy's XML export, with nulls and booleans written as XML readers expect."""

    def serialize_field(self, field, name: str, value: Any) -> Any:
        return xml_value(super().serialize_field(field, name, value))


def feed_problem(settings) -> str | None:
    """Why a feed cannot be written, said before the run instead of in the middle of it (a
    Parquet feed without pyarrow, appended to, or in a JOBDIR job, where a hard kill would leave
    the records counted as exported in a file that is written only at the end)."""
    for uri, options in settings.getdict("FEEDS").items():
        if str((options or {}).get("format", "")).lower() != "parquet":
            continue
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            return f"{uri}: Parquet output needs pyarrow: pip install 'republished-news[parquet]'"
        path = Path(str(uri).removeprefix("file://"))
        if not options.get("overwrite") and path.is_file() and path.stat().st_size > 0:
            return f"{uri}: a Parquet file cannot be appended to: use -O (overwrite) or a new file name"
        if settings.get("JOBDIR"):
            return f"{uri}: a Parquet file is written when the run ends, which a JOBDIR job may never see: export JSONL"
    return None


#: JSON Schema scalar types as Arrow types (pyarrow's factory names).
ARROW_SCALARS = {"string": "string", "integer": "int64", "number": "float64", "boolean": "bool_"}


def arrow_type(pa, schema: dict):
    """The Arrow type of a value the JSON Schema describes, or None when it gives no single
    type (the column is then JSON text). A null is allowed everywhere: Arrow fields are nullable."""
    alternatives = [option for option in schema.get("anyOf", []) if option.get("type") != "null"]
    if len(alternatives) == 1:
        return arrow_type(pa, alternatives[0])
    if "enum" in schema:
        values = [value for value in schema["enum"] if value is not None]
        return pa.string() if all(isinstance(value, str) for value in values) else None
    types = schema.get("type")
    if isinstance(types, list):
        types = [name for name in types if name != "null"]
        types = types[0] if len(types) == 1 else None
    if types in ARROW_SCALARS:
        return getattr(pa, ARROW_SCALARS[types])()
    if types == "array" and "items" in schema:
        item = arrow_type(pa, schema["items"])
        return pa.list_(item) if item is not None else None
    if types == "object" and schema.get("properties"):
        fields = [(name, arrow_type(pa, sub)) for name, sub in schema["properties"].items()]
        if any(kind is None for _, kind in fields):
            return None
        return pa.struct(fields)
    return None


def misfits(value: Any, kind, path: str):
    """What Arrow would not keep of a value typed `kind`, as (path, problem): an object's key
    its struct has no field for (Arrow drops it), a text where a list is due (Arrow would make it
    a list of characters)."""
    if isinstance(value, dict) and hasattr(kind, "names"):
        names = set(kind.names)
        for key, item in value.items():
            if key in names:
                yield from misfits(item, kind.field(key).type, f"{path}.{key}")
            else:
                yield f"{path}.{key}", None
    elif hasattr(kind, "value_type"):
        if isinstance(value, str):
            yield path, "a text where the schema has a list"
        elif isinstance(value, list | tuple):
            for item in value:
                yield from misfits(item, kind.value_type, f"{path}[]")


class ParquetItemExporter(_WarnsOnDroppedFields, BaseItemExporter):
    """Records as rows of a Parquet file, in columns typed from the record schema."""

    def __init__(self, file, batch_rows: int = 1000, **kwargs: Any):
        super().__init__(dont_fail=True, **kwargs)
        self.file = file
        self.batch_rows = int(batch_rows)
        self.rows: list[dict[str, Any]] = []
        self.writer = None
        #: The Arrow type of each typed field (by field name, before any renaming).
        self.types: dict[str, Any] = {}
        self._untyped_warned: set[str] = set()
        #: why nothing can be written; said once, as Scrapy would retry a failing exporter on every item
        self.problem = self._problem()
        if self.problem:
            logger.error("Parquet feed %s: %s", getattr(file, "name", ""), self.problem)

    def _problem(self) -> str | None:
        try:
            import pyarrow
            import pyarrow.parquet
        except ImportError:
            return "needs pyarrow (pip install 'republished-news[parquet]'); nothing is written"
        self._pa, self._pq = pyarrow, pyarrow.parquet
        if self.file.seekable() and self.file.tell() > 0:
            return (
                "the file already holds data and a Parquet file cannot be appended to; "
                "it is left as it was: use -O (overwrite) or a new file name"
            )
        return None

    def serialize_field(self, field, name: str, value: Any) -> Any:
        serializer = field.get("serializer")
        value = serializer(value) if serializer else value
        return value if name in self.types else flat_value(value)

    def export_item(self, item: Any) -> None:
        if self.problem:
            return
        if self.fields_to_export is None:
            self.fields_to_export = columns_for(item)
            self.types = self._types_for(item)
        self._warn_on_dropped(item)
        row = dict(self.get_serialized_fields(item, default_value=None, include_empty=True))
        if self._fits(item):
            self.rows.append(row)
        if len(self.rows) >= self.batch_rows:
            self._write_rows()

    def _fits(self, item: Any) -> bool:
        """False, with the reason logged, for a record a typed column cannot hold; members the
        schema does not know are named once."""
        adapter = ItemAdapter(item)
        for name, kind in self.types.items():
            for path, problem in misfits(adapter.get(name), kind, name):
                if problem:
                    self._not_written(adapter.get("url"), f"{path} is {problem}")
                    return False
                if path not in self._untyped_warned:
                    self._untyped_warned.add(path)
                    logger.warning("Parquet feed: %s is not in the record schema and is not exported", path)
        return True

    def _not_written(self, url: Any, problem: Any) -> None:
        logger.error("Parquet feed: record %r not written: %s", url, problem)
        crawler = getattr(self.file, "crawler", None)  # the run's, through GuardedOutput
        if crawler is not None:
            crawler.stats.inc_value(ROWS_NOT_WRITTEN)

    def finish_exporting(self) -> None:
        if self.problem:
            return
        if self.fields_to_export is None:  # no item came: the file still has the record's columns
            self.types = self._record_types()
        self._write_rows()
        self.writer.close()

    def _record_types(self) -> dict[str, Any]:
        types = {name: arrow_type(self._pa, schema) for name, schema in record_schema()["properties"].items()}
        return {name: kind for name, kind in types.items() if kind is not None}

    def _types_for(self, item: Any) -> dict[str, Any]:
        """Typed columns for a record; an item that is no record is all JSON text."""
        if set(record_schema()["required"]) <= set(ItemAdapter(item).field_names()):
            return self._record_types()
        return {}

    def _columns(self) -> list[tuple[str, Any]]:
        fields = self.fields_to_export if self.fields_to_export is not None else record_columns()
        pairs = fields.items() if isinstance(fields, dict) else ((name, name) for name in fields)
        return [(column, self.types.get(name, self._pa.string())) for name, column in pairs]

    def _write_rows(self) -> None:
        if self.writer is None:
            self.writer = self._pq.ParquetWriter(self.file, self._pa.schema(self._columns()))
        if not self.rows:
            return
        try:
            table = self._pa.Table.from_pylist(self.rows, schema=self.writer.schema)
        except (self._pa.ArrowInvalid, self._pa.ArrowTypeError):
            table = self._pa.Table.from_pylist(self._fitting_rows(), schema=self.writer.schema)
        self.writer.write_table(table)
        self.rows = []

    def _fitting_rows(self) -> list[dict[str, Any]]:
        """The rows whose values fit the columns' types; each other row is named in an error (a
        record the schema validation did not check, its pipeline switched off)."""
        fitting = []
        for row in self.rows:
            try:
                self._pa.Table.from_pylist([row], schema=self.writer.schema)
            except (self._pa.ArrowInvalid, self._pa.ArrowTypeError) as exc:
                self._not_written(next(iter(row.values()), None), exc)
            else:
                fitting.append(row)
        return fitting
