"""Tables that lay out a page, read as the blocks they are.

Older templates (many regional Arabic, Russian and Chinese sites among them) put the whole page in
one table: header, menu, sidebars, article and footer in its cells. With tables included,
trafilatura keeps such a table cell by cell, menus and footer too. A table that holds the
headline (an h1), another table or a cell of paragraphs (or of lines between <br>s) is layout, not data: its own rows and cells become blocks
(divs), and extraction weighs them as it weighs any page's blocks. A table inside it is judged
by the same rule, so a data table in the article stays a table.
"""

from lxml.html import HtmlElement

SECTIONS = ("thead", "tbody", "tfoot")


#: Paragraphs in one cell that make it a page's block: uCoz writes a news entry's whole text, its
#: picture and caption in one `<td class="eMessage">`, which a data table's cell never holds.
MIN_CELL_PARAGRAPHS = 2


#: …or written between line breaks: a forum's post (Nairaland writes each post's paragraphs in one
#: `<td>`, between `<br><br>`s), which a data table's cell never holds either.
MIN_CELL_LINE_BREAKS = 4


def is_layout_table(table: HtmlElement) -> bool:
    return (
        table.find(".//h1") is not None
        or table.find(".//table") is not None
        or any(
            len(cell.findall(".//p")) >= MIN_CELL_PARAGRAPHS
            or len(cell.findall(".//br")) >= MIN_CELL_LINE_BREAKS
            for cell in table.iter("td", "th")
        )
    )


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn each layout table's own table, row and cell elements into divs; how many tables."""
    layout = [table for table in tree.iter("table") if is_layout_table(table)]
    for table in layout:
        for child in list(table):
            rows = list(child) if child.tag in SECTIONS else [child]
            if child.tag in SECTIONS:
                child.tag = "div"
            for row in rows:
                if row.tag == "tr":
                    row.tag = "div"
                    for cell in row:
                        if cell.tag in ("td", "th"):
                            cell.tag = "div"
        table.tag = "div"
    return len(layout)
