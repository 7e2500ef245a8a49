"""Query results as Arrow tables and pandas DataFrames, with exact decimals.

pandas turns Arrow decimals into Python `Decimal` objects in an `object` column (or DuckDB's own conversion into
floats); `types_mapper=pd.ArrowDtype` keeps every column Arrow-backed, so yuan stay exact decimals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jixiao.warehouse.views import read_only

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


def arrow_table(root: str | Path, sql: str) -> pa.Table:
    """The result of read-only SQL over the warehouse's views as an Arrow table (one snapshot)."""
    connection, table = read_only(root, sql, lambda connection, query: connection.sql(query).to_arrow_table())
    connection.close()  # DuckDB's threads end here, not in the interpreter's shutdown (where they could abort it)
    return table


def dataframe(root: str | Path, sql: str) -> pd.DataFrame:
    """`dataframe("data/warehouse", "SELECT * FROM project_evaluations")` → a DataFrame (read-only SQL)."""
    import pandas as pd

    return arrow_table(root, sql).to_pandas(types_mapper=pd.ArrowDtype)
