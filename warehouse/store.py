"""The Parquet warehouse on disk, and loads that are atomic per report.

Layout: `<root>/<table>/fiscal_year=<Y>/<report_id>.<load_id>.parquet` for the per-report tables,
`<root>/reports/fiscal_year=<Y>/<report_id>.parquet` for the report row, `<root>/ingest_errors/<key>.parquet`.
After a run, `compact` merges a partition's per-report files into `part-<id>.parquet` files of up to
`PART_REPORTS` reports (same rows, one file per table and part), so that readers open a few files, not one per
report; a later load of a report held in a part rewrites that part without it, in the same journal.
Every file on disk holds current rows only once a load or compaction has finished.

A load stages all its files under `_staging/<load_id>/`, writes a journal of the renames and deletions that
publish it, then applies the journal: data files first, the report row last. The report row names its
`load_id`, and the views show only rows of that load, so a reader sees the old version of a report or the new
one, never a mix. A process killed at any point leaves either a staging folder without a journal (discarded on
the next load) or a journal (applied on the next load). Loads are serialised with an exclusive file lock.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from parsers import ParsedReport
from warehouse import schemas
from warehouse.rows import DocumentInfo, report_row, report_tables
from warehouse.storage import storage_for

DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # a report whose fiscal year was not found
FILES_PER_READ = 50


@dataclass(frozen=True, slots=True)
class LoadResult:
    report_id: str
    load_id: str
    replaced_previous: bool
    rows: dict[str, int]
    regions: tuple[str | None, ...] = ()  # the report's region, and any its previous load had


def _named_report(path: str) -> str | None:
    """The report a per-report file is named after (`<report_id>.<load_id>.parquet`), else None."""
    stem = path.rsplit("/", 1)[-1]
    head = stem.split(".", 1)[0]
    return head if len(head) == 16 and all(char in "0123456789abcdef" for char in head) else None


def _partition(fiscal_year: int | None) -> str:
    return f"{schemas.PARTITION_KEY}={fiscal_year if fiscal_year is not None else DEFAULT_PARTITION}"


def _without_partition_key(table: pa.Table, schema: pa.Schema) -> pa.Table:
    if schemas.PARTITION_KEY in table.schema.names:
        table = table.drop_columns([schemas.PARTITION_KEY])
    return table.cast(schemas.file_schema(schema))


JOURNAL, STAGING = "_journal", "_staging"
# Compaction: a partition's per-report files become parts of up to PART_REPORTS reports each once there are
# COMPACT_MIN_FILES of them, so that a reader opens a few files per table instead of one per report.
PART = "part-"
PART_REPORTS = 500
COMPACT_MIN_FILES = 16


def is_part(path: str) -> bool:
    return path.rsplit("/", 1)[-1].startswith(PART)


def _path_key(source_path: str) -> str:
    """The error row's key for a document whose bytes could not be read (so no hash)."""
    return "path-" + uuid.uuid5(uuid.NAMESPACE_URL, source_path).hex[:16]


