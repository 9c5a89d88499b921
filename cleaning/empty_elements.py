"""Text behind an element that holds none, kept from trafilatura's precision pruning.

With favor_precision, trafilatura deletes every empty `div`, `span`, `p`, `b` … (after it has
stripped the images) together with its tail: the text that follows it up to the next element.
A table of contents plugin opens every subheading with an empty anchor span
(`<h2><span class="ez-toc-section" id="…"></span>Who will be affected?</h2>`), old pages open
paragraphs with `<a name="…"></a>`, Gatsby, Hugo and Docusaurus put a permalink icon
(`<a class="anchor"><svg>…</svg></a>`) in every subheading, which trafilatura then takes for a
heading of links without text, and DataLife Engine puts the lead image in a `<div>` whose
tail is the article's first paragraph: each was lost without a word.
"""

from lxml.html import HtmlElement

from republished.cleaning.forum_story import is_post_anchor_name

INLINE_TAGS = ("span", "a", "b", "i", "em", "strong", "font", "small", "u", "abbr", "mark")

#: The elements trafilatura's precision pruning deletes with their tails when they are empty
#: (trafilatura.settings.CUT_EMPTY_ELEMS).
PRUNED_WHEN_EMPTY = (
    "article", "b", "blockquote", "dd", "div", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "i", "li", "main", "p", "pre", "q", "section", "span", "strong",
)  # fmt: skip

#: Elements whose text trafilatura deletes before it prunes the empty ones.
TEXT_NEVER_KEPT = frozenset({"script", "style", "noscript", "template"})


def _opens_its_parent(element: HtmlElement) -> bool:
    parent = element.getparent()
    return element.getprevious() is None and parent is not None and not (parent.text or "").strip()


def drop_empty_inline(tree: HtmlElement) -> None:
    """Take out every empty inline element (no text, no child) that opens its parent, keeping its
    tail. Only those: a page of 100,000 empty spans would otherwise hold them all at once (14 MiB
    more in a worker). An anchor that names the post after it stays (UBB.threads' <a
    name="Post48211"></a>). (A walk over the inline tags: an XPath took 1.3 ms a page, this 0.2.)"""
    opening = [
        element
        for element in tree.iter(INLINE_TAGS)
        if not element.text
        and not len(element)
        and _opens_its_parent(element)
        and not (element.tag == "a" and is_post_anchor_name(element.get("name") or element.get("id") or ""))
    ]
    for element in opening:
        element.drop_tag()


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


#: The marks a heading's permalink shows instead of an icon (Eleventy's "#", "¶", "§", "🔗").
PERMALINK_MARKS = frozenset({"#", "¶", "§", "🔗", "⚓"})


def _is_permalink(link: HtmlElement) -> bool:
    """A link that shows no text (an icon), or only a permalink mark and leads within the page."""
    if link.find(".//img") is not None:
        return False
    if not _holds_text(link):
        return True
    return (link.get("href") or "").startswith("#") and link.text_content().strip() in PERMALINK_MARKS


#: The class of MediaWiki's "[edit]" link in each section's heading.
EDIT_SECTION_CLASS = "mw-editsection"


def drop_textless_links_in_headings(tree: HtmlElement) -> None:
    """Take out a heading's permalinks, icons or marks ("#"), and a wiki's "[edit]" link, keeping
    their tails: the heading's text is its own, and it is no longer a heading of links."""
    permalinks = [
        element
        for heading in tree.iter(HEADINGS)
        for element in heading.iter("a", "span")
        if (element.tag == "a" and _is_permalink(element))
        or (element.tag == "span" and EDIT_SECTION_CLASS in (element.get("class") or "").split())
    ]
    for element in permalinks:
        element.drop_tree()


def _holds_text(element: HtmlElement) -> bool:
    """Whether any text trafilatura keeps is inside the element (a walk, not a recursion: pages
    nest thousands deep)."""
    if (element.text or "").strip():
        return True
    inside = list(element)
    while inside:
        child = inside.pop()
        if (child.tail or "").strip():
            return True
        if isinstance(child.tag, str) and child.tag not in TEXT_NEVER_KEPT:
            if (child.text or "").strip():
                return True
            inside.extend(child)
    return False


def keep_tails_of_empty_elements(tree: HtmlElement) -> None:
    """Wrap the tail of every element that holds no text in a `<span>` of its own, which is not
    empty and so not pruned. The element stays where it was: the figure and caption readers
    still find its image."""
    behind_empty = [
        element
        for element in tree.iter(PRUNED_WHEN_EMPTY)
        if (element.tail or "").strip() and not _holds_text(element)
    ]
    for element in behind_empty:
        span = element.makeelement("span", {})
        span.text, element.tail = element.tail, None
        element.addnext(span)
