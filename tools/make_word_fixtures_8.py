"""An eighth, independent set of Word-made fixtures (`word8_*`): budget-performance reports written the way county,
city, district and provincial bureaus write them in Word (python-docx) and exported to PDF by LibreOffice headless.

Written by an eighth author from the genre (the real corpus's README and gold conventions, the real texts and the
bureau pages of the `search` tool's `pages` corpus), without reading the parser, the scorer or the earlier sets'
fixtures, so that the parser is measured at first sight. Mostly ORDINARY reports: a county's annual work summary, a
city's 重点评价 公告 with 部门整体 results, a district's 部门整体 results in 元, a county's 抽查复核 通报 with two
scores, a provincial department's own 自评 report of one project, a city's special-bond 公示, a city grading its
counties (A/B/C 档), and one scanned county 通报 grading its 乡镇（街道）.

Everything is SYNTHETIC: the regions (鹭岩县, 蓥州市, 澜屿区, 苕阳县, 珂原省, 漪陵市 and the places under them),
departments, projects and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
quote, title, name, department and grade against the docx text; every number against its quote or the docx text;
then the same strings and numbers against the exported PDF's text layer by PDFium and pdfplumber (for the scanned
report: against the PDF before it is rasterised, and the published PDF is checked to have no text layer).

Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts of tools/make_word_fixtures.py and the
mechanics of tools/make_word_fixtures_3.py (Doc3, convert3, export_options, rasterise, read_pdf, number helpers).

Usage: python tools/make_word_fixtures_8.py [OUT_DIR] [--keep-docx] [--only NAME ...]
       (default OUT_DIR tests/fixtures/word8)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import (
    _PAGE_NUMBER,
    Doc3,
    avg,
    convert3,
    export_options,
    money,
    no_text_layer,
    rasterise,
    read_pdf,
)
from word_doc import HEI, LEFT, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word8"
D = Decimal
_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_OF = re.compile(r"第\d+页共\d+页")


# ------------------------------------------------------------------------------------------------ gold
def num(text: str) -> int | float:
    """A printed number ('1,234.50', '92.6') as the gold's JSON number."""
    value = D(text.replace(",", ""))
    return int(value) if value == value.to_integral_value() and "." not in text else float(value)


@dataclass
class Fixture8:
    """One report: its document, its gold, and what the PDF check must know (the attribute names are those the
    mechanics of make_word_fixtures_3 read)."""

    name: str
    what: str
    doc: Doc3
    title: str | None = None
    region: str | None = None
    fiscal_year: int | None = None
    notes: str = ""
    tagged: bool = False
    scan: dict[str, Any] | None = None
    watermark: str | None = None
    chrome: list[str] = field(default_factory=list)
    two_column: bool = False
    image_strings: set[str] = field(default_factory=set)
    picture_pages: int = 0
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    printed: list[tuple[str, str]] = field(default_factory=list)  # (what, number as printed) to find in the text

    def metric(self, metric: str, printed: str, unit: str, quote: str) -> None:
        self.metrics.append({"metric": metric, "value": num(printed), "unit": unit, "quote": quote})
        self.printed.append((f"metric {metric} in its quote", printed))

    def batch(self, type_: str, label: str, *, projects: int | None = None, departments: int | None = None,
              amount: str | None = None, unit: str | None = None, grades: dict[str, int] | None = None,
              shares: dict[str, str] | None = None) -> None:  # fmt: skip
        self.batches.append({
            "type": type_, "label_zh": label, "project_count": projects, "department_count": departments,
            "amount": num(amount) if amount else None, "amount_unit": unit, "grades": grades,
            "grade_shares_pct": {k: num(v) for k, v in shares.items()} if shares else None,
        })  # fmt: skip
        if amount:
            self.printed.append((f"batch {label} amount", amount))
        for v in (shares or {}).values():
            self.printed.append((f"batch {label} share", v))

    def project(self, name: str, department: str | None, grade: str | None, score: str | None,
                amount: str | None, unit: str | None, batch_type: str) -> None:  # fmt: skip
        self.projects.append({
            "seq": len(self.projects) + 1, "name": name, "department": department, "grade": grade,
            "score": num(score) if score else None, "amount": num(amount) if amount else None,
            "amount_unit": unit if amount else None, "batch_type": batch_type,
        })  # fmt: skip
        self.printed += [(f"project {name} score", score)] if score else []
        self.printed += [(f"project {name} amount", amount)] if amount else []

    def unit(self, unit: str, parent: str | None, grade: str | None, score: str | None = None) -> None:
        self.units.append({"unit": unit, "parent_department": parent, "grade": grade,
                           "score": num(score) if score else None})  # fmt: skip
        self.printed += [(f"unit {unit} score", score)] if score else []

    def gold(self) -> dict[str, Any]:
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
            "notes": "SYNTHETIC (invented region, departments, projects and figures; word8 set). " + self.notes,
        }

    def gold_strings(self) -> list[tuple[str, str]]:
        out = [("title", self.title)] if self.title else []
        out += [("region", self.region)] if self.region else []
        out += [("quote", m["quote"]) for m in self.metrics]
        for b in self.batches:
            out += [("grade key", g) for g in b["grades"] or {}]
        for p in self.projects:
            out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
        for u in self.units:
            out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
        return out + [(what, s) for what, s in self.printed]

    def check_internal(self) -> list[str]:
        """Numbers against their quotes; batches' grade counts against their project counts where both given."""
        problems = []
        for m in self.metrics:
            if not any(s in m["quote"] for w, s in self.printed if w == f"metric {m['metric']} in its quote"):
                problems.append(f"metric {m['metric']}: value not in its quote {m['quote']}")
        for b in self.batches:
            if b["grades"] == {}:
                problems.append(f"batch {b['label_zh']}: an empty grade distribution (null where none is stated)")
            if b["grades"] and b["project_count"] and sum(b["grades"].values()) != b["project_count"]:
                problems.append(f"batch {b['label_zh']}: grades sum to {sum(b['grades'].values())}")
        return problems


def check_doc(fx: Fixture8) -> list[str]:
    text = "\n".join(fx.doc.text)
    problems = fx.check_internal()
    problems += [f"{kind} not in the docx text: {s}" for kind, s in fx.gold_strings() if s not in text]
    return problems


def _flat(pages: list[str], fx: Fixture8) -> str:
    kept = [line for text in pages for line in text.splitlines() if not _PAGE_NUMBER.match(line)]
    flat = _PAGE_OF.sub("", _WS.sub("", "".join(kept)))
    for chrome in fx.chrome:
        flat = flat.replace(_WS.sub("", chrome), "")
    return flat


def check_pdf(pdf: Path, fx: Fixture8) -> tuple[list[str], dict[str, Any]]:
    """Both engines: CJK text on every page, no (cid:…), every gold string and printed number in the text layer,
    the ruled tables found, landscape pages iff landscape sections."""
    pages_a, pages_b, info = read_pdf(pdf, fx)
    problems = []
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        for i, text in enumerate(pages):
            if len(_CJK.findall(text)) < 20:
                problems.append(f"{engine}: page {i + 1} has little CJK text")
            if "(cid:" in text:
                problems.append(f"{engine}: page {i + 1} has (cid:…)")
        flat = _flat(pages, fx)
        for kind, s in fx.gold_strings():
            if _WS.sub("", s) not in flat:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    if info["tables"] < fx.doc.table_count:
        problems.append(f"pdfplumber finds {info['tables']} tables, the document has {fx.doc.table_count}")
    if bool(info["landscape"]) != bool(fx.doc.landscape_sections):
        problems.append(f"{info['landscape']} landscape pages, {fx.doc.landscape_sections} landscape sections")
    if not 2 <= info["pages"] <= 5:
        problems.append(f"{info['pages']} pages (a whole report of 2–5 pages wanted)")
    return problems, info


