"""The standfirst extraction left out is taken back only when every sign agrees."""

from republished.cleaning.extract import parse_html
from republished.cleaning.layout import unwrap_layout_tables
from republished.cleaning.standfirst import find_standfirst

HEADLINE = "Citizens' income: Union wants to cut benefits for total refusers"
STANDFIRST = (
    "The CDU and CSU want to fundamentally reform the citizens' income. Those who refuse reasonable"
    " work should no longer receive any benefits in future, according to a paper by the parliamentary group."
)
BODY = [
    "The Union faction in the Bundestag wants to replace the citizens' income with a new basic security.",
    "This emerges from a position paper that is available to SPIEGEL.",
]


def zox_page(excerpt: str) -> str:
    """The Zox News theme: the excerpt box between the headline and the body."""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return (
        f'<html><body><h1 class="mvp-post-title">{HEADLINE}</h1>'
        f'<span class="mvp-post-excerpt left"><p>{excerpt}</p></span>'
        f'<div id="mvp-content-main">{paragraphs}</div></body></html>'
    )


def test_a_themes_excerpt_box_is_the_standfirst():
    standfirst = find_standfirst(parse_html(zox_page(STANDFIRST), "t"), [HEADLINE, *BODY])
    assert (standfirst.text, standfirst.element, standfirst.line) == (
        STANDFIRST,
        "span.mvp-post-excerpt left",
        1,
    )


def test_an_excerpt_cut_short_is_a_teaser_not_a_standfirst():
    teaser = "Two people in China have been diagnosed with the plague, the authorities said on Tuesday,..."
    assert find_standfirst(parse_html(zox_page(teaser), "t"), [HEADLINE, *BODY]) is None
    assert find_standfirst(parse_html(zox_page(teaser[:-3] + "…"), "t"), [HEADLINE, *BODY]) is None


def test_a_turkish_spot_heading_and_a_contao_teaser_are_standfirsts():
    lead = "The Istanbul Metropolitan Municipality increased the prices of the city ferries by 35 percent."
    sitecore = (
        f"<html><body><h1>{HEADLINE}</h1>"
        f'<div class="component rich-text article-summary"><h2 class="spot">{lead}</h2></div>'
        + "".join(f"<p>{line}</p>" for line in BODY)
        + "</body></html>"
    )
    standfirst = find_standfirst(parse_html(sitecore, "t"), [HEADLINE, *BODY])
    assert (standfirst.text, standfirst.element) == (lead, "h2.spot")
    # Contao: the byline's tail "by Editorial office" is the first line extraction kept
    contao = (
        f'<html><body><div class="layout_full"><h1>{HEADLINE}</h1><p class="info"><time>21.08.2024 11:05</time>'
        f' by Editorial office</p><div class="teaser"><p>{STANDFIRST}</p></div>'
        + "".join(f'<div class="ce_text"><p>{line}</p></div>' for line in BODY)
        + "</div></body></html>"
    )
    standfirst = find_standfirst(parse_html(contao, "t"), ["by Editorial office", *BODY])
    assert (standfirst.text, standfirst.element, standfirst.line) == (STANDFIRST, "div.teaser", 1)


def test_a_subtitle_heading_under_the_headline_is_no_standfirst():
    subtitle = "The minister wants new gas power plants as back-up for wind and sun, and the Greens object."
    html = (
        f'<html><body><h1>{HEADLINE}</h1><h2 class="subtitle">{subtitle}</h2>'
        + "".join(f"<p>{line}</p>" for line in BODY)
        + "</body></html>"
    )
    assert find_standfirst(parse_html(html, "t"), [HEADLINE, *BODY]) is None


def test_tiki_wikis_article_heading_is_the_standfirst():
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    html = (
        f'<html><body><article class="article"><header><h1 class="articletitle">{HEADLINE}</h1></header>'
        f'<div class="articleheading"><div class="articleheadingtext"><p>{STANDFIRST}</p></div></div>'
        f'<div class="articlebody">{paragraphs}</div></article></body></html>'
    )
    standfirst = find_standfirst(parse_html(html, "t"), [HEADLINE, *BODY])
    assert (standfirst.text, standfirst.line) == (STANDFIRST, 1)


def test_a_short_story_over_the_full_one_is_the_standfirst_an_authors_short_bio_is_not():
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    cutenews = (
        f'<html><body><table class="fullstory"><tr><td class="fs-title"><h1>{HEADLINE}</h1></td></tr>'
        f'<tr><td class="fs-short"><b>{STANDFIRST}</b></td></tr>'
        f'<tr><td class="fs-full">{paragraphs}</td></tr></table></body></html>'
    )
    tree = parse_html(cutenews, "t")
    unwrap_layout_tables(tree)  # as extraction does: the table holds the headline
    assert find_standfirst(tree, [HEADLINE, *BODY]).text == STANDFIRST
    bio = "I am a writer, journalist, professor, systems modeler and entrepreneur, not always in that order."
    forbes = (
        f'<html><body><h1>{HEADLINE}</h1><div class="short-bio">{bio}</div>'
        f'<div class="article-body">{paragraphs}</div></body></html>'
    )
    assert find_standfirst(parse_html(forbes, "t"), [HEADLINE, *BODY]) is None
