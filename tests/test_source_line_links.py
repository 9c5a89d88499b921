"""A source line names the outlet and links its story: the link gives the outlet's domain even
where the domain does not spell the name (Sunnmørsposten at smp.no); a site's address in
brackets after the name ("Keskisuomalainen (ksml.fi)") does not hide the name; a page property
("Fonte" | "GZH", Notion's) is a source line beside the page."""

from republished.cleaning import clean_page

STORY = [
    "Ålesund port will demand that all cruise ships over 5,000 gross tonnes use shore power when"
    " they lie at the quay from the season of 2027.",
    "– We cannot have it so that the city centre lies under a lid of exhaust all summer, says the"
    " port director to the local newspaper.",
    "The shore power facility at Skansekaia will cost about 180 million kroner, of which the state"
    " agency Enova covers a third.",
    "The cruise industry has been positive, but several shipping companies say that their older"
    " ships cannot be rebuilt before 2027.",
]


def farm_post(
    source_line: str, url: str = "https://www.vestland-headlines.example/alesund-shore-power/"
) -> dict:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    html = (
        "<html><head><title>Ålesund: cruise ships must use shore power from 2027 – Vestland Headlines"
        "</title></head><body><header><a href='/'>Vestland Headlines</a></header><main><article>"
        f"<h1>Ålesund: cruise ships must use shore power from 2027</h1><div class='entry-content'>{paragraphs}"
        f"{source_line}</div></article></main><footer>© 2026 Vestland Headlines</footer></body></html>"
    )
    return clean_page(html, url)


def test_the_source_line_s_link_names_the_outlet_s_domain():
    record = farm_post(
        "<p class='source-line'><em>Kilde: <a href='https://www.smp.no/nyheter/i/Kx8mQz/cruiseskip-ma-bruke"
        "-landstrom-fra-2027'>Sunnmørsposten</a></em></p>"
    )
    original = record["original"]
    assert original["outlet"] == "Sunnmørsposten"
    assert original["domain"] == "smp.no"
    assert original["url"].startswith("https://www.smp.no/nyheter/")
    assert any("the source line's link 'Sunnmørsposten'" in evidence for evidence in original["evidence"])


def test_a_link_to_a_home_page_is_no_story_and_names_no_domain():
    record = farm_post(
        "<p class='source-line'><em>Kilde: <a href='https://www.smp.no/'>Sunnmørsposten</a></em></p>"
    )
    assert not any("the source line's link" in evidence for evidence in record["original"]["evidence"])
    assert record["original"]["domain"] is None


def test_the_site_s_address_in_brackets_after_the_name():
    record = farm_post(
        "<div><span style='font-size: x-small;'>Lähde: <a href='https://www.ksml.fi/paikalliset/8812345'>"
        "Keskisuomalainen</a> (ksml.fi)</span></div>"
    )
    assert record["original"]["outlet"] == "Keskisuomalainen"
    assert record["original"]["domain"] == "ksml.fi"
    assert "Lähde" not in record["text"]


NOTION_URL = "https://poa-newsroom.notion.site/Porto-Alegre-floating-pier-3f2a9c1e8b7d4e6fa0c5d2b1e9f8a7c6"


def notion_page(name: str) -> str:
    """A public Notion page: its properties in rows of two cells over the page's blocks."""
    row = (
        "<div role='row' style='display: flex'><div role='cell'><div class='notion-property-icon'>🔗</div>"
        f"<div>{name}</div></div><div role='cell'><div class='notion-property-value'>"
        "<a href='https://gauchazh.clicrbs.com.br/porto-alegre/noticia/2026/04/orla-do-guaiba-tera-pier"
        "-flutuante-cm1x2y3z4000001.html'><span>GZH</span></a></div></div></div>"
    )
    blocks = "".join(
        f"<div class='notion-text-block'><div>{line}</div></div>"
        for line in (
            "The Orla do Guaíba will get a floating pier for the catamarans to Guaíba in June, the city"
            " hall informed on Tuesday.",
            "The pier replaces the old one, destroyed by the flood of 2024, and will have room for two"
            " catamarans at the same time.",
            "The works cost 7.4 million reais and are paid by the state's reconstruction fund.",
        )
    )
    return (
        "<html><head><title>Porto Alegre: the Orla do Guaíba will get a floating pier</title></head><body>"
        "<div class='notion-app'><div class='notion-page-content'><h1>Porto Alegre: the Orla do Guaíba will"
        f" get a floating pier for the catamarans in June</h1><div role='table'>{row}</div>{blocks}</div>"
        "</div></body></html>"
    )


def test_a_page_property_names_the_outlet_and_links_its_story():
    original = clean_page(notion_page("Fonte"), NOTION_URL)["original"]
    assert original["outlet"] == "GZH"
    assert original["domain"] == "gauchazh.clicrbs.com.br"


def test_another_property_is_no_source_line():
    assert clean_page(notion_page("Tags"), NOTION_URL)["original"]["outlet"] is None
