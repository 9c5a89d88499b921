"""Tables that lay out a page, read as the blocks they are, and tables that frame a picture, read
as the figure they are.

Older templates (many regional Arabic, Russian and Chinese sites among them) put the whole page in
one table: header, menu, sidebars, article and footer in its cells. With tables included,
trafilatura keeps such a table cell by cell, menus and footer too. A table that holds the
headline (an h1), another table or a cell of paragraphs (or of lines between <br>s) is layout,
not data: its own rows and cells become blocks (divs), and extraction weighs them as it weighs any
page's blocks. A table inside it is judged by the same rule, so a data table in the article stays
a table.
"""

from lxml.html import HtmlElement

from republished.cleaning.figures import IMAGE_FILE

SECTIONS = ("thead", "tbody", "tfoot")


#: Paragraphs in one cell that make it a page's block: uCoz writes a news entry's whole text, its
#: picture and caption in one `<td class="eMessage">`, which a data table's cell never holds.
MIN_CELL_PARAGRAPHS = 2


#: …or written between line breaks: a forum's post (Nairaland writes each post's paragraphs in one
#: `<td>`, between `<br><br>`s), which a data table's cell never holds either.
MIN_CELL_LINE_BREAKS = 4


#: A caption longer than this is a paragraph, and its table no picture's frame.
MAX_FRAME_CAPTION_CHARS = 300


def frames_a_picture(table: HtmlElement) -> bool:
    """Two rows, a picture alone in one and a line of text in the other: the frame a blog editor
    puts around a photo and its caption (Blogger's `tr-caption-container`), no data. A frame
    followed by the text of the page's next paragraph, written between line breaks, stays a table:
    as blocks, its caption and that text would run into one line."""
    rows = list(table.iter("tr"))
    if len(rows) != 2 or (table.tail or "").strip():
        return False
    pictured = [
        row.find(".//img") is not None
        and not row.text_content().strip()
        # The picture alone or linked to its larger file, not a site's logo linking its home page.
        and all(IMAGE_FILE.search(_path(link.get("href") or "")) for link in row.iter("a"))
        for row in rows
    ]
    captioned = [0 < len(row.text_content().strip()) <= MAX_FRAME_CAPTION_CHARS for row in rows]
    return (pictured[0] and captioned[1]) or (pictured[1] and captioned[0])


def _path(href: str) -> str:
    return href.split("#")[0].partition("?")[0]


def frame_pictures(tree: HtmlElement) -> int:
    """Turn each table that frames a picture into the figure it is, its caption's cell into the
    figcaption: the caption is then read as one, not as a row of a table in the text."""
    frames = [table for table in tree.iter("table") if frames_a_picture(table)]
    for table in frames:
        table.tag = "figure"
        for element in list(table.iter()):
            if element.tag in (*SECTIONS, "tr"):
                element.tag = "div"
            elif element.tag in ("td", "th"):
                element.tag = "div" if element.find(".//img") is not None else "figcaption"
    return len(frames)


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
