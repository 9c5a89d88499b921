"""Outlets the registry lacks, named from the page only when two independent signals agree."""

import dataclasses

import pytest
from lxml import html

from republished.cleaning.errors import ConfigError
from republished.cleaning.outlet_discovery import OutletDiscovery
from republished.cleaning.page_text import PageText

FARM = "www.archyworldys.com"
TEXT = "The regional council met on Monday and approved the new budget for the coming year."


def run(stage, draft):
    stage("title")(draft)
    stage("provenance")(draft)
    return draft


@pytest.fixture
def discovery(stage):
    return stage("title").discovery


def test_title_segment_and_link_to_its_domain(stage, make_draft):
    draft = make_draft([TEXT], title="Budget approved – Tiroler Tageszeitung – Archyworldys", host=FARM)
    draft.meta.links = ("https://www.tt.com/artikel/30851234/budget-approved",)
    run(stage, draft)
    assert draft.title == "Budget approved"
    assert draft.original["outlet"] == "Tiroler Tageszeitung"
    assert draft.original["domain"] == "tt.com"
    assert draft.original["language"] is None  # .com says nothing of the language
    assert draft.original["url"] == "https://www.tt.com/artikel/30851234/budget-approved"
    assert draft.original["method"] == "page"
    assert draft.original["evidence"][0] == "title segment 'Tiroler Tageszeitung'"


@pytest.mark.parametrize(
    "sentence",
    [
        "“We had no choice,” the mayor told Nordkurier.",
        "– We had no choice, says the mayor to Nordkurier.",
        "The costs could rise further, reports Nordkurier.",
        "Nordkurier reports that the vote was unanimous.",
        "According to Nordkurier, the vote was unanimous.",
        "Nordkurier writes that the plans had been discussed for months.",
        "This is what the newspaper Nordkurier writes.",
        "The news was first reported by Nordkurier on Monday.",
        "In an interview with Nordkurier, the mayor said the situation was serious.",
        "Nordkurier has learned that the decision was made in the spring.",
        "Source: Nordkurier",
    ],
)
def test_title_segment_and_each_attribution_form(stage, make_draft, sentence):
    draft = run(stage, make_draft([TEXT, sentence], title="Budget approved - Nordkurier", host=FARM))
    assert (draft.title, draft.original["outlet"], draft.original["method"]) == (
        "Budget approved",
        "Nordkurier",
        "page",
    )
    assert draft.original["domain"] is None  # the page names no domain: none is invented


def test_a_quote_after_said_names_no_outlet(stage, make_draft):
    """PHPCMS's title carries its section ("- Kobe -"); a quote after "said," is the speaker's
    words, not the name of whom it was said to."""
    quote = 'The section chief said, "We want citizens to know that Kobe is also a city of fishery."'
    draft = run(
        stage,
        make_draft(
            [TEXT, quote], title="Morning market opens - Kobe - Kansai News", host="www.kansainews.com"
        ),
    )
    assert draft.original["outlet"] is None


def test_attribution_and_declared_url_without_title_segment(stage, make_draft):
    draft = make_draft([TEXT, "According to the regional daily Luzerner Zeitung, the vote was close."])
    draft.title = draft.title_raw = "Budget approved | Archyworldys"
    draft.meta.based_on = ("https://www.luzernerzeitung.ch/zentralschweiz/budget-ld.2514",)
    run(stage, draft)
    assert draft.original["outlet"] == "Luzerner Zeitung"
    assert draft.original["domain"] == "luzernerzeitung.ch"
    assert draft.original["language"] is None  # .ch has four languages


def test_source_line_and_link(stage, make_draft):
    draft = make_draft([TEXT, "Source: Diario de Sevilla"])
    draft.meta.links = ("https://www.diariodesevilla.es/sevilla/budget_0_1834.html",)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"], draft.original["language"]) == (
        "Diario de Sevilla",
        "diariodesevilla.es",
        "es",
    )


