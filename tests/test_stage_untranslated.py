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


def test_guessed_language_fills_original_when_outlet_unknown(stage, make_draft):
    draft = make_draft(["The regjeringen announced new tiltakene on Friday."])
    stage("untranslated")(draft)
    assert draft.original["language"] == "nb"
    assert draft.original["outlet"] is None


def test_english_loanwords_and_names_are_not_flagged(stage, make_draft):
    lines = [
        "A café by the fjord served smörgåsbord to naïve tourists in the zeitgeist of über-cool kindergarten angst.",
        "Folkehelseinstituttet and Regjeringen are institutions; Djokovic and Bolsonaro are names.",
    ]
    draft = make_draft(lines)
    stage("untranslated")(draft)
    assert draft.flags == []
