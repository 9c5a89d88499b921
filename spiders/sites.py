"""Per-site crawl configs (sites/*.yaml): where to start, which URLs are articles."""

import re
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

from republished.cleaning.draft import SiteHints
from republished.cleaning.errors import ConfigError
from republished.cleaning.yamlconfig import as_path, expect, expect_keys, expect_strings, load_yaml

BUNDLED_SITES = files("republished.sites")
SITE_KEYS = {
    "name",
    "title_patterns",
    "domains",
    "sitemaps",
    "feeds",
    "listings",
    "article_urls",
    "listing_urls",
    "boilerplate",
}


def _patterns(values: list, path: Traversable, key: str) -> tuple[re.Pattern, ...]:
    patterns = []
    for i, value in enumerate(values):
        try:
            patterns.append(re.compile(expect(value, str, path, f"{key}[{i}]")))
        except re.error as exc:
            raise ConfigError(path, f"{key}[{i}]", f"invalid regex: {exc}") from exc
    return tuple(patterns)


#: A host as a URL's hostname gives it: "www.example.com", "127.0.0.1".
HOST_NAME = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")


def _strings(data: dict, key: str, path: Traversable) -> tuple[str, ...]:
    return tuple(expect_strings(data.get(key) or [], path, key))


@dataclass(frozen=True)
class SiteConfig:
    name: str
    domains: tuple[str, ...]
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    article_urls: tuple[re.Pattern, ...] = ()
    listing_urls: tuple[re.Pattern, ...] = ()
    title_patterns: tuple[re.Pattern, ...] = ()
    boilerplate: tuple[str, ...] = ()
    #: The file's name without .yaml, which `-a site=` also accepts.
    stem: str = ""

    @classmethod
    def load(cls, path: str | Traversable) -> "SiteConfig":
        path = as_path(path)
        data = expect(load_yaml(path), dict, path, "")
        expect_keys(data, SITE_KEYS, {"name", "domains", "article_urls"}, path, "")
        config = cls(
            name=expect(data["name"], str, path, "name"),
            domains=tuple(d.lower() for d in _strings(data, "domains", path)),
            sitemaps=_strings(data, "sitemaps", path),
            feeds=_strings(data, "feeds", path),
            listings=_strings(data, "listings", path),
            article_urls=_patterns(
                expect(data["article_urls"], list, path, "article_urls"), path, "article_urls"
            ),
            listing_urls=_patterns(data.get("listing_urls") or [], path, "listing_urls"),
            title_patterns=_patterns(data.get("title_patterns") or [], path, "title_patterns"),
            boilerplate=_strings(data, "boilerplate", path),
            stem=path.name.removesuffix(".yaml").removesuffix(".yml"),
        )
        if not config.domains:
            raise ConfigError(path, "domains", "at least one domain is needed")
        for i, domain in enumerate(config.domains):
            if not HOST_NAME.fullmatch(domain):
                raise ConfigError(
                    path, f"domains[{i}]", f"{domain!r} is not a host name (no scheme, port or path)"
                )
        if not (config.sitemaps or config.feeds or config.listings):
            raise ConfigError(path, "sitemaps", "a site needs at least one of sitemaps, feeds or listings")
        for key in ("sitemaps", "feeds", "listings"):
            for i, url in enumerate(getattr(config, key)):
                if not config.owns(url):
                    raise ConfigError(path, f"{key}[{i}]", f"{url!r} is outside the site's domains")
        return config

    def hints(self) -> SiteHints:
        """What the cleaner may know about this republisher; every configured site is a farm."""
        return SiteHints(
            name=self.name, boilerplate=self.boilerplate, title_patterns=self.title_patterns, farm=True
        )

    def owns(self, url: str) -> bool:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:  # not a URL at all: the cleaner names the problem
            return False
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article(self, url: str) -> bool:
        return any(p.search(url) for p in self.article_urls)

    def is_listing(self, url: str) -> bool:
        return any(p.search(url) for p in self.listing_urls)


class SiteRegistry:
    """All site configs of a folder, found by name or by the domain of a URL."""

    def __init__(self, sites: list[SiteConfig], directory: Traversable | None = None):
        self.sites, self.directory = sites, directory

    @classmethod
    def from_dir(cls, directory: str | Traversable | None) -> "SiteRegistry":
        """The sites of a folder; None is the bundled sites (package data, also inside an egg)."""
        folder = BUNDLED_SITES if directory is None else as_path(directory)
        if not folder.is_dir():
            raise ConfigError(directory, None, "SITES_DIR is not a folder")
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
        return cls([SiteConfig.load(f) for f in files], folder)

    def named(self, names: str) -> list[SiteConfig]:
        """Sites for a `-a site=` argument: 'all', a comma-separated list of names or file stems, or paths."""
        if names.strip() == "all":
            return list(self.sites)
        chosen = []
        for name in (n.strip() for n in names.split(",") if n.strip()):
            if name.endswith((".yaml", ".yml")):
                if not Path(name).is_file():
                    raise ValueError(f"site file {name!r} does not exist")
                chosen.append(SiteConfig.load(name))
                continue
            match = [s for s in self.sites if name.casefold() in (s.name.casefold(), s.stem.casefold())]
            if not match:
                known = ", ".join(sorted(s.stem for s in self.sites))
                raise ValueError(
                    f"unknown site {name!r} (known: {known or 'none'}; a site file elsewhere: "
                    "-a site=path/to/site.yaml, or -s SITES_DIR=folder)"
                )
            chosen.append(match[0])
        return chosen

    def with_first(self, sites: list[SiteConfig]) -> "SiteRegistry":
        """These sites (a crawl's, some given by path), then this registry's for other URLs."""
        return SiteRegistry([*sites, *(s for s in self.sites if s not in sites)], self.directory)

    def for_url(self, url: str) -> SiteConfig | None:
        return next((site for site in self.sites if site.owns(url)), None)
