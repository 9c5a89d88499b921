"""A list archive's message: its wrapped plain text joined back into paragraphs, and the mail's
parts around the forwarded story (header, note, quoted mail, signature, the archive's lines)
taken out, each with its reason."""

from lxml import html

from republished.cleaning.mail_parts import mail_parts
from republished.cleaning.wrapped_lines import join_wrapped_lines, wrapped_paragraphs

MAIL = """Hi all,

here is the article from SME that Peter sent me, put through a
translator. Sorry for the odd English in places.

From September 1, drivers in a large part of Ruzinov will have to pay
for parking. The city is expanding the regional parking policy to
another eleven zones, mainly in the housing estates of the district.

Residents will be able to buy a resident card for 39 euros a year.
Visitors will pay 1.5 euros per hour, in some streets 2 euros.

Source: SME, https://bratislava.sme.sk/c/23481234/parkovacia-politika-sa-rozsiri-do-ruzinova.html

&gt; Peter, do you have the article about the new zones? Someone on the
&gt; list asked about it.

--
Zuzana
"""


def lines_of(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_a_wrapped_mails_paragraphs_are_joined_and_nothing_else():
    tree = html.fromstring(f"<html><body><pre>{MAIL}</pre></body></html>")
    lines, joined = join_wrapped_lines(lines_of(html.fromstring(f"<pre>{MAIL}</pre>").text_content()), [])
    assert joined == 0
    lines, joined = join_wrapped_lines(lines, wrapped_paragraphs(tree))
    assert joined == 3  # the note and the story's two paragraphs
    assert lines[2] == (
        "From September 1, drivers in a large part of Ruzinov will have to pay for parking. The city is"
        " expanding the regional parking policy to another eleven zones, mainly in the housing estates of"
        " the district."
    )
    # The address, the quoted lines and the signature keep their own lines.
    assert lines[4].startswith("Source: SME, https://")
    assert lines[5:] == [
        "> Peter, do you have the article about the new zones? Someone on the",
        "> list asked about it.",
        "--",
        "Zuzana",
    ]


def test_a_pre_of_code_or_of_long_lines_is_no_wrapped_mail():
    code = "<pre><code>" + "\n".join(f"value_{i} = compute_the_value(index={i}, scale=1.0)" for i in range(6))
    assert wrapped_paragraphs(html.fromstring(f"<div>{code}</code></pre></div>")) == []
    short = "<pre>" + "\n".join(["Monday 9-17", "Tuesday 9-17", "Wednesday closed"]) + "</pre>"
    assert wrapped_paragraphs(html.fromstring(f"<div>{short}</div>")) == []


STORY = [
    "From September 1, drivers in a large part of Ruzinov will have to pay for parking, the city said.",
    "Residents will be able to buy a resident card for 39 euros a year for the first car in the household.",
    "According to the deputy mayor, the aim is not to collect money, but to free the streets for residents.",
    "The city will also paint 2,300 new parking spaces and plant 140 trees where cars now park on the grass.",
]


def test_a_forwarded_mails_parts_around_the_story_are_named():
    lines = [
        "zuzana.hlavata at gmail.com",
        "Hi all,",
        "here is the article from SME, put through a translator.",
        "Zuzana",
        "---------- Forwarded message ---------",
        "From: Peter Kollar <peter.kollar at gmail.com>",
        "Subject: Re: Paid parking in Bratislava will expand to Ruzinov",
        "Here it is, translated with DeepL:",
        "Paid parking in Bratislava will expand to Ruzinov",
        *STORY,
        "On Fri, 13 Jun 2025 at 18:22, Zuzana Hlavata <zuzana.hlavata at gmail.com> wrote:",
        "> Peter, do you have the article about the new zones?",
        "--",
        "Zuzana Hlavata",
        "-------------- next part --------------",
        "An HTML attachment was scrubbed...",
        "More information about the Bratislava-expats mailing list",
    ]
    reasons = mail_parts(lines, "Paid parking in Bratislava will expand to Ruzinov")
    kept = [line for index, line in enumerate(lines) if index not in reasons]
    assert kept == STORY
    assert reasons[4] == "the mail program's line opening the forwarded message"
    assert reasons[len(lines) - 1] == "the list archive's line under the message"


def test_an_article_with_a_dash_rule_a_quote_and_a_greeting_in_it_keeps_them():
    lines = [
        STORY[0],
        "Hello, neighbours!",
        STORY[1],
        "> This is no mail",
        STORY[2],
        "-- the council's statement ends here --",
        STORY[3],
    ]
    # The greeting is no mail's opening but a quote's; the rest is no mail's part.
    assert mail_parts(lines, "Paid parking") == {}


def test_a_newsletters_sign_off_and_its_senders_name_go():
    lines = [*STORY, "See you at the sea,", "Andreea & the Mamaia Sea Apartments team"]
    reasons = mail_parts(lines, "Mamaia")
    assert sorted(reasons) == [4, 5]


def test_a_google_groups_thread_keeps_its_first_message_only():
    lines = [
        "Nikos Papadakis",
        "unread,Mar 20, 2026, 9:14:02 AM",
        "to Larissa English Speakers",
        *STORY,
        "--",
        "Nikos",
        "Helen Ward",
        "unread,Mar 20, 2026, 11:36:48 AM",
        "to Larissa English Speakers",
        "Wonderful! Giorgos gave a great talk about the theatre at the museum last autumn.",
        "- show quoted text -",
    ]
    reasons = mail_parts(lines, "Larissa")
    assert [line for index, line in enumerate(lines) if index not in reasons] == STORY


def test_a_wrapped_dash_quote_is_joined_but_never_to_the_line_before_it():
    mail = (
        "The director said the dome would open in the summer of 2028, and that the park\n"
        "would stay open during the works.\n"
        "- We have dreamed of it for many years. Now is the money in place, and we\n"
        "expect the first guests in the summer of 2028, says the director Mette Skov.\n"
    )
    tree = html.fromstring(f"<div><pre>{mail}</pre></div>")
    lines, joined = join_wrapped_lines(lines_of(mail), wrapped_paragraphs(tree))
    assert joined == 2
    assert lines[1].startswith("- We have dreamed") and lines[1].endswith("Mette Skov.")


SUBJECT = "Parking zones extended to Ruzinov"
MHONARC_PAGE = [
    "bratislava-expats AT lists.example.sk",
    "List archive",
    f"[bratislava-expats] {SUBJECT}",
    "Chronological Thread",
    "- From: Zuzana Hlavata <zuzana AT example.sk>",
    f"- Subject: [bratislava-expats] {SUBJECT}",
    "- Date: Tue, 10 Jun 2025 08:14:33 +0200",
    "Hello everyone,",
    "Here is today's story from Bratislava.",
    SUBJECT,
    *STORY,
    "Have a good day,",
    "Zuzana",
    "--",
    "Zuzana Hlavata",
    "Bratislava Expats",
    f"- [bratislava-expats] {SUBJECT}, Zuzana Hlavata, 06/10/2025",
    "- [bratislava-expats] Re: Trams to Petrzalka, Peter Novak, 06/11/2025",
    "Archive powered by MHonArc 2.6.24.",
]


def test_an_archive_pages_lines_around_the_message_and_the_mails_parts_go():
    reasons = mail_parts(MHONARC_PAGE, SUBJECT)
    assert [line for index, line in enumerate(MHONARC_PAGE) if index not in reasons] == STORY
    assert reasons[0] == "the list archive's lines over the message's header"
    assert reasons[MHONARC_PAGE.index(SUBJECT)] == "the story's headline over it, now the title"
    assert reasons[len(MHONARC_PAGE) - 2] == "the thread's index under the message"


def test_header_fields_after_a_sentence_are_no_archive_page():
    # An article that quotes a mail's header keeps what comes before it.
    lines = [STORY[0], STORY[1], "- From: the mayor's office", "- Date: Monday", STORY[2], STORY[3]]
    reasons = mail_parts(lines, "Paid parking")
    assert 0 not in reasons and 1 not in reasons


def test_a_public_inbox_messages_header_forward_marker_and_thread_overview_go():
    lines = [
        "From: Olena Koval <olena@poltava-link.org>",
        "To: news@poltava-link.org",
        "Subject: Fwd: Paid parking",
        "Date: Tue, 24 Mar 2026 09:30:12 +0200 [thread overview]",
        "Message-ID: <20260324073012.4417-1-olena@poltava-link.org> (raw)",
        "Dear friends,",
        "here is the news from home this week, from the site Zmist (machine translation).",
        "---------- Forwarded article ----------",
        *STORY,
        "--",
        "Olena Koval",
        "reply other threads:[~2026-03-24 7:30 UTC|newest]",
        "Thread overview: 3+ messages / expand[flat|nested] mbox.gz Atom feed top",
        "2026-03-24 7:30 Fwd: Paid parking Olena Koval [this message]",
        "This is a public inbox, see mirroring instructions",
    ]
    reasons = mail_parts(lines, "Paid parking")
    assert [line for index, line in enumerate(lines) if index not in reasons] == STORY