def new_doc(author: str, **kw: Any) -> Doc3:
    return Doc3(author, **kw)


def sum_amounts(values: list[str]) -> Decimal:
    return sum((D(v.replace(",", "")) for v in values), D(0))


def counted(grades: list[str], order: list[str]) -> dict[str, int]:
    return {g: grades.count(g) for g in order}


def grade_phrase(counts: dict[str, int], fmt: str, sep: str = "，") -> str:
    return sep.join(fmt.format(g=g, n=n) for g, n in counts.items())


# =============================================================================================== 01 鹭岩县 annual
F01_KEY = [
    ("县域义务教育学校校舍维修改造项目", "鹭岩县教育局", "2,316.80", "91.5", "优"),
    ("学前教育普惠性幼儿园生均补助", "鹭岩县教育局", "865.00", "88.0", "良"),
    ("基层医疗卫生机构能力提升项目", "鹭岩县卫生健康局", "1,420.56", "84.2", "良"),
    ("高标准农田建设县级配套资金", "鹭岩县农业农村局", "3,650.00", "92.3", "优"),
    ("农村生活污水治理运维经费", "鹭岩县农业农村局", "742.38", "73.6", "中"),
    ("县城区道路“白改黑”提升工程", "鹭岩县住房和城乡建设局", "2,980.00", "86.7", "良"),
    ("农村公路养护工程补助资金", "鹭岩县交通运输局", "1,205.40", "90.4", "优"),
    ("小型水库除险加固项目", "鹭岩县水利局", "1,876.26", "85.9", "良"),
    ("城乡居民基本养老保险县级补贴", "鹭岩县人力资源和社会保障局", "2,104.00", "93.1", "优"),
    ("乡村文化礼堂建设奖补资金", "鹭岩县文化和广电旅游体育局", "460.00", "71.8", "中"),
    ("智慧城管平台运行维护经费", "鹭岩县综合行政执法局", "315.00", "58.5", "差"),
    ("残疾人两项补贴资金", "鹭岩县残疾人联合会", "300.00", "87.2", "良"),
]


def f01_county_annual() -> Fixture8:
    doc = new_doc("鹭岩县财政局")
    fx = Fixture8("word8_01_county_annual", "", doc, region="鹭岩县", fiscal_year=2023)
    doc.footer("dash")
    fx.title = doc.title("鹭岩县2023年度预算绩效管理工作情况")
    doc.para(
        "2023年，县财政局以全面实施预算绩效管理为主线，坚持“花钱必问效、无效必问责”，围绕事前评估、"
        "目标管理、运行监控、绩效评价和结果应用等环节，推动预算绩效管理提质扩面。现将有关情况报告如下。"
    )
    doc.heading(1, "一、主要工作开展情况")
    doc.heading(2, "（一）全面开展绩效自评")
    q_self = "全县纳入绩效自评范围的项目共386个，涉及资金127,845.62万元"
    doc.para(
        f"组织全县62个预算单位对2023年度项目支出开展绩效自评，{q_self}，自评覆盖率达100%。"
        "各单位对照年初设定的绩效目标逐项打分，如实反映目标完成情况。"
    )
    fx.metric("self_evaluated_projects", "386", "个", q_self)
    fx.metric("self_evaluated_amount", "127,845.62", "万元", q_self)
    doc.heading(2, "（二）强化绩效运行监控")
    q_mon = "对68个重点项目开展绩效运行监控"
    doc.para(
        f"在7月、10月分两次{q_mon}，对执行进度偏慢、偏离绩效目标的9个项目及时督促整改，"
        "收回调剂资金1,260万元统筹用于急需领域。"
    )
    fx.metric("monitored_projects", "68", "个", q_mon)
    doc.heading(2, "（三）开展自评结果抽评")
    samp = {"优": 31, "良": 22, "中": 4, "差": 1}
    q_ratio = "按照不低于15%的比例"
    q_samp = "共抽评项目58个"
    doc.para(
        f"县财政局{q_ratio}对部门自评结果进行抽评，{q_samp}，涉及资金21,604.35万元。抽评结果为"
        + grade_phrase(samp, "“{g}”的{n}个", "、")
        + "。从抽评情况看，部分单位绩效指标设置不够细化、量化，自评得分偏高。"
    )
    fx.metric("sampling_ratio", "15", "%", q_ratio)
    fx.metric("sampled_projects", "58", "个", q_samp)
    fx.metric("sampled_amount", "21,604.35", "万元", "涉及资金21,604.35万元")
    fx.batch("sampling", "自评结果抽评", projects=58, amount="21,604.35", unit="万元", grades=samp)
    doc.heading(2, "（四）组织财政重点绩效评价")
    key_total = money(sum_amounts([r[2] for r in F01_KEY]))
    key = counted([r[4] for r in F01_KEY], ["优", "良", "中", "差"])
    q_key = f"选取12个项目开展财政重点绩效评价，涉及资金{key_total}万元"
    doc.para(
        f"围绕县委县政府重点工作和民生领域，委托第三方机构{q_key}。评价结果为"
        + grade_phrase(key, "“{g}”的{n}个")
        + "，具体见下表。"
    )
    fx.metric("key_evaluated_projects", "12", "个", q_key)
    fx.metric("key_evaluated_amount", key_total, "万元", q_key)
    fx.batch("key", "财政重点绩效评价", projects=12, amount=key_total, unit="万元", grades=key)
    doc.caption("2023年度财政重点绩效评价结果汇总表", font=HEI, size=14)
    doc.unit_line("单位：万元", size=12)
    rows = [["序号", "项目名称", "主管部门", "评价资金", "得分", "等级"]]
    for i, (name, dept, amount, score, grade) in enumerate(F01_KEY, 1):
        rows.append([str(i), name, dept, amount, score, grade])
        fx.project(name, dept, grade, score, amount, "万元", "key")
    rows.append(["合计", LEFT, LEFT, key_total, None, None])
    doc.table(rows, [1.2, 6.0, 4.0, 2.3, 1.3, 1.2], size=11, align=list("cllrcc"))
    doc.heading(1, "二、评价结果应用情况")
    doc.para(
        "一是与预算安排挂钩。评价结果为“优”的项目优先保障，为“中”的项目压减下年度预算10%，为“差”的项目"
        "压减30%以上直至取消。二是督促问题整改。向12个项目主管部门反馈问题48条，要求在60日内报送整改报告。"
        "三是推动信息公开。重点评价结果在县政府门户网站公开，接受社会监督。"
    )
    doc.heading(1, "三、下一步工作打算")
    doc.para(
        "2024年，我们将进一步扩大重点评价范围，探索开展部门整体支出和政策绩效评价，"
        "加强第三方机构执业质量监管，切实提高财政资金使用效益。"
    )
    doc.signature("鹭岩县财政局", "2024年4月18日")
    fx.notes = (
        "An annual work summary of a county finance bureau. fiscal_year 2023 from the title (published 2024). "
        "1,260万元 (funds recovered), 62 units, 9 projects, 48 problems, 60 days, 10%/30% budget cuts are "
        "not headline metrics. sampling_ratio 15 is '不低于15%' (a floor, the stated ratio). Key grades are "
        "stated in prose and agree with the table; the 合计 row is not a project."
    )
    fx.what = "annual work summary: 自评/监控/抽评 in prose, key table 序号 合计 优/良/中/差"
    return fx


