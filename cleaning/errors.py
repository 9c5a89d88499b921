"""Errors that name what was wrong and where, so a user can fix the input."""


class ConfigError(ValueError):
    """A YAML config file is missing, malformed or has a bad key."""

    def __init__(self, path, key: str | None, problem: str):
        self.path, self.key, self.problem = str(path), key, problem
        where = f"{self.path}: {key}" if key else self.path
        super().__init__(f"{where}: {problem}")


class PageError(ValueError):
    """A page could not be read, parsed or extracted."""

    def __init__(self, source: str, problem: str):
        self.source, self.problem = source, problem
        super().__init__(f"{source}: {problem}")
