import re

import pytest

from republished.cleaning import clean_page
from republished.cleaning.draft import SiteHints
from republished.cleaning.pagedata import PageData


def test_seed_title_splits_into_headline_outlet_and_republisher(stage, make_draft):
    draft = make_draft(
        title="– We never threatened the Ukrainian people – VG – Archyworldys",
        host="www.archyworldys.com",
        site_name="Archyworldys",
    )
    stage("title")(draft)
    assert draft.title == "We never threatened the Ukrainian people"
    assert draft.original["outlet"] == "VG"
    assert draft.original["domain"] == "vg.no"
    assert draft.original["language"] == "nb"
    assert draft.republisher == {"name": "Archyworldys", "domain": "archyworldys.com"}
    [edit] = draft.edits
    assert edit["stage"] == "title" and edit["action"] == "replace"
    assert edit["before"] == "– We never threatened the Ukrainian people – VG – Archyworldys"
    assert "VG" in edit["reason"] and "Archyworldys" in edit["reason"]


def test_republisher_recognised_from_domain_without_site_name(stage, make_draft):
    draft = make_draft(
        title="Storm hits the west coast - NRK - World Today News", host="www.world-today-news.com"
    )
    stage("title")(draft)
    assert draft.title == "Storm hits the west coast"
    assert draft.original["outlet"] == "NRK"
    assert draft.republisher == {"name": "World Today News", "domain": "world-today-news.com"}


def test_the_text_of_the_sites_link_to_its_home_page_names_it_in_the_title(stage, make_draft):
    draft = make_draft(
        title="Bikes outside the racks removed - Lowlands Expat Forum", host="www.lowlandsexpats.com"
    )
    draft.meta.home_link_texts = ("Home", "Lowlands Expat Forum")
    stage("title")(draft)
    assert draft.title == "Bikes outside the racks removed"
    assert draft.republisher == {"name": "Lowlands Expat Forum", "domain": "lowlandsexpats.com"}


def test_a_copied_masthead_linking_home_under_the_outlets_name_leaves_it_the_outlet(stage, make_draft):
    draft = make_draft(
        title="Bergen trams run every five minutes - Bergens Tidende", host="www.nordicdigest.net"
    )
    draft.meta.home_link_texts = ("Bergens Tidende",)
    stage("title")(draft)
    assert draft.title == "Bergen trams run every five minutes"
    assert draft.original["outlet"] == "Bergens Tidende"
    assert draft.republisher == {"name": "Nordicdigest", "domain": "nordicdigest.net"}


def test_the_home_link_spelling_out_the_domain_names_the_republisher(stage, make_draft):
    draft = make_draft(title="Trams return to Halle", host="www.saalevalleypost.com")
    draft.meta.home_link_texts = ("Home", "Saale Valley Post")
    stage("title")(draft)
    assert draft.republisher == {"name": "Saale Valley Post", "domain": "saalevalleypost.com"}


def test_the_page_number_a_cms_adds_to_a_title_goes(stage, make_draft):
    draft = make_draft(
        title="Banjir Rendam 1.200 Rumah di Baleendah Halaman 1 - Kompasiana.com", host="www.kompasiana.com"
    )
    stage("title")(draft)
    assert draft.title == "Banjir Rendam 1.200 Rumah di Baleendah"


@pytest.mark.parametrize(
    ("path", "title"),
    [
        # the creator's handle on a platform is the farm's name
        ("harareinenglish/harare-clinics", "Harare clinics open on Saturdays"),
        # a one-part path is the story's slug, not a handle
        ("comwrap-auf-der-dmexco-2018", "Take C.A.R.E. - comwrap auf der DMEXCO 2018"),
    ],
)
def test_a_creators_handle_names_the_farm_in_the_title(stage, make_draft, path, title):
    raw = (
        "Take C.A.R.E. - comwrap auf der DMEXCO 2018"
        if path.startswith("comwrap")
        else f"{title} - Harare in English"
    )
    draft = make_draft(title=raw, host="buymeacoffee.com")
    draft.meta.url = f"https://buymeacoffee.com/{path}/"
    stage("title")(draft)
    assert draft.title == title


@pytest.mark.parametrize(
    ("title", "host", "site_name", "expected"),
    [
        # LiveJournal: the journal's name, written with underscores, after a colon
        ("Hrodna will close the Old Bridge: hrodna_in_english — LiveJournal", "hrodna-in-english.livejournal.com", "LiveJournal", "Hrodna will close the Old Bridge"),
        # the site's name (its link home) glued to the headline by a dash
        ("Tainan buses free for residents over 65 from January-Taiwan News in English", "taiwannewsinenglish.com", None, "Tainan buses free for residents over 65 from January"),
        # the name the address spells, glued, where the page declares none (MetInfo, farms30)
        ("Da Nang to open 3 new free bathing areas from April-Da Nang Daily Brief", "danangdailybrief.com", None, "Da Nang to open 3 new free bathing areas from April"),
        # a glued tail the address does not spell stays
        ("Da Nang to open 3 new free bathing areas at Non Nuoc-Marble Mountains", "danangdailybrief.com", None, "Da Nang to open 3 new free bathing areas at Non Nuoc-Marble Mountains"),
        # a headline's own hyphenated word is not the site's name
        ("Taiwan News in English readers pick the best night-market", "taiwannewsinenglish.com", None, "Taiwan News in English readers pick the best night-market"),
        # DedeCMS's column before the site's name (found by the farms28 audit); a section's word
        # stays where no site's name went
        ("Bus route 33 will be extended from February_News_Macau News Brief", "macaunewsbrief.com", "Macau News Brief", "Bus route 33 will be extended from February"),
        ("Bus route 33 will be extended from February | News", "macaunewsbrief.com", "Macau News Brief", "Bus route 33 will be extended from February | News"),
    ],
)  # fmt: skip
def test_the_sites_name_written_with_separators_or_glued_goes(
    stage, make_draft, title, host, site_name, expected
):
    draft = make_draft(title=title, host=host, site_name=site_name)
    draft.meta.home_link_texts = ("Taiwan News in English",)
    stage("title")(draft)
    assert draft.title == expected


