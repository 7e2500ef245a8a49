"""`jixiao sql` is safe by construction: DuckDB itself refuses to read any file but the warehouse's current tables
or to write any file (external access off, those files the only allowed paths, configuration locked), and
statements are classified by DuckDB's parser. One test per attack that worked on main at 4debc02."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from jixiao.flows.cli import main
from jixiao.warehouse import ReadOnlyQueryError, connect, run_read_only

from tests.conftest import SAMPLE_PDF


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from jixiao.warehouse import Warehouse

    from jixiao.ingest.pipeline import process_document

    root = tmp_path_factory.mktemp("guarded") / "warehouse"
    assert process_document(SAMPLE_PDF, Warehouse(root)).loaded
    from jixiao.ingest.identities import rebuild_identities

    rebuild_identities(str(root))  # (as a run does: `check` would otherwise report the identities unbuilt)
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
        # The engine lets COPY overwrite an allowed file in place (no temporary file): only the parser's refusal
        # of COPY stands between this and a rewritten warehouse file, in every spelling of EXPLAIN ANALYZE.
        "COPY (SELECT * FROM reports LIMIT 0) TO '{report_file}' (FORMAT parquet, USE_TMP_FILE false)",
        "EXPLAIN /* note */ ANALYZE COPY (SELECT 1) TO '{report_file}' (FORMAT parquet, USE_TMP_FILE false)",
        "EXPLAIN\n-- note\nANALYZE COPY (SELECT 1) TO '{report_file}' (FORMAT parquet, USE_TMP_FILE false)",
        "EXPLAIN (ANALYZE) COPY (SELECT 1) TO '{report_file}' (FORMAT parquet, USE_TMP_FILE false)",
        "CALL pragma_version()",
        "LOAD httpfs",
        "CREATE SECRET s (TYPE s3, KEY_ID 'a', SECRET 'b')",
        "RESET lock_configuration",
        "SET GLOBAL enable_external_access = true",
        "PIVOT reports ON fiscal_year USING count(*)",
    ],
)
def test_statements_that_are_not_queries_are_refused(warehouse: Path, attack: str) -> None:
    before = _files(warehouse)
    [report_file] = warehouse.glob("reports/fiscal_year=*/*.parquet")
    sizes = {path: path.stat().st_size for path in warehouse.rglob("*.parquet")}
    sql = attack.format(root=warehouse, report_file=report_file)
    with pytest.raises((ReadOnlyQueryError, duckdb.ParserException)) as refused:
        run_read_only(warehouse, sql)
    # A statement DuckDB cannot parse is a failed query (1); one it parses but refuses is a usage error (2).
    assert main(["sql", sql, "--warehouse", str(warehouse)]) == (2 if refused.type is ReadOnlyQueryError else 1)
    assert _files(warehouse) == before and _count(warehouse) == 12
    assert {path: path.stat().st_size for path in warehouse.rglob("*.parquet")} == sizes


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


def test_duckdbs_temporary_directory_is_not_readable(
    warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """DuckDB allows its temporary directory (`.tmp` under the working directory) even with external access off:
    at 7c4eb75 `jixiao sql` read `.tmp/secret.txt` there and exited 0."""
    (tmp_path / ".tmp").mkdir()
    (tmp_path / ".tmp" / "secret.txt").write_text("s3cret\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for attack in ("SELECT content FROM read_text('.tmp/secret.txt')", "SELECT * FROM glob('.tmp/*')"):
        assert main(["sql", attack, "--warehouse", str(warehouse)]) == 2
        captured = capsys.readouterr()
        assert "only the warehouse's own tables" in captured.err and "s3cret" not in captured.out


def test_the_engine_itself_refuses_what_the_parser_would_let_through(
    warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection behind `jixiao sql`, used directly (no statement classified): no file written outside the
    warehouse, no setting changed, no extension installed or loaded on demand."""
    (tmp_path / ".tmp").mkdir()
    monkeypatch.chdir(tmp_path)
    connection = connect(warehouse)
    for statement in (
        f"COPY (SELECT 1) TO '{tmp_path}/out.csv'",
        "COPY (SELECT 1) TO '.tmp/out.csv'",
        f"ATTACH '{tmp_path}/attached.db'",
        f"PRAGMA import_database('{warehouse}')",
        "SET enable_external_access = true",
        "SET temp_directory = '/tmp'",
        "SET autoload_known_extensions = true",
        "INSTALL httpfs",
        f"SELECT * FROM sqlite_scan('{tmp_path}/x.db', 't')",
    ):
        with pytest.raises(duckdb.Error):
            connection.execute(statement)
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / ".tmp" / "out.csv").exists()


