"""A source label alone on its line is joined to the name extraction put on the next one."""

import pytest

from republished.cleaning.label_lines import join_source_labels

TEXT = "The navigation season on the Neva lasts until the end of November."


def test_a_label_alone_is_joined_to_the_name_after_it():
    assert join_source_labels([TEXT, "Source:", "Fontanka.ru"]) == [TEXT, "Source: Fontanka.ru"]
    assert join_source_labels([TEXT, "Kilde:", "Fædrelandsvennen"]) == [TEXT, "Kilde: Fædrelandsvennen"]


@pytest.mark.parametrize(
    "after",
    [
        "- Reuters",  # a list of sources
        "| Corridor | Weekdays |",  # a table under it
        "Figures from the ministry of transport and the city council.",  # a sentence
        "The ferry company says the route will reopen after the summer holidays end in the region",
    ],
)
def test_a_label_is_not_joined_to_a_list_a_table_a_sentence_or_a_long_line(after):
    assert join_source_labels([TEXT, "Source:", after]) == [TEXT, "Source:", after]


def test_a_label_with_its_name_or_another_label_is_left_as_it_is():
    lines = [TEXT, "Photo:", "Kari Nordmann", "Source: NRK"]
    assert join_source_labels(lines) == lines
