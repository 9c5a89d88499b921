"""A publication date read with its day and month swapped, set right by the page's own ISO date.

htmldate reads a date element's visible text before its attributes, and takes "12/06/2024" for
12 June although the element says `datetime="2024-12-06"`: a US-style page got a date six months
off. A date whose day and month, swapped, give a date the page states in ISO form in a
`datetime` or `content` attribute (and which itself is stated nowhere so) is that ISO date.
"""

import re

from lxml.html import HtmlElement

ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _iso_dates(tree: HtmlElement) -> set[str]:
    stated = set()
    for value in tree.xpath("//@datetime | //*[@itemprop]/@content"):
        if match := ISO_DATE.match(value):
            stated.add("-".join(match.groups()))
    return stated


def unswapped(date: str | None, tree: HtmlElement) -> str | None:
    """The date (YYYY-MM-DD), or the page's ISO date it is a day-month swap of."""
    if date is None or not (match := ISO_DATE.fullmatch(date)):
        return date
    year, month, day = match.groups()
    if month == day or int(day) > 12:
        return date
    swapped = f"{year}-{day}-{month}"
    stated = _iso_dates(tree)
    return swapped if swapped in stated and date not in stated else date
