"""A page builder's later text blocks of the article, which extraction left out, are added; the
next story of an endless page and a box of other texts are not."""

import pytest

from republished.cleaning import clean_page
from republished.cleaning.continuation import continuation_blocks, earlier_blocks
from republished.cleaning.extract import parse_html
from republished.cleaning.figures import article_element

FIRST = [
    "Edinburgh's new visitor levy will come into force in July 2026, the city council has confirmed.",
    "The levy will apply to the first five nights of any stay in hotels, guest houses and short-term lets.",
    "Ruth Baker, who chairs the Edinburgh Hotels Association, said the timing could not be worse.",
]
SECOND = [
    "'A modest charge'",
    "Professor Alan Hill, a tourism economist, said evidence from European cities suggested the effect"
    " on visitor numbers would be small.",
    "Ms Stone said a review of the scheme would be published after its first year.",
]


def tilda_block(lines: list[str], classes: str = "t-text t-text_md") -> str:
    return (
        '<div class="r t-rec" data-record-type="106"><div class="t004"><div class="t-container">'
        f'<div field="text" class="{classes}">{"<br /><br />".join(lines)}</div></div></div></div>'
    )


def tilda_page(between: str, second: str) -> str:
    return (
        '<html><head><title>Edinburgh visitor levy</title></head><body><div id="allrecords">'
        '<div class="r t-rec"><div class="t017"><h1 class="t017__title" field="title">Edinburgh visitor'
        " levy confirmed</h1></div></div>"
        f"{tilda_block(FIRST)}{between}{second}"
        '<div class="r t-rec"><div class="t-feed"><div class="t-feed__title">More stories</div></div></div>'
        "</div></body></html>"
    )


DONATE = (
    '<div class="r t-rec"><div class="t191"><a href="https://www.buymeacoffee.com/brief" class="t-btn">'
    "Support us – buy us a coffee</a></div></div>"
)


def blocks(html: str) -> list[list[str]]:
    tree = parse_html(html, "https://caledonia.example/tpost/levy")
    return continuation_blocks(article_element(tree, FIRST), FIRST)


def test_the_second_text_block_after_a_button_is_the_articles():
    assert blocks(tilda_page(DONATE, tilda_block(SECOND))) == [SECOND]
    record = clean_page(tilda_page(DONATE, tilda_block(SECOND)), "https://caledonia.example/tpost/levy")
    assert record["text"].split("\n")[-3:] == SECOND
    assert [f["text"] for f in record["flags"] if f["type"] == "continuation_added"] == ["'A modest charge'"]


def test_blocks_of_other_classes_or_other_stories_are_not():
    # a block of the same builder but another kind (a small-print note) is not the article's
    assert blocks(tilda_page(DONATE, tilda_block(SECOND, "t-text t-text_xs"))) == []
    # the next story of an endless page comes after its own headline
    next_story = '<div class="r t-rec"><h1 class="t017__title">Glasgow Subway fares frozen</h1></div>'
    assert blocks(tilda_page(next_story, tilda_block(SECOND))) == []
    # a box of related texts, and a block that is a list of links
    related = f'<div class="related-posts">{tilda_block(SECOND)}</div>'
    assert blocks(tilda_page(DONATE, related)) == []
    links = tilda_block([f'<a href="/tpost/{i}">{line}</a>' for i, line in enumerate(SECOND)])
    assert blocks(tilda_page(DONATE, links)) == []


def test_blocks_like_the_last_lines_block_follow_where_the_articles_element_holds_the_row():
    """AEM's Core Components: the standfirst, the text and the inline teaser share one container
    (the article's element); the text block after the teaser is like the block of the last line."""
    paragraphs = "".join(f"<p>{line}</p>" for line in FIRST)
    later = "".join(f"<p>{line}</p>" for line in SECOND[1:])
    html = (
        "<html><body><div class='container'><h1 class='cmp-title__text'>Edinburgh visitor levy</h1>"
        "<div class='text cmp-text--lead'><div class='cmp-text'><p><b>The levy comes into force in July 2026,"
        " the council confirmed on Tuesday.</b></p></div></div>"
        f"<div class='text'><div class='cmp-text'>{paragraphs}</div></div>"
        "<div class='teaser cmp-teaser--inline-related'><p class='cmp-teaser__pretitle'>Also on the site</p>"
        "<h3><a href='/trams/'>Trams to Newhaven, one year later</a></h3></div>"
        f"<div class='text'><div class='cmp-text'>{later}</div></div>"
        "</div></body></html>"
    )
    lines = ["The levy comes into force in July 2026, the council confirmed on Tuesday.", *FIRST]
    article = article_element(parse_html(html, "https://edinburgh.example/levy/"), lines)
    assert continuation_blocks(article, lines) == [SECOND[1:]]


