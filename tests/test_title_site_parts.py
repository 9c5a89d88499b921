"""What a platform puts around the headline in the title, and how the page shows it is not the
headline's: a site's name after a colon that its home-linking h1 shows (TiddlyWiki), a site's
initials before it (Moodle's short name), a blog's folder before it (LifeType), a newsletter's
issue before the lead story's h1 (Constant Contact), and a wiki's page name (Foswiki, MoinMoin)."""

import pytest

from republished.cleaning import clean_page

LINES = [
    "The port of Liepāja will build a new passenger terminal for the ferries by the summer of 2027.",
    "The terminal will stand at the quay of the Trade canal, where the ferries to Germany now berth.",
    "The port authority says the works will cost eleven million euros, most of it from European funds.",
]


def page(title: str, header: str = "", h1: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        f"<html><head><title>{title}</title>{head}</head><body><header>{header}</header>"
        f"<article>{h1}{paragraphs}</article></body></html>"
    )


HEADLINE = "Liepāja: the port will build a new passenger terminal for the ferries"


def test_a_site_name_after_a_colon_goes_when_the_h1_linking_home_shows_it():
    header = '<h1 class="tc-site-title"><a href="index.html">Liepāja in English</a></h1>'
    html = page(f"{HEADLINE}: Liepāja in English", header, f"<h2>{HEADLINE}</h2>")
    record = clean_page(html, "https://liepaja-expats.tiddlyhost.com/static/liepaja-port.html")
    assert record["title"] == HEADLINE


def test_a_colon_and_words_that_no_h1_shows_as_the_sites_name_stay():
    header = '<h1 class="tc-site-title"><a href="index.html">Kurzeme Today</a></h1>'
    title = f"{HEADLINE}: Liepāja in English"
    record = clean_page(page(title, header), "https://liepaja-expats.tiddlyhost.com/static/liepaja-port.html")
    assert record["title"] == title


CELJE_HOME = '<a href="https://learn.celje-slovene.si/">Slovene School Celje</a>'


def test_the_sites_initials_before_the_headline_go():
    html = page(f"SSC: {HEADLINE} | Slovene School Celje", CELJE_HOME)
    record = clean_page(html, "https://learn.celje-slovene.si/mod/forum/discuss.php?d=418")
    assert record["title"] == HEADLINE
    assert any("short name 'SSC'" in edit["reason"] for edit in record["edits"])


def test_capitals_that_are_not_the_sites_initials_stay():
    # NATO is no short name of the site.
    title = "NATO: the port will build a new passenger terminal for the ferries"
    html = page(f"{title} | Slovene School Celje", CELJE_HOME)
    record = clean_page(html, "https://learn.celje-slovene.si/mod/forum/418")
    assert record["title"] == title


def test_a_blogs_name_that_is_a_folder_of_the_address_goes_before_the_headline():
    html = page(f"Alpes News | {HEADLINE}")
    record = clean_page(html, "https://blogs.grenoble-expats.fr/alpes-news/2026/03/17/liepaja-port/")
    assert record["title"] == HEADLINE


def test_a_lead_in_with_a_colon_stays_though_a_folder_is_named_so():
    # "Ukraine:" opens a headline as much as it names a section.
    title = "Ukraine: the port will build a new passenger terminal for the ferries"
    record = clean_page(page(title), "https://blogs.example-expats.fr/ukraine/2026/03/17/port/")
    assert record["title"] == title


def test_a_newsletters_issue_before_the_lead_storys_h1_goes():
    headline = "The Ponte dos Ingleses will be closed for six months"
    # The campaign's og:title is its subject, as the title.
    title = f"Fortaleza Weekly #112: {headline}"
    html = page(title, h1=f"<h1>{headline}</h1>", head=f'<meta property="og:title" content="{title}">')
    record = clean_page(html, "https://myemail.constantcontact.com/Fortaleza-Weekly---Ponte.html")
    assert record["title"] == headline


def test_an_issue_number_before_other_words_than_the_h1_stays():
    headline = "The Ponte dos Ingleses will be closed for six months"
    title = f"Fortaleza Weekly #112: {headline}"
    html = page(title, h1="<h1>The bridge closes</h1>")
    record = clean_page(html, "https://myemail.constantcontact.com/Fortaleza-Weekly---Ponte.html")
    assert record["title"] == title


