"""The translation benchmark's own parts (bench/translation/): how a name is damaged and logged, and
how the names stage's edits are scored. The benchmark itself needs FreeDict and ../shared; these
parts need neither."""

import sys
from pathlib import Path

# Last on the path: bench/dedup.py must not hide the dedup package.
sys.path.append(str(Path(__file__).resolve().parent.parent / "bench"))

from translation.articles import TITLE, Article, Mention, Text, Writer, possessive
from translation.people import Person, english_plural, same_case
from translation.score import regions, score

LEYEN = Person(
    name="Ursula von der Leyen",
    lang="de",
    he="she",
    domain="politics",
    role="the president of the European Commission",
    title="Commission President",
    surname="von der Leyen",
    rendered={"von": "from", "der": "the"},
    particles=frozenset({"von", "der"}),
)
IGLESIAS = Person(
    name="Pablo Iglesias",
    lang="es",
    he="he",
    domain="politics",
    role="the founder of Podemos",
    title="Podemos founder",
    surname="Iglesias",
    rendered={"Iglesias": "Churches"},
)


def test_a_particle_opening_a_sentence_is_damaged_and_logged_as_the_particle():
    text, right, span, part = Writer(LEYEN).surname(opening=True)
    assert (text, right, part) == ("From the Leyen", "Von der Leyen", "particle")
    assert text[span[0] : span[1]] == "From the"


def test_a_surname_in_capitals_and_a_middle_name():
    assert Writer(IGLESIAS).surname(caps=True)[:2] == ("CHURCHES", "IGLESIAS")
    ayuso = Person(
        "Isabel Díaz Ayuso", "es", "she", "politics", "", "", "Díaz Ayuso", rendered={"Díaz": "Days"}
    )
    text, right, span, part = Writer(ayuso).full()
    assert (text, right, part) == ("Isabel Days Ayuso", "Isabel Díaz Ayuso", "middle")
    assert text[span[0] : span[1]] == "Days"
    written = Text()
    written.add("Critics accuse ")
    written.mention(text, right, span, "full", part)
    assert written.mentions == [(22, 26, "Days", "Díaz", "full", "middle")]  # 15 + len("Isabel ")


def test_english_forms():
    assert [english_plural(w) for w in ("church", "day", "city", "wolf", "melon")] == [
        "churches",
        "days",
        "cities",
        "wolves",
        "melons",
    ]
    assert same_case("the", "Le") == "The" and same_case("from", "von") == "from"
    assert same_case("churches", "IGLESIAS") == "CHURCHES"
    assert possessive("Churches") == "Churches’" and possessive("Bagpipe") == "Bagpipe’s"


def test_regions_are_the_changed_words_of_an_edit():
    before = "According to Commission President from the Leyen, the results are due."
    after = "According to Commission President von der Leyen, the results are due."
    (start, end, new), *rest = regions(before, after)
    assert not rest
    assert (before[start:end], new) == ("from the", "von der")


def _article(lines, mentions, traps=()):
    return Article(
        "000",
        IGLESIAS,
        "damaged",
        "Churches: – We never threatened anyone",
        "",
        "",
        lines,
        mentions,
        list(traps),
    )


def test_a_repair_a_miss_and_a_false_repair():
    lines = [
        "Pablo Iglesias, the founder of Podemos, spoke on Monday.",
        "Churches said the plan would pass.",
        "“We will win,” Churches told reporters.",
        "Churches in Madrid were full on Sunday.",
    ]
    mentions = [
        Mention(1, 0, 8, "Churches", "Iglesias", "opening", "surname", IGLESIAS.name),
        Mention(2, 15, 23, "Churches", "Iglesias", "speech", "surname", IGLESIAS.name),
        Mention(TITLE, 0, 8, "Churches", "Iglesias", "headline", "surname", IGLESIAS.name),
    ]
    article = _article(lines, mentions, traps=[(3, "Churches")])
    record = {
        "edits": [
            {
                "stage": "names",
                "field": "text",
                "before": lines[1],
                "after": lines[1].replace("Churches", "Iglesias"),
            },
            {
                "stage": "names",
                "field": "text",
                "before": lines[3],
                "after": lines[3].replace("Churches", "Iglesias"),
            },
            {"stage": "title", "field": "title", "before": "x", "after": "y"},
        ]
    }
    scored = score(article, record)
    assert scored.status == {0: "correct", 1: "missed", 2: "missed"}
    assert [(r.right, r.on_trap) for r in scored.replacements] == [(True, False), (False, True)]
    assert scored.unmatched == []


def test_a_replacement_with_the_wrong_name_is_wrong_and_false():
    lines = ["Churches said the plan would pass."]
    article = _article(lines, [Mention(0, 0, 8, "Churches", "Iglesias", "opening", "surname", IGLESIAS.name)])
    record = {
        "edits": [
            {
                "stage": "names",
                "field": "text",
                "before": lines[0],
                "after": "Casado said the plan would pass.",
            }
        ]
    }
    scored = score(article, record)
    assert scored.status == {0: "wrong"}
    assert [r.right for r in scored.replacements] == [False]
