"""A tenth, independent set of Word-made fixtures (`word10_*`): budget-performance reports written as Word documents
(python-docx) and exported to PDF by LibreOffice headless, the way county, city and provincial bureaus publish them.

Written by a tenth author from the genre (the real corpus's README, gold files and texts, and bureau pages), without
reading the parser, the scorer or the other sets' fixtures, so that the parser is measured on documents it never
saw ("first sight"). Mostly ORDINARY reports:

- a county finance bureau's annual 预算绩效管理工作情况 (自评 / 抽评 with shares / 重点评价 table / 部门整体 in prose);
- a city's 重点绩效评价结果通报 in 亿元 with Word auto-numbered headings and a table without 序号 or amounts;
- a district's 部门整体 results in 元 with units merged under their 主管部门;
- a county's 自评抽查复核 通报 with two scores (单位自评得分 | 复核得分);
- a provincial department's own 自评 report of one project (score in prose, indicator table);
- a city's 专项债券 公示 on landscape pages, its table across pages under a repeated header;
- a county's 政策 evaluation results; a county's 乡镇 grading; a city grading its 县区 in prose lists;
- one difficulty: a county's 通报 printed, stamped and scanned (image-only PDF).

Everything is SYNTHETIC: the regions (澄岚县, 沄川市, 漱石区, 琅桥县, 澈江省, 砚溪市, 枫溆县, 岑湄县, 黛峰市, 汐洋县),
departments, units, projects and figures are invented.

Every gold file is written from the same data as its document and checked before it is written: every quote, name,
department, grade and label in the docx text, every number in the docx text (metric values in their own quotes); then
the same strings in the exported PDF's text layer by PDFium and by pdfplumber (table cells read cell by cell too); for
the scanned report against the PDF before it is rasterised, and the published scan is checked to have no text layer.

Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts of tools/make_word_fixtures.py and the
mechanics of tools/make_word_fixtures_3.py (Doc3, convert3, rasterise, number helpers).

Usage: python tools/make_word_fixtures_10.py [OUT_DIR] [--only NAME ...] [--keep-docx]
       (default OUT_DIR tests/fixtures/word10)
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
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.enum.section import WD_ORIENT
from docx.shared import Cm
from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import Doc3, convert3, money, no_text_layer, pct, rasterise
from word_doc import LEFT, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word10"
D = Decimal
SYNTH = "SYNTHETIC document (tools/make_word_fixtures_10.py): region, departments, projects and figures invented. "


# ------------------------------------------------------------------------------------------------ gold
@dataclass
class Gold:
    """The gold of one fixture, built from the same data as its document. Every number is given as the string the
    document prints, so that the check can find it in the text."""

    title: str | None
    region: str | None
    fiscal_year: int | None
    notes: str
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)  # printed forms that must be in the text
    strings: list[str] = field(default_factory=list)  # names, grades, quotes, labels that must be in the text

    def n(self, raw: str | None) -> int | float | None:
        if raw is None:
            return None
        self.numbers.append(raw)
        value = D(raw.replace(",", ""))
        return int(value) if "." not in raw else float(value)

    def s(self, text: str | None) -> str | None:
        if text:
            self.strings.append(text)
        return text

    def metric(self, metric: str, raw: str, unit: str, quote: str) -> None:
        assert raw in quote, (metric, raw, quote)
        self.metrics.append({"metric": metric, "value": self.n(raw), "unit": unit, "quote": self.s(quote)})

    def batch(self, type_: str, label: str, *, count: str | None = None, departments: str | None = None,
              amount: str | None = None, unit: str | None = None, grades: dict[str, str] | None = None,
              shares: dict[str, str] | None = None) -> None:  # fmt: skip
        self.batches.append({
            "type": type_,
            "label_zh": self.s(label),
            "project_count": self.n(count),
            "department_count": self.n(departments),
            "amount": self.n(amount),
            "amount_unit": unit,
            "grades": {self.s(k): self.n(v) for k, v in grades.items()} if grades else None,
            "grade_shares_pct": {self.s(k): self.n(v) for k, v in shares.items()} if shares else None,
        })  # fmt: skip

    def project(self, seq: int, name: str, department: str | None, grade: str | None, score: str | None,
                amount: str | None, unit: str | None, batch_type: str) -> None:  # fmt: skip
        self.projects.append({
            "seq": seq, "name": self.s(name), "department": self.s(department), "grade": self.s(grade),
            "score": self.n(score), "amount": self.n(amount), "amount_unit": unit if amount else None,
            "batch_type": batch_type,
        })  # fmt: skip

    def unit(self, unit: str, parent: str | None, grade: str | None, score: str | None) -> None:
        self.units.append(
            {"unit": self.s(unit), "parent_department": self.s(parent), "grade": self.s(grade), "score": self.n(score)}
        )

    def json(self) -> dict[str, Any]:
        if self.title:
            self.s(self.title)
        return {
            "source_url": None,
            "synthetic": True,
            "title": self.title,
            "region": self.region,
            "fiscal_year": self.fiscal_year,
            "headline_metrics": self.metrics,
            "evaluation_batches": self.batches,
            "projects": self.projects,
            "department_evaluations": self.units,
            "notes": SYNTH + self.notes,
        }


@dataclass
class Fx:
    name: str
    what: str
    doc: Doc3
    gold: Gold
    scan: dict[str, Any] | None = None
    chrome: list[str] = field(default_factory=list)  # running header texts stripped before matching


def landscape_doc(doc: Doc3) -> None:
    """The whole document on landscape pages (a 公示 typed straight into a landscape template)."""
    section = doc.docx.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.3)
    section.left_margin, section.right_margin = Cm(2.54), Cm(2.54)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.2)
    doc.landscape_sections += 1


def grade_phrase(counts: dict[str, int], template: str, sep: str = "，") -> str:
    return sep.join(template.format(g=g, n=n) for g, n in counts.items())


# ================================================================================ 01 澄岚县 annual
def f01_chenglan_annual() -> Fx:
    key = [
        ("农村公路提档升级工程", "县交通运输局", "2316.80", "88.6", "良"),
        ("义务教育学校标准化建设项目", "县教育局", "1845.00", "92.1", "优"),
        ("高标准农田建设补助资金", "县农业农村局", "1520.50", "85.3", "良"),
        ("城乡居民医保财政补助", "县医疗保障局", "1204.00", "90.4", "优"),
        ("城区雨污分流改造工程", "县住房和城乡建设局", "986.70", "78.2", "中"),
        ("困难群众救助补助资金", "县民政局", "742.30", "87.0", "良"),
        ("县域商业体系建设专项资金", "县商务局", "587.00", "73.5", "中"),
        ("公共文化服务体系建设经费", "县文化和旅游局", "450.00", "82.6", "良"),
    ]
    key_total = money(sum(D(a) for _, _, a, _, _ in key))
    assert key_total == "9,652.30"
    key_grades = Counter(g for *_, g in key)
    self_grades = {"优": 1021, "良": 187, "中": 31, "差": 7}
    self_n = sum(self_grades.values())
    samp = {"优": 42, "良": 71, "中": 13, "差": 2}
    samp_n = sum(samp.values())
    samp_pct = {g: str(pct(n, samp_n)) for g, n in samp.items()}
    ratio = str(pct(samp_n, self_n))

    doc = Doc3("澄岚县财政局")
    doc.footer("emdash")
    title = doc.title("澄岚县财政局", "关于2023年度预算绩效管理工作情况的报告")
    doc.line("县人民政府：", before=6)
    doc.para(
        "2023年，我局认真贯彻全面实施预算绩效管理的各项部署，围绕“花钱必问效、无效必问责”的要求，"
        "扎实推进事前绩效评估、绩效目标管理、绩效运行监控、绩效评价和结果应用，现将有关情况报告如下。"
    )
    doc.heading(1, "一、单位绩效自评全面覆盖")
    q_self = f"对2023年度{self_n}个项目开展绩效自评"
    q_amt = "涉及资金186,437.52万元"
    q_dep = "全县58个预算部门（单位）"
    doc.para(
        f"{q_dep}按照“谁支出、谁自评”的原则，{q_self}，{q_amt}，自评覆盖率100%。从自评结果看，"
        + grade_phrase(self_grades, "“{g}”的{n}个")
        + "。总体上，项目资金使用较为规范，绩效目标基本实现。"
    )
    doc.heading(1, "二、财政抽评质量稳步提升")
    q_samp = f"抽取{samp_n}个项目开展财政抽评"
    q_ratio = f"抽评比例{ratio}%"
    q_samp_amt = "涉及资金21,864.07万元"
    doc.para(
        f"在单位自评基础上，我局按照资金规模和行业分布，{q_samp}，{q_ratio}，{q_samp_amt}。抽评结果为："
        + "；".join(f"“{g}”{n}个，占{samp_pct[g]}%" for g, n in samp.items())
        + "。抽评发现，部分单位绩效目标设置不够细化量化，自评打分偏高，佐证资料不全。"
    )
    doc.heading(1, "三、重点绩效评价聚焦民生")
    q_key = f"选取{len(key)}个项目开展重点绩效评价"
    q_key_amt = f"涉及资金{key_total}万元"
    doc.para(
        f"围绕县委、县政府中心工作，我局委托第三方机构{q_key}，{q_key_amt}。评价等级为"
        + grade_phrase({g: key_grades[g] for g in ("优", "良", "中")}, "“{g}”的{n}个")
        + "，无“差”等级项目。具体结果见下表。"
    )
    doc.caption("2023年度重点绩效评价项目结果表")
    doc.unit_line()
    rows = [["序号", "项目名称", "主管部门", "资金规模", "评价得分", "评价等级"]]
    for i, (name, dep, amt, score, grade) in enumerate(key, 1):
        rows.append([str(i), name, dep, money(D(amt)), score, grade])
    rows.append(["合计", LEFT, LEFT, key_total, None, None])
    doc.table(rows, [1.2, 5.6, 3.4, 2.2, 1.8, 1.6], align=["c", "l", "l", "r", "c", "c"], size=11)
    doc.heading(1, "四、部门整体支出评价有序扩面")
    q_dept = "选取县农业农村局、县卫生健康局2个部门开展部门整体支出绩效评价"
    q_dept_amt = "涉及资金12,085.66万元"
    doc.para(
        f"为推动绩效管理由项目向部门延伸，{q_dept}，{q_dept_amt}。评价结果分别为“良”（86.5分）和“优”（91.2分），"
        "两个部门整体支出管理较为规范，但在中长期规划与年度预算衔接方面仍有提升空间。"
    )
    doc.heading(1, "五、评价结果应用")
    doc.para(
        "评价结果已按规定反馈被评价部门，并作为2024年度预算安排的重要依据。对评价等级为“中”的2个项目，"
        "压减2024年度预算共计186万元；对连续两年自评结果为“差”的项目，原则上不再安排预算。"
    )
    doc.heading(1, "六、下一步工作打算")
    doc.para(
        "一是健全绩效指标体系，分行业、分领域完善共性指标；二是加强第三方机构管理，提高评价质量；"
        "三是推进绩效信息公开，主动接受社会监督。"
    )
    doc.signature("澄岚县财政局", "2024年4月18日")

    g = Gold(title, "澄岚县", 2023,
             "Annual work report of a county finance bureau addressed to the county government. fiscal_year = 2023 "
             "(title '2023年度'); published 2024. Self-evaluation distribution is stated in prose (no shares); "
             "the sampling shares are printed. The key-evaluation batch grades are the stated counts ('“优”的2个…'); "
             "'无“差”等级项目' is an explicit zero kept as 差: 0. The 部门整体 results use '分别为' to zip names with "
             "grades and scores (first name ↔ first result). department = the 主管部门 column as printed (县…局). "
             "Distractors: '压减2024年度预算共计186万元', '自评覆盖率100%'.")  # fmt: skip
    g.metric("self_evaluated_projects", str(self_n), "个", q_self)
    g.metric("self_evaluated_amount", "186,437.52", "万元", q_amt)
    g.metric("involved_departments", "58", "个", q_dep)
    g.metric("sampled_projects", str(samp_n), "个", q_samp)
    g.metric("sampling_ratio", ratio, "%", q_ratio)
    g.metric("sampled_amount", "21,864.07", "万元", q_samp_amt)
    g.metric("key_evaluated_projects", str(len(key)), "个", q_key)
    g.metric("key_evaluated_amount", key_total, "万元", q_key_amt)
    g.metric("department_overall_evaluations", "2", "个", q_dept)
    g.metric("department_overall_amount", "12,085.66", "万元", q_dept_amt)
    g.batch("self", "绩效自评", count=str(self_n), departments="58", amount="186,437.52", unit="万元",
            grades={k: str(v) for k, v in self_grades.items()})  # fmt: skip
    g.batch("sampling", "财政抽评", count=str(samp_n), amount="21,864.07", unit="万元",
            grades={k: str(v) for k, v in samp.items()}, shares=samp_pct)  # fmt: skip
    g.batch("key", "重点绩效评价", count=str(len(key)), amount=key_total, unit="万元",
            grades={"优": "2", "良": "4", "中": "2", "差": "0"})  # fmt: skip
    g.batch("department_overall", "部门整体支出绩效评价", count="2", departments="2", amount="12,085.66", unit="万元")
    for i, (name, dep, amt, score, grade) in enumerate(key, 1):
        g.project(i, name, dep, grade, score, money(D(amt)), "万元", "key")
    g.unit("县农业农村局", None, "良", "86.5")
    g.unit("县卫生健康局", None, "优", "91.2")
    return Fx(
        "word10_01_chenglan_annual",
        "county annual work report: 自评/抽评 with shares/重点 table with 合计/部门整体 in prose",
        doc,
        g,
    )


# ================================================================================ 02 沄川市 key notice
def f02_yunchuan_key() -> Fx:
    projects = [
        ("市区生活垃圾分类处理补助", "市城市管理局", "91.5", "优秀", ""),
        ("中心城区智慧停车系统建设", "市城市管理局", "83.0", "良好", "跨年度项目"),
        ("职业技能提升行动专项资金", "市人力资源和社会保障局", "88.2", "良好", ""),
        ("中小学校舍维修改造资金", "市教育局", "93.4", "优秀", ""),
        ("公立医院综合改革补助", "市卫生健康委员会", "86.7", "良好", ""),
        ("养老服务体系建设补助", "市民政局", "81.9", "良好", ""),
        ("市级科技创新券补助", "市科学技术局", "74.6", "一般", "政策类"),
        ("农产品质量安全监管经费", "市农业农村局", "84.1", "良好", ""),
        ("城市公交运营补贴", "市交通运输局", "68.3", "一般", "政策类"),
        ("全域旅游宣传推广经费", "市文化广电旅游局", "57.8", "较差", ""),
        ("饮用水水源地保护工程", "市生态环境局", "90.6", "优秀", "跨年度项目"),
        ("市场主体培育扶持资金", "市商务局", "80.5", "良好", ""),
    ]
    order = ("优秀", "良好", "一般", "较差")
    counts = Counter(p[3] for p in projects)
    shares = {g: str(pct(counts[g], len(projects))).removesuffix(".0") for g in order}

    doc = Doc3("沄川市财政局")
    doc.red_letterhead("沄川市财政局文件", "沄财绩〔2024〕31号")
    title = doc.title("沄川市财政局关于2024年度市级财政", "重点绩效评价结果的通报")
    doc.line("市级各部门、各单位：", before=6)
    q_key = f"对{len(projects)}个市级项目开展了财政重点绩效评价"
    q_amt = "涉及财政资金8.64亿元"
    doc.para(
        "根据《沄川市市级预算绩效管理办法》（沄政办发〔2021〕9号）和年度预算绩效管理工作安排，"
        f"市财政局会同有关部门，通过政府采购委托第三方机构，{q_key}，{q_amt}。现将评价结果通报如下："
    )
    doc.heading(1, "总体评价结果", numbered=True)
    doc.para(
        f"本次评价的{len(projects)}个项目中，"
        + "，".join(f"评价结果为“{g}”的{counts[g]}个，占{shares[g]}%" for g in order)
        + "。从评价情况看，大部分项目立项依据充分，资金管理较为规范，产出和效益基本达到预期。"
    )
    doc.heading(1, "各项目评价结果", numbered=True)
    doc.para("各项目评价得分及评价结果如下表（按部门排列）：")
    rows = [["项目名称", "主管部门", "评价得分", "评价结果", "备注"]]
    for name, dep, score, grade, note in sorted(projects, key=lambda p: p[1]):
        rows.append([name, dep, score, grade, note or None])
    doc.table(rows, [5.4, 4.4, 1.9, 1.9, 2.0], align=["l", "l", "c", "c", "c"], size=11)
    doc.heading(1, "主要问题", numbered=True)
    doc.heading(2, "部分项目绩效目标设置不够科学。", numbered=True)
    doc.para("个别项目绩效指标以工作过程代替产出，指标值缺乏测算依据，难以衡量项目实施成效。")
    doc.heading(2, "部分项目资金支出进度滞后。", numbered=True)
    doc.para("有3个项目年末资金支出率低于80%，造成资金沉淀。")
    doc.heading(1, "有关要求", numbered=True)
    doc.para(
        "各部门要对照评价报告提出的问题，在收到本通报后30日内制定整改方案并报送市财政局。"
        "市财政局将把评价结果作为2025年度预算安排和政策调整的重要依据，对评价结果为“较差”的项目，"
        "原则上压减下年度预算。"
    )
    doc.signature("沄川市财政局", "2024年9月26日")
    doc.footer("dash", odd_even=True)

    g = Gold(title, "沄川市", 2024,
             "City finance bureau's notice of its 2024 key-evaluation "
             "round (title '2024年度…重点绩效评价'); the spending "
             "evaluated is of earlier years, which the text does not state. fiscal_year = 2024 per the title. Headings "
             "are Word auto-numbered (一、 / （一） drawn by the layout, not in the paragraph text). The table has no "
             "序号 and no amounts; seq = row order in the table (sorted by department). Shares printed as '25%', "
             "'16.7%'. 备注 values (跨年度项目, 政策类) are not grades. Distractors: '3个项目年末资金支出率低于80%', "
             "'30日内', the 文号 and the measure's 文号 year 2021.")  # fmt: skip
    g.metric("key_evaluated_projects", str(len(projects)), "个", q_key)
    g.metric("key_evaluated_amount", "8.64", "亿元", q_amt)
    g.batch("key", "财政重点绩效评价", count=str(len(projects)), amount="8.64", unit="亿元",
            grades={k: str(counts[k]) for k in order}, shares=shares)  # fmt: skip
    for i, (name, dep, score, grade, _) in enumerate(sorted(projects, key=lambda p: p[1]), 1):
        g.project(i, name, dep, grade, score, None, None, "key")
    return Fx(
        "word10_02_yunchuan_key_notice",
        "city 重点评价 通报: red letterhead, auto-numbered headings, 亿元 in prose, table without 序号/amounts, 备注",
        doc,
        g,
    )


# ================================================================================ 03 漱石区 部门整体 in 元
def f03_shushi_overall() -> Fx:
    units = [
        ("区教育局", "区教育局机关", "21,364,250.00", "90.5", "优"),
        ("区教育局", "区实验幼儿园", "8,742,316.80", "85.0", "良"),
        ("区卫生健康局", "区疾病预防控制中心", "12,508,900.56", "88.7", "良"),
        ("区卫生健康局", "区妇幼保健院", "15,036,471.00", "76.4", "中"),
        ("区城市管理局", "区环境卫生管理所", "19,873,480.00", "92.3", "优"),
        ("区城市管理局", "区市政设施养护中心", "8,800,000.00", "83.6", "良"),
    ]
    total = money(sum(D(u[2].replace(",", "")) for u in units))
    assert total == "86,325,418.36", total
    counts = Counter(u[4] for u in units)

    doc = Doc3("漱石区财政局")
    doc.header("漱石区财政局")
    doc.footer("page_of", size=10.5)
    title = doc.title("漱石区2023年度部门整体支出", "绩效评价结果公开", size=20)
    q_n = f"对{len(units)}家单位2023年度部门整体支出开展绩效评价"
    q_amt = f"涉及预算资金{total}元"
    doc.para(
        "为进一步提高部门预算管理水平和资金使用效益，根据《漱石区部门整体支出绩效评价管理暂行办法》，"
        f"区财政局选取教育、卫生健康、城市管理3个领域，{q_n}，{q_amt}。"
    )
    doc.heading(1, "一、评价结果")
    doc.para(
        "评价采用单位自评与财政评价相结合的方式，从部门决策、部门管理、部门产出和部门效益四个方面设置指标，"
        "满分100分。评价结果分为四个等次：90分（含）以上为“优”，80（含）—90分为“良”，60（含）—80分为“中”，"
        "60分以下为“差”。"
    )
    doc.para(
        "评价结果显示，"
        + "，".join(f"评价等次为“{g}”的{counts[g]}家" for g in ("优", "良", "中"))
        + "，无“差”等次单位。各单位评价结果如下："
    )
    doc.unit_line("金额单位：元")
    rows = [["序号", "主管部门", "评价单位", "预算金额", "得分", "等次"]]
    last = None
    for i, (parent, unit, amt, score, grade) in enumerate(units, 1):
        rows.append([str(i), UP if parent == last else parent, unit, amt, score, grade])
        last = parent
    rows.append([None, "合计", LEFT, total, None, None])
    doc.table(rows, [1.2, 3.0, 4.2, 3.6, 1.6, 1.6], align=["c", "c", "l", "r", "c", "c"], size=11)
    doc.style_last_table(shade="D9D9D9", bold_rows=(len(rows) - 1,))
    doc.heading(1, "二、存在的主要问题")
    doc.para(
        "（一）部分单位中长期规划与年度预算衔接不够紧密；（二）个别单位资产管理制度执行不到位，"
        "固定资产账实不符；（三）部门整体绩效目标与单位职能匹配度有待提高。"
    )
    doc.heading(1, "三、结果应用")
    doc.para("评价结果将纳入区级部门年度综合考核，并作为2025年度部门预算编制的参考依据。")
    doc.signature("漱石区财政局", "2024年8月12日")

    g = Gold(title, "漱石区", 2023,
             "District finance bureau's 部门整体 results in 元 with "
             "thousands separators (unit only in '金额单位：元'). "
             "Units are listed under their 主管部门, which is merged vertically over its units (parent_department). "
             "Score bands in the legend ('90分（含）以上') are not scores. '无“差”等次单位' is an explicit zero. The "
             "合计 row has no 序号 and is not a unit. The first 主管部门 is also the name of its first unit's "
             "department ('区教育局' / '区教育局机关'). Running header '漱石区财政局' on every page.")  # fmt: skip
    g.metric("department_overall_evaluations", str(len(units)), "个", q_n)
    g.metric("department_overall_amount", total, "元", q_amt)
    g.batch("department_overall", "部门整体支出绩效评价", count=str(len(units)), departments=str(len(units)),
            amount=total, unit="元", grades={"优": "2", "良": "3", "中": "1", "差": "0"})  # fmt: skip
    for parent, unit, _, score, grade in units:
        g.unit(unit, parent, grade, score)
    return Fx(
        "word10_03_shushi_overall",
        "district 部门整体 results in 元: 主管部门 merged vertically, 合计, legend bands",
        doc,
        g,
        chrome=["漱石区财政局"],
    )


# ================================================================================ 04 琅桥县 review
def f04_langqiao_review() -> Fx:
    rows_data = [
        ("农村饮水安全巩固提升工程", "县水利局", "1,012.60", "95", "91.5", "优秀"),
        ("乡村振兴衔接资金产业项目", "县农业农村局", "856.00", "96", "82.0", "良好"),
        ("基层医疗卫生机构能力提升", "县卫生健康局", "420.35", "92", "86.5", "良好"),
        ("学前教育发展资金", "县教育局", "638.20", "98", "93.0", "优秀"),
        ("城区道路照明设施改造", "县住房和城乡建设局", "295.00", "90", "74.0", "一般"),
        ("森林防火能力建设经费", "县林业局", "186.40", "94", "88.0", "良好"),
        ("退役军人优抚补助资金", "县退役军人事务局", "372.90", "97", "92.5", "优秀"),
        ("农村客运补贴", "县交通运输局", "248.00", "93", "78.5", "一般"),
        ("残疾人两项补贴", "县残疾人联合会", "315.60", "95", "90.0", "优秀"),
        ("全民健身设施补短板项目", "县文化和广电旅游体育局", "210.00", "91", "83.5", "良好"),
        ("创业担保贷款贴息", "县人力资源和社会保障局", "168.50", "96", "81.0", "良好"),
        ("污水处理厂运行维护经费", "县住房和城乡建设局", "540.00", "92", "85.5", "良好"),
        ("政务服务中心运行经费", "县行政审批服务局", "265.80", "95", "87.0", "良好"),
        ("农产品冷链物流设施补助", "县商务局", "300.00", "94", "69.5", "一般"),
        ("数字乡村试点建设项目", "县农业农村局", "389.10", "90", "58.0", "较差"),
    ]
    order = ("优秀", "良好", "一般", "较差")
    counts = Counter(r[5] for r in rows_data)
    total = money(sum(D(r[2].replace(",", "")) for r in rows_data))
    gap = sum(1 for r in rows_data if D(r[3]) - D(r[4]) >= 10)

    doc = Doc3("琅桥县财政局")
    doc.footer("dash")
    doc.doc_number("琅财绩〔2024〕14号", align="right")
    title = doc.title("琅桥县财政局关于2023年度项目支出", "绩效自评抽查复核结果的通报")
    doc.line("县级各预算单位：", before=6)
    q_self = "全县共有912个项目完成2023年度绩效自评"
    q_s = f"抽取{len(rows_data)}个项目进行复核"
    q_amt = f"涉及资金{total}万元"
    doc.para(
        f"根据年度预算绩效管理工作安排，{q_self}。为检验自评质量，县财政局按照随机抽取与重点选取相结合的方式，"
        f"{q_s}，{q_amt}。现将复核结果通报如下。"
    )
    doc.heading(1, "一、复核结果")
    doc.para(
        "经复核，"
        + "、".join(f"复核等级为“{g}”的{counts[g]}个" for g in order)
        + f"。单位自评得分与复核得分差异在10分以上的项目有{gap}个，自评“打高分”现象仍较突出。"
    )
    doc.para("各项目复核情况见下表。")
    doc.unit_line("单位：万元、分")
    rows = [["序号", "项目名称", "主管部门", "项目金额", "单位自评得分", "复核得分", "复核等级"]]
    for i, r in enumerate(rows_data, 1):
        rows.append([str(i), *r])
    doc.table(rows, [1.0, 4.6, 3.4, 1.9, 1.6, 1.5, 1.6], align=["c", "l", "l", "r", "c", "c", "c"], size=10.5)
    doc.heading(1, "二、存在问题")
    doc.para(
        "一是自评不够客观，部分单位满足于“填表交差”，打分依据不充分；二是绩效目标与实际完成值口径不一致；"
        "三是佐证材料缺失，个别项目无法提供产出数量的原始记录。"
    )
    doc.heading(1, "三、整改要求")
    doc.para(
        "请被复核单位于2024年7月31日前完成整改，并将整改情况书面报送县财政局。复核结果将与2025年度预算安排挂钩，"
        "对复核等级为“较差”的项目，按不低于20%的比例压减预算。"
    )
    doc.signature("琅桥县财政局", "2024年6月20日")

    g = Gold(title, "琅桥县", 2023,
             "County review (抽查复核) notice with two scores per "
             "project: 单位自评得分 and 复核得分. The result is the "
             "review: score = 复核得分, grade = 复核等级. 912 self-evaluated projects is a headline only (no self "
             "distribution printed). The sampled amount is the sum printed in prose. Distractors: "
             f"'差异在10分以上的项目有{gap}个', '不低于20%', the integer self scores, dates.")  # fmt: skip
    g.metric("self_evaluated_projects", "912", "个", q_self)
    g.metric("sampled_projects", str(len(rows_data)), "个", q_s)
    g.metric("sampled_amount", total, "万元", q_amt)
    g.batch("sampling", "抽查复核", count=str(len(rows_data)), amount=total, unit="万元",
            grades={k: str(counts[k]) for k in order})  # fmt: skip
    for i, (name, dep, amt, _, score, grade) in enumerate(rows_data, 1):
        g.project(i, name, dep, grade, score, amt, "万元", "sampling")
    return Fx(
        "word10_04_langqiao_review",
        "county 抽查复核 通报: 自评得分 / 复核得分 / 复核等级 columns, 文号 without letterhead",
        doc,
        g,
    )


# ================================================================================ 05 澈江省 self report
def f05_chejiang_self() -> Fx:
    ind = [
        ("产出指标", "数量指标", "山洪灾害监测站点更新改造数量", "≥120处", "126处", "15", "15"),
        ("产出指标", "数量指标", "中小河流治理长度", "≥85公里", "81.6公里", "15", "13.0"),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"),
        ("产出指标", "时效指标", "汛前工程完工率", "≥90%", "87.5%", "10", "8.0"),
        ("效益指标", "社会效益指标", "受保护人口", "≥32万人", "33.4万人", "15", "15"),
        ("效益指标", "生态效益指标", "治理河段水质达标率", "≥85%", "88%", "10", "10"),
        ("效益指标", "可持续影响指标", "工程运行管护机制建立情况", "健全", "基本健全", "5", "4"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.3%", "10", "10"),
    ]
    budget_score = "9.6"
    total = sum(D(r[6]) for r in ind) + D(budget_score)
    assert str(total) == "94.6", total

    doc = Doc3("澈江省水利厅")
    doc.header("澈江省水利厅2023年度项目支出绩效自评报告", align="center")
    doc.footer("dash")
    title = doc.title("澈江省水利厅", "2023年度省级水利防灾减灾专项资金", "绩效自评报告", size=20)
    doc.heading(1, "一、项目基本情况")
    doc.para(
        "省级水利防灾减灾专项资金主要用于山洪灾害防治、中小河流治理和水利工程安全度汛。2023年该项目年初预算"
        "安排3,860.00万元，全年实际支出3,712.48万元，预算执行率96.18%。资金分配至11个设区市，"
        "由各地水利部门组织实施。"
    )
    doc.heading(1, "二、绩效目标完成情况")
    doc.para("项目年度绩效目标共设置三级指标8个，完成情况及评分见下表（预算执行率单独计分，满分10分）。")
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    prev1 = prev2 = None
    for a, b, c, t, v, w, s in ind:
        rows.append([UP if a == prev1 else a, UP if (a, b) == prev2 else b, c, t, v, w, s])
        prev1, prev2 = a, (a, b)
    rows.append(["预算执行率", LEFT, LEFT, "100%", "96.18%", "10", budget_score])
    rows.append(["合计", LEFT, LEFT, LEFT, LEFT, "100", str(total)])
    doc.table(rows, [2.0, 2.6, 4.6, 2.0, 2.0, 1.2, 1.2], align=["c", "c", "l", "c", "c", "c", "c"], size=10.5)
    doc.heading(1, "三、偏差分析")
    doc.para(
        "中小河流治理长度未完成年度目标，主要原因是部分河段受汛期影响延迟开工；汛前工程完工率略低于目标，"
        "已督促相关设区市在2024年汛前全部完工。"
    )
    doc.heading(1, "四、自评结论")
    q = "该项目综合得分94.6分，自评等级为“优”"
    doc.para(f"对照年度绩效目标，经自评，{q}。项目实施有效提升了山洪灾害监测预警能力和中小河流防洪能力。")
    doc.heading(1, "五、存在问题及改进措施")
    doc.para("部分市县配套资金到位较慢，绩效目标分解不够细化。下一步将加强资金调度，完善绩效目标分解下达机制。")
    doc.signature("澈江省水利厅", "2024年3月29日")

    g = Gold(title, "澈江省", 2023,
             "A provincial line department's own self-evaluation report of ONE project. The result is in prose "
             "(94.6分, 自评等级“优”); the indicator table's 分值/得分 are indicator points, not project scores. "
             "project amount = 年初预算 3,860.00万元 (actual spending 3,712.48万元 is also printed; the budget is the "
             "project's size). region = the province (省级 money). batch 'self' with project_count 1 (one project "
             "reported; the text does not say '1个'). Distractors: "
             "'11个设区市', '三级指标8个', percentages.")  # fmt: skip
    g.batch("self", "绩效自评", count=None, amount="3,860.00", unit="万元")
    g.batches[-1]["project_count"] = 1
    g.project(1, "省级水利防灾减灾专项资金", "澈江省水利厅", "优", "94.6", "3,860.00", "万元", "self")
    g.s(q)
    return Fx(
        "word10_05_chejiang_self",
        "provincial department's 自评 report of one project: score in prose, indicator table with merged 一级/二级",
        doc,
        g,
        chrome=["澈江省水利厅2023年度项目支出绩效自评报告"],
    )


# ================================================================================ 06 砚溪市 bond 公示
def f06_yanxi_bond() -> Fx:
    R = [
        ("砚溪市城市建设投资发展中心", "砚溪市东部新城综合管廊工程", "市住房和城乡建设局", "2.60", "92", "优", ""),
        ("砚溪市城市建设投资发展中心", "砚溪市老城区排水防涝提升工程", "市住房和城乡建设局", "1.35", "88", "良", ""),
        ("砚溪市水务集团有限公司", "砚溪市第三水厂扩建工程", "市水利局", "1.80", "91", "优", ""),
        ("砚溪市水务集团有限公司", "南湖片区供水管网改造工程", "市水利局", "0.65", "85", "良", ""),
        ("砚溪市人民医院", "砚溪市人民医院新院区建设项目", "市卫生健康委员会", "3.20", "90", "优", ""),
        ("砚溪市中医院", "砚溪市中医院康复大楼建设项目", "市卫生健康委员会", "0.80", "84", "良", ""),
        ("砚溪市教育发展服务中心", "砚溪市第六中学新建工程", "市教育局", "1.10", "93", "优", ""),
        (
            "砚溪市教育发展服务中心",
            "砚溪市职业教育园区二期工程",
            "市教育局",
            "1.45",
            "82",
            "良",
            "部分债券资金调整用途",
        ),
        ("砚溪港务投资有限公司", "砚溪港西作业区3#—5#泊位工程", "市交通运输局", "2.00", "87", "良", ""),
        ("砚溪市交通建设管理中心", "砚溪至临澜快速通道一期工程", "市交通运输局", "1.70", "89", "良", ""),
        (
            "砚溪市城市更新发展有限公司",
            "北门片区城镇老旧小区改造项目",
            "市住房和城乡建设局",
            "0.90",
            "78",
            "中",
            "项目进度滞后",
        ),
        ("砚溪市城市更新发展有限公司", "棚户区改造安置房（四期）项目", "市住房和城乡建设局", "1.25", "86", "良", ""),
        (
            "砚溪高新技术产业开发区管理委员会",
            "高新区标准厂房及配套设施项目",
            "砚溪高新区管委会",
            "1.50",
            "80",
            "良",
            "",
        ),
        (
            "砚溪高新技术产业开发区管理委员会",
            "高新区污水处理厂提标改造工程",
            "砚溪高新区管委会",
            "0.55",
            "90",
            "优",
            "",
        ),
        ("砚溪市农业农村发展中心", "现代农业产业园冷链物流中心", "市农业农村局", "0.70", "76", "中", "收益未达预期"),
        (
            "砚溪市文化旅游发展有限公司",
            "砚溪古城历史文化街区保护利用工程",
            "市文化广电旅游体育局",
            "1.15",
            "83",
            "良",
            "",
        ),
        ("砚溪市生态环境保护中心", "砚溪河流域水环境综合治理工程", "市生态环境局", "2.30", "94", "优", ""),
        ("砚溪市城市建设投资发展中心", "城市停车场及充电设施建设项目", "市住房和城乡建设局", "0.60", "81", "良", ""),
        ("砚溪市应急管理保障中心", "城市应急物资储备库建设项目", "市应急管理局", "0.40", "91", "优", ""),
        ("砚溪市养老服务指导中心", "砚溪市社会福利中心（二期）项目", "市民政局", "0.85", "88", "良", ""),
        ("砚溪市教育发展服务中心", "砚溪市实验小学教育集团新校区", "市教育局", "1.30", "92", "优", ""),
        ("砚溪市水务集团有限公司", "城乡供水一体化（西片）工程", "市水利局", "1.20", "90", "优", ""),
    ]
    counts = Counter(r[5] for r in R)
    total = money(sum(D(r[3]) for r in R))

    doc = Doc3("砚溪市财政局", body_size=15, line_pitch=26)
    landscape_doc(doc)
    doc.footer("page_of", size=10.5)
    title = doc.title("砚溪市2023年度地方政府专项债券项目资金绩效评价结果公示", size=18)
    q_n = f"对{len(R)}个2023年度新增专项债券项目开展了绩效评价"
    q_amt = f"涉及债券资金{total}亿元"
    doc.para(
        "根据《澈江省财政厅关于开展2023年度地方政府专项债券项目资金绩效评价工作的通知》要求，市财政局组织项目"
        f"主管部门和项目单位，{q_n}，{q_amt}。评价结果为"
        + "、".join(f"“{g}”{counts[g]}个" for g in ("优", "良", "中"))
        + "。现将评价结果公示如下（公示期5个工作日）："
    )
    rows = [["序号", "项目单位", "项目名称", "主管部门", "发行金额（亿元）", "评价得分", "评价结果", "备注"]]
    for i, r in enumerate(R, 1):
        rows.append([str(i), r[0], r[1], r[2], r[3], r[4], r[5], r[6] or None])
    doc.table(rows, [1.1, 5.0, 6.2, 3.6, 2.4, 1.6, 1.6, 3.1], align=["c", "l", "l", "l", "c", "c", "c", "l"],
              size=11, cant_split=True)  # fmt: skip
    doc.para("公示期间如有异议，请以书面形式向市财政局债务管理科反映。联系电话：0000-8812365。")
    doc.signature("砚溪市财政局", "2024年7月5日")

    g = Gold(title, "砚溪市", 2023,
             "City bond 公示 on landscape pages; the table runs over pages under a repeated header row (w:tblHeader). "
             "Amounts are bond issue amounts in 亿元, the unit only in the header '发行金额（亿元）'. department = the "
             "主管部门 column, not the 项目单位 column. Scores are bare numbers "
             "in the table. The evaluation was made by "
             "the finance bureau with departments and units, no 自评/重点 split is stated: batch type 'key' (the "
             "finance bureau's evaluation), a judgement call. 备注 values are not grades. The province named in the "
             "notice (澈江省) is the issuer of the instruction, not the "
             "region. Distractors: phone number, '5个工作日', "
             "'3#—5#泊位'.")  # fmt: skip
    g.metric("bond_projects", str(len(R)), "个", q_n)
    g.metric("bond_amount", total, "亿元", q_amt)
    g.batch("key", "专项债券项目资金绩效评价", count=str(len(R)), amount=total, unit="亿元",
            grades={k: str(counts[k]) for k in ("优", "良", "中")})  # fmt: skip
    for i, r in enumerate(R, 1):
        g.project(i, r[1], r[2], r[5], r[4], r[3], "亿元", "key")
    return Fx(
        "word10_06_yanxi_bond",
        "city bond 公示: landscape, 22-row table over pages with repeated header, 亿元 in header, 项目单位 ≠ 主管部门",
        doc,
        g,
    )


# ================================================================================ 07 枫溆县 policy
def f07_fengxu_policy() -> Fx:
    P = [
        ("枫溆县农业生产社会化服务补贴政策", "县农业农村局", "1,862.40", "86.2", "良"),
        ("枫溆县高校毕业生就业创业扶持政策", "县人力资源和社会保障局", "965.20", "81.5", "良"),
        ("枫溆县农村生活污水治理设施运维奖补政策", "县住房和城乡建设局", "1,500.00", "72.8", "中"),
    ]
    total = money(sum(D(p[2].replace(",", "")) for p in P), places=1)
    assert total == "4,327.6", total

    doc = Doc3("枫溆县财政局")
    doc.footer("emdash")
    title = doc.title("枫溆县2023年度财政政策绩效评价结果")
    q_n = f"对{len(P)}项县级财政政策开展绩效评价"
    q_amt = f"涉及资金{total}万元"
    doc.para(
        "为推动财政政策提质增效，县财政局委托第三方机构，按照“政策制定—政策实施—政策效果”的逻辑，"
        f"{q_n}，{q_amt}。评价结果为：“良”2项，“中”1项。具体如下："
    )
    kai = ("（一）", "（二）", "（三）")
    for k, (name, dep, amt, score, grade) in zip(kai, P, strict=True):
        doc.heading(2, f"{k}{name}")
        doc.para(
            f"该政策由{dep}牵头实施，2023年兑现资金{amt}万元。经评价，该政策得分{score}分，评价等级为“{grade}”。"
            + (
                "政策目标明确，兑付流程规范，但受益主体覆盖面有待扩大。"
                if grade == "良"
                else "部分设施运维标准不统一，奖补资金与运维效果挂钩不紧，建议修订奖补办法。"
            )
        )
    doc.para("评价结果汇总如下：", indent=True)
    rows = [["政策名称", "实施部门", "兑现资金（万元）", "评价得分", "评价等级"]]
    rows += [[p[0], p[1], p[2], p[3], p[4]] for p in P]
    doc.table(rows, [6.0, 3.8, 2.6, 1.7, 1.7], align=["l", "l", "r", "c", "c"], size=11)
    doc.para(
        "下一步，县财政局将督促相关部门根据评价结论完善政策，对评价等级为“中”的政策，在2025年预算安排时"
        "从严审核，必要时予以调整或退出。"
    )
    doc.signature("枫溆县财政局", "2024年10月10日")

    g = Gold(title, "枫溆县", 2023,
             "County policy (政策) evaluation results: batch type 'other' (政策), the policies as projects with "
             "batch_type 'other'. Each policy is named in a 楷体 heading, its score and grade in the paragraph under "
             "it, and repeated in a summary table (one gold row per policy). department = 实施部门 (牵头实施). "
             "Amount printed with one decimal (4,327.6万元); project amounts are 兑现资金.")  # fmt: skip
    g.metric("policy_evaluations", str(len(P)), "项", q_n)
    g.batch("other", "财政政策绩效评价", count=str(len(P)), amount=total, unit="万元", grades={"良": "2", "中": "1"})
    for i, (name, dep, amt, score, grade) in enumerate(P, 1):
        g.project(i, name, dep, grade, score, amt, "万元", "other")
    return Fx(
        "word10_07_fengxu_policy",
        "county 政策 results: one 楷体 heading per policy, score/grade in prose, summary table",
        doc,
        g,
    )


# ================================================================================ 08 岑湄县 乡镇 grading
def f08_cenmei_towns() -> Fx:
    T = [
        ("岑湄镇", "94.2", "A"), ("白渚镇", "91.6", "A"), ("沙河镇", "88.3", "B"), ("青枫乡", "86.9", "B"),
        ("石门镇", "85.0", "B"), ("柳营乡", "82.4", "B"), ("双溪镇", "79.5", "C"), ("桐林乡", "77.1", "C"),
        ("高坪乡", "72.6", "C"), ("丰乐镇", "90.3", "A"), ("马岭乡", "68.4", "D"),
    ]  # fmt: skip
    order = ("A", "B", "C", "D")
    counts = Counter(t[2] for t in T)
    ranked = sorted(T, key=lambda t: -D(t[1]))

    doc = Doc3("岑湄县财政局")
    doc.footer("dash")
    title = doc.title("岑湄县2023年度乡镇财政运行", "综合绩效评价结果的通报")
    doc.line("各乡镇人民政府：", before=6)
    q_n = f"对全县{len(T)}个乡镇2023年度财政运行情况开展综合绩效评价"
    q_amt = "涉及乡镇财政支出总额52,318.74万元"
    doc.para(
        f"根据《岑湄县乡镇财政运行综合绩效评价办法（试行）》，县财政局{q_n}，{q_amt}。评价围绕预算编制、"
        "收入管理、支出管理、债务风险、资产管理和绩效管理6个方面设置24项指标。"
    )
    doc.para(
        "评价结果分为A、B、C、D四个等次（A：90分及以上；B：80—89.9分；C：60—79.9分；D：60分以下）。其中"
        + "，".join(f"{g}等次{counts[g]}个" for g in order)
        + "。现将结果通报如下（按得分排序）："
    )
    rows = [["排名", "乡镇", "得分", "等次"]]
    rows += [[str(i), t[0], t[1], t[2]] for i, t in enumerate(ranked, 1)]
    doc.table(rows, [1.6, 4.0, 2.4, 2.0], size=12)
    doc.para(
        "评价结果将作为县对乡镇转移支付分配和乡镇年度目标考核的重要依据。对评价等次为D的乡镇，"
        "由县财政局约谈乡镇主要负责人，限期整改。"
    )
    doc.signature("岑湄县财政局", "2024年5月8日")

    g = Gold(title, "岑湄县", 2023,
             "A county grading its 乡镇 (下级政府财政运行综合绩效评价): batch type 'other', each 乡镇 as a project row "
             "with batch_type 'other', department null. Grades are bare letters A/B/C/D (等次), counts stated in "
             "prose ('A等次3个'). seq = the 排名 column (table sorted by score). Legend bands ('90分及以上') are not "
             "scores. Distractors: '6个方面', '24项指标'.")  # fmt: skip
    g.metric("lower_government_evaluations", str(len(T)), "个", q_n)
    g.metric("lower_government_amount", "52,318.74", "万元", q_amt)
    g.batch("other", "乡镇财政运行综合绩效评价", count=str(len(T)), amount="52,318.74", unit="万元",
            grades={k: str(counts[k]) for k in order})  # fmt: skip
    for i, (name, score, grade) in enumerate(ranked, 1):
        g.project(i, name, None, grade, score, None, None, "other")
    return Fx(
        "word10_08_cenmei_towns", "county grading 11 乡镇: bare letter 等次 A–D with legend, ranked table", doc, g
    )


# ================================================================================ 09 黛峰市 县区 in prose
def f09_daifeng_counties() -> Fx:
    groups = [
        ("优秀", ["黛峰市濯缨区", "黛峰市青禾县", "黛峰市栎川县"]),
        ("良好", ["黛峰市临皋区", "黛峰市芷江口县", "黛峰市岫屏县"]),
        ("一般", ["黛峰市望川县"]),
    ]
    n = sum(len(v) for _, v in groups)

    doc = Doc3("黛峰市财政局")
    doc.red_letterhead("黛峰市财政局", "黛财预〔2024〕22号")
    title = doc.title("关于2023年度县（区）财政管理", "绩效综合评价结果的通报")
    doc.line("各县（区）财政局：", before=6)
    q_n = f"市财政局对{n}个县（区）2023年度财政管理工作开展了绩效综合评价"
    doc.para(
        f"为推动县级财政管理水平整体提升，按照《黛峰市县级财政管理绩效综合评价办法》，{q_n}。评价内容包括"
        "预算管理、收入质量、库款管理、直达资金管理、债务管理、绩效管理等方面，采取日常监控与年终考评相结合的方式进行。"
    )
    doc.heading(1, "一、评价结果")
    cn = {1: "一", 3: "三"}
    for k, (grade, names) in zip(("（一）", "（二）", "（三）"), groups, strict=True):
        doc.para(f"{k}“{grade}”等次（{cn[len(names)]}个）：{'、'.join(n_.removeprefix('黛峰市') for n_ in names)}。")
    doc.heading(1, "二、结果运用")
    doc.para(
        "对评价结果为“优秀”的县（区），市财政在分配2024年财力性转移支付时给予适当奖励；对评价结果为“一般”的县（区），"
        "由市财政局进行约谈，督促其制定整改措施，并在2024年6月底前报送整改报告。"
    )
    doc.heading(1, "三、工作要求")
    doc.para("各县（区）要正视评价中发现的问题，举一反三，切实加强财政管理，不断提升财政资金使用效益。")
    doc.signature("黛峰市财政局", "2024年3月15日")

    g = Gold(title, "黛峰市", 2023,
             "A city grading its 县（区） in prose lists, one paragraph per 等次 with the count in parentheses in "
             "Chinese numerals ('（三个）'); no scores, no table. The names in the text are short (濯缨区); the gold "
             "keeps them as printed. grades = the stated counts. Batch type 'other' (lower-government grading), "
             "projects with batch_type 'other'. fiscal_year 2023 per "
             "the title; the letterhead 文号 carries 2024.")  # fmt: skip
    g.metric("lower_government_evaluations", str(n), "个", q_n)
    g.batch("other", "县（区）财政管理绩效综合评价", count=str(n), grades={"优秀": "3", "良好": "3", "一般": "1"})
    g.batches[-1]["grades"] = {"优秀": 3, "良好": 3, "一般": 1}  # printed as 三个 / 一个, not digits
    g.numbers = [x for x in g.numbers if x not in ("3", "1")]
    seq = 0
    for grade, names in groups:
        for name in names:
            seq += 1
            g.project(seq, name.removeprefix("黛峰市"), None, grade, None, None, None, "other")
    return Fx(
        "word10_09_daifeng_counties",
        "city grading its 县区 in prose lists per 等次 (counts in Chinese numerals), no table",
        doc,
        g,
    )


# ================================================================================ 10 汐洋县 scan
def f10_xiyang_scan() -> Fx:
    P = [
        ("汐洋县渔港综合整治提升工程", "县海洋与渔业局", "1,268.00", "87.5", "良好"),
        ("农村低收入人口常态化帮扶资金", "县民政局", "536.40", "91.0", "优秀"),
        ("县城公交优先示范线路建设", "县交通运输局", "412.80", "79.0", "合格"),
        ("海岛供水保障工程", "县水利局", "958.00", "85.5", "良好"),
        ("基层文化阵地提升工程", "县文化和广电旅游体育局", "226.50", "93.0", "优秀"),
        ("中小学智慧校园建设项目", "县教育局", "688.30", "82.0", "良好"),
    ]
    counts = Counter(p[4] for p in P)
    total = money(sum(D(p[2].replace(",", "")) for p in P))

    doc = Doc3("汐洋县财政局")
    doc.footer("dash")
    doc.doc_number("汐财〔2024〕47号", align="right")
    title = doc.title("汐洋县财政局关于2023年度财政重点", "绩效评价结果的通报")
    doc.line("县直各部门：", before=6)
    q_n = f"对{len(P)}个项目实施了重点绩效评价"
    q_amt = f"涉及财政资金{total}万元"
    doc.para(
        f"根据年度工作计划，县财政局委托第三方机构{q_n}，{q_amt}。评价结果为“优秀”{counts['优秀']}个、"
        f"“良好”{counts['良好']}个、“合格”{counts['合格']}个，无“不合格”项目。具体如下："
    )
    rows = [["序号", "项目名称", "主管部门", "评价金额（万元）", "评价分数", "评价等次"]]
    rows += [[str(i), *p] for i, p in enumerate(P, 1)]
    doc.table(rows, [1.2, 5.4, 3.6, 2.4, 1.6, 1.6], align=["c", "l", "l", "r", "c", "c"], size=11)
    doc.para(
        "请各被评价部门针对评价发现的问题认真整改，并于2024年9月30日前将整改报告报送县财政局。"
        "评价结果将作为以后年度预算安排的重要参考。"
    )
    doc.signature("汐洋县财政局", "2024年8月2日")

    g = Gold(title, "汐洋县", 2023,
             "SCANNED: the exported PDF was printed, stamped with a red seal and scanned (image-only, no text "
             "layer); the gold was checked against the PDF before rasterising. Grade words 优秀/良好/合格/不合格 "
             "(等次); '无“不合格”项目' is an explicit zero. fiscal_year "
             "2023 per the title; 文号 year 2024.")  # fmt: skip
    g.metric("key_evaluated_projects", str(len(P)), "个", q_n)
    g.metric("key_evaluated_amount", total, "万元", q_amt)
    g.batch("key", "重点绩效评价", count=str(len(P)), amount=total, unit="万元",
            grades={"优秀": "2", "良好": "3", "合格": "1", "不合格": "0"})  # fmt: skip
    for i, (name, dep, amt, score, grade) in enumerate(P, 1):
        g.project(i, name, dep, grade, score, amt, "万元", "key")
    scan = {"dpi": 150, "angles": [0.4, -0.3], "colour": True, "noise": 5.0, "seed": 1010,
            "seal": {"near": "汐洋县财政局", "text": "汐洋县财政局"}}  # fmt: skip
    return Fx(
        "word10_10_xiyang_scan", "county 重点评价 通报 printed, sealed and scanned (image-only PDF)", doc, g, scan=scan
    )


FIXTURES = [
    f01_chenglan_annual,
    f02_yunchuan_key,
    f03_shushi_overall,
    f04_langqiao_review,
    f05_chejiang_self,
    f06_yanxi_bond,
    f07_fengxu_policy,
    f08_cenmei_towns,
    f09_daifeng_counties,
    f10_xiyang_scan,
]


# ------------------------------------------------------------------------------------------------ checks
_WS = re.compile(r"\s+")
_PAGE_LINE = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")


def _must(g: Gold) -> list[tuple[str, str]]:
    return [("string", s) for s in g.strings] + [("number", x) for x in g.numbers]


def check_doc(fx: Fx) -> list[str]:
    text = "\n".join(fx.doc.text)
    return [f"{kind} not in the docx text: {s}" for kind, s in _must(fx.gold) if s not in text]


def pdf_texts(pdf: Path) -> tuple[str, str, dict[str, int]]:
    """The whole text by PDFium and by pdfplumber, page-number lines dropped, each with the table cells read one by
    one (PDFium inside the cell boxes pdfplumber finds), without whitespace."""
    import pdfplumber
    import pypdfium2

    a_parts, b_parts, info = [], [], {"pages": 0, "tables": 0, "landscape": 0, "chars": 0}
    doc = pypdfium2.PdfDocument(str(pdf))
    with pdfplumber.open(pdf) as plumb:
        for i, page in enumerate(plumb.pages):
            pg = doc[i]
            w, h = pg.get_size()
            info["pages"] += 1
            info["landscape"] += w > h
            tp = pg.get_textpage()
            info["chars"] += tp.count_chars()
            a_parts += [ln for ln in tp.get_text_range().splitlines() if not _PAGE_LINE.match(ln)]
            b_parts += [ln for ln in (page.extract_text() or "").splitlines() if not _PAGE_LINE.match(ln)]
            tables = page.find_tables()
            info["tables"] += len(tables)
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        if cell is None:
                            continue
                        x0, top, x1, bottom = cell
                        a_parts.append(tp.get_text_bounded(x0, h - bottom, x1, h - top))
                for row in t.extract():
                    b_parts += [c for c in row if c]
    doc.close()
    return _WS.sub("", "\n".join(a_parts)), _WS.sub("", "\n".join(b_parts)), info


def check_pdf(pdf: Path, fx: Fx) -> tuple[list[str], dict[str, int]]:
    a, b, info = pdf_texts(pdf)
    problems = []
    for engine, flat in (("PDFium", a), ("pdfplumber", b)):
        for chrome in fx.chrome:
            flat = flat.replace(_WS.sub("", chrome), "")
        if "(cid:" in flat:
            problems.append(f"{engine}: (cid:…) in the text")
        for kind, s in _must(fx.gold):
            if _WS.sub("", s) not in flat:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    if info["tables"] < fx.doc.table_count:
        problems.append(f"pdfplumber finds {info['tables']} tables, the document has {fx.doc.table_count}")
    if bool(info["landscape"]) != bool(fx.doc.landscape_sections):
        problems.append(f"{info['landscape']} landscape pages, {fx.doc.landscape_sections} landscape sections")
    if not 2 <= info["pages"] <= 5:
        problems.append(f"{info['pages']} pages (want 2–5)")
    return problems, info


README_HEAD = """# word10: a tenth, independent set of Word-exported reports (SYNTHETIC)

