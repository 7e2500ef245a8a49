"""A fourth, independent set of Word-made fixtures (`word4_*`): budget-performance reports written as Word documents
(python-docx) and exported to PDF by LibreOffice headless, as finance bureaus and departments publish them.

Written by a fourth author from the genre (the real corpus's README and gold conventions), without reading the
parser, the scorer or the other sets' fixtures, in other regions' and bureaus' habits, so that the parser's
first-sight accuracy can be measured. About half the reports are ordinary ones in styles the other sets do not use
much (a 区财政局 work report in Word auto-numbered lists, a county department's 部门整体支出绩效自评报告 with its own
score and grade, a 重点评价 results 公告 with a 备注 column, a special-bond 公示 in 亿元, a policy evaluation report);
the other half carry difficulties: one vertical key/value card per project under a running header, letter grades
defined by a legend paragraph next to last year's results, 单位自评得分 next to 财政评价得分 with sampled projects
named in prose, full-width digits with the results in scanned attachment pages appended to the PDF, and a
government gazette (政府公报) printing the notice in two columns with continuous page numbers.

Everything is SYNTHETIC: the regions (汐湾区, 槐阳县, 璟州市, 蘅塘县, 鸣泉县, 岑江市, 琅溪区, 泓源县, 沂澜市,
棣川市), departments, units, companies, projects, people, phone numbers and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: against
the document's own text (docx), numbers included (every metric value in its quote, every project's score and
amount, every distribution count in the text); against the exported PDF's text layer with PDFium and pdfplumber
(for the two-column gazette, pdfplumber's text is re-read column by column); for the scanned attachment pages,
against the text layer of the attachment before it is rasterised, and the published PDF is confirmed to have no
text on those pages and none of their project names in its text layer.

Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts of tools/make_word_fixtures.py (with the font
substitutions of tools/word_fonts.conf), and Doc3, convert3 and the scanner look of tools/make_word_fixtures_3.py.
Needs only what the venv has (python-docx, pypdfium2, pdfplumber, Pillow, numpy) and LibreOffice (`make office`).

Usage: python tools/make_word_fixtures_4.py [OUT_DIR] [--keep-docx] [--only NAME ...] [--no-check] [--render DIR]
       (default OUT_DIR tests/fixtures/word4)
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import word_doc
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import Doc3, Fixture3, convert3, export_options, fw, money, pct, rasterise, yi
from make_word_fixtures_3 import avg as mean
from word_doc import HEI, KAI, LEFT, SONG, UP, XBS

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word4"
D = Decimal
RED = RGBColor(0xC8, 0x10, 0x1E)


# ------------------------------------------------------------------------------------------------ numbers
# money, pct, yi, mean and fw are the third set's (tools/make_word_fixtures_3.py).
_ASCII = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")


def gold_number(value: Decimal | int | float) -> str:
    """How a gold number must show in the text once separators are dropped (92.0 → '92', 12486.30 → '12486.3')."""
    d = D(str(value))
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def normalise(text: str) -> str:
    """Text for number checks: full-width digits to ASCII, thousands separators removed."""
    text = text.translate(_ASCII)
    return re.sub(r"(?<=\d),(?=\d{3})", "", text)


# ------------------------------------------------------------------------------------------------ document
class Doc4(Doc3):
    """Doc3 with what this set's templates need: column sections with continuous page numbering, a `· N ·`
    footer, key/value cards, shaded label columns, Word-numbered lists in several styles."""

    @staticmethod
    def set_columns(section, n: int, *, space_cm: float = 0.8, separator: bool = False) -> None:
        sect = section._sectPr
        cols = sect.find(qn("w:cols"))
        if cols is None:
            cols = parse_xml(f"<w:cols {word_doc._NSDECL}/>")
            sect.append(cols)
        for key in list(cols.attrib):
            del cols.attrib[key]
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), str(int(space_cm * 567)))
        if separator:
            cols.set(qn("w:sep"), "1")

    def continuous_section(self, n_columns: int, *, separator: bool = False) -> None:
        """End the current section here and go on, on the same page, with `n_columns` columns (the new section's
        headers are linked to the previous ones; its page numbers continue)."""
        self.docx.add_section(WD_SECTION.CONTINUOUS)
        section = self.docx.sections[-1]
        self.set_columns(section, n_columns, separator=separator)
        numbering = section._sectPr.find(qn("w:pgNumType"))
        if numbering is not None:
            section._sectPr.remove(numbering)

    def page_numbers_from(self, start: int) -> None:
        """The document's first page is page `start` (a gazette issue paginated continuously)."""
        sect = self.docx.sections[0]._sectPr
        sect.insert_element_before(
            parse_xml(f'<w:pgNumType {word_doc._NSDECL} w:start="{start}"/>'),
            *("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
              "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange"),
        )  # fmt: skip

    def dot_footer(self, size: float = 10.5) -> None:
        """`· 23 ·` centred (a gazette's folio)."""
        p = self.docx.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(p, "· ", font=SONG, size=size)
        self._field(p, "PAGE", "1", size, SONG)
        self._run(p, " ·", font=SONG, size=size)

    def shade_column(self, col: int, fill: str = "F2F2F2", *, bold: bool = False) -> None:
        table = self.docx.tables[-1]
        for row in table.rows:
            tcs = row._tr.tc_lst
            if col >= len(tcs):
                continue
            tc = tcs[col]
            tc.get_or_add_tcPr().insert_element_before(
                parse_xml(f'<w:shd {word_doc._NSDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                *("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"),
            )
            if bold:
                for run in tc.iter(qn("w:r")):
                    run.get_or_add_rPr().append(parse_xml(f"<w:b {word_doc._NSDECL}/>"))

    def small_title(self, text: str, *, size: float = 16, before: float = 6, after: float = 6) -> str:
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=round(size * 1.5), before=before, after=after,
                            keep_next=True)  # fmt: skip
        self._run(p, text, font=XBS, size=size)
        self.text.append(text)
        return text

    def gazette_signature(self, issuer: str, date: str) -> None:
        """Issuer and date at the right, kept with the paragraph before them (also across a column break)."""
        self.docx.paragraphs[-1].paragraph_format.keep_with_next = True
        for text, keep in ((issuer, True), (date, False)):
            p = self._paragraph(align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=1, keep_next=keep)
            self._run(p, text)
            self.text.append(text)

    def centred(self, text: str, *, font: str | None = None, size: float | None = None, after: float = 0) -> None:
        self.line(text, align="center", font=font, size=size, after=after)


# ------------------------------------------------------------------------------------------------ fixtures
@dataclass
class Fixture4(Fixture3):
    """A fixture of this set. `attachment`: a document whose pages are printed, scanned and appended to the
    report's PDF as image-only pages (its strings are `image_strings`)."""

    chrome_res: list[str] = field(default_factory=list)  # regexes of whole chrome lines (folios)
    attachment: Doc4 | None = None
    attachment_scan: dict[str, Any] | None = None
    tables_min: int | None = None  # tables pdfplumber must find (default: the docx's table count)

    def number_problems(self) -> list[str]:
        """Numbers against the document text: each metric value in its quote; each project's score and amount
        and each unit's score in the text; each distribution count and share in the text."""
        text = normalise("\n".join(self.doc.text))
        if self.attachment is not None:
            text += "\n" + normalise("\n".join(self.attachment.doc_text()))
        problems = []
        for m in self.metrics:
            if gold_number(m["value"]) not in normalise(m["quote"]):
                problems.append(f"metric {m['metric']}: {m['value']} not in its quote {m['quote']}")
        for p in self.projects:
            for key in ("score", "amount"):
                if p[key] is not None and gold_number(p[key]) not in text:
                    problems.append(f"project {p['name']}: {key} {p[key]} not in the text")
        for u in self.units:
            if u["score"] is not None and gold_number(u["score"]) not in text:
                problems.append(f"unit {u['unit']}: score {u['score']} not in the text")
        for b in self.batches:
            for key in ("project_count", "department_count", "amount"):
                if b[key] is not None and gold_number(b[key]) not in text:
                    problems.append(f"batch {b['type']}: {key} {b[key]} not in the text")
            for key in ("grades", "grade_shares_pct"):
                for grade, value in (b[key] or {}).items():
                    if grade not in text or gold_number(value) not in text:
                        problems.append(f"batch {b['type']}: {key} {grade}={value} not in the text")
        return problems


class Attachment(Doc4):
    def doc_text(self) -> list[str]:
        return self.text


def fixture(name: str, what: str, doc: Doc4, **kw: Any) -> Fixture4:
    return Fixture4(name=name, what=what, doc=doc, **kw)


def counted(rows: list[tuple], col: int, order: list[str]) -> dict[str, int]:
    """What a table's grade column holds, in the document's grade order (for writing the prose, never read back
    from the document)."""
    c = Counter(r[col] for r in rows)
    return {g: c[g] for g in order if c[g]}


# =============================================================================================== 01 汐湾区
# (name, 主管部门 as written, 评价资金 万元, score, grade)
F01_KEY = [
    ("汐湾区中小学智慧校园建设项目", "区教育局", "2150.00", "91.5", "优"),
    ("区属公办幼儿园保教质量提升项目", "区教育局", "680.00", "86.0", "良"),
    ("社区嵌入式养老服务设施建设补助", "区民政局", "1420.50", "83.5", "良"),
    ("城市内涝治理及排水管网提标改造工程", "区住房和城乡建设局", "4368.00", "78.0", "中"),
    ("辖区河道保洁及生态补水经费", "区水务局", "835.00", "88.5", "良"),
    ("商贸流通企业数字化转型扶持资金", "区商务局", "420.00", "92.0", "优"),
]
F01_SAMPLED = {"优": 31, "良": 58, "中": 10, "差": 2}


