"""Readers outside jixiao (issue 15): the current tables read with DuckDB's read_parquet, pandas and pyarrow
alone, as the README shows, give the rows jixiao's own views give, before and after compaction and after a report
is loaded again (its old rows are gone from the files, not just hidden by the views)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from flows.batch import run_batch
from flows.pipeline import Limits
from tests.conftest import ROOT
from warehouse import Warehouse, connect

SAMPLES = sorted(str(path) for path in (ROOT / "samples").glob("synthetic_qingshan_*.pdf"))


def _outside_counts(root: Path, table: str) -> tuple[int, int, int]:
    files = f"{root}/{table}/**/*.parquet"
    by_duckdb = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{files}', hive_partitioning = true)")
    by_pandas = len(pd.read_parquet(root / table))
    by_arrow = ds.dataset(root / table, format="parquet", partitioning="hive").count_rows()
    return by_duckdb.fetchone()[0], by_pandas, by_arrow  # type: ignore[index]


@pytest.mark.parametrize("compacted", [False, True])
def test_outside_readers_see_what_the_views_show(tmp_path: Path, compacted: bool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import warehouse.store

    monkeypatch.setattr(warehouse.store, "COMPACT_MIN_FILES", 1 if compacted else 10_000)
    root = tmp_path / "w"
    run_batch(SAMPLES, str(root), Limits())
    run_batch(SAMPLES[:1], str(root), Limits(), force=True)  # one report loaded again: its old rows must go
    if compacted:
        assert any("part-" in path for path in Warehouse(root).table_files("project_evaluations"))
    for table in ("reports", "metrics", "grade_counts", "project_evaluations"):
        expected = connect(root).execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
        assert expected > 0
        assert _outside_counts(root, table) == (expected, expected, expected), table