# -- issue 23: the forms a statement classifier missed at 0ba6f84, and limits -----------------------------------------


@pytest.mark.parametrize(
    "attack",
    [
        # Every figure of a report ×1000 in its metrics file, and `check` saw nothing (0ba6f84).
        "WITH x AS (COPY (SELECT * REPLACE (value * 1000 AS value) FROM metrics) TO '{data_file}' "
        "(FORMAT parquet, USE_TMP_FILE false)) SELECT 1",
        # The same file as source and target: cut to 0 bytes.
        "WITH x AS (COPY (SELECT * FROM read_parquet('{data_file}')) TO '{data_file}' "
        "(FORMAT parquet, USE_TMP_FILE false)) SELECT 1",
        "SELECT * FROM (WITH y AS (COPY (SELECT 1) TO '{root}/x.csv') SELECT 1)",
        "SELECT * FROM query('COPY (SELECT 1) TO ''{root}/y.csv''')",
        "SELECT * FROM query('SELECT * FROM read_parquet(''{data_file}'')')",
        "SELECT * FROM query_table('read_text')",
        "SELECT count(*) FROM read_parquet('{data_file}')",
    ],
)
def test_no_statement_form_reaches_a_path(warehouse: Path, attack: str) -> None:
    """The views read Arrow data this process handed to DuckDB, and DuckDB's external access is off entirely: no
    CTE, subquery or query() can name a file of the warehouse (or any other) to read or write it."""
    [data_file] = [path for path in warehouse.glob("metrics/fiscal_year=*/*.parquet")]
    before = {path: path.read_bytes() for path in warehouse.rglob("*") if path.is_file()}
    values = run_read_only(warehouse, "SELECT sum(value) FROM metrics").fetchall()
    code = main(["sql", attack.format(root=warehouse, data_file=data_file), "--warehouse", str(warehouse)])
    assert code in (1, 2)
    assert {path: path.read_bytes() for path in warehouse.rglob("*") if path.is_file()} == before
    assert run_read_only(warehouse, "SELECT sum(value) FROM metrics").fetchall() == values
    assert main(["check", "--warehouse", str(warehouse)]) == 0


def test_a_query_past_its_time_limit_is_stopped_in_one_sentence(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding: a cross join ran 40 s (no limit)."""
    import time

    cross = "SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range < 0"
    started = time.monotonic()
    assert main(["sql", cross, "--timeout", "1", "--warehouse", str(warehouse)]) == 2
    assert time.monotonic() - started < 20
    error = capsys.readouterr().err.strip()
    assert "stopped after 1 s, its time limit" in error and len(error.splitlines()) == 1


def test_a_query_past_its_memory_limit_is_stopped_in_one_sentence(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding: `string_agg` reached 3 GB (no limit)."""
    big = "SELECT length(string_agg(repeat('x', 1000), ',')) FROM range(3000000)"
    assert main(["sql", big, "--max-memory-mb", "200", "--warehouse", str(warehouse)]) == 2
    error = capsys.readouterr().err.strip()
    assert "more than 200 MB, its memory limit" in error and len(error.splitlines()) == 1
