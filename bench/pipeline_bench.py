"""`make bench`: the pipeline against the naive script and the floor, side by side in one run, on a generated
SYNTHETIC corpus (bench/make_corpus.py: ≥ 200 reports, ≥ 1,500 pages, about a fifth with ruled tables).

Each mode runs in its own process over the same files, so peak memory is per mode:
  floor      bare pypdfium2 text extraction (how fast the text can be read at all)
  naive      pdfplumber `extract_text()` on every page plus a few regexes (what a user would write)
  read       `extract_document` alone, as one worker reads a PDF (no parsing, no warehouse, no Prefect)
  pipeline   the Prefect flow `ingest` as `jixiao ingest` runs it (extract, parse, load into a fresh warehouse),
             with 1 and with 2 worker processes, against a real Prefect server on loopback (as `make server` and
             `jixiao serve` run it), started before the clock and stopped by its pid at the end; then (d) the same
             run again, everything already loaded.
Memory is the resident size of the pipeline's process tree (flow process and its workers), sampled every 0.2 s
and reported per quarter of the run: flat means the last quarter is no higher than the first. The Prefect
server is a separate service: its own peak is reported apart.

Usage: python bench/pipeline_bench.py [--reports N] [--corpus DIR] [--out bench/results.md]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(ROOT))

from tests.helpers.processes import free_port, stop  # noqa: E402 (the checkout on the path first)


class TreeMemory:
    """Resident memory of this process and its worker processes, sampled in a thread, by role."""

    ROLES = ("flow", "workers")

    def __init__(self, interval: float = 0.2) -> None:
        import psutil

        self._process = psutil.Process()
        self._interval = interval
        self.samples: list[tuple[float, dict[str, float]]] = []  # (seconds since start, MB per role)
        self.peak_per_process: dict[str, float] = dict.fromkeys(self.ROLES, 0.0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _role(self, process: Any) -> str | None:
        if process.pid == self._process.pid:
            return "flow"
        command = " ".join(process.cmdline())
        if "spawn_main" in command and "resource_tracker" not in command:
            return "workers"
        return None

    def _sample(self) -> dict[str, float]:
        import psutil

        totals = dict.fromkeys(self.ROLES, 0.0)
        for process in [self._process, *self._process.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):  # a worker that just ended
                role = self._role(process)
                if role is not None:
                    megabytes = process.memory_info().rss / 1024 / 1024
                    totals[role] += megabytes
                    self.peak_per_process[role] = max(self.peak_per_process[role], megabytes)
        return totals

    def _run(self) -> None:
        started = time.perf_counter()
        while not self._stop.is_set():
            self.samples.append((time.perf_counter() - started, self._sample()))
            self._stop.wait(self._interval)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def quarters(self, roles: tuple[str, ...] = ("flow", "workers")) -> list[float]:
        """Peak MB of the given roles together in each quarter of the sampled time."""
        if not self.samples:
            return []
        end = self.samples[-1][0] or 1.0
        return [
            max(
                (
                    sum(totals[role] for role in roles)
                    for at, totals in self.samples
                    if quarter * end / 4 <= at <= (quarter + 1) * end / 4
                ),
                default=0.0,
            )
            for quarter in range(4)
        ]

    def peak(self, roles: tuple[str, ...] = ("flow", "workers")) -> float:
        return max(self.quarters(roles), default=0.0)


def run_floor(files: list[Path]) -> dict[str, Any]:
    import pypdfium2

    pages = 0
    with TreeMemory() as memory:
        started = time.perf_counter()
        for path in files:
            pdf = pypdfium2.PdfDocument(path.read_bytes())
            for page in pdf:
                page.get_textpage().get_text_range()
                pages += 1
            pdf.close()
        seconds = time.perf_counter() - started
    return {"pages": pages, "seconds": seconds, "peak_mb": memory.peak(), "quarters_mb": memory.quarters()}


def run_naive(files: list[Path]) -> dict[str, Any]:
    import pdfplumber

    pages = 0
    with TreeMemory() as memory:
        started = time.perf_counter()
        for path in files:
            with pdfplumber.open(path) as pdf:
                text = "".join(page.extract_text() or "" for page in pdf.pages)
                pages += len(pdf.pages)
            re.findall(r"项目\s*\d+\s*：(.+)", text)
            re.findall(r"主管部门：(.+)", text)
            re.findall(r"(优|良|中|差)", text)
            re.findall(r"(\d+(?:\.\d+)?)\s*(?:亿元|万元)", text)
        seconds = time.perf_counter() - started
    return {"pages": pages, "seconds": seconds, "peak_mb": memory.peak(), "quarters_mb": memory.quarters()}


def run_read(files: list[Path]) -> dict[str, Any]:
    from jixiao.extractors import extract_document

    pages = 0
    with TreeMemory() as memory:
        started = time.perf_counter()
        for path in files:
            pages += extract_document(path.read_bytes()).page_count
        seconds = time.perf_counter() - started
    return {"pages": pages, "seconds": seconds, "peak_mb": memory.peak(), "quarters_mb": memory.quarters()}


def run_pipeline(files: list[Path], workers: int) -> dict[str, Any]:
    from jixiao.flows.ingest import ingest as flow
    from jixiao.warehouse import connect

    with tempfile.TemporaryDirectory() as folder:
        warehouse = str(Path(folder) / "warehouse")
        started = time.perf_counter()
        flow([], warehouse, workers=workers)  # Prefect's client and engine start: one-time, outside the clock
        prefect_startup = time.perf_counter() - started
        with TreeMemory() as memory:
            started = time.perf_counter()
            outcomes = flow([str(path) for path in files], warehouse, workers=workers)
            seconds = time.perf_counter() - started
        failed = [outcome for outcome in outcomes if not outcome.loaded or outcome.status != "ok"]
        assert not failed, failed[:3]
        pages = sum(outcome.pages for outcome in outcomes)
        [(reports, projects)] = (
            connect(warehouse)
            .execute("SELECT count(*), (SELECT count(*) FROM project_evaluations) FROM reports")
            .fetchall()
        )
        started = time.perf_counter()
        again = flow([str(path) for path in files], warehouse, workers=workers)
        rerun_seconds = time.perf_counter() - started
        assert all(outcome.skipped for outcome in again)
    return {
        "pages": pages,
        "seconds": seconds,
        "peak_mb": memory.peak(),
        "quarters_mb": memory.quarters(),
        "peak_per_process_mb": memory.peak_per_process,
        "prefect_startup_seconds": prefect_startup,
        "rerun_seconds": rerun_seconds,
        "reports": reports,
        "projects": projects,
    }


def _in_process(mode: str, corpus: Path, workers: int, environment: dict[str, str] | None = None) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, "--mode", mode, "--corpus", str(corpus), "--workers", str(workers)],
        check=True,
        stdout=subprocess.PIPE,  # a failing mode's traceback goes to the terminal
        text=True,
        env=environment,
    ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


class PrefectServer:
    """`prefect server start` on a free loopback port with its own PREFECT_HOME; its resident memory (with its
    children) sampled while it runs; stopped by its pid."""

    def __init__(self, home: Path) -> None:
        self.port = free_port()
        self.environment = {
            **os.environ,
            "PREFECT_HOME": str(home),
            "PREFECT_API_URL": f"http://127.0.0.1:{self.port}/api",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
        }
        self._log = home / "server.log"
        self.peak_mb = 0.0
        self._stop = threading.Event()

    def __enter__(self) -> PrefectServer:
        import httpx

        started = time.perf_counter()
        prefect = Path(sys.executable).parent / "prefect"
        with open(self._log, "wb") as log:
            self.process = subprocess.Popen(
                [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.environment,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 180
        while True:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the Prefect server did not start: " + self._log.read_text()[-2000:])
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.environment["PREFECT_API_URL"] + "/health", timeout=2).status_code == 200:
                    break
            time.sleep(0.5)
        self.startup_seconds = time.perf_counter() - started
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        return self

    def _sample(self) -> None:
        import psutil

        server = psutil.Process(self.process.pid)
        while not self._stop.is_set():
            with contextlib.suppress(psutil.Error):
                tree = [server, *server.children(recursive=True)]
                self.peak_mb = max(self.peak_mb, sum(p.memory_info().rss for p in tree) / 1024 / 1024)
            self._stop.wait(0.5)

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._sampler.join()
        stop(self.process)


def _machine() -> str:
    cores = os.cpu_count()
    memory = ""
    try:
        kilobytes = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kilobytes / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    model = ""
    try:
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        model = f" ({found.group(1).strip()})" if found else ""
    except OSError:
        pass
    return (
        f"{platform.machine()}{model}, {cores} cores{memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"))
    parser.add_argument("--mode", choices=("floor", "naive", "read", "pipeline"))
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if args.mode:
        files = sorted(args.corpus.glob("*.pdf"))
        runner = {"floor": run_floor, "naive": run_naive, "read": run_read}.get(args.mode)
        result = runner(files) if runner else run_pipeline(files, args.workers)
        print(json.dumps(result))
        return 0

    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(args.corpus), "--reports", str(args.reports)],
        check=True,
    )
    for stale in sorted(args.corpus.glob("*.pdf"))[args.reports :]:
        stale.unlink()
    results = {
        "floor": _in_process("floor", args.corpus, 1),
        "naive": _in_process("naive", args.corpus, 1),
        "read": _in_process("read", args.corpus, 1),
    }
    # Once per machine and user, as on a first run: jieba's dictionary in a trie, cached in ~/.cache/jixiao.
    started = time.perf_counter()
    first_use = "from jixiao.parsers.organizations import segment; segment('市财政局')"
    subprocess.run([sys.executable, "-c", first_use], check=True, cwd=ROOT)
    dictionary_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as home, PrefectServer(Path(home)) as server:
        results["pipeline, 1 worker"] = _in_process("pipeline", args.corpus, 1, server.environment)
        results["pipeline, 2 workers"] = _in_process("pipeline", args.corpus, 2, server.environment)
    for result in results.values():
        result["pages_per_second"] = result["pages"] / result["seconds"]
    floor, naive, read = results["floor"], results["naive"], results["read"]
    one, two = results["pipeline, 1 worker"], results["pipeline, 2 workers"]
    table_pages = _table_pages(args.corpus)
    lines = [
        "# Benchmark: pipeline vs naive script vs floor, side by side in one run",
        "",
        f"Machine: {_machine()}.",
        f"Corpus: {args.reports} SYNTHETIC reports from `bench/make_corpus.py`, {floor['pages']} pages, "
        f"{table_pages} of them with a ruled table ({table_pages / floor['pages']:.0%}). "
        f"The pipeline loaded {one['reports']} reports and {one['projects']} project rows, every report status ok.",
        "",
        "| mode | pages | seconds | pages/s | peak RSS, flow + workers (MB) | same, per quarter of the run (MB) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for mode, result in results.items():
        quarters = " / ".join(f"{mb:.0f}" for mb in result["quarters_mb"])
        lines.append(
            f"| {mode} | {result['pages']} | {result['seconds']:.1f} | {result['pages_per_second']:.1f} | "
            f"{result['peak_mb']:.0f} | {quarters} |"
        )
    lines += [
        "",
        f"- (a) pipeline / (b) naive: **{two['pages_per_second'] / naive['pages_per_second']:.2f}×** with 2 workers, "
        f"{one['pages_per_second'] / naive['pages_per_second']:.2f}× with 1 (target ≥ 3×).",
        f"- (a) pipeline / (c) floor: {two['pages_per_second'] / floor['pages_per_second']:.3f}× with 2 workers, "
        f"{one['pages_per_second'] / floor['pages_per_second']:.3f}× with 1: the distance to the floor.",
        f"- read / (c) floor: **{read['pages_per_second'] / floor['pages_per_second']:.2f}×**: how fast one worker "
        f"reads the PDFs (`extract_document` alone) against bare pypdfium2 text extraction (target ≥ 0.3×).",
        f"- (d) re-run with everything loaded: {one['rerun_seconds']:.2f} s (1 worker run), "
        f"{two['rerun_seconds']:.2f} s (2 workers) for the whole corpus (target < 5 s).",
        f"- (e) peak memory, flow process + workers: {one['peak_mb']:.0f} MB with 1 worker, {two['peak_mb']:.0f} MB "
        f"with 2 (target < 400 MB, flat: see the quarters). Per process, peak: flow "
        f"{two['peak_per_process_mb']['flow']:.0f} MB, one worker {two['peak_per_process_mb']['workers']:.0f} MB. "
        f"The Prefect server (a separate service, as with `make server`): {server.peak_mb:.0f} MB peak.",
        f"- (f) 2 workers / 1 worker: **{two['pages_per_second'] / one['pages_per_second']:.2f}×** (target ≥ 1.7×).",
        f"- Outside the figures above: jieba's dictionary trie loaded or built and cached once per machine "
        f"({dictionary_seconds:.1f} s), the Prefect server's start-up {server.startup_seconds:.1f} s (once), the "
        f"flow's first run against it {one['prefect_startup_seconds']:.1f} s and "
        f"{two['prefect_startup_seconds']:.1f} s; one flow run per batch, documents read in worker processes "
        f"(no Prefect task per document: see jixiao/ingest/runners.py).",
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


def _table_pages(corpus: Path) -> int:
    from jixiao.extractors.pdfium_engine import PdfiumReader
    from jixiao.extractors.tables import MIN_RULES

    count = 0
    for path in sorted(corpus.glob("*.pdf")):
        reader = PdfiumReader(path.read_bytes(), None)
        count += sum(1 for index in range(reader.page_count) if reader.path_count(index) >= MIN_RULES)
        reader.close()
    return count


if __name__ == "__main__":
    sys.exit(main())
