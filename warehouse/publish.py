"""`jixiao publish DESTINATION`: the warehouse's tables loaded into the user's warehouse or lake by dlt.

dlt (https://dlthub.com) does the loading: PostgreSQL, DuckDB/MotherDuck, BigQuery, Snowflake, ClickHouse,
Redshift, MSSQL, Databricks, and the filesystem destination (local, S3, GCS, Azure) as Delta or Iceberg tables. It is
configured the dlt way: `.dlt/config.toml`, `.dlt/secrets.toml` or environment variables such as
`DESTINATION__POSTGRES__CREDENTIALS`; no credential passes through jixiao's command line or output.

What is sent, and why the destination ends equal to the warehouse (`jixiao sql`'s rows, table by table):

- Rows are grouped by what changes them together. A report's rows in the per-report tables change only with a new
  load of it (every row carries the `load_id` of the load that wrote it, and each table holds exactly the current
  load of every report: warehouse/store.py); its row in `reports` also changes when a sibling version becomes the
  latest (`is_latest`), so that row is compared whole. A region's rows of the derived tables (project identities)
  change with a rebuild, which writes its `identity_sources` row anew. An `ingest_errors` row is its own group.
- Each row sent gets a key, `_jixiao_row_key` = `<group>:<n>` (n counts the group's rows in that table), and dlt
  merges on it (`delete-insert` in the SQL warehouses, `upsert` in Delta and Iceberg tables): a group's new rows
  replace its old ones key by key, and the keys its old rows may have had beyond the new count (up to the most rows
  the group had in any table) are sent as deletions (`_jixiao_deleted`, dlt's `hard_delete` hint), as are all the
  keys of a deleted report. A group's signal (load id, row digest) and
  the most rows it had in any table are kept in dlt's state, which dlt stores at the destination with the data of
  the same load (`_dlt_pipeline_state`): the next publish sends only the groups whose signal differs.
- Every table is read from one pinned snapshot of the warehouse (warehouse/snapshot.py), so one publish sends one
  consistent state. Merges by key are idempotent: a publish killed at any point leaves a package dlt finishes (or
  an extraction it discards) at the next publish, which then sends what is still missing.

Schemas are explicit: the columns, types and decimal precision of warehouse/schemas.py given to dlt as column
hints, with the schema contract freezing data types (a column the contract gains later is added).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from jixiao.warehouse import schemas
from jixiao.warehouse.snapshot import COMMIT_POINT, Snapshot, pin, region_bucket

DEFAULT_DATASET = "jixiao"
SOURCE_NAME = "jixiao"
ROW_KEY = "_jixiao_row_key"
DELETED = "_jixiao_deleted"
# The columns a publish adds to every table (the key it merges on, and the deletion flag, null on kept rows).
BOOKKEEPING_COLUMNS = (ROW_KEY, DELETED)
# Reports per read of a per-report table (memory: one year's rows at most; a first publish reads year by year).
STATE_KEY = "published"
SCHEMA_CONTRACT = {"tables": "evolve", "columns": "evolve", "data_type": "freeze"}


class PublishError(RuntimeError):
    """A publish that cannot start (an unknown destination, a table format the destination cannot merge)."""


@dataclass
class PublishResult:
    destination: str
    dataset: str
    pipeline: str
    reports: int  # reports in the warehouse's published state
    changed_reports: int  # reports whose rows were sent (new, reloaded, or only their reports row changed)
    deleted_reports: int
    changed_regions: int
    rows: dict[str, int] = field(default_factory=dict)  # rows sent per table
    deletions: dict[str, int] = field(default_factory=dict)  # keys sent as deleted per table
    resumed: bool = False  # a publish killed earlier left a load that this one finished first
    load_ids: list[str] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return sum(self.rows.values()) + sum(self.deletions.values())

    def summary(self) -> str:
        """One line on what was sent (destination name and dataset only: never a credential or a location)."""
        if not self.sent:
            return (
                f"{self.destination} dataset {self.dataset}: up to date ({self.reports} reports; nothing changed "
                "since the last publish)" + ("; a killed publish's load finished first" if self.resumed else "")
            )
        return (
            f"{self.destination} dataset {self.dataset}: {self.changed_reports} reports sent, "
            f"{self.deleted_reports} deleted, {self.changed_regions} regions' identities; "
            f"{sum(self.rows.values()):,} rows merged, {sum(self.deletions.values()):,} keys deleted "
            f"({self.reports} reports published)" + ("; a killed publish's load finished first" if self.resumed else "")
        )


def _digest(values: Any) -> str:
    return hashlib.blake2b(repr(values).encode("utf-8"), digest_size=6).hexdigest()


def _column_hints(name: str, lists_as_json: bool) -> dict[str, Any]:
    """dlt column hints from the contract's Arrow schema, with the key and the deletion flag."""
    from dlt.common.libs.pyarrow import py_arrow_to_table_schema_columns

    schema = schemas.ALL_TABLES[name]
    hints = py_arrow_to_table_schema_columns(
        schema.append(pa.field(ROW_KEY, pa.string())).append(pa.field(DELETED, pa.bool_()))
    )
    hints[ROW_KEY].update(nullable=False, primary_key=True)
    hints[DELETED].update(hard_delete=True)
    if lists_as_json:
        for column in schema:
            if pa.types.is_list(column.type):
                hints[column.name] = {"name": column.name, "nullable": True, "data_type": "json"}
    return hints


