"""The names engine (cleaning/names/): translations of names repaired from the article's own evidence,
the evidence against them, the lexicon, the decision and explain(). The cascade's older cases are in
test_stage_names.py."""

import pytest

from republished.cleaning.names.config import Weights, reachable
from republished.cleaning.names.decide import decide
from republished.cleaning.names.evidence import Candidate, Evidence, EvidenceKind, Reading
from republished.cleaning.names.lexicon import Lexicon, english_forms
from republished.cleaning.names.people import Unit
from republished.cleaning.names.slots import Slot


def run(stage, make_draft, lines, outlet=None, title="A headline"):
    draft = make_draft(lines, outlet=outlet, title=title)
    stage("names")(draft)
    return draft


# -- the given name followed by a translation -----------------------------------------------------


def test_a_full_name_with_a_translated_surname_in_a_translated_copy(stage, make_draft):
    lines = [
        "Pablo Iglesias, the founder of Podemos, spoke in Madrid on Monday.",
        "Pablo Churches told the meeting that rents must be capped.",
        "Churches said the party would vote against the bill.",
    ]
    draft = run(stage, make_draft, lines, outlet="El País")
    assert draft.lines[1] == "Pablo Iglesias told the meeting that rents must be capped."
    # the full name established 'Churches' as the article's rendering of Iglesias
    assert draft.lines[2] == "Iglesias said the party would vote against the bill."


@pytest.mark.parametrize(("outlet", "repaired"), [("El País", True), (None, False)])
def test_without_a_source_language_the_given_name_alone_proves_nothing(stage, make_draft, outlet, repaired):
    """'puerta' (door) is in no lexicon: what says 'Marta Door' is Marta Puerta rendered is that the
    copy is translated from Spanish. In an English original, Marta Door may be anyone."""
    lines = [
        "Marta Puerta, the mayor of Valladolid, presented the budget on Monday.",
        "Marta Door told the council that the city would borrow less.",
    ]
    draft = run(stage, make_draft, lines, outlet=outlet)
    assert (draft.lines[1] == "Marta Puerta told the council that the city would borrow less.") is repaired
    assert draft.lines[0] == lines[0]


def test_a_middle_name_translated_in_the_full_name_and_before_the_rest_of_the_name(stage, make_draft):
    lines = [
        "Regional President Isabel Díaz Ayuso defended the rules.",
        "Isabel Days Ayuso said the region would not apply the cap.",
        "Days Ayuso has called the bill an attack on property owners.",
        "Days later, the ministry presented a revised text.",
    ]
    draft = run(stage, make_draft, lines, outlet="El País")
    assert draft.lines[1:] == [
        "Isabel Díaz Ayuso said the region would not apply the cap.",
        "Díaz Ayuso has called the bill an attack on property owners.",
        "Days later, the ministry presented a revised text.",
    ]


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("Ursula from the Leyen told the parliament that states must act.", "Ursula von der Leyen told"),
        ("From the Leyen said the money would come from loans.", "Von der Leyen said"),
        ("The plan was drawn up by from the Leyen’s cabinet.", "by von der Leyen’s cabinet"),
    ],
)
def test_translated_particles(stage, make_draft, line, repaired):
    lines = ["Commission President Ursula von der Leyen presented the plan on Wednesday.", line]
    draft = run(stage, make_draft, lines, outlet="DER SPIEGEL")
    assert repaired in draft.lines[1]


def test_a_caption_lead_in_in_capitals_for_a_rendering_the_article_established(stage, make_draft):
    draft = make_draft(
        [
            "Pablo Iglesias, the founder of Podemos, spoke in Madrid on Monday.",
            "Pablo Churches told the meeting that rents must be capped.",
        ],
        outlet="El País",
    )
    draft.captions = ["CHURCHES: The Podemos founder (left) at a rally in Madrid."]
    stage("names")(draft)
    assert draft.captions == ["IGLESIAS: The Podemos founder (left) at a rally in Madrid."]


def test_the_lexicon_repairs_a_bare_surname_where_a_person_stands(stage, make_draft):
    lines = [
        "In Berlin, Labour Minister Hubertus Heil spoke about pensions.",
        "Salvation said the reform would go ahead as planned.",
        "The Salvation Army runs several shelters in Berlin.",
    ]
    draft = run(stage, make_draft, lines, outlet="DER SPIEGEL")
    assert draft.lines[1] == "Heil said the reform would go ahead as planned."
    assert draft.lines[2] == lines[2]
    assert "'Salvation' translates 'Heil'" in draft.edits[0]["reason"]


def test_the_one_person_never_called_by_surname(stage, make_draft):
    """No full name and no lexicon entry: 'Drunk' stands where a name stands again and again, for
    the one person the copy names but never calls by surname."""
    lines = [
        "Isabelle Ivre, the chief economist at the central bank, said rates would stay high.",
        "– We have to be patient, says Drunk.",
        "The opposition criticised Drunk’s handling of the crisis.",
        "Drunk drivers caused fewer accidents this year.",
    ]
    draft = run(stage, make_draft, lines, outlet="Le Monde")
    assert draft.lines[1] == "– We have to be patient, says Ivre."
    assert draft.lines[2] == "The opposition criticised Ivre’s handling of the crisis."
    assert draft.lines[3] == lines[3]


