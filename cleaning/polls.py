"""A reader poll taken out before extraction.

A poll or quiz plugin sets its widget inside the post's content (Thrive Quiz Builder's
"tqb-poll", WP-Polls, Crowdsignal): extraction drops its answers and buttons but keeps its
heading and question ("Reader poll", "Do you agree with …?") as if the article asked them. A
widget is a poll only where its class or id names one and it holds a form's control. It is
hidden, as extraction leaves hidden elements out, not cut: the names it spells stay evidence for
the names stage, as a sidebar's do.
"""

import re

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: What a page's text holds when it may have a poll: the page is searched only then.
POLL_HINTS = ("poll", "quiz", "Poll", "Quiz")
#: A class or id naming a poll or a quiz as a word of its own ("tqb-poll", "wp-polls", "quiz_form").
POLL_NAME = re.compile(r"(?:^|[\s_-])(?:polls?|quiz(?:zes)?|totalpoll|crowdsignal)(?:$|[\s_-])", re.I)
CONTROLS = ("input", "button", "select")
REASON = "a reader poll (a form asking for a vote), no article text"


def may_have_polls(text: str) -> bool:
    return any(hint in text for hint in POLL_HINTS)


def hide_polls(tree: HtmlElement) -> list[tuple[str, str]]:
    """Hides the polls from extraction, each outermost one once; each one's text and why, for the
    record's edits."""
    dropped = []
    for element in tree.iter("div", "section", "form", "aside", "figure"):
        if not _is_poll(element):
            continue
        if any(_is_poll(ancestor) for ancestor in element.iterancestors("div", "section", "form", "aside")):
            continue
        if text := normalize_space(" ".join(element.itertext())):
            dropped.append((text, REASON))
        element.set("style", f"display: none; {element.get('style') or ''}".rstrip("; "))
    return dropped


def _is_poll(element: HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return (
        bool(POLL_NAME.search(names))
        and element.find(".//h1") is None
        and next(element.iter(*CONTROLS), None) is not None
    )
