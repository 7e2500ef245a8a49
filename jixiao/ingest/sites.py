"""Sites in a run: the crawl (acquisition/site.py, with the HTML extractor's links), and a report published twice
(an article page and its attachment, in any format) loaded once with both sources.

Two members of one article's group are one report when the smaller one's text is at least SAME_REPORT contained
in the larger one's (extractors/fingerprint.py): the page that reprints the attached PDF, or the attachment that
is the page as a Word file. The one whose reading gave more rows is the report; the other becomes its second
source. The warehouse's `reports.source_path` holds one source, so the others are kept beside it in
`_sources/report_sources.json` (report id → its sources); a `report_sources` table belongs in the warehouse.
A page that only points to its attachment (`详见附件`: nothing of results in it) is that report too when both
name the same region and year, or the same title: its attachment is the report, the page its second source.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from jixiao.acquisition.download import load_state, save_state
from jixiao.acquisition.site import CrawlLog, SiteDocument, SiteSource, crawl_site
from jixiao.ingest.pipeline import DocumentOutcome, PreparedDocument
from jixiao.ingest.reading import Parsed
from jixiao.warehouse import Warehouse

SAME_REPORT = 0.8
REPORT_SOURCES = "_sources/report_sources.json"
LOGGER = logging.getLogger("jixiao.site")


def links_of(data: bytes, url: str) -> list[Any]:
    from jixiao.extractors.html import page_links  # the crawl's only use of the extractors: which links a page has

    return page_links(data, url)


def site_documents(
    site: SiteSource, warehouse: str, max_bytes: int, say: Callable[[str], None] | None = None
) -> Iterator[SiteDocument]:
    """The site's new documents, fetched into the landing zone; the HTTP state saved as the crawl goes on and at
    its end; one line of what the crawl asked and found said at the end."""
    say = say or LOGGER.info
    store = Warehouse(warehouse)
    state = load_state(store)
    log = CrawlLog()
    fetched = failed = 0
    try:
        for document in crawl_site(site, store, state, links_of, max_bytes, log):
            if document.fetched.data is None:
                failed += 1
            else:
                fetched += 1
            save_state(store, state)
            yield document
    finally:
        save_state(store, state)
        say(
            f"site {site.url}: {len(log.requests)} requests, {fetched} new or changed documents, {failed} not "
            f"fetched, {len(log.skipped_unchanged)} unchanged and not read again"
            + (f", {len(log.refused)} links refused ({_refusals(log)})" if log.refused else "")
        )
        for url, status in log.requests:
            say(f"  GET {url} → {status}")


def _refusals(log: CrawlLog) -> str:
    reasons: dict[str, int] = {}
    for _, why in log.refused:
        reasons[why] = reasons.get(why, 0) + 1
    return ", ".join(f"{count} {why}" for why, count in reasons.items())


def _rows(parsed: Parsed) -> int:
    report = parsed.report
    return (
        len(report.metrics) + len(report.batches) + len(report.grade_counts) + len(report.projects) + len(report.units)
    )


@dataclass
class _Member:
    report_id: str
    source: str
    fingerprint: tuple[int, tuple[int, ...]]
    rows: int
    names: tuple[str | None, str | None, int | None] = (None, None, None)  # title, region, fiscal year


def _names(parsed: Parsed) -> tuple[str | None, str | None, int | None]:
    info = parsed.report.report
    return info.title, info.region, info.fiscal_year


def _same_names(
    first: tuple[str | None, str | None, int | None], second: tuple[str | None, str | None, int | None]
) -> bool:
    same_title = bool(first[0]) and first[0] == second[0]
    same_place = bool(first[1]) and bool(first[2]) and first[1:] == second[1:]
    return same_title or same_place


@dataclass
class GroupMerger:
    """Within one run, the reports loaded from each article's group, to load a report published twice once."""

    warehouse: Warehouse
    members: dict[str, list[_Member]] = field(default_factory=dict)
    _pending: dict[str, list[str]] = field(default_factory=dict)  # sha256 → sources of the report it replaces

    def same_report(self, prepared: PreparedDocument, parsed: Parsed) -> _Member | None:
        from jixiao.extractors.fingerprint import containment

        for member in self.members.get(prepared.group or "", []):
            if containment(member.fingerprint, parsed.fingerprint) >= SAME_REPORT:
                return member
            pointer = member.rows == 0 or _rows(parsed) == 0
            if pointer and _same_names(member.names, _names(parsed)):
                return member
        return None

    def before_load(self, prepared: PreparedDocument, result: Parsed | Any) -> DocumentOutcome | None:
        """None: load the document. An outcome: the document is a second source of a report already loaded in
        this run (recorded as such). When the new reading is the richer one, the earlier report makes way."""
        if prepared.group is None or not isinstance(result, Parsed):
            return None
        member = self.same_report(prepared, result)
        if member is None:
            return None
        if _rows(result) > member.rows:
            self.warehouse.delete_report(member.report_id)  # the richer reading replaces it; its sources carry over
            self.members[prepared.group].remove(member)
            sources = self._sources()
            self._pending[prepared.sha256] = sources.pop(member.report_id, [member.source])
            self.warehouse.write_json(REPORT_SOURCES, sources)
            return None
        self.add_source(member.report_id, prepared.source)
        return DocumentOutcome(
            prepared.source,
            prepared.sha256,
            True,
            report_id=member.report_id,
            status="same_report",
            skipped=True,
            message=f"the same report as {member.source} (loaded as {member.report_id}): recorded as its source",
        )

    def after_load(self, prepared: PreparedDocument, result: Parsed | Any, outcome: DocumentOutcome) -> None:
        if prepared.group is None or not isinstance(result, Parsed) or not outcome.loaded or not outcome.report_id:
            return
        self.members.setdefault(prepared.group, []).append(
            _Member(outcome.report_id, prepared.source, result.fingerprint, _rows(result), _names(result))
        )
        for source in self._pending.pop(prepared.sha256, []):
            self.add_source(outcome.report_id, source)
        self.add_source(outcome.report_id, prepared.source)

    def _sources(self) -> dict[str, list[str]]:
        return dict(self.warehouse.read_json(REPORT_SOURCES) or {})

    def add_source(self, report_id: str, source: str) -> None:
        sources = self._sources()
        listed = sources.setdefault(report_id, [])
        if source not in listed:
            listed.append(source)
        self.warehouse.write_json(REPORT_SOURCES, sources)


def report_sources(warehouse: str) -> dict[str, list[str]]:
    """Every report's sources beyond `reports.source_path` (an article page and its attachment)."""
    return dict(Warehouse(warehouse).read_json(REPORT_SOURCES) or {})