**SYNTHETIC.** Every region (澄岚县, 沄川市, 漱石区, 琅桥县, 澈江省, 砚溪市, 枫溆县, 岑湄县, 黛峰市,
汐洋县), department, unit, project, person and figure here is invented; any likeness to a real place or
figure is chance. Every gold file says `"synthetic": true`.

Author statement: written by a tenth author, who did not read the parser, the scorer, the other sets' fixtures or
their generators' layouts; only the genre (the real corpus's README, gold files and texts, and bureau pages found
with the `pages` search) shaped the layouts and wording. Made by `tools/make_word_fixtures_10.py`
(`make word-fixtures-10`): python-docx documents exported to PDF by LibreOffice headless; one of them is then
printed, sealed and scanned (rasterised to an image-only PDF).

How the gold was checked (by the generator, before it writes anything): every quote, project/unit name,
department, grade word and batch label must be in the docx text, and every number in the gold must be printed
there in the form the gold was built from (metric values inside their own quote); then the same strings (whitespace
removed, page-number lines dropped) in the exported PDF's text layer by PDFium and by pdfplumber, table cells also
read cell by cell; the table count and the page orientation checked. The scanned report is checked before it is
rasterised, and the published scan is checked to have no text layer.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
"""


def write_readme(out_dir: Path, fixtures: list[Fx], infos: dict[str, dict[str, int]]) -> None:
    lines = [README_HEAD.rstrip("\n")]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = "none (scan)" if fx.scan else "yes"
        land = f", {info['landscape']} landscape page(s)" if info.get("landscape") else ""
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {fx.what}{land} |")
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only fixtures whose name contains NAME")
    parser.add_argument("--keep-docx", action="store_true", help="keep the .docx next to the PDF")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    soffice = find_soffice()
    check_fonts()
    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    fixtures = [make() for make in FIXTURES]
    if args.only:
        fixtures = [fx for fx in fixtures if any(part in fx.name for part in args.only)]
    golds = {fx.name: fx.gold.json() for fx in fixtures}  # also registers the titles as strings to check
    failed = False
    for fx in fixtures:
        problems = check_doc(fx)
        if problems:
            failed = True
            print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
    if failed:
        return 1
    infos: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-word10-") as tmp:
        work = Path(tmp)
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
        convert3(soffice, [work / f"{fx.name}.docx" for fx in fixtures], work / "pdf", {})
        for fx in fixtures:
            pdf = work / "pdf" / f"{fx.name}.pdf"
            problems, info = check_pdf(pdf, fx)
            if fx.scan:
                pages = rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                n, chars = no_text_layer(out_dir / f"{fx.name}.pdf")
                if chars or n != pages:
                    problems.append(f"the scan has {chars} characters in its text layer over {n} pages")
                info = {**info, "pages": n}
            else:
                shutil.copy(pdf, out_dir / f"{fx.name}.pdf")
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            infos[fx.name] = info
            (out_dir / f"{fx.name}.json").write_text(
                json.dumps(golds[fx.name], ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info.get('pages')} pages, {info.get('tables')} tables: {status}")
            failed = failed or bool(problems)
    if not args.only:
        write_readme(out_dir, fixtures, infos)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
