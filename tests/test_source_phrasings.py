"""Ways farm pages name the outlet they copied that the farms16 audit met first: a forum quote's
header, a link card, a byline with the name in guillemets, a desk byline, a photo credit's
domain, JSON-LD sourceOrganization, and source notes in the original's language."""

import pytest

from republished.cleaning import clean_page


def run(stage, draft):
    stage("title")(draft)
    stage("provenance")(draft)
    return draft


PARAGRAPHS = [
    "The city council approved on Wednesday a proposal that limits the number of vehicles in the old town.",
    "Currently more than 400 of these vehicles circulate in the neighbourhoods, according to the municipality.",
    "The residents have complained for years about the noise, the pollution and the blocked streets.",
    "The licences will be drawn by lot among the operators whose vehicles are all electric.",
    "The operators that do not get a licence can continue to circulate in the lower town and by the river.",
    "The association of the operators says it was not heard and will contest the decision in court.",
]


def paragraphs(lines: list[str] = PARAGRAPHS) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def page(body: str, head: str = "", title: str = "The old town limits its tuk-tuks") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def test_a_story_posted_as_a_forum_quote_of_the_outlet_names_it_and_loses_the_header():
    quote = "".join(f"{line}<br>" for line in PARAGRAPHS)
    html = page(
        f'<div class="post"><h3>The old town limits its tuk-tuks</h3><div class="content"><blockquote><div>'
        f"<cite>Observador wrote:</cite>{quote}</div></blockquote><p>What do you think?</p></div></div>"
    )
    record = clean_page(html, "https://www.expatboard.example/portugal-news/tuk-tuks-t4821/")
    assert record["original"]["outlet"] == "Observador"
    assert (
        "the story is posted as a quote of the outlet: 'Observador wrote:'" in record["original"]["evidence"]
    )
    assert "wrote" not in record["text"]
    header_edits = [edit for edit in record["edits"] if edit["before"] == "Observador wrote:"]
    assert [(e["stage"], e["after"]) for e in header_edits] == [("input", "")]
    assert "story-long quote" in header_edits[0]["reason"]


def test_a_replys_short_quote_of_an_outlet_names_nothing():
    html = page(
        "<article>" + paragraphs() + "</article>"
        '<div class="reply"><blockquote><cite>Observador wrote:</cite>limits the number of vehicles</blockquote>'
        "<p>Ten agents for three neighbourhoods?</p></div>"
    )
    record = clean_page(html, "https://www.expatboard.example/portugal-news/tuk-tuks-t4821/")
    assert record["original"]["outlet"] is None
    assert [e["reason"] for e in record["edits"] if e["before"] == "Observador wrote:"] == [
        "a forum's quote header, written by the forum above a short quote: taken out of the page"
        " before extraction, which glued it to the quote's first line"
    ]


@pytest.mark.parametrize(
    ("href", "outlet"),
    [
        ("https://www.novosti.rs/beograd/vesti/1493821/zemunska-pijaca", "Večernje novosti"),
        ("https://www.novosti.rs/", None),
        ("https://lemmy.danubeforum.example/post/482913", None),
    ],
    ids=["a story on an outlet's site", "the outlet's home page", "the post itself"],
)
def test_a_link_post_whose_headline_links_to_a_story_names_its_outlet(href, outlet):
    html = page(
        f'<div class="post-listing"><h1 class="h5"><a href="{href}" rel="nofollow">The old town limits'
        f' its tuk-tuks</a></h1><p class="small">posted by news_bot to Srbija</p></div>'
        f'<article id="postContent"><div class="md-div">{paragraphs()}</div></article>'
    )
    record = clean_page(html, "https://lemmy.danubeforum.example/post/482913")
    assert record["original"]["outlet"] == outlet
    if outlet:
        assert record["original"]["url"] == href
        assert f"the headline links to the story the post shares: {href}" in record["original"]["evidence"]


