import pytest


def run(stage, make_draft, lines):
    draft = make_draft(lines)
    stage("quotes")(draft)
    return draft


def test_seed_dash_quotes_get_their_speakers(stage, make_draft):
    lines = [
        "Following Friday’s meeting, Lavrov says Russia has no plans to attack Ukraine. – The discussion was useful, says Blinken.",
        "– We concluded with an agreement that next week we will receive written answers to all our proposals, Lavrov said.",
        "He also said:",
        "– I think we can continue work on developing understanding.",
        "– There is no room for negotiations, Blinken also said.",
        "– These are difficult issues. I don’t expect that we will solve them in Geneva, the US Secretary of State said.",
        "– Me repeated that Russia has never threatened the Ukrainian people, Lavrov said during the press conference.",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [
        {"text": "The discussion was useful", "speaker": "Blinken"},
        {
            "text": "We concluded with an agreement that next week we will receive written answers to all our proposals",
            "speaker": "Lavrov",
        },
        {"text": "I think we can continue work on developing understanding.", "speaker": None},
        {"text": "There is no room for negotiations", "speaker": "Blinken"},
        {
            "text": "These are difficult issues. I don’t expect that we will solve them in Geneva",
            "speaker": "US Secretary of State",
        },
        {"text": "Me repeated that Russia has never threatened the Ukrainian people", "speaker": "Lavrov"},
    ]
    assert draft.lines == lines
    assert draft.edits == []


def test_tweet_signatures_are_not_quotes(stage, make_draft):
    lines = [
        "– We will not give up, Kejriwal said on Friday.",
        "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [{"text": "We will not give up", "speaker": "Kejriwal"}]


def test_dashes_without_any_attributed_quote_are_not_quotes(stage, make_draft):
    lines = ["Prices rose – again.", "– A list item from a CMS", "The end – finally, they said."]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == []


def test_guillemets_and_stray_marks_are_normalised(stage, make_draft):
    draft = make_draft(
        ["«NATO is now working against Russia», he said.", "”We are ready,” she said."], outlet="VG"
    )
    stage("quotes")(draft)
    assert draft.lines == ["“NATO is now working against Russia”, he said.", "“We are ready,” she said."]
    assert [e["action"] for e in draft.edits] == ["replace", "replace"]


def test_balanced_english_quotes_stay(stage, make_draft):
    lines = ["“We are not afraid of anyone,” Lavrov replied.", "He called it “sincere”."]
    draft = run(stage, make_draft, lines)
    assert draft.lines == lines
    assert draft.edits == []


def test_stray_mark_in_an_english_original_is_left_as_published(stage, make_draft):
    lines = ["”We are ready,” she said."]
    draft = run(stage, make_draft, lines)
    assert draft.lines == lines


def test_em_dash_quote(stage, make_draft):
    draft = run(stage, make_draft, ["— We will not raise taxes this year, says Støre."])
    assert draft.quotes == [{"text": "We will not raise taxes this year", "speaker": "Støre"}]


def test_dash_inside_a_sentence_does_not_open_a_quote(stage, make_draft):
    lines = ["The deal – worth two billion kroner – was signed on Friday, Equinor said."]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == []


def test_speaker_names_with_particles(stage, make_draft):
    lines = [
        "– Inflation is still too high, said Luis de Guindos.",
        "– The virus is spreading fast, said Jaap van Dissel.",
        "– The models have been right, said Hans von Storch.",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [
        {"text": "Inflation is still too high", "speaker": "Luis de Guindos"},
        {"text": "The virus is spreading fast", "speaker": "Jaap van Dissel"},
        {"text": "The models have been right", "speaker": "Hans von Storch"},
    ]


def test_a_phrase_after_a_comma_following_the_speaker(stage, make_draft):
    lines = [
        "– The talks were useful, said Blinken, adding that more meetings are planned.",
        "– We will not back down, Lavrov said, according to RIA Novosti.",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [
        {"text": "The talks were useful", "speaker": "Blinken"},
        {"text": "We will not back down", "speaker": "Lavrov"},
    ]


def test_speakers_with_two_word_particles_or_a_scandinavian_capital(stage, make_draft):
    lines = [
        "– The talks were useful, said Ursula von der Leyen.",
        "– Rates will stay where they are, Øystein Olsen said.",
        "– We have done our part, says Åsa Romson.",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [
        {"text": "The talks were useful", "speaker": "Ursula von der Leyen"},
        {"text": "Rates will stay where they are", "speaker": "Øystein Olsen"},
        {"text": "We have done our part", "speaker": "Åsa Romson"},
    ]


@pytest.mark.parametrize(
    "verb",
    [
        "says", "said", "told", "tells", "adds", "added", "replied", "replies", "explains", "explained",
        "writes", "wrote", "stated", "states", "continues", "continued", "emphasizes", "emphasises",
        "emphasized", "emphasised", "points out", "pointed out",
    ],
)  # fmt: skip
def test_every_speech_verb_attributes_a_dash_quote(stage, make_draft, verb):
    draft = run(stage, make_draft, [f"– The border will stay open, {verb} Støre."])
    assert draft.quotes == [{"text": "The border will stay open", "speaker": "Støre"}]


def test_speaker_followed_by_a_lower_case_phrase(stage, make_draft):
    draft = run(stage, make_draft, ["– We have no comment, Equinor said in a statement to NTB."])
    assert draft.quotes == [{"text": "We have no comment", "speaker": "Equinor"}]


def test_negative_temperature_is_not_an_unattributed_quote(stage, make_draft):
    lines = [
        "– It is the coldest night this winter, says meteorologist Kari Nilsen.",
        "–30 degrees was measured in Karasjok.",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [{"text": "It is the coldest night this winter", "speaker": "Kari Nilsen"}]


def test_closing_mark_before_a_word_is_not_turned_into_an_opening_mark(stage, make_draft):
    draft = make_draft(["“The negotiations are over ”she said."], outlet="VG")
    stage("quotes")(draft)
    assert draft.lines == ["“The negotiations are over ”she said."]


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("”We are ready ”, she said.", "“We are ready ”, she said."),
        ("”We are ready,”she said.", "“We are ready,”she said."),
    ],
)
def test_only_the_opening_stray_mark_is_repaired(stage, make_draft, line, fixed):
    draft = make_draft([line], outlet="VG")
    stage("quotes")(draft)
    assert draft.lines == [fixed]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("says FAU leader Kari Nordmann.", "Kari Nordmann"),
        ("says Malmö's mayor Katrin Stjernfeldt Jammeh.", "Katrin Stjernfeldt Jammeh"),
        ("says leader of the Student Organization, Ingrid Skjeldestad.", "Ingrid Skjeldestad"),
        ("says Høyre's mayoral candidate Anne Lindboe to NRK.", "Anne Lindboe"),
        (
            "says operations manager Kari Nilsen in the Norwegian Water Resources and Energy Directorate.",
            "Kari Nilsen",
        ),
        ("says Senterpartiet's energy spokesperson to the newspaper.", None),
        ("says Prime Minister Jonas Gahr Støre to VG.", "Prime Minister Jonas Gahr Støre"),
    ],
)
def test_the_speaker_is_the_person_not_the_body_or_place_that_qualifies_the_role(
    stage, make_draft, attribution, speaker
):
    draft = make_draft([f"– We cannot wait until the winter, {attribution}"])
    stage("quotes")(draft)
    assert draft.quotes == [{"text": "We cannot wait until the winter", "speaker": speaker}]


def test_an_office_and_its_department_before_the_name_name_no_wrong_speaker(stage, make_draft):
    lines = [
        "– It must end, says Minister of Justice Gunnar Strömmer (M) to Aftonbladet.",
        "– We are ready, says Prime Minister Ulf Kristersson.",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [
        {"text": "It must end", "speaker": None},
        {"text": "We are ready", "speaker": "Prime Minister Ulf Kristersson"},
    ]


def test_a_long_role_or_a_role_closed_by_a_comma_before_the_speaker(stage, make_draft):
    lines = [
        "– Now the winter bathers get warm again, says the alderman for culture and citizen service Signe Møllgaard.",
        "– We have waited ten years, says the chairman of the club, Preben Vestergaard.",
        "– It will cost too much, says the head of the office of the council in the city of Aarhus Ole Berg.",
    ]
    draft = run(stage, make_draft, lines)
    assert draft.quotes == [
        {"text": "Now the winter bathers get warm again", "speaker": "Signe Møllgaard"},
        {"text": "We have waited ten years", "speaker": "Preben Vestergaard"},
        # a role of more than six words is read as no attribution: the whole line is the quote
        {
            "text": "It will cost too much, says the head of the office of the council in the city of Aarhus Ole Berg.",
            "speaker": None,
        },
    ]
