"""Scale-out: documents read by N worker processes, or on a real Dask cluster (scheduler and workers started as
processes here and stopped by their pids), load exactly what one worker loads."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pytest
from jixiao.flows.cli import main
from jixiao.warehouse import connect

import jixiao.ingest.batch
import jixiao.ingest.pipeline
from jixiao.ingest.isolation import WorkerPool
from tests.helpers.processes import free_port

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
# Columns that differ between two loads of the same bytes by design (when, and which load).
RUN_COLUMNS = {"load_id", "ingested_at", "first_ingested_at", "occurred_at"}
COMPARED = ["reports", "metrics", "evaluation_batches", "grade_counts", "project_evaluations", "unit_evaluations"]


def _contents(root: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the compared views, run columns left out, sorted."""
    connection = connect(root)
    contents = {}
    for view in COMPARED:
        columns = [row[0] for row in connection.execute(f"DESCRIBE {view}").fetchall()]
        kept = ", ".join(f'"{column}"' for column in columns if column not in RUN_COLUMNS)
        contents[view] = sorted(connection.execute(f"SELECT {kept} FROM {view}").fetchall(), key=repr)
    return contents


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("documents")
    for pdf in sorted(CORPUS.glob("*.pdf"))[:8]:
        shutil.copy(pdf, folder / pdf.name)
    return folder


@contextmanager
def fresh_pool() -> Iterator[WorkerPool]:
    """The flow's worker pool replaced by a new one, so that what it started is this run's doing."""
    pool = WorkerPool()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(jixiao.ingest.pipeline, "RUNNER", pool)
            patch.setattr(jixiao.ingest.batch, "RUNNER", pool)
            yield pool
    finally:
        pool.close()


@pytest.fixture(scope="module")
def one_worker(prefect_harness, documents: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("one") / "warehouse"
    with fresh_pool() as pool:
        assert main(["ingest", str(documents), "--warehouse", str(root), "--workers", "1"]) == 0
        assert pool.started() == 1
    return root


def test_two_worker_processes_load_what_one_does(one_worker: Path, documents: Path, tmp_path: Path) -> None:
    root = tmp_path / "warehouse"
    with fresh_pool() as pool:
        assert main(["ingest", str(documents), "--warehouse", str(root), "--workers", "2"]) == 0
        # A free slot is taken last-in-first-out: a second process starts only when two documents are read at once.
        assert pool.started() == 2
    expected = _contents(one_worker)
    assert len(expected["reports"]) == 8 and len(expected["project_evaluations"]) > 30
    assert _contents(root) == expected


def _tasks_seen_by(address: str) -> int:
    from distributed import Client

    def count(dask_scheduler: Any) -> int:
        return sum(sum(prefix.state_counts.values()) for prefix in dask_scheduler.task_prefixes.values())

    with Client(address, timeout=30) as client:
        return int(client.run_on_scheduler(count))


@pytest.mark.slow
def test_dask_cluster_reads_what_one_worker_does(
    one_worker: Path, documents: Path, dask_cluster: str, tmp_path: Path
) -> None:
    root = tmp_path / "warehouse"
    with fresh_pool() as pool:
        assert main(["ingest", str(documents), "--warehouse", str(root), "--dask-address", dask_cluster]) == 0
        assert pool.started() == 0  # no local worker process was needed ...
    assert _tasks_seen_by(dask_cluster) >= 8  # ... every document was read on the cluster
    assert _contents(root) == _contents(one_worker)


def test_unreachable_dask_cluster_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    code = main(["ingest", str(CORPUS), "--warehouse", str(tmp_path / "wh"), "--dask-address", address])
    assert code == 2 and "jixiao ingest:" in capsys.readouterr().err
    assert time.monotonic() - started < 60
    assert not (tmp_path / "wh").exists()


def test_parquet_stays_readable_without_us(one_worker: Path) -> None:
    """Plain DuckDB (as Spark or Trino would) reads the hive-partitioned tables with no view of ours."""
    pattern = str(one_worker / "project_evaluations" / "fiscal_year=*" / "*.parquet")  # (not _delta_log/)
    [(rows,)] = duckdb.sql(f"SELECT count(*) FROM read_parquet('{pattern}', hive_partitioning=true)").fetchall()
    assert rows >= 30
