"""Generate the Word-made fixture corpus: reports written as Word documents (python-docx) and exported to PDF by
LibreOffice headless, the way finance bureaus publish them, each with its expected results (gold JSON).

Everything here is SYNTHETIC: regions (青山市, 云溪县, 白鹭区, 松湖市, 明湖县, 凤栖县, 碧水市), departments, projects
and figures are invented. The documents follow the 公文 format (GB/T 9704) and the wording of published budget-
performance reports: ruled tables with wrapped and merged cells (vertical merges, spanned 合计 rows, two-row
headers), tables across pages with and without a repeated header row, Word auto-numbered headings and project
lists, a landscape section, red letterheads, 文号, page-number footers, signatures, attachments and 版记.

The gold of each fixture is written from the same data as its document (the conventions of the real corpus's
README), and checked against the document's own text before anything is written: every quote, name and grade
must be in it.

Usage: python tools/make_word_fixtures.py [OUT_DIR] [--keep-docx] [--only NAME ...] [--no-check]
       (default OUT_DIR tests/fixtures/word)
Needs: python-docx (pip), LibreOffice Writer (`soffice`; Debian libreoffice-writer-nogui) and the CJK fonts that
tools/word_fonts.conf maps the bureau fonts to (Debian fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei
fonts-noto-cjk fonts-liberation2). The PDFs' bytes are not reproducible (LibreOffice stamps dates and IDs); their
content is.
"""

from __future__ import annotations

import argparse
import json
import os
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

try:
    from word_doc import FANGSONG, HEI, KAI, LEFT, SONG, UP, WordDoc
except ImportError as exc:  # python-docx missing
    raise SystemExit(
        f"make_word_fixtures: {exc}. Install python-docx into the venv: .venv/bin/pip install python-docx"
    ) from exc

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word"
FONTCONFIG = ROOT / "word_fonts.conf"

D = Decimal


# ------------------------------------------------------------------------------------------------ numbers
def fmt(value: Decimal, sep: bool = True) -> str:
    """An amount as the document prints it: thousands separators or not, the decimals it was given."""
    return f"{value:,}" if sep else f"{value}"


def num(value: Decimal) -> int | float:
    """An amount or share as a gold number."""
    return int(value) if value == value.to_integral_value() else float(value)


def share(count: int, total: int) -> Decimal:
    """A percentage as bureaus print it: one decimal, half up, no trailing .0 (`占20%`, `占28.4%`)."""
    value = (D(count) * 100 / D(total)).quantize(D("0.1"), rounding=ROUND_HALF_UP)
    return value.to_integral_value() if value == value.to_integral_value() else value


def yi(wan: Decimal) -> Decimal:
    """万元 → 亿元 with two decimals, as prose rounds a table's total."""
    return (wan / 10000).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def score_text(score: Decimal | None) -> str | None:
    return None if score is None else f"{score}"


# ------------------------------------------------------------------------------------------------ fixtures
@dataclass
class Fixture:
    name: str
    what: str  # one line for the README table
    doc: WordDoc
    title: str | None = None
    region: str | None = None
    year: int | None = None
    notes: str = ""
    tagged: bool = True  # Word's "document structure tags" (on by default in Word's Save as PDF)
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)

    def metric(self, metric: str, value: Decimal | int, unit: str, quote: str) -> None:
        self.metrics.append({"metric": metric, "value": num(D(value)), "unit": unit, "quote": quote})

    def batch(self, type_: str, label: str, **values: Any) -> None:
        entry: dict[str, Any] = {
            "type": type_,
            "label_zh": label,
            "project_count": None,
            "department_count": None,
            "amount": None,
            "amount_unit": None,
            "grades": None,
            "grade_shares_pct": None,
        }
        for key, value in values.items():
            if isinstance(value, Decimal):
                value = num(value)
            elif isinstance(value, dict):
                value = {k: num(D(v)) for k, v in value.items()}
            entry[key] = value
        self.batches.append(entry)

    def project(
        self,
        seq: int,
        name: str,
        department: str | None,
        grade: str | None,
        batch: str,
        *,
        score: Decimal | None = None,
        amount: Decimal | None = None,
        unit: str | None = None,
    ) -> None:
        self.projects.append(
            {
                "seq": seq,
                "name": name,
                "department": department,
                "grade": grade,
                "score": None if score is None else num(score),
                "amount": None if amount is None else num(amount),
                "amount_unit": None if amount is None else unit,
                "batch_type": batch,
            }
        )

    def unit(self, unit: str, parent: str | None, grade: str | None, score: Decimal | None = None) -> None:
        self.units.append(
            {"unit": unit, "parent_department": parent, "grade": grade, "score": None if score is None else num(score)}
        )

    def gold(self) -> dict[str, Any]:
        return {
            "synthetic": True,
            "title": self.title,
            "region": self.region,
            "fiscal_year": self.year,
            "headline_metrics": self.metrics,
            "evaluation_batches": self.batches,
            "projects": self.projects,
            "department_evaluations": self.units,
            "notes": self.notes,
        }

    def check(self) -> list[str]:
        """Gold against the document's own text: what the gold says must be written in the document."""
        text = "\n".join(self.doc.text)
        problems = []
        if self.title and self.title not in text:
            problems.append(f"title not in text: {self.title}")
        for m in self.metrics:
            if m["quote"] not in text:
                problems.append(f"quote not in text: {m['quote']}")
        for p in self.projects:
            for key in ("name", "department", "grade"):
                if p[key] and p[key] not in text:
                    problems.append(f"project {key} not in text: {p[key]}")
        for u in self.units:
            for key in ("unit", "parent_department", "grade"):
                if u[key] and u[key] not in text:
                    problems.append(f"unit {key} not in text: {u[key]}")
        return problems


def _table_projects(rows: list[tuple], grade_col: int) -> Counter:
    return Counter(row[grade_col] for row in rows if row[grade_col])


def _counted(rows: list[tuple], grade_col: int) -> str:
    """What counting a list's grades would give (said in notes, never put in gold grades)."""
    return "/".join(f"{g}{n}" for g, n in _table_projects(rows, grade_col).items())


# ============================================================================================= 01 青山市
def f01_city_round_numbered() -> Fixture:
    doc = WordDoc("青山市财政局")
    fx = Fixture(
        "word_01_city_round_numbered",
        "annual round of a city (青山市本级): red letterhead + 文号, two-line title, auto-numbered headings "
        "(一、/（一）) and an auto-numbered `1.` project list `XX，主管部门：XX，评价等级：优`, 抽评 distribution "
        "with shares, 亿元, thousands separators, 部门整体 grades in one sentence, odd/even `— N —` footers, 版记",
        doc,
        region="青山市本级",
        year=2023,
    )
    self_n, self_amt, monitored = 1826, D("63.45"), 1702
    ratio, sampled, sampled_dept, sampled_amt = 10, 183, 82, D("9.27")
    sample_grades = {"优": 52, "良": 109, "中": 18, "差": 4}
    assert sum(sample_grades.values()) == sampled
    key = [
        ("城市生活垃圾分类收运处置补助资金", "青山市综合行政执法局", "优"),
        ("中小学校舍维修改造及智慧校园建设专项资金", "青山市教育局", "良"),
        ("“青山英才”引进培育计划", "中共青山市委组织部", "优"),
        ("农村公路提档升级及养护工程（2022-2024年）", "青山市交通运输局", "良"),
        ("基层医疗卫生机构基本药物制度补助", "青山市卫生健康委员会", "良"),
        ("文化惠民工程及公共文化服务体系建设", "青山市文化广电旅游局", "中"),
        ("高标准农田建设市级配套资金", "青山市农业农村局", "良"),
        ("企业技术改造及数字化转型奖补资金", "青山市经济和信息化局", "优"),
    ]
    key_amt = D("4.16")
    overall = [("青山市文化广电旅游局", "优"), ("青山市卫生健康委员会", "良")]

    doc.red_letterhead("青山市财政局文件", "青财绩〔2024〕12号")
    fx.title = doc.title("青山市财政局关于2023年度市本级", "预算绩效管理工作情况的报告")
    doc.line("市人民政府：")
    doc.para(
        "2023年，市财政局深入贯彻《中共青山市委 青山市人民政府关于全面落实预算绩效管理的实施意见》"
        "（青委发〔2019〕21号）精神，围绕“全方位、全过程、全覆盖”的预算绩效管理体系建设目标，持续推进"
        "绩效管理提质增效。现将有关情况报告如下："
    )
    doc.heading(1, "工作开展情况", numbered=True)
    doc.heading(2, "全面开展绩效自评和运行监控", numbered=True)
    q_self = f"完成对2023年度{self_n:,}个项目绩效自评"
    q_self_amt = f"涉及资金{self_amt}亿元"
    q_mon = f"对{monitored:,}个预算项目开展三季度绩效运行监控"
    doc.para(
        f"市级部门及预算单位在预算管理一体化系统中{q_self}，{q_self_amt}。同时，{q_mon}，"
        "对偏离绩效目标的37个项目及时督促纠偏。"
    )
    doc.heading(2, "扩大财政抽评覆盖面", numbered=True)
    q_ratio = f"按项目数{ratio}%的比例"
    q_sampled = f"抽取{sampled}个项目开展绩效抽评"
    q_sdept = f"涉及{sampled_dept}个市级部门"
    q_samt = f"资金{sampled_amt}亿元"
    doc.para(f"财政{q_ratio}{q_sampled}，{q_sdept}，{q_samt}，抽评范围覆盖全部市级部门。")
    doc.heading(2, "聚焦重点开展财政评价", numbered=True)
    q_key = f"财政重点绩效评价项目{len(key)}个"
    q_key_amt = f"涉及资金{key_amt}亿元"
    q_overall = f"选取{len(overall)}个部门开展部门整体支出绩效评价"
    doc.para(f"围绕民生保障、产业发展、乡村振兴等领域，组织开展{q_key}，{q_key_amt}；{q_overall}。")
    doc.heading(1, "绩效评价结果情况", numbered=True)
    doc.heading(2, "财政抽评结果", numbered=True)
    dist = "；".join(
        (
            f"评价结果为“{g}”的项目{n}个，占{share(n, sampled)}%"
            if i == 0
            else f"“{g}”的项目{n}个，占{share(n, sampled)}%"
        )
        for i, (g, n) in enumerate(sample_grades.items())
    )
    doc.para(f"{sampled}个抽评项目中，{dist}。")
    doc.heading(2, "财政重点评价结果", numbered=True)
    doc.para("重点评价项目评价结果如下：")
    items = doc.new_list("decimal_dot")
    for name, dept, grade in key:
        doc.item(items, f"{name}，主管部门：{dept}，评价等级：{grade}。")
    doc.heading(2, "部门整体支出评价结果", numbered=True)
    doc.para(
        f"对{'、'.join(d for d, _ in overall)}{len(overall)}个部门开展部门整体支出绩效评价，评价结果分别为"
        + "和".join(f"“{g}”" for _, g in overall)
        + "。"
    )
    doc.heading(1, "评价结果应用情况", numbered=True)
    doc.para(
        "市财政局已将评价结果反馈各部门，并将评价结果作为2024年预算安排的重要依据。对评价等级为“中”及以下的"
        "项目，按规定压减预算，共压减3个项目预算资金1,260万元。"
    )
    doc.signature("青山市财政局", "2024年3月18日")
    doc.para("（此件公开发布）")
    doc.imprint("抄送：市人大财经委，市审计局。", "青山市财政局办公室", "2024年3月18日")
    doc.footer("emdash", odd_even=True)

    fx.metric("self_evaluated_projects", self_n, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_self_amt)
    fx.metric("monitored_projects", monitored, "个", q_mon)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", sampled, "个", q_sampled)
    fx.metric("sampled_departments", sampled_dept, "个", q_sdept)
    fx.metric("sampled_amount", sampled_amt, "亿元", q_samt)
    fx.metric("key_evaluated_projects", len(key), "个", q_key)
    fx.metric("key_evaluated_amount", key_amt, "亿元", q_key_amt)
    fx.metric("department_overall_evaluations", len(overall), "个", q_overall)
    fx.batch("self", "绩效自评", project_count=self_n, amount=self_amt, amount_unit="亿元")
    fx.batch(
        "sampling",
        "绩效抽评",
        project_count=sampled,
        department_count=sampled_dept,
        amount=sampled_amt,
        amount_unit="亿元",
        grades=sample_grades,
        grade_shares_pct={g: share(n, sampled) for g, n in sample_grades.items()},
    )
    fx.batch("key", "财政重点绩效评价", project_count=len(key), amount=key_amt, amount_unit="亿元")
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(overall), department_count=len(overall))
    for seq, (name, dept, grade) in enumerate(key, start=1):
        fx.project(seq, name, dept, grade, "key")
    for dept, grade in overall:
        fx.unit(dept, None, grade)
    fx.notes = (
        "Word document exported by LibreOffice. The key-project list is a Word auto-numbered list (numbering.xml, "
        "'1.'); the numbers are not typed in the paragraphs (seq = the drawn number). Headings 一、/（一） are "
        "auto-numbered too. The title is one paragraph broken by hand into two lines. Key batch grades=null: no "
        f"count distribution is printed (counting the list would give {_counted(key, 2)}). The department-overall "
        "batch "
        "has grades=null; its two results (“优”和“良”, zipped with the two names in order) are in "
        "department_evaluations. Not metrics: '偏离绩效目标的37个项目', '压减3个项目预算资金1,260万元'. fiscal_year "
        "2023 from the title; 文号 青财绩〔2024〕12号, the signature date and the 版记 are 2024 (publication), "
        "青委发〔2019〕21号 is a cited policy. Page numbers '— N —' alternate right (odd) and left (even)."
    )
    return fx


