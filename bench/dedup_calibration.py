"""Calibrate the near-duplicate threshold of dedup.DuplicateIndex on real article bodies.

Takes the article bodies of the extraction benchmark, makes "same story, different
machine translation" variants of each (synonym swaps on 10-20 % of the words, dropped
and added sentences, misspelt names) and pairs of different stories (every pair, the
same-site pairs, and each article with its topically nearest other article), and prints
the Hamming distance distributions of trafilatura's 64-bit simhash for each kind of pair,
the recall and false-match rate of every threshold, and how often each banding scheme's
candidate lookup finds the near duplicates. Usage (from the repo root):

    .venv/bin/python bench/dedup_calibration.py [--data ../shared/bench/aeb] [--seed 1]
"""

import argparse
import itertools
import json
import math
import random
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from trafilatura.deduplication import content_fingerprint
from wordfreq import top_n_list

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # dedup/, until it is an installed package

from republished.dedup.index import BandScheme, hamming  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench" / "aeb"

#: Alternatives two machine translations commonly pick for the same source word.
SYNONYMS = {
    "said": ["stated", "told", "says"],
    "says": ["states", "tells", "said"],
    "according": ["per", "as stated by"],
    "however": ["but", "nevertheless", "though"],
    "people": ["persons", "individuals", "folks"],
    "government": ["administration", "cabinet"],
    "police": ["the police", "officers", "law enforcement"],
    "company": ["firm", "business", "enterprise"],
    "children": ["kids", "youngsters"],
    "about": ["around", "approximately", "roughly"],
    "large": ["big", "major", "huge"],
    "small": ["little", "minor"],
    "began": ["started", "commenced"],
    "start": ["begin", "commence"],
    "started": ["began", "commenced"],
    "important": ["significant", "essential", "crucial"],
    "several": ["multiple", "a number of", "various"],
    "because": ["since", "as"],
    "believe": ["think", "reckon"],
    "think": ["believe", "reckon"],
    "country": ["nation", "land"],
    "million": ["millions", "mill."],
    "announced": ["declared", "stated", "reported"],
    "reported": ["announced", "informed"],
    "before": ["prior to", "ahead of"],
    "after": ["following", "subsequent to"],
    "during": ["throughout", "in the course of"],
    "while": ["whilst", "whereas"],
    "there": ["here", "thither"],
    "would": ["will", "should"],
    "could": ["might", "can"],
    "which": ["that", "what"],
    "their": ["its", "them"],
    "other": ["different", "additional"],
    "first": ["initial", "1st"],
    "years": ["year", "yrs"],
    "number": ["amount", "quantity"],
    "increase": ["rise", "growth"],
    "decision": ["choice", "ruling"],
    "should": ["ought to", "must"],
    "accident": ["crash", "collision", "incident"],
    "serious": ["severe", "grave"],
    "injured": ["hurt", "wounded"],
    "minister": ["secretary", "ministry head"],
    "municipality": ["municipal council", "commune"],
    "meeting": ["gathering", "session"],
    "also": ["too", "likewise", "as well"],
    "many": ["numerous", "lots of", "a lot of"],
    "very": ["extremely", "highly", "really"],
    "week": ["weekend", "seven days"],
    "today": ["this day", "now"],
}

