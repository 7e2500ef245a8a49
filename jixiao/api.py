"""The warehouse as an analyst holds it in Python: ingest sources, read tables as DataFrames, query, compare.

Every `jixiao` command is one of these calls plus printing. Reads are in this process by default; `workers=N`
reads in N worker processes, each document within its time and memory limits, as the command line does. Neither
needs an `if __name__ == "__main__":` guard in a plain script.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from jixiao.acquisition.site import SiteSource
    from jixiao.ingest.pipeline import DocumentOutcome, Limits
    from jixiao.presentation.compare import Comparison
    from jixiao.presentation.render import Section
    from jixiao.warehouse.integrity import Inspection

DEFAULT_WAREHOUSE = "data/warehouse"
WAREHOUSE_ENV = "JIXIAO_WAREHOUSE"
# What `table(…, unit=…)` divides amounts in yuan by (the units reports print amounts in).
MONEY_UNITS = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
# Amount columns in yuan, and the metrics whose `value` is an amount (their `unit` says 元).
MONEY_COLUMNS = frozenset({"amount_yuan"})
YUAN = "元"


class UsageError(ValueError):
    """A mistake in what was asked — a path that does not exist, a bad option, an unknown id or table — said in
    one sentence (the command line prints it and exits 2)."""


def default_warehouse() -> str:
    """$JIXIAO_WAREHOUSE, else data/warehouse (relative to the current folder)."""
    return os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE


def open(root: str | Path | None = None) -> Warehouse:
    """The warehouse at `root` (a folder or an object-storage URL; default $JIXIAO_WAREHOUSE or data/warehouse).
    Nothing is created until the first ingest."""
    return Warehouse(root)


@dataclass(frozen=True)
class IngestResult(Sequence["DocumentOutcome"]):
    """What one ingest did, document by document (a sequence of outcomes), with the counts a reader wants."""

    outcomes: tuple[DocumentOutcome, ...]
    warehouse: str

    def __getitem__(self, index: Any) -> Any:
        return self.outcomes[index]

    def __len__(self) -> int:
        return len(self.outcomes)

    def __iter__(self) -> Iterator[DocumentOutcome]:
        return iter(self.outcomes)

    @property
    def loaded(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.loaded and not outcome.skipped)

    @property
    def skipped(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.skipped and outcome.same_as is None)

    @property
    def failed(self) -> int:
        return sum(1 for outcome in self.outcomes if not outcome.loaded)

    @property
    def replaced(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.displaced_latest)

    @property
    def same(self) -> int:
        """Documents whose content another name of the batch had: read once, under that name."""
        return sum(1 for outcome in self.outcomes if outcome.same_as is not None)

    def summary(self) -> str:
        from jixiao.ingest.pipeline import summary

        return (
            summary(list(self.outcomes))
            + (f" · {self.replaced} replaced the latest version of their region and year" if self.replaced else "")
            + f" · warehouse {self.warehouse}"
        )

    def __repr__(self) -> str:
        return f"<IngestResult {self.summary()}>"


class Warehouse:
    """One warehouse: `ingest` writes, everything else reads a consistent snapshot of it."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = str(root) if root is not None else default_warehouse()

    def __repr__(self) -> str:
        return f"jixiao.open({self.root!r})"

    # -- the warehouse itself ------------------------------------------------------------------------------------

    def exists(self) -> bool:
        from jixiao.warehouse.storage import storage_for

        return storage_for(self.root).exists()

    def require(self) -> None:
        """UsageError unless a warehouse is there (a mistyped path is not an empty warehouse)."""
        if self.exists():
            return
        where = self.root
        if "://" not in where and not Path(where).is_absolute():  # said in full: it is read from the current folder
            where = f"{where}, that is {Path(where).resolve()} (a relative path is read from the current folder)"
        if os.environ.get(WAREHOUSE_ENV) == self.root:
            named = f"the path is ${WAREHOUSE_ENV}'s; give --warehouse PATH or set ${WAREHOUSE_ENV} to the warehouse"
        else:
            named = f"give --warehouse PATH or set ${WAREHOUSE_ENV} to the warehouse's folder or URL"
        raise UsageError(f"no warehouse at {where}; {named} (or run `jixiao ingest … --warehouse {self.root}` first)")

    def store(self) -> Any:
        """The loader's handle (warehouse.Warehouse): tables, originals in raw/, the lock."""
        from jixiao.warehouse import Warehouse as Store

        return Store(self.root)

    # -- writing ---------------------------------------------------------------------------------------------------

    def ingest(
        self,
        sources: Iterable[str | Path] | str | Path = (),
        *,
        workers: int = 0,
        force: bool = False,
        password: str | None = None,
        sites: Sequence[SiteSource | dict[str, Any]] = (),
        limits: Limits | None = None,
        on_document: Callable[[DocumentOutcome], None] | None = None,
        say: Callable[[str], None] | None = None,
    ) -> IngestResult:
        """Load documents (files, folders searched recursively, CSV/YAML manifests of URLs) and bureau sites.

        `workers=0` (the default) reads in this process, one document at a time, with no time or memory limit per
        document; `workers=N` reads in N worker processes, each document within `limits` (the workers start without
        running the calling script again, so no `if __name__ == "__main__":` guard is needed either). A document
        already loaded with the same content and parser version is skipped unless `force`. A document that fails
        is recorded in `ingest_errors` and the others go on; `on_document` hears of each as it finishes."""
        from jixiao.acquisition.site import SiteSource

        if isinstance(sources, str | Path):
            sources = [sources]
        site_sources = [site if isinstance(site, SiteSource) else SiteSource.from_dict(site) for site in sites]
        files = self.sources_to_read(list(sources), bool(site_sources))
        if workers < 0:
            raise UsageError("workers must be 0 (read in this process) or more")
        from jixiao.ingest.batch import run_batch
        from jixiao.ingest.pipeline import DEFAULT_LIMITS
        from jixiao.ingest.runners import InProcessReads
        from jixiao.warehouse.integrity import probe_writable

        limits = limits or DEFAULT_LIMITS
        probe_writable(self.store())  # a read-only folder or a full disk: one sentence now, not per document
        outcomes = run_batch(
            [str(path) for path in files],
            self.root,
            limits,
            password=password,
            force=force,
            workers=max(1, workers),
            reads=InProcessReads(limits) if workers == 0 else None,
            on_outcome=on_document,
            sites=site_sources,
            say=say,
        )
        return IngestResult(tuple(outcomes), self.root)

    @staticmethod
    def sources_to_read(sources: list[str | Path], with_sites: bool) -> list[Path]:
        """The files an ingest reads; UsageError for a path that is not there, no documents at all, or only
        manifests that cannot be read (a bad manifest beside other sources is recorded, the others load)."""
        from jixiao.acquisition.download import MANIFEST_SUFFIXES, ManifestError, read_manifest
        from jixiao.acquisition.sources import SourceError, discover

        if not sources and not with_sites:
            raise UsageError("give a document, a folder, a manifest or a site")
        try:
            files = discover(sources)
        except SourceError as error:
            raise UsageError(str(error)) from error
        if not files and not with_sites:
            raise UsageError("no documents found in " + ", ".join(map(str, sources)))
        bad = []
        for path in (path for path in files if path.suffix.lower() in MANIFEST_SUFFIXES):
            try:
                read_manifest(path)
            except ManifestError as error:
                bad.append(str(error))
        if bad and len(bad) == len(files) and not with_sites:
            raise UsageError("\n".join(bad))
        return files

    def failed_sources(self) -> tuple[list[str], list[str], list[str]]:
        """(files still there, URLs, files gone) of every document in `ingest_errors` not dismissed."""
        from jixiao.warehouse.errors import ingest_errors

        self.require()
        rows = sorted({(error.source_path,) for error in ingest_errors(self.root)})
        urls = [path for (path,) in rows if path.startswith(("http://", "https://"))]
        files = [path for (path,) in rows if path not in urls and Path(path).is_file()]
        gone = [path for (path,) in rows if path not in urls and not Path(path).is_file()]
        return files, urls, gone

    def retry(self, **options: Any) -> IngestResult:
        """Ingest again every failed file that is still there and every failed URL (fetched again); `options` as
        for `ingest` (e.g. `password=`). Failed files no longer there are left out (`failed_sources` names them)."""
        files, urls, _ = self.failed_sources()
        if not files and not urls:
            return IngestResult((), self.root)
        with tempfile.TemporaryDirectory(prefix="jixiao-retry-") as scratch:
            if urls:
                manifest = Path(scratch) / "failed_urls.csv"
                manifest.write_text("url\n" + "".join(f"{url}\n" for url in urls), encoding="utf-8")
                files.append(str(manifest))
            return self.ingest(files, **options)

    def originals_to_reparse(self, scratch: Path) -> tuple[list[str], list[str]]:
        """(documents to read, sources with no copy left) for every report an older parser version loaded: the
        original file if it is still there, else the copy kept in raw/ (fetched into `scratch` when remote)."""
        from jixiao.parsers import PARSER_VERSION

        self.require()
        rows = self.query_rows(
            "SELECT source_path, sha256 FROM reports WHERE parser_version <> ? ORDER BY 1", PARSER_VERSION
        )
        store = self.store()
        found, missing = [], []
        for path, sha in rows:
            copy = path if Path(path).is_file() else landing_copy(store, sha, scratch)
            (found if copy else missing).append(copy or path)
        return found, missing

    def reparse(self, **options: Any) -> IngestResult:
        """Parse again every report an older parser version loaded, from its kept original."""
        with tempfile.TemporaryDirectory(prefix="jixiao-raw-") as scratch:
            found, _ = self.originals_to_reparse(Path(scratch))
            return self.ingest(found, **options) if found else IngestResult((), self.root)

    def check(self) -> Inspection:
        """Every table's schema and data pages read, and the identities checked against their sources."""
        from jixiao.warehouse.integrity import inspect

        self.require()
        return inspect(self.store())

    def repair(self, inspection: Inspection | None = None, **options: Any) -> tuple[IngestResult, list[str]]:
        """Take damaged files out, rebuild stale identities, and load the damaged reports again from raw/ (each
        original's hash checked first). Returns the reload and the reports that could not be reloaded, each with
        why."""
        from jixiao.ingest.identities import rebuild_identities
        from jixiao.warehouse.integrity import probe_writable, remove_damaged
        from jixiao.warehouse.store import OriginalMismatch

        inspection = inspection or self.check()
        store = self.store()
        probe_writable(store)
        remove_damaged(store, inspection)
        if inspection.stale_regions:
            rebuild_identities(self.root, inspection.stale_regions)
        originals = {Path(path).stem[:16]: Path(path).stem for path in store.storage.glob("raw/*.pdf")}
        lost: list[str] = []
        with tempfile.TemporaryDirectory(prefix="jixiao-raw-") as scratch:
            paths = []
            for report_id in inspection.reports:
                sha256 = originals.get(report_id)
                try:
                    copy = landing_copy(store, sha256, Path(scratch), verify=True) if sha256 else None
                except OriginalMismatch as error:
                    lost.append(f"report {report_id}: {error}")
                    continue
                if copy:
                    paths.append(copy)
                else:
                    lost.append(f"report {report_id}: no original in raw/ to load it from")
            result = self.ingest(paths, **{**options, "force": True}) if paths else IngestResult((), self.root)
        return result, lost

    def set_latest(self, report_id: str) -> list[str]:
        """Make a report the latest version of its region and year (kept so until another is chosen); returns the
        reports whose flag changed."""
        from jixiao.warehouse import UnknownReport

        self.require_report(report_id)
        try:
            changed = self.store().set_latest(report_id)
        except UnknownReport as error:
            raise UsageError(f"no report {report_id!r} in {self.root}") from error
        self._rebuild_region_of(report_id)
        return changed

    def delete(self, report_id: str) -> dict[str, Any]:
        """Delete one report version from every table (its original stays in raw/); the next version of its
        region and year, if any, becomes the latest. Returns what was deleted."""
        from jixiao.ingest.identities import rebuild_identities
        from jixiao.warehouse import UnknownReport

        self.require_report(report_id)
        try:
            deleted = self.store().delete_report(report_id)
        except UnknownReport as error:
            raise UsageError(f"no report {report_id!r} in {self.root}") from error
        if deleted["region"]:
            rebuild_identities(self.root, frozenset([deleted["region"]]))
        return deleted

    def decide_match(self, region: str, name_a: str, name_b: str, decision: str) -> None:
        """Record that two project names of a region are one project ("accept") or two ("reject"), kept across
        every later identity rebuild."""
        from jixiao.ingest.identities import rebuild_identities
        from jixiao.parsers.project_identity import pair_key

        if decision not in ("accept", "reject"):
            raise UsageError(f"a decision is 'accept' or 'reject', not {decision!r}")
        self.store().record_match_decision(pair_key(region, name_a, name_b), decision, (name_a, name_b))
        rebuild_identities(self.root, frozenset([region]))

    def _rebuild_region_of(self, report_id: str) -> None:
        """Project identities follow the latest versions: rebuild the region of a report whose flag changed."""
        from jixiao.ingest.identities import rebuild_identities

        rows = self.query_rows("SELECT region FROM reports WHERE report_id = ?", report_id)
        if rows and rows[0][0]:
            rebuild_identities(self.root, frozenset([rows[0][0]]))

    # -- reading ---------------------------------------------------------------------------------------------------

    def query_rows(self, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
        """Rows of a read-only query with parameters (the views of one snapshot)."""
        from jixiao.warehouse import connect

        connection = connect(self.root, sql)
        try:
            return connection.execute(sql, list(parameters)).fetchall()
        finally:
            connection.close()  # DuckDB's threads end now, not in the interpreter's shutdown

    def report_ids(self) -> list[str]:
        return [report_id for (report_id,) in self.query_rows("SELECT report_id FROM reports ORDER BY 1")]

    def require_report(self, report_id: str) -> None:
        """UsageError naming the close matches unless `report_id` is a loaded report."""
        import difflib

        self.require()
        known = self.report_ids()
        if report_id in known:
            return
        close = difflib.get_close_matches(report_id, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else " (`jixiao reports` lists them)"
        raise UsageError(f"no report {report_id!r} in {self.root}{hint}")

    def tables(self) -> list[str]:
        """The names `table` and `sql` know: the stored tables and the comparison views."""
        from jixiao.warehouse.schemas import ALL_TABLES
        from jixiao.warehouse.views import comparison_view_names

        return sorted([*ALL_TABLES, *comparison_view_names()])

    def sql(self, query: str, *, exact: bool = False) -> pd.DataFrame:
        """A read-only query's result as a DataFrame (DuckDB over the views; nothing it runs can write).
        Decimals become floats, or stay exact Python Decimals with `exact=True`."""
        from jixiao.warehouse.frames import arrow_table

        self.require()
        table = arrow_table(self.root, query)
        frame = _frame(table)
        return frame if exact else _floats(frame, _decimal_columns(table))

    def table(
        self,
        name: str,
        *,
        all_versions: bool = False,
        unit: str = YUAN,
        exact: bool = False,
        region: str | None = None,
        years: int | tuple[int, int] | None = None,
    ) -> pd.DataFrame:
        """A table or view as a DataFrame, one row per row of the latest version of each region and year's report
        (every version with `all_versions`); `region`, `fiscal_year` and the provenance columns (report, page,
        source sentence, rule) included. Amounts (`amount_yuan`, and metrics whose unit is 元) in `unit` (元, 万元,
        亿元) as floats, or exact Decimals in yuan with `exact=True`."""
        from jixiao.warehouse.schemas import ALL_TABLES, REPORT_TABLES

        if name not in self.tables():
            import difflib

            close = difflib.get_close_matches(name, self.tables(), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else f" (tables: {', '.join(self.tables())})"
            raise UsageError(f"no table {name!r}{hint}")
        if unit not in MONEY_UNITS:
            raise UsageError(f"unit is one of {', '.join(MONEY_UNITS)}, not {unit!r}")
        versioned = name == "reports" or name in REPORT_TABLES
        conditions = []
        if versioned and not all_versions:
            conditions.append("t.is_latest" if name == "reports" else "r.is_latest")
        if region is not None and (versioned or name not in ALL_TABLES):
            conditions.append(f"t.region = {_literal(region)}")
        if years is not None and (versioned or name not in ALL_TABLES):
            first, last = (years, years) if isinstance(years, int) else years
            conditions.append(f"t.fiscal_year BETWEEN {int(first)} AND {int(last)}")
        join = " JOIN reports r USING (report_id)" if versioned and name != "reports" and not all_versions else ""
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        from jixiao.warehouse.frames import arrow_table

        self.require()
        arrow = arrow_table(self.root, f"SELECT t.* FROM {name} t{join}{where}")
        frame = _frame(arrow)
        return frame if exact else _floats(_in_unit(frame, unit), _decimal_columns(arrow))

    def compare(self, region: str, years: int | tuple[int, int] | None = None) -> Comparison:
        """A region's reports side by side across years (`jixiao compare`): sections of headline metrics, grade
        distributions, departments and recurring projects, each `.frame()` a DataFrame."""
        from jixiao.presentation.catalog import known_regions
        from jixiao.presentation.compare import compare

        self.require()
        span = (years, years) if isinstance(years, int) else years
        comparison = compare(self.root, region, span)
        if not comparison.years:
            raise UsageError(unknown_region_message(self.root, region, span, known_regions(self.root)))
        return comparison

    def reports(self, region: str | None = None, year: int | None = None) -> pd.DataFrame:
        """Every report version (`jixiao reports`): region, year, title, which version is the latest, its source."""
        from jixiao.presentation.catalog import report_versions

        self.require()
        return report_versions(self.root, region, year).frame()

    def summary(self, report_id: str | None = None, limit: int | None = 20) -> list[Section]:
        """What `jixiao show` prints, as sections (`.frame()` each): the latest version of every report, or one."""
        from jixiao.presentation.summary import summary_sections

        self.require()
        if report_id is not None:
            self.require_report(report_id)
        return summary_sections(self.root, report_id=report_id, limit=limit)

    def review_candidates(self, region: str | None = None) -> pd.DataFrame:
        """Project pairs too uncertain to merge (`jixiao review`); decide with `decide_match`."""
        from jixiao.presentation.catalog import review_candidates

        self.require()
        return review_candidates(self.root, region).frame()

    def figures(self) -> pd.DataFrame:
        """The figures `rank` knows (headline metrics, grade shares and counts by batch, graded departments and
        projects): key, Chinese label, unit."""
        import pandas as pd

        from jixiao.presentation.rank import figures

        return pd.DataFrame([(f.key, f.label, f.unit) for f in figures()], columns=["figure", "label", "unit"])

    def rank(
        self,
        figure: str,
        years: int | tuple[int, int] | None = None,
        regions: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """One figure (a key or its Chinese label, e.g. "sampling_share_优") for every region (or `regions`) and
        year: value in the figure's unit, rank among the regions that year, and the source (`jixiao rank`)."""
        from jixiao.presentation.rank import UnknownFigure, rank

        self._known_regions(regions)
        try:
            return rank(self.root, figure, years, regions)
        except UnknownFigure as error:
            raise UsageError(str(error)) from error

    def compare_regions(self, regions: Sequence[str], years: int | tuple[int, int] | None = None) -> pd.DataFrame:
        """Every figure the regions state, side by side (`jixiao compare --regions`): `rank`'s rows per figure."""
        from jixiao.presentation.rank import compare_regions

        self._known_regions(regions)
        span = (years, years) if isinstance(years, int) else years
        return compare_regions(self.root, list(regions), span)

    def publish(
        self,
        destination: str,
        dataset: str = "jixiao",
        table_format: str | None = None,
        pipelines_dir: str | None = None,
        say: Callable[[str], None] | None = None,
    ) -> Any:
        """Load what changed since the last publish into a dlt destination (postgres, duckdb, filesystem, …),
        configured the dlt way (`.dlt/`, environment variables); `jixiao publish`. Needs the `publish` extra."""
        self.require()
        try:
            from jixiao.warehouse.publish import PublishError, publish
        except ImportError as error:
            raise UsageError(f"publish needs dlt ({error.name} missing): pip install 'jixiao[publish]'") from error
        try:
            return publish(
                self.root, destination, dataset, table_format=table_format, pipelines_dir=pipelines_dir, say=say
            )
        except PublishError as error:
            raise UsageError(str(error)) from error

    def browse(self, host: str = "127.0.0.1", port: int = 8765) -> None:
        """Serve the read-only web app over this warehouse until interrupted (`jixiao browse`; the `web` extra)."""
        from jixiao.extractors import locate  # the originals' pages and sentences, for the source views

        self.require()
        try:
            from jixiao.presentation.browse import serve
        except ImportError as error:
            raise UsageError(f"browse needs the web extra: pip install 'jixiao[web]' ({error.name} missing)") from error
        serve(self.root, locate, host, port)

    def _known_regions(self, regions: Sequence[str] | None) -> None:
        self.require()
        if not regions:
            return
        known = self.regions()
        for region in regions:
            if region not in known:
                raise UsageError(unknown_region_message(self.root, region, None, known))

    def regions(self) -> list[str]:
        from jixiao.presentation.catalog import known_regions

        self.require()
        return known_regions(self.root)


def landing_copy(store: Any, sha256: str, scratch: Path, verify: bool = False) -> str | None:
    """The landing zone's copy of an original as a local file: in place, or fetched into `scratch` from object
    storage. With `verify`, a copy whose bytes do not hash to its name raises OriginalMismatch (never loaded)."""
    local = store.storage.local_path(store.raw_path(sha256))
    if verify:
        data = store.verified_original(sha256)
        if data is None:
            return None
        if local is not None:
            return str(local)
    if local is not None:
        return str(local) if local.is_file() else None
    data = store.read_original(sha256)
    if data is None:
        return None
    copy = scratch / f"{sha256}.pdf"
    copy.write_bytes(data)
    return str(copy)


def unknown_region_message(root: str, region: str, years: tuple[int, int] | None, regions: list[str]) -> str:
    """Why a region has no reports: not in those years (saying which it has), or not there at all (with the close
    names)."""
    import difflib

    from jixiao.presentation.catalog import region_years, years_text

    if region in regions:  # the region is there, not in those years: say which it has
        asked = (str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}") if years else "any year"
        return f"no reports for {region} in {asked}; its reports cover {years_text(region_years(root, region))}"
    close = [name for name in regions if region in name or name in region]
    close += [name for name in difflib.get_close_matches(region, regions, n=5, cutoff=0.4) if name not in close]
    if close:
        hint = "did you mean " + ", ".join(close[:5]) + "?"
    else:
        hint = f"the warehouse holds {len(regions)} regions (`jixiao reports` lists them)"
    return f"no region {region!r} in {root}; {hint}"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as the DataFrame pandas users expect: decimals as exact Python Decimals (object columns),
    integers and booleans nullable (Int64, boolean), strings as str/None, timestamps in UTC."""
    import pandas as pd
    import pyarrow as pa

    def dtype(arrow_type: pa.DataType) -> Any:
        if pa.types.is_integer(arrow_type):
            return pd.Int64Dtype()
        if pa.types.is_boolean(arrow_type):
            return pd.BooleanDtype()
        return None

    return table.to_pandas(types_mapper=dtype)


def _in_unit(frame: pd.DataFrame, unit: str) -> pd.DataFrame:
    """Exact yuan (Decimal objects) → floats in `unit`: amount columns, and `value` where `unit` says 元 (the
    metrics table, whose `unit` column then names the unit given)."""
    import pandas as pd

    divisor = MONEY_UNITS[unit]

    def money(value: Any) -> float | None:
        return None if value is None else float(Decimal(value) / divisor)

    frame = frame.copy()
    for name in frame.columns:
        if name in MONEY_COLUMNS:
            frame[name] = frame[name].map(money).astype("float64")
    if {"value", "unit"} <= set(frame.columns):
        in_yuan = frame["unit"] == YUAN
        values = [
            money(value) if is_yuan else (None if value is None else float(value))
            for value, is_yuan in zip(frame["value"], in_yuan, strict=True)
        ]
        frame["value"] = pd.Series(values, index=frame.index, dtype="float64")
        frame.loc[in_yuan, "unit"] = unit
    return frame


def _decimal_columns(table: pa.Table) -> list[str]:
    import pyarrow as pa

    return [field.name for field in table.schema if pa.types.is_decimal(field.type)]


def _floats(frame: pd.DataFrame, decimals: list[str]) -> pd.DataFrame:
    """Decimal columns (scores, shares, stated figures, amounts) as float64; NaN where there was none."""
    frame = frame.copy()
    for name in decimals:
        if frame[name].dtype == object:
            frame[name] = frame[name].map(lambda value: None if value is None else float(value)).astype("float64")
    return frame
