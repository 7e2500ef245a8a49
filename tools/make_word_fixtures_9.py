"""A ninth, independent set of Word-made fixtures (`word9_*`): budget-performance reports written as Word documents
(python-docx) and exported to PDF by LibreOffice headless, the way county, city and provincial bureaus publish them.

Written by a ninth author from the genre (the real corpus's README and gold conventions, real bureau pages), without
reading the parser, the scorer or the other sets' fixtures, so that the parser is measured on documents it never saw.
Mostly ORDINARY reports: a county's annual work summary, a city's 重点评价 公告 (departments merged over their
projects, a table across two pages), a district's 部门整体 results in 元, a county's 抽查复核 通报 with two scores and
an attachment table across pages, a provincial department's one-project 自评 report with an indicator table, a
city's special-bond 公示 in 亿元, a county grading its 乡镇（街道）, a city grading its 县区; and two with a
difficulty a real Word file has: a policy notice whose results are only in a landscape appendix after the
signature, and a district's key-evaluation summary whose grade counts are only in a small table, with short
department names in a second table.

Everything is SYNTHETIC: the regions (澄岭县, 榆汀市, 桉浦区, 蓼原县, 东澜省, 棣湾市, 荻川县, 楠洲市, 枳阳市 and
its 县区), departments, projects, people and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
title, quote, name, department and grade against the document's own text (docx); every number against its quote or
the document's text; then the same strings and numbers against the exported PDF's text layer, read by PDFium and by
pdfplumber (page text plus table cells); and the page count (2–5).

Reuses the 公文 builder (tools/word_doc.py), `Doc3`/`convert3`/number helpers of tools/make_word_fixtures_3.py and
find_soffice/check_fonts of tools/make_word_fixtures.py (fonts through tools/word_fonts.conf).

Usage: python tools/make_word_fixtures_9.py [OUT_DIR] [--only NAME ...] [--keep-docx]
       (default OUT_DIR tests/fixtures/word9)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import Doc3, convert3, money, pct
from word_doc import HEI, LEFT, SONG, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word9"
D = Decimal
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WS = re.compile(r"\s+")


def num(value: Decimal | int | float | None) -> int | float | None:
    """A gold number: int when whole, else float (as the real gold files write them)."""
    if value is None:
        return None
    d = D(str(value))
    return int(d) if d == d.to_integral_value() else float(d)


def numbers_in(text: str) -> set[Decimal]:
    return {D(m.replace(",", "")) for m in _NUM.findall(text) if not m.endswith(",")}


# ------------------------------------------------------------------------------------------------ fixtures
@dataclass
class Fx:
    name: str
    what: str
    doc: Doc3
    title: str | None
    region: str | None
    year: int | None
    notes: list[str] = field(default_factory=list)
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    text_layer: str = "yes"

    def metric(self, metric: str, value: Decimal | int, unit: str, quote: str) -> None:
        self.metrics.append({"metric": metric, "value": num(value), "unit": unit, "quote": quote})

    def batch(self, type_: str, label: str, *, project_count: int | None = None, department_count: int | None = None,
              amount: Decimal | None = None, amount_unit: str | None = None, grades: dict[str, int] | None = None,
              shares: dict[str, Decimal] | None = None) -> None:  # fmt: skip
        self.batches.append({
            "type": type_,
            "label_zh": label,
            "project_count": project_count,
            "department_count": department_count,
            "amount": num(amount),
            "amount_unit": amount_unit,
            "grades": grades,
            "grade_shares_pct": {k: num(v) for k, v in shares.items()} if shares else None,
        })  # fmt: skip

    def project(self, name: str, department: str | None, grade: str | None, score: Decimal | None,
                amount: Decimal | None, amount_unit: str | None, batch_type: str) -> None:  # fmt: skip
        self.projects.append({
            "seq": len(self.projects) + 1,
            "name": name,
            "department": department,
            "grade": grade,
            "score": num(score),
            "amount": num(amount),
            "amount_unit": amount_unit if amount is not None else None,
            "batch_type": batch_type,
        })  # fmt: skip

    def unit(self, unit: str, parent: str | None, grade: str | None, score: Decimal | None) -> None:
        self.units.append({"unit": unit, "parent_department": parent, "grade": grade, "score": num(score)})

    def gold(self) -> dict[str, Any]:
        return {
            "synthetic": True,
            "source_url": None,
            "title": self.title,
            "region": self.region,
            "fiscal_year": self.year,
            "headline_metrics": self.metrics,
            "evaluation_batches": self.batches,
            "projects": self.projects,
            "department_evaluations": self.units,
            "notes": "SYNTHETIC document (word9 set, invented region, departments, projects and figures). "
            + " ".join(self.notes),
        }

    def strings(self) -> list[tuple[str, str]]:
        out = [("title", self.title)] if self.title else []
        out += [("region", self.region)] if self.region else []
        out += [("quote", m["quote"]) for m in self.metrics]
        for p in self.projects:
            out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
        for u in self.units:
            out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
        for b in self.batches:
            out += [("batch grade", g) for g in (b["grades"] or {})]
        return out

    def numbers(self) -> list[tuple[str, Decimal]]:
        out = []
        for p in self.projects:
            out += [(f"project {p['seq']} {k}", D(str(p[k]))) for k in ("score", "amount") if p[k] is not None]
        for u in self.units:
            if u["score"] is not None:
                out.append((f"unit {u['unit']} score", D(str(u["score"]))))
        for b in self.batches:
            if b["amount"] is not None:
                out.append((f"batch {b['label_zh']} amount", D(str(b["amount"]))))
            for k in ("project_count", "department_count"):
                if b[k] is not None:
                    out.append((f"batch {b['label_zh']} {k}", D(b[k])))
            for g, v in (b["grades"] or {}).items():
                if v:  # an explicit zero is said in words (无…)
                    out.append((f"batch grade {g}", D(v)))
            for g, v in (b["grade_shares_pct"] or {}).items():
                out.append((f"batch share {g}", D(str(v))))
        return out


def new_doc(author: str, **kw: Any) -> Doc3:
    doc = Doc3(author, **kw)
    doc.footer("dash")
    return doc


def grade_counts(rows: list[tuple], index: int, order: list[str]) -> dict[str, int]:
    c = Counter(r[index] for r in rows)
    return {g: c[g] for g in order}


# ============================================================================ 01 澄岭县 annual work summary
def f01_chengling_annual() -> Fx:
    doc = new_doc("澄岭县财政局")
    title = doc.title("澄岭县2023年度预算绩效管理工作情况")
    fx = Fx("word9_01_chengling_annual", "county annual summary: 自评/抽评 distribution with shares, "
            "key table with 合计, 部门整体 grades in prose", doc, title, "澄岭县", 2023)  # fmt: skip
    doc.para("2023年，县财政局坚持“花钱必问效、无效必问责”，以提高财政资金使用效益为核心，推动预算绩效管理提质增效。"
             "现将全县2023年度预算绩效管理工作情况报告如下。")  # fmt: skip
    doc.heading(1, "一、绩效目标管理")
    doc.para("将绩效目标作为预算安排的前置条件，2024年县级部门预算编制中，所有项目均随预算申报绩效目标，"
             "县财政局对预算金额50万元以上的286个项目绩效目标进行了重点审核，退回修改47个。")  # fmt: skip
    doc.heading(1, "二、绩效运行监控")
    doc.para("按照“双监控”要求，组织各预算部门对2023年度项目绩效目标实现程度和预算执行进度开展监控，"
             "共监控项目1,023个，对执行进度滞后的39个项目收回或调整资金3,860.25万元。")  # fmt: skip
    fx.metric("monitored_projects", 1023, "个", "共监控项目1,023个")
    doc.heading(1, "三、绩效自评和财政抽评")
    q_self = "对2023年度实施的1,146个项目开展绩效自评"
    q_amt = "涉及资金286,431.27万元"
    doc.para(f"组织全县62个预算部门{q_self}，{q_amt}，自评覆盖率100%。")
    fx.metric("self_evaluated_projects", 1146, "个", q_self)
    fx.metric("self_evaluated_amount", D("286431.27"), "万元", q_amt)
    fx.metric("involved_departments", 62, "个", "组织全县62个预算部门")
    fx.batch("self", "绩效自评", project_count=1146, department_count=62, amount=D("286431.27"), amount_unit="万元")
    counts = {"优": 38, "良": 65, "中": 14, "差": 3}
    n = sum(counts.values())
    shares = {g: pct(v, n) for g, v in counts.items()}
    q_samp = f"随机抽取{n}个项目进行复核"
    q_ratio = "抽评比例10.5%"
    q_samp_amt = "涉及金额48,215.60万元"
    doc.para(f"在部门自评基础上，县财政局按照“双随机”方式，{q_samp}，{q_ratio}，{q_samp_amt}。复核结果为："
             f"“优”{counts['优']}个，占{shares['优']}%；“良”{counts['良']}个，占{shares['良']}%；"
             f"“中”{counts['中']}个，占{shares['中']}%；“差”{counts['差']}个，占{shares['差']}%。"
             "复核发现部分单位自评打分偏高，绩效指标设置不够细化量化。")  # fmt: skip
    fx.metric("sampled_projects", n, "个", q_samp)
    fx.metric("sampling_ratio", D("10.5"), "%", q_ratio)
    fx.metric("sampled_amount", D("48215.60"), "万元", q_samp_amt)
    fx.batch("sampling", "财政抽评", project_count=n, amount=D("48215.60"), amount_unit="万元", grades=counts,
             shares=shares)  # fmt: skip
    doc.heading(1, "四、财政重点绩效评价")
    rows = [
        ("义务教育学校校舍维修改造", "县教育局", D("2865.40"), D("92.5"), "优秀"),
        ("学前教育生均公用经费补助", "县教育局", D("1320.00"), D("88.3"), "良好"),
        ("基层医疗卫生机构能力建设", "县卫生健康局", D("1654.72"), D("86.0"), "良好"),
        ("城乡居民医疗救助资金", "县医疗保障局", D("2410.15"), D("91.2"), "优秀"),
        ("高标准农田建设", "县农业农村局", D("6380.00"), D("84.6"), "良好"),
        ("农村饮水安全巩固提升工程", "县水利局", D("3216.88"), D("90.4"), "优秀"),
        ("中小河流治理", "县水利局", D("4105.30"), D("79.5"), "一般"),
        ("农村公路养护资金", "县交通运输局", D("2230.00"), D("87.1"), "良好"),
        ("城区背街小巷改造", "县住房和城乡建设局", D("3562.45"), D("82.7"), "良好"),
        ("养老服务体系建设补助", "县民政局", D("985.60"), D("93.0"), "优秀"),
        ("公共文化服务体系建设", "县文化和旅游局", D("760.00"), D("76.8"), "一般"),
        ("稳岗就业补贴", "县人力资源和社会保障局", D("1390.00"), D("85.4"), "良好"),
    ]
    total = sum((r[2] for r in rows), D(0))
    kc = grade_counts(rows, 4, ["优秀", "良好", "一般"])
    q_key = f"选取{len(rows)}个项目开展财政重点绩效评价"
    q_key_amt = f"涉及资金{money(total)}万元"
    doc.para(f"围绕教育、医疗、农业农村、水利等重点民生领域，{q_key}，{q_key_amt}。评价结果为优秀的{kc['优秀']}个、"
             f"良好的{kc['良好']}个、一般的{kc['一般']}个，具体见下表。")  # fmt: skip
    fx.metric("key_evaluated_projects", len(rows), "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_key_amt)
    fx.batch("key", "财政重点绩效评价", project_count=len(rows), amount=total, amount_unit="万元", grades=kc)
    doc.caption("2023年度财政重点绩效评价结果表")
    doc.unit_line("金额单位：万元")
    table = [["序号", "项目名称", "主管部门", "评价金额", "评价得分", "评价等级"]]
    for i, (name, dept, amt, score, grade) in enumerate(rows, 1):
        table.append([str(i), name, dept, money(amt, sep=False), str(score), grade])
        fx.project(name, dept, grade, score, amt, "万元", "key")
    table.append(["合计", LEFT, None, money(total, sep=False), None, None])
    doc.table(table, [1.1, 5.6, 3.9, 2.0, 1.6, 1.6], size=10.5, align=["c", "l", "l", "r", "c", "c"])
    doc.heading(1, "五、部门整体支出绩效评价")
    units = [("县农业农村局", "优秀"), ("县水利局", "优秀"), ("县教育局", "良好"), ("县卫生健康局", "良好"),
             ("县民政局", "良好"), ("县自然资源和规划局", "良好"), ("县市场监督管理局", "良好"),
             ("县文化和旅游局", "一般")]  # fmt: skip
    by = {g: [u for u, gg in units if gg == g] for g in ("优秀", "良好", "一般")}
    q_dept = f"对县农业农村局等{len(units)}个部门开展部门整体支出绩效评价"
    doc.para(f"{q_dept}。评价结果为优秀的有{'、'.join(by['优秀'])}{len(by['优秀'])}个部门，良好的有"
             f"{'、'.join(by['良好'])}{len(by['良好'])}个部门，"
             f"一般的有{'、'.join(by['一般'])}{len(by['一般'])}个部门。")  # fmt: skip
    fx.metric("department_overall_evaluations", len(units), "个", q_dept)
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(units), department_count=len(units),
             grades={g: len(v) for g, v in by.items()})  # fmt: skip
    for u, g in units:
        fx.unit(u, None, g, None)
    doc.heading(1, "六、评价结果应用")
    doc.para("评价结果已反馈各预算部门并督促整改，作为2024年预算安排的重要依据。对评价结果为“一般”的项目，"
             "2024年预算按不低于10%的比例压减；对连续两年评价结果为优秀的项目，在安排预算时予以优先保障。")  # fmt: skip
    doc.signature("澄岭县财政局", "2024年5月20日")
    fx.notes += [
        "fiscal_year 2023 from the title (published 2024; the 2024 budget-target review is work of the 2023 round).",
        "The key-evaluation amount and the total row are the sum of the table; 合计 is not a project.",
        "部门整体 units listed in prose with their grades; project_count = department_count = 8 (the units evaluated).",
        "monitored 1,023 is the 运行监控 count; the 286 targets reviewed and 47 returned are not evaluation results.",
    ]
    return fx


# ============================================================================ 02 榆汀市 key-evaluation 公告
def f02_yuting_key() -> Fx:
    doc = new_doc("榆汀市财政局")
    doc.doc_number("榆财绩〔2024〕15号", align="right")
    title = doc.title("榆汀市财政局关于2023年度市级财政重点", "绩效评价结果的公告")
    fx = Fx("word9_02_yuting_key", "city 重点评价 公告: 主管部门 merged over its projects, table across two pages, "
            "亿元 in prose and 万元 in the table, 备注", doc, title, "榆汀市", 2023)  # fmt: skip
    rows = [
        ("市教育局", "市属高校生均拨款", D("12680.00"), D("91.5"), "优", ""),
        ("市教育局", "中小学智慧校园建设", D("3150.40"), D("83.0"), "良", ""),
        ("市教育局", "家庭经济困难学生资助", D("2288.56"), D("88.6"), "良", ""),
        ("市卫生健康委员会", "公立医院综合改革补助", D("9865.00"), D("86.2"), "良", ""),
        ("市卫生健康委员会", "重大传染病防控经费", D("1520.30"), D("92.8"), "优", ""),
        ("市科学技术局", "科技创新券补助", D("2000.00"), D("74.5"), "中", "已约谈主管部门"),
        ("市科学技术局", "重点研发计划项目", D("5360.00"), D("81.6"), "良", ""),
        ("市农业农村局", "现代农业产业园建设", D("8450.00"), D("87.9"), "良", ""),
        ("市农业农村局", "动物疫病防控", D("1136.75"), D("90.3"), "优", ""),
        ("市交通运输局", "城乡公交一体化运营补贴", D("6820.00"), D("78.2"), "中", "补贴标准需调整"),
        ("市生态环境局", "大气污染防治专项", D("4260.18"), D("84.4"), "良", ""),
        ("市生态环境局", "饮用水水源地保护", D("1875.00"), D("58.6"), "差", "2024年预算暂停安排"),
        ("市商务局", "外贸稳增长扶持资金", D("3500.00"), D("80.5"), "良", ""),
        ("市城市管理局", "城市照明设施维护", D("2744.90"), D("85.0"), "良", ""),
        ("市城市管理局", "生活垃圾分类处理", D("12060.00"), D("76.9"), "中", ""),
    ]
    total = sum((r[2] for r in rows), D(0))
    total_yi = (total / 10000).quantize(D("0.01"))
    kc = grade_counts(rows, 4, ["优", "良", "中", "差"])
    depts = list(dict.fromkeys(r[0] for r in rows))
    doc.para("根据《榆汀市市级预算绩效评价管理办法》，市财政局组织第三方机构对2023年度部分市级财政支出项目开展了重点绩效"
             "评价。为主动接受社会监督，现将评价结果公告如下：")  # fmt: skip
    q_key = f"本次共对{len(depts)}个部门的{len(rows)}个项目开展重点绩效评价"
    q_amt = f"涉及财政资金{total_yi}亿元"
    doc.para(f"一、{q_key}，{q_amt}。")
    doc.para(f"二、评价等次为“优”的{kc['优']}个，“良”的{kc['良']}个，“中”的{kc['中']}个，“差”的{kc['差']}个。")
    doc.para("三、对评价等次为“中”“差”的项目，市财政局已督促主管部门制定整改方案，并将评价结果与2024年预算安排挂钩。")
    fx.metric("key_evaluated_projects", len(rows), "个", q_key)
    fx.metric("key_evaluated_departments", len(depts), "个", q_key)
    fx.metric("key_evaluated_amount", total_yi, "亿元", q_amt)
    fx.batch("key", "重点绩效评价", project_count=len(rows), department_count=len(depts), amount=total_yi,
             amount_unit="亿元", grades=kc)  # fmt: skip
    doc.line("附：2023年度市级财政重点绩效评价结果", font=HEI, before=6)
    doc.unit_line()
    table = [["序号", "主管部门", "项目名称", "项目资金", "评价得分", "评价等次", "备注"]]
    prev = None
    for i, (dept, name, amt, score, grade, remark) in enumerate(rows, 1):
        table.append([str(i), UP if dept == prev else dept, name, money(amt), str(score), grade, remark or None])
        prev = dept
        fx.project(name, dept, grade, score, amt, "万元", "key")
    doc.table(table, [1.1, 3.0, 4.4, 2.1, 1.6, 1.5, 2.3], size=10.5, align=["c", "c", "l", "r", "c", "c", "l"])
    doc.signature("榆汀市财政局", "2024年6月28日")
    fx.notes += [
        "Amount in prose is 亿元 rounded to two decimals from the table's 万元 (batch amount as the prose prints it); "
        "project amounts are 万元 (the unit line above the table).",
        "主管部门 is a vertically merged cell over consecutive projects; each project carries its department.",
        "备注 texts are remarks, not grades.",
        "The table breaks across two pages with its header repeated; the merged 主管部门 cell of 市科学技术局 spans "
        "the break, so on page 2 project 7's department cell is empty (the department is printed on page 1).",
    ]
    return fx


# ============================================================================ 03 桉浦区 部门整体 in 元
def f03_anpu_dept() -> Fx:
    doc = new_doc("桉浦区财政局")
    title = doc.title("桉浦区2023年度部门整体支出绩效评价结果")
    fx = Fx("word9_03_anpu_dept", "district 部门整体 results: amounts in 元 with separators, 评价结果 优秀/良好/合格, "
            "score column, no 合计", doc, title, "桉浦区", 2023)  # fmt: skip
    units = [
        ("区发展和改革局", D("18652340.56"), D("92.10"), "优秀"),
        ("区教育局", D("586230117.20"), D("89.35"), "良好"),
        ("区民政局", D("96540228.00"), D("87.60"), "良好"),
        ("区司法局", D("21375406.88"), D("90.05"), "优秀"),
        ("区人力资源和社会保障局", D("45210980.12"), D("85.20"), "良好"),
        ("区住房和城乡建设局", D("132608745.35"), D("78.40"), "合格"),
        ("区农业农村局", D("74120563.09"), D("86.75"), "良好"),
        ("区退役军人事务局", D("9806512.40"), D("91.30"), "优秀"),
        ("区应急管理局", D("15437820.00"), D("83.15"), "良好"),
        ("区市场监督管理局", D("38964205.77"), D("76.90"), "合格"),
    ]
    total = sum((u[1] for u in units), D(0))
    gc = grade_counts(units, 3, ["优秀", "良好", "合格"])
    doc.para("为全面反映部门履职效能和资金使用绩效，区财政局委托第三方机构，对区发展和改革局等部门2023年度部门整体"
             "支出开展了绩效评价。评价从预算编制、预算执行、资产管理、履职产出和履职效果等方面进行，"
             "采用百分制评分。")  # fmt: skip
    doc.heading(1, "一、评价范围")
    q_n = f"本次评价共涉及{len(units)}个部门"
    q_amt = f"部门整体支出合计{money(total)}元"
    doc.para(f"{q_n}，{q_amt}，其中基本支出占61.8%，项目支出占38.2%。")
    fx.metric("department_overall_evaluations", len(units), "个", q_n)
    fx.metric("department_overall_amount", total, "元", q_amt)
    doc.heading(1, "二、评价结果")
    doc.para(f"评价结果为优秀（90分及以上）的{gc['优秀']}个，良好（80—90分）的{gc['良好']}个，"
             f"合格（60—80分）的{gc['合格']}个，无不合格部门。各部门评价结果如下：")  # fmt: skip
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(units), department_count=len(units),
             amount=total, amount_unit="元", grades=gc | {"不合格": 0})  # fmt: skip
    doc.unit_line("单位：元")
    table = [["序号", "部门名称", "整体支出金额", "评价得分", "评价结果"]]
    for i, (u, amt, score, grade) in enumerate(units, 1):
        table.append([str(i), u, money(amt), str(score), grade])
        fx.unit(u, None, grade, score)
    doc.table(table, [1.2, 5.4, 4.0, 2.2, 2.4], size=11, align=["c", "l", "r", "c", "c"])
    doc.heading(1, "三、存在的主要问题")
    doc.para("一是部分部门绩效目标与部门职能衔接不够紧密，指标设置偏重产出、效果指标较少；二是个别部门预算执行"
             "进度不均衡，年底集中支出现象仍然存在；三是资产管理基础工作薄弱，账实不符问题时有发生。")  # fmt: skip
    doc.heading(1, "四、结果应用")
    doc.para("区财政局将评价结果及问题清单反馈各部门，要求于30日内报送整改情况，评价结果纳入区政府目标管理考核。")
    doc.signature("桉浦区财政局", "2024年7月9日")
    fx.notes += [
        "Grades from the table; the score bands in parentheses in the distribution sentence are not scores.",
        "无不合格部门 kept as an explicit zero (不合格: 0).",
        "Amounts in 元 (unit line above the table); department_evaluations carry no amount field. "
        "61.8%/38.2% are spending shares, not grade shares.",
    ]
    return fx


# ============================================================================ 04 蓼原县 抽查复核 通报
def f04_liaoyuan_review() -> Fx:
    doc = new_doc("蓼原县财政局")
    doc.red_letterhead("蓼原县财政局", "蓼财绩〔2024〕9号")
    title = doc.title("蓼原县财政局关于2023年度项目支出绩效", "自评抽查复核结果的通报")
    fx = Fx("word9_04_liaoyuan_review", "county 抽查复核 通报: red letterhead, 自评得分 and 复核得分 side by side, "
            "attachment table of 中/差 projects across pages", doc, title, "蓼原县", 2023)  # fmt: skip
    doc.line("各乡镇人民政府，县直各部门（单位）：", before=6)
    n_self, n_dept = 812, 54
    counts = {"优": 41, "良": 60, "中": 19, "差": 5}
    n = sum(counts.values())
    q_self = f"全县{n_dept}个部门（单位）完成了{n_self}个项目的绩效自评"
    doc.para(f"根据《蓼原县项目支出绩效评价管理办法》要求，{q_self}。为检验自评质量，县财政局按照不低于15%的比例"
             "组织开展了抽查复核，现将有关情况通报如下。")  # fmt: skip
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.batch("self", "项目支出绩效自评", project_count=n_self, department_count=n_dept)
    doc.heading(1, "一、抽查复核基本情况")
    q_s = f"抽取23个部门（单位）的{n}个项目"
    q_amt = "涉及资金26,318.75万元"
    q_ratio = f"抽查比例为{pct(n, n_self)}%"
    doc.para(f"本次复核{q_s}，{q_amt}，{q_ratio}。复核采取书面审核与现场核查相结合的方式，重点核查绩效目标完成"
             "情况、自评打分依据和佐证材料。")  # fmt: skip
    fx.metric("sampled_projects", n, "个", q_s)
    fx.metric("sampled_departments", 23, "个", q_s)
    fx.metric("sampled_amount", D("26318.75"), "万元", q_amt)
    fx.metric("sampling_ratio", pct(n, n_self), "%", q_ratio)
    doc.heading(1, "二、复核结果")
    doc.para(f"从复核情况看，复核等级为优的{counts['优']}个、良的{counts['良']}个、中的{counts['中']}个、"
             f"差的{counts['差']}个。自评等级与复核等级一致的项目87个，一致率69.6%；复核等级低于自评等级的38个，"
             "主要原因是绩效指标未细化、佐证材料不足。复核等级为中、差的项目见附件。")  # fmt: skip
    fx.batch("sampling", "抽查复核", project_count=n, department_count=23, amount=D("26318.75"), amount_unit="万元",
             grades=counts)  # fmt: skip
    doc.heading(1, "三、存在的问题")
    doc.para("（一）自评质量参差不齐。部分单位自评流于形式，自评得分普遍偏高，与实际绩效差距较大。")
    doc.para("（二）绩效目标设置不规范。部分项目绩效指标以工作任务代替绩效目标，可衡量性不强。")
    doc.heading(1, "四、有关要求")
    doc.para("各部门（单位）要对照附件所列问题，于2024年8月31日前完成整改，并将整改情况报县财政局。"
             "复核结果将作为2025年预算安排的重要参考。")  # fmt: skip
    doc.attachments(["2023年度复核等级为中、差的项目情况表"])
    doc.signature("蓼原县财政局", "2024年7月15日")
    rows = [
        ("县教育局", "教师培训经费", "92", "78.5", "中"),
        ("县教育局", "校园安保服务购买", "90", "74.0", "中"),
        ("县卫生健康局", "家庭医生签约服务补助", "88", "72.5", "中"),
        ("县卫生健康局", "村卫生室运行补助", "91", "68.0", "中"),
        ("县农业农村局", "农业社会化服务补助", "95", "76.5", "中"),
        ("县农业农村局", "农村集体经济发展扶持", "93", "55.0", "差"),
        ("县农业农村局", "特色农产品品牌推广", "89", "71.0", "中"),
        ("县林业局", "森林防火设施建设", "90", "79.0", "中"),
        ("县林业局", "林下经济示范基地", "86", "58.5", "差"),
        ("县文化广电旅游局", "乡村文化振兴示范点", "94", "73.5", "中"),
        ("县文化广电旅游局", "旅游宣传推介经费", "92", "52.0", "差"),
        ("县民政局", "社区居家养老服务", "90", "77.0", "中"),
        ("县交通运输局", "农村客运站点维护", "88", "69.5", "中"),
        ("县水利局", "小型水库除险加固", "93", "75.5", "中"),
        ("县水利局", "水土保持综合治理", "91", "78.0", "中"),
        ("县住房和城乡建设局", "农村危房改造", "96", "74.5", "中"),
        ("县住房和城乡建设局", "城区排水管网维护", "90", "57.0", "差"),
        ("县商务局", "电商进农村综合示范", "92", "70.5", "中"),
        ("县工业和信息化局", "中小企业纾困资金", "89", "72.0", "中"),
        ("县市场监督管理局", "食品安全抽检经费", "94", "79.5", "中"),
        ("县应急管理局", "应急物资储备", "87", "66.5", "中"),
        ("县自然资源局", "国土空间规划编制", "90", "54.5", "差"),
        ("县体育事业发展中心", "全民健身设施更新", "92", "71.5", "中"),
        ("县人力资源和社会保障局", "职业技能提升行动", "93", "76.0", "中"),
    ]
    assert Counter(r[4] for r in rows) == Counter({"中": counts["中"], "差": counts["差"]})
    doc.attachment_head("附件", "2023年度复核等级为中、差的项目情况表")
    table = [["序号", "主管部门", "项目名称", "自评得分", "复核得分", "复核等级"]]
    for i, (dept, name, s_self, s_rev, grade) in enumerate(rows, 1):
        table.append([str(i), dept, name, s_self, s_rev, grade])
        fx.project(name, dept, grade, D(s_rev), None, None, "sampling")
    doc.table(table, [1.1, 4.2, 4.9, 1.8, 1.8, 1.8], size=11, align=["c", "l", "l", "c", "c", "c"])
    fx.notes += [
        "Two scores per project: 自评得分 (the unit's own) and 复核得分 (the bureau's review); "
        "the result is the review, so score = 复核得分 and grade = 复核等级.",
        "Only the 24 中/差 projects are listed (attachment); the 优/良 ones are not named.",
        "Ratio printed 15.4% (125 of 812); '不低于15%' is the rule, not the ratio. 87 一致 / 69.6% and 38 lower "
        "are agreement counts, not grades.",
        "蓼财绩〔2024〕9号 is a 文号; fiscal_year 2023 from the title.",
    ]
    return fx


# ============================================================================ 05 东澜省 one-project 自评
def f05_donglan_self() -> Fx:
    doc = new_doc("东澜省农业农村厅")
    doc.header("东澜省农业农村厅")
    title = doc.title("2023年度高标准农田建设补助资金", "项目支出绩效自评报告")
    fx = Fx("word9_05_donglan_self", "provincial department's one-project 自评 report: score in prose, indicator table "
            "with merged 一级/二级 cells across pages, 亿元", doc, title, "东澜省", 2023)  # fmt: skip
    doc.heading(1, "一、项目基本情况")
    doc.para("高标准农田建设补助资金是省级财政安排、用于支持各地开展高标准农田新建和改造提升的专项资金，"
             "由省农业农村厅负责分配和管理，各市县农业农村部门组织实施。")  # fmt: skip
    q_amt = "全年预算安排18.65亿元"
    doc.para(f"2023年，该项目{q_amt}，实际支出17.92亿元，预算执行率96.1%。全年新建高标准农田126.4万亩，"
             "改造提升38.2万亩。")  # fmt: skip
    ind = [
        ("决策（15分）", "项目立项", "立项依据充分性", "充分", "充分", "5", "5"),
        (UP, "绩效目标", "绩效目标合理性", "合理", "合理", "5", "4"),
        (UP, "资金投入", "资金分配合理性", "合理", "基本合理", "5", "4"),
        ("过程（20分）", "资金管理", "预算执行率", "≥95%", "96.1%", "10", "9.5"),
        (UP, "组织实施", "管理制度健全性", "健全", "健全", "10", "9"),
        ("产出（35分）", "数量指标", "新建高标准农田面积", "≥120万亩", "126.4万亩", "10", "10"),
        (UP, UP, "改造提升面积", "≥40万亩", "38.2万亩", "8", "7"),
        (UP, "质量指标", "工程验收合格率", "100%", "98.5%", "9", "8"),
        (UP, "时效指标", "项目按期完工率", "≥90%", "87.3%", "8", "6.6"),
        ("效益（30分）", "经济效益", "亩均粮食产能提升", "≥100斤", "105斤", "10", "10"),
        (UP, "可持续影响", "工程管护机制建立率", "100%", "95%", "10", "9"),
        (UP, "满意度", "受益农户满意度", "≥90%", "92.4%", "10", "9"),
    ]
    score = sum((D(r[6]) for r in ind), D(0))
    q_score = f"综合得分{score}分"
    doc.heading(1, "二、自评结论")
    doc.para(f"按照省财政厅部署，厅财务处会同耕地建设管理处对照年初绩效目标开展自评。经自评，该项目{q_score}，"
             "自评等级为“优”。项目决策依据充分，资金管理较规范，主要产出指标基本完成，但改造提升面积、"
             "按期完工率未达年度目标。")  # fmt: skip
    name = "高标准农田建设补助资金"
    fx.project(name, "东澜省农业农村厅", "优", score, D("18.65"), "亿元", "self")
    fx.batch("self", "项目支出绩效自评", project_count=1)
    doc.heading(1, "三、绩效指标完成情况")
    doc.line("表1  2023年度高标准农田建设补助资金绩效自评表", align="center", font=HEI, size=12, keep_next=True)
    table = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    table += [list(r) for r in ind]
    table.append(["合计", LEFT, LEFT, LEFT, LEFT, "100", str(score)])
    doc.table(table, [2.3, 2.1, 3.6, 2.2, 2.2, 1.4, 1.4], size=10.5, align=["c", "c", "l", "c", "c", "c", "c"])
    doc.heading(1, "四、偏离绩效目标的原因和改进措施")
    doc.para("一是部分项目受汛期持续降雨影响，施工期延后，导致按期完工率和改造提升面积未达目标；二是个别市县"
             "工程管护责任落实不到位。下一步，将加强项目前期工作，合理安排施工计划，"
             "健全建后管护长效机制。")  # fmt: skip
    doc.heading(1, "五、其他需要说明的问题")
    doc.para("无。")
    doc.signature("东澜省农业农村厅", "2024年4月26日")
    fx.notes += [
        "One project, self-evaluated by its own department; score is the 综合得分 in prose (= the table's 合计).",
        "amount = the budget 18.65亿元 (预算安排), not the 17.92亿元 spent.",
        "Indicator 分值/得分 are not project scores. region = the province (provincial-level department).",
        "No headline metric: the report evaluates one project and states no round counts.",
    ]
    return fx


# ============================================================================ 06 棣湾市 special-bond 公示
def f06_diwan_bond() -> Fx:
    doc = new_doc("棣湾市财政局")
    title = doc.title("棣湾市2023年度地方政府专项债券项目", "资金绩效评价结果公示")
    fx = Fx("word9_06_diwan_bond", "city special-bond 公示: 亿元 only in a column header, "
            "主管部门 and 项目单位 columns, bare grades, 备注", doc, title, "棣湾市", 2023)  # fmt: skip
    rows = [
        ("市住房和城乡建设局", "市城市建设投资集团有限公司", "老城区雨污分流改造工程", D("2.40"), "优", ""),
        ("市住房和城乡建设局", "市城市建设投资集团有限公司", "城东片区棚户区改造项目", D("5.80"), "良", ""),
        ("市住房和城乡建设局", "市水务集团有限公司", "第二污水处理厂提标扩建工程", D("1.65"), "优", ""),
        ("市交通运输局", "市交通投资发展有限公司", "港区疏港公路工程", D("4.20"), "良", "部分资金调整用途"),
        ("市交通运输局", "市交通投资发展有限公司", "城乡公交首末站建设项目", D("0.85"), "中", ""),
        ("市卫生健康委员会", "市第一人民医院", "市第一人民医院新院区建设工程", D("3.10"), "优", ""),
        ("市卫生健康委员会", "市疾病预防控制中心", "公共卫生应急综合楼项目", D("0.90"), "良", ""),
        ("市教育局", "市教育发展中心", "职业教育实训基地建设项目", D("1.20"), "良", ""),
        ("市水利局", "市水利建设投资有限公司", "棣湾水库除险加固及配套工程", D("2.35"), "良", ""),
        ("市商务局", "市临港产业园管理委员会", "临港冷链物流园基础设施项目", D("3.60"), "中", "收益未达预期"),
        ("市文化广电旅游体育局", "市文旅发展集团有限公司", "滨海文化旅游基础设施项目", D("1.50"), "良", ""),
        ("市自然资源和规划局", "市土地储备中心", "城北片区土地储备项目", D("6.00"), "良", ""),
    ]
    total = sum((r[3] for r in rows), D(0))
    gc = grade_counts(rows, 4, ["优", "良", "中"])
    doc.para("根据省财政厅关于开展2023年度地方政府专项债券项目资金绩效评价工作的通知要求，各项目单位对2023年度"
             "使用专项债券资金的项目开展了绩效自评，市财政局会同主管部门进行了审核。"
             "现将评价结果公示如下：")  # fmt: skip
    q_n = f"纳入评价的专项债券项目共{len(rows)}个"
    q_amt = f"债券资金{total}亿元"
    doc.para(f"{q_n}，{q_amt}。其中评价结果为“优”的{gc['优']}个，“良”的{gc['良']}个，“中”的{gc['中']}个。")
    fx.metric("bond_projects", len(rows), "个", q_n)
    fx.metric("bond_amount", total, "亿元", q_amt)
    fx.batch("self", "专项债券项目绩效自评", project_count=len(rows), amount=total, amount_unit="亿元", grades=gc)
    doc.caption("2023年度地方政府专项债券项目资金绩效评价结果表", size=14)
    table = [["序号", "主管部门", "项目单位", "项目名称", "发行金额（亿元）", "评价结果", "备注"]]
    for i, (dept, unit, name, amt, grade, remark) in enumerate(rows, 1):
        table.append([str(i), dept, unit, name, str(amt), grade, remark or None])
        fx.project(name, dept, grade, None, amt, "亿元", "self")
    doc.table(
        table, [1.0, 2.6, 3.0, 3.9, 1.9, 1.4, 2.0], size=10, align=["c", "l", "l", "l", "c", "c", "l"], cant_split=True
    )
    doc.para("公示期为2024年6月3日至6月9日。如有异议，请在公示期内以书面形式向市财政局债务管理科反映。")
    doc.signature("棣湾市财政局", "2024年6月3日")
    fx.notes += [
        "Bond year 2023 from the title. The evaluation is the units' 自评 reviewed by the bureau (batch self).",
        "department = 主管部门 column; 项目单位 is not the department. Amounts from '发行金额（亿元）'.",
        "公示期 dates are not figures.",
    ]
    return fx


# ============================================================================ 07 荻川县 乡镇 grading
def f07_dichuan_towns() -> Fx:
    doc = new_doc("荻川县财政局")
    doc.doc_number("荻财预〔2024〕22号", align="right")
    title = doc.title("荻川县财政局关于2023年度乡镇（街道）", "预算绩效管理工作考核结果的通报")
    fx = Fx("word9_07_dichuan_towns", "county grading its 乡镇（街道）: 一档/二档/三档, "
            "scores, grades named in prose with the towns", doc, title, "荻川县", 2023)  # fmt: skip
    doc.line("各乡镇人民政府、街道办事处：", before=6)
    towns = [
        ("城关街道", D("96.5"), "一档"), ("芷坪镇", D("94.0"), "一档"), ("棠口镇", D("92.5"), "一档"),
        ("白沙镇", D("91.0"), "一档"), ("西岗镇", D("88.5"), "二档"), ("柳湾乡", D("87.0"), "二档"),
        ("石门镇", D("86.5"), "二档"), ("新桥镇", D("84.0"), "二档"), ("东溪乡", D("82.5"), "二档"),
        ("龙潭镇", D("80.5"), "二档"), ("青石乡", D("78.0"), "三档"), ("上河乡", D("75.5"), "三档"),
    ]  # fmt: skip
    by = {g: [t for t, _, gg in towns if gg == g] for g in ("一档", "二档", "三档")}
    q_n = f"县财政局对全县{len(towns)}个乡镇（街道）2023年度预算绩效管理工作进行了考核"
    doc.para(f"为压实乡镇（街道）预算绩效管理主体责任，根据《荻川县乡镇（街道）预算绩效管理工作考核办法》，{q_n}。"
             "考核内容包括绩效目标管理、绩效运行监控、绩效评价实施、结果应用和信息公开五个方面，实行百分制，"
             "按得分确定档次。现将考核结果通报如下：")  # fmt: skip
    fx.metric("lower_government_evaluations", len(towns), "个", q_n)
    doc.heading(1, "一、考核结果")
    doc.para(f"{'、'.join(by['一档'])}等{len(by['一档'])}个乡镇（街道）考核结果为一档；"
             f"{'、'.join(by['二档'])}等{len(by['二档'])}个乡镇考核结果为二档；"
             f"{'、'.join(by['三档'])}{len(by['三档'])}个乡考核结果为三档。各乡镇（街道）得分见下表。")  # fmt: skip
    fx.batch("other", "乡镇（街道）预算绩效管理工作考核", project_count=len(towns),
             grades={g: len(v) for g, v in by.items()})  # fmt: skip
    table = [["序号", "乡镇（街道）", "考核得分", "考核档次"]]
    for i, (t, s, g) in enumerate(towns, 1):
        table.append([str(i), t, str(s), g])
        fx.project(t, None, g, s, None, None, "other")
    doc.table(table, [1.6, 5.0, 3.0, 3.0], size=12)
    doc.heading(1, "二、主要问题")
    doc.para("部分乡镇绩效目标编报质量不高，运行监控流于形式，自评报告内容简单；个别乡镇未按规定公开绩效信息。")
    doc.heading(1, "三、下一步工作")
    doc.para("考核结果纳入乡镇（街道）年度综合考评，并作为2024年县对乡镇转移支付资金分配的因素之一。"
             "考核为三档的乡镇，要于一个月内向县财政局书面报告整改措施。")  # fmt: skip
    doc.signature("荻川县财政局", "2024年3月18日")
    fx.notes += [
        "乡镇（街道）are graded as lower governments: each is a row (projects, batch_type other, department null).",
        "档次 words 一档/二档/三档 as the document writes them; counts from the prose sentence, which names the towns.",
        "荻财预〔2024〕22号 is a 文号.",
    ]
    return fx


# ============================================================================ 08 枳阳市 grading its 县区
def f08_zhiyang_counties() -> Fx:
    doc = new_doc("枳阳市财政局")
    title = doc.title("枳阳市2023年度县（市、区）财政管理", "绩效综合评价结果")
    fx = Fx("word9_08_zhiyang_counties", "city grading its 县（市、区）: A/B/C 等次 with a legend, two sub-scores and "
            "a printed total (the result), a list of problems after the table", doc, title, "枳阳市", 2023)  # fmt: skip
    rows = [
        ("枳阳市槐川区", D("46.5"), D("47.0"), "A"),
        ("枳阳市泮湖区", D("45.0"), D("46.2"), "A"),
        ("鹤原县", D("45.6"), D("44.9"), "A"),
        ("桐坞县", D("43.5"), D("42.6"), "B"),
        ("青陂市", D("42.0"), D("43.5"), "B"),
        ("松垣县", D("41.2"), D("42.0"), "B"),
        ("枳阳经济技术开发区", D("40.5"), D("41.5"), "B"),
        ("梅渚县", D("38.0"), D("39.5"), "C"),
    ]
    scored = [(n, a, b, a + b, g) for n, a, b, g in rows]
    gc = grade_counts(rows, 3, ["A", "B", "C"])
    doc.para("为推动县（市、区）提升财政管理水平，市财政局依据《枳阳市县级财政管理绩效综合评价办法》，从预算管理"
             "（50分）和绩效管理（50分）两个方面，对各县（市、区）2023年度财政管理工作进行了综合评价。")  # fmt: skip
    q_n = f"参加评价的{len(rows)}个县（市、区）"
    doc.para(f"{q_n}中，评价等次为A的{gc['A']}个，为B的{gc['B']}个，为C的{gc['C']}个。"
             "等次划分：综合得分90分（含）以上为A，80分（含）至90分为B，80分以下为C。")  # fmt: skip
    fx.metric("lower_government_evaluations", len(rows), "个", q_n)
    fx.batch("other", "县（市、区）财政管理绩效综合评价", project_count=len(rows), grades=gc)
    doc.caption("2023年度县（市、区）财政管理绩效综合评价结果")
    table = [["序号", "县（市、区）", "预算管理得分", "绩效管理得分", "综合得分", "等次"]]
    for i, (n, a, b, total, g) in enumerate(scored, 1):
        table.append([str(i), n, str(a), str(b), str(total), g])
        fx.project(n, None, g, total, None, None, "other")
    doc.table(table, [1.2, 4.6, 2.4, 2.4, 2.2, 1.6], size=11, align=["c", "l", "c", "c", "c", "c"])
    doc.para("评价结果将与2024年市对县财力性转移支付、债券额度分配挂钩，对评价等次为A的县（市、区）给予奖励，"
             "对等次为C的进行约谈。")  # fmt: skip
    doc.para("附：县（市、区）存在的主要问题", indent=False, font=HEI)
    doc.para("1.预算编制方面：部分县区年初预算代编比例偏高，项目库储备不足。")
    doc.para("2.预算执行方面：个别县区库款保障水平偏低，直达资金支出进度偏慢。")
    doc.para("3.绩效管理方面：绩效评价结果运用不充分，与预算安排挂钩机制尚未建立。")
    doc.signature("枳阳市财政局", "2024年8月2日")
    fx.notes += [
        "县（市、区）graded by the city: rows with batch_type other, score = 综合得分 (the sum of the two printed "
        "sub-scores), grade = 等次 letter. The (50分) weights and 90/80 bands in the legend are not scores.",
    ]
    return fx


# ====================================================================== 09 楠洲市 policy notice, landscape appendix
def f09_nanzhou_policy() -> Fx:
    doc = new_doc("楠洲市财政局")
    title = doc.title("楠洲市财政局关于2023年度财政政策", "绩效评价结果的通报")
    fx = Fx("word9_09_nanzhou_policy", "DIFFICULTY: policy 通报 whose results are only in a landscape "
            "appendix after the signature (wide table, 评价结论 column, amounts 万元)",
            doc, title, "楠洲市", 2023)  # fmt: skip
    rows = [
        ("市工业和信息化局", "制造业高质量发展奖补政策", "2021—2023年", D("24650.00"), D("87.4"), "良"),
        ("市科学技术局", "高新技术企业培育扶持政策", "2022—2023年", D("8320.50"), D("91.6"), "优"),
        ("市人力资源和社会保障局", "高校毕业生就业创业补贴政策", "2023年", D("5186.24"), D("84.0"), "良"),
        ("市农业农村局", "农业保险保费补贴政策", "2021—2023年", D("12705.80"), D("79.3"), "中"),
        ("市住房和城乡建设局", "人才安居购房补贴政策", "2022—2023年", D("9860.00"), D("72.5"), "中"),
        ("市商务局", "促进消费券发放政策", "2023年", D("6000.00"), D("88.1"), "良"),
    ]
    total = sum((r[3] for r in rows), D(0))
    gc = grade_counts(rows, 5, ["优", "良", "中"])
    doc.line("市级各部门：", before=6)
    q_n = f"对{len(rows)}项市级财政政策开展了事后绩效评价"
    q_amt = f"涉及财政资金{money(total)}万元"
    doc.para(f"2024年，市财政局委托第三方机构，{q_n}，{q_amt}。评价结论为“优”的{gc['优']}项、“良”的{gc['良']}项、"
             f"“中”的{gc['中']}项。评价结果详见附件。")  # fmt: skip
    fx.metric("policy_evaluations", len(rows), "项", q_n)
    fx.batch("other", "财政政策绩效评价", project_count=len(rows), amount=total, amount_unit="万元", grades=gc)
    doc.heading(1, "一、总体情况")
    doc.para("从评价情况看，多数政策目标明确、兑现及时，对稳增长、促就业、惠民生发挥了积极作用。但也存在部分政策"
             "目标设定较为笼统、政策间交叉重复、兑付审核不严等问题。")  # fmt: skip
    doc.heading(1, "二、结果应用")
    doc.para("对评价结论为“中”的政策，由主管部门在2024年9月底前提出调整完善意见；到期政策经评估后确需延续的，"
             "应重新履行报批程序。")  # fmt: skip
    doc.attachments(["2023年度财政政策绩效评价结果汇总表"])
    doc.signature("楠洲市财政局", "2024年7月30日")
    doc.landscape()
    doc.line("附件", font=HEI)
    doc.caption("2023年度财政政策绩效评价结果汇总表", font=SONG, size=18)
    doc.unit_line("金额单位：万元")
    table = [["序号", "主管部门", "政策名称", "评价期间", "评价资金", "评价得分", "评价结论", "主要问题"]]
    problems = ["部分企业重复享受奖补", "兑付周期偏长", "申领条件宣传不到位", "保险理赔率偏低",
                "补贴对象审核不严", "核销数据统计口径不一"]  # fmt: skip
    for i, ((dept, name, period, amt, score, grade), prob) in enumerate(zip(rows, problems, strict=True), 1):
        table.append([str(i), dept, name, period, money(amt), str(score), grade, prob])
        fx.project(name, dept, grade, score, amt, "万元", "other")
    table.append(["合计", LEFT, None, None, money(total), None, None, None])
    doc.table(table, [1.2, 4.2, 5.8, 2.6, 2.6, 1.9, 1.9, 4.3], size=11, align=["c", "l", "l", "c", "r", "c", "c", "l"])
    fx.notes += [
        "Policies are the evaluated objects (batch other, policy_evaluations counted in 项).",
        "Periods (2021—2023年) are not fiscal years; fiscal_year 2023 from the title.",
        "The appendix is a landscape section after the signature; 合计 is not a policy.",
    ]
    return fx


# ============================================================================ 10 桂岙区 counts only in a table
def f10_tables_only() -> Fx:
    doc = new_doc("榆汀市桂岙区财政局")
    title = doc.title("桂岙区2023年度财政重点绩效评价情况")
    fx = Fx("word9_10_guiao_tables", "DIFFICULTY: grade counts only in a small summary table (no prose), results in "
            "a second table with short department names, 元 with separators; a district of 榆汀市", doc, title,
            "桂岙区", 2023)  # fmt: skip
    rows = [
        ("区教育局", "区属中小学课后服务经费", D("6352480.00"), D("88.0"), "良好"),
        ("区教育局", "公办幼儿园扩容工程", D("18420000.00"), D("82.5"), "良好"),
        ("区卫健局", "社区卫生服务中心标准化建设", D("9630752.36"), D("90.6"), "优秀"),
        ("区民政局", "困难群众临时救助", D("3102500.00"), D("93.2"), "优秀"),
        ("区城管局", "背街小巷环境提升", D("12580000.00"), D("71.4"), "一般"),
        ("区农业农村局", "都市农业示范区建设", D("5270000.00"), D("84.3"), "良好"),
        ("区人社局", "社区公益性岗位补贴", D("2865300.00"), D("86.7"), "良好"),
        ("区文旅局", "夜间经济街区打造", D("7400000.00"), D("58.0"), "较差"),
    ]
    total = sum((r[2] for r in rows), D(0))
    order = ["优秀", "良好", "一般", "较差"]
    gc = grade_counts(rows, 4, order)
    doc.para("2023年，区财政局选取社会关注度高、资金量大的部分项目，委托第三方机构开展了财政重点绩效评价。"
             "评价坚持问题导向，现将评价情况汇总如下。")  # fmt: skip
    doc.line("表1  评价结果汇总", align="center", font=HEI, size=12, before=6, keep_next=True)
    summary = [["评价等级", "项目个数", "占比（%）"]]
    for g in order:
        summary.append([g, str(gc[g]), str(pct(gc[g], len(rows)))])
    summary.append(["合计", str(len(rows)), "100"])
    doc.table(summary, [4.0, 3.0, 3.0], size=12)
    shares = {g: pct(gc[g], len(rows)) for g in order}
    q_amt = f"评价资金共计{money(total)}元"
    doc.para(f"本次重点评价{q_amt}。各项目评价情况见表2。")
    fx.metric("key_evaluated_amount", total, "元", q_amt)
    fx.batch("key", "财政重点绩效评价", project_count=len(rows), amount=total, amount_unit="元", grades=gc,
             shares=shares)  # fmt: skip
    doc.line("表2  重点评价项目明细", align="center", font=HEI, size=12, before=6, keep_next=True)
    doc.unit_line("单位：元")
    table = [["序号", "部门", "项目", "评价金额", "得分", "等级"]]
    for i, (dept, name, amt, score, grade) in enumerate(rows, 1):
        table.append([str(i), dept, name, money(amt), str(score), grade])
        fx.project(name, dept, grade, score, amt, "元", "key")
    doc.table(table, [1.1, 2.6, 5.6, 3.2, 1.5, 1.6], size=10.5, align=["c", "l", "l", "r", "c", "c"])
    doc.heading(1, "一、发现的主要问题", numbered=False)
    doc.para("（一）个别项目前期论证不充分，实施中多次调整建设内容，如夜间经济街区打造项目实际客流不足预期的四成。")
    doc.para("（二）部分项目资金拨付滞后，年底结余较大。")
    doc.heading(1, "二、整改要求", numbered=False)
    doc.para("请相关部门于收到评价报告后20个工作日内报送整改方案，区财政局将跟踪整改落实情况。")
    doc.line("桂岙区财政局", align="right", before=24)
    doc.line("2024年6月12日", align="right")
    fx.notes += [
        "Grade counts and shares are printed only in 表1 (a summary table), not in prose; the count of key projects "
        "(8) is only the 合计 row of 表1, so no key_evaluated_projects metric is given (no quote states it in a "
        "sentence). 表1's 合计 row is not a grade.",
        "表2 uses short department names (区卫健局, 区城管局) as printed. Amounts in 元.",
        "region 桂岙区 (a district of the invented 榆汀市), from the title and the publisher.",
    ]
    return fx


FIXTURES = [f01_chengling_annual, f02_yuting_key, f03_anpu_dept, f04_liaoyuan_review, f05_donglan_self,
            f06_diwan_bond, f07_dichuan_towns, f08_zhiyang_counties, f09_nanzhou_policy, f10_tables_only]  # fmt: skip


# ------------------------------------------------------------------------------------------------ checks
def flat(text: str) -> str:
    return _WS.sub("", text)


def check_text(fx: Fx, text: str, where: str) -> list[str]:
    """Every gold string in `text` (whitespace ignored), every gold number among its numbers, every metric value
    in its own quote."""
    errors = []
    f = flat(text)
    nums = numbers_in(text)
    for kind, s in fx.strings():
        if flat(s) not in f:
            errors.append(f"{where}: {kind} {s!r} not found")
    for kind, v in fx.numbers():
        if v not in nums:
            errors.append(f"{where}: {kind} {v} not among the numbers")
    for m in fx.metrics:
        if D(str(m["value"])) not in numbers_in(m["quote"]):
            errors.append(f"{where}: metric {m['metric']} {m['value']} not in its quote {m['quote']!r}")
    return errors


def read_pdf(pdf: Path) -> tuple[str, str, int]:
    """Text by PDFium and by pdfplumber (page text plus table cells, each cell on its own line)."""
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    pages_a = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    n = len(doc)
    doc.close()
    pages_b = []
    with pdfplumber.open(pdf) as p:
        for page in p.pages:
            cells = [c for t in page.extract_tables() for row in t for c in row if c]
            pages_b.append((page.extract_text() or "") + "\n" + "\n".join(c.replace("\n", "") for c in cells))
    return "\n".join(pages_a), "\n".join(pages_b), n


# ------------------------------------------------------------------------------------------------ output
def write_readme(out: Path, fixtures: list[tuple[Fx, int]]) -> None:
    lines = [
        "# word9: a ninth independent set of Word-exported reports (SYNTHETIC)",
        "",
        "**SYNTHETIC.** Every region (澄岭县, 榆汀市 and its 桂岙区, 桉浦区, 蓼原县, 东澜省, 棣湾市, 荻川县, "
        "枳阳市 and its 县区, 楠洲市), department, project, unit, person and figure here is invented; "
        "no figure is a real one.",
        "",
        "Written by the ninth fixture author, who did not read the parser, the scorer or the other sets' fixtures: the "
        "layouts and wording come from the genre (the real corpus's README and gold, real bureau pages). Made by "
        "`tools/make_word_fixtures_9.py` (`make word-fixtures-9`): python-docx documents exported to PDF by "
        "LibreOffice headless, with the bureau fonts of `tools/word_fonts.conf`.",
        "",
        "| fixture | pages | text layer | what it exercises |",
        "|---|---|---|---|",
    ]
    for fx, pages in fixtures:
        lines.append(f"| `{fx.name}` | {pages} | {fx.text_layer} | {fx.what} |")
    lines += [
        "",
        "## How the gold was checked",
        "",
        'The gold (`<name>.json`, real-corpus format plus `"synthetic": true`, judgement calls in `notes`) is written '
        "from the same data as the document. Before it is written the generator checks: every title, quote, project "
        "name, department, unit and grade word is in the docx text; every metric value is among the numbers of its own "
        "quote; every score, amount, count, grade count and share is among the numbers of the document; then the same "
        "strings and numbers against the exported PDF's text layer as read by PDFium (pypdfium2) and by pdfplumber "
        "(page text plus table cells), whitespace ignored; and that every PDF has 2 to 5 pages. Any failure stops "
        "the generator.",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", nargs="*", default=None, help="fixture names (or a part of them)")
    ap.add_argument("--keep-docx", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    soffice = find_soffice()
    check_fonts()
    start = time.time()
    fixtures = [make() for make in FIXTURES]
    names = [f.name for f in fixtures]
    assert len(set(names)) == len(names)
    chosen = [f for f in fixtures if not args.only or any(o in f.name for o in args.only)]
    errors: list[str] = []
    for fx in chosen:
        errors += check_text(fx, "\n".join(fx.doc.text), f"{fx.name} docx")
    if errors:
        raise SystemExit("make_word_fixtures_9: gold does not match the documents:\n  " + "\n  ".join(errors))
    with tempfile.TemporaryDirectory(prefix="word9-") as tmp:
        tmpdir = Path(tmp)
        docx = []
        for fx in chosen:
            path = (out if args.keep_docx else tmpdir) / f"{fx.name}.docx"
            fx.doc.save(path)
            docx.append(path)
        convert3(soffice, docx, out, {})
    pages: dict[str, int] = {}
    for fx in chosen:
        a, b, n = read_pdf(out / f"{fx.name}.pdf")
        pages[fx.name] = n
        errors += check_text(fx, a, f"{fx.name} pdfium")
        errors += check_text(fx, b, f"{fx.name} pdfplumber")
        if not 2 <= n <= 5:
            errors.append(f"{fx.name}: {n} pages (wanted 2–5)")
    if errors:
        raise SystemExit("make_word_fixtures_9: gold does not match the PDFs:\n  " + "\n  ".join(errors))
    for fx in chosen:
        (out / f"{fx.name}.json").write_text(json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")  # fmt: skip
    if not args.only:
        write_readme(out, [(fx, pages[fx.name]) for fx in fixtures])
    for fx in chosen:
        print(f"{fx.name}: {pages[fx.name]} pages, {len(fx.projects)} projects, {len(fx.units)} units")
    print(f"make_word_fixtures_9: {len(chosen)} fixtures in {time.time() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
