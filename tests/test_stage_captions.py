SEED_CAPTIONS = [
    "MEET: Foreign Minister Antony Blinken (left) and his Russian counterpart Sergey Lavrov in Geneva on Friday.",
    "READY: Russian tanks and artillery are ready at Elnya near the Ukrainian border.",
    "LEAVING THE MEETING: Blinking as he left Friday’s meeting with Lavrov in Geneva, Switzerland.",
]


def test_vg_captions_move_to_captions(stage, make_draft):
    body = "Blinken confirmed this during his press conference."
    draft = make_draft([SEED_CAPTIONS[0], body, SEED_CAPTIONS[1], SEED_CAPTIONS[2]], outlet="VG")
    stage("captions")(draft)
    assert draft.lines == [body]
    assert draft.captions == SEED_CAPTIONS
    assert [e["action"] for e in draft.edits] == ["move"] * 3
    assert all("lead-in" in e["reason"] for e in draft.edits)


def test_caption_with_photo_words_moves_even_when_outlet_unknown(stage, make_draft):
    line = "SMILING: Health Minister Bent Høie (H) pictured at the press conference on Tuesday."
    draft = make_draft([line])
    stage("captions")(draft)
    assert draft.captions == [line]


def test_photo_credit_lines_move(stage, make_draft):
    draft = make_draft(["Photo: Ole Berg-Rusten / NTB", "© Reuters", "The text goes on."])
    stage("captions")(draft)
    assert draft.captions == ["Photo: Ole Berg-Rusten / NTB", "© Reuters"]
    assert draft.lines == ["The text goes on."]


def test_copyright_notice_closing_the_article_stays(stage, make_draft):
    lines = ["Dragonfly is scheduled to reach Titan in 2034.", "(Reporting by Will Dunham)", "© Reuters"]
    draft = make_draft(list(lines))
    stage("captions")(draft)
    assert draft.lines == lines
    assert draft.edits == []


def test_english_lead_ins_are_not_captions(stage, make_draft):
    lines = [
        "UPDATED: The story has been updated with comments from the ministry.",
        "NEWS ANALYSIS: Why the talks in Geneva were always going to fail.",
        "WASHINGTON: The president signed the bill on Tuesday.",
        "NATO: Ready to talk",
        "Russia: No invasion plans",
        "DEAR CONCERNED SISTER: Your sister is an adult, and her concerns are hers to carry.",
    ]
    draft = make_draft(lines)
    stage("captions")(draft)
    assert draft.lines == lines
    assert draft.captions == []


def test_headline_shaped_line_from_caption_outlet_stays(stage, make_draft):
    draft = make_draft(["NATO: Ready to talk", "Blinking: Believes in further conversation"], outlet="VG")
    stage("captions")(draft)
    assert draft.captions == []


def test_credit_fused_to_heading_is_split_and_moved(stage, make_draft):
    draft = make_draft(["Photo: Ole Berg-Rusten / NTBRussia: No invasion plans", "The text goes on."])
    stage("captions")(draft)
    assert draft.captions == ["Photo: Ole Berg-Rusten / NTB"]
    assert draft.lines == ["Russia: No invasion plans", "The text goes on."]
    assert [e["action"] for e in draft.edits] == ["replace", "move"]
    assert draft.edits[0]["after"] == "Photo: Ole Berg-Rusten / NTB\nRussia: No invasion plans"


def test_credit_agency_inside_an_ordinary_sentence_is_not_split(stage, make_draft):
    lines = [
        "Photo: the NTB archive shows the Storting in 1950 / NTB Scanpix",
        "Photos: a series / APs and more.",
    ]
    draft = make_draft(lines)
    stage("captions")(draft)
    assert draft.edits == [] or all(e["action"] == "move" for e in draft.edits)
    assert not any(e["action"] == "replace" for e in draft.edits)


def test_datelines_acronyms_and_letters_are_not_captions_even_in_a_vg_copy(stage, make_draft):
    lines = [
        "NEW DELHI: Their American dream ended at the border in March.",
        "FTC: We use income earning auto affiliate links.",
        "DEAR BEATEN UP: You deserve better than this, and you know it.",
    ]
    draft = make_draft(lines, outlet="VG")
    stage("captions")(draft)
    assert draft.lines == lines
