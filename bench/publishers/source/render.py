"""Render a hand-written page spec (bench/publishers/specs.py) as a publisher's article page.

The page's metadata is placed where the spec says (JSON-LD article or a Yoast-style @graph,
meta tags, a visible <time>, a date only in the text, bylines in the body), inside one of
several CMS templates. The expected values beside each page are the spec's own, written by
hand, never read back from the cleaner.
"""

import html
import json

#: Navigation, footer and teaser text every template shares (what a site shows around a story).
SKINS = ("wordpress", "arc", "brightspot", "drupal", "portal", "euro")


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def json_ld_author(author) -> dict:
    """A Person, or an Organization for ("org", name)."""
    if isinstance(author, tuple):
        return {"@type": "Organization", "name": author[1]}
    return {"@type": "Person", "name": author}


def article_json_ld(spec: dict) -> dict:
    node = {
        "@context": "https://schema.org",
        "@type": spec.get("ld_type", "NewsArticle"),
        "mainEntityOfPage": {"@type": "WebPage", "@id": spec["url"]},
        "headline": spec.get("ld_headline", spec["headline"]),
        "publisher": {"@type": "Organization", "name": spec.get("ld_publisher", spec["site"])},
    }
    if spec.get("ld_date", True):
        node["datePublished"] = spec["published"]
        if spec.get("modified"):
            node["dateModified"] = spec["modified"]
    authors = spec.get("ld_authors", spec["authors"])
    if authors:
        node["author"] = (
            [json_ld_author(a) for a in authors] if len(authors) > 1 else json_ld_author(authors[0])
        )
    if spec.get("section"):
        node["articleSection"] = spec["section"]
    return node


def yoast_graph(spec: dict) -> dict:
    """Yoast SEO's @graph: organisation, website, web page, article and its authors by @id."""
    base = spec["url"].split("/", 3)
    root = f"{base[0]}//{base[2]}/"
    authors = spec.get("ld_authors", spec["authors"])
    people = [
        {
            "@type": "Person",
            "@id": f"{root}#/schema/person/{index}",
            "name": name,
            "url": f"{root}author/{index}/",
        }
        for index, name in enumerate(authors)
    ]
    article = {
        "@type": "Article",
        "@id": f"{spec['url']}#article",
        "isPartOf": {"@id": spec["url"]},
        "headline": spec.get("ld_headline", spec["headline"]),
        "datePublished": spec["published"],
        "dateModified": spec.get("modified", spec["published"]),
        "mainEntityOfPage": {"@id": spec["url"]},
        "publisher": {"@id": f"{root}#organization"},
        "articleSection": [spec.get("section", "News")],
        "inLanguage": spec["lang"],
    }
    if people:
        article["author"] = [{"name": p["name"], "@id": p["@id"]} for p in people]
    graph = [
        article,
        {
            "@type": "WebPage",
            "@id": spec["url"],
            "url": spec["url"],
            "name": spec["title_tag"],
            "isPartOf": {"@id": f"{root}#website"},
            "datePublished": spec["published"],
            "dateModified": spec.get("modified", spec["published"]),
            "breadcrumb": {"@id": f"{spec['url']}#breadcrumb"},
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{spec['url']}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": root},
                {"@type": "ListItem", "position": 2, "name": spec["headline"]},
            ],
        },
        {"@type": "WebSite", "@id": f"{root}#website", "url": root, "name": spec["site"]},
        {"@type": "Organization", "@id": f"{root}#organization", "name": spec["site"], "url": root},
        *people,
    ]
    return {"@context": "https://schema.org", "@graph": graph}


def head(spec: dict) -> str:
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(spec['title_tag'])}</title>",
        f'<link rel="canonical" href="{escape(spec["url"])}">',
        f'<meta name="description" content="{escape(spec["paras"][0][:150])}">',
    ]
    if spec.get("og_site", spec["site"]):
        parts.append(f'<meta property="og:site_name" content="{escape(spec.get("og_site", spec["site"]))}">')
    og_title = spec.get("og_title", spec["headline"])
    if og_title:
        parts.append(f'<meta property="og:title" content="{escape(og_title)}">')
    parts += [
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{escape(spec["url"])}">',
    ]
    if spec.get("meta_date", True):
        parts.append(f'<meta property="article:published_time" content="{spec["published"]}">')
        if spec.get("modified"):
            parts.append(f'<meta property="article:modified_time" content="{spec["modified"]}">')
    if spec.get("section"):
        parts.append(f'<meta property="article:section" content="{escape(spec["section"])}">')
    if spec.get("meta_author"):
        parts.append(f'<meta name="author" content="{escape(spec["meta_author"])}">')
    ld = spec.get("ld", "article")
    if ld == "article":
        parts.append(
            f'<script type="application/ld+json">{json.dumps(article_json_ld(spec), ensure_ascii=False)}</script>'
        )
    elif ld == "graph":
        parts.append(
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast_graph(spec), ensure_ascii=False)}</script>'
        )
    return "\n".join(parts)


