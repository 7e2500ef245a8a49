"""Floors on the sets first scored before anyone read them (bench/first_sight.md keeps those first-sight figures):
real pages collected from bureau sites (tests/fixtures/first_sight/real, both renderings), Word-exported reports of
layouts nobody described (tests/fixtures/word3 to word15, SYNTHETIC; word4 held out until parser 0.5.0 was done,
word5 to word15 each scored on arrival) and web pages of bureau sites (tests/fixtures/web_synthetic, web2 to web9,
SYNTHETIC; web2 to web9 scored on arrival).
Once scored they are development documents; these floors are what the parser measured after the genre work (parser
0.5.17, `make accuracy`). Floors only go up (two exceptions, said at word6's and web2's floors)."""

from __future__ import annotations

import json

import pytest

from jixiao.accuracy.harness import Evaluation, evaluate
from tests.conftest import ROOT

FIRST = ROOT / "tests" / "fixtures" / "first_sight" / "real"
WORD3 = ROOT / "tests" / "fixtures" / "word3"
WEB = ROOT / "tests" / "fixtures" / "web_synthetic"
WORD4 = ROOT / "tests" / "fixtures" / "word4"
WORD5 = ROOT / "tests" / "fixtures" / "word5"
WORD6 = ROOT / "tests" / "fixtures" / "word6"
WEB2 = ROOT / "tests" / "fixtures" / "web2"
WORD7 = ROOT / "tests" / "fixtures" / "word7"
WORD8 = ROOT / "tests" / "fixtures" / "word8"
WEB3 = ROOT / "tests" / "fixtures" / "web3"
WORD9 = ROOT / "tests" / "fixtures" / "word9"
WORD10 = ROOT / "tests" / "fixtures" / "word10"
WEB4 = ROOT / "tests" / "fixtures" / "web4"
WORD11 = ROOT / "tests" / "fixtures" / "word11"
WEB5 = ROOT / "tests" / "fixtures" / "web5"
WORD12 = ROOT / "tests" / "fixtures" / "word12"
WEB6 = ROOT / "tests" / "fixtures" / "web6"
WORD13 = ROOT / "tests" / "fixtures" / "word13"
WEB7 = ROOT / "tests" / "fixtures" / "web7"
WORD14 = ROOT / "tests" / "fixtures" / "word14"
WEB8 = ROOT / "tests" / "fixtures" / "web8"
WORD15 = ROOT / "tests" / "fixtures" / "word15"
WEB9 = ROOT / "tests" / "fixtures" / "web9"
KINDS = ("report", "metrics", "batches", "grades", "projects", "units")
FLOORS = {
    "first-sight-real-cid": {
        "report": 0.57,
        "metrics": 0.68,
        "batches": 0.52,
        "grades": 1.0,
        "projects": 0.54,
        "units": 0.5,
    },
    "first-sight-real-ttf": {
        "report": 0.61,
        "metrics": 0.64,
        "batches": 0.47,
        "grades": 1.0,
        "projects": 0.44,
        "units": 0.5,
    },
    "word-exported-3": {"report": 1.0, "metrics": 1.0, "batches": 1.0, "grades": 0.99, "projects": 0.98, "units": 1.0},
    "word-exported-4": {"report": 1.0, "metrics": 0.96, "batches": 0.9, "grades": 0.96, "projects": 0.97, "units": 1.0},
    "word-exported-5": {"report": 1.0, "metrics": 0.97, "batches": 0.94, "grades": 1.0, "projects": 1.0, "units": 1.0},
    # batches 1.0 → 0.92 and word7's 0.92 → 0.84 with 0.5.11, the first time floors went down, said here: a one-project
    # self-evaluation's batch now carries the project's money read from `预算安排…万元` (the real corpus's convention:
    # B02, B03, B08, B10, B11, B12, and word10_05's and web4 X10's gold), where word6_05's and word7_05's gold leave
    # the batch's money out; their projects gained the money (word7 projects 0.988 → 1.000).
    "word-exported-6": {"report": 0.9, "metrics": 0.94, "batches": 0.92, "grades": 1.0, "projects": 0.98, "units": 1.0},
    "word-exported-7": {"report": 1.0, "metrics": 0.95, "batches": 0.84, "grades": 1.0, "projects": 1.0, "units": 1.0},
    "word-exported-8": {"report": 1.0, "metrics": 0.94, "batches": 0.74, "grades": 1.0, "projects": 0.99, "units": 1.0},
    # batches 0.75 → 0.73 with 0.5.13, said here: a round split by kind (`其中：政策评价5项、项目支出评价26项、部门整体
    # 支出评价9项`) now gives a batch per kind, as word5's, web3's, web4's and web5's gold record it; V03's gold keeps
    # one key batch of the 43 and the kinds as metrics only (its metrics went 0.882 → 0.905).
    "web2": {"report": 0.92, "metrics": 0.9, "batches": 0.73, "grades": 1.0, "projects": 0.97, "units": 1.0},
    "web3": {"report": 0.92, "metrics": 0.81, "batches": 0.73, "grades": 0.88, "projects": 0.85, "units": 0.76},
    "web-synthetic": {"report": 0.81, "metrics": 0.91, "batches": 0.87, "grades": 0.92, "projects": 0.85, "units": 1.0},
    "word-exported-9": {"report": 1.0, "metrics": 0.96, "batches": 0.85, "grades": 1.0, "projects": 0.83, "units": 1.0},
    "word-exported-10": {
        "report": 1.0,
        "metrics": 0.96,
        "batches": 0.96,
        "grades": 1.0,
        "projects": 0.98,
        "units": 1.0,
    },
    "web4": {"report": 0.92, "metrics": 0.93, "batches": 0.9, "grades": 0.96, "projects": 0.88, "units": 0.94},
    "word-exported-11": {
        "report": 1.0,
        "metrics": 0.87,
        "batches": 0.78,
        "grades": 0.96,
        "projects": 0.89,
        "units": 1.0,
    },
    "web5": {"report": 1.0, "metrics": 0.91, "batches": 0.87, "grades": 0.89, "projects": 0.87, "units": 0.88},
    "word-exported-12": {
        "report": 0.9,
        "metrics": 0.87,
        "batches": 0.62,
        "grades": 0.95,
        "projects": 0.9,
        "units": 1.0,
    },
    "web6": {"report": 0.92, "metrics": 0.9, "batches": 0.94, "grades": 1.0, "projects": 0.82, "units": 0.83},
    # first sight (0.5.14): metrics 0.958, batches 0.815, projects 0.949; after reading (0.5.15) as below
    "word-exported-13": {
        "report": 1.0,
        "metrics": 0.97,
        "batches": 0.84,
        "grades": 1.0,
        "projects": 0.98,
        "units": 1.0,
    },
    # first sight (0.5.14): metrics 0.829, batches 0.700, grades 0.878, projects 0.519, units 0.300
    "web7": {"report": 0.92, "metrics": 0.85, "batches": 0.74, "grades": 0.94, "projects": 0.87, "units": 1.0},
    # first sight (0.5.15 and 0.5.16 alike): metrics 0.884, batches 0.667, projects 0.806; after reading (0.5.17)
    "word-exported-14": {
        "report": 1.0,
        "metrics": 0.9,
        "batches": 0.69,
        "grades": 0.98,
        "projects": 0.85,
        "units": 1.0,
    },
    # first sight (0.5.15 and 0.5.16 alike): metrics 0.880, batches 0.818, projects 0.667; after reading (0.5.17)
    "web8": {"report": 0.85, "metrics": 0.88, "batches": 0.83, "grades": 0.89, "projects": 0.72, "units": 0.93},
    # at first sight (0.5.17), not read yet
    "word-exported-15": {
        "report": 0.7,
        "metrics": 0.89,
        "batches": 0.4,
        "grades": 0.94,
        "projects": 0.93,
        "units": 1.0,
    },
    "web9": {"report": 0.92, "metrics": 0.78, "batches": 0.57, "grades": 0.96, "projects": 0.63, "units": 0.27},
}
# Documents read wrong without a failed check (a target of zero, not met everywhere: see README, First sight).
MAX_UNFLAGGED = {
    "first-sight-real-cid": 1,
    "first-sight-real-ttf": 1,
    "word-exported-3": 0,
    "word-exported-4": 1,
    "word-exported-5": 2,  # word5_10: right but a key_evaluated_projects its gold leaves out (0.5.13 read the 6 that
    # made its batches_add_up_to_total check fail, so no check now warns of the one metric left)
    "word-exported-6": 2,  # word6_07 is right on every row; only a policy_amount metric its gold has no name for
    "word-exported-7": 4,
    "word-exported-8": 2,
    "web2": 2,  # 0 → 2 with 0.5.15, said here: V01's one failed check was its two units left unread, which 0.5.15
    # reads (its one miss left is involved_departments, a gold disagreement); V12's was a misreading (`纠正…问题23个`
    # as 23 self-evaluations) 0.5.15 no longer makes (left: its headline as title, involved_departments, `约10%`)
    "web3": 2,
    "web-synthetic": 2,
    "word-exported-9": 3,
    "word-exported-10": 0,
    "web4": 2,  # X01 is right on every row but `involved_departments`, a gold disagreement (README: Noticed)
    "word-exported-11": 3,
    "web5": 2,  # 1 → 2 with 0.5.15: Y12 failed a check on misreadings (`核查点位87个`, `问题31个` as key projects) now
    # gone; its year (`自2019年起`) is right now; left: involved_departments, a gold disagreement
    "word-exported-12": 5,  # 6 at first sight (0.5.13); read by 0.5.15: what is left are gold conventions (README)
    "web6": 3,  # at first sight (0.5.13); 0.5.14 read one pattern of it (a name quoted whole)
    "word-exported-13": 2,  # 4 at first sight (0.5.14)
    "web7": 3,  # 3 at first sight (0.5.14)
    "word-exported-14": 4,  # 4 at first sight (0.5.15)
    "web8": 0,  # 0 at first sight (0.5.15)
    "word-exported-15": 3,  # at first sight (0.5.17), not read yet
    "web9": 3,  # at first sight (0.5.17), not read yet
}
SETS = {
    "first-sight-real-cid": (FIRST / "gold", FIRST / "pdf" / "cid"),
    "first-sight-real-ttf": (FIRST / "gold", FIRST / "pdf" / "ttf"),
    "word-exported-3": (WORD3, WORD3),
    "word-exported-4": (WORD4, WORD4),
    "word-exported-5": (WORD5, WORD5),
    "word-exported-6": (WORD6, WORD6),
    "word-exported-7": (WORD7, WORD7),
    "word-exported-8": (WORD8, WORD8),
    "web2": (WEB2 / "gold", WEB2 / "pdf" / "ttf"),
    "web3": (WEB3 / "gold", WEB3 / "pdf" / "ttf"),
    "web-synthetic": (WEB / "gold", WEB / "pdf" / "ttf"),
    "word-exported-9": (WORD9, WORD9),
    "word-exported-10": (WORD10, WORD10),
    "web4": (WEB4 / "gold", WEB4 / "pdf" / "ttf"),
    "word-exported-11": (WORD11, WORD11),
    "web5": (WEB5 / "gold", WEB5 / "pdf" / "ttf"),
    "word-exported-12": (WORD12, WORD12),
    "web6": (WEB6 / "gold", WEB6 / "pdf" / "ttf"),
    "word-exported-13": (WORD13, WORD13),
    "web7": (WEB7 / "gold", WEB7 / "pdf" / "ttf"),
    "word-exported-14": (WORD14, WORD14),
    "web8": (WEB8 / "gold", WEB8 / "pdf" / "ttf"),
    "word-exported-15": (WORD15, WORD15),
    "web9": (WEB9 / "gold", WEB9 / "pdf" / "ttf"),
}


