"""Usage and config errors end a command with one line naming the input and exit code 2.

Scrapy's own UsageError prints the usage text first, and an error raised while a crawler
starts arrives inside an asyncio traceback after the start banner.
"""

import sys
from typing import NoReturn

#: Exit codes a scheduler can rely on (the README documents them).
EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE = 0, 1, 2


def fail(command: str, message: str) -> NoReturn:
    print(f"scrapy {command}: error: {' '.join(str(message).split())}", file=sys.stderr)
    sys.exit(EXIT_USAGE)


def use_bundled_settings(settings) -> None:
    """Outside a project folder (no scrapy.cfg, no SCRAPY_SETTINGS_MODULE), run with ours."""
    from scrapy.utils.project import inside_project

    if not inside_project():
        settings.setmodule("republished.settings", priority="project")
