"""The page's breadcrumb trail names its sections: a title segment that is one of them is the
site's section, not a source ("… - Kobe - Kansai English News" under "首页 > Kobe > 正文")."""

import pytest

from republished.cleaning import clean_page
from republished.cleaning.extract import breadcrumb_items, parse_html

URL = "https://www.kansai-news.example/html/2026/kobe_0303/1482.html"


@pytest.mark.parametrize(
    "trail",
    [
        # PHPCMS's "crumbs", its separators in text and spans
        '<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/kobe/">Kobe</a> &gt; 正文</div>',
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/html/kobe/">Kobe</a></nav>',
        '<ol itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Home</a></li><li>Kobe</li></ol>',
    ],
)
def test_the_trails_items_are_read(trail):
    tree = parse_html(f"<html><body>{trail}<p>Text.</p></body></html>", URL)
    assert "Kobe" in breadcrumb_items(tree)


def test_a_title_segment_the_trail_names_is_the_sites_section():
    paragraphs = "".join(
        f"<p>{line}</p>"
        for line in [
            "Kobe City will open a morning market where farmers and fishermen sell directly, every"
            " Sunday from April in Meriken Park.",
            "About 40 stores will take part, and the city expects some 3,000 visitors on each day.",
            "The market will be open from 8 to 12 o'clock, and parking will be free for the visitors.",
        ]
    )
    html = (
        "<html><head><title>Kobe City to open a morning market in Meriken Park - Kobe - Kansai News"
        "</title></head><body>"
        '<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/kobe/">Kobe</a> &gt; 正文</div>'
        f"<div class='content'><h1>Kobe City to open a morning market</h1>{paragraphs}</div></body></html>"
    )
    record = clean_page(html, URL)
    assert record["title"] == "Kobe City to open a morning market in Meriken Park"
    assert record["original"]["outlet"] is None
