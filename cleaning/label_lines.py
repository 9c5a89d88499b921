"""A source label that extraction parted from its value, joined back to it.

A diary platform writes the closing source line as text and a link in a `<div>` of `<br>`s
("Source: <a href=…>Fontanka.ru</a>"), and trafilatura puts the link on a line of its own: the
label alone reads as interface text, the name alone as a line of the article. Only a source
label alone is joined, to a short next line that is no sentence, list item or table row.
"""

import re

from republished.cleaning.outlet_discovery import SOURCE_LABELS

LABEL_ALONE = re.compile(rf"^(?:{SOURCE_LABELS})\s*[:：]$", re.IGNORECASE)
#: The longest value joined: an outlet's name or address.
MAX_VALUE_CHARS = 60
#: A line that is a list item, a table row or a sentence is no value.
NOT_A_VALUE = re.compile(r"^[-|•*]|[.!?。]$")


def join_source_labels(lines: list[str]) -> list[str]:
    """The lines, with each source label alone joined to the value on the next line."""
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and LABEL_ALONE.match(joined[-1])
            and len(line) <= MAX_VALUE_CHARS
            and not NOT_A_VALUE.search(line)
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined
