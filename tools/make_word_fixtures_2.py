"""A second, independent set of Word-made fixtures: budget-performance reports written as Word documents
(python-docx) and exported to PDF by LibreOffice headless, in styles other than those of make_word_fixtures.py.

Written by another author from the genre (the reference report and the real corpus's README), without looking at
the parser or at the first set's fixtures, so that the parser is measured on documents it was not tuned on.

Everything is SYNTHETIC: the regions (临湖县, 江东市, 北岭区, 南屿县, 西江市本级, 梧川市, 澄湾县, 柳汀区,
桐溪县, 东坪市, 芦湾县, 青岚区), departments, projects, people, phone numbers and figures are invented. The gold of
each fixture is written from the same data as its document, with `"synthetic": true` and `notes` explaining every
judgement call, and is checked twice: against the document's own text before conversion, and against the PDF's
text layer (PDFium and pdfplumber) after it.

Reuses the 公文 builder (tools/word_doc.py) and the conversion helpers of tools/make_word_fixtures.py
(find_soffice, check_fonts, convert: LibreOffice headless with a private -env:UserInstallation profile and the
bureau-font substitutions of tools/word_fonts.conf).

Usage: python tools/make_word_fixtures_2.py [OUT_DIR] [--keep-docx] [--only NAME ...] [--no-check] [--render DIR]
       (default OUT_DIR tests/fixtures/word2)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import word_doc
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from make_word_fixtures import Fixture, check_fonts, convert, find_soffice
from word_doc import FANGSONG, HEI, KAI, LEFT, SONG, UP, XBS, WordDoc

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word2"
D = Decimal
YAHEI = "微软雅黑"

# Extra auto-numbering kinds used by this set (the label is drawn by Word/LibreOffice, not typed).
word_doc.LIST_KINDS.setdefault("xiangmu", [("decimal", "项目%1：")])  # 项目1： 项目2：
word_doc.LIST_KINDS.setdefault("decimal_halfparen", [("decimal", "%1)")])  # 1) 2)


# ------------------------------------------------------------------------------------------------ numbers
def money(value: Decimal, places: int = 2, sep: bool = True) -> str:
    """An amount as a table or sentence prints it: fixed decimals, with or without thousands separators."""
    q = value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{q:,}" if sep else f"{q}"


def pct(count: int | Decimal, total: int | Decimal, places: int = 1) -> Decimal:
    """A share in percent, half up, trailing zeros dropped for the gold value."""
    return (D(count) * 100 / D(total)).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct_text(value: Decimal, keep_zeros: bool = False) -> str:
    """`25%` / `45.8%` (prose), or `25.00%` (a table that keeps its decimals)."""
    if keep_zeros:
        return f"{value}%"
    v = value.normalize()
    return f"{v:f}%"


def gnum(value: Decimal | int) -> int | float:
    value = D(value)
    return int(value) if value == value.to_integral_value() else float(value.normalize())


def counted(grades: list[str]) -> str:
    return "/".join(f"{g}{n}" for g, n in Counter(grades).items())


# ------------------------------------------------------------------------------------------------ document
class Doc2(WordDoc):
    """WordDoc with what this author's templates add: mixed-run paragraphs, captions, unit lines, shaded or bold
    table headers, small notes, contact lines and attachment title pages."""

    def rich(self, parts: list[tuple[str, str | None, bool]], *, indent: bool = True) -> None:
        """A body paragraph made of runs (text, font, bold): `一是…` in bold, a 楷体 lead-in, etc."""
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

    def numbered_para(self, num_id: int, parts: list[tuple[str, str | None, bool]]) -> None:
        """An auto-numbered paragraph whose text has several runs (a bold name, then plain text)."""
        p = self._paragraph(indent_chars=2)
        self._number(p, num_id, 0)
        self._mark_font(p, self.body_font, self.body_size)
        for text, font, bold in parts:
            self._run(p, text, font=font, bold=bold)
        self.text.append("".join(t for t, _, _ in parts))

    def style_last_table(self, *, header_rows: int = 1, shade: str | None = None, bold_header: bool = False,
                         bold_rows: tuple[int, ...] = (), row_height_cm: float | None = None) -> None:  # fmt: skip
        """Post-process the last table: grey header shading (w:shd), bold header or total rows, a smaller
        minimum row height (a dense table squeezed onto one page)."""
        table = self.docx.tables[-1]
        if row_height_cm is not None:
            for tr in table._tbl.tr_lst:
                for height in tr.iter(qn("w:trHeight")):
                    height.set(qn("w:val"), str(int(row_height_cm * 567)))
        for r, row in enumerate(table.rows):
            header = r < header_rows
            for tc in row._tr.tc_lst:
                if header and shade:
                    tcpr = tc.get_or_add_tcPr()
                    tcpr.insert_element_before(
                        parse_xml(f'<w:shd {word_doc._NSDECL} w:val="clear" w:color="auto" w:fill="{shade}"/>'),
                        "w:noWrap",
                        "w:tcMar",
                        "w:textDirection",
                        "w:tcFitText",
                        "w:vAlign",
                        "w:hideMark",
                    )
                if (header and bold_header) or r in bold_rows:
                    for run in tc.iter(qn("w:r")):
                        rpr = run.get_or_add_rPr()
                        rpr.insert_element_before(
                            parse_xml(f"<w:b {word_doc._NSDECL}/>"),
                            *(
                                "w:i",
                                "w:iCs",
                                "w:caps",
                                "w:smallCaps",
                                "w:strike",
                                "w:dstrike",
                                "w:outline",
                                "w:shadow",
                                "w:emboss",
                                "w:imprint",
                                "w:noProof",
                                "w:snapToGrid",
                                "w:vanish",
                                "w:webHidden",
                                "w:color",
                                "w:spacing",
                                "w:w",
                                "w:kern",
                                "w:position",
                                "w:sz",
                                "w:szCs",
                                "w:highlight",
                                "w:u",
                                "w:effect",
                                "w:bdr",
                                "w:shd",
                                "w:fitText",
                                "w:vertAlign",
                                "w:rtl",
                                "w:cs",
                                "w:em",
                                "w:lang",
                                "w:eastAsianLayout",
                                "w:specVanish",
                                "w:oMath",
                            ),
                        )

    def attachment_head(self, label: str, title: str, *, new_page: bool = True) -> None:
        """`附件1` at the top left in 黑体, then the attachment's title in 小标宋."""
        self.line(label, font=HEI, keep_next=True)
        if new_page:  # 段前分页 on the label, not a page-break paragraph (no blank page when the text fills a page)
            self.docx.paragraphs[-1].paragraph_format.page_break_before = True
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=32, before=6, after=10)
        self._run(p, title, font=XBS, size=18)
        self.text.append(title)

    def imprint(self, copied_to: str, printer: str, date: str) -> None:
        """版记 kept on one page with the lines above it (抄送 and 印发 never parted)."""
        super().imprint(copied_to, printer, date)
        for p in self.docx.paragraphs[-4:-1]:
            p.paragraph_format.keep_with_next = True

    def first_page_without_header(self, footer_style: str, size: float = 14) -> None:
        """Word's 首页不同: no running header on the letterhead page, the page number kept (odd: at the right)."""
        section = self.docx.sections[0]
        section.different_first_page_header_footer = True
        p = section.first_page_footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = word_doc.Pt(size)
        self._page_footer(p, footer_style, size)

    def rows_cant_split(self, rows: tuple[int, ...]) -> None:
        """Rows of the last table that may not break across pages (Word's 允许跨页断行 off)."""
        table = self.docx.tables[-1]
        for r in rows:
            table.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {word_doc._NSDECL}/>"))


def fixture(name: str, what: str, doc: Doc2, **kw: Any) -> Fixture:
    fx = Fixture(name=name, what=what, doc=doc, **kw)
    fx.split_names = set()  # names expected to be cut by a page break (a row split across pages)
    fx.header_text = None  # running header text, removed from page texts before matching
    return fx


