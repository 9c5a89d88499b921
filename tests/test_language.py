"""cleaning.language's detector is a faster langdetect Detector: same n-grams, same
probabilities, float for float."""

import gc
from functools import cache

import pytest
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from republished.cleaning.language import (
    SEED,
    TRIALS,
    SparseProfiles,
    _by_script,
    _Detector,
    _factory,
    _plain_english,
    detect_language,
)
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


@cache
def langdetects_own_factory() -> DetectorFactory:
    """The profiles as langdetect loads them itself: 55 floats an n-gram, in a dict."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


def outcome(detector_class: type[Detector], text: str) -> tuple:
    factory = _factory() if detector_class is _Detector else langdetects_own_factory()
    detector = detector_class(factory)
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


def test_the_sparse_profiles_hold_langdetects_probabilities_for_every_ngram():
    own = langdetects_own_factory()
    profiles = _factory().word_lang_prob_map
    assert _factory().langlist == own.langlist
    assert len(profiles) == len(own.word_lang_prob_map)
    for ngram, probabilities in own.word_lang_prob_map.items():
        assert profiles[ngram] == tuple(probabilities), ngram
    assert "qqqq" not in profiles and "qqqq" not in own.word_lang_prob_map


def test_the_profiles_read_back_from_their_cached_form_are_the_same():
    profiles = _factory().word_lang_prob_map
    again = SparseProfiles.from_bytes(profiles.to_bytes())
    assert again.languages == profiles.languages and len(again) == len(profiles)
    for ngram in ["a", " a", "th", "the", "ø", "中", "ной"]:
        assert (ngram in again) == (ngram in profiles)
        if ngram in profiles:
            assert again[ngram] == profiles[ngram]


def test_the_profiles_add_nothing_for_the_garbage_collector_to_walk():
    """As 87,600 lists, each full collection walked them (about 90 ms more each time)."""
    gc.collect()
    profiles = _factory().word_lang_prob_map
    parts = [part for name, part in vars(profiles).items() if name != "_recent"]  # a bounded few
    tracked = [r for r in gc.get_referents(*parts) if gc.is_tracked(r) and not isinstance(r, type)]
    assert tracked == []


ENGLISH_PROSE = (
    "The government said on Tuesday that it would extend the measures until after Easter, and that "
    "people should keep the number of their close contacts as low as they can. The minister told a "
    "press conference that the situation was serious but that there was reason to hope for a more "
    "normal summer once most of the adults in the country have been offered a vaccine."
)
#: German with English loanwords and names: many words, few of them common English ones.
GERMAN_WITH_LOANWORDS = (
    "Die Regierung hat am Dienstag bei einem Meeting in Berlin das neue Social-Media-Gesetz vorgestellt. "
    "Der Minister sagte, die Plattformen wie Facebook, YouTube und TikTok müssten Hate Speech schneller "
    "löschen, sonst drohen hohe Strafen. Die Opposition kritisierte das Update als zu schwach und "
    "forderte ein Online-Register für alle Influencer mit mehr als zehntausend Followern."
)


def test_plain_english_prose_is_english_without_langdetect():
    assert _plain_english(ENGLISH_PROSE)
    assert detect_language(ENGLISH_PROSE) == "en"


def test_other_languages_are_left_to_langdetect():
    assert not _plain_english(GERMAN_WITH_LOANWORDS)
    assert detect_language(GERMAN_WITH_LOANWORDS) == "de"
    assert not _plain_english(NORWEGIAN)


def test_a_short_english_text_is_left_to_langdetect():
    short = "The minister said that the measures would be extended."
    assert not _plain_english(short)
    assert detect_language(short) == "en"


def test_chinese_without_hangul_or_kana_is_not_korean_or_japanese():
    """langdetect read a traditional Chinese page's dates and menus as Korean."""
    assert _by_script("颱風逼近 台南高雄明停班停課 首页 国内 国际", "ko") == "zh"
    assert _by_script("颱風逼近 台南高雄明停班停課 首页 国内 国际", "ja") == "zh"
    assert _by_script("영암 대봉감 수확 시작 올해 작황 양호", "ko") == "ko"
    assert _by_script("瀬戸内レモン、海外輸出を拡大", "ja") == "ja"
    assert _by_script("Der Kreistag hat den Windpark genehmigt.", "de") == "de"
