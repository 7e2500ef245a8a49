"""`jixiao`: the command line. Each command mirrors a Python call (see README)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jixiao.flows.serve import DEPLOYMENT_NAME
from jixiao.presentation.render import Section, as_csv, as_json, query_section, shown, table

from jixiao.api import DEFAULT_WAREHOUSE, UsageError, default_warehouse
from jixiao.api import Warehouse as Api

if TYPE_CHECKING:
    from jixiao.flows.progress import Verbosity

    from jixiao.ingest.pipeline import DocumentOutcome

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3


EXIT_CODES = """exit codes:
  0  done
  1  some documents failed (each recorded in ingest_errors) or a query failed
  2  a usage error: a wrong path, id, region, year range or option (one sentence on stderr)
  3  jixiao itself crashed (a bug: JIXIAO_DEBUG=1 shows the traceback)"""

# One example per command, shown in its --help and in the README's CLI reference (generated from --help).
EXAMPLES = {
    "ingest": "jixiao ingest samples/ downloads/2024/*.pdf reports.csv --workers 2",
    "serve": 'jixiao serve --cron "0 6 * * *" --timezone Asia/Shanghai --source incoming/ --source reports.csv',
    "errors": "jixiao errors --out errors.xlsx        jixiao errors --dismiss 370865a715",
    "retry": "jixiao retry --password s3cret",
    "reparse": "jixiao reparse --workers 2",
    "sql": "jixiao sql \"SELECT project_name, grade FROM project_evaluations WHERE grade = '优'\" --out 优.xlsx",
    "show": "jixiao show --limit 5        jixiao show --report 46beaac5be70d4e1 --out report.xlsx",
    "eval": "jixiao eval tests/fixtures/corpus tests/fixtures/corpus",
    "compare": "jixiao compare --region 青山市本级 --years 2022-2024 --out qingshan.xlsx",
    "rank": "jixiao rank sampling_share_优 --year 2023        jixiao rank key_evaluated_amount --out rank.html",
    "browse": "jixiao browse --port 8765   (then open http://127.0.0.1:8765/)",
    "review": "jixiao review        jixiao review --accept c1a2b3c4d",
    "check": "jixiao check --repair",
    "reports": "jixiao reports --region 青山市本级",
    "latest": "jixiao latest 46beaac5be70d4e1",
    "delete": "jixiao delete 46beaac5be70d4e1",
    "publish": "DESTINATION__POSTGRES__CREDENTIALS=postgresql://loader@db.example/dwh jixiao publish postgres",
}
OUT_HELP = (
    "write to FILE instead of printing; the extension names the format: .csv (UTF-8 with BOM), .xlsx, .parquet, .json"
)
HELP_WIDTH = 100


def _formatter(prog: str) -> argparse.HelpFormatter:
    import shutil

    return argparse.RawDescriptionHelpFormatter(prog, width=min(HELP_WIDTH, shutil.get_terminal_size().columns))


def _command(
    commands: argparse._SubParsersAction, name: str, summary: str, **kwargs: object
) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog=f"example:\n  {EXAMPLES[name]}\n\n{EXIT_CODES}",
        formatter_class=_formatter,
        **kwargs,  # type: ignore[arg-type]
    )


def version_text() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from jixiao.parsers import PARSER_VERSION

    try:
        package = version("jixiao")
    except PackageNotFoundError:  # run from a checkout without installing
        package = "unknown"
    return f"jixiao {package} (parser {PARSER_VERSION})"


class _VersionAction(argparse.Action):
    """--version, computed only when asked (the parser's version is in `parsers`, ≈ 0.3 s to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(version_text())
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="Budget-performance reports (PDF, web pages, Word, Excel, pictures) → Parquet warehouse → SQL.",
        epilog=f"`jixiao COMMAND --help` shows a command's options and an example.\n\n{EXIT_CODES}",
        formatter_class=_formatter,
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = _command(commands, "ingest", "extract, parse and load reports (files, folders, URL manifests, sites)")
    ingest.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a document (PDF, .html, .docx/.doc/.wps, .xlsx/.xls/.et, a picture), a folder (searched for them), "
        "or a manifest (.csv/.yaml of URLs)",
    )
    _limit_options(ingest)
    _site_options(ingest)
    ingest.add_argument("--force", action="store_true", help="parse again documents already loaded")
    _verbosity_options(ingest)

    serve = _command(commands, "serve", "ingest on a schedule (a Prefect deployment; needs `make server`)")
    serve.add_argument("--cron", required=True, help='when to run, e.g. "0 6 * * *" (06:00 every day)')
    serve.add_argument("--timezone", default="UTC", help="the cron's time zone, e.g. Asia/Shanghai (default UTC)")
    serve.add_argument(
        "--source", action="append", default=[], help="a folder, document or URL manifest to scan (repeatable)"
    )
    _site_options(serve)
    serve.add_argument("--name", default=DEPLOYMENT_NAME, help=f"the deployment's name (default {DEPLOYMENT_NAME})")
    serve.add_argument("--workers", type=int, default=1, help="documents read at once (default 1)")
    serve.add_argument("--timeout", type=float, default=300, help="seconds one document may take (default 300)")
    serve.add_argument("--dask-address", help="read documents on this Dask cluster, e.g. tcp://127.0.0.1:8786")
    serve.add_argument("--publish", metavar="DESTINATION", help="after each run, `jixiao publish DESTINATION`")
    serve.add_argument("--publish-dataset", default="jixiao", help="the dataset --publish loads (default jixiao)")

    errors = _command(commands, "errors", "list the documents that failed, with their error codes; dismiss those read")
    dismiss = errors.add_mutually_exclusive_group()
    dismiss.add_argument(
        "--dismiss",
        action="append",
        metavar="ID",
        help="dismiss this error (its id as listed; repeatable): kept "
        "in the warehouse, not listed again unless the document fails again",
    )
    dismiss.add_argument("--dismiss-all", action="store_true", help="dismiss every error listed")
    errors.add_argument("--all", action="store_true", help="list dismissed errors too, with when they were dismissed")
    _out_option(errors)
    retry = _command(commands, "retry", "ingest again every failed document that still exists, and failed URLs")
    _limit_options(retry)
    _verbosity_options(retry)
    reparse = _command(commands, "reparse", "parse again every report loaded by an older parser version")
    _limit_options(reparse)
    _verbosity_options(reparse)

    sql = _command(commands, "sql", "run read-only DuckDB SQL over the warehouse views")
    sql.add_argument("query", metavar="QUERY", help="one SELECT (or WITH, DESCRIBE, SHOW, SUMMARIZE) statement")
    sql.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="printed format (default table)"
    )
    sql.add_argument("--timeout", type=float, default=60, help="seconds the query may run (default 60)")
    sql.add_argument("--max-memory-mb", type=int, default=1024, help="memory the query may use (default 1024)")
    _out_option(sql)

    show = _command(commands, "show", "print a readable summary of the loaded reports")
    show.add_argument("--report", metavar="ID", help="one report id (default: the latest version of every report)")
    show.add_argument(
        "--limit", type=int, default=20, help="how many reports, most recently ingested first (default 20; 0: all)"
    )
    _out_option(show)

    evaluate = _command(commands, "eval", "score the pipeline against gold files (precision/recall/F1)")
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
    evaluate.add_argument(
        "--rules", action="store_true", help="also print where each named rule fired (documents, publishers)"
    )
    _verbosity_options(evaluate)

    compare = _command(commands, "compare", "a region's reports side by side across years (or several regions')")
    compare.add_argument("--region", help="e.g. 湖州市本级 (`jixiao reports` lists the regions)")
    compare.add_argument("--regions", help="several regions side by side, every figure: 青山市本级,湖州市本级")
    compare.add_argument("--years", help="one year (2023) or a range (2021-2024); default: all")
    compare.add_argument(
        "--format", choices=("table", "csv", "json", "html"), default="table", help="printed format (default table)"
    )
    compare.add_argument("--out", metavar="FILE", help=OUT_HELP + ", .html (charts, opens offline)")

    rank = _command(commands, "rank", "one figure for many regions and years, ranked within each year")
    rank.add_argument(
        "figure", nargs="?", metavar="FIGURE", help="e.g. sampling_share_优, key_evaluated_amount, graded_departments"
    )
    rank.add_argument("--list", action="store_true", help="list the figures and exit")
    rank.add_argument("--year", help="one year (2023) or a range (2021-2024); default: all")
    rank.add_argument("--regions", help="only these regions, comma-separated; default: all")
    rank.add_argument(
        "--format", choices=("table", "csv", "json", "html"), default="table", help="printed format (default table)"
    )
    rank.add_argument("--out", metavar="FILE", help=OUT_HELP + ", .html (table and chart, opens offline)")

    browse = _command(commands, "browse", "a local read-only web app: search, histories, every figure's source page")
    browse.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine)")
    browse.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")

    review = _command(commands, "review", "list project matches too uncertain to merge, and decide on them")
    review.add_argument("--region", help="only this region's pairs")
    decide = review.add_mutually_exclusive_group()
    decide.add_argument(
        "--accept", metavar="CANDIDATE", help="the pair is one project: merge it (kept across rebuilds)"
    )
    decide.add_argument("--reject", metavar="CANDIDATE", help="the pair is two projects: never list it again")
    _out_option(review)

    check = _command(
        commands, "check", "verify every table file of the warehouse; --repair loads damaged reports again from raw/"
    )
    check.add_argument("--repair", action="store_true", help="remove damaged files and load their reports again")
    _limit_options(check)
    _verbosity_options(check)

    reports = _command(commands, "reports", "list the loaded reports and their versions, and which one is the latest")
    reports.add_argument("--region", help="only this region")
    reports.add_argument("--year", type=int, help="only this fiscal year")
    _out_option(reports)

    latest = _command(commands, "latest", "choose a version as the latest of its region and year (kept until changed)")
    latest.add_argument("report_id", metavar="ID", help="the report id (`jixiao reports` lists them)")

    delete = _command(commands, "delete", "remove one report version from the tables (the original stays in raw/)")
    delete.add_argument("report_id", metavar="ID", help="the report id (`jixiao reports` lists them)")

    publish = _command(
        commands, "publish", "load what changed since the last publish into your warehouse or lake (through dlt)"
    )
    publish.add_argument(
        "destination",
        metavar="DESTINATION",
        help="a dlt destination: postgres, duckdb, filesystem (Delta tables), bigquery, snowflake, clickhouse, "
        "mssql, redshift, …, configured in .dlt/config.toml, .dlt/secrets.toml or environment variables "
        "(DESTINATION__POSTGRES__CREDENTIALS, DESTINATION__FILESYSTEM__BUCKET_URL …)",
    )
    publish.add_argument("--dataset", default="jixiao", help="the destination's schema or folder (default jixiao)")
    publish.add_argument(
        "--table-format", choices=["delta", "iceberg"], help="filesystem destination only: the tables' format (delta)"
    )
    publish.add_argument("--pipelines-dir", help="where dlt keeps its working files (default ~/.dlt/pipelines)")

    for command in (
        ingest,
        serve,
        sql,
        show,
        errors,
        retry,
        reparse,
        compare,
        rank,
        browse,
        review,
        check,
        reports,
        latest,
        delete,
        publish,
    ):
        command.add_argument(
            "--warehouse",
            default=default_warehouse(),
            help=f"warehouse folder or URL (default: $JIXIAO_WAREHOUSE or {DEFAULT_WAREHOUSE})",
        )
    return parser