def test_a_foswiki_topic_title_gives_way_to_the_h1():
    headline = "The repair of the Pärnu mole begins in May"
    html = page("ParnuMoleRepair2026 &lt; News &lt; Pärnu Sailors Wiki", h1=f"<h1>{headline}</h1>")
    record = clean_page(html, "https://wiki.parnu-sailors.eu/bin/view/News/ParnuMoleRepair2026")
    assert record["title"] == headline


def test_a_moinmoin_page_path_in_the_title_and_an_h1_gives_way_to_the_headline_h1():
    headline = "MS Oldenburg 2026: what day visitors need to know"
    header = '<h1 id="locationline"><a href="/LundyNews">LundyNews</a>/<a href="#">MsOldenburg2026</a></h1>'
    html = page("LundyNews/MsOldenburg2026 - Lundy Visitors Wiki", header, f"<h1>{headline}</h1>")
    record = clean_page(html, "https://wiki.lundy-visitors.org.uk/LundyNews/MsOldenburg2026")
    assert record["title"] == headline


def test_a_one_word_title_that_is_no_wiki_name_stays():
    html = page("Liepāja", h1="<h1>The port will build a new terminal</h1>")
    record = clean_page(html, "https://liepaja-expats.example/port")
    assert record["title"] != "The port will build a new terminal"


def test_the_platforms_name_as_the_sites_default_title_goes_and_names_no_outlet():
    # Redmine's default title, "… - Project - Redmine", on a page that links redmine.org.
    title = "Helsinki's city bikes will return already in March"
    footer = 'Powered by <a href="https://www.redmine.org/">Redmine</a>'
    html = page(f"{title} - Finnish Wire - Redmine", footer)
    record = clean_page(html, "https://finnishwire.net/news/412")
    assert record["title"] == title
    assert record["original"]["outlet"] is None


def test_a_fediverse_posts_title_is_its_text_without_the_poster_and_the_cut():
    head = '<meta property="og:title" content="Baltic Bulletin (@balticbulletin@balticsocial.net)">'
    head += '<meta property="og:site_name" content="Baltic Social">'
    html = page(f'Baltic Bulletin: "{HEADLINE} …" - Baltic Social', h1="", head=head)
    record = clean_page(html, "https://balticsocial.net/@balticbulletin/112634905873021447")
    assert record["title"] == HEADLINE
    assert record["republisher"]["name"] == "Baltic Bulletin"


def test_a_trac_wiki_pages_path_gives_way_to_its_h1():
    headline = "Klaipėda: the new electric ferry to Smiltynė will start sailing in May"
    html = page("News/2026-03-25-electric-ferry – Curonian Ferry Watch", h1=f"<h1>{headline}</h1>")
    record = clean_page(html, "https://trac.ferrywatch.lt/wiki/News/2026-03-25-electric-ferry")
    assert record["title"] == headline


def test_a_sympa_archives_list_name_tag_and_folder_go():
    title = "The construction of the new terminal at Bodø airport starts in May"
    html = page(f"bodo-news - [bodo-news] {title} - arc")
    record = clean_page(
        html, "https://lists.bodo-internationals.no/sympa/arc/bodo-news/2026-03/msg00012.html"
    )
    assert record["title"] == title


def test_a_sympa_archive_titled_by_its_service_takes_the_messages_subject():
    title = "The construction of the new terminal at Bodø airport starts in May"
    header = (
        "<ul><li><b>From</b>: Ola Nordmann &lt;ola AT bodo-internationals.no&gt;</li>"
        f"<li><b>Subject</b>: [bodo-news] {title}</li><li><b>Date</b>: Tue, 10 Mar 2026 08:14:33 +0100</li></ul>"
    )
    html = page("Bodø Internationals - arc", h1=header)
    record = clean_page(
        html, "https://lists.bodo-internationals.no/sympa/arc/bodo-news/2026-03/msg00012.html"
    )
    assert record["title"] == title


def test_a_subject_line_without_a_mails_header_is_no_title():
    # A list's description ("Subject: …" on its own), not a message's header.
    title = "Bodø Internationals - arc"
    html = page(title, "<p>Subject: News from Bodø in English</p>")
    record = clean_page(
        html, "https://lists.bodo-internationals.no/sympa/arc/bodo-news/2026-03/msg00012.html"
    )
    assert "News from Bodø" not in record["title"]


