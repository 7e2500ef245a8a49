"""The warehouse's tables on Delta Lake (delta-rs), and loads that are atomic per report.

Layout: `<root>/<table>/` is a Delta table (`_delta_log/` and Parquet files; the per-report tables and `reports`
partitioned by `fiscal_year`), `<root>/raw/<sha256>.pdf` the originals, `<root>/_choices/` people's decisions.

A load replaces the report's rows in each per-report table (one Delta commit each: the rows of its previous load
out, the new ones in), then commits the report row to the reports table together with the version of every other
table (warehouse/snapshot.py): that commit is the switch. Readers pin the versions the reports table names, so they
see the old version of a report or the new one, never a mix, and never a file removed under them: compaction is
Delta's `optimize`, and a file it (or a load) replaced is deleted only by `vacuum`, after RETENTION_HOURS. A writer
killed before its switch leaves commits nobody published; the next writer restores those tables to their published
versions (`recover`). Writers are serialised by the storage's lock.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from jixiao.parsers import ParsedReport
from jixiao.warehouse import schemas
from jixiao.warehouse.layout import raw_path
from jixiao.warehouse.rows import DocumentInfo, report_row, report_tables
from jixiao.warehouse.snapshot import COMMIT_POINT, Snapshot, contract_table, dataset_of, open_table, pin, region_bucket
from jixiao.warehouse.storage import Storage, storage_for

# Files a commit replaced stay this long before `vacuum` deletes them (and the log keeps its commits as long): a
# reader pinned to a version finishes well within it. Delta's own default is a week; readers here take seconds.
RETENTION_HOURS = int(os.environ.get("JIXIAO_RETENTION_HOURS", "1"))
TABLE_CONFIGURATION = {
    "delta.deletedFileRetentionDuration": f"interval {RETENTION_HOURS} hours",
    "delta.logRetentionDuration": f"interval {RETENTION_HOURS} hours",
    # A checkpoint every 10 commits: opening a table replays the commits after its last checkpoint, ≈ 0.4 ms each
    # (a table of the 30,000-report warehouse opened in 35 ms 80 commits after one, in 5 ms right after one); a
    # checkpoint of a compacted table takes ≈ 40 ms.
    "delta.checkpointInterval": "10",
}
# Table properties an earlier version created with other values: set on the next writer's first lock (`_upgrade`).
UPGRADED_PROPERTIES = ("delta.checkpointInterval",)
# Compaction (`optimize`): a partition's files smaller than COMPACT_TARGET_BYTES are merged (into files of about
# that size) once there are COMPACT_MIN_FILES of them. A file that size is left alone, so a compaction rewrites
# recent small files, not the warehouse; and a commit's cost in delta-rs grows with a table's files (15 ms with
# one, 53 ms with 400): compaction keeps them few.
COMPACT_MIN_FILES = 16
COMPACT_TARGET_BYTES = 2 << 20  # (a reload rewrites the files holding its report: small ones stay cheap)
# Row groups of this many rows: a compacted file holds many regions' rows, and a reader of one region (`compare`)
# skips the row groups whose statistics rule it out (one row group per file read whole took ≈ 300 MB at 30,000).
ROW_GROUP_ROWS = 8192
# A long run compacts after this many loads (jixiao/ingest/batch.py).
COMPACT_EVERY_LOADS = 100
# Present while a writer has commits it has not published yet: the next writer restores them (`recover`).
WRITING_MARK = "_writing"
# The versions a person chose as the latest of their region and year (`jixiao latest ID`): {"region|year": id}.
LATEST_CHOICES = "_choices/latest.json"
# People's answers on project pairs left for review (`jixiao review --accept/--reject`), kept across rebuilds.
MATCH_DECISIONS = "_choices/project_matches.json"


@dataclass(frozen=True, slots=True)
class LoadResult:
    report_id: str
    load_id: str
    replaced_previous: bool
    rows: dict[str, int]
    regions: tuple[str | None, ...] = ()  # the report's region, and any its previous load had
    # The version of the same region and year that was the latest until this load made this one the latest; or,
    # when a version was chosen with `set_latest`, that chosen version (kept the latest) and `kept_choice` True.
    displaced_latest: str | None = None
    kept_choice: str | None = None


class UnknownReport(LookupError):
    """No report with this id is loaded."""


def _version_key(row: dict[str, Any]) -> str | None:
    if row["region"] is None or row["fiscal_year"] is None:
        return None
    return f"{row['region']}|{row['fiscal_year']}"


def _path_key(source_path: str) -> str:
    """The error row's key for a document whose bytes could not be read (so no hash)."""
    return "path-" + uuid.uuid5(uuid.NAMESPACE_URL, source_path).hex[:16]


def sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _in(column: str, values: Any) -> str:
    """A Delta predicate: `column` is one of `values` (None matches NULL)."""
    values = set(values)
    listed = sorted(repr(v) if isinstance(v, int) else sql_text(str(v)) for v in values if v is not None)
    terms = [f"{column} IN ({', '.join(listed)})"] if listed else []
    terms += [f"{column} IS NULL"] if None in values else []
    return "(" + " OR ".join(terms or ["false"]) + ")"


def partition_of(name: str) -> list[str] | None:
    if name in schemas.DERIVED_TABLES:
        return [schemas.IDENTITY_BUCKET_KEY]
    return [schemas.PARTITION_KEY] if name in schemas.PARTITIONED_TABLES else None


def with_region_buckets(rows: pa.Table) -> pa.Table:
    buckets = pa.array([region_bucket(region) for region in rows.column("region").to_pylist()], pa.int32())
    index = rows.schema.get_field_index(schemas.IDENTITY_BUCKET_KEY)
    if index >= 0:
        return rows.set_column(index, schemas.IDENTITY_BUCKET_KEY, buckets)
    return rows.append_column(schemas.IDENTITY_BUCKET_KEY, buckets)


# delta-rs reports the operating system's errors inside its own (`… (os error 28)`): the run needs them as OSError
# with their errno, to stop on a full disk or a read-only warehouse in one sentence (jixiao/ingest/batch.py).
_OS_ERRORS = {"(os error 28)": errno.ENOSPC, "(os error 30)": errno.EROFS, "(os error 122)": errno.EDQUOT}


@contextmanager
def _os_errors() -> Iterator[None]:
    try:
        yield
    except OSError:
        raise
    except Exception as error:
        for text, number in _OS_ERRORS.items():
            if text in str(error):
                raise OSError(number, os.strerror(number)) from error
        raise


def _writer_properties() -> Any:
    from deltalake import WriterProperties

    return WriterProperties(max_row_group_size=ROW_GROUP_ROWS, compression="ZSTD")


class _Tables:
    """The open Delta tables of one warehouse, shared by every Warehouse object of this process (a run makes many)
    and touched only under the lock. `published` is the reports version this process last saw published."""

    def __init__(self) -> None:
        self.open: dict[str, Any] = {}
        self.published: int | None = None
        self.reports: tuple[int, pa.Table] | None = None  # the reports table's rows at a version


_SHARED: dict[str, _Tables] = {}


