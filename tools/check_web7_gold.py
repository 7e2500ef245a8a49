"""Check the web7 gold (tests/fixtures/web7/gold) against its page texts: every quote, name, department, unit, grade
string and every number of a gold file must occur in its text, and every gold must be marked synthetic.

Numbers are looked for in the text with thousands separators removed, as whole numbers (not inside a longer one).
Zeros are skipped (explicit zeros are stated in words, e.g. '无“差”等级项目'), and so are batch counts of 1:
a report on a single project or department implies them without printing the figure.

Usage: python tools/check_web7_gold.py [FOLDER]   (default tests/fixtures/web7); exit status 1 on any failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web7"


def _number_text(value: float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _has_number(text: str, value: float) -> bool:
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    pattern = r"(?<![\d.])" + re.escape(_number_text(value)) + r"(?!\.?\d)"
    return re.search(pattern, plain) is not None


def check(gold: dict, text: str) -> list[str]:
    problems: list[str] = []

    def need_string(what: str, value: str | None) -> None:
        if value is not None and value not in text:
            problems.append(f"{what} {value!r} not in text")

    def need_number(what: str, value: float | None) -> None:
        if value is not None and value != 0 and not _has_number(text, value):
            problems.append(f"{what} {value!r} not in text")

    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        problems.append("not marked synthetic")
    if not text.startswith("# source: synthetic"):
        problems.append("text does not start with '# source: synthetic'")
    need_string("title", gold["title"])
    need_string("region", gold["region"])
    need_number("fiscal_year", gold["fiscal_year"])
    for metric in gold["headline_metrics"]:
        need_string(f"quote of {metric['metric']}", metric["quote"])
        plain_quote = re.sub(r"(?<=\d),(?=\d{3})", "", metric["quote"])
        if not _has_number(plain_quote, metric["value"]):
            problems.append(f"value {metric['value']!r} of {metric['metric']} not in its quote")
    for batch in gold["evaluation_batches"]:
        need_string("batch label", batch["label_zh"])
        for key in ("project_count", "department_count"):
            if batch[key] != 1:
                need_number(f"batch {batch['label_zh']} {key}", batch[key])
        need_number(f"batch {batch['label_zh']} amount", batch["amount"])
        for table in ("grades", "grade_shares_pct"):
            for grade, value in (batch[table] or {}).items():
                need_string(f"batch {batch['label_zh']} grade", grade)
                need_number(f"batch {batch['label_zh']} {table}[{grade}]", value)
    for project in gold["projects"]:
        need_string("project name", project["name"])
        need_string(f"department of {project['name']}", project["department"])
        need_string(f"grade of {project['name']}", project["grade"])
        need_number(f"score of {project['name']}", project["score"])
        need_number(f"amount of {project['name']}", project["amount"])
    for unit in gold["department_evaluations"]:
        need_string("unit", unit["unit"])
        need_string(f"parent of {unit['unit']}", unit["parent_department"])
        need_string(f"grade of {unit['unit']}", unit["grade"])
        need_number(f"score of {unit['unit']}", unit["score"])
    if not gold.get("notes"):
        problems.append("no notes")
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    golds = sorted((folder / "gold").glob("*.json"))
    failures = 0
    for path in golds:
        text_path = folder / "texts" / f"{path.stem}.txt"
        if not text_path.exists():
            print(f"{path.stem}: no text")
            failures += 1
            continue
        problems = check(json.loads(path.read_text(encoding="utf-8")), text_path.read_text(encoding="utf-8"))
        for problem in problems:
            print(f"{path.stem}: {problem}")
        failures += bool(problems)
    texts = {p.stem for p in (folder / "texts").glob("*.txt")}
    for stem in sorted(texts - {p.stem for p in golds}):
        print(f"{stem}: no gold")
        failures += 1
    print(f"{len(golds)} gold files, {len(golds) - failures} clean, {failures} with problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
