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

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
from jixiao.warehouse import schemas
from jixiao.warehouse.storage import Storage, storage_for

COMMIT_POINT = "reports"


def region_bucket(region: str | None) -> int:
    """The partition of a region's rows in the derived tables (schemas.IDENTITY_BUCKET_KEY)."""
    import zlib

    return zlib.crc32((region or "").encode("utf-8")) % schemas.IDENTITY_BUCKETS


def open_table(storage: Storage, name: str, version: int | None = None) -> Any:
    """The Delta table `name` (at `version`, or its newest), or None when it was never created."""
    from deltalake import DeltaTable
    from deltalake.exceptions import TableNotFoundError

    try:
        return DeltaTable(storage.path(name), version=version, storage_options=storage.delta_options())
    except TableNotFoundError:
        return None


# Delta tables opened at a version, shared by the snapshots of this process: a table at a fixed version never
# changes, and opening one replays its log (5–35 ms), which a command pinning many snapshots paid for each table
# every time. Keyed by the reports table's id too (Delta metadata id, new when a table is created), so a warehouse
# deleted and made again at the same path is never read through the tables of the one before.
PINNED_TABLES = 64
_pinned: OrderedDict[tuple[str, int, str], Any] = OrderedDict()
_pinned_lock = threading.Lock()


def open_pinned(storage: Storage, name: str, version: int, incarnation: str) -> Any:
    """The Delta table `name` at `version` (shared: never update it), or None when it was never created."""
    key = (str(storage.path(name)), version, incarnation)
    with _pinned_lock:
        table = _pinned.get(key)
        if table is not None:
            _pinned.move_to_end(key)
            return table
    table = open_table(storage, name, version)
    if table is not None:
        with _pinned_lock:
            _pinned[key] = table
            while len(_pinned) > PINNED_TABLES:
                _pinned.popitem(last=False)
    return table


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


def relative_files(table: Any) -> list[str]:
    """A Delta table version's data files, relative to its folder (URL-decoded, as on storage)."""
    from urllib.parse import unquote

    return sorted(unquote(path) for path in pa.table(table.get_add_actions()).column("path").to_pylist())


def dataset_of(storage: Storage, name: str, table: Any) -> Any:
    """A pyarrow dataset of the files a Delta table version names, read by pyarrow's own file systems (locally,
    or the fsspec one of an object store): delta-rs's `to_pyarrow_dataset` reads through a file system of its own
    that aborted the process at exit ("terminate called without an active exception") in 2 to 10 of 15 runs here."""
    import pyarrow.dataset as ds

    schema = pa.schema(table.schema().to_arrow())
    keys = list(table.metadata().partition_columns)
    partitioning = ds.partitioning(pa.schema([schema.field(key) for key in keys]), flavor="hive") if keys else None
    filesystem, base = storage.arrow_filesystem(name)
    return ds.dataset(
        [f"{base}/{path}" for path in relative_files(table)],
        schema=schema,
        format="parquet",
        filesystem=filesystem,
        partitioning=partitioning,
        partition_base_dir=base,
    )


@dataclass
class Snapshot:
    """Every table at one published state: `versions` holds each created table's pinned version."""

    storage: Storage
    versions: dict[str, int]
    _open: dict[str, Any] = field(default_factory=dict)
    incarnation: str = ""  # the reports table's metadata id (see open_pinned)
    _datasets: dict[str, Any] = field(default_factory=dict)

    def table(self, name: str) -> Any:
        """The pinned Delta table, or None for a table not created (or not published) yet."""
        if name not in self.versions:
            return None
        if name not in self._open:
            self._open[name] = open_pinned(self.storage, name, self.versions[name], self.incarnation)
        return self._open[name]

    def dataset(self, name: str) -> Any:
        """A pyarrow dataset of the pinned version's files (read lazily, by whoever scans it), or None.

        The files the Delta log names, read by pyarrow's own file systems (locally, or the fsspec one of an object
        store): delta-rs's `to_pyarrow_dataset` reads through a file system of its own that aborted the process at
        exit ("terminate called without an active exception") in 2 to 10 of 15 runs here."""
        table = self.table(name)
        if table is None:
            return None
        if name not in self._datasets:
            self._datasets[name] = dataset_of(self.storage, name, table)
        return self._datasets[name]

    def read(self, name: str, columns: list[str] | None = None, where: Any = None) -> pa.Table:
        """The pinned rows of `name` (`columns` of the contract; `where` a pyarrow.compute expression)."""
        dataset = self.dataset(name)
        wanted = columns if columns is not None else schemas.ALL_TABLES[name].names
        if dataset is None:
            return contract_table(schemas.ALL_TABLES[name].empty_table(), name, wanted)
        present = [column for column in wanted if column in dataset.schema.names]
        return contract_table(dataset.to_table(columns=present, filter=where), name, wanted)

    def relative_files(self, name: str) -> list[str]:
        """The data files of the pinned version, relative to the table's folder (URL-decoded, as on storage)."""
        table = self.table(name)
        return relative_files(table) if table is not None else []

    def files(self, name: str) -> list[str]:
        """The data files of the pinned version, relative to the warehouse root."""
        return [f"{name}/{path}" for path in self.relative_files(name)]


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
    return Snapshot(storage, versions, {COMMIT_POINT: reports}, incarnation=reports.metadata().id)
