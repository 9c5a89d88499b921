"""Text behind an element that holds none is kept: with favor_precision, trafilatura lost a
subheading or paragraph that opened with an empty anchor, and the text that followed an image's
`<div>`, an ad slot or an empty `<span>` in a block of `<br>`-separated lines."""

from republished.cleaning import clean_page

PARAGRAPH = "The reform changes how pensions are calculated for everyone born after 1970, the minister said. "


def page(heading: str, opening: str) -> str:
    return f"""<html><head><title>Pension reform: what changes</title></head><body>
    <article><h1>Pension reform: what changes</h1>
    <p>{PARAGRAPH * 4}</p>
    {heading}
    <p>{PARAGRAPH * 3}</p>
    {opening}
    <p>{PARAGRAPH * 3}</p></article></body></html>"""


def test_a_subheading_behind_a_table_of_contents_anchor_is_kept():
    heading = (
        '<h2 class="wp-block-heading"><span class="ez-toc-section" id="Who_will_be_affected"></span>'
        'Who will be affected?<span class="ez-toc-section-end"></span></h2>'
    )
    record = clean_page(page(heading, "<p>The unions disagree.</p>"), "https://farm.example/pension-reform/")
    lines = record["text"].splitlines()
    assert "Who will be affected?" in lines
    assert lines.index("Who will be affected?") == 1


def test_a_paragraph_opening_with_an_empty_anchor_is_kept():
    opening = '<p><a name="unions"></a>The unions disagree.</p>'
    record = clean_page(
        page("<h2>Who will be affected?</h2>", opening), "https://farm.example/pension-reform/"
    )
    assert "The unions disagree." in record["text"].splitlines()


def br_block(*parts: str) -> str:
    return f"""<html><head><title>Cork Harbour ferry link gets green light</title></head><body>
    <article><h1>Cork Harbour ferry link gets green light</h1><div class="text">
    {"<br><br>".join(parts)}<br><br>
    Not everyone is convinced. Gerard Bird, a Crosshaven fisherman, said more traffic in the lower
    harbour could disturb moorings and spawning grounds, and that nobody had asked the fishermen.
    <br><br>Cork County Council is to fund the Crosshaven pontoon, with a decision expected next
    month after a public consultation on the route and the fares.</div></article></body></html>"""


FIRST = (
    "A pilot ferry service connecting Cork city centre with Cobh and Crosshaven has been approved "
    "by the Port of Cork, in what supporters describe as a game changer for commuters."
)
SECOND = "The service will run every 40 minutes at peak times from a new pontoon at Kennedy Quay."
URL = "https://globalnewsplanet.net/ireland/48213-cork-harbour-ferry-link/"


def test_the_paragraph_behind_a_lead_image_in_a_div_is_kept():
    lead_image = '<div style="text-align:center;"><img src="/uploads/ferry.jpg" alt="Cobh seafront"></div>'
    record = clean_page(
        br_block("<b>A year-round ferry could run by summer 2025.</b>", lead_image + FIRST, SECOND), URL
    )
    lines = record["text"].splitlines()
    assert lines[:3] == ["A year-round ferry could run by summer 2025.", FIRST, SECOND]


def test_the_paragraph_behind_an_ad_slot_is_kept_and_the_ad_is_not():
    ad_slot = (
        '<div class="ad-inread"><script>document.write("<iframe src=/ads/300.php></iframe>");</script>'
        "<noscript>Advertisement</noscript></div>"
    )
    record = clean_page(br_block(FIRST, ad_slot + SECOND), URL)
    lines = record["text"].splitlines()
    assert lines[:2] == [FIRST, SECOND]
    assert "Advertisement" not in record["text"]


def test_the_words_behind_an_empty_span_inside_a_paragraph_are_kept():
    paragraph = '<p>The port company said <span class="marker"></span>the pilot would test demand first.</p>'
    record = clean_page(
        page("<h2>Who will be affected?</h2>", paragraph), "https://farm.example/pension-reform/"
    )
    assert "The port company said the pilot would test demand first." in record["text"].splitlines()


def test_a_subheading_with_a_permalink_icon_is_kept():
    """Gatsby's autolink headers: trafilatura took the heading for one of links without text."""
    heading = (
        '<h2 id="tourist-boards-are-cautious" style="position:relative;">'
        '<a href="#tourist-boards-are-cautious" aria-label="tourist-boards-are-cautious permalink" '
        'class="anchor before"><svg aria-hidden="true" focusable="false" height="16" viewBox="0 0 16 16" '
        'width="16"><path fill-rule="evenodd" d="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4z"></path></svg>'
        "</a>Tourist boards are cautious</h2>"
    )
    html = f"""<html><head><title>Renters in Dalmatia furious over new flat-rate tax</title></head>
    <body><div id="___gatsby"><main><article><h1>Renters in Dalmatia furious over new flat-rate tax</h1>
    <section itemprop="articleBody"><p>{FIRST}</p><p>{SECOND}</p>{heading}<p>{PARAGRAPH * 2}</p>
    </section></article></main></div></body></html>"""
    record = clean_page(html, "https://adriaticreport.net/croatia/renters-furious/")
    assert record["text"].splitlines()[:3] == [FIRST, SECOND, "Tourist boards are cautious"]