def _lists_as_json(rows: pa.Table) -> pa.Table:
    """List columns (a project's aliases and years) as JSON text, for destinations loaded from CSV or SQL inserts
    (PostgreSQL, ClickHouse …) where dlt takes no nested Arrow column; Chinese kept as it is (no \\u escapes)."""
    import json

    for index, column in enumerate(rows.schema):
        if pa.types.is_list(column.type):
            texts = [
                None if value is None else json.dumps(value, ensure_ascii=False)
                for value in rows.column(index).to_pylist()
            ]
            rows = rows.set_column(index, pa.field(column.name, pa.string()), pa.array(texts, pa.string()))
    return rows


def _keyed(rows: pa.Table, groups: pa.Array) -> tuple[pa.Table, dict[str, int]]:
    """`rows` with `_jixiao_row_key` = `<group>:<n>` (n = 0, 1, … within each group) and `_jixiao_deleted` null,
    and each group's row count."""
    import numpy as np

    if rows.num_rows == 0:
        return _with_bookkeeping(rows, pa.array([], pa.string()), pa.array([], pa.bool_())), {}
    order = pc.sort_indices(groups)
    rows, groups = rows.take(order), groups.take(order)
    values = np.asarray(groups.to_pylist(), dtype=object)
    positions = np.arange(len(values))
    starts = np.ones(len(values), dtype=bool)
    starts[1:] = values[1:] != values[:-1]
    ordinals = positions - np.maximum.accumulate(np.where(starts, positions, 0))
    keys = pc.binary_join_element_wise(groups, pa.array(ordinals).cast(pa.string()), ":")
    counts = {str(value): int(count) for value, count in zip(*np.unique(values, return_counts=True), strict=True)}
    return _with_bookkeeping(rows, keys, pa.nulls(rows.num_rows, pa.bool_())), counts


def _with_bookkeeping(rows: pa.Table, keys: pa.Array, deleted: pa.Array) -> pa.Table:
    return rows.append_column(pa.field(ROW_KEY, pa.string(), nullable=False), keys).append_column(
        pa.field(DELETED, pa.bool_()), deleted
    )


def _deletions(name: str, spans: dict[str, tuple[int, int]]) -> pa.Table:
    """Rows that delete the keys `<group>:<n>` for n in each group's [start, end): every other column null."""
    keys = [f"{group}:{n}" for group, (start, end) in sorted(spans.items()) for n in range(start, end)]
    schema = schemas.ALL_TABLES[name]
    columns = [pa.nulls(len(keys), column.type) for column in schema]
    return _with_bookkeeping(
        pa.Table.from_arrays(columns, schema=schema), pa.array(keys, pa.string()), pa.array([True] * len(keys))
    )


# -- what changed --------------------------------------------------------------------------------------------------
@dataclass
class _Group:
    """One group of rows (a report, a region, an error): what it was published with, and what it is now."""

    signal: str | None = None  # now (None: gone)
    row_signal: str | None = None  # the reports row's digest (reports only)
    was: tuple[str, str | None, int] | None = None  # (signal, row signal, most rows in a table) at the last publish


def _parse_state(text: str) -> tuple[str, str | None, int]:
    signal, row_signal, most = text.split("|")
    return signal, row_signal or None, int(most)


def _state_text(signal: str, row_signal: str | None, most: int) -> str:
    return f"{signal}|{row_signal or ''}|{most}"


