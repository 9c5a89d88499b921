"""The machine-translation verdict: each signal, the threshold, and whole farm pages whose
original outlet is unknown."""

from pathlib import Path

import pytest

from republished.cleaning import ConfigError
from republished.cleaning.draft import SiteHints
from republished.cleaning.pipeline import DEFAULT_PIPELINE
from republished.cleaning.translation import TranslationVerdict
from republished.spiders.sites import SiteRegistry

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "translation"


@pytest.fixture(scope="module")
def verdict(cleaner):
    return cleaner.translation


def signals(verdict, draft):
    return {s["signal"]: s for s in verdict(draft)["signals"]}


@pytest.mark.parametrize(
    ("name", "translated", "english"),
    [
        (
            "continental_time",
            "The skiers were caught around 13.30 on Saturday.",
            "It happened at about 1.30pm.",
        ),
        ("age_in_parentheses", "Driver Kari Nilsen (45) was injured.", "Kari Nilsen, 45, was injured."),
        (
            "decimal_comma",
            "Prices rose 3,5 percent in March.",
            "It employs 1,200 people; prices rose 3.5 percent.",
        ),
        (
            "decimal_comma",
            "Growth is now expected at 1,4% this year.",
            "Growth is now expected at 1.4% this year.",
        ),
        ("continental_date", "The law applies from 12. March.", "The law applies from March 12."),
        ("low_quote_mark", "„We are ready”, said the minister.", "“We are ready,” said the minister."),
        ("in_the_year", "Sales fell in the year 2021.", "Sales fell in 2021, the year of the strike."),
        (
            "tells_for_said",
            "The third was found, tells operation leader Stian Andreassen.",
            "It was fast, she tells CNN.",
        ),
        (
            "weekday_with_day_number",
            "The president announced this Monday (13) a new program.",
            "He spoke on Monday (local time).",
        ),
        (
            "french_time",
            "One train out of two runs between 6h30 and 9h30.",
            "Trains run from 6.30am to 9.30am.",
        ),
        (
            "thousands_dot",
            "The unions called on around 350.000 employees to lay down their work.",
            "The unions called on 350,000 employees; the yield rose to 2.375 percent.",
        ),
        (
            "day_of_month_alone",
            "The minister said at a press conference on the 18th that prices will fall.",
            "He was removed under the 25th Amendment on the 18th of March, in the 4th round.",
        ),
    ],
)
def test_each_source_language_convention_is_a_signal_and_its_english_form_is_not(
    verdict, make_draft, name, translated, english
):
    found = signals(verdict, make_draft([translated]))
    assert name in found and found[name]["detail"].endswith(repr(_first_match(verdict, name, translated)))
    assert name not in signals(verdict, make_draft([english]))
    assert not signals(verdict, make_draft([translated], language="de")), "English conventions only"


def _first_match(verdict, name, text):
    pattern = next(p for p in verdict.patterns if p.name == name)
    return pattern.regex.search(text).group(0).strip()


def test_a_configured_farm_is_a_signal_but_not_enough_alone(verdict, make_draft):
    draft = make_draft(["A plain English paragraph about the weather."])
    assert verdict(draft)["signals"] == []
    assert type(verdict(draft)["score"]) is float  # 0.0, not 0: one type in every record's column
    draft.meta.site = SiteHints(name="Archyworldys", farm=True)
    result = verdict(draft)
    assert [s["signal"] for s in result["signals"]] == ["farm"]
    assert "Archyworldys" in result["signals"][0]["detail"]
    assert result["suspected"] is False


def test_dash_quotes_count_only_with_an_attributed_one_and_never_a_tweet_signature(
    verdict, make_draft, stage
):
    listing = make_draft(
        [
            "Closures include:",
            "– Highland Council, for all 202 primary schools",
            "– Moray Council, for schools in Elgin",
        ]
    )
    tweet = make_draft(["— Rep. Ilhan Omar (@Ilhan) November 19, 2019"])
    quoted = make_draft(
        ["– The third was found after about an hour, says operations manager Stian Andreassen."]
    )
    for draft in (listing, tweet, quoted):
        stage("quotes")(draft)
    assert "dash_quotes" not in signals(verdict, listing)
    assert "dash_quotes" not in signals(verdict, tweet)
    assert "1 quote(s) attributed" in signals(verdict, quoted)["dash_quotes"]["detail"]


