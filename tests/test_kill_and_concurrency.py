"""For real, with subprocesses: a load killed with SIGKILL at random moments never shows half a report and the
next load completes it; two `jixiao ingest` runs at once on one warehouse both finish without duplicates."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, SAMPLE_PDF
from warehouse import REPORT_TABLES, connect

HELPER = ROOT / "tests" / "helpers" / "load_loop.py"
KILLS = 12


def _consistent(root: Path) -> str:
    """The visible version of the report; fails if any table mixes versions or lacks rows, or if another report
    sharing its partition (and its parts) lost or doubled a row."""
    connection = connect(root)
    [(version, load_id)] = connection.execute(
        "SELECT parser_version, load_id FROM reports WHERE report_id = 'ffffffffffffffff'"
    ).fetchall()
    others = connection.execute("SELECT count(*) FROM reports WHERE report_id <> 'ffffffffffffffff'").fetchall()[0][0]
    for table in REPORT_TABLES:
        rows = connection.execute(
            f"SELECT DISTINCT parser_version, load_id FROM {table} WHERE report_id = 'ffffffffffffffff'"
        ).fetchall()
        assert rows == [(version, load_id)], (table, rows)
    projects = connection.execute(
        "SELECT count(*) FILTER (report_id = 'ffffffffffffffff'), count(*) FROM project_evaluations"
    ).fetchall()[0]
    assert projects == ({"A": 12, "B": 11}[version], {"A": 12, "B": 11}[version] + 12 * others)
    return version


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["files", "parts"])
def test_sigkill_during_loads_never_shows_half_a_report(tmp_path: Path, layout: str) -> None:
    """With `parts`, each load also rewrites compacted parts that hold 20 other reports' rows."""
    root = tmp_path / "warehouse"
    extra = ["parts"] if layout == "parts" else []
    subprocess.run([sys.executable, str(HELPER), str(root), "1", *extra], check=True, capture_output=True)
    random.seed(20231126)
    seen = set()
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(HELPER), str(root), "0", *extra], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        # Up to 1.5 s: on a loaded machine a load and its compaction take longer than 0.6 s, and no kill would
        # land after one (the test then never sees version B).
        time.sleep(random.uniform(0.05, 1.5))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        seen.add(_consistent(root))
        leftovers = list((root / "_journal").glob("*.json")) + list((root / "_staging").glob("*"))
        if leftovers:
            seen.add("interrupted")
    # A re-run completes whatever was interrupted and cleans up.
    subprocess.run([sys.executable, str(HELPER), str(root), "1", *extra], check=True, capture_output=True)
    assert _consistent(root) == "A"
    assert not list((root / "_journal").glob("*.json")) and not list((root / "_staging").glob("*"))
    assert {"A", "B"} <= seen  # the kills landed at different moments
    # Every file on disk holds current rows only: a reader without jixiao's views counts the same rows.
    raw = duckdb.connect().execute(
        f"SELECT count(*) FROM read_parquet('{root}/project_evaluations/**/*.parquet', hive_partitioning=true)"
    )
    assert raw.fetchall() == connect(root).execute("SELECT count(*) FROM project_evaluations").fetchall()


@pytest.mark.slow
def test_two_ingest_runs_at_once_on_one_warehouse(tmp_path: Path) -> None:
    root = tmp_path / "warehouse"
    corpus = ROOT / "tests" / "fixtures" / "corpus"
    inputs = [str(SAMPLE_PDF), *(str(p) for p in sorted(corpus.glob("synthetic_0[1-4]*.pdf")))]
    runs = []
    for number in range(2):
        env = {**os.environ, "PREFECT_HOME": str(tmp_path / f"prefect-{number}")}
        runs.append(
            subprocess.Popen(
                [str(Path(sys.executable).parent / "jixiao"), "ingest", *inputs, "--warehouse", str(root)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        )
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, (out.decode(), err.decode())
    connection = connect(root)
    assert connection.execute("SELECT count(*) FROM reports").fetchall() == [(5,)]
    # Every file on disk, read by an outside reader (the views' connection reads only the current files).
    raw = (
        duckdb.connect()
        .execute(
            f"SELECT count(*) FROM read_parquet('{root}/project_evaluations/**/*.parquet', hive_partitioning=true)"
        )
        .fetchall()
    )
    assert raw == connection.execute("SELECT count(*) FROM project_evaluations").fetchall() == [(12 + 4 + 24 + 14 + 3,)]
    assert not list((root / "_journal").glob("*.json"))
