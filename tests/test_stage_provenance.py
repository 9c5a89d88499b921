from urllib.parse import urlsplit

import pytest


def run(stage, draft):
    stage("title")(draft)
    stage("provenance")(draft)
    return draft


def test_title_suffix_and_a_link_agree(stage, make_draft):
    draft = make_draft(["Text."], title="Storm in the west – NRK – Archyworldys", host="www.archyworldys.com")
    draft.meta.links = ("https://www.nrk.no/vestland/storm-1.15833.html", "https://facebook.com/share")
    run(stage, draft)
    assert draft.original["outlet"] == "NRK"
    assert draft.original["url"] == "https://www.nrk.no/vestland/storm-1.15833.html"
    assert draft.original["evidence"] == ["title suffix 'NRK'", "link to nrk.no in the page"]


def test_attribution_line_names_the_outlet_when_title_does_not(stage, make_draft):
    draft = make_draft(["Prices rose sharply in March.", "Source: Aftenposten"], title="Prices rise")
    run(stage, draft)
    assert draft.original["outlet"] == "Aftenposten"
    assert draft.original["evidence"] == ["attribution in the body: 'Source: Aftenposten'"]


def test_dateline_names_the_agency(stage, make_draft):
    draft = run(stage, make_draft(["(NTB) – The government resigned on Friday."]))
    assert draft.original["outlet"] == "NTB"


def test_according_to_spiegel_information(stage, make_draft):
    draft = run(stage, make_draft(["According to SPIEGEL information, the talks failed."]))
    assert draft.original["outlet"] == "DER SPIEGEL"


def test_two_outlets_named_once_each_is_no_guess(stage, make_draft):
    draft = make_draft(
        ["(NTB) – The government resigned.", "According to SPIEGEL information, talks failed."]
    )
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_json_ld_and_canonical(stage, make_draft):
    draft = make_draft(["Text."], title="Floods in Limburg")
    draft.meta.based_on = ("https://nos.nl/artikel/2388031-floods",)
    draft.meta.canonical_url = "https://nos.nl/artikel/2388031-floods"
    run(stage, draft)
    assert draft.original["outlet"] == "NOS"
    assert draft.original["url"] == "https://nos.nl/artikel/2388031-floods"
    assert len(draft.original["evidence"]) == 2


def test_url_slug(stage, make_draft):
    draft = make_draft(["Text."], title="A story")
    draft.meta.url = "https://www.archyde.com/the-minister-resigns-vg/"
    run(stage, draft)
    assert draft.original["outlet"] == "VG"
    assert draft.original["evidence"] == ["URL slug ends with '-vg'"]


def test_no_evidence_leaves_original_unknown(stage, make_draft):
    draft = make_draft(
        ["According to the police, nobody was hurt.", "Source: police"], title="Fire in Bergen"
    )
    draft.meta.links = ("https://www.archyworldys.com/other-story/",)
    run(stage, draft)
    # Every key is there, evidence an empty list: a dataset's `original` has one shape.
    assert draft.original == {
        "outlet": None, "domain": None, "language": None, "url": None, "method": None, "evidence": []
    }  # fmt: skip


def test_a_slug_ending_in_an_english_word_is_no_evidence(stage, make_draft):
    draft = make_draft(["Text."], title="Business focus")
    draft.meta.url = "https://www.bigbrandsystem.com/business-focus/"
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_link_filter_keeps_every_link_to_an_outlet(stage):
    provenance = stage("provenance")
    links = [
        "https://www.VG.no/nyheter/i/abc",
        "https://user:pw@NRK.no:443/x",
        "http://sub.aftenposten.no",
        "https://example.com/?via=vg.no",
        "https://vg\t.no/tab-in-host",
        "https://xn--ns-eka.no/",
        "https://nrk.no\u2100/",
        "https://[::1]/",
        "https://facebook.com/share",
    ]
    kept = [url for url in links if provenance._may_be_outlet_link(url)]
    for url in links:
        try:
            is_outlet_link = provenance.outlets.by_domain(urlsplit(url).hostname or "") is not None
        except ValueError:  # urlsplit rejects it: a link that names no outlet
            is_outlet_link = False
        assert url in kept or not is_outlet_link, url
    assert "https://facebook.com/share" not in kept


@pytest.mark.parametrize("odd", ["https://nrk.no\u2100/storm/", "https://[::1/storm/"])
def test_a_link_urlsplit_rejects_names_no_outlet_and_the_page_is_still_cleaned(stage, make_draft, odd):
    draft = make_draft(["Text."], title="Storm in the west – NRK – Archyworldys", host="www.archyworldys.com")
    draft.meta.links = (odd, "https://www.nrk.no/vestland/storm-1.15833.html")
    run(stage, draft)
    assert draft.original["outlet"] == "NRK"
    assert draft.original["url"] == "https://www.nrk.no/vestland/storm-1.15833.html"
    assert draft.original["evidence"] == ["title suffix 'NRK'", "link to nrk.no in the page"]


