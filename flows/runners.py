"""Where the flow's document reads run: worker processes on this machine, or an existing Dask cluster.

Both give the flow the same thing: `submit(name, data, password, limits)` → a future whose `result()` is the
parsed document (or its failure) and raises what the read raised. On this machine a read is not a Prefect task:
a task run costs about 0.08 s of CPU per document in the flow and the API server together (measured on the bench
corpus), an eighth of a read, which on a 2-core machine is taken from the workers; the flow run and its
`ingest-summary` artifact still record every document. On Dask each read is a Prefect task of prefect-dask's
runner, which is how documents reach the cluster.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, Protocol, TypeVar

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.states import State

from flows.pipeline import DocumentFailure, Limits, read_document
from flows.reading import Parsed

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
    """Reads in this machine's worker processes (flows/isolation.py): one thread waits on each read in flight."""

    def __init__(self, workers: int) -> None:
        self._threads = ThreadPoolExecutor(max_workers=2 * workers, thread_name_prefix="read-document")

    def submit(self, name: str, data: bytes, password: str | None, limits: Limits) -> Future[Parsed | DocumentFailure]:
        return self._threads.submit(with_io_retries, read_document, data, password, limits)

    def __enter__(self) -> LocalReads:
        return self

    def __exit__(self, *exc: object) -> None:
        self._threads.shutdown(wait=True, cancel_futures=True)


def _failed_on_io(_task: Any, _run: TaskRun, state: State) -> bool:
    """Retry a document only when the failure was I/O; a broken PDF fails the same way every time."""
    try:
        state.result()
    except OSError:
        return True
    except BaseException:  # any other failure is final
        return False
    return False


@task(
    name="read-document",
    retries=IO_RETRIES,
    retry_delay_seconds=IO_RETRY_DELAY_SECONDS,
    retry_condition_fn=_failed_on_io,
    task_run_name="read {name}",
    cache_policy=NO_CACHE,  # the bytes are the input: hashing them for a cache key would cost more than it saves
)
def read_document_task(name: str, data: bytes, password: str | None, limits: Limits) -> Parsed | DocumentFailure:
    """Extract and parse one document on a Dask worker (in the worker's own process: see flows/isolation.py)."""
    return read_document(data, password, limits)


class DaskReads:
    """Reads as Prefect tasks of prefect-dask's runner, connected to an existing cluster."""

    def __init__(self, address: str) -> None:
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as error:  # an optional extra
            raise DaskUnavailable from error
        self._runner = DaskTaskRunner(address=address)

    def submit(self, name: str, data: bytes, password: str | None, limits: Limits) -> ReadFuture:
        parameters = {"name": name, "data": data, "password": password, "limits": limits}
        future: ReadFuture = self._runner.submit(read_document_task, parameters)
        return future

    def __enter__(self) -> DaskReads:
        self._runner.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._runner.__exit__(kind, error, trace)


def document_reads(workers: int, dask_address: str | None = None) -> LocalReads | DaskReads:
    """Local worker processes, or the Dask cluster at `dask_address`."""
    return DaskReads(dask_address) if dask_address else LocalReads(workers)


def dask_cluster_threads(dask_address: str) -> int:
    """How many tasks the cluster runs at once (the flow keeps twice as many in flight)."""
    try:
        from distributed import Client
    except ImportError as error:
        raise DaskUnavailable from error
    with Client(dask_address, timeout=30) as client:
        return max(1, sum(client.nthreads().values()))