def f01_district_work_numbered() -> Fixture4:
    """A 区财政局's annual 预算绩效管理工作情况: every level numbered by Word (一、 （一） 1. （1）), the grades of
    the 抽评 as a numbered list of count-and-share lines, the key projects as a numbered list."""
    doc = Doc4("汐湾区财政局")
    rows = [(n, d, D(a), D(s), g) for n, d, a, s, g in F01_KEY]
    n_key, key_amt = len(rows), sum(r[2] for r in rows)
    n_kdept = len({r[1] for r in rows})
    key_dist = counted(rows, 4, ["优", "良", "中", "差"])
    n_samp = sum(F01_SAMPLED.values())
    n_self, self_amt, n_units, n_mon = 1012, D("183652.47"), 68, 986
    samp_amt, samp_dept, ratio = D("12486.30"), 24, 10
    overall = [("区民政局", D("88.2"), "良"), ("区城市管理局", D("76.5"), "中")]

    title = doc.title("汐湾区2023年度预算绩效管理工作情况")
    doc.centred("汐湾区财政局", font=KAI, after=10)
    doc.para(
        "2023年，区财政局深入贯彻全面实施预算绩效管理的决策部署，围绕“事前评估、目标管理、运行监控、绩效评价、"
        "结果应用”全链条，推动预算和绩效管理一体化，财政资金使用效益稳步提升。现将有关情况报告如下："
    )
    doc.heading(1, "推进事前绩效评估", numbered=True)
    doc.para(
        "对申请新增的12个重大政策和项目开展事前绩效评估，涉及资金23,560.00万元，其中3个项目因立项依据不充分"
        "未通过评估，核减预算资金4,120.00万元。"
    )
    doc.heading(1, "强化绩效目标管理", numbered=True)
    doc.para(
        "将绩效目标作为预算安排的前置条件，全区72家预算单位1,046个项目全部编报绩效目标。区财政局会同行业主管"
        "部门对其中186个项目的绩效目标开展重点审核，退回修改41个。"
    )
    doc.heading(1, "实施绩效运行监控", numbered=True)
    q_mon = f"对{n_mon}个项目开展绩效运行监控"
    doc.para(
        f"依托预算管理一体化系统，按季度{q_mon}，对执行进度偏慢、偏离绩效目标的57个项目发出预警，"
        "收回沉淀资金1,365.20万元统筹用于急需领域。"
    )
    doc.heading(1, "开展绩效评价", numbered=True)
    doc.heading(2, "单位绩效自评", numbered=True)
    q_self = f"对2023年度{n_self:,}个项目开展了绩效自评"
    q_self_amt = f"涉及资金{money(self_amt)}万元"
    doc.para(f"全区{n_units}家预算单位{q_self}，{q_self_amt}，自评覆盖率100%。")
    doc.heading(2, "财政抽评", numbered=True)
    q_ratio = f"按照{ratio}%的比例抽取{n_samp}个项目"
    q_samp = f"抽取{n_samp}个项目开展财政抽评"
    q_sdept = f"涉及{samp_dept}个部门"
    q_samt = f"涉及财政资金{money(samp_amt)}万元"
    doc.para(f"在单位自评基础上，区财政局按照{ratio}%的比例{q_samp}，{q_sdept}，{q_samt}。抽评结果如下：")
    shares = {g: pct(c, n_samp) for g, c in F01_SAMPLED.items()}
    lst = doc.new_list("decimal_paren")
    grades = list(F01_SAMPLED)
    for i, g in enumerate(grades):
        end = "。" if i == len(grades) - 1 else "；"
        doc.item(lst, f"评价结果为“{g}”的{F01_SAMPLED[g]}个，占{shares[g]}%{end}")
    doc.heading(2, "财政重点评价", numbered=True)
    q_key = f"选取{n_key}个重点项目开展财政重点绩效评价"
    q_kamt = f"涉及资金{money(key_amt)}万元"
    q_kdept = f"涉及{n_kdept}个区级部门"
    q_kdist = "、".join(f"“{g}”的{c}个" for g, c in key_dist.items())
    doc.para(f"区财政局委托第三方机构，{q_key}，{q_kamt}，{q_kdept}。评价结果为{q_kdist}。各项目评价情况如下：")
    lst = doc.new_list("decimal_dot")
    for i, (name, dept, amt, score, grade) in enumerate(rows):
        end = "。" if i == len(rows) - 1 else "；"
        doc.item(
            lst, f"{name}，主管部门为{dept}，评价资金{money(amt)}万元，评价得分{score}分，评价结果为“{grade}”{end}"
        )
    doc.heading(2, "部门整体支出绩效评价", numbered=True)
    q_over = f"选取{'、'.join(u for u, _, _ in overall)}{len(overall)}个部门开展部门整体支出绩效评价"
    (u1, s1, g1), (u2, s2, g2) = overall
    doc.para(f"{q_over}。{u1}部门整体支出绩效评价得分{s1}分，评价结果为“{g1}”；{u2}得分{s2}分，评价结果为“{g2}”。")
    doc.heading(1, "加强评价结果应用", numbered=True)
    lst = doc.new_list("decimal_paren")
    doc.item(lst, "将评价结果作为2025年预算安排的重要依据，对评价结果为“中”“差”的项目压减预算1,260.00万元；")
    doc.item(lst, "向被评价部门印发整改通知书15份，督促限期整改，整改情况纳入年度绩效考核；")
    doc.item(lst, "在区政府门户网站公开重点评价报告6份，主动接受社会监督。")
    doc.heading(1, "下一步工作打算", numbered=True)
    doc.para(
        "2024年，区财政局将扩大事前绩效评估范围，完善分行业分领域绩效指标体系，推动部门整体绩效评价常态化，"
        "进一步提高评价质量和结果应用刚性。"
    )
    doc.signature("汐湾区财政局", "2024年3月28日")
    doc.footer("dash")

    fx = fixture(
        "word4_01_district_work_numbered",
        "district 财政局's annual 预算绩效管理工作情况 in Word AUTO-NUMBERED lists at every level (一、 （一） and "
        "（1） lines of 抽评 grades with shares, 1. key projects `…，主管部门为区教育局，评价资金2,150.00万元，评价得分"
        "91.5分，评价结果为“优”`); 事前评估/目标/监控/自评/抽评/重点/部门整体; amounts with thousands separators in "
        "prose; units in 家",
        doc,
        title=title,
        region="汐湾区",
        year=2023,
        tagged=True,
    )
    fx.metric("monitored_projects", n_mon, "个", q_mon)
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "万元", q_self_amt)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", n_samp, "个", q_samp)
    fx.metric("sampled_departments", samp_dept, "个", q_sdept)
    fx.metric("sampled_amount", samp_amt, "万元", q_samt)
    fx.metric("key_evaluated_projects", n_key, "个", q_key)
    fx.metric("key_evaluated_amount", key_amt, "万元", q_kamt)
    fx.metric("key_evaluated_departments", n_kdept, "个", q_kdept)
    fx.metric("department_overall_evaluations", len(overall), "个", q_over)
    fx.batch("self", "单位绩效自评", project_count=n_self, department_count=n_units, amount=self_amt,
             amount_unit="万元")  # fmt: skip
    fx.batch("sampling", "财政抽评", project_count=n_samp, department_count=samp_dept, amount=samp_amt,
             amount_unit="万元", grades=dict(F01_SAMPLED), grade_shares_pct=shares)  # fmt: skip
    fx.batch("key", "财政重点评价", project_count=n_key, department_count=n_kdept, amount=key_amt,
             amount_unit="万元", grades=key_dist)  # fmt: skip
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(overall), department_count=len(overall))
    for i, (name, dept, amt, score, grade) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "key", score=score, amount=amt, unit="万元")
    for unit, score, grade in overall:
        fx.unit(unit, None, grade, score)
    fx.notes = (
        "SYNTHETIC. A district finance bureau's annual work report (not a 公文: no letterhead, title + issuer line + "
        "signature). Every number label is drawn by Word's auto-numbering (一、/（一）/（1）/1.), so none is in the "
        "docx "
        "paragraph text but all are in the PDF text layer followed by a space. The 抽评 distribution is a numbered "
        "list of four lines `评价结果为“优”的31个，占30.7%；` → grades and grade_shares_pct (2.0% printed as `2.0%`). "
        "The key projects are a numbered list `名称，主管部门为X，评价资金…万元，评价得分…分，评价结果为“优”`; the "
        "department is the short form as written (区教育局); seq = the drawn number. Key distribution stated in "
        "prose (“优”的2个、“良”的3个、“中”的1个). Self-evaluation: 68家预算单位 → department_count 68 (the 72家 of "
        "target management is another population). Counts with thousands separators (1,012个). Not evaluation "
        "figures: 事前绩效评估 12个/23,560.00万元/4,120.00万元, 1,046个 targets, 186/41 reviewed, 57个 warnings, "
        "1,365.20万元 recovered, 1,260.00万元 cut, 15份/6份, 100% coverage. The 部门整体 results are given per unit "
        "with score and grade (区民政局 is also a key-project department)."
    )
    return fx


# =============================================================================================== 02 槐阳县农业农村局
# (name, 预算数, 执行数, 自评得分, 自评等级)
F02_PROJECTS = [
    ("高标准农田建设县级配套资金", "860.00", "842.16", "95", "优"),
    ("耕地地力保护补贴发放工作经费", "45.00", "44.20", "96", "优"),
    ("农作物重大病虫害统防统治", "128.50", "120.33", "92", "优"),
    ("动物疫病强制免疫补助", "156.80", "150.62", "94", "优"),
    ("农村人居环境整治提升", "620.00", "566.40", "88", "良"),
    ("县级现代农业产业园建设", "750.00", "731.85", "93", "优"),
    ("农产品质量安全例行监测", "68.40", "66.90", "97", "优"),
    ("基层农技推广体系改革与建设", "92.00", "90.10", "95", "优"),
    ("村级集体经济发展扶持资金", "400.00", "352.00", "86", "良"),
    ("渔业资源增殖放流", "35.00", "35.00", "98", "优"),
    ("高素质农民培育", "80.00", "78.65", "96", "优"),
    ("农机购置补贴县级累加", "210.00", "204.36", "91", "优"),
    ("乡村振兴示范村创建", "380.00", "341.22", "85", "良"),
    ("农业综合行政执法装备购置", "52.03", "51.46", "94", "优"),
]
# (一级指标, 分值, 得分)
F02_INDICATORS = [("决策", "20", "19"), ("过程", "20", "18.6"), ("产出", "30", "28.5"), ("效益", "30", "27.5")]


def f02_county_department_self() -> Fixture4:
    """A county department's own 部门整体支出绩效自评报告: its score and grade, the indicator scores, and the
    self-evaluations of its 14 projects (no 主管部门 column: the department is the publisher)."""
    publisher = "槐阳县农业农村局"
    doc = Doc4(publisher)
    rows = [(n, D(b), D(e), D(s), g) for n, b, e, s, g in F02_PROJECTS]
    n = len(rows)
    proj_total = sum(r[1] for r in rows)
    dist = counted(rows, 4, ["优", "良"])
    ind = [(k, D(w), D(s)) for k, w, s in F02_INDICATORS]
    score = sum(s for _, _, s in ind)
    basic = D("1823.55")
    spent = basic + proj_total
    income, carried = D("5862.34"), D("450.00")

    title = doc.title("槐阳县农业农村局2023年度", "部门整体支出绩效自评报告")
    doc.para(
        "根据《槐阳县财政局关于开展2023年度部门整体支出绩效自评工作的通知》（槐财绩〔2024〕3号）要求，我局对"
        "2023年度部门整体支出开展了绩效自评，现将自评情况报告如下。"
    )
    doc.heading(1, "一、部门基本情况")
    doc.heading(2, "（一）部门职能", run_in="")
    doc.para(
        "槐阳县农业农村局是县人民政府工作部门，负责统筹研究和组织实施全县“三农”工作，承担粮食和重要农产品"
        "稳产保供、耕地质量建设、农产品质量安全监管、农村人居环境整治和乡村振兴有关工作。"
    )
    doc.heading(2, "（二）机构和人员")
    doc.para(
        "我局内设股室9个，下属事业单位4个（县农业技术推广中心、县畜牧水产事务中心、县农业综合行政执法大队、"
        "县农村经营服务站）。2023年末编制人数86人，实有在职人员81人，退休人员47人。"
    )
    doc.heading(2, "（三）部门预算收支情况")
    doc.para(
        f"2023年度部门收入合计{money(income)}万元，其中一般公共预算财政拨款收入{money(income - carried)}万元，"
        f"上年结转{money(carried)}万元。部门支出合计{money(spent)}万元，其中基本支出{money(basic)}万元，"
        f"占{pct(basic, spent)}%；项目支出{money(proj_total)}万元，占{pct(proj_total, spent)}%。"
    )
    doc.heading(1, "二、部门整体支出绩效目标")
    doc.para(
        "2023年，我局围绕粮食安全和乡村振兴设定年度绩效目标：新建高标准农田1.2万亩，粮食播种面积稳定在38.6万亩"
        "以上，农产品质量安全例行监测合格率98%以上，农村卫生厕所普及率达到92%，培育高素质农民300人。"
    )
    doc.heading(1, "三、绩效自评工作开展情况")
    q_self = f"对本部门纳入预算管理的{n}个项目开展了项目支出绩效自评"
    q_amt = f"涉及资金{money(proj_total)}万元"
    doc.para(
        "我局成立了由局长任组长、分管副局长任副组长的绩效自评工作领导小组，按照部门整体支出绩效评价指标体系，"
        f"从决策、过程、产出、效益四个方面逐项打分。同时，{q_self}，{q_amt}。"
    )
    doc.heading(1, "四、绩效自评结果")
    doc.heading(2, "（一）部门整体支出自评结果")
    q_overall = f"我局2023年度部门整体支出绩效自评得分为{score}分，自评等级为“优”"
    doc.para(f"经自评，{q_overall}。各一级指标得分情况如下：")
    doc.caption("部门整体支出绩效自评指标得分表", font=HEI, size=12)
    table = [["一级指标", "分值", "自评得分", "得分率"]]
    for k, w, s in ind:
        table.append([k, f"{w}", f"{s}", f"{pct(s, w)}%"])
    table.append(["合计", "100", f"{score}", f"{pct(score, 100)}%"])
    doc.table(table, [4.0, 3.0, 3.0, 3.0], size=12, font=SONG, header_font=HEI)
    doc.heading(2, "（二）项目支出自评结果")
    q_dist = "，".join(
        (f"自评等级为“{g}”的{c}个" if i == 0 else f"“{g}”的{c}个") for i, (g, c) in enumerate(dist.items())
    )
    doc.para(f"{n}个项目中，{q_dist}，无“中”和“差”等级项目。各项目自评情况见下表。")
    doc.unit_line("单位：万元", size=10.5)
    table = [["序号", "项目名称", "预算数", "执行数", "执行率", "自评得分", "自评等级"]]
    for i, (name, b, e, s, g) in enumerate(rows, start=1):
        table.append([str(i), name, money(b, sep=False), money(e, sep=False), f"{pct(e, b)}%", f"{s}", g])
    doc.table(table, [1.1, 5.2, 1.8, 1.8, 1.7, 1.8, 1.8], size=10.5, font=SONG, header_font=HEI,
              align=["c", "l", "r", "r", "c", "c", "c"], cant_split=True)  # fmt: skip
    doc.style_last_table(row_height_cm=0.62)
    doc.heading(2, "（三）主要绩效")
    doc.para(
        "全年新建高标准农田1.26万亩，粮食播种面积39.1万亩，农产品质量安全例行监测合格率99.2%，新增农村卫生"
        "厕所2,140座，培育高素质农民315人，各项产出和效益指标基本完成。"
    )
    doc.heading(1, "五、存在的问题")
    doc.para(
        "一是部分项目绩效目标量化程度不高，效益指标以定性描述为主；二是村级集体经济发展扶持资金、乡村振兴示范村"
        "创建资金执行率偏低，资金拨付滞后于项目进度；三是绩效自评结果与预算安排的衔接还不够紧密。"
    )
    doc.heading(1, "六、改进措施")
    doc.para(
        "细化绩效目标编制，提高量化指标比重；建立项目资金拨付台账，按月调度执行进度；将自评结果作为编制2025年"
        "部门预算的重要参考，对执行率偏低的项目相应调减预算。"
    )
    doc.heading(1, "七、自评结果公开")
    doc.para("本报告随2023年度部门决算在县人民政府门户网站一并公开。")
    doc.signature(publisher, "2024年4月15日")
    doc.footer("dash")

    fx = fixture(
        "word4_02_county_department_self",
        "county department's own 部门整体支出绩效自评报告 (`我局`): its score and grade in one sentence (自评得分"
        "为93.6分，自评等级为“优”), a 一级指标 score table (分值/自评得分/得分率, 合计), budget figures of the "
        "department; 14 projects' 自评得分/自评等级 in a table WITHOUT 主管部门 (预算数/执行数/执行率), explicit zeros",
        doc,
        title=title,
        region="槐阳县",
        year=2023,
        tagged=False,
    )
    fx.metric("self_evaluated_projects", n, "个", q_self)
    fx.metric("self_evaluated_amount", proj_total, "万元", q_amt)
    fx.batch("department_overall", "部门整体支出绩效自评", project_count=1, department_count=1)
    fx.batch("self", "项目支出绩效自评", project_count=n, amount=proj_total, amount_unit="万元",
             grades={**dist, "中": 0, "差": 0})  # fmt: skip
    for i, (name, b, _e, s, g) in enumerate(rows, start=1):
        fx.project(i, name, publisher, g, "self", score=s, amount=b, unit="万元")
    fx.unit(publisher, None, "优", score)
    fx.notes = (
        "SYNTHETIC. A line department's self-evaluation of its whole spending (部门整体支出绩效自评报告). The "
        f"department's own result is one department_evaluation: {publisher} (named in the title; the sentence says "
        f"我局), score {score}, grade 优 — both stated ('自评得分为{score}分，自评等级为“优”'); batch "
        "department_overall "
        "(project_count 1, department_count 1, as real gold does for a single whole-department evaluation). The "
        "indicator table (决策/过程/产出/效益 with 分值 and 自评得分, 合计 100/93.6) is not a list of projects. "
        f"Project self-evaluations: {n} projects in a table with no 主管部门 column, so department = the publishing "
        "department (as in real gold where a department publishes its own results); amount = 预算数 (执行数 and 执行率 "
        "are execution figures; the unit is only in `单位：万元` above the table). The distribution is in prose with "
        "explicit zeros (无“中”和“差”等级项目 → 中 0, 差 0). Not evaluation figures: department income/expenditure "
        "(5,862.34 / 5,412.34 / 450.00 / 5,701.28 / 1,823.55万元 and the 32.0%/68.0% shares), staff counts (9/4/86/"
        "81/47), target values (1.2万亩, 38.6万亩, 98%, 92%, 300人) and achievements (1.26万亩, 39.1万亩, 99.2%, "
        "2,140座, 315人), 槐财绩〔2024〕3号."
    )
    return fx


