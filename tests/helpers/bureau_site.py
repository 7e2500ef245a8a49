"""A loopback mirror of a finance bureau's 绩效评价 column, for the site-source tests (SYNTHETIC: the regions 青禾市,
云溪县, 白鹭区, 明湖县, 凤栖县, 碧水市, 松湖市, 石桥县, their projects and figures are invented).

`build(folder, version)` writes the site's files; `python bureau_site.py FOLDER PORT_FILE` serves them:
GBK and UTF-8 pages (the GBK listing declares its charset only in its <meta>), two listing pages (`下一页`,
index_1.html), relative links, articles whose attachments are .docx, .doc, .wps, .xlsx, .xls, .et, .pdf and a
.png scan, an HTML results table with merged cells, a robots.txt that disallows /private/, a link to another
host, a broken link, a redirect (/go/5), a slow page (/col/jxpj/slow.html, 6 s), ETag and Last-Modified on every
file with 304 answers to conditional requests. `build(folder, 2)` is the site a while later: a new article
with its attachment on the first listing page, which changed. /_log lists the requests (path, status) since the
last /_log/reset.
"""

from __future__ import annotations

import email.utils
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COLUMN = "/col/jxpj"
SLOW_SECONDS = 6.0
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


# ------------------------------------------------------------------------------------------------ content
def report(
    region: str, year: int, kind: str = "重点评价", one_department: bool = False
) -> tuple[str, list[str], list[list[str]]]:
    """(title, paragraphs, table rows) of a synthetic result notice (`one_department`: every project of one)."""
    title = f"{region}{year}年度财政{kind}绩效评价结果公告"
    seed = int(hashlib.sha256(region.encode()).hexdigest(), 16)
    projects = [
        (f"{region}{name}", department, str(80 + (seed >> (index * 3)) % 18), grade)
        for index, (name, department, grade) in enumerate(
            [
                ("城乡道路提升工程", "交通运输局", "良"),
                ("义务教育均衡发展补助", "教育局", "优"),
                ("农村饮水安全巩固工程", "水利局", "良"),
            ]
        )
    ]
    paragraphs = [
        f"根据预算绩效管理有关规定，{year + 1}年{region}财政局组织对{year}年度3个项目开展财政重点绩效评价，"
        f"涉及资金{1 + seed % 9}.{seed % 10}亿元。评价结果如下：",
        "评价结果为“优”的项目1个，“良”的项目2个。（合成示例数据）",
    ]
    rows = [["序号", "项目名称", "主管部门", "评价得分", "评价等级"]]
    rows += [[str(index), name, f"{region}{'交通运输局' if one_department else department}", score, grade]
             for index, (name, department, score, grade) in enumerate(projects, start=1)]  # fmt: skip
    return title, paragraphs, rows


def html_table(rows: list[list[str]], merge_department: bool = False) -> str:
    out = ['<table border="1" cellspacing="0">']
    for index, row in enumerate(rows):
        cells = []
        for column, text in enumerate(row):
            if merge_department and column == 2 and index == 1:  # one department's projects: a merged cell
                cells.append(f'<td rowspan="{len(rows) - 1}">{text}</td>')
            elif merge_department and column == 2 and index > 1:
                continue
            else:
                cells.append(f"<td>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out) + "\n</table>"


def page(title: str, body: str, charset: str, crumb: str = "预算绩效") -> bytes:
    """An article or listing page in the bureau site's frame."""
    menu = "".join(f'<li><a href="/col/{i}/index.html">{name}</a></li>' for i, name in
                   enumerate(["首页", "机构概况", "政务公开", "财政资金", "预算绩效", "互动交流"]))  # fmt: skip
    text = f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_石桥县财政局</title></head><body>
<div class="header">石桥县财政局（合成示例站点）<form action="/search"><input name="q"></form></div>
<div class="nav"><ul>{menu}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{COLUMN}/index.html">{crumb}</a></div>
<div class="main">{body}</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/col/9/1.html">关于印发预算绩效管理办法的通知</a></li>
<li><a href="/col/9/2.html">预算绩效管理工作动态</a></li></ul></div>
<div class="footer">版权所有：石桥县财政局（合成） 地址：石桥县建设路1号 ICP备案号：石ICP备00000000号</div>
</body></html>"""
    return text.encode(charset, errors="xmlcharrefreplace")


def article(title: str, paragraphs: list[str], table: str = "", attachments: list[tuple[str, str]] = ()) -> str:
    links = "".join(f'<p>附件{i}：<a href="{href}">{name}</a></p>' for i, (name, href) in enumerate(attachments, 1))
    body = "".join(f'<p style="text-indent:2em">{text}</p>' for text in paragraphs)
    return f"""<div class="article"><h1>{title}</h1><div class="info">字号：[大 中 小]</div>
<div id="zoom">{body}{table}{links}<p>（本页为合成示例）</p></div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】
【<a href="javascript:window.close()">关闭</a>】</div></div>"""


def listing(items: list[tuple[str, str]], pager: str) -> str:
    lis = "".join(
        f'<li><a href="{href}" target="_blank">{text}</a><span>2024-03-01</span></li>' for text, href in items
    )
    return f'<div class="list"><ul>{lis}</ul><div class="pager">{pager}</div></div>'


# ------------------------------------------------------------------------------------------------ documents
def docx_bytes(title: str, paragraphs: list[str], rows: list[list[str]]) -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph(title)
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("（合成示例数据）")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes(title: str, rows: list[list[str]]) -> bytes:
    import xlsxwriter

    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet("评价结果")
    sheet.merge_range(0, 0, 0, len(rows[0]) - 1, title)
    sheet.write(1, 0, "（合成示例数据）")
    for r, row in enumerate(rows, start=3):
        for c, text in enumerate(row):
            if text.isdigit() and c == 3:
                sheet.write_number(r, c, int(text))
            else:
                sheet.write(r, c, text)
    workbook.close()
    return out.getvalue()


def pdf_bytes(title: str, paragraphs: list[str], rows: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    y = 780
    canvas.setFont("STSong-Light", 16)
    canvas.drawCentredString(A4[0] / 2, y, title)
    canvas.setFont("STSong-Light", 11)
    for text in [*paragraphs, *["　".join(row) for row in rows]]:
        y -= 24
        for start in range(0, len(text), 40):
            canvas.drawString(60, y, text[start : start + 40])
            y -= 16
    canvas.save()
    return out.getvalue()


def png_bytes(title: str, paragraphs: list[str]) -> bytes:
    """A scanned page: the notice's text drawn at 144 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 30)
    image = Image.new("RGB", (1190, 900), "white")
    draw = ImageDraw.Draw(image)
    draw.text((120, 80), title, font=font, fill="black")
    y = 170
    for text in paragraphs:
        for start in range(0, len(text), 30):
            draw.text((100, y), text[start : start + 30], font=font, fill="black")
            y += 52
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(144, 144))
    return out.getvalue()


