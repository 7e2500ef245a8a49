"""Check the hand-written gold of the synthetic web pages in `tests/fixtures/web2` against their texts.

Every string of the gold (title, region, quotes, batch labels, grade words, project names, departments, units,
department-evaluation units) must occur verbatim in the page text, and every number (fiscal year, metric values,
counts, amounts, scores, grade counts and shares) must occur in it as a number (thousands separators allowed).
Two exceptions: a batch count may instead equal the number of gold rows of that batch (projects of its type, or
department evaluations for a department-overall batch), as the real gold derives counts from a table's rows when a
notice gives no total; and a grade count of 0 needs `无…<grade>` in the text (an explicit zero). Also checks the
gold shape: required keys, `"synthetic": true`, `source_url` "synthetic", non-empty `notes`, and text line 1
`# source: synthetic`.

Usage: python tools/check_web2_gold.py [FOLDER]   (default tests/fixtures/web2); exits 1 on any failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web2"
KEYS = {
    "source_url",
    "synthetic",
    "title",
    "region",
    "fiscal_year",
    "headline_metrics",
    "evaluation_batches",
    "projects",
    "department_evaluations",
    "notes",
}
BATCH_TYPES = {"key", "sampling", "self", "department_overall", "other"}
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def numbers_in(text: str) -> set[float]:
    return {float(match.replace(",", "")) for match in _NUMBER.findall(text)}


def stated_zero(text: str, grade: str) -> bool:
    """An explicit zero is written in words: `无“差”等次项目`, `无评价结果为“差”的项目`."""
    return re.search("无[^。;；,，]{0,12}?" + re.escape(grade), text) is not None


def check(stem: str, text: str, gold: dict) -> list[str]:
    problems: list[str] = []
    numbers = numbers_in(text)

    def need_string(value: object, where: str) -> None:
        if value is not None and str(value) not in text:
            problems.append(f"{where}: string {value!r} not in text")

    def need_number(value: object, where: str, rows: int | None = None) -> None:
        if value is None:
            return
        if not isinstance(value, (int, float)):
            problems.append(f"{where}: {value!r} is not a number")
        elif not any(abs(float(value) - found) < 1e-9 for found in numbers) and value != rows:
            problems.append(f"{where}: number {value!r} not in text")

    if set(gold) != KEYS:
        problems.append(f"keys differ: {sorted(set(gold) ^ KEYS)}")
    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        problems.append("not marked synthetic")
    if not gold.get("notes"):
        problems.append("notes empty")
    if not text.startswith("# source: synthetic\n"):
        problems.append("text line 1 is not '# source: synthetic'")
    need_string(gold["title"], "title")
    need_string(gold["region"], "region")
    need_number(gold["fiscal_year"], "fiscal_year")
    for metric in gold["headline_metrics"]:
        where = f"metric {metric['metric']}"
        need_string(metric["quote"], where)
        need_string(metric["unit"], where)
        need_number(metric["value"], where)
        if isinstance(metric["value"], (int, float)) and not any(
            abs(float(metric["value"]) - found) < 1e-9 for found in numbers_in(metric["quote"])
        ):
            problems.append(f"{where}: value {metric['value']} not in its own quote")
    for batch in gold["evaluation_batches"]:
        where = f"batch {batch['type']}/{batch['label_zh']}"
        if batch["type"] not in BATCH_TYPES:
            problems.append(f"{where}: unknown type")
        need_string(batch["label_zh"], where)
        need_string(batch["amount_unit"], where)
        need_number(batch["amount"], where)
        if batch["type"] == "department_overall":
            rows = len(gold["department_evaluations"])
        else:
            rows = sum(1 for project in gold["projects"] if project["batch_type"] == batch["type"])
        need_number(batch["project_count"], where + " project_count", rows)
        need_number(batch["department_count"], where + " department_count", rows)
        for field in ("grades", "grade_shares_pct"):
            for grade, value in (batch[field] or {}).items():
                need_string(grade, f"{where} {field}")
                if not (field == "grades" and value == 0 and stated_zero(text, grade)):
                    need_number(value, f"{where} {field}[{grade}]")
    for project in gold["projects"]:
        where = f"project {project['seq']}"
        for field in ("name", "department", "grade", "amount_unit"):
            need_string(project[field], f"{where} {field}")
        need_number(project["score"], where + " score")
        need_number(project["amount"], where + " amount")
        if project["batch_type"] not in {batch["type"] for batch in gold["evaluation_batches"]}:
            problems.append(f"{where}: batch_type {project['batch_type']!r} has no batch")
    for evaluation in gold["department_evaluations"]:
        where = f"department {evaluation['unit']}"
        for field in ("unit", "parent_department", "grade"):
            need_string(evaluation[field], where)
        need_number(evaluation["score"], where + " score")
    return [f"{stem}: {problem}" for problem in problems]


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    golds = sorted((folder / "gold").glob("*.json"))
    problems: list[str] = []
    checked = 0
    for gold_path in golds:
        text_path = folder / "texts" / f"{gold_path.stem}.txt"
        if not text_path.exists():
            problems.append(f"{gold_path.stem}: no text")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        problems += check(gold_path.stem, text_path.read_text(encoding="utf-8"), gold)
        checked += 1
    texts = {path.stem for path in (folder / "texts").glob("*.txt")}
    problems += [f"{stem}: text without gold" for stem in sorted(texts - {path.stem for path in golds})]
    for problem in problems:
        print(problem)
    print(f"checked {checked} gold files in {folder}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
