"""Is the warehouse whole? Every table file readable, and every current report with each of its tables' files.

`jixiao check` lists what is damaged (a file cut short, a footer that does not parse, a report whose file of some
table is gone); `jixiao check --repair` removes the damaged files and loads the affected reports again from the
originals kept in `raw/` (the pipeline does that part: this module knows no PDFs). An ingest asks
`report_is_whole` before it skips a report as already loaded, so a damaged report is loaded again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse import schemas
from warehouse.store import Warehouse

PARQUET_MAGIC = b"PAR1"
_REPORT_FILE = re.compile(r"(?:^|/)(?P<report_id>[0-9a-f]{16})(?:\.[0-9a-f]+)?\.parquet$")


class WarehouseUnusable(Exception):
    """The warehouse cannot be written (a read-only folder, a full disk): said in one sentence, nothing half-done."""


@dataclass(frozen=True, slots=True)
class Damage:
    path: str
    reason: str
    report_id: str | None  # the report the file belongs to, where its name says


@dataclass(slots=True)
class Inspection:
    files: int = 0
    damaged: list[Damage] = field(default_factory=list)

    @property
    def reports(self) -> list[str]:
        """The reports that need loading again."""
        return sorted({damage.report_id for damage in self.damaged if damage.report_id})


def _report_of(path: str) -> str | None:
    match = _REPORT_FILE.search(path)
    return match["report_id"] if match else None


def looks_whole(warehouse: Warehouse, path: str) -> bool:
    """A cheap test that a Parquet file was not cut short: it starts and ends with the format's magic bytes."""
    local = warehouse.storage.local_path(path)
    try:
        if local is not None:
            with open(local, "rb") as handle:
                head = handle.read(4)
                handle.seek(0, 2)
                if handle.tell() < 12:
                    return False
                handle.seek(-4, 2)
                return head == PARQUET_MAGIC and handle.read(4) == PARQUET_MAGIC
        data = warehouse.storage.read_bytes(path)
        return len(data) >= 12 and data[:4] == PARQUET_MAGIC and data[-4:] == PARQUET_MAGIC
    except OSError:
        return False


def report_is_whole(warehouse: Warehouse, report_id: str) -> bool:
    """Whether a loaded report still has a whole file in every table (its report row's file included): its own
    files, or the compacted parts that hold its rows."""
    for table in [*schemas.REPORT_TABLES, "reports"]:
        files = warehouse.own_files(table).get(report_id, [])
        if not files:
            held = warehouse.part_members(table).get(report_id)
            files = [held] if held else []
        if not files or not all(looks_whole(warehouse, path) for path in files):
            return False
    return True


def _readable(warehouse: Warehouse, path: str) -> str | None:
    """None for a file whose footer parses, else why it does not."""
    if not looks_whole(warehouse, path):
        return "cut short (no Parquet footer)"
    try:
        local = warehouse.storage.local_path(path)
        source = str(local) if local is not None else pa.BufferReader(warehouse.storage.read_bytes(path))
        pq.read_metadata(source)
    except (OSError, pa.ArrowException) as error:
        return f"unreadable ({error})"
    return None


def inspect(warehouse: Warehouse) -> Inspection:
    """Read every table file's footer; check that every report row's report has a file in each table."""
    inspection = Inspection()
    present: dict[str, set[str]] = {}
    for table in schemas.ALL_TABLES:
        for path in warehouse.table_files(table):
            inspection.files += 1
            reason = _readable(warehouse, path)
            if reason:
                inspection.damaged.append(Damage(path, reason, _report_of(path)))
            elif table in schemas.REPORT_TABLES or table == "reports":
                report = _report_of(path)
                if report:
                    present.setdefault(table, set()).add(report)
    for table in [*schemas.REPORT_TABLES, "reports"]:
        present.setdefault(table, set()).update(warehouse.part_members(table))
    damaged = {(damage.path.split("/", 1)[0], damage.report_id) for damage in inspection.damaged}
    for report in sorted(present.get("reports", set())):
        for table in schemas.REPORT_TABLES:
            if report not in present.get(table, set()) and (table, report) not in damaged:
                inspection.damaged.append(Damage(f"{table}/…/{report}.*.parquet", "missing", report))
    return inspection


def remove_damaged(warehouse: Warehouse, inspection: Inspection) -> None:
    """Delete the damaged files (under the load lock), so that loading their reports again starts clean."""
    with warehouse.locked():
        for damage in inspection.damaged:
            if damage.reason != "missing":
                warehouse.storage.delete(damage.path)


def probe_writable(warehouse: Warehouse) -> None:
    """Raise WarehouseUnusable, in one sentence, when the warehouse cannot take a load (before any is tried)."""
    import errno

    try:
        with warehouse.locked():
            warehouse.storage.write_bytes("_staging/.probe", b"")
            warehouse.storage.delete("_staging/.probe")
    except OSError as error:
        if error.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
            raise WarehouseUnusable(f"the warehouse {warehouse.root} cannot be written ({error.strerror})") from error
        if error.errno == errno.ENOSPC:
            raise WarehouseUnusable(f"the disk holding the warehouse {warehouse.root} is full") from error
        raise
