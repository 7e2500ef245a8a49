"""Rule support: on how many documents, publishers and authors each named rule fired across the corpora
(`make accuracy --rules`); a rule resting on one author's documents is a rule learned from one document set."""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.accuracy.harness import Evaluation
from jixiao.presentation.render import table


@dataclass
class RuleSupport:
    rule: str
    makes: str
    documents: int  # every document it fired on, in every corpus (one per document, whatever its rendering)
    real_documents: int
    real_publishers: int
    synthetic_documents: int
    authors: int  # real publishers and synthetic sets: independent sources of the pattern


def rule_support(evaluations: dict[str, Evaluation]) -> list[RuleSupport]:
    """For every registered rule, the documents, publishers and authors it fired on across the corpora: a document
    rendered two ways (real-cid, real-ttf) counts once."""
    from jixiao.parsers.rules import all_rules

    fired: dict[str, set[tuple[str, bool, str, str]]] = {}
    for evaluation in evaluations.values():
        for document, rules in evaluation.rules_fired.items():
            key = (
                document,
                evaluation.real.get(document, False),
                evaluation.publishers.get(document, document),
                evaluation.authors.get(document, document),
            )
            for name in rules:
                fired.setdefault(name, set()).add(key)
    support = []
    for name, made in sorted(all_rules().items()):
        documents = fired.get(name, set())
        real = {(document, publisher) for document, is_real, publisher, _ in documents if is_real}
        support.append(
            RuleSupport(
                name,
                made.makes,
                len({(document, author) for document, _, _, author in documents}),
                len(real),
                len({publisher for _, publisher in real}),
                len({(document, author) for document, is_real, _, author in documents if not is_real}),
                len({author for *_, author in documents}),
            )
        )
    return support


def render_rule_support(evaluations: dict[str, Evaluation]) -> str:
    """`make accuracy`'s rule table: where each rule fired, and the rules that rest on one real document only
    or on one author's documents (the target is none for both), or that no document needed."""
    support = rule_support(evaluations)
    rows = [
        [s.rule, s.makes, s.documents, s.real_documents, s.real_publishers, s.synthetic_documents, s.authors]
        for s in support
    ]
    columns = ["rule", "makes", "documents", "real documents", "real publishers", "synthetic documents", "authors"]
    single = [s.rule for s in support if s.real_documents == 1 and s.synthetic_documents == 0]
    one_real = [s.rule for s in support if s.real_documents == 1 and s.synthetic_documents > 0]
    one_author = [s.rule for s in support if s.authors == 1]
    unused = [s.rule for s in support if s.documents == 0]
    lines = [table(columns, rows), ""]
    for label, names in (
        ("rules that fire on one real document only (target: none)", single),
        ("rules that fire on one real document and synthetic ones", one_real),
        ("rules that fire on one author's documents only (target: none)", one_author),
        ("rules no document fired", unused),
    ):
        lines.append(f"{label}: {len(names)}" + (f" ({', '.join(names)})" if names else ""))
    return "\n".join(lines)
