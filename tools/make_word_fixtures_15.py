"""A fifteenth, independent set of Word-made fixtures (`word15_*`): budget-performance reports written as Word
documents (python-docx) and exported to PDF by LibreOffice headless, the way county, city, district and provincial
bureaus and line departments publish them.

Written by a fifteenth author from the genre (the real corpus's README and gold conventions, real bureau pages),
without reading the parser, the scorer or the other sets' fixtures: the parser is measured on documents it never saw.

Everything is SYNTHETIC: the regions (蒲岭县, 漾溪市, 泺川区, 沅汀市, 苕岭省 and their towns and counties),
departments, units, projects and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
quote, name, department and grade in the document's own text (docx), every number of a metric in its quote; then
in the exported PDF's text layer, read by PDFium and by pdfplumber (whitespace removed). For the scanned fixture
the check runs on the PDF before it is rasterised, and the published PDF is confirmed to have no text layer.

Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts (tools/make_word_fixtures.py) and the
mechanics Doc3, convert3, export_options, rasterise and the number helpers of tools/make_word_fixtures_3.py.

Usage: python tools/make_word_fixtures_15.py [OUT_DIR] [--keep-docx] [--only NAME ...]
       (default OUT_DIR tests/fixtures/word15)
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import Fixture, check_fonts, find_soffice, write_gold
from make_word_fixtures_3 import Doc3, convert3, money, pct, rasterise

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word15"
D = Decimal
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—]\s*\d+\s*[-—]|第\s*\d+\s*页\s*共\s*\d+\s*页)\s*$")


@dataclass
class Fixture15(Fixture):
    scan: dict[str, Any] | None = None  # rasterise the exported PDF (make_word_fixtures_3.rasterise)

    def add(self, metric: str, value: Decimal | int, unit: str, quote: str) -> None:
        """A headline metric; its number must be printed in its quote (with or without thousands separators)."""
        flat = quote.replace(",", "")
        shown = {str(value), f"{D(value):f}", f"{D(value).normalize():f}"}
        if not any(s in flat for s in shown):
            raise ValueError(f"{metric}: {value} not in its quote {quote!r}")
        self.metric(metric, value, unit, quote)


def doc15(author: str, **kw: Any) -> Doc3:
    return Doc3(author, **kw)


def grades_prose(counts: Counter, order: list[str], fmt: str, total: int | None = None, sep: str = "，") -> str:
    parts = []
    for g in order:
        text = fmt.format(g=g, n=counts[g])
        if total:
            text += f"，占{pct(counts[g], total)}%"
        parts.append(text)
    return sep.join(parts)


# ------------------------------------------------------------------------------------------------ fixtures
def f01_county_summary() -> Fixture15:
    """A county finance bureau's annual work summary: self-evaluation, monitoring, key evaluations with a table
    (序号, 合计 row), two 部门整体 evaluations in prose, result use."""
    doc = doc15("蒲岭县财政局")
    title = doc.title("蒲岭县2024年度预算绩效管理工作情况")
    fx = Fixture15(name="word15_01_county_summary", what="", doc=doc, title=title, region="蒲岭县", year=2024)
    fx.what = "county annual summary: prose counts, key table with 序号/合计, 部门整体 in prose, 等级 优/良/中/差"
    rows = [
        ("县城区生活垃圾分类收运项目", "县综合行政执法局", D("2316.50"), D("88.6"), "良"),
        ("高标准农田建设项目", "县农业农村局", D("3850.00"), D("92.3"), "优"),
        ("义务教育学校运转保障经费", "县教育局", D("2604.18"), D("85.1"), "良"),
        ("基层医疗卫生机构基本药物补助", "县卫生健康局", D("987.26"), D("83.4"), "良"),
        ("农村公路养护补助资金", "县交通运输局", D("1420.00"), D("81.7"), "良"),
        ("城乡居民基本养老保险县级补助", "县人力资源和社会保障局", D("1135.60"), D("90.8"), "优"),
        ("文化惠民送戏下乡项目", "县文化和广电旅游体育局", D("312.40"), D("76.5"), "中"),
        ("小微企业创业担保贷款贴息", "县经济和信息化局", D("528.86"), D("58.2"), "差"),
        ("县级储备粮轮换费用", "县发展和改革局", D("1080.00"), D("84.9"), "良"),
    ]
    total = sum((r[2] for r in rows), D(0))
    counts = Counter(r[4] for r in rows)
    doc.para(
        "2024年，县财政局坚持“花钱必问效、无效必问责”，以提高财政资金使用效益为核心，持续推进全过程预算绩效管理，"
        "现将有关情况报告如下。"
    )
    doc.heading(1, "一、绩效目标管理和自评全覆盖")
    q_self = "全县68个预算部门（单位）对2023年度312个项目开展绩效自评，涉及资金98,716.42万元"
    doc.para(
        f"将绩效目标作为预算安排的前置条件，2024年县级预算项目均随预算编报绩效目标。年初组织{q_self}，自评覆盖率达到100%。"
    )
    fx.add("self_evaluated_projects", 312, "个", q_self)
    fx.add("self_evaluated_amount", D("98716.42"), "万元", "涉及资金98,716.42万元")
    fx.add("involved_departments", 68, "个", "全县68个预算部门（单位）")
    doc.heading(1, "二、绩效运行监控")
    q_mon = "对287个项目实施绩效运行“双监控”"
    doc.para(f"8月份，依托预算管理一体化系统，{q_mon}，发现并督促整改执行进度偏慢等问题43个，收回结余资金612.35万元。")
    fx.add("monitored_projects", 287, "个", q_mon)
    doc.heading(1, "三、财政重点绩效评价")
    q_key = f"对{len(rows)}个重点项目开展财政重点绩效评价，涉及资金{money(total)}万元"
    grade_text = grades_prose(counts, ["优", "良", "中", "差"], "“{g}”的{n}个")
    doc.para(f"县财政局委托第三方机构，{q_key}。评价结果为{grade_text}。具体结果如下：")
    fx.add("key_evaluated_projects", len(rows), "个", q_key)
    fx.add("key_evaluated_amount", total, "万元", f"涉及资金{money(total)}万元")
    fx.batch("key", "财政重点绩效评价", project_count=len(rows), amount=total, amount_unit="万元",
             grades={g: counts[g] for g in ["优", "良", "中", "差"]})  # fmt: skip
    doc.caption("2024年度县级财政重点绩效评价结果表")
    doc.unit_line()
    table = [["序号", "项目名称", "主管部门", "评价金额", "得分", "等级"]]
    for i, (name, dept, amount, score, grade) in enumerate(rows, 1):
        table.append([str(i), name, dept, money(amount), f"{score}", grade])
        fx.project(i, name, dept, grade, "key", score=score, amount=amount, unit="万元")
    table.append(["合计", "<", "<", money(total), None, None])
    doc.table(table, [1.2, 5.2, 3.8, 2.4, 1.4, 1.4], align=["c", "l", "l", "r", "c", "c"])
    doc.heading(1, "四、部门整体支出绩效评价")
    q_dep = "选取县教育局、县卫生健康局2个部门开展部门整体支出绩效评价"
    doc.para(f"{q_dep}，评价得分分别为86.5分和91.2分，评价结果分别为“良”和“优”。")
    fx.add("department_overall_evaluations", 2, "个", q_dep)
    fx.batch("department_overall", "部门整体支出绩效评价", department_count=2)
    fx.unit("县教育局", None, "良", D("86.5"))
    fx.unit("县卫生健康局", None, "优", D("91.2"))
    doc.heading(1, "五、评价结果应用")
    doc.para(
        "将评价结果作为2025年预算安排的重要依据，对评价结果为“中”“差”的2个项目压减2025年预算共计386万元；"
        "评价结果在县政府门户网站公开，接受社会监督。"
    )
    doc.signature("蒲岭县财政局", "2025年3月18日")
    doc.footer("dash")
    fx.notes = (
        "SYNTHETIC (invented county 蒲岭县). Work summary of 2024 published 2025; fiscal_year 2024 from the title. "
        "The self-evaluation covers 2023 projects ('对2023年度312个项目'), stated in the 2024 round. Departments in "
        "the table are written short ('县农业农村局'), kept verbatim. Key batch grades come from the prose "
        "distribution, which agrees with the table. Department-overall results are given in prose with two "
        "'分别为' lists zipped in order (scores, then grades). '压减…386万元' and '收回结余资金612.35万元' are "
        "not evaluation amounts. The 合计 row is not a project."
    )
    return fx


_F02 = [
    ("市教育局", "市属高中教育质量提升工程", "3,205.60", "91.5", "优秀"),
    ("市教育局", "学前教育普惠性补助资金", "2,148.00", "86.2", "良好"),
    ("市卫生健康委", "公立医院综合改革补助", "4,560.00", "88.4", "良好"),
    ("市卫生健康委", "基本公共卫生服务项目市级配套", "1,932.75", "92.1", "优秀"),
    ("市民政局", "困难群众救助市级补助资金", "5,870.30", "90.6", "优秀"),
    ("市民政局", "养老服务体系建设专项", "1,276.40", "79.3", "中"),
    ("市人力社保局", "就业创业补助资金", "2,690.00", "87.7", "良好"),
    ("市住房城乡建设局", "老旧小区改造市级补助", "6,315.20", "84.5", "良好"),
    ("市住房城乡建设局", "城市照明设施维护费", "865.00", "82.0", "良好"),
    ("市交通运输局", "城乡公交一体化运营补贴", "3,480.00", "76.8", "中"),
    ("市农业农村局", "现代农业产业园建设资金", "4,025.50", "93.2", "优秀"),
    ("市农业农村局", "动物防疫补助经费", "638.90", "85.9", "良好"),
    ("市水利局", "中小河流综合治理工程", "3,960.00", "89.1", "良好"),
    ("市生态环境局", "大气污染防治专项资金", "1,750.00", "90.2", "优秀"),
    ("市文化广电旅游局", "公共文化服务体系建设", "1,128.60", "83.7", "良好"),
    ("市科技局", "科技创新券兑付资金", "980.00", "74.6", "中"),
    ("市商务局", "外贸稳增长扶持资金", "1,500.00", "58.9", "差"),
    ("市市场监管局", "食品安全抽检经费", "712.30", "86.8", "良好"),
    ("市应急管理局", "森林防灭火能力提升项目", "1,045.00", "84.0", "良好"),
    ("市自然资源和规划局", "国土空间规划编制经费", "1,396.00", "77.5", "中"),
    ("市体育局", "全民健身设施建设补助", "620.45", "90.9", "优秀"),
    ("市公安局", "智慧交通管理系统运维", "2,247.00", "87.3", "良好"),
]


def f02_city_key_notice() -> Fixture15:
    """A city bureau's 通报 with a red letterhead; the results table runs over a page break with a repeated
    header; prose in 亿元 with shares, table in 万元 with separators; 评价等级 优秀/良好/中/差."""
    doc = doc15("漾溪市财政局")
    doc.red_letterhead("漾溪市财政局文件", "漾财绩〔2025〕6号")
    title = doc.title("漾溪市财政局关于2024年度市级财政", "重点绩效评价结果的通报")
    fx = Fixture15(name="word15_02_city_key_notice", what="", doc=doc, title=title, region="漾溪市", year=2024)
    fx.what = "city 通报, red letterhead; results table across a page break (repeated header), 亿元 prose vs 万元 table"
    amounts = [D(r[2].replace(",", "")) for r in _F02]
    total = sum(amounts, D(0))
    total_yi = (total / 10000).quantize(D("0.01"))
    counts = Counter(r[4] for r in _F02)
    n = len(_F02)
    depts = len({r[0] for r in _F02})
    doc.line("市级各部门（单位）：")
    q = f"对{depts}个市级部门的{n}个项目开展了财政重点绩效评价，涉及财政资金{total_yi}亿元"
    doc.para(f"2025年，市财政局{q}。现将评价结果通报如下：")
    fx.add("key_evaluated_departments", depts, "个", f"对{depts}个市级部门的{n}个项目")
    fx.add("key_evaluated_projects", n, "个", f"的{n}个项目开展了财政重点绩效评价")
    fx.add("key_evaluated_amount", total_yi, "亿元", f"涉及财政资金{total_yi}亿元")
    doc.heading(1, "一、评价结果")
    dist = grades_prose(counts, ["优秀", "良好", "中", "差"], "评价等级为“{g}”的{n}个", total=n, sep="；")
    doc.para(f"从评价结果看，{dist}。各项目评价结果如下：")
    table = [["序号", "主管部门", "项目名称", "预算金额\n（万元）", "评价得分", "评价等级"]]
    for i, (dept, name, amount, score, grade) in enumerate(_F02, 1):
        table.append([str(i), dept, name, amount, score, grade])
        fx.project(i, name, dept, grade, "key", score=D(score), amount=D(amount.replace(",", "")), unit="万元")
    doc.table(table, [1.2, 3.6, 5.6, 2.4, 1.6, 1.6], align=["c", "l", "l", "r", "c", "c"], size=12)
    shares = {g: pct(counts[g], n) for g in ["优秀", "良好", "中", "差"]}
    fx.batch("key", "财政重点绩效评价", project_count=n, department_count=depts, amount=total_yi,
             amount_unit="亿元", grades={g: counts[g] for g in shares}, grade_shares_pct=shares)  # fmt: skip
    doc.heading(1, "二、存在的主要问题")
    for text in (
        "（一）绩效目标设置不够科学。部分项目绩效指标以工作内容代替产出指标，可衡量性不强。",
        "（二）预算执行进度偏慢。个别项目年底集中支付，资金支出率不足80%。",
        "（三）项目管理制度落实不到位。部分项目验收资料不完整，资金拨付依据不充分。",
    ):
        doc.para(text)
    doc.heading(1, "三、有关要求")
    doc.para(
        "各部门要对照评价发现的问题，于2025年7月31日前完成整改，并将整改情况报送市财政局。"
        "评价结果为“中”和“差”的项目，原则上压减下年度预算，评价结果为“差”的项目暂停安排。"
    )
    doc.signature("漾溪市财政局", "2025年6月12日")
    doc.footer("emdash", odd_even=True)
    fx.notes = (
        "SYNTHETIC (invented city 漾溪市). Notice of 2025 on 2024 spending; fiscal_year 2024 from the title. "
        "Prose amount in 亿元 (total of the table's 万元 rounded to two decimals); the table is in 万元 with thousands "
        "separators and the unit only inside the header cell '预算金额（万元）'. Shares are printed per grade and "
        "kept as printed. The results table runs over a page break with its header row repeated. "
        "The same 主管部门 is written on every row (no merged cells)."
    )
    return fx


def f03_district_department_overall() -> Fixture15:
    """A district's 部门整体 results: units under their 主管部门 merged vertically, 评价等次 优秀/良好/一般."""
    doc = doc15("泺川区财政局")
    title = doc.title("泺川区2024年度部门整体支出绩效评价结果")
    fx = Fixture15(name="word15_03_district_overall", what="", doc=doc, title=title, region="泺川区", year=2024)
    fx.what = "district 部门整体: units under merged 主管部门 cells, 得分 + 评价等次 优秀/良好/一般, no amounts"
    rows = [
        ("区教育局", "区教育局（本级）", D("91.6"), "优秀"),
        ("区教育局", "区实验小学", D("88.3"), "良好"),
        ("区教育局", "区第二中学", D("84.7"), "良好"),
        ("区卫生健康局", "区人民医院", D("90.4"), "优秀"),
        ("区卫生健康局", "区疾病预防控制中心", D("86.9"), "良好"),
        ("区城市管理局", "区环境卫生管理所", D("78.2"), "一般"),
        ("区民政局", "区社会福利中心", D("92.5"), "优秀"),
        ("区农业农村局", "区农业技术推广中心", D("83.0"), "良好"),
    ]
    counts = Counter(r[3] for r in rows)
    parents = list(dict.fromkeys(r[0] for r in rows))
    doc.para(
        "为全面反映部门（单位）整体支出的经济性、效率性和效果性，区财政局组织第三方机构对2024年度部分部门（单位）"
        "整体支出开展了绩效评价。现将评价结果公开如下。"
    )
    doc.heading(1, "一、评价范围")
    q = f"共对{len(rows)}家单位开展部门整体支出绩效评价，涉及{len(parents)}个主管部门，评价资金总额3.42亿元"
    doc.para(f"本次{q}。")
    fx.add("department_overall_evaluations", len(rows), "个", f"共对{len(rows)}家单位开展部门整体支出绩效评价")
    fx.add("involved_departments", len(parents), "个", f"涉及{len(parents)}个主管部门")
    fx.add("department_overall_amount", D("3.42"), "亿元", "评价资金总额3.42亿元")
    doc.heading(1, "二、评价结果")
    dist = grades_prose(counts, ["优秀", "良好", "一般"], "评价等次为“{g}”的{n}家", sep="，")
    doc.para(
        f"评价采用百分制，90分（含）以上为优秀，80（含）至90分为良好，60（含）至80分为一般，60分以下为较差。{dist}，无“较差”等次单位。"
    )
    grades = {g: counts[g] for g in ["优秀", "良好", "一般"]} | {"较差": 0}
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=None, department_count=len(rows),
             amount=D("3.42"), amount_unit="亿元", grades=grades)  # fmt: skip
    doc.caption("2024年度部门整体支出绩效评价结果表")
    table = [["序号", "主管部门", "评价单位", "评价得分", "评价等次"]]
    prev = None
    for i, (parent, unit, score, grade) in enumerate(rows, 1):
        table.append([str(i), parent if parent != prev else "^", unit, f"{score}", grade])
        prev = parent
        fx.unit(unit, parent, grade, score)
    doc.table(table, [1.2, 3.6, 5.4, 2.2, 2.2], align=["c", "c", "l", "c", "c"])
    doc.heading(1, "三、结果应用")
    doc.para(
        "评价结果已反馈各被评价单位，并作为2026年部门预算安排的参考；对评价等次为“一般”的单位，督促其制定整改方案。"
    )
    doc.signature("泺川区财政局", "2025年8月26日")
    doc.footer("page_of")
    fx.notes = (
        "SYNTHETIC (invented district 泺川区). Whole-department results of 2024, published 2025. The evaluated "
        "objects are units; their 主管部门 is merged vertically in the table (parent_department from the merged "
        "cell). '区教育局（本级）' is the department's own unit, kept verbatim. The explicit zero '无“较差”等次单位' "
        "is kept as 较差: 0. The score bands (90分（含）以上…) are band definitions, not scores. The batch's "
        "department_count is the number of evaluated units (8); involved_departments the 5 主管部门."
    )
    return fx