# =============================================================================================== 02 蓥州市 key 公告
F02_KEY = [
    ("市教育局", "市属中小学“强校提质”专项资金", "6,450.00", "良好", ""),
    ("市教育局", "职业院校实训基地建设补助", "2,180.50", "一般", "压减预算10%"),
    ("市卫生健康委员会", "公立医院综合改革补助资金", "8,920.00", "良好", ""),
    ("市卫生健康委员会", "120急救网络能力建设项目", "1,365.72", "优秀", ""),
    ("市卫生健康委员会", "妇幼健康服务补助资金", "986.40", "良好", ""),
    ("市农业农村局", "现代农业产业园建设专项资金", "5,200.00", "优秀", ""),
    ("市农业农村局", "动物防疫补助经费", "734.16", "一般", ""),
    ("市城市管理局", "城市生活垃圾分类处理运营经费", "4,615.38", "良好", ""),
    ("市城市管理局", "市区夜景亮化维护经费", "1,280.00", "较差", "暂停安排"),
    ("市交通运输局", "城乡公交一体化运营补贴", "7,350.00", "良好", ""),
    ("市商务局", "外贸稳增长扶持资金", "3,000.00", "一般", ""),
    ("市科学技术局", "科技创新券兑付资金", "1,500.00", "优秀", ""),
    ("市人力资源和社会保障局", "职业技能提升行动专项资金", "2,847.25", "良好", ""),
    ("市人力资源和社会保障局", "创业担保贷款贴息资金", "1,120.00", "良好", ""),
    ("市民政局", "社区居家养老服务补助资金", "1,963.80", "一般", ""),
    ("市水利局", "中小河流综合治理工程", "8,640.00", "良好", ""),
]


def f02_city_key_notice() -> Fixture8:
    doc = new_doc("蓥州市财政局")
    fx = Fixture8("word8_02_city_key_notice", "", doc, region="蓥州市", fiscal_year=2023)
    doc.footer("emdash", odd_even=True)
    fx.title = doc.title("蓥州市财政局关于2023年度市级财政", "重点绩效评价结果的公告")
    doc.para(
        "根据《中华人民共和国预算法》和市委、市政府关于全面实施预算绩效管理的部署，市财政局组织对2023年度"
        "部分市级财政支出开展了重点绩效评价。现将评价结果公告如下："
    )
    doc.heading(1, "一、评价范围")
    total = sum_amounts([r[2] for r in F02_KEY])
    yi_total = f"{(total / 10000).quantize(D('0.01'))}"
    q_key = f"对16个项目开展重点绩效评价，涉及财政资金{yi_total}亿元"
    doc.para(
        f"本次评价由市财政局牵头，委托具有资质的第三方机构实施，{q_key}；同时选取市民政局、市水利局2个部门"
        "开展部门整体支出绩效评价。评价采用百分制，按得分划分为优秀（90分以上）、良好（80-89分）、"
        "一般（60-79分）、较差（60分以下）四个等次。"
    )
    fx.metric("key_evaluated_projects", "16", "个", q_key)
    fx.metric("key_evaluated_amount", yi_total, "亿元", q_key)
    fx.metric("department_overall_evaluations", "2", "个", "市民政局、市水利局2个部门")
    doc.heading(1, "二、评价结果")
    order = ["优秀", "良好", "一般", "较差"]
    key = counted([r[3] for r in F02_KEY], order)
    doc.para("（一）项目支出。16个项目中，评价等次为" + grade_phrase(key, "{g}的{n}个") + "。各项目评价等次详见附表。")
    fx.batch("key", "重点绩效评价", projects=16, amount=yi_total, unit="亿元", grades=key)
    doc.para("（二）部门整体支出。市民政局部门整体支出绩效评价等次为良好，市水利局部门整体支出绩效评价等次为一般。")
    fx.batch("department_overall", "部门整体支出绩效评价", projects=2, departments=2)
    fx.unit("市民政局", None, "良好")
    fx.unit("市水利局", None, "一般")
    doc.heading(1, "三、结果运用")
    doc.para(
        "评价结果已反馈各主管部门，并作为2025年预算安排的重要依据。评价等次为较差的项目，原则上暂停安排预算；"
        "为一般的项目，按照规定压减预算。各部门应于公告之日起30日内将整改情况报送市财政局。"
    )
    doc.para("附表：2023年度市级财政重点绩效评价结果表")
    doc.signature("蓥州市财政局", "2024年6月20日")
    doc.attachment_head("附表", "2023年度市级财政重点绩效评价结果表")
    doc.unit_line("金额单位：万元", size=12)
    rows = [["序号", "主管部门", "项目名称", "项目资金", "评价等次", "备注"]]
    prev = None
    for i, (dept, name, amount, grade, remark) in enumerate(F02_KEY, 1):
        rows.append([str(i), UP if dept == prev else dept, name, amount, grade, remark or None])
        prev = dept
        fx.project(name, dept, grade, None, amount, "万元", "key")
    rows.append(["合计", LEFT, LEFT, money(total), None, None])
    doc.table(rows, [1.2, 3.6, 5.6, 2.4, 1.9, 2.1], size=11, align=list("cllrcc"))
    doc.style_last_table(shade="D9D9D9", bold_rows=(len(rows) - 1,))
    fx.notes = (
        "A city finance bureau's 公告 of key evaluations of 2023 spending (published 2024). The amount is "
        f"given in prose in 亿元 ({yi_total}, rounded from the table's {money(total)}万元); project amounts "
        "from the attached table in 万元 (the unit only in '金额单位：万元'). 主管部门 merged vertically over "
        "consecutive rows: each project carries the department of its merged cell, as printed (市教育局, not "
        "expanded with the city name). The score bands (90分以上 etc.) are not scores; no project score is "
        "printed. 2 部门整体 evaluations with their grades in prose. 压减预算10% and 30日 are not metrics. "
        "Grades 优秀/良好/一般/较差 named 评价等次."
    )
    fx.what = "重点评价 公告: 亿元 in prose, 附表 after the signature, merged 主管部门, 合计, 备注, 等次; 2 部门整体"
    return fx


# =============================================================================================== 03 澜屿区 部门整体
F03_UNITS = [
    ("区委办公室", "18,652,340.52", "93.50", "优"),
    ("区发展和改革局", "9,874,211.30", "88.75", "良"),
    ("区教育局", "612,843,907.66", "91.20", "优"),
    ("区公安分局", "156,390,428.15", "90.05", "优"),
    ("区民政局", "48,216,735.90", "86.40", "良"),
    ("区司法局", "12,508,664.00", "79.60", "中"),
    ("区财政局", "21,337,902.48", "92.85", "优"),
    ("区人力资源和社会保障局", "35,470,118.27", "87.10", "良"),
    ("区住房和城乡建设局", "203,665,480.09", "84.30", "良"),
    ("区卫生健康局", "187,905,236.74", "89.95", "良"),
    ("区市场监督管理局", "27,843,559.12", "82.70", "良"),
    ("区应急管理局", "8,964,730.85", "76.25", "中"),
    ("区城市管理局", "96,258,341.60", "85.55", "良"),
    ("区农业农村和水利局", "74,129,806.33", "90.60", "优"),
]


