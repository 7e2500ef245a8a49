"""What a reader without jixiao sees: a table's newest Delta version, read by delta-rs's own SQL engine (as the
README shows; its pyarrow-dataset path is avoided: it aborted processes at exit, see warehouse/snapshot.py)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa


def outside_query(root: Path | str, table: str, sql: str) -> pa.Table:
    """`sql` over the table registered as `t`."""
    from deltalake import DeltaTable, QueryBuilder

    return pa.table(QueryBuilder().register("t", DeltaTable(str(Path(root) / table))).execute(sql).read_all())


def outside_count(root: Path | str, table: str) -> int:
    return int(outside_query(root, table, "SELECT count(*) AS n FROM t").column("n")[0].as_py())