def test_links_alone_name_no_outlet(stage, make_draft):
    """A publisher links to other outlets all the time: that is no sign it copied one."""
    draft = make_draft(["Text."], title="Storm in the west", host="www.example-news.com")
    draft.meta.links = ("https://www.nrk.no/vestland/storm-1.15833.html", "https://www.nrk.no/other-1.2.html")
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_a_canonical_url_urlsplit_rejects_is_no_evidence(stage, make_draft):
    draft = make_draft(["Text."], title="Storm in the west", host="www.archyworldys.com")
    draft.meta.canonical_url = "https://vg.no\u2100/nyheter/"
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Kilde: VG", "VG"),
        ("Källa: Aftonbladet", "Aftonbladet"),
        ("Quelle: SPIEGEL", "DER SPIEGEL"),
        ("Bron: NOS", "NOS"),
        ("Sources: NRK", "NRK"),
        # in full-width brackets, as Chinese copies close the story
        ("（来源：新京报）", "The Beijing News"),
    ],
)
def test_source_line_in_the_outlets_own_language(stage, make_draft, line, outlet):
    draft = run(stage, make_draft(["The minister resigned on Friday.", line], title="Minister resigns"))
    assert draft.original["outlet"] == outlet
    assert draft.original["evidence"] == [f"attribution in the body: {line!r}"]


def test_originally_published_footer_without_full_stop(stage, make_draft):
    draft = make_draft(["The president spoke for an hour.", "Originally published in Le Monde"])
    run(stage, draft)
    assert draft.original["outlet"] == "Le Monde"
    assert draft.original["evidence"] == ["attribution in the body: 'Originally published in Le Monde'"]


def test_dateline_with_a_hyphen_names_the_agency(stage, make_draft):
    draft = run(stage, make_draft(["(NTB) - The government resigned on Friday."]))
    assert draft.original["outlet"] == "NTB"
    assert draft.original["evidence"] == ["attribution in the body: '(NTB) -'"]


def test_according_to_the_outlets_information_with_possessive(stage, make_draft):
    draft = run(stage, make_draft(["According to VG's information, the minister will resign."]))
    assert draft.original["outlet"] == "VG"
    assert draft.original["evidence"] == ['attribution in the body: "According to VG\'s information"']


def test_first_published_in_names_the_outlet(stage, make_draft):
    draft = run(stage, make_draft(["The interview was first published in Dagbladet."]))
    assert draft.original["outlet"] == "Dagbladet"
    assert draft.original["evidence"] == [
        "attribution in the body: 'The interview was first published in Dagbladet.'"
    ]


def test_source_word_inside_a_sentence_is_no_attribution(stage, make_draft):
    draft = make_draft(["Asked who leaked the report, the minister pointed to one source: Dagbladet."])
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_og_url_names_the_outlet(stage, make_draft):
    draft = make_draft(["Text."], title="Minister resigns")
    draft.meta.og_url = "https://www.vg.no/nyheter/i/Kz3Lm/minister-resigns"
    run(stage, draft)
    assert draft.original["outlet"] == "VG"
    assert draft.original["url"] == "https://www.vg.no/nyheter/i/Kz3Lm/minister-resigns"
    assert draft.original["evidence"] == [
        "og:url points to https://www.vg.no/nyheter/i/Kz3Lm/minister-resigns"
    ]


def test_canonical_to_the_outlets_front_page_is_no_article_url(stage, make_draft):
    draft = make_draft(["Text."], title="Minister resigns")
    draft.meta.canonical_url = "https://www.vg.no/"
    run(stage, draft)
    assert draft.original["outlet"] == "VG"
    assert draft.original["url"] is None


def test_link_to_the_outlets_front_page_is_no_article_url(stage, make_draft):
    draft = make_draft(["Text."], title="Storm in the west – NRK – Archyworldys", host="www.archyworldys.com")
    draft.meta.links = ("https://www.nrk.no/",)
    run(stage, draft)
    assert draft.original["outlet"] == "NRK"
    assert draft.original["url"] is None
    assert draft.original["evidence"] == ["title suffix 'NRK'", "link to nrk.no in the page"]


def test_links_to_the_republishers_own_site_are_no_evidence(stage, make_draft):
    draft = make_draft(["(NTB) – The government resigned on Friday."], host="www.nettavisen.no")
    draft.meta.links = ("https://www.nettavisen.no/nyheter/other-story/s/12-95-3424",)
    run(stage, draft)
    assert draft.original["outlet"] == "NTB"
    assert draft.original["evidence"] == ["attribution in the body: '(NTB) –'"]


def test_upper_case_url_slug(stage, make_draft):
    draft = make_draft(["Text."], title="A story")
    draft.meta.url = "https://www.archyde.com/The-Minister-Resigns-VG/"
    run(stage, draft)
    assert draft.original["outlet"] == "VG"


def test_url_slug_spells_an_outlet_without_its_letters_outside_ascii(stage, make_draft):
    draft = make_draft(["Text."], title="Oil fund grows")
    draft.meta.url = "https://www.archyde.com/oil-fund-grows-again-dagens-naeringsliv/"
    run(stage, draft)
    assert draft.original["outlet"] == "DN"  # Dagens Næringsliv
    assert draft.original["evidence"] == ["URL slug ends with '-dagens-naeringsliv'"]


def test_slug_word_that_merely_ends_like_an_outlet_is_no_evidence(stage, make_draft):
    draft = make_draft(["Text."], title="A healthier lifestyle")
    draft.meta.url = "https://www.bigbrandsystem.com/how-norwegians-live-a-healthier-lifestyle/"
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_json_ld_url_is_preferred_over_a_link(stage, make_draft):
    draft = make_draft(["Text."], title="Floods in Limburg")
    draft.meta.based_on = ("https://nos.nl/artikel/2388031-floods",)
    draft.meta.links = ("https://nos.nl/artikel/2388000-earlier-storm",)
    run(stage, draft)
    assert draft.original["outlet"] == "NOS"
    assert draft.original["url"] == "https://nos.nl/artikel/2388031-floods"


