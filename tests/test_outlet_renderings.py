"""Outlets a copy names in other words than their own: the engine's rendering of the name ("MTV
News" for MTV Uutiset), where the page declares the outlet's story its own; and a French blog's
note on the article it reposts ("Article paru dans La Provence le 8 avril 2026, reproduit pour
information.")."""

from republished.cleaning import clean_page
from republished.cleaning.outlet_discovery import FIRST_PUBLISHED_ELSEWHERE_LINE

SAUNA = [
    "The city of Oulu will open a floating public sauna at the market square in June, the city"
    " announced on Tuesday.",
    "– We wanted that everybody, also tourists, can experience a real Finnish sauna without that it"
    " costs a fortune, says the project manager to MTV News.",
    "The sauna takes 30 people and costs five euros for two hours; on Sundays the morning is free.",
]


def sauna_page(canonical: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in SAUNA)
    return (
        "<html><head><title>Oulu: floating public sauna will open at the market square – MTV News – Suomi"
        f" Headlines</title><link rel='canonical' href='{canonical}'></head><body><main><article>"
        f"<h1>Oulu: floating public sauna will open at the market square</h1>{paragraphs}</article></main>"
        "</body></html>"
    )


URL = "https://www.suomiheadlines.example/2026/04/07/oulu-floating-public-sauna/"


def test_a_rendered_name_gives_way_to_the_outlet_whose_story_the_page_declares():
    page = sauna_page("https://www.mtvuutiset.fi/artikkeli/oulu-saa-kelluvan-yleisen-saunan/9123456")
    original = clean_page(page, URL)["original"]
    assert (original["outlet"], original["domain"]) == ("MTV Uutiset", "mtvuutiset.fi")
    assert any("renders the name of MTV Uutiset" in evidence for evidence in original["evidence"])


def test_a_declared_outlet_of_another_name_is_not_taken_for_the_rendering():
    # The canonical names Yle, whose name does not open as "MTV News" does.
    page = sauna_page("https://yle.fi/a/74-20123456")
    assert clean_page(page, URL)["original"]["outlet"] != "Yle"


def test_a_french_blogs_note_on_the_article_it_reposts():
    paragraphs = "".join(
        f"<p>{line}</p>"
        for line in (
            "La corniche Kennedy sera fermée aux voitures tous les dimanches de juin à septembre, a"
            " annoncé la mairie de Marseille mardi.",
            "Les cyclistes et les piétons pourront circuler sur les cinq kilomètres entre les Catalans"
            " et le Prophète de 9 heures à 19 heures.",
            "Les bus de la ligne 83 seront déviés par le boulevard Périer pendant la fermeture.",
        )
    )
    note = (
        "<p><em><a href='https://www.laprovence.com/article/region/1770123456/marseille-la-corniche-kennedy"
        "-fermee-aux-voitures-le-dimanche'>Article paru dans La Provence le 8 avril 2026, reproduit pour"
        " information.</a></em></p>"
    )
    html = (
        "<html><head><title>Marseille : la corniche Kennedy sera fermée aux voitures le dimanche</title></head>"
        "<body><main><article><h1>Marseille : la corniche Kennedy sera fermée aux voitures le dimanche</h1>"
        f"{note}{paragraphs}</article></main></body></html>"
    )
    original = clean_page(html, "https://blogs.mediapart.fr/marseille-a-velo/blog/090426/corniche/")[
        "original"
    ]
    assert (original["outlet"], original["domain"]) == ("La Provence", "laprovence.com")


def test_the_note_names_the_outlet_before_the_date_and_the_reposting():
    line = "Article paru dans La Provence le 8 avril 2026, reproduit pour information."
    assert FIRST_PUBLISHED_ELSEWHERE_LINE.match(line)["name"] == "La Provence"
    assert FIRST_PUBLISHED_ELSEWHERE_LINE.match("Article paru dans Le Monde.")["name"] == "Le Monde"
