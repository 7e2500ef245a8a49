"""What a person at a terminal sees while documents are read: a line per document as it finishes, and a progress
bar (rich) on stderr when stderr is a terminal. Piped or redirected output gets the lines only, never bar frames.
`--quiet` keeps only failures and the final count; `--verbose` adds pages and rows to every line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from jixiao.presentation.render import shown

if TYPE_CHECKING:
    from rich.progress import Progress

    from jixiao.ingest.pipeline import DocumentOutcome


@dataclass(frozen=True)
class Verbosity:
    quiet: bool = False
    verbose: bool = False


def outcome_line(outcome: DocumentOutcome, verbose: bool = False) -> str:
    name = shown(outcome.source_path)  # (a file name or message is shown escaped: it cannot forge a line)
    if outcome.same_as is not None:
        return f"same    {name}  same as {shown(outcome.same_as)} (report {outcome.report_id}: read once, there)"
    if outcome.skipped:
        return f"skipped {name}  (report {outcome.report_id} already loaded by this parser version)"
    if not outcome.loaded:
        return f"FAILED  {name}  [{outcome.error_code}] {shown(outcome.message)}"
    line = f"loaded  {name}  → report {outcome.report_id} ({outcome.status}): {shown(outcome.title)}"
    if verbose:
        rows = ", ".join(f"{table} {count}" for table, count in outcome.rows.items() if count)
        line += f"\n        {outcome.pages} pages · {rows or 'no rows'}"
    if outcome.displaced_latest:
        line += (
            f"\n        now the latest version of {shown(outcome.region)} {outcome.fiscal_year}, replacing report "
            f"{outcome.displaced_latest} (`jixiao latest {outcome.displaced_latest}` chooses it again)"
        )
    elif outcome.kept_choice:
        line += (
            f"\n        not the latest: report {outcome.kept_choice} was chosen for {shown(outcome.region)} "
            f"{outcome.fiscal_year} (`jixiao latest {outcome.report_id}` chooses this one)"
        )
    return line


class DocumentProgress:
    """Use as a context manager; call it with each outcome as it finishes."""

    def __init__(
        self,
        total: int | None,
        verbosity: Verbosity = Verbosity(),
        description: str = "documents",
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.total = total
        self.verbosity = verbosity
        self.description = description
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self._bar: Progress | None = None
        self._task: int | None = None

    def __enter__(self) -> DocumentProgress:
        if not self.verbosity.quiet and self.err.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.err),
                transient=True,  # the bar goes when the run ends; the lines stay
            )
            self._bar.start()
            self._task = self._bar.add_task(self.description, total=self.total)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, outcome: DocumentOutcome) -> None:
        if not self.verbosity.quiet or not outcome.loaded:
            line = outcome_line(outcome, self.verbosity.verbose)
            if self._bar is not None and self.out.isatty():
                self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                print(line, file=self.out, flush=True)
        self.advance()

    def advance(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)  # type: ignore[arg-type]


OutcomeListener = Callable[["DocumentOutcome"], None]
_listener: OutcomeListener | None = None


def current_listener() -> OutcomeListener | None:
    """Who hears of each document of the running ingest flow (the CLI's progress). Reached through this function,
    not a global of the flow's module: Dask pickles the flow's function with the globals it names, and a terminal
    stream cannot be pickled."""
    return _listener


@contextmanager
def listening(listener: OutcomeListener) -> Iterator[None]:
    global _listener
    _listener = listener
    try:
        yield
    finally:
        _listener = None
