"""For real, with subprocesses: a load killed with SIGKILL at random moments never shows half a report and the
next load completes it; an ingest killed at random moments never loses project identities (the next run rebuilds
what the killed one left); two `jixiao ingest` runs at once on one warehouse both finish without duplicates."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jixiao.warehouse import REPORT_TABLES, connect
from jixiao.warehouse.store import WRITING_MARK

from tests.conftest import ROOT, SAMPLE_PDF
from tests.helpers.delta import outside_count

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
@pytest.mark.parametrize("layout", ["files", "compact"])
def test_sigkill_during_loads_never_shows_half_a_report(tmp_path: Path, layout: str) -> None:
    """With `compact`, each load also rewrites a compacted file that holds 20 other reports' rows."""
    root = tmp_path / "warehouse"
    extra = ["compact"] if layout == "compact" else []
    subprocess.run([sys.executable, str(HELPER), str(root), "1", *extra], check=True, capture_output=True)
    random.seed(20231126)
    seen = set()
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, str(HELPER), str(root), "0", *extra], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        if kill % 3 < 2:
            # Right after version A or B committed, in the next load. On a loaded machine (load 10 on 2 cores) no
            # kill at a random moment of the first 1.5 s landed after a whole load: B was never seen, and once a
            # kill had left B, A never again (1291714's first fresh-clone run).
            committed = b"loaded B" if kill % 3 == 0 else b"loaded A"
            while child.stdout.readline().strip() != committed:
                pass
        else:
            time.sleep(random.uniform(0.05, 1.5))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        seen.add(_consistent(root))
        if (root / WRITING_MARK).exists():
            seen.add("interrupted")
    # A re-run completes whatever was interrupted and cleans up.
    subprocess.run([sys.executable, str(HELPER), str(root), "1", *extra], check=True, capture_output=True)
    assert _consistent(root) == "A"
    assert not (root / WRITING_MARK).exists()
    assert {"A", "B"} <= seen  # the kills landed at different moments
    # The newest version of each table holds current rows only: a reader without jixiao counts the same rows.
    [(viewed,)] = connect(root).execute("SELECT count(*) FROM project_evaluations").fetchall()
    assert outside_count(root, "project_evaluations") == viewed


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
    # The newest version, read by an outside reader, and the views agree.
    expected = 12 + 4 + 24 + 14 + 3
    assert connection.execute("SELECT count(*) FROM project_evaluations").fetchall() == [(expected,)]
    assert outside_count(root, "project_evaluations") == expected
    assert not (root / WRITING_MARK).exists()


IDENTITY_KILLS = 20
IDENTITY_TABLES = ["projects", "project_links", "project_candidates"]


def _identities(root: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = connect(root)
    return {
        table: sorted(map(str, connection.execute(f"SELECT * FROM {table}").fetchall())) for table in IDENTITY_TABLES
    } | {"reports": connection.execute("SELECT count(*) FROM reports").fetchall()}


@pytest.mark.slow
def test_sigkill_during_an_ingest_never_loses_project_identities(tmp_path: Path) -> None:
    """Finding (0ba6f84): 20 SIGKILLs at random moments of an ingest of the samples and copies: in 9, `projects`
    dropped 24 → 12 and `project_links` 34 → 22 (once to 0), the next run did not rebuild them and `check` was
    clean. Here every killed run is followed by an ordinary run: 20 of 20 end equal to a clean ingest. Half the
    kills land at a random moment of the run, half within half a second after its last document's line, when the
    identities are being rebuilt."""
    samples = sorted((ROOT / "samples").glob("*.pdf"))
    copies = tmp_path / "copies"
    copies.mkdir()
    for path in samples[:2]:
        (copies / f"copy of {path.name}").write_bytes(path.read_bytes())
    inputs = [*map(str, samples), str(copies)]
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    jixiao = str(Path(sys.executable).parent / "jixiao")

    def ingest(root: Path, *extra: str, watch: bool = False) -> subprocess.Popen[bytes]:
        command = [jixiao, "ingest", *inputs, "--warehouse", str(root), "--workers", "2", *extra]
        output = subprocess.PIPE if watch else subprocess.DEVNULL
        return subprocess.Popen(command, env=environment, stdout=output, stderr=subprocess.DEVNULL)

    clean_root = tmp_path / "clean"
    started = time.monotonic()
    assert ingest(clean_root).wait(timeout=600) == 0
    clean_seconds = time.monotonic() - started
    clean = _identities(clean_root)
    assert len(clean["projects"]) == 24 and len(clean["project_links"]) == 34

    root = tmp_path / "killed"
    assert ingest(root).wait(timeout=600) == 0
    random.seed(20261207)
    equal = 0
    documents = len(samples) + 2
    for number in range(IDENTITY_KILLS):
        if number % 2:
            run = ingest(root, "--force")  # every document loaded again, identities rebuilt
            time.sleep(random.uniform(0.3, clean_seconds))
        else:
            # In the identity rebuild: it starts when the last document's line is printed (a random moment of the
            # whole run lands there too rarely to find a loss: 0 of 80 kills at 0ba6f84, where the loss was real).
            run = ingest(root, "--force", watch=True)
            assert run.stdout is not None
            for _ in range(documents):
                if not run.stdout.readline():
                    break
            time.sleep(random.uniform(0.0, 0.5))
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        assert ingest(root).wait(timeout=600) == 0  # an ordinary run after the kill
        equal += _identities(root) == clean
    assert equal == IDENTITY_KILLS
    assert subprocess.run([jixiao, "check", "--warehouse", str(root)], env=environment).returncode == 0


def test_a_run_killed_between_its_loads_and_its_rebuild_is_rebuilt_by_the_next(tmp_path: Path, sample_report) -> None:  # type: ignore[no-untyped-def]
    """The finding's moment made certain: a report loaded (published) with no identity rebuild after it, as a run
    killed right after its last load leaves the warehouse; then an ordinary `jixiao ingest` that loads nothing new.
    At 0ba6f84 that run rebuilt only the regions it loaded, so the report's projects stayed without identities."""
    import copy
    import dataclasses

    from jixiao.flows.cli import main
    from jixiao.warehouse import DocumentInfo, Warehouse

    root = tmp_path / "wh"
    assert main(["ingest", str(SAMPLE_PDF), "--warehouse", str(root)]) == 0
    killed = copy.deepcopy(sample_report)  # SYNTHETIC region: the same report as another county's
    killed.report = dataclasses.replace(killed.report, region="云溪县")
    Warehouse(root).load_report(killed, DocumentInfo("c" * 16, "c" * 64, "killed-run.pdf", 5, "pdfplumber"))
    assert main(["ingest", str(SAMPLE_PDF), "--warehouse", str(root)]) == 0  # skips the sample: loads nothing
    connection = connect(root)
    [(evaluated,)] = connection.execute(
        "SELECT count(*) FROM project_evaluations JOIN reports USING (report_id) WHERE reports.region = '云溪县'"
    ).fetchall()
    [(linked,)] = connection.execute("SELECT count(*) FROM project_links WHERE region = '云溪县'").fetchall()
    assert evaluated > 0 and linked == evaluated
