"""Grade words, the words that announce a grade, and legends that map a document's own marks to grades.

A raw word maps to one of 优/良/中/差 only where the mapping is one-to-one; 合格/不合格, a merged 优良 band, letter
grades and 一等…四等 keep their word in `grade_raw` with no `grade`, unless the document's own legend maps them
(`A（优秀）`, `一等为优`). Patterns are matched against folded text (`lexicon.text.fold`): traditional 優/良 are 优/良.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.parsers.lexicon import alternation

GRADES = ("优", "良", "中", "差")
# raw word (folded, quotes removed) → one of GRADES, or None where the word does not map one-to-one.
GRADE_MAP: dict[str, str | None] = {
    "优": "优",
    "优秀": "优",
    "良": "良",
    "良好": "良",
    "中": "中",
    "一般": "中",
    "中等": "中",
    "中(一般)": "中",
    "差": "差",
    "较差": "差",
    "合格": None,
    "基本合格": None,
    "不合格": None,
    "优良": None,  # a merged band
    "低": None,  # the lowest band of 高/中/低 scales
    "A": None,
    "B": None,
    "C": None,
    "D": None,
    "A级": None,
    "B级": None,
    "C级": None,
    "D级": None,
    "A等": None,  # (`评定为A等的3个`: letters with 等 as with 级)
    "B等": None,
    "C等": None,
    "D等": None,
    "一等": None,
    "二等": None,
    "三等": None,
    "四等": None,
    "一档": None,  # the bands a city's grading of its counties gives (`一档3个，为霏城区…`)
    "二档": None,
    "三档": None,
    "四档": None,
}
# Words that are grades only where the text marks them as one (quoted, after 为/是 and a grade cue, in a grade
# column): everywhere else they are ordinary words or letters.
AMBIGUOUS_GRADE_WORDS = frozenset({"中", "差", "低", "一般", "A", "B", "C", "D", "良"})
# Marks whose meaning only a legend gives (`A级为优秀`, `一等（90分以上）为优`).
LEGEND_MARKS = (
    "A",
    "B",
    "C",
    "D",
    "A级",
    "B级",
    "C级",
    "D级",
    "A等",
    "B等",
    "C等",
    "D等",
    "一等",
    "二等",
    "三等",
    "四等",
    "一档",
    "二档",
    "三档",
    "四档",
)
# (a mark ending in 等 is not the start of the kind words 等级/等次: `A等级2个` is the mark A, then its kind)
GRADE_WORD = alternation(
    [
        re.escape(word) + ("(?![级次])" if word.endswith("等") else "")
        for word in sorted((w for w in GRADE_MAP if w != "中(一般)"), key=len, reverse=True)
    ],
    literal=False,
)
# A grade word with its gloss: 中(一般); never a score band such as (80分以上).
GRADE_WITH_GLOSS = GRADE_WORD + r"(?:\([^)\d]{1,6}\))?"
# Words that say a grade follows (`评价结果为“优”`, `评定等次为优`, `自评等级均为A级`).
GRADE_CUE_WORDS = (
    "评价结果",
    "评价结论",
    "评价等级",
    "评价等次",
    "评价档次",
    "评定等次",
    "评定等级",
    "评定结果",
    "绩效等级",
    "自评等级",
    "自评结果",
    "考评结果",
    "等级",
    "等次",
    "档次",
    "结果",
)
GRADE_CUES = alternation(GRADE_CUE_WORDS)
# The words after a grade that name its kind (`优秀等次`, `A级`), and the objects a grade count counts.
GRADE_KIND_SUFFIX = alternation(("等次", "等级", "档次", "级", "档"))  # (`A档3个`: the mark, then its kind)
GRADED_OBJECTS = alternation(
    ("项目", "城市", "单位", "部门", "县区", "区县", "县市区", "市县", "县", "地区", "乡镇", "乡", "街道", "政策")
)
# The letters a legend may define, and how a legend writes a mapping (`A级（优秀）`, `A为优秀`, `一等：优`).
LEGEND_PAIR = re.compile(
    r"(?P<mark>" + alternation(LEGEND_MARKS) + r")\s*(?:[(:：]\s*|为|代表|表示|对应|即)\s*[“\"‘']?"
    r"(?P<word>" + alternation(("优秀", "良好", "优", "良", "中等", "一般", "中", "较差", "差")) + r")"
)

# Evaluations score out of 100 points (百分制): a project's, a unit's or a department's score is never more.
FULL_MARKS = Decimal(100)
