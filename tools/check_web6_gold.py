"""Check the gold of the synthetic web6 set (`tests/fixtures/web6`) against its own page texts.

Every string of a gold file (title, region, batch labels, grade keys, quotes, project names, departments, grades,
department units and parents) must occur verbatim in the text of the same stem, and every number (fiscal year,
headline values, batch counts, amounts, grade counts and shares, scores, amounts) must occur in the text once
thousands separators are removed. A headline value must also occur in its own quote. Explicit zero grade counts
(`无等级为"差"的项目`) are exempt from the number check. Each gold must be marked `"synthetic": true`.

Usage: python tools/check_web6_gold.py [FOLDER]   (default tests/fixtures/web6); exit status 1 on any failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "web6"
_SEPARATOR = re.compile(r"(?<=\d)[,，](?=\d{3})")


def _number_forms(value: float) -> list[str]:
    if float(value).is_integer():
        return [str(int(value))]
    return [repr(float(value)).rstrip("0").rstrip(".")]


def _has_number(value: float, text: str) -> bool:
    return any(form in text for form in _number_forms(value))


def check(gold: dict, text: str) -> list[str]:
    flat = _SEPARATOR.sub("", text)
    problems: list[str] = []

    def string(label: str, value: str | None) -> None:
        if value is not None and value not in text:
            problems.append(f"{label}: {value!r} not in text")

    def number(label: str, value: float | None, where: str = flat) -> None:
        if value is not None and not _has_number(value, where):
            problems.append(f"{label}: {value!r} not in text")

    if gold.get("synthetic") is not True or gold.get("source_url") != "synthetic":
        problems.append("not marked synthetic")
    string("title", gold["title"])
    string("region", gold["region"])
    number("fiscal_year", gold["fiscal_year"])
    for metric in gold["headline_metrics"]:
        string(f"quote of {metric['metric']}", metric["quote"])
        number(f"value of {metric['metric']} in its quote", metric["value"], _SEPARATOR.sub("", metric["quote"]))
    for batch in gold["evaluation_batches"]:
        name = f"batch {batch['label_zh']}"
        string(name, batch["label_zh"])
        number(f"{name} project_count", batch["project_count"])
        number(f"{name} department_count", batch["department_count"])
        number(f"{name} amount", batch["amount"])
        for key, count in (batch["grades"] or {}).items():
            string(f"{name} grade key", key)
            if count:
                number(f"{name} grade {key}", count)
        for key, share in (batch["grade_shares_pct"] or {}).items():
            string(f"{name} share key", key)
            number(f"{name} share {key}", share)
    for project in gold["projects"]:
        name = f"project {project['seq']}"
        string(f"{name} name", project["name"])
        string(f"{name} department", project["department"])
        string(f"{name} grade", project["grade"])
        number(f"{name} score", project["score"])
        number(f"{name} amount", project["amount"])
    for unit in gold["department_evaluations"]:
        string("department unit", unit["unit"])
        string(f"{unit['unit']} parent", unit["parent_department"])
        string(f"{unit['unit']} grade", unit["grade"])
        number(f"{unit['unit']} score", unit["score"])
    if not gold.get("notes"):
        problems.append("no notes")
    return problems


def main(folder: Path) -> int:
    texts = {path.stem: path for path in sorted((folder / "texts").glob("*.txt"))}
    golds = {path.stem: path for path in sorted((folder / "gold").glob("*.json"))}
    failures = 0
    if set(texts) != set(golds):
        only_texts, only_gold = sorted(set(texts) - set(golds)), sorted(set(golds) - set(texts))
        print(f"stems differ: texts only {only_texts}, gold only {only_gold}")
        failures += 1
    for stem in sorted(set(texts) & set(golds)):
        text = texts[stem].read_text(encoding="utf-8")
        if not text.startswith("# source: synthetic"):
            print(f"{stem}: line 1 is not '# source: synthetic'")
            failures += 1
        problems = check(json.loads(golds[stem].read_text(encoding="utf-8")), text)
        for problem in problems:
            print(f"{stem}: {problem}")
        failures += len(problems)
        print(f"{stem}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    print(f"{len(golds)} gold files, {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER))
