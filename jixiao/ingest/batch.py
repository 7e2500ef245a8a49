"""One batch of documents, end to end, without Prefect: sources in order (files, and each manifest's URLs fetched
one after another), each document read in a worker process (or on Dask, through the hooks the Prefect flow gives),
loaded here in order (this process is the warehouse's only writer), and project identities rebuilt once at the
end. The Prefect flow `ingest` (flows/ingest.py) runs exactly this, with its reads, fetches and the rebuild as
Prefect tasks; `jixiao ingest` runs it directly when no Prefect server is configured (no temporary server to
start: an interactive call costs its documents only)."""

from __future__ import annotations

import contextvars
import errno
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa

from jixiao.acquisition.download import (
    MANIFEST_SUFFIXES,
    Fetched,
    ManifestEntry,
    ManifestError,
    fetch,
    load_state,
    read_manifest,
    save_state,
)
from jixiao.acquisition.download import client as download_client
from jixiao.acquisition.site import SiteError, SiteSource, read_manifest_sites
from jixiao.acquisition.sources import FirstNames, discover
from jixiao.ingest.identities import rebuild_identities
from jixiao.ingest.isolation import RUNNER
from jixiao.ingest.pipeline import (
    DocumentOutcome,
    Limits,
    PreparedDocument,
    load_document,
    prepare_document,
    record_failure,
    report_id_for,
)
from jixiao.ingest.runners import IO_RETRIES, LocalReads, ReadFuture, with_io_retries
from jixiao.ingest.sites import GroupMerger
from jixiao.warehouse import Warehouse
from jixiao.warehouse.integrity import WarehouseUnusable
from jixiao.warehouse.store import COMPACT_EVERY_LOADS

STATE_SAVE_SECONDS = 10.0  # how often a long manifest's HTTP state is saved while it is fetched
# (entry, warehouse root, HTTP state, size cap) → what was fetched; raises on a failure outside HTTP's own
Fetch = Callable[[ManifestEntry, str, dict[str, dict[str, str]], int], Fetched]


def fetch_directly(entry: ManifestEntry, warehouse: str, state: dict[str, dict[str, str]], max_bytes: int) -> Fetched:
    """Download one URL into the landing zone (retries inside, with backoff)."""
    with download_client() as http:
        return fetch(http, entry.url, Warehouse(warehouse), state, max_bytes)


@dataclass(frozen=True, slots=True)
class _Source:
    """One document to ingest: a file, or a URL's landing-zone copy once fetched."""

    path: Path | None
    source: str
    hints: tuple[str | None, int | None] = (None, None)
    data: bytes | None = field(default=None, repr=False)  # a fetched URL's bytes
    failure: DocumentOutcome | None = None  # a URL that could not be fetched
    group: str | None = None  # a site's article page this document belongs to


def error_code(error: BaseException, retried: bool = True) -> tuple[str, str]:
    """(error_code, message) of a step that failed outright: I/O (after its retries), or a bug."""
    message = f"{type(error).__name__}: {error}"
    if isinstance(error, OSError):
        return "io_error", f"{message} (after {IO_RETRIES} retries)" if retried else message
    return "internal_error", message


def _site_sources(
    sites: Sequence[SiteSource], warehouse: str, max_bytes: int, say: Callable[[str], None] | None
) -> Iterator[_Source]:
    """Each site's new documents as the crawl finds them (a page that failed is recorded, the crawl goes on)."""
    from jixiao.ingest.sites import site_documents

    for site in sites:
        hints = (site.region, site.fiscal_year)
        try:
            for document in site_documents(site, warehouse, max_bytes, say):
                fetched = document.fetched
                if fetched.data is not None:
                    yield _Source(None, document.url, hints, data=fetched.data, group=document.group)
                    continue
                code, message = fetched.error_code or "download_failed", fetched.message or "not fetched"
                failure = record_failure(Warehouse(warehouse), document.url, None, code, message)
                yield _Source(None, document.url, failure=failure)
        except SiteError as error:
            yield _Source(
                None, site.url, failure=record_failure(Warehouse(warehouse), site.url, None, "bad_site", str(error))
            )