# ============================================================================================= 02 云溪县
F02_ROWS = [
    ("县域义务教育优质均衡发展及薄弱学校改造提升工程", "云溪县教育局", "8236.50", "93.5", "优秀"),
    ("学前教育生均公用经费补助", "云溪县教育局", "1126.00", "88.0", "良好"),
    ("基层医疗卫生机构能力提升及县域医共体信息化建设项目", "云溪县卫生健康局", "5480.26", "91.2", "优秀"),
    ("基本公共卫生服务补助资金", "云溪县卫生健康局", "2215.73", "86.5", "良好"),
    ("高标准农田建设项目（2023年度第二批）", "云溪县农业农村局", "12600.00", "84.0", "良好"),
    ("农村生活污水治理设施运维补助", "云溪县农业农村局", "968.40", None, "中"),
    (
        "城区老旧小区改造及配套基础设施提升工程（含雨污分流、管线下地、道路修复）",
        "云溪县住房和城乡建设局",
        "15372.18",
        "82.5",
        "良好",
    ),
    ("保障性租赁住房建设补助", "云溪县住房和城乡建设局", "3410.00", "90.5", "优秀"),
    ("农村公路“四好”示范路建设及危桥改造", "云溪县交通运输局", "6785.92", "87.0", "良好"),
    ("城乡公交一体化运营补贴", "云溪县交通运输局", "1850.00", "76.5", "中"),
    ("中小河流综合治理工程", "云溪县水利局", "4320.15", "85.5", "良好"),
    ("农村饮用水安全巩固提升工程", "云溪县水利局", "2763.08", "92.0", "优秀"),
    ("困难群众基本生活救助资金", "云溪县民政局", "3905.60", "89.0", "良好"),
    ("居家养老服务中心（站）建设及运营补助", "云溪县民政局", "642.30", "72.0", "中"),
    ("公共文化服务体系建设及文化惠民演出", "云溪县文化和广电旅游体育局", "486.75", "81.0", "良好"),
    ("全域旅游发展专项资金", "云溪县文化和广电旅游体育局", "1200.00", "58.5", "差"),
    ("国土空间总体规划编制", "云溪县自然资源和规划局", "780.00", None, "良好"),
    ("耕地保护补偿资金", "云溪县自然资源和规划局", "1534.20", "83.5", "良好"),
    ("就业创业补助资金", "云溪县人力资源和社会保障局", "2048.66", "86.0", "良好"),
    ("技能人才培训补贴", "云溪县人力资源和社会保障局", "395.00", "69.5", "中"),
    ("大气污染防治专项资金", "云溪县生态环境分局", "1087.45", "84.5", "良好"),
    ("重点生态公益林补偿资金", "云溪县林业局", "926.18", "91.5", "优秀"),
    ("森林防火及林业有害生物防治", "云溪县林业局", "458.32", "80.5", "良好"),
    ("应急物资储备及基层应急能力建设", "云溪县应急管理局", "612.00", "87.5", "良好"),
    ("食品安全抽检监测经费", "云溪县市场监督管理局", "276.50", "94.0", "优秀"),
    ("电子商务进农村综合示范项目", "云溪县商务局", "1500.00", "55.0", "差"),
    ("外贸企业稳订单拓市场奖补资金", "云溪县商务局", "2300.00", "78.0", "中"),
    ("县城智慧停车及城市运行管理平台建设", "云溪县综合行政执法局", "1425.80", None, "良好"),
]


def f02_county_table_repeat_header() -> Fixture:
    doc = WordDoc("云溪县财政局")
    fx = Fixture(
        "word_02_county_table_repeat_header",
        "county key-evaluation notice: 28-row ruled table over three pages WITH a repeated header row "
        "(w:tblHeader), long names wrapping in cells, blank 评价得分 cells, a 合计 row "
        "spanned over three columns, 金额（万元） only in the header, 优秀/良好/中/差 with shares, `- N -` footers",
        doc,
        region="云溪县",
        year=2023,
    )
    rows = [(n, d, D(a), None if s is None else D(s), g) for n, d, a, s, g in F02_ROWS]
    total = sum((r[2] for r in rows), D(0))
    depts = len({r[1] for r in rows})
    grades = {g: _table_projects(rows, 4)[g] for g in ("优秀", "良好", "中", "差")}
    assert sum(grades.values()) == len(rows)

    fx.title = doc.title("云溪县2023年度财政重点绩效评价结果公开")
    doc.para(
        "根据《云溪县全面实施预算绩效管理实施方案》要求，县财政局委托第三方机构对2023年度部分重点项目开展"
        "财政重点绩效评价，现将评价结果公开如下。"
    )
    doc.heading(1, "一、评价基本情况")
    q_n = f"对{len(rows)}个项目开展财政重点绩效评价"
    q_dept = f"涉及{depts}个县级部门"
    q_amt = f"资金{fmt(total)}万元"
    doc.para(
        f"本次共{q_n}，{q_dept}，{q_amt}。评价采用定量与定性相结合的方式，从决策、过程、产出、效益"
        "四个维度设置指标体系，评价结果分为优秀（90分及以上）、良好（80-89分）、中（60-79分）、差（60分以下）"
        "四个等级。"
    )
    doc.heading(1, "二、评价结果")
    dist = "；".join(
        (
            f"评价结果为“{g}”的项目{n}个，占{share(n, len(rows))}%"
            if i == 0
            else f"“{g}”的项目{n}个，占{share(n, len(rows))}%"
        )
        for i, (g, n) in enumerate(grades.items())
    )
    doc.para(f"{dist}。个别项目因资料不全未量化计分，仅给出评价结果。具体评价结果见下表。")
    doc.line("2023年度财政重点绩效评价结果表", align="center", font=HEI, before=6, after=6, keep_next=True)
    table = [["序号", "项目名称", "主管部门", "金额（万元）", "评价得分", "评价结果"]]
    for seq, (name, dept, amount, score, grade) in enumerate(rows, start=1):
        table.append([str(seq), name, dept, fmt(amount), score_text(score), grade])
    table.append(["合计", LEFT, LEFT, fmt(total), None, None])
    doc.table(table, [1.2, 5.4, 3.4, 2.3, 1.6, 1.7], align=["c", "l", "l", "r", "c", "c"])
    doc.heading(1, "三、结果应用")
    doc.para(
        "评价结果已反馈各主管部门，作为2025年预算安排和政策调整的重要依据。对评价结果为“差”的项目，原则上"
        "予以取消或调整；对评价结果为“中”的项目，责令限期整改。"
    )
    doc.signature("云溪县财政局", "2024年5月20日")
    doc.footer("dash")

    fx.metric("key_evaluated_projects", len(rows), "个", q_n)
    fx.metric("key_evaluated_departments", depts, "个", q_dept)
    fx.metric("key_evaluated_amount", total, "万元", q_amt)
    fx.batch(
        "key",
        "财政重点绩效评价",
        project_count=len(rows),
        department_count=depts,
        amount=total,
        amount_unit="万元",
        grades=grades,
        grade_shares_pct={g: share(n, len(rows)) for g, n in grades.items()},
    )
    for seq, (name, dept, amount, score, grade) in enumerate(rows, start=1):
        fx.project(seq, name, dept, grade, "key", score=score, amount=amount, unit="万元")
    fx.notes = (
        "Ruled Word table continued over three pages with its header row repeated (w:tblHeader) on each; rows may "
        "break across pages (none does with the fonts of tools/word_fonts.conf). Amounts carry thousands "
        "separators in the table and in the prose total (the 合计 row, spanned over 序号/项目名称/主管部门, is not a "
        "project). Unit 万元 only in the header 金额（万元）. Rows 6, 17 and 28 have an empty 评价得分 cell: "
        "score=null (the grade is still given). Score bands in parentheses (90分及以上, 80-89分, 60-79分, 60分以下) "
        "are not scores. Grade distribution and shares are printed in the prose; the table agrees with them. "
        "Headings are typed (一、二、三、), not auto-numbered. fiscal_year 2023 from the title (published 2024)."
    )
    return fx


