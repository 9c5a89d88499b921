"""English word frequencies from wordfreq, without tokenising plain words.

`zipf_frequency` tokenises its word on every call, which was a fifth of the names stage
and most of the untranslated stage. A plain lower-case ASCII word is its own only token,
so its frequency is read from wordfreq's list, except within wordfreq's rounding of the
bound asked about, where `zipf_frequency` itself decides.
"""

from wordfreq import zipf_to_freq

from republished.cleaning.compact import plain_frequency, zipf_frequency

#: wordfreq rounds frequencies to three significant digits and Zipf values to 0.01.
ZIPF_ROUNDING = 0.02


def _clearly_above(word: str, bound: float) -> bool | None:
    """True or False when the list settles which side of the bound the word's Zipf value is on."""
    if bound <= 0 or not (word.isascii() and word.isalpha() and word.islower()):
        return None  # zipf_frequency floors its values at 0, which the list does not show
    frequency = plain_frequency(word, "en")
    if frequency >= zipf_to_freq(bound + ZIPF_ROUNDING):
        return True
    if frequency < zipf_to_freq(bound - ZIPF_ROUNDING):
        return False
    return None


def english_zipf_at_least(word: str, bound: float) -> bool:
    """zipf_frequency(word, "en") >= bound."""
    clearly = _clearly_above(word, bound)
    return clearly if clearly is not None else zipf_frequency(word, "en") >= bound


def english_zipf_above(word: str, bound: float) -> bool:
    """zipf_frequency(word, "en") > bound."""
    clearly = _clearly_above(word, bound)
    return clearly if clearly is not None else zipf_frequency(word, "en") > bound
