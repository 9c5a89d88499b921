"""Artifacts of farm pages that must not turn into repairs or stay in the title: a function word
glued to the word before it ("Old Streetwill") is no person's name; a Chinese name written
family name first ("Yellow Mei-ling") has no given name to put in place of "Yellow"; a
browser's translation leaves <font> tags inside the saved <title>; an outlet's short name as its
address spells it ("(AD)" for Algemeen Dagblad at ad.nl) closes the title."""

from republished.cleaning import clean_page
from republished.cleaning.names.words import is_glued


def page(title: str, paragraphs: list[str], head: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in paragraphs)
    return (
        f"<html><head><title>{title}</title>{head}</head><body><main><article>{body}</article></main>"
        "</body></html>"
    )


def test_a_glued_function_word_makes_no_name():
    assert is_glued("Streetwill") and is_glued("Peoplesaid")
    assert not is_glued("Brandis") and not is_glued("Washington") and not is_glued("Anderson")
    assert not is_glued("Marchand") and not is_glued("Rolland")  # March + and: a French surname


TAINAN = [
    "Tainan: Anping Old Streetwill bans scooters on holidays from May, the city government announced.",
    "On holidays Anping Old Street has more than 30,000 tourists a day, the Transportation Bureau said.",
    "Transportation Bureau Director Yellow Mei-ling said that the ban will run from 10 am to 8 pm.",
    "Yellow said the bureau will evaluate the ban after three months.",
    "Source: United Daily News",
]


def test_neither_a_glued_word_nor_a_family_name_first_is_repaired():
    record = clean_page(
        page("Tainan: Anping Old Street bans scooters on holidays", TAINAN),
        "https://m.formosa.example/tainan/48213/",
    )
    assert "Streetwill" not in record["title"]
    assert "On holidays Anping Old Street has more than 30,000 tourists" in record["text"]
    assert "Yellow said the bureau will evaluate" in record["text"]
    assert [edit for edit in record["edits"] if edit["stage"] == "names"] == []


HOI_AN = [
    "Hoi An requires all lantern boats on the Hoai River to carry life jackets for every passenger from May.",
    "The city's People's Committee said that boats without life jackets will be fined and kept at the pier.",
    "About 150 boats take tourists to release lanterns on the river every evening.",
]


def test_font_tags_a_browser_translation_left_in_the_title_go():
    title = (
        "<font style='vertical-align: inherit;'><font style='vertical-align: inherit;'>Hoi An requires life"
        " jackets on lantern boats on the Hoai River | Dan Tri newspaper</font></font>"
    )
    record = clean_page(page(title, HOI_AN), "https://dantri-com-vn.translate.goog/du-lich/hoi-an.htm")
    assert "<" not in record["title"] and "font" not in record["title"]
    assert record["title"].startswith("Hoi An requires life jackets on lantern boats on the Hoai River")
    removed = [
        edit["before"] for edit in record["edits"] if edit["stage"] == "input" and "font" in edit["before"]
    ]
    assert removed == [
        "<font style='vertical-align: inherit;'>",
        "<font style='vertical-align: inherit;'>",
        "</font>",
        "</font>",
    ]


BEACH = [
    "Linköping will get a city beach by the Stångån next summer, the municipality decided on Tuesday.",
    "The beach will have sand, a jetty and lifeguards in July, and the water will be tested every week.",
    "The project costs four million kronor.",
]


def test_the_outlets_short_name_as_its_address_spells_it_leaves_the_title():
    source = (
        "Bron: <a href='https://www.ad.nl/rotterdam/watertaxis-varen-elektrisch~a1b2c3/'>Algemeen Dagblad</a>"
    )
    record = clean_page(
        page("Rotterdam water taxis sail electric from this summer (AD)", [*BEACH[:3], source]),
        "https://hollandnieuws.example/2026/04/rotterdam-water-taxis.html",
    )
    assert record["original"]["outlet"] == "Algemeen Dagblad"
    assert record["title"] == "Rotterdam water taxis sail electric from this summer"
    assert any("short name 'AD'" in edit["reason"] for edit in record["edits"])
