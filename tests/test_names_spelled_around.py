"""A surname the copy's engine translated ("Uwe Fox" for Uwe Fuchs) is put back where the page
around the article (a reader's comment, a forum's reply, the link to another story) names the
person with the same given name and the word the lexicon says the engine wrote it for; another
given name, a surname the lexicon does not render so, or an English word left alone."""

import pytest

from republished.cleaning import clean_page

URL = "https://www.elbe-stollen.de/en/Dresden-the-ferry-sails-again-from-April/"

FERRY = [
    "The ferry between Johannstadt and Neustadt sails again from the first of April, the Dresden"
    " transport company has announced on Monday.",
    "At the helm stands again ferryman Uwe Fox, who has been shuttling people and bicycles over the"
    " Elbe for 31 years.",
    "„The ferry is not only transport, it is a piece of Dresden“, says Fox. The crossing costs two"
    " euros, bicycles travel free of charge.",
    "The ferry runs daily from 9 to 19 o'clock, at weekends until 21 o'clock, when the water level"
    " allows it.",
]


def page(around: str) -> str:
    """A shop's news post: the article's paragraphs, then `around` (readers' comments) outside it."""
    paragraphs = "".join(f"<p>{line}</p>" for line in FERRY)
    return (
        "<html><head><title>Dresden: the ferry sails again from April | Elbe Stollen</title></head>"
        "<body><header><a href='/'>Elbe Stollen</a><nav><a href='/shop/'>Shop</a>"
        " <a href='/en/news/'>News</a></nav></header><main>"
        "<article><h1>Dresden: the ferry between Johannstadt and Neustadt sails again from April</h1>"
        f"<div class='news-text'>{paragraphs}</div></article>{around}</main>"
        "<footer><p>© 2026 Elbe Stollen GmbH</p></footer></body></html>"
    )


def comment(text: str) -> str:
    return (
        "<section class='news-comments'><h3>1 comment</h3><div class='news-comment'>"
        "<span class='author'>Heike R.</span>"
        f"<blockquote class='news-comment-text'><p>{text}</p></blockquote></div></section>"
    )


def names_edits(record: dict) -> list[dict]:
    return [edit for edit in record["edits"] if edit["stage"] == "names"]


def test_a_translated_surname_is_put_back_from_a_readers_comment():
    around = comment("Endlich! Viele Grüße an Uwe Fuchs, den besten Fährmann an der Elbe.")
    record = clean_page(page(around), URL)
    text = record["text"]
    assert "ferryman Uwe Fuchs, who has been shuttling" in text
    # The bare surname after it is the same person.
    assert "says Fuchs. The crossing" in text
    assert "Fox" not in text and "Grüße" not in text
    edits = names_edits(record)
    assert len(edits) == 2
    assert "the page around the article names 'Uwe Fuchs'" in edits[0]["reason"]


def test_a_link_to_another_story_spells_the_name_too():
    around = (
        "<aside class='recent'><h3>Recent articles</h3><ul>"
        "<li><a href='/en/news/ferry-season-2025/'>Uwe Fuchs celebrates 30 years on the Elbe ferry</a></li>"
        "</ul></aside>"
    )
    record = clean_page(page(around), URL)
    assert "ferryman Uwe Fuchs, who" in record["text"] and "says Fuchs." in record["text"]


LEFT_ALONE = {
    # Another given name: a relative, or someone else.
    "another given name": "Viele Grüße an Petra Fuchs, die beste Fährfrau an der Elbe.",
    # A surname the lexicon does not say an engine writes as "Fox".
    "another surname": "Viele Grüße an Uwe Krause, den besten Fährmann an der Elbe.",
    # The lexicon's word, but not after the given name: no one's name.
    "the word apart": "Viele Grüße an Uwe! Bei Fuchs und Hase sagen wir gute Nacht.",
}


