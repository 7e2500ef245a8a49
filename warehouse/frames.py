"""pandas DataFrames of the warehouse views, with exact decimals.

pandas turns Arrow decimals into Python `Decimal` objects in an `object` column (or DuckDB's own conversion into
floats); `types_mapper=pd.ArrowDtype` keeps every column Arrow-backed, so yuan stay exact decimals.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from warehouse.views import read_only


def dataframe(root: str | Path, sql: str) -> pd.DataFrame:
    """`dataframe("data/warehouse", "SELECT * FROM project_evaluations")` → a DataFrame (read-only SQL)."""
    _, table = read_only(root, sql, lambda connection, query: connection.sql(query).to_arrow_table())
    return table.to_pandas(types_mapper=pd.ArrowDtype)
