"""The standfirst extraction left out is taken back only when every sign agrees."""

from republished.cleaning.extract import parse_html
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
