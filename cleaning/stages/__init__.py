"""Cleaning stages; importing this package registers them all by name."""

from republished.cleaning.stages import (
    attribution,
    captions,
    encoding,
    forum_story,
    grammar,
    language,
    names,
    provenance,
    quotes,
    residue,
    title,
    untranslated,
)

__all__ = [
    "attribution",
    "captions",
    "encoding",
    "forum_story",
    "grammar",
    "language",
    "names",
    "provenance",
    "quotes",
    "residue",
    "title",
    "untranslated",
]