# ============================================================================================= 03 白鹭区
F03_DEPTS = [
    (
        "白鹭区教育局",
        [
            ("中小学课后服务经费补助", "1236.40", "91.5", "优秀"),
            ("义务教育阶段学校教育装备更新及信息化提升项目", "2860.00", "86.0", "良好"),
            ("学生资助资金", "512.85", "88.5", "良好"),
            ("教师培训专项经费", "168.00", "93.0", "优秀"),
            ("校园安全防范及食堂“明厨亮灶”改造", "326.70", "81.5", "良好"),
        ],
    ),
    (
        "白鹭区卫生健康局",
        [
            ("社区卫生服务中心标准化建设", "1980.00", "84.5", "良好"),
            ("重大公共卫生服务项目", "765.32", "90.5", "优秀"),
            ("妇幼健康服务能力提升", "230.00", "76.0", "合格"),
        ],
    ),
    (
        "白鹭区民政局",
        [("社区居家养老服务补助", "1126.00", "87.0", "良好"), ("城乡低保资金", "3420.18", "92.5", "优秀")],
    ),
    (
        "白鹭区住房和城乡建设局",
        [
            ("老旧小区综合改造提升工程（第三批）", "6580.00", "82.0", "良好"),
            ("城市排水防涝设施建设及雨污管网改造工程", "4210.56", "79.5", "合格"),
            ("既有住宅加装电梯补助", "384.00", "89.5", "良好"),
        ],
    ),
    (
        "白鹭区城市管理局",
        [("道路保洁及垃圾清运服务", "2356.00", "85.0", "良好"), ("城市公园绿地养护", "1048.30", "57.5", "不合格")],
    ),
    (
        "白鹭区农业农村局",
        [
            ("高标准农田建设区级配套资金", "960.00", "90.0", "优秀"),
            ("村级集体经济发展扶持资金", "600.00", "83.5", "良好"),
            ("农村人居环境整治提升", "845.20", "81.0", "良好"),
        ],
    ),
    (
        "白鹭区水利局",
        [("河湖长制工作经费", "126.50", "84.0", "良好"), ("小型水库除险加固工程", "1530.00", "74.5", "合格")],
    ),
    ("白鹭区交通运输局", [("农村公路养护工程", "980.75", "86.5", "良好"), ("公交运营补贴", "2200.00", "80.5", "良好")]),
    (
        "白鹭区文化和旅游局",
        [("公共文化服务体系建设补助", "356.80", "91.0", "优秀"), ("文旅消费季活动经费", "300.00", "68.0", "合格")],
    ),
    (
        "白鹭区科学技术局",
        [
            ("科技型中小企业研发费用补助", "1500.00", "87.5", "良好"),
            ("科技创新平台建设奖励", "800.00", "55.0", "不合格"),
        ],
    ),
    (
        "白鹭区人力资源和社会保障局",
        [
            ("就业见习补贴", "236.40", "88.0", "良好"),
            ("职业技能提升行动专项资金", "680.00", "85.5", "良好"),
            ("公益性岗位补贴", "1120.00", "90.5", "优秀"),
        ],
    ),
    (
        "白鹭区退役军人事务局",
        [("优抚对象抚恤补助", "1865.24", "92.0", "优秀"), ("退役军人服务站运行经费", "96.00", "72.5", "合格")],
    ),
    (
        "白鹭区残疾人联合会",
        [("残疾人康复救助", "420.60", "86.0", "良好"), ("残疾人就业创业扶持", "150.00", "83.0", "良好")],
    ),
    ("白鹭区司法局", [("法律援助经费", "188.00", "89.0", "良好"), ("人民调解“以案定补”经费", "92.50", "84.5", "良好")]),
]


def f03_district_vmerge_no_repeat() -> Fixture:
    doc = WordDoc("白鹭区财政局")
    fx = Fixture(
        "word_03_district_vmerge_no_repeat",
        "district 抽查复核 notice: 35-row table WITHOUT repeated header across pages, no 序号 column, 预算部门 "
        "cells merged vertically over each department's rows (w:vMerge, split by page breaks), `单位：万元` on a "
        "line above, 评价档次/综合得分/项目 headers, 优秀/良好/合格/不合格 counts, 总计 row, auto-numbered `（1）` "
        "list",
        doc,
        region="白鹭区",
        year=2023,
    )
    rows = [(dept, n, D(a), D(s), g) for dept, items in F03_DEPTS for n, a, s, g in items]
    total = sum((r[2] for r in rows), D(0))
    grades = {g: _table_projects(rows, 4)[g] for g in ("优秀", "良好", "合格", "不合格")}
    self_n, self_dept, self_amt, ratio = 1214, 38, D("12.67"), 3
    sampled_amt = yi(total)

    doc.doc_number("白财〔2024〕7号", align="right")
    fx.title = doc.title("白鹭区财政局关于2023年度区级部门", "项目支出绩效评价结果的通报")
    doc.line("区级各部门、各单位：")
    doc.para(
        "为进一步提高财政资金使用效益，根据《白鹭区区级预算绩效管理办法》，区财政局组织开展了2023年度区级"
        "部门项目支出绩效自评和抽查复核工作。现将有关情况通报如下："
    )
    doc.heading(1, "一、绩效自评情况")
    q_self = f"对{self_n:,}个项目开展了绩效自评"
    q_self_amt = f"涉及资金{self_amt}亿元"
    doc.para(f"全区{self_dept}个部门（单位）{q_self}，{q_self_amt}，自评覆盖率100%。")
    doc.heading(1, "二、抽查复核情况")
    q_ratio = f"不低于自评项目数{ratio}%的比例"
    q_sampled = f"抽取{len(F03_DEPTS)}个部门的{len(rows)}个项目开展抽查复核"
    q_samt = f"涉及资金{sampled_amt}亿元"
    parts = [f"评价档次为“{g}”的项目{n}个" if i == 0 else f"“{g}”的{n}个" for i, (g, n) in enumerate(grades.items())]
    doc.para(
        f"区财政局按照{q_ratio}，{q_sampled}，{q_samt}。复核结果显示，{'、'.join(parts)}。各项目复核结果详见下表。"
    )
    doc.line("单位：万元", align="right", size=12)
    table: list[list[str | None]] = [["预算部门", "项目", "预算金额", "综合得分", "评价档次"]]
    for dept, items in F03_DEPTS:
        for i, (name, amount, score, grade) in enumerate(items):
            table.append([dept if i == 0 else UP, name, fmt(D(amount), sep=False), score, grade])
    table.append(["总计", LEFT, fmt(total, sep=False), None, None])
    doc.table(
        table, [3.6, 6.0, 2.3, 1.8, 1.9], repeat_header=False, font=SONG, size=12, align=["c", "l", "r", "c", "c"]
    )
    doc.heading(1, "三、存在的主要问题")
    problems = doc.new_list("decimal_paren")
    for text in (
        "部分项目绩效目标设置不够细化，量化指标占比偏低，难以衡量项目实施效果。",
        "个别部门自评工作流于形式，自评得分与复核得分差距较大，最大相差21.5分。",
        "部分项目预算执行进度偏慢，年末结转资金较多。",
    ):
        doc.item(problems, text)
    doc.heading(1, "四、有关要求")
    doc.para("请各部门针对复核发现的问题认真整改，并于2024年6月30日前将整改情况书面报送区财政局。")
    doc.signature("白鹭区财政局", "2024年4月25日")
    doc.footer("dash")

    fx.metric("self_evaluated_projects", self_n, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "亿元", q_self_amt)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", len(rows), "个", q_sampled)
    fx.metric("sampled_departments", len(F03_DEPTS), "个", q_sampled)
    fx.metric("sampled_amount", sampled_amt, "亿元", q_samt)
    fx.batch("self", "绩效自评", project_count=self_n, department_count=self_dept, amount=self_amt, amount_unit="亿元")
    fx.batch(
        "sampling",
        "抽查复核",
        project_count=len(rows),
        department_count=len(F03_DEPTS),
        amount=sampled_amt,
        amount_unit="亿元",
        grades=grades,
    )
    for seq, (dept, name, amount, score, grade) in enumerate(rows, start=1):
        fx.project(seq, name, dept, grade, "sampling", score=score, amount=amount, unit="万元")
    fx.notes = (
        "The table has no 序号 column: seq is the row order. Its 预算部门 cells are merged vertically over each "
        "department's rows (w:vMerge): every row's department is the merged cell's text, drawn once at the top "
        "of the merge; where a merge crosses a page break the rows on the next page show an empty cell (白鹭区教育局"
        "'s 5th row) or the rest of the wrapped name ('白鹭区残疾人联' / '合会') with the fonts of tools/"
        "word_fonts.conf. The header row is NOT repeated on the following pages. Unit 万元 only in the line "
        "'单位：万元' above the table; the prose gives the same money "
        "in 亿元 (sampled_amount = the table total rounded). The 总计 row is not a project. Grade vocabulary "
        "优秀/良好/合格/不合格 under the header 评价档次; scores under 综合得分. Not data: '自评覆盖率100%', "
        "'最大相差21.5分' (in an auto-numbered （1）（2）（3） list), the deadline 2024年6月30日, the 文号 "
        "白财〔2024〕7号. fiscal_year 2023 from the title."
    )
    return fx


# ============================================================================================= 04 松湖市
F04_ROWS = [
    (
        "松湖市教育局",
        "松湖市教育技术装备中心",
        "市属中小学数字校园建设及教学装备更新项目",
        "4860.00",
        "4521.36",
        "91.5",
        "优",
        "个别学校设备到货后未及时安装调试，部分功能模块使用率偏低。",
    ),
    (
        "松湖市卫生健康委员会",
        "松湖市疾病预防控制中心",
        "重大传染病防控及免疫规划项目",
        "2350.00",
        "2298.40",
        "93.0",
        "优",
        "绩效指标以产出指标为主，效益指标设置不够充分。",
    ),
    (
        "松湖市民政局",
        "松湖市社会福利院",
        "市社会福利院适老化改造及智慧养老服务平台建设",
        "1680.00",
        "1432.75",
        "86.5",
        "良",
        "项目建设进度滞后于计划，平台用户注册数未达预期。",
    ),
    (
        "松湖市交通运输局",
        "松湖市公路与运输管理中心",
        "国省道干线公路大中修工程",
        "9200.00",
        "8876.12",
        "88.0",
        "良",
        "部分路段验收资料不完整，养护巡查记录不规范。",
    ),
    (
        "松湖市农业农村局",
        "松湖市农业技术推广中心",
        "农业绿色高质高效行动",
        "860.00",
        "801.20",
        "84.5",
        "良",
        "示范面积统计口径不一致，部分补助资金拨付不及时。",
    ),
    (
        "松湖市水利局",
        "松湖市河道管理处",
        "市区河道清淤疏浚及生态修复工程",
        "5120.00",
        "4320.58",
        "78.5",
        "中",
        "工程变更较多且审批手续不全，预算执行率仅为84.4%。",
    ),
    (
        "松湖市科学技术局",
        "松湖市科技创新服务中心",
        "科技创新券兑现及研发平台奖补",
        "3000.00",
        "2950.00",
        "90.5",
        "优",
        "资金兑现对象集中于少数企业，政策覆盖面有待扩大。",
    ),
    (
        "松湖市商务局",
        "松湖市商务发展促进中心",
        "跨境电商综合试验区建设专项资金",
        "2400.00",
        "2016.34",
        "85.0",
        "良",
        "部分奖补项目申报审核不严，绩效目标值偏低。",
    ),
    (
        "松湖市生态环境局",
        "松湖市生态环境监测站",
        "生态环境监测能力建设及大气污染防治",
        "1560.00",
        "1322.80",
        "82.0",
        "良",
        "监测设备运维合同履约监管不到位。",
    ),
    (
        "松湖市文化广电旅游局",
        "松湖市图书馆",
        "城市书房建设及公共图书馆服务效能提升",
        "4170.00",
        "3056.90",
        "74.0",
        "中",
        "城市书房选址不够合理，日均借阅量低，运营经费保障不足。",
    ),
]


