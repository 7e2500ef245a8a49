"""What an analyst meets at the command line (issue 16): progress as documents finish, one clear sentence and exit
code 2 for every ordinary mistake, exports that open as numbers, report versions they control, review decisions
that stick, and help that says how. Each test names the finding it holds."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from jixiao.flows.cli import main, parse_years
from jixiao.parsers import PARSER_VERSION, ParsedReport
from jixiao.parsers.records import ProjectEvaluation, ReportInfo, Source
from jixiao.warehouse import DocumentInfo, Warehouse, connect

from tests.conftest import ROOT

SAMPLES = ROOT / "samples"
JIXIAO = [sys.executable, "-m", "jixiao.flows.cli"]
ENV = {**os.environ, "PYTHONUNBUFFERED": "0", "PREFECT_API_URL": ""}


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*JIXIAO, *args], capture_output=True, text=True, cwd=cwd, env=ENV, timeout=300)


@pytest.fixture(scope="module")
def qingshan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ux") / "warehouse"
    paths = sorted(str(path) for path in SAMPLES.glob("synthetic_qingshan_*.pdf"))
    assert main(["ingest", *paths, "--warehouse", str(root), "--workers", "1"]) == 0
    return root


# -- progress ------------------------------------------------------------------------------------------------------


@contextmanager
def _held_pdf(pdf: bytes, release: threading.Event) -> Iterator[str]:
    """A loopback HTTP server whose one PDF is sent only once `release` is set; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            release.wait(timeout=120)
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(pdf)))
            self.end_headers()
            self.wfile.write(pdf)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/late.pdf"
    finally:
        release.set()
        server.shutdown()


def test_each_documents_line_is_printed_as_it_finishes(tmp_path: Path) -> None:
    """Finding: 16 files printed nothing for 13 s, then every line at once. The second document here is a URL whose
    server answers only once the first document's line has reached the reader of jixiao's (piped) stdout."""
    first_line_seen = threading.Event()
    pdf = (SAMPLES / "synthetic_qingshan_2021.pdf").read_bytes()
    with _held_pdf(pdf, first_line_seen) as url:
        manifest = tmp_path / "late.csv"
        manifest.write_text(f"url\n{url}\n", encoding="utf-8")
        process = subprocess.Popen(
            [*JIXIAO, "ingest", str(SAMPLES / "synthetic_qingshan_2022.pdf"), str(manifest)]
            + ["--warehouse", str(tmp_path / "w"), "--workers", "1", "--allow-private-urls"],  # (a loopback server)
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=ENV,
        )
        assert process.stdout is not None
        first = process.stdout.readline()
        still_running = process.poll() is None
        first_line_seen.set()
        rest, errors = process.communicate(timeout=300)
    assert first.startswith("loaded  ") and "synthetic_qingshan_2022.pdf" in first, (first, errors)
    assert still_running  # the line came while the URL was still being fetched
    assert "late.pdf" in rest and "2 documents:" in rest  # (loaded, unless a loaded machine let its read time out)
    assert "\x1b[" not in rest + errors  # piped output: no progress-bar frames