def f04_city_review_notice() -> Fixture15:
    """A city bureau's 抽查复核 通报 of self-evaluations: two scores (自评得分 | 复核得分), the review's grade."""
    doc = doc15("沅汀市财政局")
    doc.doc_number("沅财绩函〔2025〕19号", align="right")
    title = doc.title("关于2024年度市级项目支出绩效自评", "抽查复核情况的通报")
    fx = Fixture15(name="word15_04_review_notice", what="", doc=doc, title=title, region="沅汀市", year=2024)
    fx.what = "city 复核 通报: 自评得分 vs 复核得分, 复核等级 优/良/中/差, only the changed projects tabled"
    rows = [
        ("市教育局", "职业院校实训基地建设", D("96.0"), D("87.5"), "良"),
        ("市教育局", "教师培训专项经费", D("95.0"), D("82.0"), "良"),
        ("市卫生健康委", "家庭医生签约服务补助", D("98.0"), D("78.5"), "中"),
        ("市住房城乡建设局", "市政道路维修养护", D("94.5"), D("85.0"), "良"),
        ("市林业局", "林业有害生物防治", D("97.0"), D("90.5"), "优"),
        ("市交通运输局", "公路安全生命防护工程", D("93.0"), D("72.0"), "中"),
        ("市商务局", "电子商务进农村补助", D("92.0"), D("56.5"), "差"),
        ("市退役军人事务局", "退役士兵职业技能培训", D("95.5"), D("84.0"), "良"),
        ("市司法局", "法律援助经费", D("99.0"), D("91.0"), "优"),
        ("市水利局", "农村饮水安全维修养护", D("96.5"), D("58.0"), "差"),
    ]
    doc.line("市级各预算部门：")
    doc.para(
        "按照预算绩效管理工作安排，各部门共完成2024年度项目支出绩效自评392个。在此基础上，市财政局会同第三方机构"
        "对自评结果开展了抽查复核，现将有关情况通报如下。"
    )
    fx.add("self_evaluated_projects", 392, "个", "共完成2024年度项目支出绩效自评392个")
    doc.heading(1, "一、抽查复核基本情况")
    q = "本次从15个部门抽取40个项目，抽查比例为10.2%，涉及资金2.47亿元"
    doc.para(f"{q}。复核重点关注绩效目标完成情况、自评打分依据和佐证材料的完整性。")
    fx.add("sampled_departments", 15, "个", "从15个部门抽取40个项目")
    fx.add("sampled_projects", 40, "个", "从15个部门抽取40个项目")
    fx.add("sampling_ratio", D("10.2"), "%", "抽查比例为10.2%")
    fx.add("sampled_amount", D("2.47"), "亿元", "涉及资金2.47亿元")
    doc.heading(1, "二、复核结果")
    doc.para(
        "复核结果为：优18个、良15个、中5个、差2个。部门自评平均得分95.3分，复核平均得分84.6分，"
        "自评结果普遍偏高。复核得分低于自评得分5分以上的项目10个，具体如下："
    )
    fx.batch("sampling", "自评抽查复核", project_count=40, department_count=15, amount=D("2.47"),
             amount_unit="亿元", grades={"优": 18, "良": 15, "中": 5, "差": 2})  # fmt: skip
    table = [["序号", "部门名称", "项目名称", "自评得分", "复核得分", "复核等级"]]
    for i, (dept, name, own, review, grade) in enumerate(rows, 1):
        table.append([str(i), dept, name, f"{own}", f"{review}", grade])
        fx.project(i, name, dept, grade, "sampling", score=review)
    doc.table(table, [1.2, 3.6, 5.2, 1.9, 1.9, 1.9], align=["c", "l", "l", "c", "c", "c"])
    doc.note("注：复核等级按复核得分确定，90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。")
    doc.heading(1, "三、下一步工作")
    doc.para(
        "各部门要切实提高自评质量，对复核发现的问题于30日内完成整改。复核结果将纳入部门预算绩效管理工作考核，"
        "复核等级为“差”的项目，相应调减下年度预算。"
    )
    doc.signature("沅汀市财政局", "2025年7月4日")
    doc.footer("dash")
    fx.notes = (
        "SYNTHETIC (invented city 沅汀市). Review (抽查复核) of 2024 self-evaluations, published 2025. Projects are "
        "the 10 tabled ones only (those whose review score is more than 5 points below the self score); the batch "
        "grades (优18/良15/中5/差2) are the prose distribution over all 40 sampled projects. The project score is "
        "the review score (复核得分), the result; the 自评得分 column is the department's own claim. The averages "
        "95.3/84.6 are not metrics of the gold. '沅财绩函〔2025〕19号' is a 文号."
    )
    return fx