def f04_landscape_wide_table() -> Fixture:
    doc = WordDoc("松湖市财政局", list_suffix="nothing")
    fx = Fixture(
        "word_04_landscape_wide_table",
        "city key-evaluation report with a LANDSCAPE section in the middle: 9-column table with a two-row header "
        "(merged 资金情况（万元）/评价结果 over 预算数/执行数 and 得分/等级, both rows repeated), 主管部门 and a "
        "separate 项目单位 column, long 主要问题 cells; per-grade counts and amounts in prose, 绩效等级 优/良/中",
        doc,
        region="松湖市",
        year=2023,
    )
    rows = [(d, u, n, D(b), D(s), D(sc), g, issue) for d, u, n, b, s, sc, g, issue in F04_ROWS]
    total = sum((r[3] for r in rows), D(0))
    grade_counts = {g: _table_projects(rows, 6)[g] for g in ("优", "良", "中")}
    grade_amounts = {g: sum((r[3] for r in rows if r[6] == g), D(0)) for g in grade_counts}
    policies = 2

    fx.title = doc.title("松湖市2023年度市级财政重点绩效评价情况")
    doc.para(
        "为贯彻落实全面实施预算绩效管理要求，市财政局组织第三方机构对2023年度市级重点项目开展财政重点绩效"
        "评价，现将有关情况报告如下。"
    )
    doc.heading(1, "评价基本情况", numbered=True)
    q_n = f"对{len(rows)}个市级重点项目开展财政重点绩效评价"
    q_dept = f"涉及{len({r[0] for r in rows})}个主管部门"
    q_amt = f"预算资金{yi(total)}亿元"
    q_pol = f"对{policies}项财政政策开展政策绩效评价"
    doc.para(f"2023年，市财政局{q_n}，{q_dept}，{q_amt}。同时，{q_pol}，评价报告已反馈相关部门。")
    doc.heading(1, "评价结果", numbered=True)
    parts = [
        (f"绩效等级为“{g}”的项目{n}个" if i == 0 else f"“{g}”的项目{n}个") + f"，涉及资金{fmt(grade_amounts[g])}万元"
        for i, (g, n) in enumerate(grade_counts.items())
    ]
    doc.para(f"从评价结果看，{'；'.join(parts)}。各项目评价结果详见附表。")

    doc.landscape()
    doc.line("附表", font=HEI)
    doc.line("2023年度市级财政重点绩效评价结果汇总表", align="center", font=HEI, size=18, after=8)
    table: list[list[str | None]] = [
        ["序号", "主管部门", "项目单位", "项目名称", "资金情况（万元）", LEFT, "评价结果", LEFT, "主要问题"],
        [UP, UP, UP, UP, "预算数", "执行数", "得分", "绩效等级", UP],
    ]
    for seq, (dept, unit, name, budget, spent, score, grade, issue) in enumerate(rows, start=1):
        table.append([str(seq), dept, unit, name, fmt(budget), fmt(spent), score_text(score), grade, issue])
    doc.table(
        table,
        [1.2, 3.2, 3.6, 4.7, 2.2, 2.2, 1.5, 1.5, 4.5],
        header_rows=2,
        size=11,
        align=["c", "l", "l", "l", "r", "r", "c", "c", "l"],
    )
    doc.portrait()
    doc.heading(1, "存在的主要问题", numbered=True)
    doc.para(
        "一是部分项目绩效目标设置不够科学，目标值偏低或与实际脱节。二是个别项目前期论证不充分，实施过程中"
        "调整较多，影响资金使用效率。三是部分项目重建设轻管理，建成后运营维护资金保障不足。"
    )
    doc.heading(1, "下一步工作", numbered=True)
    doc.para(
        "市财政局将督促相关部门于2024年9月底前完成问题整改，并将评价结果与2025年预算安排挂钩，对评价等级为"
        "“中”的项目压减预算规模。"
    )
    doc.signature("松湖市财政局", "2024年6月12日")
    doc.footer("dash")

    fx.metric("key_evaluated_projects", len(rows), "个", q_n)
    fx.metric("key_evaluated_departments", len({r[0] for r in rows}), "个", q_dept)
    fx.metric("key_evaluated_amount", yi(total), "亿元", q_amt)
    fx.metric("policy_evaluations", policies, "个", q_pol)
    fx.batch(
        "key",
        "财政重点绩效评价",
        project_count=len(rows),
        department_count=len({r[0] for r in rows}),
        amount=yi(total),
        amount_unit="亿元",
        grades=grade_counts,
    )
    fx.batch("other", "政策绩效评价", project_count=policies)
    for seq, (dept, _unit, name, budget, _spent, score, grade, _issue) in enumerate(rows, start=1):
        fx.project(seq, name, dept, grade, "key", score=score, amount=budget, unit="万元")
    fx.notes = (
        "The project table is on landscape pages (a landscape Word section between portrait ones) and has a "
        "two-row header: 资金情况（万元） spans 预算数/执行数 and 评价结果 spans 得分/绩效等级; 序号, 主管部门, "
        "项目单位, "
        "项目名称 and 主要问题 are merged vertically over both header rows; both rows repeat on the next page. "
        "department = 主管部门; the 项目单位 column is the implementing unit, not the department. amount = 预算数 "
        "(the evaluated budget), not 执行数; unit 万元 only in the spanned header. The prose gives the total in "
        "亿元 (rounded table total) and per-grade amounts in 万元 (not a gold field). Policy evaluations "
        "(2项) are counted only, unnamed and ungraded: batch 'other'. '84.4%' in a 主要问题 cell is an execution "
        "rate, not a share. Headings are auto-numbered (一、二、…) with no tab after the label."
    )
    return fx


# ============================================================================================= 05 明湖县
F05_KEY = [
    ("县域医共体药品耗材集中采购配送补助", "明湖县卫生健康局", "92.5", "优秀"),
    ("乡村振兴衔接资金产业发展项目", "明湖县农业农村局", "86.0", "良好"),
    ("城乡供水一体化管网延伸工程", "明湖县水利局", "84.5", "良好"),
    ("普惠性幼儿园扩容提质工程", "明湖县教育局", "91.0", "优秀"),
    ("县级应急广播体系建设", "明湖县文化和广电旅游体育局", "78.5", "合格"),
    ("工业园区标准厂房及配套基础设施建设", "明湖县经济和信息化局", "83.0", "良好"),
    ("城区道路提升改造及智慧交通建设工程", "明湖县住房和城乡建设局", "88.5", "良好"),
    ("被征地农民养老保障补助", "明湖县人力资源和社会保障局", "90.5", "优秀"),
    ("农村客运公交化改造运营补贴", "明湖县交通运输局", "81.5", "良好"),
]