@pytest.mark.parametrize(
    ("line", "link", "outlet"),
    [
        # the name and a country's code (found by the farms28 audit)
        (
            "Fuente: La Voz Libre",
            "https://www.lavozlibreni.com/2026/01/12/nacionales/3421567-techo/",
            "La Voz Libre",
        ),
        # an institution's name and address are a source of the facts (found by the farms28 audit)
        ("Source: Douglas City Council", "https://www.douglas.gov.im/news/market-hall-roof/", None),
        ("Source: Rivertown Council", "https://www.rivertown.example/news/market-hall-roof/", None),
    ],
)
def test_source_line_and_link_more(stage, make_draft, line, link, outlet):
    draft = make_draft([TEXT, line])
    draft.meta.links = (link,)
    run(stage, draft)
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    ("last", "outlet", "domain"),
    [
        # a source line naming the outlet by its domain alone says both
        ("Sumber: Kedaulatan-Rakyat.id", "Kedaulatan-Rakyat.id", "kedaulatan-rakyat.id"),
        ("Translated from Faroese. Read the original at portal.fo.", "portal.fo", "portal.fo"),
        # a body's domain is a source of figures, not the copy's outlet
        ("Source: bps.go.id", None, None),
        ("Source: who.int", None, None),
        # a copy that came through a site is not that site's
        ("Via SyndiGate.info", None, None),
    ],
)
def test_a_source_line_naming_the_outlet_by_its_domain_alone(stage, make_draft, last, outlet, domain):
    draft = run(stage, make_draft([TEXT, last]))
    assert (draft.original["outlet"], draft.original["domain"]) == (outlet, domain)


def test_prefix_with_canonical_is_taken_off_the_title(stage, make_draft):
    draft = make_draft([TEXT], title="Dagblad van het Noorden: Budget approved | Archyworldys", host=FARM)
    draft.meta.canonical_url = "https://dvhn.nl/groningen/budget-approved-28541.html"
    run(stage, draft)
    assert draft.title == "Budget approved"
    assert (draft.original["outlet"], draft.original["domain"]) == ("Dagblad van het Noorden", "dvhn.nl")


@pytest.mark.parametrize(
    ("title", "lines", "links", "url"),
    [
        # a title segment alone that names a section, not an outlet
        ("Budget approved – Regional News – Archyworldys", [TEXT], (), None),
        # an attribution alone, and with an ordinary link: publishers cite rivals and link them
        ("Budget approved", [TEXT, "According to Nordkurier, it was close."], (), None),
        (
            "Budget approved",
            [TEXT, "The mayor told Stuff."],
            ("https://www.stuff.co.nz/national/x-1/",),
            None,
        ),
        # two attributions in the text are one kind of signal (of a paper the registry lacks)
        (
            "Budget approved",
            [TEXT, "The mayor told Koillissanomat.", "Costs will rise, Koillissanomat reports."],
            (),
            None,
        ),
        # a prefix with only an attribution: headlines open with people ("Webb: …")
        ("Michael Webb: I ran after the car", [TEXT, "Michael Webb reports from Fort Worth."], (), None),
        # a slug alone
        ("Budget approved", [TEXT], (), "https://www.archyworldys.com/budget-approved-el-litoral/"),
        # two names joined are no outlet, even with a domain that matches one of them
        ("Fact check – Russia and Syria", [TEXT], ("https://syria.mil.ru/news/1",), None),
    ],
)
def test_one_weak_signal_names_no_outlet(stage, make_draft, title, lines, links, url):
    draft = make_draft(lines, title=title, host=FARM)
    draft.meta.links = links
    if url:
        draft.meta.url = url
    run(stage, draft)
    assert draft.original["outlet"] is None
    assert draft.title == title.removesuffix(" – Archyworldys")


def test_a_title_prefix_and_a_link_to_the_home_page_of_its_name_is_a_place_not_an_outlet(stage, make_draft):
    """ "Subotica: …" and the city's site in the sidebar (farms29): a link to a story would confirm it."""
    title = "Subotica: the Korzó will be repaved from March"
    draft = make_draft([TEXT], title=title, host="vojvodina-en.diary.ru")
    draft.meta.links = ("https://www.subotica.rs/",)
    run(stage, draft)
    assert (draft.original["outlet"], draft.title) == (None, title)
    draft = make_draft([TEXT], title=title, host="vojvodina-en.diary.ru")
    draft.meta.links = ("https://www.subotica.rs/vesti/korzo-repaved-2026",)
    run(stage, draft)
    assert draft.original["outlet"] == "Subotica"


