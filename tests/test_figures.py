"""Captions the page marks up as captions reach `captions`, from the article only."""

import pytest
from lxml.html import fragment_fromstring

from republished.cleaning import clean_page
from republished.cleaning.extract import parse_html
from republished.cleaning.figures import (
    article_element,
    credited_caption_lines,
    featured_alt,
    image_alts,
    page_captions,
)
from republished.cleaning.spaces import normalize_space

URL = "https://www.archyde.com/budget-plan/"
BODY = [
    "The government adopted the budget on Monday after a long meeting.",
    "The opposition criticised the plan and will present its own proposal next week.",
    "Economists expect the measures to take effect at the beginning of next year.",
]


def page(article_inside: str = "", elsewhere: str = "", before_body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>Budget plan</title></head><body>"
        '<header><nav><a href="/">Home</a></nav></header><main>'
        f'<article class="post"><h1>Budget plan</h1>{before_body}'
        f'<div class="entry-content">{paragraphs[: len(paragraphs) // 2]}{article_inside}'
        f"{paragraphs[len(paragraphs) // 2 :]}</div></article>{elsewhere}</main>"
        '<aside class="sidebar"><figure><img src="/s.jpg"><figcaption>Sidebar photo of a cat</figcaption>'
        "</figure></aside></body></html>"
    )


def captions_of(html: str, lines: list[str] = BODY) -> list[str]:
    return page_captions(article_element(parse_html(html, URL), lines), lines)


def test_a_figure_before_the_body_and_a_wordpress_caption_inside_it_are_taken():
    html = page(
        before_body='<figure class="wp-block-image"><img src="/a.jpg"><figcaption class="wp-element-caption">'
        "Prime Minister Robert Golob at the press conference. PHOTO: Jože Suhadolnik/Delo</figcaption></figure>",
        article_inside='<div id="attachment_7" class="wp-caption"><img src="/b.jpg">'
        '<p class="wp-caption-text">Teachers at the protest in Bratislava.</p></div>',
    )
    assert captions_of(html) == [
        "Prime Minister Robert Golob at the press conference. PHOTO: Jože Suhadolnik/Delo",
        "Teachers at the protest in Bratislava.",
    ]


def test_a_credit_linked_inside_a_caption_is_no_teaser():
    html = page(
        before_body='<figure><a href="/a-large.jpg"><img src="/a.jpg"></a><figcaption>Fiala after the vote. '
        'Photo: <a href="https://photographer.example/">Jan Novák</a></figcaption></figure>'
    )
    assert captions_of(html) == ["Fiala after the vote. Photo: Jan Novák"]


@pytest.mark.parametrize(
    "link",
    [
        # Plone's image view, opened in its modal
        '<a class="pat-plone-modal" href="https://savari.example/vesti/buses/@@images/image/large">',
        '<a href="/photos/buses-large" data-lightbox="article">',
        '<a href="/photos/buses-large" rel="lightbox">',
    ],
)
def test_a_picture_that_opens_larger_in_a_lightbox_is_no_teaser(link):
    html = page(
        before_body=f'<figure class="newsImageContainer">{link}<img src="/buses.jpg"></a>'
        '<figcaption class="figure-caption discreet">Director Goran Stolar in front of a new bus.</figcaption>'
        "</figure>"
    )
    assert captions_of(html) == ["Director Goran Stolar in front of a new bus."]


def test_a_gallery_picture_linked_to_its_attachment_page_is_no_teaser():
    """WordPress's gallery links each picture to its attachment page and ties the caption to it."""
    gallery = (
        "<div id='gallery-1' class='gallery gallery-columns-1'><dl class='gallery-item'>"
        "<dt class='gallery-icon'><a href='https://www.archyde.com/budget-plan/minister-at-desk/'>"
        "<img src='/m.jpg' aria-describedby='gallery-1-15'></a></dt>"
        "<dd class='wp-caption-text gallery-caption' id='gallery-1-15'>The minister at her desk. (Photo: AFP)</dd>"
        "</dl></div>"
    )
    assert captions_of(page(article_inside=gallery)) == ["The minister at her desk. (Photo: AFP)"]
    teaser = gallery.replace("aria-describedby='gallery-1-15'", "")
    assert captions_of(page(article_inside=teaser)) == []


@pytest.mark.parametrize(
    "block",
    [
        # a related-posts block inside the article
        '<div class="jnews_inline_related_post"><figure><img src="/r.jpg">'
        "<figcaption>Minister resigns after scandal</figcaption></figure></div>",
        # a teaser: the picture links to another article
        '<figure><a href="/other-story/"><img src="/t.jpg"></a><figcaption>Flooding in the west</figcaption></figure>',
        # a teaser whose whole caption is the link
        '<figure><img src="/t.jpg"><figcaption><a href="/other-story/">Flooding in the west</a></figcaption></figure>',
    ],
)
def test_captions_of_teasers_and_related_posts_are_not_the_articles(block):
    assert captions_of(page(article_inside=block)) == []


