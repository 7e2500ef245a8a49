"""The Prefect flow `ingest`: one task per document (extract → parse → load), retried on I/O errors only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_table_artifact
from prefect.client.schemas.objects import TaskRun
from prefect.states import State

from flows.download import MANIFEST_SUFFIXES, ManifestEntry, fetch, load_state, read_manifest, save_state
from flows.download import client as download_client
from flows.identities import rebuild_identities
from flows.pipeline import DEFAULT_LIMITS, DocumentOutcome, Limits, process_document
from flows.sources import discover
from parsers import PARSER_VERSION
from warehouse import Warehouse

IO_RETRIES = 2


def _failed_on_io(_task: Any, _run: TaskRun, state: State) -> bool:
    """Retry a document only when the failure was I/O; a broken PDF fails the same way every time."""
    try:
        state.result()
    except OSError:
        return True
    except BaseException:  # any other failure is final
        return False
    return False


@task(
    name="ingest-document",
    retries=IO_RETRIES,
    retry_delay_seconds=1,
    retry_condition_fn=_failed_on_io,
    task_run_name="ingest {path}",
)
def ingest_document(
    path: str,
    warehouse_root: str,
    password: str | None = None,
    limits: dict[str, Any] | None = None,
    loaded: frozenset[tuple[str, str]] = frozenset(),
) -> DocumentOutcome:
    return process_document(
        Path(path), Warehouse(warehouse_root), password=password, limits=Limits(**(limits or {})), loaded=loaded
    )


@task(name="fetch-and-ingest-url", task_run_name="fetch {entry.url}")
def ingest_url(
    entry: ManifestEntry,
    warehouse_root: str,
    state: dict[str, dict[str, str]],
    password: str | None,
    limits: dict[str, Any],
    loaded: frozenset[tuple[str, str]],
) -> DocumentOutcome:
    """Download one URL into the landing zone (retries inside, with backoff), then process it like a file."""
    warehouse = Warehouse(warehouse_root)
    with download_client() as http:
        fetched = fetch(http, entry.url, warehouse, state, limits["max_bytes"])
    if fetched.path is None:
        code, message = fetched.error_code or "download_failed", fetched.message or "not fetched"
        warehouse.record_error(entry.url, None, code, message, PARSER_VERSION)
        return DocumentOutcome(entry.url, None, False, error_code=code, message=message)
    return process_document(
        fetched.path,
        warehouse,
        password=password,
        limits=Limits(**limits),
        loaded=loaded,
        source=entry.url,
        hints=(entry.region, entry.fiscal_year),
    )


def ingest_urls(
    manifest: Path,
    warehouse: str,
    password: str | None,
    limits: dict[str, Any],
    loaded: frozenset[tuple[str, str]],
) -> list[DocumentOutcome]:
    state = load_state(Warehouse(warehouse))
    outcomes = []
    for entry in read_manifest(manifest):
        outcome_state = ingest_url(entry, warehouse, state, password, limits, loaded, return_state=True)
        if outcome_state.is_completed():
            outcomes.append(outcome_state.result())
        else:
            code, message = _failure(outcome_state)
            Warehouse(warehouse).record_error(entry.url, None, code, message, PARSER_VERSION)
            outcomes.append(DocumentOutcome(entry.url, None, False, error_code=code, message=message))
    save_state(Warehouse(warehouse), state)
    return outcomes


@task(name="rebuild-project-identities")
def rebuild_project_identities(warehouse: str) -> int:
    """Projects across years and reports: one identity each (see parsers/project_identity.py)."""
    return len(rebuild_identities(warehouse).projects)


def _failure(state: State) -> tuple[str, str]:
    """(error_code, message) of a task that failed outright: I/O after its retries, or a bug."""
    try:
        state.result()
    except OSError as error:
        return "io_error", f"{type(error).__name__}: {error} (after {IO_RETRIES} retries)"
    except BaseException as error:  # recorded, and the run goes on with the other documents
        return "internal_error", f"{type(error).__name__}: {error}"
    return "internal_error", f"the task ended in state {state.type}"


def _artifact(outcomes: list[DocumentOutcome]) -> None:
    rows = [
        {
            "document": Path(outcome.source_path).name,
            "loaded": outcome.loaded,
            "status": outcome.status or "",
            "report_id": outcome.report_id or "",
            "error_code": outcome.error_code or "",
            "projects": outcome.rows.get("project_evaluations", 0),
            "metrics": outcome.rows.get("metrics", 0),
        }
        for outcome in outcomes
    ]
    loaded = sum(1 for outcome in outcomes if outcome.loaded)
    create_table_artifact(
        rows,
        key="ingest-summary",
        description=f"{loaded} of {len(outcomes)} documents loaded (parser {PARSER_VERSION})",
    )


@flow(name="ingest")
def ingest(
    paths: list[str],
    warehouse: str,
    password: str | None = None,
    max_bytes: int = DEFAULT_LIMITS.max_bytes,
    max_pages: int = DEFAULT_LIMITS.max_pages,
    timeout_seconds: float | None = DEFAULT_LIMITS.timeout_seconds,
    force: bool = False,
) -> list[DocumentOutcome]:
    """Ingest files and folders of report PDFs into the warehouse; a failing document never stops the others.

    Documents already loaded with the same content and parser version are skipped unless `force`.
    """
    limits = {"max_bytes": max_bytes, "max_pages": max_pages, "timeout_seconds": timeout_seconds}
    loaded = frozenset() if force else Warehouse(warehouse).loaded_versions()
    outcomes: list[DocumentOutcome] = []
    files = discover(paths)
    manifests = [path for path in files if path.suffix.lower() in MANIFEST_SUFFIXES]
    for manifest in manifests:
        outcomes += ingest_urls(manifest, warehouse, password, limits, loaded)
    for path in (path for path in files if path not in manifests):
        state = ingest_document(str(path), warehouse, password, limits, loaded, return_state=True)
        if state.is_completed():
            outcomes.append(state.result())
            continue
        code, message = _failure(state)
        Warehouse(warehouse).record_error(str(path), None, code, message, PARSER_VERSION)
        outcomes.append(DocumentOutcome(str(path), None, False, error_code=code, message=message))
    if any(outcome.loaded and not outcome.skipped for outcome in outcomes):
        rebuild_project_identities(warehouse)
    _artifact(outcomes)
    return outcomes
