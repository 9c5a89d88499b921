"""Remove interface text (badges, embed pointers, comment forms) that survives extraction."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from republished.cleaning.bylines import credited_outlet, text_credit
from republished.cleaning.draft import Draft
from republished.cleaning.errors import ConfigError
from republished.cleaning.mail_parts import mail_parts
from republished.cleaning.outlet_discovery import (
    BRACKETED_NAME_LINE,
    ISSUE_NUMBER,
    WHOLE_SOURCE_LINES,
    note_sentences,
)
from republished.cleaning.pull_quotes import word_run
from republished.cleaning.registry import Stage, StageContext, register
from republished.cleaning.squash import squash
from republished.cleaning.yamlconfig import expect, expect_keys, expect_strings, load_yaml

#: A list marker (">> Read also: …"), or the emoji, arrow or shape a farm opens a call to action with ("📲 Subscribe to …",
#: "👉 Follow …", "⭐ Rate it", "▶️ Download …").
LIST_MARKER = re.compile(
    r"^(?:[-•*·]|>>?|»|[\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]\ufe0f?)\s*"
)
END_PUNCTUATION = ".:!…"


def normalize_phrase(text: str) -> str:
    return LIST_MARKER.sub("", text.strip()).strip().rstrip(END_PUNCTUATION).strip().casefold()


TAIL_PARAGRAPHS = 3
#: The lines a poster's or farm's note before the copy stands in ("Machine translated from
#: Norwegian, didn't want to post a paywalled link:").
HEAD_PARAGRAPHS = 2
#: An item of a list of links: a list marker, a headline, no full stop.
#: A list item as extraction writes it.
LIST_ITEM = re.compile(r"^[-•*·]\s+\S")
#: The first lines a newsletter's contents are looked for in (a greeting and a line before them).
NEWSLETTER_HEAD_LINES = 6
#: A headline: a short line, not a sentence nor a list item.
NEWSLETTER_HEADLINE = re.compile(r"[^-•*·\s](?:\S*\s){1,20}\S*[^.!?:\s]")
#: A newsletter's footer to its subscriber.
SUBSCRIBER_FOOTER = re.compile(
    r"\byou(?:'re|’re| are) receiving this (?:e-?mail |newsletter |message )?because you"
    r" (?:subscribed|signed up|opted in)",
    re.IGNORECASE,
)
LINK_ITEM = re.compile(r"^[-•*·]\s+\S.{0,150}(?<![.!?])$")
#: An advertisement label glued to the text around it: "ADVERTISEMENTThe minister said …". The
#: word after it opens with a capital and goes on in lower case, so "ADVERTISEMENTS on buses"
#: is no label.
GLUED_AD_LABEL = re.compile(r"(?:^|(?<=[.!?”\"]))\s*ADVERTISEMENT\s*(?=[A-Z][a-z]|[“\"]|$)")
#: A language lesson's study sections after the article it reads: a word list over its table,
#: questions over their list ("Vocabulary", "Discussion questions", "2. Woordenlijst (word list)").
STUDY_WORDS = r"vocabulary|word list|glossary|key words|(?:discussion|comprehension) questions"
#: …or a heading in the lesson's language glossed in English: "3. Vragen (questions)".
STUDY_HEADING = re.compile(
    rf"^(?:\d+\.\s*)?(?:(?:{STUDY_WORDS})|\S+\s+\((?:{STUDY_WORDS}|questions)\))\s*:?$", re.IGNORECASE
)
STUDY_ITEM = re.compile(r"^(?:\|.*\||[-•*]\s+\S.*)$")
#: A podcast episode's list of chapters: "Chapters", then "00:40 The story" lines.
CHAPTERS_HEADING = re.compile(r"^(?:(?:episode )?chapters|timestamps|in this episode)\s*:?$", re.IGNORECASE)
CHAPTER_LINE = re.compile(r"^[-•*]?\s*\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?\s*[-–—]?\s*\S.{0,80}$")
#: Items under such a heading, at least.
MIN_HEADED_ITEMS = 2
#: A thread's counter closing each of its posts after the sentence ends: "… of Irkutsk. 2/6"
#: (Mastodon, Bluesky, X); counted only where two posts or more count up to one total.
THREAD_COUNTER = re.compile(r"(?<=[.!?…”»\"')])\s+(?P<post>\d{1,2})/(?P<posts>\d{1,2})$")


#: What may follow a comments heading: a short comment, its author, its date. A longer line is
#: a paragraph under a subheading of the article.
MAX_COMMENT_CHARS = 300
MAX_COMMENT_LINES = 15
#: The heading over a wiki's or a tracker's attachments, maybe counted: "Attachments (2)".
ATTACHMENTS_HEADING = re.compile(
    r"(?:Attachments|Attached files|Anhänge|Pièces jointes|Allegati|Adjuntos|Bijlagen|Bilagor|Vedlegg|Załączniki)"
    r"(?:\s*\(\d+\))?:?",
    re.IGNORECASE,
)
#: A file's size: "(375.2 KB)", "1,2 MB".
FILE_SIZE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:bytes|[KMG]i?B)\b")
#: A heading that counts the comments under it ("2 Comments", "コメント(3)").
COUNTED = re.compile(r"\d")
#: A comment's date or time, or a reader's handle ("2025-11-25 11:40:12", "mada_lover", "@kwame").
COMMENT_SIGN = re.compile(
    r"\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\w+_\w+\b|(?<!\w)@\w{2,}"
)
#: A call to action of a site's plug: "Subscribe above to get it by email", "Follow channel WhatsApp …".
CALL_TO_ACTION = re.compile(
    r"(?:^|[.!?]\s+)(?:please )?(?:subscribe|follow|support|join|donate|buy|sign up|become a (?:member|supporter))\b",
    re.I,
)
#: What a site asks of a reader it offers a service to: a ticket, a booking, a comment on its copy.
SERVICE_ACTION = re.compile(
    r"\b(?:submit a (?:ticket|request)|book (?:now|online|direct(?:ly)?)|ping us|contact us"
    r"|get in touch|réservez|reservieren sie|buchen sie|reserva ya)\b",
    re.IGNORECASE,
)
#: A discount code a site gives its readers: "with the code ORESUND20", "Rabattcode NEWS20".
PROMO_CODE = re.compile(
    r"\b(?i:(?:discount |promo |coupon |voucher )?code|rabattcode|gutscheincode|kod|kode|código|codice)"
    r"\s*:?\s+[A-Z][A-Z0-9]{2,15}\d\b"
)
#: The site speaking of itself.
SITE_SPEAKS = re.compile(r"\b(?:our|us|we|nos|notre|nous|unser\w*|nuestr\w+)\b", re.IGNORECASE)
QUOTATION_MARK = re.compile(r"[\"“”„«»]")
#: A link's reference mark closing a line: "Source: NRC [1]" (a print view numbers the links it lists).
REFERENCE_MARK = re.compile(r"\s*\[\d{1,3}\]$")
#: The domain of an e-mail address in a line.
MAIL_DOMAIN = re.compile(r"\b[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)
#: The sign a post marks a picture's caption or credit with.
CAMERA_SIGN = re.compile(r"^[📷📸]")
#: The emoji a site opens its own plug with: "🏡 New in Bursa? Our team helps …".
OPENING_EMOJI = re.compile(r"^[\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff]")
#: The site owning what it offers ("our guide", "nuestros pisos"): not "we", which an article's
#: post may say of its newsroom.
OWNERS = r"(?:our|nuestr[oa]s?|notre|nos|unser\w*)"
SITE_OWNS = re.compile(rf"\b{OWNERS}\b", re.IGNORECASE)
#: How a plug turns to the reader: a question ("Planning a weekend in Grenoble?"), a tip, or what
#: the site offers ("Our map of all the cycle paths").
ASKS_OR_TIPS = re.compile(
    rf"\?|\btips?\b|\b{OWNERS} (?:\w+ )?"
    r"(?:guide|map|shop|store|apartments?|rooms?|courses?|classes|tours?|newsletter|channel)\b",
    re.IGNORECASE,
)
#: A discount a plug offers: "with a 15% discount", "20% off".
DISCOUNT = re.compile(r"\d{1,2}\s?% (?:discount|off)\b|\bdiscount of \d{1,2}\s?%", re.IGNORECASE)
#: An offer to act on the spot: "enrol here", "book your place here".
ACT_HERE = re.compile(
    r"\b(?:enrol|enroll|register|sign up|book|click|join|apply|download|subscribe|rsvp)\b[^.!?]{0,40}\bhere\b",
    re.IGNORECASE,
)
#: A shorter name of the site ("space" on space.com) is found inside too many words.
MIN_SITE_NAME_CHARS = 8
#: A longer line is a paragraph of the article, whatever it names.
MAX_PLUG_CHARS = 300
#: A row of a table as the text writes it: "| 1211 | Gisborne: the road … | Aotearoa Brief |".
TABLE_ROW = re.compile(r"^\|.*\|$")
#: A row of one cell: a layout table's line ("| Comments (0) |", CuteNews's comments box).
ONE_CELL_ROW = re.compile(r"^\|\s*(?P<cell>(?:[^|\\]|\\.)+?)\s*\|$")
#: The border between two cells of such a row; a cell's own "|" is written "\|".
TABLE_CELL_BORDER = re.compile(r"(?<!\\)\|")
#: The most lines a signature and the replies after it take in the text.
MAX_SIGNATURE_LINES = 3
#: The line phpBB and vBulletin put between a post and its poster's signature, a mail's "-- ",
#: Phorum's "----".
SIGNATURE_DELIMITER = re.compile(r"_{10,}|-{2,4}")
#: A forum's row of links, after its label or alone: "Goto: Forum List•Message List•Search",
#: "| Quote•Reply•Report |" (Phorum's).
FORUM_NAV_ROW = re.compile(
    r"^\|?\s*(?:(?:Goto|Navigate|Options|Go to|Jump to):\s*)?[\w' ]{2,30}(?:\s*•\s*[\w' ]{2,30})+\s*\|?$"
)
#: A post's poster as a forum's table shows it: "| thaodien_dave Registered: 9 years ago Posts: 1,366 | …".
POSTER_ROW = re.compile(r"^\|.{1,60}\bRegistered: .{1,30}\bago\b.{0,10}\bPosts: [\d,.]+\s*\|")
#: The fewest columns a list of posts names.
MIN_LISTING_COLUMNS = 3
#: A cell holding a date alone: "2025.08.14", "2025-08-14", "14.08.2025", "14/08/25".
DATE_CELL = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
#: A post's count of comments after its headline: "(0)", "(12)".
COMMENT_COUNT = re.compile(r"\(\d{1,5}\)$")
#: A table's separator row under its head: "|---|:---:|".
SEPARATOR_CELL = re.compile(r":?-{3,}:?")
#: The fewest rows, and the fewest words of a headline, in a table of the site's other posts.
MIN_POST_ROWS = 3
MIN_HEADLINE_WORDS = 4
#: The fewest words of a pull quote's line taken as a repeat: not a short phrase ("the city
#: council said") two lines share.
MIN_PULL_QUOTE_WORDS = 6


def _short_lines(lines: list[str], most: int) -> bool:
    """At most `most` lines, each as short as a comment: what a post's end holds, not the article."""
    return len(lines) <= most and all(len(line) <= MAX_COMMENT_CHARS for line in lines)