def f03_district_overall_yuan() -> Fixture8:
    doc = new_doc("澜屿区财政局")
    fx = Fixture8("word8_03_district_overall_yuan", "", doc, region="澜屿区", fiscal_year=2023)
    doc.footer("page_of", size=10.5)
    fx.title = doc.title("澜屿区2023年度部门整体支出", "绩效评价结果公开")
    total = money(sum_amounts([r[1] for r in F03_UNITS]))
    q = f"对区委办公室等14个部门（单位）2023年度部门整体支出开展了绩效评价，涉及资金{total}元"
    doc.para(
        f"为进一步提高财政资金使用效益，按照《澜屿区部门整体支出绩效评价管理暂行办法》要求，区财政局{q}。"
        "评价从部门决策、过程管理、履职产出和履职效益四个方面设置指标，采取资料核查、现场核实和满意度调查"
        "相结合的方式进行。"
    )
    fx.metric("department_overall_evaluations", "14", "个", q)
    fx.metric("department_overall_amount", total, "元", q)
    order = ["优", "良", "中", "差"]
    grades = counted([r[3] for r in F03_UNITS], order)
    doc.para(
        "评价结果显示，14个部门（单位）平均得分"
        f"{avg([D(r[2]) for r in F03_UNITS])}分，其中评价结果为“优”的{grades['优']}个、“良”的{grades['良']}个、"
        f"“中”的{grades['中']}个，无评价结果为“差”的部门。"
    )
    grades_all = dict(grades)
    fx.batch("department_overall", "部门整体支出绩效评价", projects=14, departments=14, amount=total, unit="元",
             grades=grades_all)  # fmt: skip
    doc.para(
        "从评价情况看，各部门预算执行总体较好，但仍存在绩效目标与部门职能衔接不够紧密、部分项目资金结转"
        "规模较大、资产管理不够规范等问题。区财政局已将评价发现的问题逐一反馈，并将评价结果与2025年部门"
        "预算安排挂钩。具体评价结果如下："
    )
    doc.caption("澜屿区2023年度部门整体支出绩效评价结果表", font=HEI, size=14)
    rows = [["序号", "部门（单位）名称", "2023年度支出（元）", "评价得分", "评价结果"]]
    for i, (unit, amount, score, grade) in enumerate(F03_UNITS, 1):
        rows.append([str(i), unit, amount, score, grade])
        fx.unit(unit, None, grade, score)
    doc.table(rows, [1.3, 5.6, 4.4, 2.0, 2.3], size=12, align=list("clrcc"))
    doc.para("特此公开。")
    doc.signature("澜屿区财政局", "2024年8月30日")
    fx.notes = (
        "部门整体 results of a district: amounts in 元 with thousands separators (headline amount in 元 as "
        "printed). project_count and department_count both 14 (the text counts 部门（单位）). The explicit "
        "zero '无评价结果为“差”的部门' is kept as 差: 0. Average score is not a metric. Units have no parent "
        "department (each is its own 部门). Scores are bare numbers in the table, two decimals."
    )
    fx.what = "部门整体 in 元 with separators, 第 N 页 共 M 页, explicit zero grade, scores with two decimals"
    return fx


# =============================================================================================== 04 苕阳县 抽查复核
F04_ROWS = [
    ("乡镇卫生院基本药物制度补助", "县第二人民医院", "县卫生健康局", "96", "90.5", "优秀"),
    ("中小学校园安保服务经费", "县实验中学", "县教育局", "95", "88.0", "良好"),
    ("学生营养改善计划资金", "县教育局", "县教育局", "98", "93.5", "优秀"),
    ("特色农业产业发展资金", "县农业技术推广中心", "县农业农村局", "94", "81.5", "良好"),
    ("森林防火专项经费", "县林业工作站", "县自然资源和规划局", "92", "85.0", "良好"),
    ("农村饮用水安全维修养护经费", "县水利工程管理站", "县水利局", "97", "76.5", "中"),
    ("困难群众临时救助资金", "县社会救助服务中心", "县民政局", "99", "94.0", "优秀"),
    ("公共法律服务体系建设经费", "县法律援助中心", "县司法局", "93", "86.5", "良好"),
    ("非物质文化遗产保护经费", "县文化馆", "县文化和旅游局", "95", "90.0", "优秀"),
    ("全民健身场地设施维护经费", "县体育中心", "县文化和旅游局", "96", "82.0", "良好"),
    ("道路交通安全设施建设经费", "县公安局交通管理大队", "县公安局", "95", "91.0", "优秀"),
    ("市场监管执法装备购置", "县市场监督管理局", "县市场监督管理局", "97", "72.5", "中"),
    ("城区绿化养护经费", "县园林绿化中心", "县住房和城乡建设局", "94", "87.5", "良好"),
    ("环境监测站运行经费", "县生态环境监测站", "市生态环境局苕阳分局", "96", "58.0", "差"),
    ("就业见习补贴资金", "县就业服务中心", "县人力资源和社会保障局", "98", "92.5", "优秀"),
    ("退役军人服务站运行经费", "县退役军人服务中心", "县退役军人事务局", "95", "84.0", "良好"),
    ("政务服务中心运行维护经费", "县政务服务中心", "县政务服务管理办公室", "97", "89.5", "良好"),
    ("应急物资储备经费", "县应急管理局", "县应急管理局", "96", "90.5", "优秀"),
    ("统计调查专项经费", "县统计局", "县统计局", "93", "79.0", "中"),
    ("档案数字化加工经费", "县档案馆", "县委办公室", "94", "88.5", "良好"),
]


def f04_county_review_notice() -> Fixture8:
    doc = new_doc("苕阳县财政局")
    fx = Fixture8("word8_04_county_review_notice", "", doc, region="苕阳县", fiscal_year=2023)
    doc.footer("dash")
    doc.red_letterhead("苕阳县财政局文件", "苕财绩〔2024〕9号")
    fx.title = doc.title("苕阳县财政局关于2023年度项目支出", "绩效自评抽查复核情况的通报")
    doc.line("各预算单位：", before=6)
    q_self = "全县共有328个项目开展绩效自评"
    q_samp = "随机抽取20个项目进行复核，抽查比例为6.1%"
    doc.para(
        f"根据年度预算绩效管理工作安排，{q_self}。县财政局在单位自评基础上，{q_samp}，复核项目涉及资金"
        "5,836.27万元。现将抽查复核情况通报如下。"
    )
    fx.metric("self_evaluated_projects", "328", "个", q_self)
    fx.metric("sampled_projects", "20", "个", q_samp)
    fx.metric("sampling_ratio", "6.1", "%", q_samp)
    fx.metric("sampled_amount", "5,836.27", "万元", "复核项目涉及资金5,836.27万元")
    doc.heading(1, "一、复核结果")
    order = ["优秀", "良好", "中", "差"]
    g = counted([r[5] for r in F04_ROWS], order)
    self_avg = avg([D(r[3]) for r in F04_ROWS])
    rev_avg = avg([D(r[4]) for r in F04_ROWS])
    doc.para(
        f"20个项目单位自评平均得分{self_avg}分，财政复核平均得分{rev_avg}分，平均相差"
        f"{self_avg - rev_avg}分。复核等级为"
        + grade_phrase(g, "{g}的{n}个", "、")
        + "。单位自评与复核得分相差10分以上的项目有6个，自评结果“打高分”现象依然存在。"
    )
    fx.batch("sampling", "抽查复核", projects=20, amount="5,836.27", unit="万元", grades=g)
    doc.heading(1, "二、存在的主要问题")
    doc.para("（一）绩效目标设置不够规范。部分项目绩效指标以工作内容代替产出指标，效益指标难以量化。")
    doc.para("（二）自评工作不够严谨。部分单位佐证材料不全，对未完成的指标仍给予满分。")
    doc.para("（三）结果应用不够充分。个别单位对以前年度发现的问题整改不到位。")
    doc.heading(1, "三、有关要求")
    doc.para(
        "各单位要对照复核意见认真整改，于2024年7月31日前将整改报告报送县财政局。复核等级为“差”的项目，"
        "县财政局将在下年度预算中相应压减。"
    )
    doc.para("附件：2023年度项目支出绩效自评抽查复核结果表")
    doc.signature("苕阳县财政局", "2024年6月5日")
    doc.attachment_head("附件", "2023年度项目支出绩效自评抽查复核结果表")
    rows = [["序号", "项目名称", "项目单位", "主管部门", "自评得分", "复核得分", "复核等级"]]
    for i, (name, unit, dept, s_self, s_rev, grade) in enumerate(F04_ROWS, 1):
        rows.append([str(i), name, unit, dept, s_self, s_rev, grade])
        fx.project(name, dept, grade, s_rev, None, None, "sampling")
    doc.table(rows, [1.0, 4.6, 3.4, 3.4, 1.4, 1.4, 1.4], size=10.5, align=list("clllccc"))
    fx.notes = (
        "A county 抽查复核 通报 with a red letterhead and 文号 苕财绩〔2024〕9号 (2024 only in the 文号 and "
        "dates; fiscal_year 2023 from the title). Two scores per project: 自评得分 (the unit's own) and 复核得分 "
        "(the finance bureau's); the gold score is the 复核得分, which the 复核等级 belongs to. department is "
        "the 主管部门 column, not 项目单位. Average scores and '相差10分以上的项目有6个' are not metrics. "
        "sampling_ratio 6.1 is printed (20/328)."
    )
    fx.what = "抽查复核 通报: red letterhead, 自评得分 and 复核得分, 项目单位 vs 主管部门, 附件 table"
    return fx


