"""A bureau column as a source, against a real site on loopback (tests/helpers/bureau_site.py, SYNTHETIC) and a real
Prefect server: `jixiao serve --site URL` registers the deployment; its first run follows the pagination, opens
the genre's articles and their attachments in every format (HTML with a merged-cell table, .docx, .doc, .wps,
.xlsx, .xls, .et, a .png scan), stays on the host, obeys robots.txt, follows a same-host redirect, records the
broken link and the slow page, and loads a page and its attachment that carry one report once, with both
sources; after the site publishes one more article, the second run asks conditionally, fetches only the new
article and its attachment, and loads that report and nothing else. Server processes are stopped by pid."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from jixiao.warehouse import connect

from tests.conftest import ROOT
from tests.helpers.bureau_site import COLUMN, build
from tests.helpers.processes import stop
from tests.test_schedule import _api, _get, _wait, prefect_server  # noqa: F401 (the module's server fixture)

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("bureau-site")
    attached = build(root, 1)
    port_file = root.parent / f"{root.name}.port"
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "helpers" / "bureau_site.py"), str(root),
                                str(port_file)])  # fmt: skip
    try:
        _wait(lambda: port_file.exists() and port_file.read_text(), 20, "the bureau site")
        yield {"root": root, "url": f"http://127.0.0.1:{port_file.read_text()}", "attached": attached}
    finally:
        stop(process)


def _requests(site: dict[str, Any]) -> list[tuple[str, int]]:
    return [tuple(entry) for entry in httpx.get(site["url"] + "/_log", timeout=10).json()]  # type: ignore[misc]


def _rows(warehouse: Path, sql: str) -> list[tuple[Any, ...]]:
    return connect(warehouse).execute(sql).fetchall() if (warehouse / "reports").exists() else []


def _run(environment: dict[str, str], deployment: str, serving: subprocess.Popen[bytes], log: Path) -> str:
    run_id = str(_api(environment, f"/deployments/{deployment}/create_flow_run")["id"])

    def finished() -> Any:
        assert serving.poll() is None, log.read_text(errors="replace")
        state = _get(environment, f"/flow_runs/{run_id}")["state"]["type"]
        return state if state in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None

    state = _wait(finished, 600, "the flow run")
    assert state in {"COMPLETED", "FAILED"}, log.read_text(errors="replace")  # FAILED: the broken link's error
    return run_id


def test_a_scheduled_site_loads_every_format_then_only_what_is_new(
    prefect_server: dict[str, str],  # noqa: F811
    site: dict[str, Any],
    tmp_path: Path,
) -> None:
    warehouse = tmp_path / "warehouse"
    listing = f"{site['url']}{COLUMN}/index.html"
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        serving = subprocess.Popen(
            [str(BIN / "jixiao"), "serve", "--cron", "0 6 * * *", "--site", listing, "--delay", "0.05",
             "--fetch-timeout", "3", "--warehouse", str(warehouse), "--name", "bureau-column"],
            env=prefect_server, stdout=out, stderr=out,
        )  # fmt: skip
    try:
        [deployment] = _wait(
            lambda: _api(prefect_server, "/deployments/filter", {"deployments": {"name": {"any_": ["bureau-column"]}}}),
            120,
            "the deployment",
        )
        assert deployment["parameters"]["sites"][0]["url"] == listing

        # ---- the first run: everything the column publishes
        httpx.get(site["url"] + "/_log/reset", timeout=10)
        _run(prefect_server, deployment["id"], serving, log)
        first_requests = _requests(site)
        reports = dict(_rows(warehouse, "SELECT source_path, region FROM reports"))
        regions = set(reports.values())
        assert regions == {"青禾市", "云溪县", "白鹭区", "明湖县", "凤栖县", "碧水市", "松湖市", "桐川县"}, reports
        engines = dict(_rows(warehouse, "SELECT region, extraction_engines FROM reports"))
        assert engines["青禾市"] == "html"  # the page with the table (its .xlsx is the same report)
        assert engines["云溪县"] == "docx" and engines["白鹭区"] == "docx" and engines["凤栖县"] == "docx"
        assert engines["明湖县"] == "calamine" and engines["碧水市"] == "calamine"
        assert engines["松湖市"] == "rapidocr"
        projects = dict(_rows(warehouse, "SELECT region, count(*) FROM project_evaluations GROUP BY 1"))
        assert all(projects.get(region) == 3 for region in regions - {"松湖市"}), projects
        # One report, two sources: each article page and its attachment.
        sources = json.loads((warehouse / "_sources" / "report_sources.json").read_text(encoding="utf-8"))
        for article, attachment in site["attached"].items():
            pair = {site["url"] + article, site["url"] + attachment}
            assert any(set(listed) == pair for listed in sources.values()), (article, sources)
        errors = dict(_rows(warehouse, "SELECT source_path, error_code FROM ingest_errors"))
        assert errors == {
            f"{site['url']}{COLUMN}/art/gone.html": "http_error",
            f"{site['url']}{COLUMN}/slow.html": "download_timeout",
        }
        asked = {path for path, _ in first_requests}
        assert f"{COLUMN}/index_1.html" in asked and "/robots.txt" in asked  # the pagination, robots.txt
        assert "/private/result.html" not in asked  # disallowed by robots.txt
        assert f"{COLUMN}/art/news1.html" not in asked  # not of the genre
        assert ("/go/5", 302) in first_requests and (f"{COLUMN}/art/moved.html", 200) in first_requests

        # ---- the site publishes one more article (its first listing page changes)
        httpx.get(site["url"] + "/_log/reset", timeout=10)
        attached = build(site["root"], 2)
        new_article = next(article for article in attached if article not in site["attached"])
        second = _run(prefect_server, deployment["id"], serving, log)
        second_requests = _requests(site)
        after = dict(_rows(warehouse, "SELECT source_path, region FROM reports"))
        assert set(after) - set(reports) == {site["url"] + attached[new_article]}  # the new report, and only it
        assert set(after.values()) - regions == {"石桥县"}
        fetched = {path for path, status in second_requests if status == 200} - {f"{COLUMN}/slow.html"}
        assert fetched == {f"{COLUMN}/index.html", new_article, attached[new_article], "/robots.txt"}, fetched
        unchanged = {path for path, status in second_requests if status == 304}
        assert set(site["attached"]) <= unchanged  # every earlier article answered 304, its attachment not asked
        assert not set(site["attached"].values()) & {path for path, _ in second_requests}
        # The second run's crawl log: its `site-crawl` artifact (the same lines are in its log at INFO).
        [artifact] = _api(
            prefect_server,
            "/artifacts/filter",
            {"artifacts": {"key": {"any_": ["site-crawl"]}, "flow_run_id": {"any_": [second]}}},
        )
        messages = str(artifact["data"])
        (tmp_path / "second_run.log").write_text(messages, encoding="utf-8")
        print(messages)  # the second scheduled run's log (pytest -s shows it)
        assert "2 new or changed documents" in messages, messages
    finally:
        stop(serving)
        time.sleep(0.1)
