"""Given names and surnames an engine translated from languages outside the usual European source
languages (Persian, Armenian, Tagalog, Indonesian), put back where the page spells the person:
a reply, a comment, a caption's credit. The page's own spelling is the evidence, whatever the
source language and whatever stands before it ("PS:", "Thanks Narek!", "Pak"); a name the lexicon
does not give for the article's word is left alone."""

from republished.cleaning import clean_page

URL = "https://ask.isfahan-newcomers.org/questions/417/the-zayandeh-rud-will-flow-for-45-days/"


def question_page(article: list[str], answer: str) -> str:
    """A Q&A site's question that copies a story, and the accepted answer under it."""
    paragraphs = "".join(f"<p>{line}</p>" for line in article)
    return (
        "<html><head><title>Isfahan: the Zayandeh Rud will flow for 45 days - Isfahan Newcomers</title>"
        "</head><body><header><a href='/'>Isfahan Newcomers</a><nav><a href='/questions/'>Questions</a>"
        " <a href='/tags/'>Tags</a></nav></header><main><div class='question'>"
        "<h1>Isfahan: the Zayandeh Rud will flow through the city for 45 days</h1>"
        f"<div class='post-text'>{paragraphs}</div></div>"
        "<div class='answers'><h2>1 Answer</h2><div class='answer accepted'>"
        f"<div class='post-text'><p>{answer}</p></div><span class='user'>Sara from Jolfa</span></div></div>"
        "</main><footer><p>© 2026 Isfahan Newcomers</p></footer></body></html>"
    )


RIVER = [
    "The water of the Zayandeh Rud will flow again through Isfahan from the first of April for 45"
    " days, the regional water company announced on Sunday.",
    "The managing director of the Isfahan Regional Water Company, Mehdi Farmer, said in this regard"
    " that the volume of the water behind the dam is more than last year.",
    "The bridges of Si-o-se-pol and Khaju will be lit every night while the river flows.",
    "Farmer emphasized that the decision about the flow after 45 days will be taken by the water"
    " council of the province.",
]


def names_edits(record: dict) -> list[dict]:
    return [edit for edit in record["edits"] if edit["stage"] == "names"]


def test_a_romanised_persian_surname_from_the_accepted_answer():
    # Persian keshavarz is farmer; Persian is written in Arabic letters, so its word list cannot
    # say the romanised name is Persian: that it is no English word is enough.
    answer = "Mehdi Keshavarz said on the provincial TV last night that the water reaches Varzaneh too."
    record = clean_page(question_page(RIVER, answer), URL)
    text = record["text"]
    assert "Water Company, Mehdi Keshavarz, said" in text
    assert "Keshavarz emphasized that" in text
    assert "Farmer" not in text
    assert any("Keshavarz" in edit["reason"] for edit in names_edits(record))


def test_another_surname_in_the_answer_is_no_spelling_of_the_article():
    answer = "Mehdi Kazemi said on the provincial TV last night that the water reaches Varzaneh too."
    record = clean_page(question_page(RIVER, answer), URL)
    assert "Mehdi Farmer, said" in record["text"] and "Farmer emphasized" in record["text"]
    assert names_edits(record) == []


FORTRESS_URL = "https://lists.gyumri.example/announce/20260327054512.2231-1-narek@gyumri.tech/"


def list_message(article_line: str, reply: str) -> str:
    """A list archive's message that pastes a story, and a member's reply under it."""
    return (
        "<html><head><title>Gyumri: the Black Fortress will open as a museum - Gyumri Tech</title></head>"
        "<body><nav><a href='/'>Lists</a> <a href='/announce/'>announce</a></nav><main>"
        "<article class='message'><h1>Gyumri: the Black Fortress will open as a museum in June</h1>"
        "<div class='body'><p>The Black Fortress of Gyumri will open to visitors as a museum and"
        " cultural centre in June, after four years of restoration works financed by the state and"
        " the diaspora.</p>"
        f"<p>{article_line}</p>"
        "<p>The halls of the fortress will hold an exhibition about the history of the city, from"
        " the Russian garrison of the nineteenth century to the earthquake of 1988, and the"
        " concert stage on the roof will be used in the summer evenings.</p>"
        "<p>Petrosyan said that the tickets will cost 1,500 drams for adults and 500 drams for"
        " pupils and students, and that the roof terrace will open later in the summer.</p></div>"
        "</article>"
        f"<section class='replies'><h2>Re: Black Fortress</h2><div class='reply'><p>{reply}</p>"
        "<p>Lilit</p></div></section>"
        "</main></body></html>"
    )