# =============================================================================================== 03 璟州市本级
# (name, 主管部门, 评价资金 万元, score, grade, 备注)
F03_KEY = [
    ("市级工业企业技术改造专项资金", "璟州市经济和信息化局", "8600.00", "90.5", "优", "委托第三方评价"),
    ("中心城区公交线网优化运营补贴", "璟州市交通运输局", "5230.00", "86.2", "良", ""),
    ("市属高中学校改扩建工程", "璟州市教育局", "12480.50", "88.0", "良", "跨年度项目"),
    ("城乡居民基本养老保险市级补助", "璟州市人力资源和社会保障局", "21360.00", "92.4", "优", ""),
    ("医疗卫生高层次人才引进培养专项", "璟州市卫生健康委员会", "1850.00", "84.6", "良", ""),
    ("“一江两岸”景观提升工程", "璟州市城市管理局", "9745.30", "76.8", "中", "已下达整改通知"),
    ("科技型中小企业研发费用补助", "璟州市科学技术局", "3200.00", "91.0", "优", "委托第三方评价"),
    ("生活垃圾分类处理运营补贴", "璟州市城市管理局", "6480.00", "83.5", "良", ""),
    ("市级粮食风险基金", "璟州市发展和改革委员会", "2000.00", "87.2", "良", ""),
    ("公共文化服务体系建设专项", "璟州市文化广电旅游局", "1265.80", "85.0", "良", "整合项目（含4个子项）"),
    ("政法系统信息化建设项目", "璟州市司法局", "2760.00", "72.5", "中", "已下达整改通知"),
    ("农村饮水安全巩固提升工程", "璟州市水利局", "4380.00", "89.4", "良", ""),
    ("招商引资奖励资金", "璟州市投资促进局", "5000.00", "58.5", "差", "2025年暂停安排"),
    ("城市社区治理专项经费", "璟州市民政局", "1520.00", "93.1", "优", ""),
    ("生态环境监测能力建设", "璟州市生态环境局", "2150.00", "81.3", "良", "跨年度项目"),
]


def f03_city_key_notice_remarks() -> Fixture4:
    """A city's 重点评价 results 公告: the round in prose (亿元), the distribution, and the results table in 万元
    with a 备注 column."""
    doc = Doc4("璟州市财政局")
    rows = [(n, d, D(a), D(s), g, r) for n, d, a, s, g, r in F03_KEY]
    n, total = len(rows), sum(r[2] for r in rows)
    n_dept = len({r[1] for r in rows})
    dist = counted(rows, 4, ["优", "良", "中", "差"])
    n_self, self_amt = 2236, D("126.58")

    title = doc.title("2023年度璟州市本级财政重点绩效评价", "结果公告")
    doc.centred("（2024年第4号）", after=8)
    doc.para(
        "根据《中华人民共和国预算法》及其实施条例和《璟州市市级预算绩效管理办法》有关规定，现将2023年度市本级"
        "财政重点绩效评价结果公告如下："
    )
    doc.heading(1, "一、评价开展情况")
    q_self = f"市级部门对{n_self:,}个项目开展了绩效自评"
    q_samt = f"涉及资金{self_amt}亿元"
    q_key = f"选取{n}个项目开展财政重点绩效评价"
    q_kamt = f"涉及资金{yi(total)}亿元"
    q_dept = f"涉及{n_dept}个市级部门"
    doc.para(
        f"2023年度，{q_self}，{q_samt}。在此基础上，市财政局围绕市委、市政府重大决策部署和社会关注度高的民生领域，"
        f"{q_key}，{q_kamt}，{q_dept}。评价工作由市财政局组织，部分项目委托会计师事务所等第三方机构实施。"
    )
    doc.heading(1, "二、评价结果")
    q_dist = "，".join(
        (f"评价结果为“{g}”的{c}个" if i == 0 else f"“{g}”的{c}个") for i, (g, c) in enumerate(dist.items())
    )
    doc.para(f"{n}个项目中，{q_dist}。各项目评价结果详见下表。")
    doc.caption("2023年度市本级财政重点绩效评价结果表", font=HEI, size=14)
    table = [["序号", "项目名称", "主管部门", "评价资金（万元）", "评价得分", "评价结果", "备注"]]
    for i, (name, dept, amt, score, grade, remark) in enumerate(rows, start=1):
        table.append([str(i), name, dept, money(amt, sep=False), f"{score}", grade, remark or None])
    table.append(["合计", LEFT, LEFT, money(total, sep=False), None, None, None])
    doc.table(table, [0.9, 4.3, 3.3, 1.9, 1.4, 1.4, 2.4], size=10.5, font=SONG, header_font=HEI,
              align=["c", "l", "l", "r", "c", "c", "l"], cant_split=True)  # fmt: skip
    doc.style_last_table(row_height_cm=0.65, bold_rows=(len(table) - 1,))
    doc.note("注：评价结果分为优（90分以上）、良（80～90分）、中（60～80分）、差（60分以下）四个等级。", size=10.5)
    doc.heading(1, "三、评价结果应用")
    doc.para(
        "市财政局已将评价结果反馈各主管部门，并作为2025年预算安排的重要依据：对评价结果为“中”的项目，压减下年度"
        "预算10%～20%；对评价结果为“差”的项目，原则上暂停安排下年度预算，待整改到位后重新申报。"
    )
    doc.heading(1, "四、公告期限")
    doc.para(
        "公告期限为2024年7月1日至7月10日。如对评价结果有异议，请在公告期内以书面形式向市财政局预算绩效管理处"
        "反映。联系电话：0597-8326415。"
    )
    doc.signature("璟州市财政局", "2024年6月28日")
    doc.footer("page_of", size=10.5)

    fx = fixture(
        "word4_03_city_key_notice_remarks",
        "city 重点评价 results 公告 (2024年第4号): round in prose (自评 2,236个/126.58亿元, 重点 15个/8.80亿元/"
        "14个部门), "
        "distribution in prose, results table in 万元 (unit only in the header `评价资金（万元）`) with a 备注 column "
        "(第三方, 跨年度, 整改, `整合项目（含4个子项）`, `2025年暂停安排`), 合计 row, grade legend under the table",
        doc,
        title=title,
        region="璟州市本级",
        year=2023,
        tagged=True,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_samt)
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_kamt)
    fx.metric("key_evaluated_departments", n_dept, "个", q_dept)
    fx.batch("self", "绩效自评", project_count=n_self, amount=self_amt, amount_unit="亿元")
    fx.batch("key", "财政重点绩效评价", project_count=n, department_count=n_dept, amount=yi(total),
             amount_unit="亿元", grades=dist)  # fmt: skip
    for i, (name, dept, amt, score, grade, _r) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "key", score=score, amount=amt, unit="万元")
    fx.notes = (
        "SYNTHETIC. City-level 公告 of the finance bureau's key evaluations; region 璟州市本级 (the title says "
        "市本级). "
        f"The prose total {yi(total)}亿元 is the table's {money(total)}万元 rounded; the table's amounts are in 万元 "
        "(unit only in the header). The 备注 column is free text, never a batch or a grade: `整合项目（含4个子项）` "
        "holds a count that is not a project count, `2025年暂停安排` a year. 璟州市城市管理局 has two projects → "
        f"{n_dept} departments. Grade legend bands (90分以上 …) are not scores. Not data: 2024年第4号, the 10%～20% "
        "budget cut, dates and the phone number; the 合计 row."
    )
    return fx


# =============================================================================================== 04 蘅塘县 bonds
# (name, 主管部门, 项目单位, 债券资金 亿元, 评价方式, score, grade)
F04_BONDS = [
    ("蘅塘县城北片区棚户区改造项目", "蘅塘县住房和城乡建设局", "蘅塘县城市建设投资发展有限公司", "2.30",
     "财政重点评价", "86", "良"),
    ("蘅塘县人民医院新院区建设项目（一期）", "蘅塘县卫生健康局", "蘅塘县人民医院", "1.80", "财政重点评价", "91",
     "优"),
    ("蘅塘县工业园区标准厂房建设项目", "蘅塘县经济开发区管理委员会", "蘅塘县产业投资有限公司", "2.00", "部门自评",
     "93", "优"),
    ("蘅塘县乡镇污水处理设施提标改造工程", "蘅塘县住房和城乡建设局", "蘅塘县水务集团有限公司", "0.85", "部门自评",
     "90", "优"),
    ("蘅塘县冷链物流园建设项目", "蘅塘县商务局", "蘅塘县供销集团有限公司", "1.20", "部门自评", "84", "良"),
    ("蘅塘县职业教育中心实训基地建设项目", "蘅塘县教育局", "蘅塘县职业教育中心", "0.60", "部门自评", "95", "优"),
    ("蘅塘县老旧小区改造及配套基础设施项目", "蘅塘县住房和城乡建设局", "蘅塘县城市建设投资发展有限公司", "1.50",
     "部门自评", "92", "优"),
    ("蘅塘县城乡供水一体化工程", "蘅塘县水利局", "蘅塘县水务集团有限公司", "1.35", "部门自评", "78", "中"),
    ("蘅塘县智慧停车场建设项目", "蘅塘县城市管理局", "蘅塘县城市建设投资发展有限公司", "0.75", "部门自评", "91",
     "优"),
]  # fmt: skip


def f04_county_bond_notice() -> Fixture4:
    """A county's special-bond 公示: one table in 亿元 (unit in the header), 主管部门 next to 项目单位, the kind of
    evaluation per row, counts of each kind in prose."""
    doc = Doc4("蘅塘县财政局")
    rows = [(n, d, u, D(a), k, D(s), g) for n, d, u, a, k, s, g in F04_BONDS]
    n, total = len(rows), sum(r[3] for r in rows)
    n_key = sum(1 for r in rows if r[4] == "财政重点评价")
    n_self = n - n_key

    title = doc.title("蘅塘县财政局关于2023年度新增专项债券", "项目绩效评价结果的公示")
    doc.para(
        "根据《财政部关于印发〈地方政府专项债券项目资金绩效管理办法〉的通知》（财预〔2021〕61号）要求，我局组织对"
        "2023年度使用新增专项债券资金的项目开展了绩效评价。现将评价结果公示如下："
    )
    doc.heading(1, "一、基本情况")
    q_bond = f"我县共有{n}个项目使用新增专项债券资金"
    q_bamt = f"债券资金合计{total}亿元"
    q_key = f"县财政局对{n_key}个项目开展重点绩效评价"
    q_self = f"其余{n_self}个项目由主管部门组织开展绩效自评"
    doc.para(
        f"2023年，{q_bond}，{q_bamt}，涉及棚户区改造、医疗卫生、产业园区、冷链物流和市政基础设施等领域。其中，"
        f"{q_key}，{q_self}，县财政局对自评结果进行了审核。"
    )
    doc.heading(1, "二、评价结果")
    doc.para("各项目评价结果见下表。")
    table = [["序号", "项目名称", "主管部门", "项目单位", "债券资金（亿元）", "评价方式", "评价得分", "评价等级"]]
    for i, (name, dept, unit, amt, kind, score, grade) in enumerate(rows, start=1):
        table.append([str(i), name, dept, unit, f"{amt}", kind, f"{score}", grade])
    table.append(["合计", LEFT, LEFT, LEFT, f"{total}", None, None, None])
    doc.table(table, [0.8, 3.6, 2.5, 2.9, 1.5, 1.6, 1.2, 1.2], size=9, font=SONG, header_font=HEI,
              align=["c", "l", "l", "l", "c", "c", "c", "c"], cant_split=True)  # fmt: skip
    doc.style_last_table(row_height_cm=0.6, shade="E7E6E6")
    doc.note("注：评价等级分为优（90分及以上）、良（80-89分）、中（60-79分）、差（60分以下）。", size=10.5)
    doc.heading(1, "三、公示时间及联系方式")
    doc.para(
        "公示期为2024年5月20日至5月26日。公示期间，如有异议，请以书面或电话形式向县财政局债务管理股反映。"
        "联系电话：0739-5218806。"
    )
    doc.signature("蘅塘县财政局", "2024年5月20日")
    doc.footer("dash")

    fx = fixture(
        "word4_04_county_bond_notice",
        "county special-bond (专项债券) 公示: table with 主管部门 AND 项目单位 columns, 债券资金（亿元） only in the "
        "header, per-row 评价方式 (财政重点评价/部门自评), bare integer scores, 合计 over four columns; counts per "
        "kind "
        "and the bond total in prose; 财预〔2021〕61号, 公示 dates, phone",
        doc,
        title=title,
        region="蘅塘县",
        year=2023,
        tagged=False,
    )
    fx.metric("bond_projects", n, "个", q_bond)
    fx.metric("bond_amount", total, "亿元", q_bamt)
    fx.metric("key_evaluated_projects", n_key, "个", q_key)
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.batch("key", "财政重点绩效评价", project_count=n_key)
    fx.batch("self", "主管部门绩效自评", project_count=n_self)
    for i, (name, dept, _u, amt, kind, score, grade) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "key" if kind == "财政重点评价" else "self", score=score, amount=amt,
                   unit="亿元")  # fmt: skip
    fx.notes = (
        "SYNTHETIC. Special-bond evaluation 公示 of a county; fiscal_year 2023 = the bond year of the title. "
        "department = the 主管部门 column; the 项目单位 column (companies, a hospital, a school) is the implementing "
        "unit. Amounts are bond money in 亿元 (unit only in the header `债券资金（亿元）`). Each row's batch is its "
        f"评价方式 cell (财政重点评价 → key, 部门自评 → self); the prose also gives the counts ({n_key} and {n_self}). "
        "No distribution is stated anywhere (grades null; counting the rows would give 优6/良2/中1 — not gold). "
        "Scores are bare integers. Not data: 财预〔2021〕61号, the grade legend's bands, 公示 dates, the phone number, "
        "the 合计 row, `（一期）` in a name."
    )
    return fx


