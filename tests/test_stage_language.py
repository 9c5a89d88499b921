ENGLISH = [
    "The government announced on Tuesday that the electricity support scheme will be extended until March.",
    "Prime Minister Jonas Gahr Støre said the measure would cost about four billion kroner over the winter.",
]
NORWEGIAN = (
    "Regjeringen la tirsdag fram et forslag om å forlenge strømstøtten til husholdningene ut mars måned."
)
GERMAN = [
    "Die Inflation in Deutschland ist im Dezember auf den höchsten Stand seit fast dreißig Jahren gestiegen.",
    "Das Statistische Bundesamt teilte am Donnerstag mit, die Preise seien um mehr als fünf Prozent gestiegen.",
]


def test_english_page_with_a_norwegian_paragraph_says_so(stage, make_draft):
    draft = make_draft([*ENGLISH, NORWEGIAN], language=None)
    stage("language")(draft)
    assert draft.language == "en"
    assert draft.languages == [{"language": "en", "paragraphs": 2}, {"language": "no", "paragraphs": 1}]
    assert [(f["type"], f["reason"]) for f in draft.flags] == [
        ("mixed_language", "paragraph in no, the page is in en")
    ]


def test_one_language_page_has_no_flag(stage, make_draft):
    draft = make_draft(ENGLISH, language=None)
    stage("language")(draft)
    assert draft.languages == [{"language": "en", "paragraphs": 2}]
    assert draft.flags == []


def test_german_page_is_detected_and_english_repairs_skip_it(cleaner):
    record = cleaner.clean_text(
        "\n".join(GERMAN), "https://www.example.de/artikel/", title="Blinking: Inflation"
    )
    assert record["language"] == "de"
    assert not [e for e in record["edits"] if e["stage"] in ("names", "quotes", "grammar")]


def test_detection_is_the_same_every_time():
    from republished.cleaning.language import detect_language

    ambiguous = "Ja, nei, kanskje. Vi sees i morgen i Oslo eller Stockholm, hej då."
    assert len({detect_language(ambiguous) for _ in range(30)}) == 1


def test_the_other_language_paragraphs_follow_splits_and_removals(make_draft):
    draft = make_draft(["a", "b (de)", "c", "d (de)"])
    draft.other_language_lines = {1, 3}
    draft.split_line(0, ["a1", "a2"], "captions", "split")
    assert [draft.lines[i] for i in sorted(draft.other_language_lines)] == ["b (de)", "d (de)"]
    draft.remove_lines({2}, "residue", {2: "gone"})
    assert [draft.lines[i] for i in sorted(draft.other_language_lines)] == ["d (de)"]
    draft.split_line(3, ["d1 (de)", "d2 (de)"], "captions", "split")
    assert [draft.lines[i] for i in sorted(draft.other_language_lines)] == ["d1 (de)", "d2 (de)"]
    assert draft.own_language_lines() == ["a1", "a2", "c"]


def test_a_language_without_a_word_list_has_its_english_paragraphs_found(stage, make_draft):
    """wordfreq has no Welsh list and offered English's instead: every English paragraph of a
    bilingual Welsh/English notice read as Welsh."""
    welsh = (
        "Mae'r cyngor wedi cyhoeddi heddiw y bydd y ffordd ar gau am dair wythnos tra bod gwaith "
        "atgyweirio yn cael ei wneud ar y bont, ac mae dargyfeiriad wedi ei drefnu drwy'r pentref."
    )
    english = (
        "The council announced today that the road will be closed for three weeks while repair work "
        "is carried out on the bridge, and a diversion has been arranged through the village."
    )
    draft = make_draft([welsh, english, welsh, english, welsh])
    stage("language")(draft)
    assert draft.language == "cy"
    assert draft.other_language_lines == {1, 3}
    assert {"language": "en", "paragraphs": 2} in draft.languages
