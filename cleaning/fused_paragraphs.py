"""Paragraphs extraction joined into one list item, split back at the page's own paragraphs.

trafilatura writes a list item as one line ("- …"). A forum that lists its posts as list items
(NodeBB's `<ul component="topic">`) puts a whole post in one: the article came out as two
lines, each several paragraphs long, with the item's dash before them. A line is split only
where it is, word for word, the page's paragraphs and headings one after the other, so no
text changes but the dash and the line breaks.
"""

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: trafilatura's mark of a list item.
LIST_ITEM = "- "
#: Elements that hold one paragraph of the article on the page.
BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote")
#: The opening characters a paragraph is looked up by.
KEY_CHARS = 12


def split_fused(tree: HtmlElement, lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each one made of the page's blocks split into them (on a page whose text
    holds a list item: the rest of the item follows it when a picture parted it), and the number
    of blocks of each split line."""
    if not any(line.startswith(LIST_ITEM) for line in lines):
        return lines, []
    blocks: dict[str, list[str]] = {}
    for element in tree.iter(*BLOCKS):
        text = normalize_space(element.text_content())
        if len(text) >= KEY_CHARS:
            blocks.setdefault(text[:KEY_CHARS], []).append(text)
    result, splits = [], []
    for line in lines:
        parts = _parts(line.removeprefix(LIST_ITEM), blocks)
        if parts and len(parts) >= 2:
            result.extend(parts)
            splits.append(len(parts))
        else:
            result.append(line)
    return result, splits


def _parts(text: str, blocks: dict[str, list[str]]) -> list[str] | None:
    """The page's blocks that make up the text, in order, or None when they do not."""
    parts, position = [], 0
    while position < len(text):
        candidates = blocks.get(text[position : position + KEY_CHARS], ())
        block = max(
            (
                c
                for c in candidates
                if text.startswith(c, position)
                and text[position + len(c) : position + len(c) + 1] in ("", " ")
            ),
            key=len,
            default=None,
        )
        if block is None:
            return None
        parts.append(block)
        position += len(block) + 1
    return parts