def test_title_outlet_wins_over_more_frequent_links(stage, make_draft):
    draft = make_draft(["Text."], title="Minister resigns – VG – Archyworldys", host="www.archyworldys.com")
    draft.meta.links = ("https://www.nrk.no/norge/a-1.1", "https://www.nrk.no/norge/b-1.2")
    run(stage, draft)
    assert draft.original["outlet"] == "VG"
    assert draft.original["url"] is None
    assert draft.original["evidence"] == [
        "title suffix 'VG'",
        "link to nrk.no in the page (names NRK, not used)",
        "link to nrk.no in the page (names NRK, not used)",
    ]


def test_most_often_named_outlet_wins(stage, make_draft):
    draft = make_draft(["Prices rose sharply in March.", "Source: Aftenposten"], title="Prices rise")
    draft.meta.links = (
        "https://www.aftenposten.no/okonomi/i/x1/prices",
        "https://www.vg.no/nyheter/i/y2/other",
    )
    run(stage, draft)
    assert draft.original["outlet"] == "Aftenposten"
    assert draft.original["url"] == "https://www.aftenposten.no/okonomi/i/x1/prices"


def test_link_filter_keeps_a_link_to_every_outlet_in_the_registry(stage):
    """The filter looks the runs of a URL up in the registry's domains (one set lookup per
    run), so it keeps links to every outlet however the host is written."""
    provenance = stage("provenance")
    for outlet in provenance.outlets.outlets:
        for url in (
            f"https://www.{outlet.domain}/a/story-1.html",
            f"http://{outlet.domain.upper()}",
            f"https://user:pw@news.{outlet.domain}:8443/x?y=1#z",
            f"//{outlet.domain}/scheme-relative",
        ):
            assert provenance._may_be_outlet_link(url), url
            assert provenance.outlets.by_domain(urlsplit(url).hostname or "") is outlet, url


def test_link_filter_drops_hosts_that_only_contain_an_outlets_domain(stage):
    provenance = stage("provenance")
    for url in ("https://xvg.no/", "https://vg.no.example.com/", "https://example.com/vg-no/"):
        assert not provenance._may_be_outlet_link(url), url


def test_url_slug_names_the_outlet_of_the_longest_key_it_ends_with(stage, make_draft):
    # "-de" is no key; "-focus" is an English word; "-focus-de" (focus.de) is FOCUS.
    draft = make_draft(["Text."], title="A story")
    draft.meta.url = "https://www.archyde.com/business-news-from-focus-de/"
    run(stage, draft)
    assert draft.original["outlet"] == "FOCUS"
    assert draft.original["evidence"] == ["URL slug ends with '-focus-de'"]


SAVED_PAGE = """<html><head><title>Inondations : l’Etat promet une aide d’urgence - Le Monde - NewsFrance24h</title>
<link rel="canonical" href="{canonical}">
<meta property="og:site_name" content="{site_name}"></head><body><article><h1>Inondations : l’Etat promet une aide</h1>
<p>{body}</p></article></body></html>"""
SAVED_BODY = " ".join(
    ["The government promised emergency aid to the flooded towns of the Pas-de-Calais on Tuesday."] * 12
)


@pytest.mark.parametrize("site_name", ["NewsFrance24h", ""])
def test_a_saved_page_is_of_the_site_it_calls_itself(tmp_path, site_name):
    """A page saved without its address (a file:// URL) names its own site by its canonical link
    and its name (og:site_name, or the title's last part): that site is the republisher, not the
    original outlet."""
    from republished.cleaning import clean_page

    html = SAVED_PAGE.format(
        canonical="https://www.newsfrance24h.com/inondations-le-monde/", site_name=site_name, body=SAVED_BODY
    )
    record = clean_page(html, (tmp_path / "page.html").as_uri())
    assert record["original"]["outlet"] == "Le Monde"
    assert record["republisher"] == {"name": "NewsFrance24h", "domain": "newsfrance24h.com"}
    assert record["title"] == "Inondations : l’Etat promet une aide d’urgence"


def test_a_saved_page_whose_canonical_link_is_the_outlets_keeps_it_as_evidence(tmp_path):
    from republished.cleaning import clean_page

    html = SAVED_PAGE.format(
        canonical="https://www.lemonde.fr/planete/article/2024/01/03/inondations_6208.html",
        site_name="NewsFrance24h",
        body=SAVED_BODY,
    )
    record = clean_page(html, (tmp_path / "page.html").as_uri())
    assert record["original"]["outlet"] == "Le Monde"
    assert (
        record["original"]["url"] == "https://www.lemonde.fr/planete/article/2024/01/03/inondations_6208.html"
    )


TV2_DK = "https://nyheder.tv2.dk/politik/2024-12-23-mette-frederiksen-groenland-er-ikke-til-salg"


def test_an_outlet_of_the_registrys_name_at_another_domain_is_that_one(stage, make_draft):
    """The registry's TV 2 is Norway's; a copy whose source line links TV 2 at tv2.dk is of the
    Danish one, and is not credited to tv2.no."""
    draft = make_draft(
        ["Greenland is not for sale, the prime minister said.", "Source: TV 2"],
        title="Mette Frederiksen: Greenland is not for sale – TV 2 – Newsbeezer",
        host="www.newsbeezer.com",
    )
    draft.meta.links = (TV2_DK,)
    run(stage, draft)
    assert draft.original["outlet"] == "TV 2"
    assert draft.original["domain"] == "tv2.dk"  # its site, not the news section's subdomain the link names
    assert draft.original["url"] == TV2_DK
    assert draft.original["method"] == "page"


