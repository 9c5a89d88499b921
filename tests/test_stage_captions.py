import pytest

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


def test_a_notice_reserving_rights_stays_wherever_it_stands(stage, make_draft):
    """Corriere closes its articles with "© RIPRODUZIONE RISERVATA", before the farm's lines."""
    lines = ["The minister presented the plan on Monday.", "© REPRODUCTION RESERVED", "Source: Corriere"]
    draft = make_draft(list(lines))
    stage("captions")(draft)
    assert draft.lines == lines and draft.captions == []


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


def test_reason_notes_a_lead_in_echoed_in_the_caption(stage, make_draft):
    hopes = "HOPES: Zelensky (left) says there is still hope for a diplomatic solution."
    draft = make_draft([SEED_CAPTIONS[2], hopes, "Blinken flew home on Saturday."], outlet="VG")
    stage("captions")(draft)
    assert draft.captions == [SEED_CAPTIONS[2], hopes]
    assert ["repeats a word" in e["reason"] for e in draft.edits] == [True, True]


def test_each_photo_word_marks_a_caption_without_a_caption_outlet(stage, make_draft):
    captions = [
        "TALKS: Foreign Minister Antony Blinken (left) and Sergey Lavrov in Geneva on Friday.",
        "VISIT: Anniken Huitfeldt (t.v.) and Antony Blinken in Washington on Thursday.",
        "WELCOME: Jonas Gahr Støre (t.h.) greets the Swedish prime minister in Oslo.",
        "RESCUE: Firefighters in the picture carry a woman out of the flooded house.",
        "PROUD: The photo shows the team celebrating in the dressing room after the final.",
        "HAPPY: Nina Olsen photographed at her home in Tromsø on Monday.",
    ]
    body = "The storm hit the coast on Sunday night."
    draft = make_draft([body, *captions])
    stage("captions")(draft)
    assert draft.lines == [body]
    assert draft.captions == captions


def test_lead_in_with_accented_capitals_is_a_caption(stage, make_draft):
    line = "CAFÉ OWNER: Lise Berg pictured outside her café in Bergen on Monday."
    draft = make_draft([line, "The café reopened in May."])
    stage("captions")(draft)
    assert draft.captions == [line]
    assert draft.lines == ["The café reopened in May."]


def test_editorial_lead_ins_stay_even_with_a_second_signal(stage, make_draft):
    lines = [
        "UPDATED: The article has been updated with comments from the Ministry of Justice.",
        "NEWS ANALYSIS: Why the talks in Geneva were always going to fail.",
        "CORRECTION: An earlier version of this article said the photo was taken in Oslo.",
    ]
    draft = make_draft(lines, outlet="VG")
    stage("captions")(draft)
    assert draft.lines == lines
    assert draft.captions == []


def test_two_letter_lead_in_is_a_label_not_a_caption(stage, make_draft):
    lines = ["US: The embassy in Kyiv told its staff to leave the country on Sunday."]
    draft = make_draft(list(lines), outlet="VG")
    stage("captions")(draft)
    assert draft.lines == lines


def test_long_all_caps_run_is_not_a_caption_lead_in(stage, make_draft):
    lines = ["THIS IS WHAT THE GOVERNMENT WANTS TO DO: Cut electricity bills for households by half."]
    draft = make_draft(list(lines), outlet="VG")
    stage("captions")(draft)
    assert draft.lines == lines


def test_lead_in_without_a_closing_full_stop_is_a_crosshead(stage, make_draft):
    lines = ["WAR FEARS: Russia has massed troops on the border", "The talks continue on Friday."]
    draft = make_draft(list(lines), outlet="VG")
    stage("captions")(draft)
    assert draft.lines == lines


def test_lead_in_paragraph_of_many_sentences_is_body_text(stage, make_draft):
    lines = [
        "CRITICISM: The opposition is furious. The minister rejects the criticism. "
        "She will answer questions in the Storting on Tuesday. The vote is on Thursday."
    ]
    draft = make_draft(list(lines), outlet="VG")
    stage("captions")(draft)
    assert draft.lines == lines


def test_lead_in_paragraph_longer_than_a_caption_is_body_text(stage, make_draft):
    line = (
        "CRITICISM: The opposition parties in the Storting reacted furiously on Wednesday to the "
        "government's decision to postpone the long-promised reform of the electricity support scheme "
        "until after the autumn budget negotiations, saying that households in the south of the country "
        "cannot wait another winter for help with their bills; the minister, for her part, insisted that "
        "the delay was necessary to get the details right and promised a proposal before Christmas."
    )
    assert len(line) > 400 and line.count(". ") == 0
    draft = make_draft([line], outlet="VG")
    stage("captions")(draft)
    assert draft.lines == [line]


