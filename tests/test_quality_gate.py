"""The quality floor that runs in CI: extraction plus cleaning, scored with the
ScrapingHub benchmark's shingle metric against the hand-written expected text of
every sample article. A regression in extraction or an over-eager stage fails here."""

from republished.cleaning import clean_page
from republished.cleaning.evaluation import aggregate, page_scores
from tests.samples import expected_records, html_path

MIN_F1 = 0.97
MIN_PAGE_RECALL = 0.9


def test_sample_articles_score_above_the_floor():
    scores = {}
    for expected in expected_records():
        html = html_path(expected["url"]).read_text(encoding="utf-8")
        scores[expected["url"]] = page_scores(clean_page(html, expected["url"])["text"], expected["text"])
    overall = aggregate(scores.values())
    assert overall["pages"] >= 15
    assert overall["f1"] >= MIN_F1, overall
    low = {url: recall for url, (_, recall) in scores.items() if recall < MIN_PAGE_RECALL}
    assert not low, f"pages that lost text: {low}"
