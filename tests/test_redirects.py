"""A link through a click-counting redirect leads to the address it carries."""

import pytest

from republished.cleaning import clean_page
from republished.cleaning.redirects import redirect_target

STORY = "https://www.correiodominho.pt/noticias/avenida-da-liberdade-vai-ter-ciclovia/151234"


@pytest.mark.parametrize(
    ("href", "target"),
    [
        (f"https://x4m2q.mjt.lu/lnk/AUcAAE1x/2?u={STORY.replace(':', '%3A').replace('/', '%2F')}", STORY),
        (f"https://l.facebook.com/l.php?u={STORY}&h=AT0x", STORY),
        (f"https://www.google.com/url?q={STORY}&sa=D", STORY),
        # no address in the parameter, or a parameter of no redirect
        ("https://x4m2q.mjt.lu/lnk/AUcAAE1x/3", "https://x4m2q.mjt.lu/lnk/AUcAAE1x/3"),
        (f"https://example.com/share?text={STORY}", f"https://example.com/share?text={STORY}"),
    ],
)
def test_the_target_of_a_redirect(href, target):
    assert redirect_target(href) == target


def test_a_newsletters_tracked_link_to_the_story_names_the_outlet():
    tracked = f"https://x4m2q.mjt.lu/lnk/AUcAAE1x/2?u={STORY.replace(':', '%3A').replace('/', '%2F')}"
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "The Avenida da Liberdade, in the centre of Braga, will win a cycle path by the end of the year.",
            "The municipality will spend 1.2 million euros on the works, which will start in the summer.",
            "The cycle path will occupy one of the lanes of each side of the avenue, the councillor said.",
        )
    )
    page = (
        "<html><head><title>Minho Monthly – March 2026</title></head><body>"
        f"<h1>Braga: the Avenida da Liberdade will have a cycle path</h1>{paragraphs}"
        f'<p><em>Fonte: Correio do Minho</em></p><p><a href="{tracked}">Read the original (in Portuguese) →</a></p>'
        "</body></html>"
    )
    record = clean_page(page, "https://x4m2q.mjt.lu/nl3/Rk8vTq2bWc9Lz4YpHs7NdA/")
    assert (record["original"]["outlet"], record["original"]["domain"]) == (
        "Correio do Minho",
        "correiodominho.pt",
    )
    assert record["original"]["url"] == STORY


@pytest.mark.parametrize(
    "href",
    [
        f"https://twitter.com/intent/tweet?url={STORY}",
        f"https://www.facebook.com/sharer/sharer.php?u={STORY}",
        f"https://social-plugins.line.me/lineit/share?url={STORY}",
        f"https://www.reddit.com/submit?url={STORY}",
    ],
)
def test_a_share_buttons_page_is_no_target(href):
    assert redirect_target(href) == href