def test_captions_outside_the_article_are_not_taken():
    grid = '<section class="more"><figure><img src="/m.jpg"><figcaption>Another story</figcaption></figure></section>'
    assert captions_of(page(elsewhere=grid)) == []


def test_no_caption_when_the_text_is_not_found_on_the_page():
    html = page(before_body="<figure><img src='/a.jpg'><figcaption>A caption</figcaption></figure>")
    assert captions_of(html, ["A paragraph the page does not hold.", "Nor this one."]) == []


def test_a_caption_already_in_the_text_is_not_repeated():
    caption = "Economists expect the measures to take effect at the beginning of next year."
    html = page(before_body=f"<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure>")
    assert captions_of(html) == []


PARAGRAPHS = "".join(f"<p>{p}</p>" for p in BODY)


@pytest.mark.parametrize(
    "html",
    [
        # SmartMag: the featured image just before the post's <article>
        '<div class="the-post"><div class="single-featured"><figure><img src="/f.jpg"><figcaption>{caption}'
        f'</figcaption></figure></div><article><div class="post-content">{PARAGRAPHS}</div></article></div>',
        # Newspack: figure.post-thumbnail before the main content's <article>
        '<main><figure class="post-thumbnail"><img src="/f.jpg"><figcaption>{caption}</figcaption></figure>'
        f'<div class="main-content"><article>{PARAGRAPHS}</article></div></main>',
        # JNews: no <article> at all
        '<div class="jeg_inner_content"><div class="jeg_featured"><figure><img src="/f.jpg"><figcaption>{caption}'
        f'</figcaption></figure></div><div class="content-inner">{PARAGRAPHS}</div></div>',
    ],
    ids=["smartmag", "newspack", "jnews"],
)
def test_the_featured_image_before_the_article_gives_its_caption(html):
    caption = "Economy Minister Carlos Cuerpo in Madrid on Tuesday. EFE"
    page_html = f"<html><body><header><nav>Menu</nav></header>{html.format(caption=caption)}</body></html>"
    assert captions_of(page_html) == [caption]


def test_a_trending_strip_before_the_article_gives_no_caption():
    strip = '<div class="trending-posts"><figure><img src="/t.jpg"><figcaption>Flooding in the west</figcaption></figure></div>'
    page_html = f"<html><body><main>{strip}<article>{PARAGRAPHS}</article></main></body></html>"
    assert captions_of(page_html) == []


@pytest.mark.parametrize(
    "element",
    [
        '<span class="img-caption">Nawaf Salam after meeting the president</span>',
        '<div class="single-post-caption">Nawaf Salam after meeting the president</div>',
        '<span class="mvp-post-img-cap">Nawaf Salam after meeting the president</span>',
        '<div class="photo-caption">Nawaf Salam after meeting the president</div>',
        '<div class="image-caption">Nawaf Salam after meeting the president</div>',
        '<div class="thumbnail-caption">Nawaf Salam after meeting the president</div>',
        '<div class="field field--name-field-image-caption field__item">Nawaf Salam after meeting the president</div>',
        '<div class="field field-name-field-caption">Nawaf Salam after meeting the president</div>',
        '<div class="img_caption"><p class="img_caption">Nawaf Salam after meeting the president</p></div>',
        '<p class="didascalia">Nawaf Salam after meeting the president</p>',
        '<div class="thumbinner"><div class="thumbcaption">Nawaf Salam after meeting the president</div></div>',
        # BEM and theme names: a picture's word, then caption or legend
        '<div class="article-image__caption">Nawaf Salam after meeting the president</div>',
        '<p class="block--image__caption">Nawaf Salam after meeting the president</p>',
        '<div class="image-block__legend">Nawaf Salam after meeting the president</div>',
        '<span class="zox-post-img-cap">Nawaf Salam after meeting the president</span>',
        '<p class="caption-text"><em>Nawaf Salam after meeting the president</em></p>',
        # in camel case: Joomla K2, CSS modules
        '<span class="itemImageCaption">Nawaf Salam after meeting the president</span>',
        '<div class="Figure-caption">Nawaf Salam after meeting the president</div>',
        # AEM's image component names its caption in microdata only
        '<span class="cmp-image__title" itemprop="caption">Nawaf Salam after meeting the president</span>',
        # Serendipity's image comment, in a frame named for it
        '<div class="serendipity_imageComment_center"><div class="serendipity_imageComment_txt">'
        "Nawaf Salam after meeting the president</div></div>",
    ],
)
def test_the_caption_classes_of_other_themes_are_captions(element):
    html = page(article_inside=f'<div class="image"><img src="/n.jpg">{element}</div>')
    assert captions_of(html) == ["Nawaf Salam after meeting the president"]


