"""`jixiao publish` into real destinations: a PostgreSQL server started here (initdb in a temporary folder, stopped by
its pid), a DuckDB file, and the filesystem destination as Delta tables read back by deltalake, not by dlt or us.

Each destination sees the same history: a warehouse of three bundled sample reports is published; then a new report
is ingested, one is parsed again (`ingest --force`) and one deleted (`jixiao delete`), and it is published again.
After every publish the destination's rows equal, row for row and table by table, what `jixiao sql` returns
(the same read: warehouse.views over the pinned snapshot), with the columns' types and decimal precision of
warehouse/schemas.py. A publish killed (SIGKILL) while dlt loads, then run again, leaves the destination exact.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from jixiao.warehouse import schemas
from jixiao.warehouse.views import run_read_only

from tests.conftest import ROOT
from tests.helpers.postgres import postgres_server, server_binaries

pytestmark = pytest.mark.slow
JIXIAO = str(Path(sys.executable).with_name("jixiao"))
SAMPLES = ROOT / "samples"
FIRST = [
    SAMPLES / "synthetic_qingshan_2021.pdf",
    SAMPLES / "synthetic_qingshan_2022.pdf",
    SAMPLES / "huzhou_2023_report.pdf",
]
NEW = SAMPLES / "synthetic_qingshan_2023.pdf"
REPARSED = SAMPLES / "synthetic_qingshan_2021.pdf"
DELETED_REGION = "湖州市本级"
TABLES = sorted(schemas.ALL_TABLES)


def jixiao(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([JIXIAO, *map(str, args)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return done


def report_ids(root: Path, where: str) -> list[str]:
    return [row[0] for row in run_read_only(root, f"SELECT report_id FROM reports WHERE {where}").fetchall()]


@pytest.fixture(scope="module")
def warehouses(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`first`: three reports; `second`: a copy of it after a new report, a re-parse and a delete."""
    base = tmp_path_factory.mktemp("publish-warehouses")
    first, second = base / "first", base / "second"
    jixiao("ingest", *FIRST, "--warehouse", first)
    shutil.copytree(first, second)
    jixiao("ingest", NEW, "--warehouse", second)
    [reparsed] = report_ids(second, "fiscal_year = 2021")
    jixiao("ingest", REPARSED, "--force", "--warehouse", second)
    [deleted] = report_ids(second, f"region = '{DELETED_REGION}'")
    jixiao("delete", deleted, "--warehouse", second)
    [new] = report_ids(second, "fiscal_year = 2023")
    return {"first": first, "second": second, "new": new, "reparsed": reparsed, "deleted": deleted}


# -- comparing ------------------------------------------------------------------------------------------------------
def _value(value: Any, kind: pa.DataType) -> Any:
    if value is None:
        return None
    if pa.types.is_list(kind):
        items = json.loads(value) if isinstance(value, str) else list(value)
        return tuple(items)
    if pa.types.is_decimal(kind):
        return Decimal(value).quantize(Decimal(1).scaleb(-kind.scale))
    if pa.types.is_timestamp(kind):
        assert value.tzinfo is not None, value
        return value.astimezone(UTC)
    return value


def normalized(table: str, rows: list[tuple[Any, ...]]) -> Counter[tuple[Any, ...]]:
    kinds = [column.type for column in schemas.ALL_TABLES[table]]
    return Counter(tuple(_value(value, kind) for value, kind in zip(row, kinds, strict=True)) for row in rows)


def expected(root: Path, table: str) -> Counter[tuple[Any, ...]]:
    """`jixiao sql "SELECT <contract columns> FROM <table>"` (the same call the command makes)."""
    return normalized(table, run_read_only(root, f"SELECT {_columns(table)} FROM {table}").fetchall())


def _columns(table: str) -> str:
    return ", ".join(f'"{name}"' for name in schemas.ALL_TABLES[table].names)


def assert_same(root: Path, read: Any) -> None:
    """Every table at the destination holds exactly the warehouse's rows (bookkeeping columns aside)."""
    differences = {}
    for table in TABLES:
        want, got = expected(root, table), normalized(table, read(table))
        if want != got:
            differences[table] = {
                "missing": list((want - got).elements())[:3],
                "extra": list((got - want).elements())[:3],
            }
    assert differences == {}
    assert sum(len(read(table)) for table in TABLES) > 100  # (not an empty comparison)