def test_bar_separator_and_outlet_alias(stage, make_draft):
    draft = make_draft(title="Inflation rises again | Der Spiegel – Newsbeezer", host="www.newsbeezer.com")
    stage("title")(draft)
    assert draft.title == "Inflation rises again"
    assert draft.original["outlet"] == "DER SPIEGEL"


def test_title_without_suffix_is_unchanged(stage, make_draft):
    draft = make_draft(title="Oil prices fall as demand weakens", host="www.example.com")
    stage("title")(draft)
    assert draft.title == "Oil prices fall as demand weakens"
    assert draft.edits == []
    assert draft.original["outlet"] is None
    assert draft.republisher == {"name": "Example", "domain": "example.com"}


def test_dash_inside_headline_that_is_not_an_outlet_stays(stage, make_draft):
    draft = make_draft(title="Brexit – what happens next", host="www.example.com")
    stage("title")(draft)
    assert draft.title == "Brexit – what happens next"
    assert draft.edits == []


def test_translated_outlet_page_title_names_the_outlet(stage, make_draft):
    draft = make_draft(
        title="Storm hits Western Norway – news Norway – Overview of news from different parts of the country",
        host="www.archyde.com",
    )
    stage("title")(draft)
    assert draft.title == "Storm hits Western Norway"
    assert draft.original["outlet"] == "NRK"
    assert "page title" in draft.edits[0]["reason"]


def test_site_title_pattern_from_the_site_config(stage, make_draft):
    draft = make_draft(title="Storm in the west | Latest News | Big Farm Online", host="www.bigfarm.example")
    draft.meta.site = SiteHints(title_patterns=(re.compile(r"\s*\|\s*Latest News\s*\|\s*Big Farm Online$"),))
    stage("title")(draft)
    assert draft.title == "Storm in the west"
    assert "title pattern" in draft.edits[0]["reason"]


def test_outlet_prefix(stage, make_draft):
    draft = make_draft(title="NRK: Storm in the west – Archyde", host="www.archyde.com")
    stage("title")(draft)
    assert draft.title == "Storm in the west"
    assert draft.original["outlet"] == "NRK"


def test_headline_colon_that_is_not_an_outlet_stays(stage, make_draft):
    draft = make_draft(title="Blinken: Believes in further conversation", host="www.example.com")
    stage("title")(draft)
    assert draft.title == "Blinken: Believes in further conversation"
    assert draft.original["outlet"] is None


def test_the_posters_name_before_the_headline_leaves_the_title(stage, make_draft):
    """Friendica titles a post "poster: headline"; the poster is the page's byline (its p-author)."""
    title = "Kuching Daily (EN): Kuching North City Hall will build 3 covered walkways"
    draft = make_draft(title=title, host="social.borneolinks.net")
    draft.meta.byline_parts = ("Kuching Daily (EN)",)
    stage("title")(draft)
    assert draft.title == "Kuching North City Hall will build 3 covered walkways"
    assert "poster's name" in draft.edits[0]["reason"]
    # a person quoted in the headline, who wrote no byline, stays
    draft = make_draft(title="Blinken: Believes in further conversation", host="www.example.com")
    draft.meta.byline_parts = ("Jane Doe",)
    stage("title")(draft)
    assert draft.title == "Blinken: Believes in further conversation"


def test_headline_repeated_as_first_body_line_is_removed(stage, make_draft):
    draft = make_draft(
        ["Storm in the west – NRK", "The storm reached the coast on Wednesday."],
        title="Storm in the west – NRK – Archyde",
        host="www.archyde.com",
    )
    stage("title")(draft)
    assert draft.lines == ["The storm reached the coast on Wednesday."]
    assert draft.edits[-1]["action"] == "remove" and "headline" in draft.edits[-1]["reason"]


def test_first_line_that_only_starts_like_the_title_stays(stage, make_draft):
    lines = ["Storm in the west of Norway cut power to thousands on Wednesday.", "More text."]
    draft = make_draft(lines, title="Storm in the west – NRK – Archyde", host="www.archyde.com")
    stage("title")(draft)
    assert draft.lines == lines


def test_first_paragraph_equal_to_the_title_but_ending_like_a_sentence_stays(stage, make_draft):
    lines = ["Prices rose again in March.", "More text."]
    draft = make_draft(
        lines, title="Prices rose again in March. – VG – Archyworldys", host="www.archyworldys.com"
    )
    stage("title")(draft)
    assert draft.lines == lines


def _registry():
    from republished.cleaning.outlets import OutletRegistry
    from republished.cleaning.pipeline import DEFAULT_PIPELINE

    return OutletRegistry.load(DEFAULT_PIPELINE.parent / "outlets.yaml")


@pytest.mark.parametrize("outlet", _registry().outlets, ids=lambda o: o.name)
def test_every_outlet_in_the_registry_is_found_as_suffix_and_prefix(stage, make_draft, outlet):
    for name in (outlet.name, *outlet.aliases):
        suffix = make_draft(title=f"Ministers meet in Oslo – {name} – Archyde", host="www.archyde.com")
        stage("title")(suffix)
        assert (suffix.title, suffix.original["outlet"]) == ("Ministers meet in Oslo", outlet.name)
        prefix = make_draft(title=f"{name}: Ministers meet in Oslo", host="www.archyde.com")
        stage("title")(prefix)
        assert (prefix.title, prefix.original["outlet"]) == ("Ministers meet in Oslo", outlet.name)


def test_site_title_pattern_matching_the_whole_title_is_not_removed(stage, make_draft):
    draft = make_draft(title="Big Farm Online", host="www.bigfarm.example")
    draft.meta.site = SiteHints(title_patterns=(re.compile(r"\s*\|?\s*Big Farm Online$"),))
    stage("title")(draft)
    assert draft.title == "Big Farm Online"
    assert draft.edits == []


def test_em_dash_separators(stage, make_draft):
    draft = make_draft(title="Storm in the west — NRK — Archyde", host="www.archyde.com")
    stage("title")(draft)
    assert draft.title == "Storm in the west"
    assert draft.original["outlet"] == "NRK"


def test_page_title_of_another_outlet_does_not_override_the_known_outlet(stage, make_draft):
    draft = make_draft(
        title="Storm hits Western Norway – news Norway – Overview of news from different parts of the country",
        host="www.archyde.com",
        outlet="VG",
    )
    stage("title")(draft)
    assert draft.original["outlet"] == "VG"
    assert draft.original["domain"] == "vg.no"