@pytest.mark.parametrize(
    "links",
    [("https://www.tv2.no/nyheter/innenriks/storm/123/",), ("https://www.tv2.no/a/1", TV2_DK), ()],
)
def test_the_registrys_outlet_stands_unless_only_another_domain_has_its_name(stage, make_draft, links):
    draft = make_draft(
        ["The storm hit the west coast.", "Source: TV 2"], title="Storm in the west – TV 2 – Newsbeezer"
    )
    draft.meta.links = links
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == ("TV 2", "tv2.no")


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("WASHINGTON (AP) — The Senate passed the bill on Tuesday.", "WASHINGTON (AP) —"),
        ("KYIV, Ukraine (AP) - Air raid sirens sounded.", "KYIV, Ukraine (AP) -"),
    ],
)
def test_an_agency_code_names_it_in_a_dateline_only(stage, make_draft, first, dateline):
    draft = make_draft([first, "The vote was 68 to 32."], title="Senate passes the bill")
    run(stage, draft)
    assert draft.original["outlet"] == "Associated Press"
    assert draft.original["evidence"] == [f"the agency's dateline: {dateline!r}"]


@pytest.mark.parametrize(
    "lines",
    [
        ["The AP (Andhra Pradesh) government announced new rules.", "Source: AP"],
        ["Støre met the unions.", "The Labour Party (Ap) – the largest party – lost two seats."],
        ["Story one.", "Story two.", "WASHINGTON (AP) — a dateline of a third paragraph."],
    ],
)
def test_the_code_elsewhere_names_no_outlet(stage, make_draft, lines):
    draft = make_draft(lines, title="Rules announced")
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (
            ["TOKYO, Feb 22 (Reuters) - Japan's Nikkei share average hit a record high.", "More text."],
            "Reuters",
        ),
        (["The ministry presented the plan on Monday.", "(Source: rtvslo.si)"], "RTV Slovenija"),
        (["Die Regierung legte den Plan vor.", "Quelle: tagesschau.de"], "tagesschau"),
    ],
)
def test_an_agencys_name_in_its_dateline_and_a_bracketed_source_line_name_the_outlet(
    stage, make_draft, lines, outlet
):
    draft = make_draft(lines, title="A plan")
    run(stage, draft)
    assert draft.original["outlet"] == outlet


def test_a_newspapers_own_dateline_names_it_but_not_mid_text(stage, make_draft):
    """Saudi papers date their stories so ("JEDDAH (Okaz) —", farms29): the paper's, as an
    agency's is the agency's. In the third paragraph it is a quote's or an aside's."""
    draft = make_draft(["JEDDAH (Okaz) — The Secretariat began the works.", "Text."], title="A plan")
    run(stage, draft)
    assert draft.original["outlet"] == "Okaz"
    assert draft.original["evidence"] == ["the dateline: 'JEDDAH (Okaz) —'"]
    draft = make_draft(
        ["Story one.", "Story two.", "OSLO (Aftenposten) – a dateline of a third paragraph."], title="A plan"
    )
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This article first appeared on derStandard.at.", "Der Standard"),
        ("This article was first published in Greek by Kathimerini.", "Kathimerini"),
        ("Source: المصري اليوم", "Al-Masry Al-Youm"),
        ("Article translated from Le Soir.", "Le Soir"),
        ("Read the original article in Público", "Público"),
        ("Read the full article at DR", "DR"),
        ("(Seoul = Yonhap News) Reporter Kim Min-seo = The Bank of Korea lowered its base rate.", "Yonhap"),
        ("Source: Al Jazeera + Agencies", "Al Jazeera"),
        ("Source: NHK and agencies.", "NHK"),
        ("Culled from The PUNCH", "The Punch"),
        ("With information from EL TIEMPO", "El Tiempo"),
        ("Con información de La Tercera.", "La Tercera"),
        ("Com informações da Folha de S.Paulo", "Folha de S.Paulo"),
        (
            'This article has been shown on Kompas.com with the title "Puan asks for a review of VAT".',
            "Kompas",
        ),
        ("Theo VnExpress", "VnExpress"),
        ("Kaynak: Hürriyet", "Hürriyet"),
        ("Sumber: Kompas.com", "Kompas"),
        ("출처: 조선일보", "Chosun Ilbo"),
        ("引用元：朝日新聞デジタル", "Asahi Shimbun"),
        ("(Translated from Adresseavisen)", "Adresseavisen"),
        ("Story courtesy of The Globe and Mail.", "The Globe and Mail"),
        ("Leer la noticia completa en La Nueva España", "La Nueva España"),
        ("📰 Today's lead story comes from the Manchester Evening News.", "Manchester Evening News"),
        ("This story is part of a content-sharing agreement with The Globe and Mail.", "The Globe and Mail"),
        ("Haberin devamı için: cumhuriyet.com.tr", "Cumhuriyet"),
        ("© Riproduzione riservata – il Resto del Carlino", "Il Resto del Carlino"),
        ("© 2025 Berlingske. Alle rettigheder forbeholdes.", "Berlingske"),
    ],
)
def test_a_line_that_says_where_the_copy_comes_from_names_the_outlet(stage, make_draft, line, outlet):
    draft = run(stage, make_draft(["The minister resigned on Friday.", line], title="Minister resigns"))
    assert draft.original["outlet"] == outlet
    [evidence] = draft.original["evidence"]
    assert evidence.startswith("attribution in the body:")


