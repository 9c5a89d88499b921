"""spiders.decoding: saved pages decoded as a browser would (BOM, HTTP charset, meta, detection)."""

import codecs

import pytest
from scrapy.http import HtmlResponse
from w3lib.encoding import html_body_declared_encoding

from republished.spiders.decoding import decode_saved_page
from tests.multilingual import NAMES, expected, raw_page


@pytest.mark.parametrize("name", NAMES)
def test_each_fixture_page_decodes_from_its_saved_bytes(name):
    page, raw = expected(name), raw_page(name)
    text, encoding = decode_saved_page(raw)
    assert "\ufffd" not in text
    assert text == raw.decode(page["charset"]), encoding
    for sentence in page["text_contains"]:
        assert sentence in text
    codecs.lookup(encoding)  # a name Python knows


@pytest.mark.parametrize("name", NAMES)
def test_a_fixture_page_reads_as_the_crawl_reads_it(name):
    """Scrapy's response.text (what the crawl cleans) for the same bytes, with no HTTP charset."""
    raw = raw_page(name)
    response = HtmlResponse(url=expected(name)["url"], body=raw)
    assert decode_saved_page(raw) == (response.text, codecs.lookup(response.encoding).name)


def test_the_fixtures_exercise_every_way_a_page_names_its_encoding():
    declared = {name: html_body_declared_encoding(raw_page(name)) for name in NAMES}
    assert len(NAMES) >= 8
    assert declared["ru-ural-tram-ring"] is None  # no declaration at all: detection
    assert b"<meta charset" not in raw_page("ko-honam-shuttle-bus")  # an http-equiv only
    assert declared["ko-honam-shuttle-bus"] == "cp949"
    # gb2312 declared, GBK bytes (喆 is not in GB2312): the label means GBK or its superset, as in
    # browsers (w3lib 2.6 says "gbk", as WHATWG does; 2.5 said "gb18030")
    assert declared["zh-jiangnan-elevators"] in ("gbk", "gb18030")
    assert "喆" in decode_saved_page(raw_page("zh-jiangnan-elevators"))[0]


def test_iso_8859_15_is_not_read_as_cp1252():
    text, encoding = decode_saved_page(raw_page("fr-odet-halles-quimper"))
    assert encoding == "iso8859-15"
    assert "en plein cœur de Quimper" in text
    assert "38 € le mètre carré" in text


# Byte order marks: they win over every declaration, and are not part of the text.


def test_a_utf8_bom_wins_over_the_meta_charset_and_is_stripped():
    raw = codecs.BOM_UTF8 + '<meta charset="windows-1251"><p>Größe: 5 €</p>'.encode()
    assert decode_saved_page(raw) == ('<meta charset="windows-1251"><p>Größe: 5 €</p>', "utf-8")