def test_links_to_a_title_segments_site_give_way_to_the_original_the_page_states(stage, make_draft):
    """A newsletter's own name over its issue ("Cayman Weekly: …") and its own site's links, while
    its button says where the story is from: the registry's outlet there."""
    draft = make_draft(
        [TEXT, "Read the full story on caymancompass.com →"],
        title="Cayman Weekly: Bus shelters for West Bay Road, Batabano dates and more",
        host="preview.mailerlite.io",
    )
    story = "https://www.caymancompass.com/2026/02/04/15-solar-lit-bus-shelters-planned-for-west-bay-road/"
    draft.meta.links = ("https://caymanweekly.ky/batabano-2026-dates/", story)
    draft.meta.stated_original_links = (story,)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == ("Cayman Compass", "caymancompass.com")


def test_a_source_line_under_a_table_names_where_its_figures_come_from(stage, make_draft):
    lines = [
        TEXT,
        "| Corridor | Weekdays | Saturdays |",
        "| Kingston | every 15 min | every 30 min |",
        "Source: Metro Tasmania",
        "Riders welcome the new evening services on Fridays and Saturdays.",
    ]
    draft = make_draft(lines, title="Hobart's new Metro timetable", host="hobartlocalnotes.com")
    draft.meta.links = ("https://www.metrotas.com.au/timetables/hobart/",)
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_the_sites_own_name_is_no_outlet(stage, make_draft):
    draft = make_draft(
        [TEXT, "The mayor told the Kansas City Star."], title="Budget approved - Kansas City Star"
    )
    draft.meta.host = "www.kansascity.com"
    draft.meta.site_name = "Kansas City Star"
    draft.meta.links = ("https://www.kansascitystar.com/other/",)
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_the_same_outlet_under_another_country_domain_is_the_own_site(stage, make_draft):
    draft = make_draft(
        [TEXT, "The founder told Business Insider."], title="Retire early", host="www.businessinsider.com"
    )
    draft.meta.canonical_url = "https://www.businessinsider.de/retire-early"
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("name", "host", "matches"),
    [
        ("Kleine Zeitung", "www.kleinezeitung.at", True),
        ("Bergens Tidende", "www.bt.no", True),
        ("Dagblad van het Noorden", "dvhn.nl", True),
        ("Gazeta Wyborcza", "wyborcza.pl", True),
        ("Sächsische Zeitung", "www.saechsische.de", True),
        ("The Age", "www.theage.com.au", True),
        ("El Siglo de Torreón", "www.elsiglodetorreon.com.mx", True),
        # Yoruba's toned double vowel, written once in the domain.
        ("Alàároyé", "alaroye.org", True),
        ("Aamulehti", "www.aamulehti.fi", True),
        ("Nordkurier", "www.nrk.no", False),
        ("Stuff", "www.stuffed.com", False),
        ("Kaleva", "facebook.com", False),
    ],
)
def test_name_matches_domain(discovery, name, host, matches):
    assert discovery.name_matches_domain(name, host) is matches


