"""`jixiao sql` is safe by construction: DuckDB itself refuses to read any file but the warehouse's current tables
or to write any file (external access off, those files the only allowed paths, configuration locked), and
statements are classified by DuckDB's parser. One test per attack that worked on main at 4debc02."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.cli import main
from tests.conftest import SAMPLE_PDF
from warehouse import ReadOnlyQueryError, run_read_only


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from flows.pipeline import process_document
    from warehouse import Warehouse

    root = tmp_path_factory.mktemp("guarded") / "warehouse"
    assert process_document(SAMPLE_PDF, Warehouse(root)).loaded
    return root


def _files(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def _count(root: Path) -> int:
    return run_read_only(root, "SELECT count(*) FROM project_evaluations").fetchall()[0][0]


@pytest.mark.parametrize(
    "attack",
    [
        "EXPLAIN ANALYZE COPY (SELECT * FROM project_evaluations) "
        "TO '{root}/project_evaluations/fiscal_year=2023/forged.parquet' (FORMAT parquet)",
        "EXPLAIN ANALYZE COPY (SELECT 1) TO '{root}/reports/fiscal_year=2023/x.parquet' (FORMAT parquet)",
        "COPY (SELECT * FROM reports) TO '{root}/reports/fiscal_year=2023/x.parquet' (FORMAT parquet)",
        "EXPLAIN COPY (SELECT 1) TO '{root}/x.parquet'",
        "EXPLAIN ANALYZE SET enable_external_access = true",
        "EXPLAIN ANALYZE INSTALL httpfs",
        "SET lock_configuration = false",
        "INSTALL httpfs",
        "PRAGMA import_database('{root}')",
        "ATTACH '{root}/attached.db'",
        "EXPORT DATABASE '{root}/exported'",
        "CREATE TABLE t AS SELECT 1",
        "SELECT 1; COPY (SELECT 1) TO '{root}/x.csv'",
    ],
)
def test_statements_that_are_not_queries_are_refused(warehouse: Path, attack: str) -> None:
    before = _files(warehouse)
    with pytest.raises(ReadOnlyQueryError):
        run_read_only(warehouse, attack.format(root=warehouse))
    assert main(["sql", attack.format(root=warehouse), "--warehouse", str(warehouse)]) == 2
    assert _files(warehouse) == before and _count(warehouse) == 12


@pytest.mark.parametrize(
    "attack",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM read_blob('{root}/.lock')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM read_parquet('{root}/**/*.parquet')",
        "SELECT * FROM read_json_auto('{root}/_sources/http_state.json')",
    ],
)
def test_no_file_but_the_tables_can_be_read(warehouse: Path, attack: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", attack.format(root=warehouse), "--warehouse", str(warehouse)]) == 2
    assert "only the warehouse's own tables" in capsys.readouterr().err


def test_queries_still_work(warehouse: Path) -> None:
    assert run_read_only(
        warehouse, "WITH p AS (SELECT * FROM project_evaluations) SELECT count(*) FROM p"
    ).fetchall() == [(12,)]
    assert run_read_only(warehouse, "EXPLAIN SELECT * FROM reports").fetchall()
    assert ("reports",) in run_read_only(warehouse, "PRAGMA show_tables").fetchall()


def test_a_copy_of_the_warehouse_elsewhere_is_read_where_it_is(warehouse: Path, tmp_path: Path) -> None:
    moved = tmp_path / "moved"
    shutil.copytree(warehouse, moved)
    assert _count(moved) == 12