def test_elementors_image_widget_is_layout_but_a_sidebar_widget_is_not():
    figure = '<figure class="wp-caption"><img src="/n.jpg"><figcaption class="widget-image-caption">Nawaf Salam after meeting the president</figcaption></figure>'
    elementor = f'<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container">{figure}</div></div>'
    assert captions_of(page(article_inside=elementor)) == ["Nawaf Salam after meeting the president"]
    assert captions_of(page(article_inside=f'<div class="widget widget_media_image">{figure}</div>')) == []


def test_a_wrapper_whose_class_only_contains_caption_is_no_caption():
    html = page(article_inside='<div class="has-caption"><img src="/n.jpg"><p>Kept apart</p></div>')
    assert captions_of(html) == []


@pytest.mark.parametrize(
    "element",
    [
        # a video player's caption and a caption's toggle name no picture
        '<div class="player-with-placeholder__caption">Media playback is unsupported on your device</div>',
        '<a class="more-caption" href="#">less</a>',
        # a wrapper named like a caption holds the picture itself
        '<div class="post-image-caption"><img src="/m.jpg"><p>Kept apart</p></div>',
    ],
)
def test_class_names_that_only_resemble_a_pictures_caption(element):
    assert captions_of(page(article_inside=f'<div class="image"><img src="/n.jpg">{element}</div>')) == []