def test_republisher_recognised_from_site_name_unlike_its_domain(stage, make_draft):
    draft = make_draft(
        title="Storm in the west – NRK – Time News", host="www.time.news", site_name="Time News"
    )
    stage("title")(draft)
    assert draft.title == "Storm in the west"
    assert draft.original["outlet"] == "NRK"
    assert draft.republisher == {"name": "Time News", "domain": "time.news"}


def test_suffix_of_another_outlet_does_not_override_the_known_outlet(stage, make_draft):
    draft = make_draft(title="Government resigns – NRK – Archyde", host="www.archyde.com", outlet="NTB")
    stage("title")(draft)
    assert draft.original["outlet"] == "NTB"
    assert draft.original["domain"] == "ntb.no"


def test_prefix_of_another_outlet_does_not_override_the_known_outlet(stage, make_draft):
    draft = make_draft(title="NRK: Storm in the west", host="www.archyde.com", outlet="VG")
    stage("title")(draft)
    assert draft.original["outlet"] == "VG"
    assert draft.original["domain"] == "vg.no"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [("VG - Minister resigns after expenses scandal", "VG"), ("NRK – Storm in the west", "NRK")],
)
def test_outlet_prefix_with_a_dash(stage, make_draft, title, outlet):
    draft = make_draft(title=title, host="www.archyde.com")
    stage("title")(draft)
    assert draft.title == title.split(" ", 2)[2]
    assert draft.original["outlet"] == outlet


def test_first_paragraph_equal_to_the_title_but_ending_with_an_ellipsis_stays(stage, make_draft):
    lines = ["Prices rose again in March…", "More text."]
    draft = make_draft(
        lines, title="Prices rose again in March… – VG – Archyworldys", host="www.archyworldys.com"
    )
    stage("title")(draft)
    assert draft.lines == lines


@pytest.mark.parametrize("first", ["Storm in the west", "Storm in the west – NRK – Archyde"])
def test_headline_or_raw_title_repeated_as_first_line_is_removed(stage, make_draft, first):
    draft = make_draft(
        [first, "The storm reached the coast on Wednesday."],
        title="Storm in the west – NRK – Archyde",
        host="www.archyde.com",
    )
    stage("title")(draft)
    assert draft.lines == ["The storm reached the coast on Wednesday."]
    assert draft.edits[-1]["reason"] == "the headline repeated as the first line of the body"


def test_dateline_line_that_only_starts_the_raw_title_stays(stage, make_draft):
    lines = ["OSLO", "Tram drivers walked out on Monday morning."]
    draft = make_draft(lines, title="Oslo: Tram strike stops traffic", host="www.example.com")
    stage("title")(draft)
    assert draft.lines == lines


@pytest.mark.parametrize(
    ("title", "host", "site_name", "sections", "headline"),
    [
        ("Lawine verschüttet Skitourengeher - SN.at", "www.sn.at", None, (), None),
        ("Regierung einigt sich auf Budget – DiePresse.com", "www.diepresse.com", "DiePresse.com", (), None),
        ("Ottawa to ban handguns | National Post", "nationalpost.com", "National Post", (), None),
        (
            "Lawine verschüttet Skitourengeher - Panorama - derStandard.at",
            "www.derstandard.at",
            "derStandard.at",
            ("Panorama",),
            None,
        ),
        (
            "天竜区でAIデマンドバス実証運行 通院や買い物の足に｜東海日報",
            "www.tokai-nippo.example",
            "東海日報",
            (),
            None,
        ),
        (
            "姑苏区今年将为12个老旧小区加装电梯_苏州新闻_江南都市网",
            "news.jiangnan-dushi.example",
            "江南都市网",
            (),
            "姑苏区今年将为12个老旧小区加装电梯",
        ),
    ],
)
def test_the_sites_own_name_and_section_leave_the_title(
    stage, make_draft, title, host, site_name, sections, headline
):
    draft = make_draft(title=title, host=host, site_name=site_name)
    draft.meta.page = PageData(categories=sections, og_title=headline)
    stage("title")(draft)
    expected = re.split(r" - | – | \| |｜|_", title)[0]
    assert draft.title == expected
    [edit] = draft.edits
    assert (edit["field"], edit["before"], edit["after"]) == ("title", title, expected)
    assert draft.original["outlet"] is None


def test_an_undeclared_section_stays_without_the_pages_own_headline(stage, make_draft):
    draft = make_draft(
        title="Lawine verschüttet Skitourengeher - Panorama - derStandard.at", host="www.derstandard.at"
    )
    stage("title")(draft)
    assert draft.title == "Lawine verschüttet Skitourengeher - Panorama"


def test_the_json_ld_headline_marks_where_the_sites_suffix_starts(stage, make_draft):
    title = "Lawine verschüttet Skitourengeher - Panorama - derStandard.at"
    draft = make_draft(title=title, host="www.derstandard.at")
    draft.meta.page = PageData(headline="Lawine verschüttet Skitourengeher")
    stage("title")(draft)
    assert draft.title == "Lawine verschüttet Skitourengeher"
    assert draft.edits[0]["reason"] == (
        "removed republisher suffix 'derStandard.at', the site's name and section 'Panorama'"
        " (after the page's JSON-LD headline)"
    )


def test_an_outlet_suffix_the_pages_headline_copied_before_the_sites_name_names_it(stage, make_draft):
    headline = "Cagliari, limited number at Cala Mosca from June: 600 people per day - L'Unione Sarda"
    draft = make_draft(title=f"{headline} · Sardinia Daily", host="sardiniadaily.typlog.io")
    draft.meta.page = PageData(headline=headline)
    stage("title")(draft)
    assert draft.title == "Cagliari, limited number at Cala Mosca from June: 600 people per day"
    assert draft.original["outlet"] == "L'Unione Sarda"
    assert draft.original["evidence"] == ['title suffix "L\'Unione Sarda"']


def test_a_headline_ending_in_a_word_like_the_site_stays_when_no_separator_precedes_it(stage, make_draft):
    draft = make_draft(
        title="Why people still read the Post", host="nationalpost.com", site_name="National Post"
    )
    stage("title")(draft)
    assert draft.title == "Why people still read the Post"
    assert draft.edits == []