def _site_options(command: argparse.ArgumentParser) -> None:
    from jixiao.acquisition.site_defaults import (
        DEFAULT_DELAY_SECONDS,
        DEFAULT_MAX_DOCUMENTS,
        DEFAULT_MAX_LISTING_PAGES,
        DEFAULT_TIMEOUT_SECONDS,
    )

    command.add_argument(
        "--site",
        action="append",
        default=[],
        metavar="URL",
        help="a bureau column's listing page to crawl for reports: pagination, articles, attachments (repeatable)",
    )
    command.add_argument(
        "--keywords",
        help="words a link's text must hold to be opened, comma-separated (default: 绩效评价,绩效自评,评价结果,…)",
    )
    command.add_argument(
        "--max-listing-pages",
        type=int,
        default=DEFAULT_MAX_LISTING_PAGES,
        help=f"listing pages followed per site (default {DEFAULT_MAX_LISTING_PAGES})",
    )
    command.add_argument(
        "--max-site-documents",
        type=int,
        default=DEFAULT_MAX_DOCUMENTS,
        help=f"new documents fetched per site and run (default {DEFAULT_MAX_DOCUMENTS})",
    )
    command.add_argument(
        "--fetch-timeout",
        type=float,
        default=DEFAULT_TIMEOUT_SECONDS,
        help=f"seconds one request to a site may take (default {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    command.add_argument(
        "--delay",
        type=float,
        default=DEFAULT_DELAY_SECONDS,
        help=f"seconds between two requests to a site (default {DEFAULT_DELAY_SECONDS:g}; robots.txt may ask more)",
    )