def test_the_spelling_after_a_sentence_that_ends_is_the_persons():
    # "Narek!" ends a sentence: Gohar Petrosyan is no longer name's end. Armenian gohar is jewel.
    line = (
        "«The fortress will become a museum-cultural centre», said the head of the department of"
        " culture Jewel Petrosyan to the local press."
    )
    reply = "Thanks Narek! Gohar Petrosyan is giving the first tour herself on 1 June at 11:00."
    record = clean_page(list_message(line, reply), FORTRESS_URL)
    assert "culture Gohar Petrosyan to the local press" in record["text"]
    assert "Jewel" not in record["text"]


def test_the_lexicon_s_word_needs_no_verb_of_speech_around_it():
    # No "said" or role word beside the name: the page's spelling and the lexicon suffice.
    line = "The exhibition is prepared by the department of culture of the community Jewel Petrosyan."
    reply = "Thanks Narek! Gohar Petrosyan is giving the first tour herself on 1 June at 11:00."
    record = clean_page(list_message(line, reply), FORTRESS_URL)
    assert "of the community Gohar Petrosyan." in record["text"]


def test_another_given_name_in_the_reply_is_left():
    line = "The exhibition is prepared by the department of culture of the community Jewel Petrosyan."
    reply = "Thanks Narek! Anahit Petrosyan is giving the first tour herself on 1 June at 11:00."
    record = clean_page(list_message(line, reply), FORTRESS_URL)
    assert "of the community Jewel Petrosyan." in record["text"]
    assert names_edits(record) == []


LAKE_URL = "https://www.baguio-pasalubong.example/baguio-news-burnham-lake-will-be-drained-ezp-12.html"


def shop_news(credit: str) -> str:
    """A shop's news page that copies a story and its photo's credit; no source outlet is named."""
    return (
        "<html><head><title>Baguio News: Burnham Lake will be drained and cleaned</title></head><body>"
        "<header><a href='/'>Baguio Pasalubong</a><nav><a href='/shop/'>Shop</a></nav></header>"
        "<main><article><h1>Burnham Lake will be drained and cleaned in May</h1>"
        "<p>The Burnham Lake will be drained for two weeks in May so that its bottom can be cleaned,"
        " the city environment office said on Monday.</p>"
        "<p>«It is full of silt and garbage, that's why the water smells bad in the summer», said"
        " the head of the office Dawn Bautista.</p>"
        "<p>The boats will be moved to the small pond during the works, Bautista added.</p>"
        f"<p><em>{credit}</em></p>"
        "</article></main><footer><p>© 2026 Baguio Pasalubong</p></footer></body></html>"
    )


def test_an_unknown_source_language_reads_the_lexicon_in_every_language():
    # No outlet, so no source language: the photo's credit under the text spells the person, and
    # Tagalog's liwayway is dawn.
    record = clean_page(shop_news("Photo courtesy of Ms. Liwayway Bautista."), LAKE_URL)
    assert "the head of the office Liwayway Bautista." in record["text"]
    assert "Dawn" not in record["text"]


def test_a_credit_with_another_given_name_is_left():
    record = clean_page(shop_news("Photo courtesy of Ms. Maria Bautista."), LAKE_URL)
    assert "the head of the office Dawn Bautista." in record["text"]


FORT_URL = "https://piefed.nusantara.example/c/makassar/p/48211/fort-rotterdam-open-at-night/"


