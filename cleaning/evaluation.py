"""Shingle precision/recall/F1 of extracted text against a ground truth.

This is the metric of the ScrapingHub/Zyte article-extraction-benchmark, re-implemented
here so our figures are comparable with its published tables. It lives in the library
(not in bench/) so the tests can pin it down without depending on the benchmark scripts.

A text becomes word tokens (maximal runs of ``\\w+``, case kept), then shingles: every
run of 4 consecutive tokens, counted as a multiset. Per page, the true positives are
the shingles shared by prediction and truth (multiset intersection). Precision is
averaged over the pages where the extractor returned something, recall over all pages,
and F1 is the harmonic mean of those two averages.

`CHARACTER_TOKEN` is the same metric for every script: Chinese and Japanese, written without
spaces, would make a whole sentence one `\\w+` token, so each of their characters is a token.
"""

import re
from collections import Counter
from collections.abc import Iterable

from republished.cleaning.length import ANY_UNSPACED

TOKEN = re.compile(r"\w+")
#: A character of a script written without spaces, or a run of other word characters.
CHARACTER_TOKEN = re.compile(rf"{ANY_UNSPACED.pattern}|(?:(?!{ANY_UNSPACED.pattern})\w)+")
SHINGLE_SIZE = 4

#: One page's (precision, recall); precision is None when the prediction is empty.
PageScores = tuple[float | None, float]


def shingles(text: str, size: int = SHINGLE_SIZE, token: re.Pattern = TOKEN) -> Counter:
    """The multiset of `size`-token shingles; a shorter text is one shorter shingle."""
    tokens = token.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_scores(predicted: str, truth: str, token: re.Pattern = TOKEN) -> PageScores:
    """Precision (None for an empty prediction) and recall of one page.

    A page whose truth has no shingles has nothing to miss, so its recall is 1.0.
    """
    predicted_shingles, true_shingles = shingles(predicted, token=token), shingles(truth, token=token)
    shared = sum((predicted_shingles & true_shingles).values())
    predicted_total, true_total = predicted_shingles.total(), true_shingles.total()
    precision = shared / predicted_total if predicted_total else None
    recall = shared / true_total if true_total else 1.0
    return precision, recall


def aggregate(scores: Iterable[PageScores]) -> dict:
    """Mean precision (non-empty predictions only), mean recall (all pages) and their F1."""
    scores = list(scores)
    precisions = [p for p, _ in scores if p is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(r for _, r in scores) / len(scores) if scores else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pages": len(scores)}