def test_an_unregistered_outlet_the_page_names_leaves_the_titles_end():
    # "Fonte:" and the page's link name it; the title closes with it.
    title = "Padova, the tram SIR 3 will be in service from October"
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        f"<html><head><title>{title} – Il Mattino di Padova</title></head><body><article>{paragraphs}"
        '<p>Fonte: <a href="https://mattinopadova.it/padova/tram-sir-3-ottobre">Il Mattino di Padova</a></p>'
        "</article></body></html>"
    )
    record = clean_page(html, "https://ask.padova-expats.it/412/padova-the-tram-sir-3")
    assert record["title"] == title
    assert (record["original"]["outlet"], record["original"]["domain"]) == (
        "Il Mattino di Padova",
        "mattinopadova.it",
    )


def test_a_forums_trail_of_names_before_the_headline_goes():
    title = "Metro line No. 1 in Ho Chi Minh City will have 10 more trains"
    html = page(f"Saigon Expat Board :: Vietnam News :: {title}")
    record = clean_page(html, "https://www.saigonexpatboard.com/read.php?4,51877")
    assert record["title"] == title


def test_a_newsletters_name_before_its_issue_number_is_the_republisher():
    headline = "The ferries to the islands in the Oslofjord will sail all year"
    html = page(f"Nordic Morning #112: {headline}", h1=f"<h1>{headline}</h1>")
    record = clean_page(html, "https://mailchi.mp/nordicmorning/issue-112-oslo-island-ferries")
    assert record["republisher"] == {"name": "Nordic Morning", "domain": "mailchi.mp"}


def test_a_list_archives_tag_goes_whatever_it_says():
    # Pipermail: "[RIN-news]" names neither the site nor a folder; the archive's address says it is a list's.
    title = "Randers Regnskov will build a fourth dome"
    record = clean_page(
        page(f"[RIN-news] {title}"), "https://lists.randers-international.dk/pipermail/news/000214.html"
    )
    assert record["title"] == title


def test_a_wikkawikis_site_and_page_name_give_way_to_the_h1():
    headline = "Akureyri: Hlíðarfjall ski area open until 3 May"
    html = page("Norðurland Hikers Wiki: HlidarfjallSeasonExtended", h1=f"<h1>{headline}</h1>")
    record = clean_page(html, "https://wiki.nordurland-hikers.is/HlidarfjallSeasonExtended")
    assert record["title"] == headline


def test_a_bracketed_outlet_with_a_translation_note_leaves_the_title():
    title = "Santander: the Mercado de la Esperanza will reopen in September"
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        f"<html><head><title>{title} (El Diario Montañés, translated)</title></head><body><article>"
        f'{paragraphs}<p>Fuente: <a href="https://www.eldiariomontanes.es/santander/mercado-esperanza">'
        "El Diario Montañés</a></p></article></body></html>"
    )
    record = clean_page(html, "https://tildes.net/~news/1abc/santander_mercado")
    assert record["title"] == title


def test_a_streams_name_before_the_topic_goes_when_its_numbered_folder_names_it():
    # zulip-archive's "stream · topic", the stream's folder "104263-news".
    html = page(f"news · {HEADLINE}")
    url = "https://makers.github.io/zulip-archive/stream/104263-news/topic/liepaja-port.html"
    assert clean_page(html, url)["title"] == HEADLINE


def test_a_number_alone_is_no_folders_name():
    title = f"2026 · {HEADLINE}"
    url = "https://makers.github.io/archive/104263-2026/topic/liepaja-port.html"
    assert clean_page(page(title), url)["title"] == title


def headline_page(title: str, h1: str = "", before: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        f"<html><head><title>{title}</title>{head}</head><body>{h1}<article>{before}"
        f"<h2>{HEADLINE}</h2>{paragraphs}<h2>Works from May</h2><p>{LINES[0]}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "h1", "url"),
    [
        # a shop's page, named by its address
        (
            "Local news | Reef Supply Co.",
            "<h1>Local news</h1>",
            "https://reefsupply.bigcartel.com/local-news/",
        ),
        # a wiki's page name, its h1
        (
            "Liepaja Expats Wiki: Port passenger terminal",
            "<h1>Port passenger terminal</h1>",
            "https://wiki.liepaja-expats.org/wiki/Port_passenger_terminal/",
        ),
        # a hand-written site's trail of its name, folder and page
        (
            "Liepaja Notes ~ news ~ port terminal",
            "",
            "https://liepajanotes.neocities.org/news/2026/port-terminal/",
        ),
    ],
)
def test_a_title_naming_the_page_gives_way_to_the_headline_over_the_text(title, h1, url):
    record = clean_page(
        headline_page(title, h1, "<p>Our favourite local stories, shared for customers.</p>"), url
    )
    assert record["title"] == HEADLINE
    assert HEADLINE not in record["text"].split("\n")


