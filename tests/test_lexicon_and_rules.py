"""The lexicon is the one place words live, every row names the rule that made it, and the README's vocabulary
tables are the lexicon's (issue 22)."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from jixiao.parsers import PlainBlock, parse_report
from jixiao.parsers.lexicon import organisations
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.rules import RULES, all_rules

from tests.conftest import ROOT

PARSERS = ROOT / "parsers"


def _parse(*texts: str):  # type: ignore[no-untyped-def]
    return parse_report([PlainBlock(text) for text in texts])


def test_readme_vocabulary_tables_are_the_lexicons() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "vocabulary_tables.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_alternation_of_the_lexicon_is_spelled_outside_it() -> None:
    """A pattern outside parsers/lexicon/ that spells three organisation suffixes joined by `|` repeats the
    lexicon: it must be built from it."""
    suffixes = [suffix for suffix in organisations.ORGANISATION_SUFFIXES if len(suffix) == 1]
    spelled = re.compile(
        "(?:" + "|".join(suffixes) + r")\|(?:" + "|".join(suffixes) + r")\|(?:" + "|".join(suffixes) + ")"
    )
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in PARSERS.rglob("*.py")
        if "lexicon" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if spelled.search(line)
    ]
    assert offenders == []


def test_fold_keeps_offsets_and_reads_traditional_characters() -> None:
    text = "評價結果：優（一般），占３４％"
    assert len(fold(text)) == len(text)
    assert fold(text) == "评价结果:优(一般),占34%"


def test_every_rule_says_what_it_reads_why_and_an_example() -> None:
    for name, made in all_rules().items():
        assert re.fullmatch(r"[a-z_]+", name), name
        assert made.reads and made.why and made.example, name


def test_every_row_and_exclusion_names_registered_rules() -> None:
    report = _parse(
        "2023年度青山市本级预算绩效管理工作情况",
        "全市各部门对2023年度1,205个项目开展了绩效自评。市财政局对24个项目开展重点绩效评价，涉及资金8.46亿元，"
        "评价结果为“优”的项目10个，“良”的12个，“中”的2个。",
        "全年共发现问题12个，收入792.22万元。",
        "1.城市生活垃圾分类收运处置补助资金，主管部门：青山市综合行政执法局，评价等级：优。",
    )
    rows = [*report.metrics, *report.batches, *report.grade_counts, *report.projects, *report.exclusions]
    assert rows and all(row.rule for row in rows)
    named = {name for row in rows for name in row.rule.split("+")}
    assert named <= set(RULES), named - set(RULES)
    excluded = {(e.cue, e.value) for e in report.exclusions}
    assert ("count", "12") in excluded  # 12 problems found are not 12 projects
    assert ("amount", "7922200") in excluded  # revenue is money of the accounts
    assert set(report.report.rules) >= {"title", "region", "fiscal_year", "document_kind"}


def test_rule_support_of_the_synthetic_corpus_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    from jixiao.flows.cli import main

    corpus = ROOT / "tests" / "fixtures" / "corpus"
    assert main(["eval", "--rules", str(corpus), str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "rules that fire on one real document only (target: none)" in out
    assert re.search(r"^grade_then_count\s+grade\s+\d+", out, re.MULTILINE)
    # every rule that fired here rests on one author: the one synthetic set
    fired = re.findall(r"^(\w+)\s+\w+\s+([1-9]\d*)\s+\d+\s+\d+\s+\d+\s+(\d+)$", out, re.MULTILINE)
    assert fired and {authors for _, _, authors in fired} == {"1"}
    one_author = re.search(r"^rules that fire on one author's documents only \(target: none\): (\d+)", out, re.M)
    assert one_author and int(one_author.group(1)) == len(fired)


def test_a_set_rendered_twice_is_one_author() -> None:
    """Authors are independent sources: the same gold folder read in two renderings is one author, two sets two."""
    from jixiao.accuracy.harness import author_of

    real = {"source_url": "https://czj.example.gov.cn/a.html", "region": "某县"}
    assert author_of(real, Path("tests/fixtures/real/gold")) == "czj.example.gov.cn"
    synthetic = {"synthetic": True, "region": "某县"}
    assert author_of(synthetic, Path("tests/fixtures/web2/gold")) == author_of(synthetic, Path("tests/fixtures/web2"))
    assert author_of(synthetic, Path("tests/fixtures/word5")) != author_of(synthetic, Path("tests/fixtures/word6"))


def test_a_traditional_page_keeps_its_own_words_in_every_row() -> None:
    """Folded for matching, printed as published: 優 stays 優 in grade_raw, names keep their characters."""
    report = _parse(
        "澄湾縣2023年度財政重點績效評價結果公告",
        "縣財政局對3個項目開展重點績效評價。評價結果為“優”的項目2個，“良”的項目1個。",
        "其中，澄湾縣農村公路養護項目評價得分92.5分，評價結果為優。",
    )
    assert {(g.grade_raw, g.grade, g.count) for g in report.grade_counts} == {("優", "优", 2), ("良", "良", 1)}
    project = next(p for p in report.projects if p.score == Decimal("92.5"))
    assert project.project_name == "澄湾縣農村公路養護項目" and project.grade_raw == "優" and project.grade == "优"
    assert report.report.title == "澄湾縣2023年度財政重點績效評價結果公告"


def test_pinyin_glosses_of_a_mirror_site_do_not_hide_words() -> None:
    report = _parse("蘇州市財(cái)政局對6個項(xiàng)目開展績效重點(diǎn)評價(j ià),涉及財政資金21.08億元。")
    assert [(b.batch_type, b.project_count) for b in report.batches] == [("key", 6)]
    assert "(cái)" in report.batches[0].source.text  # the source text as printed


def test_an_unexplained_result_is_quoted_and_a_rule_about_grades_is_not() -> None:
    report = _parse(
        "2023年度明湖县项目绩效评价结果",
        "县财政局对3个项目开展重点绩效评价，县城区道路改造工程等项目总体评价结果为“良好”。",
        "评价结果为“中”的项目，主管部门须于30日内完成整改。",
    )
    failed = [c.detail for c in report.checks if c.check_name == "unexplained_result" and not c.passed]
    assert len(failed) == 1 and "良好" in failed[0]


def test_test_files_do_not_read_the_shared_folder() -> None:
    for path in (ROOT / "tests").rglob("*.py"):
        assert "../shared" not in path.read_text(encoding="utf-8") or path.name == Path(__file__).name
