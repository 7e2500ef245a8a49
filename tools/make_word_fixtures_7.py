"""A seventh, independent set of Word-made fixtures (`word7_*`): budget-performance reports written as Word
documents (python-docx) and exported to PDF by LibreOffice headless, the way county, city and district finance
bureaus, line departments and provincial departments publish them.

Written by a seventh author from the genre (the real corpus's README, gold and texts, and bureau pages of the
`pages` corpus), without reading the parser, the scorer or the earlier sets' fixtures, so that the parser is
measured at first sight. Mostly ordinary reports, each in its own bureau's habits:

- a county's annual 预算绩效管理工作情况 (counts in prose, a key-evaluation table with 合计, 部门整体 in a sentence);
- a city's 重点绩效评价结果 公告 (万元 table with 备注, 亿元 in prose, 等次 优秀/良好/一般/较差, no scores);
- a district's 部门整体支出绩效评价结果 (units under their 主管部门 merged vertically, scores and 等级);
- a county's 绩效自评抽查复核 通报 (单位自评得分 beside 复核得分, of which the second is the result);
- a water bureau's own 项目支出绩效自评报告 (one project, its score in prose, an indicator table);
- a housing bureau's 专项债券 绩效评价情况 公示 (亿元 in the header only, 评价结果 column, 备注);
- a district's 政策 evaluation 通报 (results in an outline, one paragraph per policy);
- a county's 乡镇（街道）grading (scores and 等次 优秀/良好/合格);
- and, with a difficulty: a city's grading of its counties (A/B/C), printed and SCANNED (no text layer);
  a provincial department's self-evaluation results, a long LANDSCAPE table in 元 across pages.

Everything is SYNTHETIC: the regions (桐汀县, 翠屿市, 澹川区, 菁原县, 楠渡县, 沁岙市, 琅湾区, 芦汐县, 朔渚市 and
its counties, 岱霖省), departments, units, projects and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
quote, name, department, unit and grade against the docx text, every number against its quote or the docx text,
then the same strings against the exported PDF's text layer (PDFium and pdfplumber); the scanned report against the
PDF before it is rasterised, and the published scan is confirmed to have no text layer.

Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts (tools/make_word_fixtures.py) and the
mechanics of tools/make_word_fixtures_3.py (Doc3, convert3, export_options, rasterise, the PDF read-back).

Usage: python tools/make_word_fixtures_7.py [OUT_DIR] [--only NAME ...] [--keep-docx] [--render DIR]
       (default OUT_DIR tests/fixtures/word7)
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
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import (
    Doc3,
    Fixture3,
    check_doc,
    check_pdf3,
    convert3,
    export_options,
    no_text_layer,
    rasterise,
    render,
)
from word_doc import HEI, LEFT, SONG, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word7"
D = Decimal


# ------------------------------------------------------------------------------------------------ numbers
def money(value: Decimal | str, places: int = 2, sep: bool = False) -> str:
    q = D(value).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{q:,}" if sep else f"{q}"


def pct(count: int, total: int) -> str:
    """A share as these bureaus print it: one decimal, trailing .0 dropped."""
    v = (D(count) * 100 / D(total)).quantize(D("0.1"), rounding=ROUND_HALF_UP)
    return str(v.to_integral_value()) if v == v.to_integral_value() else str(v)


def band(score: Decimal, labels: tuple[str, ...], cuts: tuple[int, ...] = (90, 80, 60)) -> str:
    """The grade the document prints next to a score (the bureau's own banding; gold copies the printed word)."""
    for cut, label in zip(cuts, labels, strict=False):
        if score >= cut:
            return label
    return labels[-1]


def fixture(name: str, what: str, doc: Doc3, **kw: Any) -> Fixture3:
    return Fixture3(name=name, what=what, doc=doc, **kw)


def bureau_doc(author: str) -> Doc3:
    doc = Doc3(author)
    doc.footer("emdash")
    return doc


# =============================================================================================== 01 桐汀县
F01_KEY = [
    ("县域义务教育学校校舍维修改造项目", "桐汀县教育局", "1862.40", "91.5"),
    ("乡镇卫生院服务能力提升项目", "桐汀县卫生健康局", "735.00", "86.0"),
    ("高标准农田建设补助资金", "桐汀县农业农村局", "2410.26", "88.4"),
    ("农村生活污水治理设施运维经费", "桐汀县生态环境分局", "526.80", "79.2"),
    ("城乡公交一体化运营补贴", "桐汀县交通运输局", "980.00", "83.7"),
    ("困难群众基本生活救助资金", "桐汀县民政局", "1395.12", "92.8"),
    ("小型水库除险加固工程", "桐汀县水利局", "1268.50", "85.1"),
    ("全民健身设施补短板项目", "桐汀县文化广电体育和旅游局", "312.00", "74.6"),
]


def f01_county_annual() -> Fixture3:
    """A county finance bureau's annual work summary, published on its site as a Word attachment: counts in
    prose, a key-evaluation table with 合计, grade counts in prose, 部门整体 results in one sentence."""
    doc = bureau_doc("桐汀县财政局")
    rows = [(n, d, D(a), D(s), band(D(s), ("优", "良", "中", "差"))) for n, d, a, s in F01_KEY]
    total = sum(r[2] for r in rows)
    cnt = Counter(r[4] for r in rows)
    n_self, self_amt, n_mon, n_dept = 486, "7.62", 412, 53

    title = doc.title("桐汀县2023年度预算绩效管理工作情况")
    doc.para(
        "2023年，县财政局坚持以提高财政资金使用效益为核心，推动预算绩效管理从“有没有”向“好不好”转变，"
        "将绩效要求嵌入预算编制、执行、决算全过程。现将有关情况公开如下。"
    )
    doc.heading(1, "一、绩效目标与运行监控")
    q_mon = f"对{n_mon}个项目开展绩效运行监控"
    doc.para(
        f"全县{n_dept}个预算部门全部按要求编报项目绩效目标，财政部门逐项审核后随预算批复。年中{q_mon}，"
        "对偏离目标的项目及时督促整改，收回调整低效资金。"
    )
    doc.heading(1, "二、部门绩效自评")
    q_self = f"组织{n_dept}个县级预算部门对{n_self}个项目开展绩效自评"
    q_self_amt = f"涉及资金{self_amt}亿元"
    doc.para(f"年初，县财政局{q_self}，{q_self_amt}，自评覆盖率达到100%。自评结果已随部门决算一并向县人大常委会报告。")
    doc.heading(1, "三、财政重点绩效评价")
    q_key = f"选取{len(rows)}个社会关注度高的项目开展财政重点绩效评价"
    q_key_amt = f"涉及财政资金{money(total)}万元"
    grade_sentence = "评价等级为“优”的{}个、“良”的{}个、“中”的{}个，无“差”等级项目".format(
        cnt["优"], cnt["良"], cnt["中"]
    )
    doc.para(f"委托第三方机构，{q_key}，{q_key_amt}。从评价结果看，{grade_sentence}。具体结果如下表：")
    doc.caption("2023年度县级财政重点绩效评价结果")
    doc.unit_line("单位：万元")
    table = [["序号", "项目名称", "主管部门", "资金金额", "评价得分", "评价等级"]]
    for i, (n, d, a, s, g) in enumerate(rows, 1):
        table.append([str(i), n, d, money(a), str(s), g])
    table.append(["合计", LEFT, LEFT, money(total), None, None])
    doc.table(table, [1.2, 5.2, 3.8, 2.2, 1.8, 1.8], align=list("cllrcc"), size=11)
    doc.style_last_table(bold_rows=(len(table) - 1,))
    doc.heading(1, "四、部门整体支出绩效评价")
    overall = [("桐汀县自然资源和规划局", "87.3", "良"), ("桐汀县市场监督管理局", "90.6", "优")]
    q_overall = "对桐汀县自然资源和规划局、桐汀县市场监督管理局2个部门开展部门整体支出绩效评价"
    doc.para(
        f"首次{q_overall}，评价得分分别为{overall[0][1]}分、{overall[1][1]}分，"
        f"评价等级分别为“{overall[0][2]}”和“{overall[1][2]}”。"
    )
    doc.heading(1, "五、结果应用")
    doc.para(
        "评价结果作为2024年预算安排的重要依据，对评价等级为“中”的项目压减预算10%，并将问题清单反馈相关部门限期整改，"
        "整改情况纳入县对部门的年度综合考核。"
    )
    doc.signature("桐汀县财政局", "2024年5月20日")

    fx = fixture(
        "word7_01_tongting_annual",
        "a county's annual 预算绩效管理工作情况: counts in prose, key-evaluation table with 合计, grade counts "
        "in prose, two 部门整体 results in one sentence",
        doc,
        title=title,
        region="桐汀县",
        year=2023,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("self_evaluated_amount", D(self_amt), "亿元", q_self_amt)
    fx.metric("monitored_projects", n_mon, "个", q_mon)
    fx.metric("key_evaluated_projects", len(rows), "个", q_key)
    fx.metric("key_evaluated_amount", total, "万元", q_key_amt)
    fx.metric("department_overall_evaluations", 2, "个", q_overall)
    fx.batch("self", "部门绩效自评", project_count=n_self, department_count=n_dept, amount=D(self_amt),
             amount_unit="亿元")  # fmt: skip
    fx.batch("key", "财政重点绩效评价", project_count=len(rows), amount=total, amount_unit="万元",
             grades={"优": cnt["优"], "良": cnt["良"], "中": cnt["中"], "差": 0})  # fmt: skip
    fx.batch("department_overall", "部门整体支出绩效评价", department_count=2)
    for i, (n, d, a, s, g) in enumerate(rows, 1):
        fx.project(i, n, d, g, "key", score=s, amount=a, unit="万元")
    fx.unit(overall[0][0], None, overall[0][2], D(overall[0][1]))
    fx.unit(overall[1][0], None, overall[1][2], D(overall[1][1]))
    fx.notes = (
        "SYNTHETIC. Work year and evaluated year are both 2023 (title); published 2024. The grade distribution "
        "of the key batch is stated in prose, including an explicit zero for 差 ('无“差”等级项目'), kept as 0. "
        "The 合计 row of the table is not a project. The two 部门整体 results are in one sentence: names in "
        "one list, scores and grades each in a '分别为' list in the same order (zipped for the gold); they are "
        "whole departments, so parent_department is null. The key batch's 8 projects are also 8 departments, "
        "but the text does not state a department count, so department_count is null. "
        "Self-evaluation department_count 53 is the number of budget departments that filed; the year of the "
        "self-evaluated spending is not stated ('年初' suggests 2022 projects) and fiscal_year stays 2023 from "
        "the title."
    )
    return fx


# =============================================================================================== 02 翠屿市
F02_KEY = [
    ("市区公共自行车系统运营补助", "翠屿市交通运输局", "2150.00", "良好", ""),
    ("城市社区居家养老服务补助资金", "翠屿市民政局", "3826.45", "优秀", ""),
    ("中小学智慧校园建设项目", "翠屿市教育局", "5417.80", "良好", ""),
    ("市级科技创新券补助资金", "翠屿市科学技术局", "1600.00", "一般", "资金结余较大"),
    ("重大动物疫病防控经费", "翠屿市农业农村局", "864.32", "优秀", ""),
    ("城市内河水环境综合治理工程", "翠屿市水务局", "12380.00", "良好", "跨年度项目"),
    ("公共文化场馆免费开放补助", "翠屿市文化广电旅游局", "1045.60", "良好", ""),
    ("就业见习补贴资金", "翠屿市人力资源和社会保障局", "692.18", "一般", ""),
    ("食品安全抽检监测经费", "翠屿市市场监督管理局", "1308.00", "优秀", ""),
    ("城市道路桥梁维护经费", "翠屿市城市管理局", "4735.26", "良好", ""),
]


def f02_city_key_notice() -> Fixture3:
    """A city finance bureau's 公告 of key-evaluation results: 亿元 in prose, a 万元 table with 备注, 等次
    优秀/良好/一般/较差, no scores; a 较差 count of zero stated in words."""
    doc = bureau_doc("翠屿市财政局")
    rows = [(n, d, D(a), g, r) for n, d, a, g, r in F02_KEY]
    total = sum(r[2] for r in rows)
    total_yi = (total / 10000).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    cnt = Counter(r[3] for r in rows)
    n_dept = len({r[1] for r in rows})
    title = doc.title("翠屿市财政局关于2023年度市级财政重点", "绩效评价结果的公告")
    doc.para(
        "根据《中华人民共和国预算法》和全面实施预算绩效管理的有关要求，我局组织对部分市级财政支出项目开展了"
        "重点绩效评价。现将评价结果公告如下："
    )
    q_key = f"共对{len(rows)}个项目实施重点绩效评价"
    q_amt = f"涉及资金{total_yi}亿元"
    q_dept = f"涉及{n_dept}个市级部门"
    doc.para(f"2023年度，市财政局会同第三方评价机构{q_key}，{q_dept}，{q_amt}。")
    shares = {g: pct(cnt[g], len(rows)) for g in ("优秀", "良好", "一般")}
    q_grades = (
        f"评价结果为优秀的{cnt['优秀']}个，占{shares['优秀']}%；良好的{cnt['良好']}个，占{shares['良好']}%；"
        f"一般的{cnt['一般']}个，占{shares['一般']}%；无较差等次项目"
    )
    doc.para(f"从评价结果看，{q_grades}。评价中发现的主要问题有：部分项目绩效目标设置不够细化、资金支付进度偏慢、"
             "项目管理制度执行不到位等。")  # fmt: skip
    doc.para("对评价结果为一般的项目，市财政局已督促主管部门制定整改方案，并在编制2025年预算时予以统筹考虑。")
    doc.caption("2023年度市级财政重点绩效评价结果一览表", font=SONG, size=14)
    doc.unit_line("金额单位：万元")
    table = [["序号", "项目名称", "主管部门", "项目资金", "评价等次", "备注"]]
    for i, (n, d, a, g, r) in enumerate(rows, 1):
        table.append([str(i), n, d, money(a, sep=True), g, r or None])
    doc.table(table, [1.1, 5.4, 4.0, 2.2, 1.6, 2.0], align=list("cllrcl"), size=10.5, font=SONG)
    doc.style_last_table(shade="D9D9D9")
    doc.blank()
    doc.para("特此公告。")
    doc.signature("翠屿市财政局", "2024年6月28日")

    fx = fixture(
        "word7_02_cuiyu_key_notice",
        "a city's 重点绩效评价结果 公告: 亿元 in prose, 万元 table with thousands separators and 备注, "
        "等次 优秀/良好/一般 with shares, no scores",
        doc,
        title=title,
        region="翠屿市",
        year=2023,
    )
    fx.metric("key_evaluated_projects", len(rows), "个", q_key)
    fx.metric("key_evaluated_amount", total_yi, "亿元", q_amt)
    fx.metric("key_evaluated_departments", n_dept, "个", q_dept)
    fx.batch("key", "市级财政重点绩效评价", project_count=len(rows), department_count=n_dept, amount=total_yi,
             amount_unit="亿元",
             grades={"优秀": cnt["优秀"], "良好": cnt["良好"], "一般": cnt["一般"], "较差": 0},
             grade_shares_pct={g: D(v) for g, v in shares.items()})  # fmt: skip
    for i, (n, d, a, g, _) in enumerate(rows, 1):
        fx.project(i, n, d, g, "key", amount=a, unit="万元")
    fx.notes = (
        "SYNTHETIC. Evaluated year 2023 (title), published 2024. Region 翠屿市 (市级). Batch amount is the prose's "
        f"{total_yi}亿元 (the table's items in 万元 with thousands separators add up to {money(total, sep=True)}万元, "
        "not printed). 较差 stated as zero in words ('无较差等次项目'). The 备注 column is not a grade. No scores."
    )
    return fx


# =============================================================================================== 03 澹川区
F03_UNITS = [
    ("澹川区教育局", ["澹川区教育局（本级）", "澹川区实验中学", "澹川区教师发展中心"]),
    ("澹川区卫生健康局", ["澹川区卫生健康局（本级）", "澹川区疾病预防控制中心"]),
    ("澹川区城市管理局", ["澹川区环境卫生管理所", "澹川区市政设施养护中心"]),
    ("澹川区农业农村局", ["澹川区农业技术推广中心"]),
]
F03_FIG = {
    "澹川区教育局（本级）": ("4862.35", "92.10"),
    "澹川区实验中学": ("3125.60", "88.50"),
    "澹川区教师发展中心": ("486.92", "81.00"),
    "澹川区卫生健康局（本级）": ("2310.48", "86.75"),
    "澹川区疾病预防控制中心": ("1524.00", "90.20"),
    "澹川区环境卫生管理所": ("6208.15", "78.40"),
    "澹川区市政设施养护中心": ("3356.70", "83.60"),
    "澹川区农业技术推广中心": ("612.30", "75.90"),
}


def f03_district_overall() -> Fixture3:
    """A district finance bureau's 部门整体支出绩效评价结果: units under their 主管部门 merged vertically, 预算
    金额 in 万元, scores with two decimals, 等级 优/良/中/差; the distribution in prose."""
    doc = bureau_doc("澹川区财政局")
    title = doc.title("澹川区2023年度部门整体支出", "绩效评价结果")
    units = [(dep, u, D(F03_FIG[u][0]), D(F03_FIG[u][1])) for dep, us in F03_UNITS for u in us]
    graded = [(dep, u, a, s, band(s, ("优", "良", "中", "差"))) for dep, u, a, s in units]
    cnt = Counter(r[4] for r in graded)
    total = sum(r[2] for r in graded)
    q_n = f"对{len(F03_UNITS)}个部门所属{len(units)}家预算单位开展部门整体支出绩效评价"
    q_amt = f"评价资金总额{money(total)}万元"
    doc.para(
        "为推动预算绩效管理由项目向部门整体延伸，区财政局按照《澹川区部门整体支出绩效评价管理办法》，"
        f"{q_n}，{q_amt}。评价从部门决策、过程管理、产出和效益四个维度设置指标，采取现场核查与问卷调查相结合的方式进行。"
    )
    doc.heading(1, "一、评价结果")
    q_grades = f"评价等级为“优”的{cnt['优']}家，“良”的{cnt['良']}家，“中”的{cnt['中']}家"
    doc.para(f"经评价，{q_grades}，整体情况较好。各单位评价结果见下表。")
    doc.caption("澹川区2023年度部门整体支出绩效评价结果汇总表", font=HEI, size=14)
    table = [["序号", "主管部门", "预算单位", "预算金额（万元）", "评价得分", "评价等级"]]
    i = 0
    for dep, us in F03_UNITS:
        for j, u in enumerate(us):
            i += 1
            a, s = D(F03_FIG[u][0]), D(F03_FIG[u][1])
            table.append([str(i), dep if j == 0 else UP, u, money(a), money(s), band(s, ("优", "良", "中", "差"))])
    doc.table(table, [1.1, 3.4, 4.8, 2.6, 1.8, 1.8], align=list("cclrcc"), size=11, font=SONG)
    doc.heading(1, "二、存在的主要问题")
    doc.para("一是部分单位整体绩效目标与部门职责衔接不够紧密；二是个别单位年底集中支付问题较为突出；"
             "三是资产管理与预算管理结合不够，存在重复购置现象。")  # fmt: skip
    doc.heading(1, "三、下一步工作")
    doc.para("区财政局将把评价结果作为安排2025年部门预算的重要依据，对评价等级为“中”的单位约谈主要负责人，"
             "并适当压减其公用经费预算。")  # fmt: skip
    doc.signature("澹川区财政局", "2024年7月5日")
    fx = fixture(
        "word7_03_danchuan_overall",
        "a district's 部门整体 results: units under 主管部门 merged vertically, 万元, scores with two decimals, "
        "等级 counts in prose (家)",
        doc,
        title=title,
        region="澹川区",
        year=2023,
    )
    fx.metric("department_overall_evaluations", len(units), "个", q_n)
    fx.metric("department_overall_amount", total, "万元", q_amt)
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(units),
             department_count=len(F03_UNITS), amount=total, amount_unit="万元",
             grades={g: cnt[g] for g in ("优", "良", "中")})  # fmt: skip
    for dep, u, _a, s, g in graded:
        fx.unit(u, dep, g, s)
    fx.notes = (
        "SYNTHETIC. The evaluated objects are 预算单位 under 4 主管部门: recorded in department_evaluations "
        "(unit, parent_department from the vertically merged 主管部门 cell, grade, score); 'project_count' of the "
        "batch holds the 8 units and department_count the 4 主管部门 ('4个部门所属8家预算单位'). Two units are the "
        "department's own 本级 ('澹川区教育局（本级）'), kept verbatim. No 差 mentioned: grades has no 差 key. The "
        "metric department_overall_evaluations counts the 8 units (家). Scores are printed with two decimals "
        "('92.10'); gold keeps the numeric value."
    )
    return fx


# =============================================================================================== 04 菁原县
F04_SAMPLED = [
    ("学前教育保育教育费补助", "菁原县教育局", "95.0", "84.5", "良"),
    ("基层医疗卫生机构运行补助", "菁原县卫生健康局", "96.5", "91.0", "优"),
    ("农村环境卫生长效管护经费", "菁原县农业农村局", "93.0", "76.0", "中"),
    ("森林防火专项经费", "菁原县林业局", "92.0", "87.5", "良"),
    ("智慧城市管理平台运维费", "菁原县城市管理局", "98.0", "68.5", "中"),
    ("退役军人帮扶援助资金", "菁原县退役军人事务局", "94.5", "90.5", "优"),
    ("公共法律服务体系建设经费", "菁原县司法局", "90.0", "82.0", "良"),
    ("残疾人两项补贴资金", "菁原县残疾人联合会", "97.0", "93.5", "优"),
    ("旅游宣传推介经费", "菁原县文化和旅游局", "95.5", "58.0", "差"),
    ("县级储备粮轮换费用补贴", "菁原县发展和改革局", "91.0", "85.0", "良"),
    ("城区停车设施建设前期经费", "菁原县住房和城乡建设局", "96.0", "79.5", "中"),
    ("重点人群免费健康体检", "菁原县卫生健康局", "94.0", "88.0", "良"),
]


def f04_county_review() -> Fixture3:
    """A county finance bureau's 通报 of its 抽查复核 of self-evaluations: the ratio and counts in prose, a table
    with 单位自评得分 and 复核得分 side by side and the 复核等级; red letterhead, 文号, 抄送/印发."""
    doc = bureau_doc("菁原县财政局")
    doc.red_letterhead("菁原县财政局", "菁财绩〔2024〕9号")
    title = doc.title("关于2023年度项目支出绩效自评", "抽查复核情况的通报")
    doc.line("各县级预算部门（单位）：")
    n_self = 357
    rows = [(n, d, D(a), D(b), g) for n, d, a, b, g in F04_SAMPLED]
    cnt = Counter(r[4] for r in rows)
    q_self = f"全县{n_self}个项目支出完成绩效自评"
    q_sample = f"按照不低于3%的比例，随机抽取{len(rows)}个项目进行复核"
    q_ratio = "按照不低于3%的比例"
    doc.para(
        f"根据《菁原县项目支出绩效自评管理办法》，2024年3月至4月，各部门（单位）对2023年度预算项目开展了绩效自评，"
        f"{q_self}。在此基础上，县财政局{q_sample}，现将有关情况通报如下。"
    )
    doc.heading(1, "一、复核结果")
    q_gr = "复核等级为“优”的{}个，“良”的{}个，“中”的{}个，“差”的{}个".format(cnt["优"], cnt["良"], cnt["中"], cnt["差"])
    avg_self = (sum(r[2] for r in rows) / len(rows)).quantize(D("0.1"), rounding=ROUND_HALF_UP)
    avg_rev = (sum(r[3] for r in rows) / len(rows)).quantize(D("0.1"), rounding=ROUND_HALF_UP)
    doc.para(
        f"从复核情况看，{q_gr}。被抽查项目单位自评平均得分{avg_self}分，复核平均得分{avg_rev}分，"
        "自评结果总体偏高，部分单位存在“自评高分、复核低分”的现象。"
    )
    doc.heading(1, "二、存在的问题")
    doc.para("（一）自评流于形式。部分单位未对照绩效目标逐项打分，佐证材料缺失，得分依据不足。")
    doc.para("（二）指标设置不合理。个别项目产出指标与项目内容关联不紧密，效益指标难以衡量。")
    doc.para("（三）问题整改不到位。上年度复核指出的问题，部分单位仍未整改完成。")
    doc.heading(1, "三、有关要求")
    doc.para("各部门（单位）要对照复核意见认真整改，于2024年8月31日前将整改情况报县财政局。复核结果将与2025年"
             "部门预算安排挂钩，对复核等级为“差”的项目原则上不再安排预算。")  # fmt: skip
    doc.blank()
    doc.line("附件：2023年度项目支出绩效自评抽查复核结果表", before=0)
    doc.signature("菁原县财政局", "2024年6月14日")
    doc.attachment_head("附件", "2023年度项目支出绩效自评抽查复核结果表")
    table = [["序号", "项目名称", "主管部门", "单位自评得分", "复核得分", "复核等级"]]
    for i, (n, d, a, b, g) in enumerate(rows, 1):
        table.append([str(i), n, d, str(a), str(b), g])
    doc.table(table, [1.1, 5.2, 4.4, 1.9, 1.7, 1.7], align=list("cllccc"), size=11)
    doc.imprint("抄送：县人大常委会预算工作委员会，县审计局。", "菁原县财政局办公室", "2024年6月14日")
    fx = fixture(
        "word7_04_jingyuan_review",
        "a county's 抽查复核 通报 (red letterhead, 文号): ratio and counts in prose, 附件 table with 单位自评得分 "
        "beside 复核得分 and 复核等级, 版记",
        doc,
        title=title,
        region="菁原县",
        year=2023,
    )
    fx.metric("self_evaluated_projects", n_self, "个", q_self)
    fx.metric("sampling_ratio", 3, "%", q_ratio)
    fx.metric("sampled_projects", len(rows), "个", q_sample)
    fx.batch("self", "项目支出绩效自评", project_count=n_self)
    fx.batch("sampling", "绩效自评抽查复核", project_count=len(rows),
             grades={g: cnt[g] for g in ("优", "良", "中", "差")})  # fmt: skip
    for i, (n, d, _a, b, g) in enumerate(rows, 1):
        fx.project(i, n, d, g, "sampling", score=b)
    fx.notes = (
        "SYNTHETIC. Evaluated year 2023 (title), review done and published 2024. The table prints two scores per "
        "project: 单位自评得分 (the unit's own) and 复核得分 (the bureau's review); gold 'score' is the 复核得分, the "
        "result of this round, and the grade is the 复核等级. The sampling ratio is a floor ('不低于3%'): recorded "
        "as 3 with its quote. The averages (自评平均得分/复核平均得分) are not headline metrics. The 文号's year "
        "(〔2024〕) is the publication year. 菁原县卫生健康局 has two sampled projects."
    )
    return fx


# =============================================================================================== 05 楠渡县水利局
F05_INDICATORS = [
    ("产出指标", "数量指标", "维修养护集中供水工程数量", "≥38处", "41处", "10", "10"),
    (UP, UP, "更换老化管网长度", "≥26公里", "24.6公里", "10", "9"),
    (UP, "质量指标", "维修养护工程验收合格率", "100%", "100%", "10", "10"),
    (UP, "时效指标", "项目按期完成率", "≥95%", "92%", "10", "8"),
    (UP, "成本指标", "单处工程平均养护成本", "≤7.5万元", "6.98万元", "10", "10"),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "98.6%", "10", "10"),
    (UP, UP, "供水保证率", "≥95%", "96.2%", "10", "10"),
    (UP, "可持续影响指标", "工程长效管护机制建立情况", "健全", "基本健全", "10", "8"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.4%", "10", "10"),
]


def f05_department_self() -> Fixture3:
    """A county water bureau's own 项目支出绩效自评报告 for one project: its amounts in prose, the score and the
    grade in a sentence, an indicator table (一级/二级 merged vertically) with 分值 and 得分."""
    doc = Doc3("楠渡县水利局", body_size=15, line_pitch=26)
    doc.header("楠渡县水利局", align="right")
    doc.footer("dash", size=12)
    title = doc.title("楠渡县水利局2023年度农村饮水安全工程", "维修养护项目支出绩效自评报告", size=20)
    budget, actual = D("286.40"), D("271.35")
    doc.heading(1, "一、项目基本情况")
    q_amt = f"全年预算资金{money(budget)}万元"
    doc.para(
        f"农村饮水安全工程维修养护项目是县级财政安排的经常性项目，主要用于全县集中供水工程的管网维修、设备更换和"
        f"水质检测。2023年{q_amt}，其中中央补助资金120.00万元、县级配套资金166.40万元，实际支出"
        f"{money(actual)}万元，预算执行率为94.74%。"
    )
    doc.heading(1, "二、绩效目标完成情况")
    doc.para("项目年初设定产出、效益和满意度三类共9项绩效指标，全年完成6项，部分完成3项。各项指标完成情况见下表。")
    doc.caption("项目绩效指标完成情况表", font=HEI, size=14)
    table = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    table += [list(r) for r in F05_INDICATORS]
    ind_pts = sum(D(r[6]) for r in F05_INDICATORS)
    table.append(["预算执行率", LEFT, LEFT, "100%", "94.74%", "10", "9.47"])
    total_score = ind_pts + D("9.47")
    table.append(["合计", LEFT, LEFT, LEFT, LEFT, "100", money(total_score)])
    doc.table(table, [2.0, 2.4, 4.2, 2.1, 2.1, 1.3, 1.4], align=list("cclcccc"), size=10.5, font=SONG)
    doc.style_last_table(bold_rows=(len(table) - 1,))
    doc.heading(1, "三、自评结论")
    grade = "优"
    q_score = f"自评得分{money(total_score)}分，自评等级为“{grade}”"
    doc.para(
        f"对照年初绩效目标，项目总体完成情况较好，{q_score}。更换老化管网长度未达目标，主要是部分村庄管网改造"
        "纳入了新建工程；项目按期完成率偏低，主要是汛期施工受阻。"
    )
    doc.heading(1, "四、存在的问题和改进措施")
    doc.para("一是部分工程管护经费依赖财政补助，水费收缴率偏低；二是个别乡镇管护人员专业能力不足。下一步，"
             "我局将推动建立“县级统管、乡镇负责、村级落实”的管护体系，并将自评结果应用于2025年预算编制。")  # fmt: skip
    doc.signature("楠渡县水利局", "2024年3月22日")
    name = "农村饮水安全工程维修养护项目"
    fx = fixture(
        "word7_05_nandu_water_self",
        "a county water bureau's own 项目支出绩效自评报告: one project, score and grade in prose, indicator "
        "table with merged 一级/二级指标, 分值/得分 and 合计",
        doc,
        title=title,
        region="楠渡县",
        year=2023,
    )
    fx.batch("self", "项目支出绩效自评", project_count=1)
    fx.project(1, name, "楠渡县水利局", grade, "self", score=total_score, amount=budget, unit="万元")
    fx.notes = (
        "SYNTHETIC. One project, the publisher's own: department = 楠渡县水利局 (the publisher). Amount is the "
        f"annual budget {money(budget)}万元 (the prose also gives the 实际支出 {money(actual)}万元 and the two "
        "sources 120.00/166.40万元; the budget is the project's amount). The score "
        f"{money(total_score)} is the 合计 of the indicator table and stated in prose; the 分值/得分 of single "
        "indicators are not project scores. The running header repeats the bureau's name on every page (the "
        "check strips it). No headline metrics: a single self-evaluation report states no round counts."
    )
    return fx


# =============================================================================================== 06 沁岙市住建局
F06_BONDS = [
    ("沁岙市城市建设投资集团有限公司", "沁岙市东城片区棚户区改造项目", "2.50", "优", ""),
    ("沁岙市城市建设投资集团有限公司", "沁岙市老旧小区改造及配套基础设施项目", "1.20", "良", ""),
    ("沁岙市保障性住房建设中心", "沁岙市人才公寓（一期）建设项目", "0.85", "良", "2022年发行0.40亿元"),
    ("沁岙市排水有限公司", "沁岙市城北污水处理厂扩建工程", "1.60", "优", ""),
    ("沁岙市排水有限公司", "沁岙市雨污分流改造工程", "0.70", "中", "项目进度滞后"),
    ("沁岙市市政工程建设中心", "沁岙市地下综合管廊（二期）工程", "3.10", "良", ""),
]


def f06_bond_notice() -> Fixture3:
    """A city housing bureau's 专项债券 绩效评价情况 公示: a lead paragraph citing the 文号 of the province's
    notice, a table with 项目单位, 发行金额（亿元） (the unit only in the header), 评价结果, 备注."""
    doc = bureau_doc("沁岙市住房和城乡建设局")
    title = doc.title("沁岙市住房和城乡建设局2023年度地方政府", "专项债券项目资金绩效评价情况公示")
    rows = [(u, n, D(a), g, r) for u, n, a, g, r in F06_BONDS]
    total = sum(r[2] for r in rows)
    doc.para(
        "根据《关于开展2023年度地方政府专项债券项目资金绩效评价工作的通知》（岱财债〔2024〕11号）要求，"
        "我局组织各项目单位对2023年度发行的专项债券项目开展了绩效自评，并对自评结果进行了审核。"
        "现将评价情况公示如下："
    )
    doc.caption("2023年度地方政府专项债券项目资金绩效评价情况表", font=HEI, size=14)
    table = [["序号", "项目单位", "项目名称", "发行金额（亿元）", "评价结果", "备注"]]
    for i, (u, n, a, g, r) in enumerate(rows, 1):
        table.append([str(i), u, n, str(a), g, r or None])
    table.append(["合计", LEFT, LEFT, str(total), None, None])
    doc.table(table, [1.1, 4.0, 5.4, 2.0, 1.6, 2.4], align=list("cllccl"), size=11)
    q_n = f"本次公示项目{len(rows)}个"
    q_amt = f"发行专项债券资金合计{total}亿元"
    doc.para(f"{q_n}，{q_amt}。公示期为2024年7月10日至7月16日（5个工作日）。如有异议，请在公示期内向我局"
             "计划财务处反映。联系电话：0000-8123456。")  # fmt: skip
    doc.signature("沁岙市住房和城乡建设局", "2024年7月9日")
    fx = fixture(
        "word7_06_qinao_bond",
        "a housing bureau's 专项债券 公示: 亿元 only in the header, 项目单位 column (not the department), "
        "评价结果 优/良/中, 备注 with an amount, 合计 row, a 文号 in the lead",
        doc,
        title=title,
        region="沁岙市",
        year=2023,
    )
    fx.metric("bond_projects", len(rows), "个", q_n)
    fx.metric("bond_amount", total, "亿元", q_amt)
    fx.batch("self", "专项债券项目绩效自评", project_count=len(rows), amount=total, amount_unit="亿元")
    for i, (_u, n, a, g, _r) in enumerate(rows, 1):
        fx.project(i, n, "沁岙市住房和城乡建设局", g, "self", amount=a, unit="亿元")
    fx.notes = (
        "SYNTHETIC. Bond notice: fiscal_year = the bond year of the title (2023); the 文号 cites 〔2024〕 (the "
        "work year) and the province's abbreviation is invented. department = the publisher "
        "沁岙市住房和城乡建设局 (主管部门); the 项目单位 column names the implementing companies and is not the "
        "department. Batch type 'self': the 项目单位 evaluated themselves and the bureau reviewed ('审核') the "
        "self-evaluations; the 评价结果 column is that result. The 备注 "
        "'2022年发行0.40亿元' is an earlier issue, not the project's amount. The phone number is noise."
    )
    return fx


# =============================================================================================== 07 琅湾区
F07_POLICIES = [
    ("琅湾区促进制造业高质量发展扶持政策", "琅湾区经济和信息化局", "8650.00", "86.2", "良"),
    ("琅湾区高层次人才安居补贴政策", "琅湾区人才工作服务中心", "2340.50", "91.4", "优"),
    ("琅湾区城乡居民基本医疗保险参保补助政策", "琅湾区医疗保障局", "5128.76", "78.5", "中"),
]


def f07_policy_notice() -> Fixture3:
    """A district finance bureau's 通报 of policy evaluations: results in an outline, one paragraph per policy
    with its money, score and grade; no table."""
    doc = bureau_doc("琅湾区财政局")
    title = doc.title("琅湾区财政局关于2023年度财政政策", "绩效评价结果的通报")
    doc.line("区级各部门：")
    rows = [(n, d, D(a), D(s), g) for n, d, a, s, g in F07_POLICIES]
    total = sum(r[2] for r in rows)
    q_n = f"选取{len(rows)}项区级财政政策开展绩效评价"
    q_amt = f"涉及政策资金{money(total)}万元"
    doc.para(f"为提高财政政策的精准性和有效性，2024年，区财政局{q_n}，{q_amt}。现将评价结果通报如下：")
    doc.heading(1, "一、评价结果")
    nums = ["（一）", "（二）", "（三）"]
    for i, (n, d, a, s, g) in enumerate(rows):
        doc.heading(2, f"{nums[i]}{n}", run_in="")
        doc.para(
            f"该政策由{d}牵头实施，2023年兑现资金{money(a)}万元。评价得分{s}分，评价等级为“{g}”。"
            + (
                "政策目标总体实现，但兑现流程较长，部分企业反映申报材料繁杂。"
                if g == "良"
                else "政策覆盖面广，兑现及时，受益对象满意度高。"
                if g == "优"
                else "政策资金测算依据不充分，参保补助标准动态调整机制尚未建立。"
            )
        )
    doc.heading(1, "二、结果应用")
    doc.para("评价结果将作为政策调整、完善和预算安排的重要依据。对评价等级为“中”的政策，主管部门应于三个月内提出"
             "调整完善意见，报区政府审定后实施。")  # fmt: skip
    doc.signature("琅湾区财政局", "2024年9月3日")
    fx = fixture(
        "word7_07_langwan_policy",
        "a district's policy-evaluation 通报: results in an outline (（一）…), one paragraph per policy with money, "
        "score and grade; no table",
        doc,
        title=title,
        region="琅湾区",
        year=2023,
    )
    fx.metric("policy_evaluations", len(rows), "个", q_n)
    fx.batch("other", "财政政策绩效评价", project_count=len(rows), amount=total, amount_unit="万元")
    for i, (n, d, a, s, g) in enumerate(rows, 1):
        fx.project(i, n, d, g, "other", score=s, amount=a, unit="万元")
    fx.notes = (
        "SYNTHETIC. Policy evaluations: batch type 'other' (policy) and each policy recorded as a project. "
        "department = the 牵头实施 department named in the policy's paragraph (one is a 服务中心, the policy's lead "
        "unit). fiscal_year 2023 (title); the evaluation was done in 2024. Amount = the money paid out under the "
        f"policy in 2023 (兑现资金); the batch amount is the prose's total {money(total)}万元. Policy count quoted "
        "in 项."
    )
    return fx


# =============================================================================================== 08 芦汐县
F08_TOWNS = [
    ("芦汐镇", "95.5"),
    ("白沙镇", "93.0"),
    ("枫林乡", "88.5"),
    ("溪口镇", "91.5"),
    ("东桥街道", "86.0"),
    ("南屏乡", "79.0"),
    ("石岗镇", "84.5"),
    ("青竹乡", "76.5"),
    ("城关街道", "90.0"),
    ("下渡乡", "72.0"),
    ("马鞍镇", "82.0"),
]


def f08_township_grading() -> Fixture3:
    """A county finance bureau's 通报 grading its 乡镇（街道）on budget-performance work: a ranking table
    (名次 instead of 序号), 优秀/良好/合格 等次, counts per 等次 in prose."""
    doc = bureau_doc("芦汐县财政局")
    doc.doc_number("芦财〔2024〕23号", align="right")
    title = doc.title("芦汐县财政局关于2023年度乡镇（街道）", "预算绩效管理工作考核结果的通报")
    doc.line("各乡镇人民政府、街道办事处：")
    towns = sorted(((n, D(s)) for n, s in F08_TOWNS), key=lambda t: -t[1])
    graded = [(n, s, band(s, ("优秀", "良好", "合格"), (90, 80, 0))) for n, s in towns]
    cnt = Counter(g for _, _, g in graded)
    q_n = f"对全县{len(towns)}个乡镇（街道）2023年度预算绩效管理工作进行了考核"
    doc.para(
        "根据《芦汐县乡镇（街道）预算绩效管理工作考核办法》，县财政局采取日常考核与年终考核相结合的方式，"
        f"{q_n}。考核内容包括绩效目标管理、绩效运行监控、绩效自评、结果应用和基础工作五个方面。"
    )
    q_gr = f"评定优秀等次{cnt['优秀']}个、良好等次{cnt['良好']}个、合格等次{cnt['合格']}个"
    doc.para(f"经考核，{q_gr}。具体考核结果如下：")
    doc.caption("2023年度乡镇（街道）预算绩效管理工作考核结果", font=HEI, size=14)
    table = [["名次", "乡镇（街道）", "考核得分", "考核等次"]]
    for i, (n, s, g) in enumerate(graded, 1):
        table.append([str(i), n, str(s), g])
    doc.table(table, [2.0, 5.0, 3.0, 3.0], size=12)
    doc.para("考核结果将与乡镇（街道）财政管理工作经费挂钩，对考核优秀的乡镇（街道）给予通报表扬，"
             "对考核合格的乡镇（街道）由县财政局进行约谈。")  # fmt: skip
    doc.signature("芦汐县财政局", "2024年4月8日")
    fx = fixture(
        "word7_08_luxi_township",
        "a county's 乡镇（街道）grading: a ranking table (名次, not 序号), scores and 等次 优秀/良好/合格, counts "
        "per 等次 in prose, 文号 at the right",
        doc,
        title=title,
        region="芦汐县",
        year=2023,
    )
    fx.metric("lower_government_evaluations", len(towns), "个", q_n)
    fx.batch("other", "乡镇（街道）预算绩效管理工作考核", project_count=len(towns),
             grades={g: cnt[g] for g in ("优秀", "良好", "合格")})  # fmt: skip
    for i, (n, s, g) in enumerate(graded, 1):
        fx.project(i, n, None, g, "other", score=s)
    fx.notes = (
        "SYNTHETIC. Lower-government grading: the graded objects are 乡镇/街道, recorded as projects (name = the "
        "township, department null, batch 'other'), as the real corpus records cities graded A/B/C. seq is the "
        "table's 名次 (rank), the table being sorted by score. The metric lower_government_evaluations counts the "
        "11 townships. The 文号 year 〔2024〕 is the publication year; the assessed year is 2023 (title)."
    )
    return fx


# =============================================================================================== 09 朔渚市 (scan)
F09_COUNTIES = [
    ("桦岗县", "A"),
    ("朔渚市临溪区", "A"),
    ("朔渚市北湖区", "B"),
    ("苍梧岭县", "B"),
    ("鹭岛县", "A"),
    ("柘川县", "C"),
    ("云峰县", "B"),
]


def f09_city_counties_scan() -> Fixture3:
    """A city finance bureau's 通报 grading its counties' fiscal operation A/B/C, printed, stamped and scanned:
    an image-only PDF. Counties listed under each grade in prose, and a small table."""
    doc = bureau_doc("朔渚市财政局")
    doc.red_letterhead("朔渚市财政局", "朔财绩〔2024〕15号")
    title = doc.title("朔渚市财政局关于2023年度县（区）", "财政运行综合绩效评价结果的通报")
    doc.line("各县（区）财政局：")
    n = len(F09_COUNTIES)
    q_n = f"对{n}个县（区）2023年度财政运行情况开展了综合绩效评价"
    doc.para(
        "为推动县级财政平稳运行、防范化解财政风险，根据《朔渚市县级财政运行综合绩效评价办法》，市财政局"
        f"{q_n}，评价内容包括财政收入质量、支出结构、“三保”保障、债务风险和预算绩效管理五个方面。"
    )
    by = {g: [c for c, gg in F09_COUNTIES if gg == g] for g in "ABC"}
    q_gr = f"评价等级为A的{len(by['A'])}个，B的{len(by['B'])}个，C的{len(by['C'])}个"
    doc.para(f"经评价，{q_gr}。其中，A级：{'、'.join(by['A'])}；B级：{'、'.join(by['B'])}；C级：{'、'.join(by['C'])}。")
    doc.para("对评价等级为A的县（区），市财政局在分配2024年度财力性转移支付时给予适当倾斜；对评价等级为C的县（区），"
             "由市财政局约谈财政局主要负责人，并督促制定整改方案。")  # fmt: skip
    doc.caption("2023年度县（区）财政运行综合绩效评价结果", font=HEI, size=14)
    table = [["序号", "县（区）", "评价等级"]]
    for i, (c, g) in enumerate(F09_COUNTIES, 1):
        table.append([str(i), c, g])
    doc.table(table, [2.0, 6.0, 4.0], size=12)
    doc.signature("朔渚市财政局", "2024年5月30日")
    fx = fixture(
        "word7_09_shuozhu_counties_scan",
        "a city's A/B/C grading of its counties' fiscal operation, printed, stamped and SCANNED (image-only): "
        "names under each grade in prose and in a table",
        doc,
        title=title,
        region="朔渚市",
        year=2023,
        tagged=False,
        scan={
            "dpi": 200,
            "angles": [0.35, -0.4, 0.5],
            "colour": True,
            "noise": 3.0,
            "seed": 707,
            "seal": {"text": "朔渚市财政局", "near": "2024年5月30日"},
        },
    )
    fx.metric("lower_government_evaluations", n, "个", q_n)
    fx.batch("other", "县（区）财政运行综合绩效评价", project_count=n,
             grades={g: len(by[g]) for g in "ABC"})  # fmt: skip
    for i, (c, g) in enumerate(F09_COUNTIES, 1):
        fx.project(i, c, None, g, "other")
    fx.notes = (
        "SYNTHETIC. An image-only scan: there is no text layer; the gold was checked against the exported PDF "
        "before rasterising. Region 朔渚市: the city's money is not what was evaluated - the counties' fiscal "
        "operation is - but the city publishes and grades, so region is the publisher's (as the real corpus "
        "records central gradings with the grader's scope). Evaluated objects are counties recorded as projects "
        "(department null, batch 'other'); seq from the table. Grades are the bare letters 'A/B/C' (the prose "
        "also says 'A级'). Two districts carry the city's name as a prefix in the text ('朔渚市临溪区')."
    )
    return fx


# =============================================================================================== 10 岱霖省 (landscape)
F10_FUNDS = [
    ("省级现代种业提升工程资金", "岱霖省种子管理总站"),
    ("省级农业产业化龙头企业贷款贴息", "岱霖省农业农村厅"),
    ("畜禽粪污资源化利用整县推进补助", "岱霖省畜牧兽医局"),
    ("耕地地力保护补贴省级配套", "岱霖省农业农村厅"),
    ("农业机械化发展专项资金", "岱霖省农业机械化服务中心"),
    ("农产品质量安全监管能力建设", "岱霖省农产品质量安全中心"),
    ("高素质农民培育工程", "岱霖省农业广播电视学校"),
    ("渔业发展补助资金", "岱霖省渔业渔政局"),
    ("农村集体经济组织扶持资金", "岱霖省农业农村厅"),
    ("省级农业科技示范基地建设", "岱霖省农业科学院"),
    ("动物防疫体系运行经费", "岱霖省动物疫病预防控制中心"),
    ("农作物重大病虫害防控经费", "岱霖省植物保护站"),
    ("农业面源污染治理示范项目", "岱霖省农业生态与资源保护总站"),
    ("数字农业试点建设资金", "岱霖省农业信息中心"),
    ("乡村工匠培育计划经费", "岱霖省农业农村厅"),
    ("农垦系统改革专项经费", "岱霖省农垦事务中心"),
    ("特色农产品优势区建设补助", "岱霖省农业农村厅"),
    ("农村宅基地制度改革试点经费", "岱霖省农村经营管理站"),
    ("省级农业对外合作专项", "岱霖省农业对外经济合作中心"),
    ("农业保险保费省级补贴", "岱霖省农业农村厅"),
    ("设施农业提档升级补助", "岱霖省农业技术推广总站"),
    ("农产品冷链物流设施建设补助", "岱霖省农业农村厅"),
    ("农村人居环境整治提升奖补", "岱霖省农业农村厅"),
    ("农业综合执法能力建设经费", "岱霖省农业综合行政执法监督局"),
    ("蚕桑产业提质增效资金", "岱霖省蚕业技术推广站"),
    ("省级休闲农业与乡村旅游示范创建", "岱霖省农业农村厅"),
    ("农田建设项目前期工作经费", "岱霖省农田建设管理中心"),
    ("种质资源库运行维护经费", "岱霖省农业科学院"),
]


def f10_province_landscape() -> Fixture3:
    """A provincial department's 绩效自评结果 for its special funds: a long landscape table in 元 with thousands
    separators across pages (the header repeated), 预算数/执行数/执行率, a 自评得分 and a 自评等级 column."""
    import random

    rnd = random.Random(1077)
    doc = Doc3("岱霖省农业农村厅", body_size=15, line_pitch=26)
    doc.footer("page_of", size=10.5)
    title = doc.title("岱霖省农业农村厅2023年度省级财政专项资金", "项目绩效自评结果", size=20)
    rows = []
    for name, unit in F10_FUNDS:
        budget = D(rnd.randrange(1_800_000, 98_000_000)) + D(rnd.randrange(0, 100)) / 100
        rate = D(rnd.randrange(780, 1000)) / 1000
        spent = (budget * rate).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        score = D(rnd.randrange(700, 990)) / 10
        rows.append((name, unit, budget, spent, score, band(score, ("优", "良", "中", "差"))))
    total_b = sum(r[2] for r in rows)
    total_s = sum(r[3] for r in rows)
    cnt = Counter(r[5] for r in rows)
    q_n = f"对{len(rows)}个省级财政专项资金项目开展了绩效自评"
    q_amt = f"涉及预算资金{money(total_b, sep=True)}元"
    doc.para(
        "根据省财政厅关于开展2023年度省级预算绩效自评工作的统一部署，我厅组织厅机关各处室和厅属各单位，"
        f"{q_n}，{q_amt}。现将自评结果公开如下。"
    )
    q_gr = f"自评等级为“优”的{cnt['优']}个，“良”的{cnt['良']}个，“中”的{cnt['中']}个"
    rate = (total_s * 100 / total_b).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    doc.para(f"从自评结果看，{q_gr}；全年预算执行率{rate}%。自评结果已报省财政厅，并作为2025年部门预算编制的参考。")
    doc.para("联系单位：岱霖省农业农村厅计划财务处。")
    doc.blank()
    doc.line("附件：2023年度省级财政专项资金项目绩效自评结果表")
    doc.signature("岱霖省农业农村厅", "2024年6月18日")
    doc.landscape()
    doc.line("附件", font=HEI, keep_next=True)
    doc.caption("2023年度省级财政专项资金项目绩效自评结果表", font=HEI, size=14)
    doc.unit_line("单位：元", size=11)
    table = [["序号", "项目名称", "实施单位", "预算数", "执行数", "执行率", "自评得分", "自评等级"]]
    for i, (n, u, b, s, sc, g) in enumerate(rows, 1):
        table.append([str(i), n, u, money(b, sep=True), money(s, sep=True),
                      f"{(s * 100 / b).quantize(D('0.1'), rounding=ROUND_HALF_UP)}%", str(sc), g])  # fmt: skip
    table.append(["合计", LEFT, LEFT, money(total_b, sep=True), money(total_s, sep=True), None, None, None])
    doc.table(table, [1.2, 6.6, 5.4, 3.2, 3.2, 1.7, 1.6, 1.7], align=list("cllrrccc"), size=10.5,
              font=SONG, cant_split=True)  # fmt: skip
    doc.style_last_table(shade="E7E6E6", bold_rows=(len(table) - 1,), row_height_cm=0.62)
    fx = fixture(
        "word7_10_dailin_agri_landscape",
        "a provincial department's self-evaluation results: a 28-row LANDSCAPE table in 元 with thousands "
        "separators across pages (header repeated), 实施单位 column, 执行率, 自评得分/自评等级, 合计",
        doc,
        title=title,
        region="岱霖省",
        year=2023,
    )
    fx.metric("self_evaluated_projects", len(rows), "个", q_n)
    fx.metric("self_evaluated_amount", total_b, "元", q_amt)
    fx.batch("self", "省级财政专项资金项目绩效自评", project_count=len(rows), amount=total_b, amount_unit="元",
             grades={g: cnt[g] for g in ("优", "良", "中")})  # fmt: skip
    for i, (n, _u, b, _s, sc, g) in enumerate(rows, 1):
        fx.project(i, n, "岱霖省农业农村厅", g, "self", score=sc, amount=b, unit="元")
    fx.notes = (
        "SYNTHETIC. A provincial line department's own round: region 岱霖省 (省级), department = the publisher "
        "岱霖省农业农村厅 for every project (主管部门); the 实施单位 column names the implementing units and is "
        "not the department. The table is an 附件 after the signature, on landscape pages. "
        "amount = 预算数 in 元 (the 执行数 and 执行率 are not the amount). No 差 mentioned: no "
        "差 key. The table runs over several landscape pages with the header repeated."
    )
    return fx


FIXTURES = [
    f01_county_annual,
    f02_city_key_notice,
    f03_district_overall,
    f04_county_review,
    f05_department_self,
    f06_bond_notice,
    f07_policy_notice,
    f08_township_grading,
    f09_city_counties_scan,
    f10_province_landscape,
]


# ------------------------------------------------------------------------------------------------ checks
def _printed(value: float | int) -> list[str]:
    """The ways a gold number can be printed: as is, with two decimals, with thousands separators."""
    d = D(str(value))
    out = {str(value), f"{d}", f"{d:,}", f"{d:.2f}", f"{d:,.2f}", f"{d:.1f}"}
    if d == d.to_integral_value():
        out.add(str(int(d)))
    return list(out)


def check_numbers(fx: Fixture3) -> list[str]:
    """Every metric value in its quote; every project's and unit's score and amount in the docx text."""
    text = "\n".join(fx.doc.text)
    problems = []
    for m in fx.metrics:
        if not any(p in m["quote"] for p in _printed(m["value"])):
            problems.append(f"metric {m['metric']}={m['value']} not in its quote: {m['quote']}")
    for p in fx.projects:
        for key in ("score", "amount"):
            if p[key] is not None and not any(s in text for s in _printed(p[key])):
                problems.append(f"project {p['name']} {key}={p[key]} not in the text")
    for u in fx.units:
        if u["score"] is not None and not any(s in text for s in _printed(u["score"])):
            problems.append(f"unit {u['unit']} score={u['score']} not in the text")
    for b in fx.batches:
        for key in ("project_count", "amount"):
            if b[key] is not None and not any(s in text for s in _printed(b[key])):
                problems.append(f"batch {b['label_zh']} {key}={b[key]} not in the text")
        for g, n in (b["grades"] or {}).items():
            if not re.search(rf"{re.escape(g)}[^0-9]{{0,8}}{n}[个家]|无{re.escape(g)}|无“{re.escape(g)}”", text):
                problems.append(f"batch {b['label_zh']} grade {g}={n} not stated in the text")
    return problems


# ------------------------------------------------------------------------------------------------ README
README_HEAD = """# Word-made fixtures, seventh set (`word7_*`) — SYNTHETIC

**Everything here is SYNTHETIC**: the regions (桐汀县, 翠屿市, 澹川区, 菁原县, 楠渡县, 沁岙市, 琅湾区, 芦汐县,
朔渚市 and the counties it grades, 岱霖省), departments, units, projects, townships, phone numbers, 文号 and figures
are invented; any likeness to a real place or its figures is accidental.

Ten budget-performance reports written as Word documents (python-docx) and exported to PDF by LibreOffice headless,
each with its gold (`<name>.json`: the real corpus's gold format, `"synthetic": true`, and `notes` on every
judgement call). Generated by `tools/make_word_fixtures_7.py` (`make word-fixtures-7`):

    .venv/bin/python tools/make_word_fixtures_7.py [OUT_DIR] [--only NAME ...] [--keep-docx] [--render DIR]

## Author statement

Written by a seventh author, from the genre only: the real corpus's README, gold and texts, the reference report,
and bureau pages found through the `pages` search corpus (a housing bureau's bond 公示 table with 项目单位,
发行金额（亿元）, 评价结果 and 备注; department self-evaluation reports; county and city notices). The author did
NOT read the parser, the scorer, the extractors or the earlier sets' fixtures and generators (only the shared
mechanics: the 公文 builder, the LibreOffice conversion and the scan rasteriser), and did not run the parser or
`jixiao eval` on these documents. Eight are ordinary reports as county, city and district finance bureaus, line
departments and a provincial department publish them; two carry a difficulty a real bureau's file has (a printed
and scanned 通报, a long landscape table in 元 across pages).

## How the gold was checked

The gold is written from the same data as the document, then checked before anything is written:

1. against the document's own text (docx paragraphs and cells): the title, every quote, project name,
   department, unit, parent department and grade;
2. numbers: every metric's value in its quote; every project's and unit's score and amount, every batch's count
   and amount in the docx text; every batch grade count stated in the text next to its grade word;
3. against the exported PDF's text layer, with PDFium and with pdfplumber (page numbers and running headers
   removed): the same strings, CJK text on every page, no `(cid:…)`, pdfplumber finds the ruled tables,
   landscape pages where the document has a landscape section;
4. the scanned report (`word7_09`) is checked in step 3 on the PDF before it is rasterised; the published PDF is
   then confirmed to have NO text layer (PDFium counts 0 characters).

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
"""


def write_readme(out_dir: Path, fixtures: list[Fixture3], infos: dict[str, dict[str, Any]]) -> None:
    lines = [README_HEAD.rstrip("\n")]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = "none (scan)" if fx.scan else "yes"
        extra = f" ({info['landscape']} landscape page(s))" if info.get("landscape") else ""
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {fx.what}{extra} |")
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
    parser.add_argument("--render", type=Path, metavar="DIR", help="render every page of each PDF to PNG in DIR")
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
        problems = check_doc(fx, {}) + check_numbers(fx)
        if problems:
            failed = True
            print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
    if failed:
        return 1
    infos: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-word7-") as tmp:
        work = Path(tmp)
        groups: dict[tuple[str, bool], list[Fixture3]] = {}
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
            key = (json.dumps(export_options(fx), sort_keys=True), bool(fx.scan))
            groups.setdefault(key, []).append(fx)
        scan_dir = work / "scan"
        for (_, is_scan), fxs in groups.items():
            convert3(soffice, [work / f"{fx.name}.docx" for fx in fxs], scan_dir if is_scan else out_dir,
                     export_options(fxs[0]))  # fmt: skip
        for fx in fixtures:
            pdf = (scan_dir if fx.scan else out_dir) / f"{fx.name}.pdf"
            problems, info = check_pdf3(pdf, fx)
            if fx.scan:
                pages = rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                n, chars = no_text_layer(out_dir / f"{fx.name}.pdf")
                if chars or n != pages:
                    problems.append(f"the scan has {chars} characters in its text layer over {n} pages")
                info = {**info, "pages": n}
            if not 2 <= info["pages"] <= 5:
                problems.append(f"{info['pages']} pages (wanted 2-5)")
            infos[fx.name] = info
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            write_gold(fx, out_dir)
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info['pages']} pages, {info.get('tables', '?')} tables: {status}")
            failed = failed or bool(problems)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    if args.render:
        for fx in fixtures:
            render(out_dir / f"{fx.name}.pdf", args.render)
    if not args.only:
        write_readme(out_dir, fixtures, infos)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
