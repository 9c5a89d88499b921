"""What spiders hand to the pipelines: a fetched page, not yet cleaned."""

from dataclasses import dataclass


@dataclass
class Page:
    url: str
    html: str
    fetched_at: str
