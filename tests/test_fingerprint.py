"""The record's fingerprint is trafilatura's content_fingerprint bit for bit: the
duplicate index's distance threshold was calibrated on it."""

import random
from pathlib import Path

import pytest
from trafilatura.deduplication import content_fingerprint as trafilatura_fingerprint

from republished.cleaning.fingerprint import content_fingerprint

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
TEXTS = [
    "",
    " ",
    "a b c",
    "Hello, world!",
    "—«»…",
    "中文测试，没有空格。",
    "先日、不正に改造したiPhoneを販売したとして、20代の男性が逮捕された。" * 3,
    "thekian1@entermedia.co.kr",
    "Lavrov: «NATO must withdraw from Romania and Bulgaria.» (NTB) – The Russian foreign minister said.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_fingerprint_as_trafilatura(text):
    assert content_fingerprint(text) == trafilatura_fingerprint(text)


def test_same_fingerprint_on_word_mixes_of_every_length():
    words = "the Storting's budget, «smittetallet» — 2022: Høie said; Støre’s (NRK) decision!".split()
    generator = random.Random(0)
    for length in range(0, 200, 3):
        text = " ".join(generator.choice(words) for _ in range(length))
        assert content_fingerprint(text) == trafilatura_fingerprint(text)


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda path: path.stem)
def test_same_fingerprint_on_fixture_articles(cleaner, page):
    text = cleaner.clean(page.read_text(encoding="utf-8"), "https://example.org/a/")["text"]
    assert content_fingerprint(text) == trafilatura_fingerprint(text)
