"""Cleaning stages; importing this package registers them all by name."""

from cleaning.stages import captions, encoding, grammar, language, names, residue, title

__all__ = ["captions", "encoding", "grammar", "language", "names", "residue", "title"]
