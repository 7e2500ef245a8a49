"""Side-by-side speed and peak memory of the pipeline on the bundled sample (a first benchmark, not the full
corpus benchmark of the scale-out work).

Each mode runs in its own process over the same N copies of the sample PDF, so peak memory is per mode:
  pipeline  extract → parse → load into a fresh warehouse (our code, without Prefect's start-up)
  naive     pdfplumber `extract_text()` on every page plus a few regexes (what a user would write)
  floor     bare pypdfium2 text extraction (how fast the text can be read at all)

Usage: python bench/pipeline_bench.py [--copies N] [--out bench/results.md]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "huzhou_2023_report.pdf"
MODES = ("pipeline", "naive", "floor")


def run_mode(mode: str, copies: int) -> dict[str, float]:
    data = SAMPLE.read_bytes()
    pages = 0
    first_done: float | None = None
    started = time.perf_counter()
    if mode == "pipeline":
        sys.path.insert(0, str(ROOT))
        from flows.pipeline import process_document
        from warehouse import Warehouse

        with tempfile.TemporaryDirectory() as folder:
            warehouse = Warehouse(Path(folder) / "warehouse")
            for copy in range(copies):
                path = Path(folder) / f"copy-{copy}.pdf"
                # Distinct bytes per copy, so that every copy is its own report (no replace shortcut).
                path.write_bytes(data + f"\n% copy {copy}\n%%EOF\n".encode())
                outcome = process_document(path, warehouse)
                assert outcome.loaded, outcome
                pages += 5
                if first_done is None:
                    first_done = time.perf_counter()
    elif mode == "naive":
        import pdfplumber

        for _ in range(copies):
            with pdfplumber.open(SAMPLE) as pdf:
                text = "".join(page.extract_text() or "" for page in pdf.pages)
                pages += len(pdf.pages)
            re.findall(r"项目\s*\d+\s*：(.+)", text)
            re.findall(r"主管部门：(.+)", text)
            re.findall(r"(\d+(?:\.\d+)?)\s*亿元", text)
    else:
        import pypdfium2

        for _ in range(copies):
            pdf = pypdfium2.PdfDocument(data)
            for page in pdf:
                page.get_textpage().get_text_range()
                pages += 1
            pdf.close()
    finished = time.perf_counter()
    seconds = finished - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"pages": pages, "seconds": seconds, "pages_per_second": pages / seconds, "peak_mb": peak_mb}
    if mode == "pipeline" and first_done is not None and copies > 1:
        # The first document pays the worker process, the imports and jieba's dictionary once; the others show
        # the steady state of a long run.
        result["startup_seconds"] = first_done - started
        result["steady_pages_per_second"] = (pages - 5) / (finished - first_done)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"))
    parser.add_argument("--mode", choices=MODES)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.copies)))
        return 0
    results = {}
    for mode in MODES:
        output = subprocess.run(
            [sys.executable, __file__, "--mode", mode, "--copies", str(args.copies)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[mode] = json.loads(output.strip().splitlines()[-1])
    lines = [
        "# Benchmark: sample report, side by side in one run",
        "",
        f"Machine: {platform.machine()}, {platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores. "
        f"Corpus: {args.copies} copies of `samples/huzhou_2023_report.pdf` ({5 * args.copies} pages).",
        "",
        "| mode | pages | seconds | pages/s | peak RSS (MB) |",
        "|---|---:|---:|---:|---:|",
    ]
    for mode, result in results.items():
        lines.append(
            f"| {mode} | {result['pages']:.0f} | {result['seconds']:.2f} | {result['pages_per_second']:.1f} | "
            f"{result['peak_mb']:.0f} |"
        )
    pipeline, naive, floor = (results[mode]["pages_per_second"] for mode in MODES)
    steady = results["pipeline"].get("steady_pages_per_second", pipeline)
    lines += [
        "",
        f"pipeline / naive speed: {pipeline / naive:.2f}× overall, {steady / naive:.2f}× in the steady state "
        f"({steady:.1f} pages/s after {results['pipeline'].get('startup_seconds', 0):.1f} s of one-time start-up); "
        f"pipeline / floor: {pipeline / floor:.3f}×",
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