@pytest.mark.parametrize(
    ("picture", "caption"),
    [
        # Eleventy: <picture>, then the caption in <p><small>
        (
            '<picture><source srcset="/x.webp"><img src="/x.jpeg" alt="Obras"></picture>',
            "<p><small>The works of the pink line in Porto. Photo: Igor Martins / Global Imagens</small></p>",
        ),
        # Typepad: the picture links to its full-size asset; the caption is a styled <div>
        (
            '<p><a class="asset-img-link" href="https://rhine.typepad.example/.a/6a0120a8f3c2d4970c02c8d3b1f4a2200d-pi">'
            '<img class="asset" src="/b.jpg"></a></p>',
            '<div style="font-size:85%">Markus Vogel at the Mülheim Bridge. &nbsp;|&nbsp; Photo: Martina Goyert</div>',
        ),
        # Bludit: an italic paragraph, the credit in brackets
        (
            '<div class="page-cover-image"><img src="/t.jpg" alt="Jukka Kivi"></div>',
            "<p><em>Project director Jukka Kivi at the depot. (Image: Jussi Vierimaa)</em></p>",
        ),
        # the Publisher theme: a span named as the image's credit, agency/photographer in brackets
        (
            '<a class="post-thumbnail open-lightbox" href="/szeged.jpg"><img src="/szeged-750.jpg"></a>',
            '<span class="image-credit">Gábor Szabó at the assembly of Szeged [MTI/Rosta Tibor]</span>',
        ),
        # Shopify's rich text and GetSimple: the caption after a line break, in the picture's block
        (
            '<div style="text-align: center;"><img src="/w.jpg"><br>',
            '<span style="color: #6b6b6b">Bram de Wit in his garden in Aalsmeer. (Photo: ANP)</span></div>',
        ),
        # Svbtle: an italic caption and the outlet's own credit style after it, "(Foto Prensa Libre: …)"
        (
            '<p><a href="/large.jpg"><img src="/small.jpg" alt="periferico.jpg"></a></p>',
            "<p><em>Trailers in the traffic of the Periférico at zone 7.</em> (Photo Prensa Libre: Óscar Rivas)</p>",
        ),
        # Pico's Markdown: small print under the picture, the photo agency's name in brackets
        (
            '<p><img src="/g.jpg" alt="La Garisenda"></p>',
            "<p><small>The Garisenda seen from via Rizzoli. (FotoSchicchi)</small></p>",
        ),
        # Discuz!: the picture, a line break and the caption in <font size="2">
        (
            '<ignore_js_op><img src="/m.jpg" alt="mekong.jpg"></ignore_js_op><br>',
            '<font size="2" color="Gray">Farmers selling vegetables on the Mekong riverside. Photo: KPL</font>',
        ),
        # Ameba Blog: the picture links to its picture page; the caption in smaller print, no credit
        (
            '<p><a href="https://ameblo.jp/tana-news-en/image-12941837265-15502217001.html"><img src="/c.jpg"></a></p>',
            '<p style="text-align: center;"><span style="font-size:0.83em;">Workers taking mud out of the'
            " canal in Isotry.</span></p>",
        ),
        # OpenCms Mercury: the visual's subtitle, the rights' holder after a copyright sign
        (
            '<div class="effect-box"><div class="image-src-box"><img src="/r.jpg"></div></div>',
            '<div class="subtitle">The Rheinauhafen with the Crane Houses: here the pool is to be anchored at'
            " the quay wall. (© City of Cologne / Thomas Brandt)</div>",
        ),
        # Cocolog: the picture links to its viewer, the file as the query; a grey paragraph under it
        (
            '<p><a class="asset-img-link" href="https://b.cocolog-nifty.com/.shared/image.html?/photos/p.jpg">'
            '<img src="/photos/p-thumb.jpg"></a></p>',
            '<p style="font-size: 85%">A port of the Peacecle in front of Hiroshima Station (Photo: Kyodo)</p>',
        ),
        # Friendica: the picture links to its photo page; the caption in italics after it
        (
            '<div class="body-attach"><a href="https://social.example/photos/kuchingdaily/image/8d2a7c61">'
            '<img src="/photo/preview/1024/38211"></a></div>',
            "<em>The area of the Kuching Waterfront that the walkway will join. (Photo: Bernama)</em>",
        ),
        # a Turkish credit
        (
            '<img src="/girne.jpg"><br>',
            "<i>The promenade of the Old Harbour in Girne. (Fotoğraf: Girne Belediyesi)</i>",
        ),
        # a Chinese credit, "图/" and the agency in full-width brackets
        (
            '<p><img src="/bus.jpg"></p>',
            "<p><small>A small electric community bus in the Dongshan area of Yuexiu District.（图/新华社）</small></p>",
        ),
        # a Polish credit's abbreviation, in small print (the caption holds "ul." before a capital)
        (
            '<p><img src="/hala.jpg"></p>',
            '<p style="font-size: 11px"><em>The Hala Targowa seen from ul. Piaskowa. fot. UM Wrocław</em></p>',
        ),
        # the credit in brackets without a colon, as Polish ("fot.") and Italian ("Foto") write it
        (
            '<p><img src="/skm.jpg"></p>',
            "<p><em>SKM train at the station Gdańsk Oliwa. (fot. SKM w Trójmieście)</em></p>",
        ),
        (
            '<p><img src="/filobus.jpg"></p>',
            "<p><small>Un filobus nel deposito Atv durante i collaudi (Foto Atv)</small></p>",
        ),
        # a plan's credit after a line break in a forum post's text (Tapatalk)
        (
            '<img src="/sauna.jpg" class="postimage"><br>',
            '<em class="text-italics">The floating sauna shall lie by the pier at Fiskebrygga. Illustration: Kristiansand kommune</em>',
        ),
        # a Turkish "Görsel:" as engines render it
        (
            '<p><img src="/teleferik.jpg"></p>',
            "<p><em>The planned route from the Meydan to Boztepe. (Visual: Trabzon Metropolitan Municipality)</em></p>",
        ),
        # a 1990s newspaper: <small> after a line break, no credit
        (
            '<div class="bild"><img src="/b/2.jpg"><br>',
            "<small>Auf diesen Flächen zwischen Kastellaun und Buch sollen die Windräder entstehen.</small></div>",
        ),
    ],
)
def test_a_short_text_under_a_picture_closing_with_a_credit_is_its_caption(picture, caption):
    expected = normalize_space(fragment_fromstring(caption).text_content())
    assert captions_of(page(before_body=picture + caption)) == [expected]


@pytest.mark.parametrize(
    "after",
    [
        # a paragraph of the article under a picture, with no credit
        "<p>The works were delayed by four months, the company said on Thursday.</p>",
        # a credit, but the picture is a teaser's: it links to another story
        "<p>Read: the bridge closes again. Photo: Martina Goyert</p>",
        # a paragraph in ordinary print closing with an agency's name in brackets
        "<p>The works were delayed by four months, the company said on Thursday. (dpa)</p>",
        # smaller print, but two sentences: a paragraph of the article
        '<p><span style="font-size:90%">The works were delayed by four months. The company said so on'
        " Thursday.</span></p>",
        # a Turkish sentence listing photography among the arts: no credit
        "<p>Sergide resim, seramik ve fotoğraf: başvurular 30 Nisan'a kadar sürecek.</p>",
        # a paragraph closing with a copyright notice that is no credit in brackets
        "<p>The works were delayed by four months, the company said on Thursday. © Harbour News 2025</p>",
        # a paragraph in smaller print with more text beside it
        '<p>The works were delayed, <span style="font-size:0.8em">the company said</span> on Thursday.</p>',
    ],
)
def test_text_under_a_picture_without_a_credit_or_under_a_teaser_is_no_caption(after):
    picture = '<a href="/other-story/"><img src="/b.jpg"></a>' if "Read:" in after else '<img src="/b.jpg">'
    assert captions_of(page(before_body=picture + after)) == []