@dataclass
class Plan:
    """What one publish sends, worked out from the warehouse's snapshot and the state of the last publish."""

    snapshot: Snapshot
    reports: dict[str, _Group]
    regions: dict[str, _Group]
    errors: dict[str, _Group]
    report_rows: pa.Table  # the reports table, whole (30,000 rows at the scale bench)
    error_rows: pa.Table
    error_groups: pa.Array

    def reloaded(self) -> set[str]:
        return {rid for rid, g in self.reports.items() if g.signal and (g.was is None or g.was[0] != g.signal)}

    def changed_rows(self) -> set[str]:
        return {rid for rid, g in self.reports.items() if g.signal and (g.was is None or g.was[1] != g.row_signal)}

    def deleted(self, groups: dict[str, _Group]) -> set[str]:
        return {key for key, g in groups.items() if g.signal is None and g.was is not None}

    def changed(self, groups: dict[str, _Group]) -> set[str]:
        return {key for key, g in groups.items() if g.signal and (g.was is None or g.was[0] != g.signal)}


def _row_digests(rows: pa.Table) -> list[tuple[str, str | None, str]]:
    """(report id, load id, digest of the whole row) of each reports row: DuckDB's hash over every column, in
    one pass (30,000 rows in Python took ≈ 2 s; a changed hash function only makes a publish send every row)."""
    import duckdb

    columns = ", ".join(f'"{name}"' for name in rows.column_names)
    with duckdb.connect() as connection:
        connection.register("report_rows", rows)
        found = connection.execute(f"SELECT report_id, load_id, hash({columns}) FROM report_rows").fetchall()
    return [(report_id, load_id, format(digest, "x")) for report_id, load_id, digest in found]


def plan(snapshot: Snapshot, state: dict[str, dict[str, str]]) -> Plan:
    """Compare the snapshot with what the last publish recorded (`state`: scope → group → "signal|row|most")."""
    reports: dict[str, _Group] = {rid: _Group(was=_parse_state(text)) for rid, text in state.get("reports", {}).items()}
    report_rows = snapshot.read(COMMIT_POINT)
    for report_id, load_id, digest in _row_digests(report_rows):
        group = reports.setdefault(report_id, _Group())
        group.signal = load_id or "-"
        group.row_signal = digest
    regions: dict[str, _Group] = {key: _Group(was=_parse_state(text)) for key, text in state.get("regions", {}).items()}
    for row in snapshot.read("identity_sources").to_pylist():
        regions.setdefault(row["region"] or "", _Group()).signal = _digest(tuple(row.values()))
    errors: dict[str, _Group] = {key: _Group(was=_parse_state(text)) for key, text in state.get("errors", {}).items()}
    error_rows = snapshot.read("ingest_errors")
    error_groups = pc.if_else(
        pc.is_null(error_rows.column("sha256")),
        pc.binary_join_element_wise("path", error_rows.column("source_path"), "-"),
        error_rows.column("sha256"),
    )
    error_groups = pc.fill_null(error_groups, "unknown")
    for key, row in zip(error_groups.to_pylist(), error_rows.to_pylist(), strict=True):
        errors.setdefault(key, _Group()).signal = _digest((key, tuple(row.values())))
    return Plan(snapshot, reports, regions, errors, report_rows, error_rows, error_groups)


# -- the rows sent -------------------------------------------------------------------------------------------------
class _Sent:
    """The tallies and the new state, filled in as dlt pulls the resources' rows."""

    def __init__(self, plan_: Plan) -> None:
        self.plan = plan_
        self.rows: dict[str, int] = {}
        self.deletions: dict[str, int] = {}
        self.most: dict[str, dict[str, int]] = {"reports": {}, "regions": {}, "errors": {}}

    def count(self, name: str, rows: pa.Table) -> None:
        flagged = pc.sum(pc.fill_null(rows.column(DELETED), False).cast(pa.int64())).as_py() or 0
        live = rows.num_rows - flagged
        self.rows[name] = self.rows.get(name, 0) + live
        self.deletions[name] = self.deletions.get(name, 0) + rows.num_rows - live

    def new_state(self) -> dict[str, dict[str, str]]:
        """What this publish leaves published: each group's signal and the most rows it has in a table."""
        state: dict[str, dict[str, str]] = {}
        for scope, groups in (
            ("reports", self.plan.reports),
            ("regions", self.plan.regions),
            ("errors", self.plan.errors),
        ):
            kept = {}
            for key, group in groups.items():
                if group.signal is None:
                    continue
                if key in self.most[scope]:
                    most = self.most[scope][key]
                elif group.was is not None and group.was[0] == group.signal:
                    most = group.was[2]
                else:
                    most = 0
                kept[key] = _state_text(group.signal, group.row_signal, most)
            state[scope] = kept
        return state


