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


ITALIAN = [
    "Dopo anni di attese e di cantieri, il filobus di Verona si prepara a muovere i primi passi verso la città.",
    "Il primo tratto collegherà la stazione di Porta Nuova con lo stadio Bentegodi, per circa cinque chilometri.",
    "Non tutti però sono soddisfatti, perché i commercianti del corso lamentano ancora i disagi dei lavori.",
    "Il Comune ha promesso un bando di ristoro da quattrocento mila euro per tutte le attività colpite dai lavori.",
]
NOTE = (
    "Hi all, for those of you who live near Porta Nuova or drive along the corso every day: the trolleybus"
    " is finally coming. This came in this morning, I did not have time to translate it."
)


def test_a_note_in_another_language_opening_the_text_does_not_decide_the_pages_language(stage, make_draft):
    # The note and the forwarded mail's header fill the sample the page's language is read from.
    header = [
        "---------- Forwarded message ---------",
        "From: L'Arena newsletter, the morning edition for the subscribers in the city and the province",
        "Subject: The trolleybus, from April the first test runs along the corso Porta Nuova",
        "Sorry that it is in Italian: the machine translation of the last one was worse than the original.",
    ]
    draft = make_draft([NOTE, "Hannah", *header, *ITALIAN], language=None)
    stage("language")(draft)
    assert draft.language == "it"
    # The note and the translator's apology are prose in English; the rest are too short to tell.
    assert [f["text"][:8] for f in draft.flags] == [NOTE[:8], "Sorry th"]


def test_a_quoted_paragraph_in_another_language_does_not_decide_it_either(stage, make_draft):
    draft = make_draft([*ENGLISH, *GERMAN[:1], ENGLISH[0]], language=None)
    stage("language")(draft)
    assert draft.language == "en"