# =============================================================================================== 01 临湖县
def f01_county_score_table() -> Fixture:
    """County annual round: a results table with 评价得分 and 评价档次 columns, repeated header rows, and a
    separate grade-distribution table 评价档次 | 分值区间 | 项目个数 | 占比."""
    doc = Doc2("临湖县财政局绩效管理股")
    rows = [
        ("临湖县教育局", "义务教育阶段学生营养改善计划", "1286.40", "92.5", "优秀"),
        ("临湖县教育局", "县城学校扩容提质工程", "4860.00", "86.3", "良好"),
        ("临湖县卫生健康局", "基本公共卫生服务项目", "2317.85", "90.6", "优秀"),
        ("临湖县卫生健康局", "乡镇卫生院标准化建设补助", "1120.00", "78.4", "合格"),
        ("临湖县农业农村局", "高标准农田建设项目", "6542.30", "88.1", "良好"),
        ("临湖县农业农村局", "农村人居环境整治提升奖补资金", "1850.00", "83.7", "良好"),
        ("临湖县交通运输局", "农村公路养护工程", "2960.75", "81.2", "良好"),
        ("临湖县交通运输局", "城乡公交一体化运营补贴", "1405.00", "57.6", "不合格"),
        ("临湖县住房和城乡建设局", "城镇老旧小区改造项目", "3218.60", "85.5", "良好"),
        ("临湖县住房和城乡建设局", "县城污水管网提升改造工程", "2476.12", "74.9", "合格"),
        ("临湖县民政局", "困难群众基本生活救助资金", "3604.20", "93.1", "优秀"),
        ("临湖县民政局", "居家养老服务中心运营补助", "486.00", "79.5", "合格"),
        ("临湖县人力资源和社会保障局", "就业创业补助资金", "962.38", "87.9", "良好"),
        ("临湖县文化和广电旅游体育局", "全民健身场地设施建设", "735.00", "84.2", "良好"),
        ("临湖县自然资源和规划局", "国土空间生态修复项目", "1288.00", "68.3", "合格"),
        ("临湖县水利局", "中小河流综合治理工程", "2245.50", "91.4", "优秀"),
        ("临湖县商务局", "电子商务进农村综合示范项目", "600.00", "52.8", "不合格"),
        ("临湖县科学技术局", "科技创新券兑付资金", "320.00", "82.6", "良好"),
        ("临湖县市场监督管理局", "食品安全抽检经费", "268.50", "90.2", "优秀"),
        ("临湖县应急管理局", "森林防灭火能力提升项目", "415.90", "86.8", "良好"),
        ("临湖县退役军人事务局", "退役军人就业创业扶持资金", "189.00", "80.5", "良好"),
        ("临湖县医疗保障局", "城乡居民医疗救助资金", "1530.00", "95", "优秀"),
        ("临湖县林业局", "公益林生态效益补偿资金", "812.27", "77.2", "合格"),
        ("临湖县供销合作社联合社", "为农服务中心建设补助", "356.00", "85.1", "良好"),
    ]
    n = len(rows)
    n_dept = len({r[0] for r in rows})
    total = sum(D(r[2]) for r in rows)
    avg = (sum(D(r[3]) for r in rows) / n).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    order = ["优秀", "良好", "合格", "不合格"]
    bands = {"优秀": "90分（含）以上", "良好": "80（含）—90分", "合格": "60（含）—80分", "不合格": "60分以下"}
    cnt = Counter(r[4] for r in rows)
    shares = {g: pct(cnt[g], n, 2) for g in order}
    n_self, n_units = 1046, 114

    doc.red_letterhead("临湖县财政局", "临财绩〔2024〕7号")
    title = doc.title("临湖县财政局关于2023年度财政支出", "重点绩效评价结果的通报")
    doc.line("县级各部门、各单位：")
    doc.para(
        "根据《临湖县全面实施预算绩效管理实施方案》（临委发〔2021〕15号）和《临湖县县级财政支出绩效评价管理"
        "办法》要求，县财政局组织开展了2023年度财政支出重点绩效评价工作。现将评价结果通报如下："
    )
    doc.heading(1, "一、基本情况")
    q_self = f"全县{n_units}个预算单位完成项目支出绩效自评{n_self}个"
    q_key = f"对{n_dept}个部门的{n}个项目开展重点绩效评价"
    q_amt = f"涉及财政资金{money(total)}万元"
    doc.para(
        f"2023年度，{q_self}，自评覆盖率100%。在此基础上，县财政局通过政府采购方式委托第三方机构，"
        f"选取民生保障、乡村振兴、基础设施等领域预算金额较大的项目，{q_key}，{q_amt}。评价工作于2024年2月"
        "启动，历经前期调研、现场核查、问卷调查、综合评价等环节，于2024年4月底完成。"
    )
    doc.heading(1, "二、评价结果")
    q_dist = (
        f"其中评价档次为“优秀”的{cnt['优秀']}个，“良好”的{cnt['良好']}个，“合格”的{cnt['合格']}个，"
        f"“不合格”的{cnt['不合格']}个"
    )
    doc.para(f"从评价结果看，{n}个项目平均得分{avg}分，{q_dist}，档次分布见表1，各项目评价结果见表2。")
    doc.caption("表1  重点绩效评价结果档次分布")
    dist_rows = [["评价档次", "分值区间", "项目个数（个）", "占比"]]
    for g in order:
        dist_rows.append([g, bands[g], str(cnt[g]), pct_text(shares[g], keep_zeros=True)])
    dist_rows.append(["合计", "—", str(n), "100%"])
    doc.table(dist_rows, [3.0, 4.6, 3.6, 3.2], size=12, align=["c", "c", "c", "c"])
    doc.blank()
    doc.caption("表2  2023年度县级财政重点绩效评价结果汇总表")
    doc.unit_line("金额单位：万元")
    table = [["序号", "主管部门", "项目名称", "预算金额", "评价得分", "评价档次"]]
    for i, (dept, name, amt, score, grade) in enumerate(rows, start=1):
        table.append([str(i), dept, name, money(D(amt)), score, grade])
    doc.table(table, [1.2, 3.7, 4.5, 2.2, 2.0, 2.0], size=10.5, align=["c", "l", "l", "r", "c", "c"])
    doc.heading(1, "三、存在的主要问题")
    doc.rich(
        [
            ("一是绩效目标设置不够科学。", None, True),
            ("部分项目绩效目标以工作任务代替产出和效果指标，量化指标偏少，目标值与预算资金规模不匹配。", None, False),
        ]
    )
    doc.rich(
        [
            ("二是预算执行进度偏慢。", None, True),
            ("个别项目受前期手续办理影响，年底资金结余较多，城乡公交一体化运营补贴等项目资金拨付滞后。", None, False),
        ]
    )
    doc.rich(
        [
            ("三是项目管理制度执行不到位。", None, True),
            ("部分项目未按规定履行验收程序，过程资料归档不完整，绩效跟踪监控流于形式。", None, False),
        ]
    )
    doc.heading(1, "四、结果应用")
    doc.para(
        "各部门要对照评价报告反映的问题，于2024年6月30日前完成整改，并将整改情况书面报送县财政局。"
        "评价结果将作为2025年度预算安排的重要依据，评价档次为“不合格”的项目原则上压减下年度预算"
        "20%以上。"
    )
    doc.signature("临湖县财政局", "2024年5月10日")
    doc.imprint("抄送：县委办公室，县人大常委会办公室，县政府办公室，县审计局。", "临湖县财政局办公室", "2024年5月10日")
    doc.footer("dash", odd_even=True)

    fx = fixture(
        "word2_01_county_score_table",
        "county round: 24-row results table (评价得分, 评价档次, repeated header) + 项目个数/占比 grade table",
        doc,
        title=title,
        region="临湖县",
        year=2023,
        tagged=True,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_departments", n_dept, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.batch("self", "项目支出绩效自评", project_count=n_self, department_count=n_units)
    fx.batch(
        "key",
        "重点绩效评价",
        project_count=n,
        department_count=n_dept,
        amount=total,
        amount_unit="万元",
        grades={g: cnt[g] for g in order},
        grade_shares_pct={g: shares[g] for g in order},
    )
    for i, (dept, name, amt, score, grade) in enumerate(rows, start=1):
        fx.project(i, name, dept, grade, "key", score=D(score), amount=D(amt), unit="万元")
    fx.notes = (
        "SYNTHETIC county report (red letterhead, 文号 临财绩〔2024〕7号). fiscal_year 2023 from the title; the work "
        "was done in 2024. The key batch's grade distribution is stated twice (prose and 表1); the shares come from "
        "表1's 占比 column printed with two decimals (25.00%, 45.83%, 20.83%, 8.33%; they sum to 99.99). "
        f"{money(total)}万元 is printed with a thousands separator. department = the 主管部门 column. The "
        f"average score {avg}分 is not a project score; the 分值区间 column (90分（含）以上 …) holds score bands, "
        f"not scores. The {n_units} 预算单位 of the self-evaluation are its department_count, as the real documents' "
        "gold counts budget units (C03: 五個預算單位) and word_05 counts 63 预算单位 (this gold said null until 6 "
        "December 2026: the two fixtures' authors disagreed). The 合计 row of 表1 is not a grade. "
        "表2 runs over two pages with its header row repeated. "
        "The 20% in 四、结果应用 is a budget cut, not a share; 100% is the self-evaluation coverage, not a metric "
        "in gold. Page numbers are odd/even (right/left)."
    )
    return fx


# =============================================================================================== 02 江东市
def f02_city_numbered_projects() -> Fixture:
    """City report: key projects as Word-numbered paragraphs （一）X项目。该项目由市Y局主管，预算资金Z万元，综合评分
    88.6分，等级“良好”。, a sampling grade distribution in prose, and two department-overall results zipped by
    分别为."""
    doc = Doc2("江东市财政局", latin_font=FANGSONG)
    key = [
        (
            "城乡居民基本养老保险市级补助项目",
            "市人力社保局",
            "12360",
            "88.6",
            "良好",
            "评价发现部分县（市、区）配套资金到位不及时。",
        ),
        ("市级职业教育产教融合专项资金项目", "市教育局", "5800", "91.3", "优秀", ""),
        (
            "中心城区交通拥堵治理项目",
            "市公安局",
            "3260",
            "82.4",
            "良好",
            "项目实施后高峰时段主干道平均车速有所提升，但部分路口信号配时优化效果未达预期。",
        ),
        ("“数字江东”政务云服务采购项目", "市大数据发展管理局", "4150", "86.0", "良好", ""),
        (
            "生活垃圾分类处置补助项目",
            "市综合行政执法局",
            "9870",
            "79.2",
            "中",
            "主要问题是补助标准多年未调整，部分街道分类收运体系不健全。",
        ),
        ("乡村振兴产业发展扶持资金项目", "市农业农村局", "15000", "92.8", "优秀", ""),
        ("市区河道水环境综合治理项目", "市水利局", "11235.6", "84.7", "良好", ""),
        (
            "科技企业孵化器补助项目",
            "市科技局",
            "2400",
            "68.5",
            "中",
            "评价发现孵化器入驻企业毕业率偏低，补助资金与孵化成效挂钩不紧。",
        ),
        ("公立医院综合改革补助项目", "市卫生健康委", "8620", "90.4", "优秀", ""),
        ("社区居家养老服务补贴项目", "市民政局", "7504.4", "87.1", "良好", ""),
    ]
    key_total_wan = sum(D(k[2]) for k in key)
    key_yi = (key_total_wan / 10000).quantize(D("0.01"))
    n_self, self_yi, n_mon = 876, D("42.61"), 1032
    samp = {"优": 31, "良": 45, "中": 9, "差": 3}
    n_samp = sum(samp.values())
    samp_yi = D("5.37")
    samp_share = {g: pct(c, n_samp) for g, c in samp.items()}

    doc.title("江东市2023年度市级预算绩效管理工作情况")
    doc.para(
        "2023年，在市委、市政府的坚强领导下，市财政局深入贯彻全面实施预算绩效管理的决策部署，以提升财政"
        "资金使用效益为核心，持续推进绩效管理扩围提质，较好地完成了年度各项工作任务。现将有关情况报告如下："
    )
    doc.heading(1, "绩效管理工作开展情况", numbered=True)
    doc.heading(2, "事前绩效评估关口前移", numbered=True)
    doc.para("对新增500万元以上的重大项目全面开展事前绩效评估，全年共评估项目23个，核减预算申请1.16亿元。")
    doc.heading(2, "绩效运行监控提质扩面", numbered=True)
    q_mon = f"对{n_mon}个项目开展绩效运行监控"
    doc.para(f"依托预算管理一体化系统，按季度{q_mon}，对执行进度滞后、偏离绩效目标的项目及时预警纠偏。")
    doc.heading(1, "绩效自评与财政抽评情况", numbered=True)
    q_self = f"对2022年度实施的{n_self}个项目开展绩效自评"
    q_self_amt = f"涉及资金{self_yi}亿元"
    q_samp = f"按10%的比例抽取{n_samp}个项目开展财政抽评"
    q_samp_amt = f"抽评涉及资金{samp_yi}亿元"
    doc.para(f"市级各部门{q_self}，{q_self_amt}。在部门自评基础上，市财政局{q_samp}，{q_samp_amt}。")
    parts = [f"“{g}”的{c}个，占{pct_text(samp_share[g])}" for g, c in samp.items()]
    q_dist = "抽评结果为" + "；".join(parts)
    doc.para(f"{q_dist}。总体来看，部门自评质量较上年有所提高，但仍有部分项目存在自评打分偏高、佐证材料不足等问题。")
    doc.heading(1, "财政重点绩效评价情况", numbered=True)
    q_key = f"选取{len(key)}个项目实施财政重点绩效评价"
    q_key_amt = f"涉及资金{key_yi}亿元"
    doc.para(f"2023年，市财政局聚焦民生保障、产业发展和城市建设等领域，{q_key}，{q_key_amt}。各项目评价结果如下：")
    lst = doc.new_list("chinese_paren", suffix="nothing")
    for name, dept, amt, score, grade, extra in key:
        doc.numbered_para(
            lst,
            [
                (f"{name}。", KAI, False),
                (f"该项目由{dept}主管，预算资金{D(amt):,}万元，综合评分{score}分，等级“{grade}”。{extra}", None, False),
            ],
        )
    doc.heading(1, "部门整体支出绩效评价情况", numbered=True)
    q_dep = "选取市民政局、市水利局2个部门开展部门整体支出绩效评价"
    doc.para(f"市财政局{q_dep}，从部门决策、过程管理、产出和效益等方面进行综合评价，评价结果分别为“优秀”和“良好”。")
    doc.heading(1, "下一步工作打算", numbered=True)
    doc.para(
        "一是扩大重点评价覆盖面，逐步实现市级部门整体支出绩效评价五年一轮全覆盖；二是强化结果应用，将评价"
        "结果与预算安排、政策调整直接挂钩；三是加强第三方机构管理，提升评价质量。"
    )
    doc.signature("江东市财政局", "2024年6月5日")
    doc.footer("emdash")

    fx = fixture(
        "word2_02_city_numbered_projects",
        "city report: key projects as Word-numbered （一）… paragraphs (主管/预算资金/综合评分/等级), sampling "
        "grades in prose, 2 whole-department results zipped by 分别为",
        doc,
        title="江东市2023年度市级预算绩效管理工作情况",
        region="江东市",
        year=2023,
        tagged=False,
    )
    fx.metric("monitored_projects", n_mon, "个", q_mon)
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", self_yi, "亿元", q_self_amt)
    fx.metric("sampling_ratio", 10, "%", q_samp)
    fx.metric("sampled_projects", n_samp, "个", q_samp)
    fx.metric("sampled_amount", samp_yi, "亿元", q_samp_amt)
    fx.metric("key_evaluated_projects", len(key), "个", q_key)
    fx.metric("key_evaluated_amount", key_yi, "亿元", q_key_amt)
    fx.metric("department_overall_evaluations", 2, "个", q_dep)
    fx.batch("self", "绩效自评", project_count=n_self, amount=self_yi, amount_unit="亿元")
    fx.batch(
        "sampling",
        "财政抽评",
        project_count=n_samp,
        amount=samp_yi,
        amount_unit="亿元",
        grades=samp,
        grade_shares_pct=samp_share,
    )
    fx.batch("key", "财政重点绩效评价", project_count=len(key), amount=key_yi, amount_unit="亿元")
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=2, department_count=2)
    for i, (name, dept, amt, score, grade, _) in enumerate(key, start=1):
        fx.project(i, name, dept, grade, "key", score=D(score), amount=D(amt), unit="万元")
    fx.unit("市民政局", None, "优秀")
    fx.unit("市水利局", None, "良好")
    fx.notes = (
        "SYNTHETIC city report, no letterhead; headings and the key-project list are Word auto-numbered lists, so "
        "the labels 一、 （一） are drawn by LibreOffice and appear "
        "in the PDF text but not in the .docx paragraph text. "
        "The key-project list restarts at （一） under heading "
        "三、 (the headings list uses （一） too). Project name = "
        "the text before the first 。 of each item, including the trailing 项目 and, for item 4, the curly quotes "
        "(“数字江东”政务云服务采购项目); department = the 市Y局 of 该项目由…主管 (short forms as printed). Amounts "
        "printed with thousands separators (12,360万元). The key batch has grades=null: counting the 10 items would "
        f"give {counted([k[4] for k in key])} but no distribution is stated. The sampling batch uses 优/良/中/差 while "
        "the key items use 优秀/良好/中 - each batch keeps its own words. sampling_ratio 10 is the stated ratio "
        f"(88/876 = 10.05%). The key amount {key_yi}亿元 equals the sum of the items (80,200万元). The two "
        "whole-department results are zipped from 选取市民政局、市水利局… 评价结果分别为“优秀”和“良好”. 23 事前评估 "
        "projects and 核减1.16亿元 are ex-ante assessments, not evaluations; 500万元 is a threshold. The self "
        "evaluation covers 2022年度 spending; fiscal_year 2023 is the title's year. Latin digits in 仿宋 (no Times)."
    )
    return fx


