"""Names in the warehouse's folders that readers need as well as the writer (kept apart from warehouse.store so
that a query does not import the loader: pyarrow.dataset alone pulls in pandas, ≈ 0.4 s at every start)."""

from __future__ import annotations

import zlib

DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # the folder of reports whose fiscal year was not found
# A partition's parts: `<table>/fiscal_year=<Y>/part-<id>.parquet`, holding many reports' rows.
PART = "part-"
# A part's footer names its member reports, including those without rows in its table (a report of no units).
MEMBERS_KEY = b"jixiao.members"
# Derived tables (project identities) are rebuilt a region at a time: their rows are kept in IDENTITY_BUCKETS
# files by a hash of the region, so that a rebuild rewrites one file per table, not the whole table.
BUCKET = "bucket-"
IDENTITY_BUCKETS = 32


def named_report(path: str) -> str | None:
    """The report a per-report file is named after (`<report_id>.<load_id>.parquet`, `<report_id>.parquet`), else
    None (a part, or a file of neither kind)."""
    head = path.rsplit("/", 1)[-1].split(".", 1)[0]
    return head if len(head) == 16 and all(char in "0123456789abcdef" for char in head) else None


def is_part(path: str) -> bool:
    return path.rsplit("/", 1)[-1].startswith(PART)


def identity_bucket(region: str) -> int:
    return zlib.crc32(region.encode("utf-8")) % IDENTITY_BUCKETS


def raw_path(sha256: str) -> str:
    """Where a source's original bytes are kept: under their hash (never a name from a URL or the PDF)."""
    return f"raw/{sha256}.pdf"
