"""Text behind an empty inline element (a table of contents' anchor span, `<a name>`) is kept:
with favor_precision, trafilatura lost a subheading or paragraph that opened with one."""

from republished.cleaning import clean_page

PARAGRAPH = "The reform changes how pensions are calculated for everyone born after 1970, the minister said. "


def page(heading: str, opening: str) -> str:
    return f"""<html><head><title>Pension reform: what changes</title></head><body>
    <article><h1>Pension reform: what changes</h1>
    <p>{PARAGRAPH * 4}</p>
    {heading}
    <p>{PARAGRAPH * 3}</p>
    {opening}
    <p>{PARAGRAPH * 3}</p></article></body></html>"""


def test_a_subheading_behind_a_table_of_contents_anchor_is_kept():
    heading = (
        '<h2 class="wp-block-heading"><span class="ez-toc-section" id="Who_will_be_affected"></span>'
        'Who will be affected?<span class="ez-toc-section-end"></span></h2>'
    )
    record = clean_page(page(heading, "<p>The unions disagree.</p>"), "https://farm.example/pension-reform/")
    lines = record["text"].splitlines()
    assert "Who will be affected?" in lines
    assert lines.index("Who will be affected?") == 1


def test_a_paragraph_opening_with_an_empty_anchor_is_kept():
    opening = '<p><a name="unions"></a>The unions disagree.</p>'
    record = clean_page(
        page("<h2>Who will be affected?</h2>", opening), "https://farm.example/pension-reform/"
    )
    assert "The unions disagree." in record["text"].splitlines()