@pytest.mark.parametrize(
    "line",
    [
        "The article was translated from French by volunteers.",
        "Read the full article at the link below.",
        "(Oslo = the capital) is where the meeting took place.",
        "Culled from the forest, the timber was sold to a mill in Kaduna.",
        "With information from the police, the family found the car.",
        "With information from the ministry of health.",
        "The story was shown on television with the title changed, the producer said.",
        "Theo Walcott",
        "Theo said the match was over.",
        "Translated from Norwegian by our newsroom.",
        "© 2025 Emilia News Digest. All rights reserved.",
        "For the full story: see our live blog.",
    ],
)
def test_such_lines_naming_no_outlet_name_none(stage, make_draft, line):
    draft = run(stage, make_draft(["The minister resigned on Friday.", line], title="Minister resigns"))
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("author", "outlet"),
    [
        ("Hürriyet staff", "Hürriyet"),
        ("Hürriyet Daily News staff", "Hürriyet Daily News"),
        ("Kompas Newsroom", "Kompas"),
    ],
)
def test_a_byline_crediting_an_outlets_staff_names_the_outlet(stage, make_draft, author, outlet):
    draft = make_draft(["The central bank cut its rate.", "Markets rose."], title="Rate cut")
    draft.meta.authors = [author]
    run(stage, draft)
    assert draft.original["outlet"] == outlet
    assert draft.original["evidence"] == [f"the byline credits the outlet's staff: {author!r}"]


def test_a_byline_that_is_a_newspapers_name_names_the_outlet(stage, make_draft):
    draft = make_draft(["The central bank cut its rate.", "Markets rose."], title="Rate cut")
    draft.meta.authors = ["Corriere della Sera"]
    run(stage, draft)
    assert draft.original["outlet"] == "Corriere della Sera"
    assert draft.original["evidence"] == ["the byline is the outlet's name: 'Corriere della Sera'"]


@pytest.mark.parametrize("agency", ["dpa", "AFP", "NTB"])
def test_an_agencys_name_as_the_byline_names_no_outlet(stage, make_draft, agency):
    """Publishers sign the agency copy they run with the agency's name."""
    draft = make_draft(["The central bank cut its rate.", "Markets rose."], title="Rate cut")
    draft.meta.authors = [agency]
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize("author", ["Istanbul Headline Hub staff", "Anadolu Desk", "Ayşe Yılmaz", "Staff"])
def test_a_byline_of_the_farms_own_desk_or_a_person_names_no_outlet(stage, make_draft, author):
    draft = make_draft(["The central bank cut its rate.", "Markets rose."], title="Rate cut")
    draft.meta.authors = [author]
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("parts", "outlet"),
    [
        (("Tomislav Perić", "Jutarnji list"), "Jutarnji list"),
        # The outlet's domain as it writes its name in it (vecernji.hr).
        (("Ivana Kovač", "Večernji.hr March 21", "2024", "Večernji.hr"), "Večernji list"),
        (("Jordan Price", "CBC News", "Posted: Mar 12, 2025 5:40 PM EDT"), "CBC"),
        (("Mojca Zupan", "Večer"), "Večer"),
        # the outlet's name before the reporter's job
        (("Tessa Rangi-Moore", "RNZ political reporter"), "RNZ"),
        # the person's work for an outlet
        (("Elena Sanz for Heraldo de Aragón", "October 13"), "Heraldo de Aragón"),
        (("By Ana Ruiz for the council",), None),
        (("Anna Berg", "NTB"), None),  # an agency signs the copy publishers run: no copy
        (("Anna Berg", "Nordic Desk"), None),
    ],
)
def test_a_byline_crediting_an_outlet_names_it(stage, make_draft, parts, outlet):
    draft = make_draft(["The council approved the plan.", "Work begins in May."], title="Plan approved")
    draft.meta.byline_parts = parts
    run(stage, draft)
    assert draft.original["outlet"] == outlet


def test_a_byline_naming_the_site_itself_names_no_original(stage, make_draft):
    draft = make_draft(["The council approved the plan."], title="Plan approved", host="www.cbc.ca")
    draft.meta.byline_parts = ("Jordan Price", "CBC News")
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_a_dateline_of_city_and_day_names_the_agency(stage, make_draft):
    draft = run(stage, make_draft(["Lisbon, 12 Mar (Lusa) - The government approved the plan on Thursday."]))
    assert draft.original["outlet"] == "Lusa"
    assert draft.original["evidence"] == ["the agency's dateline: 'Lisbon, 12 Mar (Lusa) -'"]


@pytest.mark.parametrize("line", ["Via: ORF.at", "- Via: ORF.at"])
def test_a_via_line_names_the_outlet(stage, make_draft, line):
    draft = run(stage, make_draft(["Die U5 wird später eröffnet.", line]))
    assert draft.original["outlet"] == "ORF"


