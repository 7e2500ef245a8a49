"""Two checkouts' CLIs timed side by side on one warehouse: each round runs every command once with each CLI, in
alternating order, so that the machine's load falls on both alike; the medians and their ratio are printed.

    python bench/cli_side_by_side.py --before /tmp/old/.venv/bin/jixiao --after .venv/bin/jixiao \
        --warehouse /dev/shm/scale-30k --rounds 5

The commands are the scale benchmark's (bench/scale_bench.py): sql, compare, show, a no-op re-run of its 200
PDFs and an ingest --force of one PDF (its corpus must exist: run the scale benchmark first)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_bench import NOOP_FILES, region_name


def run(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="the jixiao executable of the older checkout")
    parser.add_argument("--after", required=True, help="the jixiao executable of the newer checkout")
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "jixiao-scale-corpus")
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    pdfs = sorted(arguments.corpus.glob("*.pdf"))
    noop, fresh = [str(path) for path in pdfs[:NOOP_FILES]], [str(path) for path in pdfs[NOOP_FILES:]]
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API")}
    environment["PREFECT_HOME"] = tempfile.mkdtemp(prefix="jixiao-side-prefect-")
    where = ["--warehouse", str(arguments.warehouse)]
    commands = {
        "sql": ["sql", "SELECT count(*) FROM project_evaluations", *where, "--format", "csv"],
        "compare": ["compare", "--region", region_name(1), *where],
        "show": ["show", *where],
        "noop": ["ingest", *noop, *where],
    }
    times: dict[tuple[str, str], list[float]] = {}
    for number in range(arguments.rounds):
        order = [("before", arguments.before), ("after", arguments.after)]
        if number % 2:
            order.reverse()
        for name, command in commands.items():
            for label, executable in order:
                times.setdefault((name, label), []).append(run([executable, *command], environment))
        for label, executable in order:
            one = fresh[number % len(fresh)]
            times.setdefault(("ingest_one", label), []).append(
                run([executable, "ingest", one, *where, "--force"], environment)
            )
    print(f"{arguments.rounds} rounds, median wall (s), load average {os.getloadavg()[0]:.1f} at the end")
    print("| command | before | after | after / before |")
    print("|---|---:|---:|---:|")
    for name in [*commands, "ingest_one"]:
        before = statistics.median(times[(name, "before")])
        after = statistics.median(times[(name, "after")])
        print(f"| {name} | {before:.2f} | {after:.2f} | {after / before:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
