"""pandas DataFrames of the warehouse views, with exact decimals.

pandas turns Arrow decimals into Python `Decimal` objects in an `object` column (or DuckDB's own conversion into
floats); `types_mapper=pd.ArrowDtype` keeps every column Arrow-backed, so yuan stay exact decimals.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from warehouse.views import connect, read_only_statements


def dataframe(root: str | Path, sql: str) -> pd.DataFrame:
    """`dataframe("data/warehouse", "SELECT * FROM project_evaluations")` → a DataFrame (read-only SQL)."""
    connection = connect(root)
    statements = read_only_statements(connection, sql)
    for statement in statements[:-1]:
        connection.execute(statement)
    return connection.sql(statements[-1].query).to_arrow_table().to_pandas(types_mapper=pd.ArrowDtype)