def test_long_paragraphs_opening_with_credit_words_are_not_credits(stage, make_draft):
    lines = [
        "Image: That is what worries the party leadership most ahead of the autumn election, "
        "several sources tell the newspaper.",
        "© Copyright 2022 Archyworldys. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.",
        "Tags: Norway, Politics",
    ]
    draft = make_draft(list(lines))
    stage("captions")(draft)
    assert draft.lines == lines
    assert draft.captions == []


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: The ministry has since confirmed that the photo was taken on Friday.",
        "BREAKING: Police have closed the E18 motorway after a serious accident.",
        "BREAKING NEWS: The prime minister has resigned, according to several sources.",
        "EXCLUSIVE: The documents show that the minister knew about the problem in March.",
        "ANALYSIS: The election result leaves the government weaker than ever.",
        "OPINION: The new toll road is a bad deal for the people of Bergen.",
        "COMMENT: The government has chosen the easy way out again.",
        "EDITORIAL: The budget agreement is a victory for common sense.",
        "EDITOR'S NOTE: The photo in this article has been replaced.",
        "EDITOR’S NOTE: The photo in this article has been replaced.",
        "CLARIFICATION: The woman in the picture is not the suspect.",
        "WATCH: The moment the bridge collapsed was caught on camera.",
        "LIVE: Follow the press conference with the health minister here.",
        "READ MORE: The full photo series from the royal visit to Tromsø.",
        "NOTE: The interview has been shortened and edited for clarity.",
        "FACT CHECK: The claim that the photo shows Oslo is false.",
        "REVIEW: The new crime series from Bergen is worth watching.",
    ],
)
def test_editorial_lead_in_in_a_caption_outlet_copy_stays(stage, make_draft, line):
    draft = make_draft([line], outlet="VG")
    stage("captions")(draft)
    assert draft.lines == [line]
    assert draft.captions == []


def test_a_sentence_glued_after_a_captions_credit_stays_in_the_text(stage, make_draft):
    caption = "DAMAGE: A house in Nesbyen was hit by a landslide on Monday. Photo: Ole Berg-Rusten / NTB"
    sentence = (
        "The Norwegian Water Resources and Energy Directorate (NVE) has raised the flood warning to red."
    )
    draft = make_draft([f"{caption} {sentence}", "The text goes on."], outlet="VG")
    stage("captions")(draft)
    assert draft.captions == [caption]
    assert draft.lines == [sentence, "The text goes on."]


def test_a_credit_and_a_sentence_after_a_space_are_split(stage, make_draft):
    line = "Photo: Heiko Junge / NTB Salmon farming is Norway's second largest export industry after oil."
    draft = make_draft([line])
    stage("captions")(draft)
    assert draft.captions == ["Photo: Heiko Junge / NTB"]
    assert draft.lines == ["Salmon farming is Norway's second largest export industry after oil."]


def test_a_credit_whose_agency_name_goes_on_is_not_split(stage, make_draft):
    draft = make_draft(["Photo: Heiko Junge / NTB Scanpix", "The text goes on."])
    stage("captions")(draft)
    assert draft.captions == ["Photo: Heiko Junge / NTB Scanpix"]
    assert draft.lines == ["The text goes on."]


def test_a_caption_ending_in_its_credit_is_a_caption(stage, make_draft):
    caption = (
        "MEETING: Fisheries Minister Bjørnar Skjæran (left) and industry leader Geir Ove Ystmark in Oslo "
        "on Tuesday. Photo: Javad Parsa / NTB"
    )
    draft = make_draft([caption, "The text goes on."])
    stage("captions")(draft)
    assert draft.captions == [caption]


def test_an_acronym_and_a_colon_before_prose_about_a_photo_is_no_caption(stage, make_draft):
    line = (
        "NATO: the word is stencilled across a crate in one of the pictures, an army depot photographed "
        "in 1952, and Ruiz says it is the only clue to where the collection began."
    )
    draft = make_draft([line])
    stage("captions")(draft)
    assert draft.captions == [] and draft.lines == [line]


def test_a_caption_that_opens_with_photo_moves_with_its_credit(stage, make_draft):
    caption = "Photo: Economy Minister Stephanie Lose (V) at Christiansborg on Tuesday. (Ida Marie Odgaard/Ritzau Scanpix)"
    draft = make_draft(["The government presented its budget.", caption, "The text goes on."])
    stage("captions")(draft)
    assert draft.captions == [caption]
    assert draft.lines == ["The government presented its budget.", "The text goes on."]


