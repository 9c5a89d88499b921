"""`scrapy clusters FILE.jsonl [--top N] [--html report.html]`: what a crawl's output holds.

Prints records per republisher, per original outlet, per original language (the language the
copied article was written in, and into which language it was republished), per language and
suspected of machine translation, the largest groups
of duplicates with their members, the largest stories (every copy of one original article,
however translated: its outlet, copies per farm and language, first and last copy seen),
and the repairs made per cleaning stage. Records of older exports, without cluster_id or
story_id, are grouped on the fly with the same indexes the crawl uses. `--html` writes the
same report as one self-contained HTML page with inline SVG bar charts.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import ClassVar

from scrapy.commands import ScrapyCommand

from republished.cleaning.record import content_hash
from republished.cleaning.translation import language_family
from republished.commands.failure import fail
from republished.dedup import DuplicateIndex
from republished.dedup.stories import StoryIndex
from republished.dedup.story_features import story_features

UNKNOWN = "(unknown)"


@dataclass
class Cluster:
    cluster_id: str
    members: list[dict] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def sites(self) -> int:
        return len({_republisher(r) for r in self.members})


@dataclass
class Story:
    """Every copy of one original article in the export."""

    story_id: str
    members: list[dict] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def sites(self) -> int:
        return len({_republisher(r) for r in self.members})

    @property
    def outlet(self) -> str:
        """The original outlet its copies name (the most named one), or (unknown)."""
        named = Counter(_outlet(r) for r in self.members if _outlet(r) != UNKNOWN)
        return named.most_common(1)[0][0] if named else UNKNOWN

    @property
    def copies(self) -> Counter:
        """Copies per (republisher, original language, language)."""
        return Counter(
            (_republisher(r), _original_language(r), r.get("language") or UNKNOWN) for r in self.members
        )

    @property
    def seen(self) -> tuple[str, str]:
        """The first and last day a copy was published (or, undated, fetched)."""
        days = sorted(day for day in map(_seen, self.members) if day)
        return (days[0], days[-1]) if days else (UNKNOWN, UNKNOWN)


@dataclass
class Report:
    source: str
    records: list[dict]
    broken: list[str]
    clustered_on_the_fly: int
    clusters: list[Cluster]  # largest first
    duplicates: Counter  # "exact" / "near"
    by_republisher: Counter
    by_outlet: Counter
    by_language: Counter
    by_original_language: Counter
    #: Records per "original language → language" (only where the original's language is known).
    by_translation: Counter
    #: Records whose machine_translation.suspected is true.
    suspected: int
    edits_by_stage: Counter
    records_by_stage: Counter
    stories: list[Story] = field(default_factory=list)  # largest first
    stories_on_the_fly: int = 0


# -- reading ------------------------------------------------------------------------------


class NotRecords(ValueError):
    """The input is not a JSONL file of records at all (an HTML page, a JSON array …)."""


def read_records(path: str, errors: list[str]) -> list[dict]:
    """The JSON objects of a JSONL file (or - for stdin); each broken line is reported as
    FILE:LINE in `errors` and skipped. A first line that is no JSON object means the file is
    no JSONL export: NotRecords, rather than one error per line."""
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
    records = []
    try:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                if not records and not errors:
                    raise NotRecords(
                        f"{path}: not a JSONL file of records (line {number} is not JSON)"
                    ) from exc
                errors.append(f"{path}:{number}: not valid JSON: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(record, dict):
                errors.append(f"{path}:{number}: not a JSON object but {type(record).__name__}")
                continue
            if not record.get("url"):
                record["url"] = f"{path}:{number}"
            records.append(record)
    finally:
        if stream is not sys.stdin:
            stream.close()
    return records


def assign_clusters(records: list[dict]) -> int:
    """Give every record a cluster_id (and duplicate_of), grouping those without one on the
    fly in an in-memory duplicate index, in file order. Returns how many were grouped so."""
    missing = [r for r in records if not r.get("cluster_id")]
    if not missing:
        return 0
    cluster_of: dict[str, str] = {}
    # Imported here: Scrapy loads every command's module whatever the command run.
    from trafilatura.deduplication import content_fingerprint

    with DuplicateIndex(":memory:") as index, index.batch():
        for record in records:
            text = record.get("text") or ""
            digest = record.get("content_hash") or (content_hash(text) if text else None)
            fingerprint = record.get("fingerprint") or (content_fingerprint(text) if text else None)
            try:
                assignment = index.add(str(record["url"]), digest, fingerprint)
            except ValueError:  # a malformed fingerprint: group by content only
                assignment = index.add(str(record["url"]), digest, None)
            if record.get("cluster_id"):
                cluster_of[assignment.record_id] = record["cluster_id"]
                continue
            earlier = assignment.duplicate_of
            cluster_of[assignment.record_id] = cluster_of.get(earlier, assignment.cluster_id)
            record["cluster_id"] = cluster_of[assignment.record_id]
            record["duplicate_of"] = earlier
    return len(missing)


def assign_stories(records: list[dict]) -> int:
    """Give every record a story_id, grouping those without one on the fly in an in-memory
    story index, in file order. Returns how many were grouped so."""
    missing = [r for r in records if not r.get("story_id")]
    if not missing:
        return 0
    story_of: dict[str, str] = {}
    with StoryIndex(":memory:") as index, index.batch():
        for record in records:
            assignment = index.add(str(record["url"]), story_features(record))
            if record.get("story_id"):
                story_of[assignment.record_id] = record["story_id"]
                continue
            story_of[assignment.record_id] = story_of.get(assignment.joined, assignment.story_id)
            record["story_id"] = story_of[assignment.record_id]
    return len(missing)


def _seen(record: dict) -> str | None:
    """The day a record was published, or else fetched (YYYY-MM-DD), or None."""
    for name in ("date_published", "fetched_at"):
        value = record.get(name)
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return None


def _name(value: dict | None, name_key: str) -> str:
    value = value if isinstance(value, dict) else {}
    name, domain = value.get(name_key), value.get("domain")
    if name and domain and name != domain:
        return f"{name} ({domain})"
    return name or domain or UNKNOWN


def _republisher(record: dict) -> str:
    return _name(record.get("republisher"), "name")


def _outlet(record: dict) -> str:
    return _name(record.get("original"), "outlet")


def _original_language(record: dict) -> str:
    original = record.get("original")
    return (original.get("language") if isinstance(original, dict) else None) or UNKNOWN


def _suspected(record: dict) -> bool:
    verdict = record.get("machine_translation")
    return isinstance(verdict, dict) and verdict.get("suspected") is True


def build_report(source: str, records: list[dict], broken: list[str]) -> Report:
    on_the_fly = assign_clusters(records)
    groups: dict[str, Cluster] = {}
    for record in records:
        groups.setdefault(record["cluster_id"], Cluster(record["cluster_id"])).members.append(record)
    hashes = {r["url"]: r.get("content_hash") for r in records}
    seen_hashes: set = set()
    duplicates: Counter = Counter()
    for record in records:
        digest = record.get("content_hash")
        earlier = record.get("duplicate_of")
        if earlier:
            # The record it repeats may be from an earlier run, not in this file: the same text
            # earlier in this file also makes it exact.
            same = digest and (digest in seen_hashes or hashes.get(earlier) == digest)
            duplicates["exact" if same else "near"] += 1
        seen_hashes.add(digest)
    edits_by_stage: Counter = Counter()
    records_by_stage: Counter = Counter()
    for record in records:
        stages = [e.get("stage") or UNKNOWN for e in record.get("edits") or () if isinstance(e, dict)]
        edits_by_stage.update(stages)
        records_by_stage.update(set(stages))
    order = {cid: i for i, cid in enumerate(groups)}
    stories_on_the_fly = assign_stories(records)
    stories: dict[str, Story] = {}
    for record in records:
        stories.setdefault(record["story_id"], Story(record["story_id"])).members.append(record)
    story_order = {sid: i for i, sid in enumerate(stories)}
    return Report(
        source=source,
        records=records,
        broken=broken,
        clustered_on_the_fly=on_the_fly,
        clusters=sorted(groups.values(), key=lambda c: (-c.size, order[c.cluster_id])),
        duplicates=duplicates,
        by_republisher=Counter(_republisher(r) for r in records),
        by_outlet=Counter(_outlet(r) for r in records),
        by_language=Counter(r.get("language") or UNKNOWN for r in records),
        by_original_language=Counter(_original_language(r) for r in records),
        by_translation=Counter(
            f"{language_family(_original_language(r))} → {language_family(r.get('language')) or UNKNOWN}"
            for r in records
            if _original_language(r) != UNKNOWN
        ),
        suspected=sum(map(_suspected, records)),
        edits_by_stage=edits_by_stage,
        records_by_stage=records_by_stage,
        stories=sorted(stories.values(), key=lambda st: (-st.size, story_order[st.story_id])),
        stories_on_the_fly=stories_on_the_fly,
    )


# -- text ---------------------------------------------------------------------------------


def shorten(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _is_number(value) -> bool:
    return isinstance(value, int | float) or (isinstance(value, str) and value.rstrip("%").isdigit())


def text_table(headers: list[str], rows: list[list], indent: str = "  ") -> list[str]:
    """Aligned columns: numbers (and percentages) right, text left."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    numeric = [bool(rows) and all(_is_number(row[i]) for row in rows) for i in range(len(headers))]

    def line(values):
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return (indent + "  ".join(parts)).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(row) for row in cells)]