# =============================================================================================== 03 北岭区
def f03_district_subtotals() -> Fixture:
    """District notice: ruled table 序号 | 部门 | 项目名称 | 资金（万元）| 分值 | 等级, the 部门 cell merged down its
    projects, a 小计 row per department, a 合计 row, amounts with thousands separators, letter grades."""
    doc = Doc2("北岭区财政局")
    groups = [
        (
            "区教育局",
            [
                ("学前教育生均公用经费补助", "1860.00", "91.5", "A"),
                ("中小学校舍维修改造", "2430.50", "86", "B"),
                ("教师培训专项经费", "318.00", "83.5", "B"),
            ],
        ),
        (
            "区卫生健康局",
            [
                ("家庭医生签约服务补助", "726.40", "88.2", "B"),
                ("基层医疗卫生机构设备购置", "1354.00", "72.6", "C"),
                ("公共卫生应急物资储备", "560.00", "90.8", "A"),
            ],
        ),
        (
            "区城市管理局",
            [("城区道路保洁及垃圾清运服务", "4215.30", "84.4", "B"), ("市政道路照明设施改造", "1188.00", "58.5", "D")],
        ),
        (
            "区农业农村局",
            [
                ("都市农业示范园区建设", "2600.00", "81.3", "B"),
                ("农村饮用水安全巩固提升工程", "3052.80", "93.2", "A"),
                ("动物疫病强制免疫补助", "247.60", "87.5", "B"),
            ],
        ),
        ("区民政局", [("区社会福利中心运营经费", "1480.00", "80.6", "B"), ("城乡低保资金", "2096.00", "94", "A")]),
        (
            "区文化和旅游局",
            [("公共文化服务体系建设", "675.00", "76.8", "C"), ("全域旅游宣传推广经费", "608.00", "85.2", "B")],
        ),
    ]
    flat = [(dept, *p) for dept, ps in groups for p in ps]
    n, n_dept = len(flat), len(groups)
    total = sum(D(p[2]) for p in flat)
    cnt = Counter(p[4] for p in flat)
    order = ["A", "B", "C", "D"]

    doc.red_letterhead("北岭区财政局", None)
    doc.line("北财绩〔2024〕21号", align="right")
    doc.blank()
    title = doc.title("关于2023年度区级部门项目支出", "绩效评价结果的通知")
    doc.line("区级各部门：")
    q_key = f"对区教育局等{n_dept}个部门的{n}个项目开展了财政重点绩效评价"
    q_amt = f"涉及资金{money(total)}万元"
    doc.para(
        f"为进一步提高财政资金使用效益，根据《北岭区区级项目支出绩效评价管理暂行办法》，区财政局{q_key}，"
        f"{q_amt}。评价等级分为A（90分及以上）、B（80—89.9分）、C（60—79.9分）、D（60分以下）四档。"
    )
    q_dist = f"等级为“A”的项目{cnt['A']}个，“B”的{cnt['B']}个，“C”的{cnt['C']}个，“D”的{cnt['D']}个"
    doc.para(f"经评价，{q_dist}。现将评价结果通知如下（见附表），请各部门认真做好评价结果运用及问题整改工作。")
    doc.para("一、评价等级为“C”“D”的项目主管部门，应于2024年7月31日前向区财政局报送整改报告。", indent=True)
    doc.para(
        "二、区财政局将评价结果作为2025年度部门预算编制的重要依据，对评价等级为“D”的项目，原则上不再安排或压减预算。"
    )
    doc.para("三、评价结果将在区政府门户网站公开，接受社会监督。")
    doc.signature("北岭区财政局", "2024年6月18日")
    doc.attachment_head("附表", "2023年度区级部门项目支出绩效评价结果表")
    table: list[list[str | None]] = [["序号", "部门", "项目名称", "资金（万元）", "分值", "等级"]]
    seq = 0
    subtotal_rows = []
    for dept, ps in groups:
        for j, (name, amt, score, grade) in enumerate(ps):
            seq += 1
            table.append([str(seq), dept if j == 0 else UP, name, money(D(amt)), score, grade])
        table.append([None, UP, "小计", money(sum(D(p[1]) for p in ps)), None, None])
        subtotal_rows.append(len(table) - 1)
    table.append(["合计", LEFT, LEFT, money(total), None, None])
    doc.table(
        table,
        [1.2, 3.2, 4.9, 2.9, 1.5, 1.5],
        size=10.5,
        font=SONG,
        header_font=HEI,
        align=["c", "c", "l", "r", "c", "c"],
    )
    doc.style_last_table(bold_rows=(len(table) - 1,), row_height_cm=0.62)
    doc.footer("dash")

    fx = fixture(
        "word2_03_district_subtotals",
        "district notice: 部门 merged down its rows, 小计 per department and 合计 rows, A/B/C/D grades, "
        "amounts 2,430.50",
        doc,
        title=title,
        region="北岭区",
        year=2023,
        tagged=True,
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_departments", n_dept, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.batch(
        "key",
        "财政重点绩效评价",
        project_count=n,
        department_count=n_dept,
        amount=total,
        amount_unit="万元",
        grades={g: cnt[g] for g in order},
    )
    for i, (dept, name, amt, score, grade) in enumerate(flat, start=1):
        fx.project(i, name, dept, grade, "key", score=D(score), amount=D(amt), unit="万元")
    fx.notes = (
        "SYNTHETIC district notice: red letterhead without 文号 under it, the 文号 北财绩〔2024〕21号 right-aligned "
        "below; the results are in 附表 on a new page. department = the 部门 column, whose cell is vertically merged "
        "over the department's project rows AND its 小计 row (so it is printed once per department). 小计 rows (empty "
        "序号, 项目名称 cell '小计') and the 合计 row (spanning 3 columns) are totals, not projects. Grades are the "
        "letters A/B/C/D as the 等级 column prints them; the prose distribution quotes them (“A”的项目4个…) - keys "
        "A/B/C/D. The bands in parentheses (A（90分及以上）…) are not scores. 分值 printed as bare numbers (86, 94 "
        "without decimals). Amounts with thousands separators and two decimals. The headings 一、二、三、 in the body "
        "are typed numbers of requirements, not sections with figures."
    )
    return fx


# =============================================================================================== 04 南屿县
def f04_department_overall_table() -> Fixture:
    """部门整体支出绩效评价 results in a table 序号 | 单位名称 | 评分 | 结果 under a heading; two policy evaluations in
    prose with score and grade."""
    doc = Doc2("南屿县财政局")
    units = [
        ("南屿县农业农村局", "92.36", "优秀"),
        ("南屿县卫生健康局", "88.50", "良好"),
        ("南屿县教育局", "90.12", "优秀"),
        ("南屿县交通运输局", "84.75", "良好"),
        ("南屿县住房和城乡建设局", "79.40", "中"),
        ("南屿县自然资源和规划局", "86.20", "良好"),
        ("南屿县民政局", "91.05", "优秀"),
        ("南屿县市场监督管理局", "82.63", "良好"),
        ("南屿县文化和广电旅游体育局", "58.90", "差"),
    ]
    cnt = Counter(u[2] for u in units)
    order = ["优秀", "良好", "中", "差"]
    amount = D("86327.15")
    policies = [("南屿县茶产业高质量发展扶持政策", "83.5", "良好"), ("南屿县人才引进安居补贴政策", "76", "中")]

    title = doc.title("南屿县2023年度部门整体支出", "绩效评价结果公开")
    doc.line("发布单位：南屿县财政局　　　发布日期：2024年8月2日", align="center", size=12, after=8)
    doc.heading(1, "一、评价工作开展情况")
    q_dep = f"对县农业农村局、县卫生健康局等{len(units)}个部门（单位）2023年度部门整体支出开展了绩效评价"
    q_amt = f"涉及预算资金{money(amount)}万元"
    doc.para(
        f"根据《南屿县部门整体支出绩效评价管理办法（试行）》，县财政局委托第三方机构{q_dep}，{q_amt}。"
        "评价从部门决策、部门管理、部门产出和部门效果四个维度设置指标，采取资料审核、实地核查和满意度调查"
        "相结合的方式进行。"
    )
    q_pol = f"同步对{len(policies)}项政策开展事后绩效评价"
    doc.para(
        f"{q_pol}：{policies[0][0]}评价得分{policies[0][1]}分，等级为{policies[0][2]}；{policies[1][0]}评价"
        f"得分{policies[1][1]}分，等级为{policies[1][2]}。"
    )
    doc.heading(1, "二、部门整体支出绩效评价结果")
    q_dist = f"评价结果为“优秀”的{cnt['优秀']}个，“良好”的{cnt['良好']}个，“中”的{cnt['中']}个，“差”的{cnt['差']}个"
    doc.para(f"{len(units)}个部门（单位）中，{q_dist}。具体如下：")
    doc.caption("南屿县2023年度部门整体支出绩效评价结果表", font=SONG, size=14)
    table = [["序号", "单位名称", "评分", "结果"]]
    for i, (u, s, g) in enumerate(units, start=1):
        table.append([str(i), u, s, g])
    doc.table(table, [1.6, 7.6, 2.6, 2.6], size=12, font=SONG, header_font=SONG, align=["c", "l", "c", "c"])
    doc.style_last_table(shade="D9D9D9", bold_header=True)
    doc.note("注：评价结果分为优秀（90分以上）、良好（80-90分）、中（60-80分）、差（60分以下）四个等级。", size=10.5)
    doc.heading(1, "三、主要问题及整改要求")
    doc.para(
        "评价发现，部分部门整体绩效目标与部门职能衔接不够紧密，预算编制精细化程度不高，资产管理和内控制度"
        "执行有待加强。各部门应针对评价发现的问题认真整改，整改情况于2024年10月底前报县财政局。"
    )
    doc.signature("南屿县财政局", "2024年8月2日")
    doc.footer("page_of", size=10.5)

    fx = fixture(
        "word2_04_department_overall_table",
        "部门整体 results table (单位名称/评分/结果, shaded header) + 2 policies scored in prose",
        doc,
        title=title,
        region="南屿县",
        year=2023,
        tagged=True,
    )
    fx.metric("department_overall_evaluations", len(units), "个", q_dep)
    fx.metric("department_overall_amount", amount, "万元", q_amt)
    fx.metric("policy_evaluations", len(policies), "个", q_pol)
    fx.batch(
        "department_overall",
        "部门整体支出绩效评价",
        project_count=len(units),
        department_count=len(units),
        amount=amount,
        amount_unit="万元",
        grades={g: cnt[g] for g in order},
    )
    fx.batch("other", "政策事后绩效评价", project_count=len(policies))
    for i, (name, score, grade) in enumerate(policies, start=1):
        fx.project(i, name, None, grade, "other", score=D(score))
    for u, s, g in units:
        fx.unit(u, None, g, D(s))
    fx.notes = (
        "SYNTHETIC county 公开 page (no 文号; a 发布单位/发布日期 line "
        "under the title). The nine 部门整体 results are in "
        "department_evaluations (unit = 单位名称 as printed, score = 评分 with two decimals, grade = 结果); parent "
        "null (all are first-level departments). The distribution 优秀3/良好4/中1/差1 is stated in prose, so the "
        "department_overall batch carries grades; department_count = project_count = 9 (部门（单位）). The two policy "
        "evaluations are recorded as projects of an 'other' batch with score and grade from the prose, department "
        "null (no 主管部门 stated). The 注 line gives score bands (90分以上 …), not scores.  Footer 第 X 页 共 Y 页."
    )
    return fx


