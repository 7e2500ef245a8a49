"""The Prefect flow `ingest`: one flow run per batch (jixiao/ingest/batch.py does the work); documents are read
(extract → parse) in worker processes or on a Dask cluster (jixiao/ingest/runners.py), retried on I/O errors only;
the flow's own process loads each read document into the warehouse, in order. URL fetches and the identity rebuild
are Prefect tasks; the run ends Failed when a document failed, with an `ingest-summary` artifact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jixiao.acquisition.download import Fetched, ManifestEntry
from jixiao.acquisition.site import SiteSource
from jixiao.flows.progress import current_listener
from jixiao.parsers import PARSER_VERSION
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.states import Failed, State

from jixiao.ingest.batch import fetch_directly, run_batch
from jixiao.ingest.identities import rebuild_identities
from jixiao.ingest.pipeline import DEFAULT_LIMITS, DocumentOutcome, Limits, summary
from jixiao.ingest.runners import document_reads


@task(name="fetch-url", task_run_name="fetch {entry.url}")
def fetch_url(entry: ManifestEntry, warehouse_root: str, state: dict[str, dict[str, str]], max_bytes: int) -> Fetched:
    """Download one URL into the landing zone (retries inside, with backoff)."""
    return fetch_directly(entry, warehouse_root, state, max_bytes)


@task(name="rebuild-project-identities")
def rebuild_project_identities(warehouse: str, regions: frozenset[str]) -> int:
    """Projects across years and reports in the regions a run changed: one identity each
    (see parsers/project_identity.py)."""
    return len(rebuild_identities(warehouse, regions).projects)


class DocumentsFailed(Exception):
    """A run in which some documents failed (recorded in `ingest_errors`); the others were loaded.

    The flow run ends Failed so that Prefect's UI and `prefect flow-run ls` show it; `outcomes` holds every
    document's outcome, as a successful run returns them."""

    def __init__(self, outcomes: list[DocumentOutcome]) -> None:
        self.outcomes = outcomes
        self.failed = [outcome for outcome in outcomes if not outcome.loaded]
        listed = ", ".join(f"{Path(o.source_path).name} [{o.error_code}]" for o in self.failed[:5])
        more = f" and {len(self.failed) - 5} more" if len(self.failed) > 5 else ""
        super().__init__(f"{len(self.failed)} of {len(outcomes)} documents failed: {listed}{more}")


def outcomes_of(run: list[DocumentOutcome] | State) -> list[DocumentOutcome]:
    """Every document's outcome from `ingest(..., return_state=True)`, whether the run completed or failed
    because of failed documents; any other failure is raised."""
    if isinstance(run, list):
        return run
    result = run.result(raise_on_failure=False)
    if isinstance(result, DocumentsFailed):
        return result.outcomes
    if isinstance(result, BaseException):
        raise result
    return result


def _artifact(outcomes: list[DocumentOutcome]) -> None:
    rows = [
        {
            "document": Path(outcome.source_path).name,
            "loaded": outcome.loaded,
            "status": outcome.status or "",
            "report_id": outcome.report_id or "",
            "same_as": outcome.same_as or "",
            "error_code": outcome.error_code or "",
            "message": "" if outcome.loaded else (outcome.message or ""),
            "projects": outcome.rows.get("project_evaluations", 0),
            "metrics": outcome.rows.get("metrics", 0),
        }
        for outcome in outcomes
    ]
    create_table_artifact(rows, key="ingest-summary", description=f"{summary(outcomes)} (parser {PARSER_VERSION})")


@flow(name="ingest")
def ingest(
    paths: list[str],
    warehouse: str,
    password: str | None = None,
    max_bytes: int = DEFAULT_LIMITS.max_bytes,
    max_pages: int = DEFAULT_LIMITS.max_pages,
    max_memory_mb: int = DEFAULT_LIMITS.max_memory_mb,
    timeout_seconds: float | None = DEFAULT_LIMITS.timeout_seconds,
    force: bool = False,
    workers: int = 1,
    dask_address: str | None = None,
    sites: list[dict[str, Any]] | None = None,
    publish: str | None = None,
    publish_dataset: str = "jixiao",
) -> list[DocumentOutcome] | State:
    """Ingest files, folders and URL manifests of report PDFs; a failing document never stops the others.

    Returns every document's outcome; when some failed, the run ends Failed and calling the flow raises
    `DocumentsFailed` (its `outcomes` are the same list; `outcomes_of(ingest(..., return_state=True))` gives
    them either way).

    `workers` documents are read at once, each in its own worker process, or on the Dask cluster at
    `dask_address` (tcp://HOST:PORT); this process loads them one at a time, in order. Documents already loaded
    with the same content and parser version are skipped unless `force`. `sites` are bureau columns to crawl
    (acquisition/site.py SiteSource as a dict: url, keywords, limits); what each crawl asked for is in the run's log.
    With `publish` (a dlt destination), what the run changed is then published there (warehouse/publish.py).
    """
    limits = Limits(
        max_bytes=max_bytes, max_pages=max_pages, timeout_seconds=timeout_seconds, max_memory_mb=max_memory_mb
    )
    crawl_log: list[str] = []
    logger = get_run_logger()

    def say(line: str) -> None:  # a site's crawl: in the run's log (INFO) and its `site-crawl` artifact
        crawl_log.append(line)
        logger.info(line)

    finished = run_batch(
        paths,
        warehouse,
        limits,
        password=password,
        force=force,
        workers=workers,
        reads=document_reads(workers, dask_address),
        fetch_url=fetch_url,
        rebuild=rebuild_project_identities,
        # The CLI's progress: not a flow parameter (Prefect records those, and a callable is none).
        on_outcome=current_listener(),
        sites=[SiteSource.from_dict(site) for site in sites or []],
        say=say,
    )
    _artifact(finished)
    if publish:  # what loaded is published even when some documents failed (they are in ingest_errors)
        from jixiao.warehouse.publish import publish as publish_warehouse

        logger.info(publish_warehouse(warehouse, publish, publish_dataset).summary())
    if crawl_log:
        create_markdown_artifact(
            "```\n" + "\n".join(crawl_log) + "\n```",
            key="site-crawl",
            description="what each site's crawl asked for and got (304: unchanged, not fetched again)",
        )
    if any(not outcome.loaded for outcome in finished):
        failure = DocumentsFailed(finished)
        return Failed(message=str(failure), data=failure)
    return finished
