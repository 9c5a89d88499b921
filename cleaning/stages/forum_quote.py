"""Keep only the story a forum post quotes from its outlet.

A farm that posts a whole article as a quote of its outlet ("Hürriyet wrote:" over it) leaves
the forum around the story: the poster's profile, a signature, the replies, a "who is online"
box. phpBB writes a post's paragraphs between <br>s, with no <p>, and extraction then keeps the
whole thread. The lines outside the page's one story-long quote are removed, each logged, and
only where the lines kept hold nearly all of the quote: otherwise extraction's lines are not the
quote's, and nothing is changed.
"""

from republished.cleaning.draft import Draft
from republished.cleaning.registry import Stage, StageContext, register

#: The share of the quote's characters the kept lines must hold before any line is removed.
MIN_QUOTE_SHARE = 0.8
#: A line this long is the quote's when the quote holds it anywhere (extraction may join or
#: split its lines otherwise than its <br>s); a shorter one ("-", a user name) must be one of
#: its lines.
MIN_PART_CHARS = 30


@register
class ForumQuoteStage(Stage):
    name = "forum_quote"

    def __init__(self, context: StageContext):
        pass

    def applies_to(self, draft: Draft) -> bool:
        return draft.meta.story_quote is not None and super().applies_to(draft)

    def __call__(self, draft: Draft) -> None:
        quote = draft.meta.story_quote
        own_lines = frozenset(quote.lines)
        whole = " ".join(quote.lines)
        inside = {
            index
            for index, line in enumerate(draft.lines)
            if line in own_lines or (len(line) >= MIN_PART_CHARS and line in whole)
        }
        if sum(len(draft.lines[index]) for index in inside) < MIN_QUOTE_SHARE * len(whole):
            return
        outside = set(range(len(draft.lines))) - inside
        reason = (
            f"the page posts the story as a forum quote of its outlet ({quote.text!r}); this line stands"
            " outside that quote (the poster's profile or signature, a reply, the forum's boxes)"
        )
        draft.remove_lines(outside, self.name, dict.fromkeys(outside, reason))