def test_farm_title_with_its_own_site_name_still_names_the_outlet(stage, make_draft):
    draft = make_draft(
        title="Storm hits the west coast – NRK – Archyworldys",
        host="www.archyworldys.com",
        site_name="Archyworldys",
    )
    draft.meta.page = PageData(
        site_names=("Archyworldys",), og_title="Storm hits the west coast – NRK – Archyworldys"
    )
    stage("title")(draft)
    assert draft.title == "Storm hits the west coast"
    assert draft.original["outlet"] == "NRK"


def test_an_outlets_own_page_names_no_source_outlet(stage, make_draft):
    """sn.at is in the registry (Salzburger Nachrichten): on its own site it is the site's name."""
    draft = make_draft(title="Lawine verschüttet Skitourengeher - SN.at", host="www.sn.at")
    stage("title")(draft)
    assert draft.title == "Lawine verschüttet Skitourengeher"
    assert draft.original["outlet"] is None
    farm = make_draft(title="Lawine verschüttet Skitourengeher - SN.at", host="www.archyworldys.com")
    stage("title")(farm)
    assert (farm.title, farm.original["outlet"]) == (
        "Lawine verschüttet Skitourengeher",
        "Salzburger Nachrichten",
    )


@pytest.mark.parametrize(
    ("title", "host", "site_name"),
    [
        ("Manila Wire | Signal No. 3 raised over Bicol", "www.manilawire.example", "Manila Wire"),
        ("Coastal Chronicle: Kochi port's cruise terminal is ready", "coastalchronicle.example", None),
    ],
)
def test_the_sites_own_name_before_the_headline_leaves_the_title(stage, make_draft, title, host, site_name):
    draft = make_draft(title=title, host=host, site_name=site_name)
    stage("title")(draft)
    assert draft.title == re.split(r" \| |: ", title, maxsplit=1)[1]
    assert "before the headline" in draft.edits[0]["reason"]


def test_a_lead_in_before_the_declared_headline_leaves_the_title(stage, make_draft):
    draft = make_draft(
        title="Bremerhaven: Neues Terminal im Hafen eröffnet | Weser-Bote", host="weser-bote.example"
    )
    draft.meta.page = PageData(og_title="Neues Terminal im Hafen eröffnet")
    stage("title")(draft)
    assert draft.title == "Neues Terminal im Hafen eröffnet"
    assert "the lead-in 'Bremerhaven:'" in draft.edits[0]["reason"]


def test_a_lead_in_stays_when_the_page_declares_it_as_part_of_the_headline(stage, make_draft):
    draft = make_draft(
        title="Deutsche Bahn: Pünktlichkeit sinkt weiter | Rheinpost", host="rheinpost.example"
    )
    draft.meta.page = PageData(og_title="Deutsche Bahn: Pünktlichkeit sinkt weiter")
    stage("title")(draft)
    assert draft.title == "Deutsche Bahn: Pünktlichkeit sinkt weiter"


def test_a_long_opening_is_not_taken_for_a_lead_in(stage, make_draft):
    """Only up to four words before a colon are a lead-in; a longer opening is the headline's own."""
    title = "The minister who promised to fix the trains: nothing has changed"
    draft = make_draft(title=title, host="news.example")
    draft.meta.page = PageData(og_title="nothing has changed")
    stage("title")(draft)
    assert draft.title == title


def test_the_title_takes_the_declared_headlines_case(stage, make_draft):
    draft = make_draft(
        title="Nación Chile: la Línea 7 entra en pruebas",
        host="nacionchile.example",
        site_name="Nación Chile",
    )
    draft.meta.page = PageData(headline="La Línea 7 entra en pruebas")
    stage("title")(draft)
    assert draft.title == "La Línea 7 entra en pruebas"


def test_an_outlet_prefix_on_a_farm_still_names_the_outlet_with_a_declared_headline(stage, make_draft):
    draft = make_draft(
        title="NRK: Storm hits the west coast", host="www.archyworldys.com", site_name="Archyworldys"
    )
    draft.meta.page = PageData(og_title="Storm hits the west coast")
    stage("title")(draft)
    assert (draft.title, draft.original["outlet"]) == ("Storm hits the west coast", "NRK")


def test_the_pages_one_h1_ends_the_headline_in_any_script(stage, make_draft):
    """A site name the page declares nowhere ("| 瀬戸内新聞") goes when the page's only h1 is the
    title up to the separator, as a reader sees the headline."""
    draft = make_draft(title="瀬戸内レモン、海外輸出を拡大 | 瀬戸内新聞", host="www.setouchi-shinbun.example")
    draft.meta.h1 = "瀬戸内レモン、海外輸出を拡大"
    stage("title")(draft)
    assert draft.title == "瀬戸内レモン、海外輸出を拡大"
    assert "after the page's h1" in draft.edits[0]["reason"]


def test_an_h1_that_is_the_sites_logo_does_not_become_the_title(stage, make_draft):
    draft = make_draft(
        title="Coastal Wire | Harbour reopens after two years of repairs", host="coastal.example"
    )
    draft.meta.h1 = "Coastal Wire"
    stage("title")(draft)
    assert draft.title != "Coastal Wire"


def test_a_regional_office_and_its_page_title_name_the_outlet(stage, make_draft):
    title = "Oslo closes three schools after mold find – NRK Oslo og Viken – Local news, TV and radio - Nordic News Daily"
    draft = make_draft(["Text."], title=title, host="www.nordicnewsdaily.com")
    stage("title")(draft)
    assert draft.title == "Oslo closes three schools after mold find"
    assert draft.original["outlet"] == "NRK"


def test_an_outlet_in_brackets_closing_the_title_names_it(stage, make_draft):
    title = 'Pedro Nuno Santos: "The PS will not be a crutch of the Government" (Público) - Archyde'
    draft = make_draft(["Text."], title=title, host="www.archyde.com")
    stage("title")(draft)
    assert draft.title == 'Pedro Nuno Santos: "The PS will not be a crutch of the Government"'
    assert draft.original["outlet"] == "Público"
    assert "title suffix (Público)" in draft.original["evidence"]