def test_a_farm_and_an_attributed_dash_quote_together_are_suspected(verdict, make_draft, stage):
    draft = make_draft(["– We are cold but unharmed, says operations manager Stian Andreassen."])
    stage("quotes")(draft)
    assert verdict(draft)["suspected"] is False
    draft.meta.site = SiteHints(name="World Today News", farm=True)
    result = verdict(draft)
    assert result["suspected"] is True
    assert result["score"] == pytest.approx(
        1 - (1 - verdict.farm_weight) * (1 - verdict.dash_quote_weight), abs=1e-3
    )


def test_a_known_outlet_in_another_language_is_enough_alone(verdict, make_draft):
    result = verdict(make_draft(["Plain text."], outlet="VG"))
    assert [s["signal"] for s in result["signals"]] == ["translated_from_outlet"]
    assert result["suspected"] is True


def test_an_outlet_with_an_edition_in_the_texts_language_is_no_sign_alone(verdict, make_draft):
    english = make_draft(["Plain text."], outlet="Al Jazeera")
    assert "translated_from_outlet" not in signals(verdict, english)
    french = make_draft(["Un texte simple."], outlet="Al Jazeera", language="fr")
    assert "translated_from_outlet" in signals(verdict, french)


def test_an_outlet_in_a_language_the_detector_cannot_name_is_a_sign_only_for_english_text(
    verdict, make_draft
):
    """langdetect has no Galician: an untranslated Nós Diario copy reads as Spanish."""
    galician = make_draft(
        ["O Concello de Vigo ampliará o horario das rampas."], outlet="Nós Diario", language="es"
    )
    assert "translated_from_outlet" not in signals(verdict, galician)
    english = make_draft(["The city of Vigo will extend the hours of the ramps."], outlet="Nós Diario")
    assert "translated_from_outlet" in signals(verdict, english)


def test_the_pages_own_outlet_under_another_suffix_is_no_translation(verdict, make_draft):
    draft = make_draft(["Plain text."], outlet="Al Jazeera", host="www.aljazeera.com")
    assert verdict(draft)["signals"] == []


def test_an_outlet_found_from_the_page_weighs_less_than_a_registry_outlet(verdict, make_draft):
    draft = make_draft(["Plain text."])
    draft.original.update(
        outlet="Corriere di Bologna", domain="corrieredibologna.it", language="it", method="page"
    )
    found = signals(verdict, draft)
    assert list(found) == ["original_language"]
    assert found["original_language"]["weight"] == verdict.original_language_weight
    assert "corrieredibologna.it, a it domain" in found["original_language"]["detail"]
    assert verdict(draft)["suspected"] is False


def test_an_outlet_found_from_the_page_with_its_story_in_another_script(verdict, make_draft):
    draft = make_draft(["Plain text."])
    draft.original.update(
        outlet="Shargh Daily",
        domain="sharghdaily.com",
        url="https://www.sharghdaily.com/%D8%A8%D8%AE%D8%B4-%D8%AC%D8%A7%D9%85%D8%B9%D9%87-6/952114",
        method="page",
    )
    found = signals(verdict, draft)
    assert list(found) == ["original_in_another_script"]
    assert "بخش-جامعه-6/952114" in found["original_in_another_script"]["detail"]
    assert verdict(draft)["suspected"] is True


def test_a_source_line_in_another_script_left_out_by_extraction(verdict, make_draft):
    draft = make_draft(["Plain text."])
    draft.original.update(outlet="GoGo.mn", domain="gogo.mn", method="page")
    draft.meta.source_lines = ("Эх сурвалж: GoGo.mn",)
    assert list(signals(verdict, draft)) == ["original_in_another_script"]


@pytest.mark.parametrize("outlet", ["Al Jazeera", "NHK"])
def test_a_registry_outlet_with_an_english_edition_and_a_label_in_its_script_is_no_such_sign(
    verdict, make_draft, outlet
):
    draft = make_draft(["Plain text."], outlet=outlet)
    draft.meta.source_lines = ("المصدر: الجزيرة" if outlet == "Al Jazeera" else "出典：NHK",)
    assert "original_in_another_script" not in signals(verdict, draft)


