"""Check the gold of the synthetic web pages in `tests/fixtures/web4` against their texts.

Every gold file must be marked synthetic, and everything it asserts must be on its page: every quote verbatim, the
title, region and fiscal year, every project name, department, unit and grade word, every grade key, and every
number (metric values inside their own quote; batch counts, amounts, grade counts and shares; scores and amounts of
projects and units). Numbers are looked up in the text with thousands separators removed (`1,274` -> `1274`) and
must stand alone (`85` does not match inside `85.2` or `185`). Explicit zero grade counts are not looked up as
numbers (the text says `无“低”等次`), but their grade word must be there.

Usage: python tools/check_web4_gold.py [FOLDER]   (default tests/fixtures/web4); exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web4"
UNITS = {"个", "万元", "亿元", "%"}
BATCH_TYPES = {"key", "sampling", "self", "department_overall", "other"}
_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def plain(text: str) -> str:
    """The text with thousands separators removed."""
    return _SEPARATOR.sub("", text)


def number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def has_number(text: str, value: float | int) -> bool:
    pattern = r"(?<![\d.])" + re.escape(number_text(value)) + r"(?!\d|\.\d)"
    return re.search(pattern, plain(text)) is not None


def check(gold: dict, text: str) -> list[str]:
    problems: list[str] = []

    def need_str(label: str, value: str | None) -> None:
        if value is not None and value not in text:
            problems.append(f"{label} not in text: {value!r}")

    def need_num(label: str, value: float | int | None, where: str = "") -> None:
        if value is not None and not has_number(where or text, value):
            problems.append(f"{label} not in {'quote' if where else 'text'}: {value!r}")

    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        problems.append("not marked synthetic (synthetic: true, source_url: synthetic)")
    if not text.startswith("# source: synthetic\n"):
        problems.append("text does not start with '# source: synthetic'")
    if not gold.get("notes", "").startswith("SYNTHETIC"):
        problems.append("notes do not start with SYNTHETIC")
    need_str("title", gold["title"])
    need_str("region", gold["region"])
    need_num("fiscal_year", gold["fiscal_year"])
    for metric in gold["headline_metrics"]:
        need_str(f"quote of {metric['metric']}", metric["quote"])
        need_num(f"value of {metric['metric']}", metric["value"], metric["quote"])
        if metric["unit"] not in UNITS:
            problems.append(f"unit of {metric['metric']} not canonical: {metric['unit']!r}")
    for batch in gold["evaluation_batches"]:
        label = f"batch {batch['label_zh']}"
        need_str(label, batch["label_zh"])
        if batch["type"] not in BATCH_TYPES:
            problems.append(f"{label}: type {batch['type']!r}")
        for field in ("project_count", "department_count", "amount"):
            need_num(f"{label} {field}", batch[field])
        if batch["amount_unit"] is not None and batch["amount_unit"] not in UNITS:
            problems.append(f"{label}: unit {batch['amount_unit']!r}")
        for kind in ("grades", "grade_shares_pct"):
            for grade, count in (batch[kind] or {}).items():
                need_str(f"{label} grade", grade)
                if count != 0:
                    need_num(f"{label} {kind}[{grade}]", count)
    for project in gold["projects"]:
        label = f"project {project['seq']}"
        for field in ("name", "department", "grade"):
            need_str(f"{label} {field}", project[field])
        for field in ("score", "amount"):
            need_num(f"{label} {field}", project[field])
        if (project["amount"] is None) != (project["amount_unit"] is None):
            problems.append(f"{label}: amount and amount_unit disagree")
        if project["batch_type"] not in BATCH_TYPES:
            problems.append(f"{label}: batch_type {project['batch_type']!r}")
    for unit in gold["department_evaluations"]:
        for field in ("unit", "parent_department", "grade"):
            need_str(f"unit {unit['unit']} {field}", unit[field])
        need_num(f"unit {unit['unit']} score", unit["score"])
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    texts = sorted((folder / "texts").glob("*.txt"))
    golds = sorted((folder / "gold").glob("*.json"))
    failed = 0
    if [path.stem for path in texts] != [path.stem for path in golds]:
        print("texts and gold files do not pair up")
        failed += 1
    counts = {"metrics": 0, "batches": 0, "projects": 0, "units": 0}
    for gold_path in golds:
        text = (folder / "texts" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        counts["metrics"] += len(gold["headline_metrics"])
        counts["batches"] += len(gold["evaluation_batches"])
        counts["projects"] += len(gold["projects"])
        counts["units"] += len(gold["department_evaluations"])
        problems = check(gold, text)
        print(f"{gold_path.stem}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"  - {problem}")
        failed += bool(problems)
    summary = ", ".join(f"{value} {key}" for key, value in counts.items())
    print(f"{len(golds)} gold files ({summary}); {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