def _sources(
    files: list[Path],
    warehouse: str,
    max_bytes: int,
    fetch_url: Fetch,
    sites: Sequence[SiteSource] = (),
    say: Callable[[str], None] | None = None,
) -> Iterator[_Source]:
    """Files in order; each manifest's URLs fetched one after another (their state saved after each manifest),
    and its sites crawled; then the sites given."""
    for path in files:
        if path.suffix.lower() not in MANIFEST_SUFFIXES:
            yield _Source(path, str(path))
            continue
        try:
            entries = read_manifest(path)
            manifest_sites = read_manifest_sites(path)
        except (ManifestError, SiteError) as error:  # recorded; the other sources go on
            yield _Source(
                None,
                str(path),
                failure=record_failure(Warehouse(warehouse), str(path), None, "bad_manifest", str(error)),
            )
            continue
        state = load_state(Warehouse(warehouse))
        last_saved = time.monotonic()
        for entry in entries:
            if time.monotonic() - last_saved > STATE_SAVE_SECONDS:
                save_state(Warehouse(warehouse), state)  # a long manifest keeps what it learnt as it goes
                last_saved = time.monotonic()
            try:
                fetched: Fetched | None = fetch_url(entry, warehouse, state, max_bytes)
                failure = None
            except Exception as error:  # recorded, and the run goes on with the other documents
                fetched, failure = None, error_code(error)
            if fetched is not None and fetched.data is not None:
                yield _Source(None, entry.url, (entry.region, entry.fiscal_year), data=fetched.data)
                continue
            code, message = failure or (
                (fetched.error_code or "download_failed", fetched.message or "not fetched")
                if fetched
                else ("internal_error", "not fetched")
            )
            yield _Source(None, entry.url, failure=record_failure(Warehouse(warehouse), entry.url, None, code, message))
        save_state(Warehouse(warehouse), state)
        yield from _site_sources(manifest_sites, warehouse, max_bytes, say)
    yield from _site_sources(sites, warehouse, max_bytes, say)


_END = object()


def _prefetched(sources: Iterator[_Source]) -> Iterator[_Source | None]:
    """The sources, produced one ahead by a thread (downloads happen there); None while the next one is not ready,
    so that the caller loads what its workers have read meanwhile: a slow download must not hold back the lines
    (and the loads) of documents already read."""
    ready: queue.Queue[object] = queue.Queue(maxsize=1)

    def produce() -> None:
        try:
            for source in sources:
                ready.put(source)
        except BaseException as error:  # said in the caller's thread (a full disk stops the run there)
            ready.put(error)
        finally:
            ready.put(_END)

    # The caller's context goes along: under a Prefect flow, each download is a task run of that flow run.
    context = contextvars.copy_context()
    threading.Thread(target=context.run, args=(produce,), name="jixiao-sources", daemon=True).start()
    while True:
        try:
            item = ready.get(timeout=0.1)
        except queue.Empty:
            yield None
            continue
        if item is _END:
            return
        if isinstance(item, BaseException):
            raise item
        yield item  # type: ignore[misc]


def _stop_if_unwritable(error: BaseException, warehouse: Warehouse) -> None:
    """A full disk or a read-only warehouse fails every document alike: the run stops, in one sentence (what was
    loaded stays loaded; a load cut short leaves only staging, which the next load discards)."""
    if isinstance(error, OSError) and error.errno in {errno.ENOSPC, errno.EROFS, errno.EDQUOT}:
        what = "is full" if error.errno in {errno.ENOSPC, errno.EDQUOT} else "is read-only"
        raise WarehouseUnusable(f"the disk holding the warehouse {warehouse.root} {what}: the run stopped") from error


def _prepare(
    source: _Source, warehouse: Warehouse, limits: Limits, loaded: frozenset[tuple[str, str]]
) -> PreparedDocument | DocumentOutcome:
    """Read, hash and keep a document; I/O errors are retried, anything else is recorded for this document."""
    try:
        prepared = with_io_retries(
            prepare_document, source.path, warehouse, limits, loaded, source.source, source.hints, source.data
        )
        return replace(prepared, group=source.group) if isinstance(prepared, PreparedDocument) else prepared
    except Exception as error:  # recorded, and the run goes on with the other documents
        _stop_if_unwritable(error, warehouse)
        return record_failure(warehouse, source.source, None, *error_code(error))


def _once_per_content(
    prepared: PreparedDocument | DocumentOutcome, first_names: FirstNames
) -> PreparedDocument | DocumentOutcome:
    """A content met earlier in the batch under another name is not read, loaded or skipped again: it is said to
    be the same as that first name (whose own line says how it went)."""
    if isinstance(prepared, PreparedDocument):
        name = prepared.source
    elif prepared.skipped:
        name = prepared.source_path
    else:
        return prepared
    sha256 = prepared.sha256
    first = first_names.same_as(sha256, name) if sha256 else None
    if sha256 is None or first is None:
        return prepared
    return DocumentOutcome(
        name, sha256, True, report_id=report_id_for(sha256), status="same_as", skipped=True, same_as=first
    )


