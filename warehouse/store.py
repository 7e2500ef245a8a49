"""The Parquet warehouse on disk, and loads that are atomic per report.

Layout: `<root>/<table>/fiscal_year=<Y>/<report_id>.<load_id>.parquet` for the per-report tables,
`<root>/reports/fiscal_year=<Y>/<report_id>.parquet` for the report row, `<root>/ingest_errors/<key>.parquet`.

A load stages all its files under `_staging/<load_id>/`, writes a journal of the renames and deletions that
publish it, then applies the journal: data files first, the report row last. The report row names its
`load_id`, and the views show only rows of that load, so a reader sees the old version of a report or the new
one, never a mix. A process killed at any point leaves either a staging folder without a journal (discarded on
the next load) or a journal (applied on the next load). Loads are serialised with an exclusive file lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from parsers import ParsedReport
from warehouse import schemas
from warehouse.rows import DocumentInfo, report_row, report_tables

DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # a report whose fiscal year was not found


@dataclass(frozen=True, slots=True)
class LoadResult:
    report_id: str
    load_id: str
    replaced_previous: bool
    rows: dict[str, int]


def _partition(fiscal_year: int | None) -> str:
    return f"{schemas.PARTITION_KEY}={fiscal_year if fiscal_year is not None else DEFAULT_PARTITION}"


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_parquet_atomically(table: pa.Table, path: Path) -> None:
    """Write next to the target, then rename over it: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, temporary, compression="zstd")
    with open(temporary, "rb") as written:
        os.fsync(written.fileno())
    os.replace(temporary, path)


def _without_partition_key(table: pa.Table, schema: pa.Schema) -> pa.Table:
    if schemas.PARTITION_KEY in table.schema.names:
        table = table.drop_columns([schemas.PARTITION_KEY])
    return table.cast(schemas.file_schema(schema))