def f05_several_batches() -> Fixture:
    doc = WordDoc("明湖县财政局")
    fx = Fixture(
        "word_05_several_batches",
        "county round with five batches: 单位自评 (优秀/良好/合格/不合格 counts), 抽查复核 (counts and shares), "
        "财政重点评价 (table, scores like 92.5, prose counts), 部门整体 (names, scores and grades zipped from "
        "`分别为`), 政策评价; 万元 with four decimals and thousands separators next to 亿元; auto-numbered headings",
        doc,
        region="明湖县",
        year=2023,
    )
    self_units, self_n, self_amt = 63, 1356, D("215437.8826")
    self_grades = {"优秀": 1012, "良好": 268, "合格": 61, "不合格": 15}
    ratio, sampled, sampled_amt = 5, 70, D("9876.5432")
    sample_grades = {"优秀": 14, "良好": 35, "合格": 18, "不合格": 3}
    key_amt = D("2.35")
    key_grades = dict(Counter(g for *_, g in F05_KEY))
    key_grades = {g: key_grades[g] for g in ("优秀", "良好", "合格")}
    overall = [("县教育局", D("91.5"), "优秀"), ("县卫生健康局", D("86"), "良好"), ("县农业农村局", D("78.5"), "合格")]
    policy = ("明湖县促进农业产业化发展若干政策", "县农业农村局", D("83"), "良好")
    assert sum(self_grades.values()) == self_n and sum(sample_grades.values()) == sampled

    doc.doc_number("明财绩〔2024〕9号")
    doc.blank()
    fx.title = doc.title("明湖县财政局关于2023年度财政支出", "绩效评价结果的通报")
    doc.line("县级各部门（单位）：")
    doc.para(
        "根据《明湖县县级财政支出绩效评价管理暂行办法》，县财政局组织开展了2023年度财政支出绩效评价工作，"
        "现将评价结果通报如下："
    )
    doc.heading(1, "单位自评情况", numbered=True)
    q_self = f"对{self_n:,}个项目开展绩效自评"
    q_self_amt = f"涉及金额{fmt(self_amt)}万元"
    sg = "、".join(f"{g}的{n:,}个" for g, n in self_grades.items())
    doc.para(f"全县{self_units}个预算单位{q_self}，{q_self_amt}。自评结果为{sg}。")
    doc.heading(1, "财政抽查复核情况", numbered=True)
    q_ratio = f"按不低于{ratio}%的比例"
    q_sampled = f"抽取自评项目{sampled}个进行复核"
    q_samt = f"涉及金额{fmt(sampled_amt)}万元"
    sd = "；".join(f"{g}的{n}个，占{share(n, sampled)}%" for g, n in sample_grades.items())
    doc.para(
        f"县财政局{q_ratio}{q_sampled}，{q_samt}。复核结果为{sd}。复核得分与自评得分相差10分以上的项目有6个，"
        "已要求相关单位说明原因。"
    )
    doc.heading(1, "财政重点评价情况", numbered=True)
    q_key = f"选取{len(F05_KEY)}个项目开展财政重点评价"
    q_key_amt = f"涉及资金{key_amt}亿元"
    kg = "、".join(f"{g}{n}个" for g, n in key_grades.items())
    doc.para(f"{q_key}，{q_key_amt}，其中评价等级为{kg}。具体如下：")
    table: list[list[str | None]] = [["序号", "项目名称", "主管部门", "评价得分", "评价等级"]]
    for seq, (name, dept, score, grade) in enumerate(F05_KEY, start=1):
        table.append([str(seq), name, dept, score, grade])
    doc.table(table, [1.2, 6.4, 4.2, 1.9, 1.9], font=SONG, size=10.5, header_font=SONG, align=["c", "l", "l", "c", "c"])
    doc.heading(1, "部门整体支出绩效评价情况", numbered=True)
    q_overall = f"{len(overall)}个部门开展部门整体支出绩效评价"
    doc.para(
        f"对{'、'.join(u for u, _, _ in overall)}{q_overall}，评价得分分别为"
        + "、".join(f"{s}分" for _, s, _ in overall)
        + "，评价等级分别为"
        + "、".join(g for _, _, g in overall)
        + "。"
    )
    doc.heading(1, "政策评价情况", numbered=True)
    q_policy = "开展政策绩效评价"
    doc.para(f"对{policy[1]}主管的《{policy[0]}》{q_policy}，评价得分{policy[2]}分，评价等级为{policy[3]}。")
    doc.heading(1, "结果应用", numbered=True)
    doc.para(
        "评价结果将作为2025年度预算安排的重要依据，对复核和重点评价等级为“合格”及以下的项目，相应压减下年度"
        "预算10%至30%。"
    )
    doc.signature("明湖县财政局", "2024年7月2日")
    doc.footer("dash")

    fx.metric("self_evaluated_projects", self_n, "个", q_self)
    fx.metric("self_evaluated_amount", self_amt, "万元", q_self_amt)
    fx.metric("sampling_ratio", ratio, "%", q_ratio)
    fx.metric("sampled_projects", sampled, "个", q_sampled)
    fx.metric("sampled_amount", sampled_amt, "万元", q_samt)
    fx.metric("key_evaluated_projects", len(F05_KEY), "个", q_key)
    fx.metric("key_evaluated_amount", key_amt, "亿元", q_key_amt)
    fx.metric("department_overall_evaluations", len(overall), "个", q_overall)
    fx.batch(
        "self",
        "单位自评",
        project_count=self_n,
        department_count=self_units,
        amount=self_amt,
        amount_unit="万元",
        grades=self_grades,
    )
    fx.batch(
        "sampling",
        "财政抽查复核",
        project_count=sampled,
        amount=sampled_amt,
        amount_unit="万元",
        grades=sample_grades,
        grade_shares_pct={g: share(n, sampled) for g, n in sample_grades.items()},
    )
    fx.batch("key", "财政重点评价", project_count=len(F05_KEY), amount=key_amt, amount_unit="亿元", grades=key_grades)
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(overall), department_count=len(overall))
    fx.batch("other", "政策评价", project_count=1)
    for seq, (name, dept, score, grade) in enumerate(F05_KEY, start=1):
        fx.project(seq, name, dept, grade, "key", score=D(score))
    fx.project(len(F05_KEY) + 1, policy[0], policy[1], policy[3], "other", score=policy[2])
    for unit, score, grade in overall:
        fx.unit(unit, None, grade, score)
    fx.notes = (
        "Five batches in one document. Self-evaluation counts use thousands separators ('1,012个') and the amounts "
        "four decimals ('215,437.8826万元'). sampling_ratio 5 from '按不低于5%的比例'. The 部门整体 results are "
        "zipped from three parallel lists ('…县教育局、县卫生健康局、县农业农村局3个部门…评价得分分别为91.5分、86分、"
        "78.5分，评价等级分别为优秀、良好、合格'); unit names are verbatim short forms (县教育局), parent null. The "
        "policy evaluation is recorded as a project of batch 'other' (seq 10: order of mention, it has no number): "
        "name without the 《》, "
        "department from '县农业农村局主管的', score 83, grade 良好; policy_evaluations is not a metric here "
        "because no count is printed (the batch count 1 is the single policy named). Not data: '相差10分以上的"
        "项目有6个' (a score gap), '压减下年度预算10%至30%'. The key table has no amounts; prose gives 2.35亿元. "
        "fiscal_year 2023 from the title; 文号 明财绩〔2024〕9号."
    )
    return fx


# ============================================================================================= 06 农业农村局
F06_ROWS = [
    ("农业产业化龙头企业扶持资金", "320.00", "95.0", "优"),
    ("高标准农田建设管护经费", "486.50", "92.5", "优"),
    ("农村生活垃圾分类及资源化利用", "268.40", "91.0", "优"),
    ("动物防疫及强制免疫补助", "156.80", "96.0", "优"),
    ("农业科技推广及农民培训", "98.00", "88.5", "良"),
    ("美丽乡村精品村建设补助", "600.00", "93.5", "优"),
    ("耕地地力保护补贴（县级配套）", "412.35", "94.0", "优"),
    ("农田水利设施维修养护", "365.20", "90.5", "优"),
    ("农产品质量安全检测经费", "72.00", "97.0", "优"),
    ("家庭农场和农民合作社培育", "150.00", "91.5", "优"),
    ("农村集体“三资”管理平台运维", "39.00", "86.0", "良"),
    ("乡村振兴示范带建设项目（云溪河沿线片区）", "500.00", "92.0", "优"),
]


def f06_department_self_summary() -> Fixture:
    doc = WordDoc("云溪县农业农村局")
    fx = Fixture(
        "word_06_department_self_summary",
        "a line department's self-evaluation summary (`我局`): 12-row 自评得分/自评等级 table with no 主管部门 column "
        "(department = the publisher), `无“中”和“差”等级项目` (explicit zeros), its own 部门整体 self-evaluation "
        "with a score, running header with a rule, `第 N 页 共 M 页` footer, auto-numbered `1.` problem list",
        doc,
        region="云溪县",
        year=2023,
    )
    dept = "云溪县农业农村局"
    rows = [(n, D(a), D(s), g) for n, a, s, g in F06_ROWS]
    total = sum((r[1] for r in rows), D(0))
    spent = D("3262.85")
    counts = Counter(r[3] for r in rows)
    grades = {"优": counts["优"], "良": counts["良"], "中": 0, "差": 0}
    overall_score, overall_grade = D("94.6"), "优"

    doc.header(dept)
    fx.title = doc.title("云溪县农业农村局2023年度", "项目支出绩效自评报告")
    doc.para(
        "根据县财政局《关于做好2023年度预算绩效自评工作的通知》（云财绩〔2024〕2号）要求，我局对2023年度部门"
        "预算项目开展了绩效自评，现将自评情况报告如下。"
    )
    doc.heading(1, "一、基本情况")
    q_n = f"纳入2023年度绩效自评范围的项目共{len(rows)}个"
    q_amt = f"涉及资金{fmt(total)}万元"
    rate = (spent * 100 / total).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    doc.para(f"我局{q_n}，{q_amt}，全年实际支出{fmt(spent)}万元，预算执行率{rate}%。")
    doc.heading(1, "二、自评结果")
    doc.para(
        f"经自评，{len(rows)}个项目中自评等级为“优”的{grades['优']}个，“良”的{grades['良']}个，无“中”和“差”等级"
        "项目。各项目自评情况见下表。"
    )
    table: list[list[str | None]] = [["序号", "项目名称", "预算金额（万元）", "自评得分", "自评等级"]]
    for seq, (name, amount, score, grade) in enumerate(rows, start=1):
        table.append([str(seq), name, fmt(amount), f"{score}", grade])
    doc.table(table, [1.2, 7.2, 3.0, 2.0, 2.0], size=12, align=["c", "l", "r", "c", "c"])
    doc.blank()
    q_overall = "开展部门整体支出绩效自评"
    doc.para(f"同时，我局{q_overall}，自评得分{overall_score}分，自评等级为“{overall_grade}”。")
    doc.heading(1, "三、存在问题及原因")
    issues = doc.new_list("decimal_dot")
    for text in (
        "个别项目绩效指标设置不够合理，如“农民培训人次”指标值设为500人次，实际完成1,260人次，目标值明显偏低。",
        "部分项目资金拨付进度偏慢，上半年支出进度仅为38.6%。",
        "项目绩效跟踪监控不够及时，对偏离目标的情况纠偏措施不足。",
    ):
        doc.item(issues, text)
    doc.heading(1, "四、下一步改进措施")
    measures = doc.new_list("decimal_dot")
    for text in (
        "科学设置绩效目标，提高指标的可衡量性。",
        "加快预算执行进度，确保资金及时发挥效益。",
        "强化自评结果应用，将自评结果作为下年度预算申报的重要依据。",
    ):
        doc.item(measures, text)
    doc.signature(dept, "2024年3月5日")
    doc.footer("page_of", size=10.5)

    fx.metric("self_evaluated_projects", len(rows), "个", q_n)
    fx.metric("self_evaluated_amount", total, "万元", q_amt)
    fx.batch("self", "绩效自评", project_count=len(rows), amount=total, amount_unit="万元", grades=grades)
    fx.batch("department_overall", "部门整体支出绩效自评", project_count=1, department_count=1)
    for seq, (name, amount, score, grade) in enumerate(rows, start=1):
        fx.project(seq, name, dept, grade, "self", score=score, amount=amount, unit="万元")
    fx.unit(dept, None, overall_grade, overall_score)
    fx.notes = (
        "A department's own self-evaluation report ('我局'), not the finance bureau's. The table has no 主管部门 "
        "column: department = the publishing department from the title (云溪县农业农村局), as in real gold 08. "
        "'无“中”和“差”等级项目' gives explicit zeros (中 0, 差 0) kept in grades. The department-overall self-"
        "evaluation is the department itself (score 94.6, grade 优; unit = 云溪县农业农村局, parent null); its batch "
        "count 1 comes from the single mention, no count is printed, so no metric. Not data: 实际支出3,262.85万元 "
        "and 预算执行率 (spending, not the evaluated amount), '500人次', '1,260人次', '38.6%' (in the auto-numbered "
        "problem list), the cited notice 云财绩〔2024〕2号. Running header '云溪县农业农村局' on every page and "
        "'第 N 页 共 M 页' footers."
    )
    return fx


# ============================================================================================= 07 凤栖县 bonds
F07_ROWS = [
    (
        "凤栖县住房和城乡建设局",
        "凤栖县城区老旧小区改造及配套基础设施建设项目",
        "专项债券",
        "3.20",
        "88",
        "良",
        "财政重点评价",
    ),
    ("凤栖县住房和城乡建设局", "凤栖县城北片区污水处理厂及配套管网工程", "专项债券", "2.15", "92", "优", "单位自评"),
    ("凤栖县住房和城乡建设局", "凤栖县保障性租赁住房项目（一期）", "专项债券", "1.50", "90", "优", "单位自评"),
    ("凤栖县交通运输局", "凤栖县城乡客运综合枢纽站建设工程", "专项债券", "2.60", "85", "良", "财政重点评价"),
    ("凤栖县交通运输局", "凤栖县临港物流园区道路及配套设施工程", "专项债券", "1.10", "91", "优", "单位自评"),
    ("凤栖县卫生健康局", "凤栖县人民医院医技综合楼建设项目", "专项债券", "1.30", "94", "优", "单位自评"),
    ("凤栖县教育局", "凤栖县职业技术学校产教融合实训基地", "专项债券", "1.00", "89", "良", "单位自评"),
]


