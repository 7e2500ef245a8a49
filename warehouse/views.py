"""DuckDB views over the Parquet tables: one view per table, showing each report's current load only.

`jixiao sql` and `jixiao show` read through these. The same data is readable without us:
`read_parquet('<warehouse>/<table>/**/*.parquet', hive_partitioning=true)`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse import schemas
from warehouse.layout import BUCKET, MEMBERS_KEY, PART, identity_bucket, is_part, named_report
from warehouse.storage import Storage, storage_for


def _listed_source(storage: Storage, table: str, files: list[str]) -> str:
    """A table's current files, named one by one: the connection may read exactly these and nothing else."""
    if not files:
        # An empty table still has its columns: an empty relation with the contract's schema.
        columns = ", ".join(
            f"CAST(NULL AS {_duck_type(field.type)}) AS {field.name}" for field in schemas.ALL_TABLES[table]
        )
        extra = ", CAST(NULL AS VARCHAR) AS filename" if table == "reports" else ""
        return f"(SELECT {columns}{extra} WHERE false)"
    listed = ", ".join("'" + storage.path(name).replace("'", "''") + "'" for name in files)
    if table in schemas.PARTITIONED_TABLES:
        # Without hive_types DuckDB would infer the year as BIGINT.
        options = "hive_partitioning=true, hive_types={'fiscal_year': 'INTEGER'}"
    else:
        options = "hive_partitioning=false"
    if table == "reports":
        # Report rows of older parser versions lack the newer columns (union_by_name reads every footer at bind,
        # so only here); the file name tells a report's own row from a part's during a load's last renames.
        options += ", union_by_name=true, filename=true"
    return f"read_parquet([{listed}], {options})"


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


def table_files(storage: Storage) -> dict[str, list[str]]:
    """Each table's Parquet files as they are now (relative paths)."""
    return {table: storage.glob(f"{table}/**/*.parquet") for table in schemas.ALL_TABLES}


