"""Records → Arrow tables → Parquet files, and DuckDB views over them. Knows no PDFs."""

from warehouse.frames import dataframe
from warehouse.rows import DocumentInfo
from warehouse.schemas import ALL_TABLES, REPORT_TABLES
from warehouse.store import LoadResult, Warehouse
from warehouse.views import ReadOnlyQueryError, connect, run_read_only

__all__ = [
    "ALL_TABLES",
    "REPORT_TABLES",
    "DocumentInfo",
    "LoadResult",
    "ReadOnlyQueryError",
    "Warehouse",
    "connect",
    "dataframe",
    "run_read_only",
]