def _tables(lines: list[str]) -> Iterator[tuple[int, int]]:
    """Each run of a table's rows in the lines: its first line's index and the index after it."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and TABLE_ROW.match(lines[end].strip()):
            end += 1
        if end > index:
            yield index, end
        index = max(end, index + 1)


def _cells(row: str) -> list[str]:
    """A table row's cells, stripped ("\\|" is a bar inside a cell)."""
    return [cell.strip().replace("\\|", "|") for cell in TABLE_CELL_BORDER.split(row.strip()[1:-1])]


def own_site_names(draft: Draft) -> set[str]:
    """The site's names, squashed: its name, its host's labels, its links home and, on a platform,
    the creator's handle in the path ("windhoekwire" on windhoekwire.gumroad.com, "Harare in English"
    on buymeacoffee.com/harareinenglish)."""
    labels = draft.meta.host.removeprefix("www.").split(".")[:-1]
    names = {
        draft.republisher.get("name") or "",
        *labels,
        *draft.meta.home_link_texts,
        draft.meta.creator_handle,
    }
    return {key for key in map(squash, names) if len(key) >= MIN_SITE_NAME_CHARS}


@dataclass(frozen=True)
class Line:
    """A line as every phrase list compares it: worked out once, not once a list."""

    text: str
    normalized: str
    bare: str

    @classmethod
    def of(cls, text: str) -> "Line":
        return cls(text, normalize_phrase(text), LIST_MARKER.sub("", text.strip()))