def rows_of(root: Path, table: str, report_ids_: list[str]) -> int:
    listed = ", ".join(f"'{rid}'" for rid in report_ids_)
    return run_read_only(root, f"SELECT count(*) FROM {table} WHERE report_id IN ({listed})").fetchall()[0][0]


def assert_decimals(types: dict[str, dict[str, tuple[int, int]]]) -> None:
    """The destination's decimal columns have the contract's precision and scale."""
    for table, columns in types.items():
        for column in schemas.ALL_TABLES[table]:
            if pa.types.is_decimal(column.type):
                assert columns[column.name] == (column.type.precision, column.type.scale), (table, column.name)


# -- PostgreSQL -----------------------------------------------------------------------------------------------------
needs_postgres = pytest.mark.skipif(
    server_binaries() is None, reason="PostgreSQL is not installed here (`make postgres` installs Debian's package)"
)

POSTGRES_TYPES = {
    "string": "character varying",
    "int32": "integer",
    "bool": "boolean",
    "double": "double precision",
    "timestamp[us, tz=UTC]": "timestamp with time zone",
}


def postgres_reader(server: Any, dataset: str) -> Any:
    def read(table: str) -> list[tuple[Any, ...]]:
        with server.connect() as connection, connection.cursor() as cursor:
            cursor.execute(f"SELECT {_columns(table)} FROM {dataset}.{table}")
            return cursor.fetchall()

    return read


def postgres_types(server: Any, dataset: str) -> dict[str, dict[str, tuple[Any, ...]]]:
    with server.connect() as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name, data_type, numeric_precision, numeric_scale "
            "FROM information_schema.columns WHERE table_schema = %s",
            [dataset],
        )
        found: dict[str, dict[str, tuple[Any, ...]]] = {}
        for table, column, kind, precision, scale in cursor.fetchall():
            found.setdefault(table, {})[column] = (kind, precision, scale)
    return found


@needs_postgres
def test_publish_to_postgres(warehouses: dict[str, Any], tmp_path: Path) -> None:
    with postgres_server() as server:
        env = {**os.environ, "DESTINATION__POSTGRES__CREDENTIALS": server.url()}
        where = ["--pipelines-dir", tmp_path / "pipelines"]
        read = postgres_reader(server, "jixiao")

        first = jixiao("publish", "postgres", "--warehouse", warehouses["first"], *where, env=env)
        assert "3 reports sent, 0 deleted" in first.stdout
        assert_same(warehouses["first"], read)

        second = jixiao("publish", "postgres", "--warehouse", warehouses["second"], *where, env=env)
        # Only what changed: the new report and the re-parsed one, the deleted one's keys; both regions' identities.
        assert "2 reports sent, 1 deleted, 2 regions' identities" in second.stdout, second.stdout
        assert_same(warehouses["second"], read)
        assert not read("reports") or all(row[0] != warehouses["deleted"] for row in read("reports"))

        third = jixiao("publish", "postgres", "--warehouse", warehouses["second"], *where, env=env)
        assert "up to date" in third.stdout, third.stdout
        for done in (first, second, third):
            assert server.password not in done.stdout + done.stderr  # no credential in what is printed

        # The columns' types as in the contract: decimals with their precision and scale, lists as jsonb.
        types = postgres_types(server, "jixiao")
        for table in TABLES:
            for column in schemas.ALL_TABLES[table]:
                kind, precision, scale = types[table][column.name]
                if pa.types.is_decimal(column.type):
                    assert (kind, precision, scale) == ("numeric", column.type.precision, column.type.scale)
                elif pa.types.is_list(column.type):
                    assert kind == "jsonb"
                else:
                    assert kind == POSTGRES_TYPES[str(column.type)], (table, column.name, kind)
        # Chinese text intact, read by PostgreSQL itself.
        with server.connect() as connection, connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM jixiao.reports WHERE region = %s", ["青山市本级"])
            assert cursor.fetchone()[0] == 3


