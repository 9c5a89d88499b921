"""What a page declares about itself, read from its meta tags, JSON-LD and microdata."""

import json

from republished.cleaning.extract import PageElements, parse_html
from republished.cleaning.pagedata import PageData, read_page_data, shown_tags

URL = "https://news.example/sz/2024-05-16/detail-3081274.shtml"


def page_data(head: str, body: str = "<p>Text.</p>", url: str = URL) -> PageData:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>", url)
    elements = PageElements.of(tree)
    return read_page_data(tree, url, elements.all_meta(), elements.json_ld)


def ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_a_page_that_declares_nothing_has_nothing():
    assert page_data("<title>Hello</title>", url="https://news.example/hello") == PageData()


def test_json_ld_article_fields_come_before_meta_tags():
    data = page_data(
        '<meta property="og:image" content="/img/og.jpg">'
        '<meta property="article:section" content="Local">'
        '<meta property="article:modified_time" content="2024-05-17T10:00:00+08:00">'
        '<meta name="description" content="The meta description.">'
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "name": "Jiangnan Daily"},
                    {
                        "@type": "NewsArticle",
                        "headline": "Lifts for old blocks",
                        "datePublished": "2024-05-16T08:20:00+08:00",
                        "dateModified": "2024-05-16T09:00:00+08:00",
                        "image": [{"@type": "ImageObject", "url": "https://img.example/lift.jpg"}],
                        "articleSection": ["Suzhou", "Local"],
                        "keywords": "lifts, old blocks，ageing",
                        "publisher": {"@type": "Organization", "name": "Jiangnan Daily"},
                    },
                ],
            }
        )
    )
    assert data.article_type == "NewsArticle" and data.article_type_source == "JSON-LD"
    assert data.declared_date == "2024-05-16"
    assert data.date_modified == "2024-05-16"
    assert data.headline == "Lifts for old blocks"
    assert data.image == "https://img.example/lift.jpg"
    assert data.categories == ("Suzhou", "Local")
    assert data.tags == ("lifts", "old blocks", "ageing")
    assert data.description == "The meta description."
    assert data.site_names == ("Jiangnan Daily",)


def test_meta_tags_alone_relative_image_and_tags():
    data = page_data(
        '<meta property="og:type" content="News">'
        '<meta property="og:image" content="/img/og.jpg">'
        '<meta property="og:description" content=" An  og summary ">'
        '<meta property="article:tag" content="Suzhou"><meta property="article:tag" content="lifts">'
        '<meta name="keywords" content="姑苏区,老旧小区">'
        '<meta property="og:updated_time" content="2024-05-18">'
    )
    assert data.og_type == "news"
    assert data.image == "https://news.example/img/og.jpg"
    assert data.description == "An og summary"
    assert data.tags == ("Suzhou", "lifts", "姑苏区", "老旧小区")
    assert data.date_modified == "2024-05-18"
    assert data.declared_date is None
    assert data.url_has_date


def test_broken_json_ld_and_impossible_dates_are_passed_over():
    data = page_data(
        '<script type="application/ld+json">{"@type": "NewsArticle",</script>'
        + ld({"@type": "BlogPosting", "dateModified": "2024-02-30"}),
        url="https://blog.example/post",
    )
    assert data.article_type == "BlogPosting"
    assert data.date_modified is None


def test_microdata_dates_and_a_word_count():
    data = page_data(
        "",
        '<article itemscope itemtype="http://schema.org/NewsArticle">'
        '<time itemprop="datePublished" datetime="2019-11-20T10:43Z">20 Nov</time>'
        '<meta itemprop="dateModified" content="2019-11-21T08:00Z"><p>Text.</p></article>',
        url="https://www.jpost.example/Breaking-News/stabbed-608399",
    )
    assert (data.article_type, data.article_type_source) == ("NewsArticle", "microdata")
    assert data.declared_date == "2019-11-20"
    assert data.date_modified == "2019-11-21"
    assert page_data(ld({"@type": "Article", "wordCount": "480"})).declared_length == 480


def test_json_ld_authors_resolve_graph_references_and_keep_agencies_but_not_the_site():
    person = {"@type": "Person", "@id": "https://news.example/#/person/1", "name": "Ruth Castellano"}
    article = {
        "@type": "Article",
        "headline": "Library bond passes",
        "author": [
            {"@id": "https://news.example/#/person/1"},
            {"@type": "Organization", "name": "NTB"},
            {"@type": "NewsMediaOrganization", "name": "Jiangnan Daily"},
        ],
    }
    data = page_data(
        '<meta property="og:site_name" content="Jiangnan Daily">' + ld({"@graph": [article, person]})
    )
    assert data.authors == ("Ruth Castellano", "NTB")


