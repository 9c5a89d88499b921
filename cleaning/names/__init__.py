"""People's names in translated articles: word knowledge, the analysis of an article's people, the
evidence that a word stands for a person's name, and one decision over that evidence.

- words.py: which words are ordinary English, which spellings are one name (shared with other stages);
- lexicon.py: translations of name words, by source language (names_lexicon.yaml);
- people.py: one analysis of the article's people, built once (anchors, given names, aliases);
- slots.py: where a name stands (Slot);
- evidence.py: candidates (words that may stand for a name) and their named evidence (Evidence);
- decide.py: the one decision, weighed with the weights of names.yaml.

The stage itself is cleaning/stages/names.py.
"""

from republished.cleaning.names.words import (
    common_prefix,
    fold_diacritics,
    is_given_name,
    is_inflection,
    is_ordinary_word,
    is_patronymic,
    load_word_lists,
    lookalike,
    plausible_rendering,
    same_spelling_family,
    similarity,
    skeleton,
)

__all__ = [
    "common_prefix",
    "fold_diacritics",
    "is_given_name",
    "is_inflection",
    "is_ordinary_word",
    "is_patronymic",
    "load_word_lists",
    "lookalike",
    "plausible_rendering",
    "same_spelling_family",
    "similarity",
    "skeleton",
]