def f07_bond_notice() -> Fixture:
    doc = WordDoc("凤栖县财政局")
    fx = Fixture(
        "word_07_bond_notice",
        "special-bond (专项债券) result notice: one table, 发行金额（亿元） only in the header, 主管部门 merged "
        "vertically, the batch only in 备注 (财政重点评价 / 单位自评), bare scores, 合计 spanned over four columns, "
        "a 公示 period and phone number (noise), year only in a cited 文号",
        doc,
        region="凤栖县",
        year=2023,
    )
    rows = [(d, n, t, D(a), D(s), g, r) for d, n, t, a, s, g, r in F07_ROWS]
    total = sum((r[3] for r in rows), D(0))
    batch_of = {"财政重点评价": "key", "单位自评": "self"}
    n_key = sum(1 for r in rows if r[6] == "财政重点评价")
    n_self = len(rows) - n_key

    fx.title = doc.title("凤栖县2023年度新增专项债券项目", "绩效评价结果公示")
    doc.para(
        "根据《凤栖县地方政府专项债券项目资金绩效管理办法》（凤财债〔2022〕5号），县财政局组织对2023年度新增"
        "专项债券项目开展绩效评价，现将评价结果公示如下。"
    )
    q_bond = f"共发行新增专项债券项目{len(rows)}个"
    q_amt = f"发行金额{total}亿元"
    q_key = f"对其中{n_key}个项目开展财政重点评价"
    q_self = f"其余{n_self}个项目由项目单位开展绩效自评"
    doc.para(f"2023年，我县{q_bond}，{q_amt}。县财政局{q_key}，{q_self}。评价结果如下：")
    table: list[list[str | None]] = [
        ["序号", "主管部门", "项目名称", "债券类型", "发行金额（亿元）", "评价得分", "评价结果", "备注"]
    ]
    prev = None
    for seq, (dept, name, kind, amount, score, grade, remark) in enumerate(rows, start=1):
        table.append([str(seq), UP if dept == prev else dept, name, kind, f"{amount}", f"{score}", grade, remark])
        prev = dept
    table.append(["合计", LEFT, LEFT, LEFT, f"{total}", None, None, None])
    doc.table(
        table,
        [1.0, 2.8, 4.6, 1.6, 1.7, 1.3, 1.3, 1.9],
        font=SONG,
        size=10.5,
        header_font=SONG,
        align=["c", "c", "l", "c", "r", "c", "c", "c"],
    )
    doc.para(
        "公示期为2024年6月3日至6月7日（5个工作日）。如对公示内容有异议，请在公示期内向凤栖县财政局反映。"
        "联系电话：0000-6123456。"
    )
    doc.signature("凤栖县财政局", "2024年6月3日")
    doc.footer("dash")

    fx.metric("bond_projects", len(rows), "个", q_bond)
    fx.metric("bond_amount", total, "亿元", q_amt)
    fx.metric("key_evaluated_projects", n_key, "个", q_key)
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.batch("key", "财政重点评价", project_count=n_key)
    fx.batch("self", "单位自评", project_count=n_self)
    for seq, (dept, name, _kind, amount, score, grade, remark) in enumerate(rows, start=1):
        fx.project(seq, name, dept, grade, batch_of[remark], score=score, amount=amount, unit="亿元")
    fx.notes = (
        "Special-bond notice (real gold 06 is the same sub-genre). Amounts are bond issue amounts in 亿元, the unit "
        "only in the header 发行金额（亿元）; '1.00' stays 1.0. 主管部门 is merged vertically over consecutive rows of "
        "the same department (w:vMerge). The per-row batch is in 备注 (财政重点评价 → key, 单位自评 → self); the prose "
        f"states the two counts too. The 合计 row (spanned over 序号…债券类型) is not a project; {total} = the sum of "
        "the rows. Not data: 公示期 dates, '5个工作日', the phone number, the cited 文号 凤财债〔2022〕5号. "
        "fiscal_year "
        "2023 = the bond year of the title."
    )
    return fx


# ============================================================================================= 08 碧水市 plan
F08_ROWS = [
    ("市区公共停车设施建设运营补助", "碧水市住房和城乡建设局", "3200.00", "第三方评价"),
    ("中心城区智慧路灯改造工程", "碧水市综合行政执法局", "2850.00", "第三方评价"),
    ("市属高校“双一流”学科建设专项资金", "碧水市教育局", "6000.00", "第三方评价"),
    ("基层公共就业服务平台建设", "碧水市人力资源和社会保障局", "1280.00", "财政自行评价"),
    ("城乡居民医疗救助资金", "碧水市医疗保障局", "5400.00", "第三方评价"),
    ("农村饮用水水源地保护工程", "碧水市水利局", "2160.00", "财政自行评价"),
    ("工业互联网平台培育奖励资金", "碧水市经济和信息化局", "4000.00", "第三方评价"),
    ("文化旅游产业融合发展专项资金", "碧水市文化广电旅游局", "3500.00", "第三方评价"),
    ("森林城市建设及国土绿化工程", "碧水市林业局", "4780.00", "第三方评价"),
    ("困难残疾人生活补贴和重度残疾人护理补贴", "碧水市民政局", "2936.00", "财政自行评价"),
    ("市级储备粮轮换费用补贴", "碧水市发展和改革委员会", "3100.00", "第三方评价"),
    ("智慧城市运行管理中心建设项目（二期）", "碧水市大数据发展管理局", "7100.00", "第三方评价"),
]


def f08_plan_no_results() -> Fixture:
    doc = WordDoc("碧水市财政局")
    fx = Fixture(
        "word_08_plan_no_results",
        "a PLAN (通知 to carry out a round): red letterhead, planned counts and money (`拟选取`), an attachment "
        "table of 12 projects to be evaluated (no grades or scores) with a repeated header, auto-numbered "
        "schedule, contact line: gold has no results at all",
        doc,
        region="碧水市",
        year=2024,
    )
    total = sum((D(r[2]) for r in F08_ROWS), D(0))
    doc.red_letterhead("碧水市财政局文件", "碧财绩〔2024〕3号")
    fx.title = doc.title("碧水市财政局关于开展2024年度市级", "财政重点绩效评价工作的通知")
    doc.line("市级各部门（单位）：")
    doc.para(
        "为贯彻落实全面实施预算绩效管理要求，根据《碧水市市级财政支出绩效评价管理办法》，市财政局决定开展"
        "2024年度市级财政重点绩效评价工作。现将有关事项通知如下："
    )
    doc.heading(1, "评价对象和范围", numbered=True)
    doc.para(
        f"结合部门申报和预算执行情况，拟选取{len(F08_ROWS)}个项目开展财政重点绩效评价，涉及预算资金"
        f"{yi(total)}亿元（项目清单见附件）；拟选取3个部门开展部门整体支出绩效评价。"
    )
    doc.heading(1, "时间安排", numbered=True)
    steps = doc.new_list("decimal_dot")
    for text in (
        "前期准备阶段（2024年4月—5月）：确定第三方机构，制定评价方案和指标体系。",
        "现场评价阶段（2024年6月—8月）：开展资料核查、现场勘查和满意度调查。",
        "报告撰写阶段（2024年9月30日前）：形成评价报告，评价结果分为优、良、中、差四个等级。",
    ):
        doc.item(steps, text)
    doc.heading(1, "工作要求", numbered=True)
    doc.para(
        "各部门要高度重视，指定专人负责，按要求提供相关资料。评价结果将作为2025年预算安排的重要依据。"
        "联系人：市财政局绩效评价科，联系电话：8123 4567。"
    )
    doc.attachments(["2024年度市级财政重点绩效评价项目清单"])
    doc.signature("碧水市财政局", "2024年4月8日")
    doc.page_break()
    doc.line("附件", font=HEI)
    doc.line("2024年度市级财政重点绩效评价项目清单", align="center", font=HEI, size=18, before=6, after=10)
    table: list[list[str | None]] = [["序号", "项目名称", "主管部门", "预算金额（万元）", "评价方式"]]
    for seq, (name, dept, amount, how) in enumerate(F08_ROWS, start=1):
        table.append([str(seq), name, dept, amount, how])
    doc.table(table, [1.2, 6.0, 4.0, 2.4, 2.0], size=12, align=["c", "l", "l", "r", "c"])
    doc.footer("dash")
    fx.notes = (
        f"PLAN, not results: the finance bureau announces a round it will carry out ('拟选取{len(F08_ROWS)}个项目…', "
        "'拟选取3个部门'), "
        "with the list of projects to be evaluated in an attachment table "
        "(项目名称/主管部门/预算金额（万元）/评价方式, "
        "no grade or score column). Gold has no metrics, batches, projects or unit evaluations, as the fixture "
        "corpus's plan (synthetic_10) and the brief say; note that real gold 13_jiange and 15_shantou record the "
        "planned counts (and 15 the named projects, grade null) — a scorer should accept a report row with no "
        "results here. '优、良、中、差四个等级' names the scale, not a distribution. fiscal_year 2024 = the round "
        "of the title."
    )
    return fx


# ============================================================================================= 09 碧水市 2022
F09_PROJECTS = [
    ("城区生活垃圾分类处理及资源化利用项目", "碧水市综合行政执法局", "1.26", "亿元", "88.5", "良好", "评价得分"),
    ("义务教育阶段学生营养改善计划", "碧水市教育局", "3,826.40", "万元", "92", "优秀", "评价得分"),
    ("碧水市人民医院新院区医疗设备购置", "碧水市卫生健康委员会", "2.05", "亿元", "76", None, "评价得分"),
    ("科技创新券及研发费用补助", "碧水市科学技术局", "6,150", "万元", None, "合格", None),
    ("市区公共自行车系统运营服务", "碧水市交通运输局", "1,980.55", "万元", "63.5", "合格", "综合评价得分"),
]


