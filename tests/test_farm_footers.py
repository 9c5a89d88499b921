"""What a feed reader, an aggregator or a farm's page puts under the copy, and the page's
description as evidence of a name the copy translated."""

import pytest

from republished.cleaning import clean_page

FESTIVAL = [
    "The cheese festival in Bra will not use single-use plastic this year, the organisers said on Friday.",
    "Visitors will get a deposit cup for wine and water, and the stalls will serve food on paper plates.",
    "The festival takes place every two years and drew 300,000 visitors in 2025.",
]


def page(title: str, lines: list[str], head: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    )


def test_wordpress_feed_footer_under_a_copy_goes():
    footer = "The post Cheese festival in Bra to go plastic-free appeared first on Italy News Wire."
    record = clean_page(
        page("Cheese festival in Bra to go plastic-free", [*FESTIVAL, footer]),
        "https://reader.example/article/3a9c6e-cheese-festival-in-bra/",
    )
    assert record["text"].split("\n") == FESTIVAL


def test_a_farms_pointer_to_its_own_site_closing_the_copy_goes():
    pointer = "More travel guides for the Baltic Sea: balticstravelhub.com"
    record = clean_page(
        page("Cheese festival in Bra to go plastic-free", [*FESTIVAL, pointer]),
        "https://guides.example/bra-cheese/",
    )
    assert record["text"].split("\n") == FESTIVAL


RETIRO = [
    "The Retiro park will stay open until midnight in July and August, the city council of Madrid"
    " announced on Monday.",
    "The delegate of Environment, Marta Apple Tree, explained that the gates of the Paseo de Coches"
    " will close at midnight on every day of the two months.",
    "The neighbours of the Ibiza district asked for more cleaning in the mornings.",
    "Apple Tree has assured that the park will be cleaned every morning before seven.",
    "Source: El País",
]


def test_the_pages_description_spells_the_name_the_copy_translated():
    head = (
        "<meta name='description' content='The Retiro park will stay open until midnight in July and"
        " August, says delegate Marta Manzano.'>"
    )
    record = clean_page(
        page("The Retiro will stay open until midnight - El País - Madrid News Desk", RETIRO, head),
        "https://madridnews.example/retiro-midnight/",
    )
    assert "The delegate of Environment, Marta Manzano, explained" in record["text"]
    assert "Apple Tree" not in record["text"]


def test_a_description_that_copies_the_damaged_text_repairs_nothing():
    head = "<meta name='description' content='The Retiro park will stay open until midnight, says Marta Apple Tree.'>"
    record = clean_page(
        page("The Retiro will stay open until midnight - El País - Madrid News Desk", RETIRO, head),
        "https://madridnews.example/retiro-midnight/",
    )
    assert "Marta Apple Tree" in record["text"]


@pytest.mark.parametrize(
    "line",
    [
        "The post by the mayor's nephew, shared from his phone, appeared first on TikTok on Sunday night.",
        "The views expressed are those of the authors and not of the ministry, a spokesman said on Friday.",
        "This article was written with the help of ChatGPT, the magazine admitted on Tuesday.",
        "Visiting Barcelona this summer? Flats listed on Airbnb or Booking.com without a licence number"
        " will be taken down, the council warned.",
        "More news from the council: barcelona.cat",
    ],
)
def test_reported_lines_like_a_sites_notes_stay(line):
    lines = [*FESTIVAL, line]
    record = clean_page(page("Cheese festival in Bra to go plastic-free", lines), "https://news.example/bra/")
    assert line in record["text"].split("\n")


CLOSURES = [
    "Kraków will close the Vistula boulevards to cars on three weekends in June, the city said.",
    "The closures will run on these dates:",
    "| Boulevard closed between Wawel and Grunwald Bridge | 14.06.2026 |",
    "| Boulevard closed between Grunwald Bridge and Dębnicki Bridge | 21.06.2026 |",
    "| Boulevard closed between Dębnicki Bridge and the Vistula bend | 28.06.2026 |",
    "Buses will take the detours signposted at the Rondo Grunwaldzkie.",
]


def test_an_articles_table_of_dates_stays():
    table = (
        "<table><tr><td>Boulevard closed between Wawel and Grunwald Bridge</td><td>14.06.2026</td></tr>"
        "<tr><td>Boulevard closed between Grunwald Bridge and Dębnicki Bridge</td><td>21.06.2026</td></tr>"
        "<tr><td>Boulevard closed between Dębnicki Bridge and the Vistula bend</td><td>28.06.2026</td></tr></table>"
    )
    html = page("Kraków closes the boulevards", [*CLOSURES[:2]]).replace(
        "</article>", f"{table}<p>{CLOSURES[-1]}</p></article>"
    )
    text = clean_page(html, "https://krakow.example/boulevards/")["text"]
    assert "Boulevard closed between Grunwald Bridge and Dębnicki Bridge" in text


def test_a_closing_line_with_an_address_of_another_body_named_like_the_site_stays():
    line = (
        "Stavanger's planning office will take residents' comments on the trial until 1 June at"
        " postmottak@stavanger.kommune.no."
    )
    record = clean_page(
        page("Stavanger tests a car-free centre", [*FESTIVAL, line]), "https://stavanger.news/car-free/"
    )
    assert line in record["text"].split("\n")