@pytest.mark.parametrize("text", LEFT_ALONE.values(), ids=LEFT_ALONE.keys())
def test_the_surname_stays_without_that_spelling_around_the_article(text):
    record = clean_page(page(comment(text)), URL)
    assert "ferryman Uwe Fox, who" in record["text"] and "says Fox." in record["text"]
    assert names_edits(record) == []


VLADIVOSTOK_URL = "https://vladivostok-en.example.net/post/512873645/"


def embankment_page(caption: str, alt: str = "Naberezhnaya") -> str:
    """A diary's post copied from a Russian city site: a figure with its caption, then the text."""
    return (
        "<html><head><title>The embankment will be rebuilt from April</title></head><body>"
        "<article><h1>The reconstruction of the harbour embankment will begin in April</h1>"
        f"<figure><img src='/img/embankment.jpg' alt='{alt}'><figcaption>{caption}</figcaption></figure>"
        "<p>The reconstruction of the Sportivnaya harbour embankment in Vladivostok will begin in"
        " April, the city administration has reported on Tuesday.</p>"
        "<p>The works will cost 640 million roubles and will last until the autumn of next year.</p>"
        "<p>“We will try to carry out the works in such a way that the embankment remains open during"
        " the summer season,” said the deputy head of the city administration Faith Sokolova.</p>"
        "<p>The new embankment will get benches, a cycle path and lighting along all its length.</p>"
        "</article></body></html>"
    )


def test_a_translated_given_name_is_put_back_from_the_caption():
    caption = "Deputy head of the city administration Vera Sokolova at the presentation of the project."
    record = clean_page(embankment_page(caption), VLADIVOSTOK_URL)
    assert "city administration Vera Sokolova." in record["text"]
    assert "Faith" not in record["text"]
    (edit,) = names_edits(record)
    assert "the page names 'Vera Sokolova' beside the text only" in edit["reason"]


def test_a_translated_given_name_is_put_back_from_the_alt_text():
    alt = "Deputy head Vera Sokolova presents the project"
    record = clean_page(embankment_page("The Sportivnaya embankment in winter.", alt), VLADIVOSTOK_URL)
    assert "city administration Vera Sokolova." in record["text"]


@pytest.mark.parametrize(
    "caption",
    [
        # Another given name: a relative, or a colleague of the same name.
        "Deputy head of the city administration Maria Sokolova at the presentation of the project.",
        # A given name the lexicon gives for another word (Nadezhda is hope, not faith).
        "Deputy head of the city administration Nadezhda Sokolova at the presentation of the project.",
    ],
    ids=["another given name", "another word's name"],
)
def test_the_given_name_stays_without_the_lexicons_word(caption):
    record = clean_page(embankment_page(caption), VLADIVOSTOK_URL)
    assert "city administration Faith Sokolova." in record["text"]
    assert names_edits(record) == []


def test_a_vietnamese_given_name_after_the_family_name_is_put_back_from_a_related_story():
    lines = [
        "Da Nang will open three new free public bathing areas on Mỹ Khê beach from April, the city"
        " department of tourism has announced.",
        "“The new areas will have lifeguards, showers and toilets,” said Ms. Nguyễn Thị Autumn, director"
        " of the department.",
        "The three areas lie in the wards of Phước Mỹ and An Hải Bắc and will be open from 5 to 18 o'clock.",
    ]
    html = (
        "<html><head><title>Da Nang to open 3 free bathing areas</title></head><body><main>"
        "<article><h1>Da Nang to open 3 new free public bathing areas on Mỹ Khê beach</h1>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</article><aside class='related'><h3>Related news</h3><ul><li><a href='/news/301.html'>"
        "Nguyễn Thị Thu: Da Nang welcomed 1.1 million visitors in January</a></li></ul></aside>"
        "</main></body></html>"
    )
    record = clean_page(html, "https://danang-brief.example.com/news/318.html")
    assert "said Ms. Nguyễn Thị Thu, director of the department." in record["text"]
    assert "the page around the article names 'Nguyễn Thị Thu'" in names_edits(record)[0]["reason"]