class Warehouse:
    """The warehouse at `root`: a local folder or an fsspec URL (see warehouse/storage.py)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.storage: Storage = storage_for(root)
        self.root = self.storage.root  # a Path for a local warehouse, the URL otherwise
        self._state = _SHARED.setdefault(str(self.storage.path("")), _Tables())
        self._depth = 0

    # -- locking and recovery ----------------------------------------------------------------------------------
    @contextmanager
    def locked(self) -> Iterator[None]:
        """The writer's lock, with the open tables brought up to date (and anything a killed writer left rolled
        back) on entry."""
        with self.storage.locked(), _os_errors():
            self._depth += 1
            try:
                if self._depth == 1:
                    self._refresh()
                yield
            finally:
                self._depth -= 1

    def _refresh(self) -> None:
        """Bring the open tables up to date when another writer published since this process last looked, and roll
        back a killed writer's commits."""
        state = self._state
        reports = self._delta(COMMIT_POINT)
        current = reports.version() if reports is not None else None
        if state.published is None or current != state.published or self.storage.exists(WRITING_MARK):
            for name in schemas.ALL_TABLES:
                table = self._delta(name)
                if table is not None and name != COMMIT_POINT:
                    table.update_incremental()
            self.recover()
            self._upgrade()
            current = reports.version() if reports is not None else None  # (moved by their publishes, if any)
        state.published = current

    def _delta(self, name: str) -> Any:
        """The newest version of a Delta table (None: not created yet); the reports table is always brought up to
        date, the others by `_refresh`."""
        table = self._state.open.get(name)
        if table is None:
            table = open_table(self.storage, name)
            if table is not None:
                self._state.open[name] = table
        elif name == COMMIT_POINT:
            table.update_incremental()
        return table

    def recover(self) -> int:
        """Restore every table that has commits the reports table does not name to the version it names (a writer
        killed before its switch); returns how many tables were rolled back. Call under the lock."""
        reports = self._state.open.get(COMMIT_POINT) or self._delta(COMMIT_POINT)
        rolled = 0
        for name in schemas.ALL_TABLES:
            if name == COMMIT_POINT:
                continue
            table = self._delta(name)
            if table is None:
                continue
            published = reports.transaction_version(name) if reports is not None else None
            if published is None:
                if dataset_of(self.storage, name, table).count_rows():
                    table.delete()  # created by a writer killed before its first switch: nothing of it was seen
                    rolled += 1
            elif table.version() != published and _rows_differ(table, published):
                table.restore(published)
                table.update_incremental()
                rolled += 1
        if rolled or self.storage.exists(WRITING_MARK):
            self._publish([], set(), operation="recover")
        return rolled

    def _upgrade(self) -> None:
        """Set the UPGRADED_PROPERTIES of tables created by an earlier version to today's values (a commit of each
        such table, then a publish). Call under the lock."""
        wanted = {key: TABLE_CONFIGURATION[key] for key in UPGRADED_PROPERTIES}
        changed = False
        for name in schemas.ALL_TABLES:
            table = self._delta(name)
            if table is None:
                continue
            configuration = table.metadata().configuration
            if any(configuration.get(key) != value for key, value in wanted.items()):
                self._mark_writing()
                table.alter.set_table_properties(wanted)
                changed = True
        if changed:
            self._publish([], set(), operation="upgrade")

    # -- writing (under the lock) ------------------------------------------------------------------------------
    def _mark_writing(self) -> None:
        if not self.storage.exists(WRITING_MARK):
            self.storage.write_bytes(WRITING_MARK, b"")

    def _replace(self, name: str, rows: pa.Table, predicate: str | None) -> None:
        """One commit of `name`: the rows matching `predicate` out, `rows` in (`predicate` None: only in)."""
        from deltalake import write_deltalake

        table = self._delta(name)
        rows = contract_table(rows, name)
        if table is None:
            if rows.num_rows == 0:
                self._create_empty(name)  # readers without jixiao find every table, with its columns
                return
            self._mark_writing()
            write_deltalake(
                self.storage.path(name),
                rows,
                writer_properties=_writer_properties(),
                partition_by=partition_of(name),
                mode="append",
                configuration=TABLE_CONFIGURATION,
                storage_options=self.storage.delta_options(),
            )
            self._delta(name)
            return
        if predicate is None and rows.num_rows == 0:
            return
        self._mark_writing()
        if predicate is None:
            write_deltalake(table, rows, mode="append", schema_mode="merge", writer_properties=_writer_properties())
        else:
            write_deltalake(
                table,
                rows,
                mode="overwrite",
                predicate=predicate,
                schema_mode="merge",
                writer_properties=_writer_properties(),
            )

    def _publish(self, rows: list[dict[str, Any]], replaced: set[str], operation: str) -> None:
        """The switch: one commit of the reports table (report rows whose id is in `replaced` out, `rows` in) that
        names the version of every other table; then the writing mark goes."""
        from deltalake import CommitProperties, Transaction, write_deltalake

        versions = [
            Transaction(app_id=name, version=table.version())
            for name in schemas.ALL_TABLES
            if name != COMMIT_POINT and (table := self._delta(name)) is not None
        ]
        properties = CommitProperties(app_transactions=versions, custom_metadata={"jixiao.operation": operation})
        new = contract_table(pa.Table.from_pylist(rows, schema=schemas.REPORTS), COMMIT_POINT)
        reports = self._delta(COMMIT_POINT)
        before = reports.version() if reports is not None else None
        if reports is None:
            write_deltalake(
                self.storage.path(COMMIT_POINT),
                new,
                writer_properties=_writer_properties(),
                partition_by=partition_of(COMMIT_POINT),
                mode="append",
                configuration=TABLE_CONFIGURATION,
                storage_options=self.storage.delta_options(),
                commit_properties=properties,
            )
            reports = self._delta(COMMIT_POINT)
        elif replaced:
            years = {row["fiscal_year"] for row in rows} | set(
                self._reports_of(replaced).column(schemas.PARTITION_KEY).to_pylist()
            )
            predicate = f"{_in('report_id', replaced)} AND {_in(schemas.PARTITION_KEY, years)}"
            write_deltalake(
                reports,
                new,
                mode="overwrite",
                predicate=predicate,
                schema_mode="merge",
                commit_properties=properties,
                writer_properties=_writer_properties(),
            )
        elif new.num_rows:
            write_deltalake(
                reports,
                new,
                mode="append",
                schema_mode="merge",
                commit_properties=properties,
                writer_properties=_writer_properties(),
            )
        else:
            reports.create_write_transaction(
                [],
                mode="append",
                schema=reports.schema(),
                partition_by=partition_of(COMMIT_POINT),
                commit_properties=properties,
            )
            reports.update_incremental()
        cached = self._state.reports if self._state.reports and self._state.reports[0] == before else None
        if cached is not None and (rows or replaced):
            # The cache follows this commit (a 30,000-report table is not read again after every load).
            kept = cached[1].filter(
                pc.invert(pc.is_in(cached[1].column("report_id"), pa.array(sorted(replaced), pa.string())))
            )
            self._state.reports = (reports.version(), pa.concat_tables([kept, new]))
        elif cached is not None:
            self._state.reports = (reports.version(), cached[1])
        self._state.published = reports.version()
        self.storage.delete(WRITING_MARK)

    # -- reading -----------------------------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """Every table at its newest published version (what a reader sees)."""
        return pin(self.storage)

    def table_files(self, table: str) -> list[str]:
        """The data files of `table`'s published version (relative to the root)."""
        return self.snapshot().files(table)

    def read_table(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """Every published row of `table` (the contract's columns, or `columns`)."""
        return self.snapshot().read(table, columns)

    def _read_reports(self, where: Any) -> pa.Table:
        reports = self._delta(COMMIT_POINT)
        if reports is None:
            return schemas.REPORTS.empty_table()
        return contract_table(dataset_of(self.storage, COMMIT_POINT, reports).to_table(filter=where), COMMIT_POINT)

    def _reports_of(self, report_ids: set[str]) -> pa.Table:
        if self._state.reports is None:
            return self._read_reports(pc.field("report_id").isin(pa.array(sorted(report_ids), pa.string())))
        table = self._reports_arrow()
        return table.filter(pc.is_in(table.column("report_id"), pa.array(sorted(report_ids), pa.string())))

    def _reports_arrow(self) -> pa.Table:
        """The reports table's rows as this writer last published them (read again when another writer published)."""
        reports = self._delta(COMMIT_POINT)
        if reports is None:
            return schemas.REPORTS.empty_table()
        cached = self._state.reports
        if cached is None or cached[0] != reports.version():
            table = contract_table(dataset_of(self.storage, COMMIT_POINT, reports).to_table(), COMMIT_POINT)
            cached = self._state.reports = (reports.version(), table)
        return cached[1]

    def report_rows(
        self, fiscal_year: int | None = None, report_id: str | None = None, region: str | None = None
    ) -> list[dict[str, Any]]:
        """Report rows (with a year and a region: only that region and year's, and the report's own)."""
        if self._depth and self._state.reports is None and (region is not None or fiscal_year is not None):
            # A first load in this process: only the region and year's rows and the report's own, read by Arrow
            # (the whole table, 30,000 rows, only once a run has loaded one: see _reports_arrow).
            table = self._read_reports(
                (pc.field("region") == region) & (pc.field(schemas.PARTITION_KEY) == fiscal_year)
                | (pc.field("report_id") == (report_id or ""))
            )
            return table.to_pylist()
        table = self._reports_arrow() if self._depth else self.read_table(COMMIT_POINT)
        if region is not None or fiscal_year is not None:
            same = pc.and_(
                pc.equal(table.column("region"), pa.scalar(region, pa.string())),
                pc.equal(table.column("fiscal_year"), pa.scalar(fiscal_year, pa.int32())),
            )
            own = pc.equal(table.column("report_id"), pa.scalar(report_id or "", pa.string()))
            table = table.filter(pc.fill_null(pc.or_(pc.fill_null(same, False), own), False))
        return table.to_pylist()

    def current_reports(self) -> dict[str, dict[str, Any]]:
        """Each report's row, by id."""
        return {row["report_id"]: row for row in self.read_table(COMMIT_POINT).to_pylist()}

    def current_report_keys(self, regions: frozenset[str] | None = None) -> dict[str, dict[str, Any]]:
        """Each report's id, load, region, year and latest flag (only `regions`' reports when given)."""
        return {row["report_id"]: row for row in self.report_keys_table(regions).to_pylist()}

    def report_keys_table(self, regions: frozenset[str] | None = None) -> pa.Table:
        """current_report_keys as an Arrow table (30,000 rows as Python dicts take ≈ 80 ms)."""
        columns = ["report_id", "load_id", "region", "fiscal_year", "is_latest", "ingested_at"]
        where = pc.field("region").isin(pa.array(sorted(regions), pa.string())) if regions is not None else None
        return self.snapshot().read(COMMIT_POINT, columns, where)

    def current_rows(self, table: str, columns: list[str], reports: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """`columns` (with report_id) of `table`'s rows of `reports` (each table holds exactly the current load of
        every report)."""
        if not reports:
            return []
        wanted = list(dict.fromkeys(["report_id", *columns]))
        where = pc.field("report_id").isin(pa.array(sorted(reports), pa.string()))
        regions = {row["region"] for row in reports.values()}
        if None not in regions:  # files hold a region's rows together once compacted: let the scan skip the rest
            where = pc.field("region").isin(pa.array(sorted(regions), pa.string())) & where
        return self.snapshot().read(table, wanted, where).to_pylist()

    # -- loads -------------------------------------------------------------------------------------------------
    def load_report(self, parsed: ParsedReport, document: DocumentInfo) -> LoadResult:
        """Replace every row of this report (same report_id) with the parsed ones, atomically."""
        return self.load_reports([(parsed, document)])[0]

    def load_reports(self, loads: list[tuple[ParsedReport, DocumentInfo]]) -> list[LoadResult]:
        """Load several reports in one transaction (a commit per table, then the switch): each is replaced whole,
        and a reader sees all of them or none. (`jixiao ingest` loads one at a time, so that each is visible as
        soon as it is read; a bulk load, such as the scale benchmark's, takes hundreds at once.)"""
        with self.locked():
            if len(loads) > 1:
                self._reports_arrow()  # many at once: the whole reports table read once, then followed in memory
            now = datetime.now(UTC)
            pending: dict[str, dict[str, Any]] = {}  # report rows this transaction writes, by id
            replaced: set[str] = set()
            years: set[int | None] = set()
            tables: dict[str, list[pa.Table]] = {}
            results = []
            for parsed, document in loads:
                load_id = uuid.uuid4().hex[:16]
                reports = [
                    pending.get(row["report_id"], row)
                    for row in self.report_rows(parsed.report.fiscal_year, document.report_id, parsed.report.region)
                ]
                reports += [
                    row
                    for row in pending.values()
                    if row["report_id"] not in {r["report_id"] for r in reports}
                    and (
                        row["report_id"] == document.report_id
                        or _version_key(row)
                        == _version_key({"region": parsed.report.region, "fiscal_year": parsed.report.fiscal_year})
                    )
                ]
                previous = [row for row in reports if row["report_id"] == document.report_id]
                first_seen = min((row["first_ingested_at"] for row in previous), default=now)
                row = report_row(parsed, document, load_id, now, first_seen)
                for name, rows in report_tables(parsed, document, load_id).items():
                    tables.setdefault(name, []).append(rows)
                was_latest = [
                    r["report_id"] for r in reports if r["is_latest"] and _version_key(r) == _version_key(row)
                ]
                chosen = self.latest_choices().get(_version_key(row) or "")
                siblings = self._versions_with_latest_flag(reports, row, chosen)
                if any(old["report_id"] not in pending for old in previous):
                    replaced.add(document.report_id)  # rows of an earlier transaction to replace
                years |= {parsed.report.fiscal_year, *(old["fiscal_year"] for old in previous)}
                for changed in [row, *siblings]:
                    pending[changed["report_id"]] = changed
                results.append(
                    LoadResult(
                        report_id=document.report_id,
                        load_id=load_id,
                        replaced_previous=bool(previous),
                        rows={name: rows.num_rows for name, rows in report_tables(parsed, document, load_id).items()},
                        regions=tuple(dict.fromkeys([parsed.report.region, *(old["region"] for old in previous)])),
                        displaced_latest=next(
                            (rid for rid in was_latest if rid != document.report_id and row["is_latest"]), None
                        ),
                        kept_choice=chosen
                        if chosen and chosen != document.report_id and not row["is_latest"]
                        else None,
                    )
                )
            ids = [document.report_id for _, document in loads]
            # A report loaded for the first time is appended (no file read); when one replaces an earlier load, the
            # commit replaces the rows of every report of the transaction (their new rows all match its predicate).
            predicate = f"{_in('report_id', ids)} AND {_in(schemas.PARTITION_KEY, years)}" if replaced else None
            for name, parts in tables.items():
                rows = pa.concat_tables(parts)
                if len(set(ids)) < len(ids):  # one report twice in a transaction: its last load's rows
                    last = pa.array(list({r.report_id: r.load_id for r in results}.values()), pa.string())
                    keep = pc.is_in(rows.column("load_id"), value_set=last)
                    rows = rows.filter(keep)
                self._replace(name, rows, predicate)
            # Rows of reports already in the table that this transaction changes (a reload, a sibling's flag).
            # (all of the transaction's rows then match the commit's predicate, as delta-rs requires)
            committed = {rid for rid in pending if rid in replaced or rid not in ids}
            self._publish(list(pending.values()), set(pending) if committed else set(), operation="load")
            return results

    @staticmethod
    def _versions_with_latest_flag(
        reports: list[dict[str, Any]], new: dict[str, Any], chosen: str | None = None
    ) -> list[dict[str, Any]]:
        """Set `is_latest` across the versions of one region and year; return the other versions whose flag changed.

        The version chosen with `set_latest` stays the latest while it exists; otherwise versions are ordered by
        when they were first ingested (re-ingesting an old file does not make it new).
        """
        if new["region"] is None or new["fiscal_year"] is None:
            new["is_latest"] = True
            return []
        others = [
            dict(row)
            for row in reports
            if row["report_id"] != new["report_id"]
            and row["region"] == new["region"]
            and row["fiscal_year"] == new["fiscal_year"]
        ]
        versions = [*others, new]
        newest = next((row for row in versions if row["report_id"] == chosen), None) or max(
            versions, key=lambda row: (row["first_ingested_at"], row["report_id"])
        )
        changed = []
        for version in versions:
            flag = version is newest
            if version is not new and version["is_latest"] != flag:
                changed.append(version)
            version["is_latest"] = flag
        return changed

    def compact(self) -> int:
        """Merge each partition that holds COMPACT_MIN_FILES files or more into one (Delta `optimize`), publish, and
        delete the files replaced more than RETENTION_HOURS ago (`vacuum`): a reader pinned to an older version
        still finds every file it names. Returns the files merged."""
        with self.locked():
            merged = 0
            for name in schemas.ALL_TABLES:
                table = self._delta(name)
                if table is None:
                    continue
                for partition in _crowded_partitions(table):
                    self._mark_writing()
                    metrics = table.optimize.compact(
                        partition_filters=partition,
                        target_size=COMPACT_TARGET_BYTES,
                        writer_properties=_writer_properties(),
                    )
                    merged += int(metrics.get("numFilesRemoved", 0))
            if merged:
                self._publish([], set(), operation="compact")
                self.vacuum()  # (the files this or an earlier compaction replaced, once past the retention period)
            return merged

    def vacuum(self) -> list[str]:
        """Delete the files no version younger than RETENTION_HOURS names (Delta `vacuum`). Call under the lock."""
        removed: list[str] = []
        for name in schemas.ALL_TABLES:
            table = self._delta(name)
            if table is not None:
                removed += table.vacuum(retention_hours=RETENTION_HOURS, dry_run=False)
        return removed

    # -- versions ----------------------------------------------------------------------------------------------
    def latest_choices(self) -> dict[str, str]:
        """{"region|year": report_id} of the versions chosen as latest with `set_latest`."""
        return dict(self.read_json(LATEST_CHOICES) or {})

    def match_decisions(self) -> dict[tuple[str, str, str], str]:
        """{(region, key_a, key_b): "accept" | "reject"} (see parsers.project_identity.pair_key)."""
        return {
            (item["region"], item["key_a"], item["key_b"]): item["decision"]
            for item in self.read_json(MATCH_DECISIONS) or []
        }

    def record_match_decision(self, pair: tuple[str, str, str], decision: str, names: tuple[str, str]) -> None:
        """Store (or change) a person's answer on a pair; the next identity rebuild of the region applies it."""
        with self.storage.locked():
            kept = [
                item
                for item in self.read_json(MATCH_DECISIONS) or []
                if (item["region"], item["key_a"], item["key_b"]) != pair
            ]
            region, key_a, key_b = pair
            kept.append(
                {
                    "region": region,
                    "key_a": key_a,
                    "key_b": key_b,
                    "decision": decision,
                    "names": list(names),
                    "decided_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
            self.write_json(MATCH_DECISIONS, kept)

    def _current_row(self, report_id: str) -> dict[str, Any]:
        rows = self._reports_of({report_id}).to_pylist()
        if not rows:
            raise UnknownReport(report_id)
        return rows[0]

    def set_latest(self, report_id: str) -> list[str]:
        """Make `report_id` the latest version of its region and year, and keep it so: a version of the same region
        and year loaded later does not replace it (until another is chosen). Returns the ids whose flag changed."""
        with self.locked():
            target = self._current_row(report_id)
            key = _version_key(target)
            if key is None:  # a report without region or year is its own only version: always the latest
                return []
            choices = self.latest_choices()
            choices[key] = report_id
            self.write_json(LATEST_CHOICES, choices)
            reports = self.report_rows(target["fiscal_year"], report_id, target["region"])
            versions = [dict(r) for r in reports if _version_key(r) == key]
            changed = [v for v in versions if v["is_latest"] != (v["report_id"] == report_id)]
            for version in changed:
                version["is_latest"] = version["report_id"] == report_id
            if changed:
                self._publish(changed, {v["report_id"] for v in changed}, operation="set_latest")
            return [version["report_id"] for version in changed]

    def delete_report(self, report_id: str) -> dict[str, Any]:
        """Remove every row of one report version, atomically (its original stays in raw/, so it can be loaded
        again). When it was the latest, the newest remaining version of its region and year becomes the latest.
        Returns the deleted report's row, with `promoted` naming that version (or None)."""
        with self.locked():
            target = self._current_row(report_id)
            key = _version_key(target)
            choices = self.latest_choices()
            if key is not None and choices.get(key) == report_id:
                del choices[key]
                self.write_json(LATEST_CHOICES, choices)
            promoted: list[dict[str, Any]] = []
            if key is not None and target["is_latest"]:
                rest = [
                    dict(r)
                    for r in self.report_rows(target["fiscal_year"], report_id, target["region"])
                    if _version_key(r) == key and r["report_id"] != report_id
                ]
                if rest:
                    pick = next((r for r in rest if r["report_id"] == choices.get(key)), None) or max(
                        rest, key=lambda r: (r["first_ingested_at"], r["report_id"])
                    )
                    pick["is_latest"] = True
                    promoted = [pick]
            predicate = f"{_in('report_id', [report_id])} AND {_in(schemas.PARTITION_KEY, [target['fiscal_year']])}"
            for name in schemas.REPORT_TABLES:
                self._replace(name, schemas.ALL_TABLES[name].empty_table(), predicate)
            self._publish(promoted, {report_id, *(p["report_id"] for p in promoted)}, operation="delete")
            return {**target, "promoted": promoted[0]["report_id"] if promoted else None}

    # -- derived tables ----------------------------------------------------------------------------------------
    def _create_empty(self, name: str) -> None:
        """An empty table with the contract's columns, for readers without jixiao (Spark, Trino, Polars, DuckDB)."""
        from deltalake import DeltaTable

        DeltaTable.create(
            self.storage.path(name),
            schema=schemas.ALL_TABLES[name],
            partition_by=partition_of(name),
            configuration=TABLE_CONFIGURATION,
            storage_options=self.storage.delta_options(),
        )
        self._delta(name)

    def write_derived(self, tables: dict[str, pa.Table], regions: frozenset[str] | None) -> None:
        """Replace the rows of `regions` (all rows: None) of each derived table with `tables`' rows, and publish
        them together. Call under the lock."""
        predicate = "true"
        if regions is not None:
            buckets = {region_bucket(region) for region in regions}
            predicate = f"{_in(schemas.IDENTITY_BUCKET_KEY, buckets)} AND {_in('region', regions)}"
        for name, rows in tables.items():
            rows = with_region_buckets(rows)
            if self._delta(name) is None:
                self._replace(name, rows, None)  # (an empty one is created with its columns)
            else:
                self._replace(name, rows, predicate)
        self._publish([], set(), operation="identities")

    # -- originals, choices, errors ----------------------------------------------------------------------------
    def keep_original(self, sha256: str, data: bytes) -> None:
        """Keep a source's bytes under their hash (never a name from a URL or the PDF): nothing is ever lost."""
        relative = self.raw_path(sha256)
        if not self.storage.exists(relative):
            self.storage.write_bytes(relative, data)

    @staticmethod
    def raw_path(sha256: str) -> str:
        return raw_path(sha256)

    def read_original(self, sha256: str) -> bytes | None:
        relative = self.raw_path(sha256)
        return self.storage.read_bytes(relative) if self.storage.exists(relative) else None

    def verified_original(self, sha256: str) -> bytes | None:
        """The original kept under `sha256`, only if its bytes still hash to it (else OriginalMismatch)."""
        data = self.read_original(sha256)
        if data is not None and hashlib.sha256(data).hexdigest() != sha256:
            raise OriginalMismatch(f"the original {self.raw_path(sha256)} does not hash to its name: not loaded")
        return data

    def exists(self) -> bool:
        return self.storage.exists()

    def read_json(self, relative: str) -> Any:
        return json.loads(self.storage.read_bytes(relative)) if self.storage.exists(relative) else None

    def write_json(self, relative: str, value: Any) -> None:
        self.storage.write_bytes(relative, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))

    def loaded_versions(self) -> frozenset[tuple[str, str]]:
        """(sha256, parser_version) of every loaded report: what an incremental run may skip."""
        table = self.read_table(COMMIT_POINT, ["sha256", "parser_version"])
        return frozenset(
            zip(table.column("sha256").to_pylist(), table.column("parser_version").to_pylist(), strict=True)
        )

    def record_error(
        self, source_path: str, sha256: str | None, error_code: str, message: str, parser_version: str
    ) -> None:
        """One row per failing document (keyed by content, or by path when unreadable); replaced on retry."""
        row = {
            "source_path": source_path,
            "sha256": sha256,
            "error_code": error_code,
            "message": message,
            "occurred_at": datetime.now(UTC),
            "parser_version": parser_version,
        }
        with self.locked():
            self._replace(
                "ingest_errors",
                pa.Table.from_pylist([row], schema=schemas.INGEST_ERRORS),
                _error_predicate(sha256, source_path),
            )
            self._publish([], set(), operation="error")

    def clear_error(self, sha256: str, source_path: str) -> None:
        """A document that now loads has no error any more."""
        with self.locked():
            table = self._delta("ingest_errors")
            if table is None:
                return
            predicate = _error_predicate(sha256, source_path)
            if dataset_of(self.storage, "ingest_errors", table).count_rows(filter=_error_filter(sha256, source_path)):
                self._replace("ingest_errors", schemas.INGEST_ERRORS.empty_table(), predicate)
                self._publish([], set(), operation="error")


class OriginalMismatch(ValueError):
    """An original in raw/ whose bytes no longer hash to its name (replaced or damaged): never loaded."""


def _error_predicate(sha256: str | None, source_path: str) -> str:
    """A document's error row: by content where its bytes were read, else by its path (without a hash)."""
    if sha256:
        return f"sha256 = {sql_text(sha256)} OR (sha256 IS NULL AND source_path = {sql_text(source_path)})"
    return f"sha256 IS NULL AND source_path = {sql_text(source_path)}"


def _error_filter(sha256: str | None, source_path: str) -> Any:
    by_path = pc.field("sha256").is_null() & (pc.field("source_path") == source_path)
    return (pc.field("sha256") == sha256) | by_path if sha256 else by_path


def _crowded_partitions(table: Any) -> list[list[tuple[str, str, Any]] | None]:
    """The partitions of `table` holding COMPACT_MIN_FILES files smaller than COMPACT_TARGET_BYTES or more (None:
    the whole of an unpartitioned table), as `optimize`'s partition filters."""
    actions = pa.table(table.get_add_actions(flatten=True))
    actions = actions.filter(pc.less(actions.column("size_bytes"), COMPACT_TARGET_BYTES))
    column = next((c for c in table.metadata().partition_columns), None)
    key = f"partition.{column}"
    if column is None or key not in actions.column_names:
        return [None] if actions.num_rows >= COMPACT_MIN_FILES else []
    counts: dict[Any, int] = {}
    for value in actions.column(key).to_pylist():
        counts[value] = counts.get(value, 0) + 1
    return [
        [(column, "=", str(value) if value is not None else "__HIVE_DEFAULT_PARTITION__")]
        for value, count in sorted(counts.items(), key=lambda item: str(item[0]))
        if count >= COMPACT_MIN_FILES
    ]


_NOT_ROWS = ("OPTIMIZE", "VACUUM START", "VACUUM END", "SET TBLPROPERTIES")


def _rows_differ(table: Any, published: int) -> bool:
    """Whether the commits after `published` changed rows (an `optimize` alone did not: nothing to restore)."""
    for entry in table.history(table.version() - published):
        if entry["version"] > published and entry.get("operation") not in _NOT_ROWS:
            return True
    return False
