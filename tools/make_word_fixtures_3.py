"""A third, independent set of Word-made fixtures (`word3_*`): budget-performance reports written as Word documents
(python-docx) and exported to PDF by LibreOffice headless, in layouts that make a parser's first reading hard.

Written by a third author from the genre (the real corpus's README and gold conventions), without reading the
parser, the scorer or the other two sets' fixtures, so that the parser is measured on documents it never saw.
Each fixture is a whole report and carries one or two of the difficulties bureaus really publish:

- a SCANNED report: the exported PDF rasterised page by page (pypdfium2), slightly rotated, with scanner noise and
  a red seal, re-wrapped by Pillow as an image-only PDF (no text layer at all);
- a results table that is a PICTURE inside an otherwise text PDF (a table rendered to PNG, or a scanned
  attachment, inserted into the docx as an image);
- two-column pages (a 简报 with a Word section of two columns);
- a diagonal grey WATERMARK stamped over every page and its table cells, in the text layer (LibreOffice's PDF
  export watermark, as publishing systems stamp one);
- running headers with a masthead or a site name and an index number, `第 N 页 共 M 页` footers;
- two years of grades side by side, two scores (单位自评得分 | 财政复核得分) of which only one is the result;
- full-width digits and punctuation in prose (２０２３年, １２．６５亿元, １５％);
- a long landscape table in 元 with thousands separators over several pages with repeated header rows;
- outlines 一、（一）1.（1）① giving projects with scores only;
- grade words 优秀/良好/一般/较差, A/B/C/D with a legend, 一等…四等, 合格/基本合格/不合格;
- 部门整体 tables of units under their 主管部门 (merged vertically), 小计/合计 rows, blank 序号, `其中：` rows;
- 万元 with four decimals, 亿元 in prose.

Everything is SYNTHETIC: the regions (鹤川县, 玉衡市, 雁湖区, 杉溪县, 清漪市, 棠溪县, 峪岭市, 汀澜区, 霁川县,
溪山市, 桂渚区, 梓岚县), departments, units, projects, people and figures are invented.

The gold of each fixture is written from the same data as its document and checked three ways: against the
document's own text (docx) before conversion; against the PDF's text layer (PDFium and pdfplumber) after it; for the
scanned reports against the text layer of the PDF before it is rasterised (the published PDF has none, which is
checked too), and for pictures against the text of the document the picture was rendered from.

Reuses the 公文 builder (tools/word_doc.py) and find_soffice/check_fonts and the font substitutions of
tools/make_word_fixtures.py (tools/word_fonts.conf). Needs only what the venv has (python-docx, pypdfium2,
pdfplumber, Pillow, numpy) and LibreOffice (`make office`).

Usage: python tools/make_word_fixtures_3.py [OUT_DIR] [--keep-docx] [--only NAME ...] [--no-check] [--render DIR]
       (default OUT_DIR tests/fixtures/word3)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import word_doc
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from make_word_fixtures import FONTCONFIG, Fixture, check_fonts, find_soffice
from word_doc import HEI, KAI, LEFT, SONG, UP, XBS, WordDoc

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word3"
D = Decimal
RED = RGBColor(0xE6, 0x00, 0x12)


# ------------------------------------------------------------------------------------------------ numbers
def money(value: Decimal, places: int = 2, sep: bool = True) -> str:
    """An amount as printed: fixed decimals, with or without thousands separators."""
    q = D(value).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{q:,}" if sep else f"{q}"


def pct(count: int, total: int, places: int = 1) -> Decimal:
    return (D(count) * 100 / D(total)).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def yi(value: Decimal, per: int = 10000) -> Decimal:
    """万元 (per=10000) or 元 (per=10**8) → 亿元 with two decimals, as prose rounds a table's total."""
    return (D(value) / per).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def avg(values: list[Decimal]) -> Decimal:
    return (sum(values, D(0)) / len(values)).quantize(D("0.1"), rounding=ROUND_HALF_UP)


_FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fw(text: str) -> str:
    """ASCII digits, decimal points and % → full-width (the way some typists enter numbers in Chinese prose)."""
    return text.translate(_FULLWIDTH)


def band(score: Decimal, labels: tuple[str, str, str, str], cuts: tuple[int, int, int] = (90, 80, 60)) -> str:
    """The grade a table prints next to a score (the document's own banding; never used to fill gold)."""
    for cut, label in zip(cuts, labels, strict=False):
        if score >= cut:
            return label
    return labels[-1]


def dist(counts: Counter, order: list[str]) -> dict[str, int]:
    return {g: counts[g] for g in order}


# ------------------------------------------------------------------------------------------------ document
class Doc3(WordDoc):
    """WordDoc with what this set's templates need: runs in several fonts, captions, unit lines, notes, running
    headers with two parts, 简报 mastheads, column sections, pictures and table post-processing."""

    def rich(self, parts: list[tuple[str, str | None, bool]], *, indent: bool = True) -> None:
        p = self._paragraph(indent_chars=2 if indent else 0)
        for text, font, bold in parts:
            self._run(p, text, font=font, bold=bold)
        self.text.append("".join(t for t, _, _ in parts))

    def caption(self, text: str, *, font: str = HEI, size: float | None = None, before: float = 6) -> None:
        self.line(text, align="center", font=font, size=size, before=before, after=4, keep_next=True)

    def unit_line(self, text: str = "单位：万元", *, size: float = 12) -> None:
        self.line(text, align="right", size=size, keep_next=True)

    def note(self, text: str, *, size: float = 12, indent: bool = False) -> None:
        p = self._paragraph(indent_chars=2 if indent else 0, pitch=round(size * 1.5))
        self._run(p, text, size=size)
        self.text.append(text)

    def running_header(self, left: str, right: str = "", *, size: float = 10.5, color: RGBColor | None = None,
                       landscape_width_cm: float | None = None) -> list[str]:  # fmt: skip
        """A header on every page: `left` at the left margin, `right` at the right one (a tab), a rule under
        it. Returns the texts a check should strip."""
        section = self.docx.sections[0]
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        width = landscape_width_cm or self.PORTRAIT_TEXT_WIDTH_CM
        self._clear_style_tabs(p)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
        self._run(p, left, font=SONG, size=size, color=color)
        if right:
            self._run(p, "\t" + right, font=SONG, size=size)
        self._border(p, "bottom", size=6, space=1)
        return [t for t in (left, right) if t]

    @staticmethod
    def _clear_style_tabs(paragraph) -> None:
        """Word's Header/Footer styles put tab stops at the centre and the right of a Letter page: clear them."""
        for stop in paragraph.style.paragraph_format.tab_stops:
            paragraph.paragraph_format.tab_stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)

    def footer_text(self, left: str, *, size: float = 10.5) -> None:
        """`第 N 页 共 M 页` at the right with a fixed text at the left (a site's print template)."""
        section = self.docx.sections[0]
        p = section.footer.paragraphs[0]
        self._clear_style_tabs(p)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(self.PORTRAIT_TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
        self._run(p, left + "\t", font=SONG, size=size)
        self._page_footer(p, "page_of", size)

    def columns(self, n: int, *, space_cm: float = 0.8, separator: bool = False) -> None:
        """Continue on the same page in a new section of `n` columns (a continuous section break)."""
        section = self.docx.add_section(WD_SECTION.CONTINUOUS)
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = parse_xml(f"<w:cols {word_doc._NSDECL}/>")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), str(int(space_cm * 567)))
        if separator:
            cols.set(qn("w:sep"), "1")

    def picture(self, path: Path, width_cm: float, *, before: float = 4, after: float = 4) -> None:
        """An inline picture centred on its own line (a table pasted as an image, a scanned attachment)."""
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, before=before, after=after)
        pf = p.paragraph_format
        pf.line_spacing_rule = None
        pf.line_spacing = 1.0
        p.add_run().add_picture(str(path), width=Cm(width_cm))

    def bulletin_masthead(self, name: str, issue: str, editor: str, date: str) -> None:
        """A 简报 masthead: the bulletin's name in large red 小标宋, the issue, editor and date, a red rule."""
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=64, before=10)
        self._run(p, name, font=XBS, size=40, color=RED, spacing=4)
        self.text.append(name)
        self.line(issue, align="center", size=self.body_size, before=4)
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.LEFT, after=10)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(self.PORTRAIT_TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
        self._run(p, f"{editor}\t{date}", size=self.body_size)
        self._border(p, "bottom", size=18, color="E60012", space=6)
        self.text.append(f"{editor}\t{date}")

    def table(self, rows: list[list[str | None]], widths_cm: list[float], **kw: Any) -> None:
        """WordDoc.table, with the empty cells' paragraph marks in the table's size (otherwise a row with an empty
        cell is as tall as a body line: 28 pt)."""
        super().table(rows, widths_cm, **kw)
        size = kw.get("size", 12)
        for row in self.docx.tables[-1].rows:
            for tc in row._tr.tc_lst:
                for p in tc.iter(qn("w:p")):
                    if p.find(qn("w:r")) is not None:
                        continue
                    ppr = p.get_or_add_pPr()
                    ppr.append(parse_xml(f'<w:spacing {word_doc._NSDECL} w:line="{round(size * 1.4) * 20}" '
                                         'w:lineRule="exact"/>'))  # fmt: skip
                    ppr.append(parse_xml(f'<w:rPr {word_doc._NSDECL}><w:sz w:val="{int(size * 2)}"/></w:rPr>'))

    def style_last_table(self, *, header_rows: int = 1, shade: str | None = None, bold_rows: tuple[int, ...] = (),
                         row_height_cm: float | None = None) -> None:  # fmt: skip
        """Grey header shading, bold rows (小计/合计), a smaller minimum row height."""
        table = self.docx.tables[-1]
        if row_height_cm is not None:
            for tr in table._tbl.tr_lst:
                for height in tr.iter(qn("w:trHeight")):
                    height.set(qn("w:val"), str(int(row_height_cm * 567)))
        for r, row in enumerate(table.rows):
            for tc in row._tr.tc_lst:
                if r < header_rows and shade:
                    tcpr = tc.get_or_add_tcPr()
                    tcpr.insert_element_before(
                        parse_xml(f'<w:shd {word_doc._NSDECL} w:val="clear" w:color="auto" w:fill="{shade}"/>'),
                        *("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"),
                    )
                if r in bold_rows:
                    for run in tc.iter(qn("w:r")):
                        run.get_or_add_rPr().append(parse_xml(f"<w:b {word_doc._NSDECL}/>"))

    def attachment_head(self, label: str, title: str | None, *, new_page: bool = True) -> None:
        self.line(label, font=HEI, keep_next=True)
        if new_page:
            self.docx.paragraphs[-1].paragraph_format.page_break_before = True
        if title:
            p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=32, before=6, after=10, keep_next=True)
            self._run(p, title, font=XBS, size=18)
            self.text.append(title)

    def imprint(self, copied_to: str, printer: str, date: str) -> None:
        super().imprint(copied_to, printer, date)
        for p in self.docx.paragraphs[-4:-1]:
            p.paragraph_format.keep_with_next = True


# ------------------------------------------------------------------------------------------------ fixtures
@dataclass
class Fixture3(Fixture):
    """A fixture of this set: what the check must know about the document's layout."""

    scan: dict[str, Any] | None = None  # rasterise the exported PDF (dpi, angles, colour, noise, seal)
    watermark: str | None = None  # stamped over every page by the PDF export
    chrome: list[str] = field(default_factory=list)  # running header/footer texts stripped before matching
    two_column: bool = False
    pictures: list[str] = field(default_factory=list)  # assets inserted as images
    image_strings: set[str] = field(default_factory=set)  # gold strings that are only inside a picture
    picture_pages: int = 0  # pages that are (almost) only a picture: no text expected on them

    def gold_strings(self) -> list[tuple[str, str]]:
        out = [("title", self.title)] if self.title else []
        out += [("quote", m["quote"]) for m in self.metrics]
        for p in self.projects:
            out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
        for u in self.units:
            out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
        return out


def fixture(name: str, what: str, doc: Doc3, **kw: Any) -> Fixture3:
    return Fixture3(name=name, what=what, doc=doc, **kw)


@dataclass
class Asset:
    """A document rendered to a picture that a fixture inserts (a table image, a scanned attachment)."""

    name: str
    doc: Doc3
    dpi: int = 150
    crop: bool = True  # crop to the ink (a screenshot of a table) or keep the page (a scanned page)
    scan: dict[str, Any] | None = None  # scanner look (rotation, noise, seal)
    fmt: str = "PNG"


GRADES_YLYJ = ("优秀", "良好", "一般", "较差")
GRADES_YLZC = ("优", "良", "中", "差")


# =============================================================================================== 01 鹤川县
F01_KEY = [
    ("义务教育薄弱环节改善与能力提升项目", "鹤川县教育局", "3265.40", "92.3"),
    ("县域高中“扩容提质”工程", "鹤川县教育局", "4820.00", "86.5"),
    ("基本公共卫生服务补助资金", "鹤川县卫生健康局", "1872.36", "90.8"),
    ("县人民医院应急救治能力提升项目", "鹤川县卫生健康局", "2650.00", "83.2"),
    ("高标准农田建设项目", "鹤川县农业农村局", "5368.75", "88.0"),
    ("农村人居环境整治奖补资金", "鹤川县农业农村局", "1200.00", "76.4"),
    ("农村公路安全生命防护工程", "鹤川县交通运输局", "1545.20", "84.7"),
    ("城乡供水一体化工程", "鹤川县水利局", "3980.00", "81.5"),
    ("城镇老旧小区改造项目", "鹤川县住房和城乡建设局", "2236.18", "72.9"),
    ("特困人员救助供养资金", "鹤川县民政局", "968.50", "93.6"),
    ("就业补助资金", "鹤川县人力资源和社会保障局", "754.00", "85.1"),
    ("乡村旅游发展专项资金", "鹤川县文化和旅游局", "600.00", "56.5"),
]


