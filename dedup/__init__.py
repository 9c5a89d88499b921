"""Exact and near-duplicate detection across sites and runs, kept in a SQLite file.

    from republished.dedup import DuplicateIndex

    with DuplicateIndex("state/duplicates.sqlite") as index:
        assignment = index.add(record["url"], record["content_hash"], record["fingerprint"])
        assignment.cluster_id, assignment.duplicate_of, assignment.kind

No Scrapy here: pipelines/dedup.py is the crawl's adapter, commands/clusters.py the report.
"""

from republished.dedup.index import (
    DEFAULT_BANDS,
    DEFAULT_MAX_DISTANCE,
    DEFAULT_PROBE_RADIUS,
    Assignment,
    BandScheme,
    DuplicateIndex,
    hamming,
    parse_fingerprint,
)

__all__ = [
    "DEFAULT_BANDS",
    "DEFAULT_MAX_DISTANCE",
    "DEFAULT_PROBE_RADIUS",
    "Assignment",
    "BandScheme",
    "DuplicateIndex",
    "hamming",
    "parse_fingerprint",
]
