"""Records → Arrow tables → Parquet files, and DuckDB views over them. Knows no PDFs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from warehouse.rows import DocumentInfo
from warehouse.schemas import ALL_TABLES, REPORT_TABLES
from warehouse.store import LoadResult, UnknownReport, Warehouse

if TYPE_CHECKING:
    from warehouse.frames import dataframe
    from warehouse.views import ReadOnlyQueryError, connect, run_read_only

_QUERYING = {"connect": "views", "run_read_only": "views", "ReadOnlyQueryError": "views", "dataframe": "frames"}


def __getattr__(name: str) -> Any:
    # DuckDB (≈ 12 MB) loads with the first view asked for: loading a warehouse (the ingest flow) never queries it.
    if name in _QUERYING:
        import importlib

        return getattr(importlib.import_module(f"warehouse.{_QUERYING[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ALL_TABLES",
    "REPORT_TABLES",
    "DocumentInfo",
    "LoadResult",
    "ReadOnlyQueryError",
    "UnknownReport",
    "Warehouse",
    "connect",
    "dataframe",
    "run_read_only",
]
