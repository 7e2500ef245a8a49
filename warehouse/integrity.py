"""Is the warehouse whole? Every table's schema the contract's, every data page of every file readable and its rows
counted as the log says, and every region's project identities built from its current reports.

`jixiao check` lists what is damaged; `jixiao check --repair` removes the damaged files from their tables (a Delta
commit: the files are gone from the log) and loads the affected reports again from the originals kept in `raw/`
(the pipeline does that part, after checking each original's hash: this module knows no PDFs), and rebuilds stale
identities. An ingest asks `report_is_whole` before it skips a report as already loaded, so a damaged report is
loaded again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from jixiao.warehouse import schemas
from jixiao.warehouse.snapshot import COMMIT_POINT, Snapshot
from jixiao.warehouse.store import Warehouse

PARQUET_MAGIC = b"PAR1"


class WarehouseUnusable(Exception):
    """The warehouse cannot be written (a read-only folder, a full disk): said in one sentence, nothing half-done."""


@dataclass(frozen=True, slots=True)
class Damage:
    path: str
    reason: str
    report_ids: tuple[str, ...] = ()  # the reports whose rows the file may hold (loaded again by --repair)
    region: str | None = None  # for identities not built from the region's current reports

    @property
    def report_id(self) -> str | None:
        return self.report_ids[0] if len(self.report_ids) == 1 else None


@dataclass(slots=True)
class Inspection:
    files: int = 0
    damaged: list[Damage] = field(default_factory=list)

    @property
    def reports(self) -> list[str]:
        """The reports that need loading again."""
        return sorted({report for damage in self.damaged for report in damage.report_ids})

    @property
    def stale_regions(self) -> frozenset[str]:
        return frozenset(damage.region for damage in self.damaged if damage.region is not None)


def _schema_problem(stored: pa.Schema, table: str) -> str | None:
    """Why a file's (or a table's) columns are not the contract's, or None. A contract column it lacks is not a
    problem (added to the contract after it was written: it reads as null); another type is."""
    contract = schemas.ALL_TABLES[table]
    for stored_field in stored:
        if stored_field.name not in contract.names:
            continue
        expected = contract.field(stored_field.name).type
        found = stored_field.type
        if found != expected and not (pa.types.is_large_string(found) and expected == pa.string()):
            return f"column {stored_field.name} is {found}, not {expected}"
    return None


def _file_actions(snapshot: Snapshot, table: str) -> list[dict[str, Any]]:
    delta = snapshot.table(table)
    if delta is None:
        return []
    return pa.table(delta.get_add_actions(flatten=True)).to_pylist()


def _relative(snapshot: Snapshot, table: str, path: str) -> str:
    from urllib.parse import unquote

    return f"{table}/{unquote(path)}"


def _read_every_page(snapshot: Snapshot, table: str, action: dict[str, Any]) -> str | None:
    """None when every row group of the file decodes, its columns are the contract's and it holds the rows the log
    says; else why not."""
    try:
        with _open(snapshot, table, action["path"]) as source:
            parquet = pq.ParquetFile(source)
            problem = _schema_problem(parquet.schema_arrow, table)
            if problem:
                return f"wrong schema ({problem})"
            rows = 0
            for group in range(parquet.num_row_groups):
                # decodes (and so checks) every page
                rows += parquet.read_row_group(group, use_threads=False).num_rows
    except (OSError, pa.ArrowException) as error:
        return f"unreadable ({str(error).splitlines()[0]})"
    expected = action.get("num_records")
    if expected is not None and rows != expected:
        return f"holds {rows} rows, its table's log says {expected}"
    return None


def _reports_in_range(snapshot: Snapshot, table: str, action: dict[str, Any]) -> tuple[str, ...]:
    """The reports whose rows a file may hold: by its partition and its report_id range (the log's statistics),
    among the reports any per-report table names."""
    low, high = action.get("min.report_id"), action.get("max.report_id")
    year = action.get(f"partition.{schemas.PARTITION_KEY}")
    found: set[str] = set()
    for name in [COMMIT_POINT, *schemas.REPORT_TABLES]:
        if name == table or snapshot.table(name) is None:
            continue
        try:
            ids = snapshot.read(name, ["report_id", schemas.PARTITION_KEY])
        except (OSError, pa.ArrowException):
            continue  # (that table is damaged too: its own damage names its reports)
        keep = pc.equal(ids.column(schemas.PARTITION_KEY), pa.scalar(year, pa.int32()))
        keep = pc.is_null(ids.column(schemas.PARTITION_KEY)) if year is None else keep
        for report in ids.filter(pc.fill_null(keep, False)).column("report_id").to_pylist():
            if (low is None or report >= low) and (high is None or report <= high):
                found.add(report)
    return tuple(sorted(found))


def inspect(warehouse: Warehouse) -> Inspection:
    """Check every table's schema, read every data page of every file the published versions name, and check that
    every region's identities are built from its current reports."""
    from jixiao.warehouse.identities import stale_regions

    snapshot = warehouse.snapshot()
    inspection = Inspection()
    for table in schemas.ALL_TABLES:
        delta = snapshot.table(table)
        if delta is None:
            continue
        problem = _schema_problem(pa.schema(delta.schema().to_arrow()), table)
        if problem:
            inspection.damaged.append(Damage(f"{table}/_delta_log", f"wrong schema ({problem})"))
        for action in _file_actions(snapshot, table):
            inspection.files += 1
            reason = _read_every_page(snapshot, table, action)
            if reason:
                path = _relative(snapshot, table, action["path"])
                affected = () if table in schemas.DERIVED_TABLES else _reports_in_range(snapshot, table, action)
                inspection.damaged.append(Damage(path, reason, affected))
    if not inspection.damaged:
        for region in sorted(stale_regions(warehouse)):
            inspection.damaged.append(
                Damage(f"identities of {region}", "not built from the region's current reports", region=region)
            )
    return inspection


def report_is_whole(warehouse: Warehouse, report_id: str) -> bool:
    """Whether the files that may hold a loaded report's rows all look whole (start and end with Parquet's magic
    bytes): a report one of whose files is damaged is loaded again, not skipped."""
    cache = warehouse.__dict__.setdefault("_whole_files", {})
    snapshot = cache.get("snapshot")
    if snapshot is None:
        snapshot = cache["snapshot"] = warehouse.snapshot()
    for table in [COMMIT_POINT, *schemas.REPORT_TABLES]:
        key = f"actions:{table}"
        if key not in cache:
            cache[key] = _file_actions(snapshot, table)
        for action in cache[key]:
            low, high = action.get("min.report_id"), action.get("max.report_id")
            if low is not None and high is not None and not low <= report_id <= high:
                continue
            path = action["path"]
            if path not in cache:
                cache[path] = _looks_whole(snapshot, table, path)
            if not cache[path]:
                return False
    return True


def remove_broken_files(warehouse: Warehouse, report_id: str) -> None:
    """Take out of their tables the files that may hold `report_id`'s rows and are not whole (see remove_damaged)."""
    snapshot = warehouse.snapshot()
    damaged = []
    for table in [COMMIT_POINT, *schemas.REPORT_TABLES]:
        for action in _file_actions(snapshot, table):
            low, high = action.get("min.report_id"), action.get("max.report_id")
            if (low is None or high is None or low <= report_id <= high) and not _looks_whole(
                snapshot, table, action["path"]
            ):
                damaged.append(Damage(_relative(snapshot, table, action["path"]), "cut short", (report_id,)))
    warehouse.__dict__.pop("_whole_files", None)
    remove_damaged(warehouse, Inspection(len(damaged), damaged))


def _open(snapshot: Snapshot, table: str, path: str) -> Any:
    """A data file of `table` (a path of its Delta log)."""
    from urllib.parse import unquote

    filesystem, base = snapshot.storage.arrow_filesystem(table)
    return filesystem.open_input_file(f"{base}/{unquote(path)}")


def _looks_whole(snapshot: Snapshot, table: str, path: str) -> bool:
    try:
        with _open(snapshot, table, path) as source:
            size = source.size()
            if size < 12:
                return False
            head = source.read(4)
            source.seek(size - 4)
            return head == PARQUET_MAGIC and source.read(4) == PARQUET_MAGIC
    except OSError:
        return False


def remove_damaged(warehouse: Warehouse, inspection: Inspection) -> None:
    """Take the damaged files out of their tables (deleted, then Delta's `repair` commits their removal from the
    log) and publish, so that loading their reports again starts clean."""
    damaged = [damage for damage in inspection.damaged if damage.region is None and "_delta_log" not in damage.path]
    if not damaged:
        return
    with warehouse.locked():
        tables = set()
        for damage in damaged:
            warehouse.storage.delete(damage.path)
            tables.add(damage.path.split("/", 1)[0])
        for table in sorted(tables):
            delta = warehouse._delta(table)
            if delta is not None:
                warehouse._mark_writing()
                delta.repair(dry_run=False)
        warehouse._publish([], set(), operation="repair")


def probe_writable(warehouse: Warehouse) -> None:
    """Raise WarehouseUnusable, in one sentence, when the warehouse cannot take a load (before any is tried)."""
    import errno

    try:
        with warehouse.storage.locked():
            warehouse.storage.write_bytes("_probe", b"")
            warehouse.storage.delete("_probe")
    except OSError as error:
        if error.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
            raise WarehouseUnusable(f"the warehouse {warehouse.root} cannot be written ({error.strerror})") from error
        if error.errno == errno.ENOSPC:
            raise WarehouseUnusable(f"the disk holding the warehouse {warehouse.root} is full") from error
        raise
