import re

import pytest
from wordfreq import get_frequency_dict, top_n_list, zipf_frequency, zipf_to_freq

from republished.cleaning.frequency import ZIPF_ROUNDING, english_zipf_above, english_zipf_at_least

#: Words across the frequency range, words near the bounds below, and words the list cannot
#: settle (capitals, diacritics, a hyphen, unknown letters), which wordfreq itself decides.
WORDS = [
    *top_n_list("en", 200_000)[::40],
    *[w for w in get_frequency_dict("en") if re.fullmatch(r"[a-z]{5,}", w)][::97],
    "qwxz",
    "zzzzzq",
    "Store",
    "høie",
    "naïve",
    "e-mail",
    "smittetallet",
    "trøndelag",
]


def _on_the_edge(bound: float) -> list[str]:
    """The plain words whose listed frequency is nearest the bound, inside wordfreq's rounding."""
    low, high, at = (zipf_to_freq(bound + d) for d in (-ZIPF_ROUNDING, ZIPF_ROUNDING, 0))
    words = [w for w, f in get_frequency_dict("en").items() if low <= f < high and w.isalpha()]
    return sorted(words, key=lambda w: abs(get_frequency_dict("en")[w] - at))[:300]


@pytest.mark.parametrize("bound", [0.0, 1.0, 2.5, 3.0, 5.5])
def test_the_shortcut_agrees_with_zipf_frequency(bound):
    edge = _on_the_edge(bound)
    assert bound == 0 or edge, "no word on the edge: the rounding margin would go untested"
    for word in WORDS + edge:
        zipf = zipf_frequency(word, "en")
        assert english_zipf_at_least(word, bound) == (zipf >= bound), (word, bound)
        assert english_zipf_above(word, bound) == (zipf > bound), (word, bound)
