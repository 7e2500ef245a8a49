"""A real PostgreSQL server for the tests: `initdb` in a temporary folder, the postmaster started on a free loopback
port (and a unix socket in that folder), password authentication (scram-sha-256), stopped by its process id.

Debian's `postgresql` package (`make postgres`) puts the server in /usr/lib/postgresql/<version>/bin. PostgreSQL
refuses to run as root: where the tests run as root, the server runs as the package's `postgres` user."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.processes import free_port

USER = "jixiao"
DATABASE = "jixiao"


def server_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (None: not installed)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda path: int(path.parent.parent.name))
    return found[-1].parent if found else None


@dataclass(frozen=True)
class Server:
    port: int
    password: str
    pid: int

    def url(self, database: str = DATABASE) -> str:
        return f"postgresql://{USER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = DATABASE):  # type: ignore[no-untyped-def]
        import psycopg2

        return psycopg2.connect(host="127.0.0.1", port=self.port, user=USER, password=self.password, dbname=database)


@contextlib.contextmanager
def postgres_server() -> Iterator[Server]:
    binaries = server_binaries()
    assert binaries is not None, "PostgreSQL is not installed (`make postgres`)"
    folder = Path(tempfile.mkdtemp(prefix="jixiao-postgres-"))
    owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
    password = "pw-" + os.urandom(8).hex()
    (folder / "password").write_text(password)
    if owner is not None:
        for path in (folder, folder / "password"):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    user = owner.pw_name if owner is not None else None
    log = open(folder / "server.log", "wb")  # noqa: SIM115 (closed below)
    process = None
    try:
        subprocess.run(
            [
                str(binaries / "initdb"),
                "-D",
                str(folder / "data"),
                "-U",
                USER,
                "--auth=scram-sha-256",
                f"--pwfile={folder / 'password'}",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
            check=True,
            stdout=log,
            stderr=log,
            user=user,
        )
        port = free_port()
        process = subprocess.Popen(
            [
                str(binaries / "postgres"),
                "-D",
                str(folder / "data"),
                "-p",
                str(port),
                "-k",
                str(folder),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
            ],
            stdout=log,
            stderr=log,
            user=user,
        )
        server = Server(port, password, process.pid)
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = server.connect("postgres")
                break
            except Exception:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((folder / "server.log").read_text(errors="replace")[-2000:]) from None
                time.sleep(0.1)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {DATABASE}")
        connection.close()
        yield server
    finally:
        if process is not None and process.poll() is None:
            os.kill(process.pid, signal.SIGINT)  # fast shutdown: clients disconnected, then a clean stop
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)
