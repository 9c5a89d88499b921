"""Clean pages in worker processes: every core, and a page that kills its worker costs only itself.

Workers are forked from a fork server (a clean single-threaded process: the parent may be a
Scrapy process with threads) that has built the default cleaner and loaded its word lists
(cleaning/preload.py), so a worker starts in milliseconds and shares that memory. Where there is
no fork server (Windows) they are spawned and build their own. A script that uses the pool needs
the `if __name__ == "__main__":` guard.
A page whose cleaning crashes a worker (a segfault in a C library, the kernel's out-of-memory
killer) breaks the whole executor, and with it every page in flight: the executor is replaced
and those pages are tried once more in it; a page caught in a second crash is cleaned alone, in
a fresh process of its own, so the innocent ones come through and the page that crashes is
reported with the reason.
"""

import asyncio
import contextlib
import ctypes
import gc
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver, get_all_start_methods, get_context, parent_process
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, NamedTuple

from republished.cleaning.bounds import LARGE_PAGE_CHARS
from republished.cleaning.draft import SiteHints
from republished.cleaning.errors import ConfigError, PageError

if TYPE_CHECKING:
    from republished.cleaning.pipeline import Cleaner

_cleaner: "Cleaner | None" = None
#: Why the worker has no cleaner: a pipeline file or word list of the user's that does not load,
#: given back as each page's answer, so that the run ends with the file and key named.
_config_error: ConfigError | None = None
_derive: Callable[[dict], object] | None = None
#: The module the fork server imports before it forks the first worker.
PRELOAD = "republished.cleaning.preload"


def _release_memory() -> None:
    """glibc keeps the heap a big page grew, so a worker's memory would ratchet up with every
    outsized page; malloc_trim returns it (elsewhere there is nothing to do)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def all_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _start_worker(pipeline: str | None, derive: Callable[[dict], object] | None) -> None:
    # Imported here: the process that hands out the pages never loads the cleaner.
    from republished.cleaning.pipeline import load_cleaner

    global _cleaner, _config_error, _derive
    # The parent handles Ctrl-C (it reaches the whole process group) and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _cleaner = load_cleaner(pipeline)
    except ConfigError as exc:
        _config_error = exc
    _derive = derive
    gc.freeze()  # the word lists stay out of every full collection
    threading.Thread(target=_exit_with_parent, daemon=True).start()


def _exit_with_parent() -> None:
    """A worker whose parent was killed (kill -9, the out-of-memory killer) would wait on its
    queue for good, with its memory, and keep the fork server alive: it goes with the parent."""
    parent = parent_process()
    if parent is not None:
        wait([parent.sentinel])
        os._exit(1)


class Cleaned(NamedTuple):
    """A page cleaned in a worker: the record; when it is no article, why (the verdict needs
    the worker's cleaner); and the pool's `derive` of an article's record, or None."""

    record: dict
    problem: str | None
    derived: object


def _clean(html: str, url: str, fetched_at: str | None, site: SiteHints | None) -> Cleaned:
    if _config_error is not None:
        raise _config_error
    try:
        record = _cleaner.clean(html, url, fetched_at=fetched_at, site=site)
        problem = _cleaner.article_problem(record)
        derived = None
        if _derive is not None and problem is None:
            # An exception is left to the caller, which computes it again and reports it.
            with contextlib.suppress(Exception):
                derived = _derive(record)
        return Cleaned(record, problem, derived)
    finally:
        if len(html) > LARGE_PAGE_CHARS:
            _release_memory()


def start_worker_server():
    """The context workers are started in. Called early (the commands call it before Scrapy
    sets up), the fork server builds the cleaner while the caller does other work, not when
    the first page is submitted."""
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    context = get_context("forkserver")
    context.set_forkserver_preload([PRELOAD])
    forkserver.ensure_running()
    return context


class CleaningPool:
    """`await pool.clean(...)` gives what `Cleaner.clean` and `article_problem` give, from a worker.

    `derive`, a module-level function of an article's record, is computed in the worker too:
    work the caller would do on every record in its own process (a Scrapy process that hands
    out the pages of every core is a run's one serial part)."""

    def __init__(
        self, jobs: int, pipeline: str | None = None, derive: Callable[[dict], object] | None = None
    ):
        self.jobs, self.pipeline, self.derive = jobs, pipeline, derive
        self._executor = self._new_executor(jobs)
        #: How often a crashed worker broke the executor and it was replaced.
        self.restarts = 0

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=start_worker_server(),
            initializer=_start_worker,
            initargs=(self.pipeline, self.derive),
        )

    async def clean(
        self, html: str, url: str, fetched_at: str | None = None, site: SiteHints | None = None
    ) -> Cleaned:
        for _attempt in range(2):
            executor = self._executor
            try:
                return await asyncio.wrap_future(executor.submit(_clean, html, url, fetched_at, site))
            except BrokenProcessPool:
                if executor is self._executor:
                    executor.shutdown(wait=False, cancel_futures=True)
                    self._executor = self._new_executor(self.jobs)
                    self.restarts += 1
        return await self._alone(html, url, fetched_at, site)

    async def _alone(self, html, url, fetched_at, site) -> Cleaned:
        """One page in a process of its own: whether it is the page that crashes a worker."""
        executor = self._new_executor(1)
        try:
            return await asyncio.wrap_future(executor.submit(_clean, html, url, fetched_at, site))
        except BrokenProcessPool as exc:
            raise PageError(url, f"cleaning this page crashed its worker process ({exc})") from exc
        finally:
            executor.shutdown(wait=False)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
