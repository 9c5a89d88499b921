"""Named cleaning stages, built from YAML, spaCy-style.

A stage is a small class with a `name`, built as `cls(context, **options)` and
called on a Draft. A new repair is one stage module, one YAML entry, one fixture.
"""

import inspect
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import ClassVar

from republished.cleaning.draft import Draft
from republished.cleaning.errors import ConfigError
from republished.cleaning.outlets import OutletRegistry

STAGES: dict[str, type["Stage"]] = {}


@dataclass(frozen=True)
class StageContext:
    """Shared resources a stage may need, resolved relative to the pipeline file."""

    base_dir: Traversable
    outlets: OutletRegistry

    def path(self, name: str) -> Traversable:
        """A stage's file, beside the pipeline file; a stage's options say which."""
        if not isinstance(name, str):
            raise TypeError(f"a file name is expected, not {name!r}")
        return self.base_dir / name


class Stage:
    name: ClassVar[str]
    #: Languages whose text this stage may edit; None means any language.
    languages: tuple[str, ...] | None = None

    def applies_to(self, draft: Draft) -> bool:
        return self.languages is None or draft.language in self.languages

    def warm_up(self) -> None:
        """Load now the word lists and tables the stage would load on the first page that needs
        them: a process that forks cleaning workers does it once for all (cleaning/workers.py).
        Building a stage stays cheap, so a process that only checks a pipeline file loads none."""

    def __call__(self, draft: Draft) -> None:
        raise NotImplementedError


def register(cls: type[Stage]) -> type[Stage]:
    STAGES[cls.name] = cls
    return cls


def build_stage(entry: dict, context: StageContext, path: Traversable, key: str) -> Stage:
    options = dict(entry)
    name = options.pop("stage", None)
    if not isinstance(name, str):
        raise ConfigError(path, f"{key}.stage", "each stage entry needs a 'stage' name")
    cls = STAGES.get(name)
    if cls is None:
        known = ", ".join(sorted(STAGES))
        raise ConfigError(path, f"{key}.stage", f"unknown stage {name!r}; known stages: {known}")
    languages = options.pop("languages", cls.languages)
    accepted = [p for p in inspect.signature(cls.__init__).parameters if p not in ("self", "context")]
    for option in options:
        if option not in accepted:
            raise ConfigError(
                path,
                f"{key}.{option}",
                f"unknown option for stage {name!r}; accepted: {', '.join(accepted) or 'none'}",
            )
    try:
        stage = cls(context, **options)
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ConfigError):
            raise
        raise ConfigError(path, key, f"stage {name!r}: {exc}") from exc
    stage.languages = tuple(languages) if languages is not None else None
    return stage
