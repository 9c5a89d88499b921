"""cleaning.language's detector is a faster langdetect Detector: same n-grams, same
probabilities, float for float."""

import gc

import pytest
from langdetect.detector import Detector
from langdetect.lang_detect_exception import LangDetectException

from cleaning.language import TRIALS, _Detector, _factory
from tests.test_stage_language import ENGLISH, GERMAN, NORWEGIAN

TEXTS = [
    *ENGLISH,
    *GERMAN,
    NORWEGIAN,
    "NATO and the EU met the USA. OK?",
    "a  b   c",
    "Ελληνικά: ένα κείμενο για τη γλώσσα.",
    "Привет, мир! Это тест.",
    "中文测试，没有空格。日本語のテキストです。",
    "한국어 텍스트입니다",
    "مرحبا بالعالم، هذا اختبار",
    "Tiếng Việt có dấu, Tiếng Việt có dấu",
    "Guvernul a anunțat ș ț Ș Ț",
    "See http://example.org/a?b=c or write to desk@example.org today",
    "ǅemal Bijedić, Ærø and Straße",
]


def outcome(detector_class: type[Detector], text: str) -> tuple:
    detector = detector_class(_factory())
    detector.n_trial = TRIALS
    detector.append(text)
    try:
        probabilities = [(found.lang, found.prob) for found in detector.get_probabilities()]
    except LangDetectException as exc:
        return (str(exc),)
    return detector._extract_ngrams(), probabilities


@pytest.mark.parametrize("text", ["", " ", "123 456", *TEXTS])
def test_same_ngrams_and_probabilities_as_langdetect(text):
    assert outcome(_Detector, text) == outcome(Detector, text)


def test_same_probabilities_on_every_window_of_a_page():
    page = " ".join([*ENGLISH, NORWEGIAN, *GERMAN, *TEXTS])
    for start in range(0, len(page), 37):
        window = page[start : start + 300]
        assert outcome(_Detector, window) == outcome(Detector, window)


def test_profiles_add_nothing_for_the_garbage_collector_to_walk():
    gc.collect()
    assert not any(gc.is_tracked(probs) for probs in _factory().word_lang_prob_map.values())