def test_a_caption_straight_in_the_articles_element_is_not_judged_by_the_articles_links():
    """Bitrix puts the picture, its caption and the text side by side in one <div>, with an ad
    banner's linked image further down: that is no teaser around the caption."""
    text = "<br><br>".join(BODY)
    html = (
        '<html><head><title>Hospital</title></head><body><div class="bx-content"><h1>Hospital not ready</h1>'
        '<div class="news-detail">'
        '<img class="detail_picture" src="/h.jpg"><div class="detail-picture-caption">The construction site in'
        " September. Photo: TASR</div>"
        f'{text}<div class="inline-banner"><a href="/bitrix/rk.php?id=14"><img src="/banner.gif"></a></div>'
        "</div></div></body></html>"
    )
    lines = ["Hospital not ready", *BODY]
    assert captions_of(html, lines) == ["The construction site in September. Photo: TASR"]


def test_alt_texts_of_the_articles_pictures_are_read_but_not_a_linked_ones_or_a_single_word():
    from republished.cleaning.figures import image_alts

    html = (
        "<html><body><article><p>First paragraph of the story, long enough to count.</p>"
        '<img src="/a.jpg" alt="Laura Castillo en su campo de alcachofas">'
        '<a href="/b.jpg"><img src="/b-small.jpg" alt="Sergi Calvo at the reservoir"></a>'
        '<img src="/logo.png" alt="logo">'
        '<a href="/other-story/"><img src="/c.jpg" alt="Another story about the drought"></a>'
        "<p>Second paragraph of the story, long enough to count.</p></article>"
        '<aside><img src="/d.jpg" alt="A sidebar picture of someone"></aside></body></html>'
    )
    tree = parse_html(html, "https://iberianewsroom.example/x")
    article = tree.find(".//article")
    assert image_alts(article) == ("Laura Castillo en su campo de alcachofas",)


def test_a_caption_in_a_block_named_for_what_it_has_is_in_the_article():
    """SmartMag's "has-share-float" wrapper names a share bar it holds, not a share bar."""
    html = (
        page(
            article_inside='<div class="wp-caption"><img src="/b.jpg">'
            '<p class="wp-caption-text">Teachers at the protest in Bratislava.</p></div>'
        )
        .replace('<div class="entry-content">', '<div class="has-share-float"><div class="entry-content">')
        .replace("</div></article>", "</div></div></article>")
    )
    assert captions_of(html) == ["Teachers at the protest in Bratislava."]


def test_a_cover_caption_between_the_headline_and_a_deeply_nested_body_is_taken():
    """Liferay's Blogs portlet: header, cover picture, its caption, then the body four levels down."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><body><div class='widget-mode-detail'><div class='container'><div class='row'><div class='col'>"
        "<h1>Budget plan</h1></div></div></div>"
        "<div class='cover-image' style='background-image: url(/c.jpg)'></div>"
        "<div class='container cover-image-caption'><div class='row'><div class='col'><small>The mayor at the"
        " harbour bath. Photo: Ida Marie Odgaard</small></div></div></div>"
        "<div class='container'><div class='row'><div class='col'><div class='entry-body'>"
        f"{paragraphs}</div></div></div></div></div></body></html>"
    )
    assert captions_of(html) == ["The mayor at the harbour bath. Photo: Ida Marie Odgaard"]


def test_a_caption_above_the_headline_far_from_the_body_is_not_taken():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><body><div class='page'><figure><img src='/logo.jpg'><figcaption>Our team at the summer"
        " party.</figcaption></figure><div class='a'><h1>Budget plan</h1></div><div class='b'><div class='c'>"
        f"<div class='d'><div class='entry-body'>{paragraphs}</div></div></div></div></div></body></html>"
    )
    assert captions_of(html) == []


def test_the_featured_pictures_alt_before_the_article_is_read_but_not_an_avatars():
    """SmartMag puts the featured picture, linked to its own file, between the header and the post;
    its Spanish alt keeps the name the caption-less copy translated."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><body><div class='main'><div class='header'><h1>Budget plan</h1>"
        "<img class='avatar avatar-32' src='/a.jpg' alt='Elena Sanz for Heraldo de Aragón'><span>Elena Sanz</span></div>"
        "<div class='single-featured'><a href='/uploads/balance.jpg'><img src='/uploads/balance-788.jpg'"
        " alt='El concejal de Cultura, Javier Castillo, durante la presentación'></a></div>"
        f"<div class='the-post'><article><div class='post-content'>{paragraphs}</div></article></div>"
        "</div></body></html>"
    )
    article = article_element(parse_html(html, URL), BODY)
    assert featured_alt(article) == "El concejal de Cultura, Javier Castillo, durante la presentación"
    assert image_alts(article) == ()
    teaser = html.replace("href='/uploads/balance.jpg'", "href='/other-story/'")
    assert featured_alt(article_element(parse_html(teaser, URL), BODY)) is None