@dataclass(frozen=True)
class PhraseList:
    group: str
    lines: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern], ...]
    tail_patterns: tuple[tuple[str, re.Pattern], ...] = ()
    head_patterns: tuple[tuple[str, re.Pattern], ...] = ()

    def match(self, line: Line, in_head: bool, in_tail: bool) -> str | None:
        if line.normalized in self.lines:
            return f"{self.group} interface phrase {line.text.strip()!r}"
        bare = line.bare
        patterns = (
            self.patterns + (self.head_patterns if in_head else ()) + (self.tail_patterns if in_tail else ())
        )
        for name, pattern in patterns:
            if pattern.fullmatch(bare):
                return f"{self.group} interface text ({name})"
        return None


def _patterns(data: dict, field: str, path, key: str) -> tuple[tuple[str, re.Pattern], ...]:
    patterns = []
    for i, entry in enumerate(expect(data.get(field, []), list, path, f"{key}.{field}")):
        entry_key = f"{key}.{field}[{i}]"
        expect(entry, dict, path, entry_key)
        expect_keys(entry, {"name", "regex"}, {"name", "regex"}, path, entry_key)
        try:
            patterns.append((entry["name"], re.compile(entry["regex"])))
        except re.error as exc:
            raise ConfigError(path, f"{entry_key}.regex", f"invalid regex: {exc}") from exc
    return tuple(patterns)


def _phrase_list(data: dict, group: str, path, key: str) -> PhraseList:
    expect(data, dict, path, key)
    expect_keys(data, {"lines", "patterns", "tail_patterns", "head_patterns"}, set(), path, key)
    lines = expect_strings(data.get("lines", []), path, f"{key}.lines")
    return PhraseList(
        group,
        frozenset(normalize_phrase(line) for line in lines),
        _patterns(data, "patterns", path, key),
        _patterns(data, "tail_patterns", path, key),
        _patterns(data, "head_patterns", path, key),
    )


