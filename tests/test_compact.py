"""The compact word lists answer exactly as wordfreq does, for every kind of word."""

import subprocess
import sys

import pytest
import wordfreq
import wordfreq.tokens

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


def test_hash_set_holds_exactly_its_words(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    words = {"store", "blinking", "high"}
    found = compact.HashSet.cached("test-words", lambda: words)
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


def test_a_language_without_a_list_is_not_tokenized(caplog, monkeypatch):
    """wordfreq warns on stderr that it has no tokenizer for Thai, once per process: every worker
    printed it in a user's run, for an answer that is 0 anyway."""
    monkeypatch.setattr(wordfreq.tokens, "_WARNED_LANGUAGES", set())
    with caplog.at_level("WARNING", logger="wordfreq"):
        assert compact.zipf_frequency("มาลี", "th") == 0
    assert caplog.records == []


def test_a_cached_list_is_read_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    words = ["store", "blinking", "høie", "covid-19"]
    built = compact.HashSet.cached("test-words", lambda: words)
    (cached,) = (tmp_path / "republished").glob("test-words.*.bin")
    read = compact.HashSet.cached("test-words", lambda: pytest.fail("built again despite the cache"))
    assert all(w in built and w in read for w in words)
    assert "stores" not in read and len(read) == len(built) == 4
    assert cached.stat().st_size == 12 + 8 * 4  # a header, then 8 bytes a word


def test_a_damaged_cache_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    compact.HashSet.cached("test-words", lambda: ["store", "blinking"])
    (cached,) = (tmp_path / "republished").glob("test-words.*.bin")
    data = bytearray(cached.read_bytes())
    data[-1] ^= 0xFF  # a flipped bit in the last hash: the checksum disagrees
    cached.write_bytes(bytes(data))
    again = compact.HashSet.cached("test-words", lambda: ["store", "blinking"])
    assert "store" in again and "blinking" in again
    assert cached.read_bytes() != bytes(data)


def test_an_unwritable_cache_folder_costs_only_the_cache(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    found = compact.HashSet.cached("test-words", lambda: ["store"])
    assert "store" in found and "blinking" not in found


def test_the_hash_is_the_same_in_another_process():
    """The cache is shared between processes and runs, so its hash must not be Python's
    per-process `hash` of a string."""
    code = "from republished.cleaning.compact import stable_hash; print(stable_hash('Støre'))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(other.stdout) == compact.stable_hash("Støre")


def test_without_a_home_the_lists_are_built_in_memory(monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(compact.Path, "home", staticmethod(no_home))
    found = compact.HashSet.cached("test-words", lambda: ["store"])
    assert "store" in found and "blinking" not in found


@pytest.mark.parametrize(
    "language, latin",
    [
        ("ko", False),
        ("ja", False),
        ("ar", False),
        ("ru", False),
        ("tr", True),
        ("sh", True),
        ("nl", True),
        ("th", False),
        # letters of Latin Extended Additional ("ờ", "ộ") are Latin too
        ("vi", True),
    ],
)
def test_whether_a_languages_word_list_is_in_latin_letters(language, latin):
    assert compact.written_in_latin_letters(language) is latin