# =============================================================================================== 05 鸣泉县 policy
F05_POLICY = "鸣泉县民营经济发展奖补政策"
F05_CATEGORIES = [
    ("技术改造奖补", 46, "1286.20"),
    ("规上企业培育奖励", 38, "380.00"),
    ("科技创新奖补", 52, "806.25"),
    ("市场开拓补助", 61, "423.00"),
    ("融资担保费补贴", 21, "391.00"),
]
F05_INDICATORS = [
    ("决策", "政策设计、目标设定、资金分配", "15", "13.5"),
    ("过程", "申报审核、资金兑付、监督管理", "25", "21.4"),
    ("产出", "兑付数量、兑付及时性、兑付准确性", "30", "25.6"),
    ("效益", "经济效益、社会效益、可持续影响、满意度", "30", "23.7"),
]


def f05_policy_evaluation_report() -> Fixture4:
    """A third party's evaluation report of one county policy: background, categories of subsidy (counts of
    enterprises in 家, money), method, indicator scores, the conclusion (score and grade), findings."""
    doc = Doc4("澄衡绩效管理咨询有限公司")
    cats = [(k, c, D(a)) for k, c, a in F05_CATEGORIES]
    amount = sum(a for _, _, a in cats)
    firms = sum(c for _, c, _ in cats)
    ind = [(k, sub, D(w), D(s)) for k, sub, w, s in F05_INDICATORS]
    score = sum(s for *_, s in ind)
    dept = "鸣泉县工业和信息化局"

    title = doc.title(f"{F05_POLICY}2023年度", "绩效评价报告")
    doc.centred("评价机构：澄衡绩效管理咨询有限公司", font=KAI)
    doc.centred("委托单位：鸣泉县财政局", font=KAI, after=10)
    doc.heading(1, "一、政策基本情况")
    doc.heading(2, "（一）政策背景及内容")
    doc.para(
        "为支持民营经济高质量发展，县人民政府印发《鸣泉县促进民营经济高质量发展若干政策》（鸣政发〔2021〕15号），"
        "自2021年起对技术改造、规上企业培育、科技创新、市场开拓和融资担保五类事项给予奖补。"
        f"政策主管部门为{dept}，县财政局、县商务局、县科学技术局配合实施。"
    )
    doc.heading(2, "（二）资金投入及兑付情况")
    q_amt = f"2023年度共兑付奖补资金{money(amount)}万元"
    doc.para(f"{q_amt}，惠及企业{firms}家次，均由县级财力安排。分类兑付情况如下：")
    doc.caption("2023年度奖补资金分类兑付情况表", font=HEI, size=12)
    table = [["奖补类别", "兑付企业（家）", "兑付资金（万元）", "占比"]]
    for k, c, a in cats:
        table.append([k, str(c), money(a), f"{pct(a, amount)}%"])
    table.append(["合计", str(firms), money(amount), "100%"])
    doc.table(table, [4.6, 3.2, 3.6, 2.6], size=12, font=SONG, header_font=HEI, align=["l", "c", "r", "c"])
    doc.heading(1, "二、绩效评价工作开展情况")
    doc.heading(2, "（一）评价目的和对象")
    doc.para(
        "本次评价受鸣泉县财政局委托，以该政策2023年度实施情况为对象，重点评价政策目标实现程度、资金使用效益和"
        "企业获得感，为政策调整完善和预算安排提供参考。"
    )
    doc.heading(2, "（二）评价方法和过程")
    doc.para(
        "评价组采用因素分析法、比较法和公众评判法，构建包括决策、过程、产出、效益4个一级指标、11个二级指标、"
        "28个三级指标的评价指标体系。评价组于2024年3月至5月开展资料核查和现场核验，抽查企业申报材料86份，实地"
        "走访企业24家，发放满意度问卷320份，回收有效问卷297份。"
    )
    doc.heading(1, "三、综合评价结论")
    q_result = f"该政策2023年度绩效评价得分为{score}分，评价等级为“良”"
    doc.para(f"经综合评价，{q_result}。各一级指标得分情况如下：")
    doc.caption("评价指标得分情况表", font=HEI, size=12)
    table = [["一级指标", "主要评价内容", "分值", "得分"]]
    for k, sub, w, s in ind:
        table.append([k, sub, f"{w}", f"{s}"])
    table.append(["合计", LEFT, "100", f"{score}"])
    doc.table(table, [2.4, 7.4, 2.0, 2.0], size=12, font=SONG, header_font=HEI, align=["c", "l", "c", "c"])
    doc.heading(1, "四、主要绩效")
    doc.para(
        "政策实施以来，全县规上工业企业由2021年的146家增加到2023年的187家；获奖补企业2023年研发投入同比增长"
        "18.4%，新增专利授权132件；受访企业对政策总体满意度为86.9%。"
    )
    doc.heading(1, "五、存在的问题")
    doc.para(
        "一是部分条款奖补标准与周边县区差距较大，政策吸引力不足；二是兑付环节多、周期长，平均兑付时间为4.5个月；"
        "三是部分奖补类别与企业实际需求匹配度不高，市场开拓补助申报企业多但单户金额小，激励效果有限；四是政策"
        "绩效目标以资金兑付量为主，缺少对企业成长质量的量化指标。"
    )
    doc.heading(1, "六、意见建议")
    doc.para(
        "建议主管部门优化奖补结构，适当整合小额补助事项；推行“免申即享”，压缩兑付周期；完善政策绩效目标，"
        "增设企业营收、税收和就业增长等效益指标；县财政局根据本次评价结果，合理确定2025年度政策资金规模。"
    )
    doc.signature("澄衡绩效管理咨询有限公司", "2024年5月30日")
    doc.footer("page_of", size=10.5)

    fx = fixture(
        "word4_05_policy_evaluation_report",
        "third-party POLICY evaluation report (评价机构/委托单位 under the title): one policy, its 主管部门 stated in "
        "prose (政策主管部门为…), 2023 money 3,286.45万元 in prose, a subsidy-category table with enterprises in 家 "
        "and 万元, an indicator table (分值/得分, 合计), the conclusion `得分为84.2分，评价等级为“良”`; no project "
        "list",
        doc,
        title=title,
        region="鸣泉县",
        year=2023,
        tagged=True,
    )
    fx.batch("other", "政策绩效评价", project_count=1, amount=amount, amount_unit="万元")
    fx.project(1, F05_POLICY, dept, "良", "other", score=score, amount=amount, unit="万元")
    fx.notes = (
        "SYNTHETIC. A commissioned evaluation report of ONE policy (the report of the third party, not a bureau "
        "notice). The evaluated object is recorded as a project of batch `other` (policy), named as in the title "
        f"({F05_POLICY}); department = the policy's 主管部门 named in prose ({dept}; 县财政局 commissioned it, the "
        f"other bureaus only cooperate). Score {score} and grade 良 both stated in the conclusion sentence. amount "
        f"= the policy money of the evaluated year ({q_amt}). No headline metric: no count of evaluations is "
        "stated (policy_evaluations would need one). region 鸣泉县 from the title. Not data: the category table "
        f"(enterprise counts in 家, {firms}家次 in total, amounts and shares per category), the indicator table, "
        "11/28 indicators, 86份/24家/320份/297份 of fieldwork, 146→187家, 18.4%, 132件, 86.9%, 4.5个月, "
        "鸣政发〔2021〕15号, the years 2021 and 2025."
    )
    return fx


# =============================================================================================== 06 岑江市 cards
# (领域, name, 主管部门, 实施单位, 预算 万元, 实际支出 万元, score, grade, 绩效, 问题, 建议)
F06_CARDS = [
    ("（一）教育领域", "岑江市城区学校课后延时服务补助", "岑江市教育局", "岑江市各公办中小学", "3120.00", "3046.72",
     "92.0", "优", "覆盖城区公办中小学58所，学生参与率达91.3%，家长满意度95.6%。",
     "部分学校课后服务内容以作业辅导为主，素质拓展类课程不足。",
     "丰富课后服务课程供给，完善第三方机构引入和退出机制。"),
    ("（二）卫生健康领域", "岑江市中心血站设备更新项目", "岑江市卫生健康委员会", "岑江市中心血站", "1680.00",
     "1592.40", "84.5", "良", "完成血液检测、储存设备更新46台（套），血液检测能力提升约30%。",
     "设备采购验收资料不完整，部分设备到货后闲置超过3个月。", "规范资产验收和入账流程，加快设备投入使用。"),
    ("（三）城市建设领域", "岑江市城市道路“白改黑”提升工程", "岑江市住房和城乡建设局", "岑江市市政设施管理中心",
     "18650.00", "17233.86", "80.5", "良", "完成主次干道改造27.4公里，道路完好率由82%提高到96%。",
     "工程变更较多，结算审核滞后，个别路段完工后即开挖管线。", "加强与管线单位统筹衔接，严格控制工程变更。"),
    ("（四）农业农村领域", "岑江市农产品区域公用品牌建设资金", "岑江市农业农村局", "岑江市农产品品牌促进中心",
     "2400.00", "1968.35", "75.5", "中", "组织品牌推介活动12场，授权使用区域公用品牌企业35家。",
     "绩效目标偏重活动场次，品牌溢价、农民增收等效益未量化；资金执行率82.0%。",
     "重新设定品牌效益类指标，压减展会类支出。"),
    ("（五）就业领域", "岑江市公共就业服务能力提升项目", "岑江市人力资源和社会保障局", "岑江市就业服务中心",
     "10380.00", "10116.52", "86.0", "良", "新建“家门口”就业服务站42个，全年帮扶就业困难人员再就业3,265人。",
     "部分服务站运营依赖财政补助，服务频次不高。", "建立服务站绩效考核和补助挂钩机制。"),
]  # fmt: skip
F06_CHROME = ("岑江市财政局", "预算绩效信息公开")


def f06_kv_cards_header() -> Fixture4:
    """A city's key-evaluation results published as one vertical key/value card per project (项目名称 | X /
    主管部门 | Y / … / 评价得分 | Z / 评价等级 | W), under a running header and `第 N 页 共 M 页` footers."""
    doc = Doc4("岑江市财政局")
    cards = [(dom, n, d, u, D(b), D(e), D(s), g, *rest) for dom, n, d, u, b, e, s, g, *rest in F06_CARDS]
    n = len(cards)
    total = sum(c[4] for c in cards)
    dist = counted(cards, 7, ["优", "良", "中", "差"])
    chrome = doc.running_header(*F06_CHROME)

    title = doc.title("岑江市2024年度市级财政重点绩效评价", "结果公开")
    q_key = f"选取{n}个2023年度市级预算项目开展财政重点绩效评价"
    q_amt = f"涉及资金{yi(total)}亿元"
    q_dist = "、".join(
        (f"评价等级为“{g}”的{c}个" if i == 0 else f"“{g}”的{c}个") for i, (g, c) in enumerate(dist.items())
    )
    doc.para(
        f"2024年，市财政局按照“全面覆盖、突出重点”的原则，{q_key}，{q_amt}。评价采取财政部门组织、第三方机构"
        f"参与的方式进行。从评价结果看，{q_dist}。现将各项目评价结果公开如下。"
    )
    for dom, name, dept, unit, budget, spent, score, grade, effect, issue, advice in cards:
        doc.heading(2, dom)
        rows = [
            ["项目名称", name],
            ["主管部门", dept],
            ["实施单位", unit],
            ["预算资金", f"{money(budget)}万元"],
            ["实际支出", f"{money(spent)}万元"],
            ["评价方式", "财政重点评价（第三方机构参与）"],
            ["评价得分", f"{score}"],
            ["评价等级", grade],
            ["主要绩效", effect],
            ["存在问题", issue],
            ["整改建议", advice],
        ]
        doc.table(rows, [3.0, 12.6], header_rows=0, repeat_header=False, size=11, font=SONG,
                  align=["c", "l"], cant_split=True)  # fmt: skip
        doc.style_last_table(row_height_cm=0.62)
        doc.shade_column(0, "EDEDED", bold=True)
        doc.blank(pitch=10)
    doc.para(
        "各主管部门应针对评价发现的问题制定整改方案，于2024年11月30日前将整改情况报送市财政局。评价结果已作为"
        "2025年预算安排的重要依据。"
    )
    doc.signature("岑江市财政局", "2024年9月26日")
    doc.footer("page_of", size=10.5)

    fx = fixture(
        "word4_06_kv_cards_header",
        "city 重点评价 results as one VERTICAL KEY/VALUE CARD per project (项目名称 | X / 主管部门 | Y / 实施单位 / "
        "预算资金 `3,120.00万元` / 实际支出 / 评价得分 | 92.0 / 评价等级 | 优 / long 绩效·问题·建议 rows), shaded "
        "label column, domain headings between cards; RUNNING HEADER `岑江市财政局 … 预算绩效信息公开` and `第 N 页 "
        "共 M 页`; title year 2024 ≠ budget year 2023",
        doc,
        title=title,
        region="岑江市",
        year=2024,
        tagged=True,
        chrome=chrome,
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_amt)
    fx.batch("key", "财政重点绩效评价", project_count=n, amount=yi(total), amount_unit="亿元", grades=dist)
    for i, (_dom, name, dept, _u, budget, _e, score, grade, *_r) in enumerate(cards, start=1):
        fx.project(i, name, dept, grade, "key", score=score, amount=budget, unit="万元")
    fx.notes = (
        "SYNTHETIC. Each project is a two-column key/value table (label | value), one per project, under a domain "
        "heading （一）…（五） that is not part of the name; seq = order of the cards. department = the 主管部门 row; "
        "the 实施单位 row is the implementing unit. amount = 预算资金 (the unit 万元 is inside the value cell: "
        "`3,120.00万元`); 实际支出 is execution. Scores printed `92.0` (gold 92). fiscal_year 2024 from the title "
        "(岑江市2024年度…重点绩效评价: the round), although the evaluated spending is the 2023 budget "
        f"({q_key}). region 岑江市 (市级, the title does not say 本级). The {yi(total)}亿元 is the rounded sum of "
        f"the cards. The running header ({' / '.join(F06_CHROME)}) and `第 N 页 共 M 页` are on every page. Not data: "
        "figures inside 主要绩效/存在问题 (58所, 91.3%, 46台（套）, 27.4公里, 82%→96%, 35家, 82.0%, 42个, 3,265人 …), "
        "dates."
    )
    return fx


