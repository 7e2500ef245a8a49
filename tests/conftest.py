"""Shared fixtures. Prefect never touches the user's ~/.prefect: PREFECT_HOME is a temporary folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_PREFECT_HOME = tempfile.mkdtemp(prefix="jixiao-test-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "samples" / "huzhou_2023_report.pdf"
SAMPLE_TEXT = ROOT / "samples" / "source" / "huzhou_2023_report.txt"


@pytest.fixture(scope="session")
def sample_bytes() -> bytes:
    return SAMPLE_PDF.read_bytes()


@pytest.fixture(scope="session")
def sample_document(sample_bytes: bytes):  # type: ignore[no-untyped-def]
    from jixiao.extractors import extract_document

    return extract_document(sample_bytes)


@pytest.fixture(scope="session")
def sample_report(sample_document):  # type: ignore[no-untyped-def]
    from jixiao.parsers import parse_report

    return parse_report(sample_document.paragraphs)


@pytest.fixture(scope="session")
def prefect_harness():  # type: ignore[no-untyped-def]
    """A temporary Prefect API for flow tests (started once, about 15 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def dask_cluster(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A Dask scheduler and two single-threaded worker processes on loopback, stopped by their pids."""
    import subprocess
    import sys

    from tests.helpers.processes import free_port, stop

    dask = str(Path(sys.executable).with_name("dask"))
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = open(tmp_path / "dask.log", "wb")  # noqa: SIM115 (closed below, after the processes)
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], stdout=log, stderr=log
    )
    worker = subprocess.Popen(
        [dask, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
        stdout=log,
        stderr=log,
        cwd=Path(__file__).parent.parent,
    )
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        stop(worker)
        stop(scheduler)
        log.close()