def f05_project_self_report() -> Fixture15:
    """A line department's own one-project 自评 report: score and grade in prose, an indicator table."""
    doc = doc15("蒲岭县农业农村局")
    doc.header("蒲岭县农业农村局")
    title = doc.title("2024年度耕地地力保护补贴项目", "绩效自评报告")
    fx = Fixture15(name="word15_05_project_self", what="", doc=doc, title=title, region="蒲岭县", year=2024)
    fx.what = "one-project 自评 report by a line department: score/grade in prose, 3-level indicator table"
    doc.heading(1, "一、项目基本情况")
    doc.para(
        "耕地地力保护补贴项目由蒲岭县农业农村局组织实施，补贴对象为拥有耕地承包权的种地农民，"
        "补贴面积42.36万亩，涉及农户5.81万户。"
    )
    doc.para("项目年度预算资金1,863.20万元，全年实际支出1,851.74万元，预算执行率99.4%。")
    doc.heading(1, "二、绩效目标完成情况")
    ind = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "补贴面积", "≥42万亩", "42.36万亩", "15", "15"],
        ["^", "质量指标", "补贴资金足额兑付率", "100%", "99.4%", "15", "14"],
        ["^", "时效指标", "资金发放及时性", "6月底前", "7月中旬", "10", "7"],
        ["效益指标", "经济效益", "农户种粮收益稳定", "稳定", "稳定", "15", "15"],
        ["^", "社会效益", "耕地撂荒面积", "逐年减少", "减少0.3万亩", "15", "14.5"],
        ["^", "可持续影响", "耕地地力提升", "持续提升", "持续提升", "10", "10"],
        ["满意度指标", "服务对象满意度", "受益农户满意度", "≥90%", "96%", "10", "10"],
        ["预算执行率", "<", "<", "100%", "99.4%", "10", "9"],
        ["合计", "<", "<", "<", "<", "100", "94.5"],
    ]
    doc.caption("项目绩效指标完成情况表")
    doc.table(ind, [2.4, 2.4, 3.4, 2.2, 2.4, 1.2, 1.2], align=["c", "c", "l", "c", "c", "c", "c"], size=10.5)
    doc.heading(1, "三、自评结论")
    q = "该项目自评综合得分94.5分，评价等级为“优”"
    doc.para(f"经自评，{q}。项目资金发放基本及时，补贴政策知晓度高，较好地保护了耕地地力和农民种粮积极性。")
    doc.heading(1, "四、存在问题及改进措施")
    doc.para(
        "部分乡镇补贴面积核实进度较慢，导致资金发放时间较年度目标推迟约半个月。下一步将提前开展面积核定，确保按时发放。"
    )
    doc.signature("蒲岭县农业农村局", "2025年4月10日")
    doc.footer("dash")
    fx.batch("self", "项目绩效自评")
    fx.project(1, "耕地地力保护补贴项目", "蒲岭县农业农村局", "优", "self", score=D("94.5"), amount=D("1863.20"),
               unit="万元")  # fmt: skip
    fx.notes = (
        "SYNTHETIC (invented county 蒲岭县). A single project's self-evaluation report by its own department. "
        "The project's amount is the annual budget 1,863.20万元 (actual spending 1,851.74万元 is not the amount). "
        "The indicator table is not a results table: its 分值/得分 columns are indicator points; its 合计 row "
        "repeats the overall score 94.5. The self batch has no stated count or amount (null). No headline metric "
        "is stated as such. The running header repeats the department name."
    )
    return fx


