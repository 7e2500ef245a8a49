"""A fifth, independent set of Word-made fixtures (`word5_*`): budget-performance reports as county, city and
district bureaus and line departments publish them, written as Word documents (python-docx) and exported to PDF by
LibreOffice headless, to measure the parser at first sight.

Written by a fifth author from the genre (the real corpus's README, gold files and texts, the reference report),
without reading the parser, the scorer or the other sets' fixtures. Most fixtures are ordinary:
- an annual 预算绩效管理工作情况 with counts, amounts and a grade distribution in prose and a results table;
- a 重点评价结果公告 with a table of projects across two pages (merged 主管部门 cells, repeated header rows);
- a 部门整体 results notice in 元; a 自评抽查复核 通报 with 自评得分 and 复核得分 side by side;
- a department's own 自评 report; a special-bond 公示 in 亿元; several batches in small tables with a two-level
  header.
The rest carry what real bureaus' Word files carry: projects described one per paragraph, an appendix table on
landscape pages after the signature whose header is not repeated on its second page, and a scanned (image-only)
notice with a seal.

Everything is SYNTHETIC: the regions (泊云县, 栖梧市, 蘅江县, 砚湖区, 苒溪县, 黛川市, 沄水县, 蓼汀区, 荻原市,
枫渚区), departments, units, projects and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
quote, title, name, department and grade against the docx text; every metric value inside its quote; every printed
score and amount in the docx text; then all of them in the exported PDF's text layer with both PDFium and
pdfplumber (for the scanned notice, in the PDF before it is rasterised, and the published scan is checked to have no
text layer at all).

Reuses the mechanics of tools/make_word_fixtures_3.py (Doc3, convert3, rasterise, the number helpers) and
find_soffice/check_fonts of tools/make_word_fixtures.py. Needs the venv (python-docx, pypdfium2, pdfplumber, Pillow,
numpy) and LibreOffice (`make office`).

Usage: python tools/make_word_fixtures_5.py [OUT_DIR] [--keep-docx] [--only NAME ...]
       (default OUT_DIR tests/fixtures/word5)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import Doc3, convert3, money, pct, rasterise, yi
from word_doc import HEI, KAI, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word5"
D = Decimal
TAGGED = {"UseTaggedPDF": ("boolean", "true")}
SYNTHETIC_NOTE = (
    "SYNTHETIC document (tools/make_word_fixtures_5.py): region, departments, projects and figures are invented."
)


# ------------------------------------------------------------------------------------------------ gold
def num(value: Decimal | int | float | None) -> int | float | None:
    if value is None:
        return None
    value = D(value)
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass
class Fx:
    """One fixture: its document, its gold, and what the checks must know."""

    name: str
    what: str
    doc: Doc3
    title: str | None
    region: str | None
    year: int
    notes: str = ""
    tagged: bool = False
    scan: dict[str, Any] | None = None
    chrome: list[str] = field(default_factory=list)  # running header texts stripped before matching
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # scores and amounts as printed: must be in the text

    def metric(self, metric: str, value: Decimal | int, unit: str, quote: str) -> None:
        self.metrics.append({"metric": metric, "value": num(value), "unit": unit, "quote": quote})

    def batch(
        self,
        kind: str,
        label: str,
        count: int | None,
        *,
        departments: int | None = None,
        amount: Decimal | None = None,
        unit: str | None = None,
        grades: dict[str, int] | None = None,
        shares: dict[str, Decimal] | None = None,
    ) -> None:
        self.batches.append(
            {
                "type": kind,
                "label_zh": label,
                "project_count": count,
                "department_count": departments,
                "amount": num(amount),
                "amount_unit": unit if amount is not None else None,
                "grades": grades,
                "grade_shares_pct": {k: num(v) for k, v in shares.items()} if shares else None,
            }
        )

    def project(
        self,
        name: str,
        department: str | None,
        grade: str | None,
        score: str | None,
        amount: str | None,
        unit: str | None,
        batch: str,
    ) -> None:
        """`score` and `amount` as printed (with thousands separators); the gold gets the numbers."""
        self.printed += [s for s in (score, amount) if s]
        self.projects.append(
            {
                "seq": len(self.projects) + 1,
                "name": name,
                "department": department,
                "grade": grade,
                "score": num(D(score)) if score else None,
                "amount": num(D(amount.replace(",", ""))) if amount else None,
                "amount_unit": unit if amount else None,
                "batch_type": batch,
            }
        )

    def unit_result(self, unit: str, parent: str | None, grade: str | None, score: str | None) -> None:
        if score:
            self.printed.append(score)
        self.units.append(
            {"unit": unit, "parent_department": parent, "grade": grade, "score": num(D(score)) if score else None}
        )

    def gold(self) -> dict[str, Any]:
        return {
            "source_url": f"synthetic: tools/make_word_fixtures_5.py ({self.name})",
            "synthetic": True,
            "title": self.title,
            "region": self.region,
            "fiscal_year": self.year,
            "headline_metrics": self.metrics,
            "evaluation_batches": self.batches,
            "projects": self.projects,
            "department_evaluations": self.units,
            "notes": (SYNTHETIC_NOTE + " " + self.notes).strip(),
        }

    def strings(self) -> list[tuple[str, str]]:
        out = [("title", self.title)] if self.title else []
        out += [("quote", m["quote"]) for m in self.metrics]
        for p in self.projects:
            out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
        for u in self.units:
            out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
        out += [("printed figure", s) for s in self.printed]
        return out


def new_doc(author: str) -> Doc3:
    return Doc3(author)


def grade_counts(grades: list[str], order: list[str]) -> dict[str, int]:
    c = Counter(grades)
    return {g: c[g] for g in order if c[g]}


def band(score: Decimal, labels: tuple[str, ...], cuts: tuple[int, ...] = (90, 80, 60)) -> str:
    """The grade the document prints beside a score (the bureau's banding; the gold copies the printed grade)."""
    for cut, label in zip(cuts, labels, strict=False):
        if score >= cut:
            return label
    return labels[-1]


def scores(rng: random.Random, n: int, lo: float = 72, hi: float = 96) -> list[Decimal]:
    """Scores to half a point, most of them in the upper 80s as in published rounds."""
    mode = lo + (hi - lo) * 0.65
    return [D(str(round(rng.triangular(lo, hi, mode) * 2) / 2)) for _ in range(n)]


def amounts(rng: random.Random, n: int, lo: int, hi: int, places: int = 2) -> list[Decimal]:
    q = D(1).scaleb(-places)
    return [(D(rng.randint(lo * 100, hi * 100)) / 100).quantize(q) for _ in range(n)]


def cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if n <= 10 else "十" + "一二三四五六七八九"[n - 11]


# ============================================================================== 01 泊云县: annual work report
F01_KEY = [
    ("泊云县教育局", "义务教育学校标准化建设项目"),
    ("泊云县卫生健康局", "基层医疗卫生机构能力提升项目"),
    ("泊云县农业农村局", "高标准农田建设补助资金"),
    ("泊云县农业农村局", "农村人居环境整治提升专项"),
    ("泊云县交通运输局", "农村公路养护工程资金"),
    ("泊云县水利局", "山塘水库除险加固工程"),
    ("泊云县民政局", "居家养老服务补助资金"),
    ("泊云县人力资源和社会保障局", "就业创业补助资金"),
    ("泊云县住房和城乡建设局", "城镇老旧小区改造项目"),
]


def f01_annual_county() -> Fx:
    rng = random.Random(501)
    doc = new_doc("泊云县财政局")
    doc.footer("dash")
    title = doc.title("泊云县2023年度预算绩效管理工作情况")
    fx = Fx(
        "word5_01_annual_county",
        "annual 预算绩效管理工作情况: counts and a 优秀/良好/中等/差 distribution with "
        "shares in prose, a 重点评价 table with 合计 row, one 部门整体 result in prose",
        doc,
        title,
        "泊云县",
        2023,
        tagged=True,
    )
    amts = amounts(rng, len(F01_KEY), 600, 3200)
    scs = scores(rng, len(F01_KEY), 74, 95)
    grades = [band(s, ("优秀", "良好", "中等", "差")) for s in scs]
    total = sum(amts, D(0))
    doc.para(
        "2023年，县财政局坚持以习近平新时代中国特色社会主义思想为指导，全面落实《中共中央 国务院关于全面实施预算"
        "绩效管理的意见》和省、市有关工作部署，围绕“花钱必问效、无效必问责”的要求，推动预算绩效管理提质增效。现将"
        "有关情况报告如下："
    )
    doc.heading(1, "一、全年工作开展情况")
    doc.heading(2, "（一）全面开展绩效自评。")
    q_self = "全县58个预算部门对2022年度1236个项目支出开展了绩效自评，涉及资金16.82亿元"
    doc.para(
        f"年初，县财政局印发通知，部署上年度项目支出绩效自评工作。截至5月底，{q_self}，自评覆盖率达到100%。"
        "各部门对照年初设定的绩效目标逐项打分，如实填报偏离原因和改进措施，自评结果随同部门决算一并报送"
        "。"
    )
    fx.metric("self_evaluated_projects", 1236, "个", "对2022年度1236个项目支出开展了绩效自评")
    fx.metric("self_evaluated_amount", D("16.82"), "亿元", "涉及资金16.82亿元")
    fx.metric("involved_departments", 58, "个", "全县58个预算部门")
    doc.heading(2, "（二）常态开展运行监控。")
    doc.para(
        "依托预算管理一体化系统，对2023年度968个项目实施“双监控”，重点关注预算执行进度和绩效目标实现程度，对执行"
        "进度滞后的43个项目发出预警提示，督促相关部门及时整改。"
    )
    fx.metric("monitored_projects", 968, "个", "对2023年度968个项目实施“双监控”")
    doc.heading(2, "（三）扎实开展自评抽查复核。")
    sample = {"优秀": 38, "良好": 61, "中等": 19, "差": 7}
    n_sample = sum(sample.values())
    shares = {g: pct(c, n_sample) for g, c in sample.items()}
    q_sample = f"按照不低于10%的比例抽取{n_sample}个项目开展复核，涉及资金2.37亿元"
    q_dist = "；".join(f"{g}{c}个，占{shares[g]}%" for g, c in sample.items())
    doc.para(
        f"在部门自评的基础上，县财政局{q_sample}。复核结果显示：{q_dist}。从复核情况看，部分单位绩效目标设置不够"
        "细化量化，自评打分偏高，佐证材料不够充分。"
    )
    fx.metric("sampling_ratio", 10, "%", "按照不低于10%的比例")
    fx.metric("sampled_projects", n_sample, "个", f"抽取{n_sample}个项目开展复核")
    fx.metric("sampled_amount", D("2.37"), "亿元", "涉及资金2.37亿元")
    doc.heading(2, "（四）突出开展重点绩效评价。")
    amount_yi = yi(total)
    key_grades = grade_counts(grades, ["优秀", "良好", "中等", "差"])
    q_key = f"选取{len(F01_KEY)}个社会关注度高、资金量大的项目开展财政重点绩效评价，涉及资金{amount_yi}亿元"
    dist_text = "、".join(f"{g}的{c}个" for g, c in key_grades.items())
    doc.para(f"县财政局委托第三方机构，{q_key}。评价结果中，等级为{dist_text}。具体结果见下表。")
    fx.metric("key_evaluated_projects", len(F01_KEY), "个", f"选取{len(F01_KEY)}个社会关注度高")
    fx.metric("key_evaluated_amount", amount_yi, "亿元", f"涉及资金{amount_yi}亿元")
    doc.caption("2023年度县级财政重点绩效评价结果表")
    doc.unit_line("单位：万元")
    rows: list[list[str | None]] = [["序号", "主管部门", "项目名称", "项目资金", "评价得分", "评价等级"]]
    for i, ((dept, name), a, s, g) in enumerate(zip(F01_KEY, amts, scs, grades, strict=True), 1):
        rows.append([str(i), dept, name, money(a), str(s), g])
        fx.project(name, dept, g, str(s), money(a), "万元", "key")
    rows.append(["合计", "<", "<", money(total), None, None])
    doc.table(rows, [1.1, 3.4, 4.8, 2.2, 2.05, 2.05], align=["c", "l", "l", "r", "c", "c"], size=11, cant_split=True)
    doc.heading(2, "（五）试点开展部门整体支出绩效评价。")
    q_unit = "对县文化和广电旅游体育局开展部门整体支出绩效评价，评价得分88.6分，等级为良好"
    doc.para(f"选取1个部门，{q_unit}。评价发现该局在资产管理、绩效目标编制等方面仍有提升空间，已督促其制定整改方案。")
    fx.metric(
        "department_overall_evaluations", 1, "个", "选取1个部门，对县文化和广电旅游体育局开展部门整体支出绩效评价"
    )
    fx.unit_result("县文化和广电旅游体育局", None, "良好", "88.6")
    doc.heading(1, "二、评价结果应用情况")
    doc.para(
        "一是将评价结果作为安排以后年度预算的重要依据，对评价等级为中等及以下的项目，2024年预算按规定压减安排"
        "资金；"
        "二是将重点评价发现的问题逐一反馈至主管部门，限期整改并报送整改情况；三是将绩效评价结果纳入县对部门的综合"
        "考核，推动形成“讲绩效、重绩效、用绩效”的良好氛围。"
    )
    doc.heading(1, "三、存在的问题及下一步打算")
    doc.para(
        "当前，我县预算绩效管理仍存在部分单位重视程度不够、绩效目标质量不高、第三方机构执业质量参差不齐等问题"
        "。下一步，"
        "县财政局将进一步完善绩效指标体系，扩大重点评价覆盖面，强化评价结果与预算安排挂钩，不断提高财政资金使"
        "用效益。"
    )
    doc.signature("泊云县财政局", "2024年3月18日")
    fx.batch("self", "绩效自评", 1236, departments=58, amount=D("16.82"), unit="亿元")
    fx.batch("sampling", "自评抽查复核", n_sample, amount=D("2.37"), unit="亿元", grades=sample, shares=shares)
    fx.batch("key", "财政重点绩效评价", len(F01_KEY), amount=amount_yi, unit="亿元", grades=key_grades)
    fx.batch("department_overall", "部门整体支出绩效评价", 1, departments=1)
    fx.notes = (
        "Title year 2023 is the work year; the self-evaluation covers 2022年度 spending and monitoring covers "
        "2023年度. monitored_projects 968 (the 43 warned projects are not a metric). The sampling shares are "
        "printed; the key batch distribution is printed in prose (等级为优秀的N个…) and agrees with the table. "
        "Table amounts are in 万元 from the 单位：万元 line above the table (header says only 项目资金); prose "
        "total in 亿元 is the rounded table 合计. The 部门整体 result has score and grade in prose only"
        "."
    )
    return fx


# ============================================================================== 02 栖梧市: key evaluation notice
F02_ROWS = [
    ("栖梧市教育局", ["市属中小学校舍维修改造项目", "学前教育发展专项资金", "中等职业教育质量提升计划"]),
    ("栖梧市科学技术局", ["科技创新券补助资金", "市级重点研发计划项目"]),
    ("栖梧市民政局", ["城乡低保提标资金", "社区居家养老服务中心建设补助"]),
    ("栖梧市人力资源和社会保障局", ["技能提升培训补贴", "高校毕业生就业见习补贴"]),
    ("栖梧市住房和城乡建设局", ["城市燃气管道老化更新改造项目", "既有住宅加装电梯补助"]),
    ("栖梧市农业农村局", ["现代农业产业园建设资金", "农村集体经济发展扶持资金", "动物防疫补助经费"]),
    ("栖梧市文化广电旅游局", ["公共文化服务体系建设专项", "文旅消费券发放资金"]),
    ("栖梧市卫生健康委员会", ["市级公立医院重点专科建设", "基本公共卫生服务补助资金"]),
]


def f02_key_notice_city() -> Fx:
    rng = random.Random(502)
    doc = new_doc("栖梧市财政局")
    doc.footer("emdash", odd_even=True)
    doc.red_letterhead("栖梧市财政局", None)
    title = doc.title("栖梧市财政局关于2024年市级财政", "重点绩效评价结果的公告")
    fx = Fx(
        "word5_02_key_notice_city",
        "重点评价结果公告: 18 projects in a two-page table with merged 主管部门 cel"
        "ls and "
        "a repeated header, 等次 in quotes in prose and bare in the table, 亿元 in prose and 万元 in the table",
        doc,
        title,
        "栖梧市",
        2024,
    )
    flat = [(d, n) for d, names in F02_ROWS for n in names]
    amts = amounts(rng, len(flat), 800, 9800)
    scs = scores(rng, len(flat), 72, 97)
    scs[5] = D("58.5")  # one project falls below 60
    grades = [band(s, ("优", "良", "中", "差")) for s in scs]
    total = sum(amts, D(0))
    gc = grade_counts(grades, ["优", "良", "中", "差"])
    amount_yi = yi(total)
    doc.para(
        "根据《中华人民共和国预算法》及其实施条例和《栖梧市市级财政支出绩效评价管理办法》（栖财绩〔2022〕6号）"
        "有关规定，"
        "为进一步推进绩效信息公开，主动接受社会监督，现将2024年市级财政重点绩效评价结果公告如下："
    )
    doc.heading(1, "一、评价基本情况")
    q1 = f"我局委托第三方机构对市级{len(flat)}个重点项目开展了绩效评价，涉及财政资金{amount_yi}亿元"
    doc.para(
        f"2024年，{q1}。评价对象为2023年度预算安排的项目支出，覆盖教育、科技、社会保障、城乡建设、农业农村、"
        "文化旅游、卫生健康等领域，涉及8个市级部门。评价采取现场核查、问卷调查、座谈访谈等方式进行。"
    )
    fx.metric("key_evaluated_projects", len(flat), "个", f"对市级{len(flat)}个重点项目开展了绩效评价")
    fx.metric("key_evaluated_amount", amount_yi, "亿元", f"涉及财政资金{amount_yi}亿元")
    fx.metric("key_evaluated_departments", 8, "个", "涉及8个市级部门")
    doc.heading(1, "二、评价结果")
    parts = "，".join(f"评价等次为“{g}”的{c}个" for g, c in gc.items())
    doc.para(f"从评价结果看，{parts}。各项目评价结果详见下表。")
    doc.caption("2024年市级财政重点绩效评价结果")
    rows: list[list[str | None]] = [["序号", "主管部门", "项目名称", "评价金额\n（万元）", "评价得分", "评价等次"]]
    i = 0
    for dept, names in F02_ROWS:
        for k, name in enumerate(names):
            a, s, g = amts[i], scs[i], grades[i]
            i += 1
            rows.append([str(i), dept if k == 0 else UP, name, money(a, sep=False), str(s), g])
            fx.project(name, dept, g, str(s), money(a, sep=False), "万元", "key")
    doc.table(rows, [1.0, 3.3, 4.9, 2.2, 2.1, 2.1], align=["c", "c", "l", "r", "c", "c"], size=12, cant_split=True)
    doc.heading(1, "三、结果应用")
    doc.para(
        "评价结果已反馈各主管部门。对评价等次为“优”的项目，在以后年度预算安排中予以优先保障；对评价等次为“中”和"
        "“差”的项目，相关部门要认真分析原因，于30日内提出整改措施报送市财政局，市财政局将视整改情况调整或压减"
        "预算。"
    )
    doc.para("联系电话：0791-86123457")
    doc.signature("栖梧市财政局", "2024年11月6日")
    fx.batch("key", "市级财政重点绩效评价", len(flat), departments=8, amount=amount_yi, unit="亿元", grades=gc)
    fx.notes = (
        "Title year 2024 is the evaluation round; the evaluated spending is 2023年度 (fiscal_year follows the "
        "title). 主管部门 cells are merged vertically over each department's rows (the name is printed once, "
        "gold repeats it on every project). Grades are bare in the table and quoted in the prose distribution; "
        "amounts in 万元 from the header 评价金额（万元） without thousands separators. 栖财绩〔2022〕6号 a"
        "nd a "
        "phone number are noise."
    )
    return fx


# ============================================================================== 03 蘅江县: 部门整体 results in 元
F03_UNITS = [
    "中共蘅江县委办公室",
    "蘅江县人民政府办公室",
    "蘅江县发展和改革局",
    "蘅江县教育局",
    "蘅江县公安局",
    "蘅江县民政局",
    "蘅江县自然资源和规划局",
    "蘅江县交通运输局",
    "蘅江县水利局",
    "蘅江县农业农村局",
    "蘅江县卫生健康局",
    "蘅江县市场监督管理局",
]


def f03_department_overall() -> Fx:
    rng = random.Random(503)
    doc = new_doc("蘅江县财政局")
    doc.footer("page_of", size=10.5)
    title = doc.title("蘅江县2023年度部门整体支出", "绩效评价结果")
    fx = Fx(
        "word5_03_department_overall",
        "部门整体 results: 12 departments in a table in 元 with thousands separa"
        "tors "
        "(优秀/良好/合格 in 评价结果), distribution and total in prose in 亿"
        "元",
        doc,
        title,
        "蘅江县",
        2023,
    )
    yuan = [D(rng.randint(8_000_000, 90_000_000)) + D(rng.randint(0, 99)) / 100 for _ in F03_UNITS]
    scs = scores(rng, len(F03_UNITS), 76, 97)
    scs[10] = D("77.5")  # one department in the 合格 band
    grades = [band(s, ("优秀", "良好", "合格", "不合格"), (90, 80, 70)) for s in scs]
    total = sum(yuan, D(0))
    total_yi = yi(total, 10**8)
    gc = grade_counts(grades, ["优秀", "良好", "合格", "不合格"])
    doc.para(
        "为全面掌握部门预算资金使用效益，推动部门履职尽责，根据县委、县政府关于全面实施预算绩效管理的部署，县"
        "财政局"
        "组织开展了2023年度部门整体支出绩效评价工作。现将评价结果公开如下。"
    )
    doc.heading(1, "一、评价范围")
    q = f"本次评价选取{len(F03_UNITS)}个县级部门，对其2023年度整体支出开展绩效评价，涉及预算资金{total_yi}亿元"
    doc.para(f"{q}。评价内容包括部门预算管理、资产管理、履职效能和社会效益等方面，满分100分。")
    fx.metric("department_overall_evaluations", len(F03_UNITS), "个", f"选取{len(F03_UNITS)}个县级部门")
    fx.metric("department_overall_amount", total_yi, "亿元", f"涉及预算资金{total_yi}亿元")
    doc.heading(1, "二、评价结果")
    dist = "，".join(f"评价结果为{g}的{c}个" for g, c in gc.items())
    doc.para(f"经评价，{dist}。具体如下：")
    rows: list[list[str | None]] = [["序号", "部门名称", "预算总额（元）", "评价得分", "评价结果"]]
    for i, (u, y, s, g) in enumerate(zip(F03_UNITS, yuan, scs, grades, strict=True), 1):
        rows.append([str(i), u, money(y), str(s), g])
        fx.unit_result(u, None, g, str(s))
        fx.printed.append(money(y))
    doc.table(rows, [1.3, 5.6, 3.7, 2.5, 2.5], align=["c", "l", "r", "c", "c"], size=12, cant_split=True)
    doc.heading(1, "三、发现的主要问题")
    doc.para(
        "一是部分部门整体绩效目标与部门职责结合不够紧密，指标以产出类为主，效益类指标偏少；二是个别部门预算执"
        "行率偏低，"
        "年底集中支出现象依然存在；三是部分部门固定资产登记不及时，账实不符。"
    )
    doc.heading(1, "四、下一步工作")
    doc.para(
        "县财政局将把评价结果作为部门预算安排和政策调整的重要参考，督促各部门对照问题清单抓好整改，并在部门预"
        "算公开时"
        "同步公开整体绩效目标，持续提升部门整体绩效管理水平。"
    )
    doc.signature("蘅江县财政局", "2024年9月20日")
    fx.batch(
        "department_overall",
        "部门整体支出绩效评价",
        len(F03_UNITS),
        departments=len(F03_UNITS),
        amount=total_yi,
        unit="亿元",
        grades=gc,
    )
    fx.notes = (
        "Every evaluated object is a whole department, so the results are department_evaluations (unit = the "
        "department, parent_department null) and there are no projects. Table amounts are in 元 with "
        "thousands separators (header 预算总额（元）); the prose total in 亿元 is the table total rounded. "
        "Grade words 优秀/良好/合格 (不合格 is the bureau's lowest band and does not occur)."
    )
    return fx


# ============================================================================== 04 砚湖区: 自评抽查复核 通报
F04_POOL = [
    ("砚湖区教育局", ["校园安全防范设施建设", "教师培训专项经费", "学生营养改善计划"]),
    ("砚湖区卫生健康局", ["家庭医生签约服务补助", "重大传染病防控经费"]),
    ("砚湖区民政局", ["困难群众临时救助资金", "社区治理创新项目"]),
    ("砚湖区城市管理局", ["城区道路保洁市场化服务", "垃圾分类设施提升", "城市照明设施维护"]),
    ("砚湖区住房和城乡建设局", ["保障性租赁住房补助", "农房安全隐患整治"]),
    ("砚湖区农业农村局", ["耕地地力保护补贴配套", "都市农业示范基地建设"]),
    ("砚湖区文化和旅游局", ["非遗保护传承专项", "全民阅读推广活动经费"]),
    ("砚湖区退役军人事务局", ["退役军人就业创业扶持"]),
    ("砚湖区司法局", ["公共法律服务体系建设"]),
    ("砚湖区应急管理局", ["森林防火专项经费", "应急物资储备"]),
    ("砚湖区商务局", ["夜间经济发展扶持资金"]),
    ("砚湖区市场监督管理局", ["食品安全抽检经费"]),
    ("砚湖区体育局", ["全民健身设施更新"]),
    ("砚湖区生态环境分局", ["大气污染防治专项", "河道水质监测经费"]),
    ("砚湖区交通运输局", ["公交运营补贴", "农村客运站点维护"]),
    ("砚湖区人力资源和社会保障局", ["职业技能提升行动补贴"]),
]


def f04_sampling_review() -> Fx:
    rng = random.Random(504)
    doc = new_doc("砚湖区财政局")
    doc.footer("dash")
    doc.doc_number("砚财绩〔2024〕9号", align="center")
    title = doc.title("砚湖区财政局关于2023年度项目支出绩效", "自评抽查复核结果的通报")
    fx = Fx(
        "word5_04_sampling_review",
        "自评抽查复核 通报: 自评得分 and 复核得分 side by side, 复核等级 优/良/中 w"
        "ith an "
        "explicit zero for 差, a 28-row table over two pages with 资金（万元"
        "）",
        doc,
        title,
        "砚湖区",
        2023,
    )
    rows_src = [(d, n) for d, names in F04_POOL for n in names]
    n = len(rows_src)
    amts = amounts(rng, n, 30, 680)
    review = scores(rng, n, 71, 95)
    own = [min(D("100"), r + D(str(rng.choice([2, 3.5, 5, 6.5, 8, 10])))) for r in review]
    grades = [band(s, ("优", "良", "中", "差")) for s in review]
    gc = {g: grades.count(g) for g in ("优", "良", "中")}
    n_self, depts = 412, len(F04_POOL)
    ratio = pct(n, n_self)
    total = sum(amts, D(0))
    doc.line("各区级预算单位：", before=6)
    q_self = f"区级预算单位共完成2023年度项目支出绩效自评{n_self}个，涉及资金9.15亿元"
    doc.para(
        f"根据《砚湖区财政局关于开展2023年度项目支出绩效自评工作的通知》要求，截至2024年4月30日，{q_self}。"
        "为检验自评质量，区财政局组织开展了绩效自评抽查复核工作。现将有关情况通报如下："
    )
    fx.metric("self_evaluated_projects", n_self, "个", f"项目支出绩效自评{n_self}个")
    fx.metric("self_evaluated_amount", D("9.15"), "亿元", "涉及资金9.15亿元")
    doc.heading(1, "一、抽查复核基本情况")
    q_s = (
        f"按照“部门全覆盖、金额相对较大”的原则，抽查了{depts}个部门的{n}个项目，抽查比例{ratio}%，"
        f"涉及资金{money(total)}万元"
    )
    doc.para(
        f"本次{q_s}。复核工作由区财政局牵头，委托第三方机构具体实施，主要复核绩效目标完成情况、自评打分依据及佐证"
        "材料的真实性、完整性。"
    )
    fx.metric("sampled_departments", depts, "个", f"抽查了{depts}个部门的{n}个项目")
    fx.metric("sampled_projects", n, "个", f"抽查了{depts}个部门的{n}个项目")
    fx.metric("sampling_ratio", ratio, "%", f"抽查比例{ratio}%")
    fx.metric("sampled_amount", total, "万元", f"涉及资金{money(total)}万元")
    doc.heading(1, "二、抽查复核结果")
    q_g = "复核等级为“优”的{优}个、“良”的{良}个、“中”的{中}个，无复核等级为“差”的项目".format(**gc)
    doc.para(
        f"经复核，{q_g}。复核得分普遍低于单位自评得分，平均差距{(sum(own, D(0)) - sum(review, D(0))) / n:.1f}分，"
        "反映出部分单位自评不够客观。各项目复核结果见下表："
    )
    doc.caption("2023年度项目支出绩效自评抽查复核结果表", size=14)
    rows: list[list[str | None]] = [
        ["序号", "主管部门", "项目名称", "资金\n（万元）", "自评\n得分", "复核\n得分", "复核\n等级"]
    ]
    for i, ((d, name), a, o, r, g) in enumerate(zip(rows_src, amts, own, review, grades, strict=True), 1):
        rows.append([str(i), d, name, money(a), str(o), str(r), g])
        fx.project(name, d, g, str(r), money(a), "万元", "sampling")
        fx.printed.append(str(o))
    doc.table(
        rows, [1.0, 3.5, 4.4, 2.3, 1.4, 1.4, 1.6], align=["c", "l", "l", "r", "c", "c", "c"], size=11, cant_split=True
    )
    doc.heading(1, "三、存在的主要问题")
    doc.para("（一）自评打分随意。部分单位对未完成的绩效指标仍给予满分，自评结论与实际完成情况不符。")
    doc.para("（二）佐证材料缺失。部分项目未提供产出数量、质量等方面的佐证材料，满意度调查流于形式。")
    doc.para("（三）问题整改不到位。个别单位对上年度抽查发现的问题未及时整改，同类问题重复出现。")
    doc.heading(1, "四、工作要求")
    doc.para(
        "各单位要高度重视抽查复核发现的问题，于2024年8月31日前完成整改，并将整改情况书面报送区财政局。复核结果"
        "将作为"
        "2025年度部门预算安排的重要依据。"
    )
    doc.signature("砚湖区财政局", "2024年7月15日")
    fx.batch("self", "项目支出绩效自评", n_self, amount=D("9.15"), unit="亿元")
    fx.batch("sampling", "绩效自评抽查复核", n, departments=depts, amount=total, unit="万元", grades={**gc, "差": 0})
    fx.notes = (
        "Each row has two scores: 自评得分 (the unit's own) and 复核得分 (the finance bureau's review, the "
        "result); gold score = 复核得分 and grade = 复核等级. The explicit zero '无复核等级为“差”的项目' is"
        " kept "
        "as 差: 0. sampled_amount is the table total in 万元 printed in prose with a thousands separator; the "
        "self-evaluation amount is in 亿元. The average gap sentence (平均差距N分) is not a metric. 文号 "
        "砚财绩〔2024〕9号 is noise."
    )
    return fx


# ============================================================================== 05 苒溪县农业农村局: own 自评 report
F05_PROJECTS = [
    "高标准农田建设项目",
    "耕地地力保护补贴",
    "农机购置与应用补贴",
    "农村人居环境整治",
    "乡村振兴衔接资金项目",
    "农业社会化服务项目",
    "动物疫病防控经费",
    "农产品质量安全监管",
    "渔业资源增殖放流",
    "农村集体经济薄弱村扶持",
    "美丽乡村示范村建设",
    "农民合作社发展补助",
    "种业振兴行动资金",
    "秸秆综合利用项目",
]


def f05_department_self_report() -> Fx:
    rng = random.Random(505)
    doc = new_doc("苒溪县农业农村局")
    chrome = doc.running_header("苒溪县农业农村局", "部门绩效自评报告")
    doc.footer("dash", size=12)
    title = doc.title("苒溪县农业农村局2023年度", "项目支出绩效自评报告")
    fx = Fx(
        "word5_05_department_self_report",
        "a department's own 自评 report: 14 projects with 预算数/执行数/执行率 "
        "beside 自评得分/自评等级, no 主管部门 column (the publisher is the department), running header",
        doc,
        title,
        "苒溪县",
        2023,
        chrome=chrome,
        tagged=True,
    )
    budget = amounts(rng, len(F05_PROJECTS), 45, 780)
    spent = [(b * D(str(rng.uniform(0.82, 1.0)))).quantize(D("0.01")) for b in budget]
    scs = scores(rng, len(F05_PROJECTS), 82, 98)
    scs[7] = D("78.0")
    grades = [band(s, ("优", "良", "中", "差")) for s in scs]
    tb, ts = sum(budget, D(0)), sum(spent, D(0))
    gc = grade_counts(grades, ["优", "良", "中", "差"])
    dept = "苒溪县农业农村局"
    doc.heading(1, "一、基本情况")
    q = f"2023年度，我局纳入绩效自评范围的项目共{len(F05_PROJECTS)}个，预算资金{money(tb)}万元"
    doc.para(
        f"{q}，实际支出{money(ts)}万元，预算执行率{pct(int(ts * 100), int(tb * 100))}%。项目主要用于粮食安全保障、"
        "农业产业发展、农村人居环境改善和乡村振兴等方面。"
    )
    fx.metric("self_evaluated_projects", len(F05_PROJECTS), "个", f"纳入绩效自评范围的项目共{len(F05_PROJECTS)}个")
    fx.metric("self_evaluated_amount", tb, "万元", f"预算资金{money(tb)}万元")
    doc.heading(1, "二、自评工作开展情况")
    doc.para(
        "根据县财政局统一部署，我局成立了由分管领导任组长的绩效自评工作小组，各业务股室对照年初绩效目标，从产"
        "出、效益"
        "和满意度等方面逐项打分，局绩效自评工作小组集中审核后形成自评结论。"
    )
    doc.heading(1, "三、自评结果")
    dist = "，".join(f"{g}{c}个" for g, c in gc.items())
    doc.para(
        f"经自评，{len(F05_PROJECTS)}个项目平均得分{sum(scs, D(0)) / len(scs):.1f}分，其中：{dist}。各项目自评"
        "情况如下："
    )
    rows: list[list[str | None]] = [
        ["序号", "项目名称", "预算数\n（万元）", "执行数\n（万元）", "执行率", "自评得分", "自评等级"]
    ]
    for i, (name, b, s_, sc, g) in enumerate(zip(F05_PROJECTS, budget, spent, scs, grades, strict=True), 1):
        rate = f"{pct(int(s_ * 100), int(b * 100))}%"
        rows.append([str(i), name, money(b), money(s_), rate, str(sc), g])
        fx.project(name, dept, g, str(sc), money(b), "万元", "self")
    rows.append(["合计", "<", money(tb), money(ts), f"{pct(int(ts * 100), int(tb * 100))}%", None, None])
    doc.table(
        rows, [1.1, 4.6, 2.1, 2.1, 1.7, 2.0, 2.0], align=["c", "l", "r", "r", "c", "c", "c"], size=11, cant_split=True
    )
    doc.heading(1, "四、存在问题及原因分析")
    doc.para(
        "一是个别项目受季节和天气影响，实施进度滞后，资金支付不及时；二是部分绩效指标设置偏于笼统，难以量化考核；"
        "三是项目完工后的跟踪问效还不够。"
    )
    doc.heading(1, "五、改进措施")
    doc.para(
        "我局将加强项目前期论证，科学设置绩效目标，建立项目实施进度月报制度，并将自评结果运用到下一年度预算编制中。"
    )
    doc.signature("苒溪县农业农村局", "2024年4月25日")
    fx.batch("self", "项目支出绩效自评", len(F05_PROJECTS), amount=tb, unit="万元", grades=gc)
    fx.notes = (
        "A line department's own report ('我局'): no 主管部门 column, department = the publisher 苒溪县农业"
        "农村局 "
        "for every project. amount = 预算数 (the budget), not 执行数; 执行率 percentages and the average "
        "score are noise. The distribution is in prose (优N个，良N个…) without quotes. Running header "
        "'苒溪县农业农村局 / 部门绩效自评报告' on every page."
    )
    return fx


# ============================================================================== 06 黛川市: special-bond 公示
F06_ROWS = [
    (
        "黛川市住房和城乡建设局",
        "黛川市城市建设投资发展有限公司",
        "黛川市老城区棚户区改造项目（二期）",
        "2.10",
        "91",
        "优",
        "财政重点评价",
    ),
    (
        "黛川市住房和城乡建设局",
        "黛川市城市建设投资发展有限公司",
        "黛川市城区排水防涝设施建设工程",
        "1.35",
        "86",
        "良",
        "部门绩效自评",
    ),
    (
        "黛川市交通运输局",
        "黛川市交通建设发展中心",
        "黛川港综合物流园区配套道路工程",
        "1.80",
        "88",
        "良",
        "部门绩效自评",
    ),
    (
        "黛川市卫生健康委员会",
        "黛川市第一人民医院",
        "黛川市第一人民医院传染病区建设项目",
        "0.95",
        "93",
        "优",
        "财政重点评价",
    ),
    ("黛川市教育局", "黛川职业技术学校", "黛川职业技术学校产教融合实训基地", "0.60", "90", "优", "部门绩效自评"),
    ("黛川市水利局", "黛川市水务集团有限公司", "黛川市城乡供水一体化工程", "2.45", "84", "良", "部门绩效自评"),
    (
        "黛川市发展和改革委员会",
        "黛川高新技术产业园区管理委员会",
        "黛川高新区标准厂房建设项目",
        "1.70",
        "79",
        "中",
        "财政重点评价",
    ),
    (
        "黛川市农业农村局",
        "黛川市农业发展投资有限公司",
        "黛川市冷链物流中心建设项目",
        "0.85",
        "92",
        "优",
        "部门绩效自评",
    ),
    (
        "黛川市生态环境局",
        "黛川市环保产业有限公司",
        "黛川市工业园区污水集中处理厂提标改造",
        "0.60",
        "87",
        "良",
        "部门绩效自评",
    ),
]


def f06_bond_notice() -> Fx:
    doc = new_doc("黛川市财政局")
    doc.footer("dash")
    title = doc.title("黛川市2023年度新增地方政府专项债券", "项目绩效评价结果公示")
    fx = Fx(
        "word5_06_bond_notice",
        "special-bond 公示: a landscape table 主管部门|项目单位|项目名称|债券资金（亿元）|"
        "评价得分|评价结果|备注 with the evaluation kind per row in 备注",
        doc,
        title,
        "黛川市",
        2023,
    )
    n = len(F06_ROWS)
    total = sum((D(r[3]) for r in F06_ROWS), D(0))
    doc.para(
        "根据《财政部关于印发〈地方政府专项债券项目资金绩效管理办法〉的通知》（财预〔2021〕61号）和省财政厅关"
        "于做好"
        "专项债券项目绩效评价工作的通知要求，市财政局组织对2023年度新增专项债券项目开展了绩效评价。"
    )
    q = f"本次共评价新增专项债券项目{n}个，涉及债券资金{total}亿元"
    key = [r for r in F06_ROWS if r[6] == "财政重点评价"]
    doc.para(
        f"{q}，其中财政重点评价项目{len(key)}个，其余项目由主管部门组织绩效自评、市财政局审核。评价结果显示，"
        "项目总体按计划推进，债券资金使用基本规范，但部分项目存在收益不及预期、资产未及时入账等问题。现将评价结果"
        "予以公示，公示期为2024年7月1日至7月7日。"
    )
    fx.metric("bond_projects", n, "个", f"新增专项债券项目{n}个")
    fx.metric("bond_amount", total, "亿元", f"涉及债券资金{total}亿元")
    fx.metric("key_evaluated_projects", len(key), "个", f"其中财政重点评价项目{len(key)}个")
    doc.para("公示期间如有异议，请以书面形式向市财政局反映。联系电话：0836-2219806。")
    doc.signature("黛川市财政局", "2024年6月28日")
    doc.landscape()
    doc.caption("黛川市2023年度新增地方政府专项债券项目绩效评价结果表", size=16)
    rows: list[list[str | None]] = [
        ["序号", "主管部门", "项目单位", "项目名称", "债券资金\n（亿元）", "评价得分", "评价结果", "备注"]
    ]
    for i, (d, unit, name, a, s, g, kind) in enumerate(F06_ROWS, 1):
        rows.append([str(i), d, unit, name, a, s, g, kind])
        fx.project(name, d, g, s, a, "亿元", "key" if kind == "财政重点评价" else "self")
    doc.table(
        rows,
        [1.2, 4.2, 4.8, 6.4, 2.1, 1.8, 1.8, 2.3],
        align=["c", "l", "l", "l", "r", "c", "c", "c"],
        size=11,
        cant_split=True,
    )
    fx.batch("key", "财政重点评价", len(key))
    fx.batch("self", "部门绩效自评", n - len(key))
    fx.notes = (
        "Bond amounts in 亿元 with the unit only in the header 债券资金（亿元）; 0.60 is printed with two d"
        "ecimals "
        "(gold 0.6). department = 主管部门; 项目单位 is the implementing company and NOT the department. The "
        "备注 column gives the evaluation kind per row (财政重点评价 → key, 部门绩效自评 → self); the key c"
        "ount is "
        "also stated in prose, the self count (6) is derived from 备注 only (as in the real bond gold); the"
        " round's "
        "total is in the bond_projects/bond_amount metrics. The table is on a landscape page after the "
        "signature."
    )
    return fx


# ============================================================================== 07 沄水县: one paragraph per project
F07 = [
    (
        "县城区雨污分流改造工程",
        "县住房和城乡建设局",
        "2,150.00",
        "87.5",
        "良好",
        "项目完成管网改造18.6公里，城区内涝点由12处减少至3处；但部分路段施工后路面恢复不及时，群众满意度偏低。",
    ),
    (
        "义务教育阶段学生资助资金",
        "县教育局",
        "628.40",
        "93.0",
        "优秀",
        "资助政策落实到位，资助对象认定程序规范，资金通过“一卡通”及时足额发放。",
    ),
    (
        "农村饮水安全巩固提升工程",
        "县水利局",
        "1,386.75",
        "84.0",
        "良好",
        "新建改造供水站点9处，受益人口2.3万人；水质检测频次未达到规定要求。",
    ),
    (
        "特色产业发展扶持资金",
        "县农业农村局",
        "960.00",
        "72.5",
        "一般",
        "扶持对象遴选标准不够明确，部分扶持项目未形成预期产能，资金使用效益不高。",
    ),
    (
        "县人民医院医疗设备购置项目",
        "县卫生健康局",
        "845.30",
        "91.5",
        "优秀",
        "设备采购程序合规，设备使用率较高，检查检验服务能力明显提升。",
    ),
    (
        "城乡公交一体化运营补贴",
        "县交通运输局",
        "520.00",
        "85.5",
        "良好",
        "补贴标准与运营里程、服务质量挂钩，但线路客流数据统计不够准确。",
    ),
    (
        "公共就业服务能力提升项目",
        "县人力资源和社会保障局",
        "352.05",
        "82.0",
        "良好",
        "组织招聘会26场，促进就业1860人次；部分培训项目与企业用工需求衔接不紧。",
    ),
]


def f07_prose_per_project() -> Fx:
    doc = new_doc("沄水县财政局")
    doc.footer("dash")
    title = doc.title("沄水县2023年度财政重点绩效评价结果公开")
    fx = Fx(
        "word5_07_prose_per_project",
        "重点评价结果 written one project per paragraph (（一）name。主管部门…；"
        "项目资金…；"
        "得分…分，等级为…) with 优秀/良好/一般, no table",
        doc,
        title,
        "沄水县",
        2023,
    )
    total = sum((D(r[2].replace(",", "")) for r in F07), D(0))
    gc = grade_counts([r[4] for r in F07], ["优秀", "良好", "一般", "较差"])
    doc.para(
        "为提高财政资金使用效益，根据《沄水县预算绩效管理办法》，县财政局组织对2023年度部分重点项目开展了财政"
        "重点绩效"
        "评价。现将评价结果公开如下："
    )
    doc.heading(1, "一、总体情况")
    q = f"县财政局对{len(F07)}个项目开展重点绩效评价，涉及资金{money(total)}万元"
    dist = "、".join(f"{g}的{c}个" for g, c in gc.items())
    doc.para(f"2024年，{q}。评价结果为{dist}。")
    fx.metric("key_evaluated_projects", len(F07), "个", f"对{len(F07)}个项目开展重点绩效评价")
    fx.metric("key_evaluated_amount", total, "万元", f"涉及资金{money(total)}万元")
    doc.heading(1, "二、各项目评价结果")
    for i, (name, dept, a, s, g, finding) in enumerate(F07, 1):
        doc.rich(
            [
                (f"（{cn(i)}）{name}。", KAI, False),
                (f"主管部门为{dept}，项目资金{a}万元，评价得分{s}分，评价等级为{g}。{finding}", None, False),
            ]
        )
        fx.project(name, dept, g, s, a, "万元", "key")
    doc.heading(1, "三、评价结果应用")
    doc.para(
        "评价结果已反馈至各主管部门，作为2025年度预算安排的重要依据。评价等级为一般的项目，主管部门须于两个月"
        "内完成"
        "整改，县财政局将适当压减其下年度预算。"
    )
    doc.signature("沄水县财政局", "2024年10月12日")
    fx.batch("key", "财政重点绩效评价", len(F07), amount=total, unit="万元", grades=gc)
    fx.notes = (
        "Projects are described one per paragraph with a 楷体 run-in heading （一）name。 and the fields in"
        " prose "
        "(主管部门为…，项目资金…万元，评价得分…分，评价等级为…); findings with figures (18.6公里, 2.3万人, "
        "26场, "
        "1860人次) follow the grade and are noise. fiscal_year 2023 from the title (the evaluation work was "
        "done in 2024). Departments are written short (县教育局), as printed."
    )
    return fx


# ============================================================================== 08 蓼汀区: landscape appendix
F08_ROWS = [
    ("蓼汀区教育局", "区实验学校", "智慧校园建设项目"),
    ("蓼汀区教育局", "区教师发展中心", "名师工作室建设经费"),
    ("蓼汀区教育局", "区第二中学", "学校食堂提升改造工程"),
    ("蓼汀区卫生健康局", "区疾病预防控制中心", "慢性病综合防控示范区建设"),
    ("蓼汀区卫生健康局", "区妇幼保健院", "出生缺陷综合防治项目"),
    ("蓼汀区民政局", "区社会福利中心", "特困供养机构运营补助"),
    ("蓼汀区民政局", "区民政局", "儿童福利保障资金"),
    ("蓼汀区城市管理局", "区环境卫生管理所", "生活垃圾转运站改造"),
    ("蓼汀区城市管理局", "区园林绿化中心", "口袋公园建设项目"),
    ("蓼汀区住房和城乡建设局", "区住房保障中心", "公共租赁住房维修"),
    ("蓼汀区住房和城乡建设局", "区建设工程质量安全站", "建筑工地扬尘监测系统"),
    ("蓼汀区农业农村局", "区农业技术推广中心", "绿色防控示范区建设"),
    ("蓼汀区农业农村局", "区农村经营管理站", "农村产权交易平台运维"),
    ("蓼汀区文化和旅游局", "区文化馆", "群众文化活动经费"),
    ("蓼汀区文化和旅游局", "区图书馆", "数字图书馆建设项目"),
    ("蓼汀区科学技术局", "区科技服务中心", "科技型中小企业研发补助"),
    ("蓼汀区商务局", "区商务局", "老字号品牌培育资金"),
    ("蓼汀区交通运输局", "区公路管理站", "农村公路提档升级工程"),
    ("蓼汀区应急管理局", "区应急指挥中心", "应急广播体系建设"),
    ("蓼汀区水利局", "区河道管理所", "中小河流综合治理项目"),
    ("蓼汀区生态环境分局", "区环境监测站", "土壤污染状况详查"),
    ("蓼汀区人力资源和社会保障局", "区就业服务中心", "零工市场建设运营"),
]


def f08_landscape_appendix() -> Fx:
    rng = random.Random(508)
    doc = new_doc("蓼汀区财政局")
    doc.footer("dash")
    title = doc.title("蓼汀区2023年预算绩效管理工作情况")
    fx = Fx(
        "word5_08_landscape_appendix",
        "annual report with an appendix table on landscape pages after the "
        "signature, continued onto a second page WITHOUT a repeated header; grade column 评价结论, 项目单位 beside "
        "主管部门",
        doc,
        title,
        "蓼汀区",
        2023,
    )
    n = len(F08_ROWS)
    amts = amounts(rng, n, 80, 1500)
    scs = scores(rng, n, 70, 96)
    grades = [band(s, ("优", "良", "中", "差")) for s in scs]
    total = sum(amts, D(0))
    total_yi = yi(total)
    sample = {"优": 21, "良": 44, "中": 12, "差": 3}
    ns = sum(sample.values())
    shares = {g: pct(c, ns) for g, c in sample.items()}
    doc.para(
        "2023年，区财政局认真贯彻落实全面实施预算绩效管理各项决策部署，以提高财政资金使用效益为核心，构建事前"
        "、事中、"
        "事后全过程预算绩效管理链条，各项工作取得积极成效。"
    )
    doc.heading(1, "一、事前绩效评估")
    doc.para("对新增的27个重大项目开展事前绩效评估，核减不合理预算申请3,680万元。")
    doc.heading(1, "二、绩效目标管理")
    doc.para("将绩效目标编报范围扩展至全部区级预算单位，全年审核项目绩效目标1,528个，退回修改216个。")
    doc.heading(1, "三、绩效运行监控")
    q_m = "对1,528个项目开展绩效运行监控"
    doc.para(f"按照“谁支出、谁负责”的原则，{q_m}，及时纠正偏离绩效目标的问题，收回长期沉淀资金1,206万元。")
    fx.metric("monitored_projects", 1528, "个", q_m)
    doc.heading(1, "四、绩效自评和财政评价")
    q_self = "区级部门对2022年度1,476个项目开展绩效自评"
    q_s = f"区财政局随机抽取{ns}个项目对自评结果进行复核"
    q_dist = "；".join(f"“{g}”{c}个，占{shares[g]}%" for g, c in sample.items())
    doc.para(f"{q_self}，自评结果随部门决算报送。{q_s}，复核结果为：{q_dist}。")
    fx.metric("self_evaluated_projects", 1476, "个", q_self)
    fx.metric("sampled_projects", ns, "个", f"随机抽取{ns}个项目")
    q_k = f"对{n}个重点项目开展财政重点绩效评价，涉及资金{total_yi}亿元"
    gc = {g: grades.count(g) for g in ("优", "良", "中", "差")}  # all four printed, zeros too
    doc.para(
        f"同时，区财政局委托第三方机构{q_k}，评价结论为优{gc['优']}个、良{gc['良']}个、"
        f"中{gc['中']}个、差{gc['差']}个，具体结果见附件。"
    )
    fx.metric("key_evaluated_projects", n, "个", f"对{n}个重点项目开展财政重点绩效评价")
    fx.metric("key_evaluated_amount", total_yi, "亿元", f"涉及资金{total_yi}亿元")
    doc.heading(1, "五、结果应用")
    doc.para(
        "评价结果与2024年预算安排挂钩，对评价结论为“中”“差”的项目压减预算共计820万元，对3个连续两年评价较差的项目"
        "予以取消。"
    )
    doc.attachments(["2023年度区级财政重点绩效评价结果表"])
    doc.signature("蓼汀区财政局", "2024年5月10日")
    doc.landscape()
    doc.line("附件", font=HEI)
    doc.caption("2023年度区级财政重点绩效评价结果表", size=18)
    rows: list[list[str | None]] = [
        ["序号", "主管部门", "项目单位", "项目名称", "资金规模（万元）", "综合得分", "评价结论"]
    ]
    for i, ((d, unit, name), a, s, g) in enumerate(zip(F08_ROWS, amts, scs, grades, strict=True), 1):
        rows.append([str(i), d, unit, name, money(a), str(s), g])
        fx.project(name, d, g, str(s), money(a), "万元", "key")
    doc.table(
        rows,
        [1.4, 5.2, 4.8, 6.6, 2.8, 2.0, 2.0],
        align=["c", "l", "l", "l", "r", "c", "c"],
        size=12,
        repeat_header=False,
        cant_split=True,
    )
    fx.batch("self", "绩效自评", 1476)
    fx.batch("sampling", "自评复核", ns, grades=sample, shares=shares)
    fx.batch("key", "财政重点绩效评价", n, amount=total_yi, unit="亿元", grades=gc)
    fx.notes = (
        "The key-evaluation table is an appendix on landscape pages after the signature; it runs onto a second "
        "landscape page and its header row is NOT repeated there (rows continue bare). The grade column is "
        "called 评价结论 and the score column 综合得分. department = 主管部门; 项目单位 is a separate column "
        "(sometimes the same as the department, e.g. 区民政局 under 蓼汀区民政局). The key distribution prints "
        "all four grades, zeros included (差0个 is kept as 差: 0). Prose figures that are "
        "not metrics: 27 ex-ante assessments, 3,680万元 cut, 1,528 targets (equal to the monitored count), 216 "
        "returned, 1,206万元 recovered, 820万元 cut, 3 cancelled. The self-evaluation covers 2022年度 spend"
        "ing."
    )
    return fx


# ============================================================================== 09 荻原市: scanned notice
F09_UNITS = [
    ("荻原市教育局", ["荻原市第一中学", "荻原市特殊教育学校", "荻原市教育考试院"]),
    ("荻原市卫生健康委员会", ["荻原市中心血站", "荻原市卫生健康综合监督执法支队"]),
    ("荻原市自然资源局", ["荻原市不动产登记中心", "荻原市测绘地理信息中心"]),
    ("荻原市文化广电和旅游局", ["荻原市博物馆", "荻原市群众艺术馆"]),
]


def f09_scanned_notice() -> Fx:
    rng = random.Random(509)
    doc = new_doc("荻原市财政局")
    doc.footer("dash")
    doc.red_letterhead("荻原市财政局文件", "荻财绩〔2024〕21号")
    title = doc.title("荻原市财政局关于2023年度市级单位", "整体支出绩效评价结果的通报")
    fx = Fx(
        "word5_09_scanned_notice",
        "SCANNED 通报 (image-only, seal): units under their 主管部门 (repeated on ea"
        "ch row) "
        "with 评价得分/评价等级, distribution in prose",
        doc,
        title,
        "荻原市",
        2023,
        scan={
            "dpi": 150,
            "angles": [0.35, -0.25, 0.2],
            "colour": False,
            "noise": 5.0,
            "seed": 509,
            "seal": {"near": "荻原市财政局", "text": "荻原市财政局"},
        },
    )
    flat = [(p, u) for p, us in F09_UNITS for u in us]
    scs = scores(rng, len(flat), 74, 96)
    grades = [band(s, ("优", "良", "中", "差")) for s in scs]
    gc = grade_counts(grades, ["优", "良", "中", "差"])
    doc.line("各市级预算部门：", before=4)
    q = f"市财政局对{len(F09_UNITS)}个主管部门所属{len(flat)}家二级预算单位2023年度整体支出开展了绩效评价"
    doc.para(
        f"为推动部门整体支出绩效管理向基层单位延伸，根据《荻原市市级部门整体支出绩效评价办法》，{q}。现将评价结果"
        "通报如下："
    )
    fx.metric("department_overall_evaluations", len(flat), "个", f"所属{len(flat)}家二级预算单位")
    dist = "，".join(f"“{g}”等级{c}家" for g, c in gc.items())
    doc.para(
        "评价采取单位自评与财政评价相结合的方式，由市财政局委托第三方机构对单位预算编制、预算执行、资产管理和履职"
        "效益等情况进行现场核查和综合评分。"
    )
    doc.para(f"从评价结果看，{dist}。评价结果详见下表。")
    rows: list[list[str | None]] = [["序号", "主管部门", "被评价单位", "评价得分", "评价等级"]]
    i = 0
    for parent, units in F09_UNITS:
        for u in units:
            s, g = scs[i], grades[i]
            i += 1
            rows.append([str(i), parent, u, str(s), g])
            fx.unit_result(u, parent, g, str(s))
    doc.table(rows, [1.3, 4.4, 5.6, 2.1, 2.2], align=["c", "c", "l", "c", "c"], size=12, cant_split=True)
    doc.para(
        "各主管部门要督促所属单位针对评价中发现的预算编制不够精准、资产管理不够规范、绩效目标不够完整等问题认"
        "真整改，"
        "并于2024年10月底前将整改情况报市财政局。评价结果将作为2025年度部门预算安排的重要依据。"
    )
    doc.signature("荻原市财政局", "2024年8月26日")
    fx.batch("department_overall", "单位整体支出绩效评价", len(flat), departments=len(flat), grades=gc)
    fx.notes = (
        "Published as a SCAN (no text layer); the gold was checked against the PDF before rasterising. The "
        "evaluated objects are 二级预算单位 under their 主管部门: department_evaluations with parent_depart"
        "ment "
        "(repeated on each row of the table). Distribution printed as “优”等级N家 (counted in 家). 文号 "
        "荻财绩〔2024〕21号 is noise."
    )
    return fx


# ============================================================================== 10 枫渚区: several batches
F10_POLICY = [("枫渚区科学技术局", "科技企业培育扶持政策"), ("枫渚区人力资源和社会保障局", "人才安居补贴政策")]
F10_PROJECTS = [
    ("枫渚区教育局", "中小学智慧教室建设"),
    ("枫渚区卫生健康局", "社区卫生服务中心标准化建设"),
    ("枫渚区城市管理局", "背街小巷环境整治"),
    ("枫渚区农业农村局", "农田水利设施维修养护"),
    ("枫渚区民政局", "老年助餐服务补贴"),
    ("枫渚区交通运输局", "公共自行车系统运营维护"),
]
F10_UNITS = ["枫渚区司法局", "枫渚区统计局", "枫渚区档案馆"]


def f10_several_batches() -> Fx:
    rng = random.Random(510)
    doc = new_doc("枫渚区财政局")
    doc.footer("dash")
    title = doc.title("枫渚区2023年度财政绩效评价结果公开")
    fx = Fx(
        "word5_10_several_batches",
        "three batches (政策 / 项目支出 / 部门整体) in three tables with a two-level "
        "merged header (资金情况（万元）→ 预算数 | 实际支出数), 万元 with four decimals, 评价结果 优/良/中",
        doc,
        title,
        "枫渚区",
        2023,
    )

    def four(lo: int, hi: int) -> Decimal:
        return (D(rng.randint(lo * 10000, hi * 10000)) / 10000).quantize(D("0.0001"))

    doc.para(
        "根据《枫渚区全面实施预算绩效管理实施方案》，区财政局对2023年度部分政策、项目和部门整体支出开展了财政"
        "绩效评价。"
        "现将评价结果公开如下："
    )
    pol_b = [four(800, 4000) for _ in F10_POLICY]
    prj_b = [four(150, 1200) for _ in F10_PROJECTS]
    unit_b = [four(300, 1500) for _ in F10_UNITS]
    all_b = pol_b + prj_b + unit_b
    total = sum(all_b, D(0))
    n_all = len(all_b)
    q = (
        f"共对{n_all}个评价对象开展财政绩效评价，其中政策评价{len(F10_POLICY)}个、项目支出评价{len(F10_PROJECTS)}个、"
        f"部门整体支出评价{len(F10_UNITS)}个，涉及预算资金{money(total, 4)}万元"
    )
    doc.para(f"2024年，区财政局{q}。")
    fx.metric("total_evaluated_projects", n_all, "个", f"共对{n_all}个评价对象开展财政绩效评价")
    fx.metric("total_evaluated_amount", total, "万元", f"涉及预算资金{money(total, 4)}万元")
    fx.metric("policy_evaluations", len(F10_POLICY), "个", f"政策评价{len(F10_POLICY)}个")
    fx.metric("project_expenditure_evaluations", len(F10_PROJECTS), "个", f"项目支出评价{len(F10_PROJECTS)}个")
    fx.metric("department_overall_evaluations", len(F10_UNITS), "个", f"部门整体支出评价{len(F10_UNITS)}个")

    def results_table(caption: str, label: str, objs: list[tuple[str, str]], budgets: list[Decimal]) -> list:
        """One batch's table; a 部门整体 table has no 主管部门 column (the evaluated object is the department)."""
        with_department = label != "被评价部门"
        out = []
        doc.caption(caption, font=KAI)
        head = ["序号", "主管部门", label] if with_department else ["序号", label]
        rows: list[list[str | None]] = [
            [*head, "资金情况（万元）", "<", "评价得分", "评价结果"],
            [UP] * len(head) + ["预算数", "实际支出数", UP, UP],
        ]
        for i, ((d, name), b) in enumerate(zip(objs, budgets, strict=True), 1):
            spent = (b * D(str(rng.uniform(0.78, 0.99)))).quantize(D("0.0001"))
            s = scores(rng, 1, 73, 95)[0]
            g = band(s, ("优", "良", "中", "差"))
            first = [str(i), d, name] if with_department else [str(i), name]
            rows.append([*first, money(b, 4), money(spent, 4), str(s), g])
            out.append((d, name, b, s, g))
        widths = [1.1, 3.6, 4.0] if with_department else [1.1, 7.6]
        doc.table(
            rows,
            [*widths, 2.2, 2.2, 1.3, 1.3],
            header_rows=2,
            align=["c"] + ["l"] * (len(head) - 1) + ["r", "r", "c", "c"],
            size=10.5,
            cant_split=True,
        )
        return out

    doc.heading(1, "一、政策评价结果")
    doc.para("对2项区级扶持政策开展事后评价，重点评价政策目标实现程度、资金分配的公平性和政策的可持续性。")
    pol = results_table("表1 政策评价结果", "政策名称", F10_POLICY, pol_b)
    doc.heading(1, "二、项目支出评价结果")
    doc.para("对6个项目开展财政重点绩效评价，评价对象均为社会关注度较高的民生类项目。")
    prj = results_table("表2 项目支出评价结果", "项目名称", F10_PROJECTS, prj_b)
    doc.heading(1, "三、部门整体支出评价结果")
    doc.para("对3个部门开展部门整体支出绩效评价，评价内容涵盖部门预算管理、履职效能和可持续发展能力。")
    units = results_table("表3 部门整体支出评价结果", "被评价部门", [(u, u) for u in F10_UNITS], unit_b)
    doc.heading(1, "四、结果应用")
    doc.para(
        "评价结果已反馈被评价单位并抄送区审计局。对评价结果为“中”的对象，被评价单位应在60日内完成整改；区财政局将"
        "评价结果作为2025年预算安排、政策调整和改进管理的重要依据。"
    )
    doc.signature("枫渚区财政局", "2024年12月3日")
    for d, name, b, s, g in pol:
        fx.project(name, d, g, str(s), money(b, 4), "万元", "other")
    for d, name, b, s, g in prj:
        fx.project(name, d, g, str(s), money(b, 4), "万元", "key")
    for d, _, _, s, g in units:
        fx.unit_result(d, None, g, str(s))
    fx.batch("other", "政策评价", len(F10_POLICY))
    fx.batch("key", "项目支出评价", len(F10_PROJECTS))
    fx.batch("department_overall", "部门整体支出评价", len(F10_UNITS), departments=len(F10_UNITS))
    fx.notes = (
        "Three batches, each with its own table; the tables have a two-level header (资金情况（万元） spanning "
        "预算数 | 实际支出数, the other header cells merged vertically). Gold amount = 预算数 (4 decimals, "
        "thousands separators), not 实际支出数. Policy evaluations are projects with batch_type 'other'; the "
        "three 部门整体 objects are department_evaluations (their table has no 主管部门 column, so "
        "parent_department is null). Batch amounts are null: only the round total is "
        "printed (the per-batch sums of 预算数 are not stated). total_evaluated_projects (11) counts every "
        "evaluated object of the round: 2 policies, 6 projects and 3 departments. No grade distribution is "
        "printed, so batch grades are null."
    )
    return fx


FIXTURES: list[Callable[[], Fx]] = [
    f01_annual_county,
    f02_key_notice_city,
    f03_department_overall,
    f04_sampling_review,
    f05_department_self_report,
    f06_bond_notice,
    f07_prose_per_project,
    f08_landscape_appendix,
    f09_scanned_notice,
    f10_several_batches,
]


# ------------------------------------------------------------------------------------------------ checks
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")
_PAGE_OF = re.compile(r"第\d+页共\d+页")
_WS = re.compile(r"\s+")


def _value_text(value: int | float) -> str:
    return f"{D(str(value)).normalize():f}"


def check_doc(fx: Fx) -> list[str]:
    """Gold against the docx text: strings verbatim; each metric's value inside its quote; each printed figure in
    a table cell or paragraph; batch grade counts summing to their batch's count."""
    text = "\n".join(fx.doc.text)
    problems = [f"{kind} not in the docx text: {s}" for kind, s in fx.strings() if s not in text]
    for m in fx.metrics:
        quote = m["quote"].replace(",", "")
        if _value_text(m["value"]) not in quote and _value_text(m["value"]) not in re.sub(
            r"(\.\d*?)0+\b", r"\1", quote
        ):
            problems.append(f"metric {m['metric']}: value {m['value']} not in its quote: {m['quote']}")
    for b in fx.batches:
        if b["grades"] and b["project_count"] is not None and sum(b["grades"].values()) != b["project_count"]:
            problems.append(f"batch {b['label_zh']}: grades {b['grades']} do not sum to {b['project_count']}")
    return problems


def read_pdf(pdf: Path) -> tuple[list[str], list[str], dict[str, Any]]:
    """Page texts by PDFium and by pdfplumber (its page text plus its table cells), and what the pages are."""
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
    pages_b, cells, tables = [], [], 0
    with pdfplumber.open(pdf) as plumb:
        for page in plumb.pages:
            found = page.find_tables()
            tables += len(found)
            pages_b.append(page.extract_text() or "")
            cells += [c for t in found for row in t.extract() for c in row if c]
    # table cells after the pages, so that a paragraph running from one page to the next stays whole
    pages_b.append("\n".join(cells))
    return pages_a, pages_b, {"pages": len(pages_a), "landscape": landscape, "tables": tables, "chars": chars}


def _flat(pages: list[str], fx: Fx) -> str:
    """Page texts joined without page numbers and without the running header at the top of each page."""
    out = []
    for text in pages:
        page = _PAGE_OF.sub("", _WS.sub("", "".join(ln for ln in text.splitlines() if not _PAGE_NUMBER.match(ln))))
        for chrome in fx.chrome:
            page = page.replace(_WS.sub("", chrome), "", 1)
        out.append(page)
    return "".join(out)


def check_pdf(pdf: Path, fx: Fx) -> tuple[list[str], dict[str, Any]]:
    """The exported PDF as a pipeline reads it, with both engines: CJK text on every page, no (cid:…), every gold
    string and printed figure in the text, landscape pages iff the document has landscape sections."""
    pages_a, pages_b, info = read_pdf(pdf)
    problems = []
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        for i, text in enumerate(pages[: info["pages"]]):
            if len(_CJK.findall(text)) < 20:
                problems.append(f"{engine}: page {i + 1} has little CJK text")
            if "(cid:" in text:
                problems.append(f"{engine}: page {i + 1} has (cid:…)")
        flat = _flat(pages, fx)
        for kind, s in fx.strings():
            if _WS.sub("", s) not in flat:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    if bool(info["landscape"]) != bool(fx.doc.landscape_sections):
        problems.append(f"{info['landscape']} landscape pages, {fx.doc.landscape_sections} landscape sections")
    if not 2 <= info["pages"] <= 5:
        problems.append(f"{info['pages']} pages (wanted 2–5)")
    return problems, info


def no_text_layer(pdf: Path) -> tuple[int, int]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    chars = sum(doc[i].get_textpage().count_chars() for i in range(len(doc)))
    n = len(doc)
    doc.close()
    return n, chars


# ------------------------------------------------------------------------------------------------ output
README_HEAD = """# word5: a fifth, independent set of Word-exported fixtures

**SYNTHETIC.** Every region (泊云县, 栖梧市, 蘅江县, 砚湖区, 苒溪县, 黛川市, 沄水县, 蓼汀区, 荻原市, 枫渚区),
department, unit, project, person, phone number, 文号 and figure in these documents is invented. Each gold file says
`"synthetic": true`.

Written by a fifth author, who read the real corpus's README and gold files, its texts and the reference report,
and did NOT read the parser, the scorer, the other word* generators' layouts or their fixtures, nor ran the parser on
these documents: the set measures the parser at first sight. Most fixtures are ORDINARY reports as county, city and
district finance bureaus and line departments publish them; three carry difficulties real bureaus' Word files carry
(projects one per paragraph, an appendix table on landscape pages after the signature without a repeated header, a
scanned notice).

Made by `tools/make_word_fixtures_5.py` (`make word-fixtures-5`): python-docx documents in 公文 format
(tools/word_doc.py), exported to PDF by LibreOffice headless with the font substitutions of tools/word_fonts.conf;
the scan is the exported PDF rasterised with a seal and scanner noise (no text layer).

How the gold was checked, by the generator before writing it: every title, quote, project name, department, grade
and unit string is in the docx text; every metric value is inside its quote; every printed score and amount is in
the docx text; batch grade counts sum to their batch's project count; then every one of those strings is in the
exported PDF's text layer with both PDFium (pypdfium2) and pdfplumber (page text plus table cells; page numbers and
running headers stripped), every page has CJK text and no `(cid:…)`, landscape pages appear iff the document has a
landscape section, and each report has 2–5 pages. For the scanned notice the strings are checked in the PDF before it
is rasterised, and the published scan is checked to have 0 characters in its text layer.

Gold follows the real corpus's format and conventions (`/work/shared/corpus/real/README.md`); `notes` in each gold
file explains its judgement calls.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
"""


def write_readme(out_dir: Path, fixtures: list[Fx], infos: dict[str, dict[str, Any]], passed: int) -> None:
    lines = [README_HEAD.rstrip("\n")]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = "none (scan)" if fx.scan else "yes"
        extra = [f"{info['landscape']} landscape page(s)"] if info.get("landscape") else []
        extra.append("tagged PDF" if fx.tagged else "untagged PDF")
        what = fx.what.replace("|", "\\|")
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {what} ({', '.join(extra)}) |")
    lines += ["", f"Last generation: {passed} of {len(fixtures)} fixtures passed every check above."]
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep-docx", action="store_true", help="keep the .docx next to the PDF")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only fixtures whose name contains NAME")
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
        problems = check_doc(fx)
        if problems:
            failed = True
            print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
    if failed:
        return 1
    infos: dict[str, dict[str, Any]] = {}
    passed = 0
    with tempfile.TemporaryDirectory(prefix="jixiao-word5-") as tmp:
        work = Path(tmp)
        groups: dict[bool, list[Fx]] = {}
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
            groups.setdefault(fx.tagged, []).append(fx)
        for tagged, fxs in groups.items():  # one soffice call per export-option group
            convert3(soffice, [work / f"{fx.name}.docx" for fx in fxs], work / "pdf", dict(TAGGED) if tagged else {})
        for fx in fixtures:
            pdf = work / "pdf" / f"{fx.name}.pdf"
            problems, info = check_pdf(pdf, fx)
            if fx.scan:
                pages = rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                n, chars = no_text_layer(out_dir / f"{fx.name}.pdf")
                if chars or n != pages:
                    problems.append(f"the scan has {chars} characters in its text layer over {n} pages")
                info = {**info, "pages": n, "scan_chars": chars}
            else:
                shutil.copy(pdf, out_dir / f"{fx.name}.pdf")
            infos[fx.name] = info
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            (out_dir / f"{fx.name}.json").write_text(
                json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info.get('pages', '?')} pages, {info.get('tables', '?')} tables: {status}")
            failed = failed or bool(problems)
            passed += not problems
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    if not args.only:
        write_readme(out_dir, fixtures, infos, passed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