def test_a_bad_config_names_the_file_and_key(tmp_path):
    path = tmp_path / "discovery.yaml"
    path.write_text("tld_languages: {}\nsecond_level_labels: [co]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        OutletDiscovery(path)
    assert str(path) in str(error.value) and "articles" in str(error.value)


@pytest.mark.parametrize(
    ("host", "language"),
    [
        ("jornaldeangola.ao", "pt"),
        ("prensalibre.com.gt", "es"),
        ("nation.co.ke", None),
        ("example.com", None),
    ],
)
def test_a_country_domain_of_one_news_language_gives_it(discovery, host, language):
    assert discovery.language_of(host) == language


STORY = "https://www.qafqazinfo.az/news/detail/baku-bike-lanes-512"


@pytest.mark.parametrize(
    ("field", "links", "outlet", "domain"),
    [
        # a link the page states is its original names the outlet by its domain
        ("stated_original_links", (STORY,), "qafqazinfo.az", "qafqazinfo.az"),
        # and the address closing a forum's first post
        (
            "first_post_links",
            ("https://aminiya.dailytrust.com/za-a-mayar-da/",),
            *["aminiya.dailytrust.com"] * 2,
        ),
        # a news story JSON-LD says the page is based on, by its publisher's name
        ("based_on_stories", ((STORY, "Qafqazinfo"),), "Qafqazinfo", "qafqazinfo.az"),
        # a publisher whose name is not the domain's is not believed: the domain names it
        ("based_on_stories", ((STORY, "Particle Media"),), "qafqazinfo.az", "qafqazinfo.az"),
        # links to two sites: neither is the original
        ("stated_original_links", (STORY, "https://report.az/en/baku/bike-lanes/"), None, None),
        # a home page, a platform, an institution and the site itself are no story of an outlet
        ("stated_original_links", ("https://qafqazinfo.az/",), None, None),
        ("stated_original_links", ("https://www.youtube.com/watch?v=Xy12",), None, None),
        ("stated_original_links", ("https://www.stat.gov.az/news/1",), None, None),
        ("stated_original_links", ("https://bakudailywire.com/news/other/",), None, None),
    ],
)
def test_a_link_the_page_states_is_its_original_names_the_outlet(
    stage, make_draft, field, links, outlet, domain
):
    draft = make_draft([TEXT], title="Bike lanes on Neftchilar avenue", host="bakudailywire.com")
    setattr(draft.meta, field, links)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == (outlet, domain)
    if outlet:
        story = links[0] if isinstance(links[0], str) else links[0][0]
        assert draft.original["url"] == story


def test_an_address_in_a_source_line_names_the_outlet_by_its_site(stage, make_draft):
    line = "Source: https://www.qafqazinfo.az/news/detail/baku-bike-lanes-512"
    draft = run(stage, make_draft([TEXT, line], title="Bike lanes", host="bakudailywire.com"))
    assert (draft.original["outlet"], draft.original["domain"]) == ("qafqazinfo.az", "qafqazinfo.az")


def test_a_link_in_the_prose_labelled_source_or_a_bare_based_on_address_is_no_statement(stage, make_draft):
    """Both stay evidence for a registered outlet; alone they name none ("(source)" after a claim
    cites a reference; a bare isBasedOn may be a study's address)."""
    draft = make_draft([TEXT], title="Bike lanes", host="bakudailywire.com")
    draft.meta.original_links = (STORY,)
    draft.meta.based_on = (STORY,)
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_a_via_line_names_no_outlet_even_with_a_link(stage, make_draft):
    """'Via Reuters' credits a picture as often as a copy (found by a review): only 'Via
    royalgazette.com', the domain written out, is read as a source line."""
    draft = make_draft([TEXT, "Via Radio Kotor"], host="montenegro-brief.net")
    draft.meta.links = ("https://www.radiokotor.info/vijesti/budzet-usvojen/",)
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_the_heads_original_source_tag_names_the_outlet_by_its_domain(stage, make_draft):
    url = "https://www.radiokotor.info/vijesti/budzet-usvojen/"
    draft = make_draft([TEXT], host="montenegro-brief.net")
    draft.meta.declared_sources = (('<meta name="original-source">', url),)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"], draft.original["url"]) == (
        "radiokotor.info",
        "radiokotor.info",
        url,
    )
    # a page in another language is no statement of the original
    draft = make_draft([TEXT], host="montenegro-brief.net")
    draft.meta.declared_sources = (('<link rel="alternate" hreflang="sr">', url),)
    assert run(stage, draft).original["outlet"] is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        # Dublin Core's source is a journal's or an archive's address as often
        ("declared_sources", (('<meta name="dc.source">', "https://www.regionaljournal.org/issue/12"),)),
        # two sites stated, one of them an institution: still two
        ("stated_original_links", ("https://www.who.int/news/item/1", "https://www.unicef.org/reports/x")),
    ],
)
def test_what_a_review_found_states_no_original(stage, make_draft, field, value):
    draft = make_draft([TEXT], host="montenegro-brief.net")
    setattr(draft.meta, field, value)
    assert run(stage, draft).original["outlet"] is None


