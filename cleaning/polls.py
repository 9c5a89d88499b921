"""A reader poll taken out before extraction.

A poll or quiz plugin sets its widget inside the post's content (Thrive Quiz Builder's
"tqb-poll", WP-Polls, Crowdsignal): extraction drops its answers and buttons but keeps its
heading and question ("Reader poll", "Do you agree with …?") as if the article asked them. A
widget is a poll only where its class or id names one (not a post's category) and it holds
choices to tick. It is hidden, as extraction leaves hidden elements out, not cut: the names it
spells stay evidence for the names stage, as a sidebar's do.
"""

import re

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: What a page's text holds when it may have a poll: the page is searched only then.
POLL_HINTS = ("poll", "quiz", "Poll", "Quiz")
#: A class or id naming a poll or a quiz as a word of its own ("tqb-poll", "wp-polls", "quiz_form").
POLL_NAME = re.compile(r"(?:^|[_-])(?:polls?|quiz(?:zes)?|totalpoll|crowdsignal)(?:$|[_-])", re.I)
#: WordPress's classes of a post's terms ("category-polls", "tag-poll"): the post, not a widget.
TERM_CLASS = re.compile(r"^(?:category|tag|type|format|post|status)-", re.I)
#: The answers of a poll or a quiz: choices to tick.
CHOICES = ".//input[@type='radio' or @type='checkbox'] | .//select"
CONTAINERS = ("div", "section", "form", "aside", "figure")
REASON = "a reader poll (a form asking for a vote), no article text"


def may_have_polls(text: str) -> bool:
    return any(hint in text for hint in POLL_HINTS)


def hide_polls(tree: HtmlElement) -> list[tuple[str, str]]:
    """Hides the polls from extraction, each outermost one once; each one's text and why, for the
    record's edits."""
    dropped = []
    for element in tree.iter(*CONTAINERS):
        if not _is_poll(element) or any(
            _is_poll(ancestor) for ancestor in element.iterancestors(*CONTAINERS)
        ):
            continue
        if text := normalize_space(" ".join(element.itertext())):
            dropped.append((text, REASON))
        element.set("style", f"display: none; {element.get('style') or ''}".rstrip("; "))
    return dropped


def _is_poll(element: HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    return (
        any(POLL_NAME.search(name) for name in names if not TERM_CLASS.match(name))
        and element.find(".//h1") is None
        and bool(element.xpath(CHOICES))
    )