def test_a_bom_wins_over_the_http_charset():
    raw = codecs.BOM_UTF8 + "<p>Śląsk</p>".encode()
    assert decode_saved_page(raw, declared="iso-8859-2") == ("<p>Śląsk</p>", "utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_page_is_read_by_its_bom(codec):
    page = expected("ja-tokai-nippo-demand-bus")
    html = raw_page("ja-tokai-nippo-demand-bus").decode(page["charset"])
    raw = ("\ufeff" + html).encode(codec)
    text, encoding = decode_saved_page(raw)
    assert (text, encoding) == (html, codec)


def test_a_bom_is_trusted_even_when_bytes_after_it_are_not_utf8():
    """No cp1252 fallback after a UTF-8 BOM: the bad byte becomes U+FFFD, the rest stays UTF-8."""
    raw = codecs.BOM_UTF8 + "<p>Über".encode() + b" caf\xe9</p>"
    assert decode_saved_page(raw) == ("<p>Über caf\ufffd</p>", "utf-8")


# A wrong declaration.


def _declared_as(raw: bytes, old: bytes, new: bytes) -> bytes:
    assert raw.count(old) == 1
    return raw.replace(old, new)


def test_a_page_declared_utf8_that_is_latin1_is_read_as_cp1252():
    """The crawl's rule (republished/charset_fallback): "UTF-8" that is not UTF-8 is cp1252."""
    page = expected("de-rundschau-hallenbad")
    raw = _declared_as(raw_page("de-rundschau-hallenbad"), b'charset="iso-8859-1"', b'charset="utf-8"')
    text, encoding = decode_saved_page(raw)
    assert encoding == "cp1252"
    assert "\ufffd" not in text
    for sentence in page["text_contains"]:
        assert sentence in text


def test_a_page_served_as_utf8_that_is_windows1252_is_read_as_cp1252():
    raw = '<html><head><meta charset="utf-8"></head><body><p>„Wir sind froh“ – 5 €</p></body></html>'
    text, encoding = decode_saved_page(raw.encode("cp1252"), declared="text/html; charset=UTF-8")
    assert (text, encoding) == (raw, "cp1252")


def test_a_utf8_page_cut_off_inside_its_last_character_stays_utf8():
    """A truncated save is not a wrong declaration: only the cut character is replaced."""
    raw = raw_page("es-pisuerga-bibliotecas")
    cut = raw[: raw.index("«Hay estudiantes".encode()) + 1]  # the first byte of « only
    text, encoding = decode_saved_page(cut)
    assert encoding == "utf-8"
    assert text.endswith("<p>\ufffd")
    assert "época de exámenes" in text


def test_a_page_declaring_latin1_whose_bytes_are_utf8_is_utf8():
    """A server's default latin-1 over a UTF-8 page: read as windows-1252 it was mojibake that
    ftfy repaired in the text only, not in the title, and the content hash differed from the same
    page served right. windows-1252 text is valid UTF-8 only by accident."""
    raw = '<meta charset="iso-8859-1"><p>Müller – Tromsø</p>'.encode()
    assert decode_saved_page(raw) == ('<meta charset="iso-8859-1"><p>Müller – Tromsø</p>', "utf-8")
    assert decode_saved_page(raw, declared="text/html; charset=ISO-8859-1")[1] == "utf-8"


def test_a_page_declaring_a_single_byte_charset_is_taken_at_its_word():
    """Bytes that are not UTF-8 under a latin-1 declaration are latin-1 (read as windows-1252)."""
    raw = '<meta charset="iso-8859-1"><p>Müller – Tromsø</p>'.encode("cp1252")
    assert decode_saved_page(raw) == ('<meta charset="iso-8859-1"><p>Müller – Tromsø</p>', "cp1252")


# The HTTP charset, when it is known, overrides the page's meta.


def test_an_http_charset_overrides_a_wrong_meta_charset():
    page = expected("ru-ural-tram-ring")
    raw = _declared_as(raw_page("ru-ural-tram-ring"), b"<head>\n", b'<head>\n<meta charset="koi8-r">\n')
    meta_only, meta_encoding = decode_saved_page(raw)
    assert meta_encoding == "koi8-r"
    assert page["text_contains"][0] not in meta_only
    for declared in ("windows-1251", "text/html; charset=windows-1251", "CP1251"):
        text, encoding = decode_saved_page(raw, declared=declared)
        assert encoding == "cp1251"
        for sentence in page["text_contains"]:
            assert sentence in text


@pytest.mark.parametrize("declared", [None, "", "text/html", "x-no-such-charset", "utf-7"])
def test_an_http_charset_that_is_missing_or_unknown_leaves_the_meta_charset(declared):
    """w3lib refuses utf-7 (it can smuggle markup) as browsers do; an unknown label counts as none."""
    raw = raw_page("ar-asima-tabarbour-park")
    assert decode_saved_page(raw, declared=declared) == decode_saved_page(raw)
    assert decode_saved_page(raw, declared=declared)[1] == "cp1256"


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
def test_a_meta_charset_of_utf16_means_utf8(label):
    """The WHATWG prescan's rule (Scrapy reads such a page as UTF-16, into CJK-looking noise)."""
    html = f'<html><head><meta charset="{label}"></head><body><p>Ærlig talt, sa Støre</p></body></html>'
    assert decode_saved_page(html.encode()) == (html, "utf-8")


# Undecodable bytes: replacement characters, never an exception.


def test_bad_bytes_in_a_shift_jis_page_become_replacement_characters():
    raw = raw_page("ja-tokai-nippo-demand-bus")
    sentence = "運賃は1回300円で".encode("shift_jis")
    broken = raw.replace(sentence, b"\x85\xff" + sentence)  # no such Shift_JIS characters
    text, encoding = decode_saved_page(broken)
    assert encoding == "cp932"  # no cp1252 fallback: that rule is for pages decoded as UTF-8
    assert "\ufffd" in text
    assert "運賃は1回300円で、75歳以上と障害者手帳を持つ人は半額になる。" in text


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00" * 10,
        bytes(range(256)),
        b"\xff\xfe\x00",  # a UTF-16 BOM and half a character
        b'<meta charset="utf-16"><p>x</p>',
        b'<meta charset="no-such-thing"><p>caf\xe9</p>',
        b"<p>\x81\x8d\x8f\x90\x9d</p>",  # undefined even in cp1252
        codecs.BOM_UTF8 + b"\xc3",
    ],
    ids=["empty", "nul", "all bytes", "cut utf-16", "meta utf-16", "unknown meta", "cp1252 holes", "bom cut"],
)
def test_odd_bytes_never_raise(raw):
    text, encoding = decode_saved_page(raw)
    assert isinstance(text, str)
    codecs.lookup(encoding)


