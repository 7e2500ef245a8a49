"""Projects and whole-unit evaluations named only by their reports' file names in a list of attachments:
`附件3：天水市各县区乡镇2021年乡村公益性补贴绩效评价报告.pdf` → project 天水市各县区乡镇2021年乡村公益性补贴;
`附件9：2021年度天水市残疾人联合会部门整体支出绩效评价报告.pdf` → unit 天水市残疾人联合会."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.parsers.batches import classify, contract_batch_type
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.names import clean_name, strip_year
from jixiao.parsers.records import ProjectEvaluation, Source, UnitEvaluation
from jixiao.parsers.rules import rule
from jixiao.parsers.text import Section, is_table

ATTACHED_REPORT = rule(
    "attached_report_name",
    reads="a list of attachments",
    makes="project",
    why="a page that lists its evaluation reports as attachments names each evaluated project or unit by file name",
    example="附件3：天水市各县区乡镇2021年乡村公益性补贴绩效评价报告.pdf",
)

# `附件3：X绩效评价报告.pdf`, or under a line `附件：` the numbered files `1.X绩效评价报告.pdf`.
_ATTACHMENT = re.compile(
    r"^(?:附件\s*(?P<n>\d+)\s*[:：]|(?P<item>\d+)\s*[.、．])\s*(?P<name>.+?)(?:绩效)?(?:评价|自评)(?:报告|结果)?"
    r"(?:\((?:摘要|全文|简本)\))?\s*\.\s*(?:pdf|docx?|wps|xlsx?)\s*$",
    re.IGNORECASE,
)
_UNIT = re.compile(r"^(?P<unit>.+?)(?:部门|单位)?整体支出$")


def find_attachments(
    parts: Sequence[Section], batch_of: dict[int, str], default: str | None = None
) -> tuple[list[ProjectEvaluation], list[UnitEvaluation]]:
    """A project's batch is the one its file name names, else its section's; a project is never a
    whole-department evaluation (a list of both follows the sentence that counted both)."""
    projects: list[ProjectEvaluation] = []
    units: list[UnitEvaluation] = []
    for part in parts:
        if part.is_heading or is_table(part.block):
            continue
        text = part.block.text.strip()
        match = _ATTACHMENT.match(fold(text))
        if not match:
            continue
        source = Source(page=part.block.page_at(0), text=text)
        printed = text[match.start("name") : match.end("name")]
        whole = _UNIT.match(clean_name(printed))
        if whole:
            unit = clean_name(strip_year(whole["unit"]))
            units.append(
                UnitEvaluation(
                    "department_overall", unit, None, None, None, None, None, source, rule=ATTACHED_REPORT.name
                )
            )
            continue
        name = clean_name(printed)
        named = classify(name).batch
        batch = contract_batch_type(named) if named and named != "total" else batch_of.get(part.index, "other")
        if batch == "department_overall":
            batch = contract_batch_type(default or "other")
        projects.append(
            ProjectEvaluation(
                batch_type=batch,
                seq=int(match["n"] or match["item"]),
                project_name=name,
                department_raw=None,
                department=None,
                grade=None,
                grade_raw=None,
                score=None,
                amount=None,
                source=source,
                rule=ATTACHED_REPORT.name,
            )
        )
    return projects, units