@pytest.mark.parametrize(
    "caption",
    [
        "Apartment buildings under construction in Kalasatama, Helsinki. Photo: Jussi Nukari / Lehtikuva",
        "A wolf photographed by a wildlife camera in Dalarna. Photo: TT",
        "Fishing boats in the harbour of Tromsø. Photo: NTB",
        "Taoiseach Micheál Martin and Tánaiste Simon Harris at Government Buildings. Photograph: Collins",
        "Rafał Trzaskowski and Karol Nawrocki before the debate (Photo: PAP/Paweł Supernak)",
    ],
)
def test_a_caption_that_closes_with_photographer_and_agency_moves(stage, make_draft, caption):
    draft = make_draft(["Apartment prices fell for the third year.", caption, "The text goes on."])
    stage("captions")(draft)
    assert draft.captions == [caption]
    assert draft.lines == ["Apartment prices fell for the third year.", "The text goes on."]


@pytest.mark.parametrize(
    "line",
    [
        # Two sentences and more are body text with a credit glued on: moved, they would be lost.
        "Prices fell. Sales rose. Builders waited for spring. Photo: Jussi Nukari / Lehtikuva",
        "The Bank of Finland cut its forecast on Tuesday. Growth will slow to 0.5 percent. Photo: Jussi Nukari / Lehtikuva",
        # Neither a photo agency nor a picture: a slash in a label.
        "The Bank of Finland cut its growth forecast to 0.5 percent. Image: Bank of Finland / Statistics Finland",
        "Voters were asked to rate the two parties. Picture: good / bad",
        "The minister visited the building site on Tuesday. Photo: Jussi Nukari",
        "The photo was taken by Jussi Nukari / Lehtikuva, the agency said.",
        "The first photograph: a portrait of the king. Photograph: that was the title of the show",
        "The minister spoke to reporters after the vote. (Photo: PAP/Paweł Supernak)",
        "Prices rose. The minister spoke after the vote (Photo: PAP/Paweł Supernak)",
    ],
)
def test_paragraphs_that_only_resemble_a_credited_caption_stay(stage, make_draft, line):
    draft = make_draft(["Apartment prices fell for the third year.", line])
    stage("captions")(draft)
    assert draft.lines[1] == line


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Governor Eduardo Leite at the Piratini Palace — Photo: Gustavo Mansur/Palácio Piratini",
            "Governor Eduardo Leite at the Piratini Palace — Photo: Gustavo Mansur/Palácio Piratini",
        ),
        # Blogger's caption table under a photo, as extraction writes a one-cell row
        (
            "| Foreign Minister Gideon Sa'ar in Brussels on Monday. Photo: Reuters |",
            "Foreign Minister Gideon Sa'ar in Brussels on Monday. Photo: Reuters",
        ),
        (
            "| Deputy Foreign Minister Andriy Melnyk. Photo: Ministry of Foreign Affairs of Ukraine |",
            "Deputy Foreign Minister Andriy Melnyk. Photo: Ministry of Foreign Affairs of Ukraine",
        ),
        # BlogEngine's table under a photo: the credit in brackets
        (
            "| Vendors at Cheapside Market in Bridgetown. (Photo: GIS) |",
            "Vendors at Cheapside Market in Bridgetown. (Photo: GIS)",
        ),
        (
            "▲ Party leader Cho Kuk speaks at a rally in Yeonggwang on the 6th. /News1",
            "Party leader Cho Kuk speaks at a rally in Yeonggwang on the 6th. /News1",
        ),
        (
            "▲ 조국 대표가 6일 발언하고 있다. (사진=연합뉴스)",
            "조국 대표가 6일 발언하고 있다. (사진=연합뉴스)",
        ),
    ],
)
def test_captions_in_other_forms_move_without_their_wrapper(stage, make_draft, line, caption):
    draft = make_draft(["The minister spoke on Monday.", line, "The text goes on."])
    stage("captions")(draft)
    assert draft.captions == [caption]
    assert draft.lines == ["The minister spoke on Monday.", "The text goes on."]
    assert [edit["action"] for edit in draft.edits] == (["move"] if line == caption else ["replace", "move"])
    assert draft.edits[-1]["before"] == caption


@pytest.mark.parametrize(
    "line",
    [
        "| Year | Exports | Imports |",
        "| The budget was adopted on Monday. |",
        "▲ Samsung Electronics up 2.1% / SK Hynix down 1.3%",
        "▲ Seoul 3.2 percent ▲ Busan 2.1 percent",
        "The minister resigned — a decision that surprised the party, the paper said.",
        "The ferry was late. The minister resigned — Photo: Ola Berg/NTB",
    ],
)
def test_rows_list_items_and_dashes_that_are_no_captions_stay(stage, make_draft, line):
    draft = make_draft(["The minister spoke on Monday.", line])
    stage("captions")(draft)
    assert draft.lines[1] == line