def test_a_segment_between_the_headline_and_the_sites_name_names_the_outlet_when_nothing_else_does(
    stage, make_draft
):
    draft = run(stage, make_draft([TEXT], title="Budget approved – Nordkurier – Archyworldys", host=FARM))
    assert (draft.original["outlet"], draft.original["domain"], draft.original["method"]) == (
        "Nordkurier",
        None,
        "page",
    )
    assert draft.title == "Budget approved"
    assert [(e["stage"], e["after"]) for e in draft.edits if e["field"] == "title"] == [
        ("title", "Budget approved – Nordkurier"),
        ("provenance", "Budget approved"),
    ]


def test_the_segment_gives_way_to_any_other_name_of_the_original(stage, make_draft):
    draft = make_draft([TEXT, "Source: NRK"], title="Budget approved – Nordkurier – Archyworldys", host=FARM)
    run(stage, draft)
    assert draft.original["outlet"] == "NRK"
    assert draft.title == "Budget approved – Nordkurier"


def _with(draft, **changes):
    """The draft with its page's declared data changed."""
    draft.meta.page = dataclasses.replace(draft.meta.page, **changes)
    return draft


@pytest.mark.parametrize(
    ("title", "change"),
    [
        # a section, a kind of post, a date
        ("Budget approved – Afghanistan News – Archyworldys", None),
        ("Budget approved – Opinion – Archyworldys", None),
        ("Budget approved – 8 November 2025 – Archyworldys", None),
        # the rest of the headline after a dash: lower-case words
        ("Jedi review – shoots for the moon – Archyworldys", None),
        # a site's section, series, label or place in words English writes often
        ("Budget approved – Housing – Archyworldys", None),
        ("Budget approved – Fact Check – Archyworldys", None),
        ("Budget approved – Premier League – Archyworldys", None),
        ("Budget approved – Oslo – Archyworldys", None),
        # the author, as the byline writes the name otherwise
        (
            "Budget approved – Kari Vold – Archyworldys",
            lambda d: setattr(d.meta, "byline_parts", ("Kari M. Vold",)),
        ),
        # a page in another language than English: its sections are in its words
        (
            "Budsjettet vedtatt – Innlandet – Archyworldys",
            lambda d: setattr(
                d, "lines", ["Kommunestyret vedtok budsjettet for neste år etter en lang debatt på tirsdag."]
            ),
        ),
        # the page's own section, author or menu item
        ("Budget approved – Colombia – Archyworldys", lambda d: _with(d, categories=("Colombia",))),
        ("Budget approved – Lucy Kellaway – Archyworldys", lambda d: _with(d, authors=("Lucy Kellaway",))),
        (
            "Budget approved – Minas Gerais – Archyworldys",
            lambda d: setattr(
                d.meta,
                "page_text",
                PageText(
                    html.document_fromstring(
                        "<body><nav><a href='/mg/'>Minas  Gerais</a></nav><p>x</p></body>"
                    )
                ),
            ),
        ),
        # the blog's own name on a platform, which its address spells before the headline
        (
            "Budget approved – Nord Brief – Archyworldys",
            lambda d: setattr(d.meta, "url", "https://www.archyworldys.com/@nordbrief-budget-approved/"),
        ),
    ],
)
def test_a_segment_that_reads_as_the_sites_own_names_no_outlet(stage, make_draft, title, change):
    draft = make_draft([TEXT], title=title, host=FARM)
    if change:
        change(draft)
    run(stage, draft)
    assert draft.original["outlet"] is None
    assert not [edit for edit in draft.edits if edit["stage"] == "provenance"]


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Källa: Ålandstidningen Online", "Ålandstidningen Online"),
        ("Source : Tuva-Online", "Tuva-Online"),
        ("(Vijesti)", "Vijesti"),
        ("Font: Diari d’Andorra", "Diari d’Andorra"),
        ("(SunStar Superbalita Cebu)", "SunStar Superbalita Cebu"),
        # A newspaper's name in its own script, which its last characters say is one.
        ("（来源：杭州日报）", "杭州日报"),
        ("출처: 남도일보", "남도일보"),
        ("出典：神戸新聞NEXT", "神戸新聞NEXT"),
        # A masthead word in lower case after the name, as Czech writes it.
        ("Zdroj: Plzeňský deník", "Plzeňský deník"),
    ],
)
def test_a_source_line_closing_the_copy_names_the_outlet_when_nothing_else_does(
    stage, make_draft, closing, outlet
):
    draft = run(stage, make_draft([TEXT, closing], title="Budget approved", host=FARM))
    assert (draft.original["outlet"], draft.original["domain"], draft.original["method"]) == (
        outlet,
        None,
        "page",
    )
    stage("residue")(draft)
    assert draft.lines == [TEXT]  # the farm's note, read, leaves the text


