"""`jixiao serve` against a real Prefect server (`prefect server start` on loopback, as `make server` runs it):
the deployment is registered with its cron schedule; the server's scheduler creates a run by itself and it
completes; a run of it scans the watched folder and loads a PDF dropped there; the next run loads only what is
new; a run in which a document failed ends Failed. Server and serve process are stopped by their pids."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jixiao.warehouse import connect

from tests.bad_inputs import corrupt
from tests.conftest import ROOT, SAMPLE_PDF
from tests.helpers.processes import free_port, stop

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


def _wait(condition: Any, seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"gave up after {seconds:g} s waiting for {what}")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    environment = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
        # The scheduler service as shipped, looping every 10 s instead of 60 s so that a per-minute cron's first
        # run is created well within the test's bound.
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "10",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    log = open(home / "server.log", "wb")  # noqa: SIM115 (closed after the process)
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=environment,
        stdout=log,
        stderr=log,
    )

    def healthy() -> bool:
        assert server.poll() is None, (home / "server.log").read_text()
        try:
            return httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        _wait(healthy, 180, "the Prefect server")
        yield environment
    finally:
        stop(server)
        log.close()


def _api(environment: dict[str, str], path: str, body: dict[str, Any] | None = None) -> Any:
    """POST to the server; a 503 (its SQLite database busy while the scheduler writes) is retried."""
    for _ in range(20):
        response = httpx.post(environment["PREFECT_API_URL"] + path, json=body or {}, timeout=30)
        if response.status_code != 503:
            break
        time.sleep(1)
    response.raise_for_status()
    return response.json()


def _get(environment: dict[str, str], path: str) -> Any:
    response = httpx.get(environment["PREFECT_API_URL"] + path, timeout=30)
    response.raise_for_status()
    return response.json()


def _serve(environment: dict[str, str], tmp_path: Path, *options: str) -> subprocess.Popen[bytes]:
    log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115 (the process keeps it; closed with the test's tmp)
    return subprocess.Popen([str(BIN / "jixiao"), "serve", *options], env=environment, stdout=log, stderr=log)


def _reports(warehouse: Path) -> list[str]:
    if not (warehouse / "reports").exists():
        return []
    return [name for (name,) in connect(warehouse).execute("SELECT source_path FROM reports").fetchall()]


def test_serve_on_a_cron_schedule_loads_what_is_dropped_in(prefect_server: dict[str, str], tmp_path: Path) -> None:
    watched, warehouse = tmp_path / "incoming", tmp_path / "warehouse"
    watched.mkdir()
    log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115
    serving = subprocess.Popen(
        [
            str(BIN / "jixiao"),
            "serve",
            "--cron",
            "0 6 * * *",
            "--timezone",
            "Asia/Shanghai",
            "--source",
            str(watched),
            "--warehouse",
            str(warehouse),
            "--name",
            "nightly",
            "--publish",
            "duckdb",
        ],
        # Each run then publishes to a DuckDB file (configured the dlt way; dlt's working files kept here).
        env={
            **prefect_server,
            "DESTINATION__DUCKDB__CREDENTIALS": str(tmp_path / "published.duckdb"),
            "DLT_DATA_DIR": str(tmp_path / "dlt"),
        },
        stdout=log,
        stderr=log,
    )
    try:
        deployments = _wait(
            lambda: _api(prefect_server, "/deployments/filter", {"deployments": {"name": {"any_": ["nightly"]}}}),
            120,
            "the deployment",
        )
        [deployment] = deployments
        [schedule] = deployment["schedules"]
        assert schedule["schedule"]["cron"] == "0 6 * * *"
        assert schedule["schedule"]["timezone"] == "Asia/Shanghai"
        assert deployment["parameters"]["paths"] == [str(watched)]
        assert deployment["parameters"]["publish"] == "duckdb"

        def run_deployment() -> str:
            run = _api(prefect_server, f"/deployments/{deployment['id']}/create_flow_run")
            return str(run["id"])

        def finished(run_id: str) -> Any:
            assert serving.poll() is None, (tmp_path / "serve.log").read_text(errors="replace")
            response = httpx.get(f"{prefect_server['PREFECT_API_URL']}/flow_runs/{run_id}", timeout=30)
            state = response.json()["state"]["type"]
            return state if state in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None

        shutil.copy(SAMPLE_PDF, watched / "huzhou_2023.pdf")
        first = run_deployment()
        assert _wait(lambda: finished(first), 300, "the first run") == "COMPLETED"
        assert _reports(warehouse) == [str(watched / "huzhou_2023.pdf")]
        [(first_load,)] = connect(warehouse).execute("SELECT load_id FROM reports").fetchall()

        # A new report appears; the next run loads it and skips the one already loaded.
        shutil.copy(CORPUS / "synthetic_02_table_wan_ttf.pdf", watched / "new.pdf")
        second = run_deployment()
        assert _wait(lambda: finished(second), 300, "the second run") == "COMPLETED"
        assert sorted(_reports(warehouse)) == sorted([str(watched / "huzhou_2023.pdf"), str(watched / "new.pdf")])
        # The report already loaded was skipped, not loaded again.
        [(kept_load,)] = (
            connect(warehouse)
            .execute("SELECT load_id FROM reports WHERE source_path LIKE '%huzhou_2023.pdf'")
            .fetchall()
        )
        assert kept_load == first_load
        # Both runs published what they loaded.
        import duckdb

        with duckdb.connect(str(tmp_path / "published.duckdb"), read_only=True) as published:
            assert sorted(published.execute("SELECT source_path FROM jixiao.reports").fetchall()) == sorted(
                (path,) for path in _reports(warehouse)
            )
    finally:
        stop(serving)
        log.close()


def test_serve_refuses_without_a_server(tmp_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    result = subprocess.run(
        [str(BIN / "jixiao"), "serve", "--cron", "0 6 * * *", "--source", str(tmp_path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "make server" in result.stderr


def test_a_cron_schedule_fires_by_itself_and_a_failed_document_fails_the_run(
    prefect_server: dict[str, str], tmp_path: Path
) -> None:
    """Nothing triggers this run but the server's scheduler: a per-minute cron, a real `prefect server start`.
    One of the two documents is broken, so the run loads the other and ends Failed (not Completed), with the
    failure in its artifact."""
    watched, warehouse = tmp_path / "incoming", tmp_path / "warehouse"
    watched.mkdir()
    shutil.copy(SAMPLE_PDF, watched / "huzhou_2023.pdf")
    (watched / "broken.pdf").write_bytes(corrupt())
    serving = _serve(
        prefect_server,
        tmp_path,
        *("--cron", "* * * * *", "--source", str(watched), "--warehouse", str(warehouse), "--name", "every-minute"),
    )
    try:
        [deployment] = _wait(
            lambda: _api(prefect_server, "/deployments/filter", {"deployments": {"name": {"any_": ["every-minute"]}}}),
            120,
            "the deployment",
        )

        def finished_scheduled_run() -> Any:
            assert serving.poll() is None, (tmp_path / "serve.log").read_text(errors="replace")
            runs = _api(
                prefect_server, "/flow_runs/filter", {"flow_runs": {"deployment_id": {"any_": [deployment["id"]]}}}
            )
            done = [run for run in runs if run["state"]["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}]
            return done[0] if done else None

        run = _wait(finished_scheduled_run, 200, "a run created by the scheduler to finish")
        assert run["auto_scheduled"] is True  # made by the server's scheduler, not by hand
        assert run["state"]["type"] == "FAILED", run["state"]
        assert run["state"]["message"] == "1 of 2 documents failed: broken.pdf [corrupt_pdf]"
        assert _reports(warehouse) == [str(watched / "huzhou_2023.pdf")]
        [artifact] = _api(prefect_server, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run["id"]]}}})
        data = json.loads(artifact["data"]) if isinstance(artifact["data"], str) else artifact["data"]
        rows = {row["document"]: row for row in data}
        assert rows["broken.pdf"]["error_code"] == "corrupt_pdf" and rows["broken.pdf"]["message"]
        assert rows["huzhou_2023.pdf"]["loaded"] is True
        assert artifact["description"].startswith(
            "2 documents: 1 loaded, 0 skipped (already loaded by this parser version), 1 failed"
        )
    finally:
        stop(serving)
