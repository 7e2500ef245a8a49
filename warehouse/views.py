"""DuckDB views over the warehouse's tables, as data this process hands to DuckDB: nothing in DuckDB reads a file.

Each table is read through delta-rs at the version the reports table names (one consistent snapshot for the whole
query, warehouse/snapshot.py) as an Arrow dataset, registered in an in-memory DuckDB whose external access is then
switched off and its configuration locked: no statement, in any form (a CTE, a subquery, `query()`), can name a
path, read one or write one. Each query has a time limit and a memory limit.

The same tables are readable without us: they are Delta Lake tables (see the README for Spark, Trino, Polars,
DuckDB).
"""

from __future__ import annotations

import atexit
import contextlib
import re
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb
from jixiao.warehouse import schemas
from jixiao.warehouse.snapshot import Snapshot, pin, region_bucket

# Per query, unless the caller says otherwise (`jixiao sql --timeout/--max-memory-mb`).
DEFAULT_QUERY_SECONDS = 60.0
DEFAULT_QUERY_MEMORY_MB = 1024


def _duck_type(arrow_type: object) -> str:
    text = str(arrow_type)
    if text.startswith("decimal128"):
        return "DECIMAL" + text.removeprefix("decimal128")
    if text.startswith("list<"):
        inner = text.removeprefix("list<item: ").removesuffix(">")
        return _duck_type(inner) + "[]"
    return {
        "string": "VARCHAR",
        "int32": "INTEGER",
        "bool": "BOOLEAN",
        "double": "DOUBLE",
        "timestamp[us, tz=UTC]": "TIMESTAMPTZ",
    }[text]


def _source_name(table: str) -> str:
    return f"__jixiao_{table}"


def _columns(table: str, stored: list[str] | None) -> str:
    """The contract's columns in its order; one the stored table lacks (added to the contract since) is NULL."""
    columns = []
    for field in schemas.ALL_TABLES[table]:
        if stored is not None and field.name in stored:
            columns.append(f'CAST("{field.name}" AS {_duck_type(field.type)}) AS "{field.name}"')
        else:
            columns.append(f'CAST(NULL AS {_duck_type(field.type)}) AS "{field.name}"')
    return ", ".join(columns)


def view_statements(stored: dict[str, list[str] | None]) -> dict[str, str]:
    """Each view's name → the statement that creates it, in an order that creates a view after those it reads.
    `stored` gives each table's stored columns (None: the table holds nothing yet: an empty relation)."""
    statements = {}
    for table in ["reports", "ingest_errors", *schemas.DERIVED_TABLES, *schemas.REPORT_TABLES]:
        columns = stored.get(table)
        source = f" FROM {_source_name(table)}" if columns is not None else " WHERE false"
        statements[table] = f"CREATE OR REPLACE VIEW {table} AS SELECT {_columns(table, columns)}{source}"
    for view in COMPARISON_VIEWS:
        statements[_VIEW_NAME.search(view)[1]] = view  # type: ignore[index]
    return statements


_VIEW_NAME = re.compile(r"CREATE OR REPLACE VIEW (\w+)")


def comparison_view_names() -> list[str]:
    """The views built over the tables (departments, compare_*), by name."""
    return [_VIEW_NAME.search(view)[1] for view in COMPARISON_VIEWS]  # type: ignore[index]


# A statement that lists or describes the catalogue (not a table by name) gets every view.
_CATALOGUE_WORDS = re.compile(r"information_schema|duckdb_\w+|\bshow\b|\bdescribe\b|\bsummarize\b|pragma", re.I)


def needed_views(statements: dict[str, str], sql: str) -> list[str]:
    """The views `sql` names, with the views they read, in creation order (all of them when `sql` asks about the
    catalogue): a connection binds only those, not all seventeen (≈ 0.25 s at 30,000 reports)."""
    if _CATALOGUE_WORDS.search(sql):
        return list(statements)
    words = {word.lower() for word in re.findall(r"\w+", sql)}
    wanted = {name for name in statements if name in words}
    for name in reversed(list(statements)):  # later views read earlier ones only
        if name in wanted:
            body = statements[name].split(" AS ", 1)[1]
            wanted |= {other for other in statements if other != name and re.search(rf"\b{other}\b", body)}
    return [name for name in statements if name in wanted]


