"""Deterministic language identification with langdetect.

langdetect samples n-grams at random; a fixed seed makes each answer repeatable,
and detecting on a bounded sample keeps the cost flat for long articles.
"""

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0

#: langdetect names Chinese by script; records use the plain ISO 639-1 code.
CODE_FIXES = {"zh-cn": "zh", "zh-tw": "zh"}


def detect_language(text: str, sample_chars: int = 600) -> str | None:
    sample = text[:sample_chars]
    if not any(ch.isalpha() for ch in sample):
        return None
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None
    return CODE_FIXES.get(best.lang, best.lang)