def test_an_outlets_own_claim_names_it(stage, make_draft):
    line = "The ministry will mobilise 20,000 homes, as EL MUNDO has been able to know from sources."
    draft = run(stage, make_draft([line, "The plan will be presented on Tuesday."]))
    assert draft.original["outlet"] == "El Mundo"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "– We must close for three months, says light rail director Jens Bonde to Jyllands-Posten.",
            "Jyllands-Posten",
        ),
        (
            "“We will look at every measure,” said the councillor Jürgen Koch (SPD) to the Tagesspiegel.",
            "Der Tagesspiegel",
        ),
        ("The queues are long in summer, the prefecture confirmed to Sud Ouest.", "Sud Ouest"),
        (
            "The scooters will be banned at night, said the deputy mayor Darius Sparrow to EPL.",
            "Eesti Päevaleht",
        ),
        # a sentence closed with the outlet that wrote it, by its name or its domain
        ("The rental firms will lose a third of their trips, writes 15min.", "15min"),
        ("“Nobody talked with us,” she said, reports cmjornal.pt.", "Correio da Manhã"),
        # …or that tells it, as Finnish writes "kertoo Turun Sanomat"
        ("In the future the ferry moves also in winter, tells Turun Sanomat.", "Turun Sanomat"),
        ("The ferry will run in winter, he told Reuters.", None),
        ("The fares rise in January, reports the Guardian.", None),
        # English says "told", and an English outlet the speaker spoke to is no source of a copy
        ("The line will close for three months, he said to the BBC.", None),
        # nor is an agency
        ("We will appeal, the lawyer said to NTB.", None),
        # the verb, the outlet, then the speaker, in the source language's order
        ("“We cannot wait,” said for iDNES.cz the deputy mayor for transport Tomáš Kučera.", "iDNES.cz"),
        ("“The stalls stay,” said to EfSyn the deputy mayor, Agapi Stavrou.", "Efimerida ton Syntakton"),
        ("“The stalls stay,” said to Brussels the deputy mayor.", None),
        # the speaker named with an apposition before the outlet
        ("“It is late,” said Marie Dupont, the deputy mayor, to Le Parisien.", "Le Parisien"),
    ],
)
def test_a_quote_said_to_an_outlet_of_another_language_names_it(stage, make_draft, line, outlet):
    draft = run(stage, make_draft([line, "The work starts in June."]))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    "byline",
    ["By Newsroom La República", "Redacción La República", "La República newsroom"],
)
def test_a_byline_crediting_the_outlets_newsroom_names_it(stage, make_draft, byline):
    draft = make_draft(["The new hospital opens in December.", "Emergencies come first."])
    draft.meta.byline_parts = (byline,)
    assert run(stage, draft).original["outlet"] == "La República"


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Nurses at the Mabvuku clinic. Photo: Kwayedza", "Kwayedza"),
        # an agency's photo, and an English outlet's in an English text, are photos
        ("Nurses at the Mabvuku clinic. Photo: Reuters", None),
        ("Nurses at the Mabvuku clinic. Photo: The Guardian", None),
    ],
)
def test_a_photo_credited_to_an_outlet_of_another_language_names_it(stage, make_draft, credit, outlet):
    draft = make_draft(["Clinics will open on Saturdays.", "The city pays for the nurses."])
    draft.captions = [credit]
    assert run(stage, draft).original["outlet"] == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Как рассказали «Фонтанке» в комитете по транспорту, зоны охватят весь район.", "Fontanka"),
        ("Об этом сообщили «Новой газете» в пресс-службе мэрии.", "Novaya Gazeta"),
        ("Как пишет «Медуза», решение приняли в пятницу.", "Meduza"),
        ("Про це розповіли «Українській правді» у міськраді.", "Ukrainska Pravda"),
        # the river, not the outlet: no guillemets, no verb of telling
        ("Катера на Фонтанке будут ходить до полуночи, сообщили в комитете.", None),
        # an agency reports for everyone
        ("Об этом сообщили «Интерфаксу» в пресс-службе.", None),
        # a club in guillemets is no outlet
        ("Об этом рассказали «Зениту» в мэрии.", None),
    ],
)
def test_an_untranslated_russian_copy_cites_its_outlet_in_the_case_the_verb_wants(
    stage, make_draft, line, outlet
):
    draft = run(stage, make_draft([line, "Работы начнутся в июне."]))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Valencia, 14 Mar (EFE).- Hundreds of people demonstrated on Friday.", "More follow."], "EFE"),
        (["The Acropolis will close at noon.", "Read the original at protothema.gr"], "Proto Thema"),
        (
            ["Dublin will build 300 homes.", "This article first appeared in the Irish Independent."],
            "Irish Independent",
        ),
    ],
)
def test_more_ways_copies_name_their_source(stage, make_draft, lines, outlet):
    draft = run(stage, make_draft(lines))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Denne artikel blev oprindeligt bragt i Dagbladet Information.", "Dagbladet Information"),
        ("Denne artikkelen ble først publisert i Aftenposten.", "Aftenposten"),
        ("Artikeln publicerades ursprungligen i Dagens Nyheter.", "Dagens Nyheter"),
        ("Dieser Artikel erschien zuerst im Tagesspiegel.", "Der Tagesspiegel"),
        ("Dit artikel verscheen eerder in de Volkskrant.", "de Volkskrant"),
    ],
)
def test_a_note_that_the_article_first_appeared_elsewhere_names_it_in_the_copys_language(
    stage, make_draft, note, outlet
):
    """Copies kept untranslated keep the original's note in its language (farms11 p14)."""
    lines = ["Ikke et eneste selskab bød på de tre havvindmølleparker i Nordsøen.", note]
    draft = run(stage, make_draft(lines, title="Ingen bud på havvind", language="da"))
    assert draft.original["outlet"] == outlet


def test_a_danish_line_about_an_article_that_names_no_outlet_names_none(stage, make_draft):
    lines = ["Denne artikel handler om vindmøller i Nordsøen.", "Regeringen vil ændre udbuddet."]
    assert (
        run(stage, make_draft(lines, title="Ingen bud på havvind", language="da")).original["outlet"] is None
    )


