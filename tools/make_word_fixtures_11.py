"""An eleventh, independent set of Word-made fixtures (`word11_*`): budget-performance reports written as Word
documents (python-docx) and exported to PDF by LibreOffice headless, the way county, city and district finance
bureaus, line departments and a provincial department publish them. Written by an eleventh author from the genre
(the real corpus's README and gold conventions, real bureau pages), without reading the parser or the scorer, so
that its score is a first-sight measurement.
Mostly ordinary reports: a county's annual work summary, a city's 重点绩效评价 通报 with a table across pages, a
district's 部门整体 results in 元, a county's 抽查复核 通报 with two scores, a provincial department's one-project
自评 report with an indicator table, a district's special-bond 公示 in 亿元, a county's 政策 evaluation notice, a
county grading its 乡镇/街道 by 档次, a city grading its 县(市、区); and one with difficulties a real Word file has
(a 部门 results table with 小计 rows on a landscape page after the signature, grades only as letters with a legend).
Everything is SYNTHETIC: the regions (澄岙县, 柘渚市, 柘渚市云枫区, 柘渚市檀湾区, 葛坪县, 溆川县, 澜江省),
departments, units, projects and figures are invented.
The gold of each fixture is written from the same data as its document and checked before it is written: every
quote, name, department, grade and title against the document's own text (docx), every number against its quote or
the text, and all of them against the exported PDF's text layer (PDFium and pdfplumber; a table cell may also be
found among pdfplumber's table cells, where a wrapped cell interleaves with its neighbours in the page text).
Reuses the 公文 builder (tools/word_doc.py), find_soffice/check_fonts (tools/make_word_fixtures.py) and the Doc3 /
convert3 mechanics of tools/make_word_fixtures_3.py.
Usage: python tools/make_word_fixtures_11.py [OUT_DIR] [--only NAME ...] [--keep-docx]
       (default OUT_DIR tests/fixtures/word11)
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
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import Doc3, convert3
from word_doc import HEI

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word11"
TAGGED = {"UseTaggedPDF": ("boolean", "true")}
SYNTHETIC = (
    "SYNTHETIC document (tools/make_word_fixtures_11.py): region, departments, projects and figures are invented."
)


# ------------------------------------------------------------------------------------------------ gold helpers
def num(text: str) -> float | int:
    """A printed number as the gold holds it: `45,983.93` → 45983.93, `12` → 12."""
    clean = text.replace(",", "")
    value = float(clean)
    return int(value) if "." not in clean else value


def metric(name: str, value: str, unit: str, quote: str) -> dict[str, Any]:
    assert value in quote, (value, quote)
    return {"metric": name, "value": num(value), "unit": unit, "quote": quote}


def batch(
    kind: str,
    label: str,
    count: int | None = None,
    *,
    depts: int | None = None,
    amount: str | None = None,
    unit: str | None = None,
    grades: dict[str, int] | None = None,
    shares: dict[str, float] | None = None,
) -> dict[str, Any]:
    return {
        "type": kind,
        "label_zh": label,
        "project_count": count,
        "department_count": depts,
        "amount": num(amount) if amount else None,
        "amount_unit": unit,
        "grades": grades,
        "grade_shares_pct": shares,
    }


def project(
    seq: int,
    name: str,
    dept: str | None,
    grade: str | None,
    score: str | None,
    amount: str | None,
    unit: str | None,
    kind: str,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "name": name,
        "department": dept,
        "grade": grade,
        "score": num(score) if score else None,
        "amount": num(amount) if amount else None,
        "amount_unit": unit if amount else None,
        "batch_type": kind,
    }


def unit_eval(unit: str, parent: str | None, grade: str | None, score: str | None) -> dict[str, Any]:
    return {"unit": unit, "parent_department": parent, "grade": grade, "score": num(score) if score else None}


@dataclass
class Fx:
    """One report: its document and its gold, and the printed numbers the check must find in the text."""

    name: str
    what: str
    doc: Doc3
    title: str | None
    region: str | None
    year: int | None
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    notes: str = ""
    printed: list[str] = field(default_factory=list)  # number strings as printed (scores, amounts) to find

    def gold(self) -> dict[str, Any]:
        return {
            "source_url": None,
            "synthetic": True,
            "title": self.title,
            "region": self.region,
            "fiscal_year": self.year,
            "headline_metrics": self.metrics,
            "evaluation_batches": self.batches,
            "projects": self.projects,
            "department_evaluations": self.units,
            "notes": f"{SYNTHETIC} {self.notes}".strip(),
        }

    def strings(self) -> list[tuple[str, str]]:
        out = [("title", self.title)] if self.title else []
        out += [("region", self.region)] if self.region else []
        out += [("quote", m["quote"]) for m in self.metrics]
        for p in self.projects:
            out += [(f"project {k}", p[k]) for k in ("name", "department", "grade") if p[k]]
        for u in self.units:
            out += [(f"unit {k}", u[k]) for k in ("unit", "parent_department", "grade") if u[k]]
        out += [("number", s) for s in self.printed]
        return out


def new_doc(author: str) -> Doc3:
    doc = Doc3(author)
    doc.footer("dash")
    return doc


def grade_sentence(counts: dict[str, int], *, verb: str, unit: str, quote_marks: bool = True) -> str:
    parts = []
    for g, n in counts.items():
        shown = f"“{g}”" if quote_marks else g
        parts.append(f"{verb}{shown}的{n}{unit}")
    return "，".join(parts)


# =============================================================================================== 01 澄岙县 annual
def f01_chengao_annual() -> Fx:
    """A county finance bureau's annual work summary: prose headline figures, a key-evaluation table without
    序号 but with 合计, grade counts in prose, 部门整体 named in a sentence."""
    doc = new_doc("澄岙县财政局")
    title = doc.title("澄岙县2023年度预算绩效管理工作情况报告")
    key = [
        ("城乡义务教育学校午餐补助资金", "县教育局", "1286.50", "91.2", "优"),
        ("县域医共体信息化建设项目", "县卫生健康局", "865.00", "84.6", "良"),
        ("高标准农田建设补助资金", "县农业农村局", "3120.75", "88.3", "良"),
        ("城区背街小巷改造提升工程", "县住房和城乡建设局", "1540.00", "76.5", "中"),
        ("困难残疾人生活补贴和重度残疾人护理补贴", "县残疾人联合会", "412.36", "93.0", "优"),
        ("农村饮用水安全巩固提升工程", "县水利局", "2268.00", "86.9", "良"),
        ("公共文化服务体系运行经费", "县文化和广电旅游体育局", "338.20", "72.4", "中"),
    ]
    total = sum(float(a) for _, _, a, _, _ in key)
    total_s = f"{total:.2f}"
    counts: dict[str, int] = {}
    for *_, g in key:
        counts[g] = counts.get(g, 0) + 1
    counts = {g: counts[g] for g in ("优", "良", "中")}
    doc.para(
        "2023年，县财政局坚持以习近平新时代中国特色社会主义思想为指导，按照全面实施预算绩效管理的部署，"
        "围绕“花钱必问效、无效必问责”的要求，推动绩效管理与预算编制、执行、监督有机融合。现将有关情况报告如下。"
    )
    doc.heading(1, "一、主要工作开展情况")
    doc.heading(2, "（一）全面开展绩效自评。")
    q_self = "全县68个预算单位对2023年度实施的1126个项目开展了绩效自评，涉及资金18.64亿元"
    doc.para(
        f"年初印发《关于做好2023年度项目支出绩效自评工作的通知》，组织{q_self}，自评覆盖率达到100%。"
        "各单位对照年初绩效目标逐项填报指标完成值，对偏差较大的指标说明原因。"
    )
    doc.heading(2, "（二）强化绩效运行监控。")
    q_mon = "对452个项目实施绩效运行“双监控”"
    doc.para(
        f"依托预算管理一体化系统，{q_mon}，对执行进度滞后、目标偏离的28个项目发出预警提示，"
        "督促主管部门及时整改，收回低效无效资金1863.5万元统筹用于急需领域。"
    )
    doc.heading(2, "（三）组织实施重点绩效评价。")
    q_key = f"选取7个社会关注度高、资金量较大的项目开展重点绩效评价，涉及财政资金{total_s}万元"
    doc.para(f"县财政局委托第三方机构，{q_key}。评价采取资料核查、现场勘查、问卷调查和座谈访谈相结合的方式进行。")
    q_grades = "从评价结果看，" + grade_sentence(counts, verb="评价等级为", unit="个") + "，未发现等级为“差”的项目"
    doc.para(f"{q_grades}。具体结果如下：")
    doc.unit_line("金额单位：万元")
    rows: list[list[str | None]] = [["项目名称", "主管部门", "评价资金", "评价得分", "评价等级"]]
    rows += [[n, d, a, s, g] for n, d, a, s, g in key]
    rows.append(["合计", "<", total_s, None, None])
    doc.table(rows, [5.6, 3.6, 2.2, 2.0, 2.0], align=["l", "l", "r", "c", "c"], size=11)
    doc.heading(2, "（四）试点部门整体支出绩效评价。")
    depts = ["县市场监督管理局", "县司法局", "县林业局"]
    q_dept = "对县市场监督管理局、县司法局、县林业局等3个部门开展了部门整体支出绩效评价"
    doc.para(f"在去年试点基础上，{q_dept}，评价结果均为“良”，评价报告已反馈被评价部门并报县政府。")
    doc.heading(1, "二、评价结果应用情况")
    doc.para(
        "一是与预算安排挂钩。对评价等级为“中”的2个项目，2024年预算分别压减10%和15%；"
        "二是督促问题整改。向被评价单位印发整改通知书，要求30日内报送整改情况；"
        "三是推进信息公开。重点评价结果随2024年部门预算一并向县人大常委会报送，并在县政府门户网站公开。"
    )
    doc.heading(1, "三、存在的问题")
    doc.para(
        "部分单位绩效目标设置仍较笼统，可衡量的量化指标偏少；个别单位自评打分偏高，自评结果与重点评价结果差异较大；"
        "第三方机构评价质量参差不齐，评价报告对问题成因的分析不够深入。"
    )
    doc.heading(1, "四、下一步工作打算")
    doc.para(
        "2024年，县财政局将继续扩大重点评价覆盖面，探索开展政策和部门整体评价，完善第三方机构执业质量考核，"
        "强化评价结果与预算安排、政策调整的挂钩机制，切实提高财政资金使用效益。"
    )
    doc.signature("澄岙县财政局", "2024年3月18日")
    projects = [project(i, n, d, g, s, a, "万元", "key") for i, (n, d, a, s, g) in enumerate(key, 1)]
    units = [unit_eval(d, None, "良", None) for d in depts]
    return Fx(
        "word11_01_chengao_annual",
        "county annual work summary; key table without 序号 with 合计 (merged label); grades counted in prose",
        doc,
        title,
        "澄岙县",
        2023,
        metrics=[
            metric("self_evaluated_projects", "1126", "个", q_self),
            metric("self_evaluated_amount", "18.64", "亿元", q_self),
            metric("monitored_projects", "452", "个", q_mon),
            metric("key_evaluated_projects", "7", "个", q_key),
            metric("key_evaluated_amount", total_s, "万元", q_key),
            metric("department_overall_evaluations", "3", "个", q_dept),
        ],
        batches=[
            batch("self", "绩效自评", 1126, depts=68, amount="18.64", unit="亿元"),
            batch("key", "重点绩效评价", 7, amount=total_s, unit="万元", grades=counts | {"差": 0}),
            batch("department_overall", "部门整体支出绩效评价", 3, depts=3, grades={"良": 3}),
        ],
        projects=projects,
        units=units,
        notes=(
            "fiscal_year 2023 from the title (published 2024-03). Key "
            "grades {优:2, 良:3, 中:2} are stated in prose; "
            "'未发现等级为“差”的项目' kept as 差:0. The 合计 row is not a project. 部门整体: the three departments are "
            "named in prose, all '均为“良”' (one grade for all three; no scores). '28个项目' (预警) and '1863.5万元' "
            "(收回资金) are not evaluation results. '68个预算单位' is the self-evaluation batch's department_count."
        ),
        printed=[a for _, _, a, _, _ in key] + [s for _, _, _, s, _ in key],
    )


# =============================================================================================== 02 柘渚市 key notice
F02_KEY = [
    ("市财政局", [("政府采购电子卖场运行维护经费", "186.00", "88.5", "良好")]),
    (
        "市教育局",
        [
            ("普通高中生均公用经费补助", "4326.80", "92.6", "优秀"),
            ("市属学校校舍维修改造项目", "2150.00", "81.3", "良好"),
            ("职业教育产教融合实训基地建设", "1680.00", "68.7", "一般"),
        ],
    ),
    (
        "市卫生健康委",
        [
            ("基层医疗卫生机构能力提升补助", "2875.40", "86.2", "良好"),
            ("公立医院综合改革补助资金", "5120.00", "90.4", "优秀"),
        ],
    ),
    (
        "市交通运输局",
        [
            ("城市公交运营补贴", "6850.00", "79.8", "一般"),
            ("农村客运站点提升改造工程", "932.60", "83.5", "良好"),
        ],
    ),
    (
        "市生态环境局",
        [
            ("重点流域水环境综合治理专项资金", "3460.00", "87.9", "良好"),
            ("大气污染防治专项资金", "1275.50", "58.2", "较差"),
        ],
    ),
    (
        "市人力资源和社会保障局",
        [
            ("高校毕业生就业见习补贴", "640.00", "91.5", "优秀"),
            ("职业技能提升行动专项资金", "1860.00", "84.0", "良好"),
        ],
    ),
    (
        "市商务局",
        [
            ("外贸稳增长扶持资金", "2400.00", "76.1", "一般"),
            ("县域商业体系建设补助资金", "1120.00", "82.7", "良好"),
        ],
    ),
    ("市文化广电旅游局", [("全域旅游宣传推广经费", "560.00", "85.6", "良好")]),
]


def f02_zhezhu_key_notice() -> Fx:
    """A city finance bureau's 通报 of key evaluations: red letterhead, 文号, grade counts with shares in prose, a
    table of 15 projects grouped by 主管部门 (merged vertically) that runs onto the next page, 备注 column."""
    doc = new_doc("柘渚市财政局")
    doc.red_letterhead("柘渚市财政局文件", "柘财绩〔2024〕9号")
    title = doc.title("柘渚市财政局关于2023年度市级财政", "重点绩效评价结果的通报")
    doc.line("市级各部门（单位）：", before=6)
    flat = [(d, *p) for d, ps in F02_KEY for p in ps]
    n = len(flat)
    total = f"{sum(float(p[2]) for p in flat):.2f}"
    order = ("优秀", "良好", "一般", "较差")
    counts = {g: sum(1 for p in flat if p[4] == g) for g in order}
    shares = {g: round(c * 100 / n, 1) for g, c in counts.items()}
    doc.para(
        "为贯彻落实《中共中央 国务院关于全面实施预算绩效管理的意见》，进一步提高财政资金使用效益，"
        "根据《柘渚市市级财政支出绩效评价管理办法》，市财政局组织开展了2023年度市级财政重点绩效评价工作。"
        "现将评价结果通报如下："
    )
    doc.heading(1, "一、评价基本情况")
    q_key = f"共对{len(F02_KEY)}个部门的{n}个项目实施了重点绩效评价，涉及资金{total}万元"
    doc.para(
        f"本次评价按照“部门申报、财政审核、择优选取”的原则确定评价对象，{q_key}。"
        "评价工作由市财政局牵头，委托4家第三方机构具体实施，经专家评审、征求部门意见后形成最终结果。"
    )
    doc.para(
        "评价采用“定量与定性相结合、书面评审与现场核查相结合”的方法，围绕决策、过程、产出、效益四个方面设置共性指标，"
        "并结合各项目特点设置个性指标。评价机构共查阅资料1200余份，实地核查项目点位86个，发放满意度问卷3400份，"
        "召开座谈会32场。评价结果按百分制计分，分为优秀（90分及以上）、良好（80—90分）、一般（60—80分）、"
        "较差（60分以下）四个等次。"
    )
    doc.para(
        "从评价情况看，多数项目能够按照预算批复用途使用资金，项目管理制度较为健全，产出任务基本完成，"
        "在保障民生、促进发展等方面发挥了积极作用。但也有少数项目存在绩效目标不明确、资金使用效率不高等问题。"
    )
    doc.heading(1, "二、评价结果")
    parts = [f"“{g}”等次{counts[g]}个，占{shares[g]}%" for g in order]
    q_grades = "评价结果为：" + "；".join(parts)
    doc.para(f"{q_grades}。各项目评价结果详见下表。")
    doc.caption("2023年度市级财政重点绩效评价结果汇总表")
    doc.unit_line("单位：万元")
    rows: list[list[str | None]] = [["序号", "主管部门", "项目名称", "评价金额", "评价得分", "评价等次", "备注"]]
    seq = 0
    remark = {"大气污染防治专项资金": "限期整改", "职业教育产教融合实训基地建设": "压减预算"}
    for dept, ps in F02_KEY:
        for i, (name, amount, score, grade) in enumerate(ps):
            seq += 1
            rows.append([str(seq), dept if i == 0 else "^", name, amount, score, grade, remark.get(name)])
    doc.table(
        rows, [1.0, 3.0, 5.0, 1.9, 1.5, 1.6, 1.6], align=["c", "c", "l", "r", "c", "c", "c"], size=11, cant_split=True
    )
    doc.heading(1, "三、发现的主要问题")
    for text in (
        "（一）绩效目标设定不够科学。部分项目绩效指标以工作过程替代产出结果，目标值与预算规模不匹配。",
        "（二）预算执行进度偏慢。个别项目资金拨付滞后，年末结转比例较高，资金效益未能及时发挥。",
        "（三）项目管理制度执行不到位。部分项目未按规定履行验收程序，台账资料不完整。",
    ):
        doc.para(text)
    doc.heading(1, "四、有关要求")
    doc.para(
        "各部门要对评价中发现的问题认真研究，制定整改措施，于2024年5月31日前将整改情况书面报送市财政局。"
        "市财政局将把评价结果作为2025年预算安排的重要依据，对评价等次为“一般”及以下的项目，相应压减预算。"
    )
    doc.signature("柘渚市财政局", "2024年4月12日")
    projects = [
        project(i, name, dept, grade, score, amount, "万元", "key")
        for i, (dept, name, amount, score, grade) in enumerate(flat, 1)
    ]
    return Fx(
        "word11_02_zhezhu_key_notice",
        "city key-evaluation 通报: letterhead, 等次 counts with shares, 15-row table across pages, merged 主管部门",
        doc,
        title,
        "柘渚市",
        2023,
        metrics=[
            metric("key_evaluated_projects", str(n), "个", q_key),
            metric("key_evaluated_amount", total, "万元", q_key),
            metric("key_evaluated_departments", str(len(F02_KEY)), "个", q_key),
        ],
        batches=[
            batch(
                "key",
                "市级财政重点绩效评价",
                n,
                depts=len(F02_KEY),
                amount=total,
                unit="万元",
                grades=counts,
                shares=shares,
            ),
        ],
        projects=projects,
        notes=(
            "Region 柘渚市 (市级). The 主管部门 cell is merged vertically over a department's projects: each project "
            "carries it. The 备注 column ('限期整改', '压减预算') is not a grade. '4家第三方机构' is not a count of "
            "evaluations, nor are '1200余份', '86个' (点位), '3400份', "
            "'32场'. The 等次 legend (优秀（90分及以上）…) gives "
            "bands, not scores. The table runs onto the next page with its header row repeated; the merged 主管部门 "
            "cell of 市教育局 continues there empty (row 4 is still 市教育局's). 文号 "
            "柘财绩〔2024〕9号 holds the publication year only."
        ),
        printed=[p[2] for p in flat] + [p[3] for p in flat] + [str(shares[g]) for g in order],
    )


# =============================================================================================== 03 云枫区 部门整体
F03_UNITS = [
    ("区教育体育局", "区实验小学", "12,836,420.50", "93.5", "优"),
    ("^", "区第二中学", "9,452,118.00", "88.0", "良"),
    ("^", "区青少年活动中心", "1,286,300.00", "79.5", "中"),
    ("区卫生健康局", "区疾病预防控制中心", "6,748,900.36", "91.0", "优"),
    ("^", "区妇幼保健院", "4,315,276.80", "85.5", "良"),
    ("区农业农村局", "区农业技术推广中心", "2,964,150.00", "82.0", "良"),
    ("^", "区动物疫病预防控制中心", "1,578,640.20", "74.0", "中"),
    ("区民政局", "区社会福利院", "3,206,785.00", "90.5", "优"),
    ("区城市管理局", "区环境卫生管理所", "15,642,380.00", "86.0", "良"),
]


def f03_yunfeng_dept_overall() -> Fx:
    doc = new_doc("柘渚市云枫区财政局")
    title = doc.title("云枫区2023年度部门整体支出绩效评价结果公开")
    doc.heading(1, "一、评价基本情况")
    n = len(F03_UNITS)
    total = sum(float(r[2].replace(",", "")) for r in F03_UNITS)
    total_s = f"{total:,.2f}"
    parents = []
    for r in F03_UNITS:
        if r[0] != "^":
            parents.append(r[0])
    doc.para(
        "根据《柘渚市云枫区预算绩效管理办法》和区财政局年度绩效评价工作计划，区财政局组织开展了2023年度部门整体支出"
        "绩效评价。评价从部门决策、过程管理、产出和效益四个维度设置指标，采取“单位自评+财政评价”相结合的方式。"
    )
    q = f"本次共对{len(parents)}个主管部门所属{n}家预算单位开展部门整体支出绩效评价，涉及部门整体支出{total_s}元"
    doc.para(
        f"{q}。评价结果按百分制计分，90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
    )
    counts = {g: sum(1 for r in F03_UNITS if r[4] == g) for g in ("优", "良", "中", "差")}
    q_g = f"评价结果为“优”的单位{counts['优']}家，“良”的{counts['良']}家，“中”的{counts['中']}家，无“差”等级单位"
    doc.para(f"经评价，{q_g}。具体情况如下：")
    doc.caption("云枫区2023年度部门整体支出绩效评价结果表", font=HEI)
    rows: list[list[str | None]] = [["主管部门", "预算单位", "部门整体支出（元）", "评价得分", "评价等级"]]
    rows += [list(r) for r in F03_UNITS]
    rows.append(["合计", "<", total_s, None, None])
    doc.table(rows, [3.4, 4.4, 3.8, 2.0, 2.0], align=["c", "l", "r", "c", "c"], size=11)
    doc.heading(1, "二、评价发现的主要问题")
    doc.para(
        "一是部分单位整体绩效目标与部门职责衔接不紧密，指标细化量化不足；二是个别单位年中预算调整频繁，"
        "预算编制的准确性有待提高；三是资产管理基础工作薄弱，部分固定资产未及时入账。"
    )
    doc.heading(1, "三、结果应用")
    doc.para(
        "区财政局已将评价结果反馈至各被评价单位，评价等级为“中”的单位须在60日内提交整改报告。"
        "评价结果将作为2025年部门预算编制和公用经费核定的重要参考。"
    )
    doc.signature("柘渚市云枫区财政局", "2024年6月20日")
    units = []
    parent = None
    for p, u, _amt, s, g in F03_UNITS:
        parent = parent if p == "^" else p
        units.append(unit_eval(u, parent, g, s))
    return Fx(
        "word11_03_yunfeng_dept_overall",
        "district 部门整体 results: units in 元 with thousands separators under merged 主管部门; 合计 row",
        doc,
        title,
        "柘渚市云枫区",
        2023,
        metrics=[
            metric("department_overall_evaluations", str(n), "家", q),
            metric("department_overall_amount", total_s, "元", q),
            metric("involved_departments", str(len(parents)), "个", q),
        ],
        batches=[
            batch(
                "department_overall",
                "部门整体支出绩效评价",
                n,
                depts=len(parents),
                amount=total_s,
                unit="元",
                grades=counts,
            ),
        ],
        units=units,
        notes=(
            "Region: the publisher 柘渚市云枫区财政局; the title says only 云枫区 (a district of the invented city "
            "柘渚市). Evaluated objects are 预算单位 under their 主管部门 (merged cell → parent_department). Grade "
            "bands (90分（含）以上…) are a legend, not scores. '无“差”等级单位' kept as 差:0. Per-unit amounts are not "
            "part of department_evaluations (no field); the 合计 row is "
            "not a unit. project_count of the batch = "
            "the 9 units evaluated."
        ),
        printed=[r[2] for r in F03_UNITS] + [r[3] for r in F03_UNITS],
    )


# =============================================================================================== 04 葛坪县 review
F04 = [
    ("县发展和改革局", "粮食风险基金", "326.00", "95.0", "92.5", "优"),
    ("县教育局", "学前教育保教费补助", "518.40", "94.0", "86.0", "良"),
    ("县教育局", "教师培训经费", "120.00", "92.0", "78.5", "中"),
    ("县公安局", "视频监控系统运维经费", "265.80", "96.0", "83.0", "良"),
    ("县民政局", "城乡居民最低生活保障资金", "2136.52", "93.0", "90.5", "优"),
    ("县自然资源和规划局", "国土空间总体规划编制经费", "180.00", "90.0", "71.0", "中"),
    ("县交通运输局", "农村公路养护补助资金", "742.00", "95.0", "84.5", "良"),
    ("县农业农村局", "农业生产社会化服务项目", "400.00", "91.0", "58.0", "差"),
    ("县卫生健康局", "计划生育家庭奖励扶助资金", "368.25", "97.0", "91.0", "优"),
    ("县应急管理局", "森林防灭火专项经费", "156.00", "94.0", "80.5", "良"),
]


def f04_geping_review() -> Fx:
    """A county's 抽查复核 通报: ratio of projects sampled, two scores (自评 | 复核), the grade from the review."""
    doc = new_doc("葛坪县财政局")
    doc.doc_number("葛财预〔2024〕21号", align="right")
    title = doc.title("葛坪县财政局关于2023年度项目支出", "绩效自评抽查复核情况的通报")
    doc.line("各乡镇人民政府、街道办事处，县直各单位：", before=6)
    n = len(F04)
    amount = f"{sum(float(r[2]) for r in F04):.2f}"
    doc.para(
        "为压实预算单位绩效管理主体责任，提高绩效自评质量，根据《葛坪县项目支出绩效评价管理办法》，"
        "县财政局于2024年4月至5月对2023年度项目支出绩效自评情况进行了抽查复核。现将有关情况通报如下："
    )
    doc.heading(1, "一、基本情况")
    q_self = "2023年度全县共有94个预算单位对873个项目开展了绩效自评"
    q_samp = f"按照不低于自评项目数1%的比例，抽取{n}个项目进行复核，涉及资金{amount}万元"
    doc.para(f"{q_self}。县财政局{q_samp}，抽查比例为1.15%，覆盖9个主管部门。")
    doc.heading(1, "二、复核结果")
    order = ("优", "良", "中", "差")
    counts = {g: sum(1 for r in F04 if r[5] == g) for g in order}
    q_g = "复核结果为“优”的3个、“良”的4个、“中”的2个、“差”的1个"
    assert q_g == "复核结果为" + "、".join(f"“{g}”的{counts[g]}个" for g in order)
    doc.para(
        f"{q_g}。复核得分普遍低于单位自评得分，平均相差8.4分，其中差距超过15分的有3个项目，"
        "反映出部分单位自评不够客观、存在“打高分”现象。复核结果如下："
    )
    rows: list[list[str | None]] = [
        ["序号", "主管部门", "项目名称", "项目资金（万元）", "单位自评得分", "财政复核得分", "复核等级"]
    ]
    rows += [[str(i), d, p, a, s1, s2, g] for i, (d, p, a, s1, s2, g) in enumerate(F04, 1)]
    doc.table(rows, [1.0, 3.0, 4.6, 1.9, 1.6, 1.6, 1.6], align=["c", "l", "l", "r", "c", "c", "c"], size=10.5)
    doc.heading(1, "三、存在的问题")
    doc.para(
        "（一）自评打分偏松。部分单位对未完成的指标仍给满分，佐证材料不充分。（二）绩效目标填报不规范。"
        "有的项目只填写数量指标，缺少质量、时效和效益指标。（三）问题整改不到位。个别单位对以前年度评价发现的问题未落实整改。"
    )
    doc.heading(1, "四、工作要求")
    doc.para(
        "请被抽查单位对照复核意见，于2024年7月15日前完成整改并将整改报告报县财政局。复核等级为“差”的项目，"
        "2025年原则上不再安排预算；复核等级为“中”的项目，压减预算10%以上。"
    )
    doc.signature("葛坪县财政局", "2024年6月3日")
    projects = [project(i, p, d, g, s2, a, "万元", "sampling") for i, (d, p, a, _s1, s2, g) in enumerate(F04, 1)]
    return Fx(
        "word11_04_geping_review",
        "county 抽查复核 通报: two scores per row (自评 / 复核), grade from the review, sampling ratio in prose",
        doc,
        title,
        "葛坪县",
        2023,
        metrics=[
            metric("self_evaluated_projects", "873", "个", q_self),
            metric("sampled_projects", str(n), "个", q_samp),
            metric("sampled_amount", amount, "万元", q_samp),
            metric("sampling_ratio", "1.15", "%", "抽查比例为1.15%"),
        ],
        batches=[
            batch("self", "项目支出绩效自评", 873, depts=94),
            batch("sampling", "绩效自评抽查复核", n, depts=9, amount=amount, unit="万元", grades=counts),
        ],
        projects=projects,
        notes=(
            "Each row has two scores: 单位自评得分 and 财政复核得分; the "
            "project's score is the review's (财政复核得分), "
            "as is its grade (复核等级). '不低于自评项目数1%' is a rule, not the ratio; the ratio is 1.15%. '8.4分' is "
            "an average difference, '3个项目' (差距超过15分) is not a grade "
            "count. '9个主管部门' is the sampling batch's "
            "department_count."
        ),
        printed=[r[2] for r in F04] + [r[3] for r in F04] + [r[4] for r in F04],
    )