@pytest.mark.parametrize(
    ("badge", "outlet"),
    [
        ('<a href="/d/novosti.rs">(novosti.rs)</a>', "Večernje novosti"),
        ('<a href="https://www.danas.rs/">(danas.rs)</a>', None),
    ],
    ids=["the site's own badge", "a second story's site"],
)
def test_a_link_posts_headline_may_hold_the_sites_own_links_but_one_story(badge, outlet):
    """Mbin writes the story's domain after the headline, linking to the site's own list of that
    domain's posts: no second story."""
    href = "https://www.novosti.rs/beograd/vesti/1493821/zemunska-pijaca"
    html = page(
        f'<div class="post-listing"><h1><a href="{href}" rel="nofollow">The old town limits its tuk-tuks</a>'
        f" {badge}</h1></div>"
        f'<article id="postContent"><div class="md-div">{paragraphs()}</div></article>'
    )
    record = clean_page(html, "https://lemmy.danubeforum.example/post/482913")
    assert record["original"]["outlet"] == outlet


@pytest.mark.parametrize(("term", "outlet"), [("Original source", "Gazeta do Povo"), ("Category", None)])
def test_a_sheets_field_beside_the_text_names_the_outlet_when_it_is_a_source(term, outlet):
    """XWiki's news sheet: a definition list of fields over the article's body."""
    fields = (
        '<dl class="news-meta"><dt><label>Added by</label></dt><dd>Karin Thiele</dd>'
        f"<dt><label>{term}</label></dt><dd>GAZETA DO POVO</dd></dl>"
    )
    html = page(
        f'<main><div class="news-sheet">{fields}<div class="news-body">{paragraphs()}</div></div></main>'
    )
    record = clean_page(html, "https://wiki.paranahoje.example/bin/view/News/tuk-tuks/")
    assert record["original"]["outlet"] == outlet


@pytest.mark.parametrize(("name", "outlet"), [("Fonte", "Gazeta do Povo"), ("Editoria", None)])
def test_a_wikis_named_tag_beside_the_page_names_the_outlet_when_it_is_a_source(name, outlet):
    tags = (
        f'<div class="tags"><div class="tag-item" data-name="{name}" data-value="Gazeta do Povo">'
        f'<div class="tag-name"><a href="/search?term=%5B{name}%5D">{name}</a></div>'
        '<div class="tag-value"><a href="/search?term=x">Gazeta do Povo</a></div></div></div>'
    )
    html = page(
        f'<aside class="sidebar">{tags}</aside><main><div class="page-content">{paragraphs()}</div></main>'
    )
    record = clean_page(html, "https://wiki.paranahoje.example/books/noticias/page/tuk-tuks")
    assert record["original"]["outlet"] == outlet
    if outlet:
        assert "source line left out of the text: 'Fonte: Gazeta do Povo'" in record["original"]["evidence"]


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("মেট্রোরেলে ভিড়ের সময় ট্রেন বাড়বে, রাতেও চলবে", "Prothom Alo"),
        ("More trains on the metro rail in the rush hour", None),
    ],
    ids=["a headline in the outlet's language", "an English headline"],
)
def test_a_link_to_an_outlets_story_under_a_headline_in_its_language_names_it(label, outlet):
    href = "https://www.prothomalo.com/bangladesh/capital/metro-rail-night"
    html = page(
        f'<article>{paragraphs()}<div class="admonition seealso"><p>See also</p><p><a href="{href}">{label}</a></p></div></article>'
    )
    record = clean_page(html, "https://dhakadispatch.example/posts/metro-rail-night/")
    assert record["original"]["outlet"] == outlet


def test_a_post_opening_with_the_card_of_the_story_it_shares_names_the_outlet():
    card = (
        '<aside class="onebox allowlistedgeneric" data-onebox-src="https://www.kaleva.fi/raksilan-uimahalli/6873412">'
        '<header class="source"><a href="https://www.kaleva.fi/raksilan-uimahalli/6873412">kaleva.fi</a></header>'
        "<article><h3>Raksilan uimahalli suljetaan vuodeksi</h3></article></aside>"
    )
    html = page('<div class="post" itemprop="text">' + card + paragraphs() + "</div>")
    record = clean_page(html, "https://talk.nordlakes.example/t/oulu-closes-the-swimming-hall/1843/")
    assert record["original"]["outlet"] == "Kaleva"
    assert record["original"]["url"] == "https://www.kaleva.fi/raksilan-uimahalli/6873412"