# Views across reports and years (documented in the README; `jixiao compare` reads them). Latest versions only.
COMPARISON_VIEWS = [
    """CREATE OR REPLACE VIEW departments AS
       WITH named AS (
         SELECT r.region, r.fiscal_year, p.department_id, p.department AS canonical_name, p.department_raw AS alias
         FROM project_evaluations p JOIN reports r USING (report_id) WHERE r.is_latest AND p.department_id IS NOT NULL
         UNION ALL
         SELECT r.region, r.fiscal_year, u.department_id, u.department, coalesce(u.parent_department, u.unit_name)
         FROM unit_evaluations u JOIN reports r USING (report_id) WHERE r.is_latest AND u.department_id IS NOT NULL
         UNION ALL
         SELECT r.region, r.fiscal_year, m.canonical_id, m.canonical_name, m.name
         FROM mentions m JOIN reports r USING (report_id)
         WHERE r.is_latest AND m.kind = 'department' AND m.canonical_id IS NOT NULL)
       SELECT department_id, any_value(region) AS region, any_value(canonical_name) AS canonical_name,
              list(DISTINCT alias ORDER BY alias) AS aliases, min(fiscal_year) AS first_year,
              max(fiscal_year) AS last_year
       FROM named GROUP BY department_id""",
    """CREATE OR REPLACE VIEW compare_headline_metrics AS
       SELECT r.region, m.metric, r.fiscal_year, m.value, m.unit,
              m.value - lag(m.value) OVER (PARTITION BY r.region, m.metric ORDER BY r.fiscal_year) AS change,
              m.report_id, m.page, m.source_text
       FROM metrics m JOIN reports r USING (report_id) WHERE r.is_latest""",
    """CREATE OR REPLACE VIEW compare_grade_distribution AS
       SELECT r.region, r.fiscal_year, g.batch_type, coalesce(g.grade, g.grade_raw) AS grade, g.count,
              coalesce(g.share_pct, round(100.0 * g.count / sum(g.count) OVER
                (PARTITION BY r.report_id, g.batch_type), 2)) AS share_pct,
              g.report_id, g.page, g.source_text
       FROM grade_counts g JOIN reports r USING (report_id) WHERE r.is_latest""",
    """CREATE OR REPLACE VIEW compare_department_grades AS
       SELECT r.region, p.department_id, p.department, r.fiscal_year,
              string_agg(coalesce(p.grade, p.grade_raw, '—'), '、' ORDER BY p.seq) AS grades,
              count(*) AS projects,
              arg_min(p.report_id, p.page) AS report_id, min(p.page) AS page,
              arg_min(p.source_text, (p.page, p.seq)) AS source_text
       FROM project_evaluations p JOIN reports r USING (report_id)
       WHERE r.is_latest AND p.department_id IS NOT NULL
       GROUP BY ALL""",
    """CREATE OR REPLACE VIEW compare_projects AS
       SELECT l.region, l.project_id, pr.canonical_name, p.department, l.fiscal_year, p.project_name,
              coalesce(p.grade, p.grade_raw) AS grade, p.score, l.match, l.score AS match_score,
              p.amount_yuan, p.report_id, p.page, p.source_text
       FROM project_links l
       JOIN projects pr USING (project_id)
       JOIN reports r ON r.report_id = l.report_id AND r.is_latest
       JOIN project_evaluations p ON p.report_id = l.report_id AND p.project_name = l.project_name
            AND p.seq IS NOT DISTINCT FROM l.seq
       WHERE len(pr.years) > 1""",
]


# Connections still open when the interpreter exits are closed first, at exit: left to the interpreter's shutdown,
# DuckDB's native threads aborted a finished script now and then ("FATAL: exception not rethrown", SIGABRT; 2 of 5
# runs of a script that read one table).
_OPEN_CONNECTIONS: weakref.WeakSet[duckdb.DuckDBPyConnection] = weakref.WeakSet()


@atexit.register
def _close_open_connections() -> None:
    for connection in list(_OPEN_CONNECTIONS):
        with contextlib.suppress(duckdb.Error):
            connection.close()