def view_statements(storage: Storage, files: dict[str, list[str]] | None = None) -> dict[str, str]:
    """Each view's name → the statement that creates it, in an order that creates a view after those it reads."""
    files = files if files is not None else table_files(storage)

    def _source(table: str) -> str:
        return _listed_source(storage, table, files.get(table, []))

    statements = {
        # A report's newest row wins should two ever coexist (a load interrupted between rename and delete).
        "reports": f"""CREATE OR REPLACE VIEW reports AS
            SELECT * EXCLUDE (row_rank, filename) FROM (
              SELECT *, row_number() OVER (
                PARTITION BY report_id ORDER BY ingested_at DESC, contains(filename, '/{PART}')
              ) AS row_rank
              FROM {_source("reports")}) WHERE row_rank = 1""",
        "ingest_errors": f"CREATE OR REPLACE VIEW ingest_errors AS SELECT * FROM {_source('ingest_errors')}",
        **{name: f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM {_source(name)}" for name in schemas.DERIVED_TABLES},
    }
    for table in schemas.REPORT_TABLES:
        statements[table] = f"""CREATE OR REPLACE VIEW {table} AS
                SELECT t.* FROM {_source(table)} AS t
                SEMI JOIN reports AS r ON t.report_id = r.report_id AND t.load_id = r.load_id"""
    for view in COMPARISON_VIEWS:
        statements[_VIEW_NAME.search(view)[1]] = view  # type: ignore[index]
    return statements


_VIEW_NAME = re.compile(r"CREATE OR REPLACE VIEW (\w+)")
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


def connect(root: str | Path, sql: str | None = None, region: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse views (a local folder or an fsspec URL), locked down by the engine:
    it may read the warehouse's current files and nothing else (DuckDB's `enable_external_access` off with exactly
    those files in `allowed_paths`), so no statement can read another file or write one, and its configuration is
    locked so that no statement can undo that.

    With `sql`, only the views it names (and those they read) are created. With `region`, the views read only the
    files that hold that region's reports (their own files, the parts whose footers name them, the region's bucket
    of the identity tables): every query must then filter on the region, as `jixiao compare` does.

    No temporary directory: DuckDB allows its temporary directory (`.tmp` under the working directory by default)
    even with external access off, so any file there could be read (and written by COPY). No extension is
    installed or loaded on demand either: a query may only use what is built in."""
    connection = duckdb.connect(
        ":memory:",
        config={"temp_directory": "", "autoinstall_known_extensions": False, "autoload_known_extensions": False},
    )
    # Footers read once per connection, not once per view that reads the file.
    connection.execute("SET parquet_metadata_cache = true")
    storage = storage_for(root)
    filesystem = storage.duckdb_filesystem()
    if filesystem is not None:
        connection.register_filesystem(filesystem)
    files = table_files(storage)
    if region is not None:
        files = region_files(connection, storage, files, region)
    statements = view_statements(storage, files)
    for name in needed_views(statements, sql) if sql is not None else statements:
        connection.execute(statements[name])
    allowed = [storage.path(name) for names in files.values() for name in names]
    connection.execute("SET allowed_paths = ?", [allowed])
    connection.execute("SET enable_external_access = false")
    connection.execute("SET lock_configuration = true")
    return connection


def region_files(
    connection: duckdb.DuckDBPyConnection, storage: Storage, files: dict[str, list[str]], region: str
) -> dict[str, list[str]]:
    """The files of each table that hold rows of `region`'s reports: own files named after them, parts whose
    footer names them (a part's name is the same in every table), anything else whole; the region's identity
    bucket."""
    reports_source = _listed_source(storage, "reports", files.get("reports", []))
    ids = {
        row[0]
        for row in connection.execute(f"SELECT report_id FROM {reports_source} WHERE region = ?", [region]).fetchall()
    }
    parts = [name for table in ("reports", "metrics") for name in files.get(table, []) if is_part(name)]
    holding: set[str] = set()
    if parts:
        listed = "[" + ", ".join("'" + storage.path(name).replace("'", "''") + "'" for name in parts) + "]"
        footers = connection.execute(f"SELECT file_name, key, value FROM parquet_kv_metadata({listed})").fetchall()
        named = {}
        for file_name, key, value in footers:
            if bytes(key) == MEMBERS_KEY:
                named[file_name] = set(json.loads(bytes(value)))
        for name in parts:
            members = named.get(storage.path(name))
            if members is None or not members.isdisjoint(ids):  # (a part of an older version names no members)
                holding.add(name.rsplit("/", 1)[-1])
    bucket = f"{BUCKET}{identity_bucket(region):02d}.parquet"
    scoped: dict[str, list[str]] = {}
    for table, names in files.items():
        if table in schemas.DERIVED_TABLES:
            scoped[table] = [n for n in names if n.rsplit("/", 1)[-1] in (bucket, f"{table}.parquet")]
        elif table in schemas.PARTITIONED_TABLES:
            scoped[table] = [
                n
                for n in names
                # its parts, its own files, and files of neither kind whole
                if n.rsplit("/", 1)[-1] in holding or (not is_part(n) and named_report(n) in {*ids, None})
            ]
        else:
            scoped[table] = names
    return scoped


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


def read_only(
    root: str | Path, sql: str, run_last: Callable[[duckdb.DuckDBPyConnection, str], T]
) -> tuple[duckdb.DuckDBPyConnection, T]:
    """Run SQL that only reads (see read_only_statements) on a new connection; `run_last` runs the last
    statement's text. Returns the connection and what `run_last` returned.

    A load committing at the same moment may delete a superseded file after the connection listed it; the query
    is then run again on a connection that lists the files anew (the views never show a half-committed report).
    """
    for attempt in range(READ_ATTEMPTS):
        connection = connect(root, sql)
        statements = read_only_statements(connection, sql)
        try:
            for statement in statements[:-1]:
                connection.execute(statement.query)
            return connection, run_last(connection, statements[-1].query)
        except duckdb.IOException:
            if attempt == READ_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def run_read_only(root: str | Path, sql: str) -> duckdb.DuckDBPyConnection:
    """Execute SQL that only reads; the last statement's result is on the returned connection."""
    connection, _ = read_only(root, sql, lambda connection, query: connection.execute(query))
    return connection
