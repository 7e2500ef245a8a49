"""The Prefect flow `ingest`: one flow run per batch; documents are read (extract → parse) in worker processes or
on a Dask cluster (flows/runners.py), retried on I/O errors only; the flow's own process loads each read document
into the warehouse, in order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
from prefect import flow, task
from prefect.artifacts import create_table_artifact
from prefect.states import Failed, State

from flows.download import MANIFEST_SUFFIXES, Fetched, ManifestEntry, fetch, load_state, read_manifest, save_state
from flows.download import client as download_client
from flows.identities import rebuild_identities
from flows.isolation import RUNNER
from flows.pipeline import (
    DEFAULT_LIMITS,
    DocumentOutcome,
    Limits,
    PreparedDocument,
    load_document,
    prepare_document,
    record_failure,
)
from flows.runners import IO_RETRIES, ReadFuture, document_reads, with_io_retries
from flows.sources import discover
from parsers import PARSER_VERSION
from warehouse import Warehouse


@task(name="fetch-url", task_run_name="fetch {entry.url}")
def fetch_url(entry: ManifestEntry, warehouse_root: str, state: dict[str, dict[str, str]], max_bytes: int) -> Fetched:
    """Download one URL into the landing zone (retries inside, with backoff)."""
    with download_client() as http:
        return fetch(http, entry.url, Warehouse(warehouse_root), state, max_bytes)


@dataclass(frozen=True, slots=True)
class _Source:
    """One document to ingest: a file, or a URL's landing-zone copy once fetched."""

    path: Path | None
    source: str
    hints: tuple[str | None, int | None] = (None, None)
    data: bytes | None = field(default=None, repr=False)  # a fetched URL's bytes
    failure: DocumentOutcome | None = None  # a URL that could not be fetched


def _sources(files: list[Path], warehouse: str, max_bytes: int) -> Iterator[_Source]:
    """Files in order; each manifest's URLs fetched one after another (their state saved after each manifest)."""
    for path in files:
        if path.suffix.lower() not in MANIFEST_SUFFIXES:
            yield _Source(path, str(path))
            continue
        state = load_state(Warehouse(warehouse))
        for entry in read_manifest(path):
            fetched_state = fetch_url(entry, warehouse, state, max_bytes, return_state=True)
            fetched = fetched_state.result() if fetched_state.is_completed() else None
            if fetched is not None and fetched.data is not None:
                yield _Source(None, entry.url, (entry.region, entry.fiscal_year), data=fetched.data)
                continue
            if fetched is None:
                code, message = _failure(fetched_state)
            else:
                code, message = fetched.error_code or "download_failed", fetched.message or "not fetched"
            yield _Source(None, entry.url, failure=record_failure(Warehouse(warehouse), entry.url, None, code, message))
        save_state(Warehouse(warehouse), state)


def _prepare(
    source: _Source, warehouse: Warehouse, limits: Limits, loaded: frozenset[tuple[str, str]]
) -> PreparedDocument | DocumentOutcome:
    """Read, hash and keep a document; I/O errors are retried, anything else is recorded for this document."""
    try:
        return with_io_retries(
            prepare_document, source.path, warehouse, limits, loaded, source.source, source.hints, source.data
        )
    except Exception as error:  # recorded, and the run goes on with the other documents
        return record_failure(warehouse, source.source, None, *_error(error))


def _finish(prepared: PreparedDocument, future: ReadFuture, warehouse: Warehouse) -> DocumentOutcome:
    """Wait for a document's reading, then load it here: the flow's process is the warehouse's only writer."""
    try:
        result = future.result()
    except Exception as error:  # the read failed outright: I/O after its retries, or a bug
        return record_failure(warehouse, prepared.source, prepared.sha256, *_error(error))
    try:
        return load_document(prepared, result, warehouse)
    except Exception as error:
        return record_failure(warehouse, prepared.source, prepared.sha256, *_error(error, retried=False))


