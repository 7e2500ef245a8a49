"""Check the web3 first-sight gold against its page texts (tests/fixtures/web3).

Every string of a gold (title, region, quotes, batch labels, grade words, project names, departments, units) must
occur verbatim in its text, and every number (metric values, counts, amounts, scores, shares) must occur in the
text as a number (thousands separators ignored). Metric values must also occur in their own quote.
The gold's own structure is checked too: synthetic flag, key set, seq order, batch types.
One exception, declared in the gold: a single-object report whose notes say "batch of one" may carry a batch count
of 1 that the text does not print. Small counts derived from table rows (a bond notice's 评价方式 column) are only
checked as numbers present somewhere in the text, which is a weak check for 1, 2, 3.

Usage: python tools/check_web3_gold.py [FOLDER]   (default tests/fixtures/web3); exit status 1 on any failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web3"
TOP_KEYS = {
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
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers_in(text: str) -> set[float]:
    return {float(token.replace(",", "")) for token in _NUMBER.findall(text)}


def check(gold_path: Path, text_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    problems: list[str] = []
    numbers = numbers_in(text)

    def need_str(value: str | None, what: str) -> None:
        if value is not None and value not in text:
            problems.append(f"{what}: {value!r} not in text")

    def need_num(value: float | None, what: str, where: set[float] = numbers) -> None:
        if value is not None and float(value) not in where:
            problems.append(f"{what}: {value!r} not in text")

    if set(gold) != TOP_KEYS:
        problems.append(f"keys differ: {sorted(set(gold) ^ TOP_KEYS)}")
    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        problems.append("not marked synthetic")
    if lines[0] != "# source: synthetic":
        problems.append("first line is not '# source: synthetic'")
    if not gold.get("notes"):
        problems.append("no notes")
    need_str(gold["title"], "title")
    need_str(gold["region"], "region")
    need_num(gold["fiscal_year"], "fiscal_year")
    for metric in gold["headline_metrics"]:
        need_str(metric["quote"], f"quote of {metric['metric']}")
        need_str(metric["unit"], f"unit of {metric['metric']}")
        need_num(metric["value"], f"value of {metric['metric']} (in its quote)", numbers_in(metric["quote"]))
    for batch in gold["evaluation_batches"]:
        label = batch["label_zh"]
        if batch["type"] not in BATCH_TYPES:
            problems.append(f"batch {label}: unknown type {batch['type']}")
        need_str(label, "batch label")
        need_str(batch["amount_unit"], f"batch {label} unit")
        for field in ("project_count", "department_count", "amount"):
            if field != "amount" and batch[field] == 1 and "batch of one" in gold["notes"]:
                continue
            need_num(batch[field], f"batch {label} {field}")
        for grade, count in (batch["grades"] or {}).items():
            need_str(grade, f"batch {label} grade word")
            need_num(count, f"batch {label} count of {grade}")
        for grade, share in (batch["grade_shares_pct"] or {}).items():
            need_str(f"{share}%", f"batch {label} share of {grade}")
    types = {batch["type"] for batch in gold["evaluation_batches"]}
    for index, project in enumerate(gold["projects"], 1):
        name = project["name"]
        if project["seq"] != index:
            problems.append(f"project {name}: seq {project['seq']} != {index}")
        if project["batch_type"] not in types:
            problems.append(f"project {name}: batch_type {project['batch_type']} has no batch")
        for field in ("name", "department", "grade", "amount_unit"):
            need_str(project[field], f"project {name} {field}")
        for field in ("score", "amount"):
            need_num(project[field], f"project {name} {field}")
    for unit in gold["department_evaluations"]:
        for field in ("unit", "parent_department", "grade"):
            need_str(unit[field], f"department {unit['unit']} {field}")
        need_num(unit["score"], f"department {unit['unit']} score")
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    golds = sorted((folder / "gold").glob("*.json"))
    texts = sorted((folder / "texts").glob("*.txt"))
    failed = 0
    if [g.stem for g in golds] != [t.stem for t in texts]:
        print("gold and texts differ:", {g.stem for g in golds} ^ {t.stem for t in texts})
        failed += 1
    for gold_path in golds:
        problems = check(gold_path, folder / "texts" / f"{gold_path.stem}.txt")
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{gold_path.stem}: {status}")
        for problem in problems:
            print(f"  - {problem}")
        failed += bool(problems)
    print(f"{len(golds)} golds checked, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
