"""Hostile inputs for `scrapy clean`, built from real pages with a seeded random generator.

Each input is one JSONL line (bytes, since some are not valid UTF-8) with what the run must
do with it: `record` (the article survives the damage), `drop` (a logged drop or input error;
either is fine as long as it is exactly one), or `failed` (the input is unreadable: the run's
exit code must be 1). Used by tests/test_fuzz.py (a few hundred) and bench/fuzz.py (thousands).
"""

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.samples import SAMPLES, expected_records

#: Characters no record may hold (cleaning/sanitize.py removes them from pages).
FORBIDDEN = {*map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))), "\ufffe", "\uffff"}


@dataclass(frozen=True)
class Hostile:
    kind: str
    line: bytes
    expect: str  # "record", "drop" or "failed"


def real_pages() -> list[tuple[str, str]]:
    pages = []
    for expected in expected_records():
        host_path = expected["url"].split("//", 1)[1]
        pages.append((expected["url"], (SAMPLES / host_path / "index.html").read_text(encoding="utf-8")))
    return pages


def _line(url, html) -> bytes:
    return json.dumps({"url": url, "html": html}).encode()


def _insert(html: str, rng: random.Random, piece: str) -> str:
    """Put `piece` inside the article's body text, where it hurts."""
    anchor = html.find("<p>", len(html) // 3)
    anchor = anchor + 3 if anchor > 0 else rng.randrange(len(html))
    return html[:anchor] + piece + html[anchor:]


def _padding(html: str, piece: str) -> str:
    return html.replace("</body>", piece + "</body>", 1)


def build(rng: random.Random, url: str, html: str, scale: float) -> Iterator[Hostile]:
    """Every kind of hostile input made from one real page (`scale` sizes the big ones)."""
    entity = rng.choice(["&#8;", "&#27;", "&#x1B;", "&#65535;", "&#xFFFE;", "&#0;", "&#xD800;"])
    yield Hostile("entity", _line(url, _insert(html, rng, entity)), "record")
    yield Hostile("nul", _line(url, _insert(html, rng, "\x00" * rng.randint(1, 50))), "record")
    yield Hostile("surrogate", _line(url, _insert(html, rng, "\ud83d")), "record")
    yield Hostile("controls", _line(url, _insert(html, rng, "".join(map(chr, range(1, 32))))), "record")
    deep = "<div>" * int(10_000 * scale) + "x" + "</div>" * int(10_000 * scale)
    yield Hostile("deep nesting", _line(url, _padding(html, deep)), "record")
    links = "".join(f'<a href="https://x{i}.example/">l{i}</a> ' for i in range(int(100_000 * scale)))
    yield Hostile("many links", _line(url, _padding(html, f"<div>{links}</div>")), "record")
    words = "lorem ipsum " * int(400_000 * scale)
    # A paragraph beyond the extraction's max_text_chars (500,000) is left out before
    # extraction, a logged cut; a shorter one fits in an article: either way the article stays.
    yield Hostile("huge paragraph", _line(url, _padding(html, f"<p>{words}</p>")), "record")
    cut = rng.randrange(len(html) // 5, len(html))
    yield Hostile("truncated", _line(url, html[:cut]), "any")
    yield Hostile(
        "bad url",
        _line(rng.choice(["https://a\u2100/x/", "http://[::1/x", "http://x\x00y/"]), html),
        "failed",
    )
    yield Hostile("invalid utf-8", _line(url, html)[:-40] + b"\xff\xfe" + _line(url, html)[-40:], "failed")
    noise = bytes(rng.randrange(256) for _ in range(rng.randint(10, 5000)))
    yield Hostile("random bytes", _line(url, noise.decode("latin-1")), "any")
    yield Hostile("binary", _line(url, "\x89PNG\r\n\x1a\n" + noise.decode("latin-1")), "any")
    yield Hostile("empty", _line(url, rng.choice(["", "   ", "\n\n"])), "drop")
    yield Hostile(
        "not json", rng.choice([b"{not json", b"[1, 2]", b'"html"', b'{"url": 1, "html": "x"}']), "failed"
    )


def hostile_inputs(count: int, seed: int, scale: float = 1.0) -> list[Hostile]:
    """`count` inputs, each with its own URL so a run's accounting names each once."""
    rng = random.Random(seed)
    pages = real_pages()
    inputs: list[Hostile] = []
    while len(inputs) < count:
        url, html = rng.choice(pages)
        inputs.extend(build(rng, url, html, scale))
    rng.shuffle(inputs)
    return [_unique(hostile, i) for i, hostile in enumerate(inputs[:count])]


def _unique(hostile: Hostile, index: int) -> Hostile:
    """Give the page its own URL (one path segment more), where the line has a readable URL."""
    try:
        data = json.loads(hostile.line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return hostile
    if not isinstance(data, dict) or not isinstance(data.get("url"), str):
        return hostile
    data["url"] = data["url"].rstrip("/") + f"/{index}/"
    return Hostile(hostile.kind, json.dumps(data).encode(), hostile.expect)


def write_jsonl(inputs: list[Hostile], path: Path) -> None:
    path.write_bytes(b"".join(h.line + b"\n" for h in inputs))


def input_key(hostile: Hostile, source: str) -> str:
    """What a run's accounting names an input by: its URL, or FILE:LINE when it has none."""
    try:
        data = json.loads(hostile.line)
        if isinstance(data, dict) and isinstance(data.get("url"), str) and isinstance(data.get("html"), str):
            return data["url"]
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass
    return source


def violations(
    inputs: list[Hostile], path: Path, outcomes: list[dict], records: list[dict], validator
) -> list[str]:
    """Every way a run broke the rules: an input not accounted for exactly once, or not as it
    should end; a record that is invalid or holds a forbidden character."""
    from republished.pipelines.validate import record_problems

    found = []
    by_key: dict[str, list[dict]] = {}
    for outcome in outcomes:
        by_key.setdefault(outcome["url"], []).append(outcome)
    if len(outcomes) != len(inputs):
        found.append(f"{len(outcomes)} outcomes for {len(inputs)} inputs")
    for number, hostile in enumerate(inputs, 1):
        key = input_key(hostile, f"{path}:{number}")
        matches = by_key.get(key, [])
        if len(matches) != 1:
            found.append(f"line {number} ({hostile.kind}): {len(matches)} outcomes")
            continue
        kind, reason = matches[0]["outcome"], matches[0]["reason"]
        unreadable = kind == "failed" or (kind == "dropped" and reason.startswith("unreadable page"))
        if kind not in ("exported", "dropped", "failed") or (kind != "exported" and not reason):
            found.append(f"line {number} ({hostile.kind}): outcome {kind!r} with reason {reason!r}")
        elif hostile.expect == "record" and kind != "exported":
            found.append(f"line {number} ({hostile.kind}): lost its article: {reason}")
        elif hostile.expect == "failed" and not unreadable:
            found.append(f"line {number} ({hostile.kind}): not reported as unreadable: {kind} {reason}")
        elif hostile.expect == "drop" and kind != "dropped":
            found.append(f"line {number} ({hostile.kind}): {kind}, expected a drop")
    exported = sum(o["outcome"] == "exported" for o in outcomes)
    if len(records) != exported:
        found.append(f"{len(records)} records for {exported} exported inputs")
    for record in records:
        problems = record_problems(validator, record)
        if problems:
            found.append(f"invalid record {record.get('url')}: {problems[0]}")
        if forbidden_in(record):
            found.append(f"forbidden character in {record.get('url')}")
    return found


def forbidden_in(value) -> bool:
    """Whether a record field, at any depth, holds a forbidden character or a lone surrogate."""
    if isinstance(value, str):
        return any(c in FORBIDDEN or "\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, dict):
        return any(forbidden_in(v) for v in value.values())
    if isinstance(value, list):
        return any(forbidden_in(v) for v in value)
    return False
