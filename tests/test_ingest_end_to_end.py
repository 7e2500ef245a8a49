"""`jixiao ingest` on the sample report beside bad files, through the real Prefect flow.

Every figure of the foundation issue is asserted from the Parquet tables themselves (read_parquet over
`<warehouse>/<table>/**/*.parquet`), not from an intermediate string.
"""

from __future__ import annotations

import json
import os
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest import mock

import duckdb
import pytest
from jixiao.flows.cli import main

from tests import bad_inputs
from tests.conftest import SAMPLE_PDF
from tests.test_parsers import EXPECTED_KEY_PROJECTS

TABLES = [
    "reports",
    "mentions",
    "metrics",
    "evaluation_batches",
    "grade_counts",
    "project_evaluations",
    "unit_evaluations",
    "checks",
    "ingest_errors",
]


def parquet(root: Path, sql: str) -> list[tuple[Any, ...]]:
    """Run SQL where `{table}` names read the table's newest Delta version directly, as a reader without jixiao
    does (delta-rs → Arrow → DuckDB)."""
    from tests.helpers.delta import outside_query

    connection = duckdb.connect()
    for table in TABLES:
        if (root / table / "_delta_log").is_dir():
            connection.register(f"{table}_delta", outside_query(root, table, "SELECT * FROM t"))
            connection.execute(f"CREATE VIEW {table} AS SELECT * FROM {table}_delta")
        else:
            connection.execute(f"CREATE VIEW {table} AS SELECT NULL AS nothing WHERE false")
    return connection.execute(sql).fetchall()


