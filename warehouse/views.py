"""DuckDB views over the Parquet tables: one view per table, showing each report's current load only.

`jixiao sql` and `jixiao show` read through these. The same data is readable without us:
`read_parquet('<warehouse>/<table>/**/*.parquet', hive_partitioning=true)`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse import schemas
from warehouse.storage import Storage, storage_for


def _source(storage: Storage, table: str) -> str:
    if not storage.glob(f"{table}/**/*.parquet"):
        # An empty table still has its columns: an empty relation with the contract's schema.
        columns = ", ".join(
            f"CAST(NULL AS {_duck_type(field.type)}) AS {field.name}" for field in schemas.ALL_TABLES[table]
        )
        return f"(SELECT {columns} WHERE false)"
    pattern = storage.path(f"{table}/**/*.parquet").replace("'", "''")
    if table in schemas.PARTITIONED_TABLES:
        # Without hive_types DuckDB would infer the year as BIGINT.
        options = "hive_partitioning=true, hive_types={'fiscal_year': 'INTEGER'}"
    else:
        options = "hive_partitioning=false"
    return f"read_parquet('{pattern}', {options}, union_by_name=true)"


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


def view_statements(storage: Storage) -> list[str]:
    statements = [
        # A report's newest row wins should two ever coexist (a load interrupted between rename and delete).
        f"""CREATE OR REPLACE VIEW reports AS
            SELECT * EXCLUDE (row_rank) FROM (
              SELECT *, row_number() OVER (PARTITION BY report_id ORDER BY ingested_at DESC) AS row_rank
              FROM {_source(storage, "reports")}) WHERE row_rank = 1""",
        f"CREATE OR REPLACE VIEW ingest_errors AS SELECT * FROM {_source(storage, 'ingest_errors')}",
        *(
            f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM {_source(storage, name)}"
            for name in schemas.DERIVED_TABLES
        ),
    ]
    for table in schemas.REPORT_TABLES:
        statements.append(
            f"""CREATE OR REPLACE VIEW {table} AS
                SELECT t.* FROM {_source(storage, table)} AS t
                SEMI JOIN reports AS r ON t.report_id = r.report_id AND t.load_id = r.load_id"""
        )
    statements += [view for view in COMPARISON_VIEWS]
    return statements


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
              m.value - lag(m.value) OVER (PARTITION BY r.region, m.metric ORDER BY r.fiscal_year) AS change
       FROM metrics m JOIN reports r USING (report_id) WHERE r.is_latest""",
    """CREATE OR REPLACE VIEW compare_grade_distribution AS
       SELECT r.region, r.fiscal_year, g.batch_type, coalesce(g.grade, g.grade_raw) AS grade, g.count,
              coalesce(g.share_pct, round(100.0 * g.count / sum(g.count) OVER
                (PARTITION BY r.report_id, g.batch_type), 2)) AS share_pct
       FROM grade_counts g JOIN reports r USING (report_id) WHERE r.is_latest""",
    """CREATE OR REPLACE VIEW compare_department_grades AS
       SELECT r.region, p.department_id, p.department, r.fiscal_year,
              string_agg(coalesce(p.grade, p.grade_raw, '—'), '、' ORDER BY p.seq) AS grades,
              count(*) AS projects
       FROM project_evaluations p JOIN reports r USING (report_id)
       WHERE r.is_latest AND p.department_id IS NOT NULL
       GROUP BY ALL""",
    """CREATE OR REPLACE VIEW compare_projects AS
       SELECT l.region, l.project_id, pr.canonical_name, p.department, l.fiscal_year, p.project_name,
              coalesce(p.grade, p.grade_raw) AS grade, p.score, l.match, l.score AS match_score
       FROM project_links l
       JOIN projects pr USING (project_id)
       JOIN reports r ON r.report_id = l.report_id AND r.is_latest
       JOIN project_evaluations p ON p.report_id = l.report_id AND p.project_name = l.project_name
            AND p.seq IS NOT DISTINCT FROM l.seq
       WHERE len(pr.years) > 1""",
]


def connect(root: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse views (a local folder or an fsspec URL). It never writes to it."""
    connection = duckdb.connect(":memory:")
    storage = storage_for(root)
    filesystem = storage.duckdb_filesystem()
    if filesystem is not None:
        connection.register_filesystem(filesystem)
    for statement in view_statements(storage):
        connection.execute(statement)
    return connection


class ReadOnlyQueryError(ValueError):
    """A statement that could change something: `jixiao sql` only reads."""


READ_ONLY_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA"}


def read_only_statements(connection: duckdb.DuckDBPyConnection, sql: str) -> list[duckdb.Statement]:
    """The statements of `sql`, all of which only read: SELECT (WITH …), EXPLAIN, PRAGMA.

    COPY, ATTACH, INSERT, CREATE and every other kind are refused with ReadOnlyQueryError.
    """
    statements = connection.extract_statements(sql)
    if not statements:
        raise ReadOnlyQueryError("no SQL statement given")
    for statement in statements:
        kind = statement.type.name
        if kind not in READ_ONLY_STATEMENTS:
            raise ReadOnlyQueryError(f"only queries are allowed here, not {kind} statements")
    return statements


READ_ATTEMPTS = 3
T = TypeVar("T")


def read_only(connection: duckdb.DuckDBPyConnection, sql: str, run_last: Callable[[str], T]) -> T:
    """Run SQL that only reads (see read_only_statements); `run_last` runs the last statement's text.

    A load committing at the same moment may delete a superseded file between DuckDB's listing of the files and
    its reading them; the query is then simply run again (the views never show a half-committed report).
    """
    statements = read_only_statements(connection, sql)
    for attempt in range(READ_ATTEMPTS):
        try:
            for statement in statements[:-1]:
                connection.execute(statement)
            return run_last(statements[-1].query)
        except duckdb.IOException:
            if attempt == READ_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def run_read_only(connection: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyConnection:
    """Execute SQL that only reads; the last statement's result is on the returned connection."""
    return read_only(connection, sql, connection.execute)