def connect(
    root: str | Path,
    sql: str | None = None,
    region: str | None = None,
    snapshot: Snapshot | None = None,
    memory_mb: int = DEFAULT_QUERY_MEMORY_MB,
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse views over one snapshot (a local folder or an fsspec URL), locked down
    by the engine: its data are Arrow datasets this process registered, external access is off (no file, no
    extension, no temporary directory) and its configuration is locked, so no statement can undo that.

    With `sql`, only the views it names (and those they read) are created. With `region`, the tables hold only
    that region's rows (read and filtered here): every query must then filter on the region, as `jixiao compare`
    does."""
    connection = duckdb.connect(
        ":memory:",
        config={"temp_directory": "", "autoinstall_known_extensions": False, "autoload_known_extensions": False},
    )
    _OPEN_CONNECTIONS.add(connection)
    snapshot = snapshot or pin(root)
    everything = view_statements({table: [] for table in schemas.ALL_TABLES})
    names = needed_views(everything, sql) if sql is not None else list(everything)
    tables = {table for table in schemas.ALL_TABLES if table in names}
    stored: dict[str, list[str] | None] = {}
    report_ids = None
    for table in ["reports", *sorted(tables - {"reports"})]:
        if table not in tables:
            continue
        dataset = snapshot.dataset(table)
        if dataset is None:
            stored[table] = None
            continue
        source: Any = dataset
        if region is not None:
            source, report_ids = _region_rows(dataset, table, region, report_ids)
        connection.register(_source_name(table), source)
        stored[table] = list(dataset.schema.names)
    statements = view_statements(stored)
    for name in names:
        connection.execute(statements[name])
    connection.execute(f"SET memory_limit = '{int(memory_mb)}MB'")
    connection.execute("SET enable_external_access = false")
    connection.execute("SET lock_configuration = true")
    return connection


def _region_rows(dataset: Any, table: str, region: str, report_ids: list[str] | None) -> tuple[Any, list[str] | None]:
    """The rows of `region` (its reports' rows, for a table without a region column) as an Arrow table."""
    import pyarrow as pa
    import pyarrow.compute as pc

    names = dataset.schema.names
    if schemas.IDENTITY_BUCKET_KEY in names:  # (a derived table: the region's partition only)
        bucket = pc.field(schemas.IDENTITY_BUCKET_KEY) == region_bucket(region)
        rows = dataset.to_table(filter=bucket & (pc.field("region") == region), use_threads=False)
    elif "region" in names:
        rows = dataset.to_table(filter=pc.field("region") == region, use_threads=False)
    elif "report_id" in names and report_ids is not None:
        rows = dataset.to_table(filter=pc.field("report_id").isin(pa.array(report_ids, pa.string())))
    else:
        rows = dataset.to_table()
    if table == "reports":
        report_ids = rows.column("report_id").to_pylist()
    return rows, report_ids


class ReadOnlyQueryError(ValueError):
    """A statement that is not a query: `jixiao sql` only reads."""


_EXPLAIN = re.compile(r"^\s*EXPLAIN\s+(?P<analyze>ANALY[SZ]E\s+)?(?P<inner>.*)$", re.IGNORECASE | re.DOTALL)
# PRAGMAs that only describe: the tables, their columns, the version. (`import_database` runs SQL files.)
READ_ONLY_PRAGMAS = frozenset({"show_tables", "show_tables_expanded", "table_info", "show", "version", "database_size"})
_PRAGMA_NAME = re.compile(r"^\s*PRAGMA\s+(?P<name>\w+)", re.IGNORECASE)


def _refuse_unless_query(connection: duckdb.DuckDBPyConnection, statement: duckdb.Statement) -> None:
    kind = statement.type.name
    if kind == "SELECT":
        return
    if kind == "EXPLAIN":
        explained = _EXPLAIN.match(statement.query)
        if explained is None or explained["analyze"]:
            raise ReadOnlyQueryError("EXPLAIN ANALYZE runs its statement: use EXPLAIN, or run the query itself")
        for inner in connection.extract_statements(explained["inner"]):
            _refuse_unless_query(connection, inner)
        return
    if kind == "PRAGMA":
        name = _PRAGMA_NAME.match(statement.query)
        if name and name["name"].lower() in READ_ONLY_PRAGMAS:
            return
        raise ReadOnlyQueryError(f"only these PRAGMAs are allowed here: {', '.join(sorted(READ_ONLY_PRAGMAS))}")
    raise ReadOnlyQueryError(f"only queries are allowed here (SELECT, WITH, EXPLAIN), not {kind} statements")


def read_only_statements(connection: duckdb.DuckDBPyConnection, sql: str) -> list[duckdb.Statement]:
    """The statements of `sql` as DuckDB's own parser classifies them, all of which only read: SELECT (WITH …),
    EXPLAIN of a query (not EXPLAIN ANALYZE, which runs it), and PRAGMAs that describe. COPY, ATTACH, INSERT,
    CREATE, SET, INSTALL, EXPORT and every other kind are refused with ReadOnlyQueryError."""
    statements = connection.extract_statements(sql)
    if not statements:
        raise ReadOnlyQueryError("no SQL statement given")
    for statement in statements:
        _refuse_unless_query(connection, statement)
    return statements


READ_ATTEMPTS = 3
T = TypeVar("T")


_MISSING_TABLE = re.compile(r"Table with name (?P<name>\S+?) does not exist")
SUGGESTION_CUTOFF = 70  # rapidfuzz WRatio: `reprts` → reports 92, `errors` → ingest_errors 90, `foo` → none


class UnknownTable(duckdb.CatalogException):
    """A query names a table or view the warehouse does not have; the message suggests the closest of its own
    (DuckDB's suggestion comes from its system catalogue: `reprts` → pg_prepared_statements)."""


def warehouse_names() -> list[str]:
    """Every table and view a query can read."""
    return list(view_statements({table: [] for table in schemas.ALL_TABLES}))


def closest_names(name: str, names: list[str], limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    found = process.extract(name.lower(), names, scorer=fuzz.WRatio, limit=limit, score_cutoff=SUGGESTION_CUTOFF)
    return [match for match, _score, _index in found]


def _unknown_table(error: duckdb.CatalogException) -> UnknownTable | None:
    missing = _MISSING_TABLE.search(str(error))
    if missing is None:
        return None
    name = missing["name"].split(".")[-1].strip('"')
    names = warehouse_names()
    close = closest_names(name, names)
    hint = f"did you mean {', '.join(close)}?" if close else f"the warehouse has {', '.join(names)}"
    return UnknownTable(f"no table or view named {name!r} in the warehouse; {hint}")


class QueryLimitExceeded(Exception):
    """A query stopped at its time or memory limit (said in one sentence)."""


def read_only(
    root: str | Path,
    sql: str,
    run_last: Callable[[duckdb.DuckDBPyConnection, str], T],
    seconds: float = DEFAULT_QUERY_SECONDS,
    memory_mb: int = DEFAULT_QUERY_MEMORY_MB,
) -> tuple[duckdb.DuckDBPyConnection, T]:
    """Run SQL that only reads (see read_only_statements) on a new connection, within `seconds` and `memory_mb`;
    `run_last` runs the last statement's text. Returns the connection and what `run_last` returned.

    Opening the tables at the versions the reports table names can fail only if those versions' log was cleaned
    up meanwhile (after the retention period): the snapshot is then pinned anew."""
    from deltalake.exceptions import DeltaError

    for attempt in range(READ_ATTEMPTS):
        try:
            connection = connect(root, sql, memory_mb=memory_mb)
            break
        except DeltaError:
            if attempt == READ_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    statements = read_only_statements(connection, sql)
    timer = threading.Timer(seconds, connection.interrupt)
    timer.daemon = True
    timer.start()
    try:
        for statement in statements[:-1]:
            connection.execute(statement.query)
        return connection, run_last(connection, statements[-1].query)
    except duckdb.InterruptException as error:
        raise QueryLimitExceeded(f"the query was stopped after {seconds:g} s, its time limit") from error
    except duckdb.OutOfMemoryException as error:
        raise QueryLimitExceeded(f"the query needed more than {memory_mb} MB, its memory limit") from error
    except duckdb.CatalogException as error:
        unknown = _unknown_table(error)
        if unknown is None:
            raise
        raise unknown from error
    finally:
        timer.cancel()


def run_read_only(
    root: str | Path, sql: str, seconds: float = DEFAULT_QUERY_SECONDS, memory_mb: int = DEFAULT_QUERY_MEMORY_MB
) -> duckdb.DuckDBPyConnection:
    """Execute SQL that only reads; the last statement's result is on the returned connection."""
    connection, _ = read_only(root, sql, lambda connection, query: connection.execute(query), seconds, memory_mb)
    return connection
