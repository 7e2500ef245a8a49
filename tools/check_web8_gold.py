"""Check the web8 gold against its page texts: every string of the gold (title, region, quotes, batch labels, grade
words, names, departments, units) and every number (counts, amounts, scores, shares, the year) must be found in the
page text, numbers as whole numbers (not inside a longer one), written plain or with thousands separators.

Usage: python tools/check_web8_gold.py [FOLDER]   (default tests/fixtures/web8; exits 1 on any failure)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web8"
# The gold writes units in its normal vocabulary; a page in traditional characters prints them in traditional forms.
UNIT_FORMS = {
    "个": ("个", "個"),
    "万元": ("万元", "萬元"),
    "亿元": ("亿元", "億元"),
    "项": ("项", "項"),
    "家": ("家",),
    "%": ("%",),
}
BATCH_TYPES = {"key", "sampling", "self", "department_overall", "other"}
# Counts of 1 the page implies by naming one object instead of printing a figure (each explained in the notes).
IMPLIED_ONE = {
    ("S04_wuyuan_round_2022", "部门整体评价"),  # '选取县自然资源局开展部门整体支出绩效评价'
    ("S10_yunxu_project_self_2023", "项目支出绩效自评"),  # a report on one project
    ("S11_anyu_dept_self_2023", "部门整体支出绩效自评"),  # a report on one department
}


def number_forms(value: float) -> list[str]:
    """The ways a page may print the number: 1326 / 1,326; 21508.6 / 21,508.6; 87.0 -> 87."""
    if float(value).is_integer():
        whole = int(value)
        return sorted({str(whole), f"{whole:,}"})
    plain = repr(float(value))
    whole, fraction = plain.split(".")
    return sorted({plain, f"{int(whole):,}.{fraction}"})


def number_in(value: float, text: str) -> bool:
    """True when one form stands alone: not glued to digits, a decimal point or a thousands separator."""
    return any(re.search(rf"(?<![\d.])(?<!\d,){re.escape(form)}(?![\d]|[.,]\d)", text) for form in number_forms(value))


def check(stem: str, gold: dict, text: str) -> list[str]:
    problems: list[str] = []

    def need_string(what: str, value: str | None) -> None:
        if value is not None and value not in text:
            problems.append(f"{what} {value!r} not in text")

    def need_number(what: str, value: float | None, where: str = "") -> None:
        if value is not None and not number_in(value, where or text):
            problems.append(f"{what} {value!r} not in {'quote' if where else 'text'}")

    def need_unit(what: str, unit: str | None) -> None:
        if unit is not None and not any(form in text for form in UNIT_FORMS.get(unit, (unit,))):
            problems.append(f"{what} unit {unit!r} not in text")

    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        problems.append("gold not marked synthetic")
    if not text.startswith("# source: synthetic\n"):
        problems.append("text line 1 is not '# source: synthetic'")
    if not gold.get("notes", "").startswith("SYNTHETIC"):
        problems.append("notes do not start with SYNTHETIC")
    need_string("title", gold["title"])
    need_string("region", gold["region"])
    need_number("fiscal_year", gold["fiscal_year"])
    for metric in gold["headline_metrics"]:
        need_string(f"metric {metric['metric']} quote", metric["quote"])
        need_number(f"metric {metric['metric']} value", metric["value"], metric["quote"])
        need_unit(f"metric {metric['metric']}", metric["unit"])
    for batch in gold["evaluation_batches"]:
        label = batch["label_zh"]
        if batch["type"] not in BATCH_TYPES:
            problems.append(f"batch {label} has unknown type {batch['type']!r}")
        need_string("batch label", label)
        for field in ("project_count", "department_count", "amount"):
            if batch[field] == 1 and field != "amount" and (stem, label) in IMPLIED_ONE:
                continue
            need_number(f"batch {label} {field}", batch[field])
        need_unit(f"batch {label}", batch["amount_unit"])
        for grade, count in (batch["grades"] or {}).items():
            need_string(f"batch {label} grade", grade)
            if count != 0:  # explicit zeros are written in words ('无…', '没有…'), see the notes
                need_number(f"batch {label} grade {grade} count", count)
        for grade, share in (batch["grade_shares_pct"] or {}).items():
            need_number(f"batch {label} grade {grade} share", share)
        if batch["grades"] and batch["project_count"] and sum(batch["grades"].values()) != batch["project_count"]:
            problems.append(f"batch {label}: grade counts do not sum to project_count")
    types = {batch["type"] for batch in gold["evaluation_batches"]}
    for project in gold["projects"]:
        where = f"project {project['seq']}"
        need_string(f"{where} name", project["name"])
        need_string(f"{where} department", project["department"])
        need_string(f"{where} grade", project["grade"])
        need_number(f"{where} score", project["score"])
        need_number(f"{where} amount", project["amount"])
        need_unit(where, project["amount_unit"])
        if project["batch_type"] not in types:
            problems.append(f"{where} batch_type {project['batch_type']!r} has no batch")
    for evaluation in gold["department_evaluations"]:
        where = f"department {evaluation['unit']}"
        need_string(where, evaluation["unit"])
        need_string(f"{where} parent", evaluation["parent_department"])
        need_string(f"{where} grade", evaluation["grade"])
        need_number(f"{where} score", evaluation["score"])
    return [f"{stem}: {problem}" for problem in problems]


def main(folder: Path) -> int:
    golds = sorted((folder / "gold").glob("*.json"))
    texts = {path.stem for path in (folder / "texts").glob("*.txt")}
    problems = [f"{stem}: text without gold" for stem in sorted(texts - {path.stem for path in golds})]
    checked = 0
    for path in golds:
        if path.stem not in texts:
            problems.append(f"{path.stem}: gold without text")
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        problems += check(path.stem, gold, (folder / "texts" / f"{path.stem}.txt").read_text(encoding="utf-8"))
        checked += 1
    for problem in problems:
        print(problem)
    print(f"checked {checked} gold files: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER))