def f01_scanned_county() -> Fixture3:
    """A county's annual report, printed, signed, stamped and scanned: an image-only PDF. Grades 优秀/良好/一般/
    较差 in a table and a distribution in prose; 部门整体 results in one sentence."""
    doc = Doc3("鹤川县财政局")
    rows = [(n, d, D(a), D(s), band(D(s), GRADES_YLYJ)) for n, d, a, s in F01_KEY]
    n, total = len(rows), sum(r[2] for r in rows)
    n_dept = len({r[1] for r in rows})
    cnt = Counter(r[4] for r in rows)
    n_self, n_units, self_amt, n_mon = 623, 87, D("19.84"), 541
    overall = [("鹤川县水利局", D("88.5"), "良好"), ("鹤川县市场监督管理局", D("79.0"), "一般")]

    doc.red_letterhead("鹤川县财政局文件", "鹤财绩〔2024〕5号")
    title = doc.title("鹤川县财政局关于2023年度县级预算", "绩效评价结果的报告")
    doc.line("县人民政府：")
    doc.para(
        "2023年，县财政局认真贯彻落实全面实施预算绩效管理的决策部署，坚持“花钱必问效、无效必问责”，"
        "扎实推进事前绩效评估、绩效目标管理、绩效运行监控、绩效评价和结果应用各环节工作。现将2023年度"
        "县级预算绩效评价结果报告如下："
    )
    doc.heading(1, "一、绩效评价工作开展情况")
    doc.heading(2, "（一）全面开展绩效自评和运行监控。")
    q_self = f"全县{n_units}个预算单位对2023年度{n_self}个项目开展绩效自评"
    q_self_amt = f"涉及资金{self_amt}亿元"
    q_mon = f"对{n_mon}个项目开展绩效运行监控"
    doc.para(
        f"{q_self}，{q_self_amt}，自评覆盖率达到100%。年中，依托预算管理一体化系统{q_mon}，"
        "对执行进度滞后、偏离绩效目标的23个项目督促整改。"
    )
    doc.heading(2, "（二）突出重点开展财政评价。")
    q_key = f"选取{n}个项目开展财政重点绩效评价"
    q_key_amt = f"涉及资金{yi(total)}亿元"
    q_kdept = f"涉及县教育局等{n_dept}个部门"
    q_over = f"对县水利局、县市场监督管理局{len(overall)}个部门开展部门整体支出绩效评价"
    doc.para(
        f"围绕教育、卫生健康、农业农村、基础设施等重点领域，县财政局委托第三方机构{q_key}，{q_key_amt}，"
        f"{q_kdept}；同时{q_over}。"
    )
    doc.heading(1, "二、绩效评价结果")
    doc.heading(2, "（一）重点项目评价结果。")
    q_dist = (
        f"评价等级为“优秀”的{cnt['优秀']}个，“良好”的{cnt['良好']}个，“一般”的{cnt['一般']}个，“较差”的{cnt['较差']}个"
    )
    doc.para(f"{n}个重点评价项目中，{q_dist}。具体评价结果见下表。")
    doc.caption("2023年度县级财政重点绩效评价结果表", font=HEI, size=14)
    doc.unit_line("金额单位：万元", size=10.5)
    table = [["序号", "项目名称", "主管部门", "预算金额", "评价得分", "评价等级"]]
    for i, (name, dept, amt, score, grade) in enumerate(rows, start=1):
        table.append([str(i), name, dept, money(amt, sep=False), f"{score}", grade])
    table.append(["合计", LEFT, LEFT, money(total, sep=False), None, None])
    doc.table(table, [1.0, 4.7, 4.0, 2.0, 1.9, 1.9], size=10.5, font=SONG, align=["c", "l", "l", "r", "c", "c"],
              cant_split=True)  # fmt: skip
    doc.heading(2, "（二）部门整体支出评价结果。")
    doc.para(
        f"{overall[0][0]}、{overall[1][0]}部门整体支出绩效评价得分分别为{overall[0][1]}分、{overall[1][1]}分，"
        f"评价等级分别为“{overall[0][2]}”“{overall[1][2]}”。"
    )
    doc.heading(1, "三、存在的主要问题")
    doc.para(
        "一是部分单位绩效目标设置不够细化，量化指标占比偏低；二是部分项目预算执行进度偏慢，资金结转结余"
        "较多；三是个别项目前期论证不充分，实施过程中多次调整，绩效目标未能如期实现。"
    )
    doc.heading(1, "四、评价结果应用")
    doc.para(
        "县财政局已将评价结果和发现的问题反馈各主管部门，督促限期整改，并将评价结果作为2025年预算安排的"
        "重要依据。对评价等级为“较差”的乡村旅游发展专项资金，2025年预算压减30%。"
    )
    doc.signature("鹤川县财政局", "2024年4月12日")
    doc.footer("dash")

    fx = fixture(
        "word3_01_scanned_county",
        "SCANNED county round (image-only PDF: 200 dpi colour, skewed ±0.3–0.6°, scanner noise, red seal over the "
        "signature): red letterhead, 自评/监控/重点/部门整体, 12-row table 主管部门/预算金额/评价得分/评价等级 with "
        "优秀/良好/一般/较差, distribution in prose, 合计 row",
        doc,
        title=title,
        region="鹤川县",
        year=2023,
        tagged=False,
        scan={
            "dpi": 200,
            "angles": [0.45, -0.3, 0.6, -0.5],
            "colour": True,
            "noise": 3.0,
            "seed": 101,
            "seal": {"text": "鹤川县财政局", "near": "2024年4月12日"},
        },
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_self_amt)
    fx.metric("monitored_projects", n_mon, "个", q_mon)
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_key_amt)
    fx.metric("key_evaluated_departments", n_dept, "个", q_kdept)
    fx.metric("department_overall_evaluations", len(overall), "个", q_over)
    fx.batch("self", "绩效自评", project_count=n_self, department_count=n_units, amount=self_amt, amount_unit="亿元")
    fx.batch(
        "key",
        "财政重点绩效评价",
        project_count=n,
        department_count=n_dept,
        amount=yi(total),
        amount_unit="亿元",
        grades=dist(cnt, list(GRADES_YLYJ)),
    )
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(overall), department_count=len(overall))
    for i, (name, dept, amt, score, grade) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "key", score=score, amount=amt, unit="万元")
    for unit, score, grade in overall:
        fx.unit(unit, None, grade, score)
    fx.notes = (
        "SYNTHETIC. The PDF is a SCAN: the Word export was rasterised at 200 dpi, each page turned by a fraction "
        "of a degree, given scanner noise and a red seal over the signature, and saved as an image-only PDF (no "
        "text layer; only OCR can read it). The gold was checked against the docx text and against the text layer "
        "of the PDF before rasterising. fiscal_year 2023 from the title (文号 and signature are 2024). Self-"
        f"evaluation: {n_units} 预算单位 = its department_count. Key batch: the distribution is printed in prose "
        f"(优秀/良好/一般/较差) → grades; table amounts in 万元 (unit only in `金额单位：万元` above the table), "
        f"the prose total {yi(total)}亿元 is the rounded sum. department_count {n_dept} from '涉及县教育局等"
        f"{n_dept}个部门'. The 部门整体 results (scores and grades zipped from 分别为…分别为) are department_"
        "evaluations with the departments' full names as written in the sentence that gives the results. Not "
        "data: 100% (coverage), 23个项目 (corrected during monitoring), 30% (a budget cut), the 合计 row."
    )
    return fx


# =============================================================================================== 02 玉衡市本级
F02_KEY = [
    ("市级科技创新券兑付及研发费用补助", "玉衡市科学技术局", "6200.00", "91.2"),
    ("中心城区公交优先发展补贴", "玉衡市交通运输局", "8350.00", "84.6"),
    ("市属高校“双一流”学科建设专项", "玉衡市教育局", "12000.00", "92.5"),
    ("城市更新三年行动（2023-2025年）一期工程", "玉衡市住房和城乡建设局", "23680.45", "86.3"),
    ("城乡居民医保市级财政补助", "玉衡市医疗保障局", "18560.00", "88.7"),
    ("公共法律服务体系建设经费", "玉衡市司法局", "1260.80", "90.4"),
    ("智慧城管平台运维及升级项目", "玉衡市城市管理局", "2315.60", "78.5"),
    ("市级储备粮轮换及保管费用补贴", "玉衡市发展和改革委员会", "5420.00", "85.9"),
    ("外贸稳增长专项资金", "玉衡市商务局", "9800.00", "82.1"),
    ("博物馆免费开放及陈列改造", "玉衡市文化广电旅游局", "1850.00", "87.4"),
    ("重点河湖生态修复工程", "玉衡市水利局", "15420.30", "83.6"),
    ("退役军人服务保障体系建设", "玉衡市退役军人事务局", "960.00", "74.2"),
    ("社区居家养老服务补助", "玉衡市民政局", "4380.00", "89.1"),
    ("大气污染防治专项资金", "玉衡市生态环境局", "7600.00", "93.0"),
]
F02_OVERALL = [("玉衡市统计局", "90.6", "优"), ("玉衡市林业局", "85.2", "良"), ("玉衡市档案馆", "79.8", "中")]


def _f02_rows() -> list[tuple[str, str, Decimal, Decimal, str]]:
    return [(n, d, D(a), D(s), band(D(s), GRADES_YLZC)) for n, d, a, s in F02_KEY]


def asset_f02_table() -> Asset:
    """The results table as the bureau's staff laid it out in a spreadsheet-like Word table, to be pasted into
    the report as a picture."""
    doc = Doc3("玉衡市财政局", body_size=10.5, line_pitch=16)
    rows = _f02_rows()
    total = sum(r[2] for r in rows)
    table = [
        ["2023年度市本级财政重点绩效评价结果汇总表", LEFT, LEFT, LEFT, LEFT, LEFT],
        ["序号", "项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"],
    ]
    for i, (name, dept, amt, score, grade) in enumerate(rows, start=1):
        table.append([str(i), name, dept, money(amt), f"{score}", grade])
    table.append(["合计", LEFT, LEFT, money(total), "—", "—"])
    doc.table(table, [1.0, 5.4, 4.0, 2.4, 1.5, 1.5], header_rows=2, size=10, font=SONG, header_font=SONG,
              align=["c", "l", "l", "r", "c", "c"])  # fmt: skip
    doc.style_last_table(header_rows=2, shade="DDEBF7", bold_rows=(0, len(table) - 1), row_height_cm=0.6)
    return Asset("f02_table", doc, dpi=144, crop=True)


def f02_picture_table(pics: dict[str, Path]) -> Fixture3:
    """A city 通报 whose results table is a picture (pasted from a spreadsheet); the prose gives the round and
    the distribution; 部门整体 results in an ordinary (text) table."""
    doc = Doc3("玉衡市财政局")
    rows = _f02_rows()
    n, total = len(rows), sum(r[2] for r in rows)
    cnt = Counter(r[4] for r in rows)
    n_self, self_amt = 1126, D("86.47")

    doc.red_letterhead("玉衡市财政局", "玉财绩〔2024〕18号")
    title = doc.title("玉衡市财政局关于2023年度市本级财政", "重点绩效评价结果的通报")
    doc.line("市级各部门、各单位：")
    doc.para(
        "为进一步提高财政资源配置效率和使用效益，根据《玉衡市市级财政支出绩效评价管理办法》（玉财规〔2022〕"
        "3号）规定，市财政局组织开展了2023年度市本级财政重点绩效评价工作。现将评价结果通报如下。"
    )
    doc.heading(1, "一、总体情况")
    q_self = f"市级部门对2023年度{n_self:,}个项目开展绩效自评"
    q_self_amt = f"涉及资金{self_amt}亿元"
    q_key = f"市财政局选取{n}个项目开展重点绩效评价"
    q_amt = f"涉及财政资金{yi(total)}亿元"
    q_over = f"对{len(F02_OVERALL)}个部门（单位）开展部门整体支出绩效评价"
    doc.para(f"{q_self}，{q_self_amt}。在部门自评基础上，{q_key}，{q_amt}；{q_over}。")
    doc.heading(1, "二、重点绩效评价结果")
    order = list(GRADES_YLZC)
    parts = [f"评价结果为“优”的项目{cnt['优']}个，占{pct(cnt['优'], n)}%"]
    parts += [f"“{g}”的{cnt[g]}个，占{pct(cnt[g], n)}%" for g in ("良", "中")]
    q_dist = "；".join(parts)
    doc.para(f"从评价结果看，{q_dist}；无评价结果为“差”的项目。各项目评价结果如下：")
    doc.picture(pics["f02_table"], 15.4)
    doc.note("注：评价等级分为优（90分及以上）、良（80—89.9分）、中（60—79.9分）、差（60分以下）。", size=10.5)
    doc.heading(1, "三、部门整体支出绩效评价结果")
    doc.para("部门整体支出绩效评价结果如下表：")
    table = [["序号", "部门（单位）名称", "评价得分", "评价等级"]]
    for i, (u, s, g) in enumerate(F02_OVERALL, start=1):
        table.append([str(i), u, s, g])
    doc.table(table, [1.6, 7.8, 3.0, 3.0], size=12, font=SONG, header_font=HEI, align=["c", "l", "c", "c"])
    doc.heading(1, "四、有关要求")
    doc.para(
        "各部门要对评价发现的问题认真整改，于2024年7月31日前将整改情况报送市财政局。市财政局将把评价结果"
        "作为2025年预算安排和政策调整的重要依据，评价结果为“中”的项目，下一年度预算原则上压减10%以上。"
    )
    doc.signature("玉衡市财政局", "2024年5月20日")
    doc.line("（此件公开发布）", align="left")
    doc.footer("emdash", odd_even=True)

    fx = fixture(
        "word3_02_picture_table",
        "city 通报 whose 14-row results table (主管部门/预算资金（万元）/评价得分/评价等级) is a PICTURE (a "
        "spreadsheet-like table pasted as PNG); counts, shares and an explicit zero in prose, 亿元 totals; "
        "部门整体 results in a text table",
        doc,
        title=title,
        region="玉衡市本级",
        year=2023,
        tagged=True,
        pictures=["f02_table"],
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_self_amt)
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_amt)
    fx.metric("department_overall_evaluations", len(F02_OVERALL), "个", q_over)
    fx.batch("self", "绩效自评", project_count=n_self, amount=self_amt, amount_unit="亿元")
    fx.batch(
        "key",
        "财政重点绩效评价",
        project_count=n,
        amount=yi(total),
        amount_unit="亿元",
        grades=dist(cnt, order),
        grade_shares_pct={g: pct(cnt[g], n) for g in ("优", "良", "中")},
    )
    fx.batch(
        "department_overall",
        "部门整体支出绩效评价",
        project_count=len(F02_OVERALL),
        department_count=len(F02_OVERALL),
    )
    for i, (name, dept, amt, score, grade) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "key", score=score, amount=amt, unit="万元")
        fx.image_strings.update({name, dept})
    for u, s, g in F02_OVERALL:
        fx.unit(u, None, g, D(s))
    fx.notes = (
        "SYNTHETIC. The key-project results table is ONLY A PICTURE (a PNG of a spreadsheet-like table, 144 dpi, "
        "pasted into the Word document): no project name, department, amount or score of it is in the PDF's text "
        "layer; only OCR can read them. The gold projects come from the picture's source table (checked against "
        "that table's own text and its PDF's text layer). The distribution is in prose with shares; '无评价结果为"
        "“差”的项目' is an explicit zero (差: 0, no share printed). The 亿元 total is the rounded sum of the "
        "picture's 万元 column. region 玉衡市本级 from the title (市本级). 部门整体 results in a text table "
        "(parent null: 玉衡市档案馆's parent is not stated). The grade legend (90分及以上 …) gives bands, not "
        "scores. Not data: 玉财规〔2022〕3号, 10% (a budget cut), dates."
    )
    return fx


# =============================================================================================== 03 雁湖区
# (group, subgroup or None, name, 主管部门, 万元, score)
F03_KEY = [
    ("（一）民生保障类项目", "1.教育领域", "区属中小学课后服务补助资金", "雁湖区教育局", "1860.00", "91.5"),
    ("（一）民生保障类项目", "1.教育领域", "普惠性民办幼儿园奖补资金", "雁湖区教育局", "645.00", "84.0"),
    ("（一）民生保障类项目", "2.卫生健康领域", "社区卫生服务中心标准化建设", "雁湖区卫生健康局", "1320.50", "87.5"),
    ("（一）民生保障类项目", "2.卫生健康领域", "65岁以上老年人健康管理服务", "雁湖区卫生健康局", "386.20", "92.0"),
    ("（二）城市建设管理类项目", None, "背街小巷综合整治工程", "雁湖区城市管理局", "4250.00", "82.5"),
    ("（二）城市建设管理类项目", None, "老旧供水管网改造工程", "雁湖区住房和城乡建设局", "6830.40", "78.0"),
    ("（二）城市建设管理类项目", None, "智慧停车系统建设项目", "雁湖区城市管理局", "1575.00", "85.5"),
    ("（三）产业发展类项目", None, "中小微企业纾困贷款贴息", "雁湖区工业和信息化局", "2100.00", "88.5"),
    ("（三）产业发展类项目", None, "夜间经济示范街区打造", "雁湖区商务局", "980.00", "73.5"),
]


