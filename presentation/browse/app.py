"""`jixiao browse`: a local, read-only web app over the warehouse (Starlette, Jinja2 templates that escape every value).

Pages: search (regions, departments, projects across years), a region (its charts and tables, reused from
`jixiao compare`), a department's and a project's history, a ranking of one figure across regions and the regions
side by side (presentation/rank.py), and the source of every figure: the page of the kept original rendered by PDFium
with the sentence's lines highlighted, or the paragraphs of a web page or Word/Excel document the sentence is in.

Each request reads the newest published snapshot through warehouse.views.connect (no write, no lock: an ingest runs
beside it). Nothing is fetched from elsewhere: the Vega libraries are served from vl-convert's bundle, and a
Content-Security-Policy lets a page load from this server only.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from jixiao.parsers.lexicon.batches import BATCH_LABELS
from jixiao.presentation import rank as ranking
from jixiao.presentation.browse import queries
from jixiao.presentation.charts import GRADE_COLOURS, GRADE_TEXT_COLOURS
from jixiao.presentation.money import money_text
from jixiao.presentation.render import cell
from jixiao.warehouse.layout import raw_path
from jixiao.warehouse.storage import storage_for
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route

HERE = Path(__file__).parent
# Vega compiles its expressions with `new Function` (hence 'unsafe-eval'); styles set in attributes (the highlight
# boxes' positions) need 'unsafe-inline' for styles only. Every other source: this server.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
METHOD_NOTES = {
    "exact": "仓库为每条数据保存页码和原文句子，不保存坐标框：高亮的是本页中与原文句子逐字相符的文字行。",
    "partial": "仓库为每条数据保存页码和原文句子，不保存坐标框：本页文字与原文句子不完全一致，"
    "高亮的是其中连续相符（至少4个字）的部分。",
    "none": "本页文字中未找到原文句子，未作高亮；请对照下方原文句子阅读本页。",
    "no_text_layer": "本页没有文字层（扫描件，由文字识别读取），无法定位句子；请对照下方原文句子阅读本页。",
}


def source_url(report_id: str, page: int | None, text: str | None) -> str:
    """The browser's link to where a figure was read."""
    params: dict[str, Any] = {}
    if page is not None:
        params["page"] = int(page)
    if text:
        params["text"] = text
    query = urlencode(params)
    return f"/source/{quote(report_id, safe='')}" + (f"?{query}" if query else "")


def _grade_style(grade: str | None) -> str:
    first = (grade or "").split("、")[0]
    if first not in GRADE_COLOURS:
        return ""
    return f"background:{GRADE_COLOURS[first]};color:{GRADE_TEXT_COLOURS[first]}"


def _number(value: Any) -> str:
    return "" if value is None else cell(value)


