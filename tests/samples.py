"""Where the bundled sample sites and their expected records live."""

import json
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = ROOT / "tests" / "fixtures" / "expected"


def html_path(url: str, root: Path = SAMPLES) -> Path:
    parts = urlsplit(url)
    path = parts.path + ("index.html" if parts.path.endswith("/") else "")
    return root / parts.hostname / path.lstrip("/")


def expected_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.rglob("*.json"))]
