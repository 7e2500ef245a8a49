"""A warehouse on object storage: `--warehouse s3://bucket/prefix` against a real S3 endpoint on loopback (moto's
server, started here and stopped by its pid). Loads, the landing zone, incremental skips, SQL and plain-DuckDB
reads go through delta-rs's object store and fsspec (s3fs) exactly as they would against a cloud bucket."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from jixiao.flows.cli import main

from tests.conftest import SAMPLE_PDF
from tests.helpers.processes import free_port, stop

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = open(tmp_path_factory.mktemp("moto") / "moto.log", "wb")  # noqa: SIM115 (closed after the process)
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=log
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None and time.monotonic() < deadline, "the S3 endpoint did not start"
            try:
                httpx.get(endpoint, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        yield endpoint
    finally:
        stop(server)
        log.close()


@pytest.fixture
def bucket(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> str:
    import s3fs

    for name, value in {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": s3_endpoint,
    }.items():
        monkeypatch.setenv(name, value)
    s3fs.S3FileSystem.clear_instance_cache()
    name = f"reports-warehouse-{uuid.uuid4().hex[:8]}"  # one bucket per test: the endpoint serves the module
    s3fs.S3FileSystem().mkdir(name)
    return f"s3://{name}/jixiao"


def test_ingest_query_and_skip_on_object_storage(
    prefect_harness, bucket: str, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    import pyarrow as pa
    import s3fs

    table_fixture = CORPUS / "synthetic_02_table_wan_ttf.pdf"
    assert main(["ingest", str(SAMPLE_PDF), str(table_fixture), "--warehouse", bucket, "--workers", "2"]) == 0
    capsys.readouterr()
    assert main(["sql", "SELECT count(*) AS n FROM project_evaluations", "--warehouse", bucket, "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "36"]  # 12 key projects of the sample + 24 table rows

    # Nothing lives locally: the tables (their Delta logs) and the landing zone are in the bucket, and no writer
    # left anything unpublished.
    files = s3fs.S3FileSystem().find(bucket.removeprefix("s3://"))
    assert sum(1 for name in files if "/raw/" in name) == 2
    assert not [name for name in files if name.endswith("/_writing")]
    assert any("/project_evaluations/_delta_log/" in name for name in files)
    assert any("/project_evaluations/fiscal_year=2023/" in name for name in files)

    # delta-rs alone over the same objects (what Spark, Trino or Polars would read), with no view of ours.
    from deltalake import DeltaTable, QueryBuilder
    from jixiao.warehouse.storage import storage_for

    table = DeltaTable(f"{bucket}/project_evaluations", storage_options=storage_for(bucket).delta_options())
    counted = pa.table(QueryBuilder().register("t", table).execute("SELECT count(*) AS n FROM t").read_all())
    assert counted.column("n").to_pylist() == [36]

    # Incremental: a second run skips both, and `show` reads the bucket.
    assert main(["ingest", str(SAMPLE_PDF), str(table_fixture), "--warehouse", bucket]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()[:2]] == ["skipped", "skipped"]
    assert main(["show", "--warehouse", bucket]) == 0
    assert "湖州市本级" in capsys.readouterr().out


def test_reparse_reads_the_landing_copy_from_the_bucket(prefect_harness, bucket: str, sample_report) -> None:  # type: ignore[no-untyped-def]
    import copy
    import hashlib
    import tempfile

    from jixiao.parsers import PARSER_VERSION
    from jixiao.warehouse import DocumentInfo, Warehouse, connect

    data = SAMPLE_PDF.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    warehouse = Warehouse(bucket)
    warehouse.keep_original(sha, data)
    old = copy.deepcopy(sample_report)
    old.parser_version = "0.0.1"
    warehouse.load_report(old, DocumentInfo(sha[:16], sha, "/gone/report.pdf", 5, "pdfplumber"))
    scratch_before = set(Path(tempfile.gettempdir()).glob("jixiao-raw-*"))
    assert main(["reparse", "--warehouse", bucket]) == 0
    rows = connect(bucket).execute("SELECT parser_version FROM reports WHERE report_id = ?", [sha[:16]]).fetchall()
    assert rows == [(PARSER_VERSION,)]
    # The copy fetched from the bucket was read from a temporary folder, and that folder is gone.
    assert set(Path(tempfile.gettempdir()).glob("jixiao-raw-*")) == scratch_before


def test_compaction_and_a_reload_out_of_a_part_in_a_bucket(bucket: str, sample_report) -> None:  # type: ignore[no-untyped-def]
    import copy
    import dataclasses

    import s3fs
    from jixiao.warehouse import DocumentInfo, Warehouse, connect, store

    warehouse = Warehouse(bucket)
    for number in range(store.COMPACT_MIN_FILES):
        parsed = copy.deepcopy(sample_report)
        parsed.report = dataclasses.replace(parsed.report, region=f"区域{number}")
        warehouse.load_report(parsed, DocumentInfo(f"{number:016x}", f"{number:016x}" * 4, f"{number}.pdf", 5, "x"))
    assert warehouse.compact() >= store.COMPACT_MIN_FILES
    [merged] = warehouse.table_files("project_evaluations")
    assert s3fs.S3FileSystem().exists(f"{bucket.removeprefix('s3://')}/{merged}")
    fewer = copy.deepcopy(sample_report)
    fewer.report = dataclasses.replace(fewer.report, region="区域3")
    fewer.projects = fewer.projects[:-1]
    warehouse.load_report(fewer, DocumentInfo(f"{3:016x}", f"{3:016x}" * 4, "3.pdf", 5, "x"))
    counts = connect(bucket).execute(
        "SELECT count(*), count(*) FILTER (report_id = '0000000000000003') FROM project_evaluations"
    )
    projects = len(sample_report.projects)
    assert counts.fetchall() == [(projects * (store.COMPACT_MIN_FILES - 1) + projects - 1, projects - 1)]
