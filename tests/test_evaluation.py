"""The shingle metric of the article-extraction benchmark, on cases small enough to count by hand."""

from collections import Counter

import pytest

from republished.cleaning.evaluation import aggregate, page_scores, shingles


def test_shingles_are_runs_of_four_tokens_counted_as_a_multiset():
    assert shingles("a b c d a b c d") == Counter(
        {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1, ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}
    )


def test_tokens_are_word_runs_with_case_kept():
    assert shingles("Søren's  café—Oslo, 2024!") == Counter(
        {("Søren", "s", "café", "Oslo"): 1, ("s", "café", "Oslo", "2024"): 1}
    )


def test_a_text_of_one_to_three_tokens_is_one_shorter_shingle():
    assert shingles("Hello, world") == Counter({("Hello", "world"): 1})
    assert page_scores("Hello world", "Hello world") == (1.0, 1.0)
    assert page_scores("hello world", "Hello world") == (0.0, 0.0)


def test_empty_text_has_no_shingles():
    assert shingles("") == Counter()
    assert shingles(" — ... ") == Counter()


def test_identical_text_scores_one():
    text = "The minister said on Tuesday that the plan would go ahead."
    assert page_scores(text, text) == (1.0, 1.0)


def test_disjoint_text_scores_zero():
    assert page_scores("one two three four five", "six seven eight nine ten") == (0.0, 0.0)


def test_partial_overlap():
    # truth: (1 2 3 4) (2 3 4 5) (3 4 5 6); prediction: the first two of them.
    precision, recall = page_scores("one two three four five", "one two three four five six")
    assert precision == 1.0
    assert recall == pytest.approx(2 / 3)


def test_repeated_shingles_count_once_per_occurrence_in_both():
    # The prediction repeats (a b c d); the truth has it once, so only one counts.
    assert page_scores("a b c d a b c d", "a b c d") == (pytest.approx(1 / 5), 1.0)


def test_empty_prediction_has_no_precision_and_zero_recall():
    assert page_scores("", "one two three four") == (None, 0.0)


def test_empty_prediction_is_left_out_of_precision_but_counted_in_recall():
    result = aggregate([(1.0, 1.0), page_scores("", "one two three four")])
    assert result["precision"] == 1.0
    assert result["recall"] == 0.5
    assert result["f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert result["pages"] == 2


def test_f1_is_the_harmonic_mean_of_the_averages_not_the_average_of_page_f1s():
    result = aggregate([(1.0, 0.5), (0.5, 1.0)])
    assert result["precision"] == result["recall"] == 0.75
    assert result["f1"] == pytest.approx(0.75)


def test_nothing_to_aggregate_scores_zero():
    assert aggregate([]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "pages": 0}
    assert aggregate([(None, 0.0)])["f1"] == 0.0
