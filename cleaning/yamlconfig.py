"""Safe YAML loading with errors that name the file and the key."""

from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from republished.cleaning.errors import ConfigError

#: yaml.safe_load's loader in C where PyYAML was built with libyaml: the same documents, 14 times
#: faster on the outlet registry (2 s of a worker's start in pure Python).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def as_path(path: str | Traversable) -> Traversable:
    """A file named by a string, or package data as importlib.resources gives it (also inside an egg)."""
    return Path(path) if isinstance(path, str) else path


def load_yaml(path: str | Traversable) -> Any:
    path = as_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise ConfigError(path, None, f"invalid YAML: {exc}") from exc


def expect(value: Any, kind: type | tuple[type, ...], path: str | Path, key: str) -> Any:
    """Return value if it has the expected type, else raise a ConfigError naming the key."""
    if not isinstance(value, kind):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise ConfigError(path, key, f"expected {names}, got {type(value).__name__}")
    return value


def expect_strings(value: Any, path: str | Path, key: str) -> list[str]:
    """A list of strings. YAML reads some bare words as other types (On, Off, Yes and No as
    booleans, 1e3 as a number), so a word list says which entry to quote."""
    for index, item in enumerate(expect(value, list, path, key)):
        if not isinstance(item, str):
            raise ConfigError(
                path, f"{key}[{index}]", f"expected a string, got {type(item).__name__} {item!r}: quote it"
            )
    return value


def expect_keys(mapping: dict, allowed: set[str], required: set[str], path: str | Path, key: str) -> None:
    unknown = sorted(set(mapping) - allowed)
    if unknown:
        raise ConfigError(path, f"{key}.{unknown[0]}" if key else unknown[0], "unknown key")
    missing = sorted(required - set(mapping))
    if missing:
        raise ConfigError(path, f"{key}.{missing[0]}" if key else missing[0], "missing required key")