@pytest.mark.parametrize("title", ["Storm hits the coast (live)", "Budget passed (updated)", "(VG)"])
def test_brackets_that_name_no_outlet_stay(stage, make_draft, title):
    draft = make_draft(["Text."], title=title, host="www.archyde.com")
    stage("title")(draft)
    assert draft.title == title
    assert draft.original["outlet"] is None


def test_a_headline_repeated_under_its_kicker_leaves_the_body_with_the_kicker(stage, make_draft):
    lines = [
        "Hallenbad am Stadtpark",
        "Landshut: Stadtrat beschließt Sanierung des Hallenbads",
        "Der Stadtrat hat am Montagabend beschlossen, das Bad zu sanieren.",
    ]
    draft = make_draft(lines, title="Landshut: Stadtrat beschließt Sanierung des Hallenbads")
    stage("title")(draft)
    assert draft.lines == lines[2:]
    assert [e["before"] for e in draft.edits] == lines[:2]


def test_a_short_first_paragraph_before_another_line_stays(stage, make_draft):
    lines = [
        "Storm in the west.",
        "Landshut: Stadtrat beschließt Sanierung des Hallenbads",
        "More text follows.",
    ]
    draft = make_draft(lines, title="Landshut: Stadtrat beschließt Sanierung des Hallenbads")
    stage("title")(draft)
    assert draft.lines == lines


def test_a_short_sentence_before_a_line_like_the_headline_is_no_kicker(stage, make_draft):
    lines = ["Your success mindset matters. Here’s why:", "Success starts in the head", "Text follows."]
    draft = make_draft(lines, title="Success starts in the head")
    stage("title")(draft)
    assert draft.lines[0] == lines[0]


def test_an_outlets_page_title_after_a_double_colon_leaves_the_title(stage, make_draft):
    title = "The government adopted the health reform package :: First interactive multimedia portal, MMC RTV Slovenia"
    draft = make_draft(["Text."], title=title, host="www.archyde.com")
    stage("title")(draft)
    assert draft.title == "The government adopted the health reform package"
    assert draft.original["outlet"] == "RTV Slovenija"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Haddad announces cut of R$ 70 billion - 11/27/2024 - Market - Folha",
            "Haddad announces cut of R$ 70 billion",
        ),
        (
            "Haddad announces cut of R$ 70 billion - 27.11.2024 - Folha",
            "Haddad announces cut of R$ 70 billion",
        ),
    ],
)
def test_the_originals_date_and_section_segments_go_with_its_name(stage, make_draft, raw, title):
    draft = make_draft(title=raw)
    stage("title")(draft)
    assert draft.title == title
    assert draft.original["outlet"] == "Folha de S.Paulo"


@pytest.mark.parametrize(
    "raw",
    [
        "Elections 2024 - Results - Live",
        "From 1.1.2025 - what changes for pensioners",
        "Ten years after 9/11 - The World Economy",
        "Pensions - 1.1.2025 - What changes",  # no outlet named: nothing says it is a page title
    ],
)
def test_a_headline_with_a_date_in_it_keeps_it(stage, make_draft, raw):
    draft = make_draft(title=raw)
    stage("title")(draft)
    assert draft.title == raw


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "Storm warning - 27.11.2024 - Schools closed - Folha",
            "Storm warning - 27.11.2024 - Schools closed",
        ),
        ("Pensions - 1.1.2025 - what changes now - Folha", "Pensions - 1.1.2025 - what changes now"),
    ],
)
def test_after_a_date_only_a_section_goes_with_the_outlets_name(stage, make_draft, raw, title):
    draft = make_draft(title=raw)
    stage("title")(draft)
    assert draft.title == title


def test_a_farm_named_without_the_digits_of_its_domain_is_the_republisher(stage, make_draft):
    raw = "The government tightens the rules for foreign berry pickers – Yle – Nordic News Digest"
    draft = make_draft(title=raw, host="nordicnewsdigest24.blogspot.com")
    stage("title")(draft)
    assert draft.title == "The government tightens the rules for foreign berry pickers"
    assert draft.original["outlet"] == "Yle"
    assert draft.republisher["name"] == "Nordic News Digest"


def test_a_short_label_without_its_digits_names_no_farm(stage, make_draft):
    draft = make_draft(title="Storm in the west – Weather – TV", host="www.tv2.no")
    stage("title")(draft)
    assert draft.title == "Storm in the west – Weather – TV"


def test_the_sites_name_before_a_double_colon_goes(stage, make_draft):
    draft = make_draft(
        title="Maple Wire News :: Ottawa council approves $90M fix for LRT line",
        host="maplewirenews.com",
        site_name="Maple Wire News",
    )
    stage("title")(draft)
    assert draft.title == "Ottawa council approves $90M fix for LRT line"


@pytest.mark.parametrize(
    ("og_title", "host", "outlet"),
    [
        ("Port workers in Rotterdam lay down work | NU.nl", "polderpressdaily.com", "NU.nl"),
        # the outlet's own page names itself: no source
        ("Port workers in Rotterdam lay down work | NU.nl", "www.nu.nl", None),
        ("Port workers in Rotterdam lay down work | Polder Press Daily", "polderpressdaily.com", None),
    ],
)
def test_an_outlet_closing_og_title_names_the_original(stage, make_draft, og_title, host, outlet):
    """The farm rewrote its <title> with its own name and left the og:title it copied."""
    draft = make_draft(title="Port workers in Rotterdam lay down work | Polder Press Daily", host=host)
    draft.meta.page = PageData(og_title=og_title)
    stage("title")(draft)
    assert draft.original["outlet"] == outlet


def test_an_og_site_name_copied_from_the_original_names_it_and_not_the_farm(stage, make_draft):
    """czechnewshub.com kept Blesk's og:site_name when it copied the article's meta tags."""
    draft = make_draft(
        title="Grandmother (83) believed the fake grandson | Czech News Hub",
        host="czechnewshub.com",
        site_name="Blesk.cz",
    )
    stage("title")(draft)
    assert draft.title == "Grandmother (83) believed the fake grandson"
    assert draft.original["outlet"] == "Blesk"
    assert draft.original["evidence"] == ["the page's og:site_name 'Blesk.cz' is Blesk's, not this site's"]
    assert draft.republisher == {"name": "Czech News Hub", "domain": "czechnewshub.com"}


