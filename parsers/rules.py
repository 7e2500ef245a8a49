"""Named rules: every row the parsers make and every result cue they leave out names the rule that did it.

A rule names a pattern that recurs across publishers: what it reads, why it holds, and an example. Rows carry the
rule's name (`rule` beside `source_text` in the warehouse); exclusions (a count, an amount, a grade or a score the
parsers decided is not a result) are rows of their own with their rule. `make accuracy` counts, for every rule,
the documents and publishers it fired on (`jixiao eval --rules`).

Register a rule where it is applied: `NAME = rule("name", reads=…, makes=…, why=…, example=…)`.
"""

from __future__ import annotations

from dataclasses import dataclass

# What a rule makes: a kind of row, or an exclusion (a result cue left out), or a report field.
MAKES = ("metric", "batch", "grade", "project", "unit", "row", "field", "exclusion", "shape")  # row: project or unit


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    reads: str  # what it reads: a sentence, a table row, a title, a list item, a document
    makes: str
    why: str  # one line: why the pattern means what the rule says
    example: str  # a text it applies to, as bureaus print it

    def __str__(self) -> str:
        return self.name


RULES: dict[str, Rule] = {}


def rule(name: str, *, reads: str, makes: str, why: str, example: str) -> Rule:
    if name in RULES:
        raise ValueError(f"rule {name!r} is registered twice")
    if makes not in MAKES:
        raise ValueError(f"rule {name!r}: makes {makes!r} is not one of {MAKES}")
    made = Rule(name, reads, makes, why, example)
    RULES[name] = made
    return made


def all_rules() -> dict[str, Rule]:
    """Every rule, once every parser module has registered its own."""
    import jixiao.parsers.report  # noqa: F401  (importing the parser registers all rules)

    return dict(RULES)
