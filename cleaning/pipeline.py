"""The Cleaner: extraction plus the named stages listed in a pipeline YAML file."""

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import republished.cleaning.stages  # noqa: F401  (registers the stages)
from republished.cleaning.draft import Draft, PageMeta, SiteHints
from republished.cleaning.errors import ConfigError
from republished.cleaning.extract import (
    DEEPEST_NESTING_NOTE,
    ExtractionOptions,
    extract,
    page_host,
    warm_up_extraction,
)
from republished.cleaning.language import warm_up_detection
from republished.cleaning.outlets import OutletRegistry
from republished.cleaning.record import build_record
from republished.cleaning.registry import Stage, StageContext, build_stage
from republished.cleaning.spaces import normalize_space
from republished.cleaning.timing import Stopwatch
from republished.cleaning.translation import TranslationVerdict
from republished.cleaning.verdict import NOT_AN_ARTICLE, article_problem
from republished.cleaning.yamlconfig import as_path, expect, expect_keys, load_yaml

#: The flag of a page whose favor_precision text was replaced by the default extraction's.
EXTRACTION_FALLBACK = "extraction_fallback"
#: The flag of a page whose standfirst, left out by extraction, was put back as the first line.
STANDFIRST_ADDED = "standfirst_added"
#: The flag of a subheading extraction left out between two paragraphs it kept, put back.
SUBHEADING_ADDED = "subheading_added"
#: The flag of a list extraction left out right after the paragraph that announces it, put back.
LIST_ADDED = "list_added"
#: The flag of an earlier block of the article (OpenCms Mercury's first "pieces"), left out by
#: extraction and added before its text.
BEGINNING_ADDED = "beginning_added"
#: The flag of a later block of the article (a page builder's second text block), left out by
#: extraction and added after its text.
CONTINUATION_ADDED = "continuation_added"
PARAGRAPHS_SPLIT = "paragraphs_split"
LINES_JOINED = "wrapped_lines_joined"
#: The flag of a publication date read with day and month swapped, set to the page's ISO date.
DATE_CORRECTED = "date_corrected"
DEFAULT_PIPELINE = files("republished.cleaning.data") / "pipeline.yaml"
PIPELINE_KEYS = {
    "outlets",
    "extraction",
    "stages",
    "machine_translation",
    "min_article_words",
    "min_marked_up_article_words",
}


