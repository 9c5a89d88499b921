def test_seed_grammar_is_flagged_not_rewritten(stage, make_draft):
    lines = [
        "– Me repeated that Russia has never threatened the Ukrainian people, Lavrov said during the press conference.",
        "Also, they notified you Military exercise in Belarus together with Belarusian armed forces in February.",
    ]
    draft = make_draft(lines)
    stage("grammar")(draft)
    assert draft.lines == lines
    assert draft.edits == []
    assert [(f["type"], f["text"]) for f in draft.flags] == [
        ("mt_grammar", "Me repeated"),
        ("mt_grammar", "you Military"),
    ]
    assert all(f["reason"] for f in draft.flags)


def test_ordinary_english_is_not_flagged(stage, make_draft):
    lines = [
        "Me and my brother walked home.",
        "They told you Monday would be late, and gave him Christmas presents.",
        "He called me yesterday.",
    ]
    draft = make_draft(lines)
    stage("grammar")(draft)
    assert draft.flags == []


def test_party_rendered_as_words_is_flagged(stage, make_draft):
    draft = make_draft(["The right leader Erna Solberg criticised the budget on Tuesday."])
    stage("grammar")(draft)
    assert [(f["type"], f["text"]) for f in draft.flags] == [("mt_grammar", "The right leader")]


def test_political_right_in_ordinary_english_is_not_flagged(stage, make_draft):
    lines = [
        "The right to vote is protected.",
        "She turned right at the leader board.",
        "The right-wing leader spoke.",
    ]
    draft = make_draft(lines)
    stage("grammar")(draft)
    assert draft.flags == []
