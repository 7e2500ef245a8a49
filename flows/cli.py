"""`jixiao`: the command line. Each command mirrors a Python call (see README)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from flows.serve import DEPLOYMENT_NAME
from presentation.render import as_csv, as_json, table

if TYPE_CHECKING:
    from flows.pipeline import DocumentOutcome
    from warehouse import Warehouse

DEFAULT_WAREHOUSE = "data/warehouse"
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3


def default_warehouse() -> str:
    return os.environ.get("JIXIAO_WAREHOUSE") or DEFAULT_WAREHOUSE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jixiao", description="Budget-performance report PDFs → Parquet warehouse → SQL."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="extract, parse and load report PDFs (files or folders)")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    _limit_options(ingest)
    ingest.add_argument("--force", action="store_true", help="parse again documents already loaded")

    serve = commands.add_parser("serve", help="ingest on a schedule (a Prefect deployment; needs `make server`)")
    serve.add_argument("--cron", required=True, help='when to run, e.g. "0 6 * * *" (06:00 every day)')
    serve.add_argument("--timezone", default="UTC", help="the cron's time zone, e.g. Asia/Shanghai (default UTC)")
    serve.add_argument(
        "--source", action="append", required=True, help="a folder, PDF or URL manifest to scan (repeatable)"
    )
    serve.add_argument("--name", default=DEPLOYMENT_NAME, help=f"the deployment's name (default {DEPLOYMENT_NAME})")
    serve.add_argument("--workers", type=int, default=1, help="documents read at once (default 1)")
    serve.add_argument("--timeout", type=float, default=300, help="seconds one document may take (default 300)")
    serve.add_argument("--dask-address", help="read documents on this Dask cluster, e.g. tcp://127.0.0.1:8786")

    errors = commands.add_parser("errors", help="list the documents that failed, with their error codes")
    retry = commands.add_parser("retry", help="ingest again every failed document that still exists")
    _limit_options(retry)
    reparse = commands.add_parser("reparse", help="parse again every report loaded by an older parser version")
    _limit_options(reparse)

    sql = commands.add_parser("sql", help="run DuckDB SQL over the warehouse views")
    sql.add_argument("query")
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")

    show = commands.add_parser("show", help="print a readable summary of the loaded reports")
    show.add_argument("--report", help="one report id (default: the latest version of every report)")
    show.add_argument(
        "--limit", type=int, default=20, help="how many reports, most recently ingested first (default 20; 0: all)"
    )

    evaluate = commands.add_parser("eval", help="score the pipeline against gold files (precision/recall/F1)")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", nargs="?", help="folder of gold JSON files")
    evaluate.add_argument("pdf_dir", metavar="PDF_DIR", nargs="?", help="folder of the PDFs, named as the gold files")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--corpus",
        nargs=3,
        action="append",
        metavar=("NAME", "GOLD_DIR", "PDF_DIR"),
        help="score several corpora and print one line each and the overall (repeatable)",
    )

    compare = commands.add_parser("compare", help="a region's reports side by side across years")
    compare.add_argument("--region", required=True, help="e.g. 湖州市本级")
    compare.add_argument("--years", help="a range such as 2021-2024 (default: all)")
    compare.add_argument("--format", choices=("table", "csv", "json", "html"), default="table")
    compare.add_argument("--out", help="write to this file instead of printing (html needs it)")

    review = commands.add_parser("review", help="list project matches too uncertain to merge")

    check = commands.add_parser(
        "check", help="verify every table file of the warehouse; --repair loads damaged reports again from raw/"
    )
    check.add_argument("--repair", action="store_true", help="remove damaged files and load their reports again")
    _limit_options(check)

    for command in (ingest, serve, sql, show, errors, retry, reparse, compare, review, check):
        command.add_argument(
            "--warehouse",
            default=default_warehouse(),
            help=f"warehouse folder (default: $JIXIAO_WAREHOUSE or {DEFAULT_WAREHOUSE})",
        )
    return parser


def _limit_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--password", help="password for encrypted PDFs")
    command.add_argument("--max-mb", type=float, default=200, help="refuse files larger than this (default 200)")
    command.add_argument("--max-pages", type=int, default=2000, help="refuse PDFs with more pages (default 2000)")
    command.add_argument(
        "--max-memory-mb",
        type=int,
        default=1536,
        help="memory one document may take in its worker (default 1536; more is memory_limit)",
    )
    command.add_argument(
        "--timeout", type=float, default=300, help="seconds one document may take to read (default 300)"
    )
    command.add_argument(
        "--workers",
        type=int,
        help="documents read at once, each in its own process (default: one per core, up to 4; "
        "with --dask-address: the cluster's threads)",
    )
    command.add_argument("--dask-address", help="read documents on this Dask cluster, e.g. tcp://127.0.0.1:8786")


def prefect_server_configured() -> bool:
    """Whether a Prefect server is configured for this process: $PREFECT_API_URL, or the active profile's
    PREFECT_API_URL in $PREFECT_HOME/profiles.toml (read without importing Prefect, ≈ 1.8 s)."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    import tomllib

    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    try:
        profiles = tomllib.loads((home / "profiles.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return False
    active = os.environ.get("PREFECT_PROFILE") or profiles.get("active", "ephemeral")
    return bool(profiles.get("profiles", {}).get(active, {}).get("PREFECT_API_URL"))


def _print_outcome(outcome: DocumentOutcome) -> None:
    name = outcome.source_path
    if outcome.skipped:
        print(f"skipped {name}  (report {outcome.report_id} already loaded by this parser version)", flush=True)
    elif outcome.loaded:
        print(f"loaded  {name}  → report {outcome.report_id} ({outcome.status}): {outcome.title}", flush=True)
    else:
        print(f"FAILED  {name}  [{outcome.error_code}] {outcome.message}", flush=True)


def run_ingest(paths: Sequence[str], warehouse: str, args: argparse.Namespace) -> int:
    from acquisition.sources import SourceError, discover

    try:
        files = discover(paths)
    except SourceError as error:
        print(f"jixiao ingest: {error}", file=sys.stderr)
        return EXIT_USAGE
    if not files:
        print("jixiao ingest: no PDF files found in " + ", ".join(paths), file=sys.stderr)
        return EXIT_USAGE
    from acquisition.download import MANIFEST_SUFFIXES, ManifestError, read_manifest

    # Manifests are read before anything runs: given alone, a bad one is a usage error; beside other sources it
    # is recorded (`bad_manifest`) and the others still load.
    bad = []
    for path in (path for path in files if path.suffix.lower() in MANIFEST_SUFFIXES):
        try:
            read_manifest(path)
        except ManifestError as error:
            bad.append(str(error))
    if bad and len(bad) == len(files):
        for message in bad:
            print(f"jixiao ingest: {message}", file=sys.stderr)
        return EXIT_USAGE
    from flows.runners import DaskUnavailable, dask_cluster_threads, default_workers

    if args.workers is not None and args.workers < 1:
        print("jixiao ingest: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        workers = args.workers or default_workers()
        if args.dask_address:  # the extra is installed and the cluster answers: said now, not in the middle of a run
            from flows.dask_reads import DaskReads

            DaskReads(args.dask_address)
            cluster_threads = dask_cluster_threads(args.dask_address)
            workers = args.workers or cluster_threads
    except (DaskUnavailable, OSError) as error:
        print(f"jixiao ingest: {error}", file=sys.stderr)
        return EXIT_USAGE
    from warehouse import Warehouse
    from warehouse.integrity import probe_writable

    probe_writable(Warehouse(warehouse))  # a read-only folder or a full disk: one sentence now, not per document
    sources = [str(path) for path in files]
    max_bytes = int(args.max_mb * 1024 * 1024)
    if args.dask_address or prefect_server_configured():
        # A Prefect flow run, recorded on the server (Dask reads are Prefect tasks: they need one too).
        from flows.ingest import ingest, outcomes_of

        if not prefect_server_configured():
            from flows.prefect_env import start_temporary_server

            start_temporary_server()  # one that dies with this run, before Prefect starts its own

        run = ingest(
            sources,
            warehouse,
            password=args.password,
            max_bytes=max_bytes,
            max_pages=args.max_pages,
            max_memory_mb=args.max_memory_mb,
            timeout_seconds=args.timeout,
            force=getattr(args, "force", False),
            workers=workers,
            dask_address=args.dask_address,
            return_state=True,
        )
        outcomes = outcomes_of(run)
        for outcome in outcomes:
            _print_outcome(outcome)
    else:
        # No server configured: the same batch without Prefect (no temporary server to start and stop, ≈ 10 s).
        from flows.batch import run_batch
        from flows.pipeline import Limits

        limits = Limits(max_bytes, args.max_pages, args.timeout, args.max_memory_mb)
        outcomes = run_batch(
            sources,
            warehouse,
            limits,
            password=args.password,
            force=getattr(args, "force", False),
            workers=workers,
            on_outcome=_print_outcome,
        )
    skipped = sum(1 for outcome in outcomes if outcome.skipped)
    failed = sum(1 for outcome in outcomes if not outcome.loaded)
    loaded = len(outcomes) - skipped - failed
    print(
        f"{len(outcomes)} documents: {loaded} loaded, {skipped} skipped (already loaded by this parser version), "
        f"{failed} failed · warehouse {warehouse}"
    )
    return EXIT_OK if not failed else EXIT_SOME_FAILED


def run_serve(args: argparse.Namespace) -> int:
    from flows.serve import Schedule, ServeError, serve

    schedule = Schedule(
        sources=tuple(args.source),
        warehouse=args.warehouse,
        cron=args.cron,
        timezone=args.timezone,
        name=args.name,
        workers=args.workers,
        timeout_seconds=args.timeout,
        dask_address=args.dask_address,
    )
    try:
        serve(schedule)  # until stopped
    except ServeError as error:
        print(f"jixiao serve: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def run_errors(warehouse: str) -> int:
    return run_sql(
        "SELECT source_path, error_code, message, occurred_at FROM ingest_errors ORDER BY occurred_at",
        warehouse,
        "table",
    )


def run_retry(warehouse: str, args: argparse.Namespace) -> int:
    """Ingest again every failed file that still exists and every failed URL (fetched again)."""
    import tempfile

    from warehouse import connect

    if not _existing(warehouse, "retry"):
        return EXIT_USAGE
    rows = connect(warehouse).execute("SELECT DISTINCT source_path FROM ingest_errors ORDER BY 1").fetchall()
    urls = [path for (path,) in rows if path.startswith(("http://", "https://"))]
    paths = [path for (path,) in rows if path not in urls and Path(path).is_file()]
    gone = [path for (path,) in rows if path not in urls and not Path(path).is_file()]
    for path in gone:
        print(f"skipped {path}: the file is no longer there")
    if not paths and not urls:
        print("nothing to retry")
        return EXIT_OK if not gone else EXIT_SOME_FAILED
    with tempfile.TemporaryDirectory(prefix="jixiao-retry-") as scratch:
        if urls:
            manifest = Path(scratch) / "failed_urls.csv"
            manifest.write_text("url\n" + "".join(f"{url}\n" for url in urls), encoding="utf-8")
            paths.append(str(manifest))
        return run_ingest(paths, warehouse, args)


def run_reparse(warehouse: str, args: argparse.Namespace) -> int:
    import tempfile

    from parsers import PARSER_VERSION
    from warehouse import Warehouse, connect

    rows = (
        connect(warehouse)
        .execute("SELECT source_path, sha256 FROM reports WHERE parser_version <> ? ORDER BY 1", [PARSER_VERSION])
        .fetchall()
    )
    if not rows:
        print(f"every report is parsed by the current parser ({PARSER_VERSION})")
        return EXIT_OK
    # The original file if it is still there, else the copy kept in the landing zone (fetched into a temporary
    # folder, removed after the run, when the warehouse is on object storage).
    store = Warehouse(warehouse)
    with tempfile.TemporaryDirectory(prefix="jixiao-raw-") as scratch:
        paths = []
        for path, sha in rows:
            found = path if Path(path).is_file() else _landing_copy(store, sha, Path(scratch))
            if found is None:
                print(f"skipped {path}: neither the file nor its landing-zone copy is there")
            else:
                paths.append(found)
        return run_ingest(paths, warehouse, args) if paths else EXIT_SOME_FAILED


def _landing_copy(store: Warehouse, sha256: str, scratch: Path) -> str | None:
    """The landing zone's copy as a local file: in place, or fetched into `scratch` from object storage."""
    local = store.storage.local_path(store.raw_path(sha256))
    if local is not None:
        return str(local) if local.is_file() else None
    data = store.read_original(sha256)
    if data is None:
        return None
    copy = scratch / f"{sha256}.pdf"
    copy.write_bytes(data)
    return str(copy)


def _existing(warehouse: str, command: str) -> bool:
    """Reading commands on a path that holds no warehouse say so (a mistyped --warehouse is not an empty one)."""
    from warehouse import Warehouse

    if Warehouse(warehouse).exists():
        return True
    print(
        f"jixiao {command}: no warehouse at {warehouse} (run `jixiao ingest … --warehouse {warehouse}` first)",
        file=sys.stderr,
    )
    return False


def _damaged(error: Exception) -> DamagedWarehouse:
    return DamagedWarehouse(f"a table file cannot be read ({str(error).splitlines()[0]}): run `jixiao check --repair`")


def run_sql(query: str, warehouse: str, output_format: str) -> int:
    import duckdb

    if not _existing(warehouse, "sql"):
        return EXIT_USAGE
    from warehouse import ReadOnlyQueryError, run_read_only

    try:
        result = run_read_only(warehouse, query)
    except ReadOnlyQueryError as error:
        print(f"jixiao sql: {error}", file=sys.stderr)
        return EXIT_USAGE
    except duckdb.PermissionException as error:
        print(f"jixiao sql: only the warehouse's own tables can be read here ({error})", file=sys.stderr)
        return EXIT_USAGE
    except duckdb.InvalidInputException as error:
        if "parquet" in str(error).lower():
            raise _damaged(error) from error
        print(f"jixiao sql: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except duckdb.Error as error:
        print(f"jixiao sql: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if result.description is None:
        return EXIT_OK
    columns = [column[0] for column in result.description]
    rows = result.fetchall()
    render = {"table": table, "csv": as_csv, "json": as_json}[output_format]
    print(render(columns, rows).rstrip("\n"))
    return EXIT_OK


def run_show(warehouse: str, report: str | None, limit: int = 20) -> int:
    import difflib

    import duckdb

    from presentation.summary import render_summary
    from warehouse import connect

    if not _existing(warehouse, "show"):
        return EXIT_USAGE
    try:
        if report is not None:
            known = [row[0] for row in connect(warehouse).execute("SELECT report_id FROM reports").fetchall()]
            if report not in known:
                close = difflib.get_close_matches(report, known, n=3, cutoff=0.5)
                hint = (
                    f"; did you mean {', '.join(close)}?"
                    if close
                    else " (`jixiao sql 'SELECT report_id, title FROM reports'` lists them)"
                )
                print(f"jixiao show: no report {report!r} in {warehouse}{hint}", file=sys.stderr)
                return EXIT_USAGE
        print(render_summary(warehouse, report_id=report, limit=limit or None).rstrip("\n"))
    except duckdb.InvalidInputException as error:
        raise _damaged(error) from error
    return EXIT_OK


def run_check(warehouse: str, args: argparse.Namespace) -> int:
    """Verify every table file; with --repair remove the damaged ones and load their reports again from raw/."""
    from warehouse import Warehouse
    from warehouse.integrity import inspect, probe_writable, remove_damaged

    if not _existing(warehouse, "check"):
        return EXIT_USAGE
    store = Warehouse(warehouse)
    inspection = inspect(store)
    print(f"{inspection.files} table files read, {len(inspection.damaged)} damaged")
    for damage in inspection.damaged:
        print(f"  {damage.path}: {damage.reason}" + (f" (report {damage.report_id})" if damage.report_id else ""))
    if not inspection.damaged:
        return EXIT_OK
    if not args.repair:
        print("run `jixiao check --repair` to load the damaged reports again from the originals in raw/")
        return EXIT_SOME_FAILED
    probe_writable(store)
    remove_damaged(store, inspection)
    import tempfile

    originals = {Path(path).stem[:16]: Path(path).stem for path in store.storage.glob("raw/*.pdf")}
    with tempfile.TemporaryDirectory(prefix="jixiao-raw-") as scratch:
        paths, lost = [], []
        for report_id in inspection.reports:
            sha256 = originals.get(report_id)
            copy = _landing_copy(store, sha256, Path(scratch)) if sha256 else None
            (paths.append(copy) if copy else lost.append(report_id))
        for report_id in lost:
            print(f"  report {report_id}: no original in raw/ to load it from")
        if not paths:
            return EXIT_SOME_FAILED
        args.force = True
        code = run_ingest(paths, warehouse, args)
    return code if not lost else EXIT_SOME_FAILED


def run_eval(gold_dir: str | None, pdf_dir: str | None, as_json: bool, corpora: list[list[str]] | None = None) -> int:
    from flows.evaluate import KINDS, evaluate, render_corpora, render_evaluation

    if corpora:
        for _, gold, pdfs in corpora:
            if not Path(gold).is_dir() or not Path(pdfs).is_dir():
                print(f"jixiao eval: {gold} and {pdfs} must be folders", file=sys.stderr)
                return EXIT_USAGE
        print(render_corpora({name: evaluate(Path(gold), Path(pdfs)) for name, gold, pdfs in corpora}))
        return EXIT_OK
    if gold_dir is None or pdf_dir is None:
        print("jixiao eval: give GOLD_DIR PDF_DIR, or --corpus NAME GOLD_DIR PDF_DIR", file=sys.stderr)
        return EXIT_USAGE

    if not Path(gold_dir).is_dir() or not Path(pdf_dir).is_dir():
        print(f"jixiao eval: {gold_dir} and {pdf_dir} must be folders", file=sys.stderr)
        return EXIT_USAGE
    evaluation = evaluate(Path(gold_dir), Path(pdf_dir))
    if as_json:
        scores = {
            name: {kind: {"precision": s.precision, "recall": s.recall, "f1": s.f1} for kind, s in doc.items()}
            for name, doc in {**evaluation.documents, "OVERALL": evaluation.overall()}.items()
        }
        print(json.dumps({"scores": scores, "errors": evaluation.errors, "kinds": KINDS}, ensure_ascii=False, indent=1))
    else:
        print(render_evaluation(evaluation))
    return EXIT_OK


def _years(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    low, _, high = text.partition("-")
    if not low.isdigit() or (high and not high.isdigit()):
        raise ValueError(f"--years takes YYYY or YYYY-YYYY, not {text!r}")
    return int(low), int(high or low)


def run_compare(args: argparse.Namespace) -> int:
    from presentation.compare import compare, render_csv, render_json, render_text
    from presentation.report_html import render_html

    try:
        years = _years(args.years)
    except ValueError as error:
        print(f"jixiao compare: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "html" and not args.out:
        print("jixiao compare: --format html needs --out FILE", file=sys.stderr)
        return EXIT_USAGE
    comparison = compare(args.warehouse, args.region, years)
    if not comparison.years:
        print(f"jixiao compare: no reports for region {args.region!r} in {args.warehouse}", file=sys.stderr)
        return EXIT_SOME_FAILED
    render = {"table": render_text, "csv": render_csv, "json": render_json, "html": render_html}[args.format]
    output = render(comparison)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(output, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        print(output.rstrip("\n"))
    return EXIT_OK


def run_review(warehouse: str) -> int:
    return run_sql(
        "SELECT region, name_a, name_b, round(score, 1) AS score, project_id_a, project_id_b "
        "FROM project_candidates ORDER BY region, score DESC",
        warehouse,
        "table",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Exit codes: 0 all done · 1 some documents failed (each recorded) or a query failed · 2 a usage error ·
    3 jixiao itself crashed (a bug: the message says where)."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("jixiao: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `jixiao sql … | head`: the reader has what it wanted
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # a bug: one clear line and its own exit code, the traceback only with JIXIAO_DEBUG
        from warehouse.integrity import WarehouseUnusable

        if isinstance(error, WarehouseUnusable | DamagedWarehouse):  # the warehouse, not jixiao: say what to do
            print(f"jixiao {args.command}: {error}", file=sys.stderr)
            return EXIT_USAGE
        if os.environ.get("JIXIAO_DEBUG"):
            raise
        print(f"jixiao {args.command}: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        print("(a bug: set JIXIAO_DEBUG=1 for the traceback and report it)", file=sys.stderr)
        return EXIT_CRASH


class DamagedWarehouse(Exception):
    """A table file that DuckDB cannot read: `jixiao check` says which, `--repair` mends it."""


def _run(args: argparse.Namespace) -> int:
    if args.command == "compare":
        return run_compare(args)
    if args.command == "review":
        return run_review(args.warehouse)
    if args.command == "eval":
        return run_eval(args.gold_dir, args.pdf_dir, args.json, args.corpus)
    if args.command == "ingest":
        return run_ingest(args.paths, args.warehouse, args)
    if args.command == "serve":
        return run_serve(args)
    if args.command == "errors":
        return run_errors(args.warehouse)
    if args.command == "retry":
        return run_retry(args.warehouse, args)
    if args.command == "reparse":
        return run_reparse(args.warehouse, args)
    if args.command == "check":
        return run_check(args.warehouse, args)
    if args.command == "sql":
        return run_sql(args.query, args.warehouse, args.format)
    return run_show(args.warehouse, args.report, args.limit)


if __name__ == "__main__":
    sys.exit(main())