@pytest.mark.parametrize(
    ("host", "site_name"),
    [
        ("www.blesk.cz", "Blesk.cz"),
        ("nationalpost.ca", "National Post"),
        ("www.derspiegel.de", "DER SPIEGEL"),
    ],
)
def test_an_outlets_og_site_name_on_its_own_site_names_no_source(stage, make_draft, host, site_name):
    """Its registered domain, or another domain of its own name, is the outlet's own page."""
    draft = make_draft(title="Grandmother (83) believed the fake grandson", host=host, site_name=site_name)
    stage("title")(draft)
    assert draft.original["outlet"] is None
    assert draft.republisher["name"] == site_name


def test_the_pages_h1_opening_the_text_goes_even_when_it_ends_like_a_sentence(stage, make_draft):
    headline = "Grandmother (83) believed the fake grandson. She lost 400 thousand!"
    draft = make_draft(
        [headline, "The swindlers called her on Tuesday."], title=f"{headline} | Czech News Hub"
    )
    draft.meta.h1, draft.meta.h1_line = headline, 0
    stage("title")(draft)
    assert draft.lines == ["The swindlers called her on Tuesday."]
    assert draft.edits[-1]["reason"] == "the page's headline (its h1) repeated as the first line of the body"


def test_a_first_paragraph_worded_like_the_h1_stays(stage, make_draft):
    """The extraction's first line is also a paragraph of the page: the article's own words."""
    lines = ["Prices rose again in March.", "More text."]
    draft = make_draft(
        lines, title="Prices rose again in March. – VG – Archyworldys", host="www.archyworldys.com"
    )
    draft.meta.h1, draft.meta.h1_line = "Prices rose again in March.", None
    stage("title")(draft)
    assert draft.lines == lines


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Typepad's <title> is "Post title: Blog name", the colon right after the headline's last word
        (
            "Mülheim Bridge closed again: Commuters must bite into the sour apple: Rhineland Newsroom",
            "Mülheim Bridge closed again: Commuters must bite into the sour apple",
        ),
        # a headline's own colon stays
        (
            "The man whose duvet nearly killed him: How this medical mystery was solved",
            "The man whose duvet nearly killed him: How this medical mystery was solved",
        ),
    ],
)
def test_typepads_blog_name_after_a_colon_goes_but_a_headlines_own_colon_stays(
    stage, make_draft, title, expected
):
    draft = make_draft(
        ["The bridge is closed again."],
        title=title,
        host="rhinelandnewsroom.typepad.com",
        site_name="Rhineland Newsroom",
    )
    stage("title")(draft)
    assert draft.title == expected


def test_the_sites_name_before_a_bullet_goes(stage, make_draft):
    draft = make_draft(
        ["The island has no water in the middle of the season."],
        title="Adriatic Morning Post • Brač without water in the middle of the season",
        host="adriaticmorningpost.com",
    )
    stage("title")(draft)
    assert draft.title == "Brač without water in the middle of the season"


def test_the_h1_under_the_portlet_headings_goes_with_them(stage, make_draft):
    """Liferay's Blogs portlet heads the page with "Blog" and "Blogs" above the post's h1."""
    headline = "Berlingske: Harbour baths closed for the third time this summer"
    body = "On Tuesday morning the municipality closed the harbour baths."
    draft = make_draft(["Blog", "Blogs", headline, body], title=f"{headline} - Blog - Zealand News Wire")
    draft.meta.h1, draft.meta.h1_line = headline, 2
    stage("title")(draft)
    assert draft.lines == [body]
    assert [edit["reason"] for edit in draft.edits if edit["field"] == "text"][-3:] == [
        "a heading of the page's header above the headline",
        "a heading of the page's header above the headline",
        "the page's headline (its h1) repeated in the body under the header's headings",
    ]


def test_the_h1_under_a_kicker_and_the_posts_date_line_goes_with_them(stage, make_draft):
    """Framer's blog template: the kicker, then "Nov 12, 2025 · 4 min read", then the h1."""
    headline = "Vilnius will close Gedimino Avenue to cars on weekends"
    body = "From April the avenue will be closed to cars on Saturdays and Sundays."
    draft = make_draft(["Vilnius", "Nov 12, 2025 · 4 min read", headline, body], title=headline)
    draft.meta.h1, draft.meta.h1_line = headline, 2
    stage("title")(draft)
    assert draft.lines == [body]
    assert [edit["reason"] for edit in draft.edits if edit["field"] == "text"][:2] == [
        "a heading of the page's header above the headline",
        "the post's date line in the page's header, above the headline",
    ]


def test_a_long_line_with_a_year_above_the_h1_keeps_it_in_place(stage, make_draft):
    headline = "Harbour baths closed again"
    lines = ["In 2024 the municipality closed the baths twice in the summer season", headline, "More text."]
    draft = make_draft(lines, title=headline)
    draft.meta.h1, draft.meta.h1_line = headline, 1
    stage("title")(draft)
    assert draft.lines == lines


def test_a_sentence_above_the_h1_keeps_it_in_place(stage, make_draft):
    headline = "Harbour baths closed again"
    lines = ["The municipality closed the baths.", "Harbour baths closed again", "More text."]
    draft = make_draft(lines, title=f"{headline} - Zealand News Wire")
    draft.meta.h1, draft.meta.h1_line = headline, 1
    stage("title")(draft)
    assert draft.lines[0] == "The municipality closed the baths."


def test_the_page_headers_headings_opening_the_text_go_without_the_h1(stage, make_draft):
    """The Liferay portlet's "Blog" and "Blogs" stand before the post's h1, which the text lacks."""
    body = "The harbour bath at Aarhus Ø will in future be open all year round."
    draft = make_draft(["Blog", "Blogs", body], title="Harbour bath open all year - Blog - Jutland Wire")
    draft.meta.h1, draft.meta.header_headings = "Harbour bath open all year", frozenset({"Blog", "Blogs"})
    stage("title")(draft)
    assert draft.lines == [body]
    draft = make_draft(["Blog", body], title="Harbour bath open all year - Blog - Jutland Wire")
    stage("title")(draft)
    assert draft.lines == ["Blog", body]


