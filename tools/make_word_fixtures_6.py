"""A sixth, independent set of Word-made fixtures (`word6_*`): budget-performance reports written as Word documents
(python-docx) and exported to PDF by LibreOffice headless, the way county, city and district finance bureaus, line
departments and a provincial department publish them. Written by a sixth author from the genre (the real corpus's
README and gold, bureau pages found with the search tool), without reading the parser, the scorer or the other
sets' layouts, so that the set measures the parser at first sight.

Mostly ordinary reports: an annual work summary, a key-evaluation 公告 with a 合计 row, 部门整体 results under
merged 主管部门 cells in 元, a 抽查复核 通报 with two scores and a table across pages, a provincial department's own
自评 report with an indicator table, a special-bond 公示 in 亿元, a 政策 evaluation notice, a 乡镇（街道） grading,
a city grading its 县（市、区） by 档次; and one scanned 通报 (image-only PDF).

Everything is SYNTHETIC: the regions (澄屿县, 岚泽市, 檀坞区, 芷湄县, 云岫省, 蕖阳市, 栎川县, 芃原县, 霏州市,
荇溪县), departments, units, projects and figures are invented.

The gold of each fixture is written from the same data as its document and checked before it is written: every
quote, name, department and grade in the docx text, every number of the gold in its quote (metrics) or as printed in
the text (scores, amounts); then the same strings and numbers in the exported PDF's text layer read by PDFium and by
pdfplumber; for the scan, against the PDF before it is rasterised, and the published PDF is checked to have no text.

Reuses the mechanics of tools/make_word_fixtures_3.py (Doc3, convert3, export_options, rasterise, the PDF readers)
and, through it, tools/word_doc.py, find_soffice/check_fonts and tools/word_fonts.conf.

Usage: python tools/make_word_fixtures_6.py [OUT_DIR] [--keep-docx] [--only NAME ...]
       (default OUT_DIR tests/fixtures/word6)
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
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_word_fixtures import check_fonts, find_soffice
from make_word_fixtures_3 import (
    _WS,
    Doc3,
    Fixture3,
    check_doc,
    check_pdf3,
    convert3,
    export_options,
    money,
    no_text_layer,
    pct,
    rasterise,
    read_pdf,
)
from word_doc import HEI, KAI, LEFT, UP

ROOT = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT.parent / "tests" / "fixtures" / "word6"
D = Decimal
W = Doc3.PORTRAIT_TEXT_WIDTH_CM  # 15.6 cm


# ------------------------------------------------------------------------------------------------ fixture
@dataclass
class Fixture6(Fixture3):
    """A fixture of this set; numbers are given as printed so that the check can find them in the text."""

    printed: list[str] = field(default_factory=list)  # scores and amounts as the document prints them
    metric_printed: list[tuple[str, str]] = field(default_factory=list)  # (printed value, quote)

    def m(self, metric: str, printed: str, unit: str, quote: str) -> None:
        self.metric(metric, D(printed.replace(",", "")), unit, quote)
        self.metric_printed.append((printed, quote))

    def p(self, seq: int, name: str, dept: str | None, grade: str | None, batch: str, *,
          score: str | None = None, amount: str | None = None, unit: str | None = None) -> None:  # fmt: skip
        self.project(seq, name, dept, grade, batch, score=D(score) if score else None,
                     amount=D(amount.replace(",", "")) if amount else None, unit=unit)  # fmt: skip
        self.printed += [s for s in (score, amount) if s]

    def u(self, unit: str, parent: str | None, grade: str | None, score: str | None = None) -> None:
        self.unit(unit, parent, grade, D(score) if score else None)
        if score:
            self.printed.append(score)

    def gold(self) -> dict[str, Any]:
        return {"source_url": f"SYNTHETIC: tools/make_word_fixtures_6.py ({self.name})", **super().gold()}


def _has_number(printed: str, text: str) -> bool:
    """`printed` in `text` as a whole number (not a piece of a longer one)."""
    return re.search(rf"(?<![\d.,]){re.escape(printed)}(?![\d]|\.\d)", text) is not None


def check_numbers(fx: Fixture6, text: str, where: str) -> list[str]:
    """Metric values in their quotes, scores and amounts in `text` as printed, grade keys and batch labels in
    `text` (whitespace ignored: a title may be broken over two lines)."""
    problems = []
    flat = _WS.sub("", text)
    for printed, quote in fx.metric_printed:
        if not _has_number(printed, quote):
            problems.append(f"{where}: metric value {printed} not in its quote: {quote}")
    for printed in fx.printed:
        if not _has_number(printed, text):
            problems.append(f"{where}: number {printed} not in the text")
    for b in fx.batches:
        for key in list((b["grades"] or {}).keys()) + [b["label_zh"]]:
            if key not in flat:
                problems.append(f"{where}: batch string not in the text: {key}")
    return problems


def fixture(name: str, what: str, doc: Doc3, **kw: Any) -> Fixture6:
    return Fixture6(name=name, what=what, doc=doc, **kw)


def table_rows(header: list[str], rows: list[list[str | None]]) -> list[list[str | None]]:
    return [header, *rows]


# =============================================================================================== 01 澄屿县
F01_KEY = [
    ("城乡义务教育学校公用经费保障项目", "县教育局", "1865.30", "91.5", "优"),
    ("县中医院门急诊综合楼设备购置项目", "县卫生健康局", "1420.00", "84.0", "良"),
    ("高标准农田建设补助资金", "县农业农村局", "2378.65", "88.5", "良"),
    ("农村生活污水治理运维经费", "县住房和城乡建设局", "612.40", "76.0", "中"),
    ("困难残疾人生活补贴和重度残疾人护理补贴", "县民政局", "538.72", "93.0", "优"),
    ("县城区道路“白改黑”提升工程", "县交通运输局", "1960.00", "82.5", "良"),
    ("水库除险加固项目", "县水利局", "1075.35", "85.0", "良"),
    ("全域旅游宣传推介经费", "县文化广电旅游体育局", "545.00", "71.5", "中"),
]


def f01_county_annual() -> Fixture6:
    """A county finance bureau's annual work summary: 自评, 监控, 抽评 with a distribution and shares in prose, 重点评价
    in a table with 序号 and no 合计, 部门整体 in one sentence."""
    doc = Doc3("澄屿县财政局")
    key_total = sum((D(r[2]) for r in F01_KEY), D(0))
    key_cnt = Counter(r[4] for r in F01_KEY)
    sampled = {"优": 41, "良": 58, "中": 13, "差": 3}
    n_s = sum(sampled.values())
    shares = {g: pct(c, n_s) for g, c in sampled.items()}

    title = doc.title("澄屿县2023年度预算绩效管理工作情况")
    doc.para(
        "2023年，澄屿县财政局坚持以提高财政资金使用效益为核心，按照“全方位、全过程、全覆盖”的要求，持续推进"
        "预算和绩效管理一体化，将绩效理念贯穿预算编制、执行和监督各环节。现将有关情况报告如下。"
    )
    doc.heading(1, "一、绩效自评和运行监控情况")
    q_self = "全县62个预算部门对2023年度实施的1146个项目开展了绩效自评"
    q_self_amt = "涉及资金18.36亿元"
    doc.para(
        f"组织{q_self}，{q_self_amt}，自评覆盖率达到100%。自评结果随部门决算一并报送县人大常委会，并在部门"
        "门户网站公开。"
    )
    q_mon = "对876个项目开展绩效运行监控"
    doc.para(
        f"7月至8月，依托预算管理一体化系统，{q_mon}，对执行进度偏慢、绩效目标偏离的23个项目及时预警，"
        "督促主管部门查找原因、整改纠偏，收回结余资金1532.6万元统筹用于民生领域。"
    )
    doc.heading(1, "二、财政抽评情况")
    q_sampled = "县财政局按照不低于10%的比例，从部门自评项目中抽取115个项目进行复核抽评"
    q_samp_amt = "涉及资金2.74亿元"
    grade_text = "；".join(f"“{g}”等次{c}个，占{shares[g]}%" for g, c in sampled.items())
    doc.para(f"{q_sampled}，{q_samp_amt}。抽评结果为：{grade_text}。")
    doc.para(
        "从抽评情况看，多数部门能够按要求如实开展自评，但仍有部分单位存在绩效指标设置不够细化量化、自评打分"
        "偏高、佐证材料不充分等问题，自评得分与抽评得分相差10分以上的项目有9个。"
    )
    doc.heading(1, "三、重点绩效评价情况")
    q_key = f"委托第三方机构对{len(F01_KEY)}个重点项目开展绩效评价"
    q_key_amt = f"涉及资金{money(key_total, sep=False)}万元"
    counted = "、".join(f"“{g}”的{key_cnt[g]}个" for g in ("优", "良", "中"))
    doc.para(f"围绕县委、县政府中心工作，选取教育、卫生、农业、交通等重点领域，{q_key}，{q_key_amt}。"
             f"评价结果为{counted}。具体如下：")  # fmt: skip
    doc.caption("2023年度县级重点绩效评价结果表", font=HEI, size=14)
    doc.unit_line("金额单位：万元")
    rows = [[str(i), n, d, a, s, g] for i, (n, d, a, s, g) in enumerate(F01_KEY, 1)]
    doc.table(table_rows(["序号", "项目名称", "主管部门", "预算金额", "评价得分", "评价等次"], rows),
              [1.2, 5.6, 3.6, 2.0, 1.6, 1.6], align=list("cllrcc"), size=11)  # fmt: skip
    doc.heading(1, "四、部门整体支出绩效评价情况")
    q_overall = "选取县文化广电旅游体育局、县市场监督管理局2个部门开展部门整体支出绩效评价"
    doc.para(f"{q_overall}，评价得分分别为86.5分、79.0分，评价等次分别为“良”和“中”。")
    doc.heading(1, "五、评价结果应用情况")
    doc.para(
        "评价结果作为2024年预算安排的重要依据：对评价等次为“优”的项目优先保障，对“中”等次项目压减预算10%，"
        "对“差”等次项目原则上不再安排。同时将评价结果纳入县直部门年度综合考核，推动绩效结果与预算安排、"
        "政策调整挂钩。"
    )
    doc.heading(1, "六、下一步工作")
    doc.para(
        "下一步，县财政局将进一步扩大重点评价范围，探索开展部门整体和政策绩效评价，完善绩效指标体系，加强第三方"
        "机构管理，切实提高评价质量，推动预算绩效管理提质增效。"
    )
    doc.signature("澄屿县财政局", "2024年5月20日")
    doc.footer("emdash")

    fx = fixture("word6_01_county_annual", "county annual work summary: 自评/监控 prose, 抽评 distribution with "
                 "shares, 重点评价 table (序号, no 合计), 部门整体 in a sentence", doc,
                 title=title, region="澄屿县", year=2023)  # fmt: skip
    fx.m("self_evaluated_projects", "1146", "个", q_self)
    fx.m("self_evaluated_amount", "18.36", "亿元", q_self_amt)
    fx.m("involved_departments", "62", "个", q_self)
    fx.m("monitored_projects", "876", "个", q_mon)
    fx.m("sampling_ratio", "10", "%", q_sampled)
    fx.m("sampled_projects", "115", "个", q_sampled)
    fx.m("sampled_amount", "2.74", "亿元", q_samp_amt)
    fx.m("key_evaluated_projects", str(len(F01_KEY)), "个", q_key)
    fx.m("key_evaluated_amount", money(key_total, sep=False), "万元", q_key_amt)
    fx.m("department_overall_evaluations", "2", "个", q_overall)
    fx.batch("self", "绩效自评", project_count=1146, department_count=62, amount=D("18.36"), amount_unit="亿元")
    fx.batch("sampling", "复核抽评", project_count=n_s, amount=D("2.74"), amount_unit="亿元", grades=sampled,
             grade_shares_pct=shares)  # fmt: skip
    fx.batch("key", "重点绩效评价", project_count=len(F01_KEY), amount=key_total, amount_unit="万元",
             grades={g: key_cnt[g] for g in ("优", "良", "中")})  # fmt: skip
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=2, department_count=2)
    for i, (n, d, a, s, g) in enumerate(F01_KEY, 1):
        fx.p(i, n, d, g, "key", score=s, amount=a, unit="万元")
    fx.u("县文化广电旅游体育局", None, "良", "86.5")
    fx.u("县市场监督管理局", None, "中", "79.0")
    fx.notes = (
        "SYNTHETIC. Annual work summary of an invented county. sampling_ratio=10 comes from '不低于10%' (a floor, "
        "stated as the ratio used). involved_departments=62 are the departments that self-evaluated. The 监控 "
        "paragraph's 23 warned projects and 1532.6万元 recovered are not evaluation results. The 重点评价 table has "
        "序号 but no 合计; its unit is only in '金额单位：万元' above it; the grade distribution of the key batch is "
        "stated in prose ('“优”的2个…'). 部门整体: two departments, scores and grades zipped from two parallel "
        "lists ('分别为86.5分、79.0分', '分别为“良”和“中”'); names are the short forms the text uses (县…局). The "
        "'10分以上' gap and '10%' budget cut are not figures of a batch."
    )
    return fx


# =============================================================================================== 02 岚泽市
F02_KEY = [
    ("市区公交线路运营补贴", "市交通运输局", "8,650.00", "87.36", "良好", ""),
    ("城市社区居家养老服务补助资金", "市民政局", "3,218.45", "91.20", "优秀", ""),
    ("中小学智慧校园建设项目", "市教育局", "2,760.00", "85.75", "良好", "跨年度项目"),
    ("市级科技创新券补助资金", "市科学技术局", "1,500.00", "78.40", "一般", ""),
    ("重大疾病医疗保障补助资金", "市医疗保障局", "4,125.80", "90.05", "优秀", ""),
    ("城市内涝治理工程（一期）", "市住房和城乡建设局", "6,380.00", "82.60", "良好", "跨年度项目"),
    ("农村饮水安全巩固提升工程", "市水利局", "2,946.27", "84.15", "良好", ""),
    ("高校毕业生就业见习补贴", "市人力资源和社会保障局", "865.30", "92.50", "优秀", ""),
    ("市级森林防火专项经费", "市林业局", "1,120.00", "76.80", "一般", ""),
    ("“菜篮子”工程建设补助资金", "市农业农村局", "1,980.00", "80.35", "良好", ""),
    ("公共法律服务体系建设经费", "市司法局", "436.20", "83.00", "良好", ""),
    ("市级文物保护专项资金", "市文化广电旅游局", "1,250.00", "68.90", "较差", "已收回结余资金"),
    ("城市数字化治理平台运维经费", "市大数据管理局", "2,368.00", "74.25", "一般", ""),
    ("市场主体培育专项资金", "市商务局", "3,000.00", "81.60", "良好", ""),
]
GRADES_02 = ("优秀", "良好", "一般", "较差")


def f02_city_key_notice() -> Fixture6:
    """A city's 重点评价 公告: prose in 亿元, a 14-row table in 万元 with thousands separators, 备注, a 合计 row,
    a shaded header row, 优秀/良好/一般/较差."""
    doc = Doc3("岚泽市财政局")
    total = sum((D(r[2].replace(",", "")) for r in F02_KEY), D(0))
    cnt = Counter(r[4] for r in F02_KEY)
    n_dept = len({r[1] for r in F02_KEY})
    title = doc.title("岚泽市财政局关于2023年度市级财政", "重点绩效评价结果的公告")
    doc.para(
        "根据《中华人民共和国预算法》和《岚泽市市级财政支出绩效评价管理办法》（岚财规〔2021〕3号）有关规定，"
        "市财政局组织对2023年度部分市级财政支出项目开展了重点绩效评价。现将评价结果公告如下："
    )
    doc.heading(1, "一、评价范围")
    q_key = f"本次共选取{len(F02_KEY)}个项目开展重点绩效评价，涉及{n_dept}个市级部门"
    q_amt = f"评价资金总额{money(total / 10000)}亿元"
    doc.para(f"{q_key}，{q_amt}，覆盖交通、民政、教育、卫生、农业农村、城市建设等领域。")
    doc.heading(1, "二、评价方式")
    doc.para(
        "评价采取市财政局牵头、委托第三方机构实施的方式，综合运用现场核查、问卷调查、座谈访谈、数据比对等方法，"
        "按照决策、过程、产出、效益四个维度设置指标，评价总分100分。评价结果分为“优秀”（90分及以上）、"
        "“良好”（80（含）—90分）、“一般”（60（含）—80分）、“较差”（60分以下）四个等级。"
    )
    doc.heading(1, "三、评价结果")
    counted = "，".join(f"评价结果为“{g}”的{cnt[g]}个" for g in GRADES_02)
    doc.para(f"{counted}。各项目评价结果见下表。")
    doc.caption("岚泽市2023年度市级财政重点绩效评价结果汇总表", font=HEI, size=14)
    doc.unit_line("单位：万元、分")
    rows: list[list[str | None]] = [
        [str(i), n, d, a, s, g, r or None] for i, (n, d, a, s, g, r) in enumerate(F02_KEY, 1)
    ]
    rows.append(["合计", LEFT, None, money(total), None, None, None])
    doc.table(table_rows(["序号", "项目名称", "主管部门", "评价资金", "评价得分", "评价结果", "备注"], rows),
              [1.1, 4.6, 3.3, 2.0, 1.5, 1.5, 1.6], align=list("cllrccc"), size=10.5)  # fmt: skip
    doc.style_last_table(shade="D9D9D9", bold_rows=(len(rows),))
    doc.heading(1, "四、结果应用")
    doc.para(
        "评价结果已反馈各主管部门。对评价结果为“一般”“较差”的项目，相关部门要在收到反馈意见后30日内报送整改"
        "情况；市财政局将评价结果作为2025年预算安排和政策调整的重要依据，评价结果为“较差”的项目原则上压减"
        "预算。"
    )
    doc.para("特此公告。")
    doc.signature("岚泽市财政局", "2024年6月28日")
    doc.footer("dash")

    fx = fixture("word6_02_city_key_notice", "city 重点评价 公告: 14-row table in 万元 with separators, 备注, 合计 "
                 "(merged label), header row shaded; prose in 亿元; 优秀/良好/一般/较差", doc,
                 title=title, region="岚泽市", year=2023)  # fmt: skip
    fx.m("key_evaluated_projects", str(len(F02_KEY)), "个", q_key)
    fx.m("key_evaluated_departments", str(n_dept), "个", q_key)
    fx.m("key_evaluated_amount", money(total / 10000), "亿元", q_amt)
    fx.batch("key", "重点绩效评价", project_count=len(F02_KEY), department_count=n_dept,
             amount=D(money(total / 10000)), amount_unit="亿元", grades={g: cnt[g] for g in GRADES_02})  # fmt: skip
    for i, (n, d, a, s, g, _r) in enumerate(F02_KEY, 1):
        fx.p(i, n, d, g, "key", score=s, amount=a, unit="万元")
    fx.printed.append(money(total))
    fx.notes = (
        "SYNTHETIC. City-level (市级) key evaluation 公告 of an invented city; region 岚泽市 (the text says 市级, the "
        "title names the city). The batch amount is the prose figure in 亿元 (the table's 合计 "
        f"{money(total)}万元 rounded); project amounts are the table's, in 万元 from '单位：万元、分'. Score bands in "
        "the method paragraph ('90分及以上', '60分以下') are not scores. The 备注 column ('跨年度项目', "
        "'已收回结余资金') is not a grade. The 合计 row is not a project. '30日内' and '岚财规〔2021〕3号' are noise."
    )
    return fx


# =============================================================================================== 03 檀坞区
F03_UNITS = [
    ("区教育体育局", "区教育体育局机关", "88.6", "良"),
    (UP, "区第一实验小学", "91.2", "优"),
    (UP, "区职业技术学校", "84.5", "良"),
    (UP, "区青少年活动中心", "76.3", "中"),
    ("区卫生健康局", "区卫生健康局机关", "90.4", "优"),
    (UP, "区疾病预防控制中心", "92.8", "优"),
    (UP, "区妇幼保健院", "86.0", "良"),
    ("区城市管理局", "区城市管理局机关", "82.1", "良"),
    (UP, "区环境卫生管理所", "79.5", "中"),
    ("区民政局", "区民政局机关", "93.1", "优"),
    (UP, "区社会福利院", "87.7", "良"),
    ("区自然资源和规划分局", "区自然资源和规划分局", "85.9", "良"),
    ("区退役军人事务局", "区退役军人事务局", "90.6", "优"),
    ("区档案馆", "区档案馆", "81.0", "良"),
]


def f03_district_overall() -> Fixture6:
    """A district's 部门整体 results: units under their 主管部门 (merged vertically), grade 优/良/中 per unit, the
    money in 元 with thousands separators in prose."""
    doc = Doc3("檀坞区财政局")
    parents, last = [], ""
    for parent, *_ in F03_UNITS:
        last = last if parent == UP else parent
        parents.append(last)
    cnt = Counter(u[3] for u in F03_UNITS)
    title = doc.title("檀坞区2023年度部门整体支出", "绩效评价结果")
    doc.para(
        "为全面反映部门（单位）履职效能和预算资金使用绩效，按照区委、区政府关于全面实施预算绩效管理的部署，"
        "区财政局于2024年3月至5月组织开展了2023年度部门整体支出绩效评价。现将评价结果公开如下。"
    )
    doc.heading(1, "一、评价对象和范围")
    q_units = f"对区教育体育局等8个主管部门及所属共{len(F03_UNITS)}家预算单位开展部门整体支出绩效评价"
    q_amt = "涉及部门预算资金共计386,452,617.35元"
    doc.para(f"本年度{q_units}，{q_amt}，其中基本支出215,308,440.12元，项目支出171,144,177.23元。")
    doc.heading(1, "二、评价指标和方法")
    doc.para(
        "评价围绕部门预算管理、资产管理、履职产出和履职效益设置共性指标和个性指标，采取单位自评与财政评价相"
        "结合的方式，满分100分。90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，"
        "60分以下为“差”。"
    )
    doc.heading(1, "三、评价结果")
    counted = "，".join(f"评价等级为“{g}”的{cnt[g]}家" for g in ("优", "良", "中"))
    doc.para(f"从评价结果看，{counted}，无评价等级为“差”的单位。各单位评价结果如下：")
    doc.caption("檀坞区2023年度部门整体支出绩效评价结果表", font=HEI, size=14)
    rows = [[str(i), p, u, s, g] for i, (p, u, s, g) in enumerate(F03_UNITS, 1)]
    doc.table(table_rows(["序号", "主管部门", "预算单位", "评价得分", "评价等级"], rows),
              [1.3, 4.6, 5.3, 2.2, 2.2], align=list("cclcc"), size=11, cant_split=True)  # fmt: skip
    doc.heading(1, "四、存在的主要问题")
    doc.para(
        "一是部分单位绩效目标与部门职能衔接不够紧密，指标设置以数量指标为主，效益指标难以衡量；二是个别单位"
        "预算执行进度前慢后快，年末集中支出现象仍然存在；三是部分单位资产管理不够规范，账实不符。"
    )
    doc.heading(1, "五、结果运用")
    doc.para(
        "区财政局已将评价结果和问题清单反馈各部门，督促限期整改，并将评价结果与2025年部门预算安排挂钩，对评价"
        "等级为“中”的单位适当压减公用经费。"
    )
    doc.signature("檀坞区财政局", "2024年6月12日")
    doc.footer("dash", odd_even=True)

    fx = fixture("word6_03_district_overall", "district 部门整体 results: units under vertically merged 主管部门 "
                 "cells, 优/良/中 per unit with scores, amounts in 元 with separators, explicit zero 差", doc,
                 title=title, region="檀坞区", year=2023)  # fmt: skip
    fx.m("department_overall_evaluations", str(len(F03_UNITS)), "个", q_units)
    fx.m("involved_departments", "8", "个", q_units)
    fx.m("department_overall_amount", "386,452,617.35", "元", q_amt)
    fx.batch("department_overall", "部门整体支出绩效评价", project_count=len(F03_UNITS), department_count=8,
             amount=D("386452617.35"), amount_unit="元", grades={"优": cnt["优"], "良": cnt["良"], "中": cnt["中"],
                                                             "差": 0})  # fmt: skip
    for (_, u, s, g), parent in zip(F03_UNITS, parents, strict=True):
        fx.u(u, parent, g, s)
    fx.notes = (
        "SYNTHETIC. 部门整体 results of an invented district. The 主管部门 cell is merged vertically over its units "
        "(one text per group); every unit's parent_department is that merged cell's text, including units named "
        "like their parent (区自然资源和规划分局 is its own parent). Counts are in 家 (metric unit written 个 as the "
        "real gold writes counts). '无评价等级为“差”的单位' is kept as an explicit zero. The amount is in 元 with "
        "separators; its split into 基本支出/项目支出 is not a batch figure. Score bands in the method paragraph are "
        "not scores. No projects."
    )
    return fx


# =============================================================================================== 04 芷湄县
F04_ROWS = [
    ("县教育局", "学前教育发展专项资金", "95.0", "88.0", "良"),
    ("县教育局", "普通高中助学金", "98.0", "92.5", "优"),
    ("县卫生健康局", "村卫生室运行补助经费", "96.0", "81.0", "良"),
    ("县卫生健康局", "计划生育家庭奖励扶助资金", "100.0", "94.0", "优"),
    ("县农业农村局", "农机购置补贴", "93.0", "78.5", "中"),
    ("县农业农村局", "农村公益性公墓建设补助", "90.0", "58.0", "差"),
    ("县民政局", "城乡低保资金", "97.0", "91.0", "优"),
    ("县交通运输局", "农村客运补贴", "95.0", "86.5", "良"),
    ("县水利局", "山洪灾害防治非工程措施运行维护", "92.0", "83.0", "良"),
    ("县住房和城乡建设局", "农村危房改造补助资金", "98.0", "87.0", "良"),
    ("县人力资源和社会保障局", "公益性岗位补贴", "96.5", "90.5", "优"),
    ("县文化和旅游局", "乡村文化振兴示范村建设经费", "94.0", "72.0", "中"),
    ("县市场监督管理局", "食品安全抽检经费", "95.0", "85.5", "良"),
    ("县自然资源局", "耕地保护补偿资金", "97.0", "89.0", "良"),
    ("县林业局", "公益林生态效益补偿资金", "96.0", "92.0", "优"),
    ("县应急管理局", "应急物资储备经费", "90.0", "55.5", "差"),
    ("县商务局", "电子商务进农村综合示范项目", "94.0", "80.0", "良"),
    ("县退役军人事务局", "优抚对象定期抚恤补助", "99.0", "93.5", "优"),
]


def f04_review_notice() -> Fixture6:
    """A county's 自评抽查复核 通报 with a red letterhead: two scores per row (自评 and 复核), the 复核 grade, a
    distribution in prose; the table runs over a page."""
    doc = Doc3("芷湄县财政局")
    cnt = Counter(r[4] for r in F04_ROWS)
    n_dept = len({r[0] for r in F04_ROWS})
    n_self = 149
    doc.red_letterhead("芷湄县财政局文件", "芷财绩〔2024〕11号")
    title = doc.title("关于2023年度项目支出绩效自评", "抽查复核情况的通报")
    doc.line("各乡镇人民政府，县直各部门：")
    doc.para(
        "为压实部门绩效管理主体责任，提高绩效自评质量，根据《芷湄县项目支出绩效自评管理办法》，县财政局对县直"
        "部门2023年度项目支出绩效自评情况进行了抽查复核。现将有关情况通报如下："
    )
    doc.heading(1, "一、基本情况")
    q_self = f"县直各部门共对{n_self}个项目开展了绩效自评"
    q_samp = f"县财政局从中随机抽取{n_dept}个部门的{len(F04_ROWS)}个项目进行复核"
    q_ratio = f"抽查比例为{pct(len(F04_ROWS), n_self)}%"
    q_amt = "涉及资金1.27亿元"
    doc.para(f"2023年度，{q_self}。{q_samp}，{q_ratio}，{q_amt}。")
    doc.para(
        "复核采取书面审核与现场核查相结合的方式，重点核查绩效目标设置的规范性、自评打分的客观性和佐证资料的完整"
        "性，按照项目支出绩效评价共性指标体系重新打分，并与部门自评结果逐项比对，复核结果已书面反馈被抽查部门。"
    )
    doc.heading(1, "二、复核结果")
    order = ("优", "良", "中", "差")
    counted = "、".join(f"“{g}”的{cnt[g]}个" for g in order)
    doc.para(
        f"复核等级为{counted}。总体看，部门自评得分普遍偏高，{len(F04_ROWS)}个项目自评平均分为"
        f"{(sum(D(r[2]) for r in F04_ROWS) / len(F04_ROWS)).quantize(D('0.1'))}分，复核平均分为"
        f"{(sum(D(r[3]) for r in F04_ROWS) / len(F04_ROWS)).quantize(D('0.1'))}分。复核明细见下表。"
    )
    doc.caption("2023年度项目支出绩效自评抽查复核结果表", font=HEI, size=14)
    rows = [[str(i), d, n, a, b, g] for i, (d, n, a, b, g) in enumerate(F04_ROWS, 1)]
    doc.table(table_rows(["序号", "单位名称", "项目名称", "自评得分", "复核得分", "复核等级"], rows),
              [1.2, 4.0, 5.6, 1.6, 1.6, 1.6], align=list("cllccc"), size=11)  # fmt: skip
    doc.heading(1, "三、存在的问题")
    doc.para("（一）自评不够客观。部分单位未对照绩效目标逐项打分，自评得分与复核得分差距较大，个别项目相差30分以上。")
    doc.para("（二）佐证资料不全。部分单位未按要求提供产出数量、质量的佐证材料，满意度调查流于形式。")
    doc.heading(1, "四、有关要求")
    doc.para(
        "各部门要对照复核发现的问题认真整改，并于2024年7月31日前将整改情况报县财政局。复核等级为“差”的项目，"
        "县财政局将在下一年度预算安排中予以压减。"
    )
    doc.signature("芷湄县财政局", "2024年6月5日")
    doc.imprint("抄送：县人大常委会预算工作委员会，县审计局。", "芷湄县财政局办公室", "2024年6月5日")
    doc.footer("dash", odd_even=True)

    fx = fixture("word6_04_review_notice", "county 抽查复核 通报 with red letterhead: 自评得分 and 复核得分 per "
                 "row (the 复核 one is the result), 18 rows across pages, distribution in prose, 版记", doc,
                 title=title, region="芷湄县", year=2023)  # fmt: skip
    fx.m("self_evaluated_projects", str(n_self), "个", q_self)
    fx.m("sampled_departments", str(n_dept), "个", q_samp)
    fx.m("sampled_projects", str(len(F04_ROWS)), "个", q_samp)
    fx.m("sampling_ratio", str(pct(len(F04_ROWS), n_self)), "%", q_ratio)
    fx.m("sampled_amount", "1.27", "亿元", q_amt)
    fx.batch("self", "绩效自评", project_count=n_self)
    fx.batch("sampling", "抽查复核", project_count=len(F04_ROWS), department_count=n_dept, amount=D("1.27"),
             amount_unit="亿元", grades={g: cnt[g] for g in order})  # fmt: skip
    for i, (d, n, _a, b, g) in enumerate(F04_ROWS, 1):
        fx.p(i, n, d, g, "sampling", score=b)
    fx.notes = (
        "SYNTHETIC. Review (抽查复核) notice of an invented county; the title has no region, the letterhead and "
        "the signature name 芷湄县财政局. Each row has two scores: 自评得分 (the department's own) and 复核得分 "
        "(the finance bureau's); the gold score is the 复核得分, matching the 复核等级. 单位名称 is the department "
        "being reviewed (no separate 项目单位). The averages in prose and '30分以上' are not batch figures. The "
        "文号 '芷财绩〔2024〕11号' and the dates are noise."
    )
    return fx


# =============================================================================================== 05 云岫省
F05_INDICATORS = [
    ("决策（15分）", "项目立项", "立项依据充分性", "充分", "充分", "3", "3"),
    (UP, UP, "立项程序规范性", "规范", "规范", "3", "3"),
    (UP, "绩效目标", "绩效目标合理性", "合理", "合理", "3", "3"),
    (UP, UP, "绩效指标明确性", "明确", "基本明确", "3", "2"),
    (UP, "资金投入", "预算编制科学性", "科学", "科学", "3", "3"),
    ("过程（20分）", "资金管理", "资金到位率", "100%", "100%", "5", "5"),
    (UP, UP, "预算执行率", "≥95%", "93.8%", "5", "4"),
    (UP, "组织实施", "管理制度健全性", "健全", "健全", "5", "5"),
    (UP, UP, "制度执行有效性", "有效", "基本有效", "5", "4"),
    ("产出（35分）", "产出数量", "新建高标准农田面积", "≥52万亩", "53.6万亩", "12", "12"),
    (UP, "产出质量", "工程验收合格率", "≥95%", "96.2%", "12", "12"),
    (UP, "产出时效", "项目按期完工率", "≥90%", "88.5%", "11", "8.6"),
    ("效益（30分）", "经济效益", "亩均粮食产能提高", "≥100斤", "105斤", "10", "10"),
    (UP, "社会效益", "带动农民务工增收", "明显", "明显", "10", "10"),
    (UP, "满意度", "受益农户满意度", "≥90%", "92.4%", "10", "10"),
]


def f05_province_self_report() -> Fixture6:
    """A provincial department's own 自评 report of one project: the score and grade in prose, an indicator
    table with merged 一级/二级 cells and a 合计 row, many numbers that are not results."""
    doc = Doc3("云岫省农业农村厅")
    score = sum((D(r[6]) for r in F05_INDICATORS), D(0))
    assert score == D("94.6"), score
    doc.header("云岫省农业农村厅项目支出绩效自评报告", align="center")
    title = doc.title("2023年度农田建设补助资金", "项目支出绩效自评报告")
    doc.heading(1, "一、项目基本情况")
    doc.heading(2, "（一）项目概况")
    doc.para(
        "农田建设补助资金主要用于支持各地开展高标准农田建设，改善农田基础设施条件，提升耕地质量和粮食综合"
        "生产能力。项目主管部门为云岫省农业农村厅，实施单位为各市、县（区）农业农村部门。"
    )
    doc.heading(2, "（二）资金安排和使用情况")
    q_amt = "2023年度全省农田建设补助资金预算126,850.00万元"
    doc.para(
        f"{q_amt}，其中中央财政资金98,420.00万元，省级财政资金28,430.00万元。截至2023年12月31日，实际支出"
        "118,985.30万元，预算执行率为93.8%。"
    )
    doc.heading(1, "二、绩效目标完成情况")
    doc.para(
        "年度绩效目标为新建高标准农田52万亩以上，工程验收合格率不低于95%，受益农户满意度不低于90%。全年实际"
        "新建高标准农田53.6万亩，工程验收合格率96.2%，受益农户满意度92.4%，绩效目标基本完成。"
    )
    doc.heading(1, "三、自评结论")
    q_score = f"该项目2023年度绩效自评得分为{score}分，评价等级为“优”"
    doc.para(f"按照项目支出绩效评价共性指标体系框架，结合项目特点设置个性指标，经综合评定，{q_score}。"
             "各指标得分情况如下：")  # fmt: skip
    doc.caption("农田建设补助资金绩效自评指标得分表", font=HEI, size=14)
    rows = [list(r) for r in F05_INDICATORS]
    rows.append(["合计", LEFT, LEFT, None, None, "100", str(score)])
    doc.table(table_rows(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], rows),
              [2.3, 2.1, 3.6, 2.2, 2.2, 1.6, 1.6], align=list("cclcccc"), size=10.5)  # fmt: skip
    doc.heading(1, "四、存在的问题及原因")
    doc.para(
        "一是部分县（区）项目开工较晚，受汛期影响，项目按期完工率未达到年度目标；二是少数项目县配套资金到位"
        "较慢，影响预算执行进度；三是建后管护机制尚不健全，管护经费来源不稳定。"
    )
    doc.heading(1, "五、下一步改进措施")
    doc.para(
        "加快项目前期工作，推行“当年建设、当年验收”；加强资金调度，按月通报支出进度；建立健全建后管护长效机制，"
        "落实管护主体和经费。"
    )
    doc.signature("云岫省农业农村厅", "2024年4月18日")
    doc.footer("page_of", size=10.5)

    fx = fixture("word6_05_province_self_report", "provincial department's 自评 report of one project: score and "
                 "grade in prose, indicator table with merged 一级/二级 cells and 合计, many non-result numbers", doc,
                 title=title, region="云岫省", year=2023, chrome=["云岫省农业农村厅项目支出绩效自评报告"])  # fmt: skip
    fx.batch("self", "绩效自评", project_count=1)
    fx.p(1, "农田建设补助资金", "云岫省农业农村厅", "优", "self", score=str(score), amount="126,850.00", unit="万元")
    fx.notes = (
        "SYNTHETIC. A provincial line department's own 自评 report of ONE project (province invented). The title "
        "has no region; region 云岫省 from the department's name (provincial money). department = the publishing "
        "主管部门, named in the text. amount = the year's budget '预算126,850.00万元' (the project's stated budget; "
        "its 中央/省级 split, the 实际支出 118,985.30万元 and 93.8% are not). project_count=1 as the report covers "
        "one project (not stated as a count). The indicator table's 分值/得分 cells and targets (52万亩, 95%, "
        "90%, 105斤) are not results; its 合计 row repeats the score 94.6 stated in prose. The running header "
        "repeats a generic report name."
    )
    return fx


# =============================================================================================== 06 蕖阳市
F06_BONDS = [
    ("市住房和城乡建设局", "市城市建设投资发展中心", "蕖阳市老城区雨污分流改造工程", "2.60", "91", "优"),
    (UP, UP, "蕖阳市城东片区棚户区改造项目", "3.15", "86", "良"),
    ("市交通运输局", "市交通建设事务中心", "蕖阳港综合物流园区基础设施项目", "1.80", "88", "良"),
    ("市卫生健康局", "市人民医院", "蕖阳市人民医院新院区建设项目（二期）", "1.45", "93", "优"),
    (UP, "市传染病医院", "市公共卫生临床中心建设项目", "0.90", "84", "良"),
    ("市教育局", "市教育后勤服务中心", "蕖阳市职业教育园区建设项目", "1.20", "79", "中"),
    ("市水利局", "市水利工程建设中心", "蕖江干流堤防提标工程", "0.85", "90", "优"),
    ("市发展和改革委员会", "市产业园区管理委员会", "高新产业园标准厂房及配套设施项目", "0.60", "76", "中"),
    ("市农业农村局", "市冷链物流发展中心", "农产品冷链物流骨干网建设项目", "0.30", "82", "良"),
]


def f06_bond_notice() -> Fixture6:
    """A city's special-bond 公示: one table, amounts in 亿元 only in the header, 主管部门 and 项目单位 columns
    with merged cells, a phone number and a 文号."""
    doc = Doc3("蕖阳市财政局")
    total = sum((D(r[3]) for r in F06_BONDS), D(0))
    parents, last = [], ""
    for r in F06_BONDS:
        last = last if r[0] == UP else r[0]
        parents.append(last)
    title = doc.title("蕖阳市2023年度地方政府专项债券", "项目资金绩效评价结果公示")
    q_bond = f"市财政局组织对2023年度发行使用专项债券资金的{len(F06_BONDS)}个项目开展了绩效评价"
    q_amt = f"涉及专项债券资金{money(total)}亿元"
    doc.para(
        "根据《云岫省财政厅关于开展2023年度地方政府专项债券项目资金绩效评价工作的通知》（云财债〔2024〕6号）"
        f"要求，{q_bond}，{q_amt}。现将评价结果公示如下："
    )
    rows = [[str(i), *r] for i, r in enumerate(F06_BONDS, 1)]
    doc.table(table_rows(["序号", "主管部门", "项目单位", "项目名称", "发行金额（亿元）", "评价得分", "评价结果"],
                         rows),
              [1.1, 2.6, 2.8, 4.4, 1.9, 1.4, 1.4], align=list("ccllccc"), size=10.5)  # fmt: skip
    doc.para(
        "公示期为2024年7月8日至7月12日。如对公示内容有异议，请在公示期内以书面形式向市财政局债务管理科反映，"
        "联系电话：6618235。"
    )
    doc.para(
        "评价中发现，个别项目存在专项债券资金支出进度偏慢、项目收益测算依据不足、专户管理不规范等问题。市财政局"
        "已将评价结果反馈项目主管部门和项目单位，督促其限期整改，并将评价结果作为以后年度专项债券额度分配的"
        "重要参考。"
    )
    doc.para(
        "下一步，市财政局将会同相关部门加强专项债券项目全生命周期管理，强化项目收益与融资自求平衡，防范债务风险，"
        "提升专项债券资金使用效益。"
    )
    doc.signature("蕖阳市财政局", "2024年7月8日")
    doc.footer("dash")

    fx = fixture("word6_06_bond_notice", "city special-bond 公示: 主管部门 and 项目单位 columns with merged "
                 "cells, 发行金额（亿元） only in the header, 优/良/中, phone and 文号 noise", doc,
                 title=title, region="蕖阳市", year=2023)  # fmt: skip
    fx.m("bond_projects", str(len(F06_BONDS)), "个", q_bond)
    fx.m("bond_amount", money(total), "亿元", q_amt)
    fx.batch("key", "专项债券项目资金绩效评价", project_count=len(F06_BONDS), amount=total, amount_unit="亿元")
    for i, (r, parent) in enumerate(zip(F06_BONDS, parents, strict=True), 1):
        fx.p(i, r[2], parent, r[5], "key", score=r[4], amount=r[3], unit="亿元")
    fx.notes = (
        "SYNTHETIC. Special-bond 公示 of an invented city (the 文号 names an invented province). department = the "
        "主管部门 column, merged vertically over two rows for 市住房和城乡建设局 and 市卫生健康局; the 项目单位 column "
        "(also merged over the first two rows) is not the department. Batch type key: the finance bureau organised "
        "the evaluation of all bond projects. Amounts are bond issue amounts in 亿元, the unit only in the header "
        "'发行金额（亿元）'. No grade distribution is stated, so grades=null. Scores are bare integers in the table. "
        "The phone number, the 公示期 dates and '云财债〔2024〕6号' are noise."
    )
    return fx


# =============================================================================================== 07 栎川县
F07_POLICIES = [
    ("栎川县工业企业技术改造奖补政策", "县工业和信息化局", "2,315.60", "87.5", "良"),
    ("栎川县城乡居民基本养老保险缴费补贴政策", "县人力资源和社会保障局", "1,842.18", "92.0", "优"),
    ("栎川县茶产业高质量发展扶持政策", "县农业农村局", "960.00", "74.5", "中"),
]


def f07_policy_notice() -> Fixture6:
    """A county's 政策 evaluation results: one section per policy, the score and grade in prose, the money in
    万元 with a separator; a summary sentence; no table."""
    doc = Doc3("栎川县财政局")
    title = doc.title("栎川县2023年度财政政策绩效评价结果")
    doc.para(
        "为提高财政政策的科学性和有效性，2024年，县财政局聘请第三方机构对我县2023年度实施的部分财政政策开展了"
        "绩效评价，重点评价政策决策依据、资金兑现、政策目标实现程度和受益对象满意度等情况。"
    )
    q_pol = f"本次共评价财政政策{len(F07_POLICIES)}项"
    total = sum((D(p[2].replace(",", "")) for p in F07_POLICIES), D(0))
    q_amt = f"涉及2023年度兑现资金{money(total)}万元"
    doc.para(f"{q_pol}，{q_amt}。评价结果为“优”的1项、“良”的1项、“中”的1项。具体情况如下：")
    verbs = ["综合评分", "评价得分", "最终得分"]
    bodies = [
        "该政策对企业实施设备购置、智能化改造给予奖补，2023年共兑现奖补资金{amt}万元，惠及企业46家，带动技术"
        "改造投资约5.8亿元。评价认为，政策目标明确，兑现程序规范，但奖补标准多年未调整，对中小企业激励不足。",
        "该政策对困难群体参加城乡居民基本养老保险给予缴费补贴，2023年兑现补贴资金{amt}万元，覆盖参保人员"
        "3.2万人。评价认为，政策兜底作用明显，资金发放及时准确，受益对象满意度达96.3%。",
        "该政策对茶园改造、品牌建设和加工升级给予扶持，2023年兑现资金{amt}万元。评价发现，部分扶持对象重复"
        "申报，茶园改造面积未达到预期目标，政策绩效目标设置不够清晰。",
    ]
    doc.heading(1, "一、评价结果")
    for i, ((name, dept, amt, score, grade), verb, body) in enumerate(zip(F07_POLICIES, verbs, bodies, strict=True)):
        heading = ("（一）", "（二）", "（三）")[i] + name
        doc.heading(2, heading)
        doc.para(f"该政策由{dept}牵头实施。" + body.format(amt=amt) + f"{verb}{score}分，评价等级为“{grade}”。")
    doc.heading(1, "二、结果应用")
    doc.para(
        "县财政局已将评价结果反馈政策主管部门。对评价等级为“中”的茶产业扶持政策，建议主管部门修订完善扶持"
        "办法，明确绩效目标，2025年度政策资金规模视整改情况确定。"
    )
    doc.signature("栎川县财政局", "2024年8月15日")
    doc.footer("dash")

    fx = fixture("word6_07_policy_notice", "county 政策 evaluation results: one section per policy, score and "
                 "grade in prose (three verbs), 万元 with separators, no table", doc,
                 title=title, region="栎川县", year=2023)  # fmt: skip
    fx.m("policy_evaluations", str(len(F07_POLICIES)), "个", q_pol)
    fx.batch("other", "财政政策绩效评价", project_count=len(F07_POLICIES), amount=total, amount_unit="万元",
             grades={"优": 1, "良": 1, "中": 1})  # fmt: skip
    for i, (name, dept, amt, score, grade) in enumerate(F07_POLICIES, 1):
        fx.p(i, name, dept, grade, "other", score=score, amount=amt, unit="万元")
    fx.printed.append(money(total))
    fx.notes = (
        "SYNTHETIC. Policy evaluation results of an invented county; batch type other (政策). Each policy is a "
        "'project' row: name from its heading, department from '由…牵头实施', amount = the year's 兑现 money in "
        "万元. Scores come with three different verbs (综合评分 / 评价得分 / 最终得分). Investment driven (约5.8亿元), "
        "beneficiaries (46家, 3.2万人) and the satisfaction rate 96.3% are not results. The policy count is written "
        "in 项 (metric unit 个 as the real gold writes counts). The batch amount is stated "
        "in prose ('涉及2023年度兑现资金…万元')."
    )
    return fx


# =============================================================================================== 08 芃原县
F08_TOWNS = [
    ("城关街道", "96.5", "优秀"),
    ("芃溪镇", "94.0", "优秀"),
    ("东岭镇", "92.5", "优秀"),
    ("南渡镇", "90.5", "优秀"),
    ("石门镇", "88.0", "良好"),
    ("青岗乡", "87.5", "良好"),
    ("白沙镇", "86.0", "良好"),
    ("龙洲街道", "85.5", "良好"),
    ("柏树乡", "83.0", "良好"),
    ("下湾镇", "81.5", "良好"),
    ("双河乡", "80.0", "良好"),
    ("高坪乡", "77.5", "合格"),
    ("马岭镇", "74.0", "合格"),
    ("云台乡", "68.5", "合格"),
]


def f08_township_grading() -> Fixture6:
    """A county grading its 乡镇（街道）: the towns listed under each 等次 in prose, then a ranking table with
    scores (no grade column)."""
    doc = Doc3("芃原县财政局")
    by_grade: dict[str, list[str]] = {}
    for town, _, g in F08_TOWNS:
        by_grade.setdefault(g, []).append(town)
    title = doc.title("芃原县财政局关于2023年度乡镇（街道）", "预算绩效管理工作考核结果的通报")
    doc.line("各乡镇人民政府、街道办事处：")
    q_n = f"县财政局对全县{len(F08_TOWNS)}个乡镇（街道）2023年度预算绩效管理工作进行了考核"
    doc.para(
        "根据《芃原县乡镇（街道）预算绩效管理工作考核办法（试行）》，"
        f"{q_n}。考核内容包括绩效目标管理、绩效运行监控、绩效自评、结果应用和信息公开五个方面，采取日常考核"
        "与年终考核相结合的方式进行。现将考核结果通报如下："
    )
    doc.heading(1, "一、考核结果")
    for g in ("优秀", "良好", "合格"):
        towns = by_grade[g]
        doc.para(f"{g}等次（{len(towns)}个）：{'、'.join(towns)}。")
    doc.para("各乡镇（街道）考核得分情况见下表。")
    rows = [[str(i), t, s] for i, (t, s, _) in enumerate(F08_TOWNS, 1)]
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [[None, None, None]] * (2 * half - len(rows))
    side = [[*a, *b] for a, b in zip(left, right, strict=True)]
    doc.table(table_rows(["名次", "乡镇（街道）", "得分", "名次", "乡镇（街道）", "得分"], side),
              [1.4, 3.6, 2.8, 1.4, 3.6, 2.8], size=11)  # fmt: skip
    doc.heading(1, "二、有关要求")
    doc.para(
        "考核结果将纳入乡镇（街道）年度综合目标考核，并与2025年度县对乡镇转移支付资金分配挂钩。考核等次为"
        "“合格”的乡镇，要认真分析原因，于2024年5月31日前向县财政局报送整改报告。各乡镇（街道）要进一步配齐"
        "绩效管理人员，规范绩效自评和信息公开，切实提高财政资金使用效益。"
    )
    doc.signature("芃原县财政局", "2024年4月26日")
    doc.footer("emdash")

    fx = fixture("word6_08_township_grading", "county grading its 乡镇（街道）: names listed under each 等次 in "
                 "prose, a two-up ranking table with scores only (two towns per row)", doc,
                 title=title, region="芃原县", year=2023)  # fmt: skip
    fx.m("lower_government_evaluations", str(len(F08_TOWNS)), "个", q_n)
    fx.batch("other", "乡镇（街道）预算绩效管理工作考核", project_count=len(F08_TOWNS),
             grades={g: len(by_grade[g]) for g in ("优秀", "良好", "合格")})  # fmt: skip
    for i, (town, score, g) in enumerate(F08_TOWNS, 1):
        fx.p(i, town, None, g, "other", score=score)
    fx.notes = (
        "SYNTHETIC. A county's grading of its 14 乡镇（街道）; batch type other (lower-government grading). As in the "
        "real corpus's city grading, the graded towns are recorded as projects (name=town, department=null) so the "
        "list is complete. Grades come only from the prose lists under each 等次 ('优秀等次（4个）：…'); scores only "
        "from the ranking table, which is laid out two-up (名次|乡镇（街道）|得分 twice per row, the last right-hand "
        "cells empty): zip grade and score by town name. 名次 is a rank, not a score. The counts in parentheses "
        "are the grade distribution."
    )
    return fx


# =============================================================================================== 09 霏州市
F09_COUNTIES = [
    ("霏城区", "95.6", "一档"),
    ("东霏区", "93.2", "一档"),
    ("汀茗县", "91.8", "一档"),
    ("岑湖县", "88.4", "二档"),
    ("翠岙县", "86.9", "二档"),
    ("峤川县", "85.0", "二档"),
    ("漱玉市", "83.7", "二档"),
    ("蒲湾县", "79.2", "三档"),
]


def f09_city_grades_counties() -> Fixture6:
    """A city grading its 县（市、区）: a table with 得分 and 考评档次 under a two-row header, the distribution by
    档次 in prose, last year's 档次 beside this year's (it must not be read as this year's)."""
    doc = Doc3("霏州市财政局")
    last_year = ["二档", "一档", "一档", "二档", "三档", "二档", "二档", "三档"]
    cnt = Counter(c[2] for c in F09_COUNTIES)
    title = doc.title("霏州市财政局关于2023年度县（市、区）", "预算绩效管理工作考评结果的通报")
    doc.doc_number("霏财绩〔2024〕8号", align="center")
    doc.line("各县（市、区）财政局：")
    q_n = f"市财政局对{len(F09_COUNTIES)}个县（市、区）2023年度预算绩效管理工作进行了考评"
    doc.para(
        f"按照《霏州市县级预算绩效管理工作考评办法》，{q_n}，考评采取资料审核、系统数据比对和实地抽查相结合"
        "的方式，满分100分。根据考评得分，考评结果分为一档、二档、三档。"
    )
    doc.heading(1, "一、考评结果")
    parts = "；".join(
        f"{g}{cnt[g]}个，为{'、'.join(c[0] for c in F09_COUNTIES if c[2] == g)}" for g in ("一档", "二档", "三档")
    )
    doc.para(f"考评结果为：{parts}。")
    doc.caption("2023年度县（市、区）预算绩效管理工作考评结果表", font=KAI)
    rows = [[str(i), c, s, g, ly] for i, ((c, s, g), ly) in enumerate(zip(F09_COUNTIES, last_year, strict=True), 1)]
    doc.table(
        [["序号", "县（市、区）", "2023年度", LEFT, "2022年度"], [UP, UP, "考评得分", "考评档次", "考评档次"], *rows],
        [1.5, 4.2, 3.3, 3.3, 3.3],
        header_rows=2,
        size=12,
    )
    doc.heading(1, "二、主要做法和存在问题")
    doc.para(
        "各地认真落实全面实施预算绩效管理要求，霏城区、东霏区实现事前绩效评估全覆盖，汀茗县探索开展乡镇财政"
        "运行综合绩效评价，取得较好成效。但也有个别县区绩效目标审核把关不严，评价结果应用不够充分，绩效信息"
        "公开不及时、不完整。"
    )
    doc.heading(1, "三、结果应用")
    doc.para(
        "考评结果将作为市对县转移支付资金分配的因素之一。考评结果为一档的县（市、区），在2025年度市级财政"
        "预算绩效奖补资金分配中给予倾斜；考评结果为三档的，由市财政局约谈其财政部门主要负责人。"
    )
    doc.signature("霏州市财政局", "2024年5月9日")
    doc.footer("dash")

    fx = fixture("word6_09_city_grades_counties", "city grading its 县（市、区）: 一档/二档/三档 in prose with names, "
                 "a table with a two-row merged header and last year's 档次 beside this year's", doc,
                 title=title, region="霏州市", year=2023)  # fmt: skip
    fx.m("lower_government_evaluations", str(len(F09_COUNTIES)), "个", q_n)
    fx.batch("other", "县（市、区）预算绩效管理工作考评", project_count=len(F09_COUNTIES),
             grades={g: cnt[g] for g in ("一档", "二档", "三档")})  # fmt: skip
    for i, (c, s, g) in enumerate(F09_COUNTIES, 1):
        fx.p(i, c, None, g, "other", score=s)
    fx.notes = (
        "SYNTHETIC. A city's grading of its 8 invented counties/districts (lower-government grading, batch other); "
        "the graded areas are recorded as projects (name=area, department=null) as the real corpus does for "
        "graded cities. Region is the city whose bureau graded (霏州市). The table has a two-row header: '2023年度' "
        "merged over 考评得分|考评档次, then a '2022年度' 考评档次 column with LAST year's grades, which must not be "
        "read as this year's (it differs for 霏城区 and 翠岙县). Grade keys are the document's own (一档/二档/"
        "三档). 文号 '霏财绩〔2024〕8号' is noise."
    )
    return fx


# =============================================================================================== 10 荇溪县 (scan)
F10_KEY = [
    ("县城集中供热管网改造工程", "县住房和城乡建设局", "1,286.00", "83.5", "良好"),
    ("乡村振兴衔接资金产业发展项目", "县乡村振兴局", "2,450.70", "88.0", "良好"),
    ("县级储备粮轮换费用补贴", "县发展和改革局", "318.00", "91.5", "优秀"),
    ("智慧医共体信息化建设项目", "县卫生健康局", "765.40", "72.0", "中等"),
    ("中小学校舍维修改造资金", "县教育局", "980.00", "90.0", "优秀"),
    ("河道综合治理项目", "县水利局", "1,534.25", "86.5", "良好"),
]


def f10_scanned_notice() -> Fixture6:
    """The same kind as an ordinary 重点评价 通报, but printed, stamped and scanned: an image-only PDF."""
    doc = Doc3("荇溪县财政局")
    total = sum((D(r[2].replace(",", "")) for r in F10_KEY), D(0))
    cnt = Counter(r[4] for r in F10_KEY)
    doc.red_letterhead("荇溪县财政局", "荇财〔2024〕21号")
    title = doc.title("关于2023年度县级重点项目", "绩效评价结果的通报")
    doc.line("县直各部门：")
    q_key = f"县财政局委托第三方机构对{len(F10_KEY)}个县级重点项目开展了绩效评价"
    q_amt = f"涉及财政资金{money(total)}万元"
    doc.para(f"2024年3月至6月，{q_key}，{q_amt}。现将评价结果通报如下：")
    order = ("优秀", "良好", "中等")
    doc.para("评价结果为" + "，".join(f"{g}{cnt[g]}个" for g in order) + "，无较差项目。")
    rows = [[str(i), n, d, a, s, g] for i, (n, d, a, s, g) in enumerate(F10_KEY, 1)]
    rows.append(["合计", LEFT, None, money(total), None, None])
    doc.caption("县级重点项目绩效评价结果一览表", font=HEI, size=14)
    doc.unit_line("单位：万元")
    doc.table(table_rows(["序号", "项目名称", "主管部门", "资金规模", "得分", "等级"], rows),
              [1.2, 5.4, 3.6, 2.2, 1.6, 1.6], align=list("cllrcc"), size=11)  # fmt: skip
    doc.para(
        "各部门要高度重视评价发现的问题，认真制定整改措施，于2024年8月30日前将整改情况书面报送县财政局。县财政局"
        "将评价结果作为2025年度预算安排的重要依据，对评价结果为中等的项目从严审核预算。"
    )
    doc.signature("荇溪县财政局", "2024年7月16日")

    fx = fixture("word6_10_scanned_notice", "SCANNED county 重点评价 通报 (image-only PDF, seal, slight rotation): "
                 "table with 合计, 优秀/良好/中等, explicit zero 较差", doc,
                 title=title, region="荇溪县", year=2023, tagged=False,
                 scan={"dpi": 200, "angles": [0.35, -0.4], "colour": False, "noise": 4.0, "seed": 606,
                       "seal": {"text": "荇溪县财政局", "near": "2024年7月16日"}})  # fmt: skip
    fx.m("key_evaluated_projects", str(len(F10_KEY)), "个", q_key)
    fx.m("key_evaluated_amount", money(total), "万元", q_amt)
    fx.batch("key", "重点项目绩效评价", project_count=len(F10_KEY), amount=total, amount_unit="万元",
             grades={**{g: cnt[g] for g in order}, "较差": 0})  # fmt: skip
    for i, (n, d, a, s, g) in enumerate(F10_KEY, 1):
        fx.p(i, n, d, g, "key", score=s, amount=a, unit="万元")
    fx.printed.append(money(total))
    fx.notes = (
        "SYNTHETIC. Key-evaluation 通报 of an invented county, printed, stamped and scanned: the published PDF has "
        "no text layer (OCR needed); the gold was checked against the PDF before rasterising. Grade words "
        "优秀/良好/中等 with '无较差项目' kept as an explicit zero (较差: 0). Amounts in 万元 from '单位：万元' above "
        "the table; the 合计 row is not a project. 文号 '荇财〔2024〕21号' is noise."
    )
    return fx


FIXTURES: list[Callable[[], Fixture6]] = [
    f01_county_annual,
    f02_city_key_notice,
    f03_district_overall,
    f04_review_notice,
    f05_province_self_report,
    f06_bond_notice,
    f07_policy_notice,
    f08_township_grading,
    f09_city_grades_counties,
    f10_scanned_notice,
]


# ------------------------------------------------------------------------------------------------ README
README_HEAD = """# Word-made fixtures, sixth set (`word6_*`) — SYNTHETIC

**Everything here is SYNTHETIC.** The regions (澄屿县, 岚泽市, 檀坞区, 芷湄县, 云岫省, 蕖阳市, 栎川县, 芃原县,
霏州市, 荇溪县), departments, units, towns, projects, policies, bonds and figures are invented; none is a real
report.

Written by a sixth author who did not read the parser, the scorer or the other sets' layouts, from the genre: the
real corpus's README and gold, the sample report, and bureau pages found with the search tool (result 公告, 通报
with a letterhead and 版记, bond 公示 tables with 发行金额（亿元）, a department's own 自评 report). Mostly ordinary
reports as county, city and district bureaus, line departments and a provincial department publish them, each
worded in its own habits; one is scanned. Made by `tools/make_word_fixtures_6.py` (`make word-fixtures-6`):
python-docx documents exported to PDF by LibreOffice headless.

How the gold was checked, by the generator before writing it: every quote, title, name, department and grade is in
the docx text; every metric value is in its quote; every score and amount of the gold is printed in the text as a
whole number; the grade keys and batch labels are in the text. Then the same strings and numbers in the exported
PDF's text layer, read by PDFium and by pdfplumber (page numbers and the running header stripped). The scanned
fixture is checked against the PDF before it is rasterised, and the published PDF is checked to have no text layer.
Judgement calls are in each gold's `notes`.

| fixture | pages | text layer | what it exercises |
|---|---|---|---|"""


def write_readme(out_dir: Path, fixtures: list[Fixture6], infos: dict[str, dict[str, Any]]) -> None:
    lines = [README_HEAD]
    for fx in fixtures:
        info = infos.get(fx.name, {})
        layer = "none (scan)" if fx.scan else "yes"
        lines.append(f"| `{fx.name}` | {info.get('pages', '?')} | {layer} | {fx.what} |")
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_gold(fx: Fixture6, out_dir: Path) -> None:
    (out_dir / f"{fx.name}.json").write_text(
        json.dumps(fx.gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def check_pdf6(pdf: Path, fx: Fixture6) -> tuple[list[str], dict[str, Any]]:
    problems, info = check_pdf3(pdf, fx)
    pages_a, pages_b, _ = read_pdf(pdf, fx)
    for engine, pages in (("PDFium", pages_a), ("pdfplumber", pages_b)):
        # the page text as laid out (cells and lines apart), so that a number is found whole, not glued to the next
        problems += check_numbers(fx, "\n".join(pages), engine)
    return problems, info


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
        problems = check_doc(fx, {}) + check_numbers(fx, "\n".join(fx.doc.text), "docx")
        if problems:
            failed = True
            print(f"{fx.name}: gold disagrees with the document:\n  " + "\n  ".join(problems), file=sys.stderr)
    if failed:
        return 1
    infos: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-word6-") as tmp:
        work = Path(tmp)
        scan_dir = work / "scan"
        groups: dict[tuple[str, bool], list[Fixture6]] = {}
        for fx in fixtures:
            fx.doc.save(work / f"{fx.name}.docx")
            key = (json.dumps(export_options(fx), sort_keys=True, ensure_ascii=False), bool(fx.scan))
            groups.setdefault(key, []).append(fx)
        for (_, is_scan), fxs in groups.items():
            convert3(soffice, [work / f"{fx.name}.docx" for fx in fxs], scan_dir if is_scan else out_dir,
                     export_options(fxs[0]))  # fmt: skip
        for fx in fixtures:
            pdf = (scan_dir if fx.scan else out_dir) / f"{fx.name}.pdf"
            problems, info = check_pdf6(pdf, fx)
            if fx.scan:
                pages = rasterise(pdf, out_dir / f"{fx.name}.pdf", fx.scan)
                n, chars = no_text_layer(out_dir / f"{fx.name}.pdf")
                if chars or n != pages:
                    problems.append(f"the scan has {chars} characters in its text layer over {n} pages")
                info = {**info, "pages": n, "scan_chars": chars}
            if not 2 <= info["pages"] <= 5:
                problems.append(f"{info['pages']} pages, not 2–5")
            infos[fx.name] = info
            if args.keep_docx:
                shutil.copy(work / f"{fx.name}.docx", out_dir / f"{fx.name}.docx")
            write_gold(fx, out_dir)
            status = "ok" if not problems else "PROBLEMS:\n    " + "\n    ".join(problems)
            print(f"  {fx.name}: {info.get('pages', '?')} pages, {info.get('tables', '?')} tables: {status}")
            failed = failed or bool(problems)
    print(f"{len(fixtures)} fixtures written to {out_dir} in {time.perf_counter() - started:.1f} s")
    if not args.only:
        write_readme(out_dir, fixtures, infos)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
