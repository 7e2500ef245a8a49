"""Generate the SYNTHETIC multi-year samples: four annual reports of the fictional 青山市本级 (2021–2024).

Departments recur under varied names (湖州-style `青山市市场监管局`, `市市场监督管理局`, …), projects recur with year
ranges, region prefixes and small wording changes, grades change, and near-miss projects (一期/二期, two different
市场监管 funds) must stay apart. The generator's own truth — which printed names are one project — is written to
`samples/synthetic_qingshan_truth.json` for the tests. Nothing here is a real figure.

Usage: python tools/make_samples.py [OUT_DIR]   (default samples/)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_layout import Heading, Para, Style, Title, render

ROOT = Path(__file__).resolve().parent.parent
REGION = "青山市本级"

# truth id → {year: (printed project name, printed department, grade)}
PROJECTS: dict[str, dict[int, tuple[str, str, str]]] = {
    "drinking_water": {
        2021: ("农村饮用水达标提标工程（2021-2023年）", "青山市水利局", "良"),
        2022: ("农村饮用水达标提标工程", "市水利局", "良"),
        2023: ("农村饮用水达标提标工程（2022-2024年）", "青山市水利局", "优"),
    },
    "craftsmen": {
        2021: ("“青山工匠”技能提升行动", "青山市人力社保局", "中"),
        2023: ("“青山工匠”技能提升行动", "青山市人力资源和社会保障局", "良"),
        2024: ("青山工匠技能提升行动", "市人力社保局", "优"),
    },
    "smart_city": {
        2022: ("智慧城市运行管理平台建设", "青山市大数据发展管理局", "中"),
        2024: ("青山市智慧城市运行管理平台建设", "市数据局", "良"),
    },
    "community_phase_1": {2021: ("社区阵地建设一期", "中共青山市委组织部", "优")},
    "community_phase_2": {2023: ("社区阵地建设二期", "市委组织部", "良")},
    "medical_insurance": {
        2021: ("城乡居民基本医疗保险市级补助", "青山市医疗保障局", "良"),
        2022: ("城乡居民基本医疗保险市级补助", "青山市医保局", "良"),
        2024: ("城乡居民基本医疗保险市级补助资金", "市医疗保障局", "中"),
    },
    "market_entities": {2022: ("市场主体培育专项资金", "青山市市场监管局", "良")},
    "market_supervision": {2023: ("市场监管执法装备专项资金", "市市场监督管理局", "中")},
    "school_buildings": {
        2023: ("中小学校舍安全改造", "青山市教育局", "良"),
        2024: ("中小学校舍安全改造工程", "市教育局", "优"),
    },
    "elderly_care": {
        2022: ("居家养老服务补贴", "青山市民政局", "差"),
        2023: ("居家养老服务补贴", "青山市民政局", "中"),
        2024: ("居家养老服务补贴", "市民政局", "良"),
    },
    "river_chief": {2021: ("河长制工作经费", "青山市水利局", "优")},
    "tourism": {2024: ("全域旅游示范区创建", "青山市文广旅局", "良")},
}

# year → (self-evaluated, monitored, sampled, sampled amount 亿元, grades 优/良/中/差, key amount 亿元)
HEADLINES = {
    2021: (1380, 1205, 138, "4.12", (30, 88, 16, 4), "1.35"),
    2022: (1422, 1290, 142, "4.56", (36, 90, 13, 3), "1.62"),
    2023: (1475, 1333, 148, "4.98", (45, 91, 10, 2), "1.97"),
    2024: (1510, 1402, 151, "5.31", (52, 89, 9, 1), "2.08"),
}


def report(year: int) -> tuple[list[object], str]:
    title = f"{year}年度青山市本级预算绩效管理情况"
    self_count, monitored, sampled, sampled_amount, grades, key_amount = HEADLINES[year]
    excellent, good, fair, poor = grades
    projects = [entry[year] for entry in PROJECTS.values() if year in entry]
    elements: list[object] = [
        Title(title),
        Heading("一、工作开展情况"),
        Para(
            f"市级部门及预算单位完成对上年度{self_count}个项目绩效自评，在系统中完成{year}年{monitored}个预算项目运行监控。"
        ),
        Para(
            f"财政按项目数10%的比例实施抽评项目{sampled}个，涉及财政资金{sampled_amount}亿元，评价结果等次为优的项目"
            f"{excellent}个，良{good}个，中{fair}个，差{poor}个。"
        ),
        Heading("二、绩效评价结果情况"),
        Heading("（一）财政重点评价结果"),
        Para(f"{year}年市财政局共组织开展重点绩效评价项目{len(projects)}个，预算金额{key_amount}亿元。评价结果如下："),
    ]
    for seq, (name, department, grade) in enumerate(projects, start=1):
        elements += [Para(f"项目{seq}：{name}"), Para(f"主管部门：{department}"), Para(f"评价结果：{grade}。")]
    return elements, title


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "samples"
    out.mkdir(parents=True, exist_ok=True)
    for year in HEADLINES:
        elements, title = report(year)
        (out / f"synthetic_qingshan_{year}.pdf").write_bytes(render(elements, Style(), title))  # type: ignore[arg-type]
        print(f"wrote synthetic_qingshan_{year}.pdf")
    truth = {
        "synthetic": True,
        "region": REGION,
        "projects": {
            identity: [{"year": year, "name": name, "department": dept} for year, (name, dept, _) in years.items()]
            for identity, years in PROJECTS.items()
        },
    }
    (out / "synthetic_qingshan_truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