# =============================================================================================== 05 澜江省 自评
def f05_lanjiang_self() -> Fx:
    """A provincial department's own project 自评 report: one project, score and grade in prose, indicator table."""
    doc = new_doc("澜江省农业农村厅")
    name = "2023年澜江省耕地地力保护补贴项目"
    title = doc.title("2023年澜江省耕地地力保护补贴项目", "绩效自评报告")
    doc.heading(1, "一、项目基本情况")
    q_amt = "全年安排补贴资金286,450.00万元"
    doc.para(
        "耕地地力保护补贴是国家强农惠农富农政策的重要组成部分，补贴对象为拥有耕地承包权的种地农民。"
        f"2023年，中央和省级财政{q_amt}，其中中央资金271,300.00万元、省级资金15,150.00万元，"
        "补贴面积3260.5万亩，涉及全省11个市、86个县（市、区）。"
    )
    doc.para(
        "项目年度绩效目标为：补贴资金足额及时发放到户，补贴面积核实准确，耕地地力得到有效保护，农民满意度不低于90%。"
    )
    doc.heading(1, "二、绩效自评工作开展情况")
    doc.para(
        "省农业农村厅会同省财政厅成立自评工作小组，采取县级自评、市级复核、省级抽查的方式，"
        "对11个市开展了资料审核，实地抽查了8个县、24个乡镇、120户农户，并发放满意度调查问卷1500份。"
    )
    doc.heading(1, "三、综合评价结论")
    q_score = "项目绩效自评综合得分为94.5分，评价等级为“优”"
    doc.para(f"经综合评价，{q_score}。各项指标完成情况见下表。")
    doc.caption("项目绩效自评指标得分表")
    ind = [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["决策（15分）", "项目立项", "立项依据充分性", "5", "5"],
        ["^", "绩效目标", "绩效目标明确性", "5", "4"],
        ["^", "资金投入", "资金分配合理性", "5", "5"],
        ["过程（20分）", "资金管理", "资金到位率", "5", "5"],
        ["^", "^", "资金使用合规性", "10", "9"],
        ["^", "组织实施", "管理制度执行有效性", "5", "4.5"],
        ["产出（35分）", "产出数量", "补贴面积核实完成率", "15", "15"],
        ["^", "产出时效", "补贴资金发放及时性", "10", "9"],
        ["^", "产出质量", "补贴资金兑付准确率", "10", "10"],
        ["效益（30分）", "社会效益", "耕地地力保护意识提升", "10", "9"],
        ["^", "可持续影响", "耕地质量等级稳定性", "10", "9"],
        ["^", "满意度", "农户满意度", "10", "10"],
        ["合计", "<", "<", "100", "94.5"],
    ]
    doc.table(ind, [3.0, 3.0, 5.6, 2.0, 2.0], align=["c", "c", "l", "c", "c"], size=11)
    doc.heading(1, "四、存在的问题及原因分析")
    doc.para(
        "一是部分县补贴面积核实以农户申报为主，与确权面积存在差异；二是个别地区资金发放时间晚于省定时限；"
        "三是补贴与耕地地力保护行为挂钩的机制尚不完善，对撂荒、非农化行为的约束不够。"
    )
    doc.heading(1, "五、下一步改进措施")
    doc.para(
        "推进补贴面积与承包地确权数据比对，建立补贴发放“一卡通”动态监管机制，探索将补贴发放与耕地保护责任履行情况挂钩，"
        "进一步提高政策精准度。"
    )
    doc.signature("澜江省农业农村厅", "2024年4月26日")
    return Fx(
        "word11_05_lanjiang_self",
        "provincial department's one-project 自评: score and grade in prose, indicator table with merged cells",
        doc,
        title,
        "澜江省",
        2023,
        metrics=[],
        batches=[batch("self", "绩效自评", 1, amount="286,450.00", unit="万元")],
        projects=[project(1, name, "澜江省农业农村厅", "优", "94.5", "286,450.00", "万元", "self")],
        notes=(
            "A department's own self-evaluation of one project; the department is the publisher (澜江省农业农村厅). "
            "The project name is taken from the title line "
            "'2023年澜江省耕地地力保护补贴项目'. Amount = 全年安排补贴资金 "
            "286,450.00万元 (of it 中央 271,300.00, 省级 15,150.00). The indicator table's 分值/得分 are indicator "
            "scores, not projects; its 合计 94.5 repeats the overall "
            "score. '3260.5万亩', '1500份', '120户' are not "
            "money. No headline metrics: nothing counts evaluated projects."
        ),
        printed=["94.5", "286,450.00"],
    )


