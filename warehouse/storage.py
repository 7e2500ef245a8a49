"""Where the warehouse's files live: a local folder, or any fsspec filesystem URL (s3://, gs://, abfs://, memory://).

The tables are Delta Lake tables, read and written by delta-rs through the URI and options a Storage gives
(`path`, `delta_options`). The rest (originals in raw/, the choices people made, the HTTP state of URL sources)
are plain files in paths relative to the warehouse root: locally written to a temporary file, fsynced and renamed
over the target; on object storage written whole by one PUT. Writers are serialised: locally by an exclusive
file lock, on object storage within this process (a warehouse on object storage takes one writing process at a
time, which the ingest flow is: it loads every document itself; workers and Dask clusters only read PDFs). Delta
commits are atomic per table; what makes a write atomic across tables is the reports table (warehouse/snapshot.py).
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

    def delete(self, relative: str) -> None:
        (self.root / relative).unlink(missing_ok=True)

    def delete_tree(self, relative: str) -> None:
        import shutil

        shutil.rmtree(self.root / relative, ignore_errors=True)

    def glob(self, pattern: str) -> list[str]:
        """Relative paths of the files matching `pattern` (`**` for any depth), sorted."""
        return sorted(str(path.relative_to(self.root)) for path in self.root.glob(pattern) if path.is_file())

    def delta_options(self) -> dict[str, str] | None:
        return None

    def arrow_filesystem(self, relative: str) -> tuple[Any, str]:
        """(pyarrow file system, base path) of a folder's files."""
        from pyarrow.fs import LocalFileSystem

        return LocalFileSystem(), str(self.root / relative)

    @contextmanager
    def locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as lock_file:
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock_file.fileno(), fcntl.LOCK_UN)


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

    def arrow_filesystem(self, relative: str) -> tuple[Any, str]:
        """(pyarrow file system, base path) of a folder's files: fsspec's, wrapped for pyarrow."""
        from pyarrow.fs import FSSpecHandler, PyFileSystem

        return PyFileSystem(FSSpecHandler(self.fs)), self._full(relative)

    def delta_options(self) -> dict[str, str] | None:
        """delta-rs's object-store options: credentials, region and endpoint come from the same AWS_* variables
        s3fs reads; a plain-HTTP endpoint (a local S3 server) must be allowed explicitly. One writing process at a
        time (see above), so the commit's rename needs no external lock."""
        if not self.url.startswith(("s3://", "s3a://")):
            return None
        options = {"AWS_S3_ALLOW_UNSAFE_RENAME": "true"}
        endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
        if endpoint:
            options["AWS_ENDPOINT_URL"] = endpoint
            if endpoint.startswith("http://"):
                options["AWS_ALLOW_HTTP"] = "true"
        region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        if region:
            options["AWS_REGION"] = region
        return options

    @contextmanager
    def locked(self) -> Iterator[None]:
        with _PROCESS_LOCKS.setdefault(self.url, threading.RLock()):
            yield


Storage = LocalStorage | FsspecStorage


def storage_for(root: str | os.PathLike[str]) -> Storage:
    return FsspecStorage(str(root)) if is_url(root) else LocalStorage(root)
