import pytest


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


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("The cruise ships of Ã…lesund and Geiranger.", "The cruise ships of Ålesund and Geiranger."),
        ("Ã˜ystein Ã…sland met Ã‰mile in Ã–rebro.", "Øystein Åsland met Émile in Örebro."),
    ],
)
def test_a_capitals_utf8_read_as_windows_1252_is_repaired_and_said(stage, make_draft, line, fixed):
    """ftfy leaves "Ã…" alone in a line (the pair could be meant); before a lower-case letter it
    cannot be, and the untranslated-words stage would flag the rest ("lesund")."""
    draft = make_draft([line])
    stage("encoding")(draft)
    assert draft.lines == [fixed]
    assert "capital letter's UTF-8 read as windows-1252" in draft.edits[0]["reason"]


@pytest.mark.parametrize(
    "line", ["SÃO PAULO (Reuters) – Brazil's central bank held rates.", "The letter Ã… is no word."]
)
def test_an_a_tilde_that_is_meant_stays(stage, make_draft, line):
    draft = make_draft([line])
    stage("encoding")(draft)
    assert draft.lines == [line] and draft.edits == []