def f03_two_column_bulletin() -> Fixture3:
    """A 财政工作简报 in two columns: masthead over the full width, then the article in two columns with a typed
    outline 一、（一）1.（1）①; each project with its 主管部门, money and score, no grades anywhere."""
    doc = Doc3("雁湖区财政局办公室", body_size=14, line_pitch=23)
    rows = [(g, sg, n, d, D(a), D(s)) for g, sg, n, d, a, s in F03_KEY]
    n, total = len(rows), sum(r[4] for r in rows)
    n_dept = len({r[3] for r in rows})
    scores = [r[5] for r in rows]
    n_self = 418
    hi = sum(1 for s in scores if s >= 90)
    mid = sum(1 for s in scores if 80 <= s < 90)
    lo = n - hi - mid

    doc.bulletin_masthead("财政工作简报", "第7期", "雁湖区财政局办公室编", "2024年6月12日")
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=34, before=8, after=8)
    title = "雁湖区2023年度财政重点绩效评价工作成效明显"
    doc._run(p, title, font=XBS, size=20)
    doc.text.append(title)
    doc.columns(2, space_cm=0.9, separator=True)
    doc.rich([("【编者按】", HEI, False), ("绩效评价是预算绩效管理的关键环节。现将2023年度区级财政重点绩效评价"
              "有关情况予以刊发，供各部门参阅。", KAI, False)])  # fmt: skip
    doc.heading(1, "一、基本情况")
    q_key = f"区财政局组织对{n}个项目开展财政重点绩效评价"
    q_amt = f"涉及资金{yi(total)}亿元"
    q_dept = f"覆盖区级部门{n_dept}个"
    q_self = f"指导区级部门完成项目绩效自评{n_self}个"
    doc.para(f"2023年度，{q_key}，{q_amt}，{q_dept}；{q_self}，自评覆盖率100%。")
    doc.para(
        f"评价采取“第三方机构+专家”方式，通过资料核查、现场勘验、问卷调查等方法进行。{n}个项目平均得分"
        f"{avg(scores)}分，其中90分以上的{hi}个，80至90分的{mid}个，80分以下的{lo}个。"
    )
    doc.heading(1, "二、项目评价情况")
    group = sub = None
    for g, sg, name, dept, amt, score in rows:
        if g != group:
            doc.heading(2, g)
            group, sub = g, None
            k = 0
        if sg and sg != sub:
            doc.para(sg, bold=True)
            sub, k = sg, 0
        k += 1
        label = f"（{k}）" if sg else f"{k}."
        doc.para(f"{label}{name}（主管部门：{dept}），预算资金{money(amt, sep=False)}万元，评价得分{score}分。")
    doc.heading(1, "三、发现的主要问题")
    for mark, text in (
        ("①", "绩效目标编制质量不高，部分项目仅设置产出指标，效益指标缺失；"),
        ("②", "资金拨付不及时，个别项目年底集中支付，预算执行率低于80%；"),
        ("③", "项目管理不规范，部分工程类项目验收资料缺失，后续管护责任不明确。"),
    ):
        doc.para(mark + text)
    doc.heading(1, "四、下一步工作")
    doc.para(
        "区财政局将督促相关部门于2024年8月底前完成整改，将评价结果与2025年预算安排挂钩，对得分低于80分的项目"
        "适当压减预算，推动绩效评价结果真正“用起来”。"
    )
    doc.line("（区财政局预算绩效管理科供稿）", align="right", font=KAI)
    doc.footer("dash", size=12)

    fx = fixture(
        "word3_03_two_column_bulletin",
        "财政工作简报 (red masthead, 第7期) whose article is set in TWO COLUMNS with a separator line; typed "
        "outline 一、（一）1.（1）①; 9 projects each `名称（主管部门：…），预算资金…万元，评价得分…分。` with "
        "scores only (no grade anywhere), score-band counts in prose; two pages",
        doc,
        title=title,
        region="雁湖区",
        year=2023,
        tagged=True,
        two_column=True,
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_amt)
    fx.metric("key_evaluated_departments", n_dept, "个", q_dept)
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.batch("self", "项目绩效自评", project_count=n_self)
    fx.batch("key", "财政重点绩效评价", project_count=n, department_count=n_dept, amount=yi(total),
             amount_unit="亿元")  # fmt: skip
    for i, (_g, _sg, name, dept, amt, score) in enumerate(rows, start=1):
        fx.project(i, name, dept, None, "key", score=score, amount=amt, unit="万元")
    fx.notes = (
        "SYNTHETIC 简报 (bulletin): a full-width masthead and title, then a continuous section of two columns "
        "(read down the left column, then the right); a text engine that reads across the page interleaves the "
        "columns. The outline numbers are typed: 一、 / （一） / 1. / （1） / ①. Projects are numbered within "
        "their group (1.（1）（2）, 2.（1）（2）, then 1. 2. 3. again), so seq is the order of mention (1–9). "
        "Every project has a score and NO grade: no grade word appears in the document; the sentence "
        f"'其中90分以上的{hi}个，80至90分的{mid}个，80分以下的{lo}个' counts score bands, not grades (grades "
        f"null). The average {avg(scores)}分 is not a project score. The 主管部门 is in parentheses after each "
        f"name. fiscal_year 2023 from the title; the bulletin is dated 2024. Not data: 第7期, 100% (coverage), "
        "80% (execution rate), '得分低于80分' (a threshold)."
    )
    return fx


# =============================================================================================== 04 杉溪县
# (name, 主管部门, 万元, 单位自评得分, 财政复核得分)
F04_ROWS = [
    ("县城区学校教育装备更新项目", "杉溪县教育局", "865.00", "96", "91.5"),
    ("教师培训及继续教育经费", "杉溪县教育局", "212.40", "95", "84.0"),
    ("基层医疗机构设备购置补助", "杉溪县卫生健康局", "540.00", "94", "78.5"),
    ("重大传染病防控经费", "杉溪县卫生健康局", "186.30", "97", "92.0"),
    ("农业社会化服务项目", "杉溪县农业农村局", "400.00", "93", "81.0"),
    ("动物防疫补助经费", "杉溪县农业农村局", "158.60", "95", "86.5"),
    ("小型水库除险加固工程", "杉溪县水利局", "1320.00", "92", "83.5"),
    ("农村公路日常养护经费", "杉溪县交通运输局", "780.00", "96", "88.0"),
    ("城区路灯节能改造项目", "杉溪县住房和城乡建设局", "455.80", "94", "72.0"),
    ("城乡最低生活保障资金", "杉溪县民政局", "2650.00", "98", "93.5"),
    ("公益性岗位补贴", "杉溪县人力资源和社会保障局", "326.00", "95", "85.0"),
    ("非物质文化遗产保护经费", "杉溪县文化和广电旅游体育局", "68.00", "92", "76.0"),
    ("森林防火专项经费", "杉溪县林业局", "245.00", "96", "90.5"),
    ("食品安全监督抽检经费", "杉溪县市场监督管理局", "96.50", "94", "87.0"),
    ("政务服务中心运行经费", "杉溪县行政审批服务局", "310.00", "93", "82.5"),
    ("应急物资储备经费", "杉溪县应急管理局", "120.00", "95", "79.0"),
    ("巩固拓展脱贫攻坚成果衔接资金项目", "杉溪县农业农村局", "1860.00", "96", "89.5"),
    ("城区公共停车场建设项目", "杉溪县城市管理局", "520.00", "91", "55.5"),
    ("退役军人优抚资金", "杉溪县退役军人事务局", "433.20", "97", "94.0"),
]
F04_WATERMARK = "内部资料 注意保存"


def f04_watermark_two_scores() -> Fixture3:
    """A county 复核 通报 stamped with a diagonal grey watermark on every page; the table has the unit's own
    self-evaluation score next to the finance bureau's review score, and the text says the review is the result."""
    doc = Doc3("杉溪县财政局")
    rows = [(nm, d, D(a), D(s1), D(s2), band(D(s2), GRADES_YLZC)) for nm, d, a, s1, s2 in F04_ROWS]
    n, total = len(rows), sum(r[2] for r in rows)
    cnt = Counter(r[5] for r in rows)
    n_self, n_units, self_amt, ratio = 186, 62, D("9.73"), 10
    self_grades = {"优": 152, "良": 31, "中": 3}
    assert sum(self_grades.values()) == n_self
    avg_self, avg_fin = avg([r[3] for r in rows]), avg([r[4] for r in rows])

    doc.red_letterhead("杉溪县财政局", "杉财绩〔2024〕11号")
    title = doc.title("杉溪县财政局关于2023年度项目支出", "绩效自评抽查复核结果的通报")
    doc.line("县直各预算单位：")
    doc.para(
        "为压实预算单位绩效管理主体责任，提高绩效自评质量，根据《杉溪县预算绩效管理办法》有关规定，县财政局"
        "组织开展了2023年度项目支出绩效自评抽查复核工作。现将有关情况通报如下："
    )
    doc.heading(1, "一、自评及复核基本情况")
    q_self = f"全县{n_units}个预算单位对2023年度{n_self}个项目开展了绩效自评"
    q_self_amt = f"涉及资金{self_amt}亿元"
    q_sdist = "，".join(f"“{g}”的{c}个" for g, c in self_grades.items())
    doc.para(f"{q_self}，{q_self_amt}。单位自评结果中，{q_sdist}。")
    q_ratio = f"按照{ratio}%的比例"
    q_samp = f"抽取{n}个项目进行复核"
    q_samp_amt = f"涉及资金{money(total)}万元"
    doc.para(
        f"县财政局在单位自评基础上，综合考虑资金规模、行业领域等因素，{q_ratio}{q_samp}，{q_samp_amt}。"
        "复核采取书面审核与现场核查相结合的方式，对照评价指标体系逐项重新打分。"
    )
    doc.heading(1, "二、复核结果")
    q_dist = "，".join(
        (f"复核等级为“{g}”的{cnt[g]}个" if i == 0 else f"“{g}”的{cnt[g]}个") for i, g in enumerate(GRADES_YLZC)
    )
    doc.para(
        f"复核结果以财政复核得分为准，复核等级依据财政复核得分确定。经复核，{q_dist}。{n}个项目单位自评平均得分"
        f"{avg_self}分，财政复核平均得分{avg_fin}分，自评结果普遍偏高，“自评高分、复核低分”现象较为突出。"
        "具体情况如下："
    )
    doc.caption("2023年度项目支出绩效自评抽查复核结果表", font=HEI, size=14)
    doc.unit_line("金额单位：万元", size=10.5)
    table = [["序号", "项目名称", "主管部门", "预算金额", "单位自评得分", "财政复核得分", "复核等级"]]
    for i, (nm, d, a, s1, s2, g) in enumerate(rows, start=1):
        table.append([str(i), nm, d, money(a), f"{s1}", f"{s2}", g])
    doc.table(table, [1.0, 4.6, 3.7, 1.9, 1.6, 1.6, 1.4], size=10.5, font=SONG,
              align=["c", "l", "l", "r", "c", "c", "c"])  # fmt: skip
    doc.heading(1, "三、存在的主要问题")
    doc.para(
        "一是自评走过场，部分单位未对照绩效目标逐项核实完成情况，自评得分与实际绩效差距较大；二是佐证资料不"
        "充分，部分指标完成值无相应证明材料；三是问题查找不深入，自评报告对存在问题避重就轻。"
    )
    doc.heading(1, "四、工作要求")
    doc.para(
        "各单位要高度重视绩效自评工作，对复核发现的问题于2024年7月15日前整改到位。县财政局将把复核结果与"
        "2025年预算安排挂钩，复核得分低于自评得分15分以上的单位，将在全县范围内通报。"
    )
    doc.signature("杉溪县财政局", "2024年6月3日")
    doc.footer("dash")

    fx = fixture(
        "word3_04_watermark_two_scores",
        f"county 复核 通报 with a diagonal grey WATERMARK (`{F04_WATERMARK}`) stamped over every page and across "
        "the table, in the text layer; the table has TWO SCORES (单位自评得分 | 财政复核得分) and the text says "
        "the finance bureau's is the result; self-evaluation grade counts and 复核 grade counts in prose",
        doc,
        title=title,
        region="杉溪县",
        year=2023,
        tagged=True,
        watermark=F04_WATERMARK,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_self_amt)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", n, "个", q_samp)
    fx.metric("sampled_amount", total, "万元", q_samp_amt)
    fx.batch("self", "单位绩效自评", project_count=n_self, department_count=n_units, amount=self_amt,
             amount_unit="亿元", grades=self_grades)  # fmt: skip
    fx.batch("sampling", "绩效自评抽查复核", project_count=n, amount=total, amount_unit="万元",
             grades=dist(cnt, list(GRADES_YLZC)))  # fmt: skip
    for i, (nm, d, a, _s1, s2, g) in enumerate(rows, start=1):
        fx.project(i, nm, d, g, "sampling", score=s2, amount=a, unit="万元")
    fx.notes = (
        f"SYNTHETIC. Every page carries a watermark `{F04_WATERMARK}` stamped at 45° in light grey by the PDF "
        "export: it is real text in the text layer (PDFium gives it at the end of each page's text; a reader that "
        "sorts characters by position scatters its characters between the body lines and table rows). It is not "
        "data. The table has two scores: 单位自评得分 (the unit's own) and 财政复核得分; the text says '复核结果以"
        "财政复核得分为准', so project score = 财政复核得分 and grade = 复核等级 (the grade follows the review "
        "score, not the self score). Projects belong to the sampling batch (抽查复核 of self-evaluations). Two "
        "distributions: the self-evaluation's (优152/良31/中3 of 186, no 差 mentioned) and the review's "
        f"(优{cnt['优']}/良{cnt['良']}/中{cnt['中']}/差{cnt['差']}). {n_units} 预算单位 = the self batch's "
        f"department_count. The averages {avg_self}分/{avg_fin}分 are not project scores. Not data: 15分 (a "
        "threshold), dates, 文号."
    )
    return fx


# =============================================================================================== 05 清漪市本级
# (name, 主管部门, 万元, 2022年评价等级 or None (new), 2023 score)
F05_ROWS = [
    ("市级城乡居民基本养老保险补助", "清漪市人力资源和社会保障局", "9650.00", "良", "91.2"),
    ("公共租赁住房运营管理补助", "清漪市住房保障和房产管理局", "2860.00", "中", "82.4"),
    ("市属医院重点学科建设专项", "清漪市卫生健康委员会", "3500.00", "良", "86.0"),
    ("中小学智慧校园建设", "清漪市教育局", "4120.50", "优", "88.5"),
    ("城市公交运营补贴", "清漪市交通运输局", "12800.00", "中", "76.8"),
    ("农业产业化龙头企业扶持资金", "清漪市农业农村局", "2300.00", "良", "84.2"),
    ("市级科技计划项目经费", "清漪市科学技术局", "5600.00", "优", "92.6"),
    ("工业企业技术改造奖补", "清漪市工业和信息化局", "7800.00", "良", "79.5"),
    ("文化惠民消费季活动经费", "清漪市文化广电和旅游局", "680.00", "差", "68.0"),
    ("城市绿化养护经费", "清漪市园林绿化局", "3260.00", "良", "87.3"),
    ("生活垃圾焚烧发电处理补贴", "清漪市城市管理局", "6450.00", "良", "90.4"),
    ("数字政府建设运维项目", "清漪市大数据管理局", "4280.00", None, "83.0"),
    ("婴幼儿照护服务体系建设", "清漪市卫生健康委员会", "1150.00", None, "85.6"),
    ("外资招引奖励资金", "清漪市商务局", "2000.00", None, "57.5"),
    ("河湖长制工作经费", "清漪市水利局", "420.00", None, "90.8"),
    ("老年助餐服务补贴", "清漪市民政局", "960.00", None, "88.1"),
]
F05_HEADER = ("清漪市财政局文件", "预算绩效管理信息公开")


