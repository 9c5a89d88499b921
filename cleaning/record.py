"""Assemble the exported record from a cleaned draft."""

import hashlib
import re
from datetime import UTC, datetime

from republished.cleaning.draft import Draft
from republished.cleaning.fingerprint import content_fingerprint

#: 1.1 added date_modified, description, image, categories and tags (fields are added, never renamed).
SCHEMA_VERSION = "1.2"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def utc_iso(value) -> str | None:
    """A time in the record's one form (UTC, seconds, "+00:00"), or None when it is no ISO 8601
    time: WARC dates end in "Z", JSONL inputs carry any offset, and one file must sort as text.
    A time without an offset is taken to be UTC."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    normalized = " ".join(text.split()).casefold()
    return "sha256:" + hashlib.sha256(normalized.encode("utf-8")).hexdigest()


#: The place the registry writes after a name two outlets or words share ("Makedonia
#: (Thessaloniki)", outlets.yaml): only its domain names it, and the record gives the name alone.
REGISTRY_QUALIFIER = re.compile(r"\s+\([^()]+\)$")


def _original(original: dict) -> dict:
    if original.get("method") == "registry" and original.get("outlet"):
        return {**original, "outlet": REGISTRY_QUALIFIER.sub("", original["outlet"])}
    return original


def build_record(draft: Draft, machine_translation: dict, fetched_at: str | None) -> dict:
    text = draft.text
    page = draft.meta.page
    return {
        "url": draft.meta.url,
        "canonical_url": draft.meta.canonical_url,
        "fetched_at": fetched_at or now_iso(),
        "title": draft.title,
        "title_raw": draft.title_raw,
        "text": text,
        "captions": draft.captions,
        "quotes": draft.quotes,
        "authors": draft.meta.authors,
        "date_published": draft.meta.date_published,
        "date_modified": page.date_modified,
        "description": page.description,
        "image": page.image,
        "categories": list(page.categories),
        "tags": list(page.tags),
        "language": draft.language,
        "languages": draft.languages,
        "republisher": draft.republisher,
        "original": _original(draft.original),
        "edits": draft.edits,
        "flags": draft.flags,
        "machine_translation": machine_translation,
        "content_hash": content_hash(text),
        "fingerprint": content_fingerprint(text),
        "schema_version": SCHEMA_VERSION,
    }
