"""A document as the readers see it: normalized, its furniture set apart, its fields, sections and the batch each
block speaks of. Built once per report; every shape's reader reads it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.parsers.context import batch_context, default_batch
from jixiao.parsers.departments import Vocabulary
from jixiao.parsers.lexicon.evaluators import FINANCE
from jixiao.parsers.lexicon.organisations import PUBLISHER_SUFFIX, SELF_REFERENCE
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.normalize import normalize_blocks
from jixiao.parsers.prepare import Prepared, prepare
from jixiao.parsers.report_fields import ReportFields, report_fields
from jixiao.parsers.text import Section, TextBlock, is_table, sections

_SPEAKS_FOR_ITSELF = re.compile(SELF_REFERENCE)
TITLE_ORGANISATION = re.compile(r"^(?P<org>[\u4e00-\u9fff()（）]{2,40}?" + PUBLISHER_SUFFIX + r")(?=关于|\d{4}|\s|$)")
_FINANCE = re.compile(FINANCE)


@dataclass(frozen=True, slots=True)
class Document:
    normalized: list[TextBlock]  # every block, normalized (lexicon.text.fold, pinyin glosses removed)
    prepared: Prepared  # the document's own text apart from its chrome and trailer
    fields: ReportFields
    own_department: str | None  # the department that publishes its own results (`我单位…`)
    parts: list[Section]
    default: str | None  # the batch of what names none (a unit's self-evaluation, a bureau's key evaluation)
    batch_of: dict[int, str]  # block index → the batch it speaks of
    vocabulary: Vocabulary

    @property
    def blocks(self) -> list[TextBlock]:
        return self.prepared.blocks

    @property
    def title(self) -> str | None:
        return self.fields.title

    def prose(self) -> list[TextBlock]:
        return [block for block in self.blocks if not is_table(block)]

    def publishing_organisation(self) -> str | None:
        """The organisation a title begins with, else the publisher; never a finance bureau (whose evaluations
        are of other departments' projects)."""
        named = TITLE_ORGANISATION.match(fold(self.title or ""))
        organisation = named["org"] if named else self.fields.publisher
        return organisation if organisation and not _FINANCE.search(organisation) else None


def _own_department(fields: ReportFields, blocks: Sequence[TextBlock]) -> str | None:
    """The department that publishes its own results (`我单位…`): named at the head of the title, else the
    publisher; never a finance bureau, whose own evaluations are of other departments' projects, and only an
    organisation of the kind it calls itself (`我局` is a 局, not a newspaper's 融媒体中心)."""
    speaking = {
        match.group()
        for block in blocks
        if not is_table(block)
        for match in _SPEAKS_FOR_ITSELF.finditer(fold(block.text))
    }
    if not speaking:
        return None
    named = TITLE_ORGANISATION.match(fold(fields.title or ""))
    organisation = named["org"] if named else fields.publisher
    if not organisation or _FINANCE.search(organisation):
        return None
    kinds = {word[1:] for word in speaking if word.startswith("我")}  # 我局 → 局; 我单位/本部门 name no kind
    general = any(word.startswith("本") or word == "我单位" for word in speaking)
    endings = {ending for kind in kinds for ending in ((kind, "委员会") if kind == "委" else (kind,))}
    if kinds and not general and not organisation.endswith(tuple(endings)):
        return None
    return organisation


def read_document(blocks: Sequence[TextBlock], vocabulary: Vocabulary) -> Document:
    normalized = normalize_blocks(blocks)
    prepared = prepare(normalized)
    fields = report_fields(prepared.blocks, prepared.chrome, prepared.trailer)
    parts = sections(prepared.blocks)
    default = default_batch(parts, fields.title)
    return Document(
        normalized=normalized,
        prepared=prepared,
        fields=fields,
        own_department=_own_department(fields, prepared.blocks),
        parts=parts,
        default=default,
        batch_of=batch_context(parts, fields.title, default),
        vocabulary=vocabulary,
    )
