"""An attribution in the text names the original only when the copy's untranslated words are in
that outlet's language: two independent signals that agree."""

import pytest

LEAD = "The government buys air defence for 58 billion kroner, writes DR."
BODY = "Defence minister Troels Lund Poulsen presented the forsvarsforliget on Tuesday."


def danish_copy(make_draft, *lines):
    draft = make_draft([*lines, BODY])
    draft.original.update(language="da", evidence=["language of 1 untranslated word(s)"])
    return draft


def test_an_attribution_to_an_outlet_of_the_untranslated_words_language_names_it(stage, make_draft):
    draft = danish_copy(make_draft, LEAD)
    stage("attribution")(draft)
    assert (draft.original["outlet"], draft.original["domain"], draft.original["method"]) == (
        "DR",
        "dr.dk",
        "registry",
    )
    assert draft.original["evidence"][0] == "language of 1 untranslated word(s)"
    assert "writes" in draft.original["evidence"][1] and "writing in da" in draft.original["evidence"][1]
    assert draft.lines == [LEAD, BODY]


def test_without_the_language_of_untranslated_words_an_attribution_names_nothing(stage, make_draft):
    draft = make_draft([LEAD, BODY])
    stage("attribution")(draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    "lead",
    [
        "The government buys air defence for 58 billion kroner, according to Le Monde.",  # not Danish
        "The government buys air defence for 58 billion kroner, according to Ritzau.",  # an agency
        "Politiken reports that the deal is done, and Berlingske writes that it was signed.",  # two outlets
    ],
)
def test_an_outlet_of_another_language_an_agency_or_two_outlets_name_nothing(stage, make_draft, lead):
    draft = danish_copy(make_draft, lead)
    stage("attribution")(draft)
    assert draft.original["outlet"] is None


def test_an_outlet_already_found_is_kept(stage, make_draft):
    draft = make_draft([LEAD, BODY], outlet="Politiken")
    stage("attribution")(draft)
    assert draft.original["outlet"] == "Politiken"