def test_a_line_the_page_marks_up_as_a_caption_moves(stage, make_draft):
    """Extraction kept an Italian CMS's <p class="didascalia"> as a paragraph."""
    caption = "The mayor Beppe Sala at Palazzo Marino (Photo: Ansa)"
    draft = make_draft(["The works will be finished in time, the mayor said.", caption, "The text goes on."])
    draft.meta.captions_in_text = frozenset({caption})
    stage("captions")(draft)
    assert draft.captions == [caption]
    [edit] = draft.edits
    assert (
        edit["action"] == "move"
        and edit["before"] == caption
        and "marks it up as a photo caption" in edit["reason"]
    )


def test_a_caption_closing_with_a_bracketed_credit_moves_and_is_split_from_glued_text(stage, make_draft):
    """CBC and AP close a caption with "(Photographer/Organisation)"; a layout table's cells
    may reach the text joined to the next paragraph."""
    caption = "Coun. Chris Street speaks to reporters at city hall on Wednesday. (Alex Morin/CBC)"
    paragraph = (
        "Coun. Chris Street, who chairs the transit commission, said the repairs would be done overnight."
    )
    draft = make_draft(["The council approved the plan.", f"{caption} {paragraph}", "Work begins in May."])
    stage("captions")(draft)
    assert draft.captions == [caption]
    assert draft.lines == ["The council approved the plan.", paragraph, "Work begins in May."]


@pytest.mark.parametrize(
    "line",
    [
        "The exchange rate (EUR/USD) fell. The central bank did not comment on the move.",
        "He said the plan worked. (Reporting by Anna Berg/Editing by Tom Hale)",
    ],
)
def test_a_slash_in_brackets_inside_prose_is_no_credit(stage, make_draft, line):
    draft = make_draft([line, "The text goes on."])
    stage("captions")(draft)
    assert draft.lines[0] == line


def test_a_caption_extraction_already_found_under_its_picture_is_not_listed_twice(stage, make_draft):
    caption = "Coun. Chris Street speaks to reporters at city hall on Wednesday. (Alex Morin/CBC)"
    draft = make_draft(["Council approved the fix.", caption, "Work begins in May."])
    draft.captions = [caption]
    stage("captions")(draft)
    assert draft.lines == ["Council approved the fix.", "Work begins in May."]
    assert draft.captions == [caption]
    assert [edit["action"] for edit in draft.edits] == ["move"]


def test_a_caption_under_a_camera_sign_or_an_in_the_photo_label_moves(stage, make_draft):
    captions = [
        "📷 In the photo: the new pumping station on the Lenin street.",
        "In the picture: residents at the opening of the station.",
        "📷 The planned route from the Meydan to Boztepe. (Visual: Trabzon Metropolitan Municipality)",
    ]
    kept = ["In the photo, taken in March, the station is still being built, the council says."]
    draft = make_draft([*captions, *kept])
    stage("captions")(draft)
    assert draft.captions == captions
    assert draft.lines == kept


def test_a_list_item_under_a_camera_sign_stays(stage, make_draft):
    lines = ["📸 Best photo spots: Bryggen at sunrise, Fløyen at dusk and the fish market at noon."]
    draft = make_draft(lines)
    stage("captions")(draft)
    assert draft.lines == lines


def test_a_credited_line_under_a_mails_picture_placeholder_is_its_caption(stage, make_draft):
    caption = "Un filobus nel deposito Atv durante i collaudi (Foto Ennevi)"
    text = ["Dopo anni di attese e di cantieri, il filobus di Verona si prepara a muovere i primi passi."]
    draft = make_draft(["[image: Filobus Verona]", caption, *text])
    stage("captions")(draft)
    assert draft.captions == [caption]
    # without the placeholder above it, a line closing with a bracketed credit is left to the other rules
    draft = make_draft([*text, "Il sindaco ha visitato il deposito con i tecnici (Foto Ennevi)"])
    stage("captions")(draft)
    assert draft.captions == []


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # a plain-text mail's picture
        (
            "[The fountain at the Column of Glory, March 2026. Photo: Zmist]",
            "The fountain at the Column of Glory, March 2026. Photo: Zmist",
        ),
    ],
)
def test_a_bracketed_caption_with_its_credit_moves(stage, make_draft, line, caption):
    text = ["The fountain will work again from May.", "The repair cost 1.2 million hryvnias."]
    draft = make_draft([text[0], line, text[1]])
    stage("captions")(draft)
    assert (draft.lines, draft.captions) == (text, [caption])


def test_a_bracketed_note_without_a_credit_stays(stage, make_draft):
    lines = ["The fountain will work again from May.", "[Updated on 24 March with the mayor's reply.]"]
    draft = make_draft(lines)
    stage("captions")(draft)
    assert draft.lines == lines