def _script_json(value: Any) -> str:
    """JSON safe inside a <script type="application/json"> element, whatever text it carries."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(source_url=source_url, grade_style=_grade_style, batch_labels=BATCH_LABELS)
    environment.filters.update(money=money_text, number=_number, quote=lambda text: quote(str(text), safe=""))
    return environment


class SourceReader(Protocol):
    """What the app needs from the extractors to show a figure's source (extractors/locate.py; handed in by the
    caller, as presentation imports no extractor)."""

    def is_pdf(self, data: bytes) -> bool: ...

    def locate(self, data: bytes, page: int, text: str | None) -> Any:
        """A located sentence: for a PDF `.page, .page_count, .method, .boxes, .aspect`; else `.page,
        .page_count, .method, .paragraphs` ((text, holds the sentence) pairs)."""
        ...

    def render_page(self, data: bytes, page: int) -> bytes: ...


class Browser:
    """The app over one warehouse (a folder or an fsspec URL)."""

    def __init__(self, root: str | Path, sources: SourceReader) -> None:
        self.root = str(root)
        self.sources = sources
        self.storage = storage_for(root)
        self.templates = _environment()
        self._bundle: str | None = None
        self._bundle_lock = threading.Lock()

    # -- helpers ---------------------------------------------------------------------------------------------------

    def page(self, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.templates.get_template(name).render(**context)
        return HTMLResponse(html, status_code=status, headers=_headers())

    def not_found(self, message: str) -> HTMLResponse:
        return self.page("message.html", status=404, title="未找到", message=message)

    def link(self, report_id: str, page: int | None, text: str | None = None) -> str:
        return source_url(report_id, page, text)

    def charts(self, specs: list[dict[str, Any]]) -> list[tuple[str, str]]:
        return [(f"chart-{index}", _script_json(spec)) for index, spec in enumerate(specs)]

    def vega_bundle(self) -> str:
        with self._bundle_lock:
            if self._bundle is None:
                from jixiao.presentation.vega_bundle import vega_bundle

                self._bundle = vega_bundle()
            return self._bundle

    # -- pages -----------------------------------------------------------------------------------------------------

    def home(self, request: Request) -> HTMLResponse:
        return self.page("home.html", title="绩效评价结果浏览", regions=queries.regions(self.root))

    def search(self, request: Request) -> HTMLResponse:
        query = request.query_params.get("q", "").strip()[:100]
        found = queries.search(self.root, query) if query else {"regions": [], "departments": [], "projects": []}
        return self.page("search.html", title=f"搜索：{query}" if query else "搜索", q=query, found=found)

    def region(self, request: Request) -> HTMLResponse:
        from jixiao.presentation.charts import comparison_charts
        from jixiao.presentation.compare import compare

        name = request.path_params["region"]
        comparison = compare(self.root, name)
        if not comparison.years:
            return self.not_found(f"仓库中没有地区“{name}”的报告。")
        specs = [spec for _, spec in comparison_charts(comparison, self.link)]
        return self.page(
            "region.html",
            title=name,
            region=name,
            comparison=comparison,
            charts=self.charts(specs),
            reports=queries.region_reports(self.root, name),
            departments=queries.region_departments(self.root, name),
            projects=queries.region_projects(self.root, name),
            figures=ranking.figures(),
        )

    def project(self, request: Request) -> HTMLResponse:
        project_id = request.path_params["project_id"]
        found = queries.project(self.root, project_id)
        if found is None:
            return self.not_found(f"没有编号为“{project_id}”的项目。")
        history = queries.project_history(self.root, project_id)
        return self.page("project.html", title=found["canonical_name"], project=found, history=history)

    def department(self, request: Request) -> HTMLResponse:
        department_id = request.path_params["department_id"]
        found = queries.department(self.root, department_id)
        if found is None:
            return self.not_found(f"没有编号为“{department_id}”的部门。")
        history = queries.department_history(self.root, department_id)
        years = sorted({row["fiscal_year"] for row in history})
        return self.page(
            "department.html", title=found["canonical_name"], department=found, history=history, years=years
        )

    def rank(self, request: Request) -> HTMLResponse:
        from jixiao.presentation.rank_charts import rank_chart

        params = request.query_params
        figure_name = params.get("figure") or "sampling_share_优"
        regions = [name.strip() for name in params.get("regions", "").split(",") if name.strip()] or None
        year_text = params.get("year", "").strip()
        year = int(year_text) if year_text.isdigit() else None
        try:
            wanted = ranking.figure(figure_name)
        except ranking.UnknownFigure as error:
            return self.page("message.html", status=400, title="无此指标", message=str(error))
        frame = ranking.rank(self.root, wanted, year, regions)
        spec = rank_chart(frame, self.link)
        return self.page(
            "rank.html",
            title=f"各地区比较：{wanted.label}",
            figure=wanted,
            figures=ranking.figures(),
            year=year,
            regions=",".join(regions or []),
            rows=frame.to_dict("records"),
            value_text=ranking.value_text,
            charts=self.charts([spec] if spec else []),
        )

    def compare_regions(self, request: Request) -> HTMLResponse:
        from jixiao.presentation.rank_charts import region_charts

        regions = [name.strip() for name in request.query_params.get("regions", "").split(",") if name.strip()]
        if len(regions) < 1:
            return self.page("message.html", status=400, title="缺少地区", message="请给出地区，用逗号分隔。")
        frame = ranking.compare_regions(self.root, regions)
        years, rows = ranking.pivot_rows(frame) if not frame.empty else ([], [])
        return self.page(
            "compare.html",
            title="地区对比：" + "、".join(regions),
            regions=regions,
            years=years,
            rows=rows,
            charts=self.charts(region_charts(frame, self.link) if not frame.empty else []),
        )

    def source(self, request: Request) -> HTMLResponse:
        report_id = request.path_params["report_id"]
        found = queries.report(self.root, report_id)
        if found is None:
            return self.not_found(f"没有编号为“{report_id}”的报告。")
        text = request.query_params.get("text") or None
        page_text = request.query_params.get("page", "1")
        page = int(page_text) if page_text.isdigit() and int(page_text) > 0 else 1
        try:
            data = self.storage.read_bytes(raw_path(found["sha256"]))
        except OSError:
            return self.not_found("这份报告的原件不在仓库的 raw/ 中。")
        if self.sources.is_pdf(data):
            located = self.sources.locate(data, min(page, found["page_count"] or page), text)
            return self.page(
                "source.html",
                title=f"{found['title'] or report_id} 第{located.page}页",
                report=found,
                located=located,
                text=text,
                note=METHOD_NOTES[located.method],
                image=f"/page/{quote(report_id, safe='')}/{located.page}.png",
            )
        try:
            shown = self.sources.locate(data, page, text)
        except Exception as error:  # an original the extractors no longer read: say so, the page stays up
            return self.page(
                "message.html", status=500, title="原件无法读取", message=f"这份报告的原件无法读取：{error}"
            )
        return self.page(
            "source_text.html",
            title=f"{found['title'] or report_id} 第{shown.page}页",
            report=found,
            shown=shown,
            text=text,
            kind=shown.kind,
        )

    def page_image(self, request: Request) -> Response:
        report_id = request.path_params["report_id"]
        page = request.path_params["page"]
        found = queries.report(self.root, report_id)
        if found is None or page < 1 or (found["page_count"] and page > found["page_count"]):
            raise HTTPException(404)
        data = self.storage.read_bytes(raw_path(found["sha256"]))
        if not self.sources.is_pdf(data):
            raise HTTPException(404)
        headers = {**_headers(), "Cache-Control": "private, max-age=3600"}
        return Response(self.sources.render_page(data, page), media_type="image/png", headers=headers)

    def vega(self, request: Request) -> Response:
        headers = {**_headers(), "Cache-Control": "private, max-age=86400"}
        return Response(self.vega_bundle(), media_type="text/javascript; charset=utf-8", headers=headers)

    def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ("style.css", "charts.js"):
            raise HTTPException(404)
        return FileResponse(HERE / "static" / name, headers=_headers())


def _headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


def create_app(root: str | Path, sources: SourceReader) -> Starlette:
    """The ASGI app over the warehouse at `root`; `sources` reads the originals (extractors.locate)."""
    browser = Browser(root, sources)
    routes = [
        Route("/", browser.home),
        Route("/search", browser.search),
        Route("/region/{region}", browser.region),
        Route("/project/{project_id}", browser.project),
        Route("/department/{department_id}", browser.department),
        Route("/rank", browser.rank),
        Route("/compare", browser.compare_regions),
        Route("/source/{report_id}", browser.source),
        Route("/page/{report_id}/{page:int}.png", browser.page_image),
        Route("/static/vega.js", browser.vega),
        Route("/static/{name}", browser.static),
    ]

    async def not_found(request: Request, error: Exception) -> Response:
        status = getattr(error, "status_code", 404)
        return browser.page("message.html", status=status, title="未找到", message="没有这个页面。")

    app = Starlette(routes=routes, exception_handlers={404: not_found})
    app.state.browser = browser
    return app


def serve(root: str | Path, sources: SourceReader, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve the app until interrupted (Ctrl-C, SIGTERM)."""
    import uvicorn

    app = create_app(root, sources)
    # The Vega bundle is built (or read from its cache) before the first chart is asked for.
    threading.Thread(target=app.state.browser.vega_bundle, daemon=True).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
