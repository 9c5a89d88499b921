"""Main-text extraction with trafilatura: the page is parsed once and the tree passed along."""

import json
from contextlib import suppress
from dataclasses import dataclass
from urllib.parse import urlsplit

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.metadata import examine_meta, extract_meta_json
from trafilatura.utils import load_html

from cleaning.draft import PageMeta
from cleaning.errors import PageError
from cleaning.timing import Stopwatch


@dataclass(frozen=True)
class ExtractionOptions:
    favor_precision: bool = True
    include_tables: bool = True

    @classmethod
    def from_config(cls, options: dict) -> "ExtractionOptions":
        return cls(**options)


@dataclass
class Extracted:
    meta: PageMeta
    title_raw: str
    lines: list[str]


def normalize_space(text: str) -> str:
    r"""Runs of whitespace as one space, none at the ends. str.split and the regex \s agree
    on what whitespace is (str.isspace), and splitting is twice as quick as re.sub."""
    return " ".join(text.split())


def parse_html(html: str | bytes, source: str) -> HtmlElement:
    if not html or not html.strip():
        raise PageError(source, "empty page")
    tree = load_html(html)
    if tree is None:
        raise PageError(source, "not parseable as HTML")
    return tree


def _first(tree: HtmlElement, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        text = normalize_space(value if isinstance(value, str) else value.text_content())
        if text:
            return text
    return None


def page_title(tree: HtmlElement) -> str | None:
    """The title as the page shows it (the <title> element, else og:title, else the first h1)."""
    return (
        _first(tree, "//head/title")
        or _first(tree, "//title")
        or _first(tree, "//meta[@property='og:title']/@content")
        or _first(tree, "//h1")
    )


def _walk_based_on(node, found: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("isBasedOn", "isBasedOnUrl"):
                for item in value if isinstance(value, list) else [value]:
                    url = item.get("url") or item.get("@id") if isinstance(item, dict) else item
                    if isinstance(url, str):
                        found.append(url)
            else:
                _walk_based_on(value, found)
    elif isinstance(node, list):
        for item in node:
            _walk_based_on(item, found)


def based_on_urls(tree: HtmlElement) -> tuple[str, ...]:
    """What the page's JSON-LD declares it is based on; malformed JSON-LD is ignored."""
    found: list[str] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        if "isBasedOn" not in script:
            continue
        try:
            _walk_based_on(json.loads(script), found)
        except ValueError:
            continue
    return tuple(found)


def page_links(tree: HtmlElement) -> tuple[str, ...]:
    """Absolute links only: a relative link stays on the republisher's site."""
    return tuple(dict.fromkeys(href.strip() for href in tree.xpath("//a/@href[starts-with(., 'http')]")))


def byline_and_date(tree: HtmlElement, url: str) -> tuple[list[str], str | None]:
    """Authors and publication date from the page's metadata (meta tags, JSON-LD, URL),
    read with trafilatura's and htmldate's own readers.

    Their searches of the whole page (bylines in the body, dates in the text) cost
    more than the rest of the cleaning together and guess more often; WordPress farms
    declare both in their metadata, so a page that does not gets none.
    """
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    with suppress(Exception):  # trafilatura's JSON-LD reader can fail on broken JSON-LD; meta tags remain
        meta = extract_meta_json(tree, meta)
    authors = [normalize_space(a) for a in (meta.author or "").split(";") if a.strip()]
    date = find_date(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return authors, date


def extract(
    html: str | bytes, url: str, options: ExtractionOptions, stopwatch: Stopwatch | None = None
) -> Extracted:
    stopwatch = stopwatch or Stopwatch(None)
    tree = parse_html(html, url)
    stopwatch.lap("parse HTML")
    document = bare_extraction(
        tree,
        url=url,
        include_comments=False,
        favor_precision=options.favor_precision,
        include_tables=options.include_tables,
    )
    stopwatch.lap("trafilatura extraction")
    if document is None or not (document.text or "").strip():
        raise PageError(url, "no main text found")
    lines = []
    for raw in document.text.splitlines():
        line = normalize_space(raw)
        if line:
            lines.append(line)
    authors, date = byline_and_date(tree, url)
    meta = PageMeta(
        url=url,
        host=(urlsplit(url).hostname or "").lower(),
        site_name=_first(tree, "//meta[@property='og:site_name']/@content"),
        canonical_url=_first(tree, "//link[@rel='canonical']/@href")
        or _first(tree, "//meta[@property='og:url']/@content"),
        og_url=_first(tree, "//meta[@property='og:url']/@content"),
        links=page_links(tree),
        based_on=based_on_urls(tree),
        authors=authors,
        date_published=date,
    )
    title_raw = page_title(tree) or ""
    stopwatch.lap("page metadata and lines")
    return Extracted(meta=meta, title_raw=title_raw, lines=lines)