def test_the_head_declaring_the_original_names_the_outlet(stage, make_draft):
    """Google News's original-source meta and an hreflang alternate in the original's language
    name the story the copy was made from, though the page names the outlet nowhere."""
    url = "https://www.ksta.de/koeln/muelheimer-bruecke-873412"
    draft = make_draft(
        ["The bridge is closed again."], title="Mülheim Bridge closed", host="rhineland.example"
    )
    draft.meta.declared_sources = (('<meta name="original-source">', url),)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["url"]) == ("Kölner Stadt-Anzeiger", url)
    assert draft.original["evidence"] == [f'<meta name="original-source"> points to {url}']
    url = "https://www.diena.lv/raksts/latvija/riga/siltuma-tarifs-14321987"
    draft = make_draft(["Heating will cost more."], title="Heating tariff", host="balticmirror.example")
    draft.meta.declared_sources = (('<link rel="alternate" hreflang="lv">', url),)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["language"]) == ("Diena", "lv")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The buses will arrive in spring, as Blic learns.", "Blic"),
        ("As established Fakt, nobody was hurt in the fire.", "Fakt"),
        ("The talks failed, as EL MUNDO has been able to know.", "El Mundo"),
        ("Taifa Leo has learned that the funding model will be suspended.", "Taifa Leo"),
    ],
)
def test_the_outlets_claim_to_its_own_finding_names_it(stage, make_draft, line, outlet):
    draft = run(stage, make_draft([line], title="A story"))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("In conversation with La Tercera, the minister said the prisons were full.", "La Tercera"),
        # the engine's rendering of Ukrainska Pravda, closing the sentence
        (
            "This was stated by the Deputy Minister Andriy Miller in an interview with Ukrainian Truth.",
            "Ukrainska Pravda",
        ),
        # English outlets interview people in everyone's copy; agencies sign copy publishers run
        ("The minister said so in an interview with the BBC on Sunday.", None),
        ("In an interview with Reuters, the minister denied the report.", None),
        ("The trains will be modernised by 2027, according to El País.", "El País"),
        ("The trains will be modernised by 2027, according to The New York Times.", None),
        ("As reported by Il Mattino, the works concern the replacement of the cables.", "Il Mattino"),
        ("As reported by the Washington Post, the talks failed.", None),
    ],
)
def test_the_outlet_a_person_spoke_to_or_the_text_cites_names_it(stage, make_draft, line, outlet):
    draft = run(stage, make_draft([line, "The prisons hold 60,000 people."], title="A story"))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Credit: Diário de Notícias. Translated and adapted by Alfama Daily News.", "Diário de Notícias"),
        ("This report originally appeared in Népszava.", "Népszava"),
        # a byline left at the top of the text: a person's name and the outlet
        ("Lotte Meijer | Het Parool", "Het Parool"),
        ("By Xosé Carreira / La Voz de Galicia", "La Voz de Galicia"),
        # "Credit:" alone is a photo's; a byline naming an agency names no copy
        ("Credit: Reuters", None),
        ("Anna Berg | NTB", None),
        # a surname in capitals, as French writes it; a staff reporter's line with its dateline
        # (found by the farms28 audit)
        ("Armelle NGO BISSE | Cameroon Tribune", "Cameroon Tribune"),
        (
            "Staff Reporter, Anandabazar Patrika · Kolkata, 20 January 2026 · translated by X",
            "Anandabazar Patrika",
        ),
        ("MOST READ | Cameroon Tribune", None),
        # whose the text is, and who translated it (found by the farms27 audit)
        ("Text: Het Parool | Translated and edited by Amsterdam Canal News", "Het Parool"),
        ("Text: Translated and edited by Amsterdam Canal News", None),
    ],
)
def test_closing_credit_and_report_lines_and_bylines_in_the_text_name_the_outlet(
    stage, make_draft, line, outlet
):
    body = ["Canal boats with petrol engines must disappear from the centre by 2027.", line]
    draft = run(stage, make_draft(body, title="Canal boats must go"))
    assert draft.original["outlet"] == outlet


def test_the_heads_account_of_a_registered_outlet_names_it(stage, make_draft):
    """A farm that copies the original's head keeps its Twitter account (twitter:site/creator)."""
    draft = make_draft(
        ["Malmö lowers the speed to 30.", "The taxi industry protests."], host="skanedailybrief.com"
    )
    draft.meta.social_handles = ("@Sydsvenskan",)
    run(stage, draft)
    assert draft.original["outlet"] == "Sydsvenskan"
    assert draft.original["evidence"] == [
        "the head names the outlet's account @Sydsvenskan (twitter:site, twitter:creator or article:publisher)"
    ]


@pytest.mark.parametrize("handle", ["@skanedailybrief", "@johanek"])
def test_an_account_of_no_registered_outlet_names_none(stage, make_draft, handle):
    draft = make_draft(["Malmö lowers the speed to 30."], host="skanedailybrief.com")
    draft.meta.social_handles = (handle,)
    assert run(stage, draft).original["outlet"] is None


