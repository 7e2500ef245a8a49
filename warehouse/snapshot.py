"""One consistent view of every table: the reports table is the commit point.

Each table is a Delta Lake table (`<warehouse>/<table>/`, delta-rs). A writer's last commit of any change is a commit
of the reports table that records, as Delta transaction identifiers (`txn` actions, app id = table name), the
version of every other table it has published. A reader opens the reports table at its newest version and every
other table at the version recorded there, and keeps those versions for its whole query: what a load, a compaction
or an identity rebuild commits after that is invisible to it, and no file it reads is removed before the retention
period (`vacuum`) has passed. Commits a writer made but did not publish (it was killed) are never seen, and the next
writer rolls them back (warehouse.store.Warehouse.recover).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from warehouse import schemas
from warehouse.storage import Storage, storage_for

COMMIT_POINT = "reports"


def open_table(storage: Storage, name: str, version: int | None = None) -> Any:
    """The Delta table `name` (at `version`, or its newest), or None when it was never created."""
    from deltalake import DeltaTable
    from deltalake.exceptions import TableNotFoundError

    try:
        return DeltaTable(storage.path(name), version=version, storage_options=storage.delta_options())
    except TableNotFoundError:
        return None


def contract_table(table: pa.Table, name: str, columns: list[str] | None = None) -> pa.Table:
    """`table` with the contract's columns (schemas.py), in its order and types: a column the stored table does not
    have yet (added to the contract since it was written) reads as nulls."""
    schema = schemas.ALL_TABLES[name]
    wanted = columns if columns is not None else schema.names
    arrays = []
    for column in wanted:
        kind = schema.field(column).type
        if column in table.column_names:
            arrays.append(table.column(column).cast(kind))
        else:
            arrays.append(pa.nulls(table.num_rows, kind))
    return pa.Table.from_arrays(arrays, schema=pa.schema([schema.field(column) for column in wanted]))


@dataclass
class Snapshot:
    """Every table at one published state: `versions` holds each created table's pinned version."""

    storage: Storage
    versions: dict[str, int]
    _open: dict[str, Any] = field(default_factory=dict)

    def table(self, name: str) -> Any:
        """The pinned Delta table, or None for a table not created (or not published) yet."""
        if name not in self.versions:
            return None
        if name not in self._open:
            self._open[name] = open_table(self.storage, name, self.versions[name])
        return self._open[name]

    def dataset(self, name: str) -> Any:
        """A pyarrow dataset of the pinned version's files (read lazily, by whoever scans it), or None."""
        table = self.table(name)
        return table.to_pyarrow_dataset() if table is not None else None

    def read(self, name: str, columns: list[str] | None = None, where: Any = None) -> pa.Table:
        """The pinned rows of `name` (`columns` of the contract; `where` a pyarrow.compute expression)."""
        dataset = self.dataset(name)
        wanted = columns if columns is not None else schemas.ALL_TABLES[name].names
        if dataset is None:
            return contract_table(schemas.ALL_TABLES[name].empty_table(), name, wanted)
        present = [column for column in wanted if column in dataset.schema.names]
        return contract_table(dataset.to_table(columns=present, filter=where), name, wanted)

    def files(self, name: str) -> list[str]:
        """The data files of the pinned version, relative to the warehouse root."""
        table = self.table(name)
        if table is None:
            return []
        prefix = self.storage.path(name).rstrip("/") + "/"
        return sorted(f"{name}/{uri.removeprefix('file://').removeprefix(prefix)}" for uri in table.file_uris())


def pin(root: Any) -> Snapshot:
    """The warehouse's newest published state (an empty one where nothing was ever published)."""
    storage = root if not isinstance(root, str | bytes) and hasattr(root, "delta_options") else storage_for(root)
    reports = open_table(storage, COMMIT_POINT)
    if reports is None:
        return Snapshot(storage, {})
    versions = {COMMIT_POINT: reports.version()}
    for name in schemas.ALL_TABLES:
        if name != COMMIT_POINT:
            version = reports.transaction_version(name)
            if version is not None:
                versions[name] = version
    return Snapshot(storage, versions, {COMMIT_POINT: reports})