@pytest.mark.parametrize(
    ("language", "url", "source_line"),
    [
        (
            "en",
            "https://www.thepeninsulaqatar.com/article/21/04/2026/doha-metro-extends-hours",
            "Source: The Peninsula",
        ),
        ("ru", "https://www.fontanka.ru/2026/04/21/73512345/", "Источник: Фонтанка"),
    ],
)
def test_no_other_script_or_no_english_text_is_no_such_sign(verdict, make_draft, language, url, source_line):
    draft = make_draft(["Plain text."])
    draft.language = language
    draft.original.update(outlet="Somewhere", domain=url.split("/")[2], url=url, method="page")
    draft.meta.source_lines = (source_line,)
    assert "original_in_another_script" not in signals(verdict, draft)


def test_an_english_outlets_own_conventions_are_no_sign_of_an_engine(verdict, make_draft):
    """Namibian English writes "10h00" and "N$1,5 million"; a copy of The Namibian is no translation."""
    lines = ["Water will be cut from 22h00 to 05h00.", "The repairs will cost N$1,5 million."]
    assert signals(verdict, make_draft(lines))  # without a known outlet, the conventions count
    assert verdict(make_draft(lines, outlet="The Namibian"))["signals"] == []


def test_a_language_named_only_by_untranslated_words_adds_no_signal(verdict, make_draft):
    draft = make_draft(["Plain text."])
    draft.original.update(language="nb", evidence=["language of 2 untranslated word(s)"])
    assert verdict(draft)["signals"] == []


STORY = ["The municipality will put 40 water tanks in the sections.", "Works start in March."]


@pytest.mark.parametrize(
    ("before", "note", "after"),
    [
        (STORY, "Disclaimer: this article was automatically translated from Czech. We apologize for any inaccuracies.", []),
        ([], "Translated this with Google for those of us who don’t read isiZulu. Hope it helps:", STORY),
        ([], "For those who drive on the Marginal every day. Translated from Portuguese with DeepL, sorry for the strange English:", STORY),
        ([], "Good news for the runners among us (my translation, with some help from Google):", STORY),
        ([], "Machine translated from Norwegian, didn’t want to post a paywalled link:", STORY),
        (STORY, "© Erbil Daily Notes 2025. Translated with Google Translate from Kurdish (Sorani).", []),
        (STORY, "Kigali Brief translates the news of Rwanda into English with machine translation. Collect this entry to support us.", []),
    ],
)  # fmt: skip
def test_a_removed_note_declaring_a_machine_translation_is_enough_alone(
    verdict, make_draft, stage, before, note, after
):
    """A farm's closing disclaimer, or a poster's note before the copy."""
    draft = make_draft([*before, note, *after])
    stage("residue")(draft)
    assert draft.lines == [*before, *after]
    found = verdict(draft)
    assert found["suspected"] and "declared_translation" in signals(verdict, draft)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the contract had been machine translated and read:",
        "Google translation services were praised by the minister, who said:",
        "Google Translate now covers 110 more languages, the company announced on its blog on Thursday:",
        "Parliament documents translated with Google will no longer be accepted, the court ruled:",
        "AI-translated subtitles will be offered, the broadcaster said:",
    ],
)
def test_a_lead_on_machine_translation_stays(verdict, make_draft, stage, line):
    lines = [line, "“It was a disaster.”", "The ministry published its report."]
    draft = make_draft(lines)
    stage("residue")(draft)
    assert draft.lines == lines
    assert "declared_translation" not in signals(verdict, draft)


def test_the_same_words_in_the_article_are_no_declaration(verdict, make_draft):
    article = [
        "Comments on the site are automatically translated, the company said.",
        "DeepL was founded in 2017.",
    ]
    assert "declared_translation" not in signals(verdict, make_draft(article))


def test_score_at_the_threshold_is_suspected(make_draft):
    options = {"threshold": 0.25, "farm_weight": 0.25}
    verdict = TranslationVerdict.from_config(options, DEFAULT_PIPELINE, "machine_translation")
    draft = make_draft(["Plain text."])
    draft.meta.site = SiteHints(farm=True)
    assert verdict(draft) == {"suspected": True, "score": 0.25, "signals": verdict(draft)["signals"]}


