"""Corruption benchmark: damage real English articles the way translation engines do, then check the cleaner.

Three parts, all over the English bodies of the article-extraction benchmark:
1. untouched bodies: every edit the cleaner makes is a false positive;
2. corrupted bodies: names rendered as words or spelled two ways, VG captions and
   credits, interface residue and dash quotes are put in, each logged; the cleaner
   should undo exactly that and nothing else;
3. a table, and bench/results/corruption.json with every false positive and miss.

Usage (from the repo root):

    .venv/bin/python bench/corruption.py [--data ../shared/bench/aeb] [--limit N]

See bench/CORRUPTION.md for the method.
"""

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from corruption.damage import DamagedBody, Damager, headline_of
from corruption.score import TITLE, diagnose_name, diagnose_variant, judge, replay

from republished.cleaning import default_cleaner
from republished.cleaning.language import detect_language
from republished.cleaning.spaces import normalize_space

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench" / "aeb"
RESULTS = REPO_ROOT / "bench" / "results" / "corruption.json"
SEED = 0
#: How the corrupted copies are presented: as the bare article, and as a farm's copy of a VG story.
CONTEXTS = ("bare", "vg_copy")
TARGETS = {"names_precision": 0.99, "names_recall": 0.85, "untouched_edits": 0}


def load_bodies(data: Path, limit: int | None) -> list[tuple[str, str, list[str]]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = []
    for page_id in sorted(truth):
        body = truth[page_id]["articleBody"] or ""
        # English by the cleaner's own test, and on a longer sample: a Portuguese page whose
        # text is mostly a table of English names is not an English body.
        if detect_language(body) != "en" or detect_language(body, sample_chars=2000) != "en":
            continue
        paragraphs = [normalize_space(line) for line in body.split("\n") if line.strip()]
        if paragraphs:
            bodies.append((page_id, truth[page_id]["url"], paragraphs))
    return bodies[:limit] if limit else bodies


def context_args(context: str, url: str, headline: str) -> tuple[str, str]:
    if context == "bare":
        return url, ""
    slug = re.sub(r"[^a-z0-9]+", "-", headline.casefold()).strip("-")[:60]
    return f"https://www.archyworldys.com/{slug}/", f"{headline} – VG – Archyworldys"


def short_edit(edit: dict, **extra) -> dict:
    keys = ("stage", "action", "field", "before", "after", "reason")
    return {**extra, **{k: edit[k] for k in keys}}


# -- part 1 -------------------------------------------------------------------------


def run_untouched(cleaner, bodies, context: str) -> tuple[dict, dict]:
    """Clean each original body; every edit (bar the title stage's own suffix work) is a false positive."""
    by_stage: Counter = Counter()
    found: list[dict] = []
    quotes: list[dict] = []
    seen: dict[str, set] = {}
    for page_id, url, paragraphs in bodies:
        page_url, title = context_args(context, url, headline_of(paragraphs))
        record = cleaner.clean_text("\n".join(paragraphs), url=page_url, title=title)
        seen[page_id] = set()
        for edit in record["edits"]:
            if edit["field"] == "title" and edit["stage"] == "title":
                continue
            by_stage[edit["stage"]] += 1
            found.append(short_edit(edit, body=page_id))
            seen[page_id].add((edit["stage"], edit["before"], edit["after"]))
        quotes += [{"body": page_id, **q} for q in record["quotes"]]
    summary = {
        "bodies": len(bodies),
        "edits": sum(by_stage.values()),
        "edits_by_stage": dict(by_stage.most_common()),
        "quotes_found": len(quotes),
        "false_positives": found,
        "quotes": quotes,
    }
    return summary, seen


# -- part 2 -------------------------------------------------------------------------


def empty_counts() -> dict:
    return {"damaged": 0, "correct": 0, "wrong": 0, "missed": 0}


def run_corrupted(cleaner, damaged: list[DamagedBody], headlines: dict, context: str, baseline: dict) -> dict:
    names_stage = next((s for s in cleaner.stages if s.name == "names"), None)
    kinds: dict = defaultdict(empty_counts)
    subkinds: dict = defaultdict(empty_counts)
    stages: dict = defaultdict(lambda: {"edits": 0, "correct": 0, "false_positives": 0, "also_untouched": 0})
    false_positives, misses, wrong, harmed, unmatched = [], [], [], [], []
    quote_entries = Counter()
    by_context: dict = defaultdict(Counter)
    by_prefix: dict = defaultdict(Counter)
    replay_mismatch = 0
    for body in damaged:
        texts = [line.text for line in body.lines]
        assert [normalize_space(t) for t in texts] == texts, body.id
        page_url, title = context_args(context, body.url, headlines[body.id])
        record = cleaner.clean_text("\n".join(texts), url=page_url, title=title)
        state = replay(texts, record["edits"])
        if [t for _, t in state.body] != [t for t in record["text"].split("\n") if t]:
            replay_mismatch += 1
        unmatched += [short_edit(e, body=body.id) for e in state.unmatched]
        for edit in state.edits.get(TITLE, []):
            stages[edit["stage"]]["edits"] += 1
            ok = edit["stage"] == "title" and edit["after"] == headlines[body.id]
            if ok:
                stages["title"]["correct"] += 1
            else:
                stages[edit["stage"]]["false_positives"] += 1
                false_positives.append(short_edit(edit, body=body.id, paragraph_kind="title"))
        for label, line in enumerate(body.lines):
            final = [t for lab, t in state.body if lab == label]
            moved = [t for lab, t in state.captions if lab == label]
            edits = state.edits.get(label, [])
            status, repair = judge(line, edits, final)
            if line.kind != "original" and line.kind != "dash_quotes":
                for counts in (kinds[line.kind], subkinds[(line.kind, line.sub)]):
                    counts["damaged"] += 1
                    counts[status] += 1
            if line.kind == "names_word":
                by_context[(line.sub.split(" (")[0], line.detail["context"])][status] += 1
                by_prefix[min(line.detail["common_prefix"], 4)][status] += 1
            item = {
                "body": body.id,
                "kind": line.kind,
                "sub": line.sub,
                "given": line.text,
                "expected": line.expected if line.goes_to != "removed" else "(removed)",
                "result": final,
                "moved_to_captions": moved,
                **({"detail": line.detail} if line.detail else {}),
            }
            if status in ("missed", "wrong") and line.kind.startswith("names") and names_stage is not None:
                position = next((n for n, (lab, _) in enumerate(state.body) if lab == label), None)
                if line.kind == "names_word" and position is not None:
                    item["why"] = diagnose_name(names_stage, record, position, line)
                elif line.kind == "names_variant":
                    item["why"] = diagnose_variant(record, line, names_stage)
            if status in ("missed", "wrong"):
                item["edits"] = [short_edit(e) for e in edits]
                (misses if status == "missed" else wrong).append(item)
            elif status == "harmed" and line.kind == "dash_quotes":
                harmed.append(item)
            for n, edit in enumerate(edits):
                row = stages[edit["stage"]]
                row["edits"] += 1
                if n in repair:
                    row["correct"] += 1
                    continue
                row["false_positives"] += 1
                again = (edit["stage"], edit["before"], edit["after"]) in baseline.get(body.id, set())
                row["also_untouched"] += again
                false_positives.append(
                    short_edit(edit, body=body.id, paragraph_kind=line.kind, also_on_untouched_body=again)
                )
        score_quotes(body, record, kinds, subkinds, quote_entries, misses, wrong, false_positives)
    for row in stages.values():
        row["precision"] = round(row["correct"] / row["edits"], 4) if row["edits"] else None
    for table in (kinds, subkinds):
        for counts in table.values():
            counts["recall"] = round(counts["correct"] / counts["damaged"], 4) if counts["damaged"] else None
    entries = sum(quote_entries.values())
    quotes_row = {
        "entries": entries,
        "correct": quote_entries["correct"],
        "false_positives": quote_entries["false_positive"],
        "precision": round(quote_entries["correct"] / entries, 4) if entries else None,
    }
    why = Counter(cause for m in misses + wrong if m.get("why") for cause in miss_causes(m["why"]))
    residue_missed = Counter(
        re.sub(r"^([^:]{1,20}): .{20,}$", r"\1: <headline>", m["given"])
        for m in misses
        if m["kind"] == "residue"
    )
    return {
        "kinds": {k: kinds[k] for k in sorted(kinds)},
        "names_word_by_context": {
            f"{where} / {context}": {"damaged": sum(c.values()), "correct": c["correct"]}
            for (where, context), c in sorted(by_context.items())
        },
        "names_word_by_common_prefix": {
            ("4 or more letters" if n == 4 else f"{n} letters"): {
                "damaged": sum(c.values()),
                "correct": c["correct"],
            }
            for n, c in sorted(by_prefix.items())
        },
        "names_miss_reasons": dict(why.most_common()),
        "residue_missed_lines": dict(residue_missed.most_common()),
        "subkinds": {f"{k} / {s}": v for (k, s), v in sorted(subkinds.items())},
        "stages": {k: stages[k] for k in sorted(stages)},
        "quotes": quotes_row,
        "replay_mismatches": replay_mismatch,
        "unmatched_edits": unmatched,
        "false_positives": false_positives,
        "misses": misses,
        "wrong": wrong,
        "dash_paragraphs_changed": harmed,
    }


#: Classes of the names diagnosis (the stage's `explain`; one miss can have several).
MISS_CAUSES = {
    "not capitalised": "no candidate: not capitalised",
    "no anchor": "no candidate: no person whose surname is not an ordinary word",
    "is a proper noun": "no candidate: a proper noun no evidence relates to a person",
    "no spelling, alias": "no candidate: nothing links the word to a person",
    "slot no slot": "no name slot",
    "name_of_its_own": "the article uses the word as a name of its own",
    "opens_a_name": "the word opens another name",
    "same_sentence": "the person is named in the same sentence",
    "title_word": "the word is a title",
    "could stand for": "two people as likely",
    "below": "evidence below the threshold",
    "no reading": "no reading names a person of this article",
    "not in the line": "the word is not in the cleaned line",
    "not in the record": "the line is not in the cleaned record",
}


def miss_causes(why: str) -> list[str]:
    return [cause for key, cause in MISS_CAUSES.items() if key in why] or [why[:80]]


def score_quotes(body, record, kinds, subkinds, entries, misses, wrong, false_positives) -> None:
    """Dash quotes are scored on record['quotes']: {text, speaker} must match what was dashed."""
    expected = [line for line in body.lines if line.kind == "dash_quotes"]
    found = list(record["quotes"])
    matched = set()
    for line in expected:
        want = {"text": line.detail["quote"], "speaker": line.detail["speaker"]}
        near = [
            n
            for n, q in enumerate(found)
            if q["text"] and (q["text"] in want["text"] or want["text"] in q["text"])
        ]
        status = "correct" if want in found else "wrong" if near else "missed"
        if status == "correct":
            matched.add(found.index(want))
        for counts in (kinds["dash_quotes"], subkinds[("dash_quotes", line.sub)]):
            counts["damaged"] += 1
            counts[status] += 1
        if status != "correct":
            item = {"body": body.id, "kind": "dash_quotes", "given": line.text, "expected_quote": want}
            item["found"] = [found[n] for n in near]
            (misses if status == "missed" else wrong).append(item)
    for n, quote in enumerate(found):
        if n in matched:
            entries["correct"] += 1
        else:
            entries["false_positive"] += 1
            false_positives.append(
                {"body": body.id, "stage": "quotes", "action": "quote", "field": "quotes", **quote}
            )


# -- part 3 -------------------------------------------------------------------------


def fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def print_table(title: str, header: list[str], rows: list[list]) -> None:
    cells = [header] + [[fmt(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print(
            "  ".join(
                v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


def report(results: dict) -> None:
    rows = [
        [
            context,
            part["edits"],
            part["quotes_found"],
            ", ".join(f"{k} {v}" for k, v in part["edits_by_stage"].items()),
        ]
        for context, part in results["untouched"].items()
    ]
    print_table(
        "Untouched bodies (every edit is a false positive)", ["context", "edits", "quotes", "by stage"], rows
    )
    for context, part in results["corrupted"].items():
        rows = [
            [f"{k}", *(v[c] for c in ("damaged", "correct", "wrong", "missed", "recall"))]
            for k, v in part["kinds"].items()
        ]
        rows += [
            [f"  {k}", *(v[c] for c in ("damaged", "correct", "wrong", "missed", "recall"))]
            for k, v in part["subkinds"].items()
        ]
        print_table(
            f"Corrupted bodies [{context}]: damage kinds",
            ["kind", "damaged", "correct", "wrong", "missed", "recall"],
            rows,
        )
        rows = [
            [k, v["edits"], v["correct"], v["false_positives"], v["also_untouched"], v["precision"]]
            for k, v in part["stages"].items()
        ]
        q = part["quotes"]
        rows.append(
            ["quotes (entries)", q["entries"], q["correct"], q["false_positives"], "", q["precision"]]
        )
        header = ["stage", "edits", "correct", "false pos.", "of which also untouched", "precision"]
        print_table(f"Corrupted bodies [{context}]: stages", header, rows)
    print("\nTargets (bare context)")
    for name, target in results["targets"].items():
        print(
            f"  {name}: {fmt(target['value'])} (target {target['target']}) {'met' if target['met'] else 'NOT met'}"
        )


def check_targets(results: dict) -> dict:
    corrupted = results["corrupted"]["bare"]
    names = corrupted["stages"].get("names", {})
    word = corrupted["kinds"].get("names_word", {})
    precision, recall = names.get("precision"), word.get("recall")
    edits = results["untouched"]["bare"]["edits"]
    return {
        "names_precision": {
            "target": f">= {TARGETS['names_precision']}",
            "value": precision,
            "met": precision is not None and precision >= TARGETS["names_precision"],
        },
        "names_word_recall": {
            "target": f">= {TARGETS['names_recall']}",
            "value": recall,
            "met": recall is not None and recall >= TARGETS["names_recall"],
        },
        "untouched_edits": {"target": "0", "value": edits, "met": edits == TARGETS["untouched_edits"]},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(
            f"benchmark data not found: {args.data / 'ground-truth.json'} (see bench/README.md)",
            file=sys.stderr,
        )
        return 2
    bodies = load_bodies(args.data, args.limit)
    cleaner = default_cleaner()
    headlines = {page_id: headline_of(paragraphs) for page_id, _, paragraphs in bodies}
    untouched, baselines = {}, {}
    for context in CONTEXTS:
        untouched[context], baselines[context] = run_untouched(cleaner, bodies, context)
    rng = random.Random(SEED)
    damager = Damager(rng, list(headlines.values()))
    damaged = [damager.damage(page_id, url, paragraphs) for page_id, url, paragraphs in bodies]
    corrupted = {
        context: run_corrupted(cleaner, damaged, headlines, context, baselines[context])
        for context in CONTEXTS
    }
    results = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": SEED,
        "data": str(args.data),
        "bodies": len(bodies),
        "stages": [stage.name for stage in cleaner.stages],
        "contexts": {
            "bare": "the article's own URL, empty title",
            "vg_copy": "a farm URL and the title '<first sentence> – VG – Archyworldys' (a copy of a VG story)",
        },
        "untouched": untouched,
        "corrupted": corrupted,
        "damage_log": {
            body.id: [
                {
                    "kind": line.kind,
                    "sub": line.sub,
                    "given": line.text,
                    "expected": line.expected,
                    "goes_to": line.goes_to,
                }
                for line in body.lines
                if line.kind != "original"
            ]
            for body in damaged
        },
    }
    results["targets"] = check_targets(results)
    report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