def test_bytes_undefined_in_cp1252_are_replaced_after_the_fallback():
    text, encoding = decode_saved_page(b'<meta charset="utf-8"><p>caf\xe9 \x81</p>')
    assert (text, encoding) == ('<meta charset="utf-8"><p>café \ufffd</p>', "cp1252")


def test_windows_1252_wins_when_detection_cannot_tell_it_from_windows_1250():
    """Spanish without a declaration: charset-normalizer rates windows-1250 and windows-1252 the
    same and tried windows-1250 first ("pequeña" read as "pequeńa"); a browser reads windows-1252."""
    html = (
        "<html><head><title>La flota pesquera</title></head><body><article>"
        "<p>La pequeña flota de bajura del puerto volvió a faenar el lunes tras tres semanas "
        "amarrada por el temporal, y los patrones calculan que la campaña de la anchoa será "
        "corta pero rentable si el precio en lonja se mantiene.</p>"
        "<p>El año pasado la cofradía vendió más de mil toneladas en la subasta de primavera.</p>"
        "</article></body></html>"
    )
    text, encoding = decode_saved_page(html.encode("cp1252"))
    assert (encoding, "pequeña" in text, "campaña" in text) == ("cp1252", True, True)


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<p>Müller – Tromsø</p>".encode(), "<p>Müller – Tromsø</p>"),  # UTF-8 under a latin-1 header
        ("<p>Müller – Tromsø</p>".encode("cp1252"), "<p>Müller – Tromsø</p>"),  # latin-1 as declared
    ],
)
def test_the_crawl_reads_a_latin1_served_page_as_scrapy_clean_does(body, text):
    from scrapy.utils.test import get_crawler

    from republished.spiders.republished import RepublishedSpider

    spider = RepublishedSpider.from_crawler(get_crawler(RepublishedSpider), urls=None, site="archyworldys")
    response = HtmlResponse(
        url="https://www.archyworldys.com/a/",
        body=body,
        headers={"Content-Type": "text/html; charset=ISO-8859-1"},
    )
    [page] = spider.parse_article(response)
    assert page.html == text == decode_saved_page(body, "text/html; charset=ISO-8859-1")[0]