def test_a_captions_heading_and_credit_paragraph_stay_apart():
    """Hugo's figure shortcode: the caption in an <h4> and the credit in a <p> beside it."""
    html = page(
        article_inside='<figure><img src="/k.jpg" alt="Kantrida"><figcaption><h4>Davor Kovač at the pools.</h4>'
        "<p>Photo: Ivor <em>Tomljanović</em></p></figcaption></figure>"
    )
    assert captions_of(html) == ["Davor Kovač at the pools. Photo: Ivor Tomljanović"]


def test_a_credit_in_an_inline_element_after_the_captions_sentence_stays_apart():
    html = page(
        article_inside='<figure><img src="/t.jpg"><div class="feat-caption"><span class="caption-text">'
        'Rui Pinheiro in Alfama.</span><em class="attribution">Photo: Carla Maia</em></div></figure>'
    )
    assert captions_of(html) == ["Rui Pinheiro in Alfama. Photo: Carla Maia"]


def test_a_caption_inside_another_is_part_of_it():
    """Pimcore: "image-caption" around "caption-text" and "caption-copyright"."""
    html = page(
        article_inside='<figure><img src="/l.jpg"><div class="image-caption"><span class="caption-text">'
        'Autumn leaves in Wiedikon.</span> <span class="caption-copyright">Foto: D. Meienberg</span></div></figure>'
    )
    assert captions_of(html) == ["Autumn leaves in Wiedikon. Foto: D. Meienberg"]


def test_text_under_a_picture_closing_with_a_picture_by_credit_is_its_caption():
    """XenForo: a BB-code image, then a small grey italic line."""
    html = page(
        article_inside='<div class="bbImageWrapper" title="beach.jpg"><img src="/b.jpg"></div>'
        '<span style="font-size: 12px"><i>The Beach Esplanade car park. Picture by Callum Reid</i></span>'
    )
    assert captions_of(html) == ["The Beach Esplanade car park. Picture by Callum Reid"]


def test_a_page_builders_picture_widget_is_the_figure_not_a_sidebars_widget():
    figure = (
        '<figure class="image-widget image-widget--full"><img src="/m.jpg"><figcaption class="image-widget__caption">'
        "Nawaf Salam after meeting the president</figcaption></figure>"
    )
    assert captions_of(page(article_inside=figure)) == ["Nawaf Salam after meeting the president"]
    assert captions_of(page(article_inside=f'<div class="widget widget_media_image">{figure}</div>')) == []


def godaddy_page(post_class: str, headline: str) -> str:
    """GoDaddy's site builder: every part of the page a "widget", the post's included."""
    first, second, third = (f"<p>{p}</p>" for p in BODY)
    return (
        '<html><head><title>Budget plan</title></head><body><div class="layout">'
        f'<div class="{post_class}">{headline}<div class="content">{first}{second}'
        '<div><img src="/budget.jpg" alt=""></div>'
        "<p>The finance minister at the podium in parliament. Photo : Jean Roy</p>"
        f"{third}</div></div>"
        '<div class="widget widget-subscribe"><p>Get our news every morning.</p></div></div></body></html>'
    )


@pytest.mark.parametrize(
    ("post_class", "headline", "expected"),
    [
        (
            "widget widget-blog",
            "<h1>Budget plan</h1>",
            ["The finance minister at the podium in parliament. Photo : Jean Roy"],
        ),
        ("widget widget-sidebar", "<h3>Budget plan</h3>", []),
    ],
    ids=["a widget that holds the headline is layout", "a widget without it is a box"],
)
def test_a_widget_around_the_whole_post_is_layout(post_class, headline, expected):
    lines = [*BODY, "Get our news every morning."]
    assert captions_of(godaddy_page(post_class, headline), lines) == expected


