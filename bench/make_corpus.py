"""Generate the SYNTHETIC benchmark corpus: report PDFs of fictional regions and years, about 7–8 pages each, about
a fifth of the pages carrying a ruled table (the family's shapes: prose headline figures, `项目N：` lists, a
department table in 万元). Deterministic (seeded); nothing here is a real figure.

Usage: python bench/make_corpus.py OUT_DIR [--reports N]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from pdf_layout import Heading, Para, Style, Table, Title, render  # noqa: E402 (tools/ is not a package)

PLACES = ["青山", "云溪", "松台", "石门", "白沙", "临江", "鹤鸣", "桃源", "金川", "玉泉", "龙湾", "清河"]
LEVELS = ["市本级", "县", "区"]
YEARS = range(2019, 2025)
DEPARTMENTS = [
    "市教育局",
    "市民政局",
    "市财政局",
    "市水利局",
    "市农业农村局",
    "市卫生健康委员会",
    "市交通运输局",
    "市生态环境局",
    "市科学技术局",
    "市商务局",
    "市文化广电旅游局",
    "市住房和城乡建设局",
    "市人力资源和社会保障局",
    "市市场监督管理局",
    "市医疗保障局",
    "市自然资源和规划局",
]
SUBJECTS = [
    "农村饮用水提标",
    "中小学校舍改造",
    "居家养老服务补贴",
    "智慧城市运行平台",
    "河道综合治理",
    "科技创新券",
    "文化惠民工程",
    "公共卫生服务",
    "高标准农田建设",
    "城乡公交一体化",
    "就业创业补贴",
    "老旧小区改造",
    "食品安全抽检",
    "医疗救助",
    "地质灾害防治",
    "外贸稳增长",
    "数字乡村建设",
    "全域旅游示范区",
]
GRADES = ["优", "良", "中", "差"]
WORK = [
    "健全预算绩效管理制度体系，修订项目支出绩效评价管理办法，明确评价主体、评价程序和结果应用要求",
    "全面开展绩效目标管理，将绩效目标审核嵌入预算编制流程，目标不明确、指标不合理的项目不予安排预算",
    "强化绩效运行监控，对预算执行进度慢、绩效目标偏离的项目及时预警，督促主管部门分析原因并整改",
    "扩大财政重点评价覆盖面，引入第三方机构参与评价，建立评价报告质量考核机制",
    "推进评价结果与预算安排挂钩，评价等级为中、差的项目压减下年度预算，问题整改情况纳入部门考核",
    "推动绩效信息公开，部门整体支出绩效自评结果随部门决算向社会公开，接受人大和社会监督",
    "加强绩效管理队伍建设，组织业务培训，提升预算单位绩效管理能力",
    "完善绩效指标体系，分行业分领域建立共性指标和个性指标库，指标的可衡量性进一步提升",
]


def _amount(generator: random.Random) -> str:
    return f"{generator.randint(50, 9800)}.{generator.randint(0, 99):02d}"


def report(index: int) -> tuple[list[object], str]:
    generator = random.Random(index)
    region = PLACES[index % len(PLACES)] + LEVELS[(index // len(PLACES)) % len(LEVELS)]
    year = YEARS[index % len(YEARS)]
    title = f"{year}年度{region}预算绩效管理情况"
    grades = [generator.randint(20, 60), generator.randint(60, 120), generator.randint(5, 20), generator.randint(0, 4)]
    sampled = sum(grades)
    elements: list[object] = [
        Title(title),
        Heading("一、工作开展情况"),
        Para(
            f"各部门及预算单位完成对上年度{sampled * 10}个项目绩效自评，在系统中完成{year}年"
            f"{generator.randint(700, 2000)}个预算项目运行监控。"
        ),
        Para(
            f"财政按项目数10%的比例实施抽评项目{sampled}个，涉及财政资金{generator.randint(2, 12)}."
            f"{generator.randint(10, 99)}亿元，评价结果等次为优的项目{grades[0]}个，良{grades[1]}个，中{grades[2]}个，"
            f"差{grades[3]}个。"
        ),
    ]
    for paragraph in range(generator.randint(30, 36)):
        first, second = generator.sample(WORK, 2)
        elements.append(Para(f"{first}；{second}。相关工作按年度计划推进，取得阶段性成效。"))
        if paragraph == 5:
            elements.append(Heading("二、绩效评价结果情况"))
    projects = generator.sample(SUBJECTS, 6)
    elements += [
        Heading("（一）财政重点评价结果"),
        Para(f"{year}年财政部门共组织开展重点绩效评价项目{len(projects)}个。评价结果如下："),
    ]
    for seq, subject in enumerate(projects, start=1):
        elements += [
            Para(f"项目{seq}：{subject}项目"),
            Para(f"主管部门：{generator.choice(DEPARTMENTS)}"),
            Para(f"评价结果：{generator.choice(GRADES)}。"),
        ]
    rows = [
        [
            str(seq),
            generator.choice(DEPARTMENTS),
            f"{generator.choice(SUBJECTS)}专项资金",
            _amount(generator),
            generator.choice(GRADES),
        ]
        for seq in range(1, generator.randint(16, 22))
    ]
    elements += [
        Heading("（二）部门绩效评价结果"),
        Para("部门组织开展的绩效评价项目结果见下表。"),
        Table(["序号", "主管部门", "项目名称", "金额(万元)", "评价等级"], rows, [0.08, 0.26, 0.40, 0.14, 0.12]),
        Heading("三、下一步工作"),
        Para("下一步，将继续深化预算绩效管理改革，推动绩效评价结果与预算安排有机衔接。"),
    ]
    return elements, title


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--reports", type=int, default=200)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for index in range(args.reports):
        path = args.out / f"synthetic_bench_{index:04d}.pdf"
        if not path.exists():
            elements, title = report(index)
            path.write_bytes(render(elements, Style(), title))  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
