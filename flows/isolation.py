"""Run a document's extraction and parsing in a child process, with a time limit.

A pathological PDF can keep pdfminer busy for hours, and a broken one can crash PDFium: neither may take the run
down with it. One spawned worker process is reused across documents (start-up is paid once); on a time-out or a
crash it is killed and a fresh one starts for the next document.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")


class DocumentTimeout(Exception):
    code = "timeout"


class WorkerCrashed(Exception):
    code = "worker_crashed"


STARTUP_TIMEOUT_SECONDS = 300.0  # a new worker imports the libraries and loads jieba's dictionary


class IsolatedRunner:
    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def run(
        self,
        function: Callable[..., T],
        *args: Any,
        timeout: float | None,
        warm_up: Callable[[], None] | None = None,
    ) -> T:
        """Run `function(*args)` in the worker; `timeout` counts from the document, not from the worker's start-up
        (a fresh worker first runs `warm_up`, with its own generous limit)."""
        with self._lock:  # one document at a time per worker
            if self._executor is None:
                self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
                if warm_up is not None:
                    try:
                        self._executor.submit(warm_up).result(timeout=STARTUP_TIMEOUT_SECONDS)
                    except (FutureTimeout, BrokenProcessPool) as error:
                        self._kill()
                        raise WorkerCrashed("the worker process could not start") from error
            future = self._executor.submit(function, *args)
            try:
                return future.result(timeout=timeout)
            except FutureTimeout as error:
                self._kill()
                raise DocumentTimeout(f"gave up after {timeout:g} s (the per-document time limit)") from error
            except BrokenProcessPool as error:
                self._kill()
                raise WorkerCrashed("the worker process died while reading the document") from error

    def _kill(self) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        for process in list(getattr(executor, "_processes", {}).values()):
            process.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=True, cancel_futures=True)
                self._executor = None


RUNNER = IsolatedRunner()
atexit.register(RUNNER.close)
