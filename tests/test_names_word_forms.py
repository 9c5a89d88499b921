"""Two forms of a translated surname: a rendering that goes on in small letters ("Anna Bird
cherry" for Anna Hägg: Swedish hägg is bird cherry) is put back whole, never as "Anna Hägg
cherry"; and the page's spelling is taken where English text uses it too ("Romero", Spanish for
rosemary, is also a common surname in English). A bare surname before a reporting verb as engines
render it ("Barakat affirmed that …") is the same person's."""

from republished.cleaning import clean_page


def post(article: list[str], beside: str, title: str, url: str) -> dict:
    paragraphs = "".join(f"<p>{line}</p>" for line in article)
    html = (
        f"<html><head><title>{title} – Headlines</title></head><body><header><a href='/'>Headlines</a>"
        f"</header><main><article><h1>{title}</h1><div class='entry-content'>{paragraphs}</div>"
        f"{beside}</article></main><footer>© 2026 Headlines</footer></body></html>"
    )
    return clean_page(html, url)


GARAGE = [
    "Helsingborg will build a bicycle garage for 1,200 bikes under Knutpunkten, the city's travel"
    " centre, the city building committee decided on Tuesday.",
    "– Today the bicycles stand everywhere, and many are stolen. Now we get a safe place right by the"
    " trains, says the chairman of the committee Anna Bird cherry (M).",
    "The garage will open in the autumn of 2027 and be free for the first two years.",
]
GARAGE_URL = "https://www.scaniaheadlines.example/2026/04/02/helsingborg-knutpunkten-bicycle-garage/"


def test_a_rendering_in_two_words_is_put_back_whole():
    tags = "<div class='tags'>Tags: <a href='/tag/anna-hagg/' rel='tag'>Anna Hägg</a></div>"
    record = post(GARAGE, tags, "Helsingborg: Knutpunkten gets a bicycle garage", GARAGE_URL)
    assert "the chairman of the committee Anna Hägg (M)." in record["text"]
    assert "cherry" not in record["text"]


def test_without_the_page_s_spelling_the_words_stay():
    record = post(GARAGE, "", "Helsingborg: Knutpunkten gets a bicycle garage", GARAGE_URL)
    assert "Anna Bird cherry (M)" in record["text"]


LIFT = [
    "A lift will connect the Rochapea with the Old Town of Pamplona from July, the city council"
    " announced on Wednesday after approving the last part of the works.",
    "The lift will carry 18 people and run from seven in the morning to midnight, said the councillor"
    " of Urbanism, Javier Rosemary.",
    "Rosemary recognised that the archaeological remains will be visible through a glass floor.",
]
LIFT_URL = "https://pamplonainenglish.example/2026/04/01/pamplona-a-lift-will-connect-the-rochapea/"


def comments(text: str) -> str:
    return (
        "<section id='comments' class='comments-area'><h2 class='comments-title'>2 thoughts</h2>"
        f"<ol class='comment-list'><li class='comment'><div class='comment-content'><p>{text}</p></div>"
        "</li></ol></section>"
    )


def test_the_page_s_spelling_is_taken_though_english_uses_the_word_too():
    around = comments("Javier Romero already promised this lift back in 2023, let's see.")
    record = post(LIFT, around, "Pamplona: a lift will connect the Rochapea with the Old Town", LIFT_URL)
    assert "the councillor of Urbanism, Javier Romero." in record["text"]
    assert "Romero recognised that" in record["text"]


def test_a_name_the_lexicon_does_not_give_for_the_word_is_left():
    around = comments("Javier Moreno already promised this lift back in 2023, let's see.")
    record = post(LIFT, around, "Pamplona: a lift will connect the Rochapea with the Old Town", LIFT_URL)
    assert "Javier Rosemary." in record["text"]


TRAM = [
    "The Raml tram of Alexandria will stop for two years from June for its development, the"
    " Alexandria Passenger Transport Authority announced on Tuesday.",
    "Engineer Hany Blessings, head of the Authority, said that the new tram will cut the journey to"
    " 25 minutes instead of 60 minutes.",
    "Blessings affirmed that the historical yellow carriages will not be scrapped, but one of them"
    " will become a museum at the Raml Station.",
    "Source: Al-Ahram",
]


def test_a_bare_surname_before_a_reporting_verb_of_the_engines():
    # Arabic barakat is blessings (the copy's source is Al-Ahram); "affirmed" is how engines render
    # Arabic's reporting verb.
    caption = (
        "<figure><img src='raml.jpg'><figcaption>Eng. Hany Barakat at the Raml depot.</figcaption></figure>"
    )
    record = post(
        TRAM, caption, "Alexandria: the Raml tram will stop for two years", "https://www.nile.example/raml/"
    )
    assert "Engineer Hany Barakat, head of the Authority" in record["text"]
    assert "Barakat affirmed that the historical yellow carriages" in record["text"]