def f09_prose_per_project() -> Fixture:
    doc = WordDoc("碧水市财政局", latin_font=FANGSONG)
    fx = Fixture(
        "word_09_prose_per_project",
        "one auto-numbered `（一）` heading per project with a paragraph under it: scores with and without grades, "
        "a grade without a score, per-project amounts in 亿元 or 万元, 优秀/良好/合格; Latin digits in the CJK font",
        doc,
        region="碧水市",
        year=2022,
        tagged=False,
    )

    def wan(amount: str, unit: str) -> Decimal:
        value = D(amount.replace(",", ""))
        return value * 10000 if unit == "亿元" else value

    total = yi(sum((wan(a, u) for _, _, a, u, *_ in F09_PROJECTS), D(0)))
    fx.title = doc.title("碧水市2022年度市级财政重点绩效评价结果公告")
    q_n = f"对{len(F09_PROJECTS)}个市级重点项目开展绩效评价"
    q_amt = f"涉及资金{total}亿元"
    doc.para(f"2022年，市财政局委托第三方机构{q_n}，{q_amt}。现将评价结果公告如下：")
    doc.heading(1, "评价结果", numbered=True)
    for name, dept, amount, unit, score, grade, score_word in F09_PROJECTS:
        doc.heading(2, name, numbered=True)
        sentence = f"该项目主管部门为{dept}，项目预算资金{amount}{unit}。"
        if score is not None:
            sentence += f"{score_word}{score}分"
            sentence += f"，评价等级为“{grade}”。" if grade else "。"
        else:
            sentence += f"评价等级为“{grade}”。"
        if grade is None:
            sentence += "评价认为，项目设备购置按计划完成，但大型设备使用率偏低，部分设备闲置。"
        elif score is None:
            sentence += "项目资金兑现及时，但对企业研发投入的撬动作用有待进一步发挥。"
        else:
            sentence += "项目总体实现了预期绩效目标。"
        doc.para(sentence)
    doc.heading(1, "结果应用", numbered=True)
    doc.para("市财政局已将评价结果反馈项目主管部门，督促其于3个月内完成整改，并将整改情况报市财政局备案。")
    doc.signature("碧水市财政局", "2023年8月15日")
    doc.footer("dash")

    fx.metric("key_evaluated_projects", len(F09_PROJECTS), "个", q_n)
    fx.metric("key_evaluated_amount", total, "亿元", q_amt)
    fx.batch("key", "市级财政重点绩效评价", project_count=len(F09_PROJECTS), amount=total, amount_unit="亿元")
    for seq, (name, dept, amount, unit, score, grade, _w) in enumerate(F09_PROJECTS, start=1):
        fx.project(
            seq,
            name,
            dept,
            grade,
            "key",
            score=None if score is None else D(score),
            amount=D(amount.replace(",", "")),
            unit=unit,
        )
    fx.notes = (
        "Each project is an auto-numbered level-2 heading （一）…（五） (the label is not in the paragraph text; "
        "seq = the drawn number) followed by one paragraph. Project 3 has a score (76分) and NO grade: grade=null "
        "(never inferred from the score); project 4 has a grade (合格) and no score. Amounts per project in the "
        f"unit the text gives (亿元 or 万元, thousands separators); the batch total {total}亿元 is printed in the "
        "intro. Latin digits use the CJK font here (no Times New Roman runs). Not data: '3个月内'. fiscal_year "
        "2022 from the title (published 2023)."
    )
    return fx


# ============================================================================================= 10 云溪县 2022
F10_ROWS = [
    ("云溪县教育局", "农村义务教育学校寄宿制条件改善工程", "3582600.00", "91", "优"),
    ("云溪县教育局", "县职业中专实训基地建设", "2465000.00", "84", "良"),
    ("云溪县卫生健康局", "乡镇卫生院标准化建设及设备配置", "4180250.50", "87", "良"),
    ("云溪县卫生健康局", "家庭医生签约服务补助", "965400.00", "92", "优"),
    ("云溪县民政局", "特困人员供养服务机构改造提升", "1850000.00", "76", "中"),
    ("云溪县农业农村局", "农村宅基地制度改革试点工作经费", "620000.00", "82", "良"),
    ("云溪县农业农村局", "茶产业提质增效及品牌建设补助资金", "2500000.00", "88", "良"),
    ("云溪县水利局", "山洪灾害防治非工程措施建设", "1326800.00", "79", "中"),
    ("云溪县交通运输局", "县乡道安全生命防护工程", "3960000.00", "86", "良"),
    ("云溪县住房和城乡建设局", "城镇燃气管道老化更新改造工程", "5210000.00", "90", "优"),
    ("云溪县住房和城乡建设局", "县城排水管网提质改造", "3020000.00", "58", "差"),
    ("云溪县文化和广电旅游体育局", "全民健身中心运营补助", "480000.00", "83", "良"),
    ("云溪县人力资源和社会保障局", "城乡居民基本养老保险县级补助", "1205630.00", "93", "优"),
    ("云溪县商务局", "县域商业体系建设示范县项目", "1000000.00", "71", "中"),
    ("云溪县应急管理局", "森林消防专业队伍建设经费", "345000.00", "85", "良"),
]
F10_UNITS = [
    ("云溪县统计局", "185.60", "92", "优"),
    ("云溪县司法局", "1024.35", "87", "良"),
    ("云溪县档案馆", "236.80", "90", "优"),
    ("云溪县市场监督管理局", "2860.12", "84", "良"),
]