def f05_header_two_years() -> Fixture3:
    """A city 通报 with a masthead header and `第 N 页 共 M 页` on every page; a tracking evaluation whose table
    shows last year's grade next to this year's."""
    doc = Doc3("清漪市财政局")
    rows = [(nm, d, D(a), g22, D(s), band(D(s), GRADES_YLZC)) for nm, d, a, g22, s in F05_ROWS]
    n, total = len(rows), sum(r[2] for r in rows)
    n_old = sum(1 for r in rows if r[3])
    cnt = Counter(r[5] for r in rows)
    rank = {g: i for i, g in enumerate(reversed(GRADES_YLZC))}
    up = sum(1 for r in rows if r[3] and rank[r[5]] > rank[r[3]])
    same = sum(1 for r in rows if r[3] and rank[r[5]] == rank[r[3]])
    down = n_old - up - same

    chrome = doc.running_header(*F05_HEADER, size=10.5, color=RED)
    title = doc.title("清漪市财政局关于2023年度市本级财政重点", "绩效评价和跟踪评价结果的通报")
    doc.line("清财绩〔2024〕16号", align="center")
    doc.blank()
    doc.line("市级各部门：")
    doc.para(
        "按照市委、市政府全面实施预算绩效管理的工作要求，市财政局对2023年度市本级部分重点项目开展了财政重点"
        "绩效评价，并对2022年已开展重点评价、2023年继续安排资金的延续性项目开展了跟踪评价，检验问题整改和"
        "绩效改进情况。现将评价结果通报如下："
    )
    doc.heading(1, "一、评价范围")
    q_n = f"共对{n}个项目开展评价"
    q_amt = f"涉及2023年度预算资金{yi(total)}亿元"
    doc.para(
        f"本次{q_n}，{q_amt}，评价对象包括延续性项目和2023年新增项目。"
        "评价按照“四类指标、百分制”计分，90分（含）以上为“优”，80（含）—90分为“良”，60（含）—80分为“中”，"
        "60分以下为“差”。"
    )
    doc.heading(1, "二、评价结果")
    q_dist = "，".join(
        (f"2023年度评价等级为“{g}”的{cnt[g]}个" if i == 0 else f"“{g}”的{cnt[g]}个") for i, g in enumerate(GRADES_YLZC)
    )
    doc.para(
        f"经评价，{n}个项目中，{q_dist}。{n_old}个延续性项目与2022年评价结果相比，等级提升的{up}个，持平的"
        f"{same}个，下降的{down}个。具体结果见下表（2022年评价等级仅供对照，本次评价结果以2023年度评价等级为准）。"
    )
    doc.caption("2023年度市本级财政重点绩效评价和跟踪评价结果表", font=HEI, size=14)
    doc.unit_line("金额单位：万元", size=10.5)
    table = [["序号", "项目名称", "主管部门", "2023年预算", "2022年评价等级", "2023年评价得分", "2023年评价等级"]]
    for i, (nm, d, a, g22, s, g) in enumerate(rows, start=1):
        table.append([str(i), nm, d, money(a), g22 or "新增", f"{s}", g])
    doc.table(table, [1.0, 4.4, 3.9, 2.0, 1.9, 1.7, 1.7], size=10.5, font=SONG,
              align=["c", "l", "l", "r", "c", "c", "c"])  # fmt: skip
    doc.style_last_table(shade="D9D9D9")
    doc.heading(1, "三、主要问题")
    doc.para(
        "部分延续性项目对上年评价发现的问题整改不彻底，绩效目标调整不及时；城市公交运营补贴等项目补贴测算"
        "依据不充分；外资招引奖励资金兑现条件设置不合理，资金使用效益不高。"
    )
    doc.heading(1, "四、结果应用")
    doc.para(
        "评价结果已反馈各部门。对评价等级为“差”的项目，2025年原则上不再安排预算；连续两年评价等级为“中”"
        "及以下的项目，压减预算20%。各部门应于2024年9月30日前报送整改情况。"
    )
    doc.signature("清漪市财政局", "2024年7月8日")
    doc.footer("page_of", size=10.5)

    fx = fixture(
        "word3_05_header_two_years",
        "city 通报 with a RUNNING HEADER on every page (masthead `清漪市财政局文件` in red at the left, "
        "`预算绩效管理信息公开` at the right, a rule) and `第 N 页 共 M 页` footers; table with TWO YEARS of "
        "grades side by side (2022年评价等级 | 2023年评价得分 | 2023年评价等级), `新增` cells, shaded header",
        doc,
        title=title,
        region="清漪市本级",
        year=2023,
        tagged=False,
        chrome=chrome,
    )
    fx.metric("key_evaluated_projects", n, "个", q_n)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_amt)
    fx.batch("key", "财政重点绩效评价和跟踪评价", project_count=n, amount=yi(total), amount_unit="亿元",
             grades=dist(cnt, list(GRADES_YLZC)))  # fmt: skip
    for i, (nm, d, a, _g22, s, g) in enumerate(rows, start=1):
        fx.project(i, nm, d, g, "key", score=s, amount=a, unit="万元")
    fx.notes = (
        "SYNTHETIC. A header on every page: `清漪市财政局文件` (red, left) and `预算绩效管理信息公开` (right) over "
        "a rule, and `第 N 页 共 M 页` at the foot: page furniture, not data. The table carries two years: the "
        "2022年评价等级 column (last year's result, '仅供对照') must be ignored; grade = 2023年评价等级, score = "
        f"2023年评价得分. The {n - n_old} new projects have `新增` in the 2022 column. The distribution in "
        "prose is 2023's; the up/same/down counts "
        f"({up}/{same}/{down}) compare years and are not a distribution. One batch: the key evaluation and the "
        "tracking evaluation are reported as one round of 16 projects with one distribution. region 清漪市本级 "
        "from the title (市本级). The bands in 一、 (90分（含）以上为“优” …) are not scores. Not data: "
        "清财绩〔2024〕16号, 20% (a budget cut), dates."
    )
    return fx


# =============================================================================================== 06 棠溪县
F06_KEY = [
    ("茶产业提质增效扶持资金", "棠溪县农业农村局", "1856.3250", "88.5"),
    ("农村饮水安全巩固提升工程", "棠溪县水利局", "2437.0800", "91.0"),
    ("义务教育学校标准化建设", "棠溪县教育局", "3120.4560", "86.0"),
    ("县域医共体信息化建设", "棠溪县卫生健康局", "1268.9013", "79.5"),
    ("农村公路危桥改造工程", "棠溪县交通运输局", "2059.7200", "84.0"),
    ("城乡环卫一体化服务项目", "棠溪县综合行政执法局", "1475.0000", "90.5"),
    ("困难残疾人生活补贴和重度残疾人护理补贴", "棠溪县残疾人联合会", "386.5000", "92.5"),
    ("电子商务进农村综合示范项目", "棠溪县商务局", "922.5000", "68.0"),
]


def f06_fullwidth_digits() -> Fixture3:
    """A county's annual work report typed with full-width digits and percent signs in the prose (title
    included); the key-project table in 万元 with four decimals (ASCII digits, as pasted from a spreadsheet)."""
    doc = Doc3("棠溪县财政局")
    rows = [(nm, d, D(a), D(s), band(D(s), GRADES_YLZC)) for nm, d, a, s in F06_KEY]
    n, total = len(rows), sum(r[2] for r in rows)
    n_self, n_units, self_amt, n_mon = 482, 76, D("12.65"), 395
    ratio, sampled, samp_amt = 15, 72, D("2.38")
    samp = {"优": 21, "良": 40, "中": 9, "差": 2}
    assert sum(samp.values()) == sampled
    overall = [("县林业局", "良"), ("县供销合作社联合社", "良")]
    counted = "/".join(f"{g}{c}" for g, c in Counter(r[4] for r in rows).items())

    title = doc.title(fw("棠溪县2023年度预算绩效管理"), "工作情况报告")
    doc.line(fw("（2024年3月26日）"), align="center", font=KAI)
    doc.blank()
    doc.para(
        fw(
            "2023年，县财政局坚持以全面实施预算绩效管理为抓手，聚焦“事前评估、目标管理、运行监控、绩效评价、"
            "结果应用”全链条，推动预算和绩效管理一体化。现将有关情况报告如下。"
        )
    )
    doc.heading(1, "一、绩效自评和运行监控情况")
    q_self = fw(f"全县{n_units}个预算单位完成2023年度项目支出绩效自评{n_self}个")
    q_self_amt = fw(f"涉及资金{self_amt}亿元")
    q_mon = fw(f"对{n_mon}个项目开展绩效运行监控")
    doc.para(f"{q_self}，{q_self_amt}，自评覆盖率{fw('100%')}。{q_mon}，{fw('对17个偏离绩效目标的项目督促整改。')}")
    doc.heading(1, "二、财政抽评情况")
    q_ratio = fw(f"按{ratio}%的比例")
    q_samp = fw(f"抽取{sampled}个项目开展抽评")
    q_samp_amt = fw(f"涉及资金{samp_amt}亿元")
    parts = [fw(f"抽评结果为“优”的{samp['优']}个，占{pct(samp['优'], sampled)}%")]
    parts += [fw(f"“{g}”的{c}个，占{pct(c, sampled)}%") for g, c in samp.items() if g != "优"]
    q_dist = "；".join(parts)
    doc.para(f"县财政局在单位自评基础上，{q_ratio}{q_samp}，{q_samp_amt}。{q_dist}。")
    doc.heading(1, "三、财政重点评价情况")
    q_key = fw(f"县财政局对{n}个项目开展财政重点绩效评价")
    q_key_amt = fw(f"涉及资金{money(total, places=4, sep=False)}万元")
    doc.para(
        f"{q_key}，{q_key_amt}。"
        + fw(f"评价平均得分{avg([r[3] for r in rows])}分，最高分{max(r[3] for r in rows)}分，最低分")
        + fw(f"{min(r[3] for r in rows)}分。各项目评价结果如下：")
    )
    doc.caption(fw("表1　2023年度财政重点绩效评价结果"), font=HEI, size=14)
    doc.unit_line("单位：万元", size=10.5)
    table = [["序号", "项目名称", "主管部门", "预算金额", "得分", "等级"]]
    for i, (nm, d, a, s, g) in enumerate(rows, start=1):
        table.append([str(i), nm, d, money(a, places=4, sep=False), f"{s}", g])
    table.append(["合计", LEFT, LEFT, money(total, places=4, sep=False), None, None])
    doc.table(table, [1.1, 5.3, 4.0, 2.4, 1.4, 1.4], size=10.5, font=SONG,
              align=["c", "l", "l", "r", "c", "c"])  # fmt: skip
    doc.heading(1, "四、部门整体支出评价情况")
    q_over = fw(f"对县林业局、县供销合作社联合社{len(overall)}个部门开展部门整体支出绩效评价")
    doc.para(f"{q_over}，{fw('评价结果均为“良”。')}")
    doc.heading(1, "五、评价结果应用")
    doc.para(
        fw(
            "县财政局将评价结果作为2025年预算安排的重要依据：对评价结果为“优”的项目优先保障；对评价结果为“中”"
            "的项目压减预算10%；对评价结果为“差”的项目，暂停安排资金并限期整改。"
        )
    )
    doc.signature("棠溪县财政局", fw("2024年3月26日"))
    doc.footer("dash")

    fx = fixture(
        "word3_06_fullwidth_digits",
        "county work report typed with FULL-WIDTH digits, points and percent signs in prose and title "
        "（２０２３年, １２．６５亿元, １５％, 占２９．２％）; 自评/监控/抽评 distribution with shares/重点/部门整体 "
        "(`均为“良”`); key table in 万元 with FOUR decimals (ASCII) and a 合计 row",
        doc,
        title=title,
        region="棠溪县",
        year=2023,
        tagged=True,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_self_amt)
    fx.metric("monitored_projects", n_mon, "个", q_mon)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", sampled, "个", q_samp)
    fx.metric("sampled_amount", samp_amt, "亿元", q_samp_amt)
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_key_amt)
    fx.metric("department_overall_evaluations", len(overall), "个", q_over)
    fx.batch("self", "项目支出绩效自评", project_count=n_self, department_count=n_units, amount=self_amt,
             amount_unit="亿元")  # fmt: skip
    fx.batch("sampling", "财政抽评", project_count=sampled, amount=samp_amt, amount_unit="亿元", grades=samp,
             grade_shares_pct={g: pct(c, sampled) for g, c in samp.items()})  # fmt: skip
    fx.batch("key", "财政重点绩效评价", project_count=n, amount=total, amount_unit="万元")
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(overall), department_count=len(overall))
    for i, (nm, d, a, s, g) in enumerate(rows, start=1):
        fx.project(i, nm, d, g, "key", score=s, amount=a, unit="万元")
    for unit, g in overall:
        fx.unit(unit, None, g)
    fx.notes = (
        "SYNTHETIC. The prose and the title are typed with FULL-WIDTH digits, decimal points and percent signs "
        "(U+FF10–FF19, U+FF0E, U+FF05): quotes and the title are verbatim (full-width), values are numbers. The "
        "table uses ASCII digits (pasted from a spreadsheet), amounts in 万元 with four decimals (unit only in "
        "`单位：万元`); the prose key total is the same sum with four decimals (full-width). fiscal_year 2023 from "
        "the title. Sampling shares are printed (they sum to 100.1). Key batch grades=null: no distribution is "
        f"printed for it (counting the table would give {counted}). "
        "Average, highest and lowest scores are not project scores. 部门整体: two departments named as the "
        "sentence names them (县林业局、县供销合作社联合社, verbatim) with one grade for both (`评价结果均为“良”`), "
        "no scores. Not data: 100% (coverage), 17个项目 (corrected), 10% (a budget cut), the 合计 row."
    )
    return fx


# =============================================================================================== 07 峪岭市
F07_GROUPS = [
    ("峪岭市教育局", [
        ("市属中小学校舍维修改造", "峪岭市教育局（本级）", "88.6"),
        ("中等职业学校免学费补助", "峪岭市职业技术学校", "91.4"),
        ("市级学生资助资金", "峪岭市学生资助管理中心", "93.2"),
        ("教师队伍建设专项经费", "峪岭市教师发展中心", "84.5"),
        ("特殊教育提升计划", "峪岭市特殊教育学校", "79.0"),
    ]),
    ("峪岭市卫生健康委员会", [
        ("公立医院综合改革补助", "峪岭市人民医院", "86.3"),
        ("基本公共卫生服务市级配套资金", "峪岭市卫生健康委员会（本级）", "90.7"),
        ("院前急救体系建设", "峪岭市急救中心", "82.1"),
        ("卫生健康人才培养专项", "峪岭市卫生健康委员会（本级）", "76.4"),
    ]),
    ("峪岭市农业农村局", [
        ("高标准农田建设市级配套资金", "峪岭市农田建设服务中心", "87.9"),
        ("农产品质量安全监管经费", "峪岭市农产品质量安全检测中心", "83.6"),
        ("现代农业产业园建设", "峪岭市农业农村局（本级）", "80.2"),
        ("农村集体经济发展扶持资金", "峪岭市农村经济经营管理站", "72.8"),
    ]),
    ("峪岭市交通运输局", [
        ("国省干线公路养护工程", "峪岭市公路事业发展中心", "89.1"),
        ("城乡客运一体化补贴", "峪岭市交通运输局（本级）", "74.5"),
        ("农村公路提档升级工程", "峪岭市农村公路管理所", "85.8"),
    ]),
    ("峪岭市住房和城乡建设局", [
        ("城镇老旧小区改造市级补助", "峪岭市住房和城乡建设局（本级）", "86.9"),
        ("城市排水防涝设施建设", "峪岭市市政设施管理处", "81.3"),
        ("建筑节能与绿色建筑推广", "峪岭市建筑节能管理中心", "58.6"),
        ("保障性住房维修资金", "峪岭市住房保障服务中心", "83.0"),
    ]),
    ("峪岭市民政局", [
        ("困难群众救助资金", "峪岭市民政局（本级）", "94.1"),
        ("养老服务体系建设资金", "峪岭市社会福利院", "88.2"),
        ("殡葬改革惠民补贴", "峪岭市殡仪馆", "81.7"),
        ("儿童福利保障经费", "峪岭市儿童福利院", "90.3"),
    ]),
    ("峪岭市人力资源和社会保障局", [
        ("就业创业补贴资金", "峪岭市公共就业服务中心", "87.4"),
        ("职业技能提升行动资金", "峪岭市职业技能鉴定中心", "77.9"),
        ("高层次人才公寓租金补贴", "峪岭市人才服务中心", "84.8"),
    ]),
    ("峪岭市生态环境局", [
        ("大气污染防治专项资金", "峪岭市生态环境局（本级）", "92.6"),
        ("土壤污染防治项目", "峪岭市固体废物管理中心", "82.9"),
        ("生态环境监测能力建设", "峪岭市生态环境监测站", "85.5"),
        ("农村环境综合整治项目", "峪岭市生态环境局（本级）", "71.3"),
    ]),
    ("峪岭市文化广电旅游局", [
        ("公共文化场馆免费开放经费", "峪岭市图书馆", "90.9"),
        ("全域旅游宣传推广经费", "峪岭市旅游发展服务中心", "55.2"),
        ("文物保护修缮工程", "峪岭市文物保护中心", "80.6"),
    ]),
    ("峪岭市科学技术局", [
        ("科技创新平台建设资金", "峪岭市科学技术局（本级）", "86.1"),
        ("高新技术企业培育奖补", "峪岭市科技创新服务中心", "83.7"),
        ("科技特派员专项经费", "峪岭市科学技术局（本级）", "78.2"),
    ]),
    ("峪岭市水利局", [
        ("中小河流治理工程", "峪岭市河道管理处", "88.0"),
        ("水土保持综合治理项目", "峪岭市水土保持站", "84.2"),
        ("农村供水工程维修养护", "峪岭市农村供水管理站", "91.8"),
    ]),
]  # fmt: skip


