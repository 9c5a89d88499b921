"""Score a `scrapy clean` output of an audit's farm pages against its TRUTH.json (written
before any run): paragraphs lost, interface lines kept, titles, outlets, the machine-translation
verdict, name repairs (right and wrong; optional ones apart), captions.

    .venv/bin/scrapy clean bench/unseen/farms4/pages -O /tmp/farms4.jsonl
    python3 bench/unseen/score_farms.py bench/unseen/farms4 /tmp/farms4.jsonl

(The farms4 audit's scorer, which mended two faults of the first one: difflib's autojunk on long
paragraphs, and punctuation on a repaired word.)
"""

import difflib
import json
import re
import sys
from pathlib import Path

T = json.loads((Path(sys.argv[1]) / "TRUTH.json").read_text(encoding="utf-8"))
PUNCT = ".,;:!?\"'“”‘’«»()[]–—-"


def strip_p(s):
    return " ".join(w.strip(PUNCT) for w in s.split())


R = {}
for row in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
    r = json.loads(row)
    R[r["url"].rstrip("/")] = r


def n(s):
    return re.sub(r"\s+", " ", s.replace("“", '"').replace("”", '"').replace("’", "'")).strip()


def sim(a, b):
    return difflib.SequenceMatcher(None, n(a), n(b), autojunk=False).ratio()


tot = dict(
    title=0,
    outlet=0,
    domain=0,
    mt=0,
    lost=0,
    kept=0,
    rep_ok=0,
    rep_wrong=0,
    rep_missed=0,
    cap_ok=0,
    cap_miss=0,
    paras=0,
    caps=0,
    reps=0,
)
rows = []
disc = []
for url, t in sorted(T.items(), key=lambda x: x[1]["id"]):
    r = R.get(url.rstrip("/"))
    pid = t["id"]
    if not r:
        disc.append(("LOST", pid, "record", "no record"))
        continue
    ok_title = n(r["title"]) == n(t["title"])
    if not ok_title:
        disc.append(("TITLE", pid, "title", f"got {r['title']!r}, expected {t['title']!r}"))
    o = r.get("original")
    o = o if (o and o.get("outlet")) else None
    to = t["original"]
    if to is None:
        ok_out = o is None
        ok_dom = o is None
        if o:
            disc.append(
                (
                    "SELF_OUTLET" if o.get("domain") and o.get("domain") in url else "WRONG_OUTLET",
                    pid,
                    "original",
                    f"expected null, got {o.get('outlet')!r} ({o.get('domain')}), evidence {o.get('evidence')}, method {o.get('method')}",
                )
            )
    else:
        ok_out = bool(o) and any(n(o.get("outlet") or "").lower() == a.lower() for a in to["alt"])
        ok_dom = bool(o) and (o.get("domain") in to.get("domains", [to["domain"]]))
        if not (ok_out and ok_dom):
            disc.append(
                (
                    "WRONG_OUTLET" if o else "MISSED_OUTLET",
                    pid,
                    "original",
                    f"expected {to['outlet']} ({to['domain']}), got {o and (o.get('outlet'), o.get('domain'), o.get('evidence'), o.get('method'))}",
                )
            )
    mt = r["machine_translation"]
    ok_mt = mt["suspected"] == t["machine_translated"]
    if not ok_mt:
        disc.append(
            (
                "MT",
                pid,
                "machine_translation.suspected",
                f"expected {t['machine_translated']}, got {mt['suspected']} score {mt['score']} signals {[(s['signal'], s['weight']) for s in mt['signals']]}",
            )
        )
    lines = [x for x in r["text"].split("\n") if x.strip()]
    lost = [p for p in t["text"] if not any(sim(p, line) >= 0.85 for line in lines)]
    kept = [
        line
        for line in lines
        if not any(sim(p, line) >= 0.85 for p in t["text"])
        and not any(sim(i, line) >= 0.85 for i in t["ignore"])
    ]
    for p in lost:
        disc.append(("LOST", pid, "text", p))
    for line in kept:
        src = max(t["not_text"], key=lambda j, line=line: sim(j, line)) if t["not_text"] else ""
        disc.append(
            ("KEPT", pid, "text", line + (f"   [page item: {src!r}]" if src and sim(src, line) > 0.5 else ""))
        )
    # captions
    caps = r.get("captions") or []
    cok = [c for c in t["captions"] if any(n(c) in n(x) or sim(c, x) > 0.8 for x in caps)]
    for c in t["captions"]:
        if c not in cok:
            disc.append(("CAPTION_MISSED", pid, "captions", c))
    for x in caps:
        if not any(n(c) in n(x) or sim(c, x) > 0.8 for c in t["captions"]) and not any(
            sim(i, x) > 0.8 or n(i) in n(x) for i in t["ignore"]
        ):
            disc.append(("CAPTION_EXTRA", pid, "captions", x))
    # name repairs
    text = r["text"]
    req = t["name_repairs"]
    ok = 0
    missed = 0
    opt_done = 0
    for rp in req:
        still = re.search(r"(?<!\w)" + re.escape(rp["wrong"]) + r"(?!\w)", text)
        if not rp.get("required", True):
            if not still:
                opt_done += 1
                disc.append(
                    (
                        "OPTIONAL_REPAIR_MADE",
                        pid,
                        "text",
                        f"{rp['wrong']!r} -> (now absent; expected {rp['right']!r})",
                    )
                )
            else:
                disc.append(
                    (
                        "OPTIONAL_REPAIR_NOT_MADE",
                        pid,
                        "text",
                        f"{rp['wrong']!r} left (correct form not on the page)",
                    )
                )
            continue
        if still:
            missed += 1
            disc.append(("MISSED_REPAIR", pid, "text", f"{rp['wrong']!r} -> {rp['right']!r} not repaired"))
        else:
            ok += 1
    wrong = 0
    for e in r["edits"]:
        if e["stage"] != "names":
            continue
        b = e["before"].split()
        a = e["after"].split()
        sm = difflib.SequenceMatcher(None, b, a)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            bs = strip_p(" ".join(b[i1:i2]))
            as_ = strip_p(" ".join(a[j1:j2]))
            good = any(
                (bs in rp["wrong"] or rp["wrong"] in bs) and (as_ in rp["right"] or rp["right"] in as_)
                for rp in req
            )
            if not good:
                wrong += 1
                disc.append(
                    (
                        "WRONG_REPAIR",
                        pid,
                        "text",
                        f"{bs!r} -> {as_!r} in: {e['before'][:160]!r}  reason: {e['reason'][:200]}",
                    )
                )
    tot["title"] += ok_title
    tot["outlet"] += ok_out
    tot["domain"] += ok_dom
    tot["mt"] += ok_mt
    tot["lost"] += len(lost)
    tot["kept"] += len(kept)
    tot["paras"] += len(t["text"])
    tot["rep_ok"] += ok
    tot["rep_missed"] += missed
    tot["rep_wrong"] += wrong
    tot["reps"] += len([x for x in req if x.get("required", True)])
    tot["cap_ok"] += len(cok)
    tot["cap_miss"] += len(t["captions"]) - len(cok)
    tot["caps"] += len(t["captions"])
    rows.append(
        (
            pid,
            ok_title,
            ok_out,
            ok_dom,
            ok_mt,
            f"{len(lost)}/{len(t['text'])}",
            len(kept),
            f"{ok}/{len([x for x in req if x.get('required', True)])}",
            wrong,
            f"{len(cok)}/{len(t['captions'])}",
            (o or {}).get("outlet"),
            mt["score"],
        )
    )


