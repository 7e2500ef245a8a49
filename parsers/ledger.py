"""What a document's readers took and left out, cue by cue: the exclusions (with their rules) become rows, and
the `unexplained_result` check quotes every result cue that neither a row nor an exclusion accounts for."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.parsers.lexicon.text import squeeze
from jixiao.parsers.records import Exclusion, Source
from jixiao.parsers.rules import Rule

CUES = ("count", "amount", "grade", "score", "share")


def cue_value(cue: str, value: object) -> str:
    """The canonical form a cue is compared in: a count as an integer, money in yuan, a score as a decimal, a
    grade word without quotes and spaces."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, int):
        return str(value)
    return squeeze(str(value))


@dataclass(slots=True)
class Ledger:
    exclusions: list[Exclusion] = field(default_factory=list)
    # (squeezed source text, cue, value) of every cue a reader turned into a fact or a row
    taken: set[tuple[str, str, str]] = field(default_factory=set)
    excluded: set[tuple[str, str, str]] = field(default_factory=set)

    def take(self, cue: str, value: object, source: Source | str) -> None:
        text = source.text if isinstance(source, Source) else source
        self.taken.add((squeeze(text), cue, cue_value(cue, value)))

    def exclude(self, rule: Rule, cue: str, value: object, source: Source) -> None:
        key = (squeeze(source.text), cue, cue_value(cue, value))
        if key in self.excluded:
            return
        self.excluded.add(key)
        self.exclusions.append(Exclusion(rule.name, cue, cue_value(cue, value), source))

    def accounts_for(self, cue: str, value: object, text: str) -> bool:
        key = (squeeze(text), cue, cue_value(cue, value))
        return key in self.taken or key in self.excluded