@register
class ResidueStage(Stage):
    name = "residue"

    def __init__(self, context: StageContext, phrases: str = "residue.yaml"):
        path = context.path(phrases)
        data = expect(load_yaml(path), dict, path, "")
        expect_keys(
            data,
            {
                "common",
                "languages",
                "outlets",
                "link_list_headings",
                "comment_headings",
                "counted_comment_headings",
                "listing_columns",
                "listing_counters",
                "newsletter_contents_headings",
                "newsletter_section_headings",
            },
            set(),
            path,
            "",
        )
        headings = expect_strings(data.get("link_list_headings") or [], path, "link_list_headings")
        self.link_list_headings = frozenset(map(normalize_phrase, headings))
        self.newsletter_contents = frozenset(
            map(
                normalize_phrase,
                expect_strings(
                    data.get("newsletter_contents_headings") or [], path, "newsletter_contents_headings"
                ),
            )
        )
        self.newsletter_sections = frozenset(
            map(
                normalize_phrase,
                expect_strings(
                    data.get("newsletter_section_headings") or [], path, "newsletter_section_headings"
                ),
            )
        )
        comments = expect_strings(data.get("comment_headings") or [], path, "comment_headings")
        counted = expect_strings(data.get("counted_comment_headings") or [], path, "counted_comment_headings")
        alternatives = []
        if comments:
            words = "|".join(map(re.escape, map(str.casefold, comments)))
            # "2 Comments", "Comments (2)", "Comments: 2" (Jimdo).
            alternatives.append(rf"(?:\d{{1,4}}\s+)?(?:{words})(?:\s*[(（]\d{{1,4}}[)）]|:\s*\d{{1,4}})?")
        if counted:
            words = "|".join(map(re.escape, map(str.casefold, counted)))
            alternatives.append(rf"\d{{1,4}}\s+(?:{words})|(?:{words})\s*[(（]\d{{1,4}}[)）]")
        self.comment_heading = re.compile("|".join(alternatives)) if alternatives else None
        columns = expect_strings(data.get("listing_columns") or [], path, "listing_columns")
        self.listing_columns = frozenset(column.casefold().rstrip(".") for column in columns)
        counters = expect_strings(data.get("listing_counters") or [], path, "listing_counters")
        self.listing_counters = frozenset(counter.casefold() for counter in counters)
        self.general = [_phrase_list(data.get("common", {}), "common", path, "common")]
        for code, entry in expect(data.get("languages", {}), dict, path, "languages").items():
            self.general.append(_phrase_list(entry, code, path, f"languages.{code}"))
        self.by_outlet = {
            name: _phrase_list(entry, name, path, f"outlets.{name}")
            for name, entry in (expect(data.get("outlets") or {}, dict, path, "outlets")).items()
        }
        self.outlets = context.outlets

    def _take_link_lists(self, lines: list[str], reasons: dict[int, str]) -> None:
        """The links listed under a removed "Related posts" go with it."""
        for index in sorted(reasons):
            heading = lines[index].strip()
            if normalize_phrase(heading) not in self.link_list_headings:
                continue
            item = index + 1
            while item < len(lines) and item not in reasons and LINK_ITEM.match(lines[item].strip()):
                reasons[item] = f"a link of the list under {heading!r}"
                item += 1

    def _take_newsletter_issue(self, lines: list[str], reasons: dict[int, str]) -> bool:
        """A newsletter's issue: its greeting and contents ("In this issue:" over a list) before the
        lead story, and its other sections after it ("Also this week", "What's on" over a list)
        with all that follows them (a sponsor, the sign-off, the footer): the lead story is the
        article. Only a page that is an issue (the contents, or a subscriber's footer) is read so:
        an article's own "Events" over a list stays. Whether the contents were taken: the lead
        story's headline opens what is left."""
        contents = next(
            (
                index
                for index in range(min(len(lines), NEWSLETTER_HEAD_LINES))
                # Its list may be missing: extraction drops a list of short links.
                if normalize_phrase(_one_cell(lines[index])) in self.newsletter_contents
            ),
            None,
        )
        if contents is None and not any(SUBSCRIBER_FOOTER.search(line) for line in lines[-TAIL_PARAGRAPHS:]):
            return False
        start = 0
        if contents is not None:
            start = contents + 1
            while start < len(lines) and LIST_ITEM.match(lines[start]):
                start += 1
            for index in range(start):
                reasons.setdefault(
                    index,
                    f"the newsletter's greeting and contents before its lead story ({lines[contents]!r})",
                )
        for index in range(start + 1, len(lines)):
            if normalize_phrase(lines[index]) in self.newsletter_sections and _list_follows(lines, index):
                for after in range(index, len(lines)):
                    reasons.setdefault(
                        after, f"the newsletter's sections after its lead story, from {lines[index]!r} on"
                    )
                break
            if any(pattern.match(lines[index]) for pattern in WHOLE_SOURCE_LINES):
                # The lead story's source line closes it: the issue's other items follow.
                for after in range(index + 1, len(lines)):
                    reasons.setdefault(
                        after,
                        f"the newsletter's other items, after its lead story's source line {lines[index]!r}",
                    )
                break
        return contents is not None

    def _take_listing_tables(self, lines: list[str], reasons: dict[int, str]) -> None:
        """A table whose head row names a list's columns ("| No. | Title | Author | Date | Views |"),
        three or more, at least two in three of its heads, one of them a counter of views or
        replies: the site's list of posts, whole."""
        for index, end in _tables(lines):
            heads = [cell.casefold().rstrip(".") for cell in _cells(lines[index])]
            listed = sum(head in self.listing_columns for head in heads)
            if (
                len(heads) >= MIN_LISTING_COLUMNS
                and listed >= MIN_LISTING_COLUMNS
                and 3 * listed >= 2 * len(heads)
                and self.listing_counters.intersection(heads)
            ):
                for row in range(index, end):
                    reasons.setdefault(row, f"a row of the site's list of posts ({lines[index].strip()!r})")

    @staticmethod
    def _take_dated_post_tables(lines: list[str], reasons: dict[int, str]) -> None:
        """A table without a head whose every row is a headline with its count of comments and
        its date alone ("| Daejeon opens the second section of its trunk bus lane (0) |
        2025.08.14 |", Tistory's other posts of the category): the site's list of posts. A table
        the text announces ("The closures will run on these dates:") or whose headlines count
        nothing is the article's."""
        for index, end in _tables(lines):
            rows = [_cells(lines[row]) for row in range(index, end)]
            rows = [cells for cells in rows if not all(SEPARATOR_CELL.fullmatch(cell) for cell in cells)]
            announced = index > 0 and lines[index - 1].rstrip().endswith(":")
            if (
                len(rows) >= MIN_POST_ROWS
                and not announced
                and all(
                    2 <= len(cells) <= 3
                    and DATE_CELL.fullmatch(cells[-1])
                    and len(cells[0].split()) >= MIN_HEADLINE_WORDS
                    and COMMENT_COUNT.search(cells[0])
                    for cells in rows
                )
            ):
                for row in range(index, end):
                    reasons.setdefault(
                        row, "a row of the site's list of other posts, each a headline and its date"
                    )

    @staticmethod
    def _take_interface_rows(
        lines: list[str], lists: list[PhraseList], tail: range, reasons: dict[int, str]
    ) -> None:
        """A table's row whose every cell is interface text: a template laying out its share
        buttons and back link in a table ("| Share: Facebook \\| X | << Back |", WebsiteBaker's)."""
        for index, line in enumerate(lines):
            if index in reasons or not TABLE_ROW.match(line.strip()):
                continue
            cells = [cell for cell in _cells(line) if cell]
            if cells and all(
                any(phrases.match(Line.of(cell), False, index in tail) for phrases in lists) for cell in cells
            ):
                reasons[index] = f"a table row of interface text {line.strip()!r}"

    @staticmethod
    def _take_pull_quotes(draft: Draft, reasons: dict[int, str]) -> None:
        """A line that is a pull quote the page marks up (cleaning/pull_quotes.py), maybe without
        its attribution, whose words all stand, in order, in a longer line of the text that is no
        pull quote: the template's repeat of the article's sentence ("“We have seen how a city
        can give its river back to the people.”" beside the paragraph that says it). The words
        stay in the text."""
        if not draft.meta.pull_quotes:
            return
        quoted = [word_run(text) for text in draft.meta.pull_quotes]
        runs = {
            index: word_run(line)
            for index, line in enumerate(draft.lines)
            if index not in reasons and not TABLE_ROW.match(line.strip())
        }
        repeats = {index for index, run in runs.items() if any(text.startswith(run) for text in quoted)}
        for index in repeats:
            run = runs[index]
            if run.count(" ") - 1 < MIN_PULL_QUOTE_WORDS:
                continue
            longer = next(
                (
                    other
                    for other, text in runs.items()
                    if other not in repeats and len(text) > len(run) and run in text
                ),
                None,
            )
            if longer is not None:
                line = draft.lines[longer]
                excerpt = line if len(line) <= 80 else line[:80] + "…"
                reasons[index] = f"the page's pull quote, repeating the words of the line {excerpt!r}"

    @staticmethod
    def _take_forum_rows(lines: list[str], reasons: dict[int, str]) -> None:
        """A forum's rows of links ("Goto: Forum List•Message List", "Quote•Reply•Report"), and from
        the first reply's poster row in the second half on, the replies."""
        for index, line in enumerate(lines):
            if FORUM_NAV_ROW.match(line):
                reasons.setdefault(index, "the forum's row of links")
        for index in range(len(lines) // 2, len(lines)):
            if POSTER_ROW.match(lines[index]):
                for after in range(index, len(lines)):
                    reasons.setdefault(after, "the thread's replies, from the first reply's poster on")
                return

    def _take_signature(self, lines: list[str], reasons: dict[int, str]) -> None:
        """A forum's signature delimiter ("_________________", phpBB's and vBulletin's) in the second
        half of the text, with a few short lines after it: the poster's signature, then a reply (a
        rule between the article's sections has its paragraphs after it; one closing the text,
        nothing)."""
        for index in range(len(lines) // 2, len(lines)):
            # Up to what else was taken (the thread's replies after a post's signature).
            end = next((i for i in range(index + 1, len(lines)) if i in reasons), len(lines))
            after = lines[index + 1 : end]
            if (
                after
                and SIGNATURE_DELIMITER.fullmatch(lines[index].strip())
                and _short_lines(after, MAX_SIGNATURE_LINES)
            ):
                whose = "a mail's" if lines[index].strip() == "--" else "a forum post's"
                for line in range(index, len(lines)):
                    reasons.setdefault(line, f"{whose} signature, from its delimiter on")
                return

    @staticmethod
    def _take_attachments(lines: list[str], reasons: dict[int, str]) -> None:
        """A wiki's or a tracker's list of a page's attachments, from its counted heading in the
        second half on ("Attachments (2)", then each file's name, size, uploader and description,
        Trac's), when a file's size stands among the few short lines after it."""
        for index in range(len(lines) // 2, len(lines)):
            after = lines[index + 1 :]
            if (
                ATTACHMENTS_HEADING.fullmatch(lines[index])
                and _short_lines(after, MAX_COMMENT_LINES)
                and any(FILE_SIZE.search(line) for line in after)
            ):
                for line in range(index, len(lines)):
                    reasons.setdefault(line, "the page's list of attachments, from its heading on")
                return

    def _take_comments(self, lines: list[str], reasons: dict[int, str]) -> None:
        """The readers' comments: from a comments heading in the second half of the text on, when
        only short lines follow it (a comment, its author, its date, the reply form) and the
        heading counts them ("2 Comments") or a line after it has a comment's date or a reader's
        handle: a subheading "Comments" over the article's last paragraphs has neither."""
        if self.comment_heading is None:
            return
        for index in range(len(lines) // 2, len(lines)):
            heading = _one_cell(lines[index].strip())
            after = lines[index + 1 :]
            if (
                self.comment_heading.fullmatch(normalize_phrase(heading))
                and _short_lines(after, MAX_COMMENT_LINES)
                and (COUNTED.search(heading) or any(COMMENT_SIGN.search(line) for line in after))
            ):
                reasons[index] = f"the heading of the readers' comments ({heading!r})"
                for comment in range(index + 1, len(lines)):
                    reasons.setdefault(comment, f"a line of the readers' comments under {heading!r}")
                return

    @staticmethod
    def _take_site_plugs(draft: Draft, tail: range, reasons: dict[int, str]) -> None:
        """A line closing the copy that names the site and asks the reader to act is the site's
        plug ("Windhoek Wire is a free weekly round-up of Namibian news. Subscribe above …")."""
        names = None
        for index in tail:
            line = draft.lines[index]
            if index in reasons or len(line) > MAX_PLUG_CHARS or not CALL_TO_ACTION.search(line):
                continue
            names = own_site_names(draft) if names is None else names
            squashed = squash(line)
            if named := next((name for name in names if name in squashed), None):
                reasons[index] = f"the site's plug: it names the site ({named!r}) and asks the reader to act"

    @staticmethod
    def _take_site_contact_notes(draft: Draft, tail: range, reasons: dict[int, str]) -> None:
        """A line closing the copy that names the site and gives an address at the site's own
        domain is the site's note on itself ("Colombia Wire publishes English versions of
        Colombian news every morning. Corrections: hola@colombiawire.co")."""
        names = None
        for index in tail:
            line = draft.lines[index]
            if index in reasons or len(line) > MAX_PLUG_CHARS or QUOTATION_MARK.search(line):
                continue
            # The address's whole domain before its suffix names the site ("colombiawire" of
            # colombiawire.co), not one label of it ("stavanger" of stavanger.kommune.no).
            domains = {squash(domain.rsplit(".", 1)[0]) for domain in MAIL_DOMAIN.findall(line)}
            names = own_site_names(draft) if names is None else names
            squashed = squash(line.split("@")[0])
            if domains & names and any(name in squashed for name in names):
                reasons[index] = "the site's note on itself: it names the site and gives the site's address"

    @staticmethod
    def _take_own_offers(draft: Draft, tail: range, reasons: dict[int, str]) -> None:
        """A line closing the copy in which the site speaks of itself and offers its service ("Need
        help finding a flat in Turku? Submit a ticket and our team will reply …", "Our apartments
        in Tvrđa start from 39 € per night. Book now"): no quotation, the site's own offer."""
        for index in tail:
            line = draft.lines[index]
            if index in reasons or len(line) > MAX_PLUG_CHARS or QUOTATION_MARK.search(line):
                continue
            if (action := SERVICE_ACTION.search(line)) and SITE_SPEAKS.search(line):
                reasons[index] = (
                    f"the site's offer of its own service ({action.group(0)!r}), closing the copy"
                )
            elif code := PROMO_CODE.search(line):
                reasons[index] = (
                    f"the site's offer to its readers, with a discount code ({code.group(0)!r}), closing the copy"
                )

    @staticmethod
    def _take_emoji_plugs(draft: Draft, reasons: dict[int, str]) -> None:
        """A line the site opens with an emoji and in which it offers what it owns to a reader it
        asks ("🎿 Planning a weekend in Grenoble? Read our guide …") or offers to act on the spot
        ("📚 Spring intensive course … – enrol here."): the site's plug, wherever it stands. No
        audit's article opened a paragraph so."""
        for index, line in enumerate(draft.lines):
            if (
                index in reasons
                or len(line) > MAX_PLUG_CHARS
                or not OPENING_EMOJI.match(line)
                or QUOTATION_MARK.search(line)
            ):
                continue
            if SITE_OWNS.search(line) and ASKS_OR_TIPS.search(line):
                reasons[index] = "the site's plug: opened by an emoji, it offers the site's own to the reader"
            elif ACT_HERE.search(line):
                reasons[index] = "the site's plug: opened by an emoji, it asks the reader to act here"
            elif DISCOUNT.search(line):
                reasons[index] = "the site's plug: opened by an emoji, it offers a discount"

    def _names_the_original(self, name: str, original: dict) -> bool:
        """The source line's name is the original outlet's, its domain, or an alias of it."""
        name = name.strip()
        domain = original.get("domain") or ""
        if squash(name) in {squash(original["outlet"]), squash(domain), squash(domain.split(".")[0])} - {""}:
            return True
        outlet = self.outlets.named(name)
        return outlet is not None and outlet.name == original["outlet"]

    @staticmethod
    def _take_marked_signatures(draft: Draft, reasons: dict[int, str]) -> None:
        """A line the page marks up as a post's signature (forum_story.signatures), wherever
        extraction left it: Kunena's, after a rule that is no line of the text."""
        for index, line in enumerate(draft.lines):
            if line in draft.meta.signatures:
                reasons.setdefault(index, "a forum post's signature (the page marks it up as one)")

    def _remove_closing_source_line(self, draft: Draft) -> None:
        """A farm's "Source: VG" closing the copy, or opening it as an official account's post
        does ("Source: People's Daily"), is the farm's note, not the article's text; what it says
        is kept in original.evidence (the provenance stage read it)."""
        if not draft.original.get("outlet") or not draft.lines:
            return
        reasons = {}
        for index, where in ((len(draft.lines) - 1, "closing"), (0, "opening")):
            text = REFERENCE_MARK.sub("", draft.lines[index].strip())
            patterns = (
                (*WHOLE_SOURCE_LINES, BRACKETED_NAME_LINE) if where == "closing" else WHOLE_SOURCE_LINES
            )
            if any(
                (match := pattern.match(text)) and self._names_the_original(match["name"], draft.original)
                for pattern in patterns
            ) or (where == "closing" and self._notes_naming_the_original(text, draft.original)):
                reasons[index] = (
                    f"the copy's {where} source line, naming the original outlet {draft.original['outlet']!r}"
                )
        if reasons:
            draft.remove_lines(set(reasons), self.name, reasons)

    def _notes_naming_the_original(self, text: str, original: dict) -> bool:
        """A closing line of notes, each a source line of its own, one naming the original: "This
        article was machine-translated from Finnish. Original: Aamulehti (2 June 2025)"."""
        sentences = note_sentences(text)
        matches = [next(filter(None, (p.match(s) for p in WHOLE_SOURCE_LINES)), None) for s in sentences]
        return (
            len(sentences) > 1
            and all(matches)
            and any(self._names_the_original(match["name"], original) for match in matches)
        )

    def _remove_credit_bylines(self, draft: Draft) -> None:
        """A byline left at the top or the foot of the text that credits the original outlet
        ("Sofie Claes | Gazet van Antwerpen", "Text: Ming Pao | Translated by …") is the copy's
        credit, not the article's text."""
        if not draft.original.get("outlet") or not draft.lines:
            return
        reasons = {}
        for index in {0, 1, len(draft.lines) - 1} & set(range(len(draft.lines))):
            line = draft.lines[index].strip()
            if any(
                words and self._names_the_original(words, draft.original)
                for words in (credited_outlet(line), text_credit(line))
            ):
                reasons[index] = f"a byline crediting the original outlet {draft.original['outlet']!r}"
        if reasons:
            draft.remove_lines(set(reasons), self.name, reasons)

    def __call__(self, draft: Draft) -> None:
        lists = list(self.general)
        if draft.original["outlet"] in self.by_outlet:
            lists.append(self.by_outlet[draft.original["outlet"]])
        if draft.meta.site.boilerplate:
            lists.append(
                PhraseList("site", frozenset(map(normalize_phrase, draft.meta.site.boilerplate)), ())
            )
        reasons = {}
        tail = range(max(len(draft.lines) - TAIL_PARAGRAPHS, 0), len(draft.lines))
        for index, text in enumerate(draft.lines):
            if CAMERA_SIGN.match(text):
                continue  # a picture's caption or credit ("📷 Photo: …"): the captions stage's
            line = Line.of(text)
            for phrases in lists:
                if reason := phrases.match(line, index < HEAD_PARAGRAPHS, index in tail):
                    reasons[index] = reason
                    break
        self._take_link_lists(draft.lines, reasons)
        issue = self._take_newsletter_issue(draft.lines, reasons)
        self._take_comments(draft.lines, reasons)
        self._take_attachments(draft.lines, reasons)
        self._take_listing_tables(draft.lines, reasons)
        self._take_dated_post_tables(draft.lines, reasons)
        self._take_interface_rows(draft.lines, lists, tail, reasons)
        self._take_forum_rows(draft.lines, reasons)
        self._take_headed_runs(
            draft.lines, reasons, CHAPTERS_HEADING, CHAPTER_LINE, 0, "the episode's list of chapters"
        )
        self._take_headed_runs(
            draft.lines,
            reasons,
            STUDY_HEADING,
            STUDY_ITEM,
            len(draft.lines) // 2,
            "a lesson's word list or questions after the article",
        )
        self._take_signature(draft.lines, reasons)
        for index, reason in mail_parts(draft.lines, draft.title).items():
            reasons.setdefault(index, reason)
        self._take_marked_signatures(draft, reasons)
        self._take_pull_quotes(draft, reasons)
        self._take_site_plugs(draft, tail, reasons)
        self._take_site_contact_notes(draft, tail, reasons)
        self._take_own_offers(draft, tail, reasons)
        self._take_emoji_plugs(draft, reasons)
        if reasons:
            draft.remove_lines(set(reasons), self.name, reasons)
        if (
            issue
            and draft.lines
            and ISSUE_NUMBER.search(draft.title)
            and NEWSLETTER_HEADLINE.fullmatch(headline := _one_cell(draft.lines[0]))
        ):
            # The page's title is the issue's subject ("Lleida in English #37: the Seu Vella at
            # night, Sant Josep fair and more"): the lead story's headline is the article's.
            draft.set_title(
                headline, self.name, "the newsletter's lead story's headline; the title was the issue's"
            )
            draft.remove_lines({0}, self.name, {0: "the lead story's headline, now the title"})
        elif issue and draft.lines and squash(_one_cell(draft.lines[0])) == squash(draft.title):
            draft.remove_lines({0}, self.name, {0: "the lead story's headline, the title (the page's h1)"})
        self._remove_closing_source_line(draft)
        self._remove_credit_bylines(draft)
        self._trim_thread_counters(draft)
        for index, line in enumerate(draft.lines):
            unglued = GLUED_AD_LABEL.sub(" ", line).strip()
            if unglued != line and unglued:
                draft.replace_line(index, unglued, self.name, "advertisement label glued to the text")

    @staticmethod
    def _take_headed_runs(
        lines: list[str], reasons: dict[int, str], heading: re.Pattern, item: re.Pattern, start: int, why: str
    ) -> None:
        """A heading from `start` on with a run of two items or more under it: an episode's
        chapters, a lesson's word list or questions (in the text's second half: the article's own
        tables and lists stand under headings of their subject)."""
        for index in range(start, len(lines)):
            if not heading.match(lines[index]):
                continue
            end = index + 1
            while end < len(lines) and item.match(lines[end]):
                end += 1
            if end - index - 1 >= MIN_HEADED_ITEMS:
                for line in range(index, end):
                    reasons[line] = why

    def _trim_thread_counters(self, draft: Draft) -> None:
        counters = {
            index: match for index, line in enumerate(draft.lines) if (match := THREAD_COUNTER.search(line))
        }
        posts = [int(match["post"]) for match in counters.values()]
        totals = {match["posts"] for match in counters.values()}
        if len(posts) < 2 or len(totals) != 1 or posts != sorted(set(posts)) or posts[-1] > int(totals.pop()):
            return
        for index, match in counters.items():
            draft.replace_line(
                index,
                draft.lines[index][: match.start()],
                self.name,
                f"the thread's post counter {match.group(0).strip()!r}",
            )


def _one_cell(line: str) -> str:
    """The line, or the text of the one cell it is a row of."""
    return row["cell"] if (row := ONE_CELL_ROW.match(line)) else line


def _list_follows(lines: list[str], index: int) -> bool:
    """Two list items or more follow the line."""
    return all(LIST_ITEM.match(line) for line in lines[index + 1 : index + 3]) and index + 2 < len(lines)
