"""Split a republished title into the headline, the original outlet and the republisher.

"– We never threatened the Ukrainian people – VG – Archyworldys" becomes the
title "We never threatened the Ukrainian people", outlet VG, republisher Archyworldys.
"""

import re

from republished.cleaning.draft import Draft
from republished.cleaning.registry import Stage, StageContext, register

#: A separator between title segments: a dash or bar with space on both sides.
SEPARATOR = re.compile(r"\s+[–—|-]\s+")
#: An outlet's name opening the title: "NRK: Storm in the west", "VG – Title".
PREFIX = re.compile(r"^(?P<name>[^–—|:]{2,30}?)\s*(?:[–—|:]|\s-)\s+(?=\S)")
#: A Scandinavian quote dash opening the title: the headline is a quotation.
QUOTE_DASH = re.compile(r"^[–—]\s*")


def squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def site_domain(host: str) -> str:
    return host.lower().removeprefix("www.")


@register
class TitleStage(Stage):
    name = "title"

    def __init__(self, context: StageContext):
        self.outlets = context.outlets

    def _is_republisher(self, segment: str, draft: Draft) -> bool:
        domain_label = site_domain(draft.meta.host).split(".")[0]
        names = {squash(domain_label), squash(draft.meta.site_name or "")} - {""}
        return squash(segment) in names

    def __call__(self, draft: Draft) -> None:
        title = draft.title
        removed = []
        for pattern in draft.meta.site.title_patterns:
            match = pattern.search(title)
            if match and match.group(0).strip() != title.strip():
                title = (title[: match.start()] + title[match.end() :]).strip()
                removed.append(f"the site's title pattern {pattern.pattern!r} ({match.group(0).strip()!r})")
        republisher_name = draft.meta.site_name
        while True:
            separators = list(SEPARATOR.finditer(title))
            if not separators:
                break
            last = separators[-1]
            segment = title[last.end() :].strip()
            outlet = self.outlets.find(segment)
            page_title = self.outlets.page_title_suffix(title)
            if page_title and draft.original["outlet"] in (None, page_title[0].name):
                outlet, written = page_title
                draft.original.update(outlet.as_original())
                draft.original.setdefault("evidence", []).append(
                    f"{outlet.name}'s page title {written!r} in the title"
                )
                removed.append(f"the page title of {outlet.name} {written!r}")
                title = title[: -len(written)].rstrip(" –—|-")
                continue
            if self._is_republisher(segment, draft):
                republisher_name = republisher_name or segment
                removed.append(f"republisher suffix {segment!r}")
            elif outlet is not None and draft.original["outlet"] in (None, outlet.name):
                draft.original.update(outlet.as_original())
                draft.original.setdefault("evidence", []).append(f"title suffix {segment!r}")
                removed.append(f"outlet suffix {segment!r} ({outlet.domain})")
            else:
                break
            title = title[: last.start()].rstrip()
        prefix = PREFIX.match(title)
        outlet = self.outlets.find(prefix["name"]) if prefix else None
        if outlet and draft.original["outlet"] in (None, outlet.name):
            draft.original.update(outlet.as_original())
            draft.original.setdefault("evidence", []).append(f"title prefix {prefix['name']!r}")
            removed.append(f"outlet prefix {prefix['name']!r} ({outlet.domain})")
            title = title[prefix.end() :]
        if QUOTE_DASH.match(title):
            title = QUOTE_DASH.sub("", title, count=1)
            removed.append("leading quote dash (the headline is a quotation)")
        host = site_domain(draft.meta.host)
        draft.republisher = {
            "name": republisher_name or host.split(".")[0].capitalize() or None,
            "domain": host or None,
        }
        if removed:
            draft.set_title(title, self.name, "removed " + ", ".join(removed))
        self._drop_repeated_headline(draft)

    def _drop_repeated_headline(self, draft: Draft) -> None:
        """Extraction sometimes keeps the page's headline as the body's first line. A line
        that ends like a sentence is the article's first paragraph, whatever the title says."""
        if not draft.lines or draft.lines[0].rstrip()[-1:] in ".!?…":
            return
        first = squash(draft.lines[0])
        if first and first in {squash(draft.title), squash(draft.title_raw)}:
            draft.remove_lines({0}, self.name, {0: "the headline repeated as the first line of the body"})
        elif first and squash(draft.title_raw).startswith(first) and squash(draft.title) in first:
            draft.remove_lines(
                {0}, self.name, {0: "the headline (with its outlet suffix) repeated as the first line"}
            )