class Warehouse:
    """The warehouse at `root`: a local folder or an fsspec URL (see warehouse/storage.py)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.storage = storage_for(root)
        self.root = self.storage.root  # a Path for a local warehouse, the URL otherwise
        self._report_cache: dict[str, tuple[object, list[dict[str, Any]]]] = {}
        self._member_cache: dict[str, tuple[object, frozenset[str]]] = {}

    # -- locking and recovery ----------------------------------------------------------------------------------
    @contextmanager
    def locked(self) -> Iterator[None]:
        with self.storage.locked():
            yield

    def recover(self) -> int:
        """Finish loads whose journal was written, discard staging that never got one. Call under the lock."""
        finished = 0
        for journal in self.storage.glob(f"{JOURNAL}/*.json"):
            self._apply(json.loads(self.storage.read_bytes(journal)))
            self.storage.delete(journal)
            finished += 1
        if self.storage.exists(STAGING):
            self.storage.delete_tree(STAGING)
        return finished

    def _apply(self, journal: dict[str, Any]) -> None:
        for staged, final in journal["moves"]:
            self.storage.move(staged, final)
        for obsolete in journal["deletes"]:
            self.storage.delete(obsolete)

    # -- reading -----------------------------------------------------------------------------------------------
    def table_files(self, table: str) -> list[str]:
        return self.storage.glob(f"{table}/**/*.parquet")

    def read_table(self, table: str, files: list[str] | None = None, columns: list[str] | None = None) -> pa.Table:
        """Every row on disk (including rows of superseded loads: see `current_rows` and the DuckDB views)."""
        schema = schemas.ALL_TABLES[table]
        files = self.table_files(table) if files is None else files
        if not files:
            return schema.empty_table() if columns is None else schema.empty_table().select(columns)
        filesystem, base = self.storage.arrow_filesystem()
        partitioning = ds.partitioning(pa.schema([(schemas.PARTITION_KEY, pa.int32())]), flavor="hive")
        dataset = ds.dataset(
            [f"{base}/{path}" for path in files],
            schema=schema,
            format="parquet",
            filesystem=filesystem,
            partitioning=partitioning if schemas.PARTITION_KEY in schema.names else None,
            partition_base_dir=f"{base}/{table}",
        )
        return dataset.to_table(columns=columns)

    def report_rows(self, fiscal_year: int | None = None, report_id: str | None = None) -> list[dict[str, Any]]:
        """Report rows; with a year, only that partition's (and the report's own row wherever it is). A file
        unchanged since this object last read it is not read again (a long run loads into a growing warehouse)."""
        if fiscal_year is None:
            files = self.table_files("reports")
        else:
            files = self.storage.glob(f"reports/{_partition(fiscal_year)}/*.parquet")
            files += [path for path in self.storage.glob(f"reports/*/{report_id}.parquet") if path not in files]
            held = self.part_members("reports").get(report_id or "")
            files += [held] if held and held not in files else []
        return [row for _, row in self._report_rows_in(files)]

    def _report_rows_in(self, files: list[str]) -> list[tuple[str, dict[str, Any]]]:
        rows = []
        for path in files:
            signature = self.storage.signature(path)
            cached = self._report_cache.get(path)
            if signature is None or cached is None or cached[0] != signature:
                try:
                    cached = (signature, self.read_table("reports", [path]).to_pylist())
                except (OSError, pa.ArrowException):
                    continue  # a damaged report row: that report is loaded again (`jixiao check` lists it)
                self._report_cache[path] = cached
            rows.extend((path, dict(row)) for row in cached[1])
        return rows

    def current_reports(self) -> dict[str, dict[str, Any]]:
        """Each report's newest row, as the `reports` view shows it: two rows coexist only while (or after being
        interrupted in) a load's or a compaction's renames; the newer wins, then the report's own file's."""
        current: dict[str, tuple[tuple[Any, bool], dict[str, Any]]] = {}
        for path, row in self._report_rows_in(self.table_files("reports")):
            rank = (row["ingested_at"], not is_part(path))
            kept = current.get(row["report_id"])
            if kept is None or rank > kept[0]:
                current[row["report_id"]] = (rank, row)
        return {report_id: row for report_id, (_, row) in current.items()}

    def current_rows(self, table: str, columns: list[str], reports: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """`columns` (with report_id) of a report table's rows of each report's current load (`reports`, from
        `current_reports`): what its view shows, read without DuckDB (a connection binding every file raised the
        loading process's peak by ≈ 100 MB at 200 reports). Read `FILES_PER_READ` files at a time: one Arrow
        dataset over every file held ≈ 50 KB per file on top of the rows (+17 MB vs +9 MB at 200 reports)."""
        current = {(report_id, row["load_id"]) for report_id, row in reports.items()}
        current_ids = set(reports)
        wanted = list(dict.fromkeys(["report_id", *columns, "load_id"]))
        # A report's own files are named after it: read only those of the reports asked for.
        files = [
            path
            for path in self.table_files(table)
            if _named_report(path) in current_ids or _named_report(path) is None
        ]
        rows = []
        for start in range(0, len(files), FILES_PER_READ):
            for row in self.read_table(table, files[start : start + FILES_PER_READ], columns=wanted).to_pylist():
                if (row["report_id"], row["load_id"]) in current:
                    rows.append({name: row[name] for name in ["report_id", *columns]})
        return rows

    def part_members(self, table: str) -> dict[str, str]:
        """report_id → the part file that holds its rows (read once per part: its report_id column)."""
        members: dict[str, str] = {}
        for path in self.storage.glob(f"{table}/*/{PART}*.parquet"):
            signature = self.storage.signature(path)
            cached = self._member_cache.get(path)
            if signature is None or cached is None or cached[0] != signature:
                try:
                    ids = self.read_table(table, [path], columns=["report_id"]).column("report_id").to_pylist()
                except (OSError, pa.ArrowException):
                    continue  # a damaged part: `jixiao check` reports it
                cached = (signature, frozenset(ids))
                self._member_cache[path] = cached
            members.update(dict.fromkeys(cached[1], path))
        return members

    def _parts_without(self, table: str, report_ids: set[str], staging: str) -> tuple[list[tuple[str, str]], list[str]]:
        """(moves, deletes) that rewrite the parts holding any of `report_ids` without their rows. A rewritten part
        keeps its name, so that the rename replacing it is atomic: no reader sees the other reports' rows twice or
        not at all."""
        members = self.part_members(table)
        moves: list[tuple[str, str]] = []
        deletes: list[str] = []
        for part in sorted({members[report_id] for report_id in report_ids if report_id in members}):
            rows = self.read_table(table, [part])
            kept = rows.filter(pa.array([rid not in report_ids for rid in rows.column("report_id").to_pylist()]))
            if not kept.num_rows:
                deletes.append(part)
                continue
            staged = f"{staging}/{table}/{part.rsplit('/', 1)[-1]}"
            self.storage.write_parquet(staged, _without_partition_key(kept, schemas.ALL_TABLES[table]))
            moves.append((staged, part))
        return moves, deletes

    def compact(self) -> int:
        """Merge each partition's per-report files into parts once there are `COMPACT_MIN_FILES` reports in them;
        returns the reports merged. The merged rows get a new load_id (in the report row too), and the report
        rows' own files are deleted before the other tables': a reader sees each report's own files or its parts,
        never both (the views keep the rows of the load the report row names)."""
        with self.locked():
            self.recover()
            load_id = uuid.uuid4().hex[:16]
            staging = f"{STAGING}/compact-{load_id}"
            names = [*schemas.REPORT_TABLES, "reports"]
            own_files: dict[str, dict[tuple[str, str], str]] = {}  # table → (partition folder, report) → file
            for table in names:
                for path in self.table_files(table):
                    report = None if is_part(path) else _named_report(path)
                    if report:
                        own_files.setdefault(table, {})[(path.rsplit("/", 1)[0].split("/", 1)[1], report)] = path
            by_partition: dict[str, list[str]] = {}
            for folder, report in own_files.get("reports", {}):
                # Only reports whose every table has its own file (a damaged one is `jixiao check`'s to repair).
                if all((folder, report) in own_files.get(table, {}) for table in schemas.REPORT_TABLES):
                    by_partition.setdefault(folder, []).append(report)
            moves: list[tuple[str, str]] = []
            deletes: dict[str, list[str]] = {table: [] for table in names}
            merged = 0
            for folder, reports in sorted(by_partition.items()):
                if len(reports) < COMPACT_MIN_FILES:
                    continue
                reports.sort()
                for start in range(0, len(reports), PART_REPORTS):
                    chunk = reports[start : start + PART_REPORTS]
                    name = f"{PART}{uuid.uuid4().hex[:16]}.parquet"
                    for table in names:
                        files = [own_files[table][(folder, report)] for report in chunk]
                        rows = self.read_table(table, files)
                        rows = rows.set_column(
                            rows.schema.get_field_index("load_id"), "load_id", pa.array([load_id] * rows.num_rows)
                        )
                        staged = f"{staging}/{table}/{name}"
                        self.storage.write_parquet(staged, _without_partition_key(rows, schemas.ALL_TABLES[table]))
                        moves.append((staged, f"{table}/{folder}/{name}"))
                        deletes[table] += files
                    merged += len(chunk)
            if moves:
                # Report rows' own files first: from then on each report's row in its part names the parts' rows.
                ordered = deletes["reports"] + [path for table in schemas.REPORT_TABLES for path in deletes[table]]
                self._publish(f"compact-{load_id}", {"moves": moves, "deletes": ordered})
            self.storage.delete_tree(staging)
            return merged

    # -- writing -----------------------------------------------------------------------------------------------
    def load_report(self, parsed: ParsedReport, document: DocumentInfo) -> LoadResult:
        """Replace every row of this report (same report_id) with the parsed ones, atomically."""
        with self.locked():
            self.recover()
            now = datetime.now(UTC)
            load_id = uuid.uuid4().hex[:16]
            # Only this report's rows and its year's partition matter (other versions share region and year).
            reports = self.report_rows(parsed.report.fiscal_year, document.report_id)
            previous = [row for row in reports if row["report_id"] == document.report_id]
            first_seen = min((row["first_ingested_at"] for row in previous), default=now)
            row = report_row(parsed, document, load_id, now, first_seen)
            tables = report_tables(parsed, document, load_id)

            staging = f"{STAGING}/{load_id}"
            partition = _partition(parsed.report.fiscal_year)
            moves: list[tuple[str, str]] = []
            for name, table in tables.items():
                staged = f"{staging}/{name}/{partition}/{document.report_id}.{load_id}.parquet"
                self.storage.write_parquet(staged, _without_partition_key(table, schemas.REPORT_TABLES[name]))
                moves.append((staged, f"{name}/{partition}/{document.report_id}.{load_id}.parquet"))

            siblings = self._versions_with_latest_flag(reports, row)
            for sibling in [row, *siblings]:
                staged = f"{staging}/reports/{sibling['report_id']}.parquet"
                table = pa.Table.from_pylist([sibling], schema=schemas.REPORTS)
                self.storage.write_parquet(staged, _without_partition_key(table, schemas.REPORTS))
                moves.append((staged, f"reports/{_partition(sibling['fiscal_year'])}/{sibling['report_id']}.parquet"))

            # Rows of this report (and of the versions whose flag changed) held in parts: the parts are rewritten
            # without them, in the same journal.
            part_deletes: list[str] = []
            for name in [*schemas.REPORT_TABLES, "reports"]:
                held = {document.report_id} if name != "reports" else {row["report_id"] for row in [row, *siblings]}
                rewritten, superseded = self._parts_without(name, held, staging)
                moves += rewritten
                part_deletes += superseded
            keep = {target for _, target in moves}
            # The files a previous load left are in its year's partition (a re-parse may have found another year).
            partitions = {partition, *(_partition(old["fiscal_year"]) for old in previous)}
            deletes = [
                path
                for name in [*schemas.REPORT_TABLES, "reports"]
                for where in sorted(partitions)
                for path in self.storage.glob(f"{name}/{where}/{document.report_id}.*parquet")
                if path not in keep
            ] + part_deletes
            self._publish(load_id, {"moves": moves, "deletes": deletes})
            self.storage.delete_tree(staging)
            return LoadResult(
                report_id=document.report_id,
                load_id=load_id,
                replaced_previous=bool(previous),
                rows={name: table.num_rows for name, table in tables.items()},
                regions=tuple(dict.fromkeys([parsed.report.region, *(old["region"] for old in previous)])),
            )

    def _publish(self, load_id: str, journal: dict[str, Any]) -> None:
        path = f"{JOURNAL}/{load_id}.json"
        self.storage.write_bytes(path, json.dumps(journal).encode("utf-8"))
        self.storage.sync(JOURNAL)
        self._apply(journal)
        self.storage.delete(path)

    @staticmethod
    def _versions_with_latest_flag(reports: list[dict[str, Any]], new: dict[str, Any]) -> list[dict[str, Any]]:
        """Set `is_latest` across the versions of one region and year; return the other versions whose flag changed.

        Versions are ordered by when they were first ingested (re-ingesting an old file does not make it new).
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
        newest = max(versions, key=lambda row: (row["first_ingested_at"], row["report_id"]))
        changed = []
        for version in versions:
            flag = version is newest
            if version is not new and version["is_latest"] != flag:
                changed.append(version)
            version["is_latest"] = flag
        return changed

    def keep_original(self, sha256: str, data: bytes) -> None:
        """Keep a source's bytes under their hash (never a name from a URL or the PDF): nothing is ever lost."""
        relative = self.raw_path(sha256)
        if not self.storage.exists(relative):
            self.storage.write_bytes(relative, data)

    @staticmethod
    def raw_path(sha256: str) -> str:
        return f"raw/{sha256}.pdf"

    def read_original(self, sha256: str) -> bytes | None:
        relative = self.raw_path(sha256)
        return self.storage.read_bytes(relative) if self.storage.exists(relative) else None

    def exists(self) -> bool:
        return self.storage.exists()

    def write_table(self, name: str, table: pa.Table) -> None:
        """Replace a derived (whole-warehouse) table's single file."""
        self.storage.write_parquet(f"{name}/{name}.parquet", table)

    def read_json(self, relative: str) -> Any:
        return json.loads(self.storage.read_bytes(relative)) if self.storage.exists(relative) else None

    def write_json(self, relative: str, value: Any) -> None:
        self.storage.write_bytes(relative, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))

    def loaded_versions(self) -> frozenset[tuple[str, str]]:
        """(sha256, parser_version) of every loaded report: what an incremental run may skip."""
        try:
            table = self.read_table("reports").select(["sha256", "parser_version"])
        except (OSError, pa.ArrowException):  # a damaged report row: read the others one by one
            return frozenset((row["sha256"], row["parser_version"]) for row in self.report_rows())
        return frozenset(
            zip(table.column("sha256").to_pylist(), table.column("parser_version").to_pylist(), strict=True)
        )

    def record_error(
        self, source_path: str, sha256: str | None, error_code: str, message: str, parser_version: str
    ) -> None:
        """One row per failing document (keyed by content, or by path when unreadable); replaced on retry."""
        key = sha256[:16] if sha256 else _path_key(source_path)
        row = {
            "source_path": source_path,
            "sha256": sha256,
            "error_code": error_code,
            "message": message,
            "occurred_at": datetime.now(UTC),
            "parser_version": parser_version,
        }
        with self.locked():
            self.storage.write_parquet(
                f"ingest_errors/{key}.parquet", pa.Table.from_pylist([row], schema=schemas.INGEST_ERRORS)
            )

    def clear_error(self, sha256: str, source_path: str) -> None:
        """A document that now loads has no error any more."""
        with self.locked():
            for key in (sha256[:16], _path_key(source_path)):
                self.storage.delete(f"ingest_errors/{key}.parquet")
