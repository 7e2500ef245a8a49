"""Generate the SYNTHETIC hostile reports of the browser tests (tests/test_browse.py): a PDF and a web page of the
fictional 白沙县本级 whose project and department names carry markup (`<script>…</script>`, `"'><img src=x
onerror=…>`), so that the test sees them shown as text and never run. Nothing here is a real figure.

Usage: python tools/make_browse_fixtures.py [OUT_DIR]   (default tests/fixtures/browse/)
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_layout import Heading, Para, Style, Title, render

ROOT = Path(__file__).resolve().parent.parent
SCRIPT_NAME = "农田水利<script>document.title='pwned'</script>改造"
IMG_NAME = "\"'><img src=x onerror=alert(2)>河道整治"
IMG_DEPARTMENT = "县\"'><img src=x onerror=alert(4)>住建局"
HANDLER_NAME = "乡村道路养护<b onmouseover=alert(3)>专项"


def pdf_report() -> bytes:
    title = "2023年度白沙县本级预算绩效管理情况"
    elements = [
        Title(title),
        Para("（合成测试数据，SYNTHETIC，非真实数字）"),
        Heading("一、工作开展情况"),
        Para("县级部门及预算单位完成对上年度620个项目绩效自评，在系统中完成2023年588个预算项目运行监控。"),
        Para(
            "财政按项目数10%的比例实施抽评项目62个，涉及财政资金1.84亿元，评价结果等次为优的项目20个，"
            "良30个，中10个，差2个。"
        ),
        Heading("二、绩效评价结果情况"),
        Heading("（一）财政重点评价结果"),
        Para("2023年县财政局共组织开展重点绩效评价项目3个，预算金额0.46亿元。评价结果如下："),
        Para(f"项目1：{SCRIPT_NAME}"),
        Para("主管部门：县水利局"),
        Para("评价结果：优。"),
        Para(f"项目2：{IMG_NAME}"),
        Para(f"主管部门：{IMG_DEPARTMENT}"),
        Para("评价结果：中。"),
        Para("项目3：乡村道路养护专项"),
        Para("主管部门：县交通运输局"),
        Para("评价结果：良。"),
    ]
    return render(elements, Style(), title)  # type: ignore[arg-type]


def web_report() -> str:
    title = "2022年度白沙县本级预算绩效管理情况"
    paragraphs = [
        "（合成测试数据 SYNTHETIC，非真实数字）",
        "县级部门及预算单位完成对上年度600个项目绩效自评，在系统中完成2022年570个预算项目运行监控。",
        "财政按项目数10%的比例实施抽评项目60个，涉及财政资金1.70亿元，评价结果等次为优的项目18个，良30个，中10个，差2个。",
        "2022年县财政局共组织开展重点绩效评价项目1个，预算金额0.30亿元。评价结果如下：",
        f"项目1：{HANDLER_NAME}",
        "主管部门：县交通运输局",
        "评价结果：良。",
    ]
    body = "\n".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="article"><h1>{title}</h1>
{body}
</div></body></html>
"""


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "fixtures" / "browse"
    out.mkdir(parents=True, exist_ok=True)
    (out / "synthetic_hostile_baisha_2023.pdf").write_bytes(pdf_report())
    (out / "synthetic_hostile_baisha_2022.html").write_text(web_report(), encoding="utf-8")
    print(f"wrote the hostile synthetic reports to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