def convert(files: list[Path], target: str, out: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice is needed to make the site's .doc and .xls files (`make office`)")
    with tempfile.TemporaryDirectory(prefix="jixiao-site-soffice-") as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(out), *map(str, files)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip


# The articles: (listing page, region, year, link text, the attachment's format).
ARTICLES = [
    (0, "青禾市", 2023, "xlsx-same"),  # the page reprints its attachment's table: one report, two sources
    (0, "云溪县", 2023, "docx"),
    (0, "白鹭区", 2022, "doc"),
    (1, "明湖县", 2023, "xls"),
    (1, "凤栖县", 2023, "wps"),
    (1, "碧水市", 2023, "et"),
    (1, "松湖市", 2023, "png"),
]
NEW_ARTICLE = (0, "石桥县", 2024, "pdf")  # published between the two runs


def build(folder: Path, version: int = 1) -> dict[str, str]:
    """Write the site; returns {article URL path: its attachment's URL path}."""
    folder.mkdir(parents=True, exist_ok=True)
    col = folder / COLUMN.strip("/")
    (col / "art").mkdir(parents=True, exist_ok=True)
    (col / "files").mkdir(parents=True, exist_ok=True)
    (folder / "private").mkdir(exist_ok=True)
    (folder / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="ascii")
    articles = ARTICLES + ([NEW_ARTICLE] if version >= 2 else [])
    pages: dict[int, list[tuple[str, str]]] = {0: [], 1: []}
    attached: dict[str, str] = {}
    to_convert: dict[str, list[Path]] = {"doc:MS Word 97": [], "xls:MS Excel 97": []}
    scratch = Path(tempfile.mkdtemp(prefix="jixiao-site-"))
    for number, (listing_page, region, year, kind) in enumerate(articles, start=1):
        title, paragraphs, rows = report(region, year, one_department=kind == "xlsx-same")
        stem = f"{year}{number:02d}"
        suffix = {"xlsx-same": "xlsx", "png": "png"}.get(kind, kind)
        name = f"{title}.{suffix}"
        href = f"../files/P{stem}.{suffix}"  # relative links, as CMSs write them
        if kind == "xlsx-same":
            body = article(title, paragraphs, html_table(rows, merge_department=True), [(name, href)])
        else:
            body = article(title, [f"现将{title.removesuffix('公告')}予以公开，详见附件。"], "", [(name, href)])
        charset = "gbk" if number % 2 else "utf-8"
        (col / "art" / f"{stem}.html").write_bytes(page(title, body, charset))
        target = col / "files" / f"P{stem}.{suffix}"
        if kind in ("xlsx-same", "xlsx"):
            target.write_bytes(xlsx_bytes(title, rows))
        elif kind == "docx":
            target.write_bytes(docx_bytes(title, paragraphs, rows))
        elif kind in ("doc", "wps"):
            source = scratch / f"P{stem}.docx"
            source.write_bytes(docx_bytes(title, paragraphs, rows))
            to_convert["doc:MS Word 97"].append(source)
        elif kind in ("xls", "et"):
            source = scratch / f"P{stem}.xlsx"
            source.write_bytes(xlsx_bytes(title, rows))
            to_convert["xls:MS Excel 97"].append(source)
        elif kind == "pdf":
            target.write_bytes(pdf_bytes(title, paragraphs, rows))
        elif kind == "png":
            target.write_bytes(png_bytes(title, paragraphs))
        pages[listing_page].append((title, f"art/{stem}.html"))
        attached[f"{COLUMN}/art/{stem}.html"] = f"{COLUMN}/files/P{stem}.{suffix}"
    for target_filter, files in to_convert.items():
        if files:
            convert(files, target_filter, scratch)
            for source in files:
                old = "doc" if target_filter.startswith("doc") else "xls"
                for kind in ("doc", "wps") if old == "doc" else ("xls", "et"):
                    wanted = col / "files" / f"{source.stem}.{kind}"
                    if any(f"P{a[2]}{n:02d}" == source.stem and a[3] == kind for n, a in enumerate(articles, 1)):
                        # WPS Office saves .wps and .et in the Word 97 and Excel 97 binary formats
                        shutil.copy(scratch / f"{source.stem}.{old}", wanted)
    shutil.rmtree(scratch, ignore_errors=True)
    if version >= 2:  # the newest article heads the first page
        pages[0].insert(0, pages[0].pop())
    extra = [
        ("财政局召开党风廉政建设工作会议", "art/news1.html"),  # not of the genre: never opened
        ("2021年度绩效评价结果（链接已失效）", "art/gone.html"),
        ("2020年度绩效评价结果（已迁移）", "/go/5"),
        ("2019年度绩效评价结果（大文件，响应慢）", "slow.html"),
        ("内部绩效评价结果", "/private/result.html"),
        ("外站转载：绩效评价结果", "http://localhost.invalid/art/1.html"),
    ]
    (col / "art" / "news1.html").write_bytes(page("党风廉政", article("党风廉政", ["会议召开。"]), "utf-8"))
    moved_title, moved_paragraphs, moved_rows = report("桐川县", 2020)
    (col / "art" / "moved.html").write_bytes(
        page(moved_title, article(moved_title, moved_paragraphs, html_table(moved_rows)), "utf-8")
    )
    (folder / "private" / "result.html").write_bytes(page("内部", article("内部", ["不应抓取。"]), "utf-8"))
    (folder / "redirects.json").write_text(json.dumps({"/go/5": f"{COLUMN}/art/moved.html"}), encoding="utf-8")
    first = listing(pages[0] + extra, '<a href="index_1.html">下一页</a> <a href="index_1.html">2</a>')
    second = listing(pages[1], '<a href="index.html">上一页</a> <a href="index.html">1</a>')
    (col / "index.html").write_bytes(page("绩效评价", first, "gbk"))
    (col / "index_1.html").write_bytes(page("绩效评价", second, "utf-8"))
    return attached


# ------------------------------------------------------------------------------------------------ server
LOG: list[tuple[str, int]] = []
LOCK = threading.Lock()


def handler(root: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _answer(self, status: int, body: bytes = b"", **headers: str) -> None:
            with LOCK:
                LOG.append((self.path, status))
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body and self.command == "GET":
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (the slow page)
                pass

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/_log":
                with LOCK:
                    body = json.dumps(LOG).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if path == "/_log/reset":
                with LOCK:
                    LOG.clear()
                self.send_response(204)
                self.end_headers()
                return
            redirects = json.loads((root / "redirects.json").read_text(encoding="utf-8"))
            if path in redirects:
                self._answer(302, Location=redirects[path])
                return
            if path == f"{COLUMN}/slow.html":
                time.sleep(SLOW_SECONDS)
            file = (root / path.lstrip("/")).resolve()
            if path == f"{COLUMN}/slow.html":
                self._answer(200, page("慢", article("慢", ["很慢。"]), "utf-8"), Content_Type="text/html")
                return
            if not file.is_file() or root.resolve() not in file.parents:
                self._answer(404, b"<html><body>404 Not Found</body></html>", Content_Type="text/html")
                return
            body = file.read_bytes()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            modified = email.utils.formatdate(file.stat().st_mtime, usegmt=True)
            if self.headers.get("If-None-Match") == etag:
                self._answer(304, ETag=etag, Last_Modified=modified)
                return
            kind = {".html": "text/html", ".txt": "text/plain"}.get(file.suffix, "application/octet-stream")
            self._answer(200, body, Content_Type=kind, ETag=etag, Last_Modified=modified)

    return Handler


if __name__ == "__main__":
    root, port_file = Path(sys.argv[1]), Path(sys.argv[2])
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(root))
    port_file.write_text(str(server.server_address[1]))
    server.serve_forever()
