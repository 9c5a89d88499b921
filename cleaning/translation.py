"""Decide whether a text is machine-translated, from evidence that needs no known outlet.

Signals, each named with its weight and a detail in the record: what the stages recorded
(untranslated words, grammar, names rendered as words), the original's language when it differs
from the text's (strong from a registry outlet, weaker from an outlet found from the page alone),
a site configured as a content farm, Scandinavian quote dashes, and source-language conventions
in English text (translation_text.py). Signals are weighed as independent evidence:
score = 1 - Π(1 - weight), suspected when the score reaches the threshold. The weights and the
threshold are calibrated by bench/suspicion.py, where no signal alone may reach the threshold but
the strong outlet one, a name an engine translated into words ("Lotus Rao" for Padma Rao: no human
translator does), and the site's own note that the copy is a machine translation
(`declared_translation`) or a translation from another language (`declared_source_language`,
"Translated from Malagasy."): a farm also republishes English originals.
"""

import math
import re
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from urllib.parse import unquote, urlsplit

from courlan import extract_domain

from republished.cleaning.compact import is_latin_letter
from republished.cleaning.declared_language import declared_language, translator_notes
from republished.cleaning.draft import Draft
from republished.cleaning.errors import ConfigError
from republished.cleaning.language import detectable
from republished.cleaning.outlets import OutletRegistry
from republished.cleaning.translation_text import TextPattern, load_patterns
from republished.cleaning.yamlconfig import expect, expect_keys

#: A paragraph opening with a quote dash and at least four words: a quote, not a list item or
#: a signature ("– Man**").
DASH_QUOTE = re.compile(r"^[–—]\s+\S+(?:\s+\S+){3}")
#: "— Name (@handle) November 1, 2019": the signature of an embedded tweet, which English uses.
TWEET_SIGNATURE = re.compile(r"\(@\w+\)")
#: Codes that name the same language for this comparison (Norwegian written standards).
SAME_LANGUAGE = {"nb": "no", "nn": "no"}
#: Values of a pipeline file that leaves keys out: those of the bundled pipeline.yaml.
DEFAULTS = {"threshold": 0.5, "translated_outlet_weight": 0.6, "original_language_weight": 0.3,
            "farm_weight": 0.25, "dash_quote_weight": 0.35, "declared_weight": 0.9,
            "declared_language_weight": 0.6, "original_script_weight": 0.6}  # fmt: skip
#: A farm's note that its copy is a machine translation ("Disclaimer: this article was
#: automatically translated from Czech", a poster's "Translated from Portuguese with DeepL, sorry
#: for the strange English:"): read only in the lines the residue stage took out as the farm's,
#: never in the article, which may be about machine translation.
DECLARED_TRANSLATION = re.compile(
    r"\b(?:automatically|machine|auto|ai)[- ]translated\b"
    r"|\btranslated (?:automatically|by (?:a )?machine|by (?:an )?ai\b|with (?:google translate|deepl|an? (?:ai|machine)))"
    r"|\btranslated(?: (?:this|it))?(?: from [\w-]+)? (?:with|using|via|by|through) (?:google|deepl|bing|yandex|chatgpt)\b"
    r"|\b(?:my|our) (?:own |quick |rough )?translation\b.{0,30}\bhelp (?:of|from) (?:google|deepl)\b"
    r"|\bgoogle[- ]translat(?:ion|ed)\b[^.]{0,60}\b(?:excuse|sorry|apolog\w*|forgive|pardon)\b"
    # A farm's plug or credit: "… into English with machine translation", "Translation: Google Translate".
    r"|\bwith machine translation\b|\btranslation\s*[:：]\s*(?:google|deepl|bing|yandex|chatgpt)\b"
    # …and the poster's aside on the copy: "from the Poltava site Zmist (machine translation, sorry …)".
    r"|\(machine translation\b",
    re.IGNORECASE,
)
BUNDLED_PATTERNS = files("republished.cleaning.data") / "translation.yaml"
#: The copy's note on its translation opening the text: "Translated with Google from Haipo, …"
#: (not "AI-translated subtitles will be offered, …", a lead on the subject).
OPENING_NOTE = re.compile(
    r"^(?:(?:machine|automatically|auto)[- ])?translated (?:from|with|using|by|via|through)\b", re.I
)
#: The fewest letters of a script other than the Latin (Cyrillic, Arabic, Devanagari, Hangul,
#: Han …) that say a text is written in another script.
MIN_OTHER_SCRIPT_LETTERS = 3
#: The longest first line read as the copy's note on its translation.
MAX_OPENING_NOTE_CHARS = 300


