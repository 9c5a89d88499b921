"""Detect the language of the body, so later stages can skip text they were not made for,
and say so when some paragraphs are in another language.

Detecting every paragraph would cost more than the rest of the cleaning; instead a
paragraph is checked only when it reads like prose (mostly lower-case words) yet few
of its words are among the page language's most common ones.
"""

from collections import Counter

from republished.cleaning.declared_language import declared_language, translator_notes
from republished.cleaning.draft import Draft
from republished.cleaning.language import WORD, common_words, detect_language
from republished.cleaning.registry import Stage, StageContext, register


@register
class LanguageStage(Stage):
    name = "language"

    def __init__(self, context: StageContext, sample_chars: int = 600, min_paragraph_words: int = 15):
        self.sample_chars = sample_chars
        self.min_paragraph_words = min_paragraph_words

    def _paragraph_language(self, line: str, language: str) -> str:
        words = WORD.findall(line, 0, 400)
        if len(words) < self.min_paragraph_words:
            return language
        # A language without a word list (Welsh, Irish) has every prose paragraph detected.
        common = common_words(language)
        if common and sum(w.casefold() in common for w in words) / len(words) >= 0.1:
            return language
        if sum(w.islower() for w in words) / len(words) < 0.6:
            return language  # a list of names, teams or ingredients, not a sentence in another language
        return detect_language(line, self.sample_chars) or language

    def __call__(self, draft: Draft) -> None:
        self._declared_original_language(draft)
        draft.language = detect_language(draft.text or draft.title, self.sample_chars)
        if draft.language is None:
            return
        found = [self._paragraph_language(line, draft.language) for line in draft.lines]
        if any(language != draft.language for language in found):
            # The first lines may be a poster's note or a mail's header in another language than
            # the article ("Hi all, …" over an Italian story): where most paragraphs of prose are
            # in another language, the page is in that one. Read only on such mixed pages.
            prose = Counter(
                detect_language(line, self.sample_chars)
                for line in draft.lines
                if len(WORD.findall(line, 0, 400)) >= self.min_paragraph_words
            )
            majority = prose.most_common(1)[0][0]
            if majority and majority != draft.language and prose[majority] > prose[draft.language]:
                draft.language = majority
                found = [self._paragraph_language(line, majority) for line in draft.lines]
        for index, (line, language) in enumerate(zip(draft.lines, found, strict=True)):
            if language != draft.language:
                draft.other_language_lines.add(index)
                draft.flag(
                    "mixed_language", line[:120], f"paragraph in {language}, the page is in {draft.language}"
                )
        counts = Counter(found)
        draft.languages = [{"language": code, "paragraphs": n} for code, n in counts.most_common()]

    @staticmethod
    def _declared_original_language(draft: Draft) -> None:
        """A translator's note the residue stage took out names the original's language, which
        no outlet gave: "Translated from Malagasy." (cleaning/declared_language.py)."""
        # An outlet found from the page keeps its own (maybe unknown) language: its evidence and the
        # note's are one.
        if draft.original.get("language") or draft.original.get("outlet"):
            return
        if declared := declared_language(translator_notes(draft)):
            code, note = declared
            draft.original["language"] = code
            draft.original.setdefault("evidence", []).append(
                f"the translator's note {note[:120]!r} names the original's language ({code})"
            )
