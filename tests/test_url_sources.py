"""URL manifests against a real HTTP server on loopback, started and stopped by its process id."""

from __future__ import annotations

import contextlib
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
from jixiao.acquisition import download
from jixiao.flows.cli import main

from tests.conftest import ROOT, SAMPLE_PDF
from tests.test_ingest_end_to_end import parquet


@pytest.fixture(autouse=True)
def loopback_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server is on loopback, which a run refuses unless allowed (as `--allow-private-urls` does); the
    refusal itself is tested below with this setting removed."""
    monkeypatch.setenv(download.ALLOW_PRIVATE_ENV, "1")


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
        "html.pdf": "no_article",
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


def test_a_trickling_server_ends_at_the_downloads_deadline(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A byte every 0.5 s never trips the read timeout; the whole download's deadline ends it, and the good URL
    after it is still loaded (main at 4debc02: 150 s, retried, the good URL never loaded, nothing recorded)."""
    monkeypatch.setattr(download, "DEADLINE_SECONDS", 2.0)
    monkeypatch.setattr(download, "BACKOFF_SECONDS", 0.05)
    manifest = tmp_path / "reports.csv"
    manifest.write_text(f"url\n{server}/trickle.pdf\n{server}/report.pdf\n", encoding="utf-8")
    root = tmp_path / "warehouse"
    started = time.monotonic()
    assert main(["ingest", str(manifest), "--warehouse", str(root)]) == 1
    assert time.monotonic() - started < 30
    assert parquet(root, "SELECT error_code FROM ingest_errors") == [("download_timeout",)]
    assert parquet(root, "SELECT count(*) FROM reports") == [(1,)]


def test_permanent_download_errors_are_not_retried(server: str, tmp_path: Path) -> None:
    before = json.loads(httpx.get(f"{server}/stats").text)
    manifest = tmp_path / "reports.csv"
    manifest.write_text(f"url\n{server}/loop.pdf\n{server}/ftp.pdf\n", encoding="utf-8")
    root = tmp_path / "warehouse"
    assert main(["ingest", str(manifest), "--warehouse", str(root)]) == 1
    hits = json.loads(httpx.get(f"{server}/stats").text)
    assert hits["/loop.pdf"] - before.get("/loop.pdf", 0) <= 21  # one attempt: httpx follows 20 redirects, then stops
    assert hits["/ftp.pdf"] - before.get("/ftp.pdf", 0) == 1
    messages = dict(parquet(root, "SELECT error_code, message FROM ingest_errors ORDER BY message"))
    assert set(messages) == {"download_failed"}


BAD_MANIFESTS = {
    "object.yaml": "- !!python/object/apply:os.system ['echo owned']\n",
    "numbers.yaml": "- 1\n- 2\n",
    "no_url_column.csv": "link,region\nhttps://example.invalid/a.pdf,青山市\n",
    "not_a_url.csv": "url\n/etc/passwd\n",
    "strings.yaml": "- hello\n- world\n",
    # One entry without its `- `: a mapping, not a list (at 7c4eb75 read as an empty manifest, exit 0).
    "mapping.yaml": "url: https://example.invalid/a.pdf\nregion: 青山市本级\n",
    "reports_not_a_list.yaml": "reports: https://example.invalid/a.pdf\n",
}