# =============================================================================================== 07 琅溪区 letters
# (name, 主管部门, 万元, 2022 (score, grade) or None, 2023 score, 2023 grade)
F07_ROWS = [
    ("区级机关公务用车平台运行维护", "琅溪区机关事务管理中心", "312.00", ("88.5", "B"), "91.0", "A"),
    ("义务教育阶段学生资助", "琅溪区教育局", "1046.80", ("92.0", "A"), "93.5", "A"),
    ("学前教育生均公用经费补助", "琅溪区教育局", "865.00", ("84.0", "B"), "86.5", "B"),
    ("社区卫生服务机构基本运行补助", "琅溪区卫生健康局", "1320.00", ("86.5", "B"), "84.0", "B"),
    ("重大疾病医疗救助", "琅溪区医疗保障局", "540.00", None, "90.5", "A"),
    ("城市道路及桥梁养护", "琅溪区城市管理局", "1860.00", ("78.5", "C"), "82.0", "B"),
    ("环卫一体化市场化运营", "琅溪区城市管理局", "2450.00", ("81.0", "B"), "79.5", "C"),
    ("既有住宅加装电梯补助", "琅溪区住房和城乡建设局", "380.00", None, "85.5", "B"),
    ("河湖长制工作经费", "琅溪区水利局", "126.50", ("83.0", "B"), "88.0", "B"),
    ("都市农业示范园区建设", "琅溪区农业农村局", "760.00", ("72.0", "C"), "74.5", "C"),
    ("就业见习补贴", "琅溪区人力资源和社会保障局", "218.00", ("90.5", "A"), "92.0", "A"),
    ("“琅溪英才”人才发展专项", "中共琅溪区委组织部", "1500.00", None, "81.5", "B"),
    ("智慧社区综合服务平台建设", "琅溪区民政局", "468.00", ("76.0", "C"), "56.0", "D"),
    ("历史文化街区保护修缮", "琅溪区文化和旅游局", "1150.00", ("85.5", "B"), "87.0", "B"),
    ("中小企业公共服务平台运营补贴", "琅溪区工业和信息化局", "300.00", ("91.0", "A"), "90.0", "A"),
    ("居家养老服务补贴", "琅溪区民政局", "645.00", ("87.0", "B"), "89.5", "B"),
    ("基层消防救援能力提升", "琅溪区应急管理局", "420.00", None, "83.0", "B"),
    ("生活垃圾分类宣传及督导", "琅溪区城市管理局", "180.00", ("80.5", "B"), "73.0", "C"),
]
LETTERS = ["A", "B", "C", "D"]


def f07_letter_grades_two_years() -> Fixture4:
    """A district 通报 whose table prints last year's result next to this year's (two-row header), grades as
    letters defined by a legend paragraph above the table; the letters' distribution in prose."""
    doc = Doc4("琅溪区财政局")
    rows = [(n, d, D(a), prev, D(s), g) for n, d, a, prev, s, g in F07_ROWS]
    n, total = len(rows), sum(r[2] for r in rows)
    n_dept = len({r[1] for r in rows})
    dist = counted(rows, 5, LETTERS)
    up = sum(1 for r in rows if r[3] and LETTERS.index(r[5]) < LETTERS.index(r[3][1]))
    down = sum(1 for r in rows if r[3] and LETTERS.index(r[5]) > LETTERS.index(r[3][1]))
    new = sum(1 for r in rows if r[3] is None)

    doc.red_letterhead("琅溪区财政局", "琅财绩〔2024〕7号")
    title = doc.title("琅溪区财政局关于2023年度区级财政", "重点绩效评价结果的通报")
    doc.line("区级各部门（单位）：")
    q_key = f"对{n}个项目开展财政重点绩效评价"
    q_amt = f"涉及资金{money(total)}万元"
    q_dept = f"涉及{n_dept}个区级部门（单位）"
    doc.para(
        f"为提高财政资金使用效益，区财政局组织{q_key}，{q_amt}，{q_dept}。其中，{n - new}个项目为连续第二年纳入"
        f"重点评价，{new}个项目为首次评价。现将评价结果通报如下。"
    )
    doc.heading(1, "一、评价结果")
    legend = (
        "评价结果分为A、B、C、D四个等级：综合得分90分（含）以上为A，80分（含）至90分为B，60分（含）至80分为C，"
        "60分以下为D。"
    )
    doc.para(legend)
    q_dist = "，".join(
        (f"评价等级为{g}的项目{c}个" if i == 0 else f"{g}的{c}个") for i, (g, c) in enumerate(dist.items())
    )
    doc.para(
        f"2023年度，{q_dist}。与上年度相比，{n - new}个连续评价项目中，等级上升的{up}个，下降的{down}个。具体见下表。"
    )
    doc.caption("2023年度区级财政重点绩效评价结果对照表", font=HEI, size=14)
    table: list[list[str | None]] = [
        ["序号", "项目名称", "主管部门", "预算金额（万元）", "2022年度评价结果", LEFT, "2023年度评价结果", LEFT],
        [UP, UP, UP, UP, "得分", "等级", "得分", "等级"],
    ]
    for i, (name, dept, amt, prev, score, grade) in enumerate(rows, start=1):
        ps, pg = prev if prev else ("—", "—")
        table.append([str(i), name, dept, money(amt, sep=False), ps, pg, f"{score}", grade])
    doc.table(table, [0.9, 4.3, 3.3, 1.9, 1.3, 1.2, 1.3, 1.2], header_rows=2, size=10.5, font=SONG,
              header_font=HEI, align=["c", "l", "l", "r", "c", "c", "c", "c"], cant_split=True)  # fmt: skip
    doc.style_last_table(header_rows=2, shade="F2F2F2", row_height_cm=0.62)
    doc.note("注：“—”表示该项目2022年度未纳入重点评价。", size=10.5)
    doc.heading(1, "二、存在的主要问题")
    doc.para(
        "一是部分项目绩效目标设置不合理，产出指标与预算规模不匹配；二是个别项目资金使用进度慢，结转资金较多；"
        "三是部分连续评价项目对上年度评价指出的问题整改不到位，评价等级出现下降。"
    )
    doc.heading(1, "三、有关要求")
    doc.para(
        "各部门（单位）要对照评价报告逐项整改，于2024年9月30日前将整改报告报区财政局。评价等级为C、D的项目，"
        "2025年预算分别按不低于10%、30%的比例压减。"
    )
    doc.signature("琅溪区财政局", "2024年7月16日")
    doc.footer("emdash", odd_even=True)

    fx = fixture(
        "word4_07_letter_grades_two_years",
        "district 通报 (red letterhead): grades as LETTERS A/B/C/D defined by a LEGEND PARAGRAPH above the table; "
        "table with LAST YEAR'S and THIS YEAR'S results side by side under a two-row header (2022年度评价结果 "
        "得分|等级, "
        "2023年度评价结果 得分|等级), `—` for projects new to the round; letter distribution and up/down counts in "
        "prose; odd/even `— N —` footers",
        doc,
        title=title,
        region="琅溪区",
        year=2023,
        tagged=False,
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.metric("key_evaluated_departments", n_dept, "个", q_dept)
    fx.batch("key", "财政重点绩效评价", project_count=n, department_count=n_dept, amount=total, amount_unit="万元",
             grades=dist)  # fmt: skip
    for i, (name, dept, amt, _prev, score, grade) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "key", score=score, amount=amt, unit="万元")
    fx.notes = (
        "SYNTHETIC. The round is 2023 (title); each project's result is the 2023年度 score and letter, the 2022年度 "
        "columns are last year's results of the same projects (not records of this round; `—` = not evaluated in "
        "2022). Grades are the letters as the table and the prose print them (A/B/C/D; the legend paragraph above "
        f"the table defines them by score bands — bands are not scores). The distribution is in prose; the "
        f"`等级上升的{up}个，下降的{down}个` and the {n - new}/{new} split are comparisons, not grades or batches. "
        f"{n_dept} departments (城市管理局 has three projects, 教育局 and 民政局 two). Two-row header: "
        "序号/项目名称/主管部门/预算金额（万元） merged over both rows. Not data: 琅财绩〔2024〕7号, the 10%/30% cuts, "
        "dates."
    )
    return fx


# =============================================================================================== 08 泓源县
# key: (name, 主管部门, 万元, 单位自评得分, 财政评价得分, 评价等级)
F08_KEY = [
    ("县城区公办学校教学设备更新", "泓源县教育局", "620.00", "95", "88.5", "良"),
    ("基层医疗卫生机构服务能力提升", "泓源县卫生健康局", "845.60", "96", "91.0", "优"),
    ("高标准农田建设", "泓源县农业农村局", "1680.00", "94", "83.5", "良"),
    ("农村公路提质改造", "泓源县交通运输局", "1120.00", "92", "76.0", "中"),
    ("城乡环卫一体化运营", "泓源县城市管理局", "536.80", "97", "85.0", "良"),
    ("困难残疾人生活补贴和重度残疾人护理补贴", "泓源县残疾人联合会", "186.00", "98", "93.5", "优"),
    ("文化惠民演出工程", "泓源县文化和旅游局", "110.00", "93", "68.5", "中"),
    ("森林防火及林业有害生物防治", "泓源县林业局", "120.00", "95", "87.0", "良"),
]
F08_SAMPLED_DIST = {"优": 35, "良": 60, "中": 12, "差": 3}
# sampled projects named in prose: (主管部门 as written, name, grade, 自评得分, 复核得分)
F08_NAMED = [
    ("县教育局", "农村义务教育学生营养改善计划", "优", None, None),
    ("县卫生健康局", "家庭医生签约服务补助", "优", None, None),
    ("县民政局", "困难群众基本生活救助", "优", None, None),
    ("县水利局", "小型农田水利设施维修养护", "中", "98", "72"),
    ("县住房和城乡建设局", "城区雨污分流改造项目", "差", None, None),
    ("县商务局", "电子商务进农村综合示范项目", "差", None, None),
    ("县文化和旅游局", "乡村旅游节会活动补助", "差", None, None),
]


