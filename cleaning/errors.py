"""Errors that name what was wrong and where, so a user can fix the input."""


class ConfigError(ValueError):
    """A YAML config file is missing, malformed or has a bad key."""

    def __init__(self, path, key: str | None, problem: str):
        self.path, self.key, self.problem = str(path), key, problem
        where = f"{self.path}: {key}" if key else self.path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):  # crosses process boundaries (cleaning/workers.py) with its fields
        return type(self), (self.path, self.key, self.problem)


class PageError(ValueError):
    """A page could not be read, parsed or extracted.

    `not_an_article` marks a page that was read and holds no article (an empty file, a feed,
    a page with no main text): a verdict on the page, not a failure to read it.
    """

    def __init__(self, source: str, problem: str, not_an_article: bool = False):
        self.source, self.problem, self.not_an_article = source, problem, not_an_article
        super().__init__(f"{source}: {problem}")

    def __reduce__(self):
        return type(self), (self.source, self.problem, self.not_an_article)