@pytest.mark.parametrize(
    "closing",
    [
        "Source: Ministry of Health",
        "Source: Statistics Finland",
        "Source: OECD",
        "Source: Pedro Sánchez",
        "Fuente: Extra",
        # Data-led articles of ordinary sites close the same way: no news medium's word, no outlet.
        "Source: Eurostat",
        "Lähde: Kela",
        "Sources: Reuters, AP",
        "(Getty Images)",
        "(To be continued)",
        "Source: Press release",
        "Fuente: comunicado de prensa",
        # A masthead's word where no masthead puts it, or in a label, a list or a sentence.
        "Source: Sun Microsystems",
        "Source: Echo Research",
        "Source: Weekly Epidemiological Record",
        "(Photo: The Sun)",
        "(Reporting by Daily Star staff)",
        "Source: Daily Mail, Reuters",
        # Found by a review: official gazettes, agencies, a journal, companies, products, features.
        "Fuente: Diario Oficial de la Federación",
        "Fonte: Diário da República",
        "Fonte: Gazzetta Ufficiale",
        "Źródło: Dziennik Ustaw",
        "Source: The London Gazette",
        "Fuente: Agencia Tributaria",
        "Source : Agence Régionale de Santé",
        "Source: Journal of Clinical Oncology",
        "Source: Royal Mail",
        "Source: Apple TV",
        "Source: Samsung TV Plus",
        "Source: RadioShack",
        "Source: PayPal Express",
        "Source: Parcelforce Express",
        "Source: Evri Courier",
        "Source: FM Global",
        "Source: Energy Star",
        "Source: Black Mirror",
        "Source: Timesheet Online",
        "Source: Daily Harvest",
        "(Our Daily Bread)",
        "(Radio Edit)",
        "(TV Edition)",
        "(Opening Times)",
        "Source: Facebook",
        "(Translated)",
        # No newspaper's characters: a news centre, the site itself ("this site", "original").
        "来源：新闻中心",
        "来源：本站",
        "来源：原创",
        "出典：神戸市",
    ],
)
def test_a_closing_source_line_naming_no_outlet_names_none(stage, make_draft, closing):
    draft = run(stage, make_draft([TEXT, closing], title="Budget approved", host=FARM))
    assert draft.original["outlet"] is None


def test_a_closing_source_line_gives_way_to_the_registry(stage, make_draft):
    draft = run(
        stage,
        make_draft([TEXT, "Source: Nya Åland"], title="Budget approved – NRK – Archyworldys", host=FARM),
    )
    assert draft.original["outlet"] == "NRK"


def test_a_bracketed_title_suffix_naming_the_outlet_the_page_names_leaves_the_title(stage, make_draft):
    """ "(DvhN)" closing the title is unregistered; the closing source line and its link name it."""
    title = "Groningen opens bicycle cellar under the Grote Markt in May (DvhN)"
    draft = make_draft([TEXT, "Bron: DvhN"], title=title, host="wiki.groningen-internationals.nl")
    draft.meta.links = ("https://dvhn.nl/groningen/stad/fietsenkelder-grote-markt-opent-in-mei-12345.html",)
    run(stage, draft)
    assert draft.original["outlet"] == "DvhN"
    assert draft.title == "Groningen opens bicycle cellar under the Grote Markt in May"