def test_a_headline_the_address_spells_keeps_it_over_a_subheading():
    title = "Liepaja port will build a new passenger terminal"
    url = "https://liepajanotes.example/liepaja-port-will-build-a-new-passenger-terminal/"
    assert clean_page(headline_page(title), url)["title"] == title


def test_a_posts_first_line_is_the_title_a_platform_gave_none():
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>Post by Liepaja Daily (EN) - social.example</title></head><body><article>"
        f"<p>📰 {HEADLINE}</p>{paragraphs}</article></body></html>"
    )
    record = clean_page(html, "https://social.example/@liepajadaily/posts/114239005417263108/")
    assert record["title"] == HEADLINE
    assert record["text"].split("\n")[0] == LINES[0]


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # the issue's subject is its lead story's: "passenger terminal", "ferries"
        (HEADLINE, HEADLINE),
        # an h1 of another story keeps the issue's title
        (
            "Liepāja: the city beach will get a new lifeguard tower",
            "Liepāja Weekly #12 – a new passenger terminal for the ferries",
        ),
    ],
)
def test_a_newsletter_issues_title_gives_way_to_its_lead_storys_h1(h1, expected):
    html = page("Liepāja Weekly #12 – a new passenger terminal for the ferries", h1=f"<h1>{h1}</h1>")
    record = clean_page(html, "https://liepaja.mailcoach.app/webview/9b2e4c1a-7d3f-4e8a-b6c2-1f5a0d9e8c47/")
    assert record["title"] == expected


def test_a_place_before_the_headline_that_the_address_also_names_stays_when_the_h1_shows_it():
    title = "Liepāja: the port will build a new passenger terminal for the ferries"
    html = page(title, h1=f"<h1>{title}</h1>")
    assert clean_page(html, "https://liepaja.prose.sh/port-terminal/")["title"] == title


def test_the_sites_declared_name_before_the_headline_goes_though_the_h1_shows_it():
    title = f"Liepaja Notes: {HEADLINE}"
    html = page(title, h1=f"<h1>{title}</h1>", head='<meta property="og:site_name" content="Liepaja Notes">')
    assert clean_page(html, "https://liepajanotes.example/port-terminal/")["title"] == HEADLINE


@pytest.mark.parametrize(
    ("title", "url", "site_name"),
    [
        (
            f"Ep. 48 – {HEADLINE} | Liepaja Weekly",
            "https://liepajaweekly.podbean.com/e/port-terminal/",
            "Liepaja Weekly",
        ),
        (
            f"{HEADLINE} · liepaja-expats/community · Discussion #214 · GitHub",
            "https://github.com/liepaja-expats/community/discussions/214/",
            "GitHub",
        ),
    ],
)
def test_an_episodes_number_and_a_code_hosts_trail_go(title, url, site_name):
    html = page(title, head=f'<meta property="og:site_name" content="{site_name}">')
    assert clean_page(html, url)["title"] == HEADLINE


def test_a_print_views_mark_before_the_headline_goes():
    html = page(
        f"Liepaja Weekly » Print » {HEADLINE}", head='<meta property="og:site_name" content="Liepaja Weekly">'
    )
    assert clean_page(html, "https://liepajaweekly.example/port-terminal/print/")["title"] == HEADLINE


def test_a_headline_about_printing_keeps_its_words():
    title = "Print: the city library opens a 3D workshop for pupils"
    assert clean_page(page(title), "https://liepajaweekly.example/3d-print/")["title"] == title


def test_a_newsletters_lead_story_headline_under_its_note_leaves_the_text():
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><title>Liepāja Weekly #12 – a new passenger terminal for the ferries</title></head><body>"
        "<table><tr><td><p>This week's story comes from Kurzemes Vārds, translated by machine.</p>"
        f"<h1>{HEADLINE}</h1>{paragraphs}</td></tr></table></body></html>"
    )
    record = clean_page(html, "https://liepaja.mailcoach.app/webview/9b2e4c1a-7d3f-4e8a-b6c2-1f5a0d9e8c47/")
    assert record["title"] == HEADLINE
    assert HEADLINE not in record["text"].split("\n")
