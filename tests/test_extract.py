import re
import sys
from pathlib import Path

import pytest
from lxml import etree
from trafilatura.utils import load_html

from cleaning.errors import PageError
from cleaning.extract import normalize_space, parse_html

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "samples").rglob("*.html")) + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))
ODD_PAGES = [
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1.dtd'>\n<html><body><p>x</p></body></html>",
    '<html xmlns="http://www.w3.org/1999/xhtml"/>\n<head><title>t</title></head><body><p>self-closed html</p></body>',
    '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>declared encoding</p></body></html>',
    "<html><body><p>control\x00 characters\x1f and \ufffe</p></body></html>",
    "<p>a fragment</p>",
    "<div><p>two</p></div><div><p>blocks</p></div>",
    "plain text, no markup at all",
    "<html><body></body></html>",
    "<!doctype html><html><head><meta charset=utf-8><title>Å</title></head><body>Ærø – “quoted”</body></html>",
    "<!DOCTYPE html>\n<html lang='en'><body><p>é</p></body></html>".encode("latin-1"),
    "<html><body><p>ä in UTF-16</p></body></html>".encode("utf-16"),
]


def test_normalize_space_treats_whitespace_as_the_regex_class_does():
    spaces = re.compile(r"\s+")
    for codepoint in range(sys.maxunicode + 1):
        text = f" a{chr(codepoint)}\t b {chr(codepoint)}"
        assert normalize_space(text) == spaces.sub(" ", text).strip()


def serialized(html: str | bytes) -> bytes | None:
    """The tree trafilatura's load_html makes of a page, or None."""
    tree = load_html(html)
    return None if tree is None else etree.tostring(tree.getroottree())


def parsed(html: str | bytes) -> bytes | None:
    try:
        return etree.tostring(parse_html(html, "page").getroottree())
    except PageError:
        return None


@pytest.mark.parametrize("page", PAGES, ids=lambda path: str(path.relative_to(ROOT)))
def test_parse_gives_trafilaturas_tree_for_sample_pages(page):
    assert parsed(page.read_bytes()) == serialized(page.read_bytes())
    text = page.read_text(encoding="utf-8", errors="replace")
    assert parsed(text) == serialized(text)


@pytest.mark.parametrize("page", ODD_PAGES)
def test_parse_gives_trafilaturas_tree_for_odd_pages(page):
    assert parsed(page) == serialized(page)