@pytest.mark.parametrize(
    "marks_the_post",
    ['id="p{number}"', 'data-pid="{number}"'],
    ids=["phpBB's post id", "NodeBB's data-pid"],
)
def test_a_forums_next_post_is_a_reply_not_the_articles_next_block(marks_the_post):
    """Each post is an element marked as one; the reply's content div is like the story's."""

    def post(post_id: str, lines: list[str]) -> str:
        mark = marks_the_post.format(number=post_id.removeprefix("p"))
        return (
            f'<div {mark} class="post has-profile bg2"><div class="inner"><div class="postbody">'
            f'<div class="content">{"<br><br>".join(lines)}</div></div></div></div>'
        )

    reply = [
        "Ten agents for three neighbourhoods? They cannot even control the parking on the main street,"
        " and nobody from the council has answered the letters the residents sent in the summer."
    ]
    html = (
        "<html><head><title>Edinburgh visitor levy</title></head><body><h1>Edinburgh visitor levy</h1>"
        f'<div class="topic">{post("p51234", FIRST)}{post("p51240", reply)}</div></body></html>'
    )
    tree = parse_html(html, "https://board.example/viewtopic.php?t=4821")
    assert continuation_blocks(article_element(tree, FIRST), FIRST) == []


TRAM = [
    "The works for the new tram line to Mondello will start in March, the councillor for mobility announced"
    " yesterday during a press conference at Palazzo delle Aquile.",
    "The line, 6.8 kilometres long, will have 14 stops and will cross via Libertà and the park of the"
    " Favorita. The work will cost 98 million euros, mostly from the recovery funds.",
    "Not all are content. The environmental associations fear for the trees of the park of the Favorita,"
    " where the line should pass alongside the viale del Fante.",
    "The Municipality answers that 38 trees will be cut down, and that three new ones will be planted for"
    " each of them. The final project also has a cycle track along the whole route.",
]


def mercury_page(before_headline: str = "") -> str:
    """OpenCms' Mercury: the article as "piece" blocks, an "Also read" box between them, the last
    block under a subheading."""

    def piece(lines: list[str], classes: str = "piece full only-text", heading: str = "") -> str:
        paragraphs = "".join(f"<p>{line}</p>" for line in lines)
        return f'<div class="{classes}">{heading}<div class="body"><div class="text">{paragraphs}</div></div></div>'

    return (
        "<html><head><title>Palermo, the tram works start in March</title></head><body>"
        f"{before_headline}"
        '<div class="element type-article detail-page"><div class="detail-head"><h1>Palermo, the tram works'
        ' start in March</h1></div><div class="detail-content">'
        + piece(TRAM[:2])
        + '<div class="element type-linksequence also-read"><h3>Also read</h3><ul><li><a href="/c/">Catania,'
        " the metro arrives in 2027</a></li></ul></div>"
        + piece(TRAM[2:], "piece full", '<h2 class="piece-heading">The knot of the Favorita</h2>')
        + "</div></div></body></html>"
    )


def beginning(html: str) -> list[list[str]]:
    """What extraction left out before the last block, where it kept that block alone."""
    tree = parse_html(html, "https://sicilyinenglish.example/news/palermo/tram/")
    return earlier_blocks(article_element(tree, TRAM[2:]), TRAM[2:])


def test_the_earlier_blocks_of_the_same_kind_are_the_articles_beginning():
    assert beginning(mercury_page()) == [TRAM[:2]]


def test_a_block_of_the_same_kind_before_the_headline_is_not():
    teaser = (
        '<div class="piece full only-text"><div class="body"><div class="text"><p>Sicily in English brings'
        " you the news of the island every day, translated from the local papers, with the weather, the"
        " ferries and the events of the week.</p></div></div></div>"
    )
    assert beginning(mercury_page(teaser)) == [TRAM[:2]]
    assert beginning(mercury_page().replace('class="piece full only-text"', 'class="teaser"')) == []