def test_a_json_ld_citation_of_the_original_names_it(stage, make_draft):
    url = "https://www.delo.si/novice/slovenija/najemnine-za-studentske-sobe"
    draft = make_draft(["Student rents rose by a fifth."], host="ljubljananewswire.com")
    draft.meta.declared_sources = (("JSON-LD citation", url),)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["url"]) == ("Delo", url)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The oyster farmers lost half their stock, the prefecture confirmed to South West.", "Sud Ouest"),
        ("According to the Parisian, the line will open in 2027.", "Le Parisien"),
        # the words as English uses them: not right after a verb that cites, or not closing the clause
        ("The new line will be extended to South West England next year, the council said.", None),
        ("She moved to South West. The farm stayed in the family.", None),
        ("The minister said to South West France voters that the plan stands.", None),
    ],
)
def test_a_name_translated_word_for_word_names_the_outlet_only_where_a_sentence_cites_it(
    stage, make_draft, line, outlet
):
    draft = run(stage, make_draft([line, "The work starts in June."], title="Oysters die in Arcachon"))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The hospital will close its maternity ward, according to Freedom.", "Libertatea"),
        ("The tram will not run on Sundays, the mayor told the Morning Paper.", "Jutarnji list"),
        (
            "As revealed by The Parisian, an internal note mentions a network at the end of the breath.",
            "Le Parisien",
        ),
        ("“Prices went up,” told the Latvian Newspaper the butcher Juris Willow.", "Latvijas Avīze"),
        ("According to Freedom House, the country slipped in the ranking.", None),
        ("According to Time, the magazine, the deal was signed in May.", None),
        # after the speaker, closing the sentence
        ("“We want a car-free centre,” says councillor Tone Eng (Ap) to Class Struggle.", "Klassekampen"),
        ("The party has fought for decades, says the historian, to end the class struggle.", None),
        # "to" after the verb's other words is no one's speech to an outlet
        (
            "Frontier Airlines said on Monday it would cut 300 jobs in Denver and move much of its"
            " maintenance work to the Southwest.",
            None,
        ),
        ("Forecasters said the storm will then move to the South West.", None),
    ],
)
def test_more_translated_names_of_outlets(stage, make_draft, line, outlet):
    draft = run(stage, make_draft([line, "The work starts in June."], title="Ward closes"))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Reporter Kim Ji-hoon kjh@busan.com",
        "Kim Ji-hoon, reporter (kjh@busan.com)",
        "By Kim Ji-hoon <kjh@busan.com>",
    ],
)
def test_a_reporters_sign_off_at_the_outlets_address_names_it(stage, make_draft, line):
    draft = run(
        stage, make_draft(["The city will charge for parking from January.", line, "Please subscribe!"])
    )
    assert draft.original["outlet"] == "Busan Ilbo"
    assert draft.original["evidence"] == [f"the reporter's sign-off is an address at the outlet: {line!r}"]


@pytest.mark.parametrize(
    "line",
    [
        "Write to the editor at letters@busan.com if you have a tip about parking in the city.",
        "Reporter Kim Ji-hoon kjh@busanbeachbrief.com",
        "Contact kjh@busan.com",
    ],
)
def test_other_lines_with_an_address_name_no_outlet(stage, make_draft, line):
    draft = run(stage, make_draft(["The city will charge for parking from January.", line]))
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("caption", "outlet"),
    [
        # the outlet's own credit style: "(Foto Prensa Libre: Óscar Rivas)"
        (
            "Trucks on the Periférico at the height of zone 7. (Photo Prensa Libre: Óscar Rivas)",
            "Prensa Libre",
        ),
        # an agency's photo is no source of the copy
        ("Trucks on the Periférico at the height of zone 7. (Foto EFE: Esteban Biba)", None),
    ],
)
def test_a_caption_credit_in_the_outlets_own_style_names_it(stage, make_draft, caption, outlet):
    draft = make_draft(["Heavy trucks will be banned from the ring road at rush hour."])
    draft.captions = [caption]
    assert run(stage, draft).original["outlet"] == outlet


def test_an_outlet_only_links_name_does_not_stand_in_the_way_of_the_one_the_text_names(stage, make_draft):
    """Found by the farms28 audit: a farm's "Partner sites" block linked another outlet."""
    draft = make_draft(
        ["The market will move.", "Armelle NGO BISSE | Cameroon Tribune"], title="Market moves"
    )
    draft.meta.links = ("https://www.crtv.cm/",)
    run(stage, draft)
    assert draft.original["outlet"] == "Cameroon Tribune"


def test_a_name_other_outlets_share_names_none_alone(stage, make_draft):
    """The registry's L'Express is France's; Mauritius' is another (found by the farms27 audit)."""
    draft = run(stage, make_draft(["The drains will be cleaned.", "Source : L'Express"], title="Drains"))
    assert draft.original["domain"] != "lexpress.fr"
    draft = make_draft(["The drains will be cleaned.", "Source : L'Express"], title="Drains")
    draft.meta.links = ("https://lexpress.mu/s/article/beau-bassin-drains",)
    run(stage, draft)
    assert draft.original["domain"] == "lexpress.mu"


def test_droits_reserves_in_a_photo_credit_is_no_outlet(stage, make_draft):
    draft = make_draft(["The classrooms were handed over."], title="Classrooms")
    draft.captions = ["The new classrooms. Photo : DR"]
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        (
            "Fonte: La Gazzetta del Mezzogiorno, intervista all'assessore Michele Pastore",
            "La Gazzetta del Mezzogiorno",
        ),
        ("— Story by Jess Tran, NT News", "NT News"),
        ("Articol original: monitorulcj.ro", "Monitorul de Cluj"),
        # a second name after the comma is no note: two sources name none
        ("Source: Daily Mail, Reuters", None),
    ],
)
def test_a_closing_source_line_with_a_note_a_story_byline_and_an_original_article_label(
    stage, make_draft, closing, outlet
):
    draft = run(stage, make_draft(["The cycle path on the southern seafront opens in May.", closing]))
    assert draft.original["outlet"] == outlet


def test_a_site_whose_address_spells_only_part_of_the_name_is_no_namesake(stage, make_draft):
    """The registry's Bornholms Tidende is at tidende.dk; the island's tourist site bornholm.info,
    linked in a sidebar, is no other Bornholms Tidende."""
    draft = make_draft(
        ["The harbour bath opens in June, writes Bornholms Tidende.", "The municipality pays half."],
        title="Rønne gets a harbour bath – Bornholm Smokehouse",
        host="bornholmsmokehouse.com",
    )
    draft.meta.links = ("https://bornholm.info/en/",)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == ("Bornholms Tidende", "tidende.dk")