def test_a_caption_in_superscript_after_the_picture_is_taken():
    """NodeBB's markdown: the picture, a line break and the caption in <sup>."""
    caption = "A diesel boat leaves Pratunam pier on Khlong Saen Saep. (Photo: BMA)"
    block = f'<p><img src="/boat.jpg" alt=""><br><sup>{caption}</sup></p>'
    assert captions_of(page(article_inside=block)) == [caption]


def test_a_caption_in_the_pictures_own_paragraph_after_a_line_break_is_taken():
    """mataroa's markdown: the picture, a line break, the caption and its credit, in one <p>."""
    block = (
        '<p><img src="/river.jpg" alt=""><br>The Assiniboine River near The Forks. <em>Photo: file</em></p>'
    )
    assert captions_of(page(article_inside=block)) == ["The Assiniboine River near The Forks. Photo: file"]


def test_a_paragraph_that_opens_with_a_small_picture_is_no_caption():
    block = '<p><img src="/icon.png" alt="">The council voted on Tuesday, and the photo: rules change.</p>'
    assert captions_of(page(article_inside=block)) == []


def test_a_caption_whose_credit_follows_its_element_on_the_line_leaves_the_text_with_it():
    """vBulletin: <img><br><i>Caption.</i> (Photo: ANP)<br> inside a message of <br>-separated lines."""
    from republished.cleaning import clean_page

    caption = "Bicycles parked against the railings at the Stationsplein in Utrecht."
    message = "<br /><br />".join(BODY[:2])
    html = page(
        article_inside=f'<div class="message">{message}<br /><br /><img src="/bikes.jpg" alt="" /><br />'
        f"<i>{caption}</i> (Photo: ANP)<br /><br />{BODY[2]}</div>"
    )
    record = clean_page(html, URL)
    assert [c.removesuffix(" (Photo: ANP)") for c in record["captions"]] == [caption]
    assert caption not in record["text"] and "(Photo: ANP)" not in record["text"]


def test_a_text_line_holding_a_caption_and_its_credit_is_the_captions_line():
    caption = "Bicycles parked against the railings at the Stationsplein in Utrecht."
    lines = [BODY[0], f"{caption} (Photo: ANP)", BODY[1], f"{caption} Some other words follow here."]
    assert credited_caption_lines([caption, "A caption not in the text."], lines) == {caption: lines[1]}


@pytest.mark.parametrize(
    "block",
    [
        # Skyrock: the italic caption, then its credit in small print on the same line
        '<div style="text-align: center;"><img src="/bus.jpg"><br><i>The minister at the new bus station.</i>'
        ' <span style="color: #888; font-size: 10px;">(Photo: Wilaya de Tizi Ouzou)</span></div>',
        # Ning: the picture linked to its own file in another size, the credit on the next line
        '<p><a href="https://storage.example/file/get/1334?profile=original">'
        '<img src="https://storage.example/file/get/1334?profile=RESIZE_710x"></a><br>'
        '<em>The minister at the new bus station.</em><br><span style="font-size: 8pt;">(Photo: Ministry)</span></p>',
    ],
)
def test_a_caption_whose_credit_stands_in_small_print_of_its_own(block):
    assert captions_of(page(article_inside=block)) == ["The minister at the new bus station."]


@pytest.mark.parametrize(
    ("block", "caption"),
    [
        # A feed reader's copy: the picture's paragraph, then the caption in grey 13px print
        (
            '<p><img src="/bra.jpg" alt="Visitors at the Cheese festival"></p>'
            '<p style="font-size:13px;color:#666">Visitors at the Cheese festival in Bra. (ANSA)</p>',
            "Visitors at the Cheese festival in Bra. (ANSA)",
        ),
        # Blogger: the picture's separator, then the caption's, its credit the outlet and the photographer
        (
            '<div class="separator" style="clear: both;"><a href="/s1600/pool.jpg"><img src="/w640/pool.jpg"></a></div>'
            '<div class="separator" style="clear: both;"><p style="text-align:center;font-size:13px">'
            "Guests in the hot pot in Laugardalslaug. <i>Vísir/Vilhelm</i></p></div>",
            "Guests in the hot pot in Laugardalslaug. Vísir/Vilhelm",
        ),
    ],
)
def test_a_caption_in_reduced_print_closing_with_a_credit_without_a_label(block, caption):
    assert captions_of(page(article_inside=block)) == [caption]


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p>The council met in Bra on Friday. (ANSA)</p>",
        "<p style='font-size:13px'>The council met in Bra on Friday and agreed. Then it left. NTB/Scanpix</p>",
    ],
)
def test_a_paragraph_after_a_picture_closing_with_a_name_is_no_caption_in_full_print_or_two_sentences(
    paragraph,
):
    assert captions_of(page(article_inside=f'<p><img src="/bra.jpg"></p>{paragraph}')) == []


