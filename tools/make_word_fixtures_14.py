"""A fourteenth, independent set of Word-made fixtures (`word14_*`): budget-performance reports written as Word
documents (python-docx) and exported to PDF by LibreOffice headless, as county, city and district bureaus, line
departments and provincial departments publish them.

Written by a fourteenth author from the genre (the real corpus's README, its gold files and texts, the reference
report and bureau pages of the `pages` corpus) without reading the parser, the scorer or the other sets' fixtures,
so that the parser is measured on documents it never saw. Mostly ordinary reports: a county's annual work summary,
a city's 重点评价 results notice with its table across pages, a district's 部门整体 results in 元 under merged
主管部门 cells, a county's 抽查复核 notice with two scores, a line department's one-project 自评 report, a city's
专项债券 公示 on a landscape page, a county's 政策 evaluation notice in prose, a county's 乡镇（街道） grading; and
two with a difficulty a bureau's file really has: a scanned notice with a seal, and a provincial department's
landscape table in 元 with 小计 rows and a running header.

Everything is SYNTHETIC: the regions (椒陵县, 澄湄市, 榆泽区, 芩阳县, 槐浦县, 楠屿市, 萍岫县, 苕山县, 荻塘区, 潇岭省),
departments, units, projects, people and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
title, quote, name, department, unit and grade, and every number of the gold, against the docx text; then the same
against the exported PDF's text layer with PDFium and with pdfplumber (for the scan: the PDF before it is
rasterised; the published scan is confirmed to have no text layer).

Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts (tools/make_word_fixtures.py) and the
mechanics Doc3, convert3 and rasterise of tools/make_word_fixtures_3.py.

Usage: python tools/make_word_fixtures_14.py [OUT_DIR] [--only NAME ...] [--keep-docx]
       (default OUT_DIR tests/fixtures/word14)
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
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import Doc3, convert3, rasterise
from word_doc import HEI, SONG, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word14"
D = Decimal
SOURCE = "SYNTHETIC (tools/make_word_fixtures_14.py): a Word document exported to PDF by LibreOffice"

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")
_WS = re.compile(r"\s+")


# ------------------------------------------------------------------------------------------------ numbers
def q2(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(value: Decimal, places: int = 2, sep: bool = True) -> str:
    v = q2(value, places)
    return f"{v:,.{places}f}" if sep else f"{v:.{places}f}"


def pct(count: int, total: int, places: int = 1) -> Decimal:
    return q2(D(count) * 100 / D(total), places)


def num(value: str | Decimal | int | None) -> float | int | None:
    """A printed number as the gold holds it (int when whole)."""
    if value is None:
        return None
    d = D(str(value).replace(",", ""))
    return int(d) if d == d.to_integral_value() and "." not in str(value) else float(d)


# ------------------------------------------------------------------------------------------------ gold
@dataclass
class Fx:
    name: str
    what: str
    doc: Doc3
    title: str | None
    region: str | None
    fiscal_year: int | None
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    notes: str = ""
    numbers: list[str] = field(default_factory=list)  # printed numbers behind the gold's values
    scan: dict[str, Any] | None = None
    chrome: list[str] = field(default_factory=list)

    def metric(self, metric: str, value: str, unit: str, quote: str) -> None:
        assert value.replace(",", "") in quote.replace(",", ""), (self.name, metric, quote)
        self.metrics.append({"metric": metric, "value": num(value), "unit": unit, "quote": quote})

    def batch(self, type_: str, label: str, count: int | None, depts: int | None = None, amount: str | None = None,
              unit: str | None = None, grades: dict[str, int] | None = None,
              shares: dict[str, Decimal] | None = None) -> None:  # fmt: skip
        for v in [amount] + [str(s) for s in (shares or {}).values()]:
            if v is not None:
                self.numbers.append(v)
        self.batches.append({
            "type": type_, "label_zh": label, "project_count": count, "department_count": depts,
            "amount": num(amount), "amount_unit": unit if amount is not None else None, "grades": grades,
            "grade_shares_pct": {k: num(str(v)) for k, v in shares.items()} if shares else None,
        })  # fmt: skip

    def project(self, name: str, dept: str | None, grade: str | None, score: str | None, amount: str | None,
                unit: str | None, batch: str) -> None:  # fmt: skip
        self.numbers += [v for v in (score, amount) if v is not None]
        self.projects.append({
            "seq": len(self.projects) + 1, "name": name, "department": dept, "grade": grade, "score": num(score),
            "amount": num(amount), "amount_unit": unit if amount is not None else None, "batch_type": batch,
        })  # fmt: skip

    def unit(self, unit: str, parent: str | None, grade: str | None, score: str | None) -> None:
        if score is not None:
            self.numbers.append(score)
        self.units.append({"unit": unit, "parent_department": parent, "grade": grade, "score": num(score)})

    def gold(self) -> dict[str, Any]:
        return {
            "source_url": SOURCE, "title": self.title, "region": self.region, "fiscal_year": self.fiscal_year,
            "headline_metrics": self.metrics, "evaluation_batches": self.batches, "projects": self.projects,
            "department_evaluations": self.units, "synthetic": True,
            "notes": "SYNTHETIC document (invented region, departments, projects and figures). " + self.notes,
        }  # fmt: skip

    def strings(self) -> list[tuple[str, str]]:
        out = [("title", self.title)] if self.title else []
        out += [("quote", m["quote"]) for m in self.metrics]
        for p in self.projects:
            out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
        for u in self.units:
            out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
        out += [("number", n) for n in self.numbers]
        return out


def norm(text: str) -> str:
    return _WS.sub("", text).replace(",", "")


def check_doc(fx: Fx) -> list[str]:
    text = norm("\n".join(fx.doc.text))
    return [f"{kind} not in the docx text: {s}" for kind, s in fx.strings() if norm(s) not in text]


def read_pdf(pdf: Path) -> tuple[list[str], list[str], dict[str, Any]]:
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    pages_a, landscape = [], 0
    for i in range(len(doc)):
        w, h = doc[i].get_size()
        landscape += w > h
        pages_a.append(doc[i].get_textpage().get_text_range())
    doc.close()
    pages_b, tables = [], 0
    with pdfplumber.open(pdf) as plumb:
        for page in plumb.pages:
            found = page.find_tables()
            tables += len(found)
            parts = [page.extract_text() or ""]
            parts += [c for t in found for row in t.extract() for c in row if c]
            pages_b.append("\n".join(parts))
    return pages_a, pages_b, {"pages": len(pages_a), "landscape": landscape, "tables": tables}


def check_pdf(pdf: Path, fx: Fx) -> tuple[list[str], dict[str, Any]]:
    pages_a, pages_b, info = read_pdf(pdf)
    problems = []
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        for i, text in enumerate(pages):
            if len(_CJK.findall(text)) < 20:
                problems.append(f"{engine}: page {i + 1} has little CJK text")
            if "(cid:" in text:
                problems.append(f"{engine}: page {i + 1} has (cid:…)")
        flat = ""
        for text in pages:  # page numbers dropped, the running header once per page (at its top)
            page = norm("".join(line for line in text.splitlines() if not _PAGE_NUMBER.match(line)))
            for chrome in fx.chrome:
                page = page.replace(norm(chrome), "", 1)
            flat += page
        for kind, s in fx.strings():
            if norm(s) not in flat:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    if info["tables"] < fx.doc.table_count:
        problems.append(f"pdfplumber finds {info['tables']} tables, the document has {fx.doc.table_count}")
    if bool(info["landscape"]) != bool(fx.doc.landscape_sections):
        problems.append(f"{info['landscape']} landscape pages, {fx.doc.landscape_sections} landscape sections")
    if not 2 <= info["pages"] <= 5:
        problems.append(f"{info['pages']} pages (wanted 2-5)")
    return problems, info


def no_text_layer(pdf: Path) -> tuple[int, int]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    chars = sum(doc[i].get_textpage().count_chars() for i in range(len(doc)))
    n = len(doc)
    doc.close()
    return n, chars


def grade_of(score: Decimal, labels: tuple[str, ...], cuts: tuple[int, ...] = (90, 80, 60)) -> str:
    for cut, label in zip(cuts, labels, strict=False):
        if score >= cut:
            return label
    return labels[-1]


def counts(grades: list[str], order: list[str]) -> dict[str, int]:
    c = Counter(grades)
    return {g: c[g] for g in order}


def scores(rng: random.Random, n: int, lo: float, hi: float) -> list[Decimal]:
    return [q2(D(str(rng.uniform(lo, hi))), 1) for _ in range(n)]


# ------------------------------------------------------------------------------------------------ 01
def f01_county_annual() -> Fx:
    """椒陵县财政局: the year's work in prose (自评, 监控, 抽评 with a distribution, 重点评价 with its table)."""
    doc = Doc3("椒陵县财政局")
    doc.footer("dash")
    title = doc.title("椒陵县2023年度预算绩效管理工作情况")
    fx = Fx("word14_01_county_annual", "county annual summary: 自评/监控 counts, 抽评 with 等次 counts and shares, "
            "重点评价 table with 序号 and 评价等次 (no 合计)", doc, title, "椒陵县", 2023)  # fmt: skip
    doc.para("2023年，县财政局坚持“花钱必问效、无效必问责”，以提高财政资金使用效益为核心，持续推进全过程预算绩效"
             "管理，现将有关情况报告如下。")  # fmt: skip
    doc.heading(1, "一、绩效目标和运行监控全覆盖")
    q_mon = "对1217个在建项目实施绩效运行监控"
    doc.para(f"将绩效目标作为预算安排的前置条件，全县128家预算单位随部门预算同步申报绩效目标。年中{q_mon}，"
             "对执行进度偏慢、目标偏离的23个项目督促整改，收回统筹资金1846.5万元。")  # fmt: skip
    doc.heading(1, "二、单位绩效自评")
    q_self = "全县128家预算单位对上年度实施的1436个项目开展了绩效自评"
    doc.para(f"按照“谁用钱、谁评价”的原则，{q_self}，自评覆盖率达到100%，自评结果随决算一并报送。")
    doc.heading(1, "三、财政抽评")
    grades = ["优"] * 41 + ["良"] * 86 + ["中"] * 19 + ["差"] * 6
    dist = counts(grades, ["优", "良", "中", "差"])
    shares = {g: pct(n, 152) for g, n in dist.items()}
    q_ratio = "按照不低于10%的比例"
    q_sam = "抽取152个项目进行财政抽评，涉及资金3.87亿元"
    doc.para(f"在单位自评基础上，县财政局{q_ratio}，从自评项目中{q_sam}。抽评结果显示："
             + "；".join(f"“{g}”等次{n}个，占{shares[g]}%" for g, n in dist.items())
             + "。抽评得分与单位自评得分相差10分以上的项目有17个，已反馈相关单位。")  # fmt: skip
    doc.heading(1, "四、财政重点评价")
    rng = random.Random(1401)
    rows = [
        ("城乡居民基本医疗保险财政补助资金", "椒陵县医疗保障局", "6820.00"),
        ("义务教育薄弱环节改善与能力提升项目", "椒陵县教育局", "3458.36"),
        ("农村公路养护工程补助资金", "椒陵县交通运输局", "2916.40"),
        ("高标准农田建设项目", "椒陵县农业农村局", "4385.72"),
        ("县城污水管网改造工程", "椒陵县住房和城乡建设局", "2637.15"),
        ("困难群众救助补助资金", "椒陵县民政局", "1962.08"),
        ("农村生活垃圾分类处理项目", "椒陵县住房和城乡建设局", "1204.60"),
        ("基层医疗卫生机构能力提升项目", "椒陵县卫生健康局", "985.30"),
        ("耕地地力保护补贴资金", "椒陵县农业农村局", "230.39"),
    ]
    total = sum(D(a) for _, _, a in rows)
    yi = q2(total / 10000)
    depts = len({d for _, d, _ in rows})
    q_key = f"选取{len(rows)}个重点项目开展财政重点绩效评价，涉及{depts}个部门、资金{yi}亿元"
    sc = scores(rng, len(rows), 79, 97)
    gr = [grade_of(s, ("优", "良", "中", "差")) for s in sc]
    key_dist = {g: gr.count(g) for g in ("优", "良", "中", "差") if gr.count(g)}
    said = "、".join(f"“{g}”的{n}个" for g, n in key_dist.items())
    doc.para(f"聚焦民生保障和重大项目，委托第三方机构{q_key}。评价结果为{said}，具体见下表。")
    doc.caption("2023年度财政重点绩效评价结果表")
    doc.unit_line()
    table = [["序号", "项目名称", "主管部门", "评价金额", "评价得分", "评价等次"]]
    for i, ((name, dept, amount), s, g) in enumerate(zip(rows, sc, gr, strict=True), 1):
        table.append([str(i), name, dept, amount, str(s), g])
        fx.project(name, dept, g, str(s), amount, "万元", "key")
    doc.table(table, [1.2, 5.2, 3.6, 2.2, 1.8, 1.6], align=["c", "l", "l", "r", "c", "c"], size=10.5)
    doc.heading(1, "五、结果应用")
    doc.para("评价结果已反馈各主管部门并督促整改，作为2024年度预算安排的重要依据：对评价等次为“中”的项目压减预算"
             "10%，对评价等次为“差”的项目原则上暂停安排。"
             "下一步，我局将扩大重点评价范围，推动绩效评价结果向社会公开。")  # fmt: skip
    doc.signature("椒陵县财政局", "2024年4月18日")
    fx.metric("monitored_projects", "1217", "个", q_mon)
    fx.metric("self_evaluated_projects", "1436", "个", q_self)
    fx.metric("sampling_ratio", "10", "%", q_ratio)
    fx.metric("sampled_projects", "152", "个", q_sam)
    fx.metric("sampled_amount", "3.87", "亿元", q_sam)
    fx.metric("key_evaluated_projects", str(len(rows)), "个", q_key)
    fx.metric("key_evaluated_departments", str(depts), "个", q_key)
    fx.metric("key_evaluated_amount", str(yi), "亿元", q_key)
    fx.batch("self", "单位绩效自评", 1436)
    fx.batch("sampling", "财政抽评", 152, None, "3.87", "亿元", dist, shares)
    fx.batch("key", "财政重点评价", len(rows), depts, str(yi), "亿元", key_dist)
    fx.notes = (
        "The 1436 self-evaluated projects are the previous year's ('上年度'); fiscal_year is the title's 2023. "
        "sampling_ratio 10 comes from '不低于10%'. "
        "The key batch's grades are stated in prose ('评价结果为“优”的N个…'), "
        "so they are kept; grades the prose does not mention are not added. The 17 projects whose scores "
        "differ by 10+ points, the 23 rectified projects and 1846.5万元 recovered are not metrics. Table amounts are "
        "in 万元 (unit line above the table, header '评价金额')."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 02
def f02_city_key_notice() -> Fx:
    """澄湄市财政局: a red-letterhead 通报 with its results table across pages (附件), 优秀/良好/中等/差."""
    doc = Doc3("澄湄市财政局")
    doc.footer("emdash", odd_even=True)
    doc.red_letterhead("澄湄市财政局文件", "澄财绩〔2024〕11号")
    title = doc.title("澄湄市财政局关于2023年度市级财政", "重点绩效评价结果的通报")
    fx = Fx("word14_02_city_key_notice", "city 重点评价 通报: red letterhead, 文号, 附件 table across pages with "
            "repeated header, 资金规模 with thousands separators, 合计 row, 优秀/良好/中等/差",
            doc, title, "澄湄市", 2023)  # fmt: skip
    rng = random.Random(1402)
    data = [
        ("澄湄市教育局", ["市属高中教育质量提升专项", "学前教育发展专项资金", "职业院校实训基地建设补助"]),
        ("澄湄市卫生健康委员会", ["公立医院综合改革补助资金", "基本公共卫生服务项目", "疾病预防控制体系建设"]),
        ("澄湄市民政局", ["城乡低保及特困人员救助供养资金", "养老服务体系建设专项"]),
        ("澄湄市交通运输局", ["国省道干线公路大中修工程", "城市公交运营补贴"]),
        ("澄湄市农业农村局", ["现代农业产业园建设资金", "农村人居环境整治提升专项", "动物防疫补助经费"]),
        ("澄湄市生态环境局", ["重点流域水污染防治专项", "大气污染防治资金"]),
        ("澄湄市人力资源和社会保障局", ["就业创业补助资金", "技能人才培训补贴"]),
        ("澄湄市科学技术局", ["科技创新券补助资金", "市级重点研发计划项目"]),
        ("澄湄市文化广电旅游局", ["公共文化服务体系建设专项", "全域旅游发展资金"]),
        ("澄湄市商务局", ["外贸稳增长专项资金"]),
    ]
    items = [(dept, name) for dept, names in data for name in names]
    amounts = [q2(D(str(rng.uniform(800, 16000)))) for _ in items]
    sc = scores(rng, len(items), 76, 97)
    gr = [grade_of(s, ("优秀", "良好", "中等", "差")) for s in sc]
    total = sum(amounts)
    yi = q2(total / 10000)
    order = ["优秀", "良好", "中等", "差"]
    dist = counts(gr, order)
    doc.line("各市级预算部门：", before=6)
    doc.para("为进一步强化预算绩效管理，提高财政资金使用效益，根据《澄湄市市级财政支出绩效评价管理办法》"
             "（澄财绩〔2021〕6号）规定，我局组织对2023年度部分市级财政支出项目开展了重点绩效评价。现将评价结果"
             "通报如下：")  # fmt: skip
    doc.heading(1, "一、评价基本情况")
    q_key = f"共对{len(items)}个市级项目开展重点绩效评价，涉及{len(data)}个部门，评价资金{yi}亿元"
    doc.para(f"本次评价采取财政牵头、第三方机构参与的方式，{q_key}。评价工作于2024年3月启动，5月底完成。")
    doc.heading(1, "二、评价结果")
    q_dist = "，".join(f"评价结果为“{g}”的{n}个" for g, n in dist.items() if n)
    doc.para(f"从评价结果看，{q_dist}。总体上，各部门项目资金管理较为规范，大部分项目实现了预期绩效目标，但仍存在"
             "绩效目标设置不够细化、部分项目预算执行偏慢、成本控制意识不强等问题。具体评价结果见附件。")  # fmt: skip
    doc.heading(1, "三、有关要求")
    doc.para("各部门要对照评价报告指出的问题，于2024年8月31日前将整改情况报送市财政局。评价结果为“中等”及以下的项目，"
             "下一年度预算按不低于10%的比例压减；评价结果为“差”的项目，原则上取消或暂停安排预算。")  # fmt: skip
    doc.attachments(["2023年度市级财政重点绩效评价结果汇总表"])
    doc.signature("澄湄市财政局", "2024年6月20日")
    doc.attachment_head("附件", "2023年度市级财政重点绩效评价结果汇总表")
    doc.unit_line()
    table = [["序号", "主管部门", "项目名称", "资金规模", "得分", "评价结果"]]
    for i, ((dept, name), a, s, g) in enumerate(zip(items, amounts, sc, gr, strict=True), 1):
        table.append([str(i), dept, name, money(a), str(s), g])
        fx.project(name, dept, g, str(s), money(a), "万元", "key")
    table.append(["合计", "^", None, money(total), None, None])
    table[-1][1] = "<"
    doc.table(table, [1.1, 4.0, 5.4, 2.4, 1.4, 1.7], align=["c", "l", "l", "r", "c", "c"], size=11)
    fx.metric("key_evaluated_projects", str(len(items)), "个", q_key)
    fx.metric("key_evaluated_departments", str(len(data)), "个", q_key)
    fx.metric("key_evaluated_amount", str(yi), "亿元", q_key)
    fx.batch("key", "重点绩效评价", len(items), len(data), str(yi), "亿元", {g: n for g, n in dist.items() if n})
    fx.notes = (
        "Red-letterhead 通报 with 文号 澄财绩〔2024〕11号 (2021 and 2024 inside 文号 are not the year). region is the "
        "city (title says 市级, i.e. city-level departments). Table amounts are in 万元 by the unit line, printed "
        "with thousands separators; the 合计 row is not a project. Grades are the column's words 优秀/良好/中等/差; "
        "the batch grades are the prose counts (grades with zero projects are not printed and not added)."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 03
def f03_district_overall() -> Fx:
    """榆泽区财政局: 部门整体 results, units under merged 主管部门 cells, 预算资金 in 元, 评价等级 优/良/中."""
    doc = Doc3("榆泽区财政局")
    doc.footer("page_of", size=10.5)
    title = doc.title("榆泽区2022年度部门整体支出", "绩效评价结果公开")
    fx = Fx("word14_03_district_overall", "district 部门整体 results: units under vertically merged 主管部门, "
            "预算资金 in 元 with separators, 评价等级, 备注 column",
            doc, title, "榆泽区", 2022)  # fmt: skip
    data = [
        ("榆泽区教育局", ["榆泽区教育局（本级）", "榆泽区实验幼儿园", "榆泽区第二中学"]),
        ("榆泽区卫生健康局", ["榆泽区卫生健康局（本级）", "榆泽区疾病预防控制中心"]),
        ("榆泽区城市管理局", ["榆泽区城市管理局（本级）", "榆泽区环境卫生管理所", "榆泽区市政设施维护中心"]),
        ("榆泽区农业农村局", ["榆泽区农业技术推广中心"]),
        ("榆泽区司法局", ["榆泽区司法局（本级）", "榆泽区公证处"]),
        ("榆泽区档案馆", ["榆泽区档案馆"]),
    ]
    rng = random.Random(1403)
    rows = []
    for parent, units in data:
        for u in units:
            a = q2(D(str(rng.uniform(1_200_000, 48_000_000))))
            s = q2(D(str(rng.uniform(76, 96))), 2)
            rows.append((parent, u, a, s, grade_of(s, ("优", "良", "中", "差"))))
    n = len(rows)
    total = sum(r[2] for r in rows)
    dist = counts([r[4] for r in rows], ["优", "良", "中"])
    doc.para("根据《榆泽区全面实施预算绩效管理实施方案》要求，区财政局组织第三方机构对2022年度部门整体支出开展了绩效评价。"
             "现将评价结果公开如下。")  # fmt: skip
    doc.heading(1, "一、评价范围")
    q_n = f"本次共对{len(data)}个主管部门所属{n}家单位的部门整体支出进行评价，涉及预算资金{money(total)}元"
    doc.para(f"{q_n}。评价重点关注部门职责履行、预算执行、资产管理和绩效目标完成情况。")
    doc.heading(1, "二、评价结果")
    q_d = "、".join(f"评价等级为“{g}”的{c}家" for g, c in dist.items() if c)
    doc.para(f"评价采用百分制，90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为"
             f"“差”。经评价，{q_d}，无评价等级为“差”的单位。各单位评价得分及等级如下：")  # fmt: skip
    doc.unit_line("金额单位：元")
    table = [["序号", "主管部门", "评价单位", "预算资金", "评价得分", "评价等级", "备注"]]
    prev = None
    for i, (parent, u, a, s, g) in enumerate(rows, 1):
        table.append([str(i), parent if parent != prev else UP, u, money(a), str(s), g,
                      "第三方评价" if i % 4 == 0 else None])  # fmt: skip
        prev = parent
        fx.unit(u, parent, g, str(s))
    doc.table(table, [0.9, 2.8, 4.9, 3.0, 1.4, 1.3, 1.3], align=["c", "c", "l", "r", "c", "c", "c"], size=10.5)
    doc.heading(1, "三、结果应用")
    doc.para("评价结果已反馈各部门，并与2024年度部门预算安排挂钩。对评价中发现的问题，各部门应在收到评价报告后30日内"
             "完成整改，并将整改情况报区财政局备案。")  # fmt: skip
    doc.signature("榆泽区财政局", "2023年9月12日")
    fx.metric("department_overall_evaluations", str(n), "个", q_n)
    grades = {g: c for g, c in dist.items() if c}
    grades["差"] = 0
    fx.batch("department_overall", "部门整体支出绩效评价", n, len(data), money(total), "元", grades)
    fx.notes = (
        "部门整体 results: every row is a department_evaluations entry (unit = 评价单位, parent_department = the "
        "vertically merged 主管部门 cell, which the text layer prints once per group). Units named '（本级）' are the "
        "department's own office. The 备注 '第三方评价' is not a grade. The batch amount is the prose total in 元 "
        "(thousands separators). Explicit zero kept: '无评价等级为“差”的单位' → 差: 0. Score bands (90分以上…) are "
        "not scores. department_count is the number of 主管部门 (prose '个主管部门'); project_count the units. "
        "fiscal_year 2022 from the title; published 2023."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 04
def f04_review_notice() -> Fx:
    """芩阳县财政局: 抽查复核 通报 — the table has 自评得分 and 复核得分; the result is the 复核 one."""
    doc = Doc3("芩阳县财政局")
    doc.footer("dash")
    doc.doc_number("芩财预〔2024〕27号", align="right")
    title = doc.title("芩阳县财政局关于2023年度项目支出绩效", "自评抽查复核情况的通报")
    fx = Fx("word14_04_review_notice", "county 抽查复核 通报: table with 自评得分 and 复核得分 side by side, 复核等级 "
            "优/良/中/差, prose distribution, 复核 amount in 万元", doc, title, "芩阳县", 2023)  # fmt: skip
    rng = random.Random(1404)
    depts = ["芩阳县教育局", "芩阳县水利局", "芩阳县自然资源和规划局", "芩阳县卫生健康局", "芩阳县林业局",
             "芩阳县市场监督管理局", "芩阳县应急管理局", "芩阳县文化和旅游局"]  # fmt: skip
    names = ["校舍维修改造项目", "学生资助补助经费", "小型水库除险加固项目", "农村供水保障工程", "地质灾害防治经费",
             "不动产登记信息化建设", "家庭医生签约服务经费", "森林防火专项经费", "公益林生态效益补偿资金",
             "食品安全抽检经费", "应急物资储备经费", "乡村文化振兴项目", "县图书馆免费开放补助",
             "中小学教师培训经费", "河道堤防维修养护经费", "国土空间规划编制经费"]  # fmt: skip
    owner = [0, 0, 1, 1, 2, 2, 3, 4, 4, 5, 6, 7, 7, 0, 1, 2]
    self_s = scores(rng, len(names), 86, 99)
    review = [q2(s - D(str(rng.uniform(0, 13))), 1) for s in self_s]
    gr = [grade_of(s, ("优", "良", "中", "差")) for s in review]
    dist = counts(gr, ["优", "良", "中", "差"])
    q_s = f"从县级部门自评项目中随机抽取{len(names)}个项目进行复核，涉及资金5862.37万元"
    doc.line("县直各预算单位：", before=6)
    doc.para("为压实部门绩效自评主体责任，提高自评质量，根据《芩阳县预算绩效自评管理暂行办法》，县财政局组织开展了"
             f"2023年度项目支出绩效自评抽查复核工作，{q_s}。现将有关情况通报如下。")  # fmt: skip
    doc.heading(1, "一、复核结果")
    big = sum(1 for a, b in zip(self_s, review, strict=True) if a - b >= 10)
    q_d = "，".join(f"“{g}”{n}个" for g, n in dist.items())
    doc.para(f"复核结果为：{q_d}。从自评与复核得分对比看，{big}个项目自评得分高于复核得分10分以上，自评“打高分”现象"
             "仍较突出。各项目复核情况见下表。")  # fmt: skip
    doc.caption("2023年度项目支出绩效自评抽查复核结果表", font=SONG)
    table = [["序号", "主管部门", "项目名称", "自评得分", "复核得分", "复核等级"]]
    for i, (name, o, a, b, g) in enumerate(zip(names, owner, self_s, review, gr, strict=True), 1):
        table.append([str(i), depts[o], name, str(a), str(b), g])
        fx.project(name, depts[o], g, str(b), None, None, "sampling")
    doc.table(table, [1.1, 4.3, 5.2, 1.7, 1.7, 1.6], align=["c", "l", "l", "c", "c", "c"], size=11)
    doc.heading(1, "二、存在的主要问题")
    doc.para("一是绩效目标设置不规范，部分指标未量化，难以衡量；二是自评佐证材料不充分，部分单位以工作总结代替自评"
             "报告；三是自评结果运用不够，对自评发现的问题未制定整改措施。")  # fmt: skip
    doc.heading(1, "三、下一步工作要求")
    doc.para("各单位要针对复核发现的问题认真整改，并于2024年7月15日前将整改报告报送县财政局预算股。复核结果将纳入"
             "部门预算绩效管理工作考核。")  # fmt: skip
    doc.signature("芩阳县财政局", "2024年6月3日")
    fx.metric("sampled_projects", str(len(names)), "个", q_s)
    fx.metric("sampled_amount", "5862.37", "万元", q_s)
    fx.batch("sampling", "项目支出绩效自评抽查复核", len(names), None, "5862.37", "万元", dist)
    fx.notes = (
        "Two scores per row: 自评得分 (the unit's own) and 复核得分 (the finance bureau's review). score = 复核得分 "
        "and grade = 复核等级, the result of this notice. The table has no amounts; the amount is the prose total. "
        f"'{big}个项目自评得分高于复核得分10分以上' is not a metric. 文号 芩财预〔2024〕27号 holds 2024 (publication); "
        "fiscal_year 2023 from the title."
        + (" The prose prints '“差”0个': the explicit zero is kept." if dist["差"] == 0 else "")
    )
    return fx


# ------------------------------------------------------------------------------------------------ 05
def f05_line_dept_self() -> Fx:
    """槐浦县农业农村局: one project's 自评 report — score in prose, an indicator table (not results)."""
    doc = Doc3("槐浦县农业农村局", body_font=SONG, body_size=14, line_pitch=26)
    doc.header("槐浦县农业农村局", align="right")
    doc.footer("dash", size=12)
    title = doc.title("槐浦县农业农村局2023年度", "高标准农田建设项目绩效自评报告", size=20)
    name = "2023年高标准农田建设项目"
    fx = Fx("word14_05_line_dept_self", "line department's one-project 自评 report: score and 等级 in prose, budget "
            "and execution in 万元, indicator table with merged 一级/二级指标 (分值/得分, not results), header",
            doc, title, "槐浦县", 2023, chrome=["槐浦县农业农村局"])  # fmt: skip
    doc.heading(1, "一、项目基本情况")
    doc.para(f"{name}由县农业农村局负责组织实施，建设地点涉及城关镇、柳溪镇等6个乡镇，计划建设高标准农田2.1万亩，"
             "主要内容包括土地平整、灌溉与排水、田间道路、农田防护与生态环境保持等工程。")  # fmt: skip
    q_amt = "项目年度预算资金3150万元，其中中央资金1890万元、省级资金840万元、县级配套420万元"
    doc.para(f"{q_amt}。截至2023年12月31日，资金到位3150万元，实际支出2986.42万元，预算执行率94.81%。")
    doc.heading(1, "二、绩效目标完成情况")
    doc.para("项目年度绩效目标为：新建高标准农田2.1万亩，新增和改善灌溉面积1.6万亩，项目区粮食亩均增产不低于50公斤，"
             "受益群众满意度不低于90%。"
             "经核实，项目已完成建设2.1万亩并通过县级初验，受益群众满意度为93.2%。")  # fmt: skip
    doc.heading(1, "三、自评结论")
    q_sc = "经自评，该项目综合得分92.6分，自评等级为“优”"
    doc.para(f"单位成立了由分管领导任组长的自评工作小组，对照绩效目标逐项核实。{q_sc}。其中：决策类指标得17分，过程类"
             "指标得18.5分，产出类指标得38分，效益类指标得19.1分。各指标得分情况见下表。")  # fmt: skip
    doc.caption("项目支出绩效自评指标得分表", font=HEI, size=14)
    ind = [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["决策（20分）", "项目立项", "立项依据充分性", "5", "5"],
        [UP, UP, "立项程序规范性", "5", "4"],
        [UP, "绩效目标", "绩效目标合理性", "5", "4"],
        [UP, "资金投入", "预算编制科学性", "5", "4"],
        ["过程（20分）", "资金管理", "资金到位率", "5", "5"],
        [UP, UP, "预算执行率", "5", "4.5"],
        [UP, "组织实施", "管理制度健全性", "5", "5"],
        [UP, UP, "制度执行有效性", "5", "4"],
        ["产出（40分）", "产出数量", "建成高标准农田面积", "15", "15"],
        [UP, "产出质量", "工程验收合格率", "10", "9"],
        [UP, "产出时效", "完成及时性", "10", "9"],
        [UP, "产出成本", "亩均投资控制", "5", "5"],
        ["效益（20分）", "经济效益", "粮食亩均增产", "10", "9.1"],
        [UP, "满意度", "受益群众满意度", "10", "10"],
        ["合计", "<", "<", "100", "92.6"],
    ]
    doc.table(ind, [3.0, 3.0, 5.6, 1.8, 1.8], align=["c", "c", "l", "c", "c"], size=10.5)
    doc.heading(1, "四、存在的问题及改进措施")
    doc.para("一是部分乡镇工程开工较晚，影响了资金支出进度；二是建后管护机制尚不健全。下一步，我局将提前做好项目前期"
             "工作，落实管护主体和管护经费，确保工程长期发挥效益。")  # fmt: skip
    doc.signature("槐浦县农业农村局", "2024年3月25日")
    fx.project(name, "槐浦县农业农村局", "优", "92.6", "3150", "万元", "self")
    fx.batch("self", "项目支出绩效自评", 1)
    fx.notes = (
        "One project's 自评 report by its own department: score 92.6 and grade 优 from the prose ('综合得分92.6分，"
        "自评等级为“优”'); amount = the year's budget 3150万元 (not the 2986.42万元 spent). The indicator table (分值/"
        "得分 per indicator, 合计 92.6) is not a results table: its rows are not projects. The running header repeats "
        "the department. No headline metrics: nothing counts projects of a round. name is the prose's "
        "'2023年高标准农田建设项目' (the title says '2023年度高标准农田建设项目绩效自评报告')."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 06
def f06_bond_notice() -> Fx:
    """楠屿市财政局: 专项债券 公示 with a landscape table, 亿元 only in the header, evaluation kind in 备注."""
    doc = Doc3("楠屿市财政局")
    doc.footer("dash", size=12)
    title = doc.title("楠屿市2023年度地方政府专项债券项目", "资金绩效评价结果公示")
    fx = Fx("word14_06_bond_notice", "city 专项债券 公示: landscape table, 发行金额 in 亿元 by the header only, "
            "项目单位 beside 主管部门, 评价得分/评价结果, evaluation kind in 备注, 公示期 and phone",
            doc, title, "楠屿市", 2023)  # fmt: skip
    doc.para("根据《潇岭省财政厅关于做好2023年度地方政府专项债券项目资金绩效评价工作的通知》（潇财债〔2024〕8号）"
             "要求，我市组织开展了2023年度专项债券项目资金绩效评价工作，现将评价结果公示如下：")  # fmt: skip
    doc.para("公示期为2024年7月8日至2024年7月12日（5个工作日）。如有异议，请在公示期内以书面形式向楠屿市财政局"
             "债务管理科反映。联系电话：0597-6231458。")  # fmt: skip
    doc.signature("楠屿市财政局", "2024年7月8日")
    doc.landscape()
    doc.caption("楠屿市2023年度地方政府专项债券项目资金绩效评价结果表", font=HEI, size=15)
    rows = [
        (
            "楠屿市住房和城乡建设局",
            "楠屿市城市建设投资发展有限公司",
            "楠屿市老旧小区改造二期工程",
            "1.2",
            "91",
            "优",
            "财政重点评价",
        ),
        ("楠屿市住房和城乡建设局", "楠屿市排水有限公司", "楠屿市城区雨污分流改造工程", "0.85", "88", "良", "部门评价"),
        ("楠屿市教育局", "楠屿市教育基建管理中心", "楠屿市第三高级中学新建工程", "1.6", "93", "优", "部门评价"),
        (
            "楠屿市卫生健康委员会",
            "楠屿市人民医院",
            "楠屿市人民医院传染病救治能力提升项目",
            "0.9",
            "90",
            "优",
            "财政重点评价",
        ),
        ("楠屿市交通运输局", "楠屿市交通建设发展中心", "楠屿港疏港公路工程", "2.3", "86", "良", "部门评价"),
        (
            "楠屿市水利局",
            "楠屿市水利工程建设中心",
            "楠屿市城市防洪排涝提升工程（2022-2024）",
            "0.65",
            "79",
            "中",
            "部门评价",
        ),
        ("楠屿市农业农村局", "楠屿市农业发展投资有限公司", "楠屿市冷链物流集配中心项目", "0.4", "84", "良", "部门评价"),
        ("楠屿市自然资源和规划局", "楠屿市土地储备中心", "楠屿市东片区土地储备项目", "3.5", "92", "优", "财政重点评价"),
        (
            "楠屿市发展和改革委员会",
            "楠屿高新区管理委员会",
            "楠屿高新区标准厂房建设项目",
            "1.05",
            "87",
            "良",
            "部门评价",
        ),
    ]
    table = [["序号", "主管部门", "项目单位", "项目名称", "发行金额（亿元）", "评价得分", "评价结果", "备注"]]
    for i, (dept, unit, name, amt, s, g, kind) in enumerate(rows, 1):
        table.append([str(i), dept, unit, name, amt, s, g, kind])
        fx.project(name, dept, g, s, amt, "亿元", "key" if kind == "财政重点评价" else "self")
    doc.table(table, [1.2, 4.2, 5.0, 6.4, 2.4, 1.8, 1.8, 2.6], align=["c", "l", "l", "l", "c", "c", "c", "c"],
              size=11)  # fmt: skip
    n_key = sum(1 for r in rows if r[6] == "财政重点评价")
    fx.batch("key", "财政重点评价", n_key)
    fx.batch("self", "部门评价", len(rows) - n_key)
    fx.notes = (
        "Bond notice: the prose (a cover page) has the 公示期, the phone number and "
        "the provincial 文号 潇财债〔2024〕8号; "
        "the table is on a landscape page. department = 主管部门; "
        "项目单位 is the implementing unit, not the department. "
        "Amounts are bond issue amounts in 亿元 (unit only in the header '发行金额（亿元）'). The 备注 column gives "
        "the evaluation kind per row: 财政重点评价 → key, 部门评价 (the department's own evaluation) → self; batch "
        "counts are derived from this column, not stated in prose. fiscal_year 2023 from the title. Project 6's "
        "name contains a year range in full-width parentheses."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 07
def f07_policy_notice() -> Fx:
    """萍岫县财政局: 政策 evaluation results in prose — one paragraph per policy, 主管部门, 得分, 结果."""
    doc = Doc3("萍岫县财政局")
    doc.footer("dash")
    title = doc.title("萍岫县财政局关于2023年度财政政策", "绩效评价结果的通报")
    fx = Fx("word14_07_policy_notice", "county 政策 evaluation notice in prose: one paragraph per policy with its "
            "主管部门, 得分 and 评价结果 (no table), a distribution in 项, 亿元 total",
            doc, title, "萍岫县", 2023)  # fmt: skip
    pols = [
        ("萍岫县农村饮水安全工程长效管护补助政策", "县水利局", "88.6", "良", "4560.00"),
        ("萍岫县创业担保贷款贴息政策", "县人力资源和社会保障局", "91.2", "优", "1287.50"),
        ("萍岫县农业社会化服务补助政策", "县农业农村局", "83.4", "良", "2316.80"),
        ("萍岫县困难残疾人生活补贴和重度残疾人护理补贴政策", "县残疾人联合会", "86.0", "良", "1893.26"),
        ("萍岫县中小微企业融资增信奖补政策", "县工业和信息化局", "74.5", "中", "2650.00"),
    ]
    total = sum(D(p[4]) for p in pols)
    yi = q2(total / 10000)
    dist = counts([p[3] for p in pols], ["优", "良", "中", "差"])
    doc.line("县直有关单位：", before=6)
    q_n = f"对{len(pols)}项县级财政政策开展了事后绩效评价，涉及资金{yi}亿元"
    doc.para(f"为推动财政政策提质增效，2024年上半年，县财政局委托第三方机构{q_n}。现将评价结果通报如下：")
    doc.heading(1, "一、总体情况")
    q_d = f"评价结果为“优”的{dist['优']}项、“良”的{dist['良']}项、“中”的{dist['中']}项，无“差”"
    doc.para(f"{q_d}。评价发现，各项政策总体符合县委、县政府决策部署，但部分政策存在目标不够清晰、补助标准多年未调整、"
             "资金拨付不及时等问题。")  # fmt: skip
    doc.heading(1, "二、各项政策评价结果")
    labels = ["（一）", "（二）", "（三）", "（四）", "（五）"]
    for lab, (name, dept, s, g, amt) in zip(labels, pols, strict=True):
        doc.heading(2, f"{lab}{name}。", run_in=f"该政策主管部门为{dept}，2023年度安排资金{amt}万元，评价得分{s}分，"
                    f"评价结果为“{g}”。" + ("政策目标基本实现，建议继续实施。" if g != "中" else
                                         "政策受益面偏窄，建议修订完善后再行安排。"))  # fmt: skip
        fx.project(name, dept, g, s, amt, "万元", "other")
    doc.heading(1, "三、结果应用")
    doc.para("评价结果将作为政策调整和预算安排的重要依据。评价结果为“中”的政策，由主管部门会同县财政局于2024年9月底"
             "前提出修订意见；其他政策由主管部门针对评价指出的问题落实整改。")  # fmt: skip
    doc.signature("萍岫县财政局", "2024年7月22日")
    fx.metric("policy_evaluations", str(len(pols)), "项", q_n)
    fx.batch("other", "财政政策绩效评价", len(pols), None, str(yi), "亿元",
             {"优": dist["优"], "良": dist["良"], "中": dist["中"], "差": 0})  # fmt: skip
    fx.notes = (
        "Policy evaluations (batch type other, projects batch_type other): the policies are listed as level-2 "
        "headings '（一）…政策。' with their text run in; name is the policy without the trailing '。'. department is "
        "the short name the text gives ('县水利局'). amount = the 2023 allocation in 万元 from each paragraph. "
        "The count unit in the text is 项 and the metric keeps it verbatim (unit 项, not 个). Explicit "
        "zero '无“差”' kept. fiscal_year 2023 from the title; the work was done in 2024."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 08
def f08_township_grading() -> Fx:
    """苕山县财政局: 乡镇（街道） budget-performance work graded A/B/C, a table of scores."""
    doc = Doc3("苕山县财政局")
    doc.footer("dash")
    title = doc.title("苕山县2023年度乡镇（街道）预算绩效", "管理工作考核结果")
    fx = Fx("word14_08_township_grading", "county grading of its 乡镇（街道）: A/B/C 档 with score bands in prose, "
            "table 乡镇（街道）/考核得分/考核档次 sorted by score", doc, title, "苕山县", 2023)  # fmt: skip
    towns = ["城南街道", "城北街道", "凤栖镇", "柳岸镇", "石门乡", "双河镇", "青坪镇", "白沙乡", "龙潭镇", "桃源乡",
             "梅溪镇", "高桥乡", "云岭镇"]  # fmt: skip
    rng = random.Random(1408)
    sc = sorted(scores(rng, len(towns), 76, 98), reverse=True)
    gr = [grade_of(s, ("A", "B", "C"), (90, 80)) for s in sc]
    dist = counts(gr, ["A", "B", "C"])
    doc.para("根据《苕山县乡镇（街道）预算绩效管理工作考核办法》，县财政局对全县13个乡镇（街道）2023年度预算绩效管理"
             "工作进行了考核。考核内容包括绩效目标管理、绩效运行监控、绩效自评、评价结果应用和基础工作五个方面，"
             "采取日常考核与年终考核相结合的方式进行。")  # fmt: skip
    q_d = "，".join(f"{g}档{n}个" for g, n in dist.items())
    doc.para(f"考核结果分为A、B、C三档：90分以上为A档，80分至90分为B档，80分以下为C档。经考核，{q_d}。"
             "具体结果如下：")  # fmt: skip
    table = [["序号", "乡镇（街道）", "考核得分", "考核档次"]]
    for i, (t, s, g) in enumerate(zip(towns, sc, gr, strict=True), 1):
        table.append([str(i), t, str(s), g])
        fx.project(t, None, g, str(s), None, None, "other")
    doc.table(table, [1.6, 5.0, 3.0, 3.0], size=12)
    doc.para("考核结果将纳入乡镇（街道）年度综合考核，并与下一年度县对乡镇（街道）转移支付资金分配挂钩。考核为C档的"
             "乡镇（街道），由县财政局进行约谈，督促其于2024年6月底前完成整改。")  # fmt: skip
    doc.signature("苕山县财政局", "2024年3月6日")
    fx.metric(
        "lower_government_evaluations", "13", "个", "县财政局对全县13个乡镇（街道）2023年度预算绩效管理工作进行了考核"
    )
    fx.batch("other", "乡镇（街道）预算绩效管理工作考核", len(towns), None, None, None, dist)
    fx.notes = (
        "A county grading its 乡镇（街道）'s budget-performance WORK (not projects): batch type other; each town is a "
        "projects row with department null and batch_type other (as the corpus records graded cities). Grade keys "
        "are the table's 'A'/'B'/'C' (prose says 'A档'). Score bands (90分以上…) are not scores. "
        "lower_government_evaluations 13 is the judgement for the count of graded towns."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 09
def f09_scanned_notice() -> Fx:
    """荻塘区财政局: a short key-evaluation notice printed, sealed and scanned (no text layer)."""
    doc = Doc3("荻塘区财政局")
    doc.footer("dash")
    title = doc.title("荻塘区财政局关于2023年度区级重点项目", "绩效评价结果的公告")
    fx = Fx("word14_09_scanned_notice", "district 重点评价 公告, SCANNED (image-only, seal, slight skew): prose "
            "counts, table with 评价分值/评价等级 and 项目金额（万元）", doc, title, "荻塘区", 2023,
            scan={"dpi": 150, "angles": [0.35, -0.25], "colour": False, "noise": 5.0, "seed": 1409,
                  "seal": {"near": "荻塘区财政局", "text": "荻塘区财政局"}})  # fmt: skip
    rows = [
        ("荻塘区老年助餐服务补助项目", "荻塘区民政局", "486.20", "94.5", "优"),
        ("荻塘区中小学智慧校园建设项目", "荻塘区教育局", "1320.00", "87.3", "良"),
        ("荻塘区背街小巷整治提升工程", "荻塘区城市管理局", "2145.68", "82.0", "良"),
        ("荻塘区社区卫生服务中心设备购置项目", "荻塘区卫生健康局", "678.45", "91.6", "优"),
        ("荻塘区河湖长制专项经费", "荻塘区水务局", "356.00", "76.4", "中"),
        ("荻塘区就业见习补贴项目", "荻塘区人力资源和社会保障局", "215.30", "88.8", "良"),
        ("荻塘区公共法律服务体系建设项目", "荻塘区司法局", "142.00", "58.5", "差"),
    ]
    total = sum(D(r[2]) for r in rows)
    dist = counts([r[4] for r in rows], ["优", "良", "中", "差"])
    q_n = f"对{len(rows)}个区级重点项目开展了绩效评价，涉及资金{money(total, sep=False)}万元"
    doc.para(f"根据区政府工作安排，区财政局于2024年4月至6月{q_n}。评价结果："
             + "、".join(f"{g}{n}个" for g, n in dist.items()) + "。现将评价结果公告如下：")  # fmt: skip
    table = [["序号", "项目名称", "主管部门", "项目金额（万元）", "评价分值", "评价等级"]]
    for i, (name, dept, a, s, g) in enumerate(rows, 1):
        table.append([str(i), name, dept, a, s, g])
        fx.project(name, dept, g, s, a, "万元", "key")
    doc.table(table, [1.1, 5.4, 3.8, 2.2, 1.6, 1.6], align=["c", "l", "l", "r", "c", "c"], size=11)
    doc.para("评价结果为“中”和“差”的项目，主管部门须在30日内提出整改措施，区财政局将在下一年度预算中相应压减。"
             "对评价结果有异议的，请于公告之日起10个工作日内向区财政局绩效管理科反馈。")  # fmt: skip
    doc.signature("荻塘区财政局", "2024年7月1日")
    fx.metric("key_evaluated_projects", str(len(rows)), "个", q_n)
    fx.metric("key_evaluated_amount", money(total, sep=False), "万元", q_n)
    fx.batch("key", "区级重点项目绩效评价", len(rows), None, money(total, sep=False), "万元", dist)
    fx.notes = (
        "SCANNED: the published PDF is image-only (150 dpi, slight skew, a red seal over the signature); the gold was "
        "checked against the PDF before rasterising. Grade distribution printed as bare '优N个、良N个…'. Column "
        "'评价分值' holds the score. fiscal_year 2023 from the title; published 2024."
    )
    return fx


# ------------------------------------------------------------------------------------------------ 10
def f10_province_landscape() -> Fx:
    """潇岭省交通运输厅: a provincial department's 自评 results, landscape table in 元 with 小计 rows under
    merged 资金名称 cells, a running header and a 第N页共M页 footer."""
    doc = Doc3("潇岭省交通运输厅")
    header = doc.running_header("潇岭省交通运输厅", "部门预算绩效信息公开")
    doc.footer("page_of", size=10.5)
    title = doc.title("潇岭省交通运输厅2023年度省级专项资金", "绩效自评结果公开")
    fx = Fx("word14_10_province_landscape", "provincial department's 自评 results: landscape table in 元 across pages, "
            "merged 专项资金 cells with 小计 rows and a 总计, 自评等级 优秀/良好/合格, "
            "running header and page-of footer",
            doc, title, "潇岭省", 2023, chrome=header)  # fmt: skip
    funds = [
        ("普通国省道养护专项资金", ["G327线苇塘至青枫段路面修复工程", "S209线桥梁加固工程", "国省道安全生命防护工程",
                              "普通公路危旧桥梁改造", "干线公路灾毁恢复重建"]),
        ("农村公路建设专项资金", ["农村公路提档升级工程", "乡镇客运站建设补助", "农村公路安全防护设施完善",
                              "资源路旅游路产业路建设", "建制村通双车道补助", "农村公路养护工程补助"]),
        ("综合交通运输发展专项资金", ["内河航道整治工程", "交通运输信息化建设", "城市公交新能源车辆运营补助",
                                "多式联运示范工程补助", "交通运输执法装备购置"]),
    ]  # fmt: skip
    rng = random.Random(1410)
    doc.para("按照《潇岭省省级部门预算绩效自评管理办法》要求，我厅组织厅属各单位对2023年度省级专项资金项目开展了绩效"
             "自评，现将自评结果公开如下。")  # fmt: skip
    n = sum(len(p) for _, p in funds)
    q_n = f"本年度纳入自评的省级专项资金3项，共{n}个项目"
    all_rows = []
    for fund, projects in funds:
        for p in projects:
            a = q2(D(str(rng.uniform(3_000_000, 95_000_000))))
            s = q2(D(str(rng.uniform(74, 98))), 1)
            all_rows.append((fund, p, a, s, grade_of(s, ("优秀", "良好", "合格", "不合格"))))
    total = sum(r[2] for r in all_rows)
    dist = counts([r[4] for r in all_rows], ["优秀", "良好", "合格"])
    q_d = "，".join(f"自评等级为{g}的{c}个" for g, c in dist.items() if c)
    doc.para(f"{q_n}，资金总额{money(total)}元。{q_d}。自评等级按自评得分确定：90分及以上为优秀，80分至90分为良好，"
             "60分至80分为合格，60分以下为不合格。")  # fmt: skip
    doc.para("自评结果显示，各项专项资金总体执行情况良好，但部分项目存在前期工作不充分、预算执行进度不均衡等问题，"
             "我厅已督促相关单位整改。各项目自评结果详见下表。")  # fmt: skip
    doc.landscape()
    doc.caption("潇岭省交通运输厅2023年度省级专项资金绩效自评结果表", font=HEI, size=15)
    doc.unit_line("单位：元")
    table = [["序号", "专项资金名称", "项目名称", "预算金额", "自评得分", "自评等级"]]
    seq = 0
    for fund, _ in funds:
        rows = [r for r in all_rows if r[0] == fund]
        for k, (_, p, a, s, g) in enumerate(rows):
            seq += 1
            table.append([str(seq), fund if k == 0 else UP, p, money(a), str(s), g])
            fx.project(p, "潇岭省交通运输厅", g, str(s), money(a), "元", "self")
        table.append([None, "小计", "<", money(sum(r[2] for r in rows)), None, None])
    table.append([None, "总计", "<", money(total), None, None])
    doc.table(table, [1.4, 6.0, 8.6, 4.2, 2.2, 2.2], align=["c", "c", "l", "r", "c", "c"], size=11)
    fx.metric("self_evaluated_projects", str(n), "个", q_n)
    fx.metric("self_evaluated_amount", money(total), "元", f"资金总额{money(total)}元")
    fx.batch("self", "省级专项资金绩效自评", n, None, money(total), "元", {g: c for g, c in dist.items() if c})
    fx.notes = (
        "A provincial department's own 自评 results: department = the publisher 潇岭省交通运输厅 for every project "
        "(the table has no department column; 专项资金名称 is the fund, merged vertically over its projects, and is "
        "not the department). region = the province. 小计 and 总计 rows are not projects. Amounts in 元 (unit line "
        "'单位：元') with thousands separators. Grade words 优秀/良好/合格; 不合格 is only a band, not a count. The "
        "running header '潇岭省交通运输厅 部门预算绩效信息公开' and the '第N页共M页' footer are page chrome."
    )
    return fx


FIXTURES = [
    f01_county_annual,
    f02_city_key_notice,
    f03_district_overall,
    f04_review_notice,
    f05_line_dept_self,
    f06_bond_notice,
    f07_policy_notice,
    f08_township_grading,
    f09_scanned_notice,
    f10_province_landscape,
]


# ------------------------------------------------------------------------------------------------ README
README_HEAD = """# Word-made fixtures, fourteenth set (`word14_*`) — SYNTHETIC

**Everything here is SYNTHETIC**: the regions (椒陵县, 澄湄市, 榆泽区, 芩阳县, 槐浦县, 楠屿市, 萍岫县, 苕山县, 荻塘区,
潇岭省), departments, units, projects, towns, people, phone numbers, 文号 and figures are invented; any likeness to a
real place or its figures is accidental.

Ten budget-performance reports written as Word documents (python-docx) and exported to PDF by LibreOffice headless,
each with its gold (`<name>.json`: the real corpus's gold format, `"synthetic": true`, and `notes` on every
judgement call). Generated by `tools/make_word_fixtures_14.py` (`make word-fixtures-14`):

    .venv/bin/python tools/make_word_fixtures_14.py [OUT_DIR] [--only NAME ...] [--keep-docx]

**Author statement.** This set was written by a fourteenth author who did not read the parser, the scorer, the
other sets' fixtures or their generators' layouts. The layouts and wording come from the genre: the real corpus's
README, gold files and texts, the reference report, and bureau pages found with the `pages` search corpus (annual
summaries, 部门整体 self-evaluation reports, a department's one-project 自评 report, a 专项债券 公示 table with
序号/项目单位/项目名称/发行金额(亿元)/评价结果/备注). Eight are ordinary reports of the kinds counties, cities,
districts, line departments and provincial departments publish; two (`word14_09`, `word14_10`) carry a difficulty
a bureau's file has (a scan; a landscape table in 元 with merged fund cells, 小计 rows and page chrome).

## How the gold was checked

The gold is written from the same data as the document, then checked before it is written:

1. against the docx text (paragraphs and cells): every title, quote, project name, department, unit, parent
   department and grade, and every number behind a gold value (scores, amounts, shares; thousands separators
   ignored) must be in it; every metric's value must be in its quote;
2. against the exported PDF's text layer with PDFium and with pdfplumber (whitespace, page numbers and the
   running header removed): the same strings, CJK text on every page, no `(cid:…)`, pdfplumber finds at least
   the document's ruled tables, landscape pages exactly where the document has a landscape section, 2–5 pages;
3. the scan (`word14_09`) is checked in step 2 on the PDF before it is rasterised; the published PDF is then
   confirmed to have no text layer (PDFium counts 0 characters).

The PDFs' bytes are not reproducible (LibreOffice stamps dates and IDs); their content is, and the scan's noise is
seeded.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
"""


def write_readme(out_dir: Path, fixtures: list[Fx], infos: dict[str, dict[str, Any]]) -> None:
    lines = [README_HEAD.rstrip("\n")]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = "none (scan)" if fx.scan else "yes"
        extra = f" ({info['landscape']} landscape page(s))" if info.get("landscape") else ""
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {fx.what}{extra} |")
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------------------------ main
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
    with tempfile.TemporaryDirectory(prefix="jixiao-word14-") as tmp:
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
            else:
                shutil.copy(pdf, out_dir / f"{fx.name}.pdf")
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            infos[fx.name] = info
            (out_dir / f"{fx.name}.json").write_text(
                json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info['pages']} pages, {info['tables']} tables: {status}")
            failed = failed or bool(problems)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    if not args.only:
        write_readme(out_dir, fixtures, infos)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