def _share(n: int, total: int) -> str:
    return f"{n / total:.0%}" if total else "-"


def counts_table(title: str, label: str, counter: Counter, total: int, limit: int = 30) -> list[str]:
    rows = [[key, n, _share(n, total)] for key, n in counter.most_common(limit)]
    more = len(counter) - len(rows)
    tail = (
        [f"  … and {more} more ({sum(counter.values()) - sum(r[1] for r in rows)} records)"]
        if more > 0
        else []
    )
    return [f"{title}:", *text_table([label, "records", "share"], rows), *tail, ""]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def count_stories(n: int) -> str:
    return f"{n} story" if n == 1 else f"{n} stories"


def render_text(report: Report, top: int) -> str:
    total = len(report.records)
    multi = [c for c in report.clusters if c.size > 1]
    out = [
        f"{report.source}: {plural(total, 'record')} in {plural(len(report.clusters), 'cluster')}; "
        f"{plural(len(multi), 'cluster')} of 2 or more {'holds' if len(multi) == 1 else 'hold'} {plural(sum(c.size for c in multi), 'record')} "
        f"({report.duplicates['exact']} exact, {report.duplicates['near']} near "
        f"{'duplicate' if sum(report.duplicates.values()) == 1 else 'duplicates'})",
    ]
    if report.broken:
        out.append(f"{len(report.broken)} broken line(s) skipped")
    told = [st for st in report.stories if st.size > 1]
    out.append(
        f"{count_stories(len(report.stories))}; {count_stories(len(told))} told by 2 or more copies "
        f"{'holds' if len(told) == 1 else 'hold'} {plural(sum(st.size for st in told), 'record')}"
    )
    if report.clustered_on_the_fly:
        out.append(f"{report.clustered_on_the_fly} record(s) without cluster_id grouped on the fly")
    if report.stories_on_the_fly:
        out.append(f"{report.stories_on_the_fly} record(s) without story_id grouped into stories on the fly")
    out.append("")
    out += counts_table("Records per republisher", "republisher", report.by_republisher, total)
    out += counts_table("Records per original outlet", "outlet", report.by_outlet, total)
    out += counts_table(
        "Records per original language", "original language", report.by_original_language, total
    )
    if report.by_translation:
        out += counts_table(
            "Records per original language → language", "translation", report.by_translation, total
        )
    out += counts_table("Records per language", "language", report.by_language, total)
    out += [
        f"Suspected of machine translation: {plural(report.suspected, 'record')} ({_share(report.suspected, total)})",
        "",
    ]

    out.append(f"Largest clusters (top {top}):")
    if not multi:
        out.append("  no duplicates: every record is alone in its cluster")
    for rank, cluster in enumerate(multi[:top], 1):
        out.append(f"  #{rank} {cluster.cluster_id}: {cluster.size} records from {cluster.sites} site(s)")
        rows = [
            [
                "exact" if _kind(m, cluster) == "exact" else ("near" if m.get("duplicate_of") else "first"),
                m["url"],
                shorten(m.get("title") or "", 70),
            ]
            for m in cluster.members
        ]
        out += text_table(["", "url", "title"], rows, indent="    ")
    out.append("")

    out.append(f"Largest stories (top {top}): every copy of one original article, however translated")
    if not told:
        out.append("  no story has more than one copy")
    for rank, story in enumerate(told[:top], 1):
        first, last = story.seen
        out.append(
            f"  #{rank} {story.story_id}: {story.size} copies from {story.sites} site(s); "
            f"original {story.outlet}; first copy {first}, last {last}"
        )
        rows = [[farm, source, language, n] for (farm, source, language), n in story.copies.most_common()]
        out += text_table(["republisher", "original language", "language", "copies"], rows, indent="    ")
    out.append("")

    rows = [[stage, n, report.records_by_stage[stage]] for stage, n in report.edits_by_stage.most_common()]
    out.append("Repairs per stage:")
    out += text_table(["stage", "edits", "records"], rows) if rows else ["  no edits"]
    out.append(f"  total: {plural(sum(report.edits_by_stage.values()), 'edit')}")
    return "\n".join(out) + "\n"