# =============================================================================================== 05 珂原省 自评
F05_INDICATORS = [
    ("决策（15分）", "项目立项", "立项依据充分性", "充分", "充分", "4", "4"),
    (UP, UP, "立项程序规范性", "规范", "规范", "3", "3"),
    (UP, "绩效目标", "绩效目标合理性", "合理", "基本合理", "4", "3"),
    (UP, "资金投入", "资金分配合理性", "合理", "合理", "4", "4"),
    ("过程（20分）", "资金管理", "预算执行率", "≥95%", "98.28%", "8", "8"),
    (UP, UP, "资金使用合规性", "合规", "合规", "6", "6"),
    (UP, "组织实施", "管理制度执行有效性", "有效", "基本有效", "6", "4.5"),
    ("产出（35分）", "产出数量", "列养农村公路里程", "≥28000公里", "28652公里", "10", "10"),
    (UP, UP, "完成危桥改造座数", "≥120座", "113座", "8", "7.1"),
    (UP, "产出质量", "农村公路优良中等路率", "≥85%", "86.4%", "9", "9"),
    (UP, "产出时效", "养护工程按期完工率", "≥90%", "88.5%", "8", "7"),
    ("效益（30分）", "社会效益", "农村公路列养率", "100%", "100%", "10", "10"),
    (UP, UP, "群众出行条件改善情况", "明显改善", "明显改善", "8", "8"),
    (UP, "可持续影响", "长效养护机制建立情况", "建立", "基本建立", "6", "4"),
    (UP, "满意度", "沿线群众满意度", "≥90%", "94.2%", "6", "6"),
]


def f05_province_dept_self() -> Fixture8:
    doc = new_doc("珂原省交通运输厅")
    fx = Fixture8("word8_05_province_dept_self", "", doc, region="珂原省", fiscal_year=2023)
    doc.header("珂原省交通运输厅项目支出绩效自评报告")
    fx.chrome = ["珂原省交通运输厅项目支出绩效自评报告"]
    doc.footer("dash")
    fx.title = doc.title("2023年度农村公路养护省级补助资金", "项目绩效自评报告")
    name = "农村公路养护省级补助资金项目"
    doc.heading(1, "一、项目基本情况")
    doc.para(
        f"{name}是我厅按照省政府“四好农村路”建设部署设立的常年性项目，主要用于补助各市县开展农村公路日常"
        "养护、危桥改造和安全生命防护工程。项目主管部门为珂原省交通运输厅，实施单位为各市县交通运输主管部门。"
    )
    doc.para(
        "2023年项目年初预算36,500.00万元，年中调减1,200.00万元，全年预算35,300.00万元，实际支出34,693.84万元，"
        "预算执行率98.28%。"
    )
    doc.heading(1, "二、绩效目标完成情况")
    doc.para(
        "全年列养农村公路28652公里，完成危桥改造113座，年度目标为120座，完成率94.2%，主要原因是3座危桥"
        "因汛期影响顺延至2024年实施；农村公路优良中等路率86.4%，较上年提高2.1个百分点。"
    )
    doc.heading(1, "三、自评结论")
    total = sum(D(r[6]) for r in F05_INDICATORS)
    score = f"{total}"
    q = f"综合自评得分{score}分，自评等级为“优”"
    doc.para(
        f"按照省级项目支出绩效自评办法，我厅组织相关处室和厅属单位对照年初绩效目标逐项评价，{q}。各项指标得分情况如下："
    )
    fx.project(name, "珂原省交通运输厅", "优", score, "35,300.00", "万元", "self")
    fx.batch("self", "项目支出绩效自评", projects=None)
    doc.caption("项目绩效自评指标得分表", font=HEI, size=14)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    rows += [list(r) for r in F05_INDICATORS]
    rows.append(["合计", LEFT, LEFT, LEFT, LEFT, "100", score])
    doc.table(rows, [2.4, 2.2, 4.0, 2.5, 2.4, 1.1, 1.1], size=10.5, align=list("cclcccc"))
    doc.heading(1, "四、存在的问题及改进措施")
    doc.para(
        "一是部分市县养护资金拨付进度偏慢，二是长效养护机制尚未全面建立。下一步，我厅将加快资金下达，"
        "推行农村公路“路长制”，并将自评结果作为2025年资金分配的因素之一。"
    )
    doc.signature("珂原省交通运输厅", "2024年3月25日")
    fx.notes = (
        "A provincial department's self-evaluation report of ONE project: the score and grade are in prose "
        f"('{q}'), the indicator table's 得分 column sums to it (the 合计 row). Project amount is the 全年预算 "
        "35,300.00万元 (after the mid-year cut), not the 年初预算 36,500.00 nor the 实际支出 34,693.84; a "
        "judgement call. The self batch has no stated project count (null). 28652公里, 113座, 98.28%, 94.2% "
        "are indicator values, not metrics. region 珂原省 from the issuer (a provincial department)."
    )
    fx.what = "a provincial department's 自评 of one project: score in prose, indicator table with merged 一级/二级"
    return fx


# =============================================================================================== 06 漪陵市 bond 公示
F06_BONDS = [
    ("漪陵市城市建设投资发展中心", "市住房和城乡建设局", "漪陵市老城区棚户区改造项目（二期）", "3.20", "91", "优", ""),
    ("漪陵市城市建设投资发展中心", "市住房和城乡建设局", "漪陵市城东片区地下综合管廊工程", "2.50", "86", "良", ""),
    ("漪陵市第一人民医院", "市卫生健康委员会", "漪陵市第一人民医院新院区建设项目", "2.80", "93", "优", ""),
    ("漪陵市职业教育中心", "市教育局", "漪陵市职业教育园区建设工程", "1.60", "88", "良", ""),
    ("漪陵市水务集团有限公司", "市水利局", "漪陵市城乡供水一体化提升工程", "2.15", "84", "良", "部分资金结转"),
    ("漪陵市交通投资建设中心", "市交通运输局", "漪陵港区公用码头及配套设施工程", "3.00", "78", "中", "进度滞后"),
    ("漪陵市产业园区管理委员会", "市发展和改革委员会", "漪陵高新区标准厂房建设项目", "1.85", "90", "优", ""),
    ("漪陵市冷链物流中心", "市商务局", "漪陵市农产品冷链物流园项目", "0.80", "82", "良", ""),
    ("漪陵市生态环境保护服务中心", "市生态环境局", "漪陵市污水处理厂提标改造工程", "0.70", "87", "良", ""),
]


