"""URL manifests against a real HTTP server on loopback, started and stopped by its process id."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from flows import download
from flows.cli import main
from tests.conftest import ROOT, SAMPLE_PDF
from tests.test_ingest_end_to_end import parquet


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("http")
    port_file = folder / "port"
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "helpers" / "http_server.py"), str(port_file), str(SAMPLE_PDF)]
    )
    deadline = time.monotonic() + 20
    while not port_file.exists() or not port_file.read_text():
        assert time.monotonic() < deadline and process.poll() is None, "the test HTTP server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port_file.read_text()}"
    os.kill(process.pid, signal.SIGTERM)
    process.wait(timeout=10)


def test_manifest_of_urls(prefect_harness, server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(download, "TIMEOUT_SECONDS", 2.0)
    monkeypatch.setattr(download, "BACKOFF_SECONDS", 0.05)
    manifest = tmp_path / "reports.csv"
    manifest.write_text(
        "url,region,year\n"
        + "\n".join(f"{server}/{name}.pdf,," for name in ("report", "missing", "broken", "slow", "html", "huge"))
        + "\n",
        encoding="utf-8",
    )
    root = tmp_path / "warehouse"
    assert main(["ingest", str(manifest), "--warehouse", str(root), "--max-mb", "10"]) == 1
    errors = {
        url.rsplit("/", 1)[1]: code for url, code in parquet(root, "SELECT source_path, error_code FROM ingest_errors")
    }
    assert errors == {
        "missing.pdf": "http_error",
        "broken.pdf": "http_error",
        "slow.pdf": "download_timeout",
        "html.pdf": "not_a_pdf",
        "huge.pdf": "file_too_large",
    }
    [(source, title)] = parquet(root, "SELECT source_path, title FROM reports")
    assert source == f"{server}/report.pdf" and title == "2023年度湖州市本级预算绩效管理情况"
    assert len(list((root / "raw").glob("*.pdf"))) == 2  # the report and the HTML page, kept as they came
    hits = json.loads(httpx.get(f"{server}/stats").text)
    assert hits["/broken.pdf"] == 1 + download.RETRIES  # 5xx is retried with backoff
    assert hits["/missing.pdf"] == 1  # 404 is final
    # A second run asks conditionally and the unchanged report is neither fetched again nor re-parsed.
    assert main(["ingest", str(manifest), "--warehouse", str(root), "--max-mb", "10"]) == 1
    state = json.loads((root / "_sources" / "http_state.json").read_text(encoding="utf-8"))
    assert state[f"{server}/report.pdf"]["etag"] == '"sample-v1"'
    assert parquet(root, "SELECT count(*) FROM reports") == [(1,)]


def test_yaml_manifest_and_hints(tmp_path: Path) -> None:
    manifest = tmp_path / "reports.yaml"
    manifest.write_text("- url: https://example.invalid/a.pdf\n  region: 青山市本级\n  year: 2023\n", encoding="utf-8")
    [entry] = download.read_manifest(manifest)
    assert (entry.url, entry.region, entry.fiscal_year) == ("https://example.invalid/a.pdf", "青山市本级", 2023)
    bad = tmp_path / "bad.csv"
    bad.write_text("url\nftp://example.invalid/a.pdf\n", encoding="utf-8")
    with pytest.raises(download.ManifestError):
        download.read_manifest(bad)