def language_family(code: str | None) -> str | None:
    """One code for the written standards of one language: the registry says nb or nn where
    the language detector can only say no."""
    return SAME_LANGUAGE.get(code, code) if code else None


def _brand(url_or_domain: str) -> str:
    """ "aljazeera" for www.aljazeera.com and aljazeera.net: a site's own name, whatever its suffix."""
    domain = extract_domain(url_or_domain if "//" in url_or_domain else f"https://{url_or_domain}") or ""
    return domain.split(".")[0]


@dataclass(frozen=True)
class TranslationVerdict:
    threshold: float
    translated_outlet_weight: float
    original_language_weight: float
    farm_weight: float
    dash_quote_weight: float
    declared_weight: float
    declared_language_weight: float
    original_script_weight: float
    patterns: tuple[TextPattern, ...] = ()
    #: Each registry outlet's languages (its own and its editions').
    outlet_languages: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_config(
        cls, options: dict, path: Traversable, key: str, outlets: OutletRegistry | None = None
    ) -> "TranslationVerdict":
        """The verdict of a pipeline file's `machine_translation:` mapping (keys left out take
        DEFAULTS and the bundled patterns); a patterns file is relative to the pipeline file."""
        expect_keys(options, {"patterns", *DEFAULTS}, set(), path, key)
        values = {}
        for name, default in DEFAULTS.items():
            value = expect(options.get(name, default), (int, float), path, f"{key}.{name}")
            if not 0 <= value <= 1:
                raise ConfigError(path, f"{key}.{name}", f"expected a number from 0 to 1, got {value}")
            values[name] = float(value)
        patterns = BUNDLED_PATTERNS
        if "patterns" in options:
            patterns = path.parent / expect(options["patterns"], str, path, f"{key}.patterns")
        languages = {outlet.name: outlet.languages for outlet in outlets.outlets} if outlets else {}
        return cls(**values, patterns=load_patterns(patterns), outlet_languages=languages)

    def __call__(self, draft: Draft) -> dict:
        signals = list(draft.mt_signals)
        original = self._original_language(draft) or self._original_script(draft)
        for signal in (original, self._farm(draft), self._declared(draft)):
            if signal:
                signals.append(signal)
        # An English outlet's copy in English is its own text: its conventions ("10h00", "N$1,5
        # million" in Namibian English) are its house style, not an engine's.
        if draft.language == "en" and draft.original.get("language") != "en":
            if signal := self._dash_quotes(draft):
                signals.append(signal)
            own = draft.own_language_lines()  # a quoted German passage is no engine's English
            signals += filter(None, (pattern.signal(own) for pattern in self.patterns))
        # A float even without signals (the empty product is the int 1): a JSON reader infers
        # one type for the column.
        score = 1.0 - math.prod(1 - s["weight"] for s in signals)
        return {"suspected": score >= self.threshold, "score": round(score, 3), "signals": signals}

    def _original_language(self, draft: Draft) -> dict | None:
        """The original is in another language than the text: strong when the registry knows
        the outlet, weaker when the outlet was found from the page alone (its language is its
        domain's country's); nothing when only the untranslated words name the language, which
        already count as untranslated_words."""
        original = draft.original
        source, target = language_family(original.get("language")), language_family(draft.language)
        if not (source and target and source != target) or original.get("method") is None:
            return None
        if target != "en" and not detectable(source):
            return None  # the detector names a Galician text Spanish: no sign of a translation
        domain = original.get("domain")
        if domain and draft.meta.url and _brand(domain) == _brand(draft.meta.url):
            return None  # the page's own outlet under another suffix (aljazeera.com, aljazeera.net)
        if original["method"] == "registry":
            if draft.language in self.outlet_languages.get(original["outlet"], ()):
                return None  # the outlet has an edition in the text's language: copied, maybe
            detail = f"original outlet {original['outlet']} publishes in {original['language']}; text is {draft.language}"
            return {
                "signal": "translated_from_outlet",
                "weight": self.translated_outlet_weight,
                "detail": detail,
            }
        detail = (
            f"original outlet {original['outlet']}, found from the page, is at {domain}, "
            f"a {original['language']} domain; text is {draft.language}"
        )
        return {"signal": "original_language", "weight": self.original_language_weight, "detail": detail}

    def _original_script(self, draft: Draft) -> dict | None:
        """An English copy of an outlet found from the page alone whose story's address or
        source line is written in another script ("sharghdaily.com/بخش-جامعه-6/952114", "Эх
        сурвалж: GoGo.mn"): the farm copied a page in another language, as strong a sign as the
        registry's knowing the outlet's language."""
        original = draft.original
        if draft.language != "en" or not original.get("outlet") or original.get("method") != "page":
            return None
        path = unquote(urlsplit(original.get("url") or "").path)
        removed = [edit["before"] for edit in draft.removed_by("residue") if "source line" in edit["reason"]]
        source_lines = [*removed, *draft.meta.source_lines]
        for where, text in (
            ("the original's address", path),
            *(("the source line", line) for line in source_lines),
        ):
            if sum(ch.isalpha() and not is_latin_letter(ch) for ch in text) >= MIN_OTHER_SCRIPT_LETTERS:
                return {
                    "signal": "original_in_another_script",
                    "weight": self.original_script_weight,
                    "detail": f"{where} {text[:120]!r} is written in another script; text is {draft.language}",
                }
        return None

    def _dash_quotes(self, draft: Draft) -> dict | None:
        """Quotes opened with a dash, at least one of them attributed (", says X"): a list of
        dashed items or an embedded tweet's signature is no quote."""
        attributed = sum(1 for quote in draft.quotes if quote.get("speaker"))
        if not attributed:
            return None
        dashed = sum(1 for line in draft.lines if DASH_QUOTE.match(line) and not TWEET_SIGNATURE.search(line))
        detail = (
            f"{dashed} paragraph(s) open with a Scandinavian quote dash in English text, "
            f"{attributed} quote(s) attributed"
        )
        return {"signal": "dash_quotes", "weight": self.dash_quote_weight, "detail": detail}

    def _declared(self, draft: Draft) -> dict | None:
        """The farm says its copy is a machine translation, or a translation from another
        language than the text's, in a note the residue stage removed or opening the text."""
        # …or in the text's first line, when the note opens it ("Translated with Google from Haipo, …").
        opening = [line for line in draft.lines[:1] if len(line) <= MAX_OPENING_NOTE_CHARS]
        for line in (*(edit["before"] for edit in draft.removed_by("residue")), *opening):
            if (match := DECLARED_TRANSLATION.search(line)) and (
                line not in opening or OPENING_NOTE.match(line)
            ):
                detail = f"the site's note {line[:120]!r} declares it ({match.group(0)!r})"
                return {"signal": "declared_translation", "weight": self.declared_weight, "detail": detail}
        declared = declared_language(translator_notes(draft))
        if (
            declared is None
            or not draft.language
            or language_family(declared[0]) == language_family(draft.language)
        ):
            return None
        code, note = declared
        detail = f"the site's note {note[:120]!r} says the original is in {code}; text is {draft.language}"
        return {
            "signal": "declared_source_language",
            "weight": self.declared_language_weight,
            "detail": detail,
        }

    def _farm(self, draft: Draft) -> dict | None:
        site = draft.meta.site
        if not site.farm:
            return None
        detail = f"published by {site.name or draft.meta.host}, a site configured as a content farm"
        return {"signal": "farm", "weight": self.farm_weight, "detail": detail}
