"""What a reader without jixiao sees: a table's newest Delta version, read by delta-rs (as the README shows)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa


def outside_table(root: Path | str, table: str) -> pa.Table:
    from deltalake import DeltaTable

    return DeltaTable(str(Path(root) / table)).to_pyarrow_table()


def outside_count(root: Path | str, table: str) -> int:
    from deltalake import DeltaTable

    return DeltaTable(str(Path(root) / table)).to_pyarrow_dataset().count_rows()
