"""A twelfth, independent set of Word-made fixtures (`word12_*`): budget-performance reports written as Word
documents (python-docx) and exported to PDF by LibreOffice headless, the way county, city, district and provincial
bureaus publish them.

Written by a twelfth author from the genre (the real corpus's README and gold, real bureau pages), without reading
the parser, the scorer or the earlier sets' fixtures. Mostly ordinary reports:
- a county's annual work summary; a city's 重点评价 通报 with a table across pages;
- a district's 部门整体 results in 元 with merged 主管部门 cells; a county's 抽查复核 通报 with two scores;
- a provincial department's one-project 自评 report with an indicator table;
- a county's 专项债券 公示 in 亿元 with 备注; a city's 政策 results in prose;
- a county grading its 乡镇（街道）; a city grading its 县（市、区） with letters;
- one scanned 通报 (image-only PDF).

Everything is SYNTHETIC: the regions (栖棠县, 桐皋市, 沅霞区, 蔚屏县, 芸岭省, 鹭坪县, 砚澜市, 昙溪县, 朔川市, 琅埠县 and
the towns and counties under them), departments, units, projects and figures are invented.

Gold is written from the same data as each document and checked before it is written: every quote, name,
department and grade in the docx text; every number in its quote or the text; and all of them in the exported
PDF's text layer (PDFium and pdfplumber), for the scanned fixture in the PDF before it was rasterised (and the
published PDF is checked to have no text layer).

Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts (tools/make_word_fixtures.py) and the
conversion and scanning mechanics of tools/make_word_fixtures_3.py (convert3, rasterise).

Usage: python tools/make_word_fixtures_12.py [OUT_DIR] [--only NAME ...] [--keep-docx]
       (default OUT_DIR tests/fixtures/word12)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import convert3, rasterise
from word_doc import KAI, LEFT, UP, WordDoc

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word12"
D = Decimal


# ------------------------------------------------------------------------------------------------ numbers
def money(value: Decimal, places: int = 2, sep: bool = True) -> str:
    q = D(value).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{q:,}" if sep else f"{q}"


def yi(wan: Decimal) -> Decimal:
    return (D(wan) / 10000).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def num(value: Decimal | int | float) -> int | float:
    d = D(str(value))
    return int(d) if d == d.to_integral_value() else float(d)


def forms(value: int | float) -> set[str]:
    """How a gold number may be printed: plain, fixed decimals, with thousands separators."""
    d = D(str(value))
    out = set()
    for places in (0, 1, 2, 3, 4):
        q = d.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if q == d:
            out |= {f"{q}", f"{q:,}"}
    return out


# ------------------------------------------------------------------------------------------------ gold
def metric(name: str, value: Any, unit: str, quote: str) -> dict[str, Any]:
    return {"metric": name, "value": num(value), "unit": unit, "quote": quote}


def batch(type_: str, label: str, projects: int | None = None, departments: int | None = None,
          amount: Any = None, unit: str | None = None, grades: dict[str, int] | None = None,
          shares: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    return {"type": type_, "label_zh": label, "project_count": projects, "department_count": departments,
            "amount": None if amount is None else num(amount), "amount_unit": unit, "grades": grades,
            "grade_shares_pct": shares}  # fmt: skip


def project(seq: int, name: str, dept: str | None, grade: str | None, score: Any, amount: Any, unit: str | None,
            batch_type: str) -> dict[str, Any]:  # fmt: skip
    return {"seq": seq, "name": name, "department": dept, "grade": grade,
            "score": None if score is None else num(score), "amount": None if amount is None else num(amount),
            "amount_unit": unit if amount is not None else None, "batch_type": batch_type}  # fmt: skip


def dept_eval(unit: str, parent: str | None, grade: str | None, score: Any) -> dict[str, Any]:
    return {"unit": unit, "parent_department": parent, "grade": grade, "score": None if score is None else num(score)}


@dataclass
class Fixture:
    name: str
    what: str
    doc: WordDoc
    gold: dict[str, Any]
    scan: dict[str, Any] | None = None
    pages: int = 0
    problems: list[str] = field(default_factory=list)


def make_gold(title: str, region: str | None, year: int, metrics: list, batches: list, projects: list,
              depts: list, notes: str) -> dict[str, Any]:  # fmt: skip
    return {
        "source_url": "synthetic (tools/make_word_fixtures_12.py)",
        "synthetic": True,
        "title": title,
        "region": region,
        "fiscal_year": year,
        "headline_metrics": metrics,
        "evaluation_batches": batches,
        "projects": projects,
        "department_evaluations": depts,
        "notes": "SYNTHETIC document (twelfth independent author; invented region, departments and figures). " + notes,
    }


def new_doc(author: str) -> WordDoc:
    doc = WordDoc(author)
    return doc


# ------------------------------------------------------------------------------------------------ fixtures
def f01_county_summary() -> Fixture:
    doc = new_doc("栖棠县财政局")
    doc.footer("dash", odd_even=True)
    title = doc.title("栖棠县2024年度预算绩效管理工作情况")
    doc.para(
        "2024年，县财政局坚持以提高财政资金使用效益为核心，按照全面实施预算绩效管理的部署，围绕事前评估、目标管理、"
        "运行监控、绩效评价和结果应用等环节，扎实推进全方位、全过程、全覆盖的预算绩效管理体系建设。现将有关情况报告如下："
    )
    doc.heading(1, "一、事前绩效评估和绩效目标管理")
    doc.para(
        "对新增重大项目开展事前绩效评估，全年共评估7个项目，申请资金1,268.00万元，根据评估结论核减资金356.00万元。"
        "将绩效目标作为预算安排的前置条件，全县部门预算项目绩效目标实现应编尽编。"
    )
    doc.heading(1, "二、绩效运行监控")
    q_mon = "对2024年度398个项目开展1-7月绩效运行监控"
    doc.para(
        f"组织各预算单位{q_mon}，对监控中发现执行进度偏慢、绩效目标可能无法实现的项目及时督促整改，收回沉淀资金213.40万元。"
    )
    doc.heading(1, "三、绩效评价开展情况")
    doc.heading(2, "（一）单位绩效自评")
    q_self = "全县62家预算单位对2023年度实施的412个项目支出开展绩效自评，涉及资金56,218.47万元"
    doc.para(f"{q_self}，自评覆盖率达100%。")
    doc.heading(2, "（二）财政抽查复核")
    q_samp = "从各单位自评项目中随机抽取41个项目进行复核，抽查比例为10%，涉及资金8,936.20万元"
    doc.para(f"在单位自评的基础上，县财政局{q_samp}。复核结果显示：优秀12个、良好21个、一般6个、较差2个。")
    doc.heading(2, "（三）财政重点评价")
    rows = [
        ("县城区生活垃圾分类收运处置项目", "县综合行政执法局", D("2316.80"), D("88.5"), "良好"),
        ("高标准农田建设项目", "县农业农村局", D("4870.00"), D("91.2"), "优秀"),
        ("义务教育阶段学生营养改善计划", "县教育局", D("1985.36"), D("93.0"), "优秀"),
        ("城乡居民基本医疗保险财政补助", "县医疗保障局", D("2764.12"), D("79.6"), "一般"),
        ("农村公路养护专项资金", "县交通运输局", D("543.72"), D("84.1"), "良好"),
    ]
    total = sum((r[2] for r in rows), D(0))
    q_key = f"县财政局选取5个重点项目开展财政重点评价，涉及资金{money(total)}万元"
    doc.para(f"{q_key}。评价结果为：优秀2个、良好2个、一般1个，具体如下表：")
    doc.line("单位：万元", align="right", size=12)
    table = [["序号", "项目名称", "主管部门", "评价金额", "评价得分", "评价等级"]]
    for i, (name, dept, amt, score, grade) in enumerate(rows, 1):
        table.append([str(i), name, dept, money(amt), f"{score}", grade])
    table.append(["合计", LEFT, None, money(total), None, None])
    doc.table(table, [1.2, 5.0, 3.3, 2.2, 1.9, 1.9], align=["c", "l", "l", "r", "c", "c"])
    doc.heading(2, "（四）部门整体支出评价")
    doc.para(
        "选取县教育局、县卫生健康局、县农业农村局3个部门开展部门整体支出绩效评价，评价得分分别为91.5分、86.2分、83.0分，"
        "评价等级分别为优秀、良好、良好。"
    )
    doc.heading(1, "四、评价结果应用")
    doc.para(
        "将评价结果作为安排2025年度预算的重要依据，对评价等级为“一般”及以下的项目压减预算，共核减2025年度预算资金"
        "486.50万元；评价结果已在县政府门户网站公开，并抄送县纪委县监委、县审计局。"
    )
    doc.heading(1, "五、存在问题和下一步打算")
    doc.para(
        "部分单位绩效目标设置不够细化、量化，自评质量参差不齐。下一步，我们将加强业务培训，扩大重点评价范围，推动评价结果与"
        "预算安排深度挂钩。"
    )
    doc.signature("栖棠县财政局", "2025年1月16日")
    projects = [project(i, r[0], r[1], r[4], r[3], r[2], "万元", "key") for i, r in enumerate(rows, 1)]
    gold = make_gold(
        title,
        "栖棠县",
        2024,
        [
            metric("monitored_projects", 398, "个", q_mon),
            metric("self_evaluated_projects", 412, "个", q_self),
            metric("self_evaluated_amount", D("56218.47"), "万元", q_self),
            metric("involved_departments", 62, "个", q_self),
            metric("sampled_projects", 41, "个", q_samp),
            metric("sampling_ratio", 10, "%", q_samp),
            metric("sampled_amount", D("8936.20"), "万元", q_samp),
            metric("key_evaluated_projects", 5, "个", q_key),
            metric("key_evaluated_amount", total, "万元", q_key),
            metric("department_overall_evaluations", 3, "个", "县农业农村局3个部门开展部门整体支出绩效评价"),
        ],
        [
            batch("self", "单位绩效自评", 412, 62, D("56218.47"), "万元"),
            batch(
                "sampling",
                "财政抽查复核",
                41,
                None,
                D("8936.20"),
                "万元",
                {"优秀": 12, "良好": 21, "一般": 6, "较差": 2},
            ),
            batch("key", "财政重点评价", 5, None, total, "万元", {"优秀": 2, "良好": 2, "一般": 1}),
            batch("department_overall", "部门整体支出评价", None, 3),
        ],
        projects,
        [
            dept_eval("县教育局", None, "优秀", D("91.5")),
            dept_eval("县卫生健康局", None, "良好", D("86.2")),
            dept_eval("县农业农村局", None, "良好", D("83.0")),
        ],
        "fiscal_year=2024 is the work year of the title; the self-evaluated and key-evaluated spending is of 2023, the "
        "monitoring of 2024, the report is dated 2025-01. The sampling sentence runs "
        "over a page break, so the page footer (- 1 -) stands in "
        "the middle of its quote in the PDF text. 事前评估 (7 projects, 核减356.00万元), monitoring recoveries "
        "(213.40万元) and budget cuts (486.50万元) are not evaluation results and are not recorded. The key-evaluation "
        "table has a 合计 row (not a project). Department-overall scores and grades are two parallel lists in one "
        "sentence, zipped with the three named departments; the department_overall batch has department_count 3 and "
        "project_count null. involved_departments=62 is the number of 预算单位 doing self-evaluation.",
    )
    return Fixture("word12_01_qitang_county_summary", "county annual work summary: prose counts, key table with 合计, "
                   "zipped department scores", doc, gold)  # fmt: skip


def f02_city_key_notice() -> Fixture:
    doc = new_doc("桐皋市财政局")
    doc.footer("emdash")
    doc.red_letterhead("桐皋市财政局文件", "桐财绩〔2024〕17号")
    title = doc.title("桐皋市财政局关于2023年度市级财政重点", "绩效评价结果的通报")
    doc.line("市级各预算部门：")
    rows = [
        ("市教育局", "市属中小学校舍维修改造资金", D("3260.00"), D("91.5"), "优"),
        ("市卫生健康委", "基层医疗卫生机构能力提升项目", D("2874.50"), D("86.0"), "良"),
        ("市民政局", "困难群众救助补助资金", D("6418.32"), D("92.8"), "优"),
        ("市人力资源社会保障局", "就业创业补助资金", D("4105.00"), D("84.3"), "良"),
        ("市农业农村局", "现代农业产业园建设资金", D("5600.00"), D("78.2"), "中"),
        ("市交通运输局", "城市公交运营补贴", D("7250.00"), D("81.6"), "良"),
        ("市住房城乡建设局", "老旧小区改造提升工程", D("5321.86"), D("87.4"), "良"),
        ("市生态环境局", "重点流域水污染防治资金", D("1980.00"), D("90.6"), "优"),
        ("市文化广电旅游局", "公共文化服务体系建设资金", D("1265.40"), D("83.9"), "良"),
        ("市科技局", "科技创新券及研发补助资金", D("3500.00"), D("76.5"), "中"),
        ("市商务局", "外贸稳增长专项资金", D("2410.00"), D("58.7"), "差"),
        ("市水利局", "农村饮用水安全巩固提升工程", D("1842.25"), D("90.1"), "优"),
        ("市市场监管局", "食品安全抽检监测经费", D("690.00"), D("85.2"), "良"),
        ("市自然资源和规划局", "国土空间生态修复资金", D("2286.67"), D("82.7"), "良"),
    ]
    total = sum((r[2] for r in rows), D(0))
    mean = (sum((r[3] for r in rows), D(0)) / len(rows)).quantize(D("0.1"), rounding=ROUND_HALF_UP)
    counts = {g: sum(1 for r in rows if r[4] == g) for g in ("优", "良", "中", "差")}
    doc.para(
        "为进一步提高财政资金使用效益，根据《桐皋市市级财政支出绩效评价管理办法》有关规定，我局于2024年4月至9月组织开展了"
        "2023年度市级财政重点绩效评价工作。现将评价结果通报如下："
    )
    doc.heading(1, "一、评价基本情况")
    q_key = f"委托第三方机构对桐皋市本级{len(rows)}个项目开展财政重点绩效评价，涉及财政资金{yi(total)}亿元"
    doc.para(
        f"本次评价采取部门自评与财政评价相结合的方式，{q_key}。评价工作通过资料审核、现场核查、问卷调查和专家论证等方法，"
        "对项目决策、过程、产出和效益进行了全面评价。"
    )
    doc.para(
        "评价项目覆盖教育、卫生健康、社会保障、农业农村、交通运输、城乡建设、生态环境、文化旅游、科技、商务、水利、市场监管"
        "和自然资源等领域，既有延续多年的经常性项目，也有2023年新设立的专项资金。各主管部门按要求报送了自评报告和佐证资料，"
        "第三方机构完成现场核查点位62个，发放并回收有效满意度问卷3,150份。"
    )
    doc.para(
        "评价报告初稿形成后，我局组织专家进行了评审，并将评价意见反馈各主管部门确认。对部门提出的异议，评价机构逐条核实后"
        "对评分作了相应调整。"
    )
    doc.heading(1, "二、评价结果")
    q_grades = (f"{len(rows)}个项目平均得分{mean}分，其中：评价结果为“优”的{counts['优']}个，为“良”的{counts['良']}个，"
                f"为“中”的{counts['中']}个，为“差”的{counts['差']}个")  # fmt: skip
    doc.para(f"从评价结果看，{q_grades}。各项目评价结果如下：")
    table = [["序号", "主管部门", "项目名称", "资金金额（万元）", "评价得分", "评价结果"]]
    for i, (dept, name, amt, score, grade) in enumerate(rows, 1):
        table.append([str(i), dept, name, money(amt, sep=False), f"{score}", grade])
    doc.table(table, [1.2, 3.6, 5.2, 2.4, 1.6, 1.6], align=["c", "l", "l", "r", "c", "c"])
    doc.heading(1, "三、评价发现的主要问题")
    for text in (
        "（一）绩效目标设置不够科学。部分项目绩效指标以工作任务代替产出和效益目标，指标值缺少测算依据，难以衡量。",
        "（二）预算执行进度偏慢。个别项目资金拨付滞后，年末结转较多，资金未能及时发挥效益。",
        "（三）项目管理制度执行不到位。部分项目未严格履行政府采购程序，档案资料不完整，后续监管薄弱。",
    ):
        doc.para(text)
    doc.heading(1, "四、有关要求")
    doc.para(
        "各部门要高度重视评价发现的问题，于2024年11月30日前将整改情况书面报送市财政局。市财政局将把评价结果作为2025年度"
        "预算安排和政策调整的重要依据，对评价结果为“差”的项目，原则上不再安排预算。"
    )
    doc.signature("桐皋市财政局", "2024年10月18日")
    projects = [project(i, r[1], r[0], r[4], r[3], r[2], "万元", "key") for i, r in enumerate(rows, 1)]
    gold = make_gold(
        title,
        "桐皋市本级",
        2023,
        [
            metric("key_evaluated_projects", len(rows), "个", q_key),
            metric("key_evaluated_amount", yi(total), "亿元", q_key),
        ],
        [batch("key", "财政重点绩效评价", len(rows), None, yi(total), "亿元", counts)],
        projects,
        [],
        f"The prose gives the amount in 亿元 ({yi(total)}, rounded from the table's {money(total)}万元); the table "
        "gives each project's 资金金额 in 万元 in its header only. The table carries over to the next page with a "
        "repeated header row. The average score (平均得分) is not a project score; "
        "the 62 site checks and 3,150 questionnaires are not "
        "metrics. Problems (（一）…（三）) are not "
        "projects. fiscal_year=2023, the evaluated year of the title; the evaluation ran in 2024.",
    )
    return Fixture("word12_02_tonggao_key_notice", "city 重点评价 通报 with red letterhead, 亿元 prose, 14-row table "
                   "in 万元 across two pages (repeated header)", doc, gold)  # fmt: skip


def f03_district_dept_overall() -> Fixture:
    doc = new_doc("沅霞区财政局")
    doc.footer("page_of", size=10.5)
    title = doc.title("沅霞区2023年度部门整体支出", "绩效评价结果公开")
    units = [
        ("区教育局", "区实验中学", D("46218735.62"), D("93.5"), "优秀"),
        ("区教育局", "区第二小学", D("28864120.00"), D("91.2"), "优秀"),
        ("区教育局", "区教师发展中心", D("6382415.30"), D("86.4"), "良好"),
        ("区卫生健康局", "区人民医院", D("198532066.48"), D("92.0"), "优秀"),
        ("区卫生健康局", "区疾病预防控制中心", D("21457390.15"), D("90.5"), "优秀"),
        ("区民政局", "区社会福利院", D("12806477.91"), D("88.1"), "良好"),
        ("区民政局", "区救助管理站", D("3925610.72"), D("73.6"), "合格"),
        ("区住房和城乡建设局", "区市政设施管理中心", D("69325824.00"), D("90.8"), "优秀"),
    ]
    total = sum((u[2] for u in units), D(0))
    counts = {g: sum(1 for u in units if u[4] == g) for g in ("优秀", "良好", "合格", "不合格")}
    doc.para(
        "根据《沅霞区部门整体支出绩效评价办法（试行）》，区财政局组织开展了2023年度部门整体支出绩效评价。现将评价结果公开如下。"
    )
    q_all = f"区财政局对{len(units)}家单位2023年度部门整体支出开展绩效评价，涉及支出总额{money(total)}元"
    doc.para(
        f"{q_all}。评价从部门决策、预算管理、资产管理、履职产出和履职效益等方面设置指标，采取单位自评、书面审核与现场核查相结合"
        f"的方式进行。评价等次为“优秀”的{counts['优秀']}家，“良好”的{counts['良好']}家，“合格”的{counts['合格']}家，"
        "无“不合格”单位。"
    )
    doc.para("各单位评价结果见下表。")
    table = [["序号", "主管部门", "单位名称", "支出总额（元）", "评价得分", "评价等次"]]
    prev = None
    for i, (dept, unit, amt, score, grade) in enumerate(units, 1):
        table.append([str(i), UP if dept == prev else dept, unit, money(amt), f"{score}", grade])
        prev = dept
    table.append(["合计", LEFT, LEFT, money(total), None, None])
    doc.table(table, [1.2, 3.4, 4.0, 3.6, 1.7, 1.7], align=["c", "c", "l", "r", "c", "c"])
    doc.para(
        "评价中发现，部分单位预算编制不够精准，年中追加调整较多；个别单位固定资产管理不规范，账实不符。区财政局已将评价结果"
        "反馈各单位，并作为2025年部门预算安排的参考依据。"
    )
    doc.signature("沅霞区财政局", "2024年8月30日")
    gold = make_gold(
        title,
        "沅霞区",
        2023,
        [
            metric("department_overall_evaluations", len(units), "个", q_all),
            metric("department_overall_amount", total, "元", q_all),
        ],
        [
            batch(
                "department_overall",
                "部门整体支出绩效评价",
                None,
                len(units),
                total,
                "元",
                {"优秀": counts["优秀"], "良好": counts["良好"], "合格": counts["合格"], "不合格": 0},
            )
        ],
        [],
        [dept_eval(u[1], u[0], u[4], u[3]) for u in units],
        "Amounts in 元 with thousands separators (table header unit only). 主管部门 cells are merged vertically over "
        "their units, so the parent_department of rows 2, 3, 5 and 7 is only in the merged cell above. The units are "
        "单位 (entries of department_evaluations), not projects; their 支出总额 has no place in the gold rows. "
        "'无“不合格”单位' is an explicit zero and kept. The 合计 row is not a unit. Grade word: 等次.",
    )
    return Fixture("word12_03_yuanxia_dept_overall", "district 部门整体 in 元, merged 主管部门 cells, 合计 row, "
                   "explicit zero", doc, gold)  # fmt: skip


def f04_county_review() -> Fixture:
    doc = new_doc("蔚屏县财政局")
    doc.footer("dash")
    doc.doc_number("蔚财预〔2024〕31号", align="right")
    title = doc.title("关于2023年度部门项目支出绩效自评", "结果抽查复核情况的通报")
    doc.line("各乡镇人民政府，县直各部门：")
    rows = [
        ("县公安局", "社会治安视频监控运维经费", D("92"), D("88.5"), "良"),
        ("县教育局", "学前教育发展资金", D("95"), D("91.0"), "优"),
        ("县卫生健康局", "家庭医生签约服务经费", D("90"), D("82.5"), "良"),
        ("县农业农村局", "农机购置补贴县级配套资金", D("96"), D("76.0"), "中"),
        ("县林业局", "森林防火专项经费", D("93"), D("90.5"), "优"),
        ("县文化旅游局", "乡村文化活动补助", D("88"), D("69.5"), "中"),
        ("县水务局", "小型水库维修养护资金", D("94"), D("85.0"), "良"),
        ("县退役军人事务局", "优抚对象生活补助", D("98"), D("93.5"), "优"),
        ("县城市管理局", "城区道路照明维护经费", D("91"), D("80.5"), "良"),
        ("县市场监督管理局", "特种设备安全监管经费", D("89"), D("57.0"), "差"),
        ("县人力资源和社会保障局", "职业技能提升培训补贴", D("92"), D("74.5"), "中"),
        ("县民政局", "养老服务体系建设补助", D("95"), D("84.0"), "良"),
    ]
    counts = {g: sum(1 for r in rows if r[4] == g) for g in ("优", "良", "中", "差")}
    doc.para(
        "根据《蔚屏县县级预算绩效自评管理暂行办法》，县直各部门对2023年度项目支出开展了绩效自评，县财政局对自评结果进行了"
        "抽查复核。现将有关情况通报如下："
    )
    doc.heading(1, "一、基本情况")
    q_self = "全县53个部门共对287个项目开展了绩效自评"
    q_samp = "县财政局抽取12个项目进行复核，涉及资金3,264.58万元"
    doc.para(
        f"{q_self}，自评项目全部填报了自评表并上传佐证材料。在此基础上，{q_samp}，重点核查自评得分的真实性和准确性。"
    )
    doc.heading(1, "二、复核结果")
    doc.para(
        f"复核等级为“优”的{counts['优']}个、“良”的{counts['良']}个、“中”的{counts['中']}个、“差”的{counts['差']}个。"
        "单位自评得分普遍高于复核得分，平均相差9.4分，反映出部分单位自评不够客观。复核结果详见下表："
    )
    table = [["序号", "主管部门", "项目名称", "单位自评得分", "复核得分", "复核等级"]]
    for i, (dept, name, own, score, grade) in enumerate(rows, 1):
        table.append([str(i), dept, name, f"{own}", f"{score}", grade])
    doc.table(table, [1.2, 3.9, 5.0, 1.9, 1.7, 1.7], align=["c", "l", "l", "c", "c", "c"], size=11)
    doc.heading(1, "三、存在的主要问题")
    doc.para(
        "一是自评打分偏高，部分指标无佐证材料支撑；二是绩效目标与实际工作脱节；三是问题分析流于形式，整改措施不具体。"
    )
    doc.heading(1, "四、工作要求")
    doc.para(
        "复核等级为“中”和“差”的项目单位，要在30日内完成整改并报送整改报告。县财政局将在安排2025年度预算时统筹考虑复核结果。"
    )
    doc.signature("蔚屏县财政局", "2024年7月12日")
    gold = make_gold(
        title,
        "蔚屏县",
        2023,
        [
            metric("involved_departments", 53, "个", q_self),
            metric("self_evaluated_projects", 287, "个", q_self),
            metric("sampled_projects", 12, "个", q_samp),
            metric("sampled_amount", D("3264.58"), "万元", q_samp),
        ],
        [
            batch("self", "绩效自评", 287, 53),
            batch("sampling", "抽查复核", 12, None, D("3264.58"), "万元", counts),
        ],
        [project(i, r[1], r[0], r[4], r[3], None, None, "sampling") for i, r in enumerate(rows, 1)],
        [],
        "The title does not name the county and the text says only "
        "全县/县直; region 蔚屏县 comes from the publisher in "
        "the 落款 (蔚屏县财政局). "
        "Each row has two scores: 单位自评得分 (the unit's own) and 复核得分 (the finance "
        "bureau's); the result is 复核得分 with 复核等级, so score = 复核得分. The '平均相差9.4分' is not a score. "
        "No per-project amounts are given.",
    )
    return Fixture("word12_04_weiping_review", "county 抽查复核 通报: two scores per row, 复核等级, grades in prose",
                   doc, gold)  # fmt: skip


def f05_province_self() -> Fixture:
    doc = new_doc("芸岭省水利厅")
    doc.footer("dash")
    title = doc.title("芸岭省水利厅2023年度省级中小河流治理", "专项资金绩效自评报告")
    name = "省级中小河流治理专项资金"
    doc.heading(1, "一、项目基本情况")
    doc.para(
        "省级中小河流治理专项资金主要用于流域面积200至3000平方公里中小河流的重点河段治理，包括堤防加固、河道清淤疏浚和"
        "护岸工程建设。2023年，全省安排治理河段46段，治理河长318.6公里。"
    )
    q_amt = "2023年省级财政安排专项资金38,600.00万元，实际支出36,914.27万元，预算执行率95.63%"
    doc.para(f"{q_amt}。资金由省水利厅会同省财政厅按因素法切块下达至各市、县（市、区）。")
    doc.heading(1, "二、绩效目标完成情况")
    doc.para(
        "项目年度绩效目标为完成治理河长不少于300公里、治理河段防洪标准达标率不低于90%、受益人口不少于60万人。从实施情况看，"
        "产出和效益目标基本实现，其中治理河段防洪标准达标率为93.5%，受益人口约64.2万人。"
    )
    doc.heading(1, "三、自评结论")
    q_score = "该项目2023年度绩效自评得分为92.35分，自评等级为“优”"
    doc.para(f"按照省级项目支出绩效自评指标体系，经综合评价，{q_score}。各项指标得分情况如下：")
    doc.line("表1  绩效自评指标得分情况", align="center", font=KAI, size=14)
    ind = [
        ("决策（15分）", "项目立项", "立项依据充分性", "5", "5"),
        (UP, UP, "立项程序规范性", "3", "3"),
        (UP, "绩效目标", "绩效目标合理性", "4", "3.5"),
        (UP, UP, "绩效指标明确性", "3", "2.5"),
        ("过程（20分）", "资金管理", "资金到位率", "5", "5"),
        (UP, UP, "预算执行率", "5", "4.6"),
        (UP, UP, "资金使用合规性", "4", "4"),
        (UP, "组织实施", "管理制度健全性", "3", "3"),
        (UP, UP, "制度执行有效性", "3", "2.5"),
        ("产出（35分）", "数量", "治理河长完成率", "12", "12"),
        (UP, "质量", "防洪标准达标率", "12", "11.25"),
        (UP, "时效", "工程按期完工率", "11", "9"),
        ("效益（30分）", "社会效益", "受益人口", "10", "10"),
        (UP, "生态效益", "河道生态改善情况", "10", "8.5"),
        (UP, "满意度", "受益群众满意度", "10", "8.5"),
    ]
    table = [["一级指标", "二级指标", "三级指标", "分值", "得分"]]
    table += [list(r) for r in ind]
    table.append(["合计", LEFT, LEFT, "100", "92.35"])
    doc.table(table, [3.0, 2.8, 5.0, 2.0, 2.0], align=["c", "c", "l", "c", "c"], size=11)
    doc.heading(1, "四、存在问题及改进措施")
    doc.para(
        "一是部分市县配套资金到位较慢，影响工程进度；二是个别工程未按期完工，结转至2024年继续实施。下一步，将加强项目前期"
        "工作和资金调度，严格落实工程建设管理责任。"
    )
    doc.signature("芸岭省水利厅", "2024年4月25日")
    gold = make_gold(
        title,
        "芸岭省",
        2023,
        [],
        [batch("self", "绩效自评", 1)],
        [project(1, name, "芸岭省水利厅", "优", D("92.35"), D("38600.00"), "万元", "self")],
        [],
        "A provincial department's self-evaluation of one project; the project name is the 专项资金 of the title "
        "without the department and year (省级中小河流治理专项资金, as the "
        "first paragraph of 一 names it). amount = the "
        "budget arranged (38,600.00万元), not the 36,914.27万元 spent. "
        "The indicator table (一级/二级/三级指标, 分值, 得分) "
        "holds indicator scores, not projects; its 合计 equals the project score. Percentages (95.63%, 93.5%) and "
        "physical figures (318.6公里, 64.2万人) are not metrics. No headline metric of the list applies.",
    )
    return Fixture("word12_05_yunling_water_self", "provincial department's one-project 自评 report: score in prose, "
                   "indicator table with merged cells", doc, gold)  # fmt: skip


def f06_county_bond() -> Fixture:
    doc = new_doc("鹭坪县财政局")
    title = doc.title("鹭坪县2023年度地方政府专项债券", "项目资金绩效评价结果公示")
    rows = [
        ("鹭坪县交通运输局", "鹭坪县城东客运枢纽建设项目", D("0.80"), "优", ""),
        ("鹭坪县水利局", "鹭坪县城区防洪排涝提升工程", D("1.10"), "良", "分两批发行"),
        ("鹭坪县教育局", "鹭坪县第三中学新建工程", D("0.65"), "优", ""),
        ("鹭坪县卫生健康局", "鹭坪县中医院迁建项目（一期）", D("0.90"), "良", "2022年已发行0.3亿元"),
        ("鹭坪县住房和城乡建设局", "鹭坪县老城区污水管网改造工程", D("0.45"), "良", ""),
        ("鹭坪县发展和改革局", "鹭坪县冷链物流产业园基础设施项目", D("0.45"), "中", "项目建设进度滞后"),
    ]
    total = sum((r[2] for r in rows), D(0))
    doc.para(
        "根据上级财政部门关于开展地方政府专项债券项目资金绩效管理的有关要求，在项目单位开展绩效自评的基础上，县财政局委托第三方"
        "机构对我县2023年度新增专项债券项目资金进行了绩效评价。现将评价结果公示如下："
    )
    q_bond = f"2023年我县共有{len(rows)}个项目使用新增专项债券资金{total}亿元"
    doc.para(f"{q_bond}，评价结果为“优”的2个、“良”的3个、“中”的1个。")
    doc.line("鹭坪县2023年度专项债券项目资金绩效评价结果表", align="center", font=KAI, size=14, before=6)
    doc.line("单位：亿元", align="right", size=12)
    table = [["序号", "项目单位", "项目名称", "发行金额", "评价结果", "备注"]]
    for i, (unit, name, amt, grade, note) in enumerate(rows, 1):
        table.append([str(i), unit, name, f"{amt}", grade, note or None])
    table.append(["合计", LEFT, None, f"{total}", None, None])
    doc.table(table, [1.2, 3.4, 5.4, 1.8, 1.7, 2.7], align=["c", "l", "l", "c", "c", "l"], size=11)
    doc.para(
        "公示期为2024年6月3日至6月9日。公示期间如有异议，请以书面形式向鹭坪县财政局债务管理股反映。联系电话：0000-6123457。"
    )
    doc.signature("鹭坪县财政局", "2024年6月3日")
    gold = make_gold(
        title,
        "鹭坪县",
        2023,
        [
            metric("bond_projects", len(rows), "个", q_bond),
            metric("bond_amount", total, "亿元", q_bond),
        ],
        [batch("key", "专项债券项目资金绩效评价", len(rows), None, total, "亿元", {"优": 2, "良": 3, "中": 1})],
        [project(i, r[1], r[0], r[3], None, r[2], "亿元", "key") for i, r in enumerate(rows, 1)],
        [],
        "The table has a 项目单位 column only (no separate 主管部门); the 项目单位 are the county bureaus that own the "
        "projects, so they are recorded as department. Unit 亿元 only in the '单位：亿元' line above the table. The "
        "batch is typed key: the finance bureau commissioned a third party on top of the units' own self-evaluation "
        "(the self-evaluation has no stated counts). 备注 '2022年已发行0.3亿元' is a remark, not an amount of the row. "
        "No scores are published. The phone number and 公示期 dates are noise. The 合计 row is not a project.",
    )
    return Fixture("word12_06_luping_bond", "county 专项债券 公示: 亿元 in a unit line, 项目单位 column, 备注, 合计",
                   doc, gold)  # fmt: skip


def f07_city_policy() -> Fixture:
    doc = new_doc("砚澜市财政局")
    doc.footer("dash")
    title = doc.title("砚澜市2023年度财政政策绩效评价结果公告")
    pols = [
        ("中小微企业贷款贴息政策", "市工业和信息化局", D("6250.00"), D("84.6"), "良"),
        ("城乡居民养老服务补贴政策", "市民政局", D("3418.75"), D("88.2"), "良"),
        ("农业生产社会化服务奖补政策", "市农业农村局", D("1960.00"), D("72.4"), "中"),
    ]
    doc.para(
        "为推动财政政策提质增效，根据《砚澜市财政政策绩效评价实施办法》，市财政局2024年选取3项政策开展了绩效评价，重点评价政策"
        "目标的合理性、政策实施的有效性和政策效果的可持续性。现将评价结果公告如下："
    )
    q_pol = "市财政局2024年选取3项政策开展了绩效评价"
    for i, (name, dept, amt, score, grade) in enumerate(pols):
        head = ["（一）", "（二）", "（三）"][i] + f"砚澜市{name}。"
        doc.heading(
            2,
            head,
            run_in=f"该政策2023年安排资金{money(amt)}万元，由{dept}负责实施。经评价，该政策得分{score}分，评价等级为“{grade}”。"
            + [
                "政策有效降低了企业融资成本，但贴息申报审核周期偏长。",
                "补贴发放及时准确，但部分乡镇服务供给与老年人需求匹配不够。",
                "奖补标准与服务成本脱节，部分奖补资金未能及时兑现，政策引导作用发挥不充分。",
            ][i],
        )
    doc.para("从结果看，3项政策中评价等级为“良”的2项，“中”的1项。")
    doc.para("市财政局已将评价结果反馈政策主管部门，评价等级为“中”的政策须在下一年度预算编制前完成政策调整优化。")
    doc.signature("砚澜市财政局", "2024年9月26日")
    gold = make_gold(
        title,
        "砚澜市",
        2023,
        [metric("policy_evaluations", 3, "个", q_pol)],
        [batch("other", "财政政策绩效评价", 3, None, None, None, {"良": 2, "中": 1})],
        [project(i, "砚澜市" + p[0], p[1], p[4], p[3], p[2], "万元", "other") for i, p in enumerate(pols, 1)],
        [],
        "Three policies, each in a run-in paragraph (（一）name。 then prose "
        "with amount, department, score, grade); the "
        "names are taken as printed after the （一） label, including the city prefix 砚澜市. amount = the 2023 "
        "arrangement of each policy. The work was done in 2024 on 2023 policies; the title gives 2023. No total amount "
        "is stated. policy_evaluations uses unit 个 (as the real gold does) although the text counts 3项.",
    )
    return Fixture("word12_07_yanlan_policy", "city 政策 results in run-in prose paragraphs, grades 良/中",
                   doc, gold)  # fmt: skip


def f08_county_towns() -> Fixture:
    doc = new_doc("昙溪县财政局")
    doc.footer("dash")
    doc.doc_number("昙财绩〔2024〕5号", align="right")
    title = doc.title("昙溪县财政局关于2023年度乡镇（街道）预算", "绩效管理工作考核结果的通报")
    doc.line("各乡镇人民政府、街道办事处：")
    towns = [
        ("溪口街道", D("95.5"), "好"), ("云埭镇", D("93.0"), "好"), ("琴川镇", D("91.5"), "好"),
        ("白鹭乡", D("90.0"), "好"), ("汀石镇", D("88.5"), "较好"), ("上坂乡", D("87.0"), "较好"),
        ("梅岙镇", D("85.5"), "较好"), ("鸣泉乡", D("84.0"), "较好"), ("竹源乡", D("82.5"), "较好"),
        ("桂岭镇", D("80.0"), "较好"), ("高漈乡", D("76.5"), "一般"), ("岩背乡", D("72.0"), "一般"),
    ]  # fmt: skip
    counts = {g: sum(1 for t in towns if t[2] == g) for g in ("好", "较好", "一般")}
    doc.para(
        "根据《昙溪县乡镇（街道）预算绩效管理工作考核办法》，县财政局对全县12个乡镇（街道）2023年度预算绩效管理工作进行了考核。"
        "考核内容包括绩效目标管理、绩效运行监控、绩效自评、结果应用和信息公开等五个方面，采取百分制评分。现将考核结果通报如下："
    )
    q_low = "县财政局对全县12个乡镇（街道）2023年度预算绩效管理工作进行了考核"
    doc.para(
        f"考核等次为“好”的{counts['好']}个，“较好”的{counts['较好']}个，“一般”的{counts['一般']}个。"
        "考核结果将纳入年度乡镇综合考评，并与乡镇绩效奖补资金挂钩。"
    )
    doc.para("附：昙溪县2023年度乡镇（街道）预算绩效管理工作考核结果", indent=True)
    table = [["序号", "乡镇（街道）", "考核得分", "考核等次"]]
    for i, (town, score, grade) in enumerate(towns, 1):
        table.append([str(i), town, f"{score}", grade])
    doc.table(table, [1.6, 5.0, 3.0, 3.0])
    doc.para("请考核等次为“一般”的乡镇对照考核扣分情况认真整改，进一步充实财政所绩效管理力量。")
    doc.signature("昙溪县财政局", "2024年3月8日")
    gold = make_gold(
        title,
        "昙溪县",
        2023,
        [metric("lower_government_evaluations", 12, "个", q_low)],
        [batch("other", "乡镇（街道）预算绩效管理工作考核", 12, None, None, None, counts)],
        [project(i, t[0], None, t[2], t[1], None, None, "other") for i, t in enumerate(towns, 1)],
        [],
        "A county grading its 乡镇（街道） on their performance-management work (not a spending evaluation); as in the "
        "real corpus's central A/B/C grading, the graded units are "
        "recorded in projects (name = 乡镇, batch_type other) "
        "so the list is complete; a pipeline may legitimately emit them as lower-government rows. Grade words "
        "好/较好/一般 (等次). The 文号 year 2024 is not the fiscal year.",
    )
    return Fixture("word12_08_tanxi_towns", "county grading its 乡镇（街道）: 好/较好/一般, simple table", doc, gold)


def f09_city_counties() -> Fixture:
    doc = new_doc("朔川市财政局")
    doc.footer("page_of", size=10.5)
    title = doc.title("朔川市2023年度县（市、区）预算绩效管理", "工作考评情况")
    rows = [
        ("漳屿区", D("94.60"), "A", 1),
        ("翠篁县", D("92.15"), "A", 2),
        ("鸥汀市", D("87.40"), "B", 3),
        ("檀屿县", D("85.05"), "B", 4),
        ("荻浦县", D("81.30"), "B", 5),
        ("朔川市白沙经济开发区", D("74.80"), "C", 6),
    ]
    doc.para(
        "为压实县级预算绩效管理主体责任，市财政局组织对各县（市、区）2023年度预算绩效管理工作开展了考评，考评结果分为A、B、C"
        "三个等级（90分及以上为A级，75分至90分为B级，75分以下为C级）。"
    )
    q_low = "本次共考评6个地区，包括5个县（市、区）和1个开发区"
    doc.para(f"{q_low}，其中A级2个、B级3个、C级1个。考评得分和等级如下：")
    table = [["排名", "县（市、区）", "考评得分", "考评等级"]]
    for name, score, grade, rank in rows:
        table.append([str(rank), name, f"{score}", f"{grade}级"])
    doc.table(table, [1.6, 6.0, 2.8, 2.8])
    doc.para(
        "市财政局将根据考评结果，对A级地区在分配市对县预算绩效管理奖补资金时给予倾斜；对C级地区进行约谈，并督促其限期整改。"
        "各地要对照考评发现的问题，补齐制度短板，推动预算绩效管理提质扩面。"
    )
    doc.signature("朔川市财政局", "2024年5月21日")
    gold = make_gold(
        title,
        "朔川市",
        2023,
        [metric("lower_government_evaluations", 6, "个", q_low)],
        [batch("other", "县（市、区）预算绩效管理工作考评", 6, None, None, None, {"A级": 2, "B级": 3, "C级": 1})],
        [project(r[3], r[0], None, r[2] + "级", r[1], None, None, "other") for r in rows],
        [],
        "A city grading its counties and a development zone; graded areas are recorded in projects (batch_type other). "
        "The prose says 6个地区 (5个县（市、区）和1个开发区); the development zone is graded alongside the counties. "
        "Grade keys as printed: 'A级' (the prose says 'A级2个'; the table 'A级'). The table's first column is 排名 "
        "(rank), used as seq. The score bands in the legend (90分及以上, 75分以下) are not scores.",
    )
    return Fixture("word12_09_shuochuan_counties", "city grading its 县（市、区）: A级/B级/C级, rank column, legend",
                   doc, gold)  # fmt: skip


def f10_scanned_key() -> Fixture:
    doc = new_doc("琅埠县财政局")
    doc.footer("dash")
    title = doc.title("琅埠县2023年度财政重点绩效评价结果")
    rows = [
        ("县教育局", "农村义务教育学校校舍安全保障资金", D("1286.40"), D("90.5"), "优"),
        ("县卫生健康局", "村卫生室标准化建设资金", D("438.00"), D("83.0"), "良"),
        ("县农业农村局", "农村人居环境整治提升资金", D("2150.75"), D("86.5"), "良"),
        ("县交通运输局", "县乡道路安全生命防护工程", D("912.30"), D("71.0"), "中"),
        ("县民政局", "特困人员救助供养资金", D("1675.20"), D("92.0"), "优"),
        ("县应急管理局", "基层应急救援能力建设资金", D("356.85"), D("80.5"), "良"),
    ]
    total = sum((r[2] for r in rows), D(0))
    counts = {g: sum(1 for r in rows if r[4] == g) for g in ("优", "良", "中", "差")}
    doc.para(
        "根据县委、县政府关于全面实施预算绩效管理的工作部署，县财政局于2024年组织对2023年度6个重点项目开展了财政绩效评价。"
    )
    q_key = "对2023年度6个重点项目开展了财政绩效评价"
    doc.para(
        f"6个项目涉及资金{money(total, sep=False)}万元。评价结果为：“优”{counts['优']}个，“良”{counts['良']}个，"
        f"“中”{counts['中']}个，无“差”等级项目。"
    )
    q_amt = f"6个项目涉及资金{money(total, sep=False)}万元"
    table = [["序号", "项目名称", "主管部门", "金额（万元）", "得分", "等级"]]
    for i, (dept, name, amt, score, grade) in enumerate(rows, 1):
        table.append([str(i), name, dept, money(amt, sep=False), f"{score}", grade])
    doc.table(table, [1.2, 5.6, 2.8, 2.2, 1.4, 1.4], align=["c", "l", "l", "r", "c", "c"])
    doc.para(
        "评价发现的问题主要有：项目前期论证不充分，个别项目预算调整频繁；绩效指标设置偏重产出，效益指标难以量化；"
        "资金拨付进度与工程进度不匹配。请各项目主管部门按照评价报告提出的建议认真整改，整改情况于2024年12月底前报县财政局。"
    )
    doc.signature("琅埠县财政局", "2024年11月5日")
    gold = make_gold(
        title,
        "琅埠县",
        2023,
        [
            metric("key_evaluated_projects", 6, "个", q_key),
            metric("key_evaluated_amount", total, "万元", q_amt),
        ],
        [
            batch(
                "key",
                "财政重点绩效评价",
                6,
                None,
                total,
                "万元",
                {"优": counts["优"], "良": counts["良"], "中": counts["中"], "差": 0},
            )
        ],
        [project(i, r[1], r[0], r[4], r[3], r[2], "万元", "key") for i, r in enumerate(rows, 1)],
        [],
        "SCANNED: the published PDF is image-only (printed, sealed and scanned pages, no text layer); the gold was "
        "checked against the text layer of the PDF before rasterising. '无“差”等级项目' is an explicit zero, kept.",
    )
    scan = {"dpi": 200, "seal": {"near": "琅埠县财政局", "text": "琅埠县财政局"}, "angles": [0.4, -0.3],
            "colour": False, "noise": 5.0, "seed": 1212}  # fmt: skip
    return Fixture("word12_10_langbu_scanned_key", "scanned county 重点评价 results (image-only PDF with seal)",
                   doc, gold, scan=scan)  # fmt: skip


FIXTURES: list[Callable[[], Fixture]] = [
    f01_county_summary,
    f02_city_key_notice,
    f03_district_dept_overall,
    f04_county_review,
    f05_province_self,
    f06_county_bond,
    f07_city_policy,
    f08_county_towns,
    f09_city_counties,
    f10_scanned_key,
]


# ------------------------------------------------------------------------------------------------ checks
def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def unfooted(text: str) -> str:
    """Squashed text without the page-number footers a paragraph broken over two pages has in its middle."""
    return re.sub(r"[-—]\d+[-—]|第\d+页共\d+页", "", squash(text))


def gold_strings(gold: dict[str, Any]) -> list[tuple[str, str]]:
    out = [("title", gold["title"])] if gold["title"] else []
    if gold["region"]:
        out.append(("region", gold["region"]))
    out += [(f"quote {m['metric']}", m["quote"]) for m in gold["headline_metrics"]]
    for p in gold["projects"]:
        out.append(("project", p["name"]))
        out += [("department", p["department"])] if p["department"] else []
        out += [("grade", p["grade"])] if p["grade"] else []
    for d in gold["department_evaluations"]:
        out.append(("unit", d["unit"]))
        out += [("parent", d["parent_department"])] if d["parent_department"] else []
        out += [("grade", d["grade"])] if d["grade"] else []
    for b in gold["evaluation_batches"]:
        out += [("grade key", g) for g in b["grades"] or {}]
    return out


def gold_numbers(gold: dict[str, Any]) -> list[tuple[str, Any, str | None]]:
    """(what, value, quote-or-None): numbers that must appear in their quote, or else anywhere in the text."""
    out: list[tuple[str, Any, str | None]] = [(m["metric"], m["value"], m["quote"]) for m in gold["headline_metrics"]]
    for p in gold["projects"]:
        out += [(f"score {p['name']}", p["score"], None)] if p["score"] is not None else []
        out += [(f"amount {p['name']}", p["amount"], None)] if p["amount"] is not None else []
    for d in gold["department_evaluations"]:
        out += [(f"score {d['unit']}", d["score"], None)] if d["score"] is not None else []
    for b in gold["evaluation_batches"]:
        for key in ("project_count", "department_count", "amount"):
            out += [(f"{b['type']} {key}", b[key], None)] if b[key] is not None else []
        for g, n in (b["grades"] or {}).items():
            out.append((f"{b['type']} grade {g}", n, None))
    return out


def check_text(gold: dict[str, Any], text: str, where: str, per_entry: list[str] | None = None) -> list[str]:
    problems = []
    flat = unfooted(text)
    for what, s in gold_strings(gold):
        if squash(s) not in flat:
            problems.append(f"{where}: {what} not found: {s}")
    if per_entry is not None:  # quotes must sit inside one paragraph / cell
        for m in gold["headline_metrics"]:
            if not any(m["quote"] in e for e in per_entry):
                problems.append(f"{where}: quote not within one paragraph: {m['quote']}")
    for what, value, quote in gold_numbers(gold):
        hay = squash(quote) if quote else flat
        if not any(f in hay for f in forms(value)):
            problems.append(f"{where}: number {what}={value} not in {'its quote' if quote else 'the text'}")
    return problems


def pdf_texts(pdf: Path) -> tuple[int, str, str]:
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    n = len(doc)
    t1 = "\n".join(doc[i].get_textpage().get_text_range() for i in range(n))
    doc.close()
    with pdfplumber.open(str(pdf)) as p:
        t2 = "\n".join((page.extract_text() or "") for page in p.pages)
        # a wrapped table cell is interleaved line by line with its neighbours in the page text: add the cells
        cells = [c or "" for page in p.pages for table in page.extract_tables() for row in table for c in row]
        t2 += "\n" + "\n".join(cells)
    return n, t1, t2


# ------------------------------------------------------------------------------------------------ output
def write_readme(out: Path, fixtures: list[Fixture]) -> None:
    lines = [
        "# word12: a twelfth independent set of Word-exported fixtures",
        "",
        "**SYNTHETIC.** Every region (栖棠县, 桐皋市, 沅霞区, 蔚屏县, 芸岭省, "
        "鹭坪县, 砚澜市, 昙溪县, 朔川市, 琅埠县 and the towns",
        "and counties under them), department, unit, project, person and figure in these documents is invented.",
        "",
        "Written by the twelfth independent author, who did not read the "
        "parser, the scorer, the evaluation code or the",
        "earlier sets' fixtures; layouts and wording come from the genre "
        "(the real corpus's README and gold, real bureau",
        "pages). Made by `tools/make_word_fixtures_12.py` (python-docx → LibreOffice headless PDF export; `make",
        "word-fixtures-12`).",
        "",
        "| fixture | pages | text layer | what it exercises |",
        "|---|---|---|---|",
    ]
    for fx in fixtures:
        layer = "none (scanned image-only)" if fx.scan else "yes"
        lines.append(f"| `{fx.name}` | {fx.pages} | {layer} | {fx.what} |")
    lines += [
        "",
        "## How the gold was checked",
        "",
        "The gold of each fixture is written from the same data as its document. Before writing, the generator checks",
        "that every title, region, quote, project name, department, unit and grade is in the docx text (each quote",
        "inside one paragraph), that every gold number is printed in its quote (headline metrics) or in the text, and",
        "the same strings and numbers in the exported PDF's text layer read by PDFium (pypdfium2) and by pdfplumber",
        "(whitespace removed). For the scanned fixture the PDF before rasterising is checked, and the published PDF",
        "is checked to have no text layer. Every gold file has "
        '`"synthetic": true` and `notes` for each judgement call.',
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--keep-docx", action="store_true")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    soffice = find_soffice()
    check_fonts()
    fixtures = [f() for f in FIXTURES]
    chosen = [fx for fx in fixtures if not args.only or any(o in fx.name for o in args.only)]
    failed = False
    with tempfile.TemporaryDirectory(prefix="word12-") as tmp:
        tmpd = Path(tmp)
        docx_files = []
        for fx in chosen:
            entries = fx.doc.text
            fx.problems += check_text(fx.gold, "\n".join(entries), "docx", entries)
            path = tmpd / f"{fx.name}.docx"
            fx.doc.save(path)
            docx_files.append(path)
        convert3(soffice, docx_files, tmpd / "pdf", {})
        for fx in chosen:
            src = tmpd / "pdf" / f"{fx.name}.pdf"
            n, t1, t2 = pdf_texts(src)
            fx.pages = n
            fx.problems += check_text(fx.gold, t1, "pdfium")
            fx.problems += check_text(fx.gold, t2, "pdfplumber")
            if not 2 <= n <= 5:
                fx.problems.append(f"page count {n} outside 2-5")
            dst = out / f"{fx.name}.pdf"
            if fx.scan:
                rasterise(src, dst, fx.scan)
                _, s1, s2 = pdf_texts(dst)
                if squash(s1) or squash(s2):
                    fx.problems.append("scanned PDF has a text layer")
            else:
                shutil.copyfile(src, dst)
            if args.keep_docx:
                shutil.copyfile(tmpd / f"{fx.name}.docx", out / f"{fx.name}.docx")
            (out / f"{fx.name}.json").write_text(
                json.dumps(fx.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            status = "ok" if not fx.problems else f"{len(fx.problems)} PROBLEMS"
            print(f"{fx.name}: {n} pages, {status}")
            for p in fx.problems:
                print(f"   {p}")
                failed = True
    if not args.only:
        write_readme(out, chosen)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