# =============================================================================================== 06 檀湾区 bonds
F06 = [
    ("区城市建设投资发展有限公司", "檀湾区老旧管网更新改造工程", "区住房和城乡建设局", "2.30", "91", "优"),
    ("区教育发展中心", "檀湾区第三实验学校新建工程", "区教育局", "1.50", "88", "良"),
    ("区人民医院", "区人民医院传染病区改扩建项目", "区卫生健康局", "0.80", "86", "良"),
    ("区产业园区管理委员会", "檀湾智能制造产业园标准厂房（一期）", "区产业园区管理委员会", "3.20", "79", "中"),
    ("区水利工程建设中心", "檀湾区防洪排涝能力提升工程", "区水利局", "1.05", "92", "优"),
    ("区交通建设投资有限公司", "檀湾港区疏港公路工程", "区交通运输局", "2.65", "84", "良"),
]


def f06_tanwan_bond() -> Fx:
    doc = new_doc("柘渚市檀湾区财政局")
    title = doc.title("柘渚市檀湾区2023年度地方政府专项债券", "项目资金绩效评价结果公示")
    n = len(F06)
    total = f"{sum(float(r[3]) for r in F06):.2f}"
    doc.para(
        "根据《财政部关于印发〈地方政府专项债券项目资金绩效管理办法〉的通知》（财预〔2021〕61号）要求，"
        "区财政局组织对2023年度发行的地方政府专项债券项目资金开展了绩效评价，现将评价结果公示如下："
    )
    q = f"本次评价的专项债券项目共{n}个，涉及债券资金{total}亿元"
    doc.para(f"{q}。评价结果详见下表。公示期为2024年7月1日至7月7日，如有异议，请在公示期内向区财政局反映。")
    doc.unit_line("单位：亿元")
    rows: list[list[str | None]] = [["序号", "项目单位", "项目名称", "主管部门", "发行金额", "评价得分", "评价结果"]]
    rows += [[str(i), *r] for i, r in enumerate(F06, 1)]
    rows.append(["合计", "<", "<", "<", total, None, None])
    doc.table(rows, [1.0, 3.4, 4.4, 2.8, 1.6, 1.5, 1.5], align=["c", "l", "l", "l", "r", "c", "c"], size=10.5)
    doc.note("注：评价结果分为优（90分及以上）、良（80—89分）、中（60—79分）、差（60分以下）四个等级。")
    doc.para("联系人：区财政局债务管理科；联系电话：86213354。", indent=True)
    doc.signature("柘渚市檀湾区财政局", "2024年6月28日")
    projects = [project(i, p, d, g, s, a, "亿元", "self") for i, (_u, p, d, a, s, g) in enumerate(F06, 1)]
    return Fx(
        "word11_06_tanwan_bond",
        "district special-bond 公示: 项目单位 and 主管部门 columns, amounts in 亿元 from a unit line, legend note",
        doc,
        title,
        "柘渚市檀湾区",
        2023,
        metrics=[
            metric("bond_projects", str(n), "个", q),
            metric("bond_amount", total, "亿元", q),
        ],
        batches=[batch("self", "专项债券项目资金绩效评价", n, amount=total, unit="亿元")],
        projects=projects,
        notes=(
            "Bond year 2023 from the title. Who evaluated is not said beyond '区财政局组织…开展了绩效评价'; batch_type "
            "'self' follows the real bond notices (项目单位 evaluations "
            "organised by the finance bureau) — a judgement "
            "call, 'key' is defensible. department = 主管部门 column, not 项目单位. Amount unit 亿元 only from the "
            "'单位：亿元' line. The legend note (90分及以上…) gives bands, not scores. Grade distribution not stated "
            "in the text: grades null. The phone number and 财预〔2021〕61号 are distractors."
        ),
        printed=[r[3] for r in F06] + [r[4] for r in F06],
    )