def link_post(comment: str) -> str:
    """A link aggregator's post that pastes a story, and a comment under it."""
    return (
        "<html><head><title>Makassar: Fort Rotterdam will be open at night - PieFed Nusantara</title>"
        "</head><body><nav><a href='/'>PieFed Nusantara</a> <a href='/c/makassar'>makassar</a></nav>"
        "<main><div class='post'><h1>Makassar: Fort Rotterdam will be open at night on the weekends</h1>"
        "<div class='post_body'><p>Fort Rotterdam in Makassar will be open until 22.00 every Friday,"
        " Saturday and Sunday from April, the head of the heritage office, Star Ramadhan, said.</p>"
        "<p>The night opening answers the request of the tourists who visit Losari Beach first.</p>"
        "<p>Star asked the visitors not to climb the walls of the fort.</p></div></div>"
        f"<div class='comments'><div class='comment'><p>{comment}</p></div></div>"
        "</main></body></html>"
    )


def test_a_form_of_address_before_the_page_s_spelling():
    # "Pak" is the Indonesian form of address, not a name's first word; Indonesian bintang is star.
    record = clean_page(
        link_post("Pak Bintang Ramadhan also said the museum stays open until 18.00."), FORT_URL
    )
    text = record["text"]
    assert "heritage office, Bintang Ramadhan, said" in text


POOLS = [
    "Reykjavík's swimming pools will be open longer this summer. Moon Kristjánsson, head of the"
    " city's culture and sports department, says that the number of guests has never been higher.",
    "Two new hot pots come in Vesturbæjarlaug. The work ends in the middle of May, according to Moon.",
    "Dew Pálsdóttir, who has worked as lifeguard in Laugardalslaug in twelve years, welcomes that two"
    " new lifeguards are hired in every pool. – It has been too much for too few, she says.",
    "Adults who never learned to swim can get free lessons. – It is never too late, says Moon.",
]


def pools_page(source_line: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*POOLS, source_line])
    return (
        "<html><head><title>Five changes at Reykjavík's swimming pools - Vísir - Iceland Today</title>"
        "</head><body><article><h1>Five changes at Reykjavík's swimming pools</h1>"
        f"{paragraphs}</article></body></html>"
    )


def test_an_icelanders_given_name_alone_is_no_other_persons_surname():
    # Icelanders are called by their given name: "says Moon" is Moon Kristjánsson (Máni), not
    # Dew Pálsdóttir, whose patronymic no one translated.
    record = clean_page(pools_page("Heimild: Vísir"), "https://icelandtoday.example/2026/04/pools.html")
    assert "Pálsdóttir." not in record["text"]
    assert "according to Moon." in record["text"] and "says Moon." in record["text"]
    assert names_edits(record) == []


def test_a_given_name_opening_a_sentence_is_read_where_the_text_writes_it_alone():
    # The original's headline in the source line spells Máni; the text writes "Moon" alone,
    # capitalised inside a sentence, so the sentence-opening "Moon Kristjánsson" is his name too.
    source = "Heimild: Vísir – „Máni Kristjánsson: Sundlaugarnar opnar lengur í sumar“"
    record = clean_page(pools_page(source), "https://icelandtoday.example/2026/04/pools.html")
    assert "sports department" in record["text"]
    assert "summer. Máni Kristjánsson, head of the city's culture" in record["text"]
    assert "Pálsdóttir." not in record["text"]


def test_a_place_opening_with_the_word_leaves_the_persons_translated_surname_to_be_repaired():
    # "Inner Mongolia" is a place, no person whose given name "Inner" would be: the bare "Inner"
    # is still Giuseppe Interno's surname, translated.
    article = [
        "The minister Giuseppe Interno presented the new plan for the regions in Rome on Monday.",
        "Inner said that the plan would be ready before the summer.",
        "The regions of the south, like the provinces of Inner Mongolia in China, want more money.",
        "“We will listen to everyone,” Inner told reporters.",
        "Source: Corriere della Sera",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in article)
    html = (
        "<html><head><title>Interno presents the plan for the regions - Corriere della Sera - Italy Wire"
        f"</title></head><body><article><h1>Interno presents the plan</h1>{paragraphs}</article></body></html>"
    )
    record = clean_page(html, "https://italywire.example/2026/04/interno-plan/")
    assert "Interno said that the plan" in record["text"]
    assert "Inner Mongolia" in record["text"]