# =============================================================================================== 05 西江市本级
def f05_bond_landscape() -> Fixture:
    """Special-bond (专项债券) notice: portrait intro, then a landscape section with a 9-column table (债券名称 merged
    down its rows, 发行额（亿元）, 评价得分, 评价结果, 评价方式)."""
    doc = Doc2("西江市财政局债务管理科")
    rows = [
        (
            "2021年西江市政府专项债券（三期）",
            "西江市城东片区棚户区改造项目",
            "西江市住房和城乡建设局",
            "西江市城市更新建设中心",
            "6.50",
            "91",
            "优",
            "单位自评",
        ),
        (
            "2021年西江市政府专项债券（三期）",
            "西江港综合物流园区基础设施项目",
            "西江市交通运输局",
            "西江市港航发展中心",
            "4.20",
            "87",
            "良",
            "财政重点评价",
        ),
        (
            "2022年西江市政府专项债券（一期）",
            "西江市第二人民医院迁建工程",
            "西江市卫生健康委员会",
            "西江市第二人民医院",
            "3.80",
            "93",
            "优",
            "单位自评",
        ),
        (
            "2022年西江市政府专项债券（一期）",
            "西江市职业技术学院新校区建设项目",
            "西江市教育局",
            "西江职业技术学院",
            "2.95",
            "88",
            "良",
            "单位自评",
        ),
        (
            "2022年西江市政府专项债券（四期）",
            "西江市城市供水管网改造工程",
            "西江市水利局",
            "西江市供排水事务中心",
            "1.60",
            "90",
            "优",
            "单位自评",
        ),
        (
            "2022年西江市政府专项债券（四期）",
            "西江高新区标准厂房建设项目（一期）",
            "西江高新技术产业开发区管理委员会",
            "西江高新区建设发展中心",
            "5.00",
            "78",
            "中",
            "财政重点评价",
        ),
        (
            "2023年西江市政府专项债券（二期）",
            "西江市冷链物流中心建设项目",
            "西江市商务局",
            "西江市农产品流通服务中心",
            "2.10",
            "85",
            "良",
            "单位自评",
        ),
        (
            "2023年西江市政府专项债券（二期）",
            "西江市老城区排水防涝设施提升工程",
            "西江市住房和城乡建设局",
            "西江市市政设施管理中心",
            "3.30",
            "92",
            "优",
            "单位自评",
        ),
        (
            "2023年西江市政府专项债券（五期）",
            "西江市公共停车场建设项目",
            "西江市城市管理局",
            "西江市停车服务中心",
            "1.25",
            "84",
            "良",
            "单位自评",
        ),
        (
            "2023年西江市政府专项债券（五期）",
            "西江市生态环境综合治理项目",
            "西江市生态环境局",
            "西江市生态环境保护服务中心",
            "4.65",
            "89",
            "良",
            "财政重点评价",
        ),
        (
            "2023年西江市政府专项债券（五期）",
            "西江市智慧教育基础设施项目",
            "西江市教育局",
            "西江市教育技术装备中心",
            "1.50",
            "95",
            "优",
            "单位自评",
        ),
    ]
    n = len(rows)
    total = sum(D(r[4]) for r in rows)
    n_self = sum(r[7] == "单位自评" for r in rows)
    n_key = n - n_self

    title = doc.title("西江市本级2023年度地方政府专项债券", "项目资金绩效评价结果公示")
    doc.para(
        "根据《地方政府专项债券项目资金绩效管理办法》（财预〔2021〕61号）和市财政局《关于做好2024年地方政府"
        "专项债券项目资金绩效评价工作的通知》（西财债〔2024〕5号）要求，市财政局组织开展了市本级2023年度"
        "专项债券项目资金绩效评价工作。"
    )
    q_n = f"西江市本级使用地方政府专项债券资金的项目共{n}个"
    q_amt = f"债券资金{money(total)}亿元"
    q_self = f"其中，{n_self}个项目由项目单位开展绩效自评"
    q_key = f"{n_key}个项目由市财政局组织重点绩效评价"
    doc.para(
        f"2023年度，{q_n}，{q_amt}。{q_self}，{q_key}。从评价结果看，各项目总体按计划推进，债券资金"
        "使用较为规范，项目收益基本实现预期。个别项目存在专项收入未达可研预测、资产登记不及时等问题，已督促"
        "项目单位限期整改。现将评价结果予以公示，公示期为2024年6月21日至6月27日（5个工作日）。"
    )
    doc.para("公示期间如有异议，请以书面形式向西江市财政局债务管理科反映。联系电话：0768-2216 5093。")
    doc.line("附件：西江市本级2023年度专项债券项目资金绩效评价结果表", before=10)
    doc.landscape()
    doc.line("附件", font=HEI)
    doc.caption("西江市本级2023年度专项债券项目资金绩效评价结果表", font=XBS, size=18)
    header = [
        "序号",
        "债券名称",
        "项目名称",
        "主管部门",
        "项目单位",
        "发行额（亿元）",
        "评价得分",
        "评价结果",
        "评价方式",
    ]
    table: list[list[str | None]] = [header]
    prev = None
    for i, r in enumerate(rows, start=1):
        bond = r[0] if r[0] != prev else UP
        prev = r[0]
        table.append([str(i), bond, r[1], r[2], r[3], r[4], r[5], r[6], r[7]])
    table.append(["合计", LEFT, LEFT, LEFT, LEFT, money(total), None, None, None])
    doc.table(
        table,
        [1.1, 3.6, 4.6, 3.6, 3.6, 2.0, 1.6, 1.6, 2.6],
        size=10.5,
        font=SONG,
        header_font=HEI,
        align=["c", "c", "l", "l", "l", "c", "c", "c", "c"],
    )
    doc.note(
        "注：发行额为截至2023年12月31日该项目累计使用的专项债券资金。评价结果分为优（90分及以上）、良（80—89分）、"
        "中（60—79分）、差（60分以下）。",
        size=10.5,
    )
    doc.signature("西江市财政局", "2024年6月20日", right_chars=2)
    doc.footer("dash")

    fx = fixture(
        "word2_05_bond_landscape",
        "special-bond notice: landscape 9-column table, 债券名称 merged, 发行额（亿元）, per-row 评价方式",
        doc,
        title=title,
        region="西江市本级",
        year=2023,
        tagged=False,
    )
    fx.metric("bond_projects", n, "个", q_n)
    fx.metric("bond_amount", total, "亿元", q_amt)
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("key_evaluated_projects", n_key, "个", q_key)
    fx.batch("self", "项目单位绩效自评", project_count=n_self)
    fx.batch("key", "财政重点绩效评价", project_count=n_key)
    for i, r in enumerate(rows, start=1):
        fx.project(
            i, r[1], r[2], r[6], "self" if r[7] == "单位自评" else "key", score=D(r[5]), amount=D(r[4]), unit="亿元"
        )
    fx.notes = (
        "SYNTHETIC municipal bond notice. Region 西江市本级 (the title's own word). fiscal_year 2023 = the bond/budget "
        "year of the title; bonds of 2021-2023 (债券名称 column) and the 2024 文号/dates are not the fiscal year. The "
        "table is in a landscape section after a portrait page; its 债券名称 cells are merged vertically over the "
        "projects financed by the same issue (the bond name is not a project). department = 主管部门 column; 项目单位 "
        "is a separate column and is not the department. amount = 发行额（亿元） with the unit only in the header. "
        "Batch membership per row from the 评价方式 column (单位自评 "
        "→ self, 财政重点评价 → key); the counts 8 and 3 are "
        "also stated in prose. The 合计 row (spanning five columns) is not a project. No grade distribution is "
        f"stated (counting rows would give {counted([r[6] for r in rows])}). "
        "Noise: 财预〔2021〕61号, 西财债〔2024〕5号, "
        "公示期 dates, 5个工作日, a phone number; the 注 gives score bands."
    )
    return fx


# =============================================================================================== 06 梧川市 发改委
def f06_department_self_eval_yuan() -> Fixture:
    """A department's own self-evaluation (我委): 宋体 四号 body, a running header, amounts in 元 with thousands
    separators, 自评得分 and no grades."""
    doc = Doc2("梧川市发展和改革委员会办公室", body_font=SONG, body_size=14, line_pitch=25)
    dept = "梧川市发展和改革委员会"
    rows = [
        ("价格监测工作经费", "486000.00", "471320.50", "96.5"),
        ("重点项目前期工作经费", "5800000.00", "5126740.00", "91"),
        ("粮食储备库维修改造", "3260000.00", "2987450.36", "88.5"),
        ("市级储备粮轮换费用补贴", "12400000.00", "12400000.00", "98"),
        ("社会信用体系建设经费", "1350000.00", "1204986.20", "93"),
        ("重大项目稽察经费", "320000.00", "268400.00", "90.5"),
        ("节能监察专项经费", "275000.00", "251330.00", "94"),
        ("以工代赈项目配套资金", "6000000.00", "5380000.00", "89"),
        ("国民经济和社会发展规划编制经费", "1680000.00", "1542600.00", "95.5"),
        ("物价成本调查经费", "198520.00", "186210.36", "97"),
        ("应急物资储备经费", "2450000.00", "2288120.00", "92"),
        ("服务业发展引导资金", "3000000.00", "2716000.00", "90"),
        ("能源安全保障专项资金", "1127000.00", "902150.00", "86.5"),
        ("数字化改革项目运维经费", "600000.00", "380000.00", "84"),
    ]
    n = len(rows)
    budget = sum(D(r[1]) for r in rows)
    spent = sum(D(r[2]) for r in rows)
    rate = pct(spent, budget, 2)
    avg = (sum(D(r[3]) for r in rows) / n).quantize(D("0.01"), rounding=ROUND_HALF_UP)

    doc.header(f"{dept}项目支出绩效自评报告", align="right")
    title = doc.title(f"{dept}", "2023年度项目支出绩效自评报告", size=20)
    doc.heading(1, "一、基本情况")
    doc.para(
        "我委是市政府工作部门，内设科室12个，下属事业单位3个（市价格认证中心、市粮食和物资储备服务中心、市"
        "重点项目服务中心）。2023年末在职人员96人。"
    )
    doc.heading(1, "二、自评工作开展情况")
    q_self = f"我委对2023年度纳入预算管理的全部{n}个项目支出开展了绩效自评"
    q_amt = f"年度预算资金合计{money(budget)}元"
    doc.para(
        f"根据市财政局《关于开展2023年度市级项目支出绩效自评工作的通知》（梧财绩〔2024〕3号）要求，"
        f"{q_self}，{q_amt}，实际支出{money(spent)}元，预算执行率{rate}%。自评工作由委财务审计科牵头，各"
        "项目责任科室对照年初绩效目标逐项打分，委党组会议审定后报市财政局。"
    )
    doc.heading(1, "三、自评结果")
    doc.para(f"从自评结果看，{n}个项目自评得分均在80分以上，平均得分{avg}分。各项目自评情况如下：")
    doc.caption(f"{dept}2023年度项目支出绩效自评结果表", font=SONG, size=12)
    doc.unit_line("金额单位：元", size=10.5)
    table = [["序号", "项目名称", "年度预算数", "实际支出数", "执行率", "自评得分"]]
    for i, (name, b, s, sc) in enumerate(rows, start=1):
        table.append([str(i), name, money(D(b)), money(D(s)), f"{pct(D(s), D(b), 2)}%", sc])
    table.append(["合计", LEFT, money(budget), money(spent), f"{rate}%", "—"])
    doc.table(
        table,
        [1.1, 4.9, 3.0, 3.0, 1.7, 1.9],
        size=10.5,
        font=SONG,
        header_font=SONG,
        align=["c", "l", "r", "r", "c", "c"],
    )
    doc.style_last_table(bold_header=True, bold_rows=(len(table) - 1,))
    doc.heading(1, "四、存在的问题")
    doc.para(
        "（一）个别项目预算编制不够精准。数字化改革项目运维经费因合同签订时间推迟，年底结余较大，执行率仅为63.33%。"
    )
    doc.para("（二）部分绩效指标难以量化。价格监测、物价成本调查等项目的效益指标以定性描述为主，评价依据不够充分。")
    doc.heading(1, "五、下一步改进措施")
    doc.para(
        "我委将进一步加强预算编制与项目前期工作的衔接，细化量化绩效指标，强化绩效运行监控，切实提高财政资金使用效益。"
    )
    doc.line("联系人：周某某　　联系电话：0759-2281 4467", before=8)
    doc.signature(dept, "2024年3月28日")
    doc.footer("page_of", size=10.5)

    fx = fixture(
        "word2_06_department_self_eval_yuan",
        "department self-evaluation (我委): 宋体四号, running header, amounts in 元 with separators, "
        "自评得分 only, no grades",
        doc,
        title=title,
        region="梧川市",
        year=2023,
        tagged=True,
    )
    fx.header_text = f"{dept}项目支出绩效自评报告"
    fx.metric("self_evaluated_projects", n, "个", q_self)
    fx.metric("self_evaluated_amount", budget, "元", q_amt)
    fx.batch("self", "项目支出绩效自评", project_count=n, amount=budget, amount_unit="元")
    for i, (name, b, _s, sc) in enumerate(rows, start=1):
        fx.project(i, name, dept, None, "self", score=D(sc), amount=D(b), unit="元")
    fx.notes = (
        "SYNTHETIC self-evaluation report of one municipal department that calls itself 我委. department = the "
        "publishing department from the title (梧川市发展和改革委员会) for every project: the table has no 主管部门 "
        "column. No grades anywhere (grade null; batch grades null) - a grade must not be inferred from 自评得分. "
        "amount = 年度预算数 in 元 (unit only in the 金额单位：元 line "
        "above the table), not 实际支出数; the self batch "
        f"amount is the stated 年度预算资金合计 {money(budget)}元. "
        f"80分以上 is a bound and the average {avg}分 is not a "
        f"project score; 执行率 percentages (incl. {rate}% and 63.33%) are not shares. The 合计 row is not a "
        "project. Body text in 宋体 14 pt (a department template, not 公文 仿宋三号); a running header on every page. "
        "Noise: 内设科室12个, 事业单位3个, 96人, 梧财绩〔2024〕3号, phone "
        "number. department_count null (one department "
        "speaking of itself; the text gives no count)."
    )
    return fx