def _f07_amount(rng: random.Random) -> Decimal:
    """A budget in 元 as bureaus' systems print it: mostly round thousands, sometimes to the fen."""
    wan = rng.choice([rng.randint(30, 900), rng.randint(200, 4000), rng.randint(800, 9000)])
    yuan = D(wan * 10000)
    if rng.random() < 0.35:
        yuan += D(rng.randint(100, 9999)) + D(rng.randint(0, 99)) / 100
    return yuan


def f07_landscape_yuan() -> Fixture3:
    """A city 公告: one portrait page of text, then a LANDSCAPE table of 40 projects in 元 with thousands
    separators over several pages (header rows repeated), 主管部门 merged down its projects and its 小计 row,
    a 项目实施单位 column next to the 主管部门, a 合计 row."""
    doc = Doc3("峪岭市财政局")
    rng = random.Random(7)
    groups = [(dept, [(nm, unit, _f07_amount(rng), D(s)) for nm, unit, s in ps]) for dept, ps in F07_GROUPS]
    flat = [(dept, nm, unit, a, s, band(s, GRADES_YLZC)) for dept, ps in groups for nm, unit, a, s in ps]
    n, n_dept = len(flat), len(groups)
    total = sum(r[3] for r in flat)
    cnt = Counter(r[5] for r in flat)

    title = doc.title("峪岭市财政局关于2023年度市级项目支出", "重点绩效评价结果的公告")
    doc.line("2024年第3号", align="center", font=KAI)
    doc.blank()
    q_key = f"对{n_dept}个市级部门的{n}个项目开展重点绩效评价"
    q_amt = f"涉及预算资金{yi(total, per=10**8)}亿元"
    doc.para(
        "根据《中华人民共和国预算法》及其实施条例和《峪岭市全面实施预算绩效管理实施方案》有关规定，市财政局"
        f"{q_key}，{q_amt}。现将评价结果予以公告。"
    )
    q_dist = "、".join(
        (f"评价等级为“{g}”的{cnt[g]}个" if i == 0 else f"“{g}”的{cnt[g]}个") for i, g in enumerate(GRADES_YLZC)
    )
    doc.para(f"评价结果显示，{q_dist}。各项目评价结果详见附表。")
    doc.para(
        "评价等级划分标准：综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，"
        "60分以下为“差”。"
    )
    doc.para("对公告内容如有疑问，请于公告之日起15个工作日内向市财政局预算绩效管理科反映。联系电话：0871-6530 2216。")
    doc.signature("峪岭市财政局", "2024年6月21日")
    doc.landscape()
    doc.line("附表", font=HEI)
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=30, after=6)
    cap = "峪岭市2023年度市级项目支出重点绩效评价结果明细表"
    doc._run(p, cap, font=XBS, size=18)
    doc.text.append(cap)
    table: list[list[str | None]] = [
        ["序号", "主管部门", "项目名称", "项目实施单位", "预算金额（元）", "评价得分", "评价等级"]
    ]
    seq = 0
    bold = []
    for dept, ps in groups:
        for j, (nm, unit, a, s) in enumerate(ps):
            seq += 1
            table.append([str(seq), dept if j == 0 else UP, nm, unit, money(a), f"{s}", band(s, GRADES_YLZC)])
        table.append([None, UP, "小计", None, money(sum(p[2] for p in ps)), None, None])
        bold.append(len(table) - 1)
    table.append(["合计", LEFT, LEFT, LEFT, money(total), None, None])
    bold.append(len(table) - 1)
    doc.table(table, [1.2, 4.1, 6.2, 5.8, 3.5, 1.9, 1.9], size=10.5, font=SONG, header_font=HEI,
              align=["c", "c", "l", "l", "r", "c", "c"])  # fmt: skip
    doc.style_last_table(shade="D9D9D9", bold_rows=tuple(bold), row_height_cm=0.62)
    doc.footer("page_of", size=10.5)

    fx = fixture(
        "word3_07_landscape_yuan",
        f"city 公告: a portrait page, then a LANDSCAPE table of {n} projects over several pages with REPEATED "
        "header rows, amounts in 元 with thousands separators (e.g. 12,345,678.90), 主管部门 merged vertically "
        "over its projects and its 小计 row (blank 序号), a 项目实施单位 column next to the 主管部门, 合计 row",
        doc,
        title=title,
        region="峪岭市",
        year=2023,
        tagged=True,
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_departments", n_dept, "个", q_key)
    fx.metric("key_evaluated_amount", yi(total, per=10**8), "亿元", q_amt)
    fx.batch("key", "市级项目支出重点绩效评价", project_count=n, department_count=n_dept,
             amount=yi(total, per=10**8), amount_unit="亿元", grades=dist(cnt, list(GRADES_YLZC)))  # fmt: skip
    for i, (dept, nm, _unit, a, s, g) in enumerate(flat, start=1):
        fx.project(i, nm, dept, g, "key", score=s, amount=a, unit="元")
    fx.notes = (
        f"SYNTHETIC. The results are in a landscape 附表 of {n} projects in {n_dept} departments over several "
        "pages, its header row repeated on each page. department = 主管部门 (merged vertically over the "
        "department's projects AND its 小计 row, so printed once per department; where a page break cuts a merge "
        "(with the fonts of tools/word_fonts.conf: 峪岭市科学技术局 over pages 3–4), the rows continued on the "
        "next page show an EMPTY department cell); the 项目实施单位 column (often "
        "`…（本级）`) is NOT the department. Amounts in 元 "
        "(unit only in the header 预算金额（元）) with thousands separators, some to the fen; the prose total is "
        "the rounded sum in 亿元. 小计 rows (blank 序号) and the 合计 row are totals, not projects. fiscal_year "
        "2023 from the title; '2024年第3号' is the notice number. Not data: 15个工作日, the phone number, bands."
    )
    return fx


# =============================================================================================== 08 汀澜区
F08_GROUPS = [
    ("汀澜区教育局", [
        ("汀澜区教育局机关", "2865.40", "91.5"), ("汀澜区实验小学", "1930.26", "93.0"),
        ("汀澜区第一中学", "3410.00", "88.5"), ("汀澜区第二中学", "2987.65", "84.0"),
        ("汀澜区中心幼儿园", "865.30", "90.5"), ("汀澜区教师发展中心", "412.80", "78.5"),
    ]),
    ("汀澜区卫生健康局", [
        ("汀澜区卫生健康局机关", "1536.90", "89.0"), ("汀澜区人民医院", "8620.00", "86.5"),
        ("汀澜区中医院", "4375.50", "82.0"), ("汀澜区疾病预防控制中心", "1208.40", "92.5"),
        ("汀澜区妇幼保健院", "1650.00", "76.0"),
    ]),
    ("汀澜区农业农村局", [
        ("汀澜区农业农村局机关", "2210.00", "85.5"), ("汀澜区农业技术推广中心", "516.20", "81.0"),
        ("汀澜区动物疫病预防控制中心", "388.75", "90.0"),
    ]),
    ("汀澜区民政局", [
        ("汀澜区民政局机关", "3180.60", "87.5"), ("汀澜区社会福利院", "960.00", "91.0"),
        ("汀澜区救助管理站", "245.30", "73.5"),
    ]),
    ("汀澜区城市管理局", [
        ("汀澜区城市管理局机关", "2650.00", "83.5"), ("汀澜区环境卫生服务中心", "5820.40", "86.0"),
        ("汀澜区市政设施维护中心", "3365.00", "57.5"),
    ]),
    ("汀澜区文化和旅游局", [
        ("汀澜区文化和旅游局机关", "980.00", "82.5"), ("汀澜区图书馆", "436.80", "94.0"),
        ("汀澜区文化馆", "318.60", "79.0"),
    ]),
    ("汀澜区人力资源和社会保障局", [
        ("汀澜区人力资源和社会保障局机关", "1425.00", "88.0"), ("汀澜区就业服务中心", "672.90", "90.5"),
    ]),
    ("汀澜区自然资源局", [
        ("汀澜区自然资源局机关", "1860.00", "84.5"), ("汀澜区不动产登记中心", "540.20", "86.5"),
        ("汀澜区土地储备中心", "2300.00", "71.0"),
    ]),
    ("汀澜区水利局", [
        ("汀澜区水利局机关", "1120.00", "85.0"), ("汀澜区水利工程管理站", "1746.35", "92.0"),
        ("汀澜区河道管理所", "590.40", "80.5"),
    ]),
]  # fmt: skip
GRADES_ABCD = ("A", "B", "C", "D")


def f08_units_abcd() -> Fixture3:
    """A district's 部门（单位）整体支出 results: 31 units under 9 主管部门 (merged vertically), grades A/B/C/D
    explained by a legend under the table, a distribution in 家."""
    doc = Doc3("汀澜区财政局")
    flat = [(dept, u, D(a), D(s), band(D(s), GRADES_ABCD)) for dept, us in F08_GROUPS for u, a, s in us]
    n, n_dept = len(flat), len(F08_GROUPS)
    total = sum(r[2] for r in flat)
    cnt = Counter(r[4] for r in flat)

    doc.red_letterhead("汀澜区财政局", "汀财绩〔2024〕9号")
    title = doc.title("关于2023年度区级部门（单位）整体支出", "绩效评价结果的通报")
    doc.line("区级各部门：")
    q_n = f"对区教育局等{n_dept}个部门及其所属单位共{n}家预算单位2023年度整体支出开展绩效评价"
    q_amt = f"涉及预算资金{yi(total)}亿元"
    doc.para(
        f"根据《汀澜区部门整体支出绩效评价暂行办法》，区财政局会同区审计局，{q_n}，{q_amt}。评价围绕部门"
        "（单位）职责履行、预算管理、资产管理、绩效产出和效益等方面进行。"
    )
    q_dist = "，".join(
        (f"评价等级为{g}的单位{cnt[g]}家" if i == 0 else f"{g}的{cnt[g]}家") for i, g in enumerate(GRADES_ABCD)
    )
    doc.para(f"评价结果显示：{q_dist}。具体结果如下：")
    doc.caption("2023年度区级部门（单位）整体支出绩效评价结果表", font=HEI, size=14)
    doc.unit_line("金额单位：万元", size=10.5)
    table: list[list[str | None]] = [["序号", "主管部门", "单位名称", "预算总额", "评价得分", "评价等级"]]
    for i, (dept, u, a, s, g) in enumerate(flat, start=1):
        prev = flat[i - 2][0] if i > 1 else None
        table.append([str(i), UP if dept == prev else dept, u, money(a), f"{s}", g])
    doc.table(table, [1.2, 3.4, 5.3, 2.2, 1.9, 1.9], size=10.5, font=SONG, header_font=HEI,
              align=["c", "c", "l", "r", "c", "c"])  # fmt: skip
    doc.note(
        "注：评价等级分为A、B、C、D四级。A：90分≤得分≤100分；B：80分≤得分＜90分；C：60分≤得分＜80分；D：得分＜60分。",
        size=10.5,
    )
    doc.heading(1, "一、主要问题")
    doc.para(
        "部分单位整体绩效目标与年度工作计划衔接不紧，指标设置以定性为主；预算执行均衡性不足，第四季度支出"
        "占比偏高；个别单位固定资产账实不符，政府采购程序不够规范。"
    )
    doc.heading(1, "二、整改要求")
    doc.para(
        "评价等级为C、D的单位，应于2024年8月31日前向区财政局报送整改报告。区财政局将评价结果作为2025年部门"
        "预算安排的重要参考，对D级单位下一年度公用经费压减5%。"
    )
    doc.signature("汀澜区财政局", "2024年6月28日")
    doc.footer("dash")

    fx = fixture(
        "word3_08_units_abcd",
        "district 部门（单位）整体 results only: 31 units under 9 主管部门 merged vertically (parent_department), "
        "`…机关` units, grades A/B/C/D explained by a LEGEND under the table (A：90分≤得分≤100分 …), "
        "distribution in 家, a table over three pages",
        doc,
        title=title,
        region="汀澜区",
        year=2023,
        tagged=False,
    )
    fx.metric("department_overall_evaluations", n, "个", q_n)
    fx.metric("department_overall_amount", yi(total), "亿元", q_amt)
    fx.batch("department_overall", "部门（单位）整体支出绩效评价", project_count=n, department_count=n_dept,
             amount=yi(total), amount_unit="亿元", grades=dist(cnt, list(GRADES_ABCD)))  # fmt: skip
    for dept, u, _a, s, g in flat:
        fx.unit(u, dept, g, s)
    fx.notes = (
        f"SYNTHETIC. Whole-unit evaluations only (no projects). {n} units (单位名称) under {n_dept} 主管部门; the "
        "主管部门 cell is merged vertically over its units → parent_department (also for the department's own "
        "`…机关` unit). Where a page break cuts a merge (with the fonts of tools/word_fonts.conf: the last "
        "department's, 汀澜区水利局, over pages 2–3), the rows continued on the next page show an EMPTY department "
        "cell: their parent is still that department. "
        f"Counts in 家: {n}家 → department_overall_evaluations {n}; department_count {n_dept} from "
        f"'{n_dept}个部门'. Grades are the letters A/B/C/D as the 评价等级 column prints them; the prose "
        "distribution uses the same letters (keys A/B/C/D). The legend under the table gives score bands, not "
        "scores. Unit budgets (预算总额, 万元) have no gold field; the batch amount is the 亿元 total in prose. "
        "Not data: 5% (a cut), dates, 汀财绩〔2024〕9号."
    )
    return fx


# =============================================================================================== 09 霁川县
# (主管部门, [(name, 万元, score, [(其中 sub-item, 万元)])])
F09_GROUPS = [
    ("霁川县教育局", [
        ("学生资助补助经费", "1286.50", "93.0", []),
        ("农村义务教育薄弱学校改造", "2140.00", "86.0", []),
        ("校园安全保障经费", "365.80", "82.5", []),
    ]),
    ("霁川县卫生健康局", [
        ("家庭医生签约服务补助", "428.00", "85.0", []),
        ("村卫生室标准化建设", "610.40", "74.0", []),
        ("计划生育家庭奖励扶助", "972.30", "91.5", []),
    ]),
    ("霁川县农业农村局", [
        ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接资金", "5860.00", "88.0",
         [("其中：产业发展类项目", "3920.00"), ("其中：基础设施类项目", "1940.00")]),
        ("农机购置与应用补贴", "746.20", "90.5", []),
        ("农村户厕改造奖补", "530.00", "71.0", []),
    ]),
    ("霁川县交通运输局", [
        ("农村客运站点建设", "386.00", "83.0", []),
        ("县乡公路大中修工程", "2475.60", "87.5", []),
        ("新能源公交车辆更新补贴", "900.00", "84.0", []),
    ]),
    ("霁川县水利局", [
        ("山洪灾害防治项目", "1320.00", "94.0", []),
        ("小型农田水利设施维修养护", "468.90", "81.0", []),
    ]),
    ("霁川县民政局", [
        ("城乡临时救助资金", "680.00", "89.0", []),
        ("农村留守儿童关爱服务项目", "96.00", "55.0", []),
        ("社区养老服务站运营补助", "212.50", "69.5", []),
    ]),
]  # fmt: skip
GRADES_DENG = ("一等", "二等", "三等", "四等")


