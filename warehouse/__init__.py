"""Records → Arrow tables → Parquet files, and DuckDB views over them. Knows no PDFs.

Every name is imported when first asked for: a query (`jixiao sql`) needs DuckDB and the views, not the loader
(pyarrow.dataset pulls in pandas) nor the parsers' records; loading a warehouse never needs DuckDB (≈ 12 MB)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jixiao.warehouse.frames import dataframe
    from jixiao.warehouse.rows import DocumentInfo
    from jixiao.warehouse.schemas import ALL_TABLES, REPORT_TABLES
    from jixiao.warehouse.store import LoadResult, UnknownReport, Warehouse
    from jixiao.warehouse.views import ReadOnlyQueryError, connect, run_read_only

_HOMES = {
    "connect": "views",
    "run_read_only": "views",
    "ReadOnlyQueryError": "views",
    "dataframe": "frames",
    "DocumentInfo": "rows",
    "ALL_TABLES": "schemas",
    "REPORT_TABLES": "schemas",
    "LoadResult": "store",
    "UnknownReport": "store",
    "Warehouse": "store",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"jixiao.warehouse.{_HOMES[name]}"), name)
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