# =============================================================================================== 07 澄湾县
def f07_batches_one_paragraph() -> Fixture:
    """Several batches stated in one long paragraph (单位自评、财政抽评、重点评价, each with money), per-batch grade
    counts in prose with percentages, an explicit zero, and key projects named in 、-separated runs per grade."""
    doc = Doc2("澄湾县财政局", line_pitch=29)
    tot_n, tot_yi = 1182, D("52.36")
    batches = [
        ("单位自评", "self", 1105, D("41.28")),
        ("财政抽评", "sampling", 62, D("6.45")),
        ("财政重点评价", "key", 15, D("4.63")),
    ]
    assert sum(b[2] for b in batches) == tot_n and sum(b[3] for b in batches) == tot_yi
    self_g = {"优秀": 923, "良好": 148, "合格": 27, "不合格": 7}
    samp_g = {"优秀": 12, "良好": 38, "合格": 10, "不合格": 2}
    key_names = {
        "优秀": [
            "澄湾县义务教育学校提质扩容工程",
            "县域医共体建设补助资金",
            "农村饮水安全巩固提升工程",
            "困难残疾人生活补贴",
        ],
        "良好": [
            "高标准农田建设项目",
            "城乡环卫一体化运营经费",
            "县城智慧停车系统建设",
            "乡镇文化站免费开放补助",
            "小微企业创业担保贷款贴息",
            "农村公路提档升级工程",
            "城区绿化养护经费",
            "基层农技推广体系改革补助",
            "社区居家养老服务照料中心运营补助",
        ],
        "合格": ["县体育中心运营补贴", "特色小镇规划编制经费"],
    }
    key_g = {g: len(v) for g, v in key_names.items()} | {"不合格": 0}
    assert sum(self_g.values()) == 1105 and sum(samp_g.values()) == 62 and sum(key_g.values()) == 15
    self_s = {g: pct(c, 1105) for g, c in self_g.items()}
    samp_s = {g: pct(c, 62) for g, c in samp_g.items()}

    title = doc.title("澄湾县2023年度财政支出绩效评价情况")
    doc.para(
        "2023年，县财政局坚持“花钱必问效、无效必问责”，推动预算绩效管理从“有没有”向“好不好”转变。现将"
        "2023年度财政支出绩效评价有关情况公开如下。"
    )
    doc.heading(1, "一、总体情况")
    q_tot = f"全县共开展各类绩效评价项目{tot_n:,}个，涉及资金{tot_yi}亿元"
    q = {b[1]: (f"{b[0]}{b[2]:,}个", f"涉及资金{b[3]}亿元") for b in batches}
    doc.para(
        f"2023年，按照“单位自评全覆盖、财政抽评抓规范、重点评价提质量”的工作思路，{q_tot}，其中：{q['self'][0]}，"
        f"{q['self'][1]}；{q['sampling'][0]}，{q['sampling'][1]}；{q['key'][0]}，{q['key'][1]}。评价范围涵盖"
        "教育、卫生健康、农业农村、城乡建设、社会保障等主要领域，其中民生类项目占比超过六成。"
    )
    doc.heading(1, "二、评价结果")
    doc.heading(2, "（一）单位自评结果")
    q_self_d = (
        "单位自评结果为优秀的923个、良好的148个、合格的27个、不合格的7个，分别占"
        + "、".join(pct_text(self_s[g]) for g in self_g)
        + ""
    )
    doc.para(f"{q_self_d}。自评结果总体偏高，部分单位存在“自评即满分”现象。")
    doc.heading(2, "（二）财政抽评结果")
    q_samp_d = "财政抽评结果为" + "、".join(f"{g}{c}个（占{pct_text(samp_s[g])}）" for g, c in samp_g.items())
    doc.para(f"{q_samp_d}。抽评得分与单位自评得分相差10分以上的项目有9个，主要是绩效目标完成情况佐证不足。")
    doc.heading(2, "（三）财政重点评价结果")
    q_key_d = "重点评价的15个项目中，优秀4个、良好9个、合格2个，无不合格项目"
    doc.para(
        f"{q_key_d}。其中，评价结果为优秀的项目是：{'、'.join(key_names['优秀'][:-1])}和"
        f"{key_names['优秀'][-1]}；评价结果为良好的项目是：{'、'.join(key_names['良好'])}；评价结果为合格的"
        f"项目是：{key_names['合格'][0]}和{key_names['合格'][1]}。"
    )
    doc.heading(1, "三、结果运用")
    doc.para(
        "县财政局已将评价结果反馈各主管部门，督促其制定整改措施。对评价结果为合格及以下的项目，在编制2025年"
        "预算时从严审核；对连续两年评价结果为不合格的项目，原则上予以取消。"
    )
    doc.signature("澄湾县财政局", "2024年7月12日")
    doc.footer("dash")

    fx = fixture(
        "word2_07_batches_one_paragraph",
        "three batches in one paragraph (自评/抽评/重点, 亿元), grade counts+percentages in prose, explicit "
        "zero, key projects named in 、-runs per grade",
        doc,
        title=title,
        region="澄湾县",
        year=2023,
        tagged=False,
    )
    fx.metric("total_evaluated_projects", tot_n, "个", q_tot)
    fx.metric("total_evaluated_amount", tot_yi, "亿元", q_tot)
    fx.metric("self_evaluated_projects", 1105, "个", q["self"][0])
    fx.metric("self_evaluated_amount", D("41.28"), "亿元", q["self"][1])
    fx.metric("sampled_projects", 62, "个", q["sampling"][0])
    fx.metric("sampled_amount", D("6.45"), "亿元", q["sampling"][1])
    fx.metric("key_evaluated_projects", 15, "个", q["key"][0])
    fx.metric("key_evaluated_amount", D("4.63"), "亿元", q["key"][1])
    fx.batch(
        "self",
        "单位自评",
        project_count=1105,
        amount=D("41.28"),
        amount_unit="亿元",
        grades=self_g,
        grade_shares_pct=self_s,
    )
    fx.batch(
        "sampling",
        "财政抽评",
        project_count=62,
        amount=D("6.45"),
        amount_unit="亿元",
        grades=samp_g,
        grade_shares_pct=samp_s,
    )
    fx.batch("key", "财政重点评价", project_count=15, amount=D("4.63"), amount_unit="亿元", grades=key_g)
    seq = 0
    for g, names in key_names.items():
        for name in names:
            seq += 1
            fx.project(seq, name, None, g, "key")
    fx.notes = (
        "SYNTHETIC county report. All three batches and the total are in ONE paragraph (单位自评1,105个，涉及资金"
        "41.28亿元；财政抽评62个…；财政重点评价15个…); counts of 1,000 and more carry a thousands separator (1,182个, "
        "1,105个). 1105+62+15 = 1182 and 41.28+6.45+4.63 = 52.36. Self-evaluation shares are printed as a separate "
        "list after 分别占 (83.5%、13.4%、2.4%、0.6%; sum 99.9), sampling shares in parentheses after each count. The "
        "key batch states 无不合格项目: kept as an explicit zero (不合格: 0). Key project names appear only in "
        "、-separated runs after 评价结果为优秀/良好/合格的项目是：, the last name of a run joined by 和; each takes "
        "its run's grade (the grade is stated for the group, not inferred); no department, score or amount is given "
        "per project. 9 projects with a gap of 10分以上 and 六成 are not batch figures. Line pitch 29 pt."
    )
    return fx


# =============================================================================================== 08 柳汀区
LONG_NAME_08 = "柳汀区2021—2023年度老旧小区综合改造提升及配套雨污分流管网改造工程区级补助资金（第二批次）"