def f06_city_bond_notice() -> Fixture8:
    doc = new_doc("漪陵市财政局")
    fx = Fixture8("word8_06_city_bond_notice", "", doc, region="漪陵市", fiscal_year=2023)
    doc.footer("dash")
    fx.title = doc.title("漪陵市2023年度地方政府专项债券项目", "资金绩效评价结果公示")
    total = f"{sum_amounts([r[3] for r in F06_BONDS])}"
    q = f"2023年度全市共9个专项债券项目纳入绩效评价范围，涉及债券资金{total}亿元"
    doc.para(
        "根据省财政厅关于开展地方政府专项债券项目资金绩效评价工作的通知要求，市财政局委托第三方机构对"
        f"我市2023年度发行的专项债券项目资金开展绩效评价。{q}。"
    )
    fx.metric("bond_projects", "9", "个", q)
    fx.metric("bond_amount", total, "亿元", q)
    g = counted([r[5] for r in F06_BONDS], ["优", "良", "中", "差"])
    doc.para(
        "经评价，"
        + grade_phrase({k: v for k, v in g.items() if v}, "评价结果为“{g}”的项目{n}个", "，")
        + "。现将评价结果公示如下："
    )
    fx.batch("key", "专项债券项目资金绩效评价", projects=9, amount=total, unit="亿元",
             grades={k: v for k, v in g.items() if v})  # fmt: skip
    doc.caption("2023年度地方政府专项债券项目资金绩效评价情况表", font=HEI, size=14)
    rows = [["序号", "项目单位", "主管部门", "项目名称", "发行金额（亿元）", "评价得分", "评价结果", "备注"]]
    for i, (unit, dept, name, amount, score, grade, remark) in enumerate(F06_BONDS, 1):
        rows.append([str(i), unit, dept, name, amount, score, grade, remark or None])
        fx.project(name, dept, grade, score, amount, "亿元", "key")
    doc.table(rows, [0.9, 3.2, 2.4, 4.0, 1.8, 1.2, 1.2, 1.5], size=10.5, align=list("clllcccc"))
    doc.para("公示期为2024年9月2日至9月8日。如有异议，请在公示期内以书面形式向市财政局反映。联系电话：0578-2261035。")
    doc.signature("漪陵市财政局", "2024年9月2日")
    fx.notes = (
        "A special-bond 公示 of a city: amounts in 亿元 only in the header '发行金额（亿元）'. department is the "
        "主管部门 column, not 项目单位. batch_type key (the bureau commissioned a third party). The phone "
        "number and 公示期 dates are distractors. The prose names only the grades that occur "
        "(优/良/中); no zero for 差 is stated, so 差 is not a grade key."
    )
    fx.what = "bond 公示: 发行金额（亿元）, 项目单位 and 主管部门 columns, 备注, phone number"
    return fx


# =============================================================================================== 07 蓥州市 grades 县区
F07_COUNTIES = [
    ("蓥东区", "94.6", "A"),
    ("蓥西区", "91.3", "A"),
    ("石楠县", "88.7", "B"),
    ("柘溪县", "85.2", "B"),
    ("白鹭市", "92.8", "A"),
    ("云阶县", "83.9", "B"),
    ("青芦县", "80.4", "B"),
    ("蓥州经济技术开发区", "74.5", "C"),
]


def f07_city_grades_counties() -> Fixture8:
    doc = new_doc("蓥州市财政局")
    fx = Fixture8("word8_07_city_grades_counties", "", doc, region="蓥州市", fiscal_year=2023)
    doc.footer("dash")
    doc.doc_number("蓥财预〔2024〕37号", align="right")
    fx.title = doc.title("蓥州市财政局关于2023年度县（市、区）", "财政管理绩效综合评价结果的通报")
    doc.line("各县（市、区）财政局，蓥州经济技术开发区财政金融局：", before=6)
    q = "对全市7个县（市、区）和蓥州经济技术开发区共8个地区2023年度财政管理工作开展了绩效综合评价"
    doc.para(
        f"为推动各地提升财政管理水平，根据《蓥州市县级财政管理绩效综合评价办法》，市财政局{q}。评价内容包括"
        "财政收入质量、预算执行、预算绩效管理、债务风险防控、财会监督和基层“三保”六个方面，满分100分。"
    )
    fx.metric("lower_government_evaluations", "8", "个", q)
    g = counted([r[2] for r in F07_COUNTIES], ["A", "B", "C"])
    doc.para("根据综合得分，评价结果分为A、B、C三档。其中，" + grade_phrase(g, "{g}档{n}个", "，") + "。具体结果如下：")
    fx.batch("other", "财政管理绩效综合评价", projects=8, grades=g)
    doc.caption("2023年度县（市、区）财政管理绩效综合评价结果", font=HEI, size=14)
    rows = [["地区", "综合得分", "评价档次", "排名"]]
    ranked = sorted(F07_COUNTIES, key=lambda r: -D(r[1]))
    for name, score, grade in F07_COUNTIES:
        rows.append([name, score, grade, str(ranked.index((name, score, grade)) + 1)])
        fx.project(name, None, grade, score, None, None, "other")
    doc.table(rows, [5.4, 3.0, 3.0, 2.4], size=12, align=list("lccc"))
    doc.para(
        "对评价结果为A档的地区，市财政局在分配市对县转移支付时给予适当奖励，每个地区奖励200万元；"
        "对评价结果为C档的地区，由市财政局约谈其财政部门主要负责人。各地要对照评价发现的问题，"
        "举一反三，认真整改。"
    )
    doc.signature("蓥州市财政局", "2024年5月16日")
    fx.notes = (
        "A city grading its 县（市、区） (lower-government evaluation, batch type other, like a central A/B/C "
        "grading): each area is a project row named by the area, with its score and 档次. Grade keys are "
        "the bare letters as the table prints them (prose says 'A档'). Ranks and 200万元 rewards are not "
        "metrics; 2024 appears in the 文号 蓥财预〔2024〕37号 and the date only. region 蓥州市 (the city "
        "whose lower governments are graded, as publisher)."
    )
    fx.what = "a city grading its 县区: A/B/C 档 with score and rank, 文号 without letterhead, no 序号"
    return fx


# =============================================================================================== 08 鹭岩县 乡镇 scanned
F08_TOWNS = [
    ("城关街道", "95.5", "优秀"),
    ("东溪街道", "92.0", "优秀"),
    ("鹭洲镇", "88.5", "良好"),
    ("石门镇", "90.5", "优秀"),
    ("岩前镇", "84.0", "良好"),
    ("桃源乡", "79.5", "合格"),
    ("竹坑乡", "86.0", "良好"),
    ("溪口镇", "82.5", "良好"),
    ("大坪乡", "74.0", "合格"),
    ("龙潭镇", "87.5", "良好"),
    ("松岭乡", "58.5", "不合格"),
]


