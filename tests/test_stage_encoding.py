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