# =============================================================================================== 07 溆川县 policy
F07 = [
    ("溆川县创业担保贷款贴息政策", "县人力资源和社会保障局", "87.6", "良好"),
    ("溆川县农村危房改造补助政策", "县住房和城乡建设局", "91.3", "优秀"),
    ("溆川县生猪养殖稳产保供扶持政策", "县农业农村局", "68.4", "合格"),
    ("溆川县中小微企业纾困专项资金政策", "县工业和信息化局", "82.0", "良好"),
]


def f07_xuchuan_policy() -> Fx:
    doc = new_doc("溆川县财政局")
    title = doc.title("溆川县2023年度财政政策绩效评价结果")
    n = len(F07)
    doc.para(
        "为推动财政政策提质增效，县财政局聚焦稳增长、保民生重点领域，对实施期满或社会关注度较高的财政支出政策开展了绩效评价。"
    )
    q = f"2023年度共完成{n}项财政政策绩效评价，涉及政策资金8752.6万元"
    doc.para(
        f"{q}。评价重点关注政策目标的合理性、政策措施的有效性和政策实施的效果，"
        "采用定量与定性相结合的方法，按照优秀、良好、合格、不合格四个档次确定评价结果。"
    )
    counts = {"优秀": 1, "良好": 2, "合格": 1, "不合格": 0}
    for g, c in counts.items():
        assert c == sum(1 for r in F07 if r[3] == g)
    q_g = "其中评价结果为优秀的1项、良好的2项、合格的1项，无不合格政策"
    doc.para(f"{q_g}。各项政策评价情况如下：")
    for i, (name, dept, score, grade) in enumerate(F07, 1):
        doc.heading(2, f"（{'一二三四'[i - 1]}）{name}")
        doc.para(
            f"该政策由{dept}牵头实施。经评价，政策总体得分{score}分，评价结果为{grade}。"
            + {
                1: "政策有效缓解了创业者融资难问题，但贴息资金拨付周期较长，部分经办银行积极性不高。",
                2: "政策精准识别补助对象，改造质量和验收管理规范，群众满意度较高。",
                3: "政策在稳定生猪产能方面发挥了一定作用，但补助标准与市场波动衔接不够，部分资金闲置。",
                4: "政策及时出台，惠及面较广，但兑现流程偏繁，个别企业申报材料重复提交。",
            }[i]
        )
    doc.heading(1, "二、评价结果应用")
    doc.para(
        "对评价结果为合格的政策，建议主管部门修订完善政策内容，调整补助标准；对评价结果为良好及以上的政策，"
        "建议继续实施并优化兑现流程。评价结果已报县人民政府，并作为政策调整和预算安排的依据。"
    )
    doc.signature("溆川县财政局", "2024年5月16日")
    projects = [project(i, nm, d, g, s, None, None, "other") for i, (nm, d, s, g) in enumerate(F07, 1)]
    return Fx(
        "word11_07_xuchuan_policy",
        "county policy-evaluation results: one heading per policy, score and grade in prose, 合格 band",
        doc,
        title,
        "溆川县",
        2023,
        metrics=[
            metric("policy_evaluations", str(n), "项", q),
        ],
        batches=[batch("other", "财政政策绩效评价", n, amount="8752.6", unit="万元", grades=counts)],
        projects=projects,
        notes=(
            "Policies are the evaluated objects (projects with "
            "batch_type 'other'). Grades are unquoted words "
            "(优秀/良好/合格/不合格); '无不合格政策' kept as 不合格:0. The list '优秀、良好、合格、不合格四个档次' "
            "is a legend, not a distribution. Each policy's name is a "
            "level-2 heading (（一）… numbering not part "
            "of the name); department = 牵头实施 department in prose."
        ),
        printed=[r[2] for r in F07] + ["8752.6"],
    )


