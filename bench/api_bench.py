"""The Python API against the command line, side by side in one run (alternating, median of N each).

    .venv/bin/python bench/api_bench.py [--runs 3] [--sources samples]

Each run starts a fresh interpreter, as a user does: `jixiao ingest SOURCES` into a new warehouse against a plain
script `jixiao.open(w).ingest([SOURCES])` (in this process, the API's default) and with `workers=2`; then reading
`project_evaluations` (`jixiao sql … --format csv` against `wh.table(…)`).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JIXIAO = ROOT / ".venv" / "bin" / "jixiao"
PYTHON = ROOT / ".venv" / "bin" / "python"


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, timeout=1800)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sources", default=str(ROOT / "samples"))
    args = parser.parse_args()
    sources = str(Path(args.sources).resolve())
    script = "import jixiao, sys\njixiao.open(sys.argv[1]).ingest([sys.argv[2]], workers=int(sys.argv[3]))\n"
    read = "import jixiao, sys\njixiao.open(sys.argv[1]).table('project_evaluations')\n"
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-api-bench-") as scratch:
        work = Path(scratch)
        (work / "ingest.py").write_text(script, encoding="utf-8")
        (work / "read.py").write_text(read, encoding="utf-8")
        for run in range(args.runs):
            cases = {  # name → (command, the warehouse folder it writes)
                "ingest: jixiao ingest (CLI, default workers)": (
                    [str(JIXIAO), "ingest", sources, "--warehouse", "cli"],
                    "cli",
                ),
                "ingest: wh.ingest() in this process": ([str(PYTHON), "ingest.py", "api", sources, "0"], "api"),
                "ingest: wh.ingest(workers=2)": ([str(PYTHON), "ingest.py", "api2", sources, "2"], "api2"),
            }
            for name, (command, folder) in cases.items():
                shutil.rmtree(work / folder, ignore_errors=True)
                times.setdefault(name, []).append(timed(command, work))
            reads = {
                "read: jixiao sql project_evaluations (CLI)": [
                    str(JIXIAO),
                    "sql",
                    "SELECT * FROM project_evaluations",
                    "--format",
                    "csv",
                    "--warehouse",
                    "api",
                ],
                "read: wh.table('project_evaluations')": [str(PYTHON), "read.py", "api"],
            }
            for name, command in reads.items():
                times.setdefault(name, []).append(timed(command, work))
            print(f"run {run + 1} of {args.runs} done", file=sys.stderr)
    print(f"{'case':<48} {'median s':>9}  runs")
    for name, values in times.items():
        print(f"{name:<48} {statistics.median(values):>9.2f}  {', '.join(f'{v:.2f}' for v in values)}")


if __name__ == "__main__":
    main()