def f08_review_two_scores_prose() -> Fixture4:
    """A county 通报 of 自评, 抽查复核 and 重点评价: counts in 家 and with separators, sampled projects named in
    prose with their 复核 grades (one with both scores), and a key table with 单位自评得分 next to 财政评价得分
    where the text says the finance bureau's score is the result."""
    doc = Doc4("泓源县财政局")
    rows = [(n, d, D(a), D(s1), D(s2), g) for n, d, a, s1, s2, g in F08_KEY]
    n_key, key_amt = len(rows), sum(r[2] for r in rows)
    key_dist = counted(rows, 5, ["优", "良", "中", "差"])
    n_units, n_self, self_amt = 86, 1347, D("168235.60")
    self_dist = {"优": 1102, "良": 221, "中": 24}
    n_samp = sum(F08_SAMPLED_DIST.values())
    samp_units, samp_amt, ratio = 32, D("9632.18"), 8
    assert sum(self_dist.values()) == n_self

    doc.red_letterhead("泓源县财政局文件", "泓财绩〔2024〕11号")
    title = doc.title("泓源县财政局关于2023年度项目支出绩效自评", "复核和重点评价结果的通报")
    doc.line("县直各预算单位：")
    doc.para(
        "按照全面实施预算绩效管理的要求，县财政局组织开展了2023年度项目支出绩效自评、自评结果抽查复核和财政重点"
        "绩效评价工作。现将有关情况通报如下。"
    )
    doc.heading(1, "一、绩效自评情况")
    q_self = f"全县{n_units}家预算单位对2023年度{n_self:,}个项目开展了绩效自评"
    q_samt = f"涉及资金{money(self_amt)}万元"
    q_sdist = "，".join(
        (f"自评结果为“{g}”的{c:,}个" if i == 0 else f"“{g}”的{c}个") for i, (g, c) in enumerate(self_dist.items())
    )
    doc.para(f"{q_self}，{q_samt}。从单位自评结果看，{q_sdist}，自评结果总体偏高。")
    doc.heading(1, "二、抽查复核情况")
    q_ratio = f"按照{ratio}%的比例"
    q_samp = f"从{samp_units}家单位抽取{n_samp}个项目进行复核"
    q_pamt = f"涉及资金{money(samp_amt)}万元"
    q_pdist = "，".join(
        (f"复核结果为“{g}”的{c}个" if i == 0 else f"“{g}”的{c}个") for i, (g, c) in enumerate(F08_SAMPLED_DIST.items())
    )
    named = {g: [x for x in F08_NAMED if x[2] == g] for g in ("优", "中", "差")}
    good = "、".join(f"{d}“{nm}”" for d, nm, *_ in named["优"])
    mid = named["中"][0]
    bad = "、".join(f"{d}“{nm}”" for d, nm, *_ in named["差"])
    doc.para(
        f"县财政局{q_ratio}，{q_samp}，{q_pamt}。经复核，{q_pdist}。复核结果与单位自评结果相比，等级下调的项目"
        "41个，占37.3%。"
    )
    doc.para(
        f"其中，{good}等项目绩效目标明确、资金使用规范，复核结果为“优”；{mid[0]}“{mid[1]}”自评得分{mid[3]}分，"
        f"复核得分{mid[4]}分，复核结果为“中”；复核结果为“差”的3个项目分别为{bad}，主要问题是项目未按期完工、"
        "资金闲置和绩效目标未实现。"
    )
    doc.heading(1, "三、财政重点评价情况")
    q_key = f"选取{n_key}个项目开展财政重点绩效评价"
    q_kamt = f"涉及资金{money(key_amt)}万元"
    q_kdist = "，".join(
        (f"评价结果为“{g}”的{c}个" if i == 0 else f"“{g}”的{c}个") for i, (g, c) in enumerate(key_dist.items())
    )
    s_self = mean([r[3] for r in rows])
    s_fin = mean([r[4] for r in rows])
    doc.para(
        f"县财政局委托第三方机构，{q_key}，{q_kamt}。评价结果以财政评价得分为准，单位自评得分仅作对照。{n_key}个"
        f"项目单位自评平均得分{s_self}分，财政评价平均得分{s_fin}分；{q_kdist}。"
    )
    doc.caption("2023年度财政重点绩效评价结果表", font=HEI, size=14)
    table = [["序号", "项目名称", "主管部门", "预算金额（万元）", "单位自评得分", "财政评价得分", "评价等级"]]
    for i, (name, dept, amt, s1, s2, g) in enumerate(rows, start=1):
        table.append([str(i), name, dept, money(amt), f"{s1}", f"{s2}", g])
    table.append(["合计", LEFT, LEFT, money(key_amt), None, None, None])
    doc.table(table, [0.9, 4.6, 3.2, 2.0, 1.7, 1.7, 1.5], size=10.5, font=SONG, header_font=HEI,
              align=["c", "l", "l", "r", "c", "c", "c"], cant_split=True)  # fmt: skip
    doc.style_last_table(row_height_cm=0.65)
    doc.note("注：评价等级依据财政评价得分确定，90分以上为优，80～90分为良，60～80分为中，60分以下为差。", size=10.5)
    doc.heading(1, "四、结果应用")
    doc.para(
        "对复核结果和重点评价结果为“中”“差”的项目，相关单位要在30日内提交整改报告；县财政局将评价结果与2025年"
        "预算安排挂钩，对结果为“差”的项目原则上不再安排预算。对自评结果失真的单位，在全县预算绩效管理考核中"
        "予以扣分。"
    )
    doc.signature("泓源县财政局", "2024年6月6日")
    doc.imprint("抄送：县委办公室，县人大常委会办公室，县政府办公室，县审计局。", "泓源县财政局办公室",
                "2024年6月6日")  # fmt: skip
    doc.footer("dash")

    fx = fixture(
        "word4_08_review_two_scores_prose",
        "county 通报 (red letterhead, 版记): 自评 in 家 and with separators (1,347个, 自评结果为“优”的1,102个); "
        "抽查复核 "
        "with ratio, 家, distribution and SAMPLED PROJECTS NAMED IN PROSE with their 复核 grades (`县教育局“…”、…"
        "等项目…复核结果为“优”`, one with 自评得分 and 复核得分); key table with 单位自评得分 AND 财政评价得分 (the "
        "text "
        "says the finance bureau's score is the result), averages of both",
        doc,
        title=title,
        region="泓源县",
        year=2023,
        tagged=True,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "万元", q_samt)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", n_samp, "个", q_samp)
    fx.metric("sampled_departments", samp_units, "个", q_samp)
    fx.metric("sampled_amount", samp_amt, "万元", q_pamt)
    fx.metric("key_evaluated_projects", n_key, "个", q_key)
    fx.metric("key_evaluated_amount", key_amt, "万元", q_kamt)
    fx.batch("self", "单位绩效自评", project_count=n_self, department_count=n_units, amount=self_amt,
             amount_unit="万元", grades=self_dist)  # fmt: skip
    fx.batch("sampling", "自评结果抽查复核", project_count=n_samp, department_count=samp_units, amount=samp_amt,
             amount_unit="万元", grades=dict(F08_SAMPLED_DIST))  # fmt: skip
    fx.batch("key", "财政重点绩效评价", project_count=n_key, amount=key_amt, amount_unit="万元", grades=key_dist)
    for seq, (dept, name, grade, _s1, s2) in enumerate(F08_NAMED, start=1):
        fx.project(seq, name, dept, grade, "sampling", score=None if s2 is None else D(s2))
    for i, (name, dept, amt, _s1, s2, g) in enumerate(rows, start=1):
        fx.project(i, name, dept, g, "key", score=s2, amount=amt, unit="万元")
    fx.notes = (
        "SYNTHETIC. Three batches. Self: 86家预算单位 → department_count 86; the self distribution (counts with a "
        "thousands separator: 1,102) is the units' own grading. Sampling (抽查复核): ratio 8%, 32家单位 → "
        "sampled_departments 32 (unit 个 as for other counts; the text says 家), distribution 优35/良60/中12/差3 "
        "(no shares printed; `等级下调的项目41个，占37.3%` is a comparison, not a grade). Seven sampled projects are "
        "NAMED IN PROSE as `主管部门“项目名”`: three 优 (after them `等项目` — the other 32 优 are unnamed), one 中 "
        "with both scores (自评得分98分, 复核得分72分: the 复核 score is the result → score 72), three 差; seq = order "
        "of mention; department = the 主管部门 as written (县教育局 …), names without the quotes. Key: the table has "
        "单位自评得分 and 财政评价得分; the text says `评价结果以财政评价得分为准` → score = 财政评价得分; the "
        "averages (95.0 and 84.1) are not project scores. region 泓源县; fiscal_year 2023. Not data: "
        "泓财绩〔2024〕11号, 30日, 2025, the 版记."
    )
    return fx


# ========================================================================================= 09 沂澜市 (scanned 附件)
# (部门, 项目名称, 项目资金 万元, 抽评得分, 抽评等级) — the 40 projects of the attachment
F09_SAMPLED = [
    ("沂澜市教育局", "市属中职学校实训设备购置", "862.40", "91.5", "优"),
    ("沂澜市教育局", "教师教育能力提升培训", "156.00", "84.0", "良"),
    ("沂澜市教育局", "市直学校校舍维修改造", "1240.00", "86.5", "良"),
    ("沂澜市科学技术局", "市级科技计划项目经费", "1800.00", "88.0", "良"),
    ("沂澜市工业和信息化局", "中小企业数字化改造补助", "1500.00", "92.5", "优"),
    ("沂澜市工业和信息化局", "工业互联网标识解析节点运营", "320.00", "74.0", "中"),
    ("沂澜市民政局", "儿童福利机构运转补助", "416.80", "93.0", "优"),
    ("沂澜市民政局", "社会组织孵化基地运营", "88.00", "81.5", "良"),
    ("沂澜市司法局", "法律援助经费", "265.00", "90.5", "优"),
    ("沂澜市人力资源和社会保障局", "技能人才培训补贴", "1350.00", "85.0", "良"),
    ("沂澜市人力资源和社会保障局", "人力资源市场信息化建设", "480.00", "78.5", "中"),
    ("沂澜市自然资源和规划局", "国土空间规划编制经费", "960.00", "83.0", "良"),
    ("沂澜市生态环境局", "重点流域水生态修复", "2150.00", "87.5", "良"),
    ("沂澜市生态环境局", "机动车尾气遥感监测系统运维", "210.00", "58.0", "差"),
    ("沂澜市住房和城乡建设局", "城市危旧房屋安全排查", "300.00", "82.0", "良"),
    ("沂澜市住房和城乡建设局", "城市燃气管网更新改造补助", "2600.00", "84.5", "良"),
    ("沂澜市交通运输局", "农村客运公交化改造补贴", "1180.00", "80.5", "良"),
    ("沂澜市水利局", "中小河流治理市级配套", "1700.00", "90.0", "优"),
    ("沂澜市农业农村局", "农业产业化龙头企业贷款贴息", "900.00", "76.0", "中"),
    ("沂澜市农业农村局", "农村集体产权制度改革经费", "130.00", "86.0", "良"),
    ("沂澜市农业农村局", "数字农业示范基地建设", "650.00", "83.5", "良"),
    ("沂澜市商务局", "外贸企业出口信用保险补助", "720.00", "91.0", "优"),
    ("沂澜市商务局", "城市一刻钟便民生活圈建设", "560.00", "79.0", "中"),
    ("沂澜市文化广电旅游局", "公共图书馆数字资源建设", "240.00", "94.0", "优"),
    ("沂澜市文化广电旅游局", "文化旅游节庆活动经费", "680.00", "72.5", "中"),
    ("沂澜市卫生健康委员会", "基本公共卫生服务市级补助", "3250.00", "92.0", "优"),
    ("沂澜市卫生健康委员会", "市级医疗机构重点专科建设", "1600.00", "88.5", "良"),
    ("沂澜市卫生健康委员会", "院前急救网络建设", "780.00", "85.5", "良"),
    ("沂澜市退役军人事务局", "退役军人就业创业扶持", "190.00", "82.5", "良"),
    ("沂澜市应急管理局", "应急救援队伍建设经费", "420.00", "90.5", "优"),
    ("沂澜市应急管理局", "安全生产专项检查经费", "95.00", "84.0", "良"),
    ("沂澜市市场监督管理局", "食品安全抽检监测", "380.00", "93.5", "优"),
    ("沂澜市市场监督管理局", "知识产权保护专项", "160.00", "55.5", "差"),
    ("沂澜市体育局", "全民健身设施补短板", "520.00", "87.0", "良"),
    ("沂澜市医疗保障局", "医保信息平台运维", "340.00", "81.0", "良"),
    ("沂澜市城市管理局", "城市照明设施维护", "1100.00", "86.0", "良"),
    ("沂澜市城市管理局", "城市公园绿地养护", "1420.00", "77.5", "中"),
    ("沂澜市公安局", "道路交通技术监控设备运维", "890.00", "90.0", "优"),
    ("沂澜市档案馆", "馆藏档案数字化加工", "150.00", "91.5", "优"),
    ("沂澜市林业局", "松材线虫病疫情防控", "600.00", "89.0", "良"),
]
F09_OVERALL = [("市住房公积金管理中心", "优"), ("市档案馆", "良"), ("市地方志编纂中心", "良")]
F09_ATTACHMENT = "２０２２年度市级预算项目绩效抽评结果汇总表"


def f09_attachment(rows: list[tuple]) -> Attachment:
    """附件: the 40 sampled projects, printed, signed and scanned (two pages, a repeated header)."""
    doc = Attachment("沂澜市财政局", body_size=14, line_pitch=24)
    doc.line("附件", font=HEI)
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=30, before=4, after=8)
    doc._run(p, F09_ATTACHMENT.translate(_ASCII), font=XBS, size=16)
    doc.text.append(F09_ATTACHMENT.translate(_ASCII))
    table = [["序号", "部门名称", "项目名称", "项目资金（万元）", "抽评得分", "抽评等级"]]
    for i, (dept, name, amt, score, grade) in enumerate(rows, start=1):
        table.append([str(i), dept, name, money(amt, sep=False), f"{score}", grade])
    doc.table(table, [1.1, 4.2, 5.6, 2.2, 1.5, 1.5], size=10, font=SONG, header_font=HEI,
              align=["c", "l", "l", "r", "c", "c"], cant_split=True)  # fmt: skip
    doc.style_last_table(row_height_cm=0.55)
    return doc


