"""The working state of one page while stages repair it.

Stages change text only through the methods here, so every change is logged
as an edit (stage, action, before, after, reason) and nothing is lost silently.
"""

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from republished.cleaning.forum_story import ForumStory
from republished.cleaning.page_text import PageText
from republished.cleaning.pagedata import PageData


@dataclass(frozen=True)
class SiteHints:
    """What a site config knows about the republisher: its name, its interface
    phrases, regexes of title parts it adds (all optional), and that it is a content farm."""

    name: str | None = None
    boilerplate: tuple[str, ...] = ()
    title_patterns: tuple[re.Pattern, ...] = ()
    #: The site has a config in sites/ (a farm that republishes): evidence of translation.
    farm: bool = False


@dataclass
class PageMeta:
    """What extraction found about the page, read-only for stages."""

    url: str
    host: str
    site_name: str | None = None
    canonical_url: str | None = None
    authors: list[str] = field(default_factory=list)
    date_published: str | None = None
    og_url: str | None = None
    #: Targets of the page's links, absolute; provenance looks for outlet domains here.
    links: tuple[str, ...] = ()
    #: URLs the page's JSON-LD says it is based on (isBasedOn, isBasedOnUrl).
    based_on: tuple[str, ...] = ()
    #: The news stories among them, with their publishers' names (cleaning/extract.py).
    based_on_stories: tuple[tuple[str, str | None], ...] = ()
    #: The social-media accounts the head names as the site's and the author's (twitter:site,
    #: twitter:creator: "@Sydsvenskan"; the Facebook page of article:publisher, as "@estadao"): a
    #: farm that copies the original's head keeps its accounts.
    social_handles: tuple[str, ...] = ()
    #: URLs the head declares as the page's source or its version in another language, with how:
    #: ('<meta name="original-source">', url), ('<link rel="alternate" hreflang="lv">', url).
    declared_sources: tuple[tuple[str, str], ...] = ()
    #: What the caller's site config says about the republisher (sites/*.yaml).
    site: SiteHints = field(default_factory=SiteHints)
    #: What the page declares about itself (meta tags, JSON-LD, microdata).
    page: PageData = field(default_factory=PageData)
    #: The text of the page's h1, when it has exactly one: its headline as displayed.
    h1: str | None = None
    #: The text of the page's first h2: on a page whose h1 or title is its name, the headline.
    first_h2: str | None = None
    #: The text of an h1 that links to the site's home page: the site's name, not a headline.
    site_heading: str | None = None
    #: The texts of the page's links to the site's home page (cleaning/extract.py).
    home_link_texts: tuple[str, ...] = ()
    #: The index of the extracted line, among the first few, that is that h1's text and which no
    #: paragraph of the page holds: the headline element itself, not a paragraph worded like the
    #: title (0 when the text opens with it; 2 under a portlet's "Blog" and "Blogs" headings).
    h1_line: int | None = None
    #: The texts of the headings (h2–h6) before that h1 in the page: its header's ("Blog", "Blogs"
    #: above a Liferay post), which extraction may keep as the text's first lines.
    header_headings: frozenset[str] = frozenset()
    #: The texts of the page's breadcrumb trail (cleaning/extract.py's `breadcrumb_items`).
    breadcrumb: frozenset[str] = frozenset()
    #: Lines of the article's element that say where the copy comes from, left out of the text
    #: by extraction, and links it labels as the original (cleaning/declared_sources.py).
    source_lines: tuple[str, ...] = ()
    original_links: tuple[str, ...] = ()
    #: Those the page states are its original: in a source line, under an "Original article:"
    #: label, or saying "Read the original article" anywhere on the page.
    stated_original_links: tuple[str, ...] = ()
    #: The source lines' links with a name for text ("Kilde: <a href=smp.no/…>Sunnmørsposten</a>"):
    #: (the name, the address). The line links the outlet it names, whatever its domain spells.
    source_line_links: tuple[tuple[str, str], ...] = ()
    #: The links a forum thread's first post closes with to the story it copied: a "Read more
    #: here", or its address written out (cleaning/forum_story.py's `read_more_links`).
    first_post_links: tuple[str, ...] = ()
    #: The texts of the page's posts' signatures (cleaning/forum_story.py).
    signatures: frozenset[str] = frozenset()
    #: The article's links with a headline's length of text, and that text.
    headline_links: tuple[tuple[str, str], ...] = ()
    #: The other site's story the page's one headline links to (a link aggregator's post).
    headline_link: str | None = None
    #: The names over a forum's story-long quotes, with their headers ("Observador", "Observador
    #: wrote:"; cleaning/quote_headers.py).
    quoted_sources: tuple[tuple[str, str], ...] = ()
    #: Where a forum page holds the story: its lines are the article's (cleaning/forum_story.py).
    forum_story: ForumStory | None = None
    #: The parts of the page's bylines ("Tomislav Perić", "Jutarnji list"; cleaning/bylines.py).
    byline_parts: tuple[str, ...] = ()
    #: Lines of the text the article's element marks up as photo captions (cleaning/figures.py).
    captions_in_text: frozenset[str] = frozenset()
    #: The tag links shown around the article's element (cleaning/pagedata.py's `shown_tags`),
    #: which may name more people than its declared tags: evidence for names only.
    shown_tags: tuple[str, ...] = ()
    #: The texts of the page's pull quotes (cleaning/pull_quotes.py).
    pull_quotes: tuple[str, ...] = ()
    #: Pull quotes' attributions and shared stories' cards (cleaning/beside_texts.py): evidence
    #: for names only.
    beside_texts: tuple[str, ...] = ()
    #: The alt texts of the article's pictures (cleaning/figures.py): evidence for names only.
    image_alts: tuple[str, ...] = ()
    #: The alt text of the featured picture before the article's element: evidence for names in a
    #: translated copy only (an English page's alt may misspell a name its text spells right).
    featured_alt: str | None = None
    #: The whole page's text, read when first asked for (cleaning/page_text.py): evidence for
    #: names only.
    page_text: PageText = field(default_factory=PageText)

    @property
    def creator_handle(self) -> str:
        """On a platform, the creator's handle opening the path ("harareinenglish" of
        buymeacoffee.com/harareinenglish/a-post/), when a post's part follows it; "" otherwise."""
        path = urlsplit(self.url).path.strip("/").split("/")
        return path[0].lstrip("@") if len(path) >= 2 else ""


