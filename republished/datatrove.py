"""Our cleaner as datatrove pipeline steps, to run on its local, Slurm or Ray executors.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.writers import JsonlWriter
    from republished.datatrove import CleanArticles, WarcPagesReader

    LocalPipelineExecutor(
        pipeline=[
            WarcPagesReader("cc-news/", hosts="archyworldys.com,newsbeezer.com"),
            CleanArticles(),
            JsonlWriter("out/"),
        ],
        tasks=8, workers=2, logging_dir="logs/",
    ).run()

Needs the datatrove extra (`pip install 'republished-news[datatrove]'`). CleanArticles takes
documents whose text is a page's HTML and whose metadata holds its `url` (and `date`, when it
was fetched), as datatrove's own WarcReader and WarcPagesReader give them. WarcPagesReader
reads WARC files with spiders/warc.py: the HTTP header's charset first (datatrove's WarcReader
guesses with cchardet and needs libmagic), host and URL filters, damaged files read past.
The module is named after the library it adapts: `republished.datatrove`.
"""

from collections.abc import Iterator
from functools import cache

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.utils.logging import logger

from republished.cleaning import Cleaner, PageError
from republished.cleaning.pipeline import DEFAULT_PIPELINE
from republished.spiders.sites import SiteRegistry
from republished.spiders.warc import UrlFilter, WarcPages


@cache
def _cleaner(pipeline: str | None) -> Cleaner:
    """One cleaner per process and pipeline file: its word lists take seconds to load."""
    return Cleaner.from_yaml(pipeline or DEFAULT_PIPELINE)


class CleanArticles(PipelineStep):
    """Clean each page into our record: the cleaned text becomes the document's text, every
    other field of the record goes into its metadata (beside what the reader put there).

    Pages that are no articles are dropped and counted in the stats by reason:
    `dropped_not_an_article`, `dropped_unreadable_page`, `dropped_no_url`, `dropped_cleaning_error`.
    `pipeline` is a cleaning pipeline YAML file (default: the bundled one); `sites_dir` a folder of
    site YAML files whose hints (name, boilerplate, title patterns) help on those sites, as in a
    crawl (default: the bundled sites).
    """

    name = "📰 republished-news cleaner"
    type = "🛢 - EXTRAC"

    def __init__(self, pipeline: str | None = None, sites_dir: str | None = None):
        super().__init__()
        self.pipeline, self.sites_dir = pipeline, sites_dir

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        cleaner = _cleaner(self.pipeline)
        sites = SiteRegistry.from_dir(self.sites_dir)
        for document in data:
            with self.track_time():
                record = self._record(document, cleaner, sites)
            if record is None:
                continue
            document.text = record.pop("text")
            document.metadata = {**document.metadata, **record}
            self.stat_update("forwarded")
            self.update_doc_stats(document)
            yield document

    def _drop(self, reason: str) -> None:
        self.stat_update("dropped", f"dropped_{reason}")

    def _record(self, document: Document, cleaner: Cleaner, sites: SiteRegistry) -> dict | None:
        url = document.metadata.get("url")
        if not url:
            logger.warning(f"document {document.id}: no url in its metadata, dropped")
            self._drop("no_url")
            return None
        site = sites.for_url(url)
        try:
            record = cleaner.clean(
                document.text,
                url,
                fetched_at=document.metadata.get("date"),
                site=site.hints() if site else None,
            )
        except PageError as exc:
            logger.warning(f"unreadable page {exc}")
            self._drop("unreadable_page")
            return None
        except Exception as exc:
            logger.exception(f"cleaning failed on {url}: {type(exc).__name__}: {exc}")
            self._drop("cleaning_error")
            return None
        if cleaner.article_problem(record):
            self._drop("not_an_article")
            return None
        return record


class WarcPagesReader(BaseDiskReader):
    """The HTML pages of WARC files (.warc, .warc.gz) as documents: text is the decoded HTML,
    metadata `url` and `date` (WARC-Date), id the WARC-Record-ID.

    `hosts` (comma-separated or a list; each host and its subdomains) and `url_regex` keep only
    those pages. Records passed over are counted as `skipped_<reason>` (see spiders/warc.py);
    damage and unreadable bodies are logged as warnings naming the file.
    """

    name = "🕷 WARC pages (republished-news)"

    def __init__(
        self,
        data_folder,
        paths_file=None,
        hosts: str | list[str] | None = None,
        url_regex: str | None = None,
        limit: int = -1,
        skip: int = 0,
        file_progress: bool = False,
        doc_progress: bool = False,
        default_metadata: dict | None = None,
        recursive: bool = True,
        glob_pattern: str | None = None,
        shuffle_files: bool = False,
    ):
        super().__init__(
            data_folder,
            paths_file,
            limit=limit,
            skip=skip,
            file_progress=file_progress,
            doc_progress=doc_progress,
            default_metadata=default_metadata,
            recursive=recursive,
            glob_pattern=glob_pattern,
            shuffle_files=shuffle_files,
        )
        self.url_filter = UrlFilter.from_options(hosts, url_regex)

    def read_file(self, filepath: str) -> Iterator[Document]:
        with self.data_folder.open(filepath, "rb") as stream:
            pages = WarcPages(
                stream,
                self.url_filter,
                report=lambda problem: logger.warning(f"{filepath}: {problem}"),
                name=filepath,
            )
            for page in pages:
                with self.track_time():
                    data = {
                        "text": page.text(),
                        "id": page.record_id or f"{filepath}/{page.offset}",
                        "url": page.url,
                        "date": page.date,
                    }
                    document = self.get_document_from_dict(data, filepath, page.offset)
                if document:
                    yield document
        for reason, count in pages.skipped.items():
            self.stat_update(f"skipped_{reason}", value=count)
