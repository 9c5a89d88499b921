"""Names spelled right beside the article's text (under a photo, as its author) are evidence for
the names stage, and are never edited themselves."""

from republished.cleaning import clean_page

URL = "https://www.archyde.com/budget-plan/"


def test_a_name_spelled_right_only_under_the_photo_is_evidence_for_the_names_stage():
    """The translated body calls the minister by a word ("Small" for Mali); the caption the
    page marks up spells the name right: the cleaner repairs the body and keeps the caption."""
    lines = [
        "The government adopted the budget on Monday.",
        '"We will not raise taxes," said Finance Minister Siniša Small after the meeting.',
        "The opposition criticised the plan and will present its own proposal next week.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Government presents new budget plan – Politika - Archyde</title></head><body>"
        "<article><h1>Government presents new budget plan – Politika</h1>"
        "<figure><img src='/m.jpg'><figcaption>Finance Minister Siniša Mali at the session of the Government"
        f"</figcaption></figure><div class='entry-content'>{paragraphs}</div></article></body></html>"
    )
    record = clean_page(html, URL)
    assert record["captions"] == ["Finance Minister Siniša Mali at the session of the Government"]
    assert "said Finance Minister Siniša Mali after the meeting" in record["text"]
    [edit] = [e for e in record["edits"] if e["stage"] == "names"]
    assert "Small" in edit["before"] and "Mali" in edit["after"]