# =============================================================================================== 08 葛坪县 towns
F08 = [
    ("城关镇", "95.2", "一档"),
    ("凤鸣街道", "93.8", "一档"),
    ("石桥镇", "91.5", "一档"),
    ("青溪镇", "88.6", "二档"),
    ("龙潭乡", "86.0", "二档"),
    ("白沙镇", "84.3", "二档"),
    ("枣林乡", "82.7", "二档"),
    ("双河镇", "79.1", "三档"),
    ("云台乡", "76.4", "三档"),
    ("柳营乡", "71.0", "三档"),
]


def f08_geping_towns() -> Fx:
    doc = new_doc("葛坪县财政局")
    title = doc.title("葛坪县2023年度乡镇（街道）财政管理", "绩效评价结果的通报")
    doc.line("各乡镇人民政府、街道办事处：", before=6)
    n = len(F08)
    doc.para(
        "根据《葛坪县乡镇（街道）财政管理绩效评价办法（试行）》，县财政局从预算编制、预算执行、收支管理、"
        "资产管理、绩效管理和财经纪律六个方面，对全县乡镇（街道）2023年度财政管理工作进行了综合评价。"
    )
    q = f"参加本次评价的乡镇（街道）共{n}个"
    counts = {"一档": 3, "二档": 4, "三档": 3}
    for g, c in counts.items():
        assert c == sum(1 for r in F08 if r[2] == g)
    q_g = "评定一档3个、二档4个、三档3个"
    doc.para(f"{q}，按得分高低分为三个档次，{q_g}。评价结果如下：")
    rows: list[list[str | None]] = [["名次", "乡镇（街道）", "综合得分", "评价档次"]]
    rows += [[str(i), t, s, g] for i, (t, s, g) in enumerate(F08, 1)]
    doc.table(rows, [2.0, 5.0, 3.0, 3.0], size=12)
    doc.para(
        "县财政局将根据评价结果，对一档乡镇（街道）给予每个20万元的工作经费奖励，对二档给予每个10万元奖励；"
        "三档乡镇（街道）要认真分析原因，于2024年6月底前提交整改方案。",
    )
    doc.para("希望各乡镇（街道）以此次评价为契机，进一步加强财政管理，提高资金使用效益。")
    doc.signature("葛坪县财政局", "2024年4月8日")
    projects = [project(i, t, None, g, s, None, None, "other") for i, (t, s, g) in enumerate(F08, 1)]
    return Fx(
        "word11_08_geping_towns",
        "county grading its 乡镇（街道）: 名次 column, 档次 grades, reward amounts that are not evaluation money",
        doc,
        title,
        "葛坪县",
        2023,
        metrics=[metric("lower_government_evaluations", str(n), "个", q)],
        batches=[batch("other", "乡镇（街道）财政管理绩效评价", n, grades=counts)],
        projects=projects,
        notes=(
            "The graded objects are 乡镇/街道 (projects with batch_type "
            "'other', department null). The first column "
            "is a rank (名次) that equals the row order; seq = row order. "
            "'20万元'/'10万元' are per-town rewards, not "
            "evaluated amounts. lower_government_evaluations is a "
            "judgement call for towns (the nearest metric name)."
        ),
        printed=[r[1] for r in F08],
    )


