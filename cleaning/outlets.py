"""The outlet registry: the single source of outlet names, aliases, domains and languages."""

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from republished.cleaning.names.words import fold_diacritics
from republished.cleaning.squash import squash
from republished.cleaning.yamlconfig import expect, expect_keys, expect_strings, load_yaml

#: The case endings Russian and Ukrainian put on a name a verb governs: «Фонтанке», «Коммерсанту»,
#: «Новой газете», «Ведомостям» (the nominatives Фонтанка, Коммерсантъ, Новая газета, Ведомости).
CYRILLIC_CASE_ENDING = re.compile(
    r"(?:ой|ей|ий|ій|ый|ая|ое|ые|ую|ої|ям|ам|ах|ях|ом|ем|ою|ею|у|ю|е|і|и|ы|а|я|ъ|ь|й|о)$"
)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: A shorter stem matches too many words to name an outlet.
MIN_STEM_LETTERS = 4
#: An address written out as the name: "https://punchng.com/lagos-ferry-operators-…/".
ADDRESS = re.compile(r"^https?://(?P<host>[^/\s?#:]+)[^\s]*$", re.I)
#: A name that is a domain: "tvn24.pl", "iDNES.cz".
DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)


OUTLET_KEYS = {
    "name", "aliases", "page_titles", "domain", "country", "language", "editions", "agency", "caption_leadins",
    "datelines", "renderings",
}  # fmt: skip


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    country: str
    language: str
    aliases: tuple[str, ...] = ()
    #: The outlet's own page title as farms copy it, often machine-translated.
    page_titles: tuple[str, ...] = ()
    agency: bool = False
    #: The outlet writes photo captions as "ALL-CAPS LEAD-IN: text" paragraphs.
    caption_leadins: bool = False
    #: Languages of the outlet's own editions besides `language` (Al Jazeera's English site): a
    #: copy in one of them may be copied, not translated.
    editions: tuple[str, ...] = ()
    #: Codes an agency writes only in its datelines ("WASHINGTON (AP) —"): too ambiguous as a
    #: name anywhere else (AP is also Andhra Pradesh, Norway's Ap a party).
    datelines: tuple[str, ...] = ()
    #: The name as engines translate it word for word ("Sud Ouest": "South West"): as ordinary
    #: as English words get, so a name only where a sentence cites the outlet (provenance's
    #: RENDERED_CITATION), never in a title, a byline or a source line.
    renderings: tuple[str, ...] = ()

    @property
    def languages(self) -> frozenset[str]:
        return frozenset((self.language, *self.editions))

    def as_original(self) -> dict:
        return {
            "outlet": self.name,
            "domain": self.domain,
            "language": self.language,
            "url": None,
            "method": "registry",
        }


def cyrillic_stem(name: str) -> str:
    return " ".join(CYRILLIC_CASE_ENDING.sub("", word) for word in name.casefold().split())


#: The country the registry writes after a name other outlets share: "L'Express (Mauritius)".
COUNTRY_IN_BRACKETS = re.compile(r"\s*\([^()]+\)$")