def f08_table_across_page_break() -> Fixture:
    """A results table split across pages with no repeated header row, where one long project name wraps over the
    page break (the row is allowed to break across pages); grades 一等/二等/三等/四等."""
    doc = Doc2("柳汀区财政局")
    rows = [
        ("区教育局学生资助资金", "柳汀区教育局", "柳汀区学生资助管理中心", "512.60", "93.5", "一等"),
        ("中小学智慧校园建设项目", "柳汀区教育局", "柳汀区教育技术中心", "1286.00", "86.2", "二等"),
        ("基层医疗机构能力提升项目", "柳汀区卫生健康局", "柳汀区社区卫生服务管理中心", "968.40", "84.7", "二等"),
        ("区级储备粮轮换补贴", "柳汀区发展和改革局", "柳汀区粮食收储有限公司", "420.00", "91.2", "一等"),
        ("城区内涝点整治工程", "柳汀区住房和城乡建设局", "柳汀区市政工程管理所", "2135.75", "78.6", "三等"),
        ("背街小巷环境提升工程", "柳汀区城市管理局", "柳汀区环境卫生管理站", "1650.00", "83.1", "二等"),
        ("社区养老服务驿站运营补贴", "柳汀区民政局", "柳汀区养老服务指导中心", "386.20", "88.4", "二等"),
        ("公共文化场馆免费开放补助", "柳汀区文化和旅游局", "柳汀区文化馆", "215.00", "90.3", "一等"),
        ("中小企业数字化改造奖补", "柳汀区经济和信息化局", "柳汀区中小企业服务中心", "800.00", "76.4", "三等"),
        ("农贸市场提升改造补助", "柳汀区商务局", "柳汀区市场发展服务中心", "560.00", "72.8", "三等"),
        ("河湖长制工作经费", "柳汀区水利局", "柳汀区河湖管理中心", "178.50", "85.6", "二等"),
        ("城市绿道建设项目", "柳汀区城市管理局", "柳汀区园林绿化管理所", "1320.00", "65.2", "四等"),
        ("退役军人服务站运行经费", "柳汀区退役军人事务局", "柳汀区退役军人服务中心", "96.00", "87.0", "二等"),
        ("垃圾分类收运体系建设", "柳汀区城市管理局", "柳汀区环境卫生管理站", "1045.80", "82.5", "二等"),
        ("法律援助专项经费", "柳汀区司法局", "柳汀区法律援助中心", "132.00", "80.7", "二等"),
        ("安全生产执法能力建设", "柳汀区应急管理局", "柳汀区应急管理综合行政执法队", "248.30", "74.9", "三等"),
    ]
    rows.insert(
        LONG_AT_08 - 1,
        (LONG_NAME_08, "柳汀区住房和城乡建设局", "柳汀区房屋征收和城市更新服务中心", "4870.00", "81.9", "二等"),
    )
    n = len(rows)
    total = sum(D(r[3]) for r in rows)
    cnt = Counter(r[5] for r in rows)
    order = ["一等", "二等", "三等", "四等"]

    doc.line("柳汀区财政局", align="center", font=XBS, size=26, before=20)
    doc.line("公　　告", align="center", font=XBS, size=26, after=6)
    doc.line("（2024年第3号）", align="center", after=12)
    title = doc.title("关于公布2023年度区级财政专项资金", "绩效评价结果的公告", size=20)
    q_key = f"区财政局委托第三方机构对{n}个区级财政专项资金项目开展了绩效评价"
    q_amt = f"涉及资金{money(total)}万元"
    doc.para(
        f"为强化预算绩效管理，提高财政资金使用效益，根据《柳汀区区级财政专项资金管理办法》，{q_key}，{q_amt}。"
        "评价等次分为一等（90分以上）、二等（80—89.9分）、三等（70—79.9分）、四等（70分"
        "以下）。"
    )
    q_dist = f"评价等次为一等的项目{cnt['一等']}个，二等的{cnt['二等']}个，三等的{cnt['三等']}个，四等的{cnt['四等']}个"
    doc.para(f"经评价，{q_dist}。现将评价结果公告如下：")
    for _ in range(FILLER_08):
        doc.para(
            "评价工作坚持客观公正、科学规范、绩效导向的原则，综合运用成本效益分析法、比较法、公众评判法等"
            "方法，对项目决策、过程、产出和效益进行全面评价。"
        )
    table = [["序号", "项目名称", "主管部门", "项目单位", "金额（万元）", "得分", "等次"]]
    for i, r in enumerate(rows, start=1):
        table.append([str(i), r[0], r[1], r[2], money(D(r[3])), r[4], r[5]])
    doc.table(
        table,
        [0.9, 4.2, 2.9, 3.1, 1.9, 1.2, 1.4],
        size=10.5,
        font=FANGSONG,
        repeat_header=False,
        align=["c", "l", "l", "l", "r", "c", "c"],
    )
    doc.rows_cant_split((0,))
    doc.para("对评价等次为三等、四等的项目，主管部门应在收到评价报告之日起60日内完成整改。", indent=True)
    doc.para("特此公告。")
    doc.signature("柳汀区财政局", "2024年9月3日")
    doc.footer("emdash")

    fx = fixture(
        "word2_08_table_across_page_break",
        "table over a page break WITHOUT repeated header; a long project name wraps across the break; "
        "grades 一等/二等/三等/四等",
        doc,
        title=title,
        region="柳汀区",
        year=2023,
        tagged=True,
    )
    fx.split_names = {LONG_NAME_08}
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.batch(
        "key",
        "区级财政专项资金绩效评价",
        project_count=n,
        amount=total,
        amount_unit="万元",
        grades={g: cnt[g] for g in order},
    )
    for i, r in enumerate(rows, start=1):
        fx.project(i, r[0], r[1], r[5], "key", score=D(r[4]), amount=D(r[3]), unit="万元")
    fx.notes = (
        "SYNTHETIC district 公告 (2024年第3号) with a two-line 公告 head instead of a letterhead. The results "
        f"table has NO repeated header row; its row {LONG_AT_08} has a long project name that wraps over several "
        f"lines, and the page break falls inside that row, so the name '{LONG_NAME_08}' is split between the "
        "bottom of one page and the top of the next (the row's other cells, shorter, end on the first page). The "
        "break is checked by the generator. department = 主管部门; 项目单位 is a separate column (two rows share "
        "the 项目单位 柳汀区环境卫生管理站). Grades 一等/二等/三等/四等 are the 等次 column's words; the prose "
        "distribution uses the same words (keys). Score bands "
        "(90分以上, 80—89.9分 …) are not scores. Evaluation commissioned by the 区财政局 to a third party → key. 60日 "
        "is a deadline, 2024年第3号 a notice number."
    )
    return fx


# tuned so that the page break falls inside the long row: body paragraphs before the table, the long row's 序号
FILLER_08 = 0
LONG_AT_08 = 6


# =============================================================================================== 09 桐溪县
def f09_plan_no_results() -> Fixture:
    """A plan (通知) for the coming round: planned counts stated with 拟, a table of projects to be evaluated with
    budget amounts (no results), deadlines, contacts, 附件, 抄送."""
    doc = Doc2("桐溪县财政局")
    planned = [
        ("桐溪县教育局", "学前教育发展专项资金", "1,860.00", "第三方评价"),
        ("桐溪县教育局", "普通高中助学金", "436.50", "财政评价"),
        ("桐溪县卫生健康局", "基本药物制度补助资金", "972.00", "第三方评价"),
        ("桐溪县农业农村局", "耕地地力保护补贴", "2,315.80", "第三方评价"),
        ("桐溪县农业农村局", "农业社会化服务项目", "600.00", "财政评价"),
        ("桐溪县交通运输局", "农村客运站点建设补助", "780.00", "第三方评价"),
        ("桐溪县住房和城乡建设局", "城镇燃气管道老化更新改造", "3,250.00", "第三方评价"),
        ("桐溪县民政局", "特困人员救助供养资金", "1,128.40", "第三方评价"),
        ("桐溪县水利局", "山塘水库除险加固工程", "1,540.00", "第三方评价"),
        ("桐溪县林业局", "松材线虫病防治经费", "356.00", "财政评价"),
        ("桐溪县应急管理局", "基层应急救援队伍建设", "268.00", "财政评价"),
        ("桐溪县人力资源和社会保障局", "职业技能提升行动专账资金", "1,016.00", "第三方评价"),
    ]

    doc.red_letterhead("桐溪县财政局文件", "桐财绩〔2024〕12号")
    title = doc.title("桐溪县财政局关于开展2024年度", "财政重点绩效评价工作的通知")
    doc.line("县级各部门、各单位：")
    doc.para(
        "为深入贯彻《中共中央 国务院关于全面实施预算绩效管理的意见》，进一步提高财政资金使用效益，经研究，"
        "决定开展2024年度财政重点绩效评价工作。现将有关事项通知如下："
    )
    doc.heading(1, "一、评价对象")
    doc.para(
        f"拟对县教育局等10个部门的{len(planned)}个项目及2项政策开展财政重点绩效评价，涉及2023年度预算资金约"
        "1.45亿元；拟选取县交通运输局、县林业局开展部门整体支出绩效评价。具体项目见附件1。"
    )
    doc.heading(1, "二、评价内容和方式")
    doc.para(
        "评价内容主要包括项目决策、过程管理、产出和效益四个方面。评价采取第三方评价和财政评价相结合的方式，"
        "第三方机构通过政府采购方式确定。"
    )
    doc.heading(1, "三、时间安排")
    doc.rich(
        [
            ("（一）部门自评阶段（2024年5月31日前）。", KAI, False),
            ("各部门对2023年度全部项目支出开展绩效自评，并将自评报告报送县财政局。", None, False),
        ]
    )
    doc.rich(
        [
            ("（二）现场评价阶段（2024年6月至8月）。", KAI, False),
            ("评价组进驻被评价单位开展资料核查、现场勘查和满意度调查。", None, False),
        ]
    )
    doc.rich(
        [
            ("（三）报告撰写阶段（2024年9月30日前）。", KAI, False),
            ("评价组出具评价报告，评价结果将在县政府门户网站公开。", None, False),
        ]
    )
    doc.heading(1, "四、工作要求")
    doc.para("各部门要高度重视，明确专人负责，积极配合评价组做好资料提供、现场核查等工作，确保评价工作按时完成。")
    doc.para("联系人：县财政局绩效管理股　陈某某，联系电话：0578-6512 3478，电子邮箱：txczjx@example.cn。")
    doc.attachments(["2024年度财政重点绩效评价项目清单", "绩效评价报告参考提纲"])
    doc.signature("桐溪县财政局", "2024年4月22日")
    doc.attachment_head("附件1", "2024年度财政重点绩效评价项目清单")
    doc.unit_line("单位：万元", size=10.5)
    table = [["序号", "主管部门", "项目名称", "2023年预算金额", "评价方式"]]
    for i, (dept, name, amt, how) in enumerate(planned, start=1):
        table.append([str(i), dept, name, amt, how])
    doc.table(table, [1.1, 4.2, 4.6, 2.8, 2.9], size=12, align=["c", "l", "l", "r", "c"])
    doc.attachment_head("附件2", "绩效评价报告参考提纲", new_page=False)
    for i, line in enumerate(
        [
            "项目基本情况",
            "绩效评价工作开展情况",
            "综合评价情况及评价结论",
            "绩效评价指标分析",
            "主要经验及做法、存在的问题及原因分析",
            "有关建议",
        ],
        start=1,
    ):
        doc.para(f"{'一二三四五六'[i - 1]}、{line}")
    doc.imprint("抄送：县委办公室，县人大常委会预算工作委员会，县审计局。", "桐溪县财政局办公室", "2024年4月22日")
    doc.footer("dash", odd_even=True)

    fx = fixture(
        "word2_09_plan_no_results",
        "PLAN notice: 拟… counts, a table of projects to be evaluated (budget, 评价方式), no results; 附件, "
        "抄送, phone, dates",
        doc,
        title=title,
        region="桐溪县",
        year=2024,
        tagged=False,
    )
    fx.notes = (
        "SYNTHETIC plan, NOT results: the county finance bureau announces the 2024 round. Every count is planned "
        "with 拟 (拟对…10个部门的12个项目及2项政策…约1.45亿元；拟选取…开展部门整体支出绩效评价), so no headline "
        "metric, no batch, no project and no department evaluation is in gold. 附件1 lists the 12 projects that WILL "
        "be evaluated with their 2023 budget amounts and "
        "the 评价方式 (第三方评价/财政评价) - these are not results and "
        "must not become projects (no score, no grade). fiscal_year 2024 = the round named in the title; the "
        "evaluated spending is 2023年度. Noise: 文号 桐财绩〔2024〕12号, deadlines (5月31日, 6月至8月, 9月30日), phone "
        "0578-6512 3478, an e-mail address, 附件 lines, 抄送/印发 "
        "版记, odd/even page numbers. 约1.45亿元 is approximate "
        "and planned."
    )
    return fx


