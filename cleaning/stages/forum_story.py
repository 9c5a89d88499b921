"""Keep only the story on a forum page: the lines of the element that holds it.

A farm that posts a story on a forum (as a quote of its outlet, "Hürriyet wrote:", or as the
thread's first post; cleaning/forum_story.py) leaves the forum around it: the poster's profile,
a signature, the replies, a "who is online" box. phpBB writes a post's paragraphs between <br>s,
with no <p>, and extraction then keeps the whole thread; Invision marks its posts up as
comments. The lines outside the story's element are removed, each logged, only where the lines
kept hold nearly all of that element's text and most of the text: otherwise extraction's lines
are not the story's (a short first post that only introduces the next), and nothing changes.
"""

from collections import Counter

from republished.cleaning.draft import Draft
from republished.cleaning.registry import Stage, StageContext, register

#: The share of the story element's characters the kept lines must hold.
MIN_STORY_SHARE = 0.8
#: The share of the text's characters the kept lines must hold.
MIN_TEXT_SHARE = 0.5
#: A line this long is the story's when the element holds it anywhere (extraction may join or
#: split its lines otherwise than its <br>s); a shorter one ("-", a user name) must be one of
#: its lines.
MIN_PART_CHARS = 30


@register
class ForumStoryStage(Stage):
    name = "forum_story"

    def __init__(self, context: StageContext):
        pass

    def applies_to(self, draft: Draft) -> bool:
        return draft.meta.forum_story is not None and super().applies_to(draft)

    def __call__(self, draft: Draft) -> None:
        story = draft.meta.forum_story
        own_lines = Counter(story.lines)
        inside = self._own_copies(draft.lines, own_lines)
        whole = " ".join(story.lines)
        # A story's line glued by extraction to the poster's words before or after the quote
        # ("Posted this here too:The council will …", "… a record number. So much for ‘bike city’."):
        # the story's part stays.
        parts: dict[int, str] = {}
        for index, line in enumerate(draft.lines):
            if index in inside or line in own_lines:
                continue
            if len(line) >= MIN_PART_CHARS and line in whole:
                # …but not a part of a line kept before it: a reply's quote of the story.
                if not any(line in draft.lines[before] for before in inside if before < index):
                    inside.add(index)
            elif (part := self._story_part(line, story.lines)) is not None:
                rest = (line.removesuffix(part) if line.endswith(part) else line.removeprefix(part)).strip()
                # Two of the story's lines glued together are the story's, whole.
                if rest in whole:
                    inside.add(index)
                else:
                    parts[index] = part
        kept = sum(len(draft.lines[index]) for index in inside) + sum(map(len, parts.values()))
        if kept < MIN_STORY_SHARE * len(whole):
            return
        if not story.named_by_address and kept < MIN_TEXT_SHARE * len(draft.text):
            return
        if story.headline and story.headline.casefold() not in draft.title.casefold():
            draft.set_title(
                story.headline,
                self.name,
                f"the headline {story.where} opens with: the page's title names its channel",
            )
        for index, part in parts.items():
            draft.replace_line(
                index,
                part,
                self.name,
                f"the story's line, glued by extraction to text outside {story.where}: that text is taken off",
            )
        outside = set(range(len(draft.lines))) - inside - set(parts)
        reason = (
            f"the page posts the story as {story.where}; this line stands outside it (the poster's"
            " profile or signature, a reply, the forum's boxes)"
        )
        draft.remove_lines(outside, self.name, dict.fromkeys(outside, reason))

    @staticmethod
    def _own_copies(lines: list[str], own_lines: Counter) -> set[int]:
        """The lines that are the story's, each as many times as the story holds it: another
        post's copy of a line ("Source: Kaktus Media" under the post before too) is that post's.
        The copies from the story's first line of its own on are taken first."""
        in_text = Counter(lines)
        start = next((i for i, line in enumerate(lines) if 0 < in_text[line] <= own_lines[line]), 0)
        unclaimed = Counter(own_lines)
        inside = set()
        for index in sorted(range(len(lines)), key=lambda i: (i < start, i)):
            if unclaimed[lines[index]] > 0:
                unclaimed[lines[index]] -= 1
                inside.add(index)
        return inside

    @staticmethod
    def _story_part(line: str, story_lines: tuple[str, ...]) -> str | None:
        """The longest of the story's lines (of at least MIN_PART_CHARS) a longer line opens or
        closes with, if any."""
        parts = [
            part
            for part in story_lines
            if len(part) >= MIN_PART_CHARS
            and len(line) > len(part)
            and (line.startswith(part) or line.endswith(part))
        ]
        return max(parts, key=len, default=None)