NAME = re.compile(r"^[A-ZÆØÅÄÖÜ][a-zæøåäöüé]{3,}$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def load_texts(data: Path) -> dict[str, str]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: value["articleBody"] for key, value in sorted(truth.items()) if value["articleBody"].strip()}


def sentences(text: str) -> list[list[str]]:
    """Paragraphs as lists of sentences."""
    return [SENTENCE_END.split(line.strip()) for line in text.splitlines() if line.strip()]


def join(paragraphs: list[list[str]]) -> str:
    return "\n".join(" ".join(p) for p in paragraphs if p)


def with_case_of(word: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if word[:1].isupper() else replacement


def swap_words(
    text: str, share: float, rng: random.Random, vocabulary: dict[bool, list[str]], content_only: bool = True
) -> str:
    """Replace `share` of the words by a synonym (or, outside the table, by another word as long
    or as short: simhash only counts words of 5 letters or more, and synonyms mostly keep their
    length class). With content_only (how two translations differ), the swaps all land on
    content words (not among the 150 most common English words), still `share` of all words."""
    lines = [line.split(" ") for line in text.splitlines()]
    cores = [[w.strip(".,;:!?\"'()”“’‘") for w in words] for words in lines]
    total = sum(1 for row in cores for c in row if c)
    eligible = sum(1 for row in cores for c in row if c and (not content_only or is_content(c)))
    p = min(1.0, share * total / eligible) if eligible else 0.0
    for words, row in zip(lines, cores, strict=True):
        for i, (word, core) in enumerate(zip(words, row, strict=True)):
            if not core or (content_only and not is_content(core)) or rng.random() >= p:
                continue
            choices = SYNONYMS.get(core.lower())
            replacement = rng.choice(choices) if choices else rng.choice(vocabulary[len(core) > 4])
            words[i] = word.replace(core, with_case_of(core, replacement), 1)
    return "\n".join(" ".join(words) for words in lines)


FUNCTION_WORDS = set(top_n_list("en", 150))


def is_content(word: str) -> bool:
    return word.isalpha() and word.lower() not in FUNCTION_WORDS


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return rng.choice(
        [
            word[:i] + word[i + 1 :],  # dropped letter
            word[:i] + word[i] + word[i:],  # doubled letter
            word[:i] + word[i + 1] + word[i] + word[i + 2 :],  # swapped letters
            word.translate(str.maketrans("øåæöäü", "oaaoau")),  # diacritics lost
        ]
    )


def misspell_names(text: str, rng: random.Random, share: float = 0.5) -> str:
    """Misspell `share` of the names (capitalised words inside sentences), consistently."""
    names = sorted({w for w in re.findall(r"(?<=[a-z,] )[^\s]+", text) if NAME.match(w)})
    chosen = {name: misspell(name, rng) for name in names if rng.random() < share}
    if not chosen:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, chosen)) + r")\b")
    return pattern.sub(lambda m: chosen[m.group(1)], text)


def drop_add_sentences(text: str, drop: float, add: int, rng: random.Random, donors: list[str]) -> str:
    paragraphs = sentences(text)
    flat = [(p, s) for p, para in enumerate(paragraphs) for s in range(len(para))]
    n_drop = min(len(flat) - 1, max(1, round(drop * len(flat)))) if drop else 0
    dropped = set(rng.sample(flat, n_drop)) if n_drop > 0 else set()
    kept = [[s for j, s in enumerate(para) if (p, j) not in dropped] for p, para in enumerate(paragraphs)]
    kept = [para for para in kept if para]
    for _ in range(add):
        donor = rng.choice(donors)
        extra = rng.choice([s for para in sentences(donor) for s in para])
        kept.insert(rng.randrange(len(kept) + 1), [extra])
    return join(kept)


def translation(
    text: str, rng: random.Random, vocabulary: dict[bool, list[str]], donors: list[str], heavy: bool
) -> str:
    """One machine translation of the story: 10-15 % (light) or 15-20 % (heavy) of words swapped
    (all content words),
    ~5 % (light) or ~10 % (heavy) of the sentences dropped, one or two sentences from elsewhere
    added, half the names misspelt."""
    share = rng.uniform(0.15, 0.20) if heavy else rng.uniform(0.10, 0.15)
    text = swap_words(text, share, rng, vocabulary)
    text = misspell_names(text, rng)
    return drop_add_sentences(text, 0.10 if heavy else 0.05, 2 if heavy else 1, rng, donors)


def fp(text: str) -> int:
    return int(content_fingerprint(text), 16)


def content_words(text: str) -> Counter:
    return Counter(w.lower() for w in re.findall(r"\w{5,}", text))


def cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def describe(name: str, distances: list[int]) -> str:
    q = statistics.quantiles(distances, n=20, method="inclusive") if len(distances) > 1 else distances * 19
    return (
        f"{name:<44} {len(distances):>6} {min(distances):>4} {q[0]:>5.0f} {q[4]:>5.0f} {q[9]:>5.0f}"
        f" {q[14]:>5.0f} {q[18]:>5.0f} {max(distances):>4}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--variants", type=int, default=3, help="translation pairs made per article")
    parser.add_argument("--min-words", type=int, default=80, help="shorter bodies are reported apart")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    texts = load_texts(args.data)
    words_en = [w for w in top_n_list("en", 20000) if w.isalpha()]
    vocabulary = {True: [w for w in words_en if len(w) > 4], False: [w for w in words_en if len(w) <= 4]}
    keys = list(texts)
    long_keys = [k for k in keys if len(texts[k].split()) >= args.min_words]
    short_keys = [k for k in keys if len(texts[k].split()) < args.min_words]
    fps = {k: fp(texts[k]) for k in keys}
    print(
        f"{len(keys)} article bodies ({len(long_keys)} of >= {args.min_words} words, {len(short_keys)} shorter)"
    )

    same: dict[str, list[int]] = {}

    def record(kind: str, a: str, b: str) -> None:
        same.setdefault(kind, []).append(hamming(fp(a), fp(b)))

    same_pairs_fps: list[tuple[int, int]] = []
    for key in keys:
        text = texts[key]
        donors = [texts[k] for k in keys if k != key]
        kind_suffix = "" if key in long_keys else " [short]"
        for _ in range(args.variants):
            for pct in (10, 20):
                record(
                    f"orig vs {pct}% synonyms (any word)" + kind_suffix,
                    text,
                    swap_words(text, pct / 100, rng, vocabulary, content_only=False),
                )
                record(
                    f"orig vs {pct}% synonyms (content words)" + kind_suffix,
                    text,
                    swap_words(text, pct / 100, rng, vocabulary),
                )
            record("orig vs misspelt names" + kind_suffix, text, misspell_names(text, rng))
            record(
                "orig vs -10% sentences +1" + kind_suffix,
                text,
                drop_add_sentences(text, 0.10, 1, rng, donors),
            )
            light = translation(text, rng, vocabulary, donors, heavy=False)
            heavy = translation(text, rng, vocabulary, donors, heavy=True)
            record("orig vs translation (light)" + kind_suffix, text, light)
            record("orig vs translation (heavy)" + kind_suffix, text, heavy)
            record("translation vs translation" + kind_suffix, light, heavy)
            if key in long_keys:
                same_pairs_fps.append((fp(light), fp(heavy)))

    diff: dict[str, list[int]] = {}
    words = {k: content_words(texts[k]) for k in keys}
    for a, b in itertools.combinations(long_keys, 2):
        diff.setdefault("all pairs of different stories", []).append(hamming(fps[a], fps[b]))
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    by_host: dict[str, list[str]] = {}
    for k in long_keys:
        by_host.setdefault(truth[k]["url"].split("/")[2], []).append(k)
    for group in by_host.values():
        for a, b in itertools.combinations(group, 2):
            diff.setdefault("same site, different story", []).append(hamming(fps[a], fps[b]))
    nearest = set()
    for a in long_keys:
        b = max((k for k in long_keys if k != a), key=lambda k: cosine(words[a], words[k]))
        nearest.add(tuple(sorted((a, b))))
    ranked = sorted(nearest, key=lambda p: -cosine(words[p[0]], words[p[1]]))
    for a, b in ranked:
        diff.setdefault("topically nearest other story", []).append(hamming(fps[a], fps[b]))
    for a, b in ranked[:40]:
        diff.setdefault("topically nearest, top 40 (same topic)", []).append(hamming(fps[a], fps[b]))

    header = f"{'Hamming distance (64 bits)':<44} {'pairs':>6} {'min':>4} {'p5':>5} {'p25':>5} {'p50':>5} {'p75':>5} {'p95':>5} {'max':>4}"
    print("\nSame story\n" + header)
    for kind, distances in same.items():
        print(describe(kind, distances))
    print("\nDifferent stories\n" + header)
    for kind, distances in diff.items():
        print(describe(kind, distances))
    print("\nClosest different stories (distance, cosine of content words):")
    closest = sorted(itertools.combinations(long_keys, 2), key=lambda p: hamming(fps[p[0]], fps[p[1]]))
    for a, b in closest[:8]:
        print(
            f"  {hamming(fps[a], fps[b]):>3} {cosine(words[a], words[b]):.2f}  "
            f"{truth[a]['url'][:60]}  |  {truth[b]['url'][:60]}"
        )
    print("\nTopically nearest pairs, closest first (cosine of content words, distance):")
    for a, b in ranked[:8]:
        print(
            f"  {cosine(words[a], words[b]):.2f} {hamming(fps[a], fps[b]):>3}  "
            f"{truth[a]['url'][:60]}  |  {truth[b]['url'][:60]}"
        )

    same_long = [d for kind, ds in same.items() if "[short]" not in kind and "vs" in kind for d in ds]
    trans = same["translation vs translation"]
    trans_short = same.get("translation vs translation [short]", [])
    different = diff["all pairs of different stories"]
    topical = diff["topically nearest other story"]
    print("\nThreshold: share of pairs at distance <= t")
    print(
        f"{'t':>3} {'translations':>13} {'translations (short)':>21} {'all same-story':>15}"
        f" {'different':>10} {'nearest topic':>14} {'random 64-bit':>14}"
    )
    for t in range(4, 25):
        random_rate = sum(math.comb(64, i) for i in range(t + 1)) / 2**64
        print(
            f"{t:>3} {share(trans, t):>13.3f} {share(trans_short, t):>21.3f} {share(same_long, t):>15.3f}"
            f" {share(different, t):>10.4f} {share(topical, t):>14.4f} {random_rate:>14.2e}"
        )

    thresholds = (6, 8, 9, 10, 11, 12, 14, 16)
    print("\nRecall: share of same-story pairs at distance <= t")
    print(f"{'kind':<44} " + " ".join(f"{'t<=' + str(t):>6}" for t in thresholds))
    for kind, distances in same.items():
        print(f"{kind:<44} " + " ".join(f"{share(distances, t):>6.2f}" for t in thresholds))

    mean, sd = statistics.mean(different), statistics.pstdev(different)
    print(
        f"\nFalse matches: different stories lie at {mean:.1f} +- {sd:.1f} bits; a normal fit of that"
        " gives the chance that a pair of unrelated stories falls within t, and so the expected number"
        " of unrelated records within t of a new record in an index of N records"
    )
    print(f"{'t':>3} {'observed':>9} {'fitted':>9} {'N=10k':>8} {'N=100k':>8} {'N=1M':>8}")
    for t in thresholds:
        fitted = 0.5 * math.erfc((mean - t - 0.5) / sd / math.sqrt(2))
        print(
            f"{t:>3} {share(different, t):>9.1e} {fitted:>9.1e} {fitted * 1e4:>8.3f} {fitted * 1e5:>8.3f}"
            f" {fitted * 1e6:>8.2f}"
        )

    print("\nBanding: share of translation pairs within t that the candidate lookup finds")
    schemes = [BandScheme(4, 0), BandScheme(4, 1), BandScheme(4, 2), BandScheme(8, 0), BandScheme(8, 1)]
    print(
        f"{'scheme':<28} {'probes':>6} {'cand/1M':>8} "
        + " ".join(f"{'t<=' + str(t):>6}" for t in (8, 10, 12, 14))
    )
    for scheme in schemes:
        found = []
        for t in (8, 10, 12, 14):
            pairs = [(a, b) for a, b in same_pairs_fps if hamming(a, b) <= t]
            hits = sum(1 for a, b in pairs if set(scheme.keys(a)) & set(scheme.probe_keys(b)))
            found.append(hits / len(pairs) if pairs else float("nan"))
        probes = len(scheme.probe_keys(0))
        candidates = 1_000_000 * probes / 2**scheme.width
        print(
            f"{scheme.describe():<28} {probes:>6} {candidates:>8.0f} " + " ".join(f"{f:>6.3f}" for f in found)
        )


def share(distances: list[int], t: int) -> float:
    return sum(1 for d in distances if d <= t) / len(distances) if distances else float("nan")


if __name__ == "__main__":
    main()