class Warehouse:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    # -- paths -----------------------------------------------------------------------------------------------
    def table_dir(self, table: str) -> Path:
        return self.root / table

    @property
    def _journal_dir(self) -> Path:
        return self.root / "_journal"

    @property
    def _staging_dir(self) -> Path:
        return self.root / "_staging"

    # -- locking and recovery ----------------------------------------------------------------------------------
    @contextmanager
    def locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as lock_file:
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock_file.fileno(), fcntl.LOCK_UN)

    def recover(self) -> int:
        """Finish loads whose journal was written, discard staging that never got one. Call under the lock."""
        finished = 0
        for journal in sorted(self._journal_dir.glob("*.json")) if self._journal_dir.exists() else []:
            self._apply(json.loads(journal.read_text(encoding="utf-8")))
            journal.unlink()
            finished += 1
        if self._staging_dir.exists():
            for leftover in self._staging_dir.iterdir():
                shutil.rmtree(leftover, ignore_errors=True)
        return finished

    def _apply(self, journal: dict[str, Any]) -> None:
        for staged, final in journal["moves"]:
            source, target = self.root / staged, self.root / final
            if source.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
        for obsolete in journal["deletes"]:
            (self.root / obsolete).unlink(missing_ok=True)

    # -- reading -----------------------------------------------------------------------------------------------
    def read_table(self, table: str) -> pa.Table:
        """Every row on disk (including rows of superseded loads: use the DuckDB views for the current state)."""
        directory = self.table_dir(table)
        schema = schemas.ALL_TABLES[table]
        files = sorted(str(path) for path in directory.rglob("*.parquet")) if directory.exists() else []
        if not files:
            return schema.empty_table()
        partitioning = ds.partitioning(pa.schema([(schemas.PARTITION_KEY, pa.int32())]), flavor="hive")
        dataset = ds.dataset(
            files,
            schema=schema,
            format="parquet",
            partitioning=partitioning if schemas.PARTITION_KEY in schema.names else None,
            partition_base_dir=str(directory),
        )
        return dataset.to_table()

    def report_rows(self) -> list[dict[str, Any]]:
        return self.read_table("reports").to_pylist()

    # -- writing -----------------------------------------------------------------------------------------------
    def load_report(self, parsed: ParsedReport, document: DocumentInfo) -> LoadResult:
        """Replace every row of this report (same report_id) with the parsed ones, atomically."""
        with self.locked():
            self.recover()
            now = datetime.now(UTC)
            load_id = uuid.uuid4().hex[:16]
            reports = self.report_rows()
            previous = [row for row in reports if row["report_id"] == document.report_id]
            first_seen = min((row["first_ingested_at"] for row in previous), default=now)
            row = report_row(parsed, document, load_id, now, first_seen)
            tables = report_tables(parsed, document, load_id)

            staging = self._staging_dir / load_id
            partition = _partition(parsed.report.fiscal_year)
            moves: list[tuple[str, str]] = []
            for name, table in tables.items():
                staged = staging / name / partition / f"{document.report_id}.{load_id}.parquet"
                write_parquet_atomically(_without_partition_key(table, schemas.REPORT_TABLES[name]), staged)
                moves.append((self._relative(staged), f"{name}/{partition}/{document.report_id}.{load_id}.parquet"))

            siblings = self._versions_with_latest_flag(reports, row)
            for sibling in [row, *siblings]:
                staged = staging / "reports" / f"{sibling['report_id']}.parquet"
                table = pa.Table.from_pylist([sibling], schema=schemas.REPORTS)
                write_parquet_atomically(_without_partition_key(table, schemas.REPORTS), staged)
                target = f"reports/{_partition(sibling['fiscal_year'])}/{sibling['report_id']}.parquet"
                moves.append((self._relative(staged), target))

            keep = {target for _, target in moves}
            deletes = [
                self._relative(path)
                for name in [*schemas.REPORT_TABLES, "reports"]
                for path in self.table_dir(name).glob(f"*/{document.report_id}.*parquet")
                if self._relative(path) not in keep
            ]
            self._publish(load_id, {"moves": moves, "deletes": deletes})
            shutil.rmtree(staging, ignore_errors=True)
            return LoadResult(
                report_id=document.report_id,
                load_id=load_id,
                replaced_previous=bool(previous),
                rows={name: table.num_rows for name, table in tables.items()},
            )

    def _publish(self, load_id: str, journal: dict[str, Any]) -> None:
        self._journal_dir.mkdir(parents=True, exist_ok=True)
        path = self._journal_dir / f"{load_id}.json"
        temporary = path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(journal, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        _fsync_dir(self._journal_dir)
        self._apply(journal)
        path.unlink()

    def _relative(self, path: Path) -> str:
        return str(path.relative_to(self.root))

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

    def keep_original(self, sha256: str, data: bytes) -> Path:
        """Keep a source's bytes under their hash (never a name from a URL or the PDF): nothing is ever lost."""
        path = self.root / "raw" / f"{sha256}.pdf"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
            temporary.write_bytes(data)
            os.replace(temporary, path)
        return path

    def loaded_versions(self) -> frozenset[tuple[str, str]]:
        """(sha256, parser_version) of every loaded report: what an incremental run may skip."""
        table = self.read_table("reports").select(["sha256", "parser_version"])
        return frozenset(
            zip(table.column("sha256").to_pylist(), table.column("parser_version").to_pylist(), strict=True)
        )

    def record_error(
        self, source_path: str, sha256: str | None, error_code: str, message: str, parser_version: str
    ) -> None:
        """One row per failing document (keyed by content, or by path when unreadable); replaced on retry."""
        key = sha256[:16] if sha256 else "path-" + uuid.uuid5(uuid.NAMESPACE_URL, source_path).hex[:16]
        row = {
            "source_path": source_path,
            "sha256": sha256,
            "error_code": error_code,
            "message": message,
            "occurred_at": datetime.now(UTC),
            "parser_version": parser_version,
        }
        with self.locked():
            write_parquet_atomically(
                pa.Table.from_pylist([row], schema=schemas.INGEST_ERRORS),
                self.table_dir("ingest_errors") / f"{key}.parquet",
            )

    def clear_error(self, sha256: str, source_path: str) -> None:
        """A document that now loads has no error any more."""
        with self.locked():
            for key in (sha256[:16], "path-" + uuid.uuid5(uuid.NAMESPACE_URL, source_path).hex[:16]):
                (self.table_dir("ingest_errors") / f"{key}.parquet").unlink(missing_ok=True)