# =============================================================================================== 09 柘渚市 counties
F09 = [
    ("澄岙县", "92.35", "A"),
    ("葛坪县", "90.12", "A"),
    ("云枫区", "88.60", "B"),
    ("檀湾区", "86.74", "B"),
    ("溆川县", "83.05", "B"),
    ("柘渚经济技术开发区", "78.40", "C"),
]


def f09_zhezhu_counties() -> Fx:
    doc = new_doc("柘渚市财政局")
    doc.doc_number("柘财绩〔2024〕15号", align="center")
    title = doc.title("柘渚市财政局关于2023年度县（市、区）", "财政运行综合绩效评价结果的通报")
    doc.line("各县（区）财政局，柘渚经济技术开发区财政局：", before=6)
    doc.para(
        "为推动全市财政运行质量提升，按照省财政厅部署，市财政局组织开展了2023年度县（市、区）财政运行综合绩效评价。"
        "评价内容包括财政收入质量、支出结构、预算管理、债务风险防控和绩效管理等五个方面共28项指标。"
    )
    n = len(F09)
    q = f"对全市{n}个县（区、开发区）开展了财政运行综合绩效评价"
    doc.para(f"市财政局通过数据分析、资料审核和实地核查，{q}。按照综合得分，评价结果分为A、B、C三个等级。")
    counts = {"A": 2, "B": 3, "C": 1}
    q_g = "其中A等级2个，B等级3个，C等级1个"
    for g, c in counts.items():
        assert c == sum(1 for r in F09 if r[2] == g)
    doc.para(f"{q_g}。具体结果如下：")
    rows: list[list[str | None]] = [["县（区、开发区）", "综合得分", "评价等级"]]
    rows += [list(r) for r in F09]
    doc.table(rows, [6.0, 3.5, 3.5], size=12)
    doc.para(
        "评价结果将作为市对县转移支付分配的重要因素，A等级的县（区）在2024年财力性转移支付中给予倾斜；"
        "C等级的县（区）由市财政局进行约谈，并督促制定整改方案。"
    )
    doc.signature("柘渚市财政局", "2024年5月9日")
    projects = [project(i, r, None, g, s, None, None, "other") for i, (r, s, g) in enumerate(F09, 1)]
    return Fx(
        "word11_09_zhezhu_counties",
        "city grading its 县（区）: A/B/C with two-decimal scores, a 开发区 among the graded, 28项指标 distractor",
        doc,
        title,
        "柘渚市",
        2023,
        metrics=[metric("lower_government_evaluations", str(n), "个", q)],
        batches=[batch("other", "县（市、区）财政运行综合绩效评价", n, grades=counts)],
        projects=projects,
        notes=(
            "A city grading its lower governments: each county/district is "
            "a 'project' with batch_type 'other'. Names "
            "as printed (without the city prefix). Region 柘渚市: whose "
            "money is evaluated is the lower governments', "
            "but the round is the city's (as the central A/B/C gradings "
            "in the real corpus). '28项指标', '五个方面' are "
            "not counts of evaluations."
        ),
        printed=[r[1] for r in F09],
    )