def test_italic_text_after_a_picture_without_a_credit_is_not_a_caption():
    block = (
        '<div><img src="/bus.jpg"><br><i>The minister at the new bus station.</i>'
        ' <span style="font-size: 10px;">more pictures in the gallery</span></div>'
    )
    assert captions_of(page(article_inside=block)) == []


def test_a_caption_and_its_credit_on_two_lines_of_one_block_both_leave_the_text():
    """DataLife Engine: the picture, then <i>Caption.</i><br><span style="font-size:8pt">Photo: …</span>."""
    paragraphs = [
        "In Kyzyl before the end of December a new kindergarten for 220 places will open in the"
        " Vostochny microdistrict, the mayor's office of the capital of the republic reported.",
        "The building of three floors was built under the national project Demography, and the work"
        " cost 412 million rubles, the mayor's office said on Wednesday.",
        "Eleven groups will work in the kindergarten, among them two groups for the youngest children,"
        " and the first children will come in the second half of January.",
    ]
    html = (
        "<html><head><title>A new kindergarten will open in Kyzyl</title></head><body><div class='text'>"
        "<div style='text-align:center;'><img src='/uploads/detsad.jpg' alt='kindergarten'></div>"
        "<div style='text-align:center;'><i>The new kindergarten in the microdistrict Vostochny.</i><br>"
        "<span style='font-size:8pt;'>Photo: mayor's office of Kyzyl</span></div><br>"
        + "<br><br>".join(paragraphs)
        + "</div></body></html>"
    )
    record = clean_page(html, "https://kyzyl-news.example/society/1843-kindergarten.html")
    assert record["text"].split("\n") == paragraphs
    assert record["captions"][0] == "The new kindergarten in the microdistrict Vostochny."
    # The credit leaves the text too (the residue stage reads "Photo: …" as a byline's label first).
    assert "Photo: mayor's office of Kyzyl" in {edit["before"] for edit in record["edits"]}


def test_a_caption_opening_the_block_after_the_pictures_is_its_caption():
    """Lightspeed's blog: the picture's <div>, then the content's <div> opening with the caption."""
    caption = "The Markt with the town hall, now still full of parked cars. Foto: Gemeente Maastricht"
    html = page(
        article_inside='<div class="gui-blog-article-image"><img src="/markt.jpg"></div>'
        f'<div class="gui-content"><p><span style="font-size: 11px">{caption}</span></p>'
        "<p>From 1 July the Markt in Maastricht is car-free, the municipality lets know.</p></div>"
    )
    assert captions_of(html) == [caption]


def test_a_paragraph_classed_caption_under_a_picture_is_one_and_small_print_so_classed_is_not():
    html = page(
        article_inside='<p><img src="/jaude.jpg"></p><p class="caption">The Place de Jaude this Tuesday. '
        '<span class="credit">Photo Rémi Dugne</span></p><small class="caption">10 December 2025</small>'
    )
    assert captions_of(html) == ["The Place de Jaude this Tuesday. Photo Rémi Dugne"]


def test_a_caption_closing_with_a_georgian_credit_is_taken():
    caption = "Deputy mayor Ia Kharaishvili at the lower station of the Argo cable car. ფოტო: ბათუმელები"
    html = page(
        article_inside=f'<p><img src="/argo.jpg"></p><p><em>{caption.split(" ფოტო")[0]}</em> ფოტო: ბათუმელები</p>'
    )
    assert captions_of(html) == [caption]


def test_a_cover_caption_in_the_posts_own_element_under_a_headline_set_above_it():
    """BeTheme: the headline in a subheader over the post; the cover picture and its caption in the
    post's header section, five levels above the body."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><head><title>Budget plan</title></head><body>"
        "<div id='Subheader'><h1 class='title'>Budget plan</h1></div>"
        "<div id='Content'><main><div id='post-1' class='post-1 post type-post hentry'>"
        "<div class='section section-post-header'><div class='section_wrapper'>"
        "<div class='image_frame'><img src='/cover.jpg' alt=''>"
        "<p class='wp-caption-text'>The finance minister in parliament. Foto: NTB</p></div></div></div>"
        "<div class='post-wrapper-content'><div class='section the_content'><div class='section_wrapper'>"
        f"<div class='the_content_wrapper'>{paragraphs}</div></div></div></div></div></main></div>"
        "<aside class='sidebar'><figure><img src='/s.jpg'><figcaption>Sidebar photo of a cat</figcaption>"
        "</figure></aside></body></html>"
    )
    assert captions_of(html) == ["The finance minister in parliament. Foto: NTB"]