def f06_bond_notice() -> Fixture15:
    """A city's special-bond 公示: 项目单位 (not the 主管部门), 发行金额（亿元）, 评价结果, 备注."""
    doc = doc15("沅汀市财政局")
    title = doc.title("沅汀市2024年度地方政府专项债券项目", "资金绩效评价结果公示")
    fx = Fixture15(name="word15_06_bond_notice", what="", doc=doc, title=title, region="沅汀市", year=2024)
    fx.what = "bond 公示: 项目单位 only, 发行金额（亿元）, 评价结果 优/良/中, 备注 column, 公示期 dates"
    rows = [
        ("沅汀市城市建设投资发展中心", "沅汀市东部新城综合管廊工程", "2.30", "良", ""),
        ("沅汀市水务集团有限公司", "沅汀市第三污水处理厂扩建工程", "1.85", "优", ""),
        ("沅汀市人民医院", "沅汀市人民医院新院区建设项目", "3.10", "优", "跨年度实施"),
        ("沅汀市教育发展中心", "沅汀市职业教育园区一期工程", "1.20", "良", ""),
        ("沅汀市交通建设发展中心", "沅汀港物流园区配套道路工程", "0.95", "良", "2024年新增"),
        ("沅汀市保障性住房建设中心", "沅汀市城南片区保障性租赁住房项目", "1.60", "优", ""),
        ("沅汀市农业综合开发中心", "沅汀市冷链物流集配中心", "0.45", "中", "收益未达预期"),
        ("沅汀市水务集团有限公司", "沅汀市城乡供水一体化工程", "1.15", "良", ""),
        ("沅汀市文旅发展中心", "沅汀古城保护利用工程", "0.25", "良", ""),
    ]
    total = sum((D(r[2]) for r in rows), D(0))
    doc.para(
        "根据专项债券项目资金绩效管理有关规定，市财政局组织对2024年度发行的地方政府专项债券项目资金开展了绩效评价，"
        f"共涉及项目{len(rows)}个，债券资金{total}亿元。现将评价结果公示如下："
    )
    fx.add("bond_projects", len(rows), "个", f"共涉及项目{len(rows)}个")
    fx.add("bond_amount", total, "亿元", f"债券资金{total}亿元")
    fx.batch("key", "专项债券项目资金绩效评价", project_count=len(rows), amount=total, amount_unit="亿元")
    table = [["序号", "项目单位", "项目名称", "发行金额（亿元）", "评价结果", "备注"]]
    for i, (unit, name, amount, grade, remark) in enumerate(rows, 1):
        table.append([str(i), unit, name, amount, grade, remark or None])
        fx.project(i, name, None, grade, "key", amount=D(amount), unit="亿元")
    doc.table(table, [1.1, 4.0, 5.0, 2.0, 1.6, 2.0], align=["c", "l", "l", "c", "c", "c"], size=11)
    doc.para(
        "公示期为2025年5月20日至2025年5月26日（5个工作日）。如有异议，请在公示期内以书面形式向市财政局反映。"
        "联系电话：0739-8821456。"
    )
    doc.signature("沅汀市财政局", "2025年5月20日")
    fx.notes = (
        "SYNTHETIC (invented city 沅汀市). Special-bond notice for the bonds of 2024. The table names only the "
        "项目单位 (implementing unit), not a 主管部门: department is null. Amounts are issue amounts in 亿元, unit "
        "only in the header. The evaluation was organised by the finance bureau (batch 'key', a judgement: the "
        "notice does not say 重点评价). No grade distribution is stated (grades null). The 备注 column holds "
        "remarks, empty on most rows. The phone number and 公示期 dates are noise."
    )
    return fx