def test_an_organisation_named_like_the_domain_is_the_site_not_an_author():
    article = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "News Example"}}
    assert page_data(ld(article)).authors == ()


def test_escaped_values_are_decoded_like_the_text():
    """WordPress writes term names escaped into JSON-LD (not HTML, so nothing decodes them), and
    some themes escape a meta description twice: a search index would facet on "&amp;"."""
    data = page_data(
        '<meta name="description" content="Ingrid S&amp;aelig;ther&amp;#8217;s debut &amp;amp; more">'
        + ld(
            {
                "@type": "NewsArticle",
                "articleSection": "News &amp; Politics",
                "keywords": "Ingrid S&aelig;ther, books &amp; literature",
            }
        )
    )
    assert data.description == "Ingrid Sæther’s debut & more"
    assert data.categories == ("News & Politics",)
    assert data.tags == ("Ingrid Sæther", "books & literature")


def test_an_ampersand_that_is_no_reference_stays():
    data = page_data('<meta name="description" content="Q&amp;A: rates &amp; fees">')
    assert data.description == "Q&A: rates & fees"


def test_the_posts_own_tag_links_are_its_tags_when_nothing_else_declares_them():
    body = """<article><p>Text.</p>
    <div class="post-tags">Tags: <a href="/tag/slovenia/" rel="tag">Slovenia</a>
    <a href="/tag/robert-golob/" rel="tag">Robert Golob</a>
    <a href="/category/news/" rel="category tag">News</a></div></article>
    <aside><a href="/tag/sport/" rel="tag">Sport</a></aside>
    <div class="related-posts"><a href="/tag/weather/" rel="tag">Weather</a></div>
    <div class="widget_tag_cloud"><a href="/tag/elections/" rel="tag">Elections</a></div>"""
    assert page_data("", body).tags == ("Slovenia", "Robert Golob")
    declared = page_data('<meta name="keywords" content="energy, nuclear">', body)
    assert declared.tags == ("energy", "nuclear")


def test_links_to_tag_pages_in_a_tag_list_are_tags_without_rel_tag():
    """Ghost's article-tag links, Blogger's labels and a tag bar with '#' carry no rel="tag"."""
    body = """<article><p>Text.</p>
    <div class="article-tags"><a class="article-tag" href="/tag/ricarda-vogel/">Ricarda Vogel</a>
    <a class="article-tag" href="/tag/rent/">#Rent</a></div></article>
    <header><div class="tags-bar"><a href="/tag/trending/">Trending</a></div></header>
    <div class="sidebar"><div class="tags"><a href="/tag/weather/">Weather</a></div></div>
    <p>See <a href="/tag/other/">other</a> stories.</p>"""
    assert page_data("", body).tags == ("Ricarda Vogel", "Rent")


def test_tags_in_the_articles_own_footer_or_tag_nav_are_its_tags():
    """Kadence puts the tags in the post's entry-footer (and marks its category link rel="tag"),
    Wix in a <nav aria-label="Tags"> under the post; the page's own footer and menu are not."""
    kadence = """<article class="entry single-entry"><div class="entry-meta">
    <a href="https://nordicwire24.com/category/norway/" rel="tag">Norway</a></div><p>Text.</p>
    <footer class="entry-footer"><div class="entry-tags"><span class="tags-links">
    <a href="https://nordicwire24.com/tag/bergen/" class="tag-link">Bergen</a>
    <a href="https://nordicwire24.com/tag/hakon-bakke/" class="tag-link">Håkon Bakke</a></span></div>
    </footer></article><footer class="site-footer"><div class="tags"><a href="/tag/about/">About</a></div></footer>"""
    assert page_data("", kadence).tags == ("Bergen", "Håkon Bakke")
    wix = """<nav aria-label="Main"><ul class="tags-list"><li><a href="/blog/tags/news">News</a></li></ul></nav>
    <article class="blog-post-page-font"><p>Text.</p><div class="post-tags"><nav aria-label="Tags">
    <ul class="tags-list"><li><a href="https://balticvoice-news.com/blog/tags/kristi-rebane" class="tag-button">
    Kristi Rebane</a></li><li><a href="https://balticvoice-news.com/blog/tags/estonia">Estonia</a></li></ul>
    </nav></div></article>"""
    assert page_data("", wix).tags == ("Kristi Rebane", "Estonia")