def test_quiet_prints_failures_and_the_count_only(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    result = _run(
        "ingest", str(SAMPLES / "synthetic_qingshan_2021.pdf"), str(broken), "-q", "--warehouse", str(tmp_path / "w")
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("loaded")] == []
    assert any(line.startswith("FAILED  ") and "broken.pdf" in line for line in lines)
    assert lines[-1].startswith("2 documents: 1 loaded, 0 skipped")


# -- mistakes: one sentence, exit 2 ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["sql", "errors", "review", "reports", "show", "compare", "latest", "delete"])
def test_a_path_that_is_not_a_warehouse_is_a_usage_error(command: str, tmp_path: Path) -> None:
    """Finding: sql, errors and review on a mistyped --warehouse printed empty tables with exit 0."""
    args = {
        "sql": ["sql", "SELECT 1"],
        "compare": ["compare", "--region", "青山市本级"],
        "latest": ["latest", "0123456789abcdef"],
        "delete": ["delete", "0123456789abcdef"],
    }.get(command, [command])
    result = _run(*args, "--warehouse", str(tmp_path / "typo"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no warehouse at" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_report_id_names_the_close_ones(qingshan: Path) -> None:
    """Finding: an unknown --report id printed "0 report(s)" with exit 0."""
    known = connect(qingshan).execute("SELECT min(report_id) FROM reports").fetchone()[0]
    for command in (["show", "--report"], ["latest"], ["delete"]):
        result = _run(*command, known[:-1] + "x", "--warehouse", str(qingshan))
        assert result.returncode == 2, result
        assert f"did you mean {known}" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_region_lists_the_regions_that_exist(qingshan: Path) -> None:
    """Finding: `compare --region 青山` did not list the regions that exist."""
    result = _run("compare", "--region", "青山", "--warehouse", str(qingshan))
    assert result.returncode == 2
    assert "no region '青山'" in result.stderr and "did you mean 青山市本级?" in result.stderr
    result = _run("compare", "--region", "青山市本级", "--years", "2030-2031", "--warehouse", str(qingshan))
    assert result.returncode == 2 and "no reports for 青山市本级 in 2030–2031" in result.stderr


def test_the_same_file_under_several_names_is_read_and_loaded_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding (issue 25): the same file under two names in one batch was parsed twice and reported "loaded"
    twice (20 loaded for 5 reports)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    huzhou, qingshan = SAMPLES / "huzhou_2023_report.pdf", SAMPLES / "synthetic_qingshan_2023.pdf"
    for source, names in ((huzhou, ["a_huzhou.pdf", "b_copy.pdf", "c_副本.pdf"]), (qingshan, ["d_qs.pdf", "e_qs.pdf"])):
        for name in names:
            shutil.copy(source, inbox / name)
    warehouse = str(tmp_path / "warehouse")
    assert main(["ingest", str(inbox), "--warehouse", warehouse, "--workers", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("loaded  ") for line in lines) == 2, lines
    same = [line for line in lines if line.startswith("same    ")]
    assert len(same) == 3 and all("read once" in line for line in same), lines
    assert any(
        "b_copy.pdf  same as" in line and line.split("same as ")[1].startswith(str(inbox / "a_huzhou.pdf"))
        for line in same
    )
    assert any("e_qs.pdf  same as" in line and str(inbox / "d_qs.pdf") in line for line in same)
    assert lines[-1].startswith(
        "5 documents: 2 loaded, 3 the same as another name in this batch (read once), 0 skipped (already loaded by "
        "this parser version), 0 failed"
    ), lines[-1]
    assert connect(warehouse).execute("SELECT count(*) FROM reports").fetchone() == (2,)
    # Again: the first name of each content is skipped, the others are still the same as it.
    assert main(["ingest", str(inbox), "--warehouse", warehouse, "--workers", "1"]) == 0
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .startswith("5 documents: 0 loaded, 3 the same as another name in this batch (read once), 2 skipped")
    )


def _listed_ids(out: str) -> dict[str, str]:
    """{file name: error id} of the errors `jixiao errors` printed."""
    found = re.findall(r"^([0-9a-f]{10})\s+(\S+)", out, re.MULTILINE)
    return {Path(path).name: identity for identity, path in found}


def test_errors_can_be_dismissed_and_a_new_failure_shows_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding (issue 25): errors could not be dismissed. A dismissal is kept as a fact; history stays."""
    from tests import bad_inputs

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "english.pdf").write_bytes(bad_inputs.english_table_pdf())
    warehouse = str(tmp_path / "warehouse")
    files = [str(tmp_path / "broken.pdf"), str(tmp_path / "english.pdf")]
    assert main(["ingest", *files, "--warehouse", warehouse, "--workers", "1"]) == 1
    capsys.readouterr()
    assert main(["errors", "--warehouse", warehouse]) == 0
    ids = _listed_ids(capsys.readouterr().out)
    assert set(ids) == {"broken.pdf", "english.pdf"}, ids

    assert main(["errors", "--dismiss", ids["english.pdf"], "--warehouse", warehouse]) == 0
    assert "1 errors dismissed (kept in the warehouse" in capsys.readouterr().out
    assert main(["errors", "--warehouse", warehouse]) == 0
    assert set(_listed_ids(capsys.readouterr().out)) == {"broken.pdf"}
    assert main(["errors", "--all", "--warehouse", warehouse]) == 0
    assert set(_listed_ids(capsys.readouterr().out)) == {"broken.pdf", "english.pdf"}
    # Not a deletion: the table keeps both failures, the dismissal is a fact beside them.
    assert connect(warehouse).execute("SELECT count(*) FROM ingest_errors").fetchone() == (2,)
    kept = json.loads((tmp_path / "warehouse" / "_choices" / "dismissed_errors.json").read_text(encoding="utf-8"))
    assert [(item["error_id"], item["error_code"]) for item in kept] == [(ids["english.pdf"], "not_chinese")]
    # Dismissed errors are not retried.
    assert main(["retry", "--warehouse", warehouse, "--workers", "1"]) == 1
    assert "english.pdf" not in capsys.readouterr().out

    assert main(["errors", "--dismiss", "ffffffffff", "--warehouse", warehouse]) == 2
    assert "no open error with id 'ffffffffff'" in capsys.readouterr().err
    # A later failure of the dismissed document is listed again, under the same id.
    assert main(["ingest", files[1], "--warehouse", warehouse, "--workers", "1"]) == 1
    capsys.readouterr()
    assert main(["errors", "--warehouse", warehouse]) == 0
    assert _listed_ids(capsys.readouterr().out) == ids

    assert main(["errors", "--dismiss-all", "--warehouse", warehouse]) == 0
    assert "2 errors dismissed" in capsys.readouterr().out
    assert main(["errors", "--warehouse", warehouse]) == 0
    assert capsys.readouterr().out.startswith("no open errors")
    assert main(["retry", "--warehouse", warehouse]) == 0
    assert "nothing to retry" in capsys.readouterr().out


def test_years_that_are_not_there_name_those_that_are(qingshan: Path) -> None:
    """Finding (issue 25): `--years 2030` did not say which years exist."""
    result = _run("compare", "--region", "青山市本级", "--years", "2030", "--warehouse", str(qingshan))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result
    assert "no reports for 青山市本级 in 2030; its reports cover 2021–2024" in result.stderr
    result = _run("reports", "--region", "青山市本级", "--year", "2030", "--warehouse", str(qingshan))
    assert result.returncode == 0 and "no reports for 2030; the reports cover 2021–2024" in result.stdout


def test_no_warehouse_from_another_folder_says_where_it_looked(tmp_path: Path) -> None:
    """Finding (issue 25): `show` from another folder said "no warehouse at data/warehouse", without saying the
    path is relative to the current folder or naming $JIXIAO_WAREHOUSE."""
    env = {key: value for key, value in ENV.items() if key != "JIXIAO_WAREHOUSE"}
    result = subprocess.run([*JIXIAO, "show"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result
    absolute = tmp_path.resolve() / "data" / "warehouse"
    assert f"no warehouse at data/warehouse, that is {absolute} (a relative path is read from the current folder)" in (
        result.stderr
    )
    assert "--warehouse PATH or set $JIXIAO_WAREHOUSE" in result.stderr
    env["JIXIAO_WAREHOUSE"] = "elsewhere/wh"
    result = subprocess.run([*JIXIAO, "show"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 2 and "the path is $JIXIAO_WAREHOUSE's" in result.stderr, result
    assert str(tmp_path.resolve() / "elsewhere" / "wh") in result.stderr


def test_an_unknown_table_suggests_the_warehouses_own(qingshan: Path) -> None:
    """Finding (issue 25): `sql 'SELECT * FROM reprts'` suggested DuckDB's pg_prepared_statements."""
    result = _run("sql", "SELECT * FROM reprts", "--warehouse", str(qingshan))
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result
    assert "no table or view named 'reprts' in the warehouse; did you mean reports?" in result.stderr
    assert "pg_" not in result.stderr
    result = _run("sql", "SELECT * FROM reports JOIN grade_count USING (report_id)", "--warehouse", str(qingshan))
    assert "did you mean grade_counts" in result.stderr and "pg_" not in result.stderr, result


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2022-", "a range needs both ends, e.g. 2022-2024"),
        ("-2023", "a range needs both ends, e.g. 2021-2023"),
        ("22-24", "write years in full, e.g. 2022-2024 rather than 22-24"),
        ("2024-2022", "the range runs backwards; did you mean 2022-2024?"),
        ("last year", "takes a year (2023) or a range of years (2021-2024)"),
    ],
)
def test_bad_year_ranges_are_explained(text: str, said: str, qingshan: Path) -> None:
    """Finding: `--years 2022-` meant 2022 only."""
    with pytest.raises(ValueError, match=re.escape(said)):
        parse_years(text)
    result = _run("compare", "--region", "青山市本级", "--years", text, "--warehouse", str(qingshan))
    assert result.returncode == 2 and said in result.stderr


def test_year_ranges_that_are_right() -> None:
    assert parse_years("2023") == (2023, 2023)
    assert parse_years("2021-2024") == (2021, 2024)
    assert parse_years(" 2021 - 2024 ") == (2021, 2024)


def test_eval_on_a_folder_without_gold_files_says_so(tmp_path: Path) -> None:
    """Finding: eval on a folder that is not a gold folder ended in a FileNotFoundError traceback."""
    (tmp_path / "notes.json").write_text('{"meeting": "Tuesday"}', encoding="utf-8")
    result = _run("eval", str(tmp_path), str(tmp_path))
    assert result.returncode == 2 and "is not a gold file" in result.stderr and "Traceback" not in result.stderr
    gold = json.loads((ROOT / "tests/fixtures/corpus/synthetic_01_list_cid.json").read_text(encoding="utf-8"))
    (tmp_path / "notes.json").write_text(json.dumps(gold), encoding="utf-8")
    result = _run("eval", str(tmp_path), str(tmp_path))
    assert result.returncode == 2 and "notes.json has no document" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _run("eval", str(empty), str(empty))
    assert result.returncode == 2 and "holds no gold files" in result.stderr


def test_output_closed_early_is_not_an_error(qingshan: Path) -> None:
    """Finding: BrokenPipeError whenever output was piped to `| head`."""
    command = [*JIXIAO, "sql", "SELECT * FROM range(200000)", "--warehouse", str(qingshan)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=ENV) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # as `head -1` does
        errors = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert code == 0 and "Traceback" not in errors and "BrokenPipe" not in errors


def test_an_out_file_of_an_unknown_kind_is_refused_before_any_work(qingshan: Path) -> None:
    result = _run("sql", "SELECT 1", "--out", "result.txt", "--warehouse", str(qingshan))
    assert result.returncode == 2 and ".csv, .xlsx, .parquet, .json" in result.stderr


# -- exports -------------------------------------------------------------------------------------------------------


def test_sql_json_writes_numbers_as_numbers(qingshan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding: `sql --format json` wrote decimals as strings."""
    query = "SELECT 1.50::DECIMAL(10,2) AS share, 3 AS count, 'x' AS text"
    assert main(["sql", query, "--format", "json", "--warehouse", str(qingshan)]) == 0
    assert json.loads(capsys.readouterr().out) == [{"share": 1.5, "count": 3, "text": "x"}]


def test_csv_out_has_a_bom_and_neutralised_formulas(qingshan: Path, tmp_path: Path) -> None:
    """Findings: CSV without a BOM (Excel on Chinese Windows garbles it); no --out."""
    out = tmp_path / "grades.csv"
    query = "SELECT project_name, grade, '=HYPERLINK(1)' AS bait FROM project_evaluations ORDER BY 1"
    assert main(["sql", query, "--out", str(out), "--warehouse", str(qingshan)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["project_name", "grade", "bait"] and len(rows) > 5
    assert {row[2] for row in rows[1:]} == {"'=HYPERLINK(1)"}


def test_xlsx_out_keeps_numbers_as_numbers_and_money_in_wan(qingshan: Path, tmp_path: Path) -> None:
    """Findings: no xlsx output; amounts as raw yuan. Read back with openpyxl (not the writer's own code).
    Issue 25: sheets carried only report ids, and English sheet names and headers where `compare` is Chinese."""
    import openpyxl

    out = tmp_path / "show.xlsx"
    assert main(["show", "--out", str(out), "--warehouse", str(qingshan)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "报告",
        "主要指标",
        "评价批次",
        "等级分布",
        "评价项目",
        "单位整体评价",
        "未通过的核对",
        "入库失败的文件",
    ]
    for sheet in book:  # every sheet: region and year, Chinese headings only
        header = [cell.value for cell in sheet[1]]
        assert {"地区", "年度"} <= set(header), (sheet.title, header)
        assert all(re.search(r"[\u4e00-\u9fff]", title) for title in header), (sheet.title, header)
    batches = book["评价批次"]
    header = [cell.value for cell in batches[1]]
    # The sample batches state 1.35–5.31亿元: the column reads in 亿元 (presentation.money's choice)
    yuan_at, wan_at = header.index("金额（元）"), header.index("金额（亿元）")
    region_at, year_at = header.index("地区"), header.index("年度")
    amounts = [(row[yuan_at], row[wan_at]) for row in batches.iter_rows(min_row=2) if row[yuan_at].value is not None]
    assert amounts
    for yuan, wan in amounts:
        assert yuan.data_type == "n" and wan.data_type == "n"
        assert wan.value == pytest.approx(yuan.value / 100_000_000)
        assert wan.number_format == "#,##0.00"
    assert {(row[region_at].value, row[year_at].value) for row in batches.iter_rows(min_row=2)} == {
        ("青山市本级", year) for year in (2021, 2022, 2023, 2024)
    }
    projects = book["评价项目"]
    header = [cell.value for cell in projects[1]]
    ids = {
        row[0]: (row[2], row[3])
        for row in connect(qingshan).execute("SELECT report_id, title, region, fiscal_year FROM reports").fetchall()
    }
    for row in projects.iter_rows(min_row=2, values_only=True):  # each row's region and year are its report's
        assert ids[row[header.index("报告编号")]] == (row[header.index("地区")], row[header.index("年度")])
    reports = book["报告"]
    year_at = [cell.value for cell in reports[1]].index("年度")
    assert {row[year_at].value for row in reports.iter_rows(min_row=2)} == {2021, 2022, 2023, 2024}
    assert reports.freeze_panes == "A2"


def test_parquet_and_json_out_are_typed(qingshan: Path, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    query = "SELECT project_name, score, amount_yuan, fiscal_year FROM project_evaluations ORDER BY 1"
    assert main(["sql", query, "--out", str(tmp_path / "p.parquet"), "--warehouse", str(qingshan)]) == 0
    table = pq.read_table(tmp_path / "p.parquet")
    assert pa.types.is_decimal(table.schema.field("amount_yuan").type)
    assert pa.types.is_integer(table.schema.field("fiscal_year").type)
    metrics = "SELECT metric, value, unit, fiscal_year FROM metrics ORDER BY 1, 4"
    assert main(["sql", metrics, "--out", str(tmp_path / "m.parquet"), "--warehouse", str(qingshan)]) == 0
    values = pq.read_table(tmp_path / "m.parquet").column("value")
    assert pa.types.is_decimal(values.type) and all(isinstance(v, Decimal) for v in values.to_pylist())
    assert main(["sql", metrics, "--out", str(tmp_path / "m.json"), "--warehouse", str(qingshan)]) == 0
    records = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert records and all(isinstance(r["fiscal_year"], int) and isinstance(r["value"], int | float) for r in records)


def test_show_out_with_several_sections_writes_one_csv_each(qingshan: Path, tmp_path: Path) -> None:
    assert main(["show", "--out", str(tmp_path / "s.csv"), "--warehouse", str(qingshan)]) == 0
    written = sorted(path.name for path in tmp_path.glob("s.*.csv"))
    assert "s.reports.csv" in written and "s.evaluated_projects.csv" in written


# -- versions ------------------------------------------------------------------------------------------------------


def _copy_with_new_bytes(source: Path, target: Path, tag: bytes) -> Path:
    """The same report as another file: bytes after %%EOF change the hash, not what a reader sees."""
    target.write_bytes(source.read_bytes() + b"\n% " + tag + b"\n")
    return target


def test_versions_listed_chosen_and_deleted(tmp_path: Path) -> None:
    """Finding: a different file for the same region and year silently became the latest; no command listed,
    chose or deleted versions."""
    root = str(tmp_path / "w")
    original = SAMPLES / "synthetic_qingshan_2023.pdf"
    first = _run("ingest", str(original), "--warehouse", root)
    assert first.returncode == 0
    second_file = _copy_with_new_bytes(original, tmp_path / "resent.pdf", b"second")
    second = _run("ingest", str(second_file), "--warehouse", root)
    ids = [
        row[0] for row in connect(root).execute("SELECT report_id FROM reports ORDER BY first_ingested_at").fetchall()
    ]
    old, new = ids
    assert f"now the latest version of 青山市本级 2023, replacing report {old}" in second.stdout
    assert "1 replaced the latest version" in second.stdout

    listed = _run("reports", "--warehouse", root)
    assert listed.returncode == 0 and "2 of them are one of several versions" in listed.stdout

    chose = _run("latest", old, "--warehouse", root)
    assert chose.returncode == 0 and f"instead of {new}" in chose.stdout
    latest = dict(connect(root).execute("SELECT report_id, is_latest FROM reports").fetchall())
    assert latest == {old: True, new: False}

    third_file = _copy_with_new_bytes(original, tmp_path / "third.pdf", b"third")
    third = _run("ingest", str(third_file), "--warehouse", root)
    assert f"not the latest: report {old} was chosen" in third.stdout  # the person's choice stands
    assert dict(connect(root).execute("SELECT report_id, is_latest FROM reports").fetchall())[old] is True

    sha = connect(root).execute("SELECT sha256 FROM reports WHERE report_id = ?", [old]).fetchone()[0]
    deleted = _run("delete", old, "--warehouse", root)
    assert (
        deleted.returncode == 0 and "is now the latest version" in deleted.stdout and "stays in raw/" in deleted.stdout
    )
    rows = connect(root).execute("SELECT report_id, is_latest FROM reports").fetchall()
    assert old not in dict(rows) and sum(flag for _, flag in rows) == 1
    assert (Path(root) / "raw" / f"{sha}.pdf").is_file()  # the original stays
    counts = connect(root).execute("SELECT count(DISTINCT report_id) FROM project_evaluations").fetchone()[0]
    assert counts == 2
    again = _run("ingest", str(original), "--warehouse", root)
    assert again.returncode == 0 and "1 loaded" in again.stdout  # deleted, so loaded again


def test_delete_of_a_report_held_in_a_compacted_file(tmp_path: Path) -> None:
    """Deleting a report whose rows were compacted with others' rewrites that file without it."""
    from jixiao.warehouse.store import COMPACT_MIN_FILES

    warehouse = Warehouse(tmp_path / "w")
    for number in range(COMPACT_MIN_FILES):
        warehouse.load_report(*_report(f"示例县{number:02d}", 2023, [("项目甲", "县财政局")], number))
    assert warehouse.compact() == 2 * COMPACT_MIN_FILES  # reports and project_evaluations: one file each now
    assert len(warehouse.table_files("project_evaluations")) == 1
    from jixiao.ingest.identities import rebuild_identities

    rebuild_identities(str(tmp_path / "w"))  # (loaded here without a run: check would say they are not built)
    assert main(["check", "--warehouse", str(tmp_path / "w")]) == 0
    doomed = _document(3).report_id
    assert main(["delete", doomed, "--warehouse", str(tmp_path / "w")]) == 0
    ids = {row[0] for row in connect(tmp_path / "w").execute("SELECT report_id FROM project_evaluations").fetchall()}
    assert doomed not in ids and len(ids) == COMPACT_MIN_FILES - 1
    assert main(["check", "--warehouse", str(tmp_path / "w")]) == 0


# -- review --------------------------------------------------------------------------------------------------------


def _document(number: int) -> DocumentInfo:
    sha = hashlib.sha256(f"synthetic {number}".encode()).hexdigest()
    return DocumentInfo(sha[:16], sha, f"synthetic/{number}.pdf", 3, "synthetic")


def _report(region: str, year: int, projects: list[tuple[str, str]], number: int) -> tuple[ParsedReport, DocumentInfo]:
    """A SYNTHETIC report of `projects` (name, department), loaded through the warehouse's own loader."""
    from jixiao.parsers.departments import department_id

    title = f"{year}年度{region}预算绩效管理情况（合成）"
    evaluations = [
        ProjectEvaluation(
            batch_type="key",
            seq=seq,
            project_name=name,
            department_raw=department,
            department=department,
            grade="良",
            grade_raw="良好",
            score=Decimal("85"),
            amount=None,
            source=Source(page=2, text=f"{name}（{department}）评价结果为良好。"),
            department_id=department_id(region, department),
        )
        for seq, (name, department) in enumerate(projects, start=1)
    ]
    parsed = ParsedReport(
        report=ReportInfo(title, region, year, Source(page=1, text=title), f"{region}财政局", "annual_round"),
        status="ok",
        parser_version=PARSER_VERSION,
        projects=evaluations,
    )
    return parsed, _document(number)


@pytest.fixture
def review_warehouse(tmp_path: Path) -> Path:
    from jixiao.ingest.identities import rebuild_identities

    root = tmp_path / "w"
    warehouse = Warehouse(root)
    warehouse.load_report(*_report("示例县", 2022, [("城市公共交通运营补贴", "县交通运输局")], 1))
    warehouse.load_report(
        *_report(
            "示例县",
            2023,
            [("城市公共交通线路运营考核补贴", "县交通运输局"), ("城市公共交通运营补贴", "县财政局")],
            2,
        )
    )
    rebuild_identities(str(root))
    return root


def test_review_shows_department_years_and_sources(review_warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding: review showed neither department nor year, and once the same project id on both sides."""
    from jixiao.presentation.catalog import review_candidates

    section = review_candidates(review_warehouse)
    rows = [dict(zip(section.columns, row, strict=True)) for row in section.rows]
    assert len(rows) == 2
    for row in rows:
        assert row["department_a"] and row["department_b"] and row["years_a"] and row["years_b"]
        assert "p.2" in row["source_a"] and "p.2" in row["source_b"]
    ids = connect(review_warehouse).execute("SELECT project_id_a, project_id_b FROM project_candidates").fetchall()
    assert all(a != b for a, b in ids)
    assert main(["review", "--warehouse", str(review_warehouse)]) == 0
    assert "县交通运输局" in capsys.readouterr().out


def test_review_decisions_are_kept_across_rebuilds(review_warehouse: Path) -> None:
    """Finding: review could not record a decision."""
    from jixiao.presentation.catalog import review_candidates

    from jixiao.ingest.identities import rebuild_identities

    section = review_candidates(review_warehouse)
    by_names = {frozenset((row[3], row[7])): row[0] for row in section.rows}
    close = by_names[frozenset({"城市公共交通运营补贴", "城市公共交通线路运营考核补贴"})]
    same_name = by_names[frozenset({"城市公共交通运营补贴"})]
    assert main(["review", "--reject", same_name, "--warehouse", str(review_warehouse)]) == 0
    assert [row[0] for row in review_candidates(review_warehouse).rows] == [close]
    assert main(["review", "--accept", close, "--warehouse", str(review_warehouse)]) == 0
    for _ in range(2):  # the decisions hold after any later rebuild
        projects = connect(review_warehouse).execute("SELECT aliases, years FROM projects ORDER BY 1").fetchall()
        assert (["城市公共交通线路运营考核补贴", "城市公共交通运营补贴"], [2022, 2023]) in projects
        assert review_candidates(review_warehouse).rows == []
        rebuild_identities(str(review_warehouse))
    assert main(["review", "--accept", "c00000000", "--warehouse", str(review_warehouse)]) == 2


# -- help ------------------------------------------------------------------------------------------------------------


def test_version_and_help_say_how(capsys: pytest.CaptureFixture[str]) -> None:
    """Findings: no --version; positionals without help; no examples or exit codes in --help; output too wide."""
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0 and f"(parser {PARSER_VERSION})" in capsys.readouterr().out
    from jixiao.flows.cli import EXAMPLES

    for command in EXAMPLES:
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        assert "example:" in text and EXAMPLES[command] in text and "exit codes:" in text, command
        assert max(len(line) for line in text.splitlines()) <= 100 + 20, command  # examples may run past
        assert "PATH  " not in text or "a document (PDF" in text


def test_readme_cli_reference_is_the_help() -> None:
    """The README's CLI reference is generated from --help (tools/cli_reference.py), so it cannot drift."""
    generated = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "cli_reference.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**ENV, "COLUMNS": "100"},
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr


@pytest.mark.skipif(shutil.which("script") is None, reason="util-linux `script` (a pseudo-terminal) is not installed")
def test_a_terminal_gets_a_progress_bar(tmp_path: Path) -> None:
    """At a terminal, a bar on stderr while documents are read (and none when piped: see the first test)."""
    command = " ".join(
        [*JIXIAO, "ingest", str(SAMPLES / "synthetic_qingshan_2021.pdf"), "--warehouse", str(tmp_path / "w")]
    )
    typescript = tmp_path / "typescript"
    subprocess.run(["script", "-qefc", command, str(typescript)], cwd=ROOT, env=ENV, timeout=300, capture_output=True)
    screen = typescript.read_text(encoding="utf-8", errors="replace")
    assert "documents" in screen and "0/1" in screen and "1 documents: 1 loaded" in screen


def test_show_prints_amounts_with_separators(qingshan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding: amounts printed as raw yuan without separators."""
    assert main(["show", "--limit", "1", "--warehouse", str(qingshan)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"\b\d{1,3}(,\d{3}){2,}\.\d\d\b", out)
    assert not re.search(r"\b\d{7,}\.\d\d\b", out)


def test_compare_xlsx_has_the_screens_pivot_and_the_long_form(qingshan: Path, tmp_path: Path) -> None:
    """Findings: compare's cells were text like "162000000 (+27000000)"; issue 25: the workbook was long where the
    screen shows a pivot. Now the pivots, numbers as numbers, then the long form with value and change apart."""
    import openpyxl

    out = tmp_path / "qingshan.xlsx"
    assert main(["compare", "--region", "青山市本级", "--out", str(out), "--warehouse", str(qingshan)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "主要指标（数量、比例）",
        "主要指标（金额）",
        "各评价类型的等级分布",
        "各部门项目评价等级",
        "跨年度评价的项目",
        "明细（每个数字及其来源）",
    ]
    years = ["2021年", "2022年", "2023年", "2024年"]
    counts = book["主要指标（数量、比例）"]
    assert [cell.value for cell in counts[1]] == ["地区", "指标", "单位", *years]
    pivot = {row[1]: row for row in counts.iter_rows(min_row=2, values_only=True)}
    assert pivot["抽评项目数"] == ("青山市本级", "抽评项目数", "个", 138, 142, 148, 151)  # as the screen shows them
    amounts = book["主要指标（金额）"]
    rows = {row[1].value: row for row in amounts.iter_rows(min_row=2)}
    key = rows["重点评价项目金额"]
    assert [cell.value for cell in key[:3]] == ["青山市本级", "重点评价项目金额", "亿元"]
    assert [cell.value for cell in key[3:]] == [1.35, 1.62, 1.97, 2.08] and key[4].data_type == "n"
    grades = book["各评价类型的等级分布"]
    assert [cell.value for cell in grades[1]][:4] == ["地区", "评价类型", "等级", "单位"]
    for sheet in book:
        header = [cell.value for cell in sheet[1]]
        assert "地区" in header and ("年度" in header or set(years) <= set(header)), (sheet.title, header)
    long_form = book["明细（每个数字及其来源）"]
    header = [cell.value for cell in long_form[1]]
    value, change, wan = header.index("数值"), header.index("较上年"), header.index("年度")
    rows = [row for row in long_form.iter_rows(min_row=2) if row[header.index("指标")].value == "重点评价项目金额"]
    assert all(row[value].data_type == "n" for row in rows)
    assert {row[change].value for row in rows if row[change].value is not None} >= {27_000_000}
    assert {row[wan].value for row in rows} == {2021, 2022, 2023, 2024}
    assert all(row[header.index("原文")].value for row in rows)


def test_xlsx_cells_that_start_like_formulas_stay_text(qingshan: Path, tmp_path: Path) -> None:
    """Text from a PDF such as `=HYPERLINK(…)` is a string cell in xlsx, never a formula (issue 14, finding 7)."""
    import openpyxl

    out = tmp_path / "bait.xlsx"
    query = "SELECT '=HYPERLINK(\"http://x\")' AS a, '+cmd|x' AS b, '@SUM(1)' AS c, -5 AS n"
    assert main(["sql", query, "--out", str(out), "--warehouse", str(qingshan)]) == 0
    cells = next(openpyxl.load_workbook(out).active.iter_rows(min_row=2))
    assert [cell.data_type for cell in cells] == ["s", "s", "s", "n"]
    assert cells[0].value == '=HYPERLINK("http://x")' and cells[3].value == -5


def test_show_fits_a_terminal_and_keeps_everything_in_a_pipe(qingshan: Path) -> None:
    """Finding: output 154 columns wide. At a terminal, long text is cut with … to its width; piped, nothing is."""
    from jixiao.presentation.render import display_width
    from jixiao.presentation.summary import render_summary

    fitted = render_summary(qingshan, max_width=100)
    assert max(display_width(line) for line in fitted.splitlines()) <= 100 and "…" in fitted
    whole = render_summary(qingshan)
    names = [row[0] for row in connect(qingshan).execute("SELECT project_name FROM project_evaluations").fetchall()]
    assert all(name in whole for name in names)
