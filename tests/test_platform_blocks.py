"""Markup of platforms farms run on: Blogger's caption table (a picture's frame, no data),
Drupal Thunder's image paragraph, and Obsidian Publish's note (a file name for a title, a block
around every paragraph)."""

from lxml.html import fragment_fromstring

from republished.cleaning import clean_page
from republished.cleaning.layout import frames_a_picture

STAIRS = [
    "The City of Jyväskylä closes the Nero stairs of Harju for renovation from 2 May to the end of"
    " September, tells the city's street engineer.",
    "The stairs, which has 168 steps, is one of the most popular exercise places in the city. In the"
    " frost the concrete has cracked, and some steps move already under the foot.",
    "During the renovation the city guides the exercisers to the Vesilinna side and to the ridge"
    " paths, where there are also steep parts.",
    "The renovation costs about 650,000 euros. The stairs were renovated last time in 2009.",
]


def blogger_post(caption_class: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in STAIRS)
    return (
        "<html><head><title>Finland News Daily: Jyväskylä: the Nero stairs will be closed</title></head><body>"
        "<div class='blog-posts hfeed'><article class='post-outer-container'><div class='post'>"
        "<h3 class='post-title entry-title'>Jyväskylä: the Nero stairs of Harju will be closed for the summer</h3>"
        "<div class='post-body entry-content'>"
        "<table class='tr-caption-container'><tbody><tr><td><a href='https://blogger.googleusercontent.com/img/"
        "b/nero.jpg'><img src='https://blogger.googleusercontent.com/img/b/s640/nero.jpg'></a></td></tr>"
        f"<tr><td class='{caption_class}'>The Nero stairs of Harju in March. Kuva: Keskisuomalainen</td></tr>"
        f"</tbody></table>{paragraphs}</div></div></article></div></body></html>"
    )


BLOGGER_URL = "https://finlandnewsdaily.blogspot.com/2026/04/jyvaskyla-nero-stairs.html"


def test_blogger_s_caption_cell_is_a_caption():
    record = clean_page(blogger_post("tr-caption"), BLOGGER_URL)
    assert record["captions"] == ["The Nero stairs of Harju in March. Kuva: Keskisuomalainen"]
    assert "Nero stairs of Harju in March" not in record["text"]


def test_the_caption_table_is_a_picture_s_frame_and_a_data_table_or_a_logo_is_not():
    frame = fragment_fromstring(
        "<table><tr><td><img src='a.jpg'></td></tr><tr><td>The stairs in March.</td></tr></table>"
    )
    data = fragment_fromstring(
        "<table><tr><td>Steps</td><td>168</td></tr><tr><td>Cost</td><td>€650,000</td></tr></table>"
    )
    logo = fragment_fromstring(
        "<table><tr><td><a href='/'><img src='logo.png'></a></td></tr><tr><td>Nairaland Forum</td></tr></table>"
    )
    assert frames_a_picture(frame)
    assert not frames_a_picture(data)
    assert not frames_a_picture(logo)  # a site's logo linking its home page, over its name


def test_a_frame_followed_by_the_next_paragraph_s_text_stays_a_table():
    # Unwrapped, the caption and the text after the table would run into one line.
    body = fragment_fromstring(
        "<div>First paragraph.<br><br><table><tr><td><img src='a.jpg'></td></tr><tr><td>The stairs in"
        " March.</td></tr></table>The second paragraph, written between line breaks.<br><br></div>"
    )
    assert not frames_a_picture(body.find("table"))


PATH = [
    "The city of Freiburg will widen the path along the Dreisam between the Schwabentorbrücke and"
    " the Kartäuserstraße from the summer, the municipal office for civil engineering announced.",
    "Cyclists and walkers will get their own lanes, separated by a strip of grass and a row of"
    " lamps, over a length of 2.4 kilometres.",
    "The costs lie at 5.8 million euros, of which the state carries about half.",
]