def _spans(
    changed: set[str], deleted: set[str], groups: dict[str, _Group], counts: dict[str, int]
) -> dict[str, tuple[int, int]]:
    """Keys to delete: beyond a changed group's new count up to the most it had; all of a deleted group's."""
    spans = {}
    for key in changed:
        was = groups[key].was
        if was is not None and was[2] > counts.get(key, 0):
            spans[key] = (counts.get(key, 0), was[2])
    for key in deleted:
        spans[key] = (0, groups[key].was[2])  # type: ignore[index]
    return spans


def _report_table_rows(sent: _Sent, name: str) -> Iterator[pa.Table]:
    """A per-report table's rows of the reloaded reports, a year at a time, and the deletions."""
    plan_ = sent.plan
    reloaded, deleted = plan_.reloaded(), plan_.deleted(plan_.reports)
    years: dict[int | None, list[str]] = {}
    for row in plan_.report_rows.select(["report_id", "fiscal_year"]).to_pylist():
        if row["report_id"] in reloaded:
            years.setdefault(row["fiscal_year"], []).append(row["report_id"])
    counts: dict[str, int] = {}
    for year, ids in sorted(years.items(), key=lambda item: (item[0] is None, item[0] or 0)):
        year_filter = (
            pc.field(schemas.PARTITION_KEY).is_null() if year is None else (pc.field(schemas.PARTITION_KEY) == year)
        )
        where = year_filter & pc.field("report_id").isin(pa.array(sorted(ids), pa.string()))
        rows = plan_.snapshot.read(name, where=where)
        keyed, year_counts = _keyed(rows, rows.column("report_id"))
        counts.update(year_counts)
        if keyed.num_rows:
            sent.count(name, keyed)
            yield keyed
    spans = _spans(reloaded, deleted, plan_.reports, counts)
    if spans:
        tombstones = _deletions(name, spans)
        sent.count(name, tombstones)
        yield tombstones
    for rid in reloaded:
        sent.most["reports"][rid] = max(sent.most["reports"].get(rid, 1), counts.get(rid, 0))


def _reports_rows(sent: _Sent) -> Iterator[pa.Table]:
    """The reports rows that changed (a load, or only `is_latest`), and the deleted reports' keys."""
    plan_ = sent.plan
    changed = plan_.changed_rows()
    rows = plan_.report_rows.filter(
        pc.is_in(plan_.report_rows.column("report_id"), pa.array(sorted(changed), pa.string()))
    )
    keyed, _ = _keyed(rows, rows.column("report_id"))
    spans = {rid: (0, 1) for rid in plan_.deleted(plan_.reports)}
    out = pa.concat_tables([keyed, _deletions(COMMIT_POINT, spans)]) if spans else keyed
    for rid in plan_.reloaded():
        sent.most["reports"][rid] = max(sent.most["reports"].get(rid, 1), 1)
    if out.num_rows:
        sent.count(COMMIT_POINT, out)
        yield out


def _derived_rows(sent: _Sent, name: str) -> Iterator[pa.Table]:
    """A derived table's rows of the regions rebuilt since (read by region bucket), and the deletions."""
    plan_ = sent.plan
    changed, deleted = plan_.changed(plan_.regions), plan_.deleted(plan_.regions)
    counts: dict[str, int] = {}
    buckets: dict[int, list[str]] = {}
    for region in changed:
        buckets.setdefault(region_bucket(region or None), []).append(region)
    chunk = 8  # buckets per read (64 in all): a first publish reads an eighth of the table at a time
    numbers = sorted(buckets)
    for start in range(0, len(numbers), chunk):
        part = numbers[start : start + chunk]
        regions = sorted(region for number in part for region in buckets[number])
        where = pc.field(schemas.IDENTITY_BUCKET_KEY).isin(pa.array(part, pa.int32())) & pc.field("region").isin(
            pa.array(regions, pa.string())
        )
        rows = plan_.snapshot.read(name, where=where)
        keyed, part_counts = _keyed(rows, pc.fill_null(rows.column("region"), ""))
        counts.update(part_counts)
        if keyed.num_rows:
            sent.count(name, keyed)
            yield keyed
    spans = _spans(changed, deleted, plan_.regions, counts)
    if spans:
        tombstones = _deletions(name, spans)
        sent.count(name, tombstones)
        yield tombstones
    for region in changed:
        sent.most["regions"][region] = max(sent.most["regions"].get(region, 0), counts.get(region, 0))


