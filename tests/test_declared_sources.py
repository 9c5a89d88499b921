"""Source lines and links to the original that extraction left out are read from the article's
element only, and name the outlet as evidence."""

import pytest
from lxml.html import fromstring

from republished.cleaning import clean_page
from republished.cleaning.declared_sources import declared_sources, leads_to_original
from republished.cleaning.extract import parse_html
from republished.cleaning.figures import article_element

BODY = [
    "Foreign Minister Gideon Sa'ar met the EU's foreign policy chief in Brussels on Monday.",
    "Both sides agreed to renew the dialogue on trade and research, the ministry said.",
    "The meeting was the first at this level since the war began, diplomats said.",
]


def page(inside: str = "", sidebar: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return (
        "<html><head><title>Sa'ar in Brussels – Holy Land News Now</title></head><body>"
        '<header><a href="https://holylandnewsnow.example/">Home</a></header>'
        f'<div class="post-body entry-content">{paragraphs}{inside}</div>'
        f'<aside class="sidebar">{sidebar}</aside><footer>© Holy Land News Now</footer></body></html>'
    )


def article_of(html: str):
    return article_element(parse_html(html, "https://holylandnewsnow.example/p/1"), BODY)


def source_lines(article, lines):
    return declared_sources(article, lines)[0]


def original_links(article):
    return declared_sources(article, BODY)[1]


def test_a_closing_source_line_in_the_article_is_read():
    article = article_of(page(inside="<div><i>This article first appeared in Haaretz.</i></div>"))
    assert source_lines(article, BODY) == ("This article first appeared in Haaretz.",)


def test_a_source_line_that_is_a_link_nested_in_its_paragraph_is_read():
    link = '<a href="https://www.lefigaro.fr/conjoncture/x"><u>Read the original article at Le Figaro</u></a>'
    article = article_of(page(inside=f"<p><span>{link}</span></p>"))
    assert source_lines(article, BODY) == ("Read the original article at Le Figaro",)


def test_lines_outside_the_article_long_blocks_and_lines_in_the_text_are_not():
    article = article_of(page(sidebar="<p>Source: Reuters</p>"))
    assert source_lines(article, BODY) == ()
    assert source_lines(article, [*BODY, "Source: Reuters"]) == ()
    long_block = "<div><p>Source: Haaretz</p>" + "<p>" + "More text of a widget. " * 20 + "</p></div>"
    assert source_lines(article_of(page(inside=long_block)), BODY) == ("Source: Haaretz",)


def test_a_link_labelled_as_the_original_is_read_from_the_article_only():
    link = (
        '<p><a href="https://www.eluniversal.com.mx/nacion/sep-fin-de-ciclo/">See the original note</a></p>'
    )
    sidebar = '<a href="https://www.haaretz.co.il/news/1">Original article</a>'
    article = article_of(page(inside=link, sidebar=sidebar))
    assert original_links(article) == ("https://www.eluniversal.com.mx/nacion/sep-fin-de-ciclo/",)


def test_a_link_whose_words_only_start_like_a_label_is_not_one():
    link = '<p><a href="https://www.haaretz.co.il/news/1">Original sin: the history of a phrase</a></p>'
    assert original_links(article_of(page(inside=link))) == ()


def test_links_in_a_source_line_are_read_whether_the_text_holds_the_line_or_not():
    note = (
        '<p><em>This article was originally published in <a href="https://www.jn.pt/local/porto/'
        'linha-rosa.html">JN</a>.</em></p>'
    )
    article = article_of(page(inside=note))
    assert original_links(article) == ("https://www.jn.pt/local/porto/linha-rosa.html",)
    line = "This article was originally published in JN."
    assert declared_sources(article, [*BODY, line]) == (
        (),
        ("https://www.jn.pt/local/porto/linha-rosa.html",),
        ("https://www.jn.pt/local/porto/linha-rosa.html",),
        # …and the name the line links it under.
        (("JN", "https://www.jn.pt/local/porto/linha-rosa.html"),),
    )
    prose = '<p>The works were delayed, <a href="https://www.jn.pt/x.html">JN</a> reported last week.</p>'
    assert original_links(article_of(page(inside=prose))) == ()


def test_a_left_out_line_or_labelled_link_names_the_outlet(stage, make_draft):
    draft = make_draft(BODY, title="Sa'ar in Brussels")
    draft.meta.source_lines = ("This article first appeared in Haaretz.",)
    stage("provenance")(draft)
    assert draft.original["outlet"] == "Haaretz"
    assert draft.original["evidence"] == [
        "source line left out of the text: 'This article first appeared in Haaretz.'"
    ]
    draft = make_draft(BODY, title="The school year ends on June 5")
    draft.meta.original_links = ("https://www.eluniversal.com.mx/nacion/sep-fin-de-ciclo/",)
    stage("provenance")(draft)
    assert (draft.original["outlet"], draft.original["url"]) == (
        "El Universal",
        "https://www.eluniversal.com.mx/nacion/sep-fin-de-ciclo/",
    )


def test_a_left_out_line_naming_no_registry_outlet_names_none(stage, make_draft):
    draft = make_draft(BODY, title="Sa'ar in Brussels")
    draft.meta.source_lines = ("Source: our correspondents",)
    stage("provenance")(draft)
    assert draft.original["outlet"] is None


def test_a_source_field_under_text_written_in_br_separated_lines_is_read():
    """DataLife Engine writes the text as lines between <br> (no <p> at all) and the source in an
    extra field below it, inside the <article>."""
    text = "<br><br>".join(BODY)
    html = (
        "<html><head><title>Cork Harbour ferry – Global News Planet</title></head><body>"
        '<article class="story"><h1>Cork Harbour ferry gets green light</h1><div class="story_cont">'
        f'<div class="text">{text}<br><br></div>'
        '<div class="xfields"><span class="xfield-source">Source: <a href="https://www.irishexaminer.com/'
        'news/munster/arid-41355123.html">Irish Examiner</a></span></div></div></article>'
        '<div class="box related"><div>Source: Elsewhere</div></div></body></html>'
    )
    article = article_element(parse_html(html, "https://globalnewsplanet.example/ireland/1"), BODY)
    assert article is not None and article.tag == "article"
    assert source_lines(article, BODY) == ("Source: Irish Examiner",)


def test_a_note_under_the_headline_in_the_posts_meta_line_is_read():
    """GetSimple's News Manager writes the farm's note beside the date, outside the post's content."""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    html = (
        "<html><body><div class='nm_post'><h2>Sa'ar in Brussels</h2><p>October 10, 2025</p>"
        "<p class='nm_post_meta'><em>(Translated from Haaretz)</em></p>"
        f"<div class='nm_post_content'>{paragraphs}</div></div>"
        "<aside><p>Source: Reuters</p></aside></body></html>"
    )
    assert source_lines(article_of(html), BODY) == ("(Translated from Haaretz)",)


def stated_links(html: str) -> tuple[str, ...]:
    return declared_sources(article_of(html), BODY).stated


def test_a_line_labelled_as_the_original_states_its_links():
    headline = "Abacuruzi bo mu isoko rya Nyabugogo bagiye kwimurirwa ahandi"
    line = f'<p><em>Original article (Kinyarwanda): <a href="https://igihe.com/amakuru/a-1">{headline}</a></em></p>'
    assert stated_links(page(inside=line)) == ("https://igihe.com/amakuru/a-1",)


def test_a_link_showing_an_address_leads_there_not_through_its_redirect():
    href = "https://www.google.com/url?q=https://www.rudaw.net/sorani/kurdistan/231120252&amp;sa=D"
    line = f'<p>Original: <a href="{href}">https://www.rudaw.net/sorani/kurdistan/231120252</a></p>'
    assert stated_links(page(inside=line)) == ("https://www.rudaw.net/sorani/kurdistan/231120252",)


def test_a_link_labelled_source_in_the_prose_is_an_original_link_but_no_statement():
    prose = '<p>Prices rose by a fifth (<a href="https://www.haaretz.co.il/news/1">source</a>).</p>'
    declared = declared_sources(article_of(page(inside=prose)), BODY)
    assert (declared.links, declared.stated) == (("https://www.haaretz.co.il/news/1",), ())


@pytest.mark.parametrize("words", ["originated in China", "originally", "its origination"])
def test_words_that_only_contain_original_label_no_link(words):
    prose = f'<p>The disease <a href="https://www.reuters.com/article/x">{words}</a> there.</p>'
    assert original_links(article_of(page(inside=prose))) == ()


@pytest.mark.parametrize(
    "line",
    [
        '<p>Sources: <a href="https://www.oecd-ilibrary.org/transport/roads_123">OECD</a></p>',
        '<p>Via: <a href="https://www.reuters.com/world/x">Reuters</a></p>',
    ],
)
def test_a_sources_line_cites_its_links_and_states_none(line):
    assert stated_links(page(inside=line)) == ()


@pytest.mark.parametrize(
    "label",
    [
        "Read the original story (in Norwegian) at Svalbardposten →",
        "Read the original article at Svalbardposten",
    ],
)
def test_a_button_to_the_original_in_its_language_is_read(label):
    href = "https://www.svalbardposten.no/lokalt/rullebanen-skal-rehabiliteres/12345"
    article = article_of(page(inside=f'<p><a class="button" href="{href}">{label}</a></p>'))
    assert original_links(article) == (href,)


def test_a_chinese_cms_info_lines_source_field_is_a_source_line():
    info = (
        "<span>2026-03-03 09:40:12&nbsp;&nbsp;&nbsp;来源：神戸新聞NEXT&nbsp;&nbsp;&nbsp;评论：<a>0</a></span>"
    )
    article = article_of(page(inside=f"<div class='info'>{info}</div>"))
    assert source_lines(article, BODY) == ("来源：神戸新聞NEXT",)


def test_an_info_line_without_a_source_field_gives_none():
    article = article_of(
        page(inside="<div class='info'><span>2026-03-03 09:40:12 评论：0 点击：1306</span></div>")
    )
    assert source_lines(article, BODY) == ()


STORY = "https://www.countypress.co.uk/news/25873402.work-3-2m-freshwater-bay-sea-wall-start-april/"


def newsletter(button: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return (
        "<html><head><title>Wight Weekly: sea wall, pier plans and walks</title></head><body>"
        '<table role="presentation"><tr><td><h1>Wight Weekly</h1></td></tr>'
        f"<tr><td>{paragraphs}</td></tr>"
        f'<tr><td><table><tr><td bgcolor="#0e7490">{button}</td></tr></table></td></tr>'
        '<tr><td><a href="https://newsletter.wightholidaylets.co.uk/unsubscribe/x">Unsubscribe</a></td></tr>'
        "</table></body></html>"
    )


def test_a_newsletters_button_to_the_full_story_on_the_site_it_names_names_the_original():
    button = f'<a href="{STORY}" class="button">Read the full story at countypress.co.uk →</a>'
    record = clean_page(newsletter(button), "https://newsletter.wightholidaylets.co.uk/w/8mK2pQ/")
    assert (record["original"]["domain"], record["original"]["url"]) == ("countypress.co.uk", STORY)


def test_a_full_story_link_leads_to_the_original_only_on_the_site_its_text_names():
    """Read wherever it stands on the page (a newsletter's table layout parts it from the text)."""
    named = fromstring(f'<a href="{STORY}">Read the full story at countypress.co.uk →</a>')
    other = fromstring(f'<a href="{STORY}">Read the full story at wightholidaylets.co.uk →</a>')
    assert leads_to_original(named) and not leads_to_original(other)