# =============================================================================================== 10 澄岙县 landscape
F10 = [
    ("县教育局", [("县教育局（本级）", "B"), ("县第一中学", "A"), ("县职业技术学校", "B")]),
    ("县卫生健康局", [("县卫生健康局（本级）", "A"), ("县中医院", "B"), ("县疾病预防控制中心", "C")]),
    ("县自然资源和规划局", [("县自然资源和规划局（本级）", "B"), ("县不动产登记中心", "B")]),
    ("县文化和广电旅游体育局", [("县图书馆", "A"), ("县文化馆", "C")]),
]


def f10_chengao_letters_landscape() -> Fx:
    """Difficulties of a real Word file: the results sit in an 附件 on a landscape page after the signature, as
    letters with a legend (A=优 …), with 小计 rows per 主管部门 that count units, and a total row."""
    doc = new_doc("澄岙县财政局")
    title = doc.title("澄岙县财政局关于2023年度部门整体支出", "绩效自评复核结果的公告")
    units = [(p, u, g) for p, us in F10 for u, g in us]
    n = len(units)
    doc.para(
        "按照《澄岙县部门整体支出绩效评价暂行办法》，县财政局对2023年度县级部门（单位）报送的部门整体支出绩效自评报告"
        "进行了复核。复核采取书面审核与重点核查相结合的方式，对自评结果偏差较大的单位进行了现场核实。"
    )
    q = f"本次共复核{len(F10)}个主管部门及所属{n}家单位的部门整体支出绩效自评结果"
    doc.para(f"{q}，复核结果以字母等级表示，A、B、C、D分别对应优、良、中、差。复核结果详见附件。")
    doc.para(
        "复核中发现，部分单位整体绩效目标与年度工作计划脱节，部门整体支出绩效指标多为定性描述；"
        "个别单位未将下属单位支出纳入部门整体自评范围。请各部门对照复核意见抓好整改。"
    )
    doc.signature("澄岙县财政局", "2024年7月2日")
    doc.attachments(["2023年度部门整体支出绩效自评复核结果表"])
    doc.landscape()
    doc.attachment_head("附件", "2023年度部门整体支出绩效自评复核结果表", new_page=False)
    rows: list[list[str | None]] = [["主管部门", "单位名称", "复核等级", "备注"]]
    for p, us in F10:
        for i, (u, g) in enumerate(us):
            rows.append([p if i == 0 else "^", u, g, "自评等级调减" if g == "C" else None])
        rows.append(["小计", "<", f"{len(us)}家", None])
    rows.append(["合计", "<", f"{n}家", None])
    doc.table(rows, [6.5, 8.5, 4.0, 5.5], size=12)
    doc.style_last_table(header_rows=1, shade="D9D9D9")
    counts = {g: sum(1 for u in units if u[2] == g) for g in ("A", "B", "C")}
    gold_units = [unit_eval(u, p, g, None) for p, u, g in units]
    return Fx(
        "word11_10_chengao_letters_landscape",
        "DIFFICULT: 部门整体 复核 results only in a landscape 附件 after the signature; letter grades with a legend; "
        "小计 rows counting units; merged 主管部门",
        doc,
        title,
        "澄岙县",
        2023,
        metrics=[
            metric("department_overall_evaluations", str(n), "家", q),
            metric("involved_departments", str(len(F10)), "个", q),
        ],
        batches=[batch("sampling", "部门整体支出绩效自评复核", n, depts=len(F10))],
        units=gold_units,
        notes=(
            "A 复核 of 部门整体 self-evaluations: batch typed 'sampling' (a "
            "review of self-evaluations) — a judgement "
            "call, 'department_overall' is defensible; the metric "
            "department_overall_evaluations still counts the "
            "units. Grades are the document's letters (A/B/C), not "
            "mapped to 优/良/中 through the legend. No grade "
            "distribution is printed (counts per letter would be derived by counting rows): grades null "
            f"(for reference only, the rows hold {counts}). 小计/合计 rows count units ('3家'), they are not units. "
            "The results table is on a landscape page after the signature and the 附件 list."
        ),
    )