# -- DuckDB ---------------------------------------------------------------------------------------------------------
def duckdb_reader(path: Path, dataset: str) -> Any:
    import duckdb

    def read(table: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(path), read_only=True) as connection:
            return connection.execute(f"SELECT {_columns(table)} FROM {dataset}.{table}").fetchall()

    return read


def test_publish_to_duckdb(warehouses: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb
    from jixiao.warehouse.publish import publish

    target = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("DESTINATION__DUCKDB__CREDENTIALS", str(target))
    read = duckdb_reader(target, "jixiao")
    pipelines = tmp_path / "pipelines"

    first = publish(warehouses["first"], "duckdb", pipelines_dir=pipelines)
    assert (first.reports, first.changed_reports, first.deleted_reports) == (3, 3, 0)
    assert_same(warehouses["first"], read)

    second = publish(warehouses["second"], "duckdb", pipelines_dir=pipelines)
    assert (second.reports, second.changed_reports, second.deleted_reports) == (3, 2, 1)
    changed = [warehouses["new"], warehouses["reparsed"]]
    for table in schemas.REPORT_TABLES:  # exactly the two changed reports' rows were sent, no other report's
        assert second.rows.get(table, 0) == rows_of(warehouses["second"], table, changed), table
    assert second.rows["reports"] == 2
    assert_same(warehouses["second"], read)

    assert publish(warehouses["second"], "duckdb", pipelines_dir=pipelines).sent == 0
    with duckdb.connect(str(target), read_only=True) as connection:
        described = {
            table: {
                name: tuple(int(n) for n in kind.removeprefix("DECIMAL(").removesuffix(")").split(","))
                for name, kind, *_ in connection.execute(f"DESCRIBE jixiao.{table}").fetchall()
                if kind.startswith("DECIMAL")
            }
            for table in TABLES
        }
    assert_decimals(described)


def test_a_lost_working_folder_is_restored_from_the_destination(
    warehouses: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What was published is known from the destination itself (dlt's state there), not from a local folder: a
    publish from another machine (a new working folder) sends only what changed."""
    from jixiao.warehouse.publish import publish

    target = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("DESTINATION__DUCKDB__CREDENTIALS", str(target))
    publish(warehouses["first"], "duckdb", pipelines_dir=tmp_path / "machine-a")
    second = publish(warehouses["second"], "duckdb", pipelines_dir=tmp_path / "machine-b")
    assert (second.changed_reports, second.deleted_reports) == (2, 1)
    assert_same(warehouses["second"], duckdb_reader(target, "jixiao"))


# -- Delta (filesystem) ---------------------------------------------------------------------------------------------
def delta_reader(lake: Path, dataset: str) -> Any:
    """deltalake's own reader of the tables dlt wrote (neither dlt nor jixiao reads them here)."""
    from deltalake import DeltaTable

    def read(table: str) -> list[tuple[Any, ...]]:
        names = schemas.ALL_TABLES[table].names
        rows = DeltaTable(str(lake / dataset / table)).to_pyarrow_table(columns=names)
        return [tuple(row[name] for name in names) for row in rows.to_pylist()]

    return read


def test_publish_to_delta(warehouses: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deltalake import DeltaTable
    from jixiao.warehouse.publish import publish

    lake = tmp_path / "lake"
    monkeypatch.setenv("DESTINATION__FILESYSTEM__BUCKET_URL", lake.as_uri())
    read = delta_reader(lake, "jixiao")
    pipelines = tmp_path / "pipelines"

    first = publish(warehouses["first"], "filesystem", pipelines_dir=pipelines)
    assert first.changed_reports == 3
    assert_same(warehouses["first"], read)
    second = publish(warehouses["second"], "filesystem", pipelines_dir=pipelines)
    assert (second.changed_reports, second.deleted_reports) == (2, 1)
    assert_same(warehouses["second"], read)
    assert publish(warehouses["second"], "filesystem", pipelines_dir=pipelines).sent == 0

    # Delta's own schema: the contract's decimals and timestamps, lists as lists.
    found = {}
    for table in TABLES:
        schema = pa.schema(DeltaTable(str(lake / "jixiao" / table)).schema().to_arrow())
        found[table] = {f.name: (f.type.precision, f.type.scale) for f in schema if pa.types.is_decimal(f.type)}
        for column in schemas.ALL_TABLES[table]:
            kind = schema.field(column.name).type
            if pa.types.is_list(column.type):
                assert pa.types.is_list(kind) or pa.types.is_large_list(kind), (table, column.name, kind)
            if pa.types.is_timestamp(column.type):
                assert kind.tz is not None, (table, column.name, kind)
    assert_decimals(found)


# -- killed ---------------------------------------------------------------------------------------------------------
def killed_while_loading(command: list[str], env: dict[str, str], pipeline: Path) -> bool:
    """Start a publish and SIGKILL it once dlt has loaded part of its package (a job done, the package not yet
    loaded). True when the kill landed there, False when the publish finished first. The load's jobs run one at a
    time (dlt's LOAD__WORKERS=1): with its 20 threads all jobs could finish between two polls on an idle machine."""
    env = {**env, "LOAD__WORKERS": "1"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 300
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if any(pipeline.glob("load/normalized/*/completed_jobs/*")):
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
                return True
            time.sleep(0.002)
        return False
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()


def _kill_and_publish_again(root: Path, destination: str, env: dict[str, str], pipelines: Path, read: Any) -> None:
    command = [JIXIAO, "publish", destination, "--warehouse", str(root), "--pipelines-dir", str(pipelines)]
    pipeline = pipelines / f"jixiao_{destination}_jixiao"
    assert killed_while_loading(command, env, pipeline), "the publish finished before the kill"
    assert any(pipeline.glob("load/normalized/*")), "no load was left half done"
    again = jixiao(*command[1:], env=env)
    assert "a killed publish's load finished first" in again.stdout, again.stdout
    assert_same(root, read)
    assert "up to date" in jixiao(*command[1:], env=env).stdout


@needs_postgres
def test_a_killed_publish_to_postgres_is_exact_after_the_next(warehouses: dict[str, Any], tmp_path: Path) -> None:
    with postgres_server() as server:
        env = {**os.environ, "DESTINATION__POSTGRES__CREDENTIALS": server.url()}
        read = postgres_reader(server, "jixiao")
        _kill_and_publish_again(warehouses["first"], "postgres", env, tmp_path / "pipelines", read)
        _kill_and_publish_again(warehouses["second"], "postgres", env, tmp_path / "pipelines", read)


def test_a_killed_publish_to_delta_is_exact_after_the_next(warehouses: dict[str, Any], tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    env = {**os.environ, "DESTINATION__FILESYSTEM__BUCKET_URL": lake.as_uri()}
    read = delta_reader(lake, "jixiao")
    _kill_and_publish_again(warehouses["first"], "filesystem", env, tmp_path / "pipelines", read)
    _kill_and_publish_again(warehouses["second"], "filesystem", env, tmp_path / "pipelines", read)


def test_publish_refuses_an_unknown_destination_and_a_missing_warehouse(
    warehouses: dict[str, Any], tmp_path: Path
) -> None:
    base = [JIXIAO, "publish", "--warehouse", str(warehouses["first"]), "--pipelines-dir", str(tmp_path)]
    unknown = subprocess.run([*base[:2], "nosuchdb", *base[2:]], capture_output=True, text=True)
    assert unknown.returncode == 2 and "nosuchdb" in unknown.stderr, unknown.stderr
    missing = subprocess.run(
        [JIXIAO, "publish", "duckdb", "--warehouse", str(tmp_path / "none")], capture_output=True, text=True
    )
    assert missing.returncode == 2, missing.stderr
    # A destination that refuses: dlt's reason in one line, and the password in the credentials nowhere.
    from tests.helpers.processes import free_port

    refused = subprocess.run(
        [*base[:2], "postgres", *base[2:]],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "DESTINATION__POSTGRES__CREDENTIALS": f"postgresql://u:Secr3t-pw@127.0.0.1:{free_port()}/db",
        },
    )
    assert refused.returncode == 1, refused.stderr
    assert "Connection refused" in refused.stderr and "Secr3t-pw" not in refused.stdout + refused.stderr