def f09_subtotals_dengci() -> Fixture3:
    """A county results notice: a table with a two-row header (评价情况 over 综合得分 | 评价等次), 主管部门 merged
    down each department's rows, `其中：` sub-rows and 小计 rows with blank 序号, a 合计 row; grades 一等…四等."""
    doc = Doc3("霁川县财政局")
    groups = [(dept, [(nm, D(a), D(s), [(x, D(y)) for x, y in subs]) for nm, a, s, subs in ps])
              for dept, ps in F09_GROUPS]  # fmt: skip
    flat = [(dept, nm, a, s, band(s, GRADES_DENG)) for dept, ps in groups for nm, a, s, _ in ps]
    n, n_dept = len(flat), len(groups)
    total = sum(r[2] for r in flat)
    cnt = Counter(r[4] for r in flat)
    n_self = 264

    doc.line("霁财绩〔2024〕4号", align="right")
    doc.blank()
    title = doc.title("霁川县财政局关于2023年度县级财政支出", "项目绩效评价结果的通知")
    doc.line("县直各部门：")
    q_self = f"县直各部门完成2023年度项目绩效自评{n_self}个"
    q_key = f"县财政局选取{n_dept}个部门的{n}个项目开展财政绩效评价"
    q_amt = f"涉及资金{money(total)}万元"
    doc.para(
        f"2024年，{q_self}。在此基础上，{q_key}，{q_amt}。评价结果按综合得分分为四个等次：90分以上为一等，"
        "80—89分为二等，60—79分为三等，60分以下为四等。"
    )
    q_dist = "，".join(
        (f"评价等次为一等的项目{cnt['一等']}个" if i == 0 else f"{g}的{cnt[g]}个") for i, g in enumerate(GRADES_DENG)
    )
    doc.para(f"经评价，{q_dist}。具体评价结果见附件。")
    doc.para("请各部门根据评价结果认真整改，整改情况于2024年8月15日前书面报送县财政局预算绩效股。")
    doc.attachments(["2023年度县级财政支出项目绩效评价结果汇总表"])
    doc.signature("霁川县财政局", "2024年7月2日")
    doc.attachment_head("附件", "2023年度县级财政支出项目绩效评价结果汇总表")
    doc.unit_line("单位：万元", size=10.5)
    table: list[list[str | None]] = [
        ["序号", "主管部门", "项目名称", "项目金额", "评价情况", LEFT],
        [UP, UP, UP, UP, "综合得分", "评价等次"],
    ]
    seq = 0
    bold = []
    for dept, ps in groups:
        first = True
        for nm, a, s, subs in ps:
            seq += 1
            table.append([str(seq), dept if first else UP, nm, money(a), f"{s}", band(s, GRADES_DENG)])
            first = False
            for sub, sa in subs:
                table.append([None, UP, sub, money(sa), None, None])
        table.append([None, UP, "小计", money(sum(p[1] for p in ps)), "—", "—"])
        bold.append(len(table) - 1)
    table.append(["合计", LEFT, LEFT, money(total), "—", "—"])
    bold.append(len(table) - 1)
    doc.table(table, [1.1, 3.3, 5.4, 2.2, 1.9, 2.0], header_rows=2, size=10.5, font=SONG, header_font=HEI,
              align=["c", "c", "l", "r", "c", "c"])  # fmt: skip
    doc.style_last_table(header_rows=2, bold_rows=tuple(bold), row_height_cm=0.62)
    doc.footer("dash")

    fx = fixture(
        "word3_09_subtotals_dengci",
        "county notice, results in 附件: two-row header (评价情况 over 综合得分/评价等次), 主管部门 MERGED "
        "vertically, `其中：` sub-rows, 小计 rows and 合计 with blank 序号 and `—`, grades 一等/二等/三等/四等, "
        "amounts 1,286.50 万元, 文号 above the title",
        doc,
        title=title,
        region="霁川县",
        year=2023,
        tagged=True,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_departments", n_dept, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.batch("self", "项目绩效自评", project_count=n_self)
    fx.batch("key", "财政绩效评价", project_count=n, department_count=n_dept, amount=total, amount_unit="万元",
             grades=dist(cnt, list(GRADES_DENG)))  # fmt: skip
    for i, (dept, nm, a, s, g) in enumerate(flat, start=1):
        fx.project(i, nm, dept, g, "key", score=s, amount=a, unit="万元")
    fx.notes = (
        "SYNTHETIC. Results in the attachment table: a two-row header whose 评价情况 cell spans 综合得分 and 评价"
        "等次 (序号/主管部门/项目名称/项目金额 merged down both header rows); 主管部门 merged vertically over its "
        "projects, `其中：` rows and 小计 row. The two `其中：产业发展类项目/基础设施类项目` rows (blank 序号, an "
        "amount, no score or grade) break down one project's money: they are NOT projects. 小计 rows (blank 序号) "
        "and 合计 are totals. Grades 一等/二等/三等/四等 as printed; distribution in prose. The evaluation by the "
        "finance bureau (财政绩效评价 of selected projects) is the key batch. fiscal_year 2023 from the title; "
        "the work was done in 2024 (`2024年，县直各部门完成2023年度项目绩效自评`). The bands (90分以上为一等 …) "
        "are not scores. Not data: 霁财绩〔2024〕4号, dates."
    )
    return fx


# =============================================================================================== 10 溪山市
F10_KEY = [
    ("市级就业创业补助资金", "溪山市人力资源和社会保障局", "3650.00", "86.5"),
    ("城市社区综合服务设施建设", "溪山市民政局", "2280.00", "82.0"),
    ("职业院校实训基地建设", "溪山市教育局", "4500.00", "88.5"),
    ("市级医疗卫生重点专科建设", "溪山市卫生健康委员会", "2800.00", "91.0"),
    ("城市道路桥梁维护经费", "溪山市城市管理局", "5320.00", "76.5"),
    ("农村供水保障工程", "溪山市水利局", "3980.00", "84.0"),
    ("市级农业产业发展资金", "溪山市农业农村局", "2600.00", "80.5"),
    ("文化产业发展专项资金", "溪山市文化广电旅游局", "1500.00", "71.0"),
    ("新能源公交车运营补贴", "溪山市交通运输局", "1860.00", "58.0"),
    ("市场监管执法装备购置", "溪山市市场监督管理局", "1130.00", "85.5"),
]
F10_POLICIES = [
    ("溪山市促进民营经济高质量发展若干政策", "85.5", "合格"),
    ("溪山市人才安居工程实施办法", "72.0", "基本合格"),
]
GRADES_HG = ("合格", "基本合格", "不合格")


def f10_scanned_hege() -> Fixture3:
    """A city 通报 scanned in greyscale at 150 dpi: key projects graded 合格/基本合格/不合格 in a table, two
    policies scored and graded in prose."""
    doc = Doc3("溪山市财政局")
    rows = [(nm, d, D(a), D(s), band(D(s), GRADES_HG, cuts=(80, 60))) for nm, d, a, s in F10_KEY]
    n, total = len(rows), sum(r[2] for r in rows)
    cnt = Counter(r[4] for r in rows)

    doc.red_letterhead("溪山市财政局文件", "溪财绩〔2024〕22号")
    title = doc.title("溪山市财政局关于2023年度市级财政政策和", "项目绩效评价结果的通报")
    doc.line("市直各部门、各单位：")
    doc.para("2024年，市财政局对2023年度市级部分财政政策和重点项目开展了绩效评价。现将评价结果通报如下：")
    doc.heading(1, "一、评价对象和方法")
    q_key = f"选取{n}个重点项目开展财政绩效评价"
    q_amt = f"涉及资金{yi(total)}亿元"
    q_pol = f"对{len(F10_POLICIES)}项市级财政政策开展绩效评价"
    doc.para(
        f"本次评价{q_key}，{q_amt}；同时{q_pol}。评价采取定量与定性相结合的方式，评价结论分为“合格”（80分及"
        "以上）、“基本合格”（60—80分）和“不合格”（60分以下）三档。"
    )
    doc.heading(1, "二、评价结果")
    doc.heading(2, "（一）项目评价结果")
    q_dist = f"评价结论为“合格”的{cnt['合格']}个，“基本合格”的{cnt['基本合格']}个，“不合格”的{cnt['不合格']}个"
    doc.para(f"{n}个项目中，{q_dist}。具体如下：")
    doc.unit_line("金额单位：万元", size=10.5)
    table = [["序号", "项目名称", "主管部门", "项目资金", "评价得分", "评价结论"]]
    for i, (nm, d, a, s, g) in enumerate(rows, start=1):
        table.append([str(i), nm, d, money(a), f"{s}", g])
    doc.table(table, [1.0, 4.6, 4.1, 2.1, 1.9, 2.1], size=11, font=SONG, align=["c", "l", "l", "r", "c", "c"])
    doc.heading(2, "（二）政策评价结果")
    (p1, s1, g1), (p2, s2, g2) = F10_POLICIES
    doc.para(f"{p1}评价得分{s1}分，评价结论为“{g1}”；{p2}评价得分{s2}分，评价结论为“{g2}”。")
    doc.heading(1, "三、有关要求")
    doc.para(
        "各相关部门要针对评价发现的问题制定整改措施，于2024年9月20日前将整改情况报市财政局。评价结论为"
        "“不合格”的项目，2025年暂停安排预算；“基本合格”的项目和政策，由主管部门提出优化调整意见。"
    )
    doc.signature("溪山市财政局", "2024年8月16日")
    doc.footer("dash")

    fx = fixture(
        "word3_10_scanned_hege",
        "SCANNED city 通报 (image-only PDF: 150 dpi greyscale, grey paper tone, skew up to 0.8°, noise, grey seal): "
        "10 key projects graded 合格/基本合格/不合格 (评价结论) with scores, distribution in prose, 2 policies "
        "scored and graded in one sentence",
        doc,
        title=title,
        region="溪山市",
        year=2023,
        tagged=False,
        scan={
            "dpi": 150,
            "angles": [-0.8, 0.5, -0.35],
            "colour": False,
            "noise": 4.5,
            "seed": 1010,
            "paper": 236,
            "seal": {"text": "溪山市财政局", "near": "2024年8月16日"},
        },
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_amt)
    fx.metric("policy_evaluations", len(F10_POLICIES), "个", q_pol)
    fx.batch("key", "重点项目财政绩效评价", project_count=n, amount=yi(total), amount_unit="亿元",
             grades=dist(cnt, list(GRADES_HG)))  # fmt: skip
    fx.batch("other", "财政政策绩效评价", project_count=len(F10_POLICIES))
    for i, (nm, d, a, s, g) in enumerate(rows, start=1):
        fx.project(i, nm, d, g, "key", score=s, amount=a, unit="万元")
    for i, (p, s, g) in enumerate(F10_POLICIES, start=n + 1):
        fx.project(i, p, None, g, "other", score=D(s))
    fx.notes = (
        "SYNTHETIC. The PDF is a greyscale SCAN at 150 dpi (image-only, no text layer), pages turned by up to "
        "0.8°, grey paper tone, noise, a seal over the signature; the gold was checked against the docx text and "
        "the text layer of the PDF before rasterising. Grades are 合格/基本合格/不合格 (评价结论), three bands; "
        "distribution in prose. The two policy evaluations are projects of an 'other' batch (department null: no "
        "主管部门 is stated), seq continuing after the key projects. Bands in parentheses ((80分及以上) …) are not "
        "scores. fiscal_year 2023 from the title. Not data: 溪财绩〔2024〕22号, dates."
    )
    return fx


# =============================================================================================== 11 桂渚区
F11_STREETS = [
    ("东湖街道", "92.5"), ("西岭街道", "88.0"), ("南港街道", "90.6"),
    ("北塘街道", "84.5"), ("城关街道", "81.0"), ("新桥街道", "76.5"),
]  # fmt: skip
F11_KEY = [
    ("城区学校学位扩容工程", "桂渚区教育局", "5680.00", "91.0"),
    ("社区卫生服务能力提升项目", "桂渚区卫生健康局", "1240.00", "86.5"),
    ("城市内涝治理工程", "桂渚区住房和城乡建设局", "7350.00", "83.0"),
    ("农贸市场提升改造补助", "桂渚区商务局", "960.00", "78.5"),
    ("公共文化设施免费开放", "桂渚区文化体育和旅游局", "415.00", "92.5"),
    ("社区居家养老服务中心运营补助", "桂渚区民政局", "1120.00", "85.0"),
    ("创业担保贷款贴息资金", "桂渚区人力资源和社会保障局", "630.00", "87.0"),
]
F11_HEADER = ("桂渚区人民政府门户网站　政府信息公开", "索引号：GZ0207-2024-000873")
F11_FOOTER = "发布机构：桂渚区财政局"


def f11_site_header_streets() -> Fixture3:
    """A district 公告 as the portal's print template makes it: site name and 索引号 in the header, the publisher
    and `第 N 页 共 M 页` in the footer; 街道 fiscal-operation evaluations in a table (an `other` batch) and key
    projects one paragraph each."""
    doc = Doc3("桂渚区财政局")
    streets = [(s, D(x), band(D(x), GRADES_YLZC)) for s, x in F11_STREETS]
    rows = [(nm, d, D(a), D(s), band(D(s), GRADES_YLZC)) for nm, d, a, s in F11_KEY]
    n, total = len(rows), sum(r[2] for r in rows)
    cnt_s = Counter(s[2] for s in streets)
    cnt_k = Counter(r[4] for r in rows)
    street_amt = D("16.28")

    chrome = doc.running_header(*F11_HEADER, size=9)
    doc.footer_text(F11_FOOTER, size=9)
    chrome.append(F11_FOOTER)
    title = doc.title("桂渚区2023年度街道财政运行综合绩效评价", "和重点项目绩效评价结果公告")
    doc.line("发布日期：2024-07-15　　　　来源：桂渚区财政局", align="center", size=12, after=6)
    doc.para(
        "为全面实施预算绩效管理，提高财政资金使用效益，区财政局组织开展了2023年度街道财政运行综合绩效评价和"
        "区级重点项目绩效评价。现将评价结果公告如下。"
    )
    doc.heading(1, "一、街道财政运行综合绩效评价结果")
    q_st = f"对全区{len(streets)}个街道2023年度财政运行情况开展综合绩效评价"
    q_st_amt = f"涉及街道财政支出{street_amt}亿元"
    q_sd = "，".join(
        (f"评价等级为“{g}”的{cnt_s[g]}个" if i == 0 else f"“{g}”的{cnt_s[g]}个")
        for i, g in enumerate(("优", "良", "中"))
    )
    doc.para(
        f"区财政局{q_st}，{q_st_amt}，重点评价街道预算编制、预算执行、财政管理、债务风险和保障能力等情况。"
        f"经评价，{q_sd}。"
    )
    table = [["序号", "街道", "综合得分", "评价等级"]]
    for i, (s, x, g) in enumerate(streets, start=1):
        table.append([str(i), s, f"{x}", g])
    doc.table(table, [1.8, 6.0, 3.6, 3.6], size=12, font=SONG, header_font=HEI)
    doc.heading(1, "二、区级重点项目绩效评价结果")
    q_key = f"区财政局对{n}个重点项目开展绩效评价"
    q_amt = f"涉及资金{money(total)}万元"
    q_kd = "、".join(f"“{g}”{cnt_k[g]}个" for g in ("优", "良", "中"))
    doc.para(f"{q_key}，{q_amt}。评价结果为{q_kd}。各项目评价情况如下：")
    cn = "一二三四五六七八九十"
    for i, (nm, d, a, s, g) in enumerate(rows):
        doc.rich(
            [
                (f"（{cn[i]}）{nm}。", KAI, False),
                (f"主管部门为{d}，预算资金{money(a)}万元，评价得分{s}分，评价等级为“{g}”。", None, False),
            ]
        )
    doc.heading(1, "三、评价结果应用")
    doc.para(
        "评价结果将作为2025年区对街道转移支付分配和部门预算安排的重要依据。对评价等级为“中”的街道和项目，"
        "由区财政局约谈相关负责人，督促于2024年10月底前完成整改。"
    )
    doc.signature("桂渚区财政局", "2024年7月15日")

    fx = fixture(
        "word3_11_site_header_streets",
        "district 公告 in a portal's print template: HEADER with site name and 索引号 GZ0207-2024-000873, FOOTER "
        "`发布机构：…` + `第 N 页 共 M 页` on every page; 6 街道 fiscal-operation evaluations (lower government, "
        "`other`) in a table; 7 key projects one 楷体 run-in paragraph each (主管部门/预算资金/得分/等级)",
        doc,
        title=title,
        region="桂渚区",
        year=2023,
        tagged=True,
        chrome=chrome,
    )
    fx.metric("lower_government_evaluations", len(streets), "个", q_st)
    fx.metric("lower_government_amount", street_amt, "亿元", q_st_amt)
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.batch("other", "街道财政运行综合绩效评价", project_count=len(streets), amount=street_amt, amount_unit="亿元",
             grades=dist(cnt_s, ["优", "良", "中"]))  # fmt: skip
    fx.batch("key", "区级重点项目绩效评价", project_count=n, amount=total, amount_unit="万元",
             grades=dist(cnt_k, ["优", "良", "中"]))  # fmt: skip
    for i, (s, x, g) in enumerate(streets, start=1):
        fx.project(i, s, None, g, "other", score=x)
    for i, (nm, d, a, s, g) in enumerate(rows, start=len(streets) + 1):
        fx.project(i, nm, d, g, "key", score=s, amount=a, unit="万元")
    fx.notes = (
        "SYNTHETIC. Page furniture on every page: a header `桂渚区人民政府门户网站　政府信息公开` with "
        "`索引号：GZ0207-2024-000873` at the right (digits that are not data), a footer `发布机构：桂渚区财政局` "
        "with `第 N 页 共 M 页`. The 街道 evaluations are lower-government fiscal-operation evaluations: batch "
        "`other`, each 街道 a project row with score and grade (department null), like the real corpus's county "
        "gradings. Key projects are one paragraph each, the name in a 楷体 run-in `（一）名称。` followed by "
        "主管部门/预算资金/评价得分/评价等级. Both distributions are in prose (no 差 mentioned: no key). seq is "
        "the order of mention across the document. Not data: 发布日期 2024-07-15, the 索引号, 10月底."
    )
    return fx


# =============================================================================================== 12 梓岚县
F12_KEY = [
    ("县域城乡供水一体化工程", "梓岚县水利局", "2156.3480", "89.5"),
    ("义务教育学校营养改善计划", "梓岚县教育局", "1032.6600", "92.0"),
    ("乡镇卫生院服务能力提升工程", "梓岚县卫生健康局", "1588.2150", "85.5"),
    ("特色农业产业园建设", "梓岚县农业农村局", "1864.0000", "81.0"),
    ("农村公路养护工程", "梓岚县交通运输局", "976.4402", "86.0"),
    ("城区污水管网改造", "梓岚县住房和城乡建设局", "1245.8800", "74.5"),
    ("困难残疾人生活补贴", "梓岚县残疾人联合会", "312.9900", "93.5"),
    ("电子商务公共服务中心运营", "梓岚县商务局", "700.0000", "83.0"),
]
F12_UNITS = [
    ("梓岚县发展和改革局", "梓岚县发展和改革局（本级）", "87.0"),
    ("梓岚县发展和改革局", "梓岚县粮食和物资储备中心", "78.5"),
    ("梓岚县教育局", "梓岚县教育局（本级）", "91.0"),
    ("梓岚县教育局", "梓岚县第一中学", "88.5"),
    ("梓岚县教育局", "梓岚县实验小学", "92.5"),
    ("梓岚县卫生健康局", "梓岚县卫生健康局（本级）", "85.0"),
    ("梓岚县卫生健康局", "梓岚县人民医院", "90.5"),
    ("梓岚县卫生健康局", "梓岚县疾病预防控制中心", "86.0"),
    ("梓岚县自然资源局", "梓岚县自然资源局（本级）", "82.5"),
    ("梓岚县自然资源局", "梓岚县林业站", "74.0"),
    ("梓岚县民政局", "梓岚县民政局（本级）", "93.0"),
    ("梓岚县民政局", "梓岚县社会福利中心", "84.0"),
]
F12_ATTACHMENT = "2023年度部门（单位）整体支出绩效评价结果表"


def _f12_units() -> list[tuple[str, str, Decimal, str]]:
    return [(d, u, D(s), band(D(s), GRADES_YLYJ[:2] + ("中", "差"))) for d, u, s in F12_UNITS]


def asset_f12_attachment() -> Asset:
    """附件2 as a signed and stamped paper page, scanned and pasted into the Word document as a picture."""
    doc = Doc3("梓岚县财政局")
    units = _f12_units()
    doc.line("附件2", font=HEI)
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=32, before=6, after=10)
    doc._run(p, F12_ATTACHMENT, font=XBS, size=18)
    doc.text.append(F12_ATTACHMENT)
    table: list[list[str | None]] = [["序号", "主管部门", "单位名称", "评价得分", "评价等级"]]
    for i, (d, u, s, g) in enumerate(units, start=1):
        table.append([str(i), UP if i > 1 and units[i - 2][0] == d else d, u, f"{s}", g])
    doc.table(table, [1.3, 4.4, 5.6, 2.1, 2.1], size=12, font=SONG, header_font=HEI, align=["c", "c", "l", "c", "c"])
    doc.blank()
    doc.blank()
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=3)
    doc._run(p, "梓岚县财政局")
    doc.text.append("梓岚县财政局")
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=3)
    doc._run(p, "2024年8月9日")
    doc.text.append("2024年8月9日")
    return Asset(
        "f12_attachment",
        doc,
        dpi=130,
        crop=True,
        fmt="JPEG",
        scan={
            "angles": [0.7],
            "colour": True,
            "noise": 4.0,
            "seed": 1212,
            "paper": 244,
            "seal": {"text": "梓岚县财政局", "near": "2024年8月9日"},
        },
    )


