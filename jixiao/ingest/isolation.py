"""Run a document's extraction and parsing in a child process, with a time limit.

A pathological PDF can keep pdfminer busy for hours, and a broken one can crash PDFium: neither may take the run
down with it. pdfplumber is CPU-bound and PDFium is not thread-safe, so parallel work needs processes anyway.

The pool holds N slots, each one spawned worker process reused across documents (start-up is paid once per
slot). A document takes a free slot; on a time-out or a crash only that slot's process is killed, and a fresh one
starts for its next document. Inside a daemonic process (a Dask worker) no child can be started: there the
function runs in the calling process, without a time limit (the cluster isolates the run instead).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.util
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")


class DocumentTimeout(Exception):
    code = "timeout"


class WorkerCrashed(Exception):
    code = "worker_crashed"


class MemoryLimitExceeded(Exception):
    code = "memory_limit"


PARENT_POLL_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """In a worker: exit as soon as the process that started it is gone, even when it was SIGKILLed, so that a
    killed run leaves no worker reading on and holding memory (one past its time limit once reached 3.6 GB after
    its run was gone). Watched by a thread: Linux's parent-death signal would fire when the *thread* that started
    the worker ends, and the pool's slots start their workers from short-lived reader threads."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


POLL_SECONDS = 0.1  # how often a busy worker's resident memory is read


def resident_bytes(pid: int) -> int:
    """A process's resident memory (Linux /proc; 0 where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


STARTUP_TIMEOUT_SECONDS = 300.0  # a new worker imports the libraries and loads jieba's dictionary


_MAIN_LOCK = threading.Lock()


@contextlib.contextmanager
def _without_main_script() -> Iterator[None]:
    """Start worker processes without the caller's script: spawn imports `__main__`'s file again in each worker,
    so a plain script or notebook export without an `if __name__ == "__main__":` guard ran its own top level — a
    whole ingest — once more in every worker. The workers need only this package's functions."""
    main = sys.modules.get("__main__")
    with _MAIN_LOCK:
        if main is None or getattr(main, "__file__", None) is None:
            yield
            return
        saved_file, saved_spec = main.__file__, getattr(main, "__spec__", None)
        del main.__file__
        main.__spec__ = None
        try:
            yield
        finally:
            main.__file__, main.__spec__ = saved_file, saved_spec


class _Slot:
    """One worker process, started on first use and replaced after a time-out or crash."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None

    def run(
        self,
        function: Callable[..., T],
        args: tuple[Any, ...],
        timeout: float | None,
        warm_up: Callable[[], None] | None,
        max_rss: int | None = None,
    ) -> T:
        starting = self._executor is None
        if starting:
            self._executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
            if warm_up is not None:
                try:
                    with _without_main_script():  # the process starts at its first task
                        self._executor.submit(warm_up).result(timeout=STARTUP_TIMEOUT_SECONDS)
                except (FutureTimeout, BrokenProcessPool) as error:
                    self.kill()
                    raise WorkerCrashed("the worker process could not start") from error
                starting = False
        with _without_main_script() if starting else contextlib.nullcontext():
            future = self._executor.submit(function, *args)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                return future.result(timeout=POLL_SECONDS if max_rss or deadline else None)
            except FutureTimeout as error:
                if deadline is not None and time.monotonic() > deadline:
                    self.kill()
                    raise DocumentTimeout(f"gave up after {timeout:g} s (the per-document time limit)") from error
                used = max((resident_bytes(pid) for pid in self._pids()), default=0)
                if max_rss and used > max_rss:
                    self.kill()
                    raise MemoryLimitExceeded(
                        f"the worker reading it used {used >> 20} MB, more than the limit of {max_rss >> 20} MB "
                        "(--max-memory-mb)"
                    ) from error
            except BrokenProcessPool as error:
                self.kill()
                raise WorkerCrashed("the worker process died while reading the document") from error

    def _pids(self) -> list[int]:
        return [process.pid for process in getattr(self._executor, "_processes", {}).values() if process.pid]

    @property
    def started(self) -> bool:
        return self._executor is not None

    def kill(self) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        for process in list(getattr(executor, "_processes", {}).values()):
            process.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


class WorkerPool:
    """Up to `size` documents at once, each in its own worker process."""

    def __init__(self, size: int = 1) -> None:
        # Last in, first out: a run that never needs two slots at once keeps reusing one warm worker, and the
        # others are never started.
        self._free: queue.LifoQueue[_Slot] = queue.LifoQueue()
        self._slots: list[_Slot] = []
        self._grow = threading.Lock()
        self.ensure_size(size)

    def started(self) -> int:
        """How many slots have a live worker process (slots start on first use)."""
        return sum(1 for slot in self._slots if slot.started)

    def ensure_size(self, size: int) -> None:
        """At least `size` slots (a pool never shrinks: idle workers cost memory only)."""
        with self._grow:
            while len(self._slots) < size:
                slot = _Slot()
                self._slots.append(slot)
                self._free.put(slot)

    def run(
        self,
        function: Callable[..., T],
        *args: Any,
        timeout: float | None,
        warm_up: Callable[[], None] | None = None,
        max_rss: int | None = None,
    ) -> T:
        """Run `function(*args)` in a free worker; `timeout` counts from the document, not from the worker's
        start-up (a fresh worker first runs `warm_up`, with its own generous limit). A worker whose resident
        memory passes `max_rss` bytes is killed (MemoryLimitExceeded) before it takes the machine's."""
        if multiprocessing.current_process().daemon:
            return function(*args)
        slot = self._free.get()  # blocks while every slot is busy
        try:
            return slot.run(function, args, timeout, warm_up, max_rss)
        finally:
            self._free.put(slot)

    def close(self) -> None:
        for slot in self._slots:
            slot.close()

    def __reduce__(self) -> tuple[Callable[[], WorkerPool], tuple[()]]:
        # Prefect ships the flow's function (and so its globals) to Dask workers: there the pool is that
        # process's own, never a copy of this one's processes.
        return _process_pool, ()


def _process_pool() -> WorkerPool:
    return RUNNER


RUNNER = WorkerPool()
# Stop the workers at exit. Not with atexit: inside a multiprocessing child (Prefect's runner executes each served
# flow run in one) the exit joins every non-daemonic child before atexit runs, so the run would never end. The
# priority is above that of multiprocessing's own queues (10), which must still carry the stop message.
multiprocessing.util.Finalize(None, RUNNER.close, exitpriority=100)