def figure(spec: dict) -> str:
    if not spec.get("credit"):
        return ""
    return (
        f'<figure class="lead-image"><img src="/img/{spec["slug"]}.jpg" alt="">'
        f'<figcaption>{escape(spec.get("caption", ""))} <span class="credit">{escape(spec["credit"])}</span>'
        "</figcaption></figure>"
    )


def article(spec: dict, classes: dict) -> str:
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in spec["paras"])
    return f"""<article class="{classes["article"]}">
<div class="{classes["kicker"]}"><a href="/{escape(spec.get("section", "news").lower())}/">{escape(spec.get("section", ""))}</a></div>
<h1 class="{classes["headline"]}">{escape(spec.get("h1", spec["headline"]))}</h1>
<div class="{classes["meta"]}">{spec.get("byline", "")}
{spec.get("dateline", "")}</div>
{figure(spec)}
<div class="{classes["body"]}">
{paragraphs}
</div>
{spec.get("after", "")}
</article>"""


CLASSES = {
    "wordpress": {
        "article": "post type-post status-publish",
        "kicker": "cat-links",
        "headline": "entry-title",
        "meta": "entry-meta",
        "body": "entry-content",
    },
    "arc": {
        "article": "article-body-wrapper",
        "kicker": "overline",
        "headline": "headline",
        "meta": "byline-wrapper",
        "body": "article-body",
    },
    "brightspot": {
        "article": "Page-main ArticlePage",
        "kicker": "ArtP-section",
        "headline": "ArtP-headline",
        "meta": "ArtP-byline",
        "body": "RichTextArticleBody",
    },
    "drupal": {
        "article": "node node--type-article node--view-mode-full",
        "kicker": "field--name-field-section",
        "headline": "page-title",
        "meta": "node__meta",
        "body": "field--name-body field--type-text-with-summary",
    },
    "portal": {
        "article": "news_view",
        "kicker": "cate",
        "headline": "tit_view",
        "meta": "info_view",
        "body": "article_txt",
    },
    "euro": {
        "article": "c-article",
        "kicker": "c-article__kicker",
        "headline": "c-article__title",
        "meta": "c-article__meta",
        "body": "c-article__body",
    },
}


def chrome(spec: dict, skin: str) -> tuple[str, str]:
    """The site's header (logo, menu) and footer (teasers, links, copyright) around the story."""
    menu = "".join(f'<li><a href="/{escape(m.lower())}/">{escape(m)}</a></li>' for m in spec["menu"])
    teasers = "".join(
        f'<li><a href="/story/{i}/">{escape(t)}</a></li>' for i, t in enumerate(spec["teasers"])
    )
    header = (
        f'<header class="site-header {skin}"><a class="logo" href="/">{escape(spec["site"])}</a>'
        f'<nav><ul class="menu">{menu}</ul></nav></header>'
    )
    footer = (
        f'<aside class="related"><h2>{escape(spec["more"])}</h2><ul>{teasers}</ul></aside>'
        f'<footer class="site-footer"><p>© {spec["published"][:4]} {escape(spec["site"])}</p>'
        f'<ul><li><a href="/about/">{escape(spec["menu"][-1])}</a></li></ul></footer>'
    )
    return header, footer


def render(spec: dict) -> str:
    skin = spec["skin"]
    header, footer = chrome(spec, skin)
    return f"""<!DOCTYPE html>
<html lang="{spec["lang"]}">
<head>
{head(spec)}
</head>
<body class="{skin}-page">
{header}
<main id="main">
{article(spec, CLASSES[skin])}
</main>
{footer}
</body>
</html>
"""


def expected(spec: dict) -> dict:
    return {
        "url": spec["url"],
        "country": spec["cc"],
        "language": spec["lang"],
        "title": spec["headline"],
        "date_published": spec["day"],
        "authors": spec["authors"],
        "hard": spec["hard"],
    }