def _error_rows(sent: _Sent) -> Iterator[pa.Table]:
    plan_ = sent.plan
    changed, deleted = plan_.changed(plan_.errors), plan_.deleted(plan_.errors)
    mask = pc.is_in(plan_.error_groups, pa.array(sorted(changed), pa.string()))
    keyed, counts = _keyed(plan_.error_rows.filter(mask), plan_.error_groups.filter(mask))
    spans = _spans(changed, deleted, plan_.errors, counts)
    out = pa.concat_tables([keyed, _deletions("ingest_errors", spans)]) if spans else keyed
    for key in changed:
        sent.most["errors"][key] = counts.get(key, 0)
    if out.num_rows:
        sent.count("ingest_errors", out)
        yield out


# -- dlt -----------------------------------------------------------------------------------------------------------
def merge_strategy(destination: Any, table_format: str | None) -> str:
    """`delete-insert` where the destination has it (the SQL warehouses: the keys sent are deleted, then the rows
    not flagged deleted inserted), else `upsert` (Delta, Iceberg: matched keys updated or deleted, new ones
    inserted unless flagged). (dlt's SQL `upsert` inserts a flagged row whose key is not there: a deletion of a key
    that never existed would leave an empty row.)"""
    capabilities = destination.capabilities()
    strategies = list(capabilities.supported_merge_strategies or [])
    if capabilities.merge_strategies_selector:
        strategies = list(
            capabilities.merge_strategies_selector(strategies, table_schema={"table_format": table_format})
        )
    for strategy in ("delete-insert", "upsert"):
        if strategy in strategies:
            return strategy
    raise PublishError(
        f"the {destination.destination_name} destination cannot merge"
        + (
            " plain files: use --table-format delta (or iceberg)"
            if destination.destination_name == "filesystem"
            else ""
        )
    )


def pipeline_name(destination: str, dataset: str) -> str:
    return f"jixiao_{destination}_{dataset}".replace("-", "_").replace(".", "_")


