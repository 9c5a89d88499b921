"""The outlet registry (cleaning/data/outlets.yaml) as data: unique names and domains, valid
codes, no alias that is an ordinary English word unless reviewed, and titles of farm copies
of newly added outlets split as the title stage should split them."""

import re
from collections import defaultdict
from importlib.resources import files

import langcodes
import pytest
import yaml

from republished.cleaning import clean_page
from republished.cleaning.names import fold_diacritics, is_ordinary_word
from republished.cleaning.outlets import OutletRegistry
from republished.cleaning.pipeline import DEFAULT_PIPELINE

OUTLETS_FILE = DEFAULT_PIPELINE.parent / "outlets.yaml"
REGISTRY = OutletRegistry.load(OUTLETS_FILE)
RAW_ENTRIES = yaml.safe_load(OUTLETS_FILE.read_text(encoding="utf-8"))["outlets"]

#: ISO 3166-1 alpha-2: the 249 officially assigned codes.
ISO_COUNTRIES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
    """.split()
)
#: A host name as the registry writes it: lower case, no scheme, path, port or "www.".
HOST = re.compile(r"^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")

#: Aliases that are one English dictionary word (with or without "The"), each reviewed: the title
#: stage matches a whole title segment or prefix case-insensitively, so the word must be one no
#: headline starts or ends with on its own (and provenance drops such words as slug keys).
REVIEWED_WORD_ALIASES = {
    # in the registry before it grew: German brands and the Dutch broadcaster
    "Spiegel", "SPIEGEL", "stern", "Stern", "STERN", "FOCUS", "Focus", "NOS",
    # brand names that English uses only for the outlet (or a rare word nobody heads a story with)
    "WELT", "Figaro", "A Bola", "Politico", "Excélsior", "Excelsior", "The Guardian",
    "The Telegraph", "Telegraph",
    # Nigeria's daily: "The punch" heads no story, and "Punch" alone is not an alias
    "The Punch",
    # accented: the title stage compares diacritics, so only the French or Spanish spelling matches
    "Libération", "Expansión",
    # outlet, agency and broadcaster codes that are rare English words (hs, err, ria, tass …)
    "HS", "ARD", "ERR", "RIA", "TASS", "DHA", "ANI", "TOI",
}  # fmt: skip
#: Names that must not become aliases: English words and phrases headlines start or end with,
#: codes that are also abbreviations in the news, and names several outlets share.
MUST_STAY_OUT = [
    "Time", "Times", "The Times", "Sun", "The Sun", "Post", "The Post", "Mail", "Express",
    "Mirror", "The Mirror", "Metro", "Mint", "Index", "Standard", "The Standard", "Economist",
    "The Economist", "Independent", "The Independent", "Information", "Sport", "Record", "Dawn",
    "Tempo", "Stuff", "The Age", "The Hill", "The Nation", "The Star", "The National",
    "The Paper", "The World", "The Press", "Today", "News", "Latest News", "Breaking News",
    "Liberation", "Expansion", "Valor", "Globes", "Presse", "Heute", "Watson", "Sabah",
    "Russia Today", "AP", "PTI", "PAP", "FT", "HRT", "CCTV", "NRC", "DGP", "SDA", "APA", "BNR",
    "Rai", "ABC", "RTL", "NTV", "Delfi", "Pravda", "CNA", "El Nacional", "La Prensa", "Novosti",
    "Dnevnik", "Ultima Hora", "24 Horas",
]  # fmt: skip
ENGLISH_ARTICLES = {"the", "a", "an"}


def _key(name: str) -> str:
    """A name as the registry must not repeat it: case, diacritics and spacing aside."""
    return " ".join(fold_diacritics(name).casefold().split())


def _slug_key(name: str) -> str:
    """A name as a URL slug writes it (as the provenance stage keys its slugs; a CJK name has none)."""
    return re.sub(r"[^a-z0-9]+", "-", fold_diacritics(name).casefold()).strip("-")


def _names(outlet) -> tuple[str, ...]:
    return (outlet.name, *outlet.aliases)


def _shared(key_of) -> dict[str, set[str]]:
    outlets_by_key = defaultdict(set)
    for outlet in REGISTRY.outlets:
        for name in (*_names(outlet), outlet.domain):
            outlets_by_key[key_of(name)].add(outlet.name)
    return {key: names for key, names in outlets_by_key.items() if len(key) >= 2 and len(names) > 1}


def test_the_registry_covers_300_outlets_in_30_countries():
    assert len(REGISTRY.outlets) >= 300
    assert len({outlet.country for outlet in REGISTRY.outlets}) >= 30


def test_no_name_or_alias_names_two_outlets():
    assert _shared(_key) == {}


def test_no_two_outlets_share_a_url_slug_key():
    assert _shared(_slug_key) == {}


def test_domains_are_unique_lower_case_hosts():
    domains = [entry["domain"] for entry in RAW_ENTRIES]
    assert len(domains) == len(set(domains))
    bad = [domain for domain in domains if not HOST.match(domain)]
    assert bad == []


def test_country_codes_are_iso_3166_alpha_2():
    assert len(ISO_COUNTRIES) == 249
    bad = [
        (entry["name"], entry["country"]) for entry in RAW_ENTRIES if entry["country"] not in ISO_COUNTRIES
    ]
    assert bad == []


def test_languages_are_iso_639_1():
    def is_iso_639_1(code: str) -> bool:
        # two lower-case letters that are a current language subtag (not deprecated "iw", "in");
        # Filipino stays ISO 639-1's "tl", as langdetect writes it, where CLDR prefers "fil"
        return (
            bool(re.fullmatch(r"[a-z]{2}", code))
            and langcodes.tag_is_valid(code)
            and langcodes.standardize_tag(code) in (code, {"tl": "fil"}.get(code))
        )

    assert not is_iso_639_1("iw") and not is_iso_639_1("xx") and is_iso_639_1("nb")
    bad = [
        (entry["name"], language)
        for entry in RAW_ENTRIES
        for language in (entry["language"], *entry.get("editions", []))
        if not is_iso_639_1(language)
    ]
    assert bad == []


def test_an_alias_that_is_an_english_word_is_reviewed():
    unreviewed = []
    for outlet in REGISTRY.outlets:
        for name in _names(outlet):
            words = re.findall(r"[^\W_]+", fold_diacritics(name).casefold())
            if len(words) == 2 and words[0] in ENGLISH_ARTICLES:
                words = words[1:]
            if len(words) == 1 and words[0].isalpha() and is_ordinary_word(words[0]):
                unreviewed.append(name)
    assert sorted(set(unreviewed) - REVIEWED_WORD_ALIASES) == []
    assert sorted(REVIEWED_WORD_ALIASES - set(unreviewed)) == []  # the list names no stale alias


@pytest.mark.parametrize("name", MUST_STAY_OUT)
def test_words_codes_and_shared_names_name_no_outlet(name):
    assert REGISTRY.find(name) is None


def test_no_outlet_is_named_like_a_bundled_republisher():
    sites = [
        yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in files("republished.sites").iterdir()
        if path.name.endswith(".yaml")
    ]
    assert sites
    for site in sites:
        assert REGISTRY.find(site["name"]) is None
        assert all(REGISTRY.by_domain(domain) is None for domain in site["domains"])


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Le Monde", "lemonde.fr"),
        ("Yonhap", "yna.co.kr"),
        ("Der Spiegel", "spiegel.de"),
        ("Süddeutsche Zeitung", "sueddeutsche.de"),
        ("Sueddeutsche Zeitung", "sueddeutsche.de"),
        ("SZ", "sueddeutsche.de"),
        ("NOS", "nos.nl"),
        ("El País", "elpais.com"),
        ("El Pais", "elpais.com"),
        ("Clarín", "clarin.com"),
        ("Folha de S.Paulo", "folha.uol.com.br"),
        ("Asahi Shimbun", "asahi.com"),
        ("Chosun Ilbo", "chosun.com"),
        ("Neue Zürcher Zeitung", "nzz.ch"),
        ("Helsingin Sanomat", "hs.fi"),
        ("Gazeta Wyborcza", "wyborcza.pl"),
        ("Corriere della Sera", "corriere.it"),
        ("Hürriyet", "hurriyet.com.tr"),
        ("Asharq Al-Awsat", "aawsat.com"),
        ("The New York Times", "nytimes.com"),
        ("BBC", "bbc.co.uk"),
    ],
)
def test_well_known_outlets_and_their_domains(name, domain):
    outlet = REGISTRY.find(name)
    assert outlet is not None and outlet.domain == domain
    assert REGISTRY.by_domain(f"www.{domain}") is outlet


@pytest.mark.parametrize(
    "name", ["NTB", "TT", "Ritzau", "STT", "ANP", "dpa", "AFP", "Reuters", "Associated Press", "EFE", "ANSA",
             "Polska Agencja Prasowa", "Kyodo", "Yonhap", "Xinhua", "Press Trust of India", "Anadolu"],
)  # fmt: skip
def test_wire_services_are_agencies(name):
    assert REGISTRY.find(name).agency


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("www.folha.uol.com.br", "Folha de S.Paulo"),
        ("noticias.uol.com.br", "UOL"),
        ("g1.globo.com", "g1"),
        ("globo.com", None),
        ("cincodias.elpais.com", "Cinco Días"),
        ("english.elpais.com", "El País"),
        ("news.kbs.co.kr", "KBS"),
        ("ct24.ceskatelevize.cz", "ČT24"),
        ("www.ceskatelevize.cz", "Česká televize"),
        ("timesofindia.indiatimes.com", "The Times of India"),
        ("indiatimes.com", None),
    ],
)
def test_a_newsroom_on_a_shared_host_is_found_by_its_own_host(host, outlet):
    found = REGISTRY.by_domain(host)
    assert (found.name if found else None) == outlet


@pytest.mark.parametrize(
    ("title", "host", "headline", "outlet", "domain", "language"),
    [
        ("Inflation rises again – Le Monde – Archyde", "www.archyde.com",
         "Inflation rises again", "Le Monde", "lemonde.fr", "fr"),
        ("Government presents the budget - Sueddeutsche Zeitung - World Today News", "www.world-today-news.com",
         "Government presents the budget", "Süddeutsche Zeitung", "sueddeutsche.de", "de"),
        ("Yonhap: North Korea fires a ballistic missile – Newsbeezer", "www.newsbeezer.com",
         "North Korea fires a ballistic missile", "Yonhap", "yna.co.kr", "ko"),
        ("Protests in Santiago | La Tercera – Archyworldys", "www.archyworldys.com",
         "Protests in Santiago", "La Tercera", "latercera.com", "es"),
        ("– We will not raise taxes – Helsingin Sanomat – Archyde", "www.archyde.com",
         "We will not raise taxes", "Helsingin Sanomat", "hs.fi", "fi"),
        ("Storm in the Algarve – Público – Archyde", "www.archyde.com",
         "Storm in the Algarve", "Público", "publico.pt", "pt"),
    ],
)  # fmt: skip
def test_farm_title_of_a_new_outlet_splits(
    stage, make_draft, title, host, headline, outlet, domain, language
):
    draft = make_draft(title=title, host=host)
    stage("title")(draft)
    assert draft.title == headline
    assert (draft.original["outlet"], draft.original["domain"], draft.original["language"]) == (
        outlet,
        domain,
        language,
    )
    assert draft.republisher["domain"] == host.removeprefix("www.")


def test_an_outlets_title_on_its_own_site_names_it_the_site_not_a_source(stage, make_draft):
    draft = make_draft(title="Senate passes the bill | Reuters", host="www.reuters.com")
    stage("title")(draft)
    assert draft.title == "Senate passes the bill"
    assert draft.original["outlet"] is None
    assert draft.republisher == {"name": "Reuters", "domain": "reuters.com"}


@pytest.mark.parametrize(
    "title",
    [
        "Solar storm reaches the Earth – The Sun",
        "Time: the clocks go back on Sunday",
        "The economist: prices will keep rising",
        "PTI: Imran Khan's party calls a protest march",
        "Ap: Wants lower electricity prices",
        "FT: Liverpool 2-1 Chelsea",
        "Rush hour chaos on the Northern line – Metro",
    ],
)
def test_a_headline_word_that_is_no_outlet_stays_in_the_title(stage, make_draft, title):
    draft = make_draft(title=title, host="www.example.com")
    stage("title")(draft)
    assert draft.title == title
    assert draft.original["outlet"] is None


BODY = (
    "Consumer prices rose by 6.2 percent over the year in March, the statistics office said on"
    " Thursday, the highest rate since the early nineties.",
    "Food and energy drove most of the increase, while rents rose more slowly than a year ago.",
    "The central bank is expected to raise its key rate again at its next meeting, economists said,"
    " after two increases since the start of the year.",
    "The government has promised support for households with low incomes, but the opposition says"
    " the measures come too late and are too small for those hit hardest.",
)


def _page(title: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return f"<html><head><title>{title}</title></head><body><article>{paragraphs}</article></body></html>"


def test_clean_page_of_a_farm_copy_names_the_new_outlet():
    record = clean_page(
        _page("Inflation rises again – Le Monde – Archyde"),
        "https://www.archyde.com/inflation-rises-again-le-monde/",
    )
    assert record["title"] == "Inflation rises again"
    assert record["republisher"] == {"name": "Archyde", "domain": "archyde.com"}
    original = record["original"]
    assert (original["outlet"], original["domain"], original["language"]) == ("Le Monde", "lemonde.fr", "fr")
    assert original["evidence"] == ["title suffix 'Le Monde'", "URL slug ends with '-le-monde'"]


def test_clean_page_of_an_english_original_on_its_own_site():
    record = clean_page(
        _page("Senate passes the bill | Reuters"),
        "https://www.reuters.com/world/us/senate-passes-the-bill-2024-03-01/",
    )
    assert record["title"] == "Senate passes the bill"
    assert record["republisher"] == {"name": "Reuters", "domain": "reuters.com"}
    assert record["original"]["outlet"] is None


def test_a_copy_of_an_outlet_in_a_language_wordfreq_lacks_is_cleaned():
    """Registry languages wordfreq has no list for (Estonian) reach the names engine's lookups."""
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "Tallinn mayor Mihhail Kõlvart announced on Monday that he will step down at the end of the month, ERR reports.",
            "Mihhail Kõlvart has led the city since 2019. Deputy Mayor Vladimir Svet will take over until the council elects a successor.",
            "The council will meet next week. Svet said he does not plan to run for the post himself.",
            "Opposition councillors welcomed the news and called for early elections, while Kõlvart's party said it would name a candidate soon.",
        )
    )
    html = (
        "<html><head><title>Tallinn mayor Mihhail Kõlvart resigns – ERR – Archyworldys</title></head>"
        f"<body><article><h1>Tallinn mayor Mihhail Kõlvart resigns</h1>{paragraphs}</article></body></html>"
    )
    record = clean_page(html, "https://www.archyworldys.com/tallinn-mayor-resigns/")
    assert (record["original"]["outlet"], record["original"]["language"]) == ("ERR", "et")
    assert record["title"] == "Tallinn mayor Mihhail Kõlvart resigns"


@pytest.mark.parametrize(
    ("handle", "outlet"),
    [
        ("@Sydsvenskan", "Sydsvenskan"),
        ("@nytimes", "The New York Times"),
        # a name before another outlet's domain label: Newsweek's, not Newsweek Polska's (newsweek.pl)
        ("@newsweek", "Newsweek"),
        ("@skanedailybrief", None),
    ],
)
def test_a_social_media_handle_names_the_outlet_whose_name_or_domain_it_is(handle, outlet):
    found = REGISTRY.by_handle(handle)
    assert (found.name if found else None) == outlet