@pytest.fixture(scope="module")
def loaded(prefect_harness, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("inbox")
    shutil.copy(SAMPLE_PDF, folder / "huzhou_2023_report.pdf")
    shutil.copy(SAMPLE_PDF, folder / "huzhou_copy.pdf")  # the same file under another name: read and loaded once
    (folder / "not_a_pdf.pdf").write_bytes(bad_inputs.html_page())
    (folder / "truncated.pdf").write_bytes(bad_inputs.truncated(SAMPLE_PDF.read_bytes()))
    warehouse = tmp_path_factory.mktemp("warehouse")
    from prefect.settings import PREFECT_API_URL

    # A configured server (the harness's): the CLI runs the Prefect flow, which records the run and its artifact.
    with mock.patch.dict(os.environ, {"PREFECT_API_URL": str(PREFECT_API_URL.value())}):
        exit_code = main(["ingest", str(folder), "--warehouse", str(warehouse)])
    return {"exit_code": exit_code, "warehouse": warehouse, "folder": folder}


def test_bad_files_fail_alone_with_specific_codes(loaded: dict[str, Any]) -> None:
    assert loaded["exit_code"] == 1
    errors = parquet(loaded["warehouse"], "SELECT source_path, error_code, sha256 FROM ingest_errors ORDER BY 1")
    assert [(Path(path).name, code) for path, code, _ in errors] == [
        ("not_a_pdf.pdf", "no_article"),
        ("truncated.pdf", "truncated_pdf"),
    ]
    assert all(len(sha) == 64 for _, _, sha in errors)


def test_report_row(loaded: dict[str, Any]) -> None:
    [row] = parquet(
        loaded["warehouse"],
        "SELECT title, region, fiscal_year, page_count, status, is_latest, parser_version, sha256 FROM reports",
    )
    assert row[:6] == ("2023年度湖州市本级预算绩效管理情况", "湖州市本级", 2023, 5, "ok", True)
    assert row[6] and len(row[7]) == 64


def test_headline_metrics(loaded: dict[str, Any]) -> None:
    rows = parquet(loaded["warehouse"], "SELECT metric, value, unit, stated_value, stated_unit, page FROM metrics")
    metrics = {metric: (value, unit, stated, stated_unit) for metric, value, unit, stated, stated_unit, _ in rows}
    assert metrics["self_evaluated_projects"][:2] == (2007, "个")
    assert metrics["monitored_projects"][:2] == (1688, "个")
    assert metrics["sampled_projects"][:2] == (200, "个")
    assert metrics["sampling_ratio"][:2] == (10, "%")
    assert metrics["sampled_amount"] == (Decimal("846000000"), "元", Decimal("8.46"), "亿元")
    assert metrics["sampled_departments"][:2] == (78, "个")
    assert metrics["key_evaluated_projects"][:2] == (12, "个")
    assert metrics["key_evaluated_amount"] == (Decimal("303000000"), "元", Decimal("3.03"), "亿元")
    assert metrics["key_evaluated_departments"][:2] == (12, "个")
    assert metrics["total_evaluated_projects"][:2] == (212, "个")
    assert metrics["total_evaluated_amount"] == (Decimal("1149000000"), "元", Decimal("11.49"), "亿元")
    assert metrics["department_overall_evaluations"][:2] == (1, "个")
    assert len(rows) == len(metrics)  # restated figures are stored once
    assert all(page in (2, 3, 4) for *_, page in rows)


def test_batches_and_grade_distribution(loaded: dict[str, Any]) -> None:
    batches = parquet(
        loaded["warehouse"],
        "SELECT batch_type, project_count, department_count, amount_yuan FROM evaluation_batches ORDER BY 1",
    )
    assert batches == [
        ("department_overall", 1, 1, None),  # a unit graded in passing: a batch of one (the corpus's conventions)
        ("key", 12, 12, Decimal("303000000.00")),
        ("sampling", 200, 78, Decimal("846000000.00")),
        ("self", 2007, None, None),
    ]
    grades = parquet(
        loaded["warehouse"],
        "SELECT batch_type, grade, grade_raw, count, share_pct FROM grade_counts ORDER BY count DESC",
    )
    assert grades == [
        ("sampling", "良", "良", 124, Decimal("62")),
        ("sampling", "优", "优", 68, Decimal("34")),
        ("sampling", "中", "中", 7, Decimal("3.5")),
        ("sampling", "差", "差", 1, Decimal("0.5")),
    ]


def test_key_projects_and_unit_evaluation(loaded: dict[str, Any]) -> None:
    projects = parquet(
        loaded["warehouse"],
        "SELECT seq, project_name, department_raw, grade, grade_raw, department, batch_type, page, source_text "
        "FROM project_evaluations ORDER BY seq",
    )
    assert [row[:4] for row in projects] == EXPECTED_KEY_PROJECTS
    assert all(row[4] == row[3] and row[6] == "key" for row in projects)
    assert [row[5] for row in projects][:6] == [
        "市市场监督管理局",
        "市商务局",
        "市综合行政执法局",
        "市委组织部",
        "市农业农村局",
        "市发展和改革委员会",
    ]
    assert all(row[1] in row[8] for row in projects)  # provenance: the source text holds the name
    units = parquet(
        loaded["warehouse"], "SELECT unit_name, parent_department, grade, grade_raw, page FROM unit_evaluations"
    )
    assert units == [("市文物保护管理所", "市文化广电旅游局", "优", "优", 3)]


def test_every_check_passes(loaded: dict[str, Any]) -> None:
    checks = parquet(loaded["warehouse"], "SELECT check_name, passed FROM checks")
    assert len(checks) >= 10
    assert [name for name, passed in checks if not passed] == []


def test_ingesting_again_changes_no_row_count(loaded: dict[str, Any]) -> None:
    root = loaded["warehouse"]
    before = {table: parquet(root, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}
    assert main(["ingest", str(loaded["folder"] / "huzhou_2023_report.pdf"), "--warehouse", str(root)]) == 0
    after = {table: parquet(root, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}
    assert before == after


def test_show_and_sql_commands(loaded: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    root = str(loaded["warehouse"])
    assert main(["show", "--warehouse", root]) == 0
    shown = capsys.readouterr().out
    for expected in (
        "2023年度湖州市本级预算绩效管理情况",
        "湖州市发展和改革委员会",
        "8.46亿元",
        "市文物保护管理所",
        "Checks: 20 passed, 0 failed",
    ):
        assert expected in shown
    assert (
        main(
            [
                "sql",
                "SELECT grade, count(*) AS n FROM project_evaluations GROUP BY 1 ORDER BY 1",
                "--format",
                "json",
                "--warehouse",
                root,
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out) == [
        {"grade": "优", "n": 5},
        {"grade": "良", "n": 7},
    ]
    assert main(["sql", "SELECT * FROM no_such_table", "--warehouse", root]) == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert main(["ingest", str(tmp_path / "missing.pdf"), "--warehouse", str(tmp_path)]) == 2
    # No document, folder, manifest or --site: a usage error, in one sentence.
    assert main(["ingest", "--warehouse", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as raised:
        main(["ingest", "--site"])  # --site without its URL
    assert raised.value.code == 2


def test_run_summary_artifact(loaded: dict[str, Any]) -> None:
    from prefect.artifacts import Artifact

    artifact = Artifact.get("ingest-summary")
    assert artifact is not None
    rows = json.loads(artifact.data) if isinstance(artifact.data, str) else artifact.data
    # The fixture's run, the last one through the flow (re-ingesting with no server configured runs no flow).
    assert {row["document"]: row["error_code"] for row in rows} == {
        "huzhou_2023_report.pdf": "",
        "huzhou_copy.pdf": "",
        "not_a_pdf.pdf": "no_article",
        "truncated.pdf": "truncated_pdf",
    }
    sample = next(row for row in rows if row["document"] == "huzhou_2023_report.pdf")
    assert sample["loaded"] is True and sample["status"] == "ok" and sample["projects"] == 12
    copy = next(row for row in rows if row["document"] == "huzhou_copy.pdf")
    assert copy["status"] == "same_as" and copy["same_as"].endswith("huzhou_2023_report.pdf"), copy
    assert copy["projects"] == 0 and copy["report_id"] == sample["report_id"]
    assert artifact.description.startswith(
        "4 documents: 1 loaded, 1 the same as another name in this batch (read once), 0 skipped (already loaded by "
        "this parser version), 2 failed"
    ), artifact.description


def test_io_errors_are_retried_and_other_failures_are_not(
    prefect_harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import jixiao.flows.ingest

    import jixiao.ingest.batch
    from jixiao.ingest.pipeline import prepare_document

    calls: list[str] = []

    def flaky(path: Path, *args: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        calls.append(path.name)
        if path.name == "flaky.pdf" and calls.count("flaky.pdf") == 1:
            raise OSError("network share went away")
        if path.name == "buggy.pdf":
            raise RuntimeError("a bug, not I/O")
        return prepare_document(path, *args, **kwargs)

    monkeypatch.setattr(jixiao.ingest.batch, "prepare_document", flaky)
    for name in ("flaky.pdf", "buggy.pdf"):
        shutil.copy(SAMPLE_PDF, tmp_path / name)
    warehouse = tmp_path / "warehouse"
    with pytest.raises(
        jixiao.flows.ingest.DocumentsFailed, match=r"^1 of 2 documents failed: buggy.pdf \[internal_error\]$"
    ) as run:
        jixiao.flows.ingest.ingest([str(tmp_path / "flaky.pdf"), str(tmp_path / "buggy.pdf")], str(warehouse))
    outcomes = run.value.outcomes
    assert calls == ["flaky.pdf", "flaky.pdf", "buggy.pdf"]
    assert [(o.loaded, o.error_code) for o in outcomes] == [(True, None), (False, "internal_error")]
    errors = parquet(warehouse, "SELECT error_code, message FROM ingest_errors")
    assert errors == [("internal_error", "RuntimeError: a bug, not I/O")]


def test_a_read_that_fails_on_io_is_retried(prefect_harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import jixiao.flows.ingest

    import jixiao.ingest.runners
    from jixiao.ingest.pipeline import read_document

    calls: list[int] = []

    def flaky_read(*args: Any):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise OSError("no process to be had")
        return read_document(*args)

    monkeypatch.setattr(jixiao.ingest.runners, "read_document", flaky_read)
    outcomes = jixiao.flows.ingest.ingest([str(SAMPLE_PDF)], str(tmp_path / "warehouse"))
    assert len(calls) == 2
    assert [(o.loaded, o.status) for o in outcomes] == [(True, "ok")]


def test_prose_mentions_are_stored(loaded: dict[str, Any]) -> None:
    rows = parquet(loaded["warehouse"], "SELECT kind, name, canonical_name, page, sentence FROM mentions")
    departments = {(name, canonical) for kind, name, canonical, _, _ in rows if kind == "department"}
    assert {("环保局", "市生态环境局"), ("科技局", "市科学技术局"), ("教育局", "市教育局")} <= departments
    projects = [(name, page) for kind, name, _, page, _ in rows if kind == "project"]
    assert projects == [
        ("村集体经济三年强村计划", 1),
        ("市电子商务专项资金", 1),
        ("养老服务体系建设", 1),
        ("既有住宅加装电梯", 1),
    ]
    assert all("环保局" in sentence for kind, name, _, _, sentence in rows if name == "环保局")
