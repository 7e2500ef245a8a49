"""Where the flow's document reads run: worker processes on this machine, or an existing Dask cluster.

Both give the flow the same thing: `submit(name, data, password, limits)` → a future whose `result()` is the
parsed document (or its failure) and raises what the read raised. On this machine a read is not a Prefect task:
a task run costs about 0.08 s of CPU per document in the flow and the API server together (measured on the bench
corpus), an eighth of a read, which on a 2-core machine is taken from the workers; the flow run and its
`ingest-summary` artifact still record every document. On Dask each read is a Prefect task of prefect-dask's
runner, which is how documents reach the cluster (jixiao/ingest/dask_reads.py: the only part that needs Prefect).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from jixiao.ingest.pipeline import DocumentFailure, Limits, read_document
from jixiao.ingest.reading import Parsed

if TYPE_CHECKING:
    from jixiao.ingest.dask_reads import DaskReads

MAX_DEFAULT_WORKERS = 4  # each worker holds the PDF engines and jieba's dictionary (≈ 83 MB after 40 bench reports)
IO_RETRIES = 2
IO_RETRY_DELAY_SECONDS = 1.0
T = TypeVar("T")


def default_workers() -> int:
    """One worker per core, up to four."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


class DaskUnavailable(RuntimeError):
    def __init__(self) -> None:
        super().__init__("--dask-address needs the `dask` extra: pip install 'jixiao[dask]'")


def with_io_retries(function: Callable[..., T], *args: Any) -> T:
    """`function(*args)`, tried again after an OSError (a file briefly gone, a full disk, no process to be had);
    the last OSError propagates. Any other error is final: a broken PDF fails the same way every time."""
    for attempt in range(IO_RETRIES + 1):
        try:
            return function(*args)
        except OSError:
            if attempt == IO_RETRIES:
                raise
            time.sleep(IO_RETRY_DELAY_SECONDS)
    raise AssertionError("unreachable")


class ReadFuture(Protocol):
    def result(self) -> Parsed | DocumentFailure: ...


class LocalReads:
    """Reads in this machine's worker processes (jixiao/ingest/isolation.py): one thread waits on each read in
    flight."""

    def __init__(self, workers: int) -> None:
        self._threads = ThreadPoolExecutor(max_workers=2 * workers, thread_name_prefix="read-document")

    def submit(self, name: str, data: bytes, password: str | None, limits: Limits) -> Future[Parsed | DocumentFailure]:
        return self._threads.submit(with_io_retries, read_document, data, password, limits)

    def __enter__(self) -> LocalReads:
        return self

    def __exit__(self, *exc: object) -> None:
        self._threads.shutdown(wait=True, cancel_futures=True)


class InProcessReads:
    """Reads in this process, one at a time, when submitted (the Python API's default): no worker process to
    start, so a plain script or a notebook cell needs no `__main__` guard. The PDF engines are not thread-safe,
    hence no threads; no time or memory limit either (those need a process that can be stopped)."""

    def __init__(self, limits: Limits) -> None:
        self._limits = Limits(limits.max_bytes, limits.max_pages, None, limits.max_memory_mb)

    def submit(self, name: str, data: bytes, password: str | None, limits: Limits) -> Future[Parsed | DocumentFailure]:
        future: Future[Parsed | DocumentFailure] = Future()
        try:
            future.set_result(with_io_retries(read_document, data, password, self._limits))
        except Exception as error:  # the batch meets it at result(), as it would a worker's
            future.set_exception(error)
        return future

    def __enter__(self) -> InProcessReads:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def document_reads(workers: int, dask_address: str | None = None) -> LocalReads | DaskReads:
    """Local worker processes, or the Dask cluster at `dask_address` (a Prefect task runner: imports Prefect)."""
    if dask_address:
        from jixiao.ingest.dask_reads import DaskReads

        return DaskReads(dask_address)
    return LocalReads(workers)


def dask_cluster_threads(dask_address: str) -> int:
    """How many tasks the cluster runs at once (the flow keeps twice as many in flight)."""
    try:
        from distributed import Client
    except ImportError as error:
        raise DaskUnavailable from error
    with Client(dask_address, timeout=30) as client:
        return max(1, sum(client.nthreads().values()))