def test_a_translated_surname_is_put_back_from_a_pictures_alt_text_around_the_article():
    around = (
        "<aside class='gallery'><img src='/img/faehre.jpg' alt='Fährmann Uwe Fuchs an der Anlegestelle'>"
        "</aside>"
    )
    record = clean_page(page(around), URL)
    assert "ferryman Uwe Fuchs, who" in record["text"] and "says Fuchs." in record["text"]


def test_a_translated_given_name_is_put_back_from_the_posts_tag():
    """Webasyst's blog: the post tagged with the person's name as the original spells it."""
    html = (
        "<html><head><title>The zoo opens its new aquarium in July</title>"
        '<meta property="article:tag" content="Nadezhda Kolesnikova"></head><body><article>'
        "<h1>The zoo opens its new aquarium in July</h1>"
        "<p>The new aquarium of the Novosibirsk zoo will open in July 2026. About this told the"
        " director of the zoo Hope Kolesnikova at a press conference on Tuesday.</p>"
        "<p>The aquarium will show fish of the Ob and of the lakes of the Altai, and a gallery under"
        " the water will let the visitors walk among them.</p>"
        "<p>The works cost 900 million roubles and are paid by the region and by the city.</p>"
        "</article></body></html>"
    )
    record = clean_page(html, "https://altai-shop.example/blog/zoo-aquarium/")
    assert "director of the zoo Nadezhda Kolesnikova at a press conference" in record["text"]
    assert "Hope" not in record["text"]


PATH_LINES = [
    "The cycle path of the seafront of Lecce will be inaugurated in June, after two years of works.",
    "“It will be possible to arrive from the centre to the sea without the car”, has explained the"
    " councillor for public works Michele Shepherd.",
    "Shepherd has assured that the lighting will be completed by the summer.",
]


def test_an_italian_surname_the_lexicon_renders_is_put_back_from_the_source_line():
    """'pastore' (shepherd) is a listed Italian surname word, and Michele an Italian given name: the
    source line under the post ("intervista all'assessore Michele Pastore") spells the councillor."""
    paragraphs = "".join(f"<p>{line}</p>" for line in PATH_LINES)
    html = (
        "<html><head><title>Lecce, the cycle path opens in June – Salento Expats</title></head><body>"
        f"<article><h1>Lecce, the cycle path opens in June</h1>{paragraphs}"
        "<p><small>Fonte: Quotidiano di Puglia, intervista all'assessore Michele Pastore</small></p>"
        "</article></body></html>"
    )
    record = clean_page(html, "https://www.salentoexpats.it/forum/lecce-cycle-path-opens-in-june/")
    text = record["text"]
    assert "councillor for public works Michele Pastore." in text
    assert "Pastore has assured" in text and "Shepherd" not in text


def test_a_surname_listed_in_two_languages_is_read_in_the_one_it_is_a_word_of():
    """Norwegian and Swedish both list "falk" (falcon); "Falk" is a word of Swedish, not of
    Norwegian, and a Swedish reply spells the road manager."""
    lines = [
        "The ice road to Hindersön opens on Saturday, the Swedish Transport Administration says.",
        "The ice is now 40 centimetres thick, points out the road manager Johan Falcon.",
        "Heavier cars must wait until the ice is 50 centimetres thick.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Luleå: the ice road to Hindersön opens on Saturday</title></head><body>"
        f"<article><h1>Luleå: the ice road to Hindersön opens on Saturday</h1>{paragraphs}</article>"
        "<section class='replies'><div class='reply'><p>Johan Falk sa samma sak i P4 Norrbotten i morse"
        " – tyngre bilar får vänta.</p></div></section></body></html>"
    )
    record = clean_page(html, "https://social.lulea-expats.se/@norrbottennews/statuses/01JP3K7Q/")
    assert "points out the road manager Johan Falk." in record["text"]