def f12_scanned_attachment(pics: dict[str, Path]) -> Fixture3:
    """A county 公示 in text with a key-project table in 万元 with four decimals and thousands separators; the
    部门整体 results are 附件2, a scanned and stamped page pasted in as a picture."""
    doc = Doc3("梓岚县财政局")
    rows = [(nm, d, D(a), D(s), band(D(s), ("优秀", "良好", "中", "差"))) for nm, d, a, s in F12_KEY]
    n, total = len(rows), sum(r[2] for r in rows)
    cnt = Counter(r[4] for r in rows)
    units = _f12_units()
    cnt_u = Counter(u[3] for u in units)
    n_dept = len({u[0] for u in units})
    unit_amt = D("3.62")

    title = doc.title("梓岚县财政局关于2023年度重点项目和部门", "整体支出绩效评价结果的公示")
    doc.para(
        "根据《梓岚县预算绩效管理暂行办法》，县财政局组织开展了2023年度重点项目绩效评价和部门整体支出绩效评价。"
        "现将评价结果公示如下，公示期为2024年8月12日至8月18日。"
    )
    doc.heading(1, "一、重点项目绩效评价结果")
    q_key = f"县财政局对{n}个重点项目开展绩效评价"
    q_amt = f"涉及资金{money(total, places=4)}万元"
    q_kd = "、".join(
        (f"评价结果为“{g}”的{cnt[g]}个" if i == 0 else f"“{g}”的{cnt[g]}个")
        for i, g in enumerate(("优秀", "良好", "中"))
    )
    doc.para(f"{q_key}，{q_amt}。{q_kd}，详见附件1。")
    doc.heading(1, "二、部门整体支出绩效评价结果")
    q_u = f"对县发展和改革局等{n_dept}个部门及其所属{len(units) - n_dept}个单位共{len(units)}家开展部门整体支出绩效评价"
    q_uamt = f"涉及资金{unit_amt}亿元"
    q_ud = "、".join(
        (f"评价结果为“{g}”的{cnt_u[g]}家" if i == 0 else f"“{g}”的{cnt_u[g]}家")
        for i, g in enumerate(("优秀", "良好", "中"))
    )
    doc.para(f"{q_u}，{q_uamt}。{q_ud}，详见附件2。")
    doc.para("公示期间，如有异议，请以书面形式向县财政局绩效管理股反映。联系电话：0736-7213 5508。")
    doc.attachments(["2023年度重点项目绩效评价结果表", F12_ATTACHMENT])
    doc.signature("梓岚县财政局", "2024年8月9日")
    doc.attachment_head("附件1", "2023年度重点项目绩效评价结果表")
    doc.unit_line("金额单位：万元", size=10.5)
    table = [["序号", "项目名称", "主管部门", "项目金额", "评价得分", "评价结果"]]
    for i, (nm, d, a, s, g) in enumerate(rows, start=1):
        table.append([str(i), nm, d, money(a, places=4), f"{s}", g])
    table.append(["合计", LEFT, LEFT, money(total, places=4), None, None])
    doc.table(table, [1.1, 5.0, 4.1, 2.6, 1.6, 1.6], size=10.5, font=SONG, align=["c", "l", "l", "r", "c", "c"])
    doc.line("", font=HEI)
    doc.docx.paragraphs[-1].paragraph_format.page_break_before = True
    doc.picture(pics["f12_attachment"], 15.6, before=0)
    doc.footer("dash")

    fx = fixture(
        "word3_12_scanned_attachment",
        "county 公示: key projects in a text table in 万元 with FOUR decimals and separators (2,156.3480); the "
        "部门整体 results (12 units under 5 主管部门, merged, 优秀/良好/中) are 附件2, a SCANNED, stamped page "
        "pasted in as a PICTURE (no text layer for them)",
        doc,
        title=title,
        region="梓岚县",
        year=2023,
        tagged=False,
        pictures=["f12_attachment"],
        picture_pages=1,
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.metric("department_overall_evaluations", len(units), "个", q_u)
    fx.metric("department_overall_amount", unit_amt, "亿元", q_uamt)
    fx.batch("key", "重点项目绩效评价", project_count=n, amount=total, amount_unit="万元",
             grades=dist(cnt, ["优秀", "良好", "中"]))  # fmt: skip
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(units), department_count=n_dept,
             amount=unit_amt, amount_unit="亿元", grades=dist(cnt_u, ["优秀", "良好", "中"]))  # fmt: skip
    for i, (nm, d, a, s, g) in enumerate(rows, start=1):
        fx.project(i, nm, d, g, "key", score=s, amount=a, unit="万元")
    for d, u, s, g in units:
        fx.unit(u, d, g, s)
        fx.image_strings.update({u, d})
    fx.notes = (
        "SYNTHETIC. 附件1 (key projects) is a text table: amounts in 万元 with four decimals AND thousands "
        "separators (2,156.3480), the prose total likewise. 附件2 (部门整体 results: 12 units under 5 主管部门, "
        "department merged vertically → parent_department, score, 优秀/良好/中) is ONLY A PICTURE: a printed, "
        "signed and stamped page scanned (130 dpi, turned 0.7°, a red seal) and pasted into the Word document, so "
        "its units, scores and grades have no text layer; the gold comes from the picture's source document "
        "(checked against its text and its PDF's text layer). The department names 梓岚县教育局 etc. also occur "
        "in the text layer (附件1). The 部门整体 distribution (in 家) and amount are in prose. 公示 period, phone "
        "number and dates are not data."
    )
    return fx


FIXTURES: list[Callable[..., Fixture3]] = [
    f01_scanned_county,
    f02_picture_table,
    f03_two_column_bulletin,
    f04_watermark_two_scores,
    f05_header_two_years,
    f06_fullwidth_digits,
    f07_landscape_yuan,
    f08_units_abcd,
    f09_subtotals_dengci,
    f10_scanned_hege,
    f11_site_header_streets,
    f12_scanned_attachment,
]
ASSETS: list[Callable[[], Asset]] = [asset_f02_table, asset_f12_attachment]
NEEDS_PICTURES = {f02_picture_table, f12_scanned_attachment}


# ------------------------------------------------------------------------------------------------ conversion
TAGGED = {"UseTaggedPDF": ("boolean", "true")}


def export_options(fx: Fixture3) -> dict[str, tuple[str, str]]:
    """writer_pdf_Export options: Word's default document-structure tags or not, and the stamped watermark."""
    options = dict(TAGGED) if fx.tagged else {}
    if fx.watermark:
        options |= {
            "Watermark": ("string", fx.watermark),
            "WatermarkColor": ("long", str(0xC0C0C0)),
            "WatermarkFontHeight": ("long", "48"),
            "WatermarkRotateAngle": ("long", "450"),
            "WatermarkFontName": ("string", HEI),
        }
    return options


def convert3(soffice: str, docx_files: list[Path], out_dir: Path, options: dict[str, tuple[str, str]]) -> None:
    """docx → PDF with LibreOffice headless: a private profile (parallel runs do not share one), the bureau-font
    substitutions of word_fonts.conf, and PDF export options (as make_word_fixtures.convert, plus options)."""
    if not docx_files:
        return
    export = "pdf:writer_pdf_Export"
    if options:
        export += ":" + json.dumps({k: {"type": t, "value": v} for k, (t, v) in options.items()}, ensure_ascii=False)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as profile:
        env = dict(os.environ, FONTCONFIG_FILE=str(FONTCONFIG), HOME=profile)
        cmd = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--convert-to", export, "--outdir", str(out_dir), *map(str, docx_files)]  # fmt: skip
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    missing = [p for p in docx_files if not (out_dir / (p.stem + ".pdf")).exists()]
    if result.returncode != 0 or missing:
        raise SystemExit(
            f"make_word_fixtures_3: soffice failed (exit {result.returncode}); missing: {[p.name for p in missing]}"
            f"\n{result.stdout}\n{result.stderr}"
        )


# ------------------------------------------------------------------------------------------------ scanning
def _font(size: int):
    """A CJK font for the seal's characters (through word_fonts.conf's fontconfig), or None."""
    from PIL import ImageFont

    fc_match = shutil.which("fc-match")
    if fc_match:
        env = dict(os.environ, FONTCONFIG_FILE=str(FONTCONFIG))
        for family in ("Noto Serif CJK SC:bold", "宋体", "黑体"):
            out = subprocess.run([fc_match, "-f", "%{file}\t%{index}", family], env=env, capture_output=True,
                                 text=True, check=False).stdout  # fmt: skip
            path, _, index = out.partition("\t")
            if path.endswith((".ttc", ".ttf", ".otf")):
                try:
                    return ImageFont.truetype(path, size, index=int(index or 0))
                except OSError:
                    continue
    return None