def test_the_declared_author_is_evidence_for_the_names_stage_and_is_never_edited():
    """NOS's correspondent is the page's author ("Mark Visser", JSON-LD) and is quoted in the
    translated body as "Mark Fisherman" (visser: fisherman)."""
    lines = [
        "EU countries agreed on new fishing quotas for the North Sea on Tuesday night.",
        "“This is a bitter pill for the cutter fishery,” says NOS correspondent Mark Fisherman in Brussels.",
        "The Dutch fishing organisations called the agreement disappointing.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"EU agrees on fishing quotas","author":{"@type":"Person","name":"Mark Visser"}}'
    html = (
        "<html><head><title>EU agrees on fishing quotas – NOS – World Today News</title>"
        f'<script type="application/ld+json">{ld}</script></head><body><article>'
        f"<h1>EU agrees on fishing quotas – NOS</h1><div class='entry-content'>{paragraphs}</div></article></body></html>"
    )
    record = clean_page(html, "https://www.world-today-news.com/eu-fishing-quotas/")
    assert record["authors"] == ["Mark Visser"] and record["original"]["outlet"] == "NOS"
    assert "says NOS correspondent Mark Visser in Brussels" in record["text"]
    assert [e["field"] for e in record["edits"] if e["stage"] == "names"] == ["text"]


def test_an_estonian_copy_gets_its_names_back_from_a_tag_and_from_the_article():
    """Postimees copied: the adviser is "Kristi Fox" in the body and "Kristi Rebane" in the tags
    (rebane: fox); the chairman, named "Margus Tamm" after his association's long name, is later
    "Oak" alone (tamm: oak)."""
    lines = [
        "The new car tax frightens the buyers, and the dealers sold a third fewer cars in February.",
        "The chairman of the Estonian Car Dealers Association Margus Tamm says that the buyers are waiting.",
        "“We do not praise the day before the evening,” said the adviser of the ministry Kristi Fox.",
        "Oak does not agree with this. “Who suffer are the people of the countryside,” said he.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>The car tax frightens the buyers - Postimees | Baltic Voice News</title></head><body>"
        f"<article><h1>The car tax frightens the buyers</h1>{paragraphs}"
        '<footer class="entry-footer"><span class="tags-links"><a href="/tag/estonia/">Estonia</a>'
        '<a href="/tag/kristi-rebane/">Kristi Rebane</a></span></footer></article></body></html>'
    )
    record = clean_page(html, "https://balticvoice-news.com/post/the-car-tax-frightens-the-buyers/")
    assert record["original"]["outlet"] == "Postimees"
    assert record["tags"] == ["Estonia", "Kristi Rebane"]
    text = record["text"]
    assert "said the adviser of the ministry Kristi Rebane." in text
    assert "Tamm does not agree with this." in text
    assert "Fox" not in text and "Oak" not in text


def test_a_pictures_alt_text_is_evidence_for_the_names_stage():
    """Farms translate the text and the caption, seldom the alt text: "Jelle Bakker op zijn land"
    keeps the name a Trouw copy renders as "Jelle Baker"."""
    lines = [
        "The water board wants to raise the Wadden dike, and the farmers along it must give up land.",
        "For Jelle Baker (54) the bullet is through the church. He loses four hectares of his best land.",
        "Now the monkey comes out of the sleeve, thinks Baker. The land goes not only to the dike.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Farmers along the Wadden dike - Trouw - Lowlands Daily</title></head><body>"
        f"<article><h1>Farmers along the Wadden dike</h1>{paragraphs}"
        '<figure><img src="/bakker.jpg" alt="Jelle Bakker op zijn land bij Holwerd">'
        "<figcaption>Jelle Baker on his land at Holwerd. Photo: Trouw</figcaption></figure>"
        "</article></body></html>"
    )
    record = clean_page(html, "https://lowlandsdaily.com/news/farmers-along-the-wadden-dike/")
    assert record["original"]["outlet"] == "Trouw"
    assert "For Jelle Bakker (54)" in record["text"] and "thinks Bakker." in record["text"]
    assert record["captions"] == ["Jelle Bakker on his land at Holwerd. Photo: Trouw"]
    assert all(edit["field"] in ("text", "captions", "title") for edit in record["edits"])


def test_a_caption_naming_the_person_by_the_word_the_engine_translated_is_the_right_spelling():
    """Svenska Dagbladet copied: the caption under the photo says "Maria Lax", the body "Maria
    Salmon" (Swedish lax: salmon); the Grav theme's tag list (links to "/blog/tag:…") names the
    chairman "Johan Fisk", whom the body calls "Johan Fish" and then "Fish"."""
    lines = [
        "Every third housing association in Stockholm raises the monthly fee by more than 15 percent.",
        "– Now comes the bill, and it comes all at once, says Maria Salmon, housing economist at SBAB.",
        "The chairman Johan Fish says that the board had no choice.",
        "Fish tells that two of the members have already put their apartments out for sale.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>The fees rise with a fifth | Stockholm Wire Now</title></head><body>"
        '<div class="content-item h-entry"><h2 class="p-name">The fees rise with a fifth</h2>'
        '<span class="tags"><a class="label p-category" href="/blog/tag:housing">housing</a>'
        '<a class="label p-category" href="/blog/tag:johan-fisk">Johan Fisk</a></span>'
        '<div class="e-content"><figure class="image-caption"><img src="/lax.jpg">'
        "<figcaption>Housing economist Maria Lax in front of new houses in Hagastaden. Photo: Magnus"
        " Hjalmarson Neideman</figcaption></figure>"
        f'{paragraphs}<p><em>Source: <a href="https://www.svd.se/a/Bl8qWx/avgifterna">Svenska Dagbladet</a>'
        "</em></p></div></div></body></html>"
    )
    record = clean_page(html, "https://stockholmwire.example/blog/the-fees-rise/")
    assert record["original"]["outlet"] == "Svenska Dagbladet"
    assert record["tags"] == ["housing", "Johan Fisk"]
    assert "says Maria Lax, housing economist at SBAB" in record["text"]
    assert "The chairman Johan Fisk says" in record["text"]
    assert "Fisk tells that two of the members" in record["text"]
    assert record["captions"] == [
        "Housing economist Maria Lax in front of new houses in Hagastaden. Photo: Magnus Hjalmarson Neideman"
    ]


def test_two_people_of_one_given_name_in_an_english_original_stay_apart():
    """An English original names two Marias; "Stone" is no rendering the page's language has, and
    the original's language is English: nothing is a spelling of anything."""
    lines = [
        "Council finance convener Maria Stone said the money would be ploughed back into the festivals.",
        "Maria Baker, who chairs the hotels association, said the timing could not be worse.",
        "Ms Stone said a review of the scheme would be published after its first year.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Visitor levy confirmed – The Scotsman – Caledonia Brief</title></head><body>"
        f"<article><h1>Visitor levy confirmed – The Scotsman</h1>{paragraphs}</article></body></html>"
    )
    record = clean_page(html, "https://caledonia.example/visitor-levy/")
    assert record["text"].split("\n") == lines
    assert [e for e in record["edits"] if e["stage"] == "names"] == []


def test_a_tagged_person_spells_a_name_the_text_translated_whatever_the_pages_language():
    """A French copy whose outlet nobody names: the SPIP keyword list tags "Marc Petit", the body
    says "Marc Small"; a Hungarian tag puts the surname first ("Fekete Eszter", the body's
    "Eszter Black": fekete is black). The lexicon pairs the two spellings of one person."""
    lines = [
        "The RER B stopped again for two hours on Monday morning between Gare du Nord and Châtelet.",
        "Marc Small, a representative of the SUD-Rail union, points at the lack of maintenance.",
        "The operator promised new trains for 2026, but the unions do not believe it.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>RER B: exasperated passengers – Lutetia Morning Post</title></head><body>"
        f"<article><h1>RER B: exasperated passengers</h1><div class='texte'>{paragraphs}</div>"
        '<ul class="mots"><li><a href="mot/rer-b" rel="tag">RER B</a></li>'
        '<li><a href="mot/marc-petit" rel="tag">Marc Petit</a></li></ul></article></body></html>'
    )
    record = clean_page(html, "https://lutetia.example/rer-b/")
    assert record["original"]["outlet"] is None
    assert "Marc Petit, a representative of the SUD-Rail union" in record["text"]
    lines = [
        "District VIII bans e-scooters from the pavements from November.",
        "“This comes late,” said Eszter Black, the leader of the opposition faction.",
        "The mayor said the fines would start at 10,000 forints.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Józsefváros bans e-scooters – Népszava – Budapest Wire</title></head><body>"
        f"<article><h1>Józsefváros bans e-scooters – Népszava</h1>{paragraphs}"
        '<div class="tags"><a href="/tag/bkk" rel="tag">BKK</a><a href="/tag/fekete-eszter" rel="tag">Fekete'
        " Eszter</a></div></article></body></html>"
    )
    record = clean_page(html, "https://budapestwire.example/jozsefvaros/")
    assert record["original"]["outlet"] == "Népszava"
    assert "said Eszter Fekete, the leader" in record["text"]
    assert record["tags"] == ["BKK", "Fekete Eszter"]


def test_two_words_an_engine_wrote_for_one_surname_are_read_in_any_language_when_the_pages_is_unknown():
    """A Portuguese copy whose outlet nobody names: the tags say "João Oliveira", the body "João
    Olive Tree" (oliveira: olive tree), a rendering only the lexicon relates to the name."""
    lines = [
        "The government approved a rent support for young people up to 35 years on Thursday.",
        'For the deputy João Olive Tree, the support "will end in the pockets of the landlords".',
        "The programme will cost 120 million euros a year, the ministry said.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Rent support for young people – Tagus Newsroom</title></head><body>"
        f"<article><h1>Rent support for young people</h1>{paragraphs}"
        '<div class="tags"><a href="/tag/housing" rel="tag">housing</a>'
        '<a href="/tag/joao-oliveira" rel="tag">João Oliveira</a></div></article></body></html>'
    )
    record = clean_page(html, "https://tagus.example/rent-support/")
    assert record["original"]["outlet"] is None
    assert "For the deputy João Oliveira, the support" in record["text"]


def test_an_estonian_tag_whose_given_name_is_in_no_list_and_a_surname_rare_in_no_list():
    """Eesti Päevaleht copied: the board member "Rein Bear" is "Rein Karu" in the tags (karu: bear;
    "Rein" is in no list of given names, but the text describes "Rein Bear" as a person), and the
    entrepreneurs' head "Liis Island" signs the embedded post "Liis Saar" (saar: island), though no
    word list says "saar" is an Estonian word."""
    lines = [
        "Ferry tickets to Saaremaa and Hiiumaa will rise by a third from January.",
        "The company's board member Rein Bear explained the rise with the costs of fuel.",
        "A family with two cars pays hundreds of euros more, says Liis Island, the head of the union.",
        "Praamipiletid kallinevad jaanuarist kolmandiku võrra. – Liis Saar",
        "The new prices must still be approved, said Bear to EPL.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Ferry tickets rise by a third | Tallinn News Brief</title>"
        '<meta name="keywords" content="Saaremaa, ferry, Rein Karu, Estonia"></head><body>'
        f"<article><h1>Ferry tickets rise by a third</h1>{paragraphs}</article></body></html>"
    )
    record = clean_page(html, "https://tallinnnewsbrief.example/blog/ferry-tickets/")
    assert record["original"]["outlet"] == "Eesti Päevaleht"
    text = record["text"]
    assert "board member Rein Karu explained" in text
    assert "says Liis Saar, the head of the union" in text
    assert "said Karu to EPL." in text


def test_a_read_also_headline_the_residue_stage_removes_is_evidence_for_the_names_stage():
    """il Resto del Carlino copied: the councillor is "Giorgio Rooster" in the text (gallo: rooster);
    the "Read also" link inside the article keeps his name in its headline ("Garisenda, Gallo: …")."""
    lines = [
        "The Garisenda tower will stay closed until 2030, the city announced on Monday.",
        "«Every centimetre is measured,» explained the councillor for public works Giorgio Rooster.",
        "Read also: Garisenda, Gallo: «The tie-rods hold, the tower is safe»",
        "The works will cost 20 million euros.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Garisenda closed until 2030 - il Resto del Carlino | Emilia News</title></head>"
        f"<body><article><h1>Garisenda closed until 2030</h1>{paragraphs}</article></body></html>"
    )
    record = clean_page(html, "https://emilianews.example/news/garisenda/")
    assert record["original"]["outlet"] == "Il Resto del Carlino"
    assert "the councillor for public works Giorgio Gallo." in record["text"]
    assert "Read also" not in record["text"]


def test_a_tag_shown_under_the_post_but_not_declared_is_evidence_for_the_names_stage():
    """Hamburger Abendblatt copied on Joomla K2: the keywords meta declares three tags, K2's
    "Tagged under" list shows one more, "Katrin Fuchs" (Fuchs: fox), whom the text calls "Katrin
    Fox". The record's tags stay the declared ones."""
    lines = [
        "From January must the residents in Altona for their parking permit 365 euros per year pay.",
        "The district office says that the permit until now did not cover even half of the costs.",
        "Katrin Fox counters the criticism: „Now it goes about the sausage. Who wants space must pay.“",
        "The new fee applies to about 40,000 permits in the three districts of the west.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Residents' parking costs 365 euros - Hamburger Abendblatt</title>"
        '<meta name="keywords" content="Hamburg, parking, Altona"></head><body>'
        f'<div class="itemView"><h2 class="itemTitle">Residents\' parking costs 365 euros</h2>'
        f'<div class="itemBody"><div class="itemFullText">{paragraphs}</div></div>'
        '<div class="itemTagsBlock"><span>Tagged under</span><ul class="itemTags">'
        '<li><a href="/news/itemlist/tag/Hamburg">Hamburg</a></li>'
        '<li><a href="/news/itemlist/tag/Katrin%20Fuchs">Katrin Fuchs</a></li></ul></div></div>'
        "</body></html>"
    )
    record = clean_page(html, "https://hanseaticnewswire.example/news/item/1482-residents-parking/")
    assert record["original"]["outlet"] == "Hamburger Abendblatt"
    assert record["tags"] == ["Hamburg", "parking", "Altona"]
    assert "Katrin Fuchs counters the criticism" in record["text"]
    assert "Fox" not in record["text"]


def tram_page(lines: list[str]) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return (
        "<html><head><title>The tram is paused | Uppsala News Desk</title></head><body>"
        f"<article><h1>The tram is paused</h1>{paragraphs}</article></body></html>"
    )


def test_a_person_named_by_the_engines_word_first_and_by_her_own_name_later_is_one_person():
    """A Swedish copy whose outlet nobody names: "According to Maria Salmon (C)", later "Maria
    Lax points also out" (Swedish "lax" is salmon; "points … out" marks her as a speaker). With
    the source language unknown, any source language's lexicon makes the two one person."""
    lines = [
        "The tram to Bergsbrunna will not be built according to the time plan, the majority decided.",
        "The opposition is critical. According to Maria Salmon (C) is the pause a bear service to the south.",
        "– The state pays for the new station only if the tram comes, she says.",
        "Maria Lax points also out that the municipality already has spent 400 million on the planning.",
    ]
    record = clean_page(tram_page(lines), "https://uppsalanews.example/post/the-tram-is-paused/")
    assert "According to Maria Lax (C)" in record["text"]
    assert "Salmon" not in record["text"]


def test_two_people_of_one_given_name_whose_surnames_no_lexicon_pairs_stay_apart():
    lines = [
        "The tram to Bergsbrunna will not be built according to the time plan, the majority decided.",
        "The opposition is critical. According to Maria Fisher (C) is the pause a bear service to the south.",
        "Maria Lax points also out that the municipality already has spent 400 million on the planning.",
    ]
    record = clean_page(tram_page(lines), "https://uppsalanews.example/post/the-tram-is-paused/")
    assert "According to Maria Fisher (C)" in record["text"]
    assert not [e for e in record["edits"] if e["stage"] == "names"]


def test_a_pull_quotes_attribution_is_evidence_for_the_names_stage():
    """A Tages-Anzeiger copy: the text calls the councillor "Regula Cellar", the pull quote's footer
    "Regula Keller" (German "Keller" is cellar)."""
    lines = [
        "The city of Zurich wants to forbid from 2027 the leaf blowers with combustion engine.",
        "“Who on a Saturday by a leaf blower woken is, knows it”, said the city councillor Regula Cellar.",
        "The gardeners' association holds nothing from the ban and speaks of a shot into the oven.",
        "The city itself wants to switch its park maintenance to rakes. Cellar calls it a question of credibility.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    pull_quote = (
        '<blockquote class="blockquote"><p>Now is finished funny.</p>'
        '<footer class="blockquote-footer">Regula Keller, city councillor (SP)</footer></blockquote>'
    )
    html = (
        "<html><head><title>Zurich wants to ban leaf blowers</title></head><body><article>"
        '<h1>Zurich wants to ban leaf blowers</h1><span class="news-author">Seraina Caduff / «Tages-Anzeiger»</span>'
        f"{paragraphs[: len(paragraphs) // 2]}{pull_quote}{paragraphs[len(paragraphs) // 2 :]}</article></body></html>"
    )
    record = clean_page(html, "https://zurichnews.example/en/news/zurich-wants-to-ban-leaf-blowers~n2417")
    assert record["original"]["outlet"] == "Tages-Anzeiger"
    assert "said the city councillor Regula Keller." in record["text"]
    assert "Keller calls it a question of credibility." in record["text"]


def test_the_title_of_the_shared_storys_card_is_evidence_for_the_names_stage():
    """A Discourse post shares a Kaleva story: its onebox keeps the Finnish headline with "Mikko
    Kallio"; the translation says "Mikko Rock" (Finnish "kallio" is rock)."""
    card = (
        '<aside class="onebox" data-onebox-src="https://www.kaleva.fi/raksilan-uimahalli/6873412">'
        '<header class="source"><a href="https://www.kaleva.fi/raksilan-uimahalli/6873412">kaleva.fi</a></header>'
        "<article><h3>Raksilan uimahalli suljetaan vuodeksi – liikuntajohtaja Mikko Kallio: ”Remontti on pakko"
        " tehdä nyt”</h3></article></aside>"
    )
    lines = [
        "The city of Oulu closes the Raksila swimming hall for renovation at the beginning of January.",
        "”The renovation must be made now. The machines are at the end of their life span”, says the sports director Mikko Rock.",
        "According to Rock, the city negotiates with the swimming halls of Kempele and Kiiminki about extra shifts.",
    ]
    html = (
        "<html><head><title>Oulu closes the Raksila swimming hall</title></head><body>"
        '<div class="post" itemprop="text">'
        + card
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</div></body></html>"
    )
    record = clean_page(html, "https://talk.nordlakes.example/t/oulu-closes-the-raksila-swimming-hall/1843/")
    assert record["original"]["outlet"] == "Kaleva"
    assert "says the sports director Mikko Kallio." in record["text"]
    assert "According to Kallio," in record["text"]


def test_a_ukrainian_copy_gets_a_name_back_from_the_tags_shown_under_it():
    """Dzerkalo Tyzhnia copied: the director is "Oksana Magpie" in the text and "Oksana Soroka" in the
    tag pills under the article (Ukrainian "soroka" is magpie); Oksana is a Ukrainian given name."""
    lines = [
        "From January in Lviv will run electric buses on the new route from the railway station to Sykhiv.",
        "“We have waited long for these buses,” said the director of the municipal enterprise Oksana Magpie.",
        "According to Magpie, the contractor promises to finish the charging stations until Christmas.",
    ]
    html = (
        "<html><head><title>Lviv will launch electric buses - Dzerkalo Tyzhnia | West Ukraine Wire</title>"
        '<meta name="keywords" content="Lviv, Transport"></head><body><main><div class="rail"><div class="main">'
        "<article>" + "".join(f"<p>{line}</p>" for line in lines) + "</article>"
        '<div class="b-tag-list"><a class="c-pill" href="/tags/lviv/">Lviv</a>'
        '<a class="c-pill" href="/tags/oksana-soroka/">Oksana Soroka</a></div></div></div></main></body></html>'
    )
    record = clean_page(html, "https://westukrainewire.example/2025/11/13/lviv-electric-buses/")
    assert record["original"]["outlet"] == "Dzerkalo Tyzhnia"
    assert "municipal enterprise Oksana Soroka." in record["text"]
    assert "According to Soroka," in record["text"]


def test_an_organisation_named_after_a_place_under_a_photo_is_no_person_to_align_with():
    """JydskeVestkysten copied: the port credits the photo ("Foto: Esbjerg Havn"); "Esbjerg
    Municipality" in the text is Esbjerg Kommune, a body of its own, not the port's name translated."""
    lines = [
        "The port in Esbjerg will expand with 30 hectares of new land for the offshore wind industry.",
        "Esbjerg Harbour expects the first new quay to be ready in 2028, says the port director.",
        "The expansion will create up to 600 new jobs, when it stands finished in 2031.",
        "Esbjerg Municipality's mayor calls the plan the largest investment in the city for decades.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><title>Esbjerg Harbour expands – JydskeVestkysten | Esbjerg Worker Housing</title></head>"
        "<body><article><h1>Esbjerg Harbour expands</h1><figure><img src='/havn.jpg'>"
        "<figcaption>The new quay area seen from the air. Foto: Esbjerg Havn</figcaption></figure>"
        f"<div class='entry-content'>{paragraphs}</div></article></body></html>"
    )
    record = clean_page(html, "https://www.esbjerg-worker-housing.dk/blog/esbjerg-harbour-expands/")
    assert record["original"]["outlet"] == "JydskeVestkysten"
    assert record["text"].split("\n") == lines
    assert not [e for e in record["edits"] if e["stage"] == "names"]