def Y(b):
    return "ok" if b else "XX"


print(
    "| page | title | outlet | domain | MT | LOST | KEPT | repairs ok | WRONG rep | captions | got outlet | MT score |"
)
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for x in rows:
    print(
        f"| {x[0]} | {Y(x[1])} | {Y(x[2])} | {Y(x[3])} | {Y(x[4])} | {x[5]} | {x[6]} | {x[7]} | {x[8]} | {x[9]} | {x[10]} | {x[11]} |"
    )
N = len(T)
print(
    f"\nTOTALS: title {tot['title']}/{N}, outlet {tot['outlet']}/{N}, domain {tot['domain']}/{N}, MT {tot['mt']}/{N}, text paragraphs LOST {tot['lost']}/{tot['paras']}, KEPT lines {tot['kept']}, repairs correct {tot['rep_ok']}/{tot['reps']}, missed {tot['rep_missed']}, WRONG {tot['rep_wrong']}, captions found {tot['cap_ok']}/{tot['caps']}"
)
order = [
    "LOST",
    "WRONG_REPAIR",
    "WRONG_OUTLET",
    "SELF_OUTLET",
    "MISSED_OUTLET",
    "KEPT",
    "MISSED_REPAIR",
    "TITLE",
    "MT",
    "CAPTION_MISSED",
    "CAPTION_EXTRA",
    "OPTIONAL_REPAIR_MADE",
    "OPTIONAL_REPAIR_NOT_MADE",
]
print()
for k in order:
    for d in disc:
        if d[0] == k:
            print(f"- **{d[0]}** [{d[1]}] `{d[2]}`: {d[3]}")
