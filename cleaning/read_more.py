"""A hidden "Read more" expander shown before extraction.

Some plugins put the article's rest, or the whole article again, in a hidden element after a
"Read More" button (`<div class="read_div" style="display: none">`, WordPress's "Read More
Without Refresh"); the button's script shows it and hides the teaser over it. Extraction drops
hidden elements, so only the teaser was kept. The expander is shown as the button would show it,
and the teaser's paragraphs that the expander repeats go (they are logged; no text is lost).
"""

import re

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: The whole text of an expander's button, in the languages farms copy from.
READ_MORE = re.compile(
    r"(?:read|show|see)\s+(?:more|the\s+(?:rest|full\s+(?:article|story)))|continue\s+reading|"
    r"lire\s+la\s+suite|weiterlesen|mehr\s+lesen|leer\s+m[aá]s|leia\s+mais|lees\s+meer|les\s+mer|"
    r"l[äa]s\s+mer|l[æa]s\s+mere|lue\s+lis[äa][äa]|czytaj\s+dalej|continua\s+a\s+leggere|"
    r"baca\s+selengkapnya",
    re.IGNORECASE,
)
#: What may stand around the button's words ("Read More »", "… continue reading").
BUTTON_MARKS = " .…:»›→>+\u00a0"
HIDDEN_STYLE = re.compile(r"display\s*:\s*none\s*;?", re.IGNORECASE)
#: An expander holds an article's paragraphs, not a line or a menu.
SHORTEST_EXPANDER_CHARS = 200
#: What a hidden comments list, menu or form is called: never an article's rest.
NOT_AN_ARTICLE = re.compile(r"comment|reply|respond|menu|nav|sidebar|search|share|popup|modal", re.I)
BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li")
#: What the classes or ids of an expander and its button are named for: "read-link", "read_div",
#: "more", "expand".
EXPANDER_NAME = re.compile(r"(?:^|[\s_-])(?:read|more|expand\w*|collapse\w*)(?:$|[\s_-])", re.I)
REASON = "a teaser's paragraph repeated in the hidden 'Read more' expander shown in its place"


def may_have_read_more(text: str) -> bool:
    return "none" in text and HIDDEN_STYLE.search(text) is not None


def show_read_more(tree: HtmlElement) -> list[tuple[str, str]]:
    """Shows each hidden expander after its button and takes out the teaser it repeats; the
    teaser's paragraphs and why, for the record's edits."""
    dropped = []
    for hidden in [element for element in tree.iter("div", "section") if _is_hidden(element)]:
        button = _button_before(hidden)
        if button is None or not _is_an_article_rest(hidden):
            continue
        repeated = {text for text in map(_text, hidden.iter(*BLOCKS)) if text}
        teaser = _teaser_before(button, repeated)
        if not teaser and not (_paragraphs_before(button) and _opens(button, hidden)):
            continue
        for element in teaser:
            dropped.extend((text, REASON) for text in map(_text, _blocks_of(element)) if text)
            element.drop_tree()
        _show(hidden)
    return dropped


def _is_hidden(element: HtmlElement) -> bool:
    return bool(HIDDEN_STYLE.search(element.get("style") or ""))


def _is_an_article_rest(element: HtmlElement) -> bool:
    names = f"{element.get('id') or ''} {element.get('class') or ''}"
    return (
        not NOT_AN_ARTICLE.search(names)
        and element.find(".//p") is not None
        and len(_text(element)) >= SHORTEST_EXPANDER_CHARS
    )


def _button_before(hidden: HtmlElement) -> HtmlElement | None:
    """The sibling element just before the expander, when its whole text is a "Read more"."""
    previous = hidden.getprevious()
    while previous is not None and (not isinstance(previous.tag, str) or previous.tag == "script"):
        previous = previous.getprevious()
    if previous is None or previous.find(".//p") is not None:
        return None
    text = _text(previous).strip(BUTTON_MARKS)
    return previous if READ_MORE.fullmatch(text) else None


def _opens(button: HtmlElement, hidden: HtmlElement) -> bool:
    """The button is a link or a button that names the expander (by its id, in its target or its
    script: `aria-controls="more"`, `href="#more"`), or both are named for reading more ("read-link"
    over "read_div"): not a line of text that says "Show more" over another box."""
    controls = list(button.iter("a", "button"))
    own_id = hidden.get("id") or ""
    for control in controls:
        targets = " ".join(
            control.get(key) or "" for key in ("aria-controls", "href", "data-target", "onclick")
        )
        if own_id and re.search(rf"(?<![\w-]){re.escape(own_id)}(?![\w-])", targets):
            return True
        names = f"{control.get('class') or ''} {control.get('id') or ''}"
        hidden_names = f"{hidden.get('class') or ''} {own_id}"
        if EXPANDER_NAME.search(names) and EXPANDER_NAME.search(hidden_names):
            return True
    return False


def _teaser_before(button: HtmlElement, repeated: set[str]) -> list[HtmlElement]:
    """The siblings just before the button whose every paragraph the expander repeats."""
    teaser = []
    element = button.getprevious()
    while element is not None:
        if isinstance(element.tag, str) and element.tag != "script":
            texts = [text for text in map(_text, _blocks_of(element)) if text]
            if not texts or not all(text in repeated for text in texts):
                break
            teaser.append(element)
        element = element.getprevious()
    return teaser


def _paragraphs_before(button: HtmlElement) -> bool:
    """The button follows the article's first paragraphs (not a widget's lone button)."""
    element = button.getprevious()
    while element is not None:
        if isinstance(element.tag, str) and any(_text(block) for block in _blocks_of(element)):
            return True
        element = element.getprevious()
    return False


def _blocks_of(element: HtmlElement) -> list[HtmlElement]:
    return [element] if element.tag in BLOCKS else list(element.iter(*BLOCKS))


def _text(element: HtmlElement) -> str:
    return normalize_space(element.text_content())


def _show(element: HtmlElement) -> None:
    style = HIDDEN_STYLE.sub("", element.get("style") or "").strip()
    if style:
        element.set("style", style)
    else:
        element.attrib.pop("style", None)