def f08_scanned_township_grading() -> Fixture8:
    doc = new_doc("鹭岩县财政局")
    scan = {"dpi": 150, "angles": [0.35, -0.25, 0.2], "colour": False, "noise": 6.0, "seed": 808,
            "seal": {"near": "鹭岩县财政局", "text": "鹭岩县财政局"}}  # fmt: skip
    fx = Fixture8("word8_08_scanned_township_grading", "", doc, region="鹭岩县", fiscal_year=2023, scan=scan)
    doc.footer("dash")
    doc.red_letterhead("鹭岩县财政局文件", "鹭财〔2024〕21号")
    fx.title = doc.title("关于2023年度乡镇（街道）预算绩效管理", "工作考核结果的通报")
    doc.line("各乡镇人民政府、街道办事处：", before=6)
    q = "对全县11个乡镇（街道）2023年度预算绩效管理工作进行了考核"
    doc.para(
        "为压实乡镇（街道）预算绩效管理主体责任，根据《鹭岩县乡镇（街道）预算绩效管理工作考核办法》，"
        f"县财政局{q}。考核采取日常考核与年终考核相结合的方式，重点考核绩效目标编报、运行监控、"
        "绩效自评、结果应用和信息公开等情况。"
    )
    fx.metric("lower_government_evaluations", "11", "个", q)
    g = counted([r[2] for r in F08_TOWNS], ["优秀", "良好", "合格", "不合格"])
    doc.para(
        "考核结果分为优秀、良好、合格、不合格四个等次。经考核，"
        + grade_phrase(g, "{g}等次{n}个", "，")
        + "。现将考核结果通报如下："
    )
    fx.batch("other", "乡镇（街道）预算绩效管理工作考核", projects=11, grades=g)
    rows = [["序号", "乡镇（街道）", "考核得分", "考核等次"]]
    for i, (name, score, grade) in enumerate(F08_TOWNS, 1):
        rows.append([str(i), name, score, grade])
        fx.project(name, None, grade, score, None, None, "other")
    doc.table(rows, [1.6, 5.0, 3.0, 3.0], size=12, align=list("clcc"))
    doc.para(
        "希望受到通报的优秀等次乡镇（街道）再接再厉；考核不合格的松岭乡要认真分析原因，于30日内向县财政局"
        "报送整改报告。考核结果将纳入年度乡镇（街道）综合考评。"
    )
    doc.signature("鹭岩县财政局", "2024年3月8日")
    fx.notes = (
        "A SCANNED 通报 (image-only PDF, 150 dpi, greyscale, slightly rotated, a seal over the signature): "
        "a county grading its 乡镇（街道） on budget-performance work; each 乡镇 is a project row of batch "
        "type other with its score and 等次. Gold checked on the PDF before rasterising. Grade words "
        "优秀/良好/合格/不合格 called 等次. 30日 and the 文号 鹭财〔2024〕21号 are not metrics."
    )
    fx.what = "SCANNED 通报 (no text layer): 乡镇（街道） grading 优秀/良好/合格/不合格 with scores, seal"
    return fx


# =============================================================================================== 09 漪陵市 政策
F09_POLICIES = [
    ("漪陵市促进制造业高质量发展扶持政策", "市经济和信息化局", "2.36亿元", "2.36", "亿元", "88.6", "良"),
    ("漪陵市高层次人才引进培养激励政策", "市委组织部", "8,650万元", "8650", "万元", "91.2", "优"),
    ("漪陵市城乡居民医疗救助政策", "市医疗保障局", "1.08亿元", "1.08", "亿元", "85.4", "良"),
    ("漪陵市农业保险保费补贴政策", "市农业农村局", "3,276.5万元", "3276.5", "万元", "72.8", "中"),
]


def f09_city_policy_notice() -> Fixture8:
    doc = new_doc("漪陵市财政局")
    fx = Fixture8("word8_09_city_policy_notice", "", doc, region="漪陵市", fiscal_year=2023)
    doc.footer("dash")
    fx.title = doc.title("漪陵市2023年度财政政策绩效评价结果公告")
    q = "选取4项市级财政政策开展绩效评价"
    doc.para(
        f"为提高财政政策的精准性和有效性，市财政局{q}，重点评价政策目标的合理性、政策资金的使用效率、"
        "政策执行的实际效果及可持续性，评价工作委托第三方机构实施。评价等级分为优（90分及以上）、"
        "良（80-89.9分）、中（60-79.9分）和差（60分以下）。现将评价结果公告如下："
    )
    fx.metric("policy_evaluations", "4", "个", q)
    numerals = "一二三四"
    for i, (name, dept, printed, _, unit, score, grade) in enumerate(F09_POLICIES):
        doc.heading(2, f"（{numerals[i]}）{name}")
        doc.para(
            f"该政策由{dept}牵头实施，2023年兑现政策资金{printed}。评价得分{score}分，评价等级为“{grade}”。"
            + (
                "政策兑现流程较为规范，但部分条款门槛设置偏低，政策激励效应递减。"
                if grade != "优"
                else "政策目标明确，兑现及时，对人才集聚的带动作用明显。"
            )
            + ("建议下一步对政策进行调整完善。" if grade == "中" else "")
        )
        fx.project(name, dept, grade, score, None, None, "other")
        fx.projects[-1]["amount"] = num(F09_POLICIES[i][3])
        fx.projects[-1]["amount_unit"] = unit
        fx.printed.append((f"policy {name} amount", printed))
    g = counted([r[6] for r in F09_POLICIES], ["优", "良", "中", "差"])
    doc.para(
        "总体看，4项政策中评价等级为"
        + grade_phrase({k: v for k, v in g.items() if v}, "“{g}”的{n}项", "、")
        + "。对评价等级为“中”的政策，市财政局已会同政策主管部门研究调整方案，并相应压减2025年预算规模。"
    )
    fx.batch("other", "财政政策绩效评价", projects=4, grades={k: v for k, v in g.items() if v})
    doc.signature("漪陵市财政局", "2024年7月12日")
    fx.notes = (
        "A city's 政策 evaluation notice, one policy per 楷体 heading with its amount, score and grade in prose "
        "(no table). Amounts mixed: '2.36亿元', '8,650万元' — each project keeps its own printed unit. "
        "Score bands in the legend (90分及以上, 80-89.9分) are not scores. batch type other (policy)."
    )
    fx.what = "政策 notice: one policy per heading, amounts mixed 亿元/万元 in prose, scores and grades in prose"
    return fx


# =============================================================================================== 10 澜屿区 landscape
F10_ROWS = [
    ("区级公立幼儿园运转补助经费", "区教育局", "1,286.40", "1,251.73", "95.3", "优秀", "—"),
    ("中小学智慧校园建设项目", "区教育局", "2,450.00", "2,037.82", "83.6", "良好", "部分设备验收滞后"),
    ("教师培训专项经费", "区教育局", "318.00", "302.15", "88.2", "良好", "培训效果跟踪不足"),
    ("社区卫生服务中心标准化建设", "区卫生健康局", "1,630.25", "1,598.00", "90.7", "优秀", "—"),
    ("家庭医生签约服务补助", "区卫生健康局", "562.80", "488.64", "78.5", "一般", "签约履约率偏低"),
    ("老旧小区加装电梯补助", "区住房和城乡建设局", "900.00", "612.40", "74.9", "一般", "资金使用率低"),
    ("背街小巷综合整治工程", "区住房和城乡建设局", "3,265.18", "3,190.06", "87.4", "良好", "—"),
    ("海塘安澜提标加固工程", "区农业农村和水利局", "4,820.00", "4,786.35", "92.1", "优秀", "—"),
    ("美丽乡村精品村创建奖补", "区农业农村和水利局", "1,200.00", "1,146.90", "86.0", "良好", "个别村管护缺位"),
    ("渔业资源增殖放流项目", "区农业农村和水利局", "185.60", "182.00", "89.3", "良好", "—"),
    ("公共自行车系统运营补贴", "区城市管理局", "468.00", "468.00", "81.7", "良好", "车辆完好率偏低"),
    ("环卫作业市场化服务经费", "区城市管理局", "5,932.47", "5,902.11", "90.2", "优秀", "—"),
    ("就业困难人员社保补贴", "区人力资源和社会保障局", "735.20", "706.48", "88.9", "良好", "—"),
    ("居家养老服务照料中心运营补助", "区民政局", "642.00", "579.30", "82.4", "良好", "服务人次未达标"),
    ("“雪亮工程”运维经费", "区公安分局", "1,058.36", "1,058.36", "91.8", "优秀", "—"),
    ("食品安全抽检经费", "区市场监督管理局", "246.50", "238.74", "87.1", "良好", "—"),
    ("应急广播体系建设项目", "区应急管理局", "380.00", "215.60", "68.3", "一般", "项目进度严重滞后"),
    ("全民健身公园建设项目", "区文化和旅游体育局", "2,160.00", "2,094.52", "85.5", "良好", "—"),
    ("海岛旅游公共服务设施提升工程", "区文化和旅游体育局", "1,480.00", "1,376.90", "80.6", "良好", "—"),
    ("区级政府投资项目代建管理费", "区发展和改革局", "420.00", "300.00", "59.2", "较差", "绩效目标缺失"),
    ("企业上市挂牌奖励资金", "区发展和改革局", "1,000.00", "1,000.00", "93.4", "优秀", "—"),
    ("农村客运公交化改造补贴", "区交通运输局", "876.30", "812.47", "84.8", "良好", "—"),
]


