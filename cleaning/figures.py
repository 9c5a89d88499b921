"""The captions a page marks up as captions: `<figcaption>`, WordPress's `wp-caption-text` and
the caption classes of other themes and CMSs (CAPTION_CLASSES).

trafilatura leaves captions out of the text, so the photo captions of most templates (Gutenberg,
AMP, Elementor, the Jannah and JNews themes) reached neither `text` nor `captions`, and a name
spelled right only under the photo ("Finance Minister Siniša Mali") was no evidence for the names
stage. A caption is taken only from the article: from the figures inside the element that holds
the extracted paragraphs (the closest `<article>` around them, else their closest common
ancestor), and the featured image's, which many themes put just before that element (within
two levels above it); never from a teaser, a related-posts block, a sidebar or a comment, never
from a figure that links to another page, and only once.
"""

import re
from collections.abc import Iterator
from itertools import pairwise

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: Class names themes give a photo's caption element (whole class names, not parts: a wrapper
#: such as "has-caption" or "caption-container" holds more than the caption): WordPress, Sahifa
#: (single-post-caption), Zox News (mvp-post-img-cap), Drupal and hand-made templates.
CAPTION_CLASSES = frozenset(
    {
        "wp-caption-text",
        "img-caption",
        "image-caption",
        "photo-caption",
        "media-caption",
        "article-caption",
        "post-caption",
        "entry-caption",
        "single-post-caption",
        "mvp-post-img-cap",
        "thumbnail-caption",
        "img_caption",  # Joomla
        "didascalia",  # Italian CMSs
        "thumbcaption",  # MediaWiki
        "serendipity_imageComment_txt",  # Serendipity
        "tr-caption",  # Blogger's cell under the picture in its caption table
        # Drupal's caption fields (8 and later, then 7)
        "field--name-field-image-caption",
        "field--name-field-media-caption",  # Varbase's media field
        "field--name-field-caption",
        "field-name-field-image-caption",
        "field-name-field-media-caption",
        "field-name-field-caption",
    }
)
#: Drupal's description field, a caption where an image's media or paragraph holds it (Thunder's
#: "paragraph--type--image"); elsewhere it describes anything.
DESCRIPTION_FIELDS = frozenset({"field--name-field-description", "field-name-field-description"})
IMAGE_ENTITY = re.compile(r"^(?:media|paragraph)--type-+image$")
#: A class name that names an image's caption, as BEM and theme names build them: a picture's
#: word, then caption or legend at its end ("article-image__caption", "block--image__caption",
#: "image-block__legend", "zox-post-img-cap"), or "caption-text"; taken only for an element that
#: holds no image (a wrapper such as "wp-caption" holds the picture too). A caption of a video
#: player ("player-with-placeholder__caption") or a caption's toggle ("more-caption") names no
#: picture.
CAPTION_PART = re.compile(
    r"^(?:caption[-_]text|.*(?:img|image|photo|picture|foto|figure|thumb).*(?:caption|legend|[-_]cap)(?:[-_]+text)?)$",
    re.IGNORECASE,
)
NOT_A_CAPTION_PREFIX = ("has-", "with-", "no-")
#: Elements that may be captions: a class that holds "caption" or "Caption" (K2's
#: "itemImageCaption"), "img-cap", "legend" or s9y's "imageComment" somewhere is a quick test in
#: libxml2, where one clause per class name took 5 ms a page; `_captions` then keeps those with
#: one of CAPTION_CLASSES as a whole class name, or a class named as a caption. So is the
#: schema.org caption in microdata (AEM's <span class="cmp-image__title" itemprop="caption">).
MAYBE_CAPTION_XPATH = (
    ".//figcaption | .//*[@class][contains(@class, 'aption') or contains(@class, 'img-cap')"
    " or contains(@class, 'didascalia') or contains(@class, 'egend') or contains(@class, 'imageComment_txt')"
    " or contains(@class, 'field-description')]"
    " | .//*[@itemprop = 'caption']"
)