def test_tag_lists_named_in_camel_case_or_under_a_layout_class_on_the_body_are_read():
    """CSS modules write "ArticleTags_root"; Divi puts "et_right_sidebar" on the body itself."""
    modules = """<article class="ArticlePage_article"><p>Text.</p><div class="ArticleTags_root__Vw0Xy">
    <a href="/tag/ostrava">Ostrava</a><a href="/tag/lucie-vesela">Lucie Veselá</a></div></article>"""
    assert page_data("", modules).tags == ("Ostrava", "Lucie Veselá")
    divi = (
        '<html><head></head><body class="post-template-default et_right_sidebar"><article><p>Text.</p>'
        '<div class="eurot-tags">Tags: <a href="/tag/berlin/" rel="tag">Berlin</a>, '
        '<a href="/tag/jurgen-koch/" rel="tag">Jürgen Koch</a></div></article>'
        '<div id="sidebar"><div class="sidebar-tags"><a href="/tag/x/" rel="tag">X</a></div></div></body></html>'
    )
    tree = parse_html(divi, URL)
    elements = PageElements.of(tree)
    assert read_page_data(tree, URL, elements.all_meta(), elements.json_ld).tags == ("Berlin", "Jürgen Koch")


def test_a_cloud_of_tag_links_is_no_articles_tags():
    links = "".join(f'<a href="/tag/t{i}/" rel="tag">Tag {i}</a>' for i in range(30))
    assert page_data("", f"<p>Text.</p><div>{links}</div>").tags == ()


def test_a_list_of_single_links_to_tag_pages_is_the_articles_tags():
    """Hugo's Ananke theme: tag pills in a <ul> whose items hold one link each, named for nothing
    but layout; the menu's list of tag links is not the article's."""
    body = """<nav><ul><li><a href="/tags/news/">News</a></li><li><a href="/tags/sport/">Sport</a></li></ul></nav>
    <article><p>Text.</p><ul class="pa0"><li class="list di"><a href="/tags/rijeka/" class="link br-pill">Rijeka</a>
    </li><li class="list di"><a href="/tags/marina-vrana/" class="link br-pill">Marina Vrana</a></li></ul></article>
    <ul><li><a href="/tags/a/">A</a></li><li><a href="/about/">About</a></li></ul>"""
    assert page_data("", body).tags == ("Rijeka", "Marina Vrana")


def test_the_tags_shown_near_the_article_are_read_whatever_the_meta_tags_declare():
    body = """<main><div class="wrap"><div class="post"><div class="content"><p>Text.</p></div></div>
    <ul class="pa0"><li><a href="/tags/rijeka/">Rijeka</a></li><li><a href="/tags/marina-vrana/">Marina Vrana</a></li>
    </ul></div><div class="post-tags"><a href="/tag/x/" rel="tag">X</a></div></main>"""
    tree = parse_html(f"<html><head></head><body>{body}</body></html>", URL)
    assert shown_tags(tree.find(".//div[@class='content']")) == ("Rijeka", "Marina Vrana")
    assert shown_tags(None) == ()


def test_discourses_og_prefixed_article_section_and_tags_are_read():
    data = page_data(
        '<meta property="og:article:section" content="Argentina">'
        '<meta property="og:article:section:color" content="0E76BD">'
        '<meta property="og:article:tag" content="buenos-aires">'
        '<meta property="og:article:tag" content="culture">'
    )
    assert data.categories == ("Argentina",)
    assert data.tags == ("buenos-aires", "culture")
    assert data.tags_declared


def test_a_forum_threads_first_post_names_its_forum_as_the_section():
    """XenForo's DiscussionForumPosting: the forum's title is the thread's articleSection."""
    data = page_data(
        ld(
            {
                "@type": "DiscussionForumPosting",
                "headline": "Cycle lanes",
                "articleSection": "Chiang Mai News",
            }
        )
    )
    assert data.categories == ("Chiang Mai News",)
    assert data.article_type is None


def test_a_page_type_of_another_pages_address_does_not_describe_this_page():
    """Invision adds the forum's ContactPage, the contact form's URL, to every topic."""
    contact = {
        "@context": "http://schema.org",
        "@type": "ContactPage",
        "url": "https://forum.example/contact/",
    }
    assert page_data(ld(contact), url="https://forum.example/topic/4821-red-line/").other_page_type is None
    listing = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "@id": "https://news.example/lagos/#webpage",
    }
    assert page_data(ld(listing), url="https://news.example/lagos/").other_page_type == "CollectionPage"