def f07_provincial_policy() -> Fixture15:
    """A provincial finance department's 公告 of policy evaluations, one paragraph per policy (no table)."""
    doc = doc15("苕岭省财政厅")
    title = doc.title("苕岭省财政厅关于2024年度省级财政", "政策绩效评价结果的公告")
    fx = Fixture15(name="word15_07_policy_notice", what="", doc=doc, title=title, region="苕岭省本级", year=2024)
    fx.what = "provincial 政策 公告 in prose: one paragraph per policy, 主管部门 named, 评价结论 A/B/C"
    policies = [
        ("省级乡村振兴衔接资金政策", "省农业农村厅", D("18.60"), D("88.4"), "B"),
        ("制造业高质量发展专项资金政策", "省工业和信息化厅", D("12.35"), D("91.7"), "A"),
        ("城乡居民医疗保险省级补助政策", "省医疗保障局", D("9.80"), D("93.0"), "A"),
        ("公共租赁住房保障政策", "省住房和城乡建设厅", D("5.42"), D("78.6"), "C"),
    ]
    total = sum((p[2] for p in policies), D(0))
    doc.para(
        "为提高财政政策实施效果，根据省政府工作部署，省财政厅对2024年度4项省级财政政策开展了重点绩效评价，"
        f"涉及省级财政资金{total}亿元。评价结论分为A（90分及以上）、B（80—89分）、C（60—79分）、D（60分以下）四档。"
        "现将评价结果公告如下。"
    )
    fx.add("policy_evaluations", 4, "项", "对2024年度4项省级财政政策开展了重点绩效评价")
    fx.add("total_evaluated_amount", total, "亿元", f"涉及省级财政资金{total}亿元")
    counts = Counter(p[4] for p in policies)
    fx.batch("other", "省级财政政策重点绩效评价", project_count=4, amount=total, amount_unit="亿元")
    nums = ["一", "二", "三", "四"]
    doc.heading(1, "一、评价结果")
    for i, (name, dept, amount, score, grade) in enumerate(policies):
        doc.heading(2, f"（{nums[i]}）{name}")
        doc.para(
            f"主管部门：{dept}。2024年安排资金{amount}亿元。经评价，该政策综合得分{score}分，评价结论为{grade}档。"
        )
        fx.project(i + 1, name, dept, grade, "other", score=score, amount=amount, unit="亿元")
    doc.heading(1, "二、结果应用")
    doc.para(
        f"评价结论为A档的{counts['A']}项政策，在2026年预算中予以优先保障；评价结论为C档的政策，"
        "由主管部门会同省财政厅研究调整完善，压减相应资金规模。"
    )
    doc.signature("苕岭省财政厅", "2025年9月3日")
    doc.footer("dash")
    fx.notes = (
        "SYNTHETIC (invented province 苕岭省). Policy evaluations by a provincial finance department, batch type "
        "'other' (policy). Region '苕岭省本级' (province-level money; the text says 省级). Each policy is a "
        "heading plus one paragraph (主管部门, amount, score, grade 'A档'); grade recorded as the letter. The "
        "band legend (A（90分及以上）…) is not a score. Batch grades null: no distribution is stated; "
        "'评价结论为A档的2项政策' states only the A count."
    )
    return fx