FIXTURES: list[Callable[[], Fx]] = [
    f01_chengao_annual,
    f02_zhezhu_key_notice,
    f03_yunfeng_dept_overall,
    f04_geping_review,
    f05_lanjiang_self,
    f06_tanwan_bond,
    f07_xuchuan_policy,
    f08_geping_towns,
    f09_zhezhu_counties,
    f10_chengao_letters_landscape,
]


# ------------------------------------------------------------------------------------------------ checks
def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_doc(fx: Fx) -> list[str]:
    text = squash("".join(fx.doc.text))
    problems = [f"{kind} {value!r} not in the document" for kind, value in fx.strings() if squash(value) not in text]
    return problems


def check_pdf(pdf: Path, fx: Fx) -> tuple[list[str], int]:
    import pdfplumber
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    pages = len(doc)
    ium = squash("".join(doc[i].get_textpage().get_text_range() for i in range(pages)))
    doc.close()
    cells: set[str] = set()
    with pdfplumber.open(str(pdf)) as plumb:
        plum = squash("".join(p.extract_text() or "" for p in plumb.pages))
        for page in plumb.pages:
            for table in page.extract_tables():
                for row in table:
                    cells.update(squash(c) for c in row if c)
    problems = []
    for kind, value in fx.strings():
        v = squash(value)
        for engine, text in (("pdfium", ium), ("pdfplumber", plum)):
            if v not in text and v not in cells:
                problems.append(f"{engine}: {kind} {value!r} not in the PDF text")
    if not 2 <= pages <= 5:
        problems.append(f"{pages} pages (wanted 2-5)")
    return problems, pages


README_HEAD = """# word11: an eleventh independent set of Word-exported reports (SYNTHETIC)

**SYNTHETIC.** Every region (澄岙县, 柘渚市, 柘渚市云枫区, 柘渚市檀湾区, 葛坪县, 溆川县, 澜江省), department, unit,
project, person, phone number and figure in these documents is invented. They are made by
`tools/make_word_fixtures_11.py` (`make word-fixtures-11`): python-docx documents exported to PDF by LibreOffice
headless (tagged PDF, the bureau fonts mapped by `tools/word_fonts.conf`).

**Author statement.** Written by the eleventh fixture author, who did not read the parser, the scorer, the
extractors or the earlier Word sets; the layouts and wording come from the genre: the real corpus's README and
gold, its texts, the reference report, and bureau pages of the `pages` search corpus (searches for 绩效评价结果
公开, 部门整体支出绩效评价 结果, 绩效自评 抽查 复核 结果 通报, 专项债券 绩效评价 结果 公示, 乡镇 财政管理
绩效评价结果 通报, 重点绩效评价结果 通报; the corpus returned few relevant pages, chiefly a city's bond 公示
table with 项目单位/发行金额(亿元)/评价结果/备注 and a department's 自评 report). The set is meant as a
first-sight measurement.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|
"""

README_TAIL = """
## How the gold was checked

The gold of each fixture is written by the generator from the same data as the document, in the real corpus's
format (plus `"synthetic": true`; `source_url` null; `notes` gives every judgement call). Before a file is
written the generator checks: every title, quote, project name, department, unit, parent department and grade,
and every printed score and amount, occurs in the document's own text (docx); every metric value occurs in its
quote; and all of these occur in the exported PDF's text layer as read by PDFium (pypdfium2) and by pdfplumber
(whitespace removed; a table cell may also be found among pdfplumber's table cells). It also checks that each
report has 2–5 pages. A fixture that fails a check is not written.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only fixtures whose name contains NAME")
    parser.add_argument("--keep-docx", action="store_true", help="keep the .docx next to the PDF")
    args = parser.parse_args(argv)
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
    with tempfile.TemporaryDirectory(prefix="jixiao-word11-") as tmp:
        work = Path(tmp)
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
        convert3(soffice, [work / f"{fx.name}.docx" for fx in fixtures], work / "pdf", TAGGED)
        for fx in fixtures:
            pdf = work / "pdf" / f"{fx.name}.pdf"
            problems, pages = check_pdf(pdf, fx)
            if problems:
                failed = True
                print(f"{fx.name}: PDF check failed:\n  " + "\n  ".join(problems), file=sys.stderr)
                continue
            shutil.copyfile(pdf, out_dir / pdf.name)
            if args.keep_docx:
                shutil.copyfile(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            gold = json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n"
            (out_dir / f"{fx.name}.json").write_text(gold, encoding="utf-8")
            print(f"{fx.name}: {pages} pages, gold checked")
            rows.append(f"| `{fx.name}` | {pages} | yes (tagged) | {fx.what} |")
    if not args.only:
        (out_dir / "README.md").write_text(README_HEAD + "\n".join(rows) + "\n" + README_TAIL, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
