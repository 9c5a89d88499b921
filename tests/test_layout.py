"""A table that lays out the page becomes blocks; a data table stays a table."""

from republished.cleaning import clean_page
from republished.cleaning.extract import parse_html
from republished.cleaning.layout import unwrap_layout_tables

ARTICLE = " ".join(
    [
        "The municipality opened three new bakeries in the eastern districts on Monday morning.",
        "The mayor said they will bake about twenty tonnes of bread a day for the neighbourhoods.",
        "Residents have complained for years about long queues for bread in the early hours.",
        "Two more bakeries are to open before the end of the year, the mayor added at the opening.",
    ]
)
PAGE = f"""<html><body><table width="980">
<tr><td colspan="2" class="menu"><a href="/">Home</a> | <a href="/local/">Local</a> | <a href="/sport/">Sport</a></td></tr>
<tr><td class="left"><b>Latest news</b><br><a href="/n/1.html">Book fair opens next week</a></td>
<td class="center"><h1>Three new bakeries open in the east</h1><p>{ARTICLE}</p><p>{ARTICLE}</p>
<table class="prices"><tr><th>Bread</th><th>Price</th></tr><tr><td>Flat bread</td><td>1 riyal</td></tr></table>
</td></tr>
<tr><td colspan="2" class="bottom">All rights reserved. Copying without permission is forbidden.</td></tr>
</table></body></html>"""


def test_the_layout_table_becomes_blocks_and_the_data_table_stays():
    tree = parse_html(PAGE, "https://www.akhbar.example/news/1")
    assert unwrap_layout_tables(tree) == 1
    tables = tree.findall(".//table")
    assert [table.get("class") for table in tables] == ["prices"]
    assert len(tables[0].findall(".//td")) == 2


def test_a_page_laid_out_in_a_table_loses_its_menu_and_footer():
    record = clean_page(PAGE, "https://www.akhbar.example/news/1")
    assert ARTICLE.split(".")[0] in record["text"]
    assert "All rights reserved" not in record["text"]
    assert "Book fair opens next week" not in record["text"]


SECOND = (
    "The bakeries will open at five in the morning and close when the bread runs out, the owners said."
    " Each of them employs about a dozen people from the neighbourhood."
)


def test_a_table_whose_cell_holds_paragraphs_is_layout_and_a_data_table_is_not():
    """uCoz puts a news entry's whole text in one cell (td.eMessage), headline in another row."""
    entry = f"""<html><body><table class="eBlock"><tr><td class="eTitle">Three new bakeries open</td></tr>
<tr><td class="eMessage"><p>{ARTICLE}</p><p>{SECOND}</p></td></tr>
<tr><td class="eDetails">Views: 312 | Added by: admin</td></tr></table>
<table class="prices"><tr><th>Bread</th><th>Price</th></tr><tr><td><p>Flat bread</p></td><td>1 riyal</td></tr></table>
</body></html>"""
    tree = parse_html(entry, "https://asturias.ucoz.example/news/bakeries/")
    assert unwrap_layout_tables(tree) == 1
    assert [table.get("class") for table in tree.iter("table")] == ["prices"]
    record = clean_page(entry, "https://asturias.ucoz.example/news/bakeries/")
    assert record["text"].split("\n")[:2] == [ARTICLE, SECOND]


def test_a_table_of_forum_posts_written_between_line_breaks_is_layout():
    """Nairaland writes each post's paragraphs in one cell, between <br><br>s: read as one row, the
    story became one "| … |" line with the reply after it."""
    story = [ARTICLE, SECOND, "The works start in March, the commissioner said."]
    page = f"""<html><head><title>Three new bakeries open - Politics - Nairaland</title></head><body>
<table summary="posts"><tr><td class="bold l pu">Three new bakeries open by newsdesk: 10:12am On Nov 18</td></tr>
<tr><td id="pb130551234" class="l w pd"><div class="narrow">{"<br><br>".join(story)}</div></td></tr>
<tr><td class="bold l pu">Re: Three new bakeries open by reader: 11:02am On Nov 18</td></tr>
<tr><td id="pb130551402" class="l w pd"><div class="narrow">Finally some bread near us.</div></td></tr></table>
<table class="prices"><tr><th>Bread</th><th>Price</th></tr><tr><td>Flat bread<br>small</td><td>1 naira</td></tr></table>
</body></html>"""
    tree = parse_html(page, "https://www.nairaland.example/8123511/three-new-bakeries")
    assert unwrap_layout_tables(tree) == 1
    assert [table.get("class") for table in tree.iter("table")] == ["prices"]
    record = clean_page(page, "https://www.nairaland.example/8123511/three-new-bakeries")
    lines = record["text"].split("\n")
    assert all(line in lines for line in story)
