"""A story posted as a forum quote of its outlet: only the quote's lines are the article."""

from republished.cleaning import clean_page
from republished.cleaning.quote_headers import QuoteHeader

STORY = [
    "The Lisbon City Council will limit the number of tuk-tuks allowed in Alfama from next month.",
    "Only 120 vehicles will be licensed for the old town, against about 400 that circulate today.",
    "The Old town limits",
    "Residents have complained for years about noise and blocked streets in the narrow lanes of the"
    " neighbourhood.",
    "The council says that the new rules will be checked by ten municipal agents in three shifts.",
    "Operators who break the rules will lose their licence for a year, and the fines will double.",
]


def phpbb_page(quote_lines: list[str]) -> str:
    """prosilver: the post's paragraphs between <br>s, then the profile, a signature and a reply."""
    body = "<br>\n<br>\n".join(quote_lines)
    return (
        "<html><head><title>Tuk-tuks limited in Alfama - Expat Board</title></head><body>"
        '<div id="p1" class="post"><div class="postbody"><h3>Tuk-tuks limited in Alfama</h3>'
        f'<div class="content"><blockquote><div><cite>Observador wrote:</cite>{body}</div></blockquote></div>'
        '<div class="signature">Portuguese news in English every morning.</div></div>'
        '<dl class="postprofile"><dt>PortugalNewsDesk</dt><dd>Posts: 4812</dd><dd>Joined: Sat Jan 06, 2024</dd></dl></div>'
        '<div id="p2" class="post"><div class="postbody"><div class="content">Ten agents for three'
        " neighbourhoods? That will never work, they cannot even stop the buses.</div></div>"
        '<dl class="postprofile"><dt>harbourlights</dt><dd>Posts: 58</dd></dl></div>'
        '<div class="stat-block"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div>'
        "</body></html>"
    )


def test_the_lines_outside_a_story_posted_as_a_forum_quote_are_removed_and_logged():
    record = clean_page(phpbb_page(STORY), "https://www.expatboard.example/viewtopic.php?t=4821")
    assert record["text"].split("\n") == STORY
    assert record["original"]["outlet"] == "Observador"
    removed = [edit["before"] for edit in record["edits"] if edit["stage"] == "forum_quote"]
    assert {"Portuguese news in English every morning.", "- Posts: 4812"} <= set(removed)
    assert all(edit["action"] == "remove" for edit in record["edits"] if edit["stage"] == "forum_quote")


def test_nothing_is_removed_when_the_text_does_not_hold_the_quote(stage, make_draft):
    draft = make_draft(["A line of its own that the quote does not hold, long enough.", *STORY[:1]])
    draft.meta.story_quote = QuoteHeader("Observador wrote:", "Observador", True, tuple(STORY))
    forum_quote = stage("forum_quote")
    assert forum_quote.applies_to(draft)
    forum_quote(draft)
    assert draft.lines[0] == "A line of its own that the quote does not hold, long enough."
    assert draft.edits == []


def test_a_page_without_a_story_long_quote_is_left_to_the_other_stages(stage, make_draft):
    assert not stage("forum_quote").applies_to(make_draft(STORY))