def test_the_copy_called_the_outlets_article_and_a_link_to_its_story_name_it(stage, make_draft):
    # A Bulgarian name romanised as English writes it, and as its domain does: Maritsa, marica.bg.
    draft = make_draft(["Here is Maritsa's article about it, machine-translated for the friends:", TEXT])
    draft.meta.links = ("https://www.marica.bg/plovdiv/kapana-stava-izcyalo-peshehoden",)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == ("Maritsa", "marica.bg")


@pytest.mark.parametrize(
    ("lines", "links"),
    [
        # no link to a story on the name's site
        (["Here is Maritsa's article about it:", TEXT], ("https://www.marica.bg/",)),
        # the name's story, not the copy's: no outlet of the page's
        ([TEXT, "The mayor liked Maritsa's speech at the market."], ("https://www.marica.bg/plovdiv/x",)),
    ],
)
def test_a_possessive_without_its_storys_link_names_no_outlet(stage, make_draft, lines, links):
    draft = make_draft(lines)
    draft.meta.links = links
    run(stage, draft)
    assert draft.original["outlet"] is None


@pytest.mark.parametrize(
    ("last", "outlet"),
    [
        ("Avots: Kurzemes Vārds", "Kurzemes Vārds"),
        ("Izvor: Novi tednik", "Novi tednik"),
        ("Źródło: Tygodnik Zamojski", "Tygodnik Zamojski"),
        # a weekly's word is no licence for an institution's name
        ("Source: Ministry of Health Weekly Vestnik", None),
    ],
)
def test_a_closing_source_line_with_a_weeklys_or_a_words_masthead_names_the_outlet(
    stage, make_draft, last, outlet
):
    draft = run(stage, make_draft([TEXT, last]))
    assert draft.original["outlet"] == outlet


def test_a_source_line_with_a_lower_case_masthead_word_and_its_link_names_the_outlet(stage, make_draft):
    lines = [TEXT, "Zdroj: Žilinský večerník", "In brief", "The Budatín Castle opens its season on 1 May."]
    draft = make_draft(lines, host="zilina-weekly.carrd.co")
    draft.meta.links = (
        "https://www.zilinskyvecernik.sk/spravodajstvo/trolejbusy-budu-jazdit-aj-na-solinky/",
    )
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == (
        "Žilinský večerník",
        "zilinskyvecernik.sk",
    )


def test_a_line_saying_where_the_story_first_appeared_by_its_address_names_the_outlet(stage, make_draft):
    address = "https://www.duluthnewstribune.com/news/local/duluth-council-approves-lakewalk-plan"
    lines = [TEXT, f"- This story originally appeared at {address}", "- (paywall-free copy, share it)"]
    draft = make_draft(
        lines, title="Duluth council approves Lakewalk plan - Duluth News Tribune", host="pastebin.com"
    )
    run(stage, draft)
    assert draft.title == "Duluth council approves Lakewalk plan"
    assert (draft.original["outlet"], draft.original["domain"]) == (
        "Duluth News Tribune",
        "duluthnewstribune.com",
    )
    assert draft.original["url"] == address


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Read more: TBNewsWatch.com", "TBNewsWatch.com"),
        # a plug for another story, whatever it links to
        ("Read more: Splash pads across the region open early", None),
    ],
)
def test_read_more_names_the_outlet_only_before_a_sites_address(stage, make_draft, line, outlet):
    draft = make_draft([TEXT, line], host="community.superiorfibre.ca")
    draft.meta.links = ("https://www.tbnewswatch.com/local-news/splash-pad-to-reopen-in-june-10453210",)
    run(stage, draft)
    assert draft.original["outlet"] == outlet


def test_original_and_the_storys_date_after_the_name_is_a_source_line(stage, make_draft):
    closing = "This article was machine-translated from Finnish. Original: Aamulehti (2 June 2025)"
    draft = make_draft([TEXT, closing], host="trac.nordicbrief.net")
    draft.meta.links = ("https://www.aamulehti.fi/tampere/art-2000011187654.html",)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == ("Aamulehti", "aamulehti.fi")


