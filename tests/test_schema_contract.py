"""Every table's columns are defined once, in warehouse/schemas.py: a column added there reaches the stored Delta
tables with the next write, the views, readers without jixiao and `check`, with no other change (old rows read as
null)."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pyarrow as pa
import pytest
from jixiao.flows.cli import main
from jixiao.parsers import ParsedReport
from jixiao.warehouse import DocumentInfo, Warehouse, connect, schemas

from jixiao.ingest.identities import rebuild_identities
from tests.helpers.delta import outside_query


def _document(number: int) -> DocumentInfo:
    sha = f"{number:016x}" * 4
    return DocumentInfo(sha[:16], sha, f"report-{number}.pdf", 5, "pdfplumber")


@pytest.mark.parametrize("table", ["metrics", "project_evaluations", "reports"])
def test_a_column_added_to_the_contract_flows_through_the_storage(
    tmp_path: Path, sample_report: ParsedReport, monkeypatch: pytest.MonkeyPatch, table: str
) -> None:
    warehouse = Warehouse(tmp_path)
    warehouse.load_report(sample_report, _document(1))
    # The contract grows a column (as the parsers' `rule` beside `source_text` did): only schemas.py changes.
    grown = schemas.ALL_TABLES[table].append(pa.field("reviewed_by", pa.string()))
    monkeypatch.setitem(schemas.ALL_TABLES, table, grown)
    if table in schemas.REPORT_TABLES:
        monkeypatch.setitem(schemas.REPORT_TABLES, table, grown)
    monkeypatch.setattr(
        schemas, {"metrics": "METRICS", "project_evaluations": "PROJECT_EVALUATIONS"}.get(table, "REPORTS"), grown
    )
    # Before any write the views already show it (null); the next load adds it to the stored table.
    assert connect(tmp_path).execute(f"SELECT count(reviewed_by) FROM {table}").fetchall() == [(0,)]
    other = copy.deepcopy(sample_report)
    other.report = dataclasses.replace(other.report, region="示例县")
    Warehouse(tmp_path).load_report(other, _document(2))
    assert "reviewed_by" in outside_query(tmp_path, table, "SELECT * FROM t").column_names
    columns = [column[0] for column in connect(tmp_path).execute(f"SELECT * FROM {table}").description]
    assert columns == grown.names
    Warehouse(tmp_path).compact()
    rebuild_identities(str(tmp_path))
    assert main(["check", "--warehouse", str(tmp_path)]) == 0
