def test_mojibake_and_spaced_entities_are_repaired(stage, make_draft):
    draft = make_draft(["Lavrov& # 39; s remarks were clear.", "Health Minister Bent HÃ¸ie spoke."])
    stage("encoding")(draft)
    assert draft.lines == ["Lavrov's remarks were clear.", "Health Minister Bent Høie spoke."]
    assert len(draft.edits) == 2
    assert "entities" in draft.edits[0]["reason"]
    assert "ftfy" in draft.edits[1]["reason"]


def test_typography_is_left_as_published(stage, make_draft):
    lines = ["“NATO is now working against Russia,” he said – Lavrov’s words.", "Straße und Ærø"]
    draft = make_draft(lines)
    stage("encoding")(draft)
    assert draft.lines == lines
    assert draft.edits == []


def test_a_closing_quote_whose_last_byte_was_lost_is_a_closing_quote(stage, make_draft):
    """”, read as windows-1252, is "â€" and a byte that has no character there: ftfy alone makes
    a dagger of "â€ " and eats the space."""
    draft = make_draft(["“The flood reached the centre,â€ says the mayor.", "Something must be doneâ€."])
    stage("encoding")(draft)
    assert draft.lines == ["“The flood reached the centre,” says the mayor.", "Something must be done”."]
    assert all("closing quotation mark" in e["reason"] for e in draft.edits)


def test_a_spaced_apostrophe_entity_takes_the_space_before_it_too(stage, make_draft):
    draft = make_draft(["The government & # 39; s proposal and Lavrov& # 39; s reply."])
    stage("encoding")(draft)
    assert draft.lines == ["The government's proposal and Lavrov's reply."]


def test_spaced_named_entities_are_decoded(stage, make_draft):
    draft = make_draft(["He said & quot;no& quot; to Johnson & amp; Johnson."])
    stage("encoding")(draft)
    assert draft.lines == ['He said "no" to Johnson & Johnson.']


def test_an_opening_quote_entity_keeps_its_space(stage, make_draft):
    draft = make_draft(["He called it & # 39;simple& # 39; and left."])
    stage("encoding")(draft)
    assert draft.lines == ["He called it 'simple' and left."]
