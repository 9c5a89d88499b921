"""The compact word lists answer exactly as wordfreq does, for every kind of word."""

import pytest
import wordfreq

from republished.cleaning import compact

#: Plain and inflected words, names, compounds, words with digits, punctuation and apostrophes,
#: several tokens, other scripts, unknown strings and the empty string.
WORDS = [
    "the", "blinking", "store", "Store", "STORE", "høie", "smittetallet", "folkehelseinstituttet",
    "gängbrottslighet", "don't", "l'état", "covid-19", "2022", "1,000", "3.5%", "new york", "e-mail",
    "straße", "Ⅻ", "xqzvk", "", "   ", "!!!", "naïve", "Blinken", "lavrov's", "ministerial-level",
]  # fmt: skip
#: Japanese and Chinese words need wordfreq's optional tokenizers (MeCab, jieba), in wordfreq too;
#: the cleaner asks their frequencies of no word, only their commonest words (top_words).
LANGUAGES = ["en", "nb", "sv", "da", "nl", "de", "fr", "ru", "es", "pl"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_zipf_frequency_is_wordfreqs(lang):
    words = [*WORDS, *wordfreq.top_n_list(lang, 300)[::7], *wordfreq.top_n_list(lang, 30000)[::997]]
    for word in words:
        assert compact.zipf_frequency(word, lang) == wordfreq.zipf_frequency(word, lang), (word, lang)
        assert compact.word_frequency(word, lang) == wordfreq.word_frequency(word, lang), (word, lang)


@pytest.mark.parametrize("lang", ["en", "nb", "ru", "ja", "zh", "ko", "ar"])
def test_top_words_are_wordfreqs(lang):
    assert compact.top_words(lang, 100) == wordfreq.top_n_list(lang, 100)


def test_plain_frequency_is_the_listed_one():
    listed = wordfreq.get_frequency_dict("en")
    for word in ["the", "store", "blinking", "zymurgy", "xqzvk"]:
        assert compact.plain_frequency(word, "en") == listed.get(word, 0.0)


def test_hash_set_holds_exactly_its_words():
    words = {"store", "blinking", "high"}
    found = compact.HashSet(words)
    assert all(w in found for w in words)
    assert "Store" not in found and "stores" not in found and "" not in found
    assert len(found) == 3


@pytest.mark.parametrize(("word", "lang"), [("서울", "ko"), ("東京", "ja"), ("北京", "zh")])
def test_a_word_of_a_language_wordfreq_segments_is_looked_up_whole(word, lang):
    """wordfreq needs MeCab or jieba (not installed) to split Japanese, Korean and Chinese; the
    names engine asks about single words of an original's language, and a farm copy of a Korean
    outlet was dropped with "No module named 'MeCab'"."""
    assert compact.zipf_frequency(word, lang) > 4
    assert compact.zipf_frequency("smittetallet", lang) == 0


def test_a_language_wordfreq_has_no_list_for_knows_no_words():
    """wordfreq raises for Estonian; a farm copy of ERR (err.ee) was dropped for it."""
    assert compact.zipf_frequency("linnapea", "et") == 0
    assert compact.plain_frequency("linnapea", "et") == 0
