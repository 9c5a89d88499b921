"""The folder of the log file exists before Scrapy opens it, as feed folders do
(pipelines/storage.py): `--logfile out/crawl.log` on a fresh checkout failed with a traceback."""

from pathlib import Path


def make_log_folder(settings) -> None:
    log_file = settings.get("LOG_FILE")
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