def _sites(args: argparse.Namespace) -> list[dict[str, object]]:
    """The --site options as site sources' dicts (a Prefect flow's parameters)."""
    from jixiao.acquisition.site import SiteSource

    sites = []
    for url in getattr(args, "site", None) or []:
        values: dict[str, object] = {
            "url": url,
            "max_listing_pages": args.max_listing_pages,
            "max_documents": args.max_site_documents,
            "delay_seconds": args.delay,
            "timeout_seconds": args.fetch_timeout,
        }
        if args.keywords:
            values["keywords"] = args.keywords
        sites.append(SiteSource.from_dict(values).as_dict())
    return sites


def _out_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", metavar="FILE", help=OUT_HELP)


def _verbosity_options(command: argparse.ArgumentParser) -> None:
    group = command.add_mutually_exclusive_group()
    group.add_argument("--quiet", "-q", action="store_true", help="print only failures and the final count")
    group.add_argument("--verbose", "-v", action="store_true", help="add pages and rows loaded to every line")


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
    command.add_argument(
        "--allow-private-urls",
        action="store_true",
        help="let manifests' URLs (and their redirects) reach private, loopback and link-local addresses",
    )


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


def run_ingest(paths: Sequence[str], warehouse: str, args: argparse.Namespace) -> int:
    sites = _sites(args)
    for site in sites:
        if not str(site["url"]).startswith(("http://", "https://")):
            print(f"jixiao ingest: --site takes an http(s) URL of a listing page, not {site['url']!r}", file=sys.stderr)
            return EXIT_USAGE
    try:
        files = Api.sources_to_read(list(paths), bool(sites))
    except UsageError as error:
        for message in str(error).splitlines():
            print(f"jixiao ingest: {message}", file=sys.stderr)
        return EXIT_USAGE
    from jixiao.acquisition.download import MANIFEST_SUFFIXES

    from jixiao.ingest.runners import DaskUnavailable, dask_cluster_threads, default_workers

    if args.workers is not None and args.workers < 1:
        print("jixiao ingest: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        workers = args.workers or default_workers()
        if args.dask_address:  # the extra is installed and the cluster answers: said now, not in the middle of a run
            from jixiao.ingest.dask_reads import DaskReads

            DaskReads(args.dask_address)
            cluster_threads = dask_cluster_threads(args.dask_address)
            workers = args.workers or cluster_threads
    except (DaskUnavailable, OSError) as error:
        print(f"jixiao ingest: {error}", file=sys.stderr)
        return EXIT_USAGE
    from jixiao.warehouse import Warehouse
    from jixiao.warehouse.integrity import probe_writable

    probe_writable(Warehouse(warehouse))  # a read-only folder or a full disk: one sentence now, not per document
    sources = [str(path) for path in files]
    max_bytes = int(args.max_mb * 1024 * 1024)
    from jixiao.flows.progress import DocumentProgress, Verbosity

    verbosity = Verbosity(getattr(args, "quiet", False), getattr(args, "verbose", False))
    # A manifest's documents are counted as they stream in: the bar has no total then.
    total = None if sites or any(path.suffix.lower() in MANIFEST_SUFFIXES for path in files) else len(files)
    with DocumentProgress(total, verbosity) as progress:
        if args.dask_address or prefect_server_configured():
            # A Prefect flow run, recorded on the server (Dask reads are Prefect tasks: they need one too).
            from jixiao.flows.ingest import ingest, outcomes_of
            from jixiao.flows.progress import listening

            if not prefect_server_configured():
                from jixiao.flows.prefect_env import start_temporary_server

                start_temporary_server()  # one that dies with this run, before Prefect starts its own

            with listening(progress):
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
                    sites=sites,
                    return_state=True,
                )
            outcomes = outcomes_of(run)
        else:
            # No server configured: the same batch without Prefect (no temporary server to start and stop, ≈ 10 s).
            from jixiao.ingest.pipeline import Limits

            outcomes = Api(warehouse).ingest(
                sources,
                workers=workers,
                force=getattr(args, "force", False),
                password=args.password,
                sites=sites,
                limits=Limits(max_bytes, args.max_pages, args.timeout, args.max_memory_mb),
                on_document=progress,
                say=None if verbosity.quiet else (lambda line: print(line, file=sys.stderr)),
            )
    from jixiao.api import IngestResult

    result = IngestResult(tuple(outcomes), warehouse)
    print(result.summary())
    return EXIT_OK if not result.failed else EXIT_SOME_FAILED


