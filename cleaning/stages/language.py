"""Detect the language of the body, so later stages can skip text they were not made for."""

from cleaning.draft import Draft
from cleaning.language import detect_language
from cleaning.registry import Stage, StageContext, register


@register
class LanguageStage(Stage):
    name = "language"

    def __init__(self, context: StageContext, sample_chars: int = 600):
        self.sample_chars = sample_chars

    def __call__(self, draft: Draft) -> None:
        draft.language = detect_language(draft.text or draft.title, self.sample_chars)
