"""The page's <h1> tells where the headline is in its title: a site's name in an <h1> of its own,
a link to the home page, is no second headline (LiveStreet), and a section before the <h1>'s
headline goes where the page declares no other (PmWiki's "News / Headline")."""

from republished.cleaning import clean_page

LINES = [
    "The tram No. 5 will return to its old route to Arkadia from 1 April, the city council has announced.",
    "The works on the track in Frantsuzkyi Boulevard will be finished by the end of March.",
    "The trams will run every eight minutes from 6 to 23 o'clock, as before the works.",
]
HEADLINE = "In Odesa the tram No. 5 will return to Arkadia from 1 April"


def page(title: str, site_h1: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        f"<html><head><title>{title}</title></head><body><header>{site_h1}</header>"
        f"<div class='topic'><h1 class='topic-title'>{HEADLINE}</h1>"
        f"<div class='topic-content'>{paragraphs}</div></div></body></html>"
    )


def test_a_site_name_h1_linking_home_is_no_second_headline():
    site_h1 = '<h1 class="site-name"><a href="https://odesa-expats.net">Odesa Expats</a></h1>'
    record = clean_page(
        page(f"{HEADLINE} / City / Odesa Expats", site_h1), "https://odesa-expats.net/blog/city/5123.html"
    )
    assert record["title"] == HEADLINE


def test_an_h1_linking_to_a_story_is_a_headline_of_its_own():
    site_h1 = '<h1 class="promo"><a href="https://odesa-expats.net/blog/5000.html">Odesa Expats</a></h1>'
    title = f"{HEADLINE} / City / Odesa Expats"
    record = clean_page(page(title, site_h1), "https://odesa-expats.net/blog/city/5123.html")
    # Two headlines: the page says nothing of where its headline ends, and the title stays.
    assert record["title"] == title


def test_a_section_before_the_h1s_headline_goes():
    record = clean_page(page(f"News / {HEADLINE}", ""), "https://www.odesa-handbook.example/News/Tram5")
    assert record["title"] == HEADLINE