@pytest.mark.parametrize("name", sorted(BAD_MANIFESTS))
def test_a_bad_manifest_alone_is_a_usage_error(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / name
    manifest.write_text(BAD_MANIFESTS[name], encoding="utf-8")
    assert main(["ingest", str(manifest), "--warehouse", str(tmp_path / "warehouse")]) == 2
    error = capsys.readouterr().err
    assert str(manifest) in error and ("line" in error or "entry" in error) and "Traceback" not in error


def test_a_bad_manifest_beside_other_sources_is_recorded_and_they_load(tmp_path: Path) -> None:
    manifest = tmp_path / "object.yaml"
    manifest.write_text(BAD_MANIFESTS["object.yaml"], encoding="utf-8")
    root = tmp_path / "warehouse"
    assert main(["ingest", str(manifest), str(SAMPLE_PDF), "--warehouse", str(root)]) == 1
    assert parquet(root, "SELECT error_code FROM ingest_errors") == [("bad_manifest",)]
    assert parquet(root, "SELECT count(*) FROM reports") == [(1,)]


def test_semicolon_separated_manifests_are_read() -> None:
    from jixiao.acquisition.download import ManifestEntry

    path = ROOT / "tests" / "fixtures" / "semicolon_manifest.csv"
    assert download.read_manifest(path) == [ManifestEntry("https://example.invalid/a.pdf", "青山市本级", 2023)]


def test_a_long_manifest_loads_documents_as_they_arrive_and_saves_its_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row 1 is a good report, then 25 dead links: the report is loaded long before the last link is tried, and
    the HTTP state is on disk while the manifest is still being fetched."""
    from jixiao.acquisition.download import Fetched
    from jixiao.warehouse import Warehouse

    from jixiao.ingest import batch
    from jixiao.ingest.pipeline import Limits

    monkeypatch.setattr(batch, "STATE_SAVE_SECONDS", 0.0)
    manifest = tmp_path / "reports.csv"
    manifest.write_text("url\n" + "".join(f"https://example.invalid/{n}.pdf\n" for n in range(26)), encoding="utf-8")
    root = tmp_path / "warehouse"
    fetched: list[str] = []
    state_seen: list[int] = []

    def fetch_url(entry, warehouse, state, max_bytes):  # type: ignore[no-untyped-def]
        fetched.append(entry.url)
        state[entry.url] = {"etag": "", "last_modified": "", "sha256": ""}
        saved = Warehouse(warehouse).read_json("_sources/http_state.json") or {}
        state_seen.append(len(saved))
        if entry.url.endswith("/0.pdf"):
            return Fetched(entry.url, SAMPLE_PDF.read_bytes(), None)
        time.sleep(0.3)
        return Fetched(entry.url, None, None, error_code="http_error", message="HTTP 404")

    loaded_after: list[int] = []
    outcomes = batch.run_batch(
        [str(manifest)],
        str(root),
        Limits(),
        fetch_url=fetch_url,
        on_outcome=lambda outcome: loaded_after.append(len(fetched)) if outcome.loaded else None,
    )
    assert [outcome.loaded for outcome in outcomes].count(True) == 1
    assert loaded_after and loaded_after[0] < 26  # loaded while the dead links were still being tried
    assert max(state_seen) > 0  # the state was saved before the manifest ended


def test_retry_fetches_failed_urls_again(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(download, "BACKOFF_SECONDS", 0.01)
    manifest = tmp_path / "reports.csv"
    manifest.write_text(f"url\n{server}/broken.pdf\n", encoding="utf-8")
    root = tmp_path / "warehouse"
    assert main(["ingest", str(manifest), "--warehouse", str(root)]) == 1
    before = json.loads(httpx.get(f"{server}/stats").text)["/broken.pdf"]
    assert main(["retry", "--warehouse", str(root)]) == 1  # still broken, but asked again
    assert json.loads(httpx.get(f"{server}/stats").text)["/broken.pdf"] == before + 1 + download.RETRIES
    assert parquet(root, "SELECT source_path FROM ingest_errors") == [(f"{server}/broken.pdf",)]


# -- bounds (issue 23: each worked on main at 0ba6f84) ----------------------------------------------------------------


def _peak_rss_of_run(command: list[str], environment: dict[str, str]) -> tuple[int, int]:
    """(exit code, peak resident MB of the process tree) of a CLI run, sampled every 20 ms."""
    import psutil

    run = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root, peak = psutil.Process(run.pid), 0
    while run.poll() is None:
        with contextlib.suppress(psutil.Error):
            peak = max(peak, sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]))
        time.sleep(0.02)
    return run.returncode, peak >> 20


def test_stacked_content_encodings_are_capped_as_they_decode(server: str, tmp_path: Path) -> None:
    """Finding: `Content-Encoding: gzip, gzip` over 1 GiB took the main process to 2.2 GB against a 200 MB cap
    (each chunk was inflated whole before the cap was checked). Here: refused as file_too_large, the good URL
    after it loads, and the run stays far below the size it would inflate to."""
    manifest = tmp_path / "reports.csv"
    manifest.write_text(f"url\n{server}/gzip2.pdf\n{server}/report.pdf\n", encoding="utf-8")
    root = tmp_path / "warehouse"
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    jixiao = str(Path(sys.executable).parent / "jixiao")
    code, peak = _peak_rss_of_run([jixiao, "ingest", str(manifest), "--warehouse", str(root)], environment)
    assert code == 1
    assert parquet(root, "SELECT error_code FROM ingest_errors") == [("file_too_large",)]
    assert parquet(root, "SELECT count(*) FROM reports") == [(1,)]
    print(f"peak RSS of the run: {peak} MB")
    assert peak < 800, peak  # (the run's own imports and one document's read: ≈ 400 MB; 1 GiB decoded would show)


def test_a_server_trickling_its_headers_ends_at_the_deadline(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding: a server that trickles its headers was never cut off (still running at 480 s)."""
    monkeypatch.setattr(download, "DEADLINE_SECONDS", 2.0)
    manifest = tmp_path / "reports.csv"
    manifest.write_text(f"url\n{server}/trickle-headers.pdf\n{server}/report.pdf\n", encoding="utf-8")
    root = tmp_path / "warehouse"
    started = time.monotonic()
    assert main(["ingest", str(manifest), "--warehouse", str(root)]) == 1
    assert time.monotonic() - started < 60
    assert parquet(root, "SELECT error_code FROM ingest_errors") == [("download_timeout",)]
    assert parquet(root, "SELECT count(*) FROM reports") == [(1,)]


def test_private_addresses_are_refused_unless_allowed(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding: a URL redirecting to 127.0.0.1 was followed and saved. Every request, redirects included, goes to
    public addresses only unless `--allow-private-urls`. (The test server's own 127.0.0.1 stands for a public
    server here; its redirect goes to 127.0.0.2.)"""
    monkeypatch.delenv(download.ALLOW_PRIVATE_ENV)
    manifest = tmp_path / "reports.csv"
    manifest.write_text(f"url\n{server}/report.pdf\n", encoding="utf-8")
    root = tmp_path / "warehouse"
    assert main(["ingest", str(manifest), str(SAMPLES_2021), "--warehouse", str(root)]) == 1
    assert parquet(root, "SELECT error_code FROM ingest_errors") == [("private_address",)]
    assert parquet(root, "SELECT count(*) FROM reports") == [(1,)]  # the file beside it loaded
    assert main(["ingest", str(manifest), "--warehouse", str(root), "--allow-private-urls"]) == 0
    assert parquet(root, "SELECT count(*) FROM reports") == [(2,)]
    assert download.ALLOW_PRIVATE_ENV not in os.environ  # allowed for that command only

    real = download.refuse_private
    monkeypatch.setattr(download, "refuse_private", lambda host: None if host == "127.0.0.1" else real(host))
    redirecting = tmp_path / "redirecting.csv"
    redirecting.write_text(f"url\n{server}/to-loopback.pdf\n", encoding="utf-8")
    assert main(["ingest", str(redirecting), "--warehouse", str(root)]) == 1
    errors = dict(parquet(root, "SELECT source_path, error_code FROM ingest_errors"))
    assert errors[f"{server}/to-loopback.pdf"] == "private_address"


SAMPLES_2021 = ROOT / "samples" / "synthetic_qingshan_2021.pdf"
LAUGHS = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n" for n in range(8)
)


@pytest.mark.parametrize(
    "name, text",
    [
        ("laughs.yaml", LAUGHS + "reports: [*i]\n"),  # 391 bytes that expand to 9^9 strings
        ("long_url.csv", "url\nhttps://example.invalid/" + "a" * 131_072 + ".pdf\n"),
    ],
)
def test_hostile_manifests_are_a_bad_manifest_row_and_the_rest_loads(
    name: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Findings: a 391-byte YAML "billion laughs" passed 2.5 GB and a 131,072-character URL exited 3; in both the
    good PDF beside them was not loaded."""
    manifest = tmp_path / name
    manifest.write_text(text, encoding="utf-8")
    root = tmp_path / "warehouse"
    started = time.monotonic()
    assert main(["ingest", str(manifest), str(SAMPLES_2021), "--warehouse", str(root)]) == 1
    assert time.monotonic() - started < 120
    assert parquet(root, "SELECT error_code FROM ingest_errors") == [("bad_manifest",)]
    assert parquet(root, "SELECT count(*) FROM reports") == [(1,)]
    assert main(["ingest", str(manifest), "--warehouse", str(tmp_path / "alone")]) == 2  # alone: a usage error
    error = capsys.readouterr().err
    assert str(manifest) in error and len(error) < 2000


def test_an_oversized_manifest_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(download, "MAX_MANIFEST_BYTES", 1000)
    manifest = tmp_path / "reports.csv"
    manifest.write_text("url\n" + "https://example.invalid/a.pdf\n" * 100, encoding="utf-8")
    with pytest.raises(download.ManifestError, match="more than a manifest's limit"):
        download.read_manifest(manifest)
