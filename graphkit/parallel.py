"""Extraction in worker processes, in input order, with a bounded number of articles in flight.

Each worker is a fresh interpreter (the 'spawn' start method: nothing of the
parent's threads or open stores is inherited) that loads natasha's models
once, in its initializer, and then extracts one article per task. The parent
reads the articles (readers are cheap next to extraction) and keeps at most
`window` of them in flight, so input is streamed and memory stays flat
whatever the number of articles; results come back in input order, with each
`ReadError` in its place, so the output is the same as extracting in one process.

Each worker computes with one thread: natasha's numpy would otherwise start
a BLAS thread per core in every worker, and N workers with N threads each
run slower than one process (`limit_compute_threads`; the command line sets
the same limits for its own process, where one thread is as fast on natasha's
small matrices and does not spin against other processes).

Workers ignore SIGINT and SIGTERM: the parent decides when they stop (a
Ctrl-C reaches the whole process group, and `graphkit load` wants to finish
its batch first). A worker whose parent is gone (killed with SIGKILL) exits
by itself within a second: 'spawn' makes the workers the parent's own
children, so they see it go (with 'forkserver' they are the fork server's,
which lives as long as they do).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from types import TracebackType

from graphkit.errors import GraphkitError, ReadError
from graphkit.types import Article, Extraction

START_METHOD = "spawn"
ARTICLES_IN_FLIGHT_PER_JOB = 16
PARENT_CHECK_INTERVAL = 1.0
THREAD_LIMITS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

_worker_extractor = None


def limit_compute_threads() -> None:
    """One BLAS/OpenMP thread for numpy in this process (if numpy is not loaded yet) and in the processes it starts,
    unless the user set the limits."""
    for name in THREAD_LIMITS:
        os.environ.setdefault(name, "1")


def default_jobs() -> int:
    """The number of cores: the default of `--jobs`."""
    return os.cpu_count() or 1


def _start_worker() -> None:
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    from graphkit.pipeline import default_extractor

    _worker_extractor = default_extractor()


def _exit_with_parent(parent: int) -> None:
    """End this worker when its parent is gone (re-parented: the parent was killed)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_INTERVAL)
    os._exit(1)


def _extract(article: Article) -> Extraction | ReadError:
    from graphkit.pipeline import extract_or_error

    assert _worker_extractor is not None, "the worker's initializer has not run"
    return extract_or_error(_worker_extractor, article)


class ExtractionPool:
    """`jobs` worker processes that extract articles; use it as a context manager.

        with ExtractionPool(2) as pool:
            for item in pool.extract(iter_articles(["news/"])):
                ...
    """

    def __init__(self, jobs: int, *, window: int | None = None) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.jobs = jobs
        self.window = window or jobs * ARTICLES_IN_FLIGHT_PER_JOB
        limit_compute_threads()
        self._executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(START_METHOD), initializer=_start_worker)

    def extract(self, items: Iterable[Article | ReadError]) -> Iterator[Extraction | ReadError]:
        """Each article's `Extraction`, in input order; `ReadError`s are passed through in their place."""
        pending: deque[Future[Extraction | ReadError] | ReadError] = deque()
        try:
            for item in items:
                pending.append(item if isinstance(item, ReadError) else self._executor.submit(_extract, item))
                while pending and (len(pending) > self.window or is_ready(pending[0])):
                    yield outcome(pending.popleft())
            while pending:
                yield outcome(pending.popleft())
        finally:
            for item in pending:
                if isinstance(item, Future):
                    item.cancel()

    def close(self) -> None:
        """Stop the workers (after the articles they are extracting now)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()


def is_ready(item: Future[Extraction | ReadError] | ReadError) -> bool:
    return isinstance(item, ReadError) or item.done()


def outcome(item: Future[Extraction | ReadError] | ReadError) -> Extraction | ReadError:
    """The extraction a task gave (or the ReadError that held its place)."""
    if isinstance(item, ReadError):
        return item
    try:
        return item.result()
    except BrokenProcessPool as error:
        raise GraphkitError(f"an extraction worker stopped unexpectedly ({error}); run with --jobs 1 to see why") from error


def extract_in_workers(items: Iterable[Article | ReadError], jobs: int) -> Iterator[Extraction | ReadError]:
    """Extract in `jobs` worker processes, in input order.

    Workers start only when there are at least two articles: a single
    article is extracted in this process, which is faster than starting workers.
    """
    from graphkit.pipeline import extract_articles

    stream = iter(items)
    head: list[Article | ReadError] = []
    articles = 0
    for item in stream:
        head.append(item)
        articles += not isinstance(item, ReadError)
        if articles == 2:
            break
    if articles < 2:
        yield from extract_articles(head)
        return
    with ExtractionPool(jobs) as pool:
        yield from pool.extract(chain(head, stream))
