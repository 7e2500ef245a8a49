"""Generate the synthetic fixture corpus: report PDFs in many shapes, each with its expected results (gold JSON).

Everything here is SYNTHETIC: regions, departments, projects and figures are invented. Structure, vocabulary
and layout follow published budget-performance reports of several provinces: prose summaries, `项目N：` lists,
ruled project tables (units only in headers, tables across pages with and without repeated headers, wrapped
and blank cells, total rows, the batch only in 备注), scores in prose zipped with names, 万元/亿元/元, every grade
vocabulary, several batches, plans and noise that are not data, and three PDF producers (CID font, embedded
TrueType subset, OpenType/CFF that only PDFium reads).

Usage: python tools/make_fixtures.py [OUT_DIR]   (default tests/fixtures/corpus)
Needs Debian's fonts-wqy-microhei and fonts-noto-cjk for the embedded-font fixtures (`make fixtures`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_layout import Heading, Para, Style, Table, Title, render

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "corpus"


CONTRACT_BATCH = {"policy": "other", "lower_government": "other"}


@dataclass
class Fixture:
    name: str
    style: Style
    title: str
    region: str
    year: int
    elements: list[Any] = field(default_factory=list)
    metrics: list[dict[str, Any]] = field(default_factory=list)
    batches: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)

    def metric(self, metric: str, value: float | int, unit: str, quote: str) -> None:
        self.metrics.append({"metric": metric, "value": value, "unit": unit, "quote": quote})

    def batch(self, type_: str, label: str, **values: Any) -> None:
        # The corpus's conventions (tests/fixtures/real/README.md): monitoring is a headline figure, not a batch; a
        # policy evaluation is `other`; a whole-department batch counts its departments as its evaluations.
        if type_ == "monitoring":
            return
        type_ = CONTRACT_BATCH.get(type_, type_)
        if type_ == "department_overall" and values.get("department_count") is None:
            values["department_count"] = values.get("project_count")
        entry = {
            "type": type_,
            "label_zh": label,
            "project_count": None,
            "department_count": None,
            "amount": None,
            "amount_unit": None,
            "grades": None,
            "grade_shares_pct": None,
        }
        entry.update(values)
        self.batches.append(entry)

    def project(self, name: str, department: str | None, grade: str | None, batch: str, **values: Any) -> None:
        batch = CONTRACT_BATCH.get(batch, batch)
        entry = {
            "seq": None,
            "name": name,
            "department": department,
            "grade": grade,
            "score": None,
            "amount": None,
            "amount_unit": None,
            "batch_type": batch,
        }
        entry.update(values)
        self.projects.append(entry)

    def unit(self, unit: str, parent: str | None, grade: str | None, score: float | None = None) -> None:
        self.units.append({"unit": unit, "parent_department": parent, "grade": grade, "score": score})

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
        }


# --------------------------------------------------------------------------------------------------------------
def list_cid() -> Fixture:
    """A Huzhou-like list report: prose batches, 亿元, a `项目N：` list, a whole-unit evaluation. CID font."""
    f = Fixture(
        "synthetic_01_list_cid", Style(fake_bold_title=True), "2023年度青山市本级预算绩效管理情况", "青山市本级", 2023
    )
    f.elements += [
        Title(f.title),
        Heading("一、工作开展情况"),
        Para(
            "市级部门及预算单位完成对上年度1530个项目绩效自评。指导督促市级部门在系统中完成2023年1402个预算项目运行监控。"
        ),
        Para(
            "财政按项目数10%的比例实施抽评项目153个，涉及财政资金5.62亿元，评价结果等次为优的项目40个，良98个，中12个，差3个。"
        ),
        Heading("二、绩效评价结果情况"),
        Heading("（一）部门整体评价结果"),
        Para("2023年度市财政局对市教育局下属事业单位市青少年活动中心开展整体评价，评价结果为“良”。"),
        Heading("（二）财政重点评价结果"),
        Para("2023年市财政局共组织开展重点绩效评价项目4个，涉及4个市级部门，预算金额1.86亿元。评价结果如下："),
    ]
    f.metric("self_evaluated_projects", 1530, "个", "完成对上年度1530个项目绩效自评")
    f.metric("monitored_projects", 1402, "个", "1402个预算项目运行监控")
    f.metric("sampling_ratio", 10, "%", "按项目数10%的比例")
    f.metric("sampled_projects", 153, "个", "实施抽评项目153个")
    f.metric("sampled_amount", 5.62, "亿元", "涉及财政资金5.62亿元")
    f.metric("key_evaluated_projects", 4, "个", "重点绩效评价项目4个")
    f.metric("key_evaluated_departments", 4, "个", "涉及4个市级部门")
    f.metric("key_evaluated_amount", 1.86, "亿元", "预算金额1.86亿元")
    f.batch("self", "绩效自评", project_count=1530)
    f.batch("monitoring", "运行监控", project_count=1402)
    f.batch(
        "sampling",
        "抽评",
        project_count=153,
        amount=5.62,
        amount_unit="亿元",
        grades={"优": 40, "良": 98, "中": 12, "差": 3},
    )
    f.batch("key", "财政重点评价", project_count=4, department_count=4, amount=1.86, amount_unit="亿元")
    items = [
        ("智慧城市运行管理平台建设", "青山市大数据发展管理局", "良"),
        ("城乡居民基本医疗保险市级补助", "青山市医疗保障局", "优"),
        ("“青山工匠”技能提升行动", "青山市人力资源和社会保障局", "中"),
        ("农村饮用水达标提标工程（2021-2023年）", "青山市水利局", "良"),
    ]
    for seq, (name, department, grade) in enumerate(items, start=1):
        f.elements += [Para(f"项目{seq}：{name}"), Para(f"主管部门：{department}"), Para(f"评价结果：{grade}。")]
        f.project(name, department, grade, "key", seq=seq)
    f.unit("市青少年活动中心", "市教育局", "良")
    # The corpus's conventions: a whole-unit evaluation stated without a count is a batch of one.
    f.batch("department_overall", "部门整体", project_count=1)
    return f


KINDS_OF_WORK = [
    "高标准农田建设",
    "义务教育薄弱环节改善",
    "农村公路提档升级",
    "基层医疗卫生服务能力提升",
    "小型水库除险加固",
]


def table_wan_ttf() -> Fixture:
    """A ruled project table in 万元 across two pages with a repeated header; embedded TrueType font."""
    f = Fixture(
        "synthetic_02_table_wan_ttf",
        Style(producer="reportlab-ttf", page_number="第{n}页 共{total}页"),
        "云溪县2022年度财政重点绩效评价结果",
        "云溪县",
        2022,
    )
    departments = ["云溪县教育局", "云溪县农业农村局", "云溪县交通运输局", "云溪县卫生健康局", "云溪县水利局"]
    grades = ["优秀", "良好", "良好", "中", "优秀", "良好", "差", "良好", "优秀", "良好", "中", "良好"]
    rows, total = [], 0
    for index in range(24):
        seq = index + 1
        amount = f"{(seq * 137.25) % 900 + 50:.2f}"
        total += round(float(amount) * 100)
        grade = grades[index % len(grades)]
        score = f"{95 - (index % 9) * 3.5:g}"
        name = f"云溪县第{seq}批{KINDS_OF_WORK[index % 5]}项目"
        department = departments[index % 5]
        rows.append([str(seq), department, name, amount, score, grade])
        f.project(
            name,
            department,
            grade,
            "key",
            seq=seq,
            score=float(score),
            amount=float(amount),
            amount_unit="万元",
        )
    total_text = f"{total / 100:.2f}"
    rows.append(["合计", "", "", total_text, "", ""])
    f.elements += [
        Title(f.title),
        Para(
            f"2022年县财政局对24个项目开展财政重点绩效评价，涉及5个县级部门，涉及资金{total_text}万元。评价结果详见下表。"
        ),
        Table(
            ["序号", "主管部门", "项目名称", "资金量（万元）", "评价得分", "评价结果"],
            rows,
            [0.08, 0.22, 0.34, 0.14, 0.11, 0.11],
        ),
    ]
    f.metric("key_evaluated_projects", 24, "个", "对24个项目开展财政重点绩效评价")
    f.metric("key_evaluated_departments", 5, "个", "涉及5个县级部门")
    f.metric("key_evaluated_amount", float(total_text), "万元", f"涉及资金{total_text}万元")
    f.batch(
        "key",
        "财政重点绩效评价",
        project_count=24,
        department_count=5,
        amount=float(total_text),
        amount_unit="万元",
    )
    return f


def table_no_repeat() -> Fixture:
    """A table continued on the next page without its header, with wrapped cells, a blank grade and a 总计 row."""
    f = Fixture(
        "synthetic_03_table_continued_blank_cells",
        Style(repeat_table_header=False, margin_bottom=300),
        "白鹭区2024年度部门项目支出绩效评价结果公开",
        "白鹭区",
        2024,
    )
    rows = []
    for seq in range(1, 15):
        name = (
            f"白鹭区老旧小区改造及配套基础设施提升工程第{seq}标段（含雨污分流、道路修复及绿化提升）"
            if seq % 4 == 0
            else f"白鹭区社区嵌入式服务设施建设{seq}号"
        )
        department = "白鹭区住房和城乡建设局" if seq % 2 else "白鹭区民政局"
        grade = "" if seq == 7 else ("良" if seq % 3 else "优")
        rows.append([str(seq), department, name, f"{seq * 12.5:.1f}", grade])
        f.project(
            name,
            department,
            grade or None,
            "key",
            seq=seq,
            amount=seq * 12.5,
            amount_unit="万元",
        )
    rows.append(["总计", "", "", f"{sum(s * 12.5 for s in range(1, 15)):.1f}", ""])
    f.elements += [
        Title(f.title),
        Heading("一、重点评价项目情况"),
        Para("区财政局组织对14个项目开展重点绩效评价，其中第7号项目评价报告尚在复核，暂未定级。"),
        Table(["序号", "主管部门", "项目名称", "金额(万元)", "评价等级"], rows, [0.08, 0.22, 0.44, 0.13, 0.13]),
    ]
    f.metric("key_evaluated_projects", 14, "个", "对14个项目开展重点绩效评价")
    f.batch("key", "重点绩效评价", project_count=14)
    return f


def prose_scores() -> Fixture:
    """Scores in prose, zipped with a list of short project names; 万元 with four decimals."""
    f = Fixture("synthetic_04_prose_scores", Style(), "松湖市本级2023年度预算绩效管理工作情况", "松湖市本级", 2023)
    names = ["全民健身中心运营补助", "公共文化服务体系建设", "中小学课后服务补助"]
    scores = [93.4, 91, 81.5]
    f.elements += [
        Title(f.title),
        Heading("一、财政重点评价"),
        Para(
            "2023年，市财政局对全民健身中心运营补助、公共文化服务体系建设、中小学课后服务补助等3个项目开展重点绩效评价，"
            "涉及资金340915.5112万元，评价得分分别为93.4分、91分、81.5分。"
        ),
    ]
    for name, score in zip(names, scores, strict=True):
        f.project(name, None, None, "key", score=score)
    f.metric("key_evaluated_projects", 3, "个", "等3个项目开展重点绩效评价")
    f.metric("key_evaluated_amount", 340915.5112, "万元", "涉及资金340915.5112万元")
    f.batch("key", "重点绩效评价", project_count=3, amount=340915.5112, amount_unit="万元")
    return f


def pass_fail_grades() -> Fixture:
    """合格/不合格 grades, with counts and shares, from a sampling review (复核)."""
    f = Fixture("synthetic_05_pass_fail", Style(), "明湖县2023年度预算绩效管理情况", "明湖县", 2023)
    f.elements += [
        Title(f.title),
        Heading("一、绩效自评复核情况"),
        Para(
            "县财政局对部门绩效自评结果开展复核，共复核项目80个，涉及资金2.4亿元。复核结果为“合格”的项目72个，占90%；"
            "“不合格”的项目8个，占10%。"
        ),
    ]
    f.metric("sampled_projects", 80, "个", "共复核项目80个")
    f.metric("sampled_amount", 2.4, "亿元", "涉及资金2.4亿元")
    f.batch(
        "sampling",
        "复核",
        project_count=80,
        amount=2.4,
        amount_unit="亿元",
        grades={"合格": 72, "不合格": 8},
        grade_shares_pct={"合格": 90, "不合格": 10},
    )
    return f


def band_and_letters() -> Fixture:
    """A merged 优良 band (80分以上) in prose, and letter grades A/B/C in a table with a 评价档次 column."""
    f = Fixture(
        "synthetic_06_band_letters",
        Style(producer="reportlab-ttf"),
        "凤栖县2022年度绩效评价结果",
        "凤栖县",
        2022,
    )
    rows = [
        ["1", "凤栖县文化和旅游局", "乡村文化振兴示范点建设", "86", "B"],
        ["2", "凤栖县自然资源局", "地质灾害隐患点综合治理", "92", "A"],
        ["3", "凤栖县商务局", "县域商业体系建设", "74", "C"],
    ]
    f.elements += [
        Title(f.title),
        Para(
            "县财政局组织开展重点绩效评价项目3个。评价结果为“优良”（80分以上）的项目2个，占66.7%；其余1个项目评价结果为C级。"
        ),
        Table(["序号", "主管部门", "项目名称", "评价得分", "评价档次"], rows, [0.08, 0.26, 0.42, 0.12, 0.12]),
    ]
    for seq, department, name, score, grade in rows:
        f.project(name, department, grade, "key", seq=int(seq), score=float(score))
    f.metric("key_evaluated_projects", 3, "个", "重点绩效评价项目3个")
    f.batch("key", "重点绩效评价", project_count=3, grades={"优良": 2, "C级": 1}, grade_shares_pct={"优良": 66.7})
    return f


def prose_grades() -> Fixture:
    """Grades stated in prose for whole-unit evaluations, with scores; running header and footer."""
    f = Fixture(
        "synthetic_07_prose_unit_grades",
        Style(running_header="碧水市财政局 预算绩效管理", running_footer="碧水市财政局主办 联系电话：0571-88886666"),
        "2024年度碧水市本级部门整体支出绩效评价情况",
        "碧水市本级",
        2024,
    )
    f.elements += [
        Title(f.title),
        Heading("一、部门整体绩效评价"),
        Para("2024年，市财政局对2个部门开展部门整体支出绩效评价。"),
        Para("市财政局对市卫生健康委员会开展部门整体绩效评价，评价得分92.5分，评价结果为优秀。"),
        Para("市财政局对市司法局开展部门整体绩效评价，评价得分84分，绩效评价结果良好。"),
    ] + [Para("为进一步提高财政资金使用效益，市财政局持续完善绩效评价指标体系，推进结果应用。") for _ in range(8)]
    f.metric("department_overall_evaluations", 2, "个", "对2个部门开展部门整体支出绩效评价")
    f.batch("department_overall", "部门整体支出绩效评价", project_count=2)
    f.unit("市卫生健康委员会", None, "优秀", 92.5)
    f.unit("市司法局", None, "良好", 84)
    return f


def explicit_zeros() -> Fixture:
    """Explicit zeros: no project graded 优 or 差."""
    f = Fixture("synthetic_08_explicit_zeros", Style(), "2023年度云溪县预算绩效管理情况", "云溪县", 2023)
    f.elements += [
        Title(f.title),
        Heading("（一）财政重点评价结果"),
        Para(
            "县财政局共组织开展重点绩效评价项目6个，涉及资金8560万元。其中评价结果为“良”的项目4个，“中”的项目2个，"
            "无等级为“优”和“差”的项目。"
        ),
    ]
    f.metric("key_evaluated_projects", 6, "个", "重点绩效评价项目6个")
    f.metric("key_evaluated_amount", 8560, "万元", "涉及资金8560万元")
    f.batch(
        "key",
        "财政重点评价",
        project_count=6,
        amount=8560,
        amount_unit="万元",
        grades={"良": 4, "中": 2, "优": 0, "差": 0},
    )
    return f


def several_batches() -> Fixture:
    """Self-evaluation with its own grade distribution, a review, key evaluations, department, policy and
    lower-government evaluations in one report; the summary restates section figures."""
    f = Fixture(
        "synthetic_09_several_batches",
        Style(producer="reportlab-ttf"),
        "2023年度白鹭区预算绩效管理情况",
        "白鹭区",
        2023,
    )
    f.elements += [
        Title(f.title),
        Heading("一、总体情况"),
        Para("2023年，区财政局组织开展重点绩效评价项目5个，涉及资金1.2亿元；部门整体绩效评价2个；政策绩效评价1个。"),
        Heading("二、单位自评情况"),
        Para(
            "全区各预算单位对426个项目开展绩效自评，涉及资金9.8亿元。自评结果为优的项目301个，良98个，中20个，差7个。"
        ),
        Heading("三、财政抽查复核情况"),
        Para(
            "区财政局按10%的比例抽查复核自评项目43个，复核结果为优的项目25个，占58.1%；良15个，占34.9%；中3个，占7%。"
        ),
        Heading("四、财政重点评价情况"),
        Para("区财政局组织开展重点绩效评价项目5个，涉及资金1.2亿元，评价结果为优的项目1个，良3个，中1个。"),
        Heading("五、部门整体和政策评价情况"),
        Para("区财政局对2个部门开展部门整体绩效评价，对1项政策开展政策绩效评价。"),
        Heading("六、下级政府财政运行综合绩效评价"),
        Para("区财政局对3个街道开展财政运行综合绩效评价，涉及资金6500万元。"),
    ]
    f.metric("self_evaluated_projects", 426, "个", "对426个项目开展绩效自评")
    f.metric("self_evaluated_amount", 9.8, "亿元", "涉及资金9.8亿元")
    f.metric("sampling_ratio", 10, "%", "按10%的比例")
    f.metric("sampled_projects", 43, "个", "抽查复核自评项目43个")
    f.metric("key_evaluated_projects", 5, "个", "重点绩效评价项目5个")
    f.metric("key_evaluated_amount", 1.2, "亿元", "涉及资金1.2亿元")
    f.metric("department_overall_evaluations", 2, "个", "部门整体绩效评价2个")
    f.metric("policy_evaluations", 1, "个", "政策绩效评价1个")
    f.metric("lower_government_evaluations", 3, "个", "对3个街道开展财政运行综合绩效评价")
    f.metric("lower_government_amount", 6500, "万元", "涉及资金6500万元")
    f.batch(
        "self",
        "单位自评",
        project_count=426,
        amount=9.8,
        amount_unit="亿元",
        grades={"优": 301, "良": 98, "中": 20, "差": 7},
    )
    f.batch(
        "sampling",
        "财政抽查复核",
        project_count=43,
        grades={"优": 25, "良": 15, "中": 3},
        grade_shares_pct={"优": 58.1, "良": 34.9, "中": 7},
    )
    f.batch(
        "key",
        "财政重点评价",
        project_count=5,
        amount=1.2,
        amount_unit="亿元",
        grades={"优": 1, "良": 3, "中": 1},
    )
    f.batch("department_overall", "部门整体绩效评价", project_count=2)
    f.batch("policy", "政策绩效评价", project_count=1)
    f.batch("other", "下级政府财政运行综合绩效评价", project_count=3, amount=6500, amount_unit="万元")
    return f


def plan_only() -> Fixture:
    """A plan: nothing evaluated yet, so no results at all."""
    f = Fixture("synthetic_10_plan_only", Style(), "明湖县2025年度预算绩效评价工作计划", "明湖县", 2025)
    f.elements += [
        Title(f.title),
        Heading("一、工作目标"),
        Para("2025年，县财政局拟开展重点绩效评价项目10个，涉及资金约3亿元；计划对4个部门开展部门整体绩效评价。"),
        Para("各部门将于6月底前完成上年度项目绩效自评，县财政局将按不低于10%的比例组织抽评。"),
        Heading("二、时间安排"),
        Para("3月至5月，制定评价方案；6月至9月，组织开展现场评价；10月，形成评价报告。"),
    ]
    return f


def noise() -> Fixture:
    """Document numbers, dates, phone numbers, ICP numbers and addresses around a small list: none is data."""
    f = Fixture(
        "synthetic_11_noise",
        Style(running_footer="网站标识码3300000001 浙ICP备05012345号 地址：青山市人民路100号"),
        "2022年度青山市本级项目支出绩效评价结果",
        "青山市本级",
        2022,
    )
    f.elements += [
        Title(f.title),
        Para(
            "根据《青山市财政局关于开展2022年度财政重点绩效评价工作的通知》（青财绩〔2022〕24号）要求，现将评价结果公开如下。"
        ),
        Para("2022年市财政局共组织开展重点绩效评价项目2个，涉及资金4300万元。"),
        Para("项目1：城市公共交通运营补贴"),
        Para("主管部门：青山市交通运输局"),
        Para("评价结果：良好。"),
        Para("项目2：生活垃圾分类处理设施运维"),
        Para("主管部门：青山市综合行政执法局"),
        Para("评价结果：优秀。"),
        Para("联系人：王某，联系电话：0571-87654321，传真：0571-87654322。邮编：310000。"),
        Para("青山市财政局 2023年4月18日"),
    ]
    f.metric("key_evaluated_projects", 2, "个", "重点绩效评价项目2个")
    f.metric("key_evaluated_amount", 4300, "万元", "涉及资金4300万元")
    f.batch("key", "重点绩效评价", project_count=2, amount=4300, amount_unit="万元")
    f.project("城市公共交通运营补贴", "青山市交通运输局", "良好", "key", seq=1)
    f.project("生活垃圾分类处理设施运维", "青山市综合行政执法局", "优秀", "key", seq=2)
    return f


def fake_bold_justified() -> Fixture:
    """Fake-bold title, Word-style gaps around Latin runs (`2023 年`, `项目 1 ：`), 元 amounts."""
    f = Fixture(
        "synthetic_12_fake_bold_latin_gaps",
        Style(fake_bold_title=True, latin_gap=5.0),
        "2023年度凤栖县预算绩效管理情况",
        "凤栖县",
        2023,
    )
    f.elements += [
        Title(f.title),
        Heading("一、财政重点评价结果"),
        Para("2023年县财政局共组织开展重点绩效评价项目3个，涉及3个县级部门，预算金额48650000元。评价结果如下："),
        Para("项目1：县级储备粮轮换费用补贴"),
        Para("主管部门：凤栖县发展和改革局"),
        Para("评价结果：良。"),
        Para("项目2：困难群众基本生活救助"),
        Para("主管部门：凤栖县民政局"),
        Para("评价结果：优。"),
        Para("项目3：森林防火能力提升"),
        Para("主管部门：凤栖县应急管理局"),
        Para("评价结果：中。"),
    ]
    f.metric("key_evaluated_projects", 3, "个", "重点绩效评价项目3个")
    f.metric("key_evaluated_departments", 3, "个", "涉及3个县级部门")
    f.metric("key_evaluated_amount", 48650000, "元", "预算金额48650000元")
    f.batch("key", "财政重点评价", project_count=3, department_count=3, amount=48650000, amount_unit="元")
    for seq, (name, department, grade) in enumerate(
        [
            ("县级储备粮轮换费用补贴", "凤栖县发展和改革局", "良"),
            ("困难群众基本生活救助", "凤栖县民政局", "优"),
            ("森林防火能力提升", "凤栖县应急管理局", "中"),
        ],
        start=1,
    ):
        f.project(name, department, grade, "key", seq=seq)
    return f


def cff_font() -> Fixture:
    """An OpenType/CFF font written by fpdf2: pdfplumber reads nothing, PDFium reads it exactly."""
    f = Fixture(
        "synthetic_13_cff_font_pdfium",
        Style(producer="fpdf2-cff"),
        "碧水市本级2024年度财政重点绩效评价结果",
        "碧水市本级",
        2024,
    )
    rows = [
        ["1", "碧水市教育局", "学前教育发展专项", "1250.00", "90", "优"],
        ["2", "碧水市科学技术局", "科技创新券补助", "860.50", "82", "良"],
        ["3", "碧水市民政局", "居家养老服务补贴", "2310.75", "76", "中"],
    ]
    f.elements += [
        Title(f.title),
        Para("2024年市财政局组织开展重点绩效评价项目3个，涉及资金4421.25万元。"),
        Table(
            ["序号", "主管部门", "项目名称", "金额（万元）", "得分", "评价等级"],
            rows,
            [0.08, 0.22, 0.34, 0.14, 0.1, 0.12],
        ),
    ]
    f.metric("key_evaluated_projects", 3, "个", "重点绩效评价项目3个")
    f.metric("key_evaluated_amount", 4421.25, "万元", "涉及资金4421.25万元")
    f.batch("key", "重点绩效评价", project_count=3, amount=4421.25, amount_unit="万元")
    for seq, department, name, amount, score, grade in rows:
        f.project(
            name,
            department,
            grade,
            "key",
            seq=int(seq),
            score=float(score),
            amount=float(amount),
            amount_unit="万元",
        )
    return f


def batch_in_remarks() -> Fixture:
    """A table whose 备注 column says which batch a row belongs to; 自评等级 header; 项目单位 column."""
    f = Fixture(
        "synthetic_14_batch_in_remarks",
        Style(producer="reportlab-ttf"),
        "松湖市本级2022年度项目绩效评价结果表",
        "松湖市本级",
        2022,
    )
    rows = [
        ["1", "松湖市农业农村局", "松湖市农业技术推广中心", "耕地地力保护补贴", "良好", "财政部门重点评价"],
        ["2", "松湖市农业农村局", "松湖市动物疫病预防控制中心", "重大动物疫病防控", "优秀", "项目单位自评"],
        ["3", "松湖市生态环境局", "松湖市环境监测站", "大气污染防治监测能力建设", "中(一般)", "项目单位自评"],
        ["4", "松湖市城市管理局", "松湖市市政设施管理处", "城市道路桥梁维护", "良好", "财政部门重点评价"],
    ]
    f.elements += [
        Title(f.title),
        Para("现将2022年度部分项目绩效评价结果公开如下（资金单位：万元）。"),
        Table(
            ["序号", "主管部门", "项目单位", "项目名称", "自评等级", "备注"], rows, [0.07, 0.2, 0.25, 0.26, 0.1, 0.12]
        ),
    ]
    for seq, department, _unit, name, grade, remark in rows:
        f.project(name, department, grade, "key" if "重点" in remark else "self", seq=int(seq))
    # The corpus's conventions: batches given only in 备注 are counted from their rows.
    f.batch("key", "财政部门重点评价", project_count=2)
    f.batch("self", "项目单位自评", project_count=2)
    return f


def score_only_table() -> Fixture:
    """A table with scores and no grade column: no grade may be invented from a score."""
    f = Fixture("synthetic_15_score_only_table", Style(), "明湖县2024年度重点项目绩效评价得分情况", "明湖县", 2024)
    rows = [
        ["1", "明湖县城市管理局", "城区亮化提升工程", "87.5"],
        ["2", "明湖县人力资源和社会保障局", "就业见习补贴", "91"],
        ["3", "明湖县市场监督管理局", "食品安全抽检", "79"],
        ["4", "明湖县教育局", "县域普通高中提质", "95.5"],
    ]
    f.elements += [
        Title(f.title),
        Heading("一、重点绩效评价结果"),
        Para("县财政局组织开展重点绩效评价项目4个，评价得分如下表。"),
        Table(["序号", "主管部门", "项目名称", "评价得分"], rows, [0.1, 0.35, 0.4, 0.15]),
    ]
    f.metric("key_evaluated_projects", 4, "个", "重点绩效评价项目4个")
    f.batch("key", "重点绩效评价", project_count=4)
    for seq, department, name, score in rows:
        f.project(name, department, None, "key", seq=int(seq), score=float(score))
    return f


def yi_table_header_unit() -> Fixture:
    """Amounts in 亿元 given only in the header (`发行金额(亿元)`) of a policy-evaluation table, headline in summary."""
    f = Fixture("synthetic_16_yi_header_policy", Style(), "2024年度凤栖县政策绩效评价结果", "凤栖县", 2024)
    rows = [
        ["1", "凤栖县财政局", "专项债券资金支持重大项目建设政策", "3.2", "良"],
        ["2", "凤栖县发展和改革局", "民营经济高质量发展扶持政策", "0.85", "优"],
    ]
    f.elements += [
        Title(f.title),
        Heading("一、政策绩效评价"),
        Para("2024年县财政局对2项政策开展政策绩效评价，涉及资金4.05亿元。"),
        Table(["序号", "主管部门", "政策名称", "发行金额(亿元)", "评价结果"], rows, [0.08, 0.24, 0.42, 0.14, 0.12]),
    ]
    f.metric("policy_evaluations", 2, "个", "对2项政策开展政策绩效评价")
    f.metric("policy_amount", 4.05, "亿元", "涉及资金4.05亿元")
    f.batch("policy", "政策绩效评价", project_count=2, amount=4.05, amount_unit="亿元")
    for seq, department, name, amount, grade in rows:
        f.project(name, department, grade, "policy", seq=int(seq), amount=float(amount), amount_unit="亿元")
    return f


FIXTURES: list[Callable[[], Fixture]] = [
    list_cid,
    table_wan_ttf,
    table_no_repeat,
    prose_scores,
    pass_fail_grades,
    band_and_letters,
    prose_grades,
    explicit_zeros,
    several_batches,
    plan_only,
    noise,
    fake_bold_justified,
    cff_font,
    batch_in_remarks,
    score_only_table,
    yi_table_header_unit,
]


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    for make in FIXTURES:
        fixture = make()
        (out / f"{fixture.name}.pdf").write_bytes(render(fixture.elements, fixture.style, fixture.title))
        (out / f"{fixture.name}.json").write_text(
            json.dumps(fixture.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {fixture.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
