"""Scores or grades stated in prose for a list of projects named earlier in the sentence:
`对全民健身中心运营补助、公共文化服务体系建设、中小学课后服务补助等3个项目开展重点绩效评价，…，评价得分分别为93.4分、91分、81.5分。`
The names and the values are zipped only when their numbers agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.amounts import parse_decimal
from parsers.batches import classify, contract_batch_type
from parsers.grades import GRADE_WORD_PATTERN, clean_grade_word, normalize_grade
from parsers.records import ProjectEvaluation
from parsers.text import Section, sentences

_NAMES = re.compile(r"对(?P<names>[^，。；：]+?)等?(?:(?P<count>\d+)\s*(?:个|项))?(?:项目|政策)(?:开展|进行|实施)")
_SCORES = re.compile(r"(?:得分|分数)分别为(?P<values>\d+(?:\.\d+)?\s*分(?:\s*[、，,和及]\s*\d+(?:\.\d+)?\s*分)+)")
_GRADES = re.compile(
    r"(?:评价结果|评价等级|等级)分别为(?P<values>[“\"]?(?:" + GRADE_WORD_PATTERN + r")[”\"]?"
    r"(?:\s*[、，,和及]\s*[“\"]?(?:" + GRADE_WORD_PATTERN + r")[”\"]?)+)"
)
_SPLIT = re.compile(r"[、，,]|和|及")


def find_prose_projects(parts: Sequence[Section], batch_of: dict[int, str]) -> list[ProjectEvaluation]:
    projects: list[ProjectEvaluation] = []
    for part in parts:
        for sentence in sentences(part.block, part.index):
            named = _NAMES.search(sentence.text)
            scores = _SCORES.search(sentence.text)
            grades = _GRADES.search(sentence.text)
            if not named or not (scores or grades):
                continue
            names = [name.strip() for name in _SPLIT.split(named["names"]) if name.strip()]
            if named["count"] and int(named["count"]) != len(names):
                continue
            score_values = re.findall(r"\d+(?:\.\d+)?", scores["values"]) if scores else []
            grade_values = [v for v in re.split(r"[、，,和及]", grades["values"]) if v.strip()] if grades else []
            if (score_values and len(score_values) != len(names)) or (grade_values and len(grade_values) != len(names)):
                continue
            batch = classify(sentence.text).batch
            batch_type = contract_batch_type(batch) if batch and batch != "total" else batch_of.get(part.index, "other")
            for index, name in enumerate(names):
                grade_raw = clean_grade_word(grade_values[index]) if grade_values else None
                projects.append(
                    ProjectEvaluation(
                        batch_type=batch_type,
                        seq=None,
                        project_name=name,
                        department_raw=None,
                        department=None,
                        grade=normalize_grade(grade_raw) if grade_raw else None,
                        grade_raw=grade_raw,
                        score=parse_decimal(score_values[index]) if score_values else None,
                        amount=None,
                        source=sentence.source(),
                    )
                )
    return projects