# =============================================================================================== 10 东坪市
def f10_letter_grades_noise() -> Fixture:
    """A/B/C/D grades with counts in 项, results in an attachment table, a grade-standard table with bands, and
    heavy noise: running header, 文号, contacts, dates, 附件 lines, 此件公开, 抄送/印发, odd/even page numbers."""
    doc = Doc2("东坪市财政局")
    rows = [
        ("市级工业和信息化发展专项资金", "东坪市工业和信息化局", "93.6", "A"),
        ("市级商贸流通发展专项资金", "东坪市商务局", "85.2", "B"),
        ("市级现代农业发展专项资金", "东坪市农业农村局", "90.4", "A"),
        ("市级旅游发展专项资金", "东坪市文化和旅游局", "78.9", "C"),
        ("市级科技创新发展专项资金", "东坪市科学技术局", "91.8", "A"),
        ("市级人才发展专项资金", "中共东坪市委组织部", "88", "B"),
        ("市级生态环境保护专项资金", "东坪市生态环境局", "86.7", "B"),
        ("市级城乡建设发展专项资金", "东坪市住房和城乡建设局", "82.5", "B"),
        ("市级交通运输发展专项资金", "东坪市交通运输局", "94.1", "A"),
        ("市级就业补助专项资金", "东坪市人力资源和社会保障局", "89.3", "B"),
        ("市级医疗卫生事业发展专项资金", "东坪市卫生健康委员会", "92", "A"),
        ("市级文化产业发展专项资金", "中共东坪市委宣传部", "71.4", "C"),
        ("市级体育事业发展专项资金", "东坪市体育局", "56.3", "D"),
        ("市级养老服务体系建设专项资金", "东坪市民政局", "84.6", "B"),
    ]
    n = len(rows)
    cnt = Counter(r[3] for r in rows)
    amt = D("9.86")

    doc.header("东坪市财政局文件　　东财绩〔2024〕9号", align="right")
    doc.red_letterhead("东坪市财政局", "东财绩〔2024〕9号")
    title = doc.title("东坪市财政局关于2023年度市级财政", "专项资金重点绩效评价结果的通报")
    doc.line("市直各部门：")
    q_key = f"对{n}项市级财政专项资金开展重点绩效评价"
    q_amt = f"涉及资金{amt}亿元"
    doc.para(
        f"2024年1月至3月，市财政局按照《东坪市市级财政专项资金绩效评价办法》（东政办〔2022〕31号）规定，"
        f"{q_key}，{q_amt}。现将有关情况通报如下："
    )
    doc.heading(1, "一、评价结果")
    q_dist = f"评价等级为A的{cnt['A']}项、B的{cnt['B']}项、C的{cnt['C']}项、D的{cnt['D']}项"
    doc.para(f"从评价情况看，{q_dist}，具体结果见附件1。评价等级标准见附件2。")
    doc.heading(1, "二、主要问题")
    doc.para(
        "一是部分专项资金政策目标不够清晰，资金分散、“撒胡椒面”现象仍然存在；二是部分资金分配未严格执行"
        "竞争性分配要求；三是绩效跟踪管理薄弱，个别项目资金沉淀时间较长。"
    )
    doc.heading(1, "三、有关要求")
    doc.para(
        "各主管部门要在收到本通报后30日内，将整改情况报送市财政局。评价等级为C、D的专项资金，2025年预算"
        "原则上分别按不低于10%、30%的比例压减。"
    )
    doc.para("联系人：刘某某，联系电话：0593-8765 4321，传真：0593-8765 4300。")
    doc.attachments(["2023年度市级财政专项资金重点绩效评价结果表", "东坪市财政专项资金绩效评价等级标准"])
    doc.signature("东坪市财政局", "2024年4月16日")
    doc.line("（此件主动公开）", align="left")
    doc.attachment_head("附件1", "2023年度市级财政专项资金重点绩效评价结果表")
    table = [["序号", "专项资金名称", "主管部门", "评价得分", "评价等级"]]
    for i, r in enumerate(rows, start=1):
        table.append([str(i), r[0], r[1], r[2], r[3]])
    doc.table(table, [1.1, 5.6, 4.6, 2.15, 2.15], size=12, align=["c", "l", "l", "c", "c"])
    doc.attachment_head("附件2", "东坪市财政专项资金绩效评价等级标准")
    doc.table(
        [
            ["评价等级", "分值区间", "结果运用"],
            ["A", "90分（含）以上", "优先保障"],
            ["B", "80（含）—90分", "正常安排"],
            ["C", "60（含）—80分", "压减不低于10%"],
            ["D", "60分以下", "压减不低于30%或取消"],
        ],
        [3.0, 5.0, 6.0],
        size=12,
    )
    doc.imprint(
        "抄送：市委办公室，市人大常委会办公室，市政府办公室，市纪委监委，市审计局。",
        "东坪市财政局办公室",
        "2024年4月17日",
    )
    doc.footer("emdash", odd_even=True)
    doc.first_page_without_header("emdash")

    fx = fixture(
        "word2_10_letter_grades_noise",
        "A/B/C/D grades counted in 项, results in 附件1, a grade-standard table of bands; running header, "
        "文号, phones, 此件公开, 抄送/印发",
        doc,
        title=title,
        region="东坪市",
        year=2023,
        tagged=True,
    )
    fx.header_text = "东坪市财政局文件　　东财绩〔2024〕9号"
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", amt, "亿元", q_amt)
    fx.batch(
        "key",
        "市级财政专项资金重点绩效评价",
        project_count=n,
        amount=amt,
        amount_unit="亿元",
        grades={g: cnt[g] for g in "ABCD"},
    )
    for i, r in enumerate(rows, start=1):
        fx.project(i, r[0], r[1], r[3], "key", score=D(r[2]))
    fx.notes = (
        "SYNTHETIC municipal 通报 with a running header (东坪市财政局文件 + 文号) on every page, a red letterhead, "
        "attachments on later pages and a 版记. The count is written in 项 (14项; metric unit kept as 个 for "
        "uniformity). Grades are the letters of the 评价等级 column; the distribution (A的5项、B的6项、C的2项、D的1项) "
        "gives keys A/B/C/D. 附件2 is a table of grade bands (90分（含）以上 …) and budget consequences: it is not a "
        "result table, its rows are not projects and its bands are not scores. No per-project amounts (amount null); "
        "the batch amount 9.86亿元 is stated in prose. 10%/30% are budget cuts, not shares. Noise: 东政办〔2022〕31号, "
        "2024年1月至3月, 30日内, phone and fax numbers, （此件主动公开）, 抄送/印发 dates."
    )
    return fx


# =============================================================================================== 11 芦湾县
def f11_yuan_two_shares() -> Fixture:
    """Amounts in 元 with thousands separators; each grade with a count share AND an amount share and a per-grade
    amount; the results table has a grade and no score; table text in 微软雅黑."""
    doc = Doc2("芦湾县财政局")
    rows = [
        ("县人民医院医疗设备更新项目", "芦湾县卫生健康局", "23500000.00", "优"),
        ("农村生活污水治理设施运维", "芦湾县农业农村局", "8642300.00", "良"),
        ("城乡义务教育公用经费保障", "芦湾县教育局", "31260000.00", "优"),
        ("县域公交运营补贴", "芦湾县交通运输局", "12400000.00", "差"),
        ("基层公共文化服务提升", "芦湾县文化和广电旅游体育局", "2135600.00", "良"),
        ("防汛抗旱应急能力建设", "芦湾县水利局", "6870000.00", "良"),
        ("老年人意外伤害保险补助", "芦湾县民政局", "1486500.00", "中"),
        ("城区道路修复改造工程", "芦湾县住房和城乡建设局", "18762400.50", "良"),
        ("森林抚育和生态公益林管护", "芦湾县林业局", "5320000.00", "良"),
        ("重点人群免费健康体检", "芦湾县卫生健康局", "3964200.00", "优"),
        ("农产品质量安全监管", "芦湾县农业农村局", "1250000.00", "中"),
        ("中小学校安全设施改造", "芦湾县教育局", "9800000.00", "优"),
        ("职业技能培训补贴", "芦湾县人力资源和社会保障局", "4620000.00", "良"),
        ("城市照明节能改造", "芦湾县城市管理局", "7369400.00", "中"),
        ("农村危房改造补助", "芦湾县住房和城乡建设局", "11846000.00", "良"),
        ("残疾人两项补贴", "芦湾县残疾人联合会", "12680100.00", "优"),
        ("招商引资专项经费", "芦湾县商务局", "32600000.00", "良"),
        ("数字乡村试点建设", "芦湾县农业农村局", "28450000.00", "良"),
        ("食品药品检验检测能力建设", "芦湾县市场监督管理局", "14250000.00", "良"),
        ("城乡供水一体化工程", "芦湾县水利局", "49237420.00", "良"),
    ]
    n = len(rows)
    total = sum(D(r[2]) for r in rows)
    order = ["优", "良", "中", "差"]
    cnt = Counter(r[3] for r in rows)
    by_amt = {g: sum(D(r[2]) for r in rows if r[3] == g) for g in order}
    share_n = {g: pct(cnt[g], n) for g in order}
    share_a = {g: pct(by_amt[g], total, 2) for g in order}

    title = doc.title("芦湾县2023年度财政重点绩效评价结果", size=20)
    doc.line("芦湾县财政局　2024年7月30日", align="center", size=14, after=8)
    q_key = f"县财政局对{n}个项目开展重点绩效评价"
    q_amt = f"涉及资金{money(total)}元"
    doc.para(f"按照县委、县政府全面实施预算绩效管理的工作部署，2024年，{q_key}，{q_amt}。评价结果如下：")
    parts = []
    for i, g in enumerate(order):
        if i == 0:
            parts.append(
                f"评价结果为“{g}”的项目{cnt[g]}个，占项目总数的{pct_text(share_n[g])}，涉及资金"
                f"{money(by_amt[g])}元，占评价资金总额的{share_a[g]}%"
            )
        else:
            parts.append(
                f"“{g}”的项目{cnt[g]}个，占{pct_text(share_n[g])}，涉及资金{money(by_amt[g])}元，占{share_a[g]}%"
            )
    doc.para("；".join(parts) + "。")
    doc.para(
        "总体来看，被评价项目决策依据较为充分，资金管理基本规范，大部分项目实现了预期绩效目标。但也存在部分"
        "项目绩效目标设定不够明确、资金使用效率不高、项目后续管护机制不健全等问题。"
    )
    doc.caption("芦湾县2023年度财政重点绩效评价项目结果表", font=HEI, size=14)
    doc.unit_line("单位：元", size=10.5)
    table = [["序号", "项目名称", "主管部门", "评价金额", "评价结果"]]
    for i, r in enumerate(rows, start=1):
        table.append([str(i), r[0], r[1], money(D(r[2])), r[3]])
    table.append(["合计", LEFT, LEFT, money(total), None])
    doc.table(
        table, [1.1, 5.0, 4.4, 3.0, 2.1], size=10.5, font=YAHEI, header_font=YAHEI, align=["c", "l", "l", "r", "c"]
    )
    doc.style_last_table(shade="DEEAF6", bold_header=True)
    doc.para("下一步，县财政局将督促相关部门对评价发现的问题逐项整改，并将评价结果与2025年度预算安排挂钩。")
    doc.footer("dash", size=12)

    fx = fixture(
        "word2_11_yuan_two_shares",
        "amounts in 元 with separators; per grade a count share AND an amount share and a per-grade "
        "amount; grade without score; 微软雅黑 table",
        doc,
        title=title,
        region="芦湾县",
        year=2023,
        tagged=False,
    )
    fx.metric("key_evaluated_projects", n, "个", q_key)
    fx.metric("key_evaluated_amount", total, "元", q_amt)
    fx.batch(
        "key",
        "财政重点绩效评价",
        project_count=n,
        amount=total,
        amount_unit="元",
        grades={g: cnt[g] for g in order},
        grade_shares_pct=share_n,
    )
    for i, r in enumerate(rows, start=1):
        fx.project(i, r[0], r[1], r[3], "key", amount=D(r[2]), unit="元")
    fx.notes = (
        "SYNTHETIC county results page. fiscal_year 2023 from the title (the evaluation ran in 2024). Every amount is "
        f"in 元 with thousands separators ({money(total)}元). Each grade has TWO shares: by count (占项目总数的25% …) "
        "and by amount (占评价资金总额的… with two decimals); grade_shares_pct holds the count shares only, the "
        "amount shares and the per-grade amounts (涉及资金…元) are not in gold. Only the first grade carries the long "
        "wording; the others say 占X%，涉及资金Y元，占Z% - the first percentage is the count share. The table has "
        "评价结果 (grade) and 评价金额 (unit 元 only in 单位：元) and no "
        "score column (score null). The 合计 row is not a "
        "project. Table text in 微软雅黑 (a WenQuanYi face here) with a light-blue header."
    )
    return fx