@pytest.mark.parametrize(
    ("link", "outlet"),
    [
        (
            '<a href="https://www.ohtuleht.ee/1108734/kalamaja">Loe originaalartiklit Õhtulehest</a>',
            "Õhtuleht",
        ),
        (
            '<a href="https://www.tagesspiegel.de/berlin/laubblaeser/123.html">Zum Originalartikel</a>',
            "Der Tagesspiegel",
        ),
    ],
)
def test_a_link_labelled_original_in_the_originals_language_names_its_outlet(link, outlet):
    html = page("<article>" + paragraphs() + f"<p>{link}</p></article>")
    record = clean_page(html, "https://tallinnexpress.example/news/kalamaja-windows/")
    assert record["original"]["outlet"] == outlet


def test_json_ld_source_organization_names_the_outlet():
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "A bear walked through the estate", "sourceOrganization": {"@type":'
        ' "NewsMediaOrganization", "name": "Nový Čas", "url": "https://www.cas.sk/"}}</script>'
    )
    html = page("<article>" + paragraphs() + "</article>", head=ld)
    record = clean_page(html, "https://liptovdaily.example/news/a-bear-walked-through/")
    assert record["original"]["outlet"] == "Nový Čas"


def test_an_original_source_row_under_the_post_names_the_outlet():
    fields = (
        '<table class="item_custom_fields"><tr><th>Original source:</th><td>'
        '<a href="https://www.limerickleader.ie/news/milk-market-sunday">Limerick Leader</a></td></tr></table>'
    )
    html = page(
        '<div class="evo_post"><h1>Milk Market to open on Sundays</h1><div class="evo_post__full_text">'
        + paragraphs()
        + f"</div>{fields}</div>"
    )
    record = clean_page(html, "https://treatycity.example/limerick/milk-market-to-open-on-sundays")
    assert record["original"]["outlet"] == "Limerick Leader"


def test_a_photo_credit_naming_the_outlets_domain_names_it():
    figure = (
        '<figure><img src="/kiosk.jpg"><figcaption class="figure-caption">A kiosk on Stadiou Street.'
        " © eleftherostypos.gr</figcaption></figure>"
    )
    html = page("<article>" + paragraphs(PARAGRAPHS[:2]) + figure + paragraphs(PARAGRAPHS[2:]) + "</article>")
    record = clean_page(html, "https://athensdaily.example/en/news/the-kiosks/")
    assert record["original"]["outlet"] == "Eleftheros Typos"


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("(Photo: Dimas Maulana/Jawa Pos)", "Jawa Pos"), ("(Photo: Tom Hale/The Guardian)", None)],
    ids=["an outlet of another language", "an English outlet's photo"],
)
def test_a_credit_naming_the_outlets_photographer_names_it(credit, outlet):
    """The caption stays in the text at first (a paragraph under the picture), and is read there."""
    figure = (
        f'<p><img src="/bus.jpg" alt=""></p><p><small>A bus at the Joyoboyo terminal. {credit}</small></p>'
    )
    html = page("<article>" + paragraphs(PARAGRAPHS[:2]) + figure + paragraphs(PARAGRAPHS[2:]) + "</article>")
    record = clean_page(html, "https://surabaya-pulse.example/news/buses/")
    assert record["original"]["outlet"] == outlet
    assert record["captions"] == [f"A bus at the Joyoboyo terminal. {credit}"]


