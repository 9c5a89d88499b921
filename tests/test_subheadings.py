"""Subheadings trafilatura leaves out (it finds no container it knows, and gathers paragraphs
only) are put back between the paragraphs they stand between; a box's heading is not."""

from republished.cleaning import clean_page
from republished.cleaning.extract import parse_html
from republished.cleaning.figures import article_element
from republished.cleaning.subheadings import insert_lines, missing_subheadings

LINES = [
    "Every third housing association in Stockholm raises the monthly fee by more than 15 percent this year.",
    "It shows a new review that the bank SBAB has made of 1,200 housing associations in the region.",
    "Behind the increases lie above all the loans the associations took when the interest was near zero.",
    "In the association Bergsgatan 14 on Kungsholmen the fee was raised already in January by 22 percent.",
]


def grav_page(between: str) -> str:
    """A Grav (Quark theme) post: no <article>, the body in <div class="e-content">."""
    first, second, third, fourth = (f"<p>{line}</p>" for line in LINES)
    return (
        "<!DOCTYPE html><html><head><title>The fees rise with a fifth | Stockholm Wire Now</title>"
        '<meta name="generator" content="GravCMS"></head><body><section id="body-wrapper">'
        '<div class="content-item h-entry"><div class="content-title"><h2 class="p-name">'
        '<a href="https://stockholmwire.example/blog/fees" class="u-url">The fees rise with a fifth</a></h2>'
        '<time class="dt-published" datetime="2024-10-03T07:40:00+02:00">03 Oct 2024</time></div>'
        f'<div class="e-content">{first}{second}{between}{third}{fourth}</div>'
        '<div class="related-pages"><h4>Related Posts</h4><ul><li><a href="/blog/riksbank">The Riksbank'
        " lowers the interest again</a></li></ul></div></div></section></body></html>"
    )


def missing(html: str, lines: list[str] = LINES) -> list[tuple[int, str]]:
    tree = parse_html(html, "https://stockholmwire.example/blog/fees")
    return missing_subheadings(article_element(tree, lines), lines)


def test_a_subheading_between_two_kept_paragraphs_is_put_back():
    between = (
        '<div class="notices yellow"><p><strong>Read also:</strong> <a href="/blog/bankruptcies">Record many'
        " bankruptcies</a></p></div><h2>Loans that were taken at zero interest</h2>"
    )
    assert missing(grav_page(between)) == [(2, "Loans that were taken at zero interest")]
    assert insert_lines(LINES, [(2, "Loans taken at zero interest")]) == [
        *LINES[:2],
        "Loans taken at zero interest",
        *LINES[2:],
    ]


def test_empty_spacer_paragraphs_around_a_subheading_part_nothing():
    between = '<p style="margin:0"><br/></p><h4>Loans that were taken at zero interest</h4><p style="margin:0"><br/></p>'
    assert missing(grav_page(between)) == [(2, "Loans that were taken at zero interest")]


def test_the_heading_of_a_box_between_paragraphs_is_not():
    boxes = [
        '<div class="trending"><h3>Trending News</h3><ul><li><a href="/a">Storm hits the coast</a></li></ul></div>',
        '<h4>Share this article</h4><a href="https://facebook.com/sharer">Facebook</a>',
        '<aside class="inline-teaser"><h3><a href="/blog/rents">Rents rise again in Malmö</a></h3><p>More</p></aside>',
        '<div class="box-related"><h3>Also on the site</h3><p>Twelve ways to save on heating</p></div>',
    ]
    for box in boxes:
        assert missing(grav_page(box)) == [], box


def test_a_heading_already_in_the_text_or_before_the_first_paragraph_is_not_added():
    heading = "<h2>Loans that were taken at zero interest</h2>"
    lines = [*LINES[:2], "Loans that were taken at zero interest", *LINES[2:]]
    assert missing(grav_page(heading), lines) == []
    opening = grav_page("").replace('<div class="e-content">', '<div class="e-content"><h3>Overview</h3>')
    assert missing(opening) == []


def test_clean_page_puts_it_back_and_flags_it():
    page = grav_page("<h2>Loans that were taken at zero interest</h2>")
    record = clean_page(page, "https://stockholmwire.example/blog/fees")
    text = record["text"].split("\n")
    assert "Loans that were taken at zero interest" in text
    assert text.index("Loans that were taken at zero interest") == text.index(LINES[2]) - 1
    assert [f["text"] for f in record["flags"] if f["type"] == "subheading_added"] == [
        "Loans that were taken at zero interest"
    ]


def test_a_subheading_inside_a_widget_that_holds_the_headline_is_put_back():
    """GoDaddy wraps the whole post in a "widget widget-blog": layout, not a sidebar's box."""
    first, second, third, fourth = (f"<p>{line}</p>" for line in LINES)
    html = (
        '<html><head><title>The fees rise</title></head><body><div class="layout">'
        f'<div class="widget widget-blog"><h1>The fees rise</h1><div class="content">{first}{second}'
        f"<h4>Loans that were taken at zero interest</h4>{third}{fourth}</div></div>"
        '<div class="widget widget-subscribe"><p>Get our news every morning.</p></div></div></body></html>'
    )
    lines = [*LINES, "Get our news every morning."]
    assert missing(html, lines) == [(2, "Loans that were taken at zero interest")]


def test_a_subheading_in_a_page_of_sections_right_under_the_body_is_put_back():
    """Mobirise: each block of the post is a <section> of its own, so the paragraphs share no
    element below the body; the subheading still stands between two paragraphs kept in a row."""
    first = [
        "The Kampala Capital City Authority has said that the vendors of the market will get 1,200 new"
        " stalls before Christmas, after the old ones were destroyed by the fire in September.",
        "The spokesperson of the authority said the stalls are being made of metal instead of wood, so"
        " that a fire cannot spread from one stall to the next as it did this year.",
    ]
    second = [
        "Some vendors, however, say they fear that the stalls will be taken by the middlemen who sell"
        " them on to those who have money, as happened after the fire of 2019.",
        "“We have been sleeping in the cold since September. The government should not let the people"
        " with big stomachs eat our stalls,” one of them said on Tuesday.",
    ]

    def section(*blocks):
        inner = "".join(
            block if block.startswith("<") else f'<p class="mbr-text display-7">{block}</p>'
            for block in blocks
        )
        return f'<section class="content5"><div class="container"><div class="row"><div class="col-md-12">{inner}</div></div></div></section>'

    heading = '<h4 class="mbr-section-subtitle display-5"><strong>Vendors fear the middlemen</strong></h4>'
    html = (
        "<html><head><title>Owino vendors to get new stalls</title></head><body>"
        '<section class="header"><h1>Owino vendors to get new stalls</h1></section>'
        + section(first[0])
        + section(first[1], heading, *second)
        + "</body></html>"
    )
    record = clean_page(html, "https://kampalalocal.example/owino-market-vendors-new-stalls/")
    assert "Vendors fear the middlemen" in record["text"].split("\n")


def test_a_subheading_in_a_block_with_its_permalink_icon_is_put_back():
    # GitHub's rendered Markdown: <div class="markdown-heading"><h2>…</h2><a class="anchor">svg</a></div>.
    between = (
        '<div class="markdown-heading"><h2 class="heading-element">Loans that were taken at zero interest</h2>'
        '<a id="user-content-loans" class="anchor" href="#loans"><svg class="octicon"></svg></a></div>'
    )
    assert missing(grav_page(between)) == [(2, "Loans that were taken at zero interest")]
