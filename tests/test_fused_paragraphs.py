"""Paragraphs extraction joined into one list item are split back at the page's paragraphs."""

from republished.cleaning.extract import parse_html
from republished.cleaning.fused_paragraphs import split_fused

PARAGRAPHS = [
    "The Bangkok Metropolitan Administration will add 24 electric boats on the Khlong Saen Saep route.",
    "The new boats can carry 80 passengers and will run every 5 minutes in the rush hour.",
    "“The people who use the boat every day suffer from the smoke and the noise,” the director said.",
    "Passengers worry about the piers",
    "An office worker asked that the piers also be repaired, because the floor is slippery when it rains.",
    "The BMA said that the piers at Pratunam, Asok and Nana Nuea will be improved by March.",
]


def nodebb_page() -> str:
    """NodeBB lists a topic's posts as list items: the whole first post is one <li>."""
    first, second, third, heading, fourth, fifth = PARAGRAPHS
    return (
        "<html><head><title>Bangkok to add 24 electric boats | Bangkok Commons</title></head><body>"
        "<h1>Bangkok to add 24 electric boats</h1>"
        '<ul component="topic"><li component="post" data-pid="15530"><div class="content" component="post/content">'
        f'<p>{first}</p><p>{second}</p><p><img src="/boat.jpg" alt=""></p><p>{third}</p><h3>{heading}</h3>'
        f"<p>{fourth}</p><p>{fifth}</p></div></li>"
        '<li component="post" data-pid="15531"><div class="content" component="post/content"><p>Good news'
        " if it happens, but half of the old electric boats still wait for batteries at the pier.</p></div></li>"
        "</ul></body></html>"
    )


def test_a_list_item_made_of_the_pages_paragraphs_is_split_at_them():
    tree = parse_html(nodebb_page(), "https://commons.example/topic/2184/")
    lines = ["- " + " ".join(PARAGRAPHS[:2]), " ".join(PARAGRAPHS[2:])]
    assert split_fused(tree, lines) == (PARAGRAPHS, [2, 4])


def test_a_line_that_is_not_the_pages_paragraphs_is_left_as_it_is():
    tree = parse_html(nodebb_page(), "https://commons.example/topic/2184/")
    lines = ["- Sponsored", "- " + PARAGRAPHS[0] + " And a sentence of no paragraph of the page."]
    assert split_fused(tree, lines) == (lines, [])