@task(name="rebuild-project-identities")
def rebuild_project_identities(warehouse: str) -> int:
    """Projects across years and reports: one identity each (see parsers/project_identity.py)."""
    return len(rebuild_identities(warehouse).projects)


def _error(error: BaseException, retried: bool = True) -> tuple[str, str]:
    """(error_code, message) of a step that failed outright: I/O (after its retries), or a bug."""
    message = f"{type(error).__name__}: {error}"
    if isinstance(error, OSError):
        return "io_error", f"{message} (after {IO_RETRIES} retries)" if retried else message
    return "internal_error", message


def _failure(state: State) -> tuple[str, str]:
    """(error_code, message) of a Prefect task that failed."""
    try:
        state.result()
    except BaseException as error:  # recorded, and the run goes on with the other documents
        return _error(error)
    return "internal_error", f"the task ended in state {state.type}"


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
            "error_code": outcome.error_code or "",
            "message": "" if outcome.loaded else (outcome.message or ""),
            "projects": outcome.rows.get("project_evaluations", 0),
            "metrics": outcome.rows.get("metrics", 0),
        }
        for outcome in outcomes
    ]
    loaded = sum(1 for outcome in outcomes if outcome.loaded)
    create_table_artifact(
        rows,
        key="ingest-summary",
        description=f"{loaded} of {len(outcomes)} documents loaded, {len(outcomes) - loaded} failed "
        f"(parser {PARSER_VERSION})",
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
    workers: int = 1,
    dask_address: str | None = None,
) -> list[DocumentOutcome] | State:
    """Ingest files, folders and URL manifests of report PDFs; a failing document never stops the others.

    Returns every document's outcome; when some failed, the run ends Failed and calling the flow raises
    `DocumentsFailed` (its `outcomes` are the same list; `outcomes_of(ingest(..., return_state=True))` gives
    them either way).

    `workers` documents are read at once, each in its own worker process, or on the Dask cluster at
    `dask_address` (tcp://HOST:PORT); this process loads them one at a time, in order. Documents already loaded
    with the same content and parser version are skipped unless `force`.
    """
    limits = Limits(max_bytes=max_bytes, max_pages=max_pages, timeout_seconds=timeout_seconds)
    # This process writes a few small tables per document for as long as the run lasts: the system allocator
    # gives their memory back, Arrow's default (mimalloc) kept ≈ 10 MB of it (bench, 200 reports).
    pa.set_memory_pool(pa.system_memory_pool())
    RUNNER.ensure_size(workers)
    store = Warehouse(warehouse)
    loaded = frozenset() if force else store.loaded_versions()
    outcomes: list[DocumentOutcome | None] = []  # in the order of the sources; None while being read
    reading: deque[tuple[int, PreparedDocument, ReadFuture]] = deque()
    # Two documents per worker in flight: the next one is ready when a worker frees, and memory stays bounded.
    in_flight = 2 * max(1, workers)

    def finish_oldest() -> None:
        index, prepared, future = reading.popleft()
        outcomes[index] = _finish(prepared, future, store)

    with document_reads(workers, dask_address) as reads:
        for source in _sources(discover(paths), warehouse, max_bytes):
            prepared = source.failure or _prepare(source, store, limits, loaded)
            outcomes.append(prepared if isinstance(prepared, DocumentOutcome) else None)
            if isinstance(prepared, PreparedDocument):
                future = reads.submit(Path(prepared.source).name, prepared.data, password, limits)
                reading.append((len(outcomes) - 1, prepared, future))
                if len(reading) >= in_flight:
                    finish_oldest()
        while reading:
            finish_oldest()
    finished = [outcome for outcome in outcomes if outcome is not None]
    if any(outcome.loaded and not outcome.skipped for outcome in finished):
        rebuild_project_identities(warehouse)
    _artifact(finished)
    if any(not outcome.loaded for outcome in finished):
        failure = DocumentsFailed(finished)
        return Failed(message=str(failure), data=failure)
    return finished
