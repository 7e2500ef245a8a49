"""Inputs and states that took a run down or lost work on main at 4debc02 (issue 14), one test each: a run goes on
with the other documents, says in one sentence what went wrong, and leaves nothing half-written or running."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest
from jixiao.flows.cli import main

from tests import bad_inputs
from tests.conftest import ROOT, SAMPLE_PDF
from tests.test_ingest_end_to_end import parquet

BIN = Path(sys.executable).parent


def _ingest(tmp_path: Path, *files: Path, workers: int = 1) -> int:
    return main(["ingest", *map(str, files), "--warehouse", str(tmp_path / "warehouse"), "--workers", str(workers)])


def _errors(tmp_path: Path) -> dict[str, str]:
    rows = parquet(tmp_path / "warehouse", "SELECT source_path, error_code FROM ingest_errors")
    return {Path(path).name: code for path, code in rows}


def test_bombs_and_huge_pages_are_refused_with_their_own_codes(tmp_path: Path) -> None:
    (tmp_path / "bomb.pdf").write_bytes(bad_inputs.flate_bomb_pdf())
    (tmp_path / "huge.pdf").write_bytes(bad_inputs.huge_image_page_pdf())
    assert _ingest(tmp_path, tmp_path / "bomb.pdf", tmp_path / "huge.pdf", SAMPLE_PDF) == 1
    assert _errors(tmp_path) == {"bomb.pdf": "decompression_limit", "huge.pdf": "page_too_large"}
    assert parquet(tmp_path / "warehouse", "SELECT count(*) FROM reports") == [(1,)]


@pytest.mark.slow
def test_a_run_over_bombs_stays_under_a_gigabyte_with_two_workers(tmp_path: Path) -> None:
    """The whole process tree (CLI, two workers) sampled every 50 ms: ≤ 1 GB (main at 4debc02: 3.6 and 3.8 GB)."""
    inputs = []
    for number in range(2):
        (tmp_path / f"bomb{number}.pdf").write_bytes(bad_inputs.flate_bomb_pdf())
        (tmp_path / f"huge{number}.pdf").write_bytes(bad_inputs.huge_image_page_pdf())
        inputs += [tmp_path / f"bomb{number}.pdf", tmp_path / f"huge{number}.pdf"]
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    run = subprocess.Popen(
        [
            str(BIN / "jixiao"),
            "ingest",
            *map(str, inputs),
            str(SAMPLE_PDF),
            "--workers",
            "2",
            "--warehouse",
            str(tmp_path / "w"),
        ],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    root = psutil.Process(run.pid)
    peak = 0
    while run.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(process.memory_info().rss for process in tree if process.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    assert run.returncode == 1
    print(f"peak RSS of the process tree: {peak >> 20} MB")
    assert peak <= 1 << 30, f"peak {peak >> 20} MB"


def test_a_worker_past_its_memory_limit_is_stopped(tmp_path: Path) -> None:
    from jixiao.ingest.pipeline import Limits, read_document
    from tests.test_ocr import image_only_pdf

    failure = read_document(image_only_pdf(SAMPLE_PDF.read_bytes()), None, Limits(max_memory_mb=150))
    assert getattr(failure, "code", None) == "memory_limit"


@pytest.mark.parametrize("make", [bad_inputs.double_flate_bomb_pdf, bad_inputs.many_streams_bomb_pdf])
def test_bombs_in_disguise_are_refused_before_they_inflate(make: Callable[[], bytes]) -> None:
    """A content stream deflated twice, and six 200 MB streams on one page (each under the per-stream limit):
    refused by the decompression check before anything inflates them (before: memory_limit, the process tree at
    2.7 GB with two double-deflated ones in 2 workers), under a worker limit below what they inflate to."""
    from jixiao.ingest.pipeline import Limits, read_document

    failure = read_document(make(), None, Limits(max_memory_mb=600))
    assert getattr(failure, "code", None) == "decompression_limit", failure


def test_workers_die_with_a_killed_run(tmp_path: Path) -> None:
    """SIGKILL the CLI while its two workers read: they go too (main at 4debc02: 12 of 20 runs left processes)."""
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(bad_inputs.slow_pdf())
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    run = subprocess.Popen(
        [
            str(BIN / "jixiao"),
            "ingest",
            str(slow),
            str(slow.with_name("slow2.pdf")),
            "--workers",
            "2",
            "--warehouse",
            str(tmp_path / "w"),
        ],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    shutil.copy(slow, slow.with_name("slow2.pdf"))
    root = psutil.Process(run.pid)
    deadline = time.monotonic() + 60
    workers: list[psutil.Process] = []
    while time.monotonic() < deadline and len(workers) < 1:
        workers = [child for child in root.children(recursive=True) if "multiprocessing" in " ".join(child.cmdline())]
        time.sleep(0.2)
    assert workers, "no worker started"
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    _gone, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == []


def _command_line(process: psutil.Process) -> str:
    """A child's command line; '' for one that ended meanwhile (a zombie or gone: psutil raises for those)."""
    try:
        return " ".join(process.cmdline())
    except psutil.Error:
        return ""