def test_a_title_that_cuts_the_h1_short_at_a_clauses_end_gives_way_to_the_h1(stage, make_draft):
    draft = make_draft(title="Kalamaja wooden houses: the city forbids plastic windows")
    draft.meta.h1 = (
        "Kalamaja wooden houses: the city forbids plastic windows, residents speak of a „bear service“"
    )
    stage("title")(draft)
    assert draft.title == draft.meta.h1


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Storm in the west", "Storm in the west, live"),  # too short to be a headline cut short
        ("The city forbids plastic windows", "The city forbids plastic windowsills"),  # not at a clause's end
        ("The city forbids plastic windows", "The city forbids plastic windows"),
    ],
)
def test_an_h1_that_only_resembles_a_longer_title_leaves_it(stage, make_draft, title, h1):
    draft = make_draft(title=title)
    draft.meta.h1 = h1
    stage("title")(draft)
    assert draft.title == title


@pytest.mark.parametrize(
    ("title", "host"),
    [
        ("DBKL will close the road every Sunday – BH Online [KL Briefing Wiki]", "wiki.klbriefing.com"),
        ("Girona will freeze the new tourist flats ⋅ Girona Weekly Blogs", "gironaweekly.net"),
    ],
)
def test_the_sites_name_in_brackets_or_after_a_dot_operator_goes(stage, make_draft, title, host):
    draft = make_draft(title=title, host=host)
    stage("title")(draft)
    assert "Briefing" not in draft.title and "Blogs" not in draft.title


DISCUZ_BODY = "".join(
    f"<p>{line}</p>"
    for line in [
        "The city of Vientiane will open a night market for farmers on the Mekong riverside from January,"
        " the city administration said on Monday.",
        "The market will have 200 places for the farmers of the villages around the capital, and the"
        " place will be free for the first six months, the administration said.",
        "The night market will open every evening from five o'clock until ten o'clock, and the road along"
        " the river will be closed to cars during those hours.",
    ]
)


@pytest.mark.parametrize(
    "trail",
    [
        # Discuz!: the separators are elements of their own.
        '<a href="./" class="nvhm">Vientiane Expats Forum</a> <em>&rsaquo;</em> <a href="forum.php">Forum</a>'
        ' <em>&rsaquo;</em> <a href="forum-2-1.html">Local News</a> <em>&rsaquo;</em>'
        ' <a href="thread-48213-1-1.html">Vientiane to open a night market …</a>',
        # Nairaland: in the links' tails, anything after the last ("(412 Views)").
        '<a href="/">Vientiane Expats Forum</a> / <a href="/forum">Forum</a> / <a href="/local-news">Local News</a>'
        ' / <a href="/thread-48213">Vientiane to open a night market</a> (412 Views)',
    ],
)
def test_a_forums_title_loses_the_platforms_credit_the_site_and_the_section_its_trail_shows(trail):
    headline = "Vientiane to open a night market for farmers on the Mekong riverside from January"
    page = (
        f"<html><head><title>{headline} - Local News - Vientiane Expats Forum - Powered by Discuz!</title>"
        f"</head><body><div id='pt'><div class='z'>{trail}</div></div><div class='t_f'>{DISCUZ_BODY}</div>"
        "</body></html>"
    )
    record = clean_page(page, "https://www.vientianeexpats.example/thread-48213-1-1.html")
    assert record["title"] == headline
    [edit] = [e for e in record["edits"] if e["field"] == "title"]
    assert "the platform's credit 'Powered by Discuz!'" in edit["reason"]
    assert "the site's section 'Local News'" in edit["reason"]


@pytest.mark.parametrize(
    "headline",
    [
        "The bridge that was built by hand - a village tells its story",
        "Scientists unveil a new battery - made with sea salt",
        "Inside the hospital - powered by volunteers",
    ],
)
def test_a_headline_about_who_made_something_keeps_its_words(headline):
    page = f"<html><head><title>{headline}</title></head><body><article>{DISCUZ_BODY}</article></body></html>"
    assert clean_page(page, "https://news.example/bridge/")["title"] == headline


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        # Gnuboard's h1 and <title> put the board after an arrow
        ("Classrooms open in January > News | Dar es Salaam Wire", "Classrooms open in January"),
        ("Classrooms open in January @ Tana News", "Classrooms open in January"),
        # FluxBB: the forum's section and name after slashes
        ("Classrooms open in January / Local news / Dar es Salaam Wire", "Classrooms open in January"),
    ],
)
def test_the_declared_headline_ends_at_an_arrow_or_an_at_sign(stage, make_draft, title, headline):
    draft = make_draft(title=title, host="daressalaamwire.com", site_name="Dar es Salaam Wire")
    draft.meta.page = PageData(og_title=headline)
    stage("title")(draft)
    assert draft.title == headline


def test_an_arrow_inside_a_headline_stays_without_a_declared_headline(stage, make_draft):
    title = "Inflation > 5 percent for the third month"
    draft = make_draft(title=title, host="daressalaamwire.com", site_name="Dar es Salaam Wire")
    stage("title")(draft)
    assert draft.title == title


def test_a_platforms_blog_name_closing_the_declared_headline_goes_too(stage, make_draft):
    headline = "Tizi Ouzou: the new bus station will open in February"
    title = f"{headline} - Blog de tiziwezzu-news - Skyrock.com"
    draft = make_draft(title=title, host="tiziwezzu-news.skyrock.com", site_name="Skyrock")
    draft.meta.page = PageData(og_title=f"{headline} - Blog de tiziwezzu-news")
    stage("title")(draft)
    assert draft.title == headline
    # a blog of another name is part of the headline
    draft = make_draft(title="Blog de Marie - the cook who won", host="tiziwezzu-news.skyrock.com")
    stage("title")(draft)
    assert draft.title == "Blog de Marie - the cook who won"


def test_a_platforms_line_after_a_full_stop_closing_the_declared_headline_goes(stage, make_draft):
    """LiveInternet's <title>: the post's headline, a full stop, and the platform's own line."""
    headline = "The reconstruction of the harbour embankment in Vladivostok will begin in April"
    title = f"{headline}. Обсуждение на LiveInternet - Российский Сервис Онлайн-Дневников"
    draft = make_draft(title=title, host="www.liveinternet.ru")
    draft.meta.page = PageData(og_title=headline)
    stage("title")(draft)
    assert draft.title == headline
    # A second sentence of the headline itself, which names no site, stays.
    title = f"{headline}. The works will last a year"
    draft = make_draft(title=title, host="www.liveinternet.ru")
    draft.meta.page = PageData(og_title=headline)
    stage("title")(draft)
    assert draft.title == title


