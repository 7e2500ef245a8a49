"""Readers outside jixiao (issue 15): the tables are Delta Lake tables, so delta-rs alone (its SQL engine, pandas,
Arrow), as the README shows, gives the rows jixiao's own views give, before and after compaction and after a report
is loaded again (its old rows are not in the newest version)."""

from __future__ import annotations

from pathlib import Path

import pytest
from jixiao.warehouse import Warehouse, connect

from jixiao.ingest.batch import run_batch
from jixiao.ingest.pipeline import Limits
from tests.conftest import ROOT
from tests.helpers.delta import outside_count

SAMPLES = sorted(str(path) for path in (ROOT / "samples").glob("*.pdf"))  # (two of them are of 2023)


@pytest.mark.parametrize("compacted", [False, True])
def test_outside_readers_see_what_the_views_show(tmp_path: Path, compacted: bool, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import jixiao.warehouse.store

    monkeypatch.setattr(jixiao.warehouse.store, "COMPACT_MIN_FILES", 2 if compacted else 10_000)
    root = tmp_path / "w"
    run_batch(SAMPLES, str(root), Limits())
    run_batch(SAMPLES[:1], str(root), Limits(), force=True)  # one report loaded again: its old rows must go
    files = [path for path in Warehouse(root).table_files("project_evaluations") if "fiscal_year=2023" in path]
    assert len(files) == (1 if compacted else 2)
    for table in ("reports", "metrics", "grade_counts", "project_evaluations"):
        expected = connect(root).execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        assert expected > 0
        assert outside_count(root, table) == expected, table