def run_serve(args: argparse.Namespace) -> int:
    from jixiao.flows.serve import Schedule, ServeError, serve

    schedule = Schedule(
        sources=tuple(args.source),
        warehouse=args.warehouse,
        cron=args.cron,
        timezone=args.timezone,
        name=args.name,
        workers=args.workers,
        timeout_seconds=args.timeout,
        dask_address=args.dask_address,
        sites=tuple(_sites(args)),
        publish=args.publish,
        publish_dataset=args.publish_dataset,
    )
    if not schedule.sources and not schedule.sites:
        return _usage("serve", "give --source PATH or --site URL (either repeatable)")
    try:
        serve(schedule)  # until stopped
    except ServeError as error:
        print(f"jixiao serve: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def run_errors(args: argparse.Namespace) -> int:
    from jixiao.presentation.catalog import error_section

    if _bad_out("errors", args.out) or not _existing(args.warehouse, "errors"):
        return EXIT_USAGE
    if args.dismiss or args.dismiss_all:
        return _dismiss(args.warehouse, None if args.dismiss_all else args.dismiss)
    section = error_section(args.warehouse, include_dismissed=args.all)
    if args.out:
        return _write_out("errors", args.out, [section])
    if not section.rows:
        print("no errors" if args.all else "no open errors (`jixiao errors --all` lists the dismissed ones too)")
        return EXIT_OK
    print(table(section.columns, section.rows))
    if not args.all:
        print(f"\n{len(section.rows)} errors · `jixiao errors --dismiss ID` dismisses one, `--dismiss-all` every one")
    return EXIT_OK


def _dismiss(warehouse: str, ids: list[str] | None) -> int:
    from jixiao.warehouse.errors import UnknownError, dismiss_errors

    try:
        dismissed = dismiss_errors(warehouse, ids)
    except UnknownError as error:
        return _usage("errors", str(error))
    for error in dismissed:
        print(f"dismissed {error.error_id}  {shown(error.source_path)}  [{error.error_code}]")
    print(
        f"{len(dismissed)} errors dismissed (kept in the warehouse: `jixiao errors --all` lists them; "
        "a new failure of the same document is listed again)"
        if dismissed
        else "no open errors to dismiss"
    )
    return EXIT_OK


def run_retry(warehouse: str, args: argparse.Namespace) -> int:
    """Ingest again every failed file that still exists and every failed URL (fetched again)."""
    import tempfile

    if not _existing(warehouse, "retry"):
        return EXIT_USAGE
    files, urls, gone = Api(warehouse).failed_sources()
    for path in gone:
        print(f"skipped {path}: the file is no longer there")
    if not files and not urls:
        print("nothing to retry")
        return EXIT_OK if not gone else EXIT_SOME_FAILED
    with tempfile.TemporaryDirectory(prefix="jixiao-retry-") as scratch:
        if urls:
            manifest = Path(scratch) / "failed_urls.csv"
            manifest.write_text("url\n" + "".join(f"{url}\n" for url in urls), encoding="utf-8")
            files.append(str(manifest))
        return run_ingest(files, warehouse, args)


def run_reparse(warehouse: str, args: argparse.Namespace) -> int:
    import tempfile

    from jixiao.parsers import PARSER_VERSION

    if not _existing(warehouse, "reparse"):
        return EXIT_USAGE
    # The original file if it is still there, else the copy kept in the landing zone (fetched into a temporary
    # folder, removed after the run, when the warehouse is on object storage).
    with tempfile.TemporaryDirectory(prefix="jixiao-raw-") as scratch:
        found, missing = Api(warehouse).originals_to_reparse(Path(scratch))
        if not found and not missing:
            print(f"every report is parsed by the current parser ({PARSER_VERSION})")
            return EXIT_OK
        for path in missing:
            print(f"skipped {path}: neither the file nor its landing-zone copy is there")
        return run_ingest(found, warehouse, args) if found else EXIT_SOME_FAILED


def _existing(warehouse: str, command: str) -> bool:
    """Reading commands on a path that holds no warehouse say so (a mistyped --warehouse is not an empty one)."""
    try:
        Api(warehouse).require()
    except UsageError as error:
        print(f"jixiao {command}: {error}", file=sys.stderr)
        return False
    return True


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _is_damage(error: BaseException) -> bool:
    """A table file that cannot be read (cut short, a corrupt page, gone): `jixiao check --repair` mends it."""
    text = str(error).lower()
    return isinstance(error, OSError) or any(word in text for word in ("parquet", "no such file", "thrift"))


def _damaged(error: Exception) -> DamagedWarehouse:
    return DamagedWarehouse(f"a table file cannot be read ({str(error).splitlines()[0]}): run `jixiao check --repair`")


def _usage(command: str, message: str) -> int:
    print(f"jixiao {command}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _bad_out(command: str, out: str | None) -> bool:
    """An --out whose extension names no format is a usage error said before any work."""
    if out is None:
        return False
    from jixiao.presentation.exports import ExportError, export_format

    try:
        export_format(out)
    except ExportError as error:
        _usage(command, str(error))
        return True
    return False


def _write_out(command: str, out: str, sections: list[Section]) -> int:
    from jixiao.presentation.exports import ExportError, write_sections

    try:
        written = write_sections(out, sections)
    except ExportError as error:
        return _usage(command, str(error))
    rows = sum(len(section.rows) for section in sections)
    print(f"wrote {', '.join(map(str, written))} ({rows} rows)")
    return EXIT_OK


def run_sql(
    query: str,
    warehouse: str,
    output_format: str,
    out: str | None = None,
    command: str = "sql",
    key: str = "result",
    seconds: float | None = None,
    memory_mb: int | None = None,
) -> int:
    import duckdb

    if _bad_out(command, out) or not _existing(warehouse, command):
        return EXIT_USAGE
    from jixiao.warehouse import ReadOnlyQueryError, run_read_only
    from jixiao.warehouse.views import DEFAULT_QUERY_MEMORY_MB, DEFAULT_QUERY_SECONDS, QueryLimitExceeded

    try:
        result = run_read_only(warehouse, query, seconds or DEFAULT_QUERY_SECONDS, memory_mb or DEFAULT_QUERY_MEMORY_MB)
    except ReadOnlyQueryError as error:
        return _usage(command, str(error))
    except duckdb.PermissionException as error:
        return _usage(command, f"only the warehouse's own tables can be read here ({_first_line(error)})")
    except QueryLimitExceeded as error:
        return _usage(command, f"{error} (--timeout and --max-memory-mb set other limits)")
    except (duckdb.InvalidInputException, duckdb.IOException, OSError) as error:
        if _is_damage(error):
            raise _damaged(error) from error
        print(f"jixiao {command}: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except duckdb.Error as error:
        print(f"jixiao {command}: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if result.description is None:
        return EXIT_OK
    section = query_section(result, key, key)  # typed columns, so that an export keeps them (decimals stay decimals)
    columns, rows = section.columns, section.rows
    result.close()  # (DuckDB's threads end here, not while the interpreter shuts down)
    if out:
        return _write_out(command, out, [section])
    render = {"table": table, "csv": as_csv, "json": as_json}[output_format]
    print(render(columns, rows).rstrip("\n"))
    return EXIT_OK


def _unknown_report(command: str, warehouse: str, report: str) -> int | None:
    """EXIT_USAGE with the close matches when `report` is not a loaded report id; None when it is."""
    try:
        Api(warehouse).require_report(report)
    except UsageError as error:
        return _usage(command, str(error))
    return None


def run_show(warehouse: str, report: str | None, limit: int = 20, out: str | None = None) -> int:
    import duckdb
    from jixiao.presentation.summary import render_summary, summary_sections

    if _bad_out("show", out) or not _existing(warehouse, "show"):
        return EXIT_USAGE
    if limit < 0:
        return _usage("show", f"--limit takes 0 (all) or a positive number, not {limit}")
    try:
        if report is not None and (code := _unknown_report("show", warehouse, report)) is not None:
            return code
        if out:
            return _write_out("show", out, summary_sections(warehouse, report_id=report, limit=limit or None))
        # At a terminal long text is cut to its width (a pipe or --out gets every character).
        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        print(render_summary(warehouse, report_id=report, limit=limit or None, max_width=width).rstrip("\n"))
    except (duckdb.InvalidInputException, duckdb.IOException, OSError) as error:
        if not _is_damage(error):
            raise
        raise _damaged(error) from error
    return EXIT_OK


def run_check(warehouse: str, args: argparse.Namespace) -> int:
    """Verify every table's schema and every data page, and the identities against their sources; with --repair
    take the damaged files out, load their reports again from raw/ (each original's hash checked first), and
    rebuild stale identities."""
    if not _existing(warehouse, "check"):
        return EXIT_USAGE
    inspection = Api(warehouse).check()
    print(f"{inspection.files} table files read, {len(inspection.damaged)} damaged")
    for damage in inspection.damaged:
        whose = f" (report {damage.report_id})" if damage.report_id else ""
        whose = f" ({len(damage.report_ids)} reports)" if len(damage.report_ids) > 1 else whose
        print(f"  {shown(damage.path)}: {shown(damage.reason)}{whose}")
    if not inspection.damaged:
        return EXIT_OK
    if not args.repair:
        print("run `jixiao check --repair` to load the damaged reports again from the originals in raw/")
        return EXIT_SOME_FAILED
    args.force = True
    result, lost = Api(warehouse).repair(inspection, **_ingest_options(args))
    if inspection.stale_regions:
        print(f"  identities rebuilt for {len(inspection.stale_regions)} regions")
    for line in lost:
        print(f"  {line}")
    if result:
        print(result.summary())
    return EXIT_SOME_FAILED if lost or result.failed else EXIT_OK


def _ingest_options(args: argparse.Namespace) -> dict[str, object]:
    """The ingest options a command's arguments give (worker processes, limits, password) for the API."""
    from jixiao.ingest.pipeline import Limits
    from jixiao.ingest.runners import default_workers

    return {
        "workers": args.workers or default_workers(),
        "password": args.password,
        "limits": Limits(int(args.max_mb * 1024 * 1024), args.max_pages, args.timeout, args.max_memory_mb),
    }


def run_eval(
    gold_dir: str | None,
    pdf_dir: str | None,
    as_json: bool,
    corpora: list[list[str]] | None = None,
    verbosity: Verbosity | None = None,
    rules: bool = False,
) -> int:
    from jixiao.flows.progress import DocumentProgress, Verbosity, outcome_line

    from jixiao.accuracy.harness import KINDS, NotAGoldFolder, evaluate, gold_files
    from jixiao.accuracy.report import render_corpora, render_evaluation
    from jixiao.accuracy.rule_support import render_rule_support

    verbosity = verbosity or Verbosity()
    if not corpora:
        if gold_dir is None or pdf_dir is None:
            return _usage("eval", "give GOLD_DIR PDF_DIR, or --corpus NAME GOLD_DIR PDF_DIR")
        corpora = [["", gold_dir, pdf_dir]]
    try:  # every folder checked before the first document is read
        total = sum(len(gold_files(Path(gold), Path(pdfs))) for _, gold, pdfs in corpora)
    except NotAGoldFolder as error:
        return _usage("eval", str(error))
    evaluations = {}
    # The scores are the output (stdout); progress and --verbose's per-document lines go to stderr.
    with DocumentProgress(total, Verbosity(quiet=verbosity.quiet), "scoring", out=sys.stderr) as progress:

        def heard(name: str, outcome: DocumentOutcome) -> None:
            if verbosity.verbose:
                print(f"{name}: {outcome_line(outcome)}", file=sys.stderr, flush=True)
            progress.advance()

        for name, gold, pdfs in corpora:
            evaluations[name] = evaluate(Path(gold), Path(pdfs), on_document=heard)
    if len(corpora) > 1 or corpora[0][0]:
        print(render_corpora(evaluations))
        if rules:
            print()
            print(render_rule_support(evaluations))
        return EXIT_OK
    evaluation = evaluations[""]
    if as_json:
        scores = {
            name: {kind: {"precision": s.precision, "recall": s.recall, "f1": s.f1} for kind, s in doc.items()}
            for name, doc in {**evaluation.documents, "OVERALL": evaluation.overall()}.items()
        }
        print(json.dumps({"scores": scores, "errors": evaluation.errors, "kinds": KINDS}, ensure_ascii=False, indent=1))
    else:
        print(render_evaluation(evaluation))
        if rules:
            print()
            print(render_rule_support(evaluations))
    return EXIT_OK


def parse_years(text: str | None) -> tuple[int, int] | None:
    """`2023` or `2021-2024` (either order of a closed range is an error said plainly)."""
    if not text:
        return None
    low, dash, high = (part.strip() for part in text.partition("-"))
    if dash and (not low or not high):
        given = low or high
        example = (
            f"{given}-{int(given) + 2}" if low.isdigit() else f"{int(given) - 2}-{given}" if given.isdigit() else ""
        )
        raise ValueError(
            f"--years {text}: a range needs both ends{', e.g. ' + example if example else ''} (or give one year)"
        )
    for part in (low, high) if dash else (low,):
        if not part.isdigit():
            raise ValueError(f"--years {text}: takes a year (2023) or a range of years (2021-2024)")
        if len(part) != 4:
            raise ValueError(f"--years {text}: write years in full, e.g. 2022-2024 rather than 22-24")
    first, last = int(low), int(high or low)
    if first > last:
        raise ValueError(f"--years {text}: the range runs backwards; did you mean {last}-{first}?")
    return first, last


def run_compare(args: argparse.Namespace) -> int:
    from jixiao.presentation.compare import compare, render_csv, render_json, render_text

    try:
        years = parse_years(args.years)
    except ValueError as error:
        return _usage("compare", str(error))
    if bool(args.region) == bool(args.regions):
        return _usage("compare", "give --region NAME (one region) or --regions A,B,… (several), not both")
    if args.regions:
        return run_regions("compare", args, None, years)
    if args.format == "html" and not args.out:
        return _usage("compare", "--format html needs --out FILE.html")
    html = args.format == "html" or (args.out and Path(args.out).suffix.lower() in (".html", ".htm"))
    if args.out and not html and _bad_out("compare", args.out):
        return EXIT_USAGE
    if not _existing(args.warehouse, "compare"):
        return EXIT_USAGE
    comparison = compare(args.warehouse, args.region, years)
    if not comparison.years:
        return _unknown_region(args.warehouse, args.region, years)
    if args.out and not html:  # a workbook holds the pivots the screen shows; other formats the typed long form
        from jixiao.presentation.compare import workbook_sections

        xlsx = Path(args.out).suffix.lower() == ".xlsx"
        return _write_out("compare", args.out, workbook_sections(comparison) if xlsx else comparison.sections)
    if html:  # links to the originals as absolute file URIs: they survive moving or sharing the report
        from jixiao.presentation.report_html import render_html  # (Altair: ≈ 0.4 s to import, only for HTML)

        output = render_html(comparison)
    else:
        output = {"table": render_text, "csv": render_csv, "json": render_json}[args.format](comparison)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(output, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        print(output.rstrip("\n"))
    return EXIT_OK


def run_rank(args: argparse.Namespace) -> int:
    from jixiao.presentation.rank import UnknownFigure, figure, figures

    if args.list:
        print(table(["figure", "label", "unit"], [[f.key, f.label, f.unit] for f in figures()]))
        return EXIT_OK
    if not args.figure:
        return _usage("rank", "name a FIGURE, e.g. sampling_share_优 (`jixiao rank --list` lists them)")
    try:
        years = parse_years(args.year)
        wanted = figure(args.figure)
    except (ValueError, UnknownFigure) as error:
        return _usage("rank", str(error).replace("--years", "--year"))
    return run_regions("rank", args, wanted, years)


def run_regions(command: str, args: argparse.Namespace, wanted: object, years: tuple[int, int] | None) -> int:
    """`rank FIGURE` (one figure) and `compare --regions` (every figure): a table, CSV/JSON, an export, or HTML."""
    from jixiao.presentation.catalog import known_regions
    from jixiao.presentation.rank import compare_regions, rank, render_text, section

    html = args.format == "html" or (args.out and Path(args.out).suffix.lower() in (".html", ".htm"))
    if args.format == "html" and not args.out:
        return _usage(command, "--format html needs --out FILE.html")
    if (args.out and not html and _bad_out(command, args.out)) or not _existing(args.warehouse, command):
        return EXIT_USAGE
    regions = [name.strip() for name in (args.regions or "").split(",") if name.strip()] or None
    unknown = [name for name in regions or [] if name not in known_regions(args.warehouse)]
    if unknown:
        return _unknown_region(args.warehouse, unknown[0], None, command)
    if wanted is None:
        frame = compare_regions(args.warehouse, regions or [], years)
        title = "地区对比：" + "、".join(regions or [])
    else:
        frame = rank(args.warehouse, wanted, years, regions)  # type: ignore[arg-type]
        title = f"各地区比较：{frame['label'].iloc[0]}" if not frame.empty else "各地区比较"
    if frame.empty:
        return _usage(command, "no region states this figure" + (f" in {args.year}" if args.year else ""))
    if args.out and not html:
        return _write_out(command, args.out, [section(frame, command)])
    if html:
        from jixiao.presentation.rank_html import render_rank_html

        output = render_rank_html(args.warehouse, frame, title)
    elif args.format == "table":
        output = render_text(frame)
    else:
        exported = section(frame, command)
        output = (as_csv if args.format == "csv" else as_json)(exported.columns, exported.rows)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(output, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        print(output.rstrip("\n"))
    return EXIT_OK


def run_browse(args: argparse.Namespace) -> int:
    if not _existing(args.warehouse, "browse"):
        return EXIT_USAGE
    if importlib.util.find_spec("starlette") is None:
        return _usage("browse", "needs the web extra: pip install 'jixiao[web]' (starlette missing)")
    print(f"jixiao browse: {args.warehouse} at http://{args.host}:{args.port}/ (read-only; Ctrl-C stops)", flush=True)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"note: --host {args.host} lets other machines read the warehouse (it has no login)", file=sys.stderr)
    try:
        Api(args.warehouse).browse(args.host, args.port)
    except UsageError as error:
        return _usage("browse", str(error))
    return EXIT_OK


def _unknown_region(warehouse: str, region: str, years: tuple[int, int] | None, command: str = "compare") -> int:
    from jixiao.presentation.catalog import known_regions

    from jixiao.api import unknown_region_message

    return _usage(command, unknown_region_message(warehouse, region, years, known_regions(warehouse)))


def run_review(args: argparse.Namespace) -> int:
    from jixiao.presentation.catalog import review_candidates
    from jixiao.presentation.render import table

    if _bad_out("review", args.out) or not _existing(args.warehouse, "review"):
        return EXIT_USAGE
    section = review_candidates(args.warehouse, args.region)
    decision, chosen = ("accept", args.accept) if args.accept else ("reject", args.reject)
    if chosen:
        return _decide(args.warehouse, section, chosen, decision)
    if args.out:
        return _write_out("review", args.out, [section])
    if not section.rows:
        print("no project pairs left for review")
        return EXIT_OK
    print(table(section.columns, section.rows))
    how = "`jixiao review --accept CANDIDATE` merges one, `--reject CANDIDATE` keeps it apart"
    print(f"\n{len(section.rows)} pairs · {how}")
    return EXIT_OK


def _decide(warehouse: str, section: Section, chosen: str, decision: str) -> int:
    column = section.columns.index
    pair = next((row for row in section.rows if row[column("candidate")] == chosen), None)
    if pair is None:
        listed = [row[column("candidate")] for row in section.rows]
        hint = f" ({len(listed)} listed: {', '.join(listed[:5])}{' …' if len(listed) > 5 else ''})" if listed else ""
        return _usage("review", f"no candidate {chosen!r} in the review list{hint}")
    region, name_a, name_b = pair[column("region")], pair[column("name_a")], pair[column("name_b")]
    Api(warehouse).decide_match(region, name_a, name_b, decision)
    verdict = "one project now" if decision == "accept" else "two projects, not listed again"
    print(f"{decision}ed {chosen}: 「{name_a}」 and 「{name_b}」 ({region}) are {verdict}")
    return EXIT_OK


def run_reports(args: argparse.Namespace) -> int:
    from jixiao.presentation.catalog import report_versions

    if _bad_out("reports", args.out) or not _existing(args.warehouse, "reports"):
        return EXIT_USAGE
    section = report_versions(args.warehouse, args.region, args.year)
    if args.region and not section.rows and args.year is None:
        return _unknown_region(args.warehouse, args.region, None)
    if args.out:
        return _write_out("reports", args.out, [section])
    shown = [column for column in section.columns if column not in ("source_path", "ingested_at")]
    rows = [[row[section.columns.index(c)] for c in shown] for row in section.rows]
    if not rows and args.year is not None:  # say which years there are
        from jixiao.presentation.catalog import region_years, years_text

        held = region_years(args.warehouse, args.region)
        print(f"no reports for {args.year}" + (f"; the reports cover {years_text(held)}" if held else ""))
        return EXIT_OK
    print(table(shown, rows) if rows else "no reports")
    versions = sum(1 for row in section.rows if row[section.columns.index("versions")] > 1)
    print(
        f"\n{len(rows)} reports"
        + (f" · {versions} of them are one of several versions of a region and year" if versions else "")
    )
    return EXIT_OK


def run_latest(args: argparse.Namespace) -> int:
    if not _existing(args.warehouse, "latest"):
        return EXIT_USAGE
    try:
        changed = Api(args.warehouse).set_latest(args.report_id)
    except UsageError as error:
        return _usage("latest", str(error))
    before = [report for report in changed if report != args.report_id]
    print(
        f"report {args.report_id} is the latest version of its region and year"
        + (f" (instead of {', '.join(before)})" if before else " (it already was)")
        + "; kept so until another is chosen"
    )
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    if not _existing(args.warehouse, "delete"):
        return EXIT_USAGE
    api = Api(args.warehouse)
    try:
        deleted = api.delete(args.report_id)
    except UsageError as error:
        return _usage("delete", str(error))
    store = api.store()
    kept = store.raw_path(deleted["sha256"])
    print(
        f"deleted report {args.report_id} ({deleted['title'] or 'no title'}, {deleted['region'] or '?'} "
        f"{deleted['fiscal_year'] or '?'})"
        + (f"; its original stays in {kept}" if store.storage.exists(kept) else "")
        + (f"; report {deleted['promoted']} is now the latest version" if deleted["promoted"] else "")
    )
    return EXIT_OK


def run_publish(args: argparse.Namespace) -> int:
    """`jixiao publish`: the API's publish, and one line on what it sent (never a credential)."""
    if not _existing(args.warehouse, "publish"):
        return EXIT_USAGE
    try:
        result = Api(args.warehouse).publish(
            args.destination,
            args.dataset,
            table_format=args.table_format,
            pipelines_dir=args.pipelines_dir,
            say=lambda line: print(line, file=sys.stderr),
        )
    except UsageError as error:
        return _usage("publish", str(error))
    except Exception as error:  # the destination refused (unreachable, credentials, permissions): dlt's own words
        from jixiao.warehouse.publish import reason

        print(f"jixiao publish: {args.destination} failed: {reason(error)}", file=sys.stderr)
        return EXIT_SOME_FAILED
    print(result.summary())
    return EXIT_OK


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
        from jixiao.warehouse.integrity import WarehouseUnusable

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
    commands = {
        "compare": run_compare,
        "rank": run_rank,
        "browse": run_browse,
        "review": run_review,
        "reports": run_reports,
        "latest": run_latest,
        "delete": run_delete,
        "publish": run_publish,
        "eval": lambda a: run_eval(a.gold_dir, a.pdf_dir, a.json, a.corpus, _verbosity(a), a.rules),
        "ingest": lambda a: run_ingest(a.paths, a.warehouse, a),
        "serve": run_serve,
        "errors": run_errors,
        "retry": lambda a: run_retry(a.warehouse, a),
        "reparse": lambda a: run_reparse(a.warehouse, a),
        "check": lambda a: run_check(a.warehouse, a),
        "sql": lambda a: run_sql(a.query, a.warehouse, a.format, a.out, seconds=a.timeout, memory_mb=a.max_memory_mb),
        "show": lambda a: run_show(a.warehouse, a.report, a.limit, a.out),
    }
    if not getattr(args, "allow_private_urls", False):
        return commands[args.command](args)
    from jixiao.acquisition.download import ALLOW_PRIVATE_ENV

    # Read where each URL is fetched (in this process, or a flow's task), for this command only.
    previous = os.environ.get(ALLOW_PRIVATE_ENV)
    os.environ[ALLOW_PRIVATE_ENV] = "1"
    try:
        return commands[args.command](args)
    finally:
        if previous is None:
            del os.environ[ALLOW_PRIVATE_ENV]
        else:
            os.environ[ALLOW_PRIVATE_ENV] = previous


def _verbosity(args: argparse.Namespace) -> Verbosity:
    from jixiao.flows.progress import Verbosity

    return Verbosity(getattr(args, "quiet", False), getattr(args, "verbose", False))


# Commands that only read: their process ends right after its output, without the interpreter's shutdown, in which
# native threads (DuckDB's, Arrow's, delta-rs's) aborted a finished `jixiao sql` now and then ("exception not
# rethrown", once in ≈ 50 runs on a loaded machine).
READ_ONLY_COMMANDS = frozenset({"sql", "show", "compare", "rank", "reports", "review", "errors", "check"})


def entry() -> None:
    """The `jixiao` command (main() for callers in Python)."""
    argv = sys.argv[1:]
    code = main(argv)
    if argv and argv[0] in READ_ONLY_COMMANDS and "--repair" not in argv:  # (--dismiss has written by now)
        import contextlib

        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`), a closed stream
                stream.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
