"""What each kind of process imports: every library a process loads stays in its memory for the whole run
(bench/results.md, target (e)), so the flow's process must not load the PDF engines, jieba or DuckDB, and a
worker must not load Prefect, pyarrow, pandas or DuckDB."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def _top_level_modules_after(statements: str) -> set[str]:
    script = f"import json, sys\n{statements}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, check=True, capture_output=True, text=True, timeout=300
    ).stdout
    return {name.split(".")[0] for name in json.loads(output.strip().splitlines()[-1])}


def test_the_flows_process_loads_no_pdf_engine_no_jieba_and_no_duckdb() -> None:
    modules = _top_level_modules_after("import jixiao.flows.ingest, jixiao.flows.cli, jixiao.ingest.identities")
    assert {"prefect", "pyarrow"} <= modules
    assert modules.isdisjoint({"pdfplumber", "pdfminer", "pypdfium2", "jieba", "marisa_trie", "duckdb"})


def test_a_worker_loads_no_prefect_no_arrow_and_no_duckdb() -> None:
    modules = _top_level_modules_after("import jixiao.ingest.reading\njixiao.ingest.reading.warm_up()")
    assert {"pdfplumber", "pypdfium2", "jieba", "marisa_trie"} <= modules
    assert modules.isdisjoint({"prefect", "pyarrow", "pandas", "duckdb"})


def test_querying_loads_duckdb_when_asked() -> None:
    modules = _top_level_modules_after("import jixiao.warehouse\njixiao.warehouse.connect")
    assert "duckdb" in modules


def test_an_ingest_without_a_configured_server_never_imports_prefect(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """No PREFECT_API_URL and no profile naming one: `jixiao ingest` runs the batch itself (no temporary server)."""
    statements = (
        "import os\n"
        f"os.environ['PREFECT_HOME'] = {str(tmp_path / 'prefect-home')!r}\n"
        "os.environ.pop('PREFECT_API_URL', None)\n"
        "from jixiao.flows.cli import main\n"
        f"assert main(['ingest', {str(ROOT / 'samples' / 'huzhou_2023_report.pdf')!r}, '--warehouse', "
        f"{str(tmp_path / 'warehouse')!r}]) == 0"
    )
    modules = _top_level_modules_after(statements)
    assert "prefect" not in modules