def _kind(member: dict, cluster: Cluster) -> str | None:
    earlier = member.get("duplicate_of")
    if not earlier:
        return None
    for other in cluster.members:
        if other["url"] == earlier:
            return "exact" if other.get("content_hash") == member.get("content_hash") else "near"
    return "near"


# -- HTML ---------------------------------------------------------------------------------

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:70em;
padding:0 1em;color:#1d232a}
h1{font-size:1.5em;overflow-wrap:anywhere}
h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .6em;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}th{border-bottom:1px solid #d0d7de}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.summary{display:flex;gap:1em;flex-wrap:wrap}.summary div{background:#f3f5f7;border-radius:6px;padding:.6em 1em}
.summary b{display:block;font-size:1.4em}.cluster{margin:1em 0;overflow-wrap:anywhere}
.kind{color:#57606a;white-space:nowrap}
svg.bars{display:block;width:100%;max-width:46em}
svg text{font:12px system-ui,sans-serif;fill:#1d232a}a{color:#0969da}.err{color:#b3261e}
@media (max-width:40em){.cluster table,.cluster tbody,.cluster tr,.cluster td{display:block}
.cluster tr:first-child{display:none}.cluster tr{padding:.3em 0;border-bottom:1px solid #d0d7de}
.cluster td{padding:0 .2em}.cluster td.kind{font-size:.9em}.cluster td.site{color:#57606a}}
"""

# Bar charts: one row per item, the label above its bar (wrapped to two lines at most), the count
# after the bar. Widths are percentages of the chart, which is as wide as the page allows: the
# text stays 12 px at every width instead of shrinking with a scaled viewBox, and a label line
# fits a 320-px phone screen.
FONT_PX = 12
LABEL_EM = 24  # a label line's width budget, in em of the chart font (288 px)
LABEL_LINES = 2
LINE_H, BAR_H, ROW_GAP = 15, 12, 9
LABEL_X = 2  # a j or an italic letter reaches left of its origin
_NARROW = set(" ilj.,:;'|!I`")
_SEMI = set('ftr()[]{}/\\-–"*')
_WIDE = set("mwMW—@%жшщыюфЖШЩЫЮФ")


def _em(text: str) -> float:
    """Width of text in em, estimated on the wide side (DejaVu Sans, system-ui on Linux)."""
    return sum(
        0.32 if c in _NARROW else 0.42 if c in _SEMI else 1.0 if c in _WIDE else 0.8 if c.isupper() else 0.66
        for c in text
    )


def wrap_label(label: str, em: float = LABEL_EM, lines: int = LABEL_LINES) -> list[str]:
    """label in at most `lines` lines of at most `em` em; words longer than a line are split, and
    what does not fit ends the last line with an ellipsis."""
    out: list[str] = []
    line = ""
    for word in " ".join(str(label).split()).split(" "):
        candidate = f"{line} {word}" if line else word
        if _em(candidate) <= em:
            line = candidate
            continue
        if line:
            out.append(line)
        line = word
        while _em(line) > em:  # a word longer than a line
            cut = len(line)
            while cut > 1 and _em(line[:cut]) > em:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
    out.append(line)
    if len(out) > lines:
        last = out[lines - 1]
        while last and _em(last + "…") > em:
            last = last[:-1]
        out = [*out[: lines - 1], last.rstrip() + "…"]
    return out


def svg_bars(counts: Counter | list[tuple[str, int]], limit: int = 20, color: str = "#4c78a8") -> str:
    """A horizontal bar chart as inline SVG: a Counter's `limit` largest, or (label, n) pairs in order.
    Each row has a <title> with the full label and count (a tooltip)."""
    every = counts.most_common() if isinstance(counts, Counter) else list(counts)
    items = every[:limit]
    if not items:
        return "<p>none</p>"
    peak = max(n for _, n in items) or 1
    # Room after the longest bar for its count, on a 320-px screen: the bars get the rest.
    reserve = (len(str(peak)) * 0.66 * FONT_PX + 8) / (LABEL_EM * FONT_PX)
    full = 100 * (1 - reserve)
    rows, y = [], 0
    for label, n in items:
        lines = wrap_label(label)
        text = "".join(
            f'<tspan x="{LABEL_X}" dy="{0 if i == 0 else LINE_H}">{html.escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        bar_y = y + LINE_H * len(lines) + 3
        width = max(0.3, full * n / peak)
        rows.append(
            f"<g><title>{html.escape(str(label))}: {n}</title>"
            f'<text x="{LABEL_X}" y="{y + FONT_PX}">{text}</text>'
            f'<rect x="0" y="{bar_y}" width="{width:.2f}%" height="{BAR_H}" fill="{color}"/>'
            f'<text x="{width:.2f}%" dx="5" y="{bar_y + BAR_H - 2}">{n}</text></g>'
        )
        y = bar_y + BAR_H + ROW_GAP
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bars" width="100%" height="{y}" role="img">',
        *rows,
        "</svg>",
    ]
    more = len(every) - len(items)
    return "".join(parts) + (f"<p>and {more} more</p>" if more > 0 else "")


def render_html(report: Report, top: int) -> str:
    e = html.escape
    total = len(report.records)
    multi = [c for c in report.clusters if c.size > 1]
    sizes = Counter(c.size for c in report.clusters)
    body = [
        f"<h1>Crawl report: {e(report.source)}</h1>",
        '<div class="summary">',
        f"<div><b>{total}</b>records</div>",
        f"<div><b>{len(report.clusters)}</b>clusters</div>",
        f"<div><b>{len(multi)}</b>clusters of 2 or more records</div>",
        f"<div><b>{report.duplicates['exact']}</b>exact duplicates</div>",
        f"<div><b>{report.duplicates['near']}</b>near duplicates</div>",
        f"<div><b>{report.suspected}</b>suspected of machine translation</div>",
        f"<div><b>{sum(report.edits_by_stage.values())}</b>repairs</div>",
        "</div>",
    ]
    if report.broken:
        body.append(f'<p class="err">{len(report.broken)} broken line(s) skipped:</p><ul>')
        body += [f'<li class="err">{e(b)}</li>' for b in report.broken[:50]]
        body.append("</ul>")
    if report.clustered_on_the_fly:
        body.append(
            f"<p>{report.clustered_on_the_fly} record(s) without cluster_id were grouped on the fly.</p>"
        )
    body += [
        "<h2>Records per republisher</h2>",
        svg_bars(report.by_republisher),
        "<h2>Records per original outlet</h2>",
        svg_bars(report.by_outlet, color="#f58518"),
        "<h2>Records per original language</h2>",
        svg_bars(report.by_original_language, color="#72b7b2"),
        "<h2>Records per original language → language</h2>",
        svg_bars(report.by_translation, color="#9d755d"),
        "<h2>Records per language</h2>",
        svg_bars(report.by_language, color="#54a24b"),
        "<h2>Cluster sizes</h2>",
        svg_bars(
            [(plural(size, "record"), n) for size, n in sorted(sizes.items())], limit=50, color="#b279a2"
        ),
        f"<h2>Largest clusters (top {top})</h2>",
    ]
    if not multi:
        body.append("<p>No duplicates: every record is alone in its cluster.</p>")
    for rank, cluster in enumerate(multi[:top], 1):
        body.append(
            f'<div class="cluster"><b>#{rank}</b> {e(cluster.cluster_id)}: '
            f"{cluster.size} records from {cluster.sites} site(s)"
            "<table><tr><th></th><th>url</th><th>title</th><th>republisher</th></tr>"
        )
        for m in cluster.members:
            kind = _kind(m, cluster) or "first"
            body.append(
                f'<tr><td class="kind">{kind}</td><td><a href="{e(m["url"])}">{e(m["url"])}</a></td>'
                f'<td>{e(m.get("title") or "")}</td><td class="site">{e(_republisher(m))}</td></tr>'
            )
        body.append("</table></div>")
    body += ["<h2>Repairs per stage</h2>", svg_bars(report.edits_by_stage, color="#e45756")]
    if report.edits_by_stage:
        body.append('<table><tr><th>stage</th><th class="n">edits</th><th class="n">records</th></tr>')
        for stage, n in report.edits_by_stage.most_common():
            body.append(
                f'<tr><td>{e(stage)}</td><td class="n">{n}</td><td class="n">{report.records_by_stage[stage]}</td></tr>'
            )
        body.append("</table>")
    body += stories_html(report, top)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Crawl report: {e(report.source)}</title><style>{CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def stories_html(report: Report, top: int) -> list[str]:
    """The largest stories: each story's original outlet, first and last copy, copies per farm and language."""
    e = html.escape
    told = [st for st in report.stories if st.size > 1]
    body = [
        f"<h2>Largest stories (top {top})</h2>",
        f"<p>{count_stories(len(report.stories))}; {count_stories(len(told))} told by 2 or more copies: every copy of "
        "one original article, however it was translated.</p>",
    ]
    if not told:
        body.append("<p>No story has more than one copy.</p>")
    for rank, story in enumerate(told[:top], 1):
        first, last = story.seen
        body.append(
            f'<div class="cluster"><b>#{rank}</b> {e(story.story_id)}: {story.size} copies from '
            f"{story.sites} site(s); original {e(story.outlet)}; first copy {e(first)}, last {e(last)}"
            "<table><tr><th>republisher</th><th>original language</th><th>language</th>"
            '<th class="n">copies</th></tr>'
        )
        for (farm, source, language), n in story.copies.most_common():
            body.append(
                f'<tr><td>{e(farm)}</td><td>{e(source)}</td><td>{e(language)}</td><td class="n">{n}</td></tr>'
            )
        body.append("</table></div>")
    return body


# -- command ------------------------------------------------------------------------------


class Command(ScrapyCommand):
    requires_project = False
    requires_crawler_process = False
    default_settings: ClassVar[dict] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[options] FILE.jsonl"

    def short_desc(self) -> str:
        return "Summarise a crawl's output: sites, outlets, languages, duplicate clusters, stories, repairs"

    def long_desc(self) -> str:
        return (
            "Summarise the records of a JSONL export (or - for stdin): records per republisher, "
            "per original outlet, per original language and per language, the records suspected of "
            "machine translation, the largest clusters of duplicates with their "
            "members, the largest stories (every copy of one original article, however translated) "
            "and the repairs made per cleaning stage. Records without cluster_id or story_id (older "
            "exports) are grouped on the fly. Broken lines are reported as FILE:LINE on stderr and "
            "skipped (exit code 1). --html also writes the report as a self-contained HTML page."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--top",
            type=int,
            default=10,
            metavar="N",
            help="largest clusters and stories to list (default 10)",
        )
        parser.add_argument("--html", metavar="FILE", help="also write an HTML report with charts to FILE")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            fail("clusters", "give exactly one FILE.jsonl")
        if opts.top < 0:
            fail("clusters", "--top must be 0 or more")
        source = args[0]
        if source != "-" and not Path(source).is_file():
            fail("clusters", f"no such file: {source}")
        broken: list[str] = []
        try:
            records = read_records(source, broken)
        except NotRecords as exc:
            fail("clusters", str(exc))
        except OSError as exc:
            fail("clusters", f"{source}: cannot read: {exc.strerror or exc}")
        for error in broken:
            print(f"error: {error}", file=sys.stderr)
        report = build_report(source, records, broken)
        sys.stdout.write(render_text(report, opts.top))
        if opts.html:
            html_path = Path(opts.html)
            try:
                html_path.parent.mkdir(parents=True, exist_ok=True)
                html_path.write_text(render_html(report, opts.top), encoding="utf-8")
            except OSError as exc:
                fail("clusters", f"--html {opts.html}: cannot write: {exc.strerror or exc}")
            print(f"HTML report written to {opts.html}")
        if broken:
            self.exitcode = 1
