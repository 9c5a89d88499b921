"""XPath tests that keep a reading out of a page's comments, sidebars and related posts.

Themes name the whole layout in the classes of `<html>`, `<body>` and `<main>` (Divi's
"et_right_sidebar", Enfold's "av-blog-meta-comments-disabled"): those say what the page has,
not that the element is in one of those regions, so the test looks at the elements inside them.
An element that holds a headline (<h1>) is layout too: GoDaddy wraps the whole post in a
"widget widget-blog", and a sidebar's box holds no headline.
"""

#: Elements whose classes describe the page's layout.
LAYOUT_ELEMENTS = "self::html or self::body or self::main"


def inside_region(*class_words: str, or_self: bool = False) -> str:
    """An XPath test: the element (with `or_self`) or an ancestor below the layout elements, holding
    no headline, has a class containing one of the words."""
    axis = "ancestor-or-self" if or_self else "ancestor"
    named = " or ".join(f"contains(@class, '{word}')" for word in class_words)
    return f"{axis}::*[not({LAYOUT_ELEMENTS})][{named}][not(descendant::h1)]"