def f08_scanned_lower_gov() -> Fixture15:
    """A city's grading of its counties (下级政府财政管理绩效), printed, sealed and scanned: no text layer."""
    doc = doc15("漾溪市财政局")
    doc.red_letterhead("漾溪市财政局", "漾财预〔2025〕31号")
    title = doc.title("关于2024年度县（市、区）财政管理", "绩效综合评价结果的通报")
    fx = Fixture15(name="word15_08_scanned_counties", what="", doc=doc, title=title, region="漾溪市", year=2024)
    fx.what = "SCANNED: city grades its 6 counties (优秀/良好/合格), image-only PDF with a red seal"
    rows = [
        ("岚浔县", D("94.2"), "优秀"),
        ("漾东区", D("91.8"), "优秀"),
        ("石梁县", D("87.5"), "良好"),
        ("清沂县", D("85.0"), "良好"),
        ("漾溪经济开发区", D("82.6"), "良好"),
        ("棠坳县", D("76.3"), "合格"),
    ]
    counts = Counter(r[2] for r in rows)
    doc.line("各县（市、区）财政局：")
    q = f"对全市{len(rows)}个县（市、区）2024年度财政管理工作开展了绩效综合评价"
    doc.para(
        f"根据《漾溪市县级财政管理绩效综合评价办法》，市财政局{q}，评价内容包括预算管理、"
        "收入质量、支出进度、债务风险防控和预算绩效管理五个方面。现将结果通报如下："
    )
    fx.add("lower_government_evaluations", len(rows), "个", q)
    dist = "、".join(f"{g}{counts[g]}个" for g in ["优秀", "良好", "合格"])
    doc.para(f"评价结果分为优秀、良好、合格、不合格四个等次。其中{dist}，无不合格等次。")
    fx.batch("other", "县（市、区）财政管理绩效综合评价", project_count=len(rows),
             grades={g: counts[g] for g in ["优秀", "良好", "合格"]} | {"不合格": 0})  # fmt: skip
    table = [["序号", "县（市、区）", "综合得分", "评价等次"]]
    for i, (name, score, grade) in enumerate(rows, 1):
        table.append([str(i), name, f"{score}", grade])
        fx.project(i, name, None, grade, "other", score=score)
    doc.table(table, [1.6, 5.2, 3.0, 3.0], align=["c", "c", "c", "c"])
    doc.para(
        "对评价结果为优秀的县（市、区），市财政在分配一般性转移支付时给予适当奖励；对评价结果为合格的，予以约谈提醒。"
    )
    doc.signature("漾溪市财政局", "2025年4月22日")
    fx.scan = {"dpi": 150, "angles": [0.4, -0.55], "colour": True, "noise": 6.0, "seed": 1515,
               "seal": {"near": "2025年4月22日", "text": "漾溪市财政局"}}  # fmt: skip
    fx.notes = (
        "SYNTHETIC (invented city 漾溪市 and its counties). A city's grading of its lower governments: batch "
        "'other'; the counties are recorded in projects (name = county, department null) as the real corpus does "
        "for gradings of cities. Printed, sealed and scanned: the PDF has no text layer (OCR needed); the gold "
        "was checked against the PDF before rasterising. Explicit zero '无不合格等次' kept as 不合格: 0. "
        "'漾溪经济开发区' is graded like a county. '漾财预〔2025〕31号' is a 文号."
    )
    return fx


def f09_street_grading() -> Fixture15:
    """A district's grading of its 镇（街道）: 考核等次 好/较好/一般, no amounts, a 备注 for a merged town."""
    doc = doc15("泺川区财政局")
    title = doc.title("泺川区2024年度镇（街道）预算绩效管理", "工作考核结果")
    fx = Fixture15(name="word15_09_street_grading", what="", doc=doc, title=title, region="泺川区", year=2024)
    fx.what = "district grades its 镇（街道）: 考核等次 好/较好/一般, 备注 column, no amounts"
    rows = [
        ("柳湾街道", D("95.5"), "好", ""),
        ("东塘街道", D("93.0"), "好", ""),
        ("青石镇", D("88.5"), "较好", ""),
        ("泺河街道", D("87.0"), "较好", ""),
        ("西岙镇", D("85.5"), "较好", "原西岙乡并入"),
        ("苇渚镇", D("83.0"), "较好", ""),
        ("蕖塘镇", D("76.5"), "一般", ""),
    ]
    counts = Counter(r[2] for r in rows)
    q = f"对全区{len(rows)}个镇（街道）2024年度预算绩效管理工作进行了考核"
    doc.para(
        f"根据《泺川区镇（街道）预算绩效管理工作考核办法》，区财政局{q}。考核内容包括绩效目标编报、"
        "绩效运行监控、绩效自评质量、评价结果应用和信息公开等方面，考核结果分为好、较好、一般、较差四个等次。"
    )
    fx.add("lower_government_evaluations", len(rows), "个", q)
    dist = "，".join(f"考核等次为“{g}”的{counts[g]}个" for g in ["好", "较好", "一般"])
    doc.para(f"考核结果：{dist}。具体如下：")
    fx.batch("other", "镇（街道）预算绩效管理工作考核", project_count=len(rows),
             grades={g: counts[g] for g in ["好", "较好", "一般"]})  # fmt: skip
    table = [["序号", "镇（街道）", "考核得分", "考核等次", "备注"]]
    for i, (name, score, grade, remark) in enumerate(rows, 1):
        table.append([str(i), name, f"{score}", grade, remark or None])
        fx.project(i, name, None, grade, "other", score=score)
    doc.table(table, [1.4, 4.0, 2.6, 2.6, 4.0], align=["c", "c", "c", "c", "c"])
    doc.para(
        "考核结果将作为2025年度镇（街道）财政体制结算奖补资金分配的依据，对考核等次为“一般”的镇（街道）进行通报提醒。"
    )
    doc.signature("泺川区财政局", "2025年2月28日")
    doc.footer("dash")
    fx.notes = (
        "SYNTHETIC (invented district 泺川区 and its towns). A district's grading of its 镇（街道） on budget "
        "performance work: batch 'other' (lower-government grading); towns recorded in projects (name = town, "
        "department null), as the real corpus records graded cities. No '较差' count is stated (the word appears "
        "only in the band list), so no zero is recorded for it. The 备注 '原西岙乡并入' is a remark."
    )
    return fx