def f10_attachments_noise() -> Fixture:
    doc = WordDoc("云溪县财政局")
    fx = Fixture(
        "word_10_attachments_noise",
        "bureau notice whose results are only in two attachment tables (附件1 projects with amounts in 元 and "
        "单位名称/评价分值 headers; 附件2 部门整体 with scores), red letterhead, 文号 of the following year, "
        "`附件：1．… 2．…`, contact line, 版记 with 抄送/印发, tables without repeated header",
        doc,
        region="云溪县",
        year=2022,
    )
    rows = [(d, n, D(a), D(s), g) for d, n, a, s, g in F10_ROWS]
    total_yuan = sum((r[2] for r in rows), D(0))
    total_wan = (total_yuan / D(10000)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    att1 = "2022年度县级财政重点绩效评价结果汇总表"
    att2 = "2022年度部门整体支出绩效评价结果"

    doc.red_letterhead("云溪县财政局文件", "云财绩〔2023〕21号")
    fx.title = doc.title("云溪县财政局关于2022年度县级财政", "重点绩效评价结果的通报")
    doc.line("各乡镇人民政府，县级各部门：")
    q_n = f"全县共对{len(rows)}个项目开展财政重点绩效评价"
    q_amt = f"涉及资金{fmt(total_wan)}万元"
    q_units = f"对{len(F10_UNITS)}个部门开展部门整体支出绩效评价"
    doc.para(
        "为强化预算绩效管理，提高财政资金使用效益，县财政局组织对2022年度县级财政重点项目和部门整体支出开展"
        f"了绩效评价。{q_n}，{q_amt}（详见附件1）；{q_units}（详见附件2）。"
    )
    doc.para(
        "请各部门对照评价中发现的问题认真整改，并于2023年7月31日前将整改报告报送县财政局。县财政局将把评价"
        "结果作为2024年度预算安排的重要依据。"
    )
    doc.para("特此通报。")
    doc.attachments([att1, att2])
    doc.signature("云溪县财政局", "2023年5月26日")
    doc.para("（联系人：县财政局绩效管理股，联系电话：6123456）")
    doc.para("（此件主动公开）")
    doc.imprint("抄送：县人大常委会办公室，县审计局。", "云溪县财政局办公室", "2023年5月26日")

    doc.page_break()
    doc.line("附件1", font=HEI)
    doc.line(att1, align="center", font=HEI, size=18, before=6, after=10)
    table: list[list[str | None]] = [["序号", "单位名称", "项目名称", "项目金额（元）", "评价分值", "评价等级"]]
    for seq, (dept, name, amount, score, grade) in enumerate(rows, start=1):
        table.append([str(seq), dept, name, fmt(amount), f"{score}", grade])
    doc.table(
        table,
        [1.1, 3.6, 5.2, 2.9, 1.4, 1.4],
        repeat_header=False,
        font=SONG,
        size=10.5,
        header_font=SONG,
        align=["c", "l", "l", "r", "c", "c"],
    )
    doc.page_break()
    doc.line("附件2", font=HEI)
    doc.line(att2, align="center", font=HEI, size=18, before=6, after=10)
    table = [["序号", "部门名称", "预算总额（万元）", "评价分值", "评价等级"]]
    for seq, (unit, amount, score, grade) in enumerate(F10_UNITS, start=1):
        table.append([str(seq), unit, amount, score, grade])
    doc.table(
        table,
        [1.2, 6.0, 3.2, 2.2, 2.2],
        repeat_header=False,
        font=SONG,
        size=12,
        header_font=SONG,
        align=["c", "l", "r", "c", "c"],
    )
    doc.footer("dash")

    fx.metric("key_evaluated_projects", len(rows), "个", q_n)
    fx.metric("key_evaluated_amount", total_wan, "万元", q_amt)
    fx.metric("department_overall_evaluations", len(F10_UNITS), "个", q_units)
    fx.batch("key", "财政重点绩效评价", project_count=len(rows), amount=total_wan, amount_unit="万元")
    fx.batch(
        "department_overall", "部门整体支出绩效评价", project_count=len(F10_UNITS), department_count=len(F10_UNITS)
    )
    for seq, (dept, name, amount, score, grade) in enumerate(rows, start=1):
        fx.project(seq, name, dept, grade, "key", score=score, amount=amount, unit="元")
    for unit, _amount, score, grade in F10_UNITS:
        fx.unit(unit, None, grade, D(score))
    fx.notes = (
        "The results are only in the attachments. 附件1: department column headed 单位名称 (it is the 主管部门), "
        "amounts in 元 with thousands separators (unit only in the header 项目金额（元）), scores under 评价分值; the "
        "prose total is in 万元 (the rows' sum in 元 / 10000, two decimals). 附件2: whole-department evaluations "
        "(部门名称/预算总额"
        "（万元）/评价分值/评价等级) → department_evaluations with scores; their amounts have no gold field. Neither "
        "table repeats its header. fiscal_year 2022 from the title; the 文号 云财绩〔2023〕21号, the dates and the "
        "版记 are 2023 (publication); '2024年度预算安排' is a future budget. Noise: attachment list '附件：1．…"
        "2．…', contact line with a phone number, '（此件主动公开）', 抄送/印发 lines."
    )
    return fx


# ============================================================================================= 11 白鹭区 overall
F11_ROWS = [
    ("白鹭区教育局", "白鹭区教育局（本级）", "3260.50", "92.0", "优"),
    ("白鹭区教育局", "白鹭区实验小学", "1856.20", "90.5", "优"),
    ("白鹭区教育局", "白鹭区第二中学", "2410.00", "86.0", "良"),
    ("白鹭区卫生健康局", "白鹭区卫生健康局（本级）", "1520.36", "88.5", "良"),
    ("白鹭区卫生健康局", "白鹭区疾病预防控制中心", "986.40", "91.0", "优"),
    ("白鹭区卫生健康局", "白鹭区妇幼保健计划生育服务中心", "745.18", "78.0", "中"),
    ("白鹭区农业农村局", "白鹭区农业农村局（本级）", "2035.00", "84.5", "良"),
    ("白鹭区农业农村局", "白鹭区农业技术推广服务中心", "420.65", "83.0", "良"),
    ("白鹭区城市管理局", "白鹭区城市管理局（本级）", "5230.00", "89.0", "良"),
    ("白鹭区城市管理局", "白鹭区环境卫生管理所", "3680.24", "90.0", "优"),
    ("白鹭区民政局", "白鹭区民政局（本级）", "2966.80", "87.5", "良"),
    ("白鹭区文化和旅游局", "白鹭区文化馆", "312.50", "76.5", "中"),
    ("白鹭区科学技术局", "白鹭区科学技术局（本级）", "1250.00", "93.5", "优"),
    ("白鹭区司法局", "白鹭区公共法律服务中心", "268.90", "85.0", "良"),
]


def f11_department_overall_table() -> Fixture:
    doc = WordDoc("白鹭区财政局")
    fx = Fixture(
        "word_11_department_overall_table",
        "部门（单位）整体支出 results: 14 units in a table whose 主管部门 cells are merged vertically over their "
        "units (parent_department), `（本级）` units, a distribution in `家` with shares, evaluated year ≠ title "
        "year, `第 N 页 共 M 页` footer",
        doc,
        region="白鹭区",
        year=2024,
        tagged=False,
    )
    rows = [(d, u, D(a), D(s), g) for d, u, a, s, g in F11_ROWS]
    total = sum((r[2] for r in rows), D(0))
    grades = {g: _table_projects(rows, 4)[g] for g in ("优", "良", "中")}
    n_dept = len({r[0] for r in rows})

    fx.title = doc.title("白鹭区2024年度部门整体支出绩效评价结果")
    q_n = f"对{n_dept}个部门及其所属单位共{len(rows)}家预算单位2023年度整体支出开展绩效评价"
    q_amt = f"涉及资金{yi(total)}亿元"
    dist = "；".join(
        (f"评价结果为“{g}”的{n}家，占{share(n, len(rows))}%" if i == 0 else f"“{g}”的{n}家，占{share(n, len(rows))}%")
        for i, (g, n) in enumerate(grades.items())
    )
    doc.para(f"2024年，区财政局{q_n}，{q_amt}。{dist}。具体结果如下：")
    table: list[list[str | None]] = [["序号", "主管部门", "单位名称", "预算金额（万元）", "评价得分", "评价等级"]]
    prev = None
    for seq, (dept, unit, amount, score, grade) in enumerate(rows, start=1):
        table.append([str(seq), UP if dept == prev else dept, unit, fmt(amount), f"{score}", grade])
        prev = dept
    table.append(["合计", LEFT, LEFT, fmt(total), None, None])
    doc.table(table, [1.2, 3.4, 5.0, 2.6, 1.7, 1.7], size=12, header_font=KAI, align=["c", "c", "l", "r", "c", "c"])
    doc.para("评价结果已在一定范围内通报，并作为2025年部门预算安排的参考依据。评价为“中”的单位须于30日内提交整改方案。")
    doc.signature("白鹭区财政局", "2024年10月9日")
    doc.footer("page_of", size=10.5)

    fx.metric("department_overall_evaluations", len(rows), "个", q_n)
    fx.metric("department_overall_amount", yi(total), "亿元", q_amt)
    fx.batch(
        "department_overall",
        "部门整体支出绩效评价",
        project_count=len(rows),
        department_count=n_dept,
        amount=yi(total),
        amount_unit="亿元",
        grades=grades,
        grade_shares_pct={g: share(n, len(rows)) for g, n in grades.items()},
    )
    for dept, unit, _amount, score, grade in rows:
        fx.unit(unit, dept, grade, score)
    fx.notes = (
        "Whole-unit (部门整体) evaluations only, no projects. Each row is a unit (单位名称) under its 主管部门, "
        "merged vertically over that department's rows (w:vMerge) → parent_department. Units named '…（本级）' "
        "are the department's own budget unit; kept verbatim with the fullwidth parentheses. The count is in 家 "
        f"({len(rows)}家 → department_overall_evaluations {len(rows)}; department_count {n_dept} from "
        f"'{n_dept}个部门'). fiscal_year 2024 from the "
        "title, although the evaluated spending is 2023年度 (the text says so). The 合计 row is not a unit. Not "
        "data: '30日内'. The header row repeats on the next page."
    )
    return fx


FIXTURES: list[Callable[[], Fixture]] = [
    f01_city_round_numbered,
    f02_county_table_repeat_header,
    f03_district_vmerge_no_repeat,
    f04_landscape_wide_table,
    f05_several_batches,
    f06_department_self_summary,
    f07_bond_notice,
    f08_plan_no_results,
    f09_prose_per_project,
    f10_attachments_noise,
    f11_department_overall_table,
]


# ------------------------------------------------------------------------------------------------ conversion
def find_soffice() -> str:
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit(
        "make_word_fixtures: LibreOffice (`soffice`) not found. On Debian/Ubuntu: "
        "apt-get install --no-install-recommends libreoffice-writer-nogui "
        "fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei fonts-noto-cjk fonts-liberation2"
    )


FONT_TARGETS = {
    FANGSONG: "AR PL UMing CN",
    SONG: "AR PL UMing CN",
    HEI: "WenQuanYi Micro Hei",
    KAI: "AR PL UKai CN",
    "方正小标宋简体": "Noto Serif CJK SC",
    "Times New Roman": "Liberation Serif",
}


def check_fonts() -> None:
    """Each bureau font should resolve, through word_fonts.conf, to the Debian font it is meant for; without
    any CJK font LibreOffice would draw empty boxes."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTCONFIG))
    fallbacks = []
    for name, wanted in FONT_TARGETS.items():
        got = subprocess.run(
            [fc_match, "-f", "%{family[0]}", name], env=env, capture_output=True, text=True, check=False
        ).stdout
        if got != wanted:
            fallbacks.append(f"{name} → {got} (wanted {wanted})")
    zh = subprocess.run(["fc-list", ":lang=zh", "family"], env=env, capture_output=True, text=True, check=False)
    if not zh.stdout.strip():
        raise SystemExit(
            "make_word_fixtures: no CJK font installed. On Debian/Ubuntu: apt-get install fonts-arphic-uming "
            "fonts-arphic-ukai fonts-wqy-microhei fonts-noto-cjk fonts-liberation2"
        )
    if fallbacks:
        print("make_word_fixtures: font fallbacks (install the fonts of tools/word_fonts.conf for the intended "
              "look):\n  " + "\n  ".join(fallbacks), file=sys.stderr)  # fmt: skip


def convert(soffice: str, docx_files: list[Path], out_dir: Path, tagged: bool) -> None:
    """docx → PDF with LibreOffice headless, a private profile (parallel runs do not share one) and the
    bureau-font substitutions of word_fonts.conf."""
    if not docx_files:
        return
    export = "pdf:writer_pdf_Export"
    if tagged:
        export += ':{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as profile:
        env = dict(os.environ, FONTCONFIG_FILE=str(FONTCONFIG), HOME=profile)
        cmd = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            export,
            "--outdir",
            str(out_dir),
            *map(str, docx_files),
        ]
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    missing = [p for p in docx_files if not (out_dir / (p.stem + ".pdf")).exists()]
    if result.returncode != 0 or missing:
        raise SystemExit(
            f"make_word_fixtures: soffice failed (exit {result.returncode}); missing: {[p.name for p in missing]}\n"
            f"{result.stdout}\n{result.stderr}"
        )


# ------------------------------------------------------------------------------------------------ PDF check
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")


def check_pdf(pdf: Path, fx: Fixture) -> list[str]:
    """The PDF as a pipeline sees it: a CJK text layer on every page (PDFium and pdfplumber), no (cid:…),
    ruled tables found, landscape pages where the document has a landscape section, every gold quote in the
    text (whitespace and page numbers removed)."""
    import pdfplumber
    import pypdfium2

    problems: list[str] = []
    pdfium = pypdfium2.PdfDocument(str(pdf))
    kept: list[str] = []
    landscape = 0
    for i in range(len(pdfium)):
        page = pdfium[i]
        width, height = page.get_size()
        landscape += width > height
        text = page.get_textpage().get_text_range()
        if len(_CJK.findall(text)) < 20:
            problems.append(f"page {i + 1}: PDFium finds little CJK text")
        kept += [line for line in text.splitlines() if not _PAGE_NUMBER.match(line)]
        page.close()
    pdfium.close()
    flat = re.sub(r"\s+", "", "".join(kept))
    tables = 0
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            text = page.extract_text() or ""
            if "(cid:" in text:
                problems.append(f"page {i + 1}: pdfplumber gives (cid:…)")
            if len(_CJK.findall(text)) < 20:
                problems.append(f"page {i + 1}: pdfplumber finds little CJK text")
            tables += len(page.find_tables())
            page.close()
    if tables < fx.doc.table_count:
        problems.append(f"pdfplumber finds {tables} tables, the document has {fx.doc.table_count}")
    if bool(landscape) != bool(fx.doc.landscape_sections):
        problems.append(f"{landscape} landscape pages, {fx.doc.landscape_sections} landscape sections")
    for m in fx.metrics:
        if re.sub(r"\s+", "", m["quote"]) not in flat:
            problems.append(f"quote not in the PDF text: {m['quote']}")
    return problems


def broken_names(pdf: Path, fx: Fixture) -> list[str]:
    """Gold names that PDFium's text does not hold in one piece (a table row or a merged cell split by a page
    break): information for the README, not an error."""
    import pypdfium2

    pdfium = pypdfium2.PdfDocument(str(pdf))
    pages = [pdfium[i].get_textpage().get_text_range() for i in range(len(pdfium))]
    pdfium.close()
    flat = re.sub(r"\s+", "", "".join(pages))
    names = [p["name"] for p in fx.projects] + [u["unit"] for u in fx.units]
    return [name for name in names if re.sub(r"\s+", "", name) not in flat]


# ------------------------------------------------------------------------------------------------ main
def write_gold(fx: Fixture, out_dir: Path) -> None:
    path = out_dir / f"{fx.name}.json"
    path.write_text(json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep-docx", action="store_true", help="keep the .docx next to the PDF")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only fixtures whose name contains NAME")
    parser.add_argument("--no-check", action="store_true", help="skip reading the PDFs back")
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

    with tempfile.TemporaryDirectory(prefix="jixiao-word-") as tmp:
        work = Path(tmp)
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
        # two LibreOffice processes side by side (tagged and untagged PDFs), each with its own profile; more
        # processes cost more in start-up (≈ 1.5 s each) than they save on eleven short documents
        groups = {
            tagged: [work / f"{fx.name}.docx" for fx in fixtures if fx.tagged == tagged] for tagged in (True, False)
        }
        with ThreadPoolExecutor(max_workers=2) as pool:
            jobs = [pool.submit(convert, soffice, files, out_dir, tagged) for tagged, files in groups.items()]
            for job in jobs:
                job.result()
        for fx in fixtures:
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            else:
                (out_dir / f"{fx.name}.docx").unlink(missing_ok=True)
            write_gold(fx, out_dir)
    converted = time.perf_counter()
    print(f"{len(fixtures)} fixtures written to {out_dir} in {converted - started:.1f} s")

    if not args.no_check:
        for fx in fixtures:
            problems = check_pdf(out_dir / f"{fx.name}.pdf", fx)
            status = "ok" if not problems else "PROBLEMS:\n  " + "\n  ".join(problems)
            broken = broken_names(out_dir / f"{fx.name}.pdf", fx)
            if broken:
                status += f" (split by a page break: {'、'.join(broken)})"
            print(f"  {fx.name}: {status}")
            failed = failed or bool(problems)
        print(f"checked in {time.perf_counter() - converted:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
