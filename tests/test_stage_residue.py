from cleaning.draft import SiteHints


def test_seed_residue_lines_are_removed_and_logged(stage, make_draft):
    lines = [
        "Following Friday’s meeting, Lavrov says Russia has no plans to attack Ukraine.",
        "Just updated",
        "The two foreign ministers will each hold a press conference on Friday afternoon.",
        "- See Lavrov’s and Blinken’s press conferences below:",
        "Leave a Reply",
        "Your email address will not be published.",
    ]
    draft = make_draft(lines)
    stage("residue")(draft)
    assert draft.lines == [lines[0], lines[2]]
    assert [e["before"] for e in draft.edits] == [lines[1], lines[3], lines[4], lines[5]]
    assert all(e["action"] == "remove" and e["after"] == "" and e["reason"] for e in draft.edits)


def test_read_also_and_subscription_prompts(stage, make_draft):
    draft = make_draft(
        ["Read also: The government falls", "Read the whole case with subscription", "Real text."]
    )
    stage("residue")(draft)
    assert draft.lines == ["Real text."]


def test_sentences_that_only_contain_residue_words_stay(stage, make_draft):
    lines = [
        "The page was just updated with new figures from the ministry.",
        "You can see the full list of measures below: schools stay open and shops close at eight.",
        "Readers who leave a reply on the forum are asked to stay polite.",
        "Share prices fell sharply on Monday.",
    ]
    draft = make_draft(lines)
    stage("residue")(draft)
    assert draft.lines == lines
    assert draft.edits == []


def test_site_boilerplate_from_the_site_config(stage, make_draft):
    draft = make_draft(["Archyworldys Desk", "Real text."])
    draft.meta.site = SiteHints(boilerplate=("Archyworldys Desk",))
    stage("residue")(draft)
    assert draft.lines == ["Real text."]


def test_share_follow_and_stamp_lines(stage, make_draft):
    residue = [
        "Published 21 January 2022, 14:32",
        "Updated just now",
        "Share on Facebook",
        "Follow us on Google News",
        "Also read: Prices rise again",
        "Watch the whole interview in the video above.",
        "Leave a Reply Cancel reply",
    ]
    kept = [
        "Published reports show the budget was ready.",
        "Read more about this below in our analysis of the numbers, which were published 21 January.",
    ]
    draft = make_draft(residue + kept)
    stage("residue")(draft)
    assert draft.lines == kept
    assert [e["before"] for e in draft.edits] == residue


def test_bylines_and_author_bio_at_the_end(stage, make_draft):
    body = [
        "Smith is a journalist who was arrested in Moscow last year, and her trial starts on Monday.",
        "The court has not said how long the trial will last.",
        "Prosecutors asked for a sentence of six years.",
        "Her lawyers say the case is political.",
    ]
    residue = ["By: Hannah Weber", "Hannah Weber is a senior writer at Archyworldys. She covers Europe."]
    draft = make_draft(residue[:1] + body + residue[1:])
    stage("residue")(draft)
    assert draft.lines == body
    assert [e["before"] for e in draft.edits] == residue


def test_outlet_phrase_list_applies_to_copies_of_that_outlet(stage, make_draft):
    draft = make_draft(["Read the whole case with VG+", "Text."], outlet="VG")
    stage("residue")(draft)
    assert draft.lines == ["Text."]
    other = make_draft(["Read the whole case with VG+", "Text."], outlet="NRK")
    stage("residue")(other)
    assert other.lines == ["Read the whole case with VG+", "Text."]


def test_advertisement_label_glued_to_text(stage, make_draft):
    draft = make_draft(["ADVERTISEMENTThe minister said the budget was ready.", "Prices rose.ADVERTISEMENT"])
    stage("residue")(draft)
    assert draft.lines == ["The minister said the budget was ready.", "Prices rose."]
    assert [e["action"] for e in draft.edits] == ["replace", "replace"]


def test_the_word_advertisement_in_a_sentence_stays(stage, make_draft):
    lines = ["The ADVERTISEMENT budget of the party doubled.", "An ADVERTISEMENT ran on Sunday."]
    draft = make_draft(lines)
    stage("residue")(draft)
    assert draft.lines == lines
