"""The Parquet warehouse on disk, and loads that are atomic per report.

Layout: `<root>/<table>/fiscal_year=<Y>/<report_id>.<load_id>.parquet` for the per-report tables,
`<root>/reports/fiscal_year=<Y>/<report_id>.parquet` for the report row, `<root>/ingest_errors/<key>.parquet`,
`<root>/<derived table>/bucket-<NN>.parquet` for the project identities (rows bucketed by region).
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

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from parsers import ParsedReport
from warehouse import schemas
from warehouse.layout import BUCKET, DEFAULT_PARTITION, MEMBERS_KEY, PART, is_part, named_report, raw_path
from warehouse.reading import read_file, read_files
from warehouse.rows import DocumentInfo, report_row, report_tables
from warehouse.storage import storage_for


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


def _folder(path: str) -> str:
    """The partition folder of a table's file (`fiscal_year=2023` of `metrics/fiscal_year=2023/x.parquet`)."""
    return path.rsplit("/", 1)[0].split("/", 1)[1]


def _partition(fiscal_year: int | None) -> str:
    return f"{schemas.PARTITION_KEY}={fiscal_year if fiscal_year is not None else DEFAULT_PARTITION}"


def _without_partition_key(table: pa.Table, schema: pa.Schema) -> pa.Table:
    if schemas.PARTITION_KEY in table.schema.names:
        table = table.drop_columns([schemas.PARTITION_KEY])
    return table.cast(schemas.file_schema(schema))


JOURNAL, STAGING = "_journal", "_staging"
# The versions a person chose as the latest of their region and year (`jixiao latest ID`): {"region|year": id}.
LATEST_CHOICES = "_choices/latest.json"
# People's answers on project pairs left for review (`jixiao review --accept/--reject`), kept across rebuilds.
MATCH_DECISIONS = "_choices/project_matches.json"
# Each part's members under its file's change signature (a cache of the parts' footers; see part_member_sets).
PART_INDEX = "_index/parts.json"
INDEX_AFTER_FOOTERS = 8  # footers read by one listing that make it worth writing the index again
# Compaction: a partition's per-report files become parts of up to PART_REPORTS reports each once there are
# COMPACT_MIN_FILES of them, so that a reader opens a few files per table instead of one per report.
PART_REPORTS = 500
COMPACT_MIN_FILES = 16


def _part_table(rows: pa.Table, table: str, members: list[str]) -> pa.Table:
    written = _without_partition_key(rows, schemas.ALL_TABLES[table])
    return written.replace_schema_metadata({MEMBERS_KEY: json.dumps(sorted(members)).encode()})


def _path_key(source_path: str) -> str:
    """The error row's key for a document whose bytes could not be read (so no hash)."""
    return "path-" + uuid.uuid5(uuid.NAMESPACE_URL, source_path).hex[:16]


