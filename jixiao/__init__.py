"""jixiao: Chinese budget-performance reports (预算绩效管理情况 / 绩效评价结果) → a versioned warehouse.

The Python API, the front door the `jixiao` command is a thin layer over::

    import jixiao

    wh = jixiao.open("data/warehouse")          # a folder, or s3://bucket/prefix
    wh.ingest(["samples/"])                     # files, folders, URL manifests; read in this process
    wh.table("project_evaluations")             # latest versions, money in 元 as float, region and year columns
    wh.sql("SELECT region, count(*) FROM reports GROUP BY 1")
    wh.compare("青山市本级").section("headline_metrics").frame()

Names are imported when first used: `import jixiao` loads neither the PDF engines nor DuckDB nor pandas.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# The rooms — extractors, parsers, warehouse, acquisition, presentation, evaluation, flows — are imported as
# jixiao.parsers, jixiao.warehouse, …: one top-level name, nothing to clash with an analyst's own `parsers`. The
# wheel installs them inside this package; in a checkout they are the folders beside it, found from here.
_HERE = os.path.dirname(os.path.abspath(__file__))
_CHECKOUT = os.path.dirname(_HERE)
_INSTALLED = os.path.isdir(os.path.join(_HERE, "parsers"))
if not _INSTALLED and os.path.isfile(os.path.join(_CHECKOUT, "parsers", "__init__.py")):
    __path__.append(_CHECKOUT)

if TYPE_CHECKING:
    from jixiao.api import IngestResult, UsageError, Warehouse, open

_HOMES = {"open": "api", "Warehouse": "api", "IngestResult": "api", "UsageError": "api"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"jixiao.{_HOMES[name]}"), name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("jixiao")
        except PackageNotFoundError:
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["IngestResult", "UsageError", "Warehouse", "open"]