def test_a_byline_with_the_outlet_in_guillemets_credits_it(stage, make_draft):
    draft = make_draft(["The city wants to ban leaf blowers.", "Seraina Caduff / «Tages-Anzeiger»"])
    draft = run(stage, draft)
    assert draft.original["outlet"] == "Tages-Anzeiger"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Cet article a d’abord été publié dans Le Devoir.", "Le Devoir"),
        ("Este artículo fue publicado originalmente en Milenio.", "Milenio"),
        ("Questo articolo è stato pubblicato originariamente su la Repubblica.", "la Repubblica"),
        ("Este artigo foi publicado originalmente no Observador.", "Observador"),
        ("The city evaluates the measure after six months. (Bron: HLN)", "Het Laatste Nieuws"),
        ("Milenio Digital", "Milenio"),
    ],
)
def test_source_notes_and_desk_bylines_in_the_originals_language(stage, make_draft, line, outlet):
    draft = run(stage, make_draft(["The library opens on Sunday mornings from January.", line]))
    assert draft.original["outlet"] == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("“We will not wait any longer,“ told the Lithuanian Morning T. Oak.", "Lietuvos rytas"),
        ("Speaking to SÖZCÜ, the general manager Mehmet Steel said the ferries will run.", "Sözcü"),
        (
            "“We are short of hands,” the section chief said in response to Doshin’s interview.",
            "Hokkaido Shimbun",
        ),
    ],
)
def test_the_text_cites_the_outlet_before_a_speakers_name(stage, make_draft, line, outlet):
    draft = run(stage, make_draft(["The ferries will run until two at night.", line]))
    assert draft.original["outlet"] == outlet


def test_the_platforms_domain_read_as_one_word_is_the_site_not_an_outlet(stage, make_draft):
    """telegra.ph's pages end their title with "– Telegraph", Telegram's publishing tool."""
    draft = make_draft(
        ["Text."],
        title="Sofia closes the Lions' Bridge – Telegraph",
        host="telegra.ph",
        site_name="Telegraph",
    )
    run(stage, draft)
    assert draft.original["outlet"] is None
    assert draft.title == "Sofia closes the Lions' Bridge"


def test_a_newsletters_issue_in_the_title_is_no_outlet(stage, make_draft):
    draft = make_draft(
        ["The light rail will run every five minutes.", "Kilde: Fyens Stiftstidende"],
        title="Funen Weekly #47: the light rail and the Christmas market",
        host="mailchi.mp",
    )
    draft.meta.links = ("https://funenweekly.dk/",)
    run(stage, draft)
    assert draft.original["outlet"] == "Fyens Stiftstidende"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Font: El Punt Avui", "El Punt Avui"), ("Via royalgazette.com", "The Royal Gazette")],
)
def test_a_catalan_source_label_and_a_via_domain_line_name_the_outlet(stage, make_draft, line, outlet):
    draft = run(stage, make_draft(["The city will freeze new tourist flats for two years.", line]))
    assert draft.original["outlet"] == outlet


def test_a_source_line_left_out_of_the_text_and_a_link_name_an_outlet_the_registry_lacks():
    """Notion's callout closing the article: "Source: Panorama", the name linking to its story."""
    callout = (
        '<div class="notion-callout"><span class="notion-semantic-string">Source: '
        '<a href="https://www.panorama.com.al/tirana-parkimi-me-pagese/">Panorama</a></span></div>'
    )
    html = page(f"<article>{paragraphs()}{callout}</article>")
    record = clean_page(html, "https://tiranadaily.example/news/tirana-introduces-paid-parking/")
    assert (record["original"]["outlet"], record["original"]["domain"]) == ("Panorama", "panorama.com.al")


def test_a_copyright_footer_left_out_of_the_text_names_no_outlet_the_registry_lacks():
    """The outlet's own page: its copyright line and a link to its partner's subdomain."""
    footer = (
        '<div class="footer-note">Copyright 2019 Hawaii News Now. All rights reserved.</div>'
        '<a href="http://hawaiinewsnow.tributes.com/national/home">Obituaries</a>'
    )
    html = page(f"<div><article>{paragraphs()}</article>{footer}</div>")
    record = clean_page(html, "https://www.hawaiinewsnow.com/2019/11/19/scientists-spot-water-vapor/")
    assert record["original"]["outlet"] is None