def _finish(
    prepared: PreparedDocument, future: ReadFuture, warehouse: Warehouse, merger: GroupMerger | None = None
) -> DocumentOutcome:
    """Wait for a document's reading, then load it here: this process is the warehouse's only writer. A site's
    document that is the same report as one already loaded from its article's group is recorded as its source."""
    try:
        result = future.result()
    except Exception as error:  # the read failed outright: I/O after its retries, or a bug
        return record_failure(warehouse, prepared.source, prepared.sha256, *error_code(error))
    try:
        if merger is not None and prepared.group is not None:
            merged = merger.before_load(prepared, result)
            if merged is not None:
                return merged
            outcome = load_document(prepared, result, warehouse)
            merger.after_load(prepared, result, outcome)
            return outcome
        return load_document(prepared, result, warehouse)
    except Exception as error:
        _stop_if_unwritable(error, warehouse)
        return record_failure(warehouse, prepared.source, prepared.sha256, *error_code(error, retried=False))


def _done(future: ReadFuture) -> bool:
    done = getattr(future, "done", None)
    return bool(done()) if callable(done) else False


def run_batch(
    paths: list[str],
    warehouse: str,
    limits: Limits,
    password: str | None = None,
    force: bool = False,
    workers: int = 1,
    reads: Any = None,
    fetch_url: Fetch = fetch_directly,
    rebuild: Callable[[str, frozenset[str]], object] = rebuild_identities,
    on_outcome: Callable[[DocumentOutcome], None] | None = None,
    sites: Sequence[SiteSource] = (),
    say: Callable[[str], None] | None = None,
) -> list[DocumentOutcome]:
    """Ingest files, folders, URL manifests and sites; a failing document never stops the others. `reads` is
    where documents are read (default: `workers` local worker processes); `on_outcome` hears of each document as
    it finishes, in order; `say` hears the sites' crawl logs."""
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
    reported = 0

    def report_ready() -> None:
        nonlocal reported
        while reported < len(outcomes) and outcomes[reported] is not None:
            if on_outcome is not None:
                on_outcome(outcomes[reported])  # type: ignore[arg-type]
            reported += 1

    loads_since_compaction = 0
    merger = GroupMerger(store)
    first_names = FirstNames()

    def finish_oldest() -> None:
        nonlocal loads_since_compaction
        index, prepared, future = reading.popleft()
        outcome = outcomes[index] = _finish(prepared, future, store, merger)
        report_ready()
        loads_since_compaction += outcome.loaded and not outcome.skipped
        if loads_since_compaction >= COMPACT_EVERY_LOADS:  # a long run keeps its partitions few files too
            _housekeeping(store.compact, store)
            loads_since_compaction = 0

    with reads if reads is not None else LocalReads(workers) as document_reads:
        files = discover(paths)
        for source in _prefetched(_sources(files, warehouse, limits.max_bytes, fetch_url, sites, say)):
            if source is None:  # the next source is still downloading: load what is read meanwhile
                while reading and _done(reading[0][2]):
                    finish_oldest()
                continue
            prepared = _once_per_content(source.failure or _prepare(source, store, limits, loaded), first_names)
            outcomes.append(prepared if isinstance(prepared, DocumentOutcome) else None)
            if isinstance(prepared, PreparedDocument):
                future = document_reads.submit(Path(prepared.source).name, prepared.data, password, limits)
                reading.append((len(outcomes) - 1, prepared, future))
                if len(reading) >= in_flight:
                    finish_oldest()
            else:
                report_ready()
            # Load what is read as soon as it is: a long manifest of mostly dead links must not hold back its
            # one good report until the end.
            while reading and _done(reading[0][2]):
                finish_oldest()
        while reading:
            finish_oldest()
    finished = [outcome for outcome in outcomes if outcome is not None]
    # Identities are rebuilt for the regions this run changed (fuzzy pairs grow with a region's history), and for any
    # region whose identities an earlier run, killed or failed, left unbuilt (the rebuild finds those itself).
    touched = frozenset(
        region for outcome in finished if outcome.loaded and not outcome.skipped for region in outcome.regions if region
    )
    _housekeeping(lambda: rebuild(warehouse, touched), store)
    if any(outcome.loaded and not outcome.skipped for outcome in finished):
        _housekeeping(store.compact, store)  # few files per table, whatever the number of reports
    return finished


def _housekeeping(step: Callable[[], object], warehouse: Warehouse) -> None:
    """An identity rebuild or a compaction: a full disk or a read-only warehouse stops the run in one sentence
    (what was loaded stays loaded and published; what the step had not published is rolled back by the next)."""
    try:
        step()
    except Exception as error:
        _stop_if_unwritable(error, warehouse)
        raise