#: Elements that stand apart from their neighbours in a caption: Hugo's figure shortcode puts the
#: title in an <h4> and the credit in a <p> beside it, which text_content() glues ("pools.Photo:").
CAPTION_BLOCKS = frozenset(
    {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote"}
)


def _caption_text(element: HtmlElement) -> str:
    """The caption's text, its blocks apart and its inline markup as it is ("Kovač's"), but for
    an inline element opening a sentence after one closed ("in Alfama.<em>Photo: …</em>")."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            text = _caption_text(child)
            closed = "".join(parts)[-1:] in (".", "!", "?")
            apart = child.tag in CAPTION_BLOCKS or (closed and text[:1].isupper())
            parts += [" " if apart else "", text, " " if apart else ""]
        parts.append(child.tail or "")
    return "".join(parts)


def _follows_a_picture(element: HtmlElement) -> bool:
    """Right after an image: a class named "caption" alone is also a style of small print
    (Cargo's dates), a caption only under a picture."""
    previous = element.getprevious()
    return previous is not None and (
        previous.tag in ("img", "picture") or previous.find(".//img") is not None
    )


def _is_caption(element: HtmlElement) -> bool:
    if element.tag == "figcaption":
        return True
    classes = (element.get("class") or "").split()
    if not CAPTION_CLASSES.isdisjoint(classes):
        return True
    if not DESCRIPTION_FIELDS.isdisjoint(classes):
        return _describes_an_image(element)
    return (
        element.get("itemprop") == "caption"
        or ("caption" in classes and _follows_a_picture(element))
        or any(CAPTION_PART.search(name) and not name.startswith(NOT_A_CAPTION_PREFIX) for name in classes)
    ) and element.find(".//img") is None


def _describes_an_image(element: HtmlElement) -> bool:
    return element.find(".//img") is None and any(
        IMAGE_ENTITY.match(name)
        for parent in element.iterancestors()
        for name in (parent.get("class") or "").split()
    )


#: A photo credit closing a caption the page does not mark up as one: "… in Porto. Photo: Igor
#: Martins / Global Imagens", "… at the bridge. | Photo: Martina Goyert", "… (Image: Jussi Vierimaa)",
#: "… on a Saturday afternoon. Picture by Callum Reid",
#: Chinese sites' "图/" (picture/): "… in Yuexiu District.（图/新华社）",
#: and the agency and photographer in brackets, as Hungarian sites write them: "… [MTI/Rosta Tibor]".
CLOSING_CREDIT = re.compile(
    r"(?:(?:[.!?]\)?\s*|\s[|·–—-]\s*|\s)\(?(?:photo|photos|foto|fotó|image|picture|bild|bilde|kuva|zdjęcie|argazkia|ფოტო"
    # Turkish's "Görsel:" and the engines' "Visual:" for it; a drawing's or a plan's credit.
    r"|görsel|visual|illustration|illustrasjon)"
    r"\s*:\s*[^:()]{2,80}\)?\.?"
    r"|[.!?]\s+(?:photo|photograph|picture|image)s? by\s+[A-ZÀ-Þ][^:()]{1,60}\.?"
    # The outlet's credit style, "(Foto Prensa Libre: Óscar Rivas)".
    r"|[.!?]\s+\((?:photo|foto)\s+[A-ZÀ-Þ][^:()]{1,40}:\s*[^:()]{2,60}\)"
    # Polish's abbreviation: "… seen from ul. Piaskowa. fot. UM Wrocław".
    r"|[.!?]\s+fot\.\s*[A-ZÀ-Þ][^:()]{1,60}"
    # …and in brackets, as Polish and Italian credit without a colon: "(fot. SKM w Trójmieście)", "(Foto Atv)".
    r"|\s\((?:fot\.|(?-i:Foto|Photo))\s*(?-i:[A-ZÀ-Þ])[^:()]{1,60}\)"
    # Turkish's, in brackets and capitalised: "ve fotoğraf: başvurular …" is a sentence's list.
    r"|[.!?]\s+\((?-i:Fotoğraf)\s*:\s*[^:()]{2,80}\)\.?"
    r"|[。.!?]?\s*[（(]图\s*[/／:：]\s*[^()（）]{1,30}[)）]"
    r"|\s[\[(][A-ZÀ-Þ][^\[\]()/]{1,40}/\s*[A-ZÀ-Þ][^\[\]()/]{1,40}[\])])$",
    re.IGNORECASE,
)
#: The holder of the rights after a copyright sign, in brackets, closing one sentence: "… at the
#: quay wall. (© City of Cologne / Thomas Brandt)". A paragraph of the text may close so too
#: ("Frankfurt. A strike … (© dpa)"): taken only in a block that is no paragraph (<p>), or in small print.
COPYRIGHT_CREDIT = re.compile(r"[.!?]\s+\(©\s*[^:()©]{2,80}\)$")
#: A credit that is a name in brackets after the caption's sentence: "… via Rizzoli. (FotoSchicchi)".
#: A paragraph of the text may close so too ("(dpa)"): taken only in small or italic print.
CLOSING_NAME_CREDIT = re.compile(r"[.!?]\s+\([A-ZÀ-Þ][\w&'’. -]{1,40}\)$")
#: A credit of the outlet and the photographer after the caption's sentence, without brackets:
#: "… in Laugardalslaug. Vísir/Vilhelm", "NTB/Scanpix". Taken only in print smaller than the text's.
CLOSING_SLASH_CREDIT = re.compile(
    r"[.!?]\s+[A-ZÀ-Þ][\w.-]{1,20}(?: [A-ZÀ-Þ][\w.-]{1,20})?\s?/\s?[A-ZÀ-Þ][\w.-]{1,20}(?: [A-ZÀ-Þ][\w.-]{1,20}){0,2}$"
)
SMALL_PRINT = frozenset({"small", "em", "i"})
#: Print smaller than the text's: <font size="1">, "2", "-1"; a style's font-size under 1em, 100%,
#: 14px or 10pt, or a keyword that makes it smaller.
SMALL_FONT_SIZES = re.compile(r"^\s*(?:[12]|-[1-9])\s*$")
REDUCED_FONT_SIZE = re.compile(
    r"font-size\s*:\s*(?:0?\.\d+\s*(?:em|rem)|[1-9]\d?(?:\.\d+)?\s*%|(?:[5-9]|1[0-3])(?:\.\d+)?\s*px"
    r"|[5-9](?:\.\d+)?\s*pt|(?:x{1,2}-)?small|smaller)\b",
    re.IGNORECASE,
)
#: A caption without a credit is one sentence this long at most.
MAX_UNCREDITED_CAPTION_CHARS = 250
#: Two sentences: a caption holds one.
SENTENCE_BREAK = re.compile(r"[.!?][”\"’)]?\s+[A-ZÀ-Þ]")
#: How deep in the block after the picture's its caption may open it.
MAX_CAPTION_DEPTH = 2
#: Elements a template writes such a caption in, under the picture (Discuz!: <font size="2">).
UNMARKED_CAPTION_TAGS = frozenset({"p", "div", "span", "small", "em", "i", "sup", "sub", "font"})


def _picture_block(image: HtmlElement) -> HtmlElement:
    """The image with the wrappers around it that hold nothing else: <picture>, a link, a <p>."""
    block = image
    while (parent := block.getparent()) is not None and parent.tag not in ("body", "html"):
        if any(text.strip() for text in parent.itertext()) or len(parent.findall(".//img")) > 1:
            break
        block = parent
    return block


def _unmarked_captions(element: HtmlElement) -> list[HtmlElement]:
    """Elements right under a picture, not marked up as captions, that read as one: a short text
    closing with a photo credit (Eleventy's <p><small>, Typepad's styled <div>, Bludit's <p><em>)."""
    found = []
    for image in element.iter("img"):
        if (same := _caption_beside_picture(image)) is not None:
            found.append(same)
            continue
        block = _picture_block(image)
        following = block.getnext()
        # A line break between the picture and its caption in one block (<img><br><span>…</span>).
        while following is not None and following.tag == "br" and not (block.tail or "").strip():
            block, following = following, following.getnext()
        # The caption opening the block after the picture's (Lightspeed: the picture's <div>, then
        # the content's <div> whose first paragraph is the caption in small print).
        for _ in range(MAX_CAPTION_DEPTH):
            if (
                following is None
                or following.tag != "div"
                or (following.text or "").strip()
                or not len(following)
                or following[0].tag != "p"
                or _is_caption(following)
            ):
                break
            following = following[0]
        if following is None or following.tag not in UNMARKED_CAPTION_TAGS or (block.tail or "").strip():
            continue
        text = normalize_space(following.text_content())
        # The credit may follow the caption's element on its line (vBulletin: <i>Caption.</i>
        # (Photo: ANP)<br>), or in small print of its own, on the line or the next.
        line = normalize_space(f"{text} {following.tail or ''}") if _line_ends(following.getnext()) else text
        if line == text:
            line = normalize_space(f"{text} {_credit_after(following)}")
        if (
            len(line) <= MAX_CAPTION_CHARS
            and (
                CLOSING_CREDIT.search(line)
                or (_in_small_print(following) and CLOSING_NAME_CREDIT.search(line))
                # …or in print smaller than the text's: "… in Bra. (ANSA)", "… Vísir/Vilhelm".
                or (
                    _in_reduced_print(following)
                    and (credit := CLOSING_NAME_CREDIT.search(line) or CLOSING_SLASH_CREDIT.search(line))
                    and _one_short_sentence(line[: credit.start() + 1])
                )
                or (_in_reduced_print(following) and _one_short_sentence(line))
                or (
                    COPYRIGHT_CREDIT.search(line)
                    and _one_short_sentence(COPYRIGHT_CREDIT.sub(".", line))
                    and (following.tag != "p" or _in_small_print(following) or _in_reduced_print(following))
                )
            )
            and following.find(".//img") is None
            and not _is_caption(following)
        ):
            found.append(following)
    return found


def _is_credit(text: str) -> bool:
    """The text is a photo credit of its own ("Photo: Heikki Saarinen / Yle"), as it would close
    a caption."""
    return bool(CLOSING_CREDIT.search(f". {text}"))


#: Blocks that are a line of their own: a credit in one needs no line break after it.
CREDIT_BLOCKS = frozenset({"p", "div"})


def _credit_after(caption: HtmlElement) -> str:
    """A photo credit in small print of its own after the caption's element, on its line, after
    one line break, or in the next paragraph (Skyrock: <i>Caption.</i> <span style="font-size:
    10px">(Photo: …)</span>; Ning: <em>Caption.</em><br><span style="font-size: 8pt">(Photo: …)</span>,
    or <p><em>Caption.</em></p><p><span style="font-size: 8pt">Photo: …</span></p>); "" if there is none."""
    credit = caption.getnext()
    if credit is not None and credit.tag == "br" and not (caption.tail or "").strip():
        credit = credit.getnext()
    if (
        credit is None
        or (caption.tail or "").strip()
        or not (_in_small_print(credit) or _in_reduced_print(credit))
        or not (credit.tag in CREDIT_BLOCKS or _line_ends(credit.getnext()))
        or (credit.tail or "").strip()
    ):
        return ""
    text = normalize_space(credit.text_content())
    return text if _is_credit(text) else ""


def _line_ends(element: HtmlElement | None) -> bool:
    """Nothing, or a line break, follows: the text before it is one line."""
    return element is None or element.tag == "br"


def _caption_beside_picture(image: HtmlElement) -> HtmlElement | None:
    """The paragraph that holds the picture, a line break and a caption closing with a photo
    credit, nothing else (mataroa's markdown: <p><img><br>Caption. <em>Photo: file</em></p>)."""
    paragraph = image.getparent()
    if (
        paragraph is None
        or paragraph.tag != "p"
        or paragraph[0] is not image
        or (paragraph.text or "").strip()
    ):
        return None
    following = image.getnext()
    if (
        following is None
        or following.tag != "br"
        or (image.tail or "").strip()
        or len(paragraph.findall(".//img")) > 1
    ):
        return None
    text = normalize_space(paragraph.text_content())
    return paragraph if text and len(text) <= MAX_CAPTION_CHARS and CLOSING_CREDIT.search(text) else None


def _sole_child(element: HtmlElement) -> HtmlElement | None:
    """The one element `element` holds, with no text beside it (<p><small>…</small></p>), or None."""
    children = list(element)
    if len(children) == 1 and not (element.text or "").strip() and not (children[0].tail or "").strip():
        return children[0]
    return None


def _reduced(element: HtmlElement) -> bool:
    return (
        element.tag == "small"
        or (element.tag == "font" and bool(SMALL_FONT_SIZES.match(element.get("size") or "")))
        or bool(REDUCED_FONT_SIZE.search(element.get("style") or ""))
    )


def _in_reduced_print(element: HtmlElement) -> bool:
    """The element is in print smaller than the text's, or holds nothing but one such: <small>,
    <font size="2">, a style's font-size under 1em (Ameba Blog's <p><span style="font-size:0.83em">)."""
    return _reduced(element) or ((child := _sole_child(element)) is not None and _reduced(child))


def _one_short_sentence(text: str) -> bool:
    """A caption's one sentence, not a paragraph of the article."""
    return (
        len(text.split()) >= 3
        and len(text) <= MAX_UNCREDITED_CAPTION_CHARS
        and not SENTENCE_BREAK.search(text)
    )


def _in_small_print(element: HtmlElement) -> bool:
    """The element is small or italic print, or holds nothing but one such (<p><small>…</small></p>)."""
    if element.tag in SMALL_PRINT:
        return True
    child = _sole_child(element)
    return child is not None and child.tag in SMALL_PRINT


def _captions(element: HtmlElement) -> list[HtmlElement]:
    """The caption elements inside `element`, marked up or under a picture, in document order."""
    marked = [found for found in element.xpath(MAYBE_CAPTION_XPATH) if _is_caption(found)]
    unmarked = [found for found in _unmarked_captions(element) if found not in marked]
    if not unmarked:
        return marked
    order = {found: i for i, found in enumerate(element.iter())}
    return sorted([*marked, *unmarked], key=order.__getitem__)


#: Blocks around a figure that make it no part of the article, by words of their class or id
#: (Serendipity's "serendipity_imageComment_center" is the picture's frame, no reader's comment).
NOT_ARTICLE = re.compile(
    r"related|teaser|widget|sidebar|(?<!image)comment|recommend|promo|newsletter|share|gallery-nav|also|more-stories|"
    r"trending|popular|breaking|ticker|site-header|masthead|menu",
    re.IGNORECASE,
)
NOT_INSIDE = frozenset({"aside", "nav", "footer", "a", "form"})
#: Elementor builds a whole page of "widgets": its wrappers and its image widget are layout, not
#: a sidebar's widgets.
LAYOUT_CLASSES = frozenset({"elementor-widget", "elementor-widget-container", "elementor-widget-image"})
#: A page builder's picture block, named in BEM ("image-widget image-widget--full", Kentico's):
#: the figure itself, not a sidebar's widget.
PICTURE_WIDGET = re.compile(r"^(?:image|img|picture|photo)-widget(?:--[\w-]+)?$")
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)$", re.IGNORECASE)
#: A link that shows the picture itself, larger: Plone's image views ("…/@@images/image/large"),
#: Typepad's full-size asset ("…/.a/6a0120a8f3c2d4970c02c8d3b1f4a2200d-pi") and the lightbox
#: scripts that open one ("pat-plone-modal", data-lightbox, rel="lightbox"), Ameba Blog's
#: picture page ("…/tana-news-en/image-12941837265-15502217001.html") and Friendica's
#: ("…/photos/kuchingdaily/image/8d2a7c61").
PICTURE_VIEW = re.compile(
    r"/@@images/|/@@download/image|/\.a/[0-9a-f]{16,}-pi$|/image-\d{6,}-\d{6,}\.html$|/photos/[^/]+/image/[0-9a-f]+$"
)
#: A query that is a picture's path alone.
VIEWED_FILE = re.compile(r"/[^=&]+\.(?:jpe?g|png|webp|gif|avif)", re.IGNORECASE)
LIGHTBOX = re.compile(r"lightbox|modal|fancybox|photoswipe|magnific|glightbox", re.IGNORECASE)


def _shows_the_picture(link: HtmlElement) -> bool:
    href, _, query = (link.get("href") or "").split("#")[0].partition("?")
    # A viewer given the picture's file as its whole query (Cocolog's "…/.shared/image.html?/photos/….jpg");
    # not a parameter of a teaser's link ("/go.php?id=8812&img=/up/wall.jpg").
    if not href or IMAGE_FILE.search(href) or PICTURE_VIEW.search(href) or VIEWED_FILE.fullmatch(query):
        return True
    # The picture's own file in another size (Ning: "…/file/get/1334?profile=original" around
    # "…/file/get/1334?profile=RESIZE_710x").
    image = link.find(".//img")
    if image is not None and (image.get("src") or "").split("?")[0].split("#")[0] == href:
        return True
    marks = " ".join([link.get("class") or "", link.get("rel") or "", *link.attrib.keys()])
    return bool(LIGHTBOX.search(marks))


#: How far above the article's element a featured image before it is looked for, and how far
#: when the headline stands between them.
FEATURED_LEVELS = 2
HEADLINE_LEVELS = 6
#: Paragraphs of the extracted text found on the page before a caption is looked for.
MIN_MATCHED_PARAGRAPHS = 2
MAX_CAPTION_CHARS = 400
#: Text a figure holds besides its caption (a credit, a "zoom" label); more is an article's.
MAX_FIGURE_EXTRA_CHARS = 200


def article_element(tree: HtmlElement, lines: list[str]) -> HtmlElement | None:
    """The element holding the extracted paragraphs, or None when too few are found on the page.
    Paragraphs are looked for as <p> elements, and on a page without (text in <br>-separated
    lines, as DataLife Engine writes it) as the texts of any element."""
    wanted = set(lines)
    enough = max(1, min(MIN_MATCHED_PARAGRAPHS, len(lines)))
    found = [p for p in tree.iter("p") if normalize_space(p.text_content()) in wanted]
    if len(found) < enough:
        found = _holders_of_lines(tree, wanted)
    if len(found) < enough:
        return None
    # The common ancestors of the first and the last in page order are those of all of them.
    last = set(found[-1].iterancestors())
    common = [element for element in found[0].iterancestors() if element in last]
    if not common or common[0].tag in ("body", "html"):
        return None
    return next((element for element in common if element.tag == "article"), common[0])


def _holders_of_lines(tree: HtmlElement, wanted: set[str]) -> list[HtmlElement]:
    """The elements of the body whose own text, or whose tail (the line after a <br>), is a whole
    extracted line: each stands where a <p> would (the <title> that repeats the headline does not)."""
    body = tree.find("body")
    return [
        element
        for element in (body if body is not None else tree).iter()
        if (element.text and normalize_space(element.text) in wanted)
        or (element.tail and normalize_space(element.tail) in wanted)
    ]


def _before_the_article(article: HtmlElement) -> Iterator[tuple[HtmlElement, HtmlElement]]:
    """The elements before the article's element, each with the container it was found in: those
    within FEATURED_LEVELS above it or within the post's own element, and, up to HEADLINE_LEVELS
    above it, those between the headline (<h1>) and it (Liferay puts the cover picture and its
    caption between the post's header and its body, four levels up)."""
    container, child = article, article
    for level in range(1, HEADLINE_LEVELS + 1):
        container = container.getparent()
        if container is None or container.tag in ("body", "html"):
            return
        near = level <= FEATURED_LEVELS or _is_the_post(container)
        if near or next(container.iter("h1"), None) is not None:
            after_headline = near
            for element in container.iter():
                if element is child:
                    break
                after_headline = after_headline or element.tag == "h1"
                if after_headline:
                    yield container, element
        child = container


def _is_the_post(element: HtmlElement) -> bool:
    """The element is the post's own, which WordPress classes "hentry" (BeTheme sets the headline
    above it, the cover picture and its caption in it before the body)."""
    return "hentry" in (element.get("class") or "").split()


def _featured(article: HtmlElement) -> list[HtmlElement]:
    """The first caption before the article's element (`_before_the_article`)."""
    captions: dict[HtmlElement, set[HtmlElement]] = {}
    for container, element in _before_the_article(article):
        if container not in captions:
            captions[container] = set(_captions(container))
        if element in captions[container]:
            return [element] if _in_article(element, container) else []
    return []


#: A picture of the page's furniture, by its class or file: the author's avatar ("Elena Puig for
#: Levante-EMV"), a logo, an icon.
NOT_A_PHOTO = re.compile(r"avatar|gravatar|author|logo|icon|profile", re.IGNORECASE)


def featured_alt(article: HtmlElement | None) -> str | None:
    """The alt text of the first picture before the article's element, when it is the article's
    own (not a teaser's or a sidebar's; a link around it may only show the picture)."""
    if article is None:
        return None
    for container, element in _before_the_article(article):
        if element.tag != "img" or NOT_A_PHOTO.search(
            f"{element.get('class') or ''} {element.get('src') or ''}"
        ):
            continue
        alt = normalize_space(element.get("alt") or "")
        if (
            len(alt.split()) >= 2
            and len(alt) <= MAX_CAPTION_CHARS
            and _in_article(element, container, picture_links=True)
        ):
            return alt
    return None


def _in_article(element: HtmlElement, article: HtmlElement, picture_links: bool = False) -> bool:
    """Whether nothing between the element and the article's element makes it no part of the
    article; with `picture_links`, a link around it that only shows the picture does not."""
    for ancestor in element.iterancestors():
        if ancestor is article:
            return True
        if picture_links and ancestor.tag == "a":
            if _shows_the_picture(ancestor):
                continue
            return False
        # "has-share-float" says what the block has, not what it is.
        classes = (
            name
            for name in (ancestor.get("class") or "").split()
            if name not in LAYOUT_CLASSES
            and not PICTURE_WIDGET.match(name)
            and not name.startswith(NOT_A_CAPTION_PREFIX)
        )
        names = f"{' '.join(classes)} {ancestor.get('id') or ''}"
        if ancestor.tag in NOT_INSIDE:
            return False
        # A block that holds the headline is the page's layout (GoDaddy's "widget widget-blog"
        # around the whole post), not a box beside the article.
        if NOT_ARTICLE.search(names) and ancestor.find(".//h1") is None:
            return False
    return False


def _figure_links(caption: HtmlElement, text: str) -> list[HtmlElement]:
    """The links of the caption's figure: its parent's, or, where the parent holds more than a
    picture and its caption (Bitrix puts the caption straight in the article's <div>, between the
    picture and the text), the caption's own and those of the element before it."""
    parent = caption.getparent()
    if parent is None:
        return []
    if len(normalize_space(parent.text_content())) <= len(text) + MAX_FIGURE_EXTRA_CHARS:
        return list(parent.iter("a"))
    before = caption.getprevious()
    return [*caption.iter("a"), *(before.iter("a") if before is not None else ())]


def _links_away(caption: HtmlElement) -> bool:
    """A teaser's figure: its picture, or its whole caption, links to a page (not to the picture
    itself, its file or a lightbox); a photographer's credit linked inside a caption is no teaser."""
    text = normalize_space(caption.text_content())
    own_id = caption.get("id")
    for link in _figure_links(caption, text):
        if _shows_the_picture(link):
            continue
        # A picture the caption is declared to describe (WordPress's gallery: <img
        # aria-describedby="gallery-1-1415"> in a link to its attachment page) is the figure's own.
        if own_id and link.xpath(".//img[@aria-describedby = $id]", id=own_id):
            continue
        if link.find(".//img") is not None or normalize_space(link.text_content()) == text:
            return True
    return False


def marked_captions(article: HtmlElement | None) -> list[str]:
    """The texts the article's element (`article_element`) marks up as captions, in page order."""
    if article is None:
        return []
    inside = [caption for caption in _captions(article) if _in_article(caption, article)]
    # A caption inside another ("image-caption" around "caption-text" and "caption-copyright",
    # Pimcore's) is part of it.
    marked = set(inside)
    inside = [caption for caption in inside if not any(a in marked for a in caption.iterancestors())]
    found: dict[str, None] = {}
    for caption in [*_featured(article), *inside]:
        text = normalize_space(_caption_text(caption))
        if text and len(text) <= MAX_CAPTION_CHARS and not _links_away(caption):
            found[text] = None
    return list(found)


def credited_caption_lines(captions: list[str], lines: list[str]) -> dict[str, str]:
    """Caption → the text's line that holds it with the photo credit after it, where the credit
    stands outside the caption's element (vBulletin: <i>Caption.</i> (Photo: ANP)<br>)."""
    found = {}
    for caption in captions:
        for line in lines:
            if line.startswith(caption) and line != caption:
                match = CLOSING_CREDIT.search(line)
                if match and match.start() >= len(caption) - 1:
                    found[caption] = line
    return found


def caption_split_in_lines(captions: list[str], lines: list[str]) -> dict[str, tuple[str, str]]:
    """Caption → the two lines of the text it was split into, the sentence and the photo credit,
    where a line break parts them in the caption's element (DataLife Engine: <i>Caption.</i><br>
    <span style="font-size:8pt">Photo: …</span>)."""
    found = {}
    for first, second in pairwise(lines):
        caption = f"{first} {second}"
        if caption in captions and _is_credit(second):
            found[caption] = (first, second)
    return found


def image_alts(article: HtmlElement | None) -> tuple[str, ...]:
    """The alt texts (and titles) of the pictures in the article's element that describe something
    in words (two words or more), outside teasers and links: a farm translates captions, rarely
    the alt text, which keeps the original's spelling of the people in the picture."""
    if article is None:
        return ()
    found: dict[str, None] = {}
    for image in article.iter("img"):
        for text in (normalize_space(image.get("alt") or ""), normalize_space(image.get("title") or "")):
            if len(text.split()) >= 2 and len(text) <= MAX_CAPTION_CHARS and _in_article(image, article):
                found[text] = None
    return tuple(found)


def page_captions(article: HtmlElement | None, lines: list[str]) -> list[str]:
    """The marked-up captions of the article's element, in page order, less any already in the
    text (the captions stage moves those, logged)."""
    in_text = set(lines)
    return [text for text in marked_captions(article) if text not in in_text]
