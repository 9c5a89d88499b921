"""Pages where this round's rules (pull quotes, Kunena posts, copyright credits, picture viewers,
papers' datelines, forum sections, a singular "Comment") must leave the page as it is: a review
wrote each one against the first version of the rule, which harmed it."""

from republished.cleaning import clean_page

FILLER = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The council approved the plan on Tuesday after a long debate in the chamber that ran late into the evening.",
        "Officials said the work would start in the spring and take about eighteen months to complete in full.",
        "Residents will be able to see the drawings at the library until the end of the month and send their views.",
        "The scheme is funded by a government grant and by the council's own reserves, officials said on Wednesday.",
    )
)
NEWS_ARTICLE = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
    '"headline":"H","datePublished":"2025-03-12"}</script>'
)


def article(body: str, head: str = NEWS_ARTICLE) -> str:
    return f"<html><head><title>H</title>{head}</head><body><article><h1>H</h1>{body}</article></body></html>"


def removed(record: dict) -> list[str]:
    return [
        edit["before"] for edit in record["edits"] if edit["action"] == "remove" and edit["field"] == "text"
    ]


def test_an_articles_own_comment_section_stays():
    lines = [
        "It should never have taken four years.",
        "Anyone who waited for the last bus at 22:45 knows why.",
    ]
    record = clean_page(
        article(FILLER + "<h2>Comment</h2>" + "".join(f"<p>{line}</p>" for line in lines)),
        "https://news.example.co.uk/a/1",
    )
    assert record["text"].split("\n")[-3:] == ["Comment", *lines]


def test_a_lead_paragraph_closing_with_a_copyright_under_a_picture_is_no_caption():
    lead = "Frankfurt. A strike cancelled 700 flights at Frankfurt airport on Wednesday, the operator said. (© dpa)"
    record = clean_page(
        article(f'<div><img src="/a.jpg"></div><p>{lead}</p>' + FILLER), "https://news.example.de/a/2"
    )
    assert record["captions"] == []
    assert record["text"].split("\n")[0] == lead


def test_a_teasers_link_with_an_image_parameter_is_no_viewer_of_the_picture():
    record = clean_page(
        article(
            FILLER + '<figure><a href="/go.php?id=8812&amp;img=/up/wall.jpg"><img src="/up/wall-300.jpg"></a>'
            "<figcaption>Harbour wall repairs delayed again. Photo: Coastwatch</figcaption></figure>"
        ),
        "https://news.example.com/a/3",
    )
    assert record["captions"] == []


def test_the_articles_own_line_that_a_pull_quote_repeats_stays():
    quote = "“This rink is the living room of the whole town.”"
    record = clean_page(
        article(FILLER + f'<p>{quote}</p><div class="pullquote"><p>{quote} — Dale Wiebe</p></div>'),
        "https://news.example.ca/a/4",
    )
    assert quote in record["text"].split("\n")
    assert not [line for line in removed(record) if "rink" in line]


def test_an_interviews_answer_that_a_pull_quote_repeats_stays():
    answer = "We are opening a second shop in Leeds next year."
    record = clean_page(
        article(
            "<p>Before we sat down he said: “We are opening a second shop in Leeds next year, and I am terrified.”</p>"
            + FILLER
            + f'<p><strong>What is next?</strong></p><p>{answer}</p><blockquote class="pullquote">“{answer[:-1]}”</blockquote>'
        ),
        "https://food.example.co.uk/a/5",
    )
    assert answer in record["text"].split("\n")


def test_a_wrapper_with_a_pull_quote_style_holds_no_pull_quote():
    heading = "“I never once missed a spring tide in all those years”"
    record = clean_page(
        article(
            '<div class="entry-content has-pullquote-style">'
            + FILLER
            + f"<h2>{heading}</h2><p>He is proud. “I never once missed a spring tide in all those years,"
            " not even once,” he said.</p></div>"
        ),
        "https://news.example.ie/a/6",
    )
    assert heading in record["text"].split("\n")


def test_message_boxes_of_a_kmsg_class_outside_kunena_are_no_posts():
    items = "".join(
        f"<li>{item}</li>"
        for item in (
            "Measles is one of the most contagious diseases known: nine in ten unvaccinated close contacts catch it.",
            "Two doses of the MMR vaccine give about 97 per cent protection against measles for life.",
            "Children get their first dose at 12 months and the second at three years and four months of age.",
        )
    )
    cases = "There have been 412 confirmed cases in the region since January, most in unvaccinated children."
    html = (
        "<html><head><title>Measles</title></head><body><main><h1>Measles: what you need to know</h1>"
        f'<div class="kmsg"><h2>Key messages</h2><ul>{items}</ul></div><h2>Cases this year</h2><p>{cases}</p>'
        '<div class="kmsg"><p>Schools should send home any child with a rash and a fever.</p></div></main></body></html>'
    )
    record = clean_page(html, "https://health.example.org.uk/measles")
    assert cases in record["text"].split("\n")
    assert not [edit for edit in record["edits"] if edit["stage"] == "forum_story"]


def test_a_press_reviews_datelines_name_no_original():
    record = clean_page(
        article(
            "<p>Good morning. Here is what the region's papers are leading with today.</p>"
            "<p>RIYADH (Okaz) — The Saudi daily reports that the school day will be extended by 30 minutes.</p>"
            "<p>DOHA (The Peninsula) — The Qatari daily reports that the population passed 3.1 million.</p>"
            + FILLER
        ),
        "https://review.example.com/a/7",
    )
    assert record["original"]["outlet"] is None


def test_a_papers_dateline_in_capitals_may_stand_for_anything():
    record = clean_page(
        article("<p>ROAD TOWN (DR) — The ferry terminal will close for two weeks in May.</p>" + FILLER),
        "https://bvi.example.com/a/9",
    )
    assert record["original"]["outlet"] is None


def test_an_articles_comments_declared_as_postings_give_no_category():
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
        '"headline":"H","datePublished":"2025-03-12","articleSection":"Politics"},{"@type":"DiscussionForumPosting",'
        '"headline":"Comments: H","articleSection":"Reader comments"}]}</script>'
    )
    record = clean_page(article(FILLER, head), "https://news.example.co.uk/a/8")
    assert record["categories"] == ["Politics"]


def test_a_sentence_pointing_to_other_rules_with_an_arrow_stays():
    line = "See also → the rules for junior ISAs are different: parents can put in up to £9,000 a year for each child."
    record = clean_page(article(FILLER + f"<p>{line}</p>"), "https://money.example.co.uk/a/10")
    assert line in record["text"].split("\n")
