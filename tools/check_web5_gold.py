"""Check the gold of the synthetic web5 set against its texts (tests/fixtures/web5).

Every quote, title, region, project name, department, unit, grade string and batch label of a gold file must occur
verbatim in its text, and every number of the gold (metric values, batch counts and amounts, grade counts and
shares, project scores and amounts, department scores) must occur in the text as a number once thousands
separators are removed; a batch count equal to the number of rows the gold lists for that batch may instead be
derived from them (one-project reports, bond tables with a type column). Headline values must also occur in their
own quote. Explicit zeros (e.g. `差: 0` from `无“差”等级项目`) are not looked for. Each gold must be marked
`"synthetic": true` with `source_url` "synthetic".

Usage: python tools/check_web5_gold.py [FOLDER]   (default tests/fixtures/web5); exit status 1 on any failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web5"
_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3})")


def _plain(text: str) -> str:
    return _SEPARATOR.sub("", text)


def _has_number(text: str, value: float) -> bool:
    if value == 0:
        return True
    if float(value).is_integer():
        body = str(int(value))
        pattern = rf"(?<![\d.]){re.escape(body)}(?:\.0+)?(?![\d.]\d|\d)"
    else:
        body = repr(float(value))
        pattern = rf"(?<![\d.]){re.escape(body)}0*(?!\d)"
    return re.search(pattern, _plain(text)) is not None


def check(gold_path: Path, text: str) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    errors: list[str] = []

    def need_str(what: str, value: str | None) -> None:
        if value is not None and value not in text:
            errors.append(f"{what} not in text: {value!r}")

    def need_num(what: str, value: float | None, where: str | None = None) -> None:
        if value is not None and not _has_number(text if where is None else where, value):
            errors.append(f"{what} not in {'text' if where is None else 'quote'}: {value!r}")

    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        errors.append("not marked synthetic")
    if not text.startswith("# source: synthetic"):
        errors.append("text does not start with '# source: synthetic'")
    if not gold.get("notes"):
        errors.append("no notes")
    need_str("title", gold["title"])
    need_str("region", gold["region"])
    need_num("fiscal_year", gold["fiscal_year"])
    for metric in gold["headline_metrics"]:
        need_str(f"quote of {metric['metric']}", metric["quote"])
        need_num(f"value of {metric['metric']}", metric["value"], metric["quote"])
        need_str(f"unit of {metric['metric']}", metric["unit"])
    for batch in gold["evaluation_batches"]:
        label = batch["label_zh"]
        need_str("batch label", label)
        listed = sum(1 for project in gold["projects"] if project["batch_type"] == batch["type"])
        if batch["type"] == "department_overall":
            listed = len(gold["department_evaluations"])
        if batch["project_count"] != listed:  # a count equal to the listed rows may be derived from them
            need_num(f"project_count of {label}", batch["project_count"])
        if batch["department_count"] != listed:
            need_num(f"department_count of {label}", batch["department_count"])
        need_num(f"amount of {label}", batch["amount"])
        need_str(f"amount_unit of {label}", batch["amount_unit"])
        for grade, count in (batch["grades"] or {}).items():
            need_str(f"grade key of {label}", grade)
            need_num(f"grade count {grade} of {label}", count)
        for grade, share in (batch["grade_shares_pct"] or {}).items():
            need_num(f"grade share {grade} of {label}", share)
    for project in gold["projects"]:
        name = project["name"]
        need_str("project name", name)
        need_str(f"department of {name}", project["department"])
        need_str(f"grade of {name}", project["grade"])
        need_num(f"score of {name}", project["score"])
        need_num(f"amount of {name}", project["amount"])
        need_str(f"amount_unit of {name}", project["amount_unit"])
    for unit in gold["department_evaluations"]:
        need_str("department unit", unit["unit"])
        need_str(f"parent of {unit['unit']}", unit["parent_department"])
        need_str(f"grade of {unit['unit']}", unit["grade"])
        need_num(f"score of {unit['unit']}", unit["score"])
    return errors


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    golds = sorted((folder / "gold").glob("*.json"))
    texts = sorted((folder / "texts").glob("*.txt"))
    failed = 0
    if {p.stem for p in golds} != {p.stem for p in texts}:
        print("gold and texts differ:", sorted({p.stem for p in golds} ^ {p.stem for p in texts}))
        failed += 1
    for gold_path in golds:
        text_path = folder / "texts" / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        errors = check(gold_path, text_path.read_text(encoding="utf-8"))
        print(f"{gold_path.stem}: {'ok' if not errors else 'FAIL'}")
        for error in errors:
            print("   ", error)
        failed += bool(errors)
    print(f"{len(golds)} gold files, {failed} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