def test_no_weak_signal_alone_reaches_the_bundled_threshold(verdict):
    weak = [
        verdict.original_language_weight,
        verdict.farm_weight,
        verdict.dash_quote_weight,
    ]
    weak += [pattern.weight for pattern in verdict.patterns]
    assert max(weak) < verdict.threshold <= verdict.translated_outlet_weight


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"farm_weight": 1.5}, "machine_translation.farm_weight"),
        ({"treshold": 0.5}, "machine_translation.treshold"),
    ],
)
def test_config_errors_name_the_file_and_the_key(options, key):
    with pytest.raises(ConfigError) as error:
        TranslationVerdict.from_config(options, DEFAULT_PIPELINE, "machine_translation")
    assert str(DEFAULT_PIPELINE) in str(error.value) and key in str(error.value)


def clean_as_scrapy_clean_does(cleaner, name, url):
    """The cleaner with the site hints `scrapy clean` passes for the URL's configured site."""
    site = SiteRegistry.from_dir(None).for_url(url)
    html = (FIXTURES / name).read_text(encoding="utf-8")
    return cleaner.clean(html, url, site=site.hints() if site else None)


def test_translated_farm_copy_with_an_unknown_outlet_is_suspected(cleaner):
    record = clean_as_scrapy_clean_does(
        cleaner,
        "farm-translated-unknown-outlet.html",
        "https://www.world-today-news.com/ferry-ran-aground-outside-bodo/",
    )
    assert record["original"]["outlet"] is None
    assert record["language"] == "en"
    verdict = record["machine_translation"]
    names = {s["signal"] for s in verdict["signals"]}
    assert {"farm", "dash_quotes", "age_in_parentheses", "continental_time"} <= names
    assert verdict["suspected"] is True


def test_english_original_on_the_same_farm_is_not_suspected(cleaner):
    record = clean_as_scrapy_clean_does(
        cleaner,
        "farm-english-original.html",
        "https://www.world-today-news.com/man-charged-after-crash-on-m6/",
    )
    assert record["language"] == "en"
    verdict = record["machine_translation"]
    assert [s["signal"] for s in verdict["signals"]] == ["farm"]
    assert verdict["suspected"] is False


def test_a_quoted_passage_in_another_language_is_no_sign_of_translation():
    """An English original that quotes a German report at length: the quote's „ mark and German
    words are the writer's, not an engine's (the language stage marks the paragraph)."""
    from republished.cleaning import default_cleaner

    english = (
        "The chancellor quoted the report at length in his speech to the business federation on "
        "Tuesday, and said that the government would present its own plan before the summer. "
    )
    german = (
        "„Unsere Industrie steht vor der größten Umwälzung seit Jahrzehnten. Deshalb müssen sich "
        "öffentliche Investitionen bis zum Ende des Jahrzehnts ungefähr verdreifachen, und dafür brauchen "
        "Länder, Kommunen und Unternehmen endlich verlässliche Regeln, schnellere Genehmigungen und "
        "deutlich weniger Bürokratie“, heißt es im Bericht."
    )
    text = "\n".join([english * 2, german, english.replace("Tuesday", "Wednesday") * 2])
    record = default_cleaner().clean_text(
        text, "https://www.theguardian.com/business/2023/sep/20/german-industry", "German industry"
    )
    assert record["language"] == "en"
    assert [f["type"] for f in record["flags"]] == ["mixed_language"]
    assert record["machine_translation"]["suspected"] is False
    assert record["machine_translation"]["signals"] == []


def test_a_note_opening_the_text_declaring_the_engine_is_enough_alone(verdict, make_draft):
    opening = (
        "Translated with Google from Haipo, the Haifa local news site. Relevant for everyone who commutes!"
    )
    draft = make_draft([opening, "The Carmelit will close for three months.", "Shuttle buses will run."])
    assert "declared_translation" in signals(verdict, draft)


def test_a_posters_aside_on_machine_translation_in_a_removed_note_declares_it(verdict, make_draft, stage):
    note = "---------- Forwarded article ----------"
    aside = "here is the news from home this week, from the site Zmist (machine translation, sorry for the language)."
    draft = make_draft(["Dear friends,", aside, note, *STORY])
    stage("residue")(draft)
    assert draft.lines == STORY
    assert "declared_translation" in signals(verdict, draft)
