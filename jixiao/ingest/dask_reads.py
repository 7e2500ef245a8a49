"""Document reads on an existing Dask cluster: each read a Prefect task of prefect-dask's task runner."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.states import State

from jixiao.ingest.pipeline import DocumentFailure, Limits, read_document
from jixiao.ingest.reading import Parsed
from jixiao.ingest.runners import IO_RETRIES, IO_RETRY_DELAY_SECONDS, DaskUnavailable, ReadFuture


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
    """Extract and parse one document on a Dask worker (in the worker's own process: see jixiao/ingest/isolation.py)."""
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