def f10_provincial_landscape_yuan() -> Fixture15:
    """A provincial line department's own self-evaluation results on landscape pages: 元 with separators,
    小计 rows with an empty 序号, 项目单位 merged vertically, the table across pages with a repeated header."""
    doc = doc15("苕岭省水利厅")
    title = doc.title("苕岭省水利厅2024年度项目支出绩效自评结果")
    fx = Fixture15(name="word15_10_provincial_yuan", what="", doc=doc, title=title, region="苕岭省本级", year=2024)
    fx.what = "provincial line department: landscape table in 元 across pages, 小计 rows, merged 项目单位, 自评等级"
    groups = {
        "苕岭省水利厅（本级）": [
            ("水利工程运行管理经费", "3286500.00", "3201880.45", "92.0", "优"),
            ("水资源监测能力建设", "1850000.00", "1762300.00", "88.5", "良"),
            ("河湖长制工作经费", "960000.00", "958412.30", "95.0", "优"),
            ("水利规划前期工作经费", "2400000.00", "1896000.00", "79.0", "中"),
        ],
        "苕岭省水文水资源勘测中心": [
            ("水文站网运行维护", "4120000.00", "4087651.20", "93.5", "优"),
            ("水文测报设施更新改造", "2675000.00", "2501230.00", "86.0", "良"),
            ("山洪灾害监测预警", "1530000.00", "1529860.00", "94.0", "优"),
        ],
        "苕岭省水利工程质量监督站": [
            ("水利工程质量检测经费", "780000.00", "742150.00", "87.5", "良"),
            ("质量监督信息化建设", "1260000.00", "905400.00", "72.5", "中"),
        ],
        "苕岭省灌区管理局": [
            ("大型灌区续建配套与节水改造", "15800000.00", "15623007.80", "91.0", "优"),
            ("灌区渠道维修养护", "3350000.00", "3318620.00", "89.0", "良"),
            ("灌溉用水计量设施建设", "2140000.00", "1987300.00", "85.5", "良"),
            ("灌区信息化管理平台运维", "690000.00", "688950.00", "90.5", "优"),
        ],
    }
    n = sum(len(v) for v in groups.values())
    budget = sum((D(r[1]) for v in groups.values() for r in v), D(0))
    counts = Counter(r[4] for v in groups.values() for r in v)
    q = f"厅本级及所属3家单位共{n}个项目开展了绩效自评，涉及预算资金{money(budget)}元"
    doc.para(
        f"按照省财政厅关于开展2024年度预算绩效自评工作的通知要求，我厅组织{q}。自评结果为“优”的{counts['优']}个，"
        f"“良”的{counts['良']}个，“中”的{counts['中']}个，无“差”等级项目。现将自评结果公开如下。"
    )
    fx.add("self_evaluated_projects", n, "个", f"共{n}个项目开展了绩效自评")
    fx.add("self_evaluated_amount", budget, "元", f"涉及预算资金{money(budget)}元")
    fx.batch("self", "项目支出绩效自评", project_count=n, amount=budget, amount_unit="元",
             grades={"优": counts["优"], "良": counts["良"], "中": counts["中"], "差": 0})  # fmt: skip
    doc.landscape()
    doc.line("苕岭省水利厅2024年度项目支出绩效自评结果表", align="center", font=None, size=16, bold=True, after=4)
    doc.line("单位：元", align="right", size=12)
    table = [["序号", "项目单位", "项目名称", "预算数", "执行数", "执行率", "自评得分", "自评等级"]]
    seq = 0
    for unit, items in groups.items():
        for k, (name, b, e, score, grade) in enumerate(items):
            seq += 1
            rate = (D(e) * 100 / D(b)).quantize(D("0.1"))
            table.append([str(seq), unit if k == 0 else "^", name, money(D(b)), money(D(e)), f"{rate}%", score, grade])
            fx.project(seq, name, "苕岭省水利厅", grade, "self", score=D(score), amount=D(b), unit="元")
        sb = sum((D(r[1]) for r in items), D(0))
        se = sum((D(r[2]) for r in items), D(0))
        table.append([None, "小计", "<", money(sb), money(se), None, None, None])
    table.append([None, "合计", "<", money(budget), money(sum((D(r[2]) for v in groups.values() for r in v), D(0))),
                  None, None, None])  # fmt: skip
    doc.table(table, [1.3, 5.2, 6.6, 3.4, 3.4, 1.8, 1.8, 1.8], align=["c", "l", "l", "r", "r", "c", "c", "c"])
    doc.portrait()
    doc.para("下一步，我厅将针对自评发现的预算执行偏慢、绩效指标设置不够细化等问题，督促相关单位抓好整改，"
             "并将自评结果作为2026年项目预算安排的重要参考。")  # fmt: skip
    doc.signature("苕岭省水利厅", "2025年6月30日")
    doc.footer("dash")
    fx.notes = (
        "SYNTHETIC (invented province 苕岭省). A provincial line department publishing its own projects' "
        "self-evaluation results. department = 苕岭省水利厅 for every project (the publisher and 主管部门); the "
        "项目单位 column (merged vertically over each unit's rows) is the implementing unit, not the department. "
        "Amounts are the 预算数 in 元 with thousands separators (unit only in '单位：元'); 执行数 and 执行率 are "
        "not the amount. 小计/合计 rows have an empty 序号 and are not projects. The explicit zero "
        "'无“差”等级项目' is kept as 差: 0. The table is on landscape pages between portrait ones and runs over "
        "a page break with its header repeated. Region '苕岭省本级' (provincial-level money)."
    )
    return fx


