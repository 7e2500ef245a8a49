"""`jixiao browse` in a real headless browser (Debian's Chromium driven by Playwright through its executable path;
Playwright's own browser builds are never downloaded): the app is started as `jixiao browse` on a free port over a
warehouse ingested from samples/ and two SYNTHETIC hostile reports (tests/fixtures/browse, made by
tools/make_browse_fixtures.py), and stopped by its process id.

At 1280 and 390 px: search, a project's history, a source page with its highlighted sentence, a region page with its
charts, a ranking. Every page: no horizontal overflow, Chinese drawn with a CJK font (the font Chromium used for the
heading's glyphs, asked through the DevTools protocol), hostile names shown as text and never run (no dialog, no
injected element, the title untouched), and no request to anywhere but the app on 127.0.0.1.

Screenshots go to the test's tmp dir, and to $JIXIAO_SHOTS when set (the closing note's pictures).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import httpx
import pytest

from tests.conftest import ROOT
from tests.helpers.processes import free_port, stop

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
JIXIAO = str(Path(sys.executable).with_name("jixiao"))
FIXTURES = ROOT / "tests" / "fixtures" / "browse"
WIDTHS = (1280, 390)
CJK_FONTS = ("Noto Sans CJK", "Noto Serif CJK", "WenQuanYi", "AR PL", "Source Han", "Droid Sans Fallback")
SCRIPT_NAME = "农田水利<script>document.title='pwned'</script>改造"
IMG_DEPARTMENT = "县\"'><imgsrc=xonerror=alert(4)>住建局"  # as the parser keeps it (spaces inside names dropped)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make browser)"),
]


def _squashed(text: str) -> str:
    return "".join(text.split())


def _files(root: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns) for path in root.rglob("*")}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browse") / "warehouse"
    done = subprocess.run(
        [JIXIAO, "ingest", str(ROOT / "samples"), str(FIXTURES), "--warehouse", str(root), "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "7 loaded" in done.stdout, done.stdout
    return root


@pytest.fixture(scope="module")
def server(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = tmp_path_factory.mktemp("browse-log") / "browse.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [JIXIAO, "browse", "--port", str(port), "--warehouse", str(warehouse)], stdout=output, stderr=output
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(base + "/", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "jixiao browse did not answer within 90 s"
            time.sleep(0.3)
        # The Vega bundle is built (or read from its cache) in the background; wait for it before timing pages.
        assert httpx.get(base + "/static/vega.js", timeout=120).status_code == 200
        yield base
    finally:
        stop(process)


class Visit:
    """One browser context at one width: every request and every dialog recorded."""

    def __init__(self, browser: Any, width: int, base: str, shots: Path) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
        self.page = self.context.new_page()
        self.width = width
        self.base = base
        self.shots = shots
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.checked: list[tuple[str, int, str]] = []  # (page kind, scrollWidth, the heading's font)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", self._dialog)
        self.cdp = self.context.new_cdp_session(self.page)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str) -> None:
        response = self.page.goto(self.base + path, wait_until="networkidle")
        assert response is not None and response.status == 200, (path, response and response.status)

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}-{self.width}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def check_page(self) -> None:
        """No horizontal overflow, CJK glyphs from a CJK font, nothing hostile run."""
        widths = self.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{self.page.url}: the page is {widths[0]} px wide in a {widths[1]} px window"
        fonts = self.heading_fonts()
        assert any(font.startswith(CJK_FONTS) for font in fonts), (self.page.url, fonts)
        self.checked.append((urlparse(self.page.url).path.split("/")[1] or "home", widths[0], fonts[0]))
        assert self.dialogs == [], self.dialogs
        assert self.page.title() != "pwned"
        assert self.page.evaluate("document.querySelectorAll('img[src=\"x\"], b[onmouseover]').length") == 0

    def heading_fonts(self) -> list[str]:
        """The fonts Chromium drew the <h1>'s glyphs with (CSS.getPlatformFontsForNode): a CJK heading drawn
        with a Latin font would be tofu."""
        self.cdp.send("DOM.enable")
        self.cdp.send("CSS.enable")
        document = self.cdp.send("DOM.getDocument", {"depth": -1})
        heading = self.cdp.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": "h1"})
        fonts = self.cdp.send("CSS.getPlatformFontsForNode", {"nodeId": heading["nodeId"]})["fonts"]
        return [font["familyName"] for font in fonts if font["glyphCount"] > 0]

    def leaving(self) -> list[str]:
        """Requests to anywhere but the app (data: URLs stay in the page)."""
        app = urlparse(self.base)
        return [
            url
            for url in self.requests
            if not url.startswith("data:") and (urlparse(url).hostname, urlparse(url).port) != (app.hostname, app.port)
        ]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_browse_search_history_source_region(
    server: str, browser: Any, width: int, tmp_path: Path, warehouse: Path
) -> None:
    before = _files(warehouse)
    visit = Visit(browser, width, server, tmp_path)
    page = visit.page
    try:
        # Search: a department across years, from the search box.
        visit.open("/")
        page.fill("input[name=q]", "水利")
        with page.expect_navigation(wait_until="networkidle"):
            page.press("input[name=q]", "Enter")
        assert "/search?q=" in page.url
        departments = page.locator("section", has_text="部门").locator("ul.results li")
        assert "市水利局" in departments.all_inner_texts()[-1] or any(
            "市水利局" in text for text in departments.all_inner_texts()
        )
        assert "2021–2023年" in page.inner_text("main")
        visit.check_page()
        visit.shot("search")

        # A project's history, reached by search: three years under three printed names, each with its source.
        visit.open("/search?q=" + quote("饮用水"))
        with page.expect_navigation(wait_until="networkidle"):
            page.click("ul.results a:has-text('农村饮用水达标提标工程')")
        assert "/project/" in page.url
        rows = page.locator("table.history tbody tr")
        assert rows.count() == 3
        years = [rows.nth(index).locator("td").first.inner_text() for index in range(3)]
        assert years == ["2021年", "2022年", "2023年"]
        assert [rows.nth(index).locator("td.grade").inner_text() for index in range(3)] == ["良", "良", "优"]
        visit.check_page()
        visit.shot("project")

        # One click from the figure to its page: the sentence's lines highlighted on the rendered PDF page.
        with page.expect_navigation(wait_until="networkidle"):
            rows.nth(0).locator("a.src").click()
        assert "/source/" in page.url
        method = page.locator("p.method")
        assert method.get_attribute("data-method") == "exact"
        assert method.get_attribute("data-boxes") == "3"  # 项目1：…, 主管部门：…, 评价结果：良。
        image = page.locator(".pdfpage img")
        assert page.evaluate("(img) => img.complete && img.naturalWidth > 1000", image.element_handle())
        frame = page.locator(".pdfpage").bounding_box()
        boxes = [page.locator(".pdfpage .hl").nth(index).bounding_box() for index in range(3)]
        for box in boxes:
            assert box is not None and frame is not None
            assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"] + 1
            assert frame["y"] <= box["y"] and box["y"] + box["height"] <= frame["y"] + frame["height"] + 1
            assert box["height"] > 3
        # (the three lines stacked in order, the way the sentence reads)
        assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]  # type: ignore[index]
        visit.check_page()
        visit.shot("source")

        # A region's page: its charts drawn (SVG) from the Vega bundle the app serves.
        visit.open("/region/" + quote("青山市本级"))
        page.wait_for_selector(".chart svg", timeout=60_000)
        assert page.locator(".chart svg").count() >= 5
        assert page.locator("a.src").count() >= 20  # every figure of the tables links to its source
        visit.check_page()
        visit.shot("region")
        # A chart's point is one click from its page too.
        point = page.locator(".chart g.mark-symbol.role-mark path").first  # (a data point, not a legend symbol)
        point.scroll_into_view_if_needed()
        box = point.bounding_box()
        assert box is not None
        with page.expect_navigation(wait_until="networkidle"):
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        assert "/source/" in page.url
        assert page.locator("p.method").get_attribute("data-method") == "exact"
        assert int(page.locator("p.method").get_attribute("data-boxes") or 0) >= 1

        # A ranking across regions with its chart.
        visit.open("/rank?figure=" + quote("sampling_share_优") + "&year=2023")
        page.wait_for_selector(".chart svg", timeout=60_000)
        ranked = page.locator("main table tbody tr")
        assert [ranked.nth(i).locator("td").nth(2).inner_text() for i in range(3)] == [
            "湖州市本级",
            "白沙县本级",
            "青山市本级",
        ]
        visit.check_page()
        visit.shot("rank")

        # Hostile names: shown as the text they are, never run, on search, region, project and source pages.
        visit.open("/search?q=" + quote("script"))
        assert SCRIPT_NAME in page.inner_text("main")
        visit.check_page()
        visit.shot("hostile-search")
        with page.expect_navigation(wait_until="networkidle"):
            page.click("ul.results a")
        assert SCRIPT_NAME in page.inner_text("h1")
        visit.check_page()
        with page.expect_navigation(wait_until="networkidle"):
            page.locator("a.src").first.click()
        # (the sentence as the PDF's text layer spaces it: `<scri pt >`)
        assert _squashed(SCRIPT_NAME) in _squashed(page.inner_text("blockquote.sentence"))
        assert page.locator("p.method").get_attribute("data-method") == "exact"
        visit.check_page()
        visit.open("/region/" + quote("白沙县本级"))
        page.wait_for_selector(".chart svg", timeout=60_000)
        assert IMG_DEPARTMENT in page.inner_text("main")
        visit.check_page()
        visit.shot("hostile-region")
        # The web page's source: its paragraph marked.
        visit.open("/search?q=" + quote("onmouseover"))
        with page.expect_navigation(wait_until="networkidle"):
            page.click("ul.results a")
        with page.expect_navigation(wait_until="networkidle"):
            page.locator("a.src").first.click()
        assert page.locator("p.method").get_attribute("data-method") == "exact"
        assert "乡村道路养护<b onmouseover=alert(3)>专项" in page.inner_text("mark.hl")
        visit.check_page()
        visit.shot("web-source")

        assert visit.leaving() == [], visit.leaving()
        assert len(visit.requests) > 20
        print(
            f"\n{width} px: {len(visit.checked)} pages checked, widest {max(w for _, w, _ in visit.checked)} px; "
            f"heading fonts {sorted({font for _, _, font in visit.checked})}; {len(visit.requests)} requests, "
            f"{len(visit.leaving())} off the app; {len(visit.dialogs)} dialogs"
        )
    finally:
        visit.context.close()
    assert _files(warehouse) == before, "browsing changed the warehouse's files"
    _publish(tmp_path, width)


def _publish(shots: Path, width: int) -> None:
    """Copy the screenshots where the closing note picks them up (only when asked: $JIXIAO_SHOTS)."""
    target = os.environ.get("JIXIAO_SHOTS")
    if not target:
        return
    Path(target).mkdir(parents=True, exist_ok=True)
    for shot in shots.glob(f"*-{width}.png"):
        shutil.copy(shot, Path(target) / shot.name)


def test_an_ingest_runs_while_browse_serves(server: str, warehouse: Path, tmp_path: Path) -> None:
    """Browse takes no lock: an ingest beside it loads, and the next page shows what it loaded."""
    before = httpx.get(server + "/search", params={"q": "白沙"}, timeout=60)
    assert before.status_code == 200
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(ROOT / "samples" / "synthetic_qingshan_2021.pdf", extra / "again.pdf")
    done = subprocess.run(
        [JIXIAO, "ingest", str(extra), "--force", "--warehouse", str(warehouse), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "1 loaded" in done.stdout
    after = httpx.get(server + "/region/" + quote("青山市本级"), timeout=60)
    assert after.status_code == 200 and "2021年" in after.text


def test_unknown_pages_and_bad_input_are_plain_404s(server: str) -> None:
    for path in ("/project/nope", "/department/nope", "/region/" + quote("无此地区"), "/source/nope", "/zzz"):
        response = httpx.get(server + path, timeout=60)
        assert response.status_code == 404, path
        assert "Content-Security-Policy" in response.headers
    assert httpx.get(server + "/page/nope/1.png", timeout=60).status_code == 404
    assert httpx.get(server + "/rank", params={"figure": "nope"}, timeout=60).status_code == 400
    # A query that is LIKE syntax is taken literally.
    assert "无</p>" in httpx.get(server + "/search", params={"q": "%_"}, timeout=60).text
