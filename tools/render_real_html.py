"""Lay the texts of real documents (`texts/<stem>.txt`, as published on the web; `00_seed` from the sample's
source text) out as a bureau's article pages: `html/<stem>.html`, the document's words inside a site's header,
menus, breadcrumb, tool bar, related-links list and footer, as finance bureaus' sites frame them.

The frame is SYNTHETIC (the site 青禾市财政局 does not exist; its name in a report's fields would show that the
frame leaked into the text) and carries no date or figure. Three templates, chosen by the stem, as bureau sites
are built: a portal of `<div>`s in UTF-8; an older site laid out with nested tables, lines broken with `<br>` and
indented with `&nbsp;`, in GBK; an information-disclosure page (索引号 table above the title) declared GB2312.
The document's elements are those tools/render_real_texts.py lays out as PDFs (title, paragraphs, pipe tables),
so the page and the PDF say the same words.

Usage: python tools/render_real_html.py [FOLDER]   (default tests/fixtures/real; writes FOLDER/html/)
"""

from __future__ import annotations

import hashlib
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_layout import Para, Table, Title
from render_real_texts import elements

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "real"
SEED_SOURCE = ROOT / "samples" / "source" / "huzhou_2023_report.txt"
SITE = "青禾市财政局"
MENU = ["首页", "机构概况", "政务公开", "政策法规", "财政资金", "预算绩效", "互动交流", "办事服务"]
RELATED = ["关于印发预算绩效管理办法的通知", "预算绩效管理工作动态", "财政资金使用情况公开", "政府采购意向公开"]
FOOTER = (
    f"版权所有：{SITE}（合成示例站点） 地址：青禾市迎宾大道1号 邮编：000000 "
    "ICP备案号：青ICP备00000000号 网站标识码：0000000000"
)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _link(text: str) -> str:
    """An attachment line (`附件1:…报告.pdf`) as a link, as sites publish it; any other line as text."""
    name = text.split(":", 1)[-1].split("：", 1)[-1].strip()
    if name.lower().endswith((".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".zip")):
        digest = hashlib.sha256(name.encode()).hexdigest()[:10]
        suffix = name.rsplit(".", 1)[-1].lower()
        return _e(text[: len(text) - len(name)]) + f'<a href="/attach/{digest}.{suffix}">{_e(name)}</a>'
    return _e(text)


def _table(table: Table, border: str) -> str:
    rows = [table.header, *table.rows]
    out = [f'<table {border} cellspacing="0" cellpadding="4">']
    for index, row in enumerate(rows):
        cell = "th" if index == 0 else "td"
        out.append("<tr>" + "".join(f"<{cell}>{_e(text) if text else '&nbsp;'}</{cell}>" for text in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _portal(items: list[Title | Para | Table], title: str | None) -> str:
    body = []
    for item in items:
        if isinstance(item, Title):
            continue
        if isinstance(item, Table):
            body.append(_table(item, 'border="1" class="MsoTableGrid"'))
        else:
            body.append(f'<p style="text-indent:2em">{_link(item.text)}</p>')
    menu = "".join(f'<li><a href="/col/{index}/index.html">{name}</a></li>' for index, name in enumerate(MENU))
    related = "".join(f'<li><a href="/art/{index}.html">{name}</a></li>' for index, name in enumerate(RELATED))
    heading = f'<h1 class="article-title">{_e(title)}</h1>' if title else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{_e(title) + "_" if title else ""}{SITE}</title>
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script>
</head><body>
<div class="top"><div class="w1200"><span>欢迎访问{SITE}门户网站（合成）</span>
<a href="/wza/">无障碍</a> | <a href="/m/">手机版</a></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{SITE}"></div>
<form class="search" action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul>{menu}</ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/2/index.html">政务公开</a> &gt;
<a href="/col/5/index.html">预算绩效</a></div>
<div class="article">
{heading}
<div class="info">字号：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]
【<a href="javascript:window.print()">打印</a>】</div>
<div class="TRS_Editor" id="zoom">
{chr(10).join(body)}
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>{related}</ul></div>
</div>
<div class="footer"><p>{FOOTER}</p>
<p><a href="/sitemap.html">网站地图</a> | <a href="/contact.html">联系我们</a></p></div>
<script>var _hits = 0;</script>
</body></html>
"""


def _legacy(items: list[Title | Para | Table], title: str | None) -> str:
    lines = []
    for item in items:
        if isinstance(item, Title):
            continue
        if isinstance(item, Table):
            lines.append(_table(item, 'border="1" bordercolor="#000000" width="100%"'))
        else:
            lines.append("&nbsp;&nbsp;&nbsp;&nbsp;" + _link(item.text) + "<br>")
    menu = "".join(f'<td><a href="/list{index}.asp"><font color="#ffffff">{name}</font></a></td>' for index, name in
                   enumerate(MENU))  # fmt: skip
    side = "<br>".join(f'<a href="/list{index}.asp">{name}</a>' for index, name in enumerate(MENU[1:5]))
    heading = f'<tr><td class="bt" align="center"><font size="5"><b>{_e(title)}</b></font></td></tr>' if title else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{SITE}</title></head>
<body topmargin="0">
<table width="1000" align="center" cellspacing="0"><tr><td><img src="/img/banner.jpg"></td></tr></table>
<table width="1000" align="center" bgcolor="#b40000"><tr>{menu}</tr></table>
<table width="1000" align="center"><tr>
<td width="200" valign="top"><b>栏目导航</b><br>{side}</td>
<td valign="top">
<table width="100%"><tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt;
<a href="/list5.asp">预算绩效</a></td></tr></table>
<table width="100%">{heading}
<tr><td><font face="仿宋_GB2312" style="font-size:16pt">
{chr(10).join(lines)}
</font></td></tr>
<tr><td align="right">【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center">{FOOTER}</td></tr></table>
</body></html>
"""


def _disclosure(items: list[Title | Para | Table], title: str | None) -> str:
    body = []
    for item in items:
        if isinstance(item, Title):
            continue
        if isinstance(item, Table):
            body.append(_table(item, 'border="1"'))
        else:
            body.append(f"<p>{_link(item.text)}</p>")
    heading = f'<div class="xxgk-title">{_e(title)}</div>' if title else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{_e(title) + " - " if title else ""}{SITE}政府信息公开</title></head>
<body><div id="head"><h2>{SITE}政府信息公开专栏</h2>
<ul class="menu"><li><a href="/xxgk/">信息公开指南</a></li><li><a href="/xxgk/ml/">信息公开目录</a></li>
<li><a href="/xxgk/nb/">信息公开年报</a></li><li><a href="/xxgk/ysq/">依申请公开</a></li></ul></div>
<div id="position">您的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 预算绩效</div>
<div id="content">
<table class="xxgk-meta"><tr><td>索引号：</td><td>000000000/0000-00000</td><td>主题分类：</td><td>财政</td></tr>
<tr><td>发布机构：</td><td>本机关</td><td>文号：</td><td>&nbsp;</td></tr></table>
{heading}
<div class="zoom">
{chr(10).join(body)}
</div>
<div class="bottom-tools"><a href="javascript:;">【打印本页】</a><a href="javascript:;">【关闭窗口】</a></div>
</div>
<div id="prevnext"><p>上一篇：<a href="/xxgk/1.html">财政资金使用情况公开</a></p>
<p>下一篇：<a href="/xxgk/2.html">政府采购意向公开</a></p></div>
<div id="foot">{FOOTER}</div>
</body></html>
"""


TEMPLATES = [("portal", _portal, "utf-8"), ("legacy", _legacy, "gbk"), ("disclosure", _disclosure, "gb18030")]


def seed_text() -> str:
    """The sample report's source text (a PDF-to-text extraction, one printed line a line) as the web text of
    its paragraphs: lines joined where tools/render_reference_report.py joins them into one paragraph."""
    from render_reference_report import CJK_FONT, PARAGRAPH_END_EM, PARAGRAPH_OPENER, em_width, read_pages
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    lines = [line for page in read_pages(SEED_SOURCE) for line in page]
    paragraphs = [lines[0]]
    current = ""
    body = lines[1:]
    for index, line in enumerate(body):
        current += line
        ends = index == len(body) - 1 or em_width(line) < PARAGRAPH_END_EM or PARAGRAPH_OPENER.match(body[index + 1])
        if ends:
            paragraphs.append(current)
            current = ""
    return "# source: samples/source/huzhou_2023_report.txt\n" + "\n".join(paragraphs) + "\n"


def render_page(text: str, stem: str) -> bytes:
    items = elements(text)
    title = items[0].text if items and isinstance(items[0], Title) else None
    index = int(hashlib.sha256(stem.encode()).hexdigest(), 16) % len(TEMPLATES)
    _, template, encoding = TEMPLATES[index]
    return template(items, title).encode(encoding, errors="xmlcharrefreplace")


def render_folder(folder: Path) -> list[Path]:
    written = []
    out = folder / "html"
    out.mkdir(parents=True, exist_ok=True)
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted((folder / "texts").glob("*.txt"))}
    if (folder / "gold" / "00_seed.json").exists() and "00_seed" not in texts:
        texts = {"00_seed": seed_text(), **texts}
    for stem, text in texts.items():
        path = out / f"{stem}.html"
        path.write_bytes(render_page(text, stem))
        written.append(path)
    return written


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    for path in render_folder(Path(arguments[0]) if arguments else DEFAULT_FOLDER):
        print(f"wrote {path}")
