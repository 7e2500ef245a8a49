"""Where the flow's document reads run: worker processes on this machine, or an existing Dask cluster."""

from __future__ import annotations

import os

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

MAX_DEFAULT_WORKERS = 4  # each worker holds the PDF engines and jieba's dictionary (≈ 136 MB after 40 bench reports)


def default_workers() -> int:
    """One worker per core, up to four."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))


class DaskUnavailable(RuntimeError):
    def __init__(self) -> None:
        super().__init__("--dask-address needs the `dask` extra: pip install 'jixiao[dask]'")


def task_runner(workers: int, dask_address: str | None = None) -> TaskRunner:  # type: ignore[type-arg]
    """Threads that each drive one worker process, or prefect-dask's runner connected to `dask_address`."""
    if dask_address:
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as error:  # an optional extra
            raise DaskUnavailable from error
        return DaskTaskRunner(address=dask_address)
    return ThreadPoolTaskRunner(max_workers=2 * workers)  # two documents in flight per worker


def dask_cluster_threads(dask_address: str) -> int:
    """How many tasks the cluster runs at once (the flow keeps twice as many in flight)."""
    try:
        from distributed import Client
    except ImportError as error:
        raise DaskUnavailable from error
    with Client(dask_address, timeout=30) as client:
        return max(1, sum(client.nthreads().values()))