def draw_seal(img, cx: float, cy: float, r: float, text: str, colour: tuple[int, int, int]) -> None:
    """A round official seal (公章): a ring, a five-pointed star, the issuer's name along the upper arc, in ink
    that lets the print show through (multiplied onto the page)."""
    import math

    from PIL import Image, ImageChops, ImageDraw

    size = int(2 * r + 8)
    seal = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(seal)
    ink = (*colour, 215)
    c = size / 2
    draw.ellipse([c - r, c - r, c + r, c + r], outline=ink, width=max(3, int(r / 13)))
    star_r = r * 0.3
    points = []
    for k in range(10):
        radius = star_r if k % 2 == 0 else star_r * 0.4
        angle = math.radians(90 + k * 36)
        points.append((c + radius * math.cos(angle), c - radius * math.sin(angle)))
    draw.polygon(points, fill=ink)
    font = _font(int(r * 0.3))
    if font is not None and len(text) > 1:
        span, radius = 230.0, r * 0.71
        for k, ch in enumerate(text):
            theta = 90 + span / 2 - k * span / (len(text) - 1)
            tile = Image.new("RGBA", (int(r * 0.6),) * 2, (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=ink, anchor="mm")
            tile = tile.rotate(theta - 90, resample=Image.BICUBIC, expand=True)
            x = c + radius * math.cos(math.radians(theta)) - tile.width / 2
            y = c - radius * math.sin(math.radians(theta)) - tile.height / 2
            seal.alpha_composite(tile, (int(x), int(y)))
    paper = Image.new("RGB", seal.size, (255, 255, 255))
    paper.paste(seal, (0, 0), seal)
    box = (int(cx - size / 2), int(cy - size / 2))
    region = img.crop((box[0], box[1], box[0] + size, box[1] + size)).convert("RGB")
    img.paste(ImageChops.multiply(region, paper), box)


def _find_text(pdf: Path, needle: str) -> tuple[int, float, float] | None:
    """(page index, x centre, top) in points of the last occurrence of `needle` (where to put the seal)."""
    import pdfplumber

    found = None
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            for hit in page.search(r"\s*".join(map(re.escape, needle)), regex=True):
                found = (i, (hit["x0"] + hit["x1"]) / 2, hit["top"])
    return found


def scan_look(img, *, angle: float, colour: bool, noise: float, seed: int, paper: int = 250):
    """What a desk scanner makes of a printed page: turned by a fraction of a degree, a paper tone, soft edges,
    sensor noise and specks of dust."""
    import numpy as np
    from PIL import Image, ImageFilter

    img = img.convert("RGB" if colour else "L")
    fill = (255, 255, 255) if colour else 255
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    rng = np.random.default_rng(seed)
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * (paper / 255.0)
    if arr.ndim == 3:
        arr[..., 2] *= 0.985  # a faint yellowing of the paper
        grain = rng.normal(0.0, noise, arr.shape[:2])[..., None]
    else:
        grain = rng.normal(0.0, noise, arr.shape)
    arr = arr + grain
    h, w = arr.shape[:2]
    for _ in range(int(h * w / 9000)):
        y, x = int(rng.integers(0, h - 3)), int(rng.integers(0, w - 3))
        arr[y : y + int(rng.integers(1, 3)), x : x + int(rng.integers(1, 3))] *= float(rng.uniform(0.2, 0.7))
    out = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(out, "RGB" if colour else "L")


def rasterise(src: Path, dst: Path, scan: dict[str, Any]) -> int:
    """The exported PDF printed, stamped and scanned: every page rendered at scan['dpi'], the seal added near
    its text, the scanner's look, then saved by Pillow as an image-only PDF (JPEG pages, no text layer)."""
    import pypdfium2

    dpi = scan["dpi"]
    seal = scan.get("seal")
    seal_at = _find_text(src, seal["near"]) if seal else None
    pdf = pypdfium2.PdfDocument(str(src))
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
        if seal_at and seal_at[0] == i:
            k = dpi / 72
            colour = (205, 30, 35)
            draw_seal(img, seal_at[1] * k, (seal_at[2] - 18) * k, 60 * k, seal["text"], colour)
        angle = scan["angles"][i % len(scan["angles"])]
        pages.append(scan_look(img, angle=angle, colour=scan["colour"], noise=scan["noise"], seed=scan["seed"] + i,
                               paper=scan.get("paper", 250)))  # fmt: skip
    pdf.close()
    pages[0].save(dst, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=65)
    return len(pages)


def render_asset(asset: Asset, pdf: Path, out_dir: Path) -> Path:
    """The asset's first page as a picture: cropped to the ink (a screenshot of a table) and, for a scanned
    attachment, stamped and given the scanner's look."""
    import pypdfium2
    from PIL import ImageOps

    doc = pypdfium2.PdfDocument(str(pdf))
    img = doc[0].render(scale=asset.dpi / 72).to_pil().convert("RGB")
    doc.close()
    if asset.scan and asset.scan.get("seal"):
        seal = asset.scan["seal"]
        at = _find_text(pdf, seal["near"])
        if at and at[0] == 0:
            k = asset.dpi / 72
            draw_seal(img, at[1] * k, (at[2] - 18) * k, 60 * k, seal["text"], (205, 30, 35))
    if asset.crop:
        ink = ImageOps.invert(img.convert("L")).point(lambda v: 255 if v > 24 else 0)
        box = ink.getbbox()
        if box:
            m = int(asset.dpi * (0.35 if asset.scan else 0.06))
            img = img.crop((max(0, box[0] - m), max(0, box[1] - m), min(img.width, box[2] + m),
                            min(img.height, box[3] + m)))  # fmt: skip
    if asset.scan:
        s = asset.scan
        img = scan_look(img, angle=s["angles"][0], colour=s["colour"], noise=s["noise"], seed=s["seed"],
                        paper=s.get("paper", 250))  # fmt: skip
    path = out_dir / f"{asset.name}.{'jpg' if asset.fmt == 'JPEG' else 'png'}"
    if asset.fmt == "JPEG":
        img.convert("RGB").save(path, "JPEG", quality=78, dpi=(asset.dpi, asset.dpi))
    else:
        img.convert("L").save(path, "PNG", optimize=True, dpi=(asset.dpi, asset.dpi))
    return path


# ------------------------------------------------------------------------------------------------ checks
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")
_PAGE_OF = re.compile(r"第\d+页共\d+页")
_WS = re.compile(r"\s+")


def _flat(pages: list[str], fx: Fixture3) -> str:
    """Page texts joined without page numbers, running headers/footers or the watermark; no whitespace."""
    kept = [line for text in pages for line in text.splitlines() if not _PAGE_NUMBER.match(line)]
    flat = _PAGE_OF.sub("", _WS.sub("", "".join(kept)))
    for chrome in fx.chrome + ([fx.watermark] if fx.watermark else []):
        flat = flat.replace(_WS.sub("", chrome), "")
    return flat


def read_pdf(pdf: Path, fx: Fixture3) -> tuple[list[str], list[str], dict[str, Any]]:
    """Page texts by PDFium and by pdfplumber (rotated watermark characters dropped, table cells added, the two
    halves of a two-column page added), and what the pages are."""
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    pages_a, landscape, chars = [], 0, 0
    for i in range(len(doc)):
        page = doc[i]
        w, h = page.get_size()
        landscape += w > h
        textpage = page.get_textpage()
        chars += textpage.count_chars()
        pages_a.append(textpage.get_text_range())
    doc.close()
    pages_b, tables = [], 0
    with pdfplumber.open(pdf) as plumb:
        for page in plumb.pages:
            page = page.filter(lambda o: not (o.get("object_type") == "char" and abs(o["matrix"][1]) > 0.01))
            found = page.find_tables()
            tables += len(found)
            parts = [page.extract_text() or ""]
            parts += [c for t in found for row in t.extract() for c in row if c]
            if fx.two_column:
                w = page.width
                parts += [page.crop((0, 0, w / 2, page.height)).extract_text() or ""]
                parts += [page.crop((w / 2, 0, w, page.height)).extract_text() or ""]
            pages_b.append("\n".join(parts))
    return pages_a, pages_b, {"pages": len(pages_a), "landscape": landscape, "tables": tables, "chars": chars}


def check_pdf3(pdf: Path, fx: Fixture3) -> tuple[list[str], dict[str, Any]]:
    """The PDF as a pipeline sees it, with both engines: CJK text on every page (but a picture page), no
    (cid:…), the ruled tables found, landscape pages iff landscape sections, every gold string in the text
    (except those only in a picture, which must NOT be in it)."""
    pages_a, pages_b, info = read_pdf(pdf, fx)
    problems = []
    text_pages = info["pages"] - fx.picture_pages
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        for i, text in enumerate(pages[:text_pages]):
            if len(_CJK.findall(text)) < 20:
                problems.append(f"{engine}: page {i + 1} has little CJK text")
            if "(cid:" in text:
                problems.append(f"{engine}: page {i + 1} has (cid:…)")
        flat = _flat(pages, fx)
        for kind, s in fx.gold_strings():
            s0 = _WS.sub("", s)
            if s in fx.image_strings:
                if kind in ("project name", "unit unit") and s0 in flat:
                    problems.append(f"{engine}: {kind} '{s}' should be only in a picture but is in the text")
                continue
            if s0 not in flat:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    if info["tables"] < fx.doc.table_count:
        problems.append(f"pdfplumber finds {info['tables']} tables, the document has {fx.doc.table_count}")
    if bool(info["landscape"]) != bool(fx.doc.landscape_sections):
        problems.append(f"{info['landscape']} landscape pages, {fx.doc.landscape_sections} landscape sections")
    return problems, info


def check_doc(fx: Fixture3, asset_texts: dict[str, str]) -> list[str]:
    """Gold against the documents' own text: the docx, or for strings only in a picture the picture's source."""
    text = "\n".join(fx.doc.text)
    pictures = "\n".join(asset_texts[name] for name in fx.pictures)
    problems = []
    for kind, s in fx.gold_strings():
        where = pictures if s in fx.image_strings else text
        if s not in where:
            problems.append(f"{kind} not in the {'picture source' if s in fx.image_strings else 'docx'} text: {s}")
    return problems


def check_asset_pdf(pdf: Path, fx: Fixture3) -> list[str]:
    """The strings a picture carries, against the text layer of the PDF the picture was rendered from."""
    dummy = Fixture3(name="asset", what="", doc=fx.doc)
    pages_a, pages_b, _ = read_pdf(pdf, dummy)
    problems = []
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        flat = _flat(pages, dummy)
        for s in sorted(fx.image_strings):
            if _WS.sub("", s) not in flat:
                problems.append(f"{engine}: '{s}' not in the picture's source PDF {pdf.name}")
    return problems


def no_text_layer(pdf: Path) -> tuple[int, int]:
    """(pages, characters in the text layer) of a PDF, by PDFium."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    chars = sum(doc[i].get_textpage().count_chars() for i in range(len(doc)))
    n = len(doc)
    doc.close()
    return n, chars


def render(pdf: Path, out_dir: Path, pages: list[int] | None = None, scale: float = 1.2) -> list[Path]:
    import pypdfium2

    out_dir.mkdir(parents=True, exist_ok=True)
    doc = pypdfium2.PdfDocument(str(pdf))
    paths = []
    for i in pages if pages is not None else range(len(doc)):
        if i < len(doc):
            path = out_dir / f"{pdf.stem}_p{i + 1}.png"
            doc[i].render(scale=scale).to_pil().save(path)
            paths.append(path)
    doc.close()
    return paths


# ------------------------------------------------------------------------------------------------ README
README_HEAD = """# Word-made fixtures, third set (`word3_*`) — SYNTHETIC

Twelve budget-performance reports written as Word documents (python-docx) and exported to PDF by LibreOffice
headless, each with its gold (`<name>.json`: the real corpus's gold format, `"synthetic": true`, and `notes` on
every judgement call). Generated by `tools/make_word_fixtures_3.py` (`make word-fixtures-3`):

    .venv/bin/python tools/make_word_fixtures_3.py [OUT_DIR] [--keep-docx] [--only NAME ...] [--render DIR]

**Everything here is SYNTHETIC**: the regions (鹤川县, 玉衡市, 雁湖区, 杉溪县, 清漪市, 棠溪县, 峪岭市, 汀澜区,
霁川县, 溪山市, 桂渚区, 梓岚县), departments, units, projects, people, phone numbers, index numbers and figures are
invented; any likeness to a real place or its figures is accidental.

This set was written by a third author from the genre (the real corpus's README and gold conventions) without
reading the parser, the scorer or the first two sets' fixtures, to measure the parser's first-sight accuracy. Each
report is a whole document (2–6 pages) with ordinary content — a round's counts and amounts, grade distributions,
named projects with 主管部门, grades, scores and money, or 部门整体 results — and one or two of the difficulties
bureaus' publications really have: a scanned (image-only) report, a results table that is a picture, two-column
pages, a watermark in the text layer, running headers and footers, two years of grades or two scores side by
side, full-width digits, a long landscape table in 元, outlines with scores only, unusual grade words, units under
their departments, merged cells with 小计/合计 and `其中：` rows.

## How the gold was checked

The gold is written from the same data as the document, then checked before anything is written:

1. against the document's own text (the docx paragraphs and cells): every title, quote, project name,
   department, unit, parent department and grade must be in it;
2. against the exported PDF's text layer, with PDFium and with pdfplumber (page numbers, the running headers and
   footers and the watermark removed; for the two-column pages, each column also read on its own): the same
   strings, CJK text on every page, no `(cid:…)`, pdfplumber finds the ruled tables, landscape pages where the
   document has a landscape section;
3. **the scanned reports (`word3_01`, `word3_10`)** are checked in step 2 on the PDF *before* it is rasterised;
   the published PDF is then confirmed to have NO text layer (PDFium counts 0 characters on every page);
4. **the pictures (`word3_02`'s results table, `word3_12`'s 附件2)**: the strings they carry are checked against
   the text of the document the picture was rendered from (its docx and its PDF's text layer), and the project
   and unit names they carry are confirmed to be ABSENT from the report's text layer.

The watermark of `word3_04` is stamped by LibreOffice's PDF export (`Watermark` option: 45°, light grey, 黑体):
real text on every page, drawn after the page's content. The PDFs' bytes are not reproducible (LibreOffice stamps
dates and IDs); their content is, and the scans' noise is seeded.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
"""


def write_readme(out_dir: Path, fixtures: list[Fixture3], infos: dict[str, dict[str, Any]], seconds: float) -> None:
    lines = [README_HEAD.rstrip("\n")]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        if fx.scan:
            layer = "none (scan)"
        elif fx.pictures:
            layer = "yes, but a picture holds results"
        else:
            layer = "yes"
        extra = [f"{info['landscape']} landscape page(s)"] if info.get("landscape") else []
        extra.append("tagged PDF" if fx.tagged else "untagged PDF")
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {fx.what} ({', '.join(extra)}) |")
    lines.append("")
    lines.append(f"Last generation: {len(fixtures)} fixtures in {seconds:.1f} s (conversion, scans and checks).")
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_gold(fx: Fixture3, out_dir: Path) -> None:
    (out_dir / f"{fx.name}.json").write_text(
        json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# ------------------------------------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep-docx", action="store_true", help="keep the .docx next to the PDF")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only fixtures whose name contains NAME")
    parser.add_argument("--no-check", action="store_true", help="skip reading the PDFs back")
    parser.add_argument("--render", type=Path, metavar="DIR", help="render every page of each PDF to PNG in DIR")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    soffice = find_soffice()
    check_fonts()
    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = False
    infos: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-word3-") as tmp:
        work = Path(tmp)
        # 1. the pictures some reports paste in: their documents exported, rendered, cropped, "scanned"
        assets = [make() for make in ASSETS]
        for asset in assets:
            asset.doc.save(work / f"{asset.name}.docx")
        convert3(soffice, [work / f"{a.name}.docx" for a in assets], work / "assets", {})
        pics = {a.name: render_asset(a, work / "assets" / f"{a.name}.pdf", work / "assets") for a in assets}
        asset_texts = {a.name: "\n".join(a.doc.text) for a in assets}

        # 2. the reports, their gold checked against their own text
        fixtures = [make(pics) if make in NEEDS_PICTURES else make() for make in FIXTURES]
        if args.only:
            fixtures = [fx for fx in fixtures if any(part in fx.name for part in args.only)]
        for fx in fixtures:
            problems = check_doc(fx, asset_texts)
            if problems:
                failed = True
                print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
        if failed:
            return 1

        # 3. Word → PDF, grouped by export options (two LibreOffice processes side by side); scans go to work/
        scan_dir = work / "scan"
        groups: dict[tuple[str, bool], list[Fixture3]] = {}
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
            key = (json.dumps(export_options(fx), sort_keys=True, ensure_ascii=False), bool(fx.scan))
            groups.setdefault(key, []).append(fx)
        with ThreadPoolExecutor(max_workers=2) as pool:
            jobs = [
                pool.submit(
                    convert3,
                    soffice,
                    [work / f"{fx.name}.docx" for fx in fxs],
                    scan_dir if is_scan else out_dir,
                    export_options(fxs[0]),
                )
                for (_, is_scan), fxs in groups.items()
            ]
            for job in jobs:
                job.result()

        # 4. the PDFs read back; the scans checked before they are rasterised, then confirmed image-only
        for fx in fixtures:
            pdf = (scan_dir if fx.scan else out_dir) / f"{fx.name}.pdf"
            if args.no_check:
                problems, info = [], {}
            else:
                problems, info = check_pdf3(pdf, fx)
                for name in fx.pictures:
                    problems += check_asset_pdf(work / "assets" / f"{name}.pdf", fx)
            if fx.scan:
                pages = rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                n, chars = no_text_layer(out_dir / f"{fx.name}.pdf")
                if chars or n != pages:
                    problems.append(f"the scan has {chars} characters in its text layer over {n} pages")
                info = {**info, "pages": n, "scan_chars": chars}
            infos[fx.name] = info
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            write_gold(fx, out_dir)
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            layer = " (image-only: 0 characters)" if fx.scan and not problems else ""
            print(f"  {fx.name}: {info.get('pages', '?')} pages, {info.get('tables', '?')} tables: {status}{layer}")
            failed = failed or bool(problems)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    if args.render:
        for fx in fixtures:
            render(out_dir / f"{fx.name}.pdf", args.render)
    if not args.only:
        write_readme(out_dir, fixtures, infos, time.perf_counter() - started)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