def thunder_article(paragraph_type: str) -> str:
    """A Drupal Thunder article: its body in paragraphs, one of them an image with its description."""
    text = "".join(
        f"<div class='paragraph paragraph--type--text'><div class='field field--name-field-text'><p>{line}</p>"
        "</div></div>"
        for line in PATH
    )
    image = (
        f"<div class='paragraph paragraph--type--{paragraph_type}'><div class='field field--name-field-image'>"
        f"<article class='media media--type-{paragraph_type}'><div class='field field--name-field-image'>"
        "<img src='/sites/default/files/dreisam-weg.jpg' alt='Dreisamweg'></div>"
        "<div class='field field--name-field-description'><p>The Dreisam path near the Schwabentorbrücke"
        " on a Sunday.</p></div></article></div></div>"
    )
    return (
        "<html><head><title>Freiburg: the Dreisam path will be widened | Black Forest Bulletin</title></head>"
        "<body><main><article class='node node--type-article'><h1>Freiburg: the Dreisam path will be widened,"
        f" cyclists and walkers separated</h1><div class='field--name-field-paragraphs'>{text}{image}</div>"
        "</article></main></body></html>"
    )


THUNDER_URL = "https://www.blackforest-bulletin.example/news/freiburg/the-dreisam-path-will-be-widened"


def test_the_description_of_an_image_paragraph_is_its_caption():
    record = clean_page(thunder_article("image"), THUNDER_URL)
    assert record["captions"] == ["The Dreisam path near the Schwabentorbrücke on a Sunday."]
    assert "on a Sunday" not in record["text"]


def test_varbases_media_caption_field_is_a_caption():
    html = (
        "<html><head><title>Medellín: Comuna 13 will limit tourist groups</title></head><body><main><article>"
        "<h1>Medellín: Comuna 13 will limit tourist groups on the escalators</h1>"
        "<div class='field field--name-field-media'><img src='/files/escaleras.jpg' alt='Escaleras'>"
        "<div class='field field--name-field-media-caption field__item'>Tourists on the electric escalators"
        " of the Comuna 13.</div></div>"
        + "".join(f"<p>{line}</p>" for line in PATH)
        + "</article></main></body></html>"
    )
    record = clean_page(html, "https://www.antioquia-news.example/medellin/comuna-13-tourist-groups")
    assert record["captions"] == ["Tourists on the electric escalators of the Comuna 13."]


def test_the_description_of_another_paragraph_is_no_caption():
    record = clean_page(thunder_article("gallery"), THUNDER_URL)
    assert "The Dreisam path near the Schwabentorbrücke on a Sunday." not in record["captions"]


def obsidian_note() -> str:
    """An Obsidian Publish note: titled by its file name, every block in a div of its own."""

    def block(kind: str, inner: str) -> str:
        return f"<div class='el-{kind}'>{inner}</div>"

    body = "".join(
        [
            block("h1", "<h1>Olomouc: Horní náměstí bude od června bez aut</h1>"),
            block("p", "<p>Olomoucký magistrát od června uzavře Horní náměstí pro auta. Výjimku dostane jen"
                  " zásobování do deseti hodin dopoledne.</p>"),
            block("p", "<p>Rezidenti z centra dostanou povolenky na parkování v garážích u Šantovky, kde"
                  " magistrát pronajal dvě stě míst.</p>"),
            block("h2", "<h2>Obchodníci se bojí o tržby</h2>"),
            block("p", "<p>Podnikatelé z okolí radnice se obávají, že zákazníci bez aut nepřijdou.</p>"),
            block("p", "<p>Zákaz bude platit zkušebně do konce října. Poté radní rozhodnou, zda ho"
                  " prodlouží natrvalo.</p>"),
        ]
    )  # fmt: skip
    return (
        "<html><head><title>2026-04-01-horni-namesti-bez-aut - Olomouc Expats</title></head><body>"
        f"<div class='markdown-preview-view'><div class='markdown-preview-sizer'>{body}</div></div>"
        "</body></html>"
    )


OBSIDIAN_URL = "https://publish.obsidian.md/olomouc-expats/Zpravy/2026-04-01-horni-namesti-bez-aut"


def test_a_note_titled_by_its_file_name_takes_its_h1():
    record = clean_page(obsidian_note(), OBSIDIAN_URL)
    assert record["title"] == "Olomouc: Horní náměstí bude od června bez aut"


def test_a_subheading_before_a_paragraph_in_a_block_of_its_own():
    lines = clean_page(obsidian_note(), OBSIDIAN_URL)["text"].split("\n")
    heading = lines.index("Obchodníci se bojí o tržby")
    assert lines[heading + 1].startswith("Podnikatelé z okolí radnice")
    assert lines[heading - 1].startswith("Rezidenti z centra")
