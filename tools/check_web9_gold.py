"""Check the web9 gold (tests/fixtures/web9) against its page texts: every title, region, quote, project name,
department, unit, grade string and every number of the gold must be found in the page text.

Numbers are looked up in the text with thousands separators removed, as whole numbers (not inside a longer
number); a value may be printed with trailing zeros (3620 as 3,620.00). Explicit zero grade counts
(`无…“差”的项目`) have no digit in the text: their grade word must be there instead.

Usage: python tools/check_web9_gold.py [FOLDER]   (default tests/fixtures/web9); exit 1 on any failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web9"
BATCH_TYPES = {"key", "sampling", "self", "department_overall", "other"}
TOP_KEYS = {
    "synthetic",
    "source_url",
    "title",
    "region",
    "fiscal_year",
    "headline_metrics",
    "evaluation_batches",
    "projects",
    "department_evaluations",
    "notes",
}


def _number_found(value: float, text: str) -> bool:
    plain = f"{value:.4f}".rstrip("0").rstrip(".")
    pattern = (
        rf"(?<![\d.]){re.escape(plain)}(?:\.0+)?(?![\d])"
        if "." not in plain
        else (rf"(?<![\d.]){re.escape(plain)}0*(?![\d])")
    )
    return re.search(pattern, text) is not None


def check_one(gold_path: Path, text_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = text_path.read_text(encoding="utf-8")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", raw)
    errors: list[str] = []

    def need_str(what: str, value: str | None) -> None:
        if value is not None and value not in raw:
            errors.append(f"{what} {value!r} not in text")

    def need_num(what: str, value: float | None) -> None:
        if value is not None and not _number_found(value, text):
            errors.append(f"{what} {value!r} not in text")

    if set(gold) != TOP_KEYS:
        errors.append(f"keys differ: {sorted(set(gold) ^ TOP_KEYS)}")
    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        errors.append("not marked synthetic")
    if not raw.startswith("# source: synthetic"):
        errors.append("text not marked '# source: synthetic'")
    need_str("title", gold["title"])
    need_str("region", gold["region"])
    need_num("fiscal_year", gold["fiscal_year"])
    for metric in gold["headline_metrics"]:
        need_str("quote", metric["quote"])
        if not _number_found(metric["value"], re.sub(r"(?<=\d),(?=\d{3})", "", metric["quote"])):
            errors.append(f"{metric['metric']} value {metric['value']} not in its quote")
        need_str("metric unit", metric["unit"] if metric["unit"] not in ("个",) else None)
    for batch in gold["evaluation_batches"]:
        if batch["type"] not in BATCH_TYPES:
            errors.append(f"batch type {batch['type']!r}")
        for key in ("project_count", "department_count", "amount"):
            need_num(f"batch {key}", batch[key])
        need_str("batch amount_unit", batch["amount_unit"])
        for grade, count in (batch["grades"] or {}).items():
            need_str("batch grade", grade)
            if count:
                need_num(f"count of {grade}", count)
        for grade, share in (batch["grade_shares_pct"] or {}).items():
            need_str("share grade", grade)
            need_num(f"share of {grade}", share)
    for project in gold["projects"]:
        need_str("project name", project["name"])
        need_str("department", project["department"])
        need_str("grade", project["grade"])
        need_num("score", project["score"])
        need_num("amount", project["amount"])
        need_str("amount_unit", project["amount_unit"])
        if project["batch_type"] not in BATCH_TYPES:
            errors.append(f"project batch_type {project['batch_type']!r}")
    for dept in gold["department_evaluations"]:
        need_str("unit", dept["unit"])
        need_str("parent_department", dept["parent_department"])
        need_str("grade", dept["grade"])
        need_num("dept score", dept["score"])
    if not gold["notes"].startswith("SYNTHETIC"):
        errors.append("notes do not start with SYNTHETIC")
    return errors


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    golds = sorted((folder / "gold").glob("*.json"))
    texts = {p.stem for p in (folder / "texts").glob("*.txt")}
    failed = 0
    if {g.stem for g in golds} != texts:
        print(f"gold/text stems differ: {sorted({g.stem for g in golds} ^ texts)}")
        failed += 1
    for gold_path in golds:
        errors = check_one(gold_path, folder / "texts" / f"{gold_path.stem}.txt")
        print(f"{gold_path.stem}: {'OK' if not errors else 'FAIL'}")
        for error in errors:
            print(f"  {error}")
        failed += bool(errors)
    print(f"{len(golds) - failed}/{len(golds)} gold files pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