def f09_fullwidth_scanned_attachment() -> Fixture4:
    """A city 通报 typed with full-width digits (count-and-share distribution, 亿元), whose 附件 — the table of
    the 40 sampled projects — is two scanned pages appended to the PDF (image-only pages)."""
    doc = Doc4("沂澜市财政局")
    rows = [(d, n, D(a), D(s), g) for d, n, a, s, g in F09_SAMPLED]
    n_samp, samp_total = len(rows), sum(r[2] for r in rows)
    n_sdept = len({r[0] for r in rows})
    dist = counted(rows, 4, ["优", "良", "中", "差"])
    shares = {g: pct(c, n_samp, 0) for g, c in dist.items()}
    n_dept, n_self, self_amt, ratio = 82, 1968, D("68.47"), 2

    doc.red_letterhead("沂澜市财政局", fw("沂财绩〔2023〕21号"))
    title = doc.title(fw("沂澜市财政局关于2022年度市级预算项目"), "绩效抽评结果的通报")
    doc.line("市级各部门：")
    doc.para(fw(
        "为压实部门绩效管理主体责任，提高绩效自评质量，市财政局在部门绩效自评基础上组织开展了2022年度市级预算"
        "项目绩效抽评。现将有关情况通报如下。"
    ))  # fmt: skip
    doc.heading(1, "一、基本情况")
    q_self = fw(f"市级{n_dept}个部门对{n_self}个项目开展了绩效自评")
    q_samt = fw(f"涉及资金{self_amt}亿元")
    q_ratio = fw(f"按照项目数{ratio}%的比例")
    q_samp = fw(f"随机抽取{n_samp}个项目开展绩效抽评")
    q_pamt = fw(f"涉及资金{yi(samp_total)}亿元")
    q_pdept = fw(f"涉及{n_sdept}个部门")
    doc.para(fw("2022年度，") + f"{q_self}，{q_samt}。市财政局{q_ratio}，{q_samp}，{q_pamt}，{q_pdept}。" + fw(
        "抽评采取“资料核查＋现场核实＋满意度调查”的方式，由市财政局绩效评价中心会同第三方机构实施。"
    ))  # fmt: skip
    doc.heading(1, "二、抽评结果")
    q_dist = "；".join(
        fw(f"评价结果为“{g}”的{c}个，占{shares[g]}%" if i == 0 else f"“{g}”的{c}个，占{shares[g]}%")
        for i, (g, c) in enumerate(dist.items())
    )
    doc.para(f"{q_dist}。" + fw(f"{n_samp}个项目平均得分{mean([r[3] for r in rows])}分。各项目抽评结果见附件。"))
    doc.para(fw(
        "抽评结果与部门自评结果相比，差异在10分以上的项目有9个，部分部门自评“打高分”的问题仍然存在。"
    ))  # fmt: skip
    doc.heading(1, "三、部门整体绩效评价")
    names = "、".join(u for u, _ in F09_OVERALL)
    q_over = fw(f"对{names}{len(F09_OVERALL)}个单位开展部门整体绩效评价")
    grades = "“" + "”“".join(g for _, g in F09_OVERALL) + "”"
    doc.para(fw("同时，市财政局") + f"{q_over}，" + f"评价结果分别为{grades}。")
    doc.heading(1, "四、有关要求")
    doc.para(fw(
        "各部门要针对抽评发现的问题于2023年8月31日前完成整改，整改情况报市财政局备案。市财政局将抽评结果与"
        "2024年部门预算安排挂钩，对抽评结果为“差”的项目，2024年预算按不低于20%的比例压减。"
    ))  # fmt: skip
    doc.attachments([F09_ATTACHMENT])
    doc.signature("沂澜市财政局", fw("2023年7月14日"))
    doc.footer("dash")

    att = f09_attachment(rows)
    fx = fixture(
        "word4_09_fullwidth_scanned_attachment",
        "city 通报 typed with FULL-WIDTH digits (２０２２年度, ６８．４７亿元, 占３０％) incl. title and 文号; "
        "自评/抽评 "
        "with ratio, count-and-share distribution in prose, 部门整体 grades zipped from 分别为; the 附件 (40 sampled "
        "projects: 部门名称/项目名称/项目资金（万元）/抽评得分/抽评等级) is TWO SCANNED PAGES appended to the PDF "
        "(image-only pages after text pages, greyscale, skewed)",
        doc,
        title=title,
        region="沂澜市",
        year=2022,
        tagged=False,
        attachment=att,
        attachment_scan={"dpi": 150, "angles": [-0.55, 0.4], "colour": False, "noise": 4.0, "seed": 409, "paper": 246},
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_samt)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", n_samp, "个", q_samp)
    fx.metric("sampled_amount", yi(samp_total), "亿元", q_pamt)
    fx.metric("sampled_departments", n_sdept, "个", q_pdept)
    fx.metric("department_overall_evaluations", len(F09_OVERALL), "个", q_over)
    fx.batch("self", "部门绩效自评", project_count=n_self, department_count=n_dept, amount=self_amt,
             amount_unit="亿元")  # fmt: skip
    fx.batch("sampling", "绩效抽评", project_count=n_samp, department_count=n_sdept, amount=yi(samp_total),
             amount_unit="亿元", grades=dist, grade_shares_pct=shares)  # fmt: skip
    fx.batch("department_overall", "部门整体绩效评价", project_count=len(F09_OVERALL),
             department_count=len(F09_OVERALL))  # fmt: skip
    for i, (dept, name, amt, score, grade) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "sampling", score=score, amount=amt, unit="万元")
        fx.image_strings.update({name, dept})
    for unit, grade in F09_OVERALL:
        fx.unit(unit, None, grade)
    fx.notes = (
        "SYNTHETIC. The prose (title and 文号 included) is typed with FULL-WIDTH digits, points and percent signs; "
        "quotes keep them verbatim, values are ordinary numbers. fiscal_year 2022 (the round of the title; the "
        "通报 is dated 2023). The 40 sampled projects are ONLY in the 附件, which is two SCANNED pages appended to "
        "the PDF (150 dpi greyscale, skewed, no text layer): no project name of it is in the text layer; the gold "
        "projects come from its source table (checked against that table's own text and PDF). In the scan the "
        "amounts are ASCII (万元, unit in the header), department = 部门名称. Distribution with shares in prose "
        f"(whole percents). The prose {yi(samp_total)}亿元 is the attachment's {money(samp_total)}万元 rounded. "
        f"{n_sdept} departments sampled. 部门整体: three units and their grades zipped from "
        "`评价结果分别为“优”“良”“良”` "
        "(no scores). Not data: the average score, `差异在10分以上的项目有9个`, the 20% cut, dates, 文号."
    )
    return fx


# =============================================================================================== 10 棣川市 gazette
# (单位, 得分) — 28 units of the 部门整体 round, with their 等级
F10_UNITS = [
    ("市发展和改革委员会", "91.6", "优秀"), ("市教育局", "93.2", "优秀"), ("市科学技术局", "88.4", "良好"),
    ("市工业和信息化局", "86.9", "良好"), ("市公安局", "90.8", "优秀"), ("市民政局", "92.5", "优秀"),
    ("市司法局", "84.3", "良好"), ("市人力资源和社会保障局", "89.7", "良好"), ("市自然资源和规划局", "82.6", "良好"),
    ("市生态环境局", "87.1", "良好"), ("市住房和城乡建设局", "78.4", "中等"), ("市交通运输局", "85.2", "良好"),
    ("市水利局", "90.3", "优秀"), ("市农业农村局", "88.0", "良好"), ("市商务局", "76.5", "中等"),
    ("市文化广电旅游局", "83.8", "良好"), ("市卫生健康委员会", "91.1", "优秀"), ("市退役军人事务局", "86.2", "良好"),
    ("市应急管理局", "89.5", "良好"), ("市审计局", "94.0", "优秀"), ("市市场监督管理局", "81.7", "良好"),
    ("市统计局", "90.2", "优秀"), ("市医疗保障局", "87.6", "良好"), ("市城市管理局", "74.9", "中等"),
    ("市机关事务管理局", "80.4", "良好"), ("市投资促进局", "56.8", "较差"), ("市供销合作社", "79.3", "中等"),
    ("市妇女联合会", "92.1", "优秀"),
]  # fmt: skip
F10_HEADER = ("棣川市人民政府公报", "2024年第5期")
F10_ORDER = ["优秀", "良好", "中等", "较差"]


def f10_gazette_two_column() -> Fixture4:
    """A government gazette (政府公报) reprinting the finance bureau's 部门整体 通报 in two columns: the end of the
    previous item at the top, the notice's title across the page, its text and a narrow results table in the
    columns; gazette header, folios `· 23 ·` continuing the issue's pagination."""
    doc = Doc4("棣川市人民政府办公室", body_font=SONG, body_size=10.5, line_pitch=17)
    section = doc.docx.sections[0]
    section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.4)
    section.left_margin, section.right_margin = Cm(2.2), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.4), Cm(1.4)
    doc.PORTRAIT_TEXT_WIDTH_CM = 21.0 - 2.2 - 2.2
    chrome = doc.running_header(*F10_HEADER, size=9)
    doc.page_numbers_from(23)
    doc.dot_footer(size=9)
    doc.set_columns(section, 2, space_cm=0.8, separator=True)

    units = [(u, D(s), g) for u, s, g in F10_UNITS]
    n = len(units)
    dist = counted(units, 2, F10_ORDER)
    shares = {g: pct(c, n) for g, c in dist.items()}
    amount = D("86432.57")

    # the end of the previous item of the issue (another office's notice)
    doc.para(
        "（三）加强宣传引导。各县（市、区）要通过政府网站、政务新媒体等渠道，广泛宣传惠企政策和办事流程，"
        "引导企业和群众通过线上渠道办理业务，“一网通办”事项网上可办率达到95%以上。"
    )
    doc.para("本通知自印发之日起施行，有效期至2026年12月31日。")
    doc.gazette_signature("棣川市人民政府办公室", "2024年4月9日")
    doc.line("（此件公开发布）", align="left")

    doc.continuous_section(1)
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=26, before=14, after=2)
    t1, t2 = "棣川市财政局关于2023年度市级部门整体支出", "绩效评价结果的通报"
    r = doc._run(p, t1, font=XBS, size=16)
    r.add_break()
    doc._run(p, t2, font=XBS, size=16)
    title = t1 + t2
    doc.text.append(title)
    doc.centred("棣财绩〔2024〕9号", font=KAI, after=8)

    doc.continuous_section(2, separator=True)
    doc.line("市级各部门（单位）：")
    q_n = f"对市级{n}家部门（单位）开展了部门整体支出绩效评价"
    q_amt = f"涉及预算资金{money(amount)}万元"
    doc.para(
        "为推进部门整体绩效管理，提升部门履职效能和财政资金使用效益，根据《棣川市市级部门整体支出绩效评价暂行"
        f"办法》，市财政局会同市审计局{q_n}，{q_amt}。评价围绕部门职责履行、预算编制与执行、资产管理、整体产出"
        "和效益等方面展开，采取“部门自评＋财政评价”的方式进行。现将评价结果通报如下。"
    )
    doc.heading(1, "一、评价结果")
    q_dist = "；".join(
        (f"评价结果为“{g}”的{c}家，占{shares[g]}%" if i == 0 else f"“{g}”的{c}家，占{shares[g]}%")
        for i, (g, c) in enumerate(dist.items())
    )
    doc.para(f"{n}家部门（单位）中，{q_dist}。各部门（单位）评价结果见下表。")
    doc.caption("2023年度市级部门整体支出绩效评价结果", font=HEI, size=10.5, before=4)
    table = [["序号", "部门（单位）", "得分", "等级"]]
    for i, (u, s, g) in enumerate(units, start=1):
        table.append([str(i), u, f"{s}", g])
    doc.table(table, [1.0, 4.0, 1.3, 1.3], size=9, font=SONG, header_font=HEI, align=["c", "l", "c", "c"],
              cant_split=True)  # fmt: skip
    doc.style_last_table(row_height_cm=0.5)
    doc.heading(1, "二、存在的主要问题")
    doc.para(
        "一是部门整体绩效目标与部门职责、中长期规划衔接不够，部分指标以工作任务代替绩效目标；二是预算执行不均衡，"
        "部分部门第四季度支出占全年支出40%以上；三是资产管理基础薄弱，个别单位存在资产闲置、账实不符等问题；"
        "四是绩效自评质量不高，自评得分普遍高于财政评价得分。"
    )
    doc.heading(1, "三、结果应用")
    doc.para(
        "评价结果将作为2025年部门预算安排、优化支出结构的重要依据。对评价结果为“优秀”的部门，在安排新增重点"
        "项目时予以优先考虑；对评价结果为“中等”“较差”的部门，压减2025年部门一般性支出，并约谈部门主要负责人。"
    )
    doc.para("各部门（单位）要认真对照评价发现的问题，于2024年6月30日前将整改情况书面报送市财政局。")
    doc.gazette_signature("棣川市财政局", "2024年4月18日")

    # the beginning of the next item of the issue
    doc.continuous_section(1)
    p = doc._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=26, before=18, after=2)
    r = doc._run(p, "棣川市人民政府办公室关于印发棣川市加快推进", font=XBS, size=16)
    r.add_break()
    doc._run(p, "城市更新工作实施方案的通知", font=XBS, size=16)
    doc.text.append("棣川市人民政府办公室关于印发棣川市加快推进城市更新工作实施方案的通知")
    doc.centred("棣政办发〔2024〕12号", font=KAI, after=8)
    doc.continuous_section(2, separator=True)
    doc.line("各县（市、区）人民政府，市政府各部门、各直属机构：")
    doc.para("《棣川市加快推进城市更新工作实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。")
    doc.gazette_signature("棣川市人民政府办公室", "2024年4月22日")
    doc.line("（此件公开发布）", align="left")
    doc.small_title("棣川市加快推进城市更新工作实施方案", size=14, before=10)
    doc.para(
        "为全面提升城市功能品质，改善人居环境，根据国家和省关于实施城市更新行动的部署要求，结合我市实际，制定本方案。"
    )
    doc.heading(1, "一、总体目标")
    doc.para(
        "到2026年底，全市完成城镇老旧小区改造150个，惠及居民4.2万户；改造提升背街小巷86条，新增口袋公园40个，"
        "城市燃气、供水、排水等老旧管网更新改造1,200公里，城市更新项目累计完成投资120亿元以上。"
    )
    doc.heading(1, "二、重点任务")
    doc.para(
        "（一）推进老旧小区改造。坚持“先民生后提升”，优先实施水电气路等基础类改造，因地制宜加装电梯、"
        "建设养老托育设施，2024年开工改造老旧小区52个。"
    )
    doc.para(
        "（二）补齐基础设施短板。加快城市地下管网更新改造，实施城区易涝点整治，2024年完成燃气管网改造"
        "380公里、雨污分流改造65公里。"
    )
    doc.para("（三）提升城市风貌品质。推进历史文化街区保护利用和城市公园绿地建设，打造一批特色街区和城市休闲空间。")
    doc.para(
        "（四）完善公共服务配套。结合更新片区人口结构，补齐社区养老、托育、医疗、体育健身等设施，推动"
        "“15分钟社区生活圈”全覆盖。"
    )
    doc.heading(1, "三、保障措施")
    doc.para(
        "（一）加强组织领导。成立市城市更新工作领导小组，统筹推进全市城市更新工作，领导小组办公室设在市住房"
        "和城乡建设局。"
    )
    doc.para(
        "（二）强化资金保障。积极争取中央和省级补助资金，统筹用好地方政府专项债券，鼓励社会资本通过特许经营、"
        "合作建设等方式参与城市更新。"
    )
    doc.para("（三）严格考核督导。将城市更新工作纳入各县（市、区）和市直部门年度综合考核，定期通报工作进展。")
    doc.para("本方案自印发之日起施行。")

    fx = fixture(
        "word4_10_gazette_two_column",
        "GOVERNMENT GAZETTE (政府公报) pages in TWO COLUMNS: the end of the previous item (another office's notice) "
        "at the top, the 部门整体 通报's title across the page, its text and a narrow 28-row results table "
        "(部门（单位）/得分/等级 优秀/良好/中等/较差) in the columns and across the column break; counts in 家 with "
        "shares, 86,432.57万元 in prose; gazette running header and folios `· 23 ·` continuing the issue",
        doc,
        title=title,
        region="棣川市",
        year=2023,
        tagged=True,
        chrome=chrome,
        two_column=True,
        chrome_res=[r"^\s*·\s*\d+\s*·\s*$"],
    )
    fx.metric("department_overall_evaluations", n, "个", q_n)
    fx.metric("department_overall_amount", amount, "万元", q_amt)
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=n, department_count=n, amount=amount,
             amount_unit="万元", grades=dist, grade_shares_pct=shares)  # fmt: skip
    for u, s, g in units:
        fx.unit(u, None, g, s)
    fx.notes = (
        "SYNTHETIC. Pages of a municipal government gazette (棣川市人民政府公报 2024年第5期, folios 23–) reprinting "
        "the finance bureau's notice; the page starts with the END of the previous item (an 办公室 notice with its "
        "own signature, date and `95%`, `2026年12月31日`: not part of this report) and the notice is followed by "
        "the BEGINNING of the next item (an 办公室 notice printing a city-renewal plan: 150个, 4.2万户, 1,200公里, "
        "120亿元, 52个 … are targets of that plan, not evaluation figures). Title = the notice's title "
        "(across both columns); region 棣川市 (市级部门; the text never says 本级). The body and the 28-row table "
        "are set in two columns (a column separator line); the table continues across the column break with its "
        "header row repeated. Units are written short (市教育局 …), parent null. Counts in 家 with shares → grades "
        "and grade_shares_pct (3.6% etc.); department_overall_evaluations 28 (unit 个 as for other counts). "
        "department_count = project_count = 28 (each evaluated object is a unit). Not data: the gazette header and "
        "folios, 棣财绩〔2024〕9号, 40% (a spending share), dates."
    )
    return fx