@dataclass
class Draft:
    meta: PageMeta
    title_raw: str
    title: str
    lines: list[str]
    captions: list[str] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    republisher: dict[str, Any] = field(default_factory=lambda: {"name": None, "domain": None})
    original: dict[str, Any] = field(
        default_factory=lambda: {
            "outlet": None,
            "domain": None,
            "language": None,
            "url": None,
            "method": None,
            "evidence": [],
        }
    )
    language: str | None = None
    #: Paragraph counts per language, when some paragraphs differ from the page's language.
    languages: list[dict[str, Any]] = field(default_factory=list)
    #: Indices of the paragraphs in another language than the page's (a quoted German passage in
    #: an English article): no stage reads them as the page's own language. Kept right when a
    #: later stage splits or removes paragraphs.
    other_language_lines: set[int] = field(default_factory=set)
    mt_signals: list[dict[str, Any]] = field(default_factory=list)
    #: The title's last segment when it stood between the headline and the site's own name, and no
    #: signal confirmed it as an outlet ("Headline – Tatoli | Dili Daily Brief"): the provenance
    #: stage takes it only when nothing else on the page names the original.
    title_outlet_segment: str | None = None

    def own_language_lines(self) -> list[str]:
        """The paragraphs in the page's language."""
        return [line for i, line in enumerate(self.lines) if i not in self.other_language_lines]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def _log(self, stage: str, action: str, field_name: str, before: str, after: str, reason: str) -> None:
        self.edits.append(
            {
                "stage": stage,
                "action": action,
                "field": field_name,
                "before": before,
                "after": after,
                "reason": reason,
            }
        )

    def log_input_repair(self, before: str, reason: str) -> None:
        """A repair of the page itself, made before extraction: the extracted text already has it."""
        self._log("input", "remove", "html", before, "", reason)

    def set_title(self, new: str, stage: str, reason: str) -> None:
        if new != self.title:
            self._log(stage, "replace", "title", self.title, new, reason)
            self.title = new

    def replace_line(self, index: int, new: str, stage: str, reason: str) -> None:
        old = self.lines[index]
        if new != old:
            self._log(stage, "replace", "text", old, new, reason)
            self.lines[index] = new

    def replace_caption(self, index: int, new: str, stage: str, reason: str) -> None:
        old = self.captions[index]
        if new != old:
            self._log(stage, "replace", "captions", old, new, reason)
            self.captions[index] = new

    def split_line(self, index: int, parts: list[str], stage: str, reason: str) -> None:
        """Split one paragraph in two or more; the edit's `after` holds the parts, one per line."""
        self._log(stage, "replace", "text", self.lines[index], "\n".join(parts), reason)
        self.lines[index : index + 1] = parts
        added = len(parts) - 1
        self.other_language_lines = {i + added if i > index else i for i in self.other_language_lines} | (
            {index + k for k in range(1, added + 1)} if index in self.other_language_lines else set()
        )

    def remove_lines(self, indices: set[int], stage: str, reasons: dict[int, str]) -> None:
        for index in sorted(indices):
            self._log(stage, "remove", "text", self.lines[index], "", reasons[index])
        self._drop_lines(indices)

    def removed_by(self, stage: str) -> list[dict]:
        """The edits by which `stage` took lines out of the text (their lines are in "before")."""
        return [e for e in self.edits if e["stage"] == stage and e["action"] == "remove"]

    def move_lines_to_captions(self, indices: set[int], stage: str, reasons: dict[int, str]) -> None:
        for index in sorted(indices):
            line = self.lines[index]
            self._log(stage, "move", "text", line, line, reasons[index])
            if line not in self.captions:  # extraction may have found it under its picture too
                self.captions.append(line)
        self._drop_lines(indices)

    def _drop_lines(self, indices: set[int]) -> None:
        kept = [i for i in range(len(self.lines)) if i not in indices]
        self.lines = [self.lines[i] for i in kept]
        self.other_language_lines = {new for new, old in enumerate(kept) if old in self.other_language_lines}

    def flag(self, kind: str, text: str, reason: str) -> None:
        self.flags.append({"type": kind, "text": text, "reason": reason})

    def signal(self, name: str, weight: float, detail: str) -> None:
        """Evidence that the text was machine-translated, scored at the end."""
        self.mt_signals.append({"signal": name, "weight": weight, "detail": detail})
