"""A thirteenth, independent set of Word-made fixtures (`word13_*`): budget-performance reports written as Word
documents (python-docx) and exported to PDF by LibreOffice headless, the way county, city and provincial bureaus
publish them.

Written by a thirteenth author from the genre (the real corpus's README and gold, the seed report, and bureau pages
of the `pages` corpus), without reading the parser, the scorer or the other sets' fixtures: the set is a
first-sight measurement. Nine reports are ordinary (an annual work summary, a 重点评价 通报 with its table across
pages, 部门整体 results in 元 under merged 主管部门 cells, a 抽查复核 通报 with two scores, a provincial department's
one-project 自评 with its indicator table, a special-bond 公示 in 亿元, a 政策 notice in prose, a county's 乡镇
grading and a city's grading of its 县区); one is a scanned 重点评价 report with a seal (no text layer).

Everything is SYNTHETIC: the regions (枫汀市, 荻湾区, 柘岭县, 芗浦县, 楸原县, 椴溪县, 棣江市, 岷澄省), the towns,
departments, units, projects, policies and every figure are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
title, quote, name, department and grade against the document's own text (docx); every number of a metric against
its quote and every project/unit score and amount against the text; then all of it against the exported PDF's text
layer by PDFium and by pdfplumber (for the scan: the PDF before it was rasterised, and the scan is confirmed to have
no text layer).

Reuses the 公文 builder (tools/word_doc.py), Doc3/convert3/rasterise and the number helpers of
tools/make_word_fixtures_3.py, find_soffice/check_fonts of tools/make_word_fixtures.py (tools/word_fonts.conf).

Usage: python tools/make_word_fixtures_13.py [OUT_DIR] [--only NAME ...] [--keep-docx]
       (default OUT_DIR tests/fixtures/word13)
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

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import Doc3, convert3, money, rasterise, yi
from word_doc import LEFT, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word13"
D = Decimal
SOURCE = "synthetic: tools/make_word_fixtures_13.py (a Word document exported to PDF by LibreOffice)"


def num(text: str) -> int | float:
    """A printed number as gold stores it: `1,094` → 1094, `12.60` → 12.6."""
    value = D(text.replace(",", ""))
    return int(value) if value == value.to_integral_value() and "." not in text else float(value)


# ------------------------------------------------------------------------------------------------ gold
@dataclass
class Fx:
    """One report: its document, its gold, and the printed strings the checks look for."""

    name: str
    what: str
    doc: Doc3
    title: str | None
    region: str | None
    fiscal_year: int | None
    notes: str
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # numbers as printed (scores, amounts) that must be in the text
    scan: dict[str, Any] | None = None

    def metric(self, metric: str, value: str, unit: str, quote: str) -> None:
        self.metrics.append({"metric": metric, "value": num(value), "unit": unit, "quote": quote})

    def batch(self, type_: str, label: str, count: int | None, depts: int | None = None, amount: str | None = None,
              unit: str | None = None, grades: dict[str, int] | None = None,
              shares: dict[str, float] | None = None) -> None:  # fmt: skip
        self.batches.append({"type": type_, "label_zh": label, "project_count": count, "department_count": depts,
                             "amount": num(amount) if amount else None, "amount_unit": unit, "grades": grades,
                             "grade_shares_pct": shares})  # fmt: skip
        if amount:
            self.printed.append(amount)

    def project(self, name: str, dept: str | None, grade: str | None, score: str | None, amount: str | None,
                unit: str | None, batch: str) -> None:  # fmt: skip
        self.projects.append({"seq": len(self.projects) + 1, "name": name, "department": dept, "grade": grade,
                              "score": num(score) if score else None, "amount": num(amount) if amount else None,
                              "amount_unit": unit if amount else None, "batch_type": batch})  # fmt: skip
        self.printed += [s for s in (score, amount) if s]

    def unit(self, unit: str, parent: str | None, grade: str | None, score: str | None) -> None:
        self.units.append({"unit": unit, "parent_department": parent, "grade": grade,
                           "score": num(score) if score else None})  # fmt: skip
        if score:
            self.printed.append(score)

    def gold(self) -> dict[str, Any]:
        return {"source_url": SOURCE, "synthetic": True, "title": self.title, "region": self.region,
                "fiscal_year": self.fiscal_year, "headline_metrics": self.metrics,
                "evaluation_batches": self.batches, "projects": self.projects,
                "department_evaluations": self.units, "notes": "SYNTHETIC (invented region, departments, projects "
                "and figures). " + self.notes}  # fmt: skip

    def strings(self) -> list[tuple[str, str]]:
        out = [("title", self.title)] if self.title else []
        out += [("quote", m["quote"]) for m in self.metrics]
        for p in self.projects:
            out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
        for u in self.units:
            out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
        for b in self.batches:
            out += [("grade key", g) for g in (b["grades"] or {})]
        return out + [("number", s) for s in self.printed]


def new_doc(author: str) -> Doc3:
    doc = Doc3(author)
    doc.footer("dash")
    return doc


def counts(grades: list[str], order: list[str]) -> dict[str, int]:
    c = Counter(grades)
    return {g: c[g] for g in order}


# ============================================================================ 01 柘岭县 annual work summary
ZL_KEY = [
    ("县域义务教育学校标准化建设项目", "柘岭县教育局", "3862.50", "91.5", "优"),
    ("农村饮水安全巩固提升工程", "柘岭县水利局", "2975.18", "86.2", "良"),
    ("高标准农田建设项目", "柘岭县农业农村局", "4618.00", "88.7", "良"),
    ("城区道路提升改造工程", "柘岭县住房和城乡建设局", "3520.40", "78.4", "中"),
    ("县域医共体能力建设补助资金", "柘岭县卫生健康局", "1986.62", "90.6", "优"),
    ("困难群众救助补助资金", "柘岭县民政局", "1673.25", "85.0", "良"),
    ("公共文化服务体系建设资金", "柘岭县文化广电旅游体育局", "568.00", "82.3", "良"),
    ("农村公路养护工程", "柘岭县交通运输局", "1240.35", "87.9", "良"),
    ("城乡环境卫生保洁服务项目", "柘岭县城市管理局", "1042.00", "74.6", "中"),
]


def f01_annual_summary() -> Fx:
    doc = new_doc("柘岭县财政局")
    title = doc.title("柘岭县2023年度预算绩效管理工作情况")
    total = money(sum((D(r[2]) for r in ZL_KEY), D(0)), sep=False)
    g = counts([r[4] for r in ZL_KEY], ["优", "良", "中", "差"])
    doc.para("2023年，县财政局坚持以提高财政资金使用效益为核心，围绕“事前评估、目标管理、运行监控、绩效评价、"
             "结果应用”五个环节，推动预算绩效管理向纵深发展。现将全年工作情况报告如下。")  # fmt: skip
    doc.heading(1, "一、绩效目标管理")
    doc.para("2024年部门预算编制中，县财政局会同各主管部门审核项目绩效目标1386个，涉及资金18.62亿元，对指标"
             "不细化、不量化的78个项目退回修改，绩效目标编报实现部门预算项目全覆盖。")  # fmt: skip
    doc.heading(1, "二、绩效运行监控")
    q_mon = "对全县1279个项目开展1—7月绩效运行监控"
    doc.para(f"依托预算管理一体化系统，{q_mon}，涉及资金16.84亿元。对执行进度滞后、偏离绩效目标的43个项目"
             "发出预警，督促相关单位及时纠偏。")  # fmt: skip
    doc.heading(1, "三、绩效自评和抽查复核")
    q_self = "对2022年度实施的1246个项目开展绩效自评，涉及资金152306.47万元"
    doc.para(f"组织全县86个预算单位{q_self}。自评结果为“优”的1024个，“良”的176个，“中”的38个，"
             "“差”的8个。")  # fmt: skip
    q_samp = "抽取126个项目开展自评抽查复核，抽查比例10.1%"
    doc.para(f"在单位自评基础上，县财政局按照“随机抽取+重点选取”相结合的方式，{q_samp}。从复核情况看，部分单位"
             "存在自评打分偏高、佐证资料不全等问题，已逐一反馈整改。")  # fmt: skip
    doc.heading(1, "四、财政重点绩效评价")
    q_key = f"对9个项目开展财政重点绩效评价，涉及资金{total}万元"
    doc.para(f"县财政局委托第三方机构{q_key}。从评价结果看，评价等级为“优”的项目{g['优']}个，“良”的项目{g['良']}个，"
             f"“中”的项目{g['中']}个，无“差”等级项目。具体情况如下：")  # fmt: skip
    rows: list[list[str | None]] = [["序号", "项目名称", "主管部门", "资金金额（万元）", "评价得分", "评价等级"]]
    rows += [[str(i), r[0], r[1], r[2], r[3], r[4]] for i, r in enumerate(ZL_KEY, 1)]
    doc.table(rows, [1.2, 5.2, 4.0, 2.4, 1.4, 1.4], align=["c", "l", "l", "r", "c", "c"], size=11, cant_split=True)
    doc.heading(1, "五、评价结果应用")
    doc.para("县财政局将重点评价结果作为2024年预算安排的重要依据，对评价等级为“中”的2个项目压减预算安排"
             "372.80万元；对发现的问题，督促主管部门在30日内完成整改并报送整改情况。")  # fmt: skip
    doc.heading(1, "六、下一步工作打算")
    doc.para("下一步，县财政局将扩大事前绩效评估覆盖面，推进部门整体支出绩效评价，提升第三方机构执业质量，"
             "进一步压实部门绩效主体责任。")  # fmt: skip
    doc.signature("柘岭县财政局", "2024年3月28日")
    fx = Fx("word13_zheling_annual", "county annual work summary: 目标/监控/自评 with counts/抽查 ratio/重点评价 table "
            "(no 合计), explicit zero 差", doc, title, "柘岭县", 2023,
            "fiscal_year 2023 from the title (the round of work); the self-evaluation covers 2022年度 spending "
            "(stated), monitoring and key evaluation 2023. The 1386 targets and 18.62亿元 belong to the 2024 "
            "budget (target review, no metric name); 16.84亿元 is the monitored amount (no metric name). "
            "Self-evaluation grades are stated counts; key grades are stated in prose (差 explicitly 0: '无“差”等级"
            "项目'). The sampling batch has no grade distribution. 372.80万元 is a budget cut, not an evaluated "
            "amount. The self batch's department_count 86 counts 预算单位 (the text's word).")  # fmt: skip
    fx.metric("monitored_projects", "1279", "个", q_mon)
    fx.metric("self_evaluated_projects", "1246", "个", "对2022年度实施的1246个项目开展绩效自评")
    fx.metric("self_evaluated_amount", "152306.47", "万元", "涉及资金152306.47万元")
    fx.metric("sampled_projects", "126", "个", "抽取126个项目开展自评抽查复核")
    fx.metric("sampling_ratio", "10.1", "%", "抽查比例10.1%")
    fx.metric("key_evaluated_projects", "9", "个", "对9个项目开展财政重点绩效评价")
    fx.metric("key_evaluated_amount", total, "万元", f"涉及资金{total}万元")
    fx.batch("self", "绩效自评", 1246, 86, "152306.47", "万元", {"优": 1024, "良": 176, "中": 38, "差": 8})
    fx.batch("sampling", "自评抽查复核", 126)
    fx.batch("key", "财政重点绩效评价", 9, None, total, "万元", g)
    for r in ZL_KEY:
        fx.project(r[0], r[1], r[4], r[3], r[2], "万元", "key")
    return fx


# ============================================================================ 02 枫汀市 重点评价 通报 (across pages)
FT_KEY = [
    ("市区公办幼儿园扩容工程", "市教育局", "2386.40", "88.5", ""),
    ("中小学校智慧校园建设项目", "市教育局", "1520.00", "91.2", "委托第三方"),
    ("城乡居民基本医疗保险市级补助资金", "市医疗保障局", "4862.75", "92.6", ""),
    ("公立医院高质量发展专项资金", "市卫生健康委员会", "3100.00", "84.1", "委托第三方"),
    ("城市更新老旧街区改造项目", "市住房和城乡建设局", "3675.28", "76.8", "跨年度项目"),
    ("市区公交运营补贴", "市交通运输局", "2950.00", "81.9", ""),
    ("工业企业技术改造奖补资金", "市经济和信息化局", "2200.00", "86.4", "委托第三方"),
    ("科技创新券兑付资金", "市科学技术局", "680.00", "72.5", ""),
    ("现代农业产业园建设补助", "市农业农村局", "1845.60", "89.3", ""),
    ("河湖长制工作经费及水环境治理项目", "市水利局", "1268.90", "83.7", ""),
    ("就业创业扶持资金", "市人力资源和社会保障局", "1530.00", "90.4", "委托第三方"),
    ("养老服务体系建设补助", "市民政局", "1126.35", "87.6", ""),
    ("全域旅游宣传推广经费", "市文化广电旅游局", "560.00", "58.5", ""),
    ("城市道路照明设施维护", "市城市管理局", "846.20", "80.6", ""),
    ("森林防火能力提升项目", "市林业局", "725.00", "85.2", ""),
    ("智慧城市大脑运维项目", "市大数据管理局", "1680.00", "74.3", "跨年度项目"),
    ("退役军人优抚补助资金", "市退役军人事务局", "938.52", "93.0", ""),
    ("市场监管执法装备购置", "市市场监督管理局", "415.00", "79.4", ""),
]


def ft_grade(score: str) -> str:
    s = D(score)
    return "优秀" if s >= 90 else "良好" if s >= 80 else "中等" if s >= 60 else "差"


def f02_key_notice() -> Fx:
    doc = new_doc("枫汀市财政局")
    doc.red_letterhead("枫汀市财政局文件", "枫财绩〔2024〕9号")
    title = doc.title("枫汀市财政局关于2023年度市级财政", "重点绩效评价结果的通报")
    grades = [ft_grade(r[3]) for r in FT_KEY]
    g = counts(grades, ["优秀", "良好", "中等", "差"])
    total = sum((D(r[2]) for r in FT_KEY), D(0))
    amount_yi = money(yi(total), sep=False)
    doc.line("市级各部门、各单位：")
    doc.para("为进一步提高财政资金使用效益，根据《枫汀市市级财政支出绩效评价管理办法》有关规定，市财政局组织开展了"
             "2023年度市级财政重点绩效评价工作。现将评价结果通报如下：")  # fmt: skip
    doc.heading(1, "评价基本情况", numbered=True)
    q_key = f"选取18个项目开展重点绩效评价，涉及财政资金{amount_yi}亿元"
    doc.para(f"本次评价围绕民生保障、产业发展、城市建设等重点领域，{q_key}，涉及17个市级部门。评价采取部门"
             "自评与财政评价相结合的方式，其中5个项目委托第三方机构实施。")  # fmt: skip
    doc.para("评价指标体系由决策、过程、产出、效益四类一级指标构成，满分100分。评价结果分为四个等级：90分（含）以上为"
             "“优秀”，80分（含）至90分为“良好”，60分（含）至80分为“中等”，60分以下为“差”。")  # fmt: skip
    doc.para("评价过程中，评价组共调阅项目资料2100余份，实地查看项目现场46处，开展问卷调查1350份，与项目单位座谈"
             "交流32次，对评价发现的问题逐一与部门进行了沟通确认。")  # fmt: skip
    doc.heading(1, "评价结果", numbered=True)
    q_g = f"评价结果为“优秀”的{g['优秀']}个，“良好”的{g['良好']}个，“中等”的{g['中等']}个，“差”的{g['差']}个"
    doc.para(f"18个项目中，{q_g}。评价结果详见下表。")
    doc.unit_line("金额单位：万元", size=11)
    rows: list[list[str | None]] = [["序号", "项目名称", "主管部门", "项目金额", "评价得分", "评价结果", "备注"]]
    for i, (r, gr) in enumerate(zip(FT_KEY, grades, strict=True), 1):
        rows.append([str(i), r[0], r[1], r[2], r[3], gr, r[4] or None])
    doc.table(
        rows, [1.0, 4.6, 3.2, 1.9, 1.4, 1.5, 2.0], align=["c", "l", "l", "r", "c", "c", "c"], size=11, cant_split=True
    )
    doc.heading(1, "存在的主要问题", numbered=True)
    for text in (
        "（一）绩效目标设置不够科学。部分项目绩效指标以工作量代替效果，量化指标偏少，难以衡量资金实际效益。",
        "（二）预算执行进度偏慢。个别项目因前期工作准备不足，资金支付进度明显滞后于序时进度。",
        "（三）项目管理不够规范。部分项目存在合同管理不严、验收资料缺失、资产登记不及时等问题。",
    ):
        doc.para(text)
    doc.heading(1, "有关要求", numbered=True)
    doc.para("各部门要对照评价报告反映的问题，于2024年6月30日前完成整改，并将整改情况书面报送市财政局。市财政局将"
             "把评价结果作为2025年预算安排和政策调整的重要依据，对评价结果为“中等”及以下的项目，"
             "原则上压减预算。")  # fmt: skip
    doc.signature("枫汀市财政局", "2024年4月16日")
    fx = Fx("word13_fengting_key", "city 重点评价 通报 with red letterhead, 18-row table across pages (备注 column, "
            "grades 优秀/良好/中等/差), amount 亿元 in prose and 万元 in the table", doc, title, "枫汀市", 2023,
            "Region 枫汀市 (市级 evaluation; the text says 市级 but never '枫汀市本级'). key_evaluated_amount is the "
            "prose's rounded 亿元 figure; the table's amounts are 万元 (unit only in '金额单位：万元' above it). "
            "'涉及17个市级部门' gives key_evaluated_departments. Grade counts stated in prose; 备注 values "
            "('委托第三方', '跨年度项目') are not grades. The 文号 year 2024 is the publication year.")  # fmt: skip
    fx.metric("key_evaluated_projects", "18", "个", "选取18个项目开展重点绩效评价")
    fx.metric("key_evaluated_amount", amount_yi, "亿元", f"涉及财政资金{amount_yi}亿元")
    fx.metric("key_evaluated_departments", "17", "个", "涉及17个市级部门")
    fx.batch("key", "重点绩效评价", 18, 17, amount_yi, "亿元", g)
    for r, gr in zip(FT_KEY, grades, strict=True):
        fx.project(r[0], r[1], gr, r[3], r[2], "万元", "key")
    return fx


# ============================================================================ 03 荻湾区 部门整体 in 元
DW_UNITS = [
    ("区教育局", "荻湾区实验小学", "12,486,320.45", "92.1", "优"),
    ("区教育局", "荻湾区第二中学", "18,932,516.80", "88.4", "良"),
    ("区卫生健康局", "荻湾区人民医院", "86,415,200.00", "90.3", "优"),
    ("区卫生健康局", "荻湾区疾病预防控制中心", "9,762,418.36", "85.7", "良"),
    ("区城市管理局", "荻湾区环境卫生管理所", "23,518,964.12", "79.2", "中"),
    ("区农业农村局", "荻湾区农业技术推广中心", "4,326,870.00", "91.0", "优"),
    ("区农业农村局", "荻湾区动物疫病预防控制中心", "3,128,455.60", "83.6", "良"),
]


def f03_department_overall() -> Fx:
    doc = new_doc("荻湾区财政局")
    title = doc.title("荻湾区2023年度部门整体支出绩效评价结果")
    total = money(sum((D(r[2].replace(",", "")) for r in DW_UNITS), D(0)))
    g = counts([r[4] for r in DW_UNITS], ["优", "良", "中", "差"])
    q_n = "4个主管部门所属7家单位开展部门整体支出绩效评价"
    q_amt = f"涉及年度预算资金{total}元"
    doc.para(f"根据区政府关于全面实施预算绩效管理的工作部署，2023年，区财政局对区教育局、区卫生健康局、区城市管理局、"
             f"区农业农村局{q_n}，{q_amt}。评价从部门决策、过程管理、履职产出和履职效益四个方面设置指标，"
             "采用现场核查与资料审核相结合的方式进行。")  # fmt: skip
    doc.heading(1, "一、评价结果")
    doc.para(f"经评价，评价等次为“优”的{g['优']}家，“良”的{g['良']}家，“中”的{g['中']}家，无“差”等次单位。"
             "具体结果如下：")  # fmt: skip
    doc.unit_line("单位：元", size=11)
    rows: list[list[str | None]] = [["序号", "主管部门", "被评价单位", "年度预算数", "评价得分", "评价等次"]]
    last = None
    for i, (parent, unit, amount, score, grade) in enumerate(DW_UNITS, 1):
        rows.append([str(i), parent if parent != last else UP, unit, amount, score, grade])
        last = parent
    rows.append(["合计", LEFT, LEFT, total, None, None])
    doc.table(rows, [1.2, 3.0, 5.0, 3.2, 1.6, 1.6], align=["c", "c", "l", "r", "c", "c"], size=11, cant_split=True)
    doc.style_last_table(bold_rows=(len(rows) - 1,))
    doc.heading(1, "二、主要问题")
    doc.para("评价发现，部分单位部门整体绩效目标与年度工作计划衔接不够，指标多为定性表述；个别单位预算调整频繁，"
             "年末结转结余资金偏高；资产管理和政府采购内控制度执行不到位。")  # fmt: skip
    doc.heading(1, "三、结果运用")
    doc.para("评价结果已反馈各主管部门，并作为2025年部门预算编制的重要参考。对评价等次为“中”的单位，区财政局将"
             "在下一年度预算中从严核定公用经费和项目支出。")  # fmt: skip
    doc.signature("荻湾区财政局", "2024年5月10日")
    fx = Fx("word13_diwan_department", "district 部门整体 results: units under vertically merged 主管部门 cells, "
            "元 with thousands separators, 合计 row, 等次 column", doc, title, "荻湾区", 2023,
            "Region 荻湾区 from the title. Evaluated units are recorded in department_evaluations with "
            "parent_department from the vertically merged 主管部门 cell (short forms like '区教育局' as printed). "
            "department_count 4 = the 主管部门 named in the prose. Grade counts stated in prose (no 差: "
            "'无“差”等次单位' is an explicit zero).")  # fmt: skip
    fx.metric("department_overall_evaluations", "7", "家", q_n)
    fx.metric("department_overall_amount", total, "元", q_amt)
    fx.batch("department_overall", "部门整体支出绩效评价", 7, 4, total, "元", g)
    for parent, unit, _amount, score, grade in DW_UNITS:
        fx.unit(unit, parent, grade, score)
    return fx


# ============================================================================ 04 芗浦县 抽查复核 通报 (two scores)
XP_REVIEW = [
    ("芗浦县教育局", "学前教育保教费补助", "86.0", "84.5", "良"),
    ("芗浦县教育局", "校舍维修改造工程", "95.0", "82.0", "良"),
    ("芗浦县卫生健康局", "家庭医生签约服务补助", "92.5", "91.0", "优"),
    ("芗浦县农业农村局", "耕地地力保护补贴", "98.0", "93.5", "优"),
    ("芗浦县农业农村局", "农村集体经济发展扶持资金", "94.0", "76.0", "中"),
    ("芗浦县水利局", "小型水库除险加固工程", "90.0", "88.5", "良"),
    ("芗浦县交通运输局", "农村客运公交化改造补贴", "96.0", "79.5", "中"),
    ("芗浦县民政局", "城乡低保资金", "97.5", "95.0", "优"),
    ("芗浦县住房和城乡建设局", "农村危房改造补助", "93.0", "86.0", "良"),
    ("芗浦县自然资源和规划局", "国土空间规划编制经费", "91.0", "72.5", "中"),
    ("芗浦县商务局", "县域电商公共服务中心运营经费", "88.0", "57.0", "差"),
    ("芗浦县人力资源和社会保障局", "职业技能培训补贴", "94.5", "90.5", "优"),
    ("芗浦县文化广电体育和旅游局", "送戏下乡惠民演出经费", "89.0", "85.0", "良"),
    ("芗浦县应急管理局", "基层应急救援队伍建设经费", "95.5", "83.0", "良"),
    ("芗浦县市场监督管理局", "食品安全抽检经费", "90.5", "78.0", "中"),
]


def f04_review_notice() -> Fx:
    doc = new_doc("芗浦县财政局")
    doc.doc_number("芗财绩〔2024〕5号", align="right")
    title = doc.title("芗浦县财政局关于2023年度项目支出", "绩效自评抽查复核结果的通报")
    g = counts([r[4] for r in XP_REVIEW], ["优", "良", "中", "差"])
    gap = sum(1 for r in XP_REVIEW if D(r[2]) - D(r[3]) >= 10)
    doc.line("各乡镇人民政府，县级各部门、各单位：")
    q_self = "62个预算部门（单位）共对1,094个项目开展了绩效自评，涉及资金86,215.37万元"
    doc.para(f"按照县委、县政府全面实施预算绩效管理的要求，各部门（单位）对2023年度项目支出开展了绩效自评。全县{q_self}。"
             "为检验自评质量，县财政局组织开展了自评抽查复核工作，现将有关情况通报如下。")  # fmt: skip
    doc.heading(1, "一、复核范围和方式")
    q_s = "选取15个项目进行抽查复核，涉及资金9,386.27万元"
    n_dept = len({r[0] for r in XP_REVIEW})
    doc.para(f"县财政局综合考虑资金规模、社会关注度和以前年度评价情况，从自评项目中{q_s}，覆盖{n_dept}个县级部门。复核"
             "采取资料审核、现场查看、走访受益对象等方式，对照项目绩效目标逐项核实自评得分。")  # fmt: skip
    doc.heading(1, "二、复核结果")
    q_g = f"复核结果为“优”的{g['优']}个、“良”的{g['良']}个、“中”的{g['中']}个、“差”的{g['差']}个"
    doc.para(f"从复核情况看，{q_g}。自评得分与复核得分相差10分以上的项目有{gap}个，个别项目自评得分明显偏高，"
             "自评质量有待提高。各项目复核情况见下表。")  # fmt: skip
    rows: list[list[str | None]] = [["序号", "主管部门", "项目名称", "单位自评得分", "财政复核得分", "复核等级"]]
    rows += [[str(i), r[0], r[1], r[2], r[3], r[4]] for i, r in enumerate(XP_REVIEW, 1)]
    doc.table(rows, [1.1, 4.2, 5.0, 1.8, 1.8, 1.7], align=["c", "l", "l", "c", "c", "c"], size=11, cant_split=True)
    doc.heading(1, "三、发现的主要问题")
    doc.para("一是部分单位对自评工作重视不够，自评报告内容空泛，佐证材料不充分；二是绩效指标完成值填报不实，存在以"
             "计划数代替实际完成数的情况；三是自评发现的问题未提出整改措施，结果应用不到位。")  # fmt: skip
    doc.heading(1, "四、工作要求")
    doc.para("各部门（单位）要针对复核发现的问题认真整改，复核结果为“中”和“差”的项目单位，须于2024年7月15日前将"
             "整改报告报县财政局。复核结果将纳入年度部门预算绩效管理工作考核。")  # fmt: skip
    doc.signature("芗浦县财政局", "2024年6月12日")
    fx = Fx("word13_xiangpu_review", "county 抽查复核 通报: 文号 without letterhead, two scores per project "
            "(单位自评得分 and 财政复核得分), counts stated with 、", doc, title, "芗浦县", 2023,
            "The result of each reviewed project is the 财政复核得分 and 复核等级; the 单位自评得分 column is not "
            "the result (gold score = the review score). Departments from the 主管部门 column. "
            "sampled_departments 13 from the prose (覆盖13个县级部门; the 15 rows name 13 主管部门). "
            "The self-evaluation round (1,094 projects, 62 "
            "departments, 86,215.37万元) is a separate batch without grades. '相差10分以上的项目有N个' is not a grade "
            "count.")  # fmt: skip
    fx.metric("self_evaluated_projects", "1,094", "个", "共对1,094个项目开展了绩效自评")
    fx.metric("self_evaluated_amount", "86,215.37", "万元", "涉及资金86,215.37万元")
    fx.metric("sampled_projects", "15", "个", "选取15个项目进行抽查复核")
    fx.metric("sampled_amount", "9,386.27", "万元", "涉及资金9,386.27万元")
    fx.metric("sampled_departments", str(n_dept), "个", f"覆盖{n_dept}个县级部门")
    fx.batch("self", "绩效自评", 1094, 62, "86,215.37", "万元")
    fx.batch("sampling", "自评抽查复核", 15, n_dept, "9,386.27", "万元", g)
    for r in XP_REVIEW:
        fx.project(r[1], r[0], r[4], r[3], None, None, "sampling")
    return fx


# ============================================================================ 05 岷澄省 林草局 one-project 自评
MC_INDICATORS = [
    ("预算执行", "预算执行率", "预算执行率", "≥95%", "98.14%", "10", "10"),
    ("产出指标", "数量指标", "补偿公益林面积", "1,286万亩", "1,286万亩", "15", "15"),
    (UP, UP, "聘用生态护林员人数", "3,200人", "3,146人", "10", "9.2"),
    (UP, "质量指标", "管护责任落实率", "100%", "100%", "10", "10"),
    (UP, "时效指标", "资金拨付及时率", "≥90%", "86.5%", "5", "3.5"),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥63.2%", "63.5%", "15", "15"),
    (UP, "社会效益指标", "带动护林员增收", "有效带动", "有效带动", "10", "9"),
    (UP, "可持续影响指标", "管护机制长效运行", "长期", "长期", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "87.3%", "15", "12.5"),
]


def f05_provincial_self() -> Fx:
    doc = Doc3("岷澄省林业和草原局")
    doc.header("岷澄省林业和草原局", align="right")
    doc.footer("page_of", size=10.5)
    project = "森林生态效益补偿资金"
    title = doc.title("岷澄省林业和草原局2023年度", "森林生态效益补偿资金项目绩效自评报告", size=20)
    total = sum((D(r[6]) for r in MC_INDICATORS), D(0))
    score = f"{total}"
    doc.heading(1, "一、项目基本情况")
    doc.para(f"项目名称：{project}。主管部门：岷澄省林业和草原局。实施单位：各市县林业主管部门及国有林场。")
    q_amt = "2023年省级财政安排森林生态效益补偿资金18,560.00万元"
    doc.para(f"{q_amt}，实际支出18,214.36万元，预算执行率98.14%。资金主要用于省级以上公益林管护补助、生态护林员"
             "劳务报酬和公益林监测管理。")  # fmt: skip
    doc.heading(1, "二、绩效目标完成情况")
    doc.para("项目年度绩效目标为：全面落实1,286万亩省级以上公益林管护责任，带动生态护林员稳定增收，保持森林覆盖率"
             "稳中有升。各项指标完成情况如下表。")  # fmt: skip
    doc.caption("2023年度项目绩效指标完成情况表", size=12)
    rows: list[list[str | None]] = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    rows += [list(r) for r in MC_INDICATORS]
    rows.append(["合计", LEFT, LEFT, LEFT, LEFT, "100", score])
    doc.table(
        rows, [1.8, 2.6, 3.6, 2.3, 2.3, 1.5, 1.5], align=["c", "c", "l", "c", "c", "c", "c"], size=10.5, cant_split=True
    )
    doc.heading(1, "三、自评结论")
    q_score = f"该项目自评得分{score}分，自评等级为“优”"
    doc.para(f"经综合评价，{q_score}。项目资金管理规范，公益林管护责任全面落实，生态效益持续显现。扣分主要原因："
             "一是部分市县资金拨付不及时，拨付及时率未达目标；二是生态护林员因年龄、健康原因减员54人，未及时补充；"
             "三是林农对补偿标准的满意度仍有提升空间。")  # fmt: skip
    doc.heading(1, "四、存在问题及改进措施")
    doc.para("下一步，我局将督促各地加快资金拨付进度，建立生态护林员动态补员机制，并配合省财政厅研究提高补偿标准的"
             "可行性，进一步提升资金使用效益。")  # fmt: skip
    doc.signature("岷澄省林业和草原局", "2024年4月8日")
    fx = Fx("word13_mincheng_forestry_self", "provincial department's one-project 自评 report: running header, 第N页 "
            "共M页 footer, score and grade in prose, indicator table with merged 一级/二级 cells and a 合计 row", doc,
            title, "岷澄省", 2023,
            "One project evaluated by its own department (自评): the project name is the '项目名称：' value; its "
            "amount is the budget arranged (18,560.00万元), not the actual spending (18,214.36万元). The 合计 row of "
            "the indicator table repeats the score (94.2); indicator 得分 values are not project scores. No headline "
            "metric is stated (no count of projects); the batch is the one project. Region 岷澄省 (province, "
            "from the department's name).")  # fmt: skip
    fx.batch("self", "项目绩效自评", 1, 1, "18,560.00", "万元")
    fx.project(project, "岷澄省林业和草原局", "优", score, "18,560.00", "万元", "self")
    fx.metrics = []
    fx.printed.append(q_score)
    return fx


# ============================================================================ 06 棣江市 专项债券 公示 (亿元)
DJ_BONDS = [
    ("城北片区棚户区改造项目", "市城市建设服务中心", "市住房和城乡建设局", "2.40", "91.2", "优"),
    ("高新区智能制造产业园标准厂房项目", "高新区建设发展中心", "高新区管委会", "1.85", "88.6", "良"),
    ("市第一人民医院新院区建设工程", "市第一人民医院", "市卫生健康委员会", "2.10", "92.5", "优"),
    ("城市污水处理厂扩建及管网配套工程", "市排水管理处", "市城市管理局", "1.20", "90.4", "优"),
    ("冷链物流集散中心建设项目", "市农产品流通服务中心", "市商务局", "0.95", "84.3", "良"),
    ("职业教育实训基地建设项目", "市职业技术学校", "市教育局", "0.80", "93.1", "优"),
    ("东部新城综合管廊一期工程", "市市政工程建设中心", "市住房和城乡建设局", "2.30", "87.0", "良"),
    ("城乡供水一体化提升工程", "市水务发展中心", "市水利局", "1.00", "90.8", "优"),
]


def f06_bond_notice() -> Fx:
    doc = new_doc("棣江市财政局")
    title = doc.title("棣江市2023年度新增地方政府专项债券", "项目绩效评价结果公示")
    total = money(sum((D(r[3]) for r in DJ_BONDS), D(0)), sep=False)
    g = counts([r[5] for r in DJ_BONDS], ["优", "良", "中", "差"])
    q_b = f"2023年，我市共使用新增专项债券资金{total}亿元，支持8个项目建设"
    doc.para(f"根据财政部《地方政府专项债券项目资金绩效管理办法》和省财政厅有关工作要求，{q_b}。市财政局委托第三方"
             "机构对上述项目开展了绩效评价，评价内容包括项目决策、资金管理、项目实施和项目效益等方面。")  # fmt: skip
    doc.para(f"评价结果为“优”的项目{g['优']}个，“良”的项目{g['良']}个。现将评价结果予以公示（见下表）。")
    rows: list[list[str | None]] = [["序号", "项目名称", "项目单位", "主管部门", "债券金额（亿元）", "评价得分",
                                     "评价结果"]]  # fmt: skip
    rows += [[str(i), *r] for i, r in enumerate(DJ_BONDS, 1)]
    rows.append(["合计", LEFT, LEFT, LEFT, total, None, None])
    doc.table(
        rows, [1.0, 4.0, 3.0, 2.8, 1.8, 1.5, 1.5], align=["c", "l", "l", "l", "c", "c", "c"], size=10.5, cant_split=True
    )
    doc.para("公示期为2024年7月1日至7月5日（5个工作日）。公示期内如有异议，请以书面形式向市财政局债务管理科反映。")
    doc.para("联系电话：0739-6218843", indent=True)
    doc.signature("棣江市财政局", "2024年7月1日")
    fx = Fx("word13_dijiang_bond", "city special-bond 公示: amounts only in a 亿元 header, 项目单位 and 主管部门 "
            "columns, 合计 row, phone number and 公示期 noise", doc, title, "棣江市", 2023,
            "Bond year 2023 from the title. projects[].department is the 主管部门 column, not the 项目单位 column. "
            "The evaluation was done by a third party commissioned by the finance bureau (batch type key). Amounts "
            "in 亿元 (unit only in the header '债券金额（亿元）'). Grade counts stated in prose. Dates in 2024 are "
            "the 公示 period; the phone number is not a figure.")  # fmt: skip
    fx.metric("bond_amount", total, "亿元", f"新增专项债券资金{total}亿元")
    fx.metric("bond_projects", "8", "个", "支持8个项目建设")
    fx.batch("key", "专项债券项目绩效评价", 8, None, total, "亿元", {"优": g["优"], "良": g["良"]})
    for name, _unit, dept, amount, score, grade in DJ_BONDS:
        fx.project(name, dept, grade, score, amount, "亿元", "key")
    return fx


# ============================================================================ 07 楸原县 政策 evaluation notice (prose)
QY_POLICIES = [
    ("楸原县促进农业产业化龙头企业发展扶持政策", "楸原县农业农村局", "4,268.50", "84.6", "良"),
    ("楸原县城乡居民医疗救助政策", "楸原县医疗保障局", "2,936.18", "88.2", "良"),
    ("楸原县招商引资项目奖励政策", "楸原县商务局", "1,850.00", "71.5", "中"),
]


def f07_policy_notice() -> Fx:
    doc = new_doc("楸原县财政局")
    title = doc.title("楸原县财政局关于2023年度财政政策", "绩效评价结果的公告")
    g = counts([p[4] for p in QY_POLICIES], ["良", "中"])
    q_n = "对3项财政政策开展了绩效评价"
    doc.para(f"为推动财政政策提质增效，县财政局按照“谁制定、谁负责”的原则，会同有关部门{q_n}，重点评价政策目标"
             f"实现程度、资金使用效益和受益对象满意度。评价结果为“良”的{g['良']}项，“中”的{g['中']}项。现将"
             "评价结果公告如下：")  # fmt: skip
    labels = ["一", "二", "三"]
    for i, (name, dept, amount, score, grade) in enumerate(QY_POLICIES):
        doc.heading(2, f"（{labels[i]}）《{name}》", run_in="")
        doc.para(f"该政策由{dept}负责实施，2021—2023年累计兑现资金{amount}万元。经评价，该政策综合得分{score}分，"
                 f"评价等级为“{grade}”。")  # fmt: skip
        doc.para({0: "政策对龙头企业扩大生产、带动农户增收作用明显，但扶持对象偏集中，部分奖补资金兑现滞后。",
                  1: "政策实现了困难群众应救尽救，但部门间信息共享不充分，个别救助对象识别不够精准。",
                  2: "政策对引进项目起到了一定激励作用，但奖励标准与项目实际贡献挂钩不紧，部分奖励项目未达到"
                     "约定投资强度，建议修订完善。"}[i])  # fmt: skip
    doc.para("县财政局将把评价结果作为政策调整、预算安排的重要依据，对评价结果为“中”的政策，督促主管部门在2024年内"
             "完成修订。")  # fmt: skip
    doc.signature("楸原县财政局", "2024年5月20日")
    fx = Fx("word13_qiuyuan_policy", "county 政策 evaluation notice in prose: policy names in 《》 under （一）（二）"
            "（三）, score and grade in a sentence each, counts in 项", doc, title, "楸原县", 2023,
            "Three policies (batch type other, 政策评价) named in 《》 headings; gold names are without 《》. Each "
            "policy's amount is the cumulative 2021—2023 cash-out in 万元 (the text's figure, kept). Department = "
            "the implementing department named in the sentence. Grade counts '“良”的2项，“中”的1项' stated in "
            "prose.")  # fmt: skip
    fx.metric("policy_evaluations", "3", "项", q_n)
    fx.batch("other", "财政政策绩效评价", 3, None, None, None, g)
    for name, dept, amount, score, grade in QY_POLICIES:
        fx.project(name, dept, grade, score, amount, "万元", "other")
    return fx


# ============================================================================ 08 柘岭县 乡镇（街道）grading
ZL_TOWNS = [
    ("鹭屿街道", "95.5", "优秀"),
    ("青枧镇", "93.0", "优秀"),
    ("榉岭街道", "91.5", "优秀"),
    ("桐坳镇", "88.5", "良好"),
    ("椴溪镇", "87.0", "良好"),
    ("杉坝镇", "86.5", "良好"),
    ("柚岗镇", "84.0", "良好"),
    ("石湄乡", "82.5", "良好"),
    ("栗塘乡", "80.0", "良好"),
    ("梓坊乡", "76.5", "合格"),
    ("楮溪镇", "72.0", "合格"),
]


def f08_town_grading() -> Fx:
    doc = new_doc("柘岭县财政局")
    doc.red_letterhead("柘岭县财政局", "柘财发〔2024〕21号")
    title = doc.title("关于2023年度乡镇（街道）预算绩效", "管理工作考核结果的通报")
    g = counts([t[2] for t in ZL_TOWNS], ["优秀", "良好", "合格"])
    doc.line("各乡镇人民政府、街道办事处：")
    q_n = "对全县11个乡镇（街道）2023年度预算绩效管理工作进行了考核"
    doc.para(f"根据《柘岭县乡镇（街道）预算绩效管理工作考核办法》，县财政局{q_n}。考核内容包括绩效目标管理、"
             "绩效运行监控、绩效评价、结果应用和基础工作五个方面，满分100分。")  # fmt: skip
    doc.para(f"考核结果：优秀{g['优秀']}个，良好{g['良好']}个，合格{g['合格']}个。具体得分及等次如下：")
    rows: list[list[str | None]] = [["排名", "乡镇（街道）", "考核得分", "考核等次"]]
    rows += [[str(i), t[0], t[1], t[2]] for i, t in enumerate(ZL_TOWNS, 1)]
    doc.table(rows, [2.0, 5.0, 3.0, 3.0], size=12, cant_split=True)
    doc.para("希望获得优秀等次的乡镇（街道）再接再厉；考核等次为合格的乡镇要认真查找差距，制定整改措施，切实提高"
             "预算绩效管理水平。考核结果将与2024年度乡镇财政管理工作经费挂钩。")  # fmt: skip
    doc.signature("柘岭县财政局", "2024年2月26日")
    fx = Fx("word13_zheling_towns", "county grading its 乡镇（街道）: red letterhead, 排名 instead of 序号, grades "
            "优秀/良好/合格 in a 等次 column, counts in prose", doc, title, "柘岭县", 2023,
            "The evaluated objects are the towns' budget-performance management work (a lower-government grading, "
            "batch type other); they are recorded in projects (name = town, department null, grade and score) only "
            "so the list is complete. seq follows the 排名 column. The title carries no region; region 柘岭县 from the "
            "issuer. lower_government_evaluations 11 from the prose.")  # fmt: skip
    fx.metric("lower_government_evaluations", "11", "个", "对全县11个乡镇（街道）2023年度预算绩效管理工作进行了考核")
    fx.batch("other", "乡镇（街道）预算绩效管理工作考核", 11, None, None, None, g)
    for town, score, grade in ZL_TOWNS:
        fx.project(town, None, grade, score, None, None, "other")
    return fx


# ============================================================================ 09 枫汀市 grading its 县（市、区）
FT_COUNTIES = [
    ("荻湾区", "93.6", "A"),
    ("柘岭县", "91.2", "A"),
    ("枫汀经济技术开发区", "86.8", "B"),
    ("芗浦县", "85.4", "B"),
    ("楸原县", "82.7", "B"),
    ("椴溪县", "74.9", "C"),
]


def f09_county_grading() -> Fx:
    doc = new_doc("枫汀市财政局")
    doc.doc_number("枫财绩〔2024〕15号", align="center")
    title = doc.title("枫汀市财政局关于2023年度县（市、区）", "财政运行综合绩效评价结果的通报")
    g = counts([c[2] for c in FT_COUNTIES], ["A", "B", "C"])
    doc.line("各县（区）财政局，枫汀经济技术开发区财政金融局：")
    q_n = "对6个县（区）2023年度财政运行情况开展了综合绩效评价"
    doc.para(f"为推动县级财政高质量运行，市财政局{q_n}。评价指标涵盖财政收入质量、支出结构、“三保”保障、债务风险"
             "防控、预算管理和绩效管理六个方面。")  # fmt: skip
    q_g = f"评价结果为A等次的{g['A']}个，B等次的{g['B']}个，C等次的{g['C']}个"
    doc.para(f"经评价，{q_g}。各县（区）得分和等次如下：")
    rows: list[list[str | None]] = [["序号", "县（区）", "综合得分", "评价等次", "备注"]]
    rows += [[str(i), c[0], c[1], c[2], "开发区参照县级评价" if "开发区" in c[0] else None]
             for i, c in enumerate(FT_COUNTIES, 1)]  # fmt: skip
    doc.table(rows, [1.4, 4.6, 2.4, 2.4, 4.0], size=12, cant_split=True)
    doc.para("评价结果将作为市对县转移支付分配和财政管理工作激励的重要因素。对评价为C等次的县（区），市财政局将"
             "进行约谈，督促其制定整改方案。")  # fmt: skip
    doc.signature("枫汀市财政局", "2024年6月28日")
    fx = Fx("word13_fengting_counties", "city grading its 县（区） on 财政运行综合绩效评价: letter grades A/B/C in a "
            "table, "
            "counts in prose, 备注 on one row", doc, title, "枫汀市", 2023,
            "A lower-government grading (batch type other): the counties are recorded in projects (name = county, "
            "department null) only so the list is complete. Grade keys are the letters (the prose says 'A等次'). "
            "Region 枫汀市 (the grading government). The 备注 '开发区参照县级评价' is not a grade.")  # fmt: skip
    fx.metric("lower_government_evaluations", "6", "个", q_n)
    fx.batch("other", "县（区）财政运行综合绩效评价", 6, None, None, None, g)
    for county, score, grade in FT_COUNTIES:
        fx.project(county, None, grade, score, None, None, "other")
    return fx


# ============================================================================ 10 楸原县 重点评价, scanned
QY_KEY = [
    ("农村义务教育学生营养改善计划", "楸原县教育局", "1,286.40", "92.0", "优"),
    ("乡镇卫生院标准化建设项目", "楸原县卫生健康局", "2,150.00", "85.5", "良"),
    ("农村生活污水治理工程", "楸原县生态环境分局", "3,068.75", "78.0", "中"),
    ("县城供热管网改造工程", "楸原县住房和城乡建设局", "2,480.00", "83.0", "良"),
    ("特色农产品品牌培育资金", "楸原县农业农村局", "620.00", "66.5", "中"),
    ("残疾人两项补贴资金", "楸原县残疾人联合会", "412.36", "94.5", "优"),
    ("河道综合治理工程", "楸原县水利局", "1,735.20", "87.0", "良"),
]


def f10_scanned_key() -> Fx:
    doc = new_doc("楸原县财政局")
    title = doc.title("楸原县2023年度县级财政重点绩效评价结果")
    total = money(sum((D(r[2].replace(",", "")) for r in QY_KEY), D(0)))
    g = counts([r[4] for r in QY_KEY], ["优", "良", "中", "差"])
    q_key = f"对7个项目开展了重点绩效评价，评价资金总额{total}万元"
    doc.line("县人民政府：", before=6)
    doc.para("根据《楸原县县级财政支出绩效评价管理暂行办法》，县财政局组织开展了2023年度县级财政重点绩效评价工作。"
             "现将评价结果报告如下。")  # fmt: skip
    doc.heading(1, "一、评价基本情况")
    doc.para(f"2023年，县财政局聘请第三方机构，{q_key}。评价工作分前期准备、现场评价、撰写报告三个阶段进行，"
             "评价组共查阅资料1200余份，走访受益群众360余人次，发放满意度调查问卷880份。")  # fmt: skip
    doc.heading(1, "二、评价结果")
    doc.para(f"评价结果：优{g['优']}个，良{g['良']}个，中{g['中']}个，差0个。各项目评价结果如下：")
    rows: list[list[str | None]] = [["序号", "项目名称", "主管部门", "评价金额（万元）", "得分", "等级"]]
    rows += [[str(i), *r] for i, r in enumerate(QY_KEY, 1)]
    doc.table(rows, [1.2, 5.2, 4.0, 2.4, 1.4, 1.4], align=["c", "l", "l", "r", "c", "c"], size=11, cant_split=True)
    doc.heading(1, "三、评价发现的主要问题")
    doc.para("（一）前期论证不充分。部分项目立项前未开展可行性研究，建设内容在实施中多次调整，导致实施进度滞后。")
    doc.para("（二）资金使用不够规范。个别项目存在超范围支出、以拨代支等情况，项目结余资金未及时收回。")
    doc.para("（三）后续管护机制不健全。部分已建成设施管护责任主体不明确，管护经费未落实，影响项目持续发挥效益。")
    doc.heading(1, "四、下一步工作")
    doc.para("县财政局已将评价结果反馈各主管部门，督促限期整改。对评价等级为“中”的项目，将在2025年预算安排中"
             "予以压减；评价结果同时在县政府门户网站公开，接受社会监督。")  # fmt: skip
    doc.signature("楸原县财政局", "2024年4月30日")
    fx = Fx("word13_qiuyuan_key_scan", "SCANNED county 重点评价 report: image-only PDF (no text layer), slightly "
            "rotated, with a red seal over the signature; grades 优/良/中 with an explicit '差0个'", doc, title,
            "楸原县", 2023,
            "The PDF is a scan (image-only): gold was checked against the exported PDF before rasterising. Counts "
            "stated in prose, including the explicit zero '差0个' (kept as 差: 0). Amounts in 万元 with thousands "
            "separators.", scan={"dpi": 150, "angles": [0.4, -0.3], "colour": True, "noise": 5.0, "seed": 1313,
                                 "seal": {"near": "楸原县财政局", "text": "楸原县财政局"}})  # fmt: skip
    fx.metric("key_evaluated_projects", "7", "个", "对7个项目开展了重点绩效评价")
    fx.metric("key_evaluated_amount", total, "万元", f"评价资金总额{total}万元")
    fx.batch("key", "重点绩效评价", 7, None, total, "万元", g)
    for r in QY_KEY:
        fx.project(r[0], r[1], r[4], r[3], r[2], "万元", "key")
    return fx


FIXTURES = [f01_annual_summary, f02_key_notice, f03_department_overall, f04_review_notice, f05_provincial_self,
            f06_bond_notice, f07_policy_notice, f08_town_grading, f09_county_grading, f10_scanned_key]  # fmt: skip

# ------------------------------------------------------------------------------------------------ checks
_WS = re.compile(r"\s+")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FOOTER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")
CHROME = {"word13_mincheng_forestry_self": ["岷澄省林业和草原局"]}


def check_doc(fx: Fx) -> list[str]:
    """Gold against the document's own text: strings verbatim, every metric value among its quote's numbers."""
    text = "\n".join(fx.doc.text)
    problems = [f"{kind} not in the docx text: {s}" for kind, s in fx.strings() if s not in text]
    for m in fx.metrics:
        values = {D(t.replace(",", "")) for t in _NUMBER.findall(m["quote"])}
        if D(str(m["value"])) not in values:
            problems.append(f"metric {m['metric']}: {m['value']} not among the numbers of its quote {m['quote']!r}")
    for b in fx.batches:
        for key, value in (("project_count", b["project_count"]), ("department_count", b["department_count"])):
            if value is not None and not re.search(rf"(?<![\d.,]){value:,}(?![\d.])|(?<![\d.,]){value}(?![\d.])", text):
                problems.append(f"batch {b['type']} {key} {value} not in the text")
        for grade, n in (b["grades"] or {}).items():
            if n and not re.search(rf"{re.escape(grade)}[”\"]?(?:的|等次的)?(?:项目)?{n}[个项家]", text):
                problems.append(f"batch {b['type']}: grade count {grade} {n} not stated in the text")
    return problems


def page_texts(pdf: Path) -> tuple[list[str], list[str]]:
    """Page texts by PDFium and by pdfplumber (with the cells of the tables it finds)."""
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    pages_a = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    pages_b = []
    with pdfplumber.open(pdf) as plumb:
        for page in plumb.pages:
            parts = [page.extract_text() or ""]
            parts += [c for t in page.find_tables() for row in t.extract() for c in row if c]
            pages_b.append("\n".join(parts))
    return pages_a, pages_b


def flat(pages: list[str], chrome: list[str]) -> str:
    lines = [ln for text in pages for ln in text.splitlines() if not _FOOTER.match(ln) and ln.strip() not in chrome]
    return _WS.sub("", "".join(lines))


def check_pdf(pdf: Path, fx: Fx) -> tuple[list[str], dict[str, Any]]:
    pages_a, pages_b = page_texts(pdf)
    problems = []
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        for i, text in enumerate(pages):
            if len(_CJK.findall(text)) < 20:
                problems.append(f"{engine}: page {i + 1} has little CJK text")
            if "(cid:" in text:
                problems.append(f"{engine}: page {i + 1} has (cid:…)")
        text = flat(pages, CHROME.get(fx.name, []))
        for kind, s in fx.strings():
            if _WS.sub("", s) not in text:
                problems.append(f"{engine}: {kind} not in the PDF text: {s}")
    chars = sum(len(_WS.sub("", t)) for t in pages_a)
    return problems, {"pages": len(pages_a), "chars": chars}


def text_layer(pdf: Path) -> tuple[int, int]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    n = len(doc)
    chars = sum(doc[i].get_textpage().count_chars() for i in range(n))
    doc.close()
    return n, chars


# ------------------------------------------------------------------------------------------------ output
def write_readme(out_dir: Path, fixtures: list[Fx], infos: dict[str, dict[str, Any]]) -> None:
    lines = [
        "# word13: a thirteenth independent set of Word-exported reports (SYNTHETIC)",
        "",
        "**SYNTHETIC.** Every region (枫汀市, 荻湾区, 柘岭县, 芗浦县, 楸原县, 椴溪县, 棣江市, 岷澄省), town, "
        "department, "
        "unit, project, policy and figure in these documents is invented. Nothing here is a real bureau's data.",
        "",
        "Written by the thirteenth author of a first-sight set, who did not read the parser, the scorer or the other "
        "sets' fixtures. The layouts and wording follow the genre: the real corpus's README and gold, the seed "
        "report, and bureau pages of the genre (annual work summaries, 重点评价 通报, 部门整体 results, 抽查复核 通报, "
        "a department's 自评 report, special-bond 公示, 政策 notices, 乡镇 and 县区 gradings). Nine reports are "
        "ordinary; one is a scan.",
        "",
        "Made by `tools/make_word_fixtures_13.py` (`make word-fixtures-13`): python-docx documents in 公文 style "
        "(tools/word_doc.py) exported to PDF by LibreOffice headless with the fonts of tools/word_fonts.conf.",
        "",
        "| fixture | pages | text layer | what it exercises |",
        "|---|---|---|---|",
    ]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = "none (scanned, image-only)" if fx.scan else f"yes ({info.get('chars', '?')} characters)"
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {fx.what} |")
    lines += [
        "",
        "## How the gold was checked",
        "",
        'The gold (`<name>.json`, the real corpus\'s format plus `"synthetic": true`; `notes` explains every '
        "judgement call) is written from the same data as the document. Before it is written the generator checks: "
        "every title, quote, project name, department, unit, grade and grade key is verbatim in the document's "
        "text (docx); every metric's value is among the numbers of its quote; every batch count and stated grade "
        "count is in the text; every project/unit score and amount as printed is in the text; then all of these "
        "strings are found (whitespace ignored, page-number footers and the running header dropped) in the "
        "exported PDF's text layer by PDFium (pypdfium2) and by pdfplumber, and every text page has CJK text and "
        "no `(cid:…)`. The scanned fixture is checked against the PDF before it is rasterised, and the published "
        "scan is confirmed to have 0 characters in its text layer.",
        "",
    ]
    (out_dir / "README.md").write_text("\n".join(lines), encoding="utf-8")


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
    failed = False
    for fx in fixtures:
        problems = check_doc(fx)
        if problems:
            failed = True
            print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
    if failed:
        return 1
    infos: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-word13-") as tmp:
        work = Path(tmp)
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
        plain = [work / f"{fx.name}.docx" for fx in fixtures if not fx.scan]
        scans = [work / f"{fx.name}.docx" for fx in fixtures if fx.scan]
        convert3(soffice, plain, out_dir, {})
        convert3(soffice, scans, work / "scan", {})
        for fx in fixtures:
            pdf = (work / "scan" if fx.scan else out_dir) / f"{fx.name}.pdf"
            problems, info = check_pdf(pdf, fx)
            if fx.scan:
                pages = rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                n, chars = text_layer(out_dir / f"{fx.name}.pdf")
                if chars or n != pages:
                    problems.append(f"the scan has {chars} characters in its text layer over {n} pages")
                info = {"pages": n, "chars": chars}
            if not 2 <= info["pages"] <= 5:
                problems.append(f"{info['pages']} pages (a whole report of 2–5 pages is wanted)")
            infos[fx.name] = info
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            (out_dir / f"{fx.name}.json").write_text(json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")  # fmt: skip
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info['pages']} pages: {status}")
            failed = failed or bool(problems)
    if not args.only:
        write_readme(out_dir, fixtures, infos)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
