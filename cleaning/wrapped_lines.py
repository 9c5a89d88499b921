"""A plain-text mail's paragraphs, which its archive shows hard-wrapped in a <pre>, joined back.

Mailing-list archives (Pipermail, Sympa's MHonArc) show a message as it was sent: text wrapped at
about 72 columns, paragraphs parted by blank lines. Extraction keeps each wrapped line as a line of
its own, and one paragraph then reads as five. A line is joined to the next where the next one's
first word would not have fitted on it (the sender's mail program broke the line, not the sender),
and never across a blank line, a quoted line ("> ") or a signature's delimiter.
"""

import re

from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: The widths mail programs wrap at lie between these; a wider <pre> is no wrapped mail.
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 100
#: The length most of a mail's lines stay under: its wrap width.
WIDTH_PERCENTILE = 0.8
#: A line this much longer than the width was no wrapper's.
UNWRAPPED_EXCESS = 5
#: The share of a mail's lines no longer than a wrap.
WRAPPED_SHARE = 0.9
#: A line this close to the widest one, with the next word, would not have fitted: a wrapper at 72
#: columns may leave a line of 66 when the next word is long.
FULL_SHARE = 0.9
#: Lines no wrapper made: a quotation, a signature's delimiter, a list's item or a dash quote
#: (which may wrap on to the next line, but never starts in the middle of one)…
QUOTED_OR_SIGNATURE = ("> ", ">", "-- ", "--")
OWN_LINE = (*QUOTED_OR_SIGNATURE, "- ", "* ", "• ", "– ")
#: …and a header's field ("To: …", "Subject: …", "Source: …").
HEADER = re.compile(r"[A-Z][\w-]{0,20}:\s")


def _full(line: str, next_line: str, width: int) -> bool:
    next_word = next_line.split(" ", 1)[0]
    return len(line) + 1 + len(next_word) > FULL_SHARE * width


def wrapped_paragraphs(tree: HtmlElement) -> list[list[str]]:
    """The runs of wrapped lines in the page's <pre> blocks of mail text, each run one paragraph's
    lines (space-normalised, as extraction gives them); a <pre> of code is none."""
    runs = []
    for pre in tree.iter("pre"):
        if pre.find(".//code") is not None:
            continue
        raw_lines = [line.rstrip() for line in pre.text_content().split("\n")]
        # A line longer than any wrap (an address) was not wrapped; most lines were. The width is
        # read off the longer lines, not the longest: a footer may run past it.
        wrapped = sorted(len(line) for line in raw_lines if 0 < len(line) <= MAX_WRAP_WIDTH)
        if len(wrapped) < WRAPPED_SHARE * sum(1 for line in raw_lines if line):
            continue
        width = wrapped[int(WIDTH_PERCENTILE * (len(wrapped) - 1))] if wrapped else 0
        if width < MIN_WRAP_WIDTH:
            continue
        run: list[str] = []
        for line, next_line in zip(raw_lines, [*raw_lines[1:], ""], strict=True):
            own = (
                line.startswith(QUOTED_OR_SIGNATURE)
                or next_line.startswith(OWN_LINE)
                or HEADER.match(next_line)
                or len(next_line) > width + UNWRAPPED_EXCESS  # an address on its own line
            )
            if line.strip() and next_line.strip() and not own and _full(line, next_line, width):
                run.append(normalize_space(line))
                continue
            if run:
                run.append(normalize_space(line))
                runs.append(run)
                run = []
    return runs


def join_wrapped_lines(lines: list[str], runs: list[list[str]]) -> tuple[list[str], int]:
    """The lines with each run of wrapped lines found in them joined into one, and how many runs
    were joined."""
    joined = 0
    for run in runs:
        for start in range(len(lines) - len(run) + 1):
            if lines[start : start + len(run)] == run:
                lines = [*lines[:start], " ".join(run), *lines[start + len(run) :]]
                joined += 1
                break
    return lines, joined
