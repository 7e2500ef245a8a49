"""`jixiao publish` of a scale warehouse (bench/scale_bench.py's) to a real PostgreSQL and to Delta tables.

For each destination, through the CLI in a new process (as a user runs it), peak memory sampled over the process
tree every 20 ms (bench/scale_bench.py `timed`):
  full         the first publish of the whole warehouse into an empty dataset
  noop         a publish with nothing changed
  incremental  a publish after one new report (`jixiao ingest samples/synthetic_qingshan_2024.pdf`, which also
               rebuilds its region's identities)
Then each table's row count at the destination is compared with `jixiao sql`'s (a count per table; the tests
compare row by row on the bundled samples).

The warehouse is copied first (the new report goes into the copy). PostgreSQL is started here as the tests start it
(tests/helpers/postgres.py: initdb in a temporary folder, stopped by its pid); Delta tables go to a folder.

Usage: python bench/publish_bench.py --warehouse /dev/shm/scale-30k [--work /dev/shm/publish-bench]
       [--destinations postgres,filesystem]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from jixiao.warehouse import schemas  # noqa: E402
from jixiao.warehouse.views import run_read_only  # noqa: E402
from scale_bench import timed  # noqa: E402

JIXIAO = str(Path(sys.executable).with_name("jixiao"))
NEW_REPORT = ROOT / "samples" / "synthetic_qingshan_2024.pdf"


def warehouse_counts(root: Path) -> dict[str, int]:
    return {
        table: run_read_only(root, f"SELECT count(*) FROM {table}").fetchall()[0][0] for table in schemas.ALL_TABLES
    }


def destination_counts(destination: str, target: object) -> dict[str, int]:
    if destination == "postgres":
        with target.connect() as connection, connection.cursor() as cursor:  # type: ignore[attr-defined]
            counts = {}
            for table in schemas.ALL_TABLES:
                cursor.execute(f"SELECT count(*) FROM jixiao.{table}")
                counts[table] = cursor.fetchone()[0]
            return counts
    from deltalake import DeltaTable

    lake = Path(str(target))
    return {
        table: DeltaTable(str(lake / "jixiao" / table)).to_pyarrow_dataset().count_rows()
        for table in schemas.ALL_TABLES
    }


def measure(destination: str, warehouse: Path, work: Path, environment: dict[str, str], target: object) -> list[str]:
    pipelines = work / f"pipelines-{destination}"
    command = [JIXIAO, "publish", destination, "--warehouse", str(warehouse), "--pipelines-dir", str(pipelines)]
    lines = []
    for step in ("full", "noop"):
        wall, peak, out = timed(command, environment)
        counts = destination_counts(destination, target)
        rows = sum(counts.values())
        line = f"{destination} {step}: {wall:.1f} s, peak {peak:.0f} MB, {rows:,} rows there · {out.strip()}"
        print(line, flush=True)
        lines.append(line)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "jixiao-publish-bench")
    parser.add_argument("--destinations", default="postgres,filesystem")
    arguments = parser.parse_args()
    destinations = [name for name in arguments.destinations.split(",") if name]
    work = arguments.work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    copy = work / "warehouse"
    started = time.perf_counter()
    shutil.copytree(arguments.warehouse, copy)
    print(f"copied {arguments.warehouse} in {time.perf_counter() - started:.0f} s", flush=True)
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API")}
    environment["PREFECT_HOME"] = tempfile.mkdtemp(prefix="jixiao-publish-bench-prefect-")
    lake = work / "lake"
    environment["DESTINATION__FILESYSTEM__BUCKET_URL"] = lake.as_uri()

    from tests.helpers.postgres import postgres_server

    with postgres_server() as server:
        environment["DESTINATION__POSTGRES__CREDENTIALS"] = server.url()
        targets = {"postgres": server, "filesystem": lake}
        before = warehouse_counts(copy)
        print(f"warehouse: {before['reports']:,} reports, {sum(before.values()):,} rows in all tables", flush=True)
        lines = []
        for destination in destinations:
            lines += measure(destination, copy, work, environment, targets[destination])
            there = destination_counts(destination, targets[destination])
            assert there == before, {t: (before[t], there[t]) for t in before if before[t] != there[t]}
        subprocess.run(
            [JIXIAO, "ingest", str(NEW_REPORT), "--warehouse", str(copy)],
            check=True,
            env=environment,
            stdout=subprocess.DEVNULL,
        )
        after = warehouse_counts(copy)
        print(f"one new report ingested: {after['reports']:,} reports", flush=True)
        for destination in destinations:
            command = [
                JIXIAO,
                "publish",
                destination,
                "--warehouse",
                str(copy),
                "--pipelines-dir",
                str(work / f"pipelines-{destination}"),
            ]
            wall, peak, out = timed(command, environment)
            there = destination_counts(destination, targets[destination])
            line = (
                f"{destination} incremental (one new report): {wall:.1f} s, peak {peak:.0f} MB, "
                f"{sum(there.values()):,} rows there · {out.strip()}"
            )
            print(line, flush=True)
            lines.append(line)
            assert there == after, {t: (after[t], there[t]) for t in after if after[t] != there[t]}
        print("\n" + "\n".join(lines))
        print(f"every table's row count at each destination equals jixiao sql's ({sum(after.values()):,} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
