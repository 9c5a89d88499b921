"""Per-site crawl configs (sites/*.yaml): where to start, which URLs are articles."""

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cleaning.draft import SiteHints
from cleaning.errors import ConfigError
from cleaning.yamlconfig import expect, expect_keys, expect_strings, load_yaml

SITE_KEYS = {
    "name",
    "domains",
    "sitemaps",
    "feeds",
    "listings",
    "article_urls",
    "listing_urls",
    "boilerplate",
}


def _patterns(values: list, path: Path, key: str) -> tuple[re.Pattern, ...]:
    patterns = []
    for i, value in enumerate(values):
        try:
            patterns.append(re.compile(expect(value, str, path, f"{key}[{i}]")))
        except re.error as exc:
            raise ConfigError(path, f"{key}[{i}]", f"invalid regex: {exc}") from exc
    return tuple(patterns)


def _strings(data: dict, key: str, path: Path) -> tuple[str, ...]:
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

    @classmethod
    def load(cls, path: str | Path) -> "SiteConfig":
        path = Path(path)
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
        )
        if not config.domains:
            raise ConfigError(path, "domains", "at least one domain is needed")
        if not (config.sitemaps or config.feeds or config.listings):
            raise ConfigError(path, "sitemaps", "a site needs at least one of sitemaps, feeds or listings")
        for key in ("sitemaps", "feeds", "listings"):
            for i, url in enumerate(getattr(config, key)):
                if not config.owns(url):
                    raise ConfigError(path, f"{key}[{i}]", f"{url!r} is outside the site's domains")
        return config

    def hints(self) -> SiteHints:
        """What the cleaner may know about this republisher."""
        return SiteHints(name=self.name, boilerplate=self.boilerplate, title_patterns=self.title_patterns)

    def owns(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article(self, url: str) -> bool:
        return any(p.search(url) for p in self.article_urls)

    def is_listing(self, url: str) -> bool:
        return any(p.search(url) for p in self.listing_urls)


class SiteRegistry:
    """All site configs of a folder, found by name or by the domain of a URL."""

    def __init__(self, sites: list[SiteConfig]):
        self.sites = sites

    @classmethod
    def from_dir(cls, directory: str | Path) -> "SiteRegistry":
        directory = Path(directory)
        if not directory.is_dir():
            return cls([])
        return cls([SiteConfig.load(path) for path in sorted(directory.glob("*.yaml"))])

    def named(self, names: str, directory: str | Path) -> list[SiteConfig]:
        """Sites for a `-a site=` argument: 'all', a comma-separated list of names or file stems, or paths."""
        if names.strip() == "all":
            return list(self.sites)
        chosen = []
        for name in (n.strip() for n in names.split(",") if n.strip()):
            if name.endswith((".yaml", ".yml")) and Path(name).is_file():
                chosen.append(SiteConfig.load(name))
                continue
            path = Path(directory) / f"{name}.yaml"
            match = [s for s in self.sites if s.name.casefold() == name.casefold()]
            if path.is_file():
                chosen.append(SiteConfig.load(path))
            elif match:
                chosen.append(match[0])
            else:
                known = ", ".join(sorted(p.stem for p in Path(directory).glob("*.yaml")))
                raise ValueError(f"unknown site {name!r}: no {path} (known: {known or 'none'})")
        return chosen

    def for_url(self, url: str) -> SiteConfig | None:
        return next((site for site in self.sites if site.owns(url)), None)