FIXTURES = [
    f01_county_summary,
    f02_city_key_notice,
    f03_district_department_overall,
    f04_city_review_notice,
    f05_project_self_report,
    f06_bond_notice,
    f07_provincial_policy,
    f08_scanned_lower_gov,
    f09_street_grading,
    f10_provincial_landscape_yuan,
]


# ------------------------------------------------------------------------------------------------ checks
def check_doc(fx: Fixture15) -> list[str]:
    problems = fx.check()
    text = "\n".join(fx.doc.text)
    if fx.region and fx.region.removesuffix("本级") not in text:
        problems.append(f"region not in text: {fx.region}")
    for p in fx.projects:
        for key in ("score", "amount"):
            if p[key] is not None and str(p[key]) not in text.replace(",", ""):
                problems.append(f"project {key} not in text: {p[key]}")
    for u in fx.units:
        if u["score"] is not None and str(u["score"]) not in text:
            problems.append(f"unit score not in text: {u['score']}")
    return problems


def pdf_texts(pdf: Path) -> tuple[list[str], list[str]]:
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    pdfium = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    plumber = []
    with pdfplumber.open(pdf) as plumb:
        for page in plumb.pages:
            # the page text, then each ruled table's cells (a wrapped cell's lines interleave with its neighbours'
            # in the page text; the cell text keeps them together)
            cells = [c for t in page.extract_tables() for row in t for c in row if c]
            plumber.append((page.extract_text() or "") + "\n" + "\n".join(c.replace("\n", "") for c in cells))
    return pdfium, plumber


def _flat(pages: list[str]) -> str:
    lines = [line for page in pages for line in page.splitlines() if not _PAGE_NUMBER.match(line)]
    return re.sub(r"\s+", "", "".join(lines)).replace(",", "")


def check_pdf15(pdf: Path, fx: Fixture15) -> tuple[list[str], list[str]]:
    """Every gold string in the text layer of both engines; names split by a page break are reported apart."""
    pdfium, plumber = pdf_texts(pdf)
    problems, split = [], []
    for engine, pages in (("PDFium", pdfium), ("pdfplumber", plumber)):
        for i, page in enumerate(pages):
            if len(_CJK.findall(page)) < 20:
                problems.append(f"{engine}: page {i + 1} has little CJK text")
            if "(cid:" in page:
                problems.append(f"{engine}: page {i + 1} has (cid:…)")
        flat = _flat(pages)
        for kind, s in gold_strings(fx):
            if re.sub(r"\s+", "", s).replace(",", "") not in flat:
                (split if kind.endswith("name") or kind == "unit unit" else problems).append(f"{engine}: {kind} {s}")
        for p in fx.projects + fx.units:
            if p["score"] is not None and str(p["score"]) not in flat:
                problems.append(f"{engine}: score {p['score']}")
    return problems, split


def gold_strings(fx: Fixture15) -> list[tuple[str, str]]:
    out = [("title", fx.title)] if fx.title else []
    out += [("quote", m["quote"]) for m in fx.metrics]
    for p in fx.projects:
        out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
    for u in fx.units:
        out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
    return out


def no_text_layer(pdf: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    chars = sum(len(doc[i].get_textpage().get_text_range().strip()) for i in range(len(doc)))
    doc.close()
    return chars


def page_count(pdf: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    n = len(doc)
    doc.close()
    return n


# ------------------------------------------------------------------------------------------------ README
def write_readme(out_dir: Path, rows: list[tuple[Fixture15, int, str]]) -> None:
    table = "\n".join(f"| `{fx.name}` | {pages} | {layer} | {fx.what} |" for fx, pages, layer in rows)
    text = f"""# word15: a fifteenth, independent set of Word-exported reports — SYNTHETIC

**SYNTHETIC.** Every region (蒲岭县, 漾溪市 and its counties, 泺川区, 沅汀市, 苕岭省), department, unit, project,
person and figure in these documents is invented. Nothing here is a real bureau's result.

Author statement: written by the fifteenth fixture author of the project, from the genre only — the real corpus's
README and gold conventions, its gold files and texts, the reference report, and real bureau pages found with the
`pages` search corpus. The author did not read the parser, the scorer, the other sets' fixtures or their
generators' layouts, and did not run the parser on these documents.

Made by `tools/make_word_fixtures_15.py` (python-docx → LibreOffice headless PDF export with the bureau-font
substitutions of `tools/word_fonts.conf`); `make word-fixtures-15` rebuilds them.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
{table}

## How the gold was checked

Each gold file is written from the same data as its document, and the generator refuses to write it unless:
every headline-metric number is printed in its quote; every quote, title, project name, department, unit and grade
is in the document's own text (docx); every project/unit score and amount is in that text; and, after export,
every quote, title, department, grade and score is in the PDF's text layer as read by both PDFium (pypdfium2) and
pdfplumber (whitespace, thousands separators and page-number lines removed). Project and unit names that a page
break splits are listed by the generator as information, not errors. The scanned fixture is checked on the PDF
before it is rasterised, and the published PDF is confirmed to have an empty text layer.

Gold format: the real corpus's (`synthetic: true`, `notes` explains every judgement call).
"""
    (out_dir / "README.md").write_text(text, encoding="utf-8")


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
    rows = []
    with tempfile.TemporaryDirectory(prefix="jixiao-word15-") as tmp:
        work = Path(tmp)
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
        plain = [work / f"{fx.name}.docx" for fx in fixtures if not fx.scan]
        scans = [work / f"{fx.name}.docx" for fx in fixtures if fx.scan]
        convert3(soffice, plain, out_dir, {"UseTaggedPDF": ("boolean", "true")})
        convert3(soffice, scans, work / "scan", {"UseTaggedPDF": ("boolean", "true")})
        for fx in fixtures:
            pdf = (work / "scan" if fx.scan else out_dir) / f"{fx.name}.pdf"
            problems, split = check_pdf15(pdf, fx)
            pages = page_count(pdf)
            layer = "text (PDFium, pdfplumber)"
            if fx.scan:
                rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                chars = no_text_layer(out_dir / f"{fx.name}.pdf")
                if chars:
                    problems.append(f"the scan has {chars} characters in its text layer")
                layer = "none (scan, image only)"
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            write_gold(fx, out_dir)
            rows.append((fx, pages, layer))
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            extra = f" (not found whole, wrapped or split by a page break: {', '.join(split)})" if split else ""
            print(f"  {fx.name}: {pages} pages: {status}{extra}")
            failed = failed or bool(problems)
    if not args.only:
        write_readme(out_dir, rows)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