FIXTURES: list[Callable[[], Fixture4]] = [
    f01_district_work_numbered,
    f02_county_department_self,
    f03_city_key_notice_remarks,
    f04_county_bond_notice,
    f05_policy_evaluation_report,
    f06_kv_cards_header,
    f07_letter_grades_two_years,
    f08_review_two_scores_prose,
    f09_fullwidth_scanned_attachment,
    f10_gazette_two_column,
]


# ------------------------------------------------------------------------------------------------ checks
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")
_PAGE_OF = re.compile(r"第\d+页共\d+页")
_WS = re.compile(r"\s+")


def _flat(pages: list[str], fx: Fixture4) -> str:
    """Page texts joined without folios, page numbers or running headers/footers; no whitespace."""
    extra = [re.compile(p) for p in fx.chrome_res]
    kept = [
        line
        for text in pages
        for line in text.splitlines()
        if not _PAGE_NUMBER.match(line) and not any(p.match(line) for p in extra)
    ]
    flat = _PAGE_OF.sub("", _WS.sub("", "".join(kept)))
    for chrome in fx.chrome:
        flat = flat.replace(_WS.sub("", chrome), "")
    return flat


def columns_text(page) -> str:
    """A two-column page read the way a person reads it: lines that cross the middle of the page (titles, the
    header) as they are; between them, the left column's lines, then the right column's."""
    mid = page.width / 2
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    for line in page.extract_text_lines(return_chars=True):
        chars = sorted(line["chars"], key=lambda c: c["x0"])
        crosses = any(c["x0"] < mid - 1 < c["x1"] or c["x0"] < mid + 1 < c["x1"] for c in chars)
        gaps = [(a["x1"], b["x0"]) for a, b in itertools.pairwise(chars)]
        bridged = any(a < mid < b and b - a < 6 for a, b in gaps)
        if crosses or bridged:
            flush()
            out.append(line["text"])
            continue
        lt = "".join(c["text"] for c in chars if c["x1"] <= mid)
        rt = "".join(c["text"] for c in chars if c["x0"] >= mid)
        if lt:
            left.append(lt)
        if rt:
            right.append(rt)
    flush()
    return "\n".join(out)


def read_pdf(pdf: Path, fx: Fixture4, pages: list[int] | None = None) -> tuple[list[str], list[str], dict[str, Any]]:
    """Page texts by PDFium and by pdfplumber (table cells added; two-column pages read column by column)."""
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    idx = list(range(len(doc))) if pages is None else pages
    pages_a, chars_per_page, landscape = [], [], 0
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        chars_per_page.append(tp.count_chars())
        if i in idx:
            w, h = page.get_size()
            landscape += w > h
            pages_a.append(tp.get_text_range())
    doc.close()
    pages_b, tables = [], 0
    with pdfplumber.open(pdf) as plumb:
        for i, page in enumerate(plumb.pages):
            if i not in idx:
                continue
            found = page.find_tables()
            tables += len(found)
            parts = [columns_text(page) if fx.two_column else (page.extract_text() or "")]
            parts += [c for t in found for row in t.extract() for c in row if c]
            pages_b.append("\n".join(parts))
    info = {"pages": len(chars_per_page), "landscape": landscape, "tables": tables, "chars": chars_per_page}
    return pages_a, pages_b, info


def check_text_pdf(pdf: Path, fx: Fixture4, pages: list[int] | None = None) -> tuple[list[str], dict[str, Any]]:
    """CJK text on every text page, no (cid:…), the tables found, every gold string in the text by both engines
    (strings only in the scanned attachment must NOT be in it)."""
    pages_a, pages_b, info = read_pdf(pdf, fx, pages)
    problems = []
    for engine, texts in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        for i, text in enumerate(texts):
            if len(_CJK.findall(text)) < 20:
                problems.append(f"{engine}: page {i + 1} has little CJK text")
            if "(cid:" in text:
                problems.append(f"{engine}: page {i + 1} has (cid:…)")
        flat = _flat(texts, fx)
        for kind, s in fx.gold_strings():
            s0 = _WS.sub("", s)
            if s in fx.image_strings:
                if kind == "project name" and s0 in flat:
                    problems.append(f"{engine}: {kind} '{s}' should be only in the scan but is in the text")
                continue
            if s0 not in flat:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    want = fx.tables_min if fx.tables_min is not None else fx.doc.table_count
    if info["tables"] < want:
        problems.append(f"pdfplumber finds {info['tables']} tables, the document has {want}")
    if info["landscape"]:
        problems.append(f"{info['landscape']} landscape pages")
    return problems, info


def check_doc(fx: Fixture4) -> list[str]:
    """Gold against the documents' own text (docx; for strings only in the scan, the attachment's text)."""
    text = "\n".join(fx.doc.text)
    att = "\n".join(fx.attachment.text) if fx.attachment is not None else ""
    problems = []
    for kind, s in fx.gold_strings():
        where = att if s in fx.image_strings else text
        if s not in where:
            problems.append(f"{kind} not in the {'attachment' if s in fx.image_strings else 'docx'} text: {s}")
    return problems + fx.number_problems()


def check_attachment_pdf(pdf: Path, fx: Fixture4) -> list[str]:
    """What the scanned pages carry, against the text layer of the attachment before it was rasterised."""
    dummy = Fixture4(name="attachment", what="", doc=fx.attachment)
    pages_a, pages_b, _ = read_pdf(pdf, dummy)
    problems = []
    for engine, texts in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        flat = _flat(texts, dummy)
        for s in sorted(fx.image_strings):
            if _WS.sub("", s) not in flat:
                problems.append(f"{engine}: '{s}' not in the attachment's PDF {pdf.name}")
    return problems


def append_pages(main: Path, extra: Path, dst: Path) -> int:
    """The report's PDF with the scanned pages appended (a clerk merging the signed, scanned 附件)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(main))
    scan = pypdfium2.PdfDocument(str(extra))
    doc.import_pages(scan)
    n = len(doc)
    doc.save(str(dst))
    scan.close()
    doc.close()
    return n


def render(pdf: Path, out_dir: Path, scale: float = 1.2) -> list[Path]:
    import pypdfium2

    out_dir.mkdir(parents=True, exist_ok=True)
    doc = pypdfium2.PdfDocument(str(pdf))
    paths = []
    for i in range(len(doc)):
        path = out_dir / f"{pdf.stem}_p{i + 1}.png"
        doc[i].render(scale=scale).to_pil().save(path)
        paths.append(path)
    doc.close()
    return paths


# ------------------------------------------------------------------------------------------------ README
README_HEAD = """# Word-made fixtures, fourth set (`word4_*`) — SYNTHETIC

Ten budget-performance reports written as Word documents (python-docx) and exported to PDF by LibreOffice
headless, each with its gold (`<name>.json`: the real corpus's gold format, `"synthetic": true`, and `notes` on
every judgement call). Generated by `tools/make_word_fixtures_4.py` (`make word-fixtures-4`):

    .venv/bin/python tools/make_word_fixtures_4.py [OUT_DIR] [--keep-docx] [--only NAME ...] [--render DIR]

**Everything here is SYNTHETIC**: the regions (汐湾区, 槐阳县, 璟州市, 蘅塘县, 鸣泉县, 岑江市, 琅溪区, 泓源县,
沂澜市, 棣川市), departments, units, companies, projects, people, phone numbers and figures are invented; any
likeness to a real place or its figures is accidental (the central rule 财预〔2021〕61号 cited in `word4_04` is real).

Written by a fourth author from the genre (the real corpus's README and gold conventions) without reading the
parser, the scorer or the other sets' fixtures, to measure the parser's first-sight accuracy. Each is a whole
report (2–6 pages). About half are ordinary reports in styles the other sets use little (01–05: a district work
report in Word auto-numbered lists, a county department's own 部门整体支出绩效自评报告, a 重点评价 公告 with a 备注
column, a special-bond 公示 in 亿元, a third party's policy evaluation report); the other half (06–10) carry
difficulties: one vertical key/value card per project under a running header, letter grades defined by a legend
paragraph next to last year's results, 单位自评得分 next to 财政评价得分 with sampled projects named in prose,
full-width digits with the results in scanned pages appended to the PDF, and a government gazette in two columns.

## How the gold was checked

The gold is written from the same data as the document, then checked before anything is written:

1. against the document's own text (the docx paragraphs and cells): every title, quote, project name,
   department, unit and grade must be in it; every metric value must be in its quote, every project's score and
   amount, every unit's score and every batch count, amount, distribution count and share must be in the text
   (full-width digits read as ASCII, thousands separators dropped);
2. against the exported PDF's text layer, with PDFium and with pdfplumber (page numbers, folios and running
   headers removed; the gazette's two-column pages re-read column by column for pdfplumber): the same strings,
   CJK text on every text page, no `(cid:…)`, pdfplumber finds the ruled tables, no landscape page;
3. **the scanned attachment of `word4_09`**: its strings are checked against the text layer of the attachment's
   own PDF before it is rasterised; after the pages are appended, PDFium counts 0 characters on them and none of
   the 40 project names is in the published PDF's text layer.

The PDFs' bytes are not reproducible (LibreOffice stamps dates and IDs); their content is, and the scan's noise
is seeded. Page breaks depend on the installed font versions (tools/word_fonts.conf).

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
"""


def write_readme(out_dir: Path, fixtures: list[Fixture4], infos: dict[str, dict[str, Any]], seconds: float) -> None:
    lines = [README_HEAD.rstrip("\n")]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = f"yes, but pages {info.get('scan_pages', '?')} are scans" if fx.attachment is not None else "yes"
        tag = "tagged PDF" if fx.tagged else "untagged PDF"
        what = fx.what.replace("|", "\\|")
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {what} ({tag}) |")
    lines.append("")
    lines.append(f"Last generation: {len(fixtures)} fixtures in {seconds:.1f} s (conversion, scans and checks).")
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_gold(fx: Fixture4, out_dir: Path) -> None:
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
    infos: dict[str, dict[str, Any]] = {}
    failed = False

    fixtures = [make() for make in FIXTURES]
    if args.only:
        fixtures = [fx for fx in fixtures if any(part in fx.name for part in args.only)]
    for fx in fixtures:
        problems = check_doc(fx)
        if problems:
            failed = True
            print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
    if failed:
        return 1

    with tempfile.TemporaryDirectory(prefix="jixiao-word4-") as tmp:
        work = Path(tmp)
        stage = work / "stage"  # reports that get scanned pages appended
        att_dir = work / "attachments"
        groups: dict[str, tuple[dict[str, tuple[str, str]], Path, list[Path]]] = {}
        for fx in fixtures:
            path = work / f"{fx.name}.docx"
            fx.doc.save(path)
            options = export_options(fx)
            target = stage if fx.attachment is not None else out_dir
            key = json.dumps(options, sort_keys=True, ensure_ascii=False) + str(target)
            groups.setdefault(key, (options, target, []))[2].append(path)
            if fx.attachment is not None:
                apath = work / f"{fx.name}_att.docx"
                fx.attachment.save(apath)
                groups.setdefault("attachments", ({}, att_dir, []))[2].append(apath)
        with ThreadPoolExecutor(max_workers=2) as pool:
            jobs = [
                pool.submit(convert3, soffice, files, target, options) for options, target, files in groups.values()
            ]
            for job in jobs:
                job.result()

        for fx in fixtures:
            problems: list[str] = []
            info: dict[str, Any] = {}
            if fx.attachment is None:
                pdf = out_dir / f"{fx.name}.pdf"
                if not args.no_check:
                    problems, info = check_text_pdf(pdf, fx)
            else:
                text_pdf = stage / f"{fx.name}.pdf"
                att_pdf = att_dir / f"{fx.name}_att.pdf"
                scan_pdf = att_dir / f"{fx.name}_scan.pdf"
                pdf = out_dir / f"{fx.name}.pdf"
                if not args.no_check:
                    problems, info = check_text_pdf(text_pdf, fx)
                    problems += check_attachment_pdf(att_pdf, fx)
                n_scan = rasterise(att_pdf, scan_pdf, fx.attachment_scan)
                n_text = info.get("pages") or 0
                total = append_pages(text_pdf, scan_pdf, pdf)
                if not args.no_check:
                    n_text = info["pages"]
                    _, _, final = read_pdf(pdf, fx, pages=list(range(n_text)))
                    if any(final["chars"][n_text:]):
                        problems.append(f"scanned pages have text: {final['chars'][n_text:]}")
                    if total != n_text + n_scan:
                        problems.append(f"{total} pages, expected {n_text} + {n_scan}")
                    p2, _ = check_text_pdf(pdf, fx, pages=list(range(n_text)))
                    problems += [f"published PDF: {p}" for p in p2]
                info = {**info, "pages": total, "scan_pages": f"{n_text + 1}–{total}"}
            infos[fx.name] = info
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            write_gold(fx, out_dir)
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info.get('pages', '?')} pages, {info.get('tables', '?')} tables: {status}")
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