def f10_district_landscape_key() -> Fixture8:
    doc = new_doc("澜屿区财政局")
    fx = Fixture8("word8_10_district_landscape_key", "", doc, region="澜屿区", fiscal_year=2023)
    doc.footer("dash")
    fx.title = doc.title("澜屿区财政局关于2023年度区级项目支出", "重点绩效评价情况的报告")
    total = money(sum_amounts([r[2] for r in F10_ROWS]))
    q = f"对22个区级项目开展了财政重点绩效评价，涉及预算资金{total}万元"
    n_depts = str(len({r[1] for r in F10_ROWS}))
    doc.para(
        f"按照区政府工作部署，区财政局会同区审计局，委托3家第三方机构，{q}，覆盖教育、卫生健康、"
        f"城乡建设、农业农村、民生保障等{n_depts}个部门。"
    )
    fx.metric("key_evaluated_projects", "22", "个", q)
    fx.metric("key_evaluated_amount", total, "万元", q)
    fx.metric("key_evaluated_departments", n_depts, "个", f"等{n_depts}个部门")
    order = ["优秀", "良好", "一般", "较差"]
    g = counted([r[5] for r in F10_ROWS], order)
    shares = {k: money(D(v) * 100 / 22, 1, False) for k, v in g.items()}
    doc.para(
        "评价结果：" + "，".join(f"{k}{v}个、占{shares[k]}%" for k, v in g.items()) + "。"
        "评价发现的主要问题：一是部分项目预算编制不够精准，执行率偏低；二是个别项目绩效目标缺失或"
        "不可衡量；三是项目建成后的运营管护机制不健全。"
    )
    fx.batch("key", "财政重点绩效评价", projects=22, departments=int(n_depts), amount=total, unit="万元", grades=g,
             shares=shares)  # fmt: skip
    doc.para(
        "下一步，区财政局将把评价结果与2025年部门预算安排挂钩，对评价结果为一般、较差的项目按规定压减"
        "预算，并跟踪督促问题整改。各项目评价情况见附件。"
    )
    doc.signature("澜屿区财政局", "2024年10月9日")
    doc.landscape()
    doc.attachment_head("附件", "2023年度区级项目支出重点绩效评价结果明细表", new_page=False)
    doc.unit_line("单位：万元", size=11)
    rows = [["序号", "项目名称", "主管部门", "预算数", "执行数", "执行率", "评价得分", "评价结果", "主要问题"]]
    for i, (name, dept, budget, spent, score, grade, issue) in enumerate(F10_ROWS, 1):
        rate = f"{(D(spent.replace(',', '')) * 100 / D(budget.replace(',', ''))).quantize(D('0.01'))}%"
        rows.append([str(i), name, dept, budget, spent, rate, score, grade, issue])
        fx.project(name, dept, grade, score, budget, "万元", "key")
    doc.table(rows, [1.1, 6.4, 4.0, 2.2, 2.2, 1.8, 1.6, 1.6, 3.7], size=10.5, align=list("cllrrcccl"))
    fx.notes = (
        "A district's key-evaluation report with a LANDSCAPE appendix table after the signature, across two "
        "pages with a repeated header row. Project amount is the 预算数 (the evaluated budget, which the "
        "prose total sums), not the 执行数; a judgement call. Shares by count are printed per grade "
        "(grade_shares_pct). 执行率 is not a score. '3家第三方机构' is not a metric."
    )
    fx.what = "重点评价 report: landscape appendix across pages, 预算数/执行数/执行率, shares per grade, 主要问题"
    return fx


# ------------------------------------------------------------------------------------------------ main
def write_readme(out_dir: Path, fixtures: list[Fixture8], infos: dict[str, dict[str, Any]]) -> None:
    rows = []
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = "none (scan; 0 characters)" if fx.scan else "yes"
        rows.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {fx.what} |")
    text = f"""# word8: an eighth independent set of Word-exported reports (SYNTHETIC)

**SYNTHETIC.** Every region (鹭岩县, 蓥州市, 澜屿区, 苕阳县, 珂原省, 漪陵市 and the places under them), department,
project, person and figure in these documents is invented. Nothing here is a real bureau's data.

Author statement: written by the eighth fixture author, who did not read the parser, the scorer, the earlier Word
sets or their layouts (only the shared mechanics: tools/word_doc.py, find_soffice/check_fonts, and Doc3, convert3,
export_options, rasterise, read_pdf and number helpers of tools/make_word_fixtures_3.py), and did not run the
parser on these documents. The layouts and wording follow the genre: the real corpus's README, gold and texts, the
sample report, and bureau pages found with the `search` tool's `pages` corpus (a bond 公示 table 序号 | 项目单位 |
项目名称 | 发行金额（亿元） | 评价结果 | 备注, a department's 自评 report, county summaries). The set is meant to be
scored once, at first sight.

Made by `python tools/make_word_fixtures_8.py tests/fixtures/word8` (`make word-fixtures-8`): python-docx
documents exported to PDF by LibreOffice headless; the scanned report is the exported PDF rasterised (pypdfium2,
Pillow) to an image-only PDF.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
{chr(10).join(rows)}

## How the gold was checked

The gold (`<name>.json`, the real corpus's format plus `"synthetic": true`; `notes` gives every judgement call) is
written from the same data as the document, and the generator refuses to write it unless:

1. every title, region, quote, project name, department, grade, unit and grade key is in the docx text, and every
   number (metric values, amounts, scores, shares) is in its quote or, as printed, in the docx text;
2. the same strings and numbers are in the exported PDF's text layer as read by PDFium (pypdfium2) and by
   pdfplumber (whitespace, page numbers and running headers ignored), every page has CJK text and no `(cid:…)`,
   pdfplumber finds at least as many ruled tables as the document has, and each report has 2–5 pages;
3. for the scanned report, checks 1–2 are made on the PDF before it is rasterised, and the published PDF is
   checked to have no text layer at all.
"""
    (out_dir / "README.md").write_text(text, encoding="utf-8")


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
    with tempfile.TemporaryDirectory(prefix="jixiao-word8-") as tmp:
        work = Path(tmp)
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
        plain = [work / f"{fx.name}.docx" for fx in fixtures if not fx.scan]
        scans = [work / f"{fx.name}.docx" for fx in fixtures if fx.scan]
        convert3(soffice, plain, out_dir, export_options(fixtures[0]))
        convert3(soffice, scans, work / "scan", {})
        for fx in fixtures:
            pdf = (work / "scan" if fx.scan else out_dir) / f"{fx.name}.pdf"
            problems, info = check_pdf(pdf, fx)
            if fx.scan:
                pages = rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                n, chars = no_text_layer(out_dir / f"{fx.name}.pdf")
                if chars or n != pages:
                    problems.append(f"the scan has {chars} characters in its text layer over {n} pages")
                info = {**info, "pages": n, "scan_chars": chars}
            infos[fx.name] = info
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            (out_dir / f"{fx.name}.json").write_text(
                json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info.get('pages', '?')} pages, {info.get('tables', '?')} tables: {status}")
            failed = failed or bool(problems)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    if not args.only:
        write_readme(out_dir, fixtures, infos)
    return 1 if failed else 0


FIXTURES = [
    f01_county_annual,
    f02_city_key_notice,
    f03_district_overall_yuan,
    f04_county_review_notice,
    f05_province_dept_self,
    f06_city_bond_notice,
    f07_city_grades_counties,
    f08_scanned_township_grading,
    f09_city_policy_notice,
    f10_district_landscape_key,
]

if __name__ == "__main__":
    sys.exit(main())