class OutletRegistry:
    def __init__(self, outlets: list[Outlet]):
        self.outlets = outlets
        self._by_alias: dict[str, Outlet] = {}
        for outlet in outlets:
            for alias in (outlet.name, outlet.domain, *outlet.aliases):
                self._by_alias.setdefault(alias.casefold(), outlet)
        self._by_domain = {outlet.domain: outlet for outlet in outlets}
        self._by_dateline = {code: outlet for outlet in outlets for code in outlet.datelines}
        self._by_rendering = {
            rendering.casefold(): outlet for outlet in outlets for rendering in outlet.renderings
        }
        self._page_titles = [
            (outlet, page_title.casefold(), len(page_title))
            for outlet in outlets
            for page_title in outlet.page_titles
        ]

    @cached_property
    def _shared_names(self) -> frozenset[str]:
        """Names more than one outlet goes by, once the country in brackets is left off ("L'Express"
        of France, "L'Express (Mauritius)")."""
        counts = Counter(COUNTRY_IN_BRACKETS.sub("", outlet.name).casefold() for outlet in self.outlets)
        return frozenset(name for name, count in counts.items() if count > 1)

    def is_shared_name(self, name: str) -> bool:
        """Whether other outlets go by this name too: the name alone does not say which."""
        return name.casefold() in self._shared_names

    @classmethod
    def load(cls, path: str | Path) -> "OutletRegistry":
        data = load_yaml(path)
        expect(data, dict, path, "")
        entries = expect(data.get("outlets"), list, path, "outlets")
        outlets = []
        for i, entry in enumerate(entries):
            key = f"outlets[{i}]"
            expect(entry, dict, path, key)
            expect_keys(entry, OUTLET_KEYS, {"name", "domain", "country", "language"}, path, key)
            for field in ("name", "domain", "country", "language"):
                expect(entry[field], str, path, f"{key}.{field}")
            aliases = expect_strings(entry.get("aliases", []), path, f"{key}.aliases")
            page_titles = expect_strings(entry.get("page_titles", []), path, f"{key}.page_titles")
            editions = expect_strings(entry.get("editions", []), path, f"{key}.editions")
            datelines = expect_strings(entry.get("datelines", []), path, f"{key}.datelines")
            renderings = expect_strings(entry.get("renderings", []), path, f"{key}.renderings")
            outlets.append(
                Outlet(
                    name=entry["name"],
                    domain=entry["domain"].lower(),
                    country=entry["country"],
                    language=entry["language"],
                    aliases=tuple(aliases),
                    page_titles=tuple(page_titles),
                    agency=bool(entry.get("agency", False)),
                    caption_leadins=bool(entry.get("caption_leadins", False)),
                    editions=tuple(editions),
                    datelines=tuple(datelines),
                    renderings=tuple(renderings),
                )
            )
        return cls(outlets)

    def find(self, name: str) -> Outlet | None:
        """The outlet a title segment or attribution names, matched on its aliases, with an
        English article before the name or without ("first appeared in the Irish Independent")."""
        folded = name.strip().casefold()
        return self._by_alias.get(folded) or (
            self._by_alias.get(folded[4:]) if folded.startswith("the ") else None
        )

    def named(self, name: str) -> Outlet | None:
        """The outlet a name, a domain or an address names ("Source: TVN24", "Source: tvn24.pl",
        "Source: https://punchng.com/a-story/"), a domain also as the outlet writes its name in it
        ("Večernji.hr" for vecernji.hr)."""
        name = name.strip()
        if outlet := self.find(name):
            return outlet
        if address := ADDRESS.match(name):
            return self.by_domain(address["host"])
        if not DOMAIN_NAME.match(name):
            return None
        return self.by_domain(name) or self.by_domain(fold_diacritics(name))

    def by_handle(self, handle: str) -> Outlet | None:
        """The outlet whose social-media account this is: the handle is its name, an alias or its
        domain's first label, squashed ("@Sydsvenskan", "@nytimes", "@NZZ")."""
        return self._by_squashed.get(squash(handle))

    @cached_property
    def _by_squashed(self) -> dict[str, Outlet | None]:
        """Squashed names and aliases first, then domain labels no name took ("newsweek" is
        Newsweek's name before it is Newsweek Polska's label); a key two outlets share names none."""
        found: dict[str, Outlet | None] = {}
        for keys_of in (lambda o: (o.name, *o.aliases), lambda o: (o.domain.partition(".")[0],)):
            level: dict[str, Outlet | None] = {}
            for outlet in self.outlets:
                for key in map(squash, keys_of(outlet)):
                    if len(key) >= 2 and key not in found:
                        level[key] = outlet if level.get(key, outlet) is outlet else None
            found.update(level)
        return found

    def inflected(self, name: str) -> Outlet | None:
        """The outlet a Cyrillic name in another case than its own names, word by word without
        case endings ("Фонтанке" → Фонтанка, "Новой газете" → Новая газета)."""
        stem = cyrillic_stem(name)
        return self._by_cyrillic_stem.get(stem) if len(stem.replace(" ", "")) >= MIN_STEM_LETTERS else None

    @cached_property
    def _by_cyrillic_stem(self) -> dict[str, Outlet | None]:
        """The stems of the Cyrillic names and aliases; a stem two outlets share names none."""
        found: dict[str, Outlet | None] = {}
        for outlet in self.outlets:
            for name in (outlet.name, *outlet.aliases):
                if CYRILLIC.search(name):
                    stem = cyrillic_stem(name)
                    found[stem] = outlet if found.get(stem, outlet) is outlet else None
        return found

    def by_rendering(self, words: str) -> Outlet | None:
        """The outlet whose name an engine translated into these words ("South West")."""
        return self._by_rendering.get(words.strip().casefold())

    def by_dateline(self, code: str) -> Outlet | None:
        """The agency whose dateline code this is ("AP"), as written, capitals and all."""
        return self._by_dateline.get(code)

    def page_title_suffix(self, title: str) -> tuple[Outlet, str] | None:
        """The outlet whose page title ends `title`, and that page title as written there."""
        folded = title.casefold()
        for outlet, folded_page_title, length in self._page_titles:
            if folded.endswith(folded_page_title):
                return outlet, title[len(title) - length :]
        return None

    def by_domain(self, host: str) -> Outlet | None:
        host = host.lower().removeprefix("www.")
        while host:
            if host in self._by_domain:
                return self._by_domain[host]
            _, _, host = host.partition(".")
        return None