def _newest_rows(rows: list[tuple[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Each report's newest row of (file, row) pairs: the newer ingestion wins, then the report's own file's
    (as the `reports` view orders them)."""
    current: dict[str, tuple[tuple[Any, bool], dict[str, Any]]] = {}
    for path, row in rows:
        rank = (row["ingested_at"], not is_part(path))
        kept = current.get(row["report_id"])
        if kept is None or rank > kept[0]:
            current[row["report_id"]] = (rank, row)
    return {report_id: row for report_id, (_, row) in current.items()}


# What says which load of a report is current, and whether it is the latest version of its region and year.
REPORT_KEY_COLUMNS = ["report_id", "load_id", "region", "fiscal_year", "is_latest", "ingested_at"]


class UnknownReport(LookupError):
    """No report with this id is loaded."""


def _version_key(row: dict[str, Any]) -> str | None:
    if row["region"] is None or row["fiscal_year"] is None:
        return None
    return f"{row['region']}|{row['fiscal_year']}"


class Warehouse:
    """The warehouse at `root`: a local folder or an fsspec URL (see warehouse/storage.py)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.storage = storage_for(root)
        self.root = self.storage.root  # a Path for a local warehouse, the URL otherwise
        self._report_cache: dict[str, tuple[object, pa.Table]] = {}
        self._member_cache: dict[str, tuple[object, frozenset[str]]] = {}
        self._loaded_index: dict[str, Any] | None = None
        # part_members per table until this object next writes (a no-op re-run asks once per table per document;
        # another process's compaction meanwhile can only make a report look damaged, so loaded again: never lost).
        self._members_memo: dict[str, Any] = {}

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
        self._members_memo.clear()
        for staged, final in journal["moves"]:
            self.storage.move(staged, final)
        for obsolete in journal["deletes"]:
            self.storage.delete(obsolete)

    # -- reading -----------------------------------------------------------------------------------------------
    def table_files(self, table: str) -> list[str]:
        return self.storage.glob(f"{table}/**/*.parquet")

    def read_table(self, table: str, files: list[str] | None = None, columns: list[str] | None = None) -> pa.Table:
        """Every row on disk (including rows of superseded loads: see `current_rows` and the DuckDB views)."""
        return read_files(self.storage, table, self.table_files(table) if files is None else files, columns)

    def report_rows(
        self, fiscal_year: int | None = None, report_id: str | None = None, region: str | None = None
    ) -> list[dict[str, Any]]:
        """Report rows; with a year, only that partition's (and the report's own row wherever it is), and with a
        region only that region's rows and the report's (the versions a load compares). A file unchanged since
        this object last read it is not read again (a long run loads into a growing warehouse)."""
        if fiscal_year is None:
            files = self.table_files("reports")
        else:
            files = self.storage.glob(f"reports/{_partition(fiscal_year)}/*.parquet")
            files += [path for path in self.storage.glob(f"reports/*/{report_id}.parquet") if path not in files]
            held = self.part_members("reports").get(report_id or "")
            files += [held] if held and held not in files else []

        def keep(table: pa.Table) -> pa.Table:
            if region is None:
                return table
            wanted = pc.or_(
                pc.equal(table.column("region"), pa.scalar(region, pa.string())),
                pc.equal(table.column("report_id"), pa.scalar(report_id or "", pa.string())),
            )
            return table.filter(pc.fill_null(wanted, False))

        return [row for _, row in self._report_rows_in(files, keep)]

    def _report_rows_in(
        self, files: list[str], keep: Callable[[pa.Table], pa.Table] | None = None
    ) -> list[tuple[str, dict[str, Any]]]:
        rows = []
        for path in files:
            signature = self.storage.signature(path)
            cached = self._report_cache.get(path)
            if signature is None or cached is None or cached[0] != signature:
                try:
                    cached = (signature, self.read_table("reports", [path]))
                except (OSError, pa.ArrowException):
                    continue  # a damaged report row: that report is loaded again (`jixiao check` lists it)
                self._report_cache[path] = cached
            table = keep(cached[1]) if keep is not None else cached[1]
            rows.extend((path, row) for row in table.to_pylist())
        return rows

    def current_reports(self) -> dict[str, dict[str, Any]]:
        """Each report's newest row, as the `reports` view shows it: two rows coexist only while (or after being
        interrupted in) a load's or a compaction's renames; the newer wins, then the report's own file's."""
        return _newest_rows(self._report_rows_in(self.table_files("reports")))

    def current_report_keys(self, regions: frozenset[str] | None = None) -> dict[str, dict[str, Any]]:
        """`current_reports`, with only the columns that say which load of a report is current and whether it is
        the latest of its region and year (REPORT_KEY_COLUMNS), and only the reports of `regions` when given:
        read and filtered by Arrow, so that a region's identity rebuild in a warehouse of 30,000
        reports does not turn every report row into a Python object."""
        files = self.table_files("reports")
        if not files:
            return {}
        where = ("region", sorted(regions)) if regions is not None else None
        rows: list[tuple[str, dict[str, Any]]] = []
        for path in files:
            try:
                table = read_file(self.storage, "reports", path, REPORT_KEY_COLUMNS, where)
            except (OSError, pa.ArrowException):
                continue  # a damaged report row: that report is loaded again (`jixiao check` lists it)
            rows.extend((path, row) for row in table.to_pylist())
        return _newest_rows(rows)

    def current_rows(self, table: str, columns: list[str], reports: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """`columns` (with report_id) of a report table's rows of each report's current load (`reports`, from
        `current_reports`): what its view shows, read without DuckDB (a connection binding every file raised the
        loading process's peak by ≈ 100 MB at 200 reports). Only the files holding those reports are read (their
        own files, and the parts that name them), one file at a time, filtered by report in Arrow."""
        if not reports:
            return []
        current = {(report_id, row["load_id"]) for report_id, row in reports.items()}
        wanted = list(dict.fromkeys(["report_id", *columns, "load_id"]))
        own = self.own_files(table)
        files = {path for report_id in reports for path in own.get(report_id, [])}
        files |= {path for path, held in self.part_member_sets(table).items() if not held.isdisjoint(reports)}
        # Files of neither kind (none are written today) are read whole rather than missed.
        files |= {path for path in self.table_files(table) if not is_part(path) and named_report(path) is None}
        rows = []
        for path in sorted(files):
            found = read_file(self.storage, table, path, wanted, ("report_id", reports))
            for row in found.to_pylist():
                if (row["report_id"], row["load_id"]) in current:
                    rows.append({name: row[name] for name in ["report_id", *columns]})
        return rows

    def part_members(self, table: str) -> dict[str, str]:
        """report_id → the part file that holds its rows (none, for a report with no rows in this table). A part
        names its members in its footer's metadata (read once per part); a part written before that did is
        known by its report_id column."""
        key = f"members:{table}"
        if key not in self._members_memo:
            members: dict[str, str] = {}
            for path, held in self.part_member_sets(table).items():
                members.update(dict.fromkeys(held, path))
            self._members_memo[key] = members
        return self._members_memo[key]  # type: ignore[no-any-return]

    def part_member_sets(self, table: str) -> dict[str, frozenset[str]]:
        """Each part of `table` → its member reports. (While a compaction's renames are under way a report is a
        member of two parts: its old and its new one.) A part's footer is read once: the members are kept in
        `PART_INDEX` under the file's change signature, so that a new process does not read every part's footer
        (≈ 600 footers, 0.45 s, at 30,000 reports); an entry whose file has changed since is read again."""
        if table in self._members_memo:
            return self._members_memo[table]  # type: ignore[no-any-return]
        index = self._part_index()
        sets: dict[str, frozenset[str]] = {}
        footers_read = 0
        for path in self.storage.glob(f"{table}/*/{PART}*.parquet"):
            signature = self.storage.signature(path)
            cached = self._member_cache.get(path)
            if cached is None and signature is not None and path in index["files"]:
                *indexed_signature, key = index["files"][path]
                if tuple(indexed_signature) == signature and key in index["members"]:
                    cached = (signature, frozenset(index["members"][key]))
                    self._member_cache[path] = cached
            if signature is None or cached is None or cached[0] != signature:
                try:
                    cached = (signature, frozenset(self._part_member_list(table, path)))
                except (OSError, pa.ArrowException, ValueError):
                    continue  # a damaged part: `jixiao check` reports it
                self._member_cache[path] = cached
                footers_read += signature is not None
            sets[path] = cached[1]
        self._members_memo[table] = sets
        if footers_read >= INDEX_AFTER_FOOTERS:  # (a load rewrites a part or two per table: not worth a write)
            self._save_part_index()
        return sets

    def _part_index(self) -> dict[str, Any]:
        if self._loaded_index is None:
            try:
                self._loaded_index = self.read_json(PART_INDEX) or {}
            except (OSError, ValueError):
                self._loaded_index = {}  # a damaged index is only a cache: the footers are read again
            self._loaded_index.setdefault("files", {})
            self._loaded_index.setdefault("members", {})
        return self._loaded_index

    def _save_part_index(self) -> None:
        """Write what this object knows of the parts that exist (a stale or lost index costs only footer reads, so
        a concurrent writer's index replacing this one is harmless)."""
        index = self._part_index()
        files: dict[str, list[Any]] = dict(index["files"])
        members: dict[str, list[str]] = dict(index["members"])
        for path, (signature, held) in self._member_cache.items():
            if signature is not None:
                key = hashlib.sha1("\n".join(sorted(held)).encode()).hexdigest()[:16]
                members[key] = sorted(held)
                files[path] = [*signature, key]
        files = {path: entry for path, entry in files.items() if self.storage.exists(path)}
        used = {entry[-1] for entry in files.values()}
        self._loaded_index = {"files": files, "members": {key: held for key, held in members.items() if key in used}}
        self.write_json(PART_INDEX, self._loaded_index)

    def own_files(self, table: str) -> dict[str, list[str]]:
        """report_id → its own (uncompacted) files of `table`: one listing per table until this object next
        writes, where a glob per report would list every partition for each."""
        key = f"own:{table}"
        if key not in self._members_memo:
            files: dict[str, list[str]] = {}
            for path in self.table_files(table):
                report = None if is_part(path) else named_report(path)
                if report:
                    files.setdefault(report, []).append(path)
            self._members_memo[key] = files  # type: ignore[assignment]
        return self._members_memo[key]  # type: ignore[return-value]

    def _part_member_list(self, table: str, path: str) -> list[str]:
        import pyarrow.parquet as pq

        filesystem, base = self.storage.arrow_filesystem()
        metadata = pq.read_schema(f"{base}/{path}", filesystem=filesystem).metadata or {}
        if MEMBERS_KEY in metadata:
            return list(json.loads(metadata[MEMBERS_KEY]))
        return self.read_table(table, [path], columns=["report_id"]).column("report_id").to_pylist()

    def _parts_without(self, table: str, report_ids: set[str], staging: str) -> tuple[list[tuple[str, str]], list[str]]:
        """(moves, deletes) that rewrite the parts holding any of `report_ids` without their rows. A rewritten part
        keeps its name, so that the rename replacing it is atomic: no reader sees the other reports' rows twice or
        not at all."""
        members = self.part_members(table)
        moves: list[tuple[str, str]] = []
        deletes: list[str] = []
        for part in sorted({members[report_id] for report_id in report_ids if report_id in members}):
            remaining = [report for report, held in members.items() if held == part and report not in report_ids]
            if not remaining:
                deletes.append(part)
                continue
            rows = self.read_table(table, [part])
            keep = [rid not in report_ids for rid in rows.column("report_id").to_pylist()]
            kept = rows.filter(pa.array(keep, type=pa.bool_()))
            staged = f"{staging}/{table}/{part.rsplit('/', 1)[-1]}"
            self.storage.write_parquet(staged, _part_table(kept, table, remaining))
            moves.append((staged, part))
        return moves, deletes

    def compact(self) -> int:
        """Merge each partition's per-report files, and its small parts, into parts of up to `PART_REPORTS` reports
        once there are `COMPACT_MIN_FILES` reports of their own or two parts not yet full in it; returns the reports
        merged. A part not yet full is merged again with the next files, so that a warehouse grown by many runs
        keeps about `reports / PART_REPORTS` files per table and year, not one set per run. The merged rows get a
        new load_id (in the report row too), and the report rows' old files are deleted before the other tables':
        a reader sees each report's old files or its new part, never a mix (the views keep the rows of the load the
        report row names)."""
        with self.locked():
            self.recover()
            load_id = uuid.uuid4().hex[:16]
            staging = f"{STAGING}/compact-{load_id}"
            names = [*schemas.REPORT_TABLES, "reports"]
            own_files: dict[str, dict[tuple[str, str], str]] = {}  # table → (partition folder, report) → file
            for table in names:
                for path in self.table_files(table):
                    report = None if is_part(path) else named_report(path)
                    if report:
                        own_files.setdefault(table, {})[(_folder(path), report)] = path
            by_partition: dict[str, list[str]] = {}
            for folder, report in own_files.get("reports", {}):
                # Only reports whose every table has its own file (a damaged one is `jixiao check`'s to repair).
                if all((folder, report) in own_files.get(table, {}) for table in schemas.REPORT_TABLES):
                    by_partition.setdefault(folder, []).append(report)
            small_parts: dict[str, dict[str, list[str]]] = {}  # partition folder → part not yet full → members
            for report, part in self.part_members("reports").items():
                small_parts.setdefault(_folder(part), {}).setdefault(part.rsplit("/", 1)[-1], []).append(report)
            # A part is merged again only while it names the same members in every table (a warehouse written
            # before report rows stayed in their parts may hold a report's row apart from its other rows).
            held_by_table = {table: self.part_member_sets(table) for table in schemas.REPORT_TABLES}
            for folder, parts in small_parts.items():
                small_parts[folder] = {
                    name: held
                    for name, held in parts.items()
                    if len(held) < PART_REPORTS
                    and all(
                        held_by_table[table].get(f"{table}/{folder}/{name}") == frozenset(held)
                        for table in schemas.REPORT_TABLES
                    )
                }
            moves: list[tuple[str, str]] = []
            deletes: dict[str, list[str]] = {table: [] for table in names}
            merged = 0
            for folder in sorted(set(by_partition) | set(small_parts)):
                reports, parts = sorted(by_partition.get(folder, [])), small_parts.get(folder, {})
                if len(reports) < COMPACT_MIN_FILES and len(parts) < 2:
                    continue
                members = sorted(reports + [report for held in parts.values() for report in held])
                for table in names:
                    files = [own_files[table][(folder, report)] for report in reports]
                    files += [
                        f"{table}/{folder}/{name}" for name in parts if self.storage.exists(f"{table}/{folder}/{name}")
                    ]
                    rows = self.read_table(table, files)
                    rows = rows.set_column(
                        rows.schema.get_field_index("load_id"), "load_id", pa.array([load_id] * rows.num_rows)
                    )
                    report_ids = rows.column("report_id")
                    for start in range(0, len(members), PART_REPORTS):
                        chunk = members[start : start + PART_REPORTS]
                        name = f"{PART}{load_id}-{start // PART_REPORTS:04d}.parquet"
                        held = rows.filter(pc.is_in(report_ids, value_set=pa.array(chunk)))
                        staged = f"{staging}/{table}/{folder}/{name}"
                        self.storage.write_parquet(staged, _part_table(held, table, chunk))
                        moves.append((staged, f"{table}/{folder}/{name}"))
                    deletes[table] += files
                merged += len(members)
            if moves:
                # Report rows' old files first: from then on each report's row in its new part names its rows.
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
            reports = self.report_rows(parsed.report.fiscal_year, document.report_id, parsed.report.region)
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

            was_latest = [r["report_id"] for r in reports if r["is_latest"] and _version_key(r) == _version_key(row)]
            chosen = self.latest_choices().get(_version_key(row) or "")
            siblings = self._versions_with_latest_flag(reports, row, chosen)
            # The report row (the switch to this load), then the rows of this report held in parts: the parts are
            # rewritten without them, in the same journal. A version whose flag changed keeps its row where its
            # other rows are (its own file, or its part).
            rewritten, part_deletes = self._stage_report_rows([row, *siblings], staging, leaving={document.report_id})
            moves += rewritten
            for name in schemas.REPORT_TABLES:
                rewritten, superseded = self._parts_without(name, {document.report_id}, staging)
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
                displaced_latest=next(
                    (rid for rid in was_latest if rid != document.report_id and row["is_latest"]), None
                ),
                kept_choice=chosen if chosen and chosen != document.report_id and not row["is_latest"] else None,
            )

    def _stage_report_rows(
        self, rows: list[dict[str, Any]], staging: str, leaving: frozenset[str] | set[str] = frozenset()
    ) -> tuple[list[tuple[str, str]], list[str]]:
        """(moves, deletes) that publish changed report rows where the reports' other rows are: a report held in a
        part keeps its row in that part (rewritten under its name with the row replaced), any other gets its own
        file. Reports in `leaving` (loaded again, or deleted) leave their parts. So a report's rows never straddle
        its own files and a part, and each part names the same members in every table (compaction relies on it)."""
        members = self.part_members("reports")
        in_parts = {
            row["report_id"]: row for row in rows if row["report_id"] in members and row["report_id"] not in leaving
        }
        moves = self._staged_report_rows([row for row in rows if row["report_id"] not in in_parts], staging)
        deletes: list[str] = []
        touched = {members[report_id] for report_id in [*in_parts, *leaving] if report_id in members}
        for part in sorted(touched):
            remaining = [report for report, held in members.items() if held == part and report not in leaving]
            if not remaining:
                deletes.append(part)
                continue
            existing = self.read_table("reports", [part]).select(schemas.REPORTS.names).cast(schemas.REPORTS)
            replaced = [row for report_id, row in in_parts.items() if members[report_id] == part]
            keep = pc.invert(pc.is_in(existing.column("report_id"), value_set=pa.array([*leaving, *in_parts])))
            rows_now = pa.concat_tables([existing.filter(keep), pa.Table.from_pylist(replaced, schema=schemas.REPORTS)])
            staged = f"{staging}/reports/{part.rsplit('/', 1)[-1]}"
            self.storage.write_parquet(staged, _part_table(rows_now, "reports", remaining))
            moves.append((staged, part))
        return moves, deletes

    def _staged_report_rows(self, rows: list[dict[str, Any]], staging: str) -> list[tuple[str, str]]:
        """Stage each report row in its own file; the moves that publish them."""
        moves = []
        for report in rows:
            staged = f"{staging}/reports/{report['report_id']}.parquet"
            table = pa.Table.from_pylist([report], schema=schemas.REPORTS)
            self.storage.write_parquet(staged, _without_partition_key(table, schemas.REPORTS))
            moves.append((staged, f"reports/{_partition(report['fiscal_year'])}/{report['report_id']}.parquet"))
        return moves

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
        with self.locked():
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
        row = self.current_reports().get(report_id)
        if row is None:
            raise UnknownReport(report_id)
        return row

    def set_latest(self, report_id: str) -> list[str]:
        """Make `report_id` the latest version of its region and year, and keep it so: a version of the same region
        and year loaded later does not replace it (until another is chosen). Returns the ids whose flag changed."""
        with self.locked():
            self.recover()
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
            self._publish_report_rows(changed)
            return [version["report_id"] for version in changed]

    def delete_report(self, report_id: str) -> dict[str, Any]:
        """Remove every row of one report version, atomically (its original stays in raw/, so it can be loaded
        again). When it was the latest, the newest remaining version of its region and year becomes the latest.
        Returns the deleted report's row, with `promoted` naming that version (or None)."""
        with self.locked():
            self.recover()
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
            staging = f"{STAGING}/delete-{uuid.uuid4().hex[:16]}"
            moves, superseded = self._stage_report_rows(promoted, staging, leaving={report_id})
            # The report row first: from then on no view shows the report's other rows, wherever they still are.
            deletes = [
                path
                for name in ["reports", *schemas.REPORT_TABLES]
                for path in self.storage.glob(f"{name}/*/{report_id}.*parquet")
            ] + superseded
            for name in schemas.REPORT_TABLES:
                rewritten, superseded = self._parts_without(name, {report_id}, staging)
                moves += rewritten
                deletes += superseded
            # The promoted version's row moves in before the deleted one's files go.
            self._publish(staging.rsplit("/", 1)[-1], {"moves": moves, "deletes": deletes})
            self.storage.delete_tree(staging)
            return {**target, "promoted": promoted[0]["report_id"] if promoted else None}

    def _publish_report_rows(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        load_id = uuid.uuid4().hex[:16]
        staging = f"{STAGING}/{load_id}"
        moves, superseded = self._stage_report_rows(rows, staging)
        self._publish(load_id, {"moves": moves, "deletes": superseded})
        self.storage.delete_tree(staging)

    def _publish(self, load_id: str, journal: dict[str, Any]) -> None:
        path = f"{JOURNAL}/{load_id}.json"
        self.storage.write_bytes(path, json.dumps(journal).encode("utf-8"))
        self.storage.sync(JOURNAL)
        self._apply(journal)
        self.storage.delete(path)

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

    def exists(self) -> bool:
        return self.storage.exists()

    def derived_files(self, name: str) -> dict[int | None, str]:
        """A derived table's files by bucket (None: the single file of a warehouse written before buckets)."""
        files: dict[int | None, str] = {}
        for path in self.table_files(name):
            stem = path.rsplit("/", 1)[-1].removesuffix(".parquet")
            files[int(stem.removeprefix(BUCKET)) if stem.startswith(BUCKET) else None] = path
        return files

    def write_derived(self, name: str, buckets: dict[int, pa.Table]) -> None:
        """Replace buckets of a derived table (an empty one is removed, unless the table would have no file left:
        readers without jixiao need one to know its columns), each file whole. Call under the lock. A warehouse
        written before buckets had one file per table: it is split into buckets here, and removed last."""
        legacy = self.derived_files(name).get(None)
        for bucket, table in sorted(buckets.items()):
            relative = f"{name}/{BUCKET}{bucket:02d}.parquet"
            if table.num_rows:
                self.storage.write_parquet(relative, table)
            else:
                self.storage.delete(relative)
        if not [bucket for bucket in self.derived_files(name) if bucket is not None]:
            self.storage.write_parquet(f"{name}/{BUCKET}00.parquet", schemas.DERIVED_TABLES[name].empty_table())
        if legacy is not None:
            self.storage.delete(legacy)

    def read_json(self, relative: str) -> Any:
        return json.loads(self.storage.read_bytes(relative)) if self.storage.exists(relative) else None

    def write_json(self, relative: str, value: Any) -> None:
        self.storage.write_bytes(relative, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))

    def loaded_versions(self) -> frozenset[tuple[str, str]]:
        """(sha256, parser_version) of every loaded report: what an incremental run may skip."""
        try:
            table = self.read_table("reports", columns=["sha256", "parser_version"])
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
