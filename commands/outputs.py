"""What a run writes is checked, and the log file's folder made, before Scrapy opens anything.

A feed that cannot be written is one line and exit code 2 here, not an ERROR in the middle of a
run that exits 0 (pipelines/exporters.py `feed_problem`); the log file's folder exists as feed
folders do (pipelines/storage.py): `--logfile out/crawl.log` on a fresh checkout failed with a
traceback.
"""

from pathlib import Path

from republished.commands.failure import fail
from republished.pipelines.exporters import feed_problem


def prepare_outputs(command: str, settings) -> None:
    if problem := feed_problem(settings):
        fail(command, problem)
    log_file = settings.get("LOG_FILE")
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
