"""DuckDB views over the Parquet tables: one view per table, showing each report's current load only.

`jixiao sql` and `jixiao show` read through these. The same data is readable without us:
`read_parquet('<warehouse>/<table>/**/*.parquet', hive_partitioning=true)`.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse import schemas


def _source(root: Path, table: str) -> str:
    directory = root / table
    if not (directory.exists() and any(directory.rglob("*.parquet"))):
        # An empty table still has its columns: an empty relation with the contract's schema.
        columns = ", ".join(
            f"CAST(NULL AS {_duck_type(field.type)}) AS {field.name}" for field in schemas.ALL_TABLES[table]
        )
        return f"(SELECT {columns} WHERE false)"
    pattern = str(directory / "**" / "*.parquet").replace("'", "''")
    if schemas.PARTITION_KEY in schemas.ALL_TABLES[table].names:
        # Without hive_types DuckDB would infer the year as BIGINT.
        options = "hive_partitioning=true, hive_types={'fiscal_year': 'INTEGER'}"
    else:
        options = "hive_partitioning=false"
    return f"read_parquet('{pattern}', {options}, union_by_name=true)"


def _duck_type(arrow_type: object) -> str:
    text = str(arrow_type)
    if text.startswith("decimal128"):
        return "DECIMAL" + text.removeprefix("decimal128")
    return {
        "string": "VARCHAR",
        "int32": "INTEGER",
        "bool": "BOOLEAN",
        "double": "DOUBLE",
        "timestamp[us, tz=UTC]": "TIMESTAMPTZ",
    }[text]


def view_statements(root: Path) -> list[str]:
    statements = [
        # A report's newest row wins should two ever coexist (a load interrupted between rename and delete).
        f"""CREATE OR REPLACE VIEW reports AS
            SELECT * EXCLUDE (row_rank) FROM (
              SELECT *, row_number() OVER (PARTITION BY report_id ORDER BY ingested_at DESC) AS row_rank
              FROM {_source(root, "reports")}) WHERE row_rank = 1""",
        f"CREATE OR REPLACE VIEW ingest_errors AS SELECT * FROM {_source(root, 'ingest_errors')}",
    ]
    for table in schemas.REPORT_TABLES:
        statements.append(
            f"""CREATE OR REPLACE VIEW {table} AS
                SELECT t.* FROM {_source(root, table)} AS t
                SEMI JOIN reports AS r ON t.report_id = r.report_id AND t.load_id = r.load_id"""
        )
    return statements


def connect(root: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse views. It never writes to the warehouse."""
    connection = duckdb.connect(":memory:")
    for statement in view_statements(Path(root)):
        connection.execute(statement)
    return connection


class ReadOnlyQueryError(ValueError):
    """A statement that could change something: `jixiao sql` only reads."""


READ_ONLY_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA"}


def run_read_only(connection: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyConnection:
    """Execute SQL that only reads: SELECT (WITH …), EXPLAIN, PRAGMA; COPY, ATTACH, INSERT, CREATE … are refused."""
    statements = connection.extract_statements(sql)
    if not statements:
        raise ReadOnlyQueryError("no SQL statement given")
    for statement in statements:
        kind = statement.type.name
        if kind not in READ_ONLY_STATEMENTS:
            raise ReadOnlyQueryError(f"only queries are allowed here, not {kind} statements")
    for statement in statements[:-1]:
        connection.execute(statement)
    return connection.execute(statements[-1])