def publish(
    warehouse: str | os.PathLike[str],
    destination: str,
    dataset: str = DEFAULT_DATASET,
    *,
    table_format: str | None = None,
    pipelines_dir: str | os.PathLike[str] | None = None,
    say: Callable[[str], None] | None = None,
) -> PublishResult:
    """Load what changed in the warehouse at `warehouse` since the last publish into `destination` (a dlt
    destination name: postgres, duckdb, filesystem, bigquery, snowflake, clickhouse …), in the dataset (schema)
    `dataset`. The filesystem destination writes Delta tables unless `table_format` says "iceberg". Credentials
    and locations come from dlt's configuration (.dlt/, environment variables). `pipelines_dir` is where dlt keeps
    the pipeline's working state (default ~/.dlt/pipelines); the published state itself is kept at the destination.
    """
    import dlt

    logging.getLogger("dlt").addFilter(_QUIET_LIST_HINTS)  # (once: a filter already there is not added again)
    if table_format is None and destination == "filesystem":
        table_format = "delta"
    name = pipeline_name(destination, dataset)
    try:
        pipeline = dlt.pipeline(
            pipeline_name=name,
            destination=destination,
            dataset_name=dataset,
            pipelines_dir=str(pipelines_dir) if pipelines_dir else None,
        )
    except Exception as error:  # an unknown destination name, a missing driver
        raise PublishError(f"cannot use the destination {destination!r}: {_first_line(error)}") from error
    strategy = merge_strategy(pipeline.destination, table_format)
    resumed = False
    if pipeline.has_pending_data:  # a publish killed after its extraction: its load is finished first
        if say:
            say("finishing the load a publish killed earlier left")
        _normalize_and_load(pipeline)
        resumed = True
    pipeline.sync_destination()  # the state of the last publish, from the destination where the local one is older
    state = pipeline.state.get("sources", {}).get(SOURCE_NAME, {}).get(STATE_KEY, {})
    snapshot = pin(warehouse)
    plan_ = plan(snapshot, state)
    sent = _Sent(plan_)
    result = PublishResult(
        destination=destination,
        dataset=dataset,
        pipeline=name,
        reports=plan_.report_rows.num_rows,
        changed_reports=len(plan_.changed_rows() | plan_.reloaded()),
        deleted_reports=len(plan_.deleted(plan_.reports)),
        changed_regions=len(plan_.changed(plan_.regions) | plan_.deleted(plan_.regions)),
        resumed=resumed,
    )
    unchanged = (
        not any(
            plan_.changed(groups) or plan_.deleted(groups) for groups in (plan_.reports, plan_.regions, plan_.errors)
        )
        and not plan_.changed_rows()
    )
    if unchanged and pipeline.default_schema_name and set(schemas.ALL_TABLES) <= set(pipeline.default_schema.tables):
        return result  # nothing to send (and every table there already)

    known = set(pipeline.default_schema.tables) if pipeline.default_schema_name else set()
    # Delta and Iceberg keep Arrow lists as lists; the others are loaded from CSV or inserts: lists as JSON text.
    lists_as_json = destination != "filesystem"

    unfinished = [len(schemas.ALL_TABLES)]  # resources still extracting

    def resource(name: str, rows: Callable[[], Iterator[pa.Table]]) -> Any:
        def tracked() -> Iterator[pa.Table]:
            sent_any = False
            for table in rows():
                sent_any = True
                yield _lists_as_json(table) if lists_as_json else table
            if not sent_any and name not in known:  # an empty table still gets its columns at the destination
                empty = _with_bookkeeping(
                    schemas.ALL_TABLES[name].empty_table(), pa.array([], pa.string()), pa.array([], pa.bool_())
                )
                yield _lists_as_json(empty) if lists_as_json else empty
            # The last resource to end writes the new state (every group's rows then counted); dlt commits it
            # with the extracted package, so it is at the destination once that package is loaded.
            unfinished[0] -= 1
            if unfinished[0] == 0:
                dlt.current.source_state()[STATE_KEY] = sent.new_state()

        return dlt.resource(
            tracked(),
            name=name,
            table_name=name,
            write_disposition={"disposition": "merge", "strategy": strategy},
            primary_key=ROW_KEY,
            columns=_column_hints(name, lists_as_json),
            table_format=table_format,
            schema_contract=SCHEMA_CONTRACT,
        )

    @dlt.source(name=SOURCE_NAME, max_table_nesting=0, schema_contract=SCHEMA_CONTRACT)
    def jixiao_tables() -> list[Any]:
        resources = [
            resource(table, lambda table=table: _report_table_rows(sent, table)) for table in schemas.REPORT_TABLES
        ]
        resources += [
            resource(table, lambda table=table: _derived_rows(sent, table)) for table in schemas.DERIVED_TABLES
        ]
        resources.append(resource("ingest_errors", lambda: _error_rows(sent)))
        resources.append(resource(COMMIT_POINT, lambda: _reports_rows(sent)))
        return resources

    pipeline.extract(jixiao_tables())
    info = _normalize_and_load(pipeline)
    result.rows = {table: count for table, count in sent.rows.items() if count}
    result.deletions = {table: count for table, count in sent.deletions.items() if count}
    result.load_ids = list(info.loads_ids) if info is not None else []
    return result


class _QuietListHints(logging.Filter):
    """dlt warns at every publish that the list columns' Arrow type (JSON text) differs from their `json` hint,
    which is what is meant (the destination stores JSON): that warning is dropped, every other kept."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "several column hints were different" not in record.getMessage()


_QUIET_LIST_HINTS = _QuietListHints()


def _normalize_and_load(pipeline: Any) -> Any:
    """Normalize and load the pending packages (not `pipeline.run()`: before a destination's first load it finds
    no storage there and wipes the working folder, the package just extracted with it)."""
    if pipeline.list_extracted_load_packages():
        pipeline.normalize()
    return pipeline.load() if pipeline.list_normalized_load_packages() else None


def reason(error: BaseException) -> str:
    """The innermost cause of a failed publish, in one line (dlt wraps the destination's error in its step's)."""
    seen = set()
    while id(error) not in seen:
        seen.add(id(error))
        inner = getattr(error, "exception", None) or error.__cause__
        if not isinstance(inner, BaseException):
            break
        error = inner
    return _first_line(error)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
