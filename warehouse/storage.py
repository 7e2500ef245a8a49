"""Where the warehouse's files live: a local folder, or any fsspec filesystem URL (s3://, gs://, abfs://, memory://).

The store speaks only in paths relative to the warehouse root; a Storage turns them into file operations.
Locally a publish is write-to-temporary + fsync + rename, and loads are serialised by an exclusive file lock.
On object storage every object is written whole by one PUT (a reader never sees half a file), a move is
copy-then-delete (the journal makes a crash in between recoverable), and the lock is this process's: a
warehouse on object storage takes one writer at a time, which the ingest flow is (it loads every document
itself; workers and Dask clusters only read PDFs).
"""

from __future__ import annotations

import fcntl
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq


def is_url(root: str | os.PathLike[str]) -> bool:
    return "://" in str(root) and not str(root).startswith("file://")


class LocalStorage:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(str(root).removeprefix("file://"))

    def path(self, relative: str) -> str:
        return str(self.root / relative)

    def local_path(self, relative: str) -> Path:
        return self.root / relative

    def exists(self, relative: str = "") -> bool:
        return (self.root / relative).exists()

    def read_bytes(self, relative: str) -> bytes:
        return (self.root / relative).read_bytes()

    def write_bytes(self, relative: str, data: bytes) -> None:
        self._replace(relative, lambda temporary: temporary.write_bytes(data))

    def write_parquet(self, relative: str, table: pa.Table) -> None:
        self._replace(relative, lambda temporary: pq.write_table(table, temporary, compression="zstd"))

    def _replace(self, relative: str, write: Callable[[Path], object]) -> None:
        """Write next to the target, fsync, rename over it: a reader never sees half a file. (The folder is
        synced only where it matters: `sync` after a journal.)"""
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        write(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)

    def move(self, source: str, target: str) -> None:
        if (self.root / source).exists():
            (self.root / target).parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.root / source, self.root / target)

    def delete(self, relative: str) -> None:
        (self.root / relative).unlink(missing_ok=True)

    def delete_tree(self, relative: str) -> None:
        import shutil

        shutil.rmtree(self.root / relative, ignore_errors=True)

    def glob(self, pattern: str) -> list[str]:
        """Relative paths of the files matching `pattern` (`**` for any depth), sorted."""
        return sorted(str(path.relative_to(self.root)) for path in self.root.glob(pattern) if path.is_file())

    def signature(self, relative: str) -> tuple[int, int, int] | None:
        """Changes whenever the file is replaced (a rename gives a new inode)."""
        try:
            status = (self.root / relative).stat()
        except FileNotFoundError:
            return None
        return status.st_ino, status.st_mtime_ns, status.st_size

    def sync(self, relative: str) -> None:
        """Make a folder's renames durable (after a journal is written)."""
        _fsync_dir(self.root / relative)

    @contextmanager
    def locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as lock_file:
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock_file.fileno(), fcntl.LOCK_UN)

    def arrow_filesystem(self) -> tuple[Any, str]:
        return None, str(self.root)

    def duckdb_filesystem(self) -> Any:
        return None


_PROCESS_LOCKS: dict[str, threading.RLock] = {}


class FsspecStorage:
    def __init__(self, url: str) -> None:
        import fsspec

        self.url = url.rstrip("/")
        self.fs, self._base = fsspec.core.url_to_fs(self.url)
        self._base = self._base.rstrip("/")
        self.root = self.url  # for messages

    def path(self, relative: str) -> str:
        """The full URL of a file (what DuckDB and other readers are given)."""
        return f"{self.url}/{relative}" if relative else self.url

    def local_path(self, relative: str) -> None:
        return None

    def _full(self, relative: str) -> str:
        return f"{self._base}/{relative}" if relative else self._base

    def exists(self, relative: str = "") -> bool:
        return bool(self.fs.exists(self._full(relative)))

    def read_bytes(self, relative: str) -> bytes:
        return bytes(self.fs.cat_file(self._full(relative)))

    def write_bytes(self, relative: str, data: bytes) -> None:
        self.fs.pipe_file(self._full(relative), data)  # one PUT: the object appears whole or not at all

    def write_parquet(self, relative: str, table: pa.Table) -> None:
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        self.write_bytes(relative, sink.getvalue().to_pybytes())

    def move(self, source: str, target: str) -> None:
        if self.exists(source):
            self.fs.mv(self._full(source), self._full(target))

    def delete(self, relative: str) -> None:
        if self.exists(relative):
            self.fs.rm_file(self._full(relative))

    def delete_tree(self, relative: str) -> None:
        if self.exists(relative):
            self.fs.rm(self._full(relative), recursive=True)

    def glob(self, pattern: str) -> list[str]:
        self.fs.invalidate_cache()  # another process may have written since the last listing
        prefix = self._base + "/"
        found = self.fs.glob(self._full(pattern), detail=True)  # one listing, no request per file to ask its type
        return sorted(str(name).removeprefix(prefix) for name, info in found.items() if info.get("type") == "file")

    def signature(self, relative: str) -> None:
        """No cheap change signature here: always read again."""
        return None

    def sync(self, relative: str) -> None:
        """Object stores acknowledge a PUT once it is durable: nothing to do."""

    @contextmanager
    def locked(self) -> Iterator[None]:
        with _PROCESS_LOCKS.setdefault(self.url, threading.RLock()):
            yield

    def arrow_filesystem(self) -> tuple[Any, str]:
        from pyarrow.fs import FSSpecHandler, PyFileSystem

        return PyFileSystem(FSSpecHandler(self.fs)), self._base

    def duckdb_filesystem(self) -> Any:
        return self.fs


Storage = LocalStorage | FsspecStorage


def storage_for(root: str | os.PathLike[str]) -> Storage:
    return FsspecStorage(str(root)) if is_url(root) else LocalStorage(root)


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