# -- evidence against ------------------------------------------------------------------------------


def test_a_name_of_the_source_language_is_another_person(stage, make_draft):
    """'Tung' is a Norwegian word: Karianne Tung is a person of her own, not Karianne Nilsen rendered."""
    lines = [
        "Digitalisation Minister Karianne Tung presented the strategy on Monday.",
        "Karianne Nilsen, who leads the union, said the money was too little.",
    ]
    assert run(stage, make_draft, lines, outlet="VG").lines == lines


def test_a_name_the_source_language_does_not_use_is_not_translated(stage, make_draft):
    """A Norwegian copy about Tom Stafford and Tom Young: 'Stafford' is no Norwegian word, so no
    engine turned it into 'Young'."""
    lines = [
        "The two witnesses, former astronaut Tom Stafford and retired engineer Tom Young, spoke first.",
        "Stafford said the agency needed a clear goal.",
    ]
    assert run(stage, make_draft, lines, outlet="VG").lines == lines


def test_a_place_acts_as_a_person_but_is_no_persons_name(stage, make_draft):
    lines = [
        "Defence Minister Boris Pistorius visited the base on Tuesday.",
        "China said it was following the debate closely.",
        "China’s ambassador repeated the warning on Thursday.",
    ]
    assert run(stage, make_draft, lines, outlet="DER SPIEGEL").lines == lines


# -- the lexicon, the decision, explain() ---------------------------------------------------------


def test_the_lexicon_finds_names_made_of_inflected_words():
    lexicon = Lexicon({"es": {"iglesia": ("church",)}, "it": {"drago": ("dragon",), "melone": ("melon",)}})
    assert lexicon.renders(["es"], "Iglesias", "Churches") == "es"
    assert lexicon.renders(["it"], "Draghi", "Dragons") == "it"
    assert lexicon.renders(["it"], "Meloni", "Melons") == "it"
    assert lexicon.renders(["es", "it"], "Iglesias", "Church") == "es"
    assert lexicon.renders(["it"], "Iglesias", "Churches") is None
    assert english_forms("city") == {"city", "cities"}


WEIGHTS = Weights(
    threshold=1.0,
    margin=0.25,
    readings={
        "alias": {"base": 0.5, "slots": {"person": 0.5}, "evidence": {}},
        "silent": {"base": 0.0, "slots": {"person": 0.5}, "evidence": {"translated": 0.25, "repeated": 0.25}},
    },
    against={"name_of_its_own": -10.0},
)


def _reading(kind, target, slot=Slot.SPEECH_AFTER, evidence=()):
    return Reading(Evidence(kind), target, target, (slot, ""), list(evidence))


def test_the_decision_weighs_a_reading_its_slot_and_its_evidence():
    unit = Unit("text", 0, "Churches said so.", [])
    candidate = Candidate(unit, 0, 8, [_reading(EvidenceKind.ALIAS, "Iglesias")])
    decision = decide(candidate, WEIGHTS)
    assert decision.repair and decision.best.score == 1.0
    against = _reading(EvidenceKind.ALIAS, "Iglesias", evidence=[Evidence(EvidenceKind.NAME_OF_ITS_OWN)])
    assert not decide(Candidate(unit, 0, 8, [against]), WEIGHTS).repair


def test_two_readings_naming_two_people_as_strongly_repair_nothing():
    unit = Unit("text", 0, "Churches said so.", [])
    candidate = Candidate(
        unit, 0, 8, [_reading(EvidenceKind.ALIAS, "Iglesias"), _reading(EvidenceKind.ALIAS, "Casado")]
    )
    decision = decide(candidate, WEIGHTS)
    assert not decision.repair and "could stand for" in decision.why


def test_a_reading_that_cannot_reach_the_threshold_without_a_source_language():
    assert reachable(WEIGHTS, "silent", set())
    assert not reachable(WEIGHTS, "silent", {"translated"})
    assert not reachable(WEIGHTS, "unknown", set())


def test_explain_names_the_evidence_of_a_repair_and_of_a_word_left_alone(stage, cleaner):
    text = "\n".join(
        [
            "Pablo Iglesias, the founder of Podemos, spoke in Madrid on Monday and again on Tuesday.",
            "Churches said the party would vote against the housing bill in its present form.",
            "Several churches in Madrid have opened their halls to families who lost their homes.",
            "Churches across the region are also collecting food for the food banks this winter.",
        ]
    )
    record = cleaner.clean_text(
        text, url="https://www.archyworldys.com/x/", title="Rents – El País – Archyworldys"
    )
    names = stage("names")
    repaired = names.explain(record, "Churches", line=record["text"].split("\n")[1])
    assert repaired.startswith("'Churches': repaired")
    assert "lexicon → 'Iglesias'" in repaired and "slot speech_after" in repaired
    left = names.explain(record, "Churches", line=record["text"].split("\n")[3])
    assert left.startswith("'Churches': left") and "no_slot" in left
    assert names.explain(record, "Podemos", line="no such line") == "the line is not in the record"
