"""Saved pages decoded the way a browser (and Scrapy's TextResponse) decodes a fetched one.

`scrapy clean` reads pages from disk, where no HTTP header survives; the decoding order
is w3lib's `html_to_unicode`, the function behind Scrapy's `response.text`:

1. a byte order mark (UTF-8, UTF-16, UTF-32), which wins over everything;
2. the HTTP charset, when the caller knows one (`declared`: a label such as "windows-1251",
   or a whole Content-Type value);
3. the page's own `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
   (or an XML declaration), in its first 4 KiB; a page whose meta says UTF-16 or UTF-32 is
   UTF-8, as the WHATWG prescan has it (a page that meta can be read from is not UTF-16);
4. detection, as Scrapy does it: UTF-8 when the bytes are valid UTF-8 (here also when only the
   last character is cut off), else charset-normalizer's guess.

Labels are mapped as the WHATWG Encoding Standard and browsers map them (w3lib's table):
latin-1 and ascii are decoded as cp1252, gb2312 and gbk as gb18030, shift_jis as cp932,
euc-kr as cp949.

A wrong declaration follows the crawl's rule (`republished/charset_fallback` in
spiders/republished.py): a page decoded as UTF-8 that is not valid UTF-8 is cp1252
(what "UTF-8" pages that are not are, in practice: latin-1 or windows-1252 text under a
template that says UTF-8), unless the only bad bytes are a multi-byte character cut off
at the very end of the file (a truncated save), which stays UTF-8. The crawl applies its
rule to whatever encoding was declared; here it is kept to UTF-8, so a Shift_JIS or GBK
page with one bad byte stays Shift_JIS or GBK with one U+FFFD instead of becoming cp1252
mojibake from top to bottom. The other way round, a page declared latin-1 or windows-1252
(a server's default, Apache's AddDefaultCharset) whose bytes are valid UTF-8 with characters
beyond ASCII is UTF-8: windows-1252 text is valid UTF-8 only by accident ("Ã©" typed as such).
A byte order mark is never second-guessed. Bytes that do not decode in the chosen encoding become
U+FFFD; decoding never raises.
"""

import codecs

from charset_normalizer import from_bytes
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    resolve_encoding,
)

#: The encoding of a page that is not valid UTF-8 although it is decoded as UTF-8.
FALLBACK_ENCODING = "cp1252"


def _valid_utf8_but_for_a_cut_end(raw: bytes) -> bool:
    """True when the bytes are UTF-8 whose last character may be cut off (a truncated file)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _detect(raw: bytes) -> str | None:
    """Scrapy's TextResponse._auto_detect_fun: UTF-8 when the bytes are UTF-8, else charset-normalizer's
    best guess; here UTF-8 whose last character is cut off (a truncated save) is UTF-8 too, and
    windows-1252 wins a tie."""
    if _valid_utf8_but_for_a_cut_end(raw):
        return "utf-8"
    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    if any(_tied(match, best) and match.encoding == FALLBACK_ENCODING for match in matches):
        return FALLBACK_ENCODING
    return resolve_encoding(best.encoding)


def _tied(match, best) -> bool:
    """charset-normalizer cannot tell the two apart (its own margins: chaos within 0.01,
    coherence within 0.02) and would take the one it tried first (windows-1250 before
    windows-1252: Spanish "ñ" read as "ń"); a browser takes windows-1252, as here."""
    return abs(match.chaos - best.chaos) < 0.01 and abs(match.coherence - best.coherence) <= 0.02


def _content_type(declared: str | None) -> str | None:
    """`declared` as the Content-Type value html_to_unicode reads; an unknown charset counts as none."""
    if not declared or not declared.strip():
        return None
    value = declared if "=" in declared or "/" in declared else f"charset={declared.strip()}"
    return value if http_content_type_encoding(value) else None


def decode_saved_page(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """The page's text and the (Python) name of the encoding it was decoded with.

    `declared` is the charset an HTTP response gave, when it is known (a label or a
    Content-Type value); it overrides the page's meta declaration, as in a browser.
    """
    raw = bytes(raw)
    content_type = _content_type(declared)
    if content_type is None and (html_body_declared_encoding(raw) or "").startswith(("utf-16", "utf-32")):
        content_type = "charset=utf-8"
    encoding, text = html_to_unicode(content_type, raw, auto_detect_fun=_detect)
    encoding = codecs.lookup(encoding).name
    if (
        encoding == "utf-8"
        and "\ufffd" in text
        and not raw.startswith(codecs.BOM_UTF8)
        and not _valid_utf8_but_for_a_cut_end(raw)
    ):
        return raw.decode(FALLBACK_ENCODING, errors="replace"), FALLBACK_ENCODING
    if is_utf8_declared_latin1(encoding, raw):
        return raw.decode("utf-8", errors="replace"), "utf-8"
    return text, encoding


def is_utf8_declared_latin1(encoding: str, raw: bytes) -> bool:
    """UTF-8 bytes under a latin-1 or windows-1252 declaration (read as windows-1252)."""
    return (
        codecs.lookup(encoding).name == FALLBACK_ENCODING
        and not raw.isascii()
        and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and _valid_utf8_but_for_a_cut_end(raw)
    )
