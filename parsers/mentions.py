"""Departments and projects named in running text (not evaluated there, just mentioned).

`与市纪委共同组织开展了对环保局、科技局、教育局等部门相关项目的监督评价工作` names four departments; jieba, with the
department dictionary (POS `nt`), finds them. `对村集体经济三年强村计划、市电子商务专项资金、养老服务体系建设、既有住宅
加装电梯等项目绩效情况进行重点监督` names four projects: an enumeration before `等…项目`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.parsers.departments import Vocabulary, canonical_department
from jixiao.parsers.organizations import ORG_SUFFIX, organisation_words, tokenizer_for
from jixiao.parsers.records import Mention
from jixiao.parsers.text import Section, sentences

_PROJECT_LIST = re.compile(r"对(?P<names>[^，。；：]+?、[^，。；：]+?)等(?:\d+\s*个)?(?:项目|政策)")
_SPLIT = re.compile(r"、|和|及")


def find_mentions(parts: Sequence[Section], region: str | None, vocabulary: Vocabulary) -> list[Mention]:
    mentions: list[Mention] = []
    tokenizer = tokenizer_for(vocabulary)
    for part in parts:
        if part.is_heading:
            continue
        for sentence in sentences(part.block, part.index):
            for word, _ in organisation_words(sentence.text, tokenizer):
                if not ORG_SUFFIX.search(word):
                    continue  # jieba's own dictionary tags a few non-organisations `nt` (最大化, 人民政府)
                department = canonical_department(word, region, vocabulary)
                mentions.append(
                    Mention(
                        kind="department",
                        name=word,
                        canonical_name=department.canonical_name if department else None,
                        canonical_id=department.department_id if department else None,
                        source=sentence.source(),
                    )
                )
            listed = _PROJECT_LIST.search(sentence.text)
            if listed:
                for name in (n.strip() for n in _SPLIT.split(listed["names"])):
                    if name:
                        mentions.append(Mention("project", name, None, None, sentence.source()))
    return mentions