# =============================================================================================== 12 青岚区
def f12_district_units_parents() -> Fixture:
    """District round with Word auto-numbered headings, key projects as a Word list labelled 项目1：…, 主管部门 and
    评价结果 on their own lines; 复核 grades 优/良/中/低; whole-unit evaluations of subordinate units (parents)."""
    doc = Doc2("青岚区财政局", list_suffix="nothing")
    key = [
        ("区智慧城管平台运维经费", "青岚区综合行政执法局", "良"),
        ("义务教育阶段课后服务补助", "青岚区教育局", "优"),
        ("公办幼儿园保教费补助", "青岚区教育局", "良"),
        ("社区卫生服务中心标准化建设", "青岚区卫生健康局", "优"),
        ("农村集体经济发展扶持资金", "青岚区农业农村局", "中"),
        ("“青岚英才”人才引育专项", "中共青岚区委组织部", "良"),
        ("道路交通设施提升改造", "青岚区交通运输局", "良"),
        ("居家养老上门服务补贴", "青岚区民政局", "优"),
    ]
    n_key, n_key_dept = len(key), len({k[1] for k in key})
    key_yi = D("2.46")
    rev = {"优": 38, "良": 44, "中": 10, "低": 3}
    n_rev = sum(rev.values())
    n_self = 612
    rev_yi = D("3.18")

    title = doc.title("青岚区2023年度预算绩效管理工作情况")
    doc.heading(1, "工作开展情况", numbered=True)
    doc.heading(2, "绩效自评全覆盖", numbered=True)
    q_self = f"全区各部门对2022年度{n_self}个项目开展绩效自评"
    doc.para(f"2023年，{q_self}，自评范围覆盖全部区级项目支出。")
    doc.heading(2, "自评结果复核", numbered=True)
    q_ratio = "区财政局按照15%的比例对部门自评结果进行复核"
    q_rev = f"复核项目{n_rev}个，涉及资金{rev_yi}亿元"
    doc.para(f"{q_ratio}，{q_rev}。")
    doc.heading(2, "财政重点评价", numbered=True)
    q_key = f"区财政局选取{n_key}个项目开展重点绩效评价，涉及资金{key_yi}亿元，涉及{n_key_dept}个部门"
    doc.para(f"{q_key}。")
    doc.heading(1, "绩效评价结果", numbered=True)
    doc.heading(2, "复核结果", numbered=True)
    q_dist = f"复核结果为“优”的{rev['优']}个，“良”的{rev['良']}个，“中”的{rev['中']}个，“低”的{rev['低']}个"
    doc.para(f"{q_dist}。复核发现，部分项目自评得分偏高，绩效指标完成值缺乏佐证。")
    doc.heading(2, "重点评价结果", numbered=True)
    doc.para("重点评价结果如下：")
    lst = doc.new_list("xiangmu", suffix="nothing")
    for name, dept, grade in key:
        doc.item(lst, name, indent=True)
        doc.para(f"主管部门：{dept}")
        doc.para(f"评价结果：{grade}。")
    doc.heading(2, "单位整体支出评价结果", numbered=True)
    q_dep = "区财政局对区卫生健康局下属区妇幼保健院和区教育局下属区职业高级中学2家单位开展整体支出绩效评价"
    doc.para(f"{q_dep}，评价结果分别为“优”和“良”。")
    doc.heading(1, "下一步工作", numbered=True)
    doc.para("区财政局将持续深化预算绩效管理改革，扩大重点评价覆盖面，推动评价结果与预算安排有机衔接。")
    doc.signature("青岚区财政局", "2024年5月27日")
    doc.footer("dash")

    fx = fixture(
        "word2_12_district_units_parents",
        "Word auto-numbered headings, key projects as a Word list 项目1：… with 主管部门/评价结果 lines, 复核 "
        "grades 优/良/中/低, subordinate units with parents",
        doc,
        title=title,
        region="青岚区",
        year=2023,
        tagged=True,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("sampling_ratio", 15, "%", q_ratio)
    fx.metric("sampled_projects", n_rev, "个", q_rev)
    fx.metric("sampled_amount", rev_yi, "亿元", q_rev)
    fx.metric("key_evaluated_projects", n_key, "个", q_key)
    fx.metric("key_evaluated_amount", key_yi, "亿元", q_key)
    fx.metric("key_evaluated_departments", n_key_dept, "个", q_key)
    fx.metric("department_overall_evaluations", 2, "个", q_dep)
    fx.batch("self", "绩效自评", project_count=n_self)
    fx.batch("sampling", "自评结果复核", project_count=n_rev, amount=rev_yi, amount_unit="亿元", grades=rev)
    fx.batch("key", "财政重点评价", project_count=n_key, department_count=n_key_dept, amount=key_yi, amount_unit="亿元")
    fx.batch("department_overall", "单位整体支出绩效评价", project_count=2, department_count=2)
    for i, (name, dept, grade) in enumerate(key, start=1):
        fx.project(i, name, dept, grade, "key")
    fx.unit("区妇幼保健院", "区卫生健康局", "优")
    fx.unit("区职业高级中学", "区教育局", "良")
    fx.notes = (
        "SYNTHETIC district report. ALL numbering is Word auto-numbering: headings 一、/（一） and the key-project "
        "labels 项目1： … 项目8： are drawn by LibreOffice (in the PDF text, not in the .docx text); each key project "
        "is three paragraphs: the numbered name, 主管部门：X, "
        "评价结果：Y。 (as in the seed, but the label is not typed). "
        "Project 6's name carries curly quotes (“青岚英才”人才引育专项). The 复核 (review of self-evaluations) is the "
        "sampling batch; sampling_ratio 15 is the stated ratio (95/612 = 15.5%); its grades use 低 as the lowest "
        "band. The key batch has grades=null although counting the 8 results gives "
        f"{counted([k[2] for k in key])}. The two whole-unit evaluations are subordinate units (下属) of a "
        "department: unit = 区妇幼保健院 / 区职业高级中学, parent_department = 区卫生健康局 / 区教育局, grades zipped "
        "from 分别为“优”和“良”. The self-evaluation covers 2022年度 spending; fiscal_year 2023 is the title's year."
    )
    return fx


FIXTURES = [
    f01_county_score_table,
    f02_city_numbered_projects,
    f03_district_subtotals,
    f04_department_overall_table,
    f05_bond_landscape,
    f06_department_self_eval_yuan,
    f07_batches_one_paragraph,
    f08_table_across_page_break,
    f09_plan_no_results,
    f10_letter_grades_noise,
    f11_yuan_two_shares,
    f12_district_units_parents,
]


# ------------------------------------------------------------------------------------------------ checks
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")
_WS = re.compile(r"\s+")


def _flat(pages: list[str], header: str | None) -> str:
    """Page texts joined, page numbers and the running header dropped, whitespace removed."""
    head = _WS.sub("", header) if header else None
    kept = []
    for text in pages:
        for line in text.splitlines():
            if _PAGE_NUMBER.match(line):
                continue
            if head and _WS.sub("", line) == head:
                continue
            kept.append(line)
    return _WS.sub("", "".join(kept))


def _gold_strings(fx: Fixture) -> list[tuple[str, str]]:
    out = [("title", fx.title)] if fx.title else []
    out += [("quote", m["quote"]) for m in fx.metrics]
    for p in fx.projects:
        out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
    for u in fx.units:
        out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
    return out


def check_pdf2(pdf: Path, fx: Fixture) -> tuple[list[str], dict[str, Any]]:
    """The PDF as a pipeline sees it, with both text engines: CJK text on every page, no (cid:…), ruled tables
    found, landscape pages iff landscape sections, every gold string in the text (a name the fixture means to cut
    by a page break must be cut, and its two halves must be on consecutive pages)."""
    import pdfplumber
    import pypdfium2

    problems: list[str] = []
    info: dict[str, Any] = {}
    pdfium = pypdfium2.PdfDocument(str(pdf))
    pages_a, landscape = [], 0
    for i in range(len(pdfium)):
        page = pdfium[i]
        w, h = page.get_size()
        landscape += w > h
        text = page.get_textpage().get_text_range()
        pages_a.append(text)
        if len(_CJK.findall(text)) < 20:
            problems.append(f"page {i + 1}: PDFium finds little CJK text")
    pdfium.close()
    pages_b, tables = [], 0
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            text = page.extract_text() or ""
            if "(cid:" in text:
                problems.append(f"page {i + 1}: pdfplumber gives (cid:…)")
            if len(_CJK.findall(text)) < 20:
                problems.append(f"page {i + 1}: pdfplumber finds little CJK text")
            found = page.find_tables()
            tables += len(found)
            cells = [c for t in found for row in t.extract() for c in row if c]
            # wrapped cells are interleaved line by line in extract_text: add the cells' own texts
            pages_b.append(text + "\n" + "\n".join(cells))
    info.update(pages=len(pages_a), tables=tables, landscape=landscape)
    if tables < fx.doc.table_count:
        problems.append(f"pdfplumber finds {tables} tables, the document has {fx.doc.table_count}")
    if bool(landscape) != bool(fx.doc.landscape_sections):
        problems.append(f"{landscape} landscape pages, {fx.doc.landscape_sections} landscape sections")
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        flat = _flat(pages, fx.header_text)
        for kind, s in _gold_strings(fx):
            s0 = _WS.sub("", s)
            if s in fx.split_names:
                if s0 in flat:
                    problems.append(f"{engine}: '{s}' was meant to be cut by a page break but is whole")
                elif not _split_over_pages(pages, s0, fx.header_text):
                    problems.append(f"{engine}: '{s}' is not found in two halves on consecutive pages")
                continue
            if s0 not in flat:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    if fx.split_names:
        info["split"] = sorted(fx.split_names)
    return problems, info


def _split_over_pages(pages: list[str], name: str, header: str | None) -> bool:
    flats = [_flat([p], header) for p in pages]
    for a, b in pairwise(flats):
        for k in range(2, len(name) - 1):
            if name[:k] in a and name[k:] in b and name[: k + 1] not in a:
                return True
    return False


def render(pdf: Path, out_dir: Path, pages: list[int], scale: float = 1.3) -> list[Path]:
    import pypdfium2

    out_dir.mkdir(parents=True, exist_ok=True)
    doc = pypdfium2.PdfDocument(str(pdf))
    paths = []
    for i in pages:
        if i < len(doc):
            path = out_dir / f"{pdf.stem}_p{i + 1}.png"
            doc[i].render(scale=scale).to_pil().save(path)
            paths.append(path)
    doc.close()
    return paths


# ------------------------------------------------------------------------------------------------ README
README_HEAD = """# Word-made fixtures, second set (`word2_*`)

Budget-performance reports written as Word documents (python-docx) and exported to PDF by LibreOffice headless,
the way bureaus publish them, each with its gold (`<name>.json`, the real corpus's gold format plus
`"synthetic": true`; `notes` explains every judgement call). Generated by `tools/make_word_fixtures_2.py`:

    .venv/bin/python tools/make_word_fixtures_2.py [OUT_DIR]     # default tests/fixtures/word2

This set was written by a different author from `tests/fixtures/word` (make_word_fixtures.py), without reading
the parser or the first set's fixtures, in other bureaus' styles, so that the parser is measured on documents it
was not tuned on. It reuses only the 公文 builder (tools/word_doc.py) and the docx→PDF conversion of
make_word_fixtures.py (LibreOffice with a private profile and the font substitutions of tools/word_fonts.conf).

Everything is SYNTHETIC: regions, departments, units, projects, bonds, people, phone numbers and figures are
invented; any likeness to a real place's figures is accidental.

The generator checks the gold against the document text before converting, then reads every PDF back with PDFium
and pdfplumber: CJK text on every page, no `(cid:…)`, the ruled tables found by pdfplumber, landscape pages where
the document has a landscape section, and every gold title, quote, name, department, unit and grade in the text
(page numbers and running headers removed). In `word2_08` one project name is meant to be cut by a page break; the
check requires that it IS cut, in two halves on consecutive pages.

The PDFs' bytes are not reproducible (LibreOffice stamps dates and IDs); their content is.

| fixture | pages | tables found by pdfplumber (one per page part) | what it exercises |
|---|---|---|---|
"""


def write_readme(out_dir: Path, fixtures: list[Fixture], infos: dict[str, dict[str, Any]], seconds: float) -> None:
    lines = [README_HEAD.rstrip("\n")]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        extra = []
        if info.get("landscape"):
            extra.append(f"{info['landscape']} landscape page(s)")
        extra.append("tagged PDF" if fx.tagged else "untagged PDF")
        lines.append(
            f"| `{fx.name}` | {info.get('pages', '?')} | {info.get('tables', '?')} | {fx.what} ({', '.join(extra)}) |"
        )
    lines.append("")
    lines.append(f"Last generation: {len(fixtures)} fixtures in {seconds:.1f} s (conversion and checks).")
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_gold(fx: Fixture, out_dir: Path) -> None:
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
    parser.add_argument("--render", type=Path, metavar="DIR", help="render pages 1-2 of each PDF to PNG in DIR")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    soffice = find_soffice()
    check_fonts()
    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    fixtures = [make() for make in FIXTURES]
    if args.only:
        fixtures = [fx for fx in fixtures if any(part in fx.name for part in args.only)]
    failed = False
    for fx in fixtures:
        problems = fx.check()
        if problems:
            failed = True
            print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
    if failed:
        return 1

    with tempfile.TemporaryDirectory(prefix="jixiao-word2-") as tmp:
        work = Path(tmp)
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
        groups = {t: [work / f"{fx.name}.docx" for fx in fixtures if fx.tagged == t] for t in (True, False)}
        with ThreadPoolExecutor(max_workers=2) as pool:
            for job in [pool.submit(convert, soffice, files, out_dir, t) for t, files in groups.items()]:
                job.result()
        for fx in fixtures:
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            write_gold(fx, out_dir)
    converted = time.perf_counter()
    print(f"{len(fixtures)} fixtures written to {out_dir} in {converted - started:.1f} s")

    infos: dict[str, dict[str, Any]] = {}
    if not args.no_check:
        for fx in fixtures:
            problems, info = check_pdf2(out_dir / f"{fx.name}.pdf", fx)
            infos[fx.name] = info
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            split = f" (cut by a page break as intended: {'、'.join(info['split'])})" if info.get("split") else ""
            print(f"  {fx.name}: {info['pages']} pages, {info['tables']} tables: {status}{split}")
            failed = failed or bool(problems)
        print(f"checked in {time.perf_counter() - converted:.1f} s")
    if args.render:
        for fx in fixtures:
            render(out_dir / f"{fx.name}.pdf", args.render, [0, 1])
    if not args.only:
        write_readme(out_dir, fixtures, infos, time.perf_counter() - started)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
