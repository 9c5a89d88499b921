import pytest


def test_source_language_words_are_flagged_with_language(stage, make_draft):
    lines = [
        "The smittetallet rose again on Tuesday, according to Folkehelseinstituttet.",
        "Police in Malmö warned about gängbrottslighet in the city.",
    ]
    draft = make_draft(lines)
    stage("untranslated")(draft)
    assert draft.lines == lines and draft.edits == []
    assert [(f["type"], f["text"]) for f in draft.flags] == [
        ("untranslated", "smittetallet"),
        ("untranslated", "gängbrottslighet"),
    ]
    assert "guessed nb" in draft.flags[0]["reason"]
    assert "guessed sv" in draft.flags[1]["reason"]
    # The signal's detail is text a reader (and a parser of the export) reads, no Python repr.
    assert [s["detail"] for s in draft.mt_signals] == ["2 word(s) left in nb: 1, sv: 1"]


def test_guessed_language_fills_original_when_outlet_unknown(stage, make_draft):
    draft = make_draft(["The regjeringen announced new tiltakene on Friday."])
    stage("untranslated")(draft)
    assert draft.original["language"] == "nb"
    assert draft.original["outlet"] is None


def test_one_word_left_untranslated_names_no_original_language(stage, make_draft):
    """On the audits one word named the wrong language five times in six (Swahili's "daladala"
    read as Norwegian): it is flagged and weighed, but the original's language takes two."""
    draft = make_draft(["The regjeringen announced new rules for the ferries on Friday."])
    stage("untranslated")(draft)
    assert [f["text"] for f in draft.flags] == ["regjeringen"]
    assert draft.original["language"] is None
    assert [s["signal"] for s in draft.mt_signals] == ["untranslated_words"]


def test_english_loanwords_and_names_are_not_flagged(stage, make_draft):
    lines = [
        "A café by the fjord served smörgåsbord to naïve tourists in the zeitgeist of über-cool kindergarten angst.",
        "Folkehelseinstituttet and Regjeringen are institutions; Djokovic and Bolsonaro are names.",
    ]
    draft = make_draft(lines)
    stage("untranslated")(draft)
    assert draft.flags == []


@pytest.mark.parametrize(
    "line",
    [
        "Norwegians rank friluftsliv (open-air life) above almost everything.",
        "Residents of a housing cooperative, or borettslag, gather on a Saturday.",
        "But what is it? A dugnad is a voluntary community work day.",
        "The campaign slogan was “tryggt”, safe, and it worked.",
        "What Norwegians call kos, the concept of koselig, is close to hygge.",
    ],
)
def test_a_word_the_text_explains_is_no_word_left_untranslated(stage, make_draft, line):
    """An English writer quotes, glosses or defines a foreign word; an engine does not."""
    draft = make_draft(
        [line, "Later the word comes back: friluftsliv, borettslag, dugnad, tryggt and koselig."]
    )
    stage("untranslated")(draft)
    explained = {"friluftsliv", "borettslag", "dugnad", "tryggt", "koselig"} & set(line.split(" "))
    flagged = {f["text"] for f in draft.flags}
    assert not flagged & {w.strip("(),.“”?") for w in line.split()}
    assert explained.isdisjoint(flagged)


def test_a_paragraph_in_another_language_is_not_read_as_english(stage, make_draft):
    english = (
        "The chancellor quoted the report at length in his speech to the business federation on "
        "Tuesday, and said that the government would present its own plan before the summer. "
    )
    lines = [
        english * 3,
        "„Unsere Industrie steht vor der größten Umwälzung seit Jahrzehnten. Deshalb müssen sich "
        "öffentliche Investitionen bis zum Ende des Jahrzehnts ungefähr verdreifachen, und dafür brauchen "
        "Länder, Kommunen und Unternehmen endlich verlässliche Regeln, schnellere Genehmigungen und "
        "deutlich weniger Bürokratie“, heißt es im Bericht.",
        "The opposition called the speech a distraction from the budget talks, which have stalled.",
    ]
    draft = make_draft(lines)
    stage("language")(draft)
    assert draft.language == "en"
    stage("untranslated")(draft)
    assert draft.other_language_lines == {1}
    assert [f for f in draft.flags if f["type"] == "untranslated"] == []


def test_a_word_left_untranslated_is_flagged_once(stage, make_draft):
    lines = ["The smittetallet rose again.", "The smittetallet is the highest since spring."]
    draft = make_draft(lines)
    stage("untranslated")(draft)
    assert [f["text"] for f in draft.flags] == ["smittetallet"]


def test_once_the_original_language_is_known_only_its_words_are_left_untranslated(stage, make_draft):
    """A copy of a Latvian story keeps the company name "siltums" (Rīgas siltums), which reads as a
    Swedish compound of "sil" and "tums"; a copy of a Danish one keeps "smittetallet" (also
    Norwegian) and is flagged in Danish."""
    latvian = make_draft(["The company siltums will raise the heating tariff by a quarter from October."])
    latvian.original.update(outlet="Diena", language="lv")
    stage("untranslated")(latvian)
    assert latvian.flags == [] and latvian.original["language"] == "lv"
    danish = make_draft(["The smittetallet rose again on Tuesday, the authority said."])
    danish.original.update(outlet="Politiken", language="da")
    stage("untranslated")(danish)
    assert [(f["text"], f["reason"].rsplit("guessed ", 1)[1]) for f in danish.flags] == [
        ("smittetallet", "da")
    ]
    unknown = make_draft(["The company siltums will raise the heating tariff by a quarter from October."])
    stage("untranslated")(unknown)
    assert [f["text"] for f in unknown.flags] == ["siltums"]