@pytest.mark.slow
def test_the_temporary_prefect_server_dies_with_a_killed_run(dask_cluster: str, tmp_path: Path) -> None:
    """With --dask-address and no server configured, the run starts Prefect's temporary server: SIGKILL the run
    and the server goes too (at 7c4eb75 it was still running 15 s later)."""
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(bad_inputs.slow_pdf())
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    environment["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # no profile naming a server
    command = [str(BIN / "jixiao"), "ingest", str(slow), "--dask-address", dask_cluster]
    run = subprocess.Popen(
        [*command, "--warehouse", str(tmp_path / "w")],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    root = psutil.Process(run.pid)
    deadline = time.monotonic() + 120
    servers: list[psutil.Process] = []
    while time.monotonic() < deadline and not servers and run.poll() is None:
        servers = [child for child in root.children(recursive=True) if "uvicorn" in _command_line(child)]
        time.sleep(0.2)
    assert servers, "the run started no temporary server"
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    _gone, alive = psutil.wait_procs(servers, timeout=15)
    for process in alive:  # not left behind by the test either
        process.kill()
    assert alive == []


def test_an_english_document_is_not_chinese_rather_than_garbled(tmp_path: Path) -> None:
    """Prose (an invoice) and a table of words and figures alike: readable, in another language, said so."""
    (tmp_path / "invoice.pdf").write_bytes(bad_inputs.english_invoice_pdf())
    (tmp_path / "table.pdf").write_bytes(bad_inputs.english_table_pdf())
    (tmp_path / "garbled.pdf").write_bytes(bad_inputs.garbage_text_pdf())
    assert _ingest(tmp_path, tmp_path / "invoice.pdf", tmp_path / "table.pdf", tmp_path / "garbled.pdf") == 1
    assert _errors(tmp_path) == {
        "invoice.pdf": "not_chinese",
        "table.pdf": "not_chinese",
        "garbled.pdf": "garbled_text",
    }
    messages = dict(
        parquet(tmp_path / "warehouse", "SELECT error_code, any_value(message) FROM ingest_errors GROUP BY 1")
    )
    assert messages["not_chinese"].startswith("no Chinese text: the document reads as another language")
    assert "not readable" in messages["garbled_text"]


def test_a_read_only_warehouse_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only file system (as root a chmod 555 folder stays writable, so the file system says EROFS here)."""
    import errno

    from jixiao.warehouse.storage import LocalStorage

    def read_only(self, relative, data):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(LocalStorage, "write_bytes", read_only)
    assert _ingest(tmp_path, SAMPLE_PDF) == 2
    error = capsys.readouterr().err
    assert "cannot be written (Read-only file system)" in error and "Traceback" not in error


def test_a_full_disk_stops_the_run_in_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]

    import deltalake

    assert _ingest(tmp_path, SAMPLE_PDF) == 0
    real_write = deltalake.write_deltalake

    def full(table, data, **options):  # type: ignore[no-untyped-def]
        # (delta-rs's own error: the operating system's errno only in its text)
        if "reports" not in str(getattr(table, "table_uri", table)):
            message = "Generic LocalFileSystem error: No space left on device (os error 28)"
            raise deltalake.exceptions.DeltaError(message)
        return real_write(table, data, **options)

    monkeypatch.setattr(deltalake, "write_deltalake", full)
    table_pdf = ROOT / "tests" / "fixtures" / "corpus" / "synthetic_02_table_wan_ttf.pdf"
    assert _ingest(tmp_path, table_pdf) == 2
    assert "is full" in capsys.readouterr().err
    monkeypatch.undo()
    # Nothing half-written: the first report is whole, the second is not there, and the next load succeeds.
    assert parquet(tmp_path / "warehouse", "SELECT count(*) FROM reports") == [(1,)]
    assert _ingest(tmp_path, table_pdf) == 0
    assert main(["check", "--warehouse", str(tmp_path / "warehouse")]) == 0


def test_a_full_disk_during_compaction_is_one_sentence(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Finding (0ba6f84): a full disk during compaction exited 3. The loads stay loaded; the run says why it stopped."""
    from jixiao.warehouse import store

    monkeypatch.setattr(store, "COMPACT_MIN_FILES", 1)

    def full(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.Warehouse, "vacuum", full)
    same_year = ROOT / "samples" / "synthetic_qingshan_2023.pdf"  # (two files in one partition: merged, vacuumed)
    assert _ingest(tmp_path, SAMPLE_PDF, same_year) == 2
    assert "is full" in capsys.readouterr().err
    monkeypatch.undo()
    assert parquet(tmp_path / "warehouse", "SELECT count(*) FROM reports") == [(2,)]
    assert main(["check", "--warehouse", str(tmp_path / "warehouse")]) == 0


def test_damaged_files_are_noticed_and_repaired(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _ingest(tmp_path, SAMPLE_PDF) == 0
    root = tmp_path / "warehouse"
    [metrics] = list(root.glob("metrics/fiscal_year=*/*.parquet"))
    [report] = list(root.glob("reports/fiscal_year=*/*.parquet"))
    metrics.write_bytes(metrics.read_bytes()[:100])
    report.write_bytes(report.read_bytes()[:50])
    assert main(["show", "--warehouse", str(root)]) == 2
    assert "jixiao check --repair" in capsys.readouterr().err
    assert main(["check", "--warehouse", str(root)]) == 1
    assert "2 damaged" in capsys.readouterr().out
    assert main(["check", "--repair", "--warehouse", str(root)]) == 0
    assert main(["check", "--warehouse", str(root)]) == 0
    assert parquet(root, "SELECT count(*) FROM metrics") == [(12,)]


def test_an_ingest_reloads_a_damaged_report_instead_of_skipping_it(tmp_path: Path) -> None:
    assert _ingest(tmp_path, SAMPLE_PDF) == 0
    [metrics] = list((tmp_path / "warehouse").glob("metrics/fiscal_year=*/*.parquet"))
    metrics.write_bytes(metrics.read_bytes()[:100])
    assert _ingest(tmp_path, SAMPLE_PDF) == 0
    assert main(["check", "--warehouse", str(tmp_path / "warehouse")]) == 0


def test_csv_cells_that_start_like_formulas_are_neutralised() -> None:
    from jixiao.presentation.render import as_csv

    out = as_csv(["name", "value"], [['=HYPERLINK("http://x")', -5], ["+cmd|' /C calc'!A0", 1], ["@SUM(A1)", None]])
    assert out.splitlines()[1:] == ['"\'=HYPERLINK(""http://x"")",-5', "'+cmd|' /C calc'!A0,1", "'@SUM(A1),"]


def test_a_crash_has_its_own_exit_code(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import jixiao.flows.cli

    def broken(*args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(jixiao.flows.cli, "run_review", broken)
    assert main(["review"]) == 3
    error = capsys.readouterr().err
    assert "internal error: RuntimeError: a bug" in error and "Traceback" not in error


def test_missing_warehouse_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["sql", "SELECT 1"], ["errors"], ["review"], ["show"], ["check"]):
        assert main([*command, "--warehouse", str(tmp_path / "typo")]) == 2
        assert "no warehouse at" in capsys.readouterr().err


# -- bounds that held only in part at 0ba6f84 (issue 23) -------------------------------------------------------------


@pytest.mark.parametrize(
    "make, code",
    [
        (bad_inputs.hex_flate_bomb_pdf, "decompression_limit"),  # [/ASCIIHexDecode /FlateDecode]: 1.6 GB
        (bad_inputs.ascii85_flate_bomb_pdf, "decompression_limit"),  # [/ASCII85Decode /FlateDecode]: 1.6 GB
        (lambda: bad_inputs.rc4_flate_bomb_pdf(300), "decompression_limit"),  # RC4, empty password: 1.6 GB
        (bad_inputs.huge_jpeg_pdf, "page_too_large"),  # a 30,000 × 30,000 JPEG decoded for OCR: 1.5 GB
        (bad_inputs.tiny_pages_pdf, "too_many_pages"),  # 100,000 tiny pages loaded before their count: 1.3 GB
    ],
    ids=["hex-flate", "ascii85-flate", "rc4-empty-password", "huge-jpeg", "100k-pages"],
)
def test_every_bound_holds_before_memory_is_spent(make: Callable[[], bytes], code: str) -> None:
    """Each refused with its own code, under a worker limit (600 MB) far below what it took at 0ba6f84."""
    from jixiao.ingest.pipeline import Limits, read_document

    failure = read_document(make(), None, Limits(max_memory_mb=600))
    assert getattr(failure, "code", None) == code, failure


def test_hostile_documents_beside_a_good_one_leave_it_loaded(tmp_path: Path) -> None:
    hostile = {
        "hex.pdf": bad_inputs.hex_flate_bomb_pdf(300),
        "jpeg.pdf": bad_inputs.huge_jpeg_pdf(),
        "pages.pdf": bad_inputs.tiny_pages_pdf(5000),
    }
    for name, data in hostile.items():
        (tmp_path / name).write_bytes(data)
    assert _ingest(tmp_path, *(tmp_path / name for name in hostile), SAMPLE_PDF, workers=2) == 1
    assert _errors(tmp_path) == {
        "hex.pdf": "decompression_limit",
        "jpeg.pdf": "page_too_large",
        "pages.pdf": "too_many_pages",
    }
    assert parquet(tmp_path / "warehouse", "SELECT count(*) FROM reports") == [(1,)]


def test_names_and_messages_with_control_characters_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding: file names with a newline or ESC printed forged "loaded … (ok)" lines and cleared the screen."""
    forged = tmp_path / "x\nloaded  forged.pdf  → report 0000000000000000 (ok): 伪造\x1b[2J.pdf"
    forged.write_bytes(b"not a pdf")
    assert _ingest(tmp_path, forged) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J" in out
    assert not any(line.startswith("loaded  forged.pdf") for line in out.splitlines())
    assert main(["errors", "--warehouse", str(tmp_path / "warehouse")]) == 0
    listed = capsys.readouterr().out
    assert "\x1b" not in listed and "\\n" in listed


# -- checks that check (issue 23) -------------------------------------------------------------------------------------


def _metrics_file(tmp_path: Path) -> Path:
    [metrics] = list((tmp_path / "warehouse").glob("metrics/fiscal_year=*/*.parquet"))
    return metrics


def test_a_column_of_another_type_is_found_and_repaired(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding: a Parquet file whose column type was changed passed `check` (then show/compare exited 3)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    assert _ingest(tmp_path, SAMPLE_PDF) == 0
    metrics = _metrics_file(tmp_path)
    table = pq.read_table(metrics)
    index = table.schema.get_field_index("value")
    pq.write_table(table.set_column(index, "value", table.column("value").cast(pa.float64())), metrics)
    root = tmp_path / "warehouse"
    capsys.readouterr()
    assert main(["check", "--warehouse", str(root)]) == 1
    assert "wrong schema (column value is double, not decimal128(24, 4))" in capsys.readouterr().out
    assert main(["check", "--repair", "--warehouse", str(root)]) == 0
    assert main(["check", "--warehouse", str(root)]) == 0
    assert parquet(root, "SELECT count(*) FROM metrics") == [(12,)]


def test_corrupt_data_pages_under_an_intact_footer_are_found_and_repaired(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding: a file whose data pages were corrupt under an intact footer passed `check` (it read footers only)."""
    assert _ingest(tmp_path, SAMPLE_PDF) == 0
    metrics = _metrics_file(tmp_path)
    data = bytearray(metrics.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little") + 8
    for offset in range(8, len(data) - footer - 8, 7):  # every data page hit, the footer untouched
        data[offset] ^= 0x5A
    metrics.write_bytes(bytes(data))
    root = tmp_path / "warehouse"
    import pyarrow.parquet as pq

    pq.read_metadata(metrics)  # the footer still reads
    capsys.readouterr()
    assert main(["check", "--warehouse", str(root)]) == 1
    out = capsys.readouterr().out
    assert "1 damaged" in out and "unreadable" in out
    assert main(["check", "--repair", "--warehouse", str(root)]) == 0
    assert main(["check", "--warehouse", str(root)]) == 0
    assert parquet(root, "SELECT count(*) FROM metrics") == [(12,)]


def test_repair_refuses_an_original_that_does_not_hash_to_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding: `check --repair` loaded whatever PDF lay at raw/<sha>.pdf: a replaced original became the latest
    version of its region and year."""
    import hashlib

    assert _ingest(tmp_path, SAMPLE_PDF) == 0
    root = tmp_path / "warehouse"
    sha = hashlib.sha256(SAMPLE_PDF.read_bytes()).hexdigest()
    other = ROOT / "samples" / "synthetic_qingshan_2021.pdf"
    (root / "raw" / f"{sha}.pdf").write_bytes(other.read_bytes())  # replaced
    metrics = _metrics_file(tmp_path)
    metrics.write_bytes(metrics.read_bytes()[:100])
    capsys.readouterr()
    assert main(["check", "--repair", "--warehouse", str(root)]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "does not hash to its name" in line)
    assert line.strip() == f"report {sha[:16]}: the original raw/{sha}.pdf does not hash to its name: not loaded"
    titles = parquet(root, "SELECT title FROM reports")
    assert titles in ([], [("2023年度湖州市本级预算绩效管理情况",)])  # never the replacement's