@pytest.fixture(scope="module", params=list(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[str, Evaluation]:
    gold, pdf = SETS[request.param]
    return request.param, evaluate(gold, pdf)


def test_first_sight_sets_floor(scored: tuple[str, Evaluation]) -> None:
    name, evaluation = scored
    overall = evaluation.overall()
    measured = {kind: round(overall[kind].f1, 3) for kind in KINDS}
    below = {kind: (measured[kind], floor) for kind, floor in FLOORS[name].items() if measured[kind] < floor}
    assert not below, f"{name} below its floor: {below}"


def test_first_sight_sets_say_when_they_are_wrong(scored: tuple[str, Evaluation]) -> None:
    name, evaluation = scored
    assert len(evaluation.wrong_unflagged()) <= MAX_UNFLAGGED[name], evaluation.wrong_unflagged()


def test_synthetic_sets_are_marked_synthetic() -> None:
    sets = [
        WORD3,
        WORD4,
        WORD5,
        WORD6,
        WORD7,
        WORD8,
        WORD9,
        WORD10,
        WEB / "gold",
        WEB2 / "gold",
        WEB3 / "gold",
        WEB4 / "gold",
    ]
    for gold in [path for folder in sets for path in folder.glob("*.json")]:
        document = json.loads(gold.read_text(encoding="utf-8"))
        assert document.get("synthetic") is True, gold.name