def test_a_mailing_lists_tag_list_name_and_forward_mark_are_no_headline(stage, make_draft):
    draft = make_draft(
        title="[Verona Expats] Fwd: Filobus, da aprile le prime corse di prova - Community - Verona Expats Lists",
        host="lists.veronaexpats.org",
    )
    draft.meta.url = (
        "https://lists.veronaexpats.org/archives/list/community@lists.veronaexpats.org/thread/Q7K3/"
    )
    stage("title")(draft)
    assert draft.title == "Filobus, da aprile le prime corse di prova"
    assert draft.republisher == {
        "name": "Verona Expats",
        "domain": "lists.veronaexpats.org",
    }  # as its tag spells it


def test_a_folder_name_closing_a_headline_without_the_sites_name_stays(stage, make_draft):
    draft = make_draft(title="Ferry strike ends - Community", host="lists.veronaexpats.org")
    draft.meta.url = "https://lists.veronaexpats.org/archives/list/community/"
    stage("title")(draft)
    assert draft.title == "Ferry strike ends - Community"


def test_a_reply_mark_goes_but_a_bracketed_kicker_that_is_no_site_name_stays(stage, make_draft):
    draft = make_draft(title="Re: [VIDEO] Flooding in Porto", host="forum.portoexpats.net")
    stage("title")(draft)
    assert draft.title == "[VIDEO] Flooding in Porto"


def test_a_news_subdomain_of_a_country_domain_is_the_sites_name(stage, make_draft):
    draft = make_draft(title="Bushfire near Perth", host="news.com.au")
    stage("title")(draft)
    assert draft.republisher == {"name": "News", "domain": "news.com.au"}


def test_a_forums_bracketed_page_number_before_its_section_and_name_goes(stage, make_draft):
    draft = make_draft(
        title="Lille: the line 1 of the métro closed in April (La Voix du Nord) (Page 1) — Local news — Lille Expats Forum",
        host="forum.lilleexpats.net",
        site_name="Lille Expats Forum",
    )
    draft.meta.breadcrumb = frozenset({"Lille Expats Forum", "Local news"})
    stage("title")(draft)
    assert draft.title == "Lille: the line 1 of the métro closed in April"
    assert draft.original["outlet"] == "La Voix du Nord"
    assert draft.republisher == {"name": "Lille Expats Forum", "domain": "forum.lilleexpats.net"}


def test_a_redmine_news_title_loses_its_project_and_its_instance(stage, make_draft):
    draft = make_draft(
        title="The Singing fountain will not play this summer - Košice Expats - Košice IT Valley",
        host="projects.kosice-it-valley.sk",
    )
    draft.meta.h1 = "Košice Expats"  # Redmine's h1 is the project's name
    stage("title")(draft)
    assert draft.title == "The Singing fountain will not play this summer"
    assert draft.republisher == {"name": "Košice IT Valley", "domain": "projects.kosice-it-valley.sk"}


def test_a_fediverse_posts_quoted_text_after_its_poster_is_the_headline(stage, make_draft):
    draft = make_draft(
        title='Norrbotten News in English: "Luleå: the ice road to Hindersön opens on Saturday" - social.lulea-expats.se',
        host="social.lulea-expats.se",
    )
    draft.meta.byline_parts = ("Norrbotten News in English",)
    stage("title")(draft)
    assert draft.title == "Luleå: the ice road to Hindersön opens on Saturday"


def test_a_headline_that_is_a_quotation_keeps_its_quotes(stage, make_draft):
    draft = make_draft(title="“We will not resign” – VG – Archyworldys", host="www.archyworldys.com")
    stage("title")(draft)
    assert draft.title == "“We will not resign”"


def test_a_kicker_before_the_h1s_headline_leaves_the_headline(stage, make_draft):
    draft = make_draft(title="Opinion | Republicans Are Following Trump to Nowhere - The New York Times")
    draft.meta.h1 = "Republicans Are Following Trump to Nowhere"
    stage("title")(draft)
    assert draft.title.endswith("Republicans Are Following Trump to Nowhere")


def test_a_site_name_with_an_umlaut_is_the_sites_as_its_address_spells_it(stage, make_draft):
    draft = make_draft(
        title="Warnemünde: cruise season starts with a record of 215 calls » Warnemünde Stays",
        host="www.warnemuende-stays.com",
    )
    stage("title")(draft)
    assert draft.title == "Warnemünde: cruise season starts with a record of 215 calls"
    assert draft.republisher == {"name": "Warnemünde Stays", "domain": "warnemuende-stays.com"}


FEDIVERSE_CUT = (
    'Irkutsk in English: "🧵 Irkutsk: the Glazkovsky bridge will be closed for…" - toot.baikal.community'
)


def test_a_cut_posts_first_line_is_taken_whole_from_the_description(stage, make_draft):
    draft = make_draft(title=FEDIVERSE_CUT, host="toot.baikal.community")
    draft.meta.byline_parts = ("Irkutsk in English",)
    draft.meta.page = PageData(
        description="🧵 Irkutsk: the Glazkovsky bridge will be closed for repair for the whole summer"
        " 📷 The bridge seen from the Lower Embankment. 1/6 #Irkutsk"
    )
    stage("title")(draft)
    assert draft.title == "Irkutsk: the Glazkovsky bridge will be closed for repair for the whole summer"


@pytest.mark.parametrize(
    "description",
    [
        None,
        # another text: the cut one is not its start
        "Irkutsk: the Glazkovsky bridge will stay open",
        # no end within a dozen words: a long post's first sentence is no headline to guess
        "🧵 Irkutsk: the Glazkovsky bridge will be closed for repair for the whole summer and the"
        " buses and the trolleybuses will go through the Innokentievsky bridge and the dam",
    ],
)
def test_a_cut_post_stays_cut_where_the_description_does_not_complete_it(stage, make_draft, description):
    draft = make_draft(title=FEDIVERSE_CUT, host="toot.baikal.community")
    draft.meta.byline_parts = ("Irkutsk in English",)
    draft.meta.page = PageData(description=description)
    stage("title")(draft)
    assert draft.title == "Irkutsk: the Glazkovsky bridge will be closed for"