def test_the_slovenian_source_label_names_a_registry_outlet(stage, make_draft):
    draft = run(stage, make_draft([TEXT, "Vir: Dolenjski list"], host="dolenjska-in-english.eu"))
    assert draft.original["outlet"] == "Dolenjski list"


def test_originally_published_by_a_name_and_its_storys_address(stage, make_draft):
    address = "https://www.spokesman.com/stories/2026/mar/20/city-line-to-run-until-1-am/"
    title = "City Line to run until 1 a.m. — The Spokesman-Review (full text)"
    draft = make_draft([TEXT, f"Originally published by The Spokesman-Review: {address}"], title=title)
    draft.meta.links = (address,)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == ("The Spokesman-Review", "spokesman.com")
    assert draft.title == "City Line to run until 1 a.m."


@pytest.mark.parametrize(
    ("line", "story", "outlet", "domain"),
    [
        # Cyrillic, romanised as the address does
        ("Джерело: Зміст", "https://zmist.pl.ua/news/fontan-zapratsyuye", "Зміст", "zmist.pl.ua"),
        # Georgian, which writes no capitals, at a subdomain of the registry's Netgazeti: its own site
        (
            "წყარო: ბათუმელები",
            "https://batumelebi.netgazeti.ge/news/612345/",
            "ბათუმელები",
            "batumelebi.netgazeti.ge",
        ),
    ],
)
def test_a_source_line_in_another_script_names_the_outlet_its_address_spells(
    stage, make_draft, line, story, outlet, domain
):
    draft = make_draft([TEXT, line], host="batumi.prose.sh")
    draft.meta.links = (story,)
    draft.meta.original_links = (story,)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == (outlet, domain)


def test_a_subdomain_the_source_line_does_not_name_is_the_registry_outlets(stage, make_draft):
    story = "https://batumelebi.netgazeti.ge/news/612345/"
    draft = make_draft([TEXT, "Source: Netgazeti"], host="batumi.prose.sh")
    draft.meta.links = (story,)
    draft.meta.original_links = (story,)
    run(stage, draft)
    assert draft.original["outlet"] == "Netgazeti"


@pytest.mark.parametrize(
    ("line", "story", "domain"),
    [
        ("Burimi: Top Channel", "https://top-channel.tv/2026/03/20/kodra-pazari-i-vjeter/", "top-channel.tv"),
        # Armenian's colon, and its script romanised as the address does
        ("Աղբյուր՝ Առավոտ", "https://www.aravot.am/2026/03/26/1500000/", "aravot.am"),
        ("Эх сурвалж: ikon.mn", "https://ikon.mn/n/3abc", "ikon.mn"),
    ],
)
def test_source_labels_of_more_languages_name_the_outlet(stage, make_draft, line, story, domain):
    draft = make_draft([TEXT, line], host="korca-diaspora.transistor.fm")
    draft.meta.links = (story,)
    draft.meta.original_links = (story,)
    run(stage, draft)
    assert draft.original["domain"] == domain


def test_a_platforms_name_with_the_part_the_page_is_leaves_the_title(stage, make_draft):
    draft = make_draft(
        title="Gyumri: the Black Fortress will open on 1 June — sourcehut lists", host="lists.sr.ht"
    )
    run(stage, draft)
    assert draft.title == "Gyumri: the Black Fortress will open on 1 June"


def test_a_papers_folder_on_its_publishers_site_linked_by_the_source_line(stage, make_draft):
    story = "https://www.press.et/addis-zemen/?p=141207"
    draft = make_draft([TEXT, "Source: Addis Zemen"])
    draft.meta.links = (story,)
    draft.meta.source_line_links = (("Addis Zemen", story),)
    run(stage, draft)
    assert (draft.original["outlet"], draft.original["domain"]) == ("Addis Zemen", "press.et")


def test_a_folder_spelling_the_name_in_a_link_elsewhere_gives_no_domain(stage, make_draft):
    draft = make_draft([TEXT, "Source: Addis Zemen"])
    draft.meta.links = ("https://www.ethiopia-blogs.example/addis-zemen/",)
    run(stage, draft)
    assert draft.original["domain"] is None