class Cleaner:
    def __init__(
        self,
        stages: list[Stage],
        extraction: ExtractionOptions,
        translation: TranslationVerdict,
        min_article_words: int,
        min_marked_up_article_words: int = 30,
    ):
        self.stages = stages
        self.extraction = extraction
        self.translation = translation
        self.min_article_words = min_article_words
        self.min_marked_up_article_words = min_marked_up_article_words

    @classmethod
    def from_yaml(cls, path: str | Traversable = DEFAULT_PIPELINE) -> "Cleaner":
        path = as_path(path)
        data = expect(load_yaml(path), dict, path, "")
        expect_keys(data, PIPELINE_KEYS, {"stages"}, path, "")
        outlets = OutletRegistry.load(
            path.parent / expect(data.get("outlets", "outlets.yaml"), str, path, "outlets")
        )
        context = StageContext(base_dir=path.parent, outlets=outlets)
        entries = expect(data["stages"], list, path, "stages")
        stages = []
        for i, entry in enumerate(entries):
            expect(entry, dict, path, f"stages[{i}]")
            stages.append(build_stage(entry, context, path, f"stages[{i}]"))
        extraction_options = expect(data.get("extraction", {}), dict, path, "extraction")
        try:
            extraction = ExtractionOptions.from_config(extraction_options)
        except TypeError as exc:
            raise ConfigError(path, "extraction", str(exc)) from exc
        translation = TranslationVerdict.from_config(
            expect(data.get("machine_translation", {}), dict, path, "machine_translation"),
            path,
            "machine_translation",
            outlets,
        )
        min_words = expect(data.get("min_article_words", 80), int, path, "min_article_words")
        min_marked_up = expect(
            data.get("min_marked_up_article_words", 30), int, path, "min_marked_up_article_words"
        )
        return cls(stages, extraction, translation, min_words, min_marked_up)

    def warm_up(self) -> None:
        """Load now what the stages would otherwise load on the pages that first need it: the
        language profiles, trafilatura's stoplists and every word list a stage reads (a few
        seconds). A process that forks
        cleaning workers does it once for all of them (cleaning/workers.py)."""
        warm_up_detection()
        warm_up_extraction()
        for stage in self.stages:
            stage.warm_up()

    def clean(
        self,
        html: str | bytes,
        url: str,
        fetched_at: str | None = None,
        site: SiteHints | None = None,
        timings: dict[str, float] | None = None,
    ) -> dict:
        """Extract and clean one page; raises PageError naming the page when it cannot.

        `site` is what a site config knows about the republisher; `timings`, when
        given, accumulates seconds per phase (for bench/speed.py).
        """
        stopwatch = Stopwatch(timings)
        extracted = extract(html, url, self.extraction, stopwatch)
        if site:
            extracted.meta.site = site
            extracted.meta.site_name = site.name or extracted.meta.site_name
        draft = Draft(
            extracted.meta, extracted.title_raw, extracted.title_raw, extracted.lines, extracted.captions
        )
        for removal in extracted.removals:
            draft.log_input_repair(removal.before, removal.reason)
        for header in extracted.quote_headers:
            draft.log_input_repair(header.text, header.reason)
        for before, reason in extracted.input_repairs:
            draft.log_input_repair(before, reason)
        if extracted.fallback:
            fallback = extracted.fallback
            draft.flag(
                EXTRACTION_FALLBACK,
                f"{fallback.precision_length} → {fallback.default_length}",
                fallback.reason,
            )
        if extracted.standfirst:
            standfirst = extracted.standfirst
            draft.flag(
                STANDFIRST_ADDED,
                standfirst.text,
                f"the standfirst in <{standfirst.element}>, between the headline and the first"
                " paragraph extraction kept, was left out by extraction: added before that paragraph",
            )
        for count in extracted.fused:
            draft.flag(
                PARAGRAPHS_SPLIT,
                f"{count} paragraphs",
                "extraction wrote a list item holding the page's paragraphs one after the other as one"
                " line (a forum that lists its posts); it was split back at them, without the item's dash",
            )
        if extracted.wrapped_joined:
            draft.flag(
                LINES_JOINED,
                f"{extracted.wrapped_joined} paragraphs",
                "a plain-text mail in a <pre>, wrapped at a fixed width: each paragraph's lines, which"
                " extraction kept apart, were joined where the next line's first word would not have fitted",
            )
        for heading in extracted.subheadings:
            draft.flag(
                SUBHEADING_ADDED,
                heading,
                "a subheading of the article's element, between two paragraphs extraction kept"
                " one after the other, was left out by extraction: added between them",
            )
        for first_item in extracted.lists:
            draft.flag(
                LIST_ADDED,
                first_item,
                "a list of the article's element, right after a paragraph extraction kept that announces"
                " it with a colon and before the next one it kept, was left out by extraction: added"
                " between them; the flag holds its first item",
            )
        for first_line in extracted.beginning:
            draft.flag(
                BEGINNING_ADDED,
                first_line,
                "an earlier block of the article's element (same tag and first class, after the page's"
                " headline), left out by extraction, was added before its text; the flag holds its first line",
            )
        for first_line in extracted.continued:
            draft.flag(
                CONTINUATION_ADDED,
                first_line,
                "a later block of the article's element (same tag and classes, no headline between),"
                " left out by extraction, was added after its text; the flag holds its first line",
            )
        if extracted.date_as_read:
            draft.flag(
                DATE_CORRECTED,
                f"{extracted.date_as_read} → {extracted.meta.date_published}",
                "the date shown on the page was read with day and month swapped; the page states"
                f" {extracted.meta.date_published} in an ISO date attribute, and never {extracted.date_as_read}",
            )
        if extracted.cut:
            draft.flag("page_bounded", f"{extracted.cut.elements} elements", extracted.cut.reason)
        if extracted.text_cut:
            draft.flag("page_bounded", f"{extracted.text_cut.chars} characters", extracted.text_cut.reason)
        if extracted.too_deep:
            draft.flag("page_bounded", "2,048 levels", f"text may be missing: {DEEPEST_NESTING_NOTE}")
        return self._run(draft, fetched_at, stopwatch)

    def clean_text(self, text: str, url: str = "", title: str = "", fetched_at: str | None = None) -> dict:
        """Clean text that was extracted elsewhere (one paragraph per line); no HTML needed."""
        lines = [normalize_space(line) for line in text.splitlines() if line.strip()]
        meta = PageMeta(url=url, host=page_host(url))
        return self._run(Draft(meta, title, title, lines), fetched_at, Stopwatch(None))

    def _run(self, draft: Draft, fetched_at: str | None, stopwatch: Stopwatch) -> dict:
        for stage in self.stages:
            if stage.applies_to(draft):
                stage(draft)
            stopwatch.lap(f"stage {stage.name}")
        translation = self.translation(draft)
        problem = article_problem(
            draft.meta.page, draft.text, self.min_article_words, self.min_marked_up_article_words
        )
        if problem:
            bounded = [f["reason"] for f in draft.flags if f["type"] == "page_bounded"]
            draft.flag(NOT_AN_ARTICLE, draft.title, "; ".join([problem, *bounded]))
        stopwatch.lap("machine-translation score and verdict")
        record = build_record(draft, translation, fetched_at)
        stopwatch.lap("record and hashes")
        return record

    @staticmethod
    def article_problem(record: dict) -> str | None:
        """Why a record is not an article worth exporting, or None: the reason of its
        not_an_article flag, so clean_page's record and the crawl's drop give the same one."""
        return next((flag["reason"] for flag in record["flags"] if flag["type"] == NOT_AN_ARTICLE), None)


@cache
def default_cleaner() -> Cleaner:
    return Cleaner.from_yaml(DEFAULT_PIPELINE)


@cache
def load_cleaner(path: str | None = None) -> Cleaner:
    """The cleaner of a pipeline file (None: the bundled one), built once per process."""
    return default_cleaner() if path is None else Cleaner.from_yaml(path)


def clean_page(
    html: str | bytes,
    url: str,
    fetched_at: str | None = None,
    site: SiteHints | None = None,
) -> dict:
    """Clean one page with the default pipeline and return the record as a dict."""
    return default_cleaner().clean(html, url, fetched_at, site)
