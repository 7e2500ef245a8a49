"""One name per department: region prefixes, party-organ forms and short forms folded into a canonical
name and a stable `department_id` per region.

In a 湖州市本级 report, `湖州市市场监管局`, `市市场监督管理局` and `市场监管局` are
市市场监督管理局; `中共湖州市委组织部` and `市委组织部` are 市委组织部. A county's `X局` is
another department (another region, another id), and so is a department of another government
named in the report (`安吉县财政局` in a city report keeps its full name). The short forms come
from `parsers/data/departments.txt` plus any file named by $JIXIAO_DEPARTMENT_ALIASES.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

_REGION = re.compile(r"^(?P<stem>[\u4e00-\u9fff]+?)(?P<level>省|自治区|市|县|区|旗|州)(?:本级)?$")
# Words that begin with a level character without being a region prefix (市场…, 市政…).
NOT_A_PREFIX = (
    "省级",
    "省域",
    "市场",
    "市政",
    "市民",
    "市容",
    "市域",
    "市级",
    "市区",
    "县域",
    "县级",
    "区域",
    "区级",
    "区块",
)
_OTHER_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|旗|州|镇|乡|街道)")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    canonical_of: dict[str, str]  # any base form → canonical base

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Vocabulary:
        canonical_of: dict[str, str] = {}
        for raw in lines:
            line = raw.strip().lstrip("\ufeff")
            if not line or line.startswith("#"):
                continue
            names = [unicodedata.normalize("NFKC", name).strip() for name in line.split("|") if name.strip()]
            for name in names:
                canonical_of[name] = names[0]
        return cls(canonical_of)

    def merged(self, other: Vocabulary) -> Vocabulary:
        return Vocabulary({**self.canonical_of, **other.canonical_of})

    @property
    def names(self) -> list[str]:
        return sorted(self.canonical_of)


@cache
def shipped_vocabulary() -> Vocabulary:
    text = resources.files(__package__).joinpath("data/departments.txt").read_text(encoding="utf-8")
    return Vocabulary.from_lines(text.splitlines())


@dataclass(frozen=True, slots=True)
class Department:
    canonical_name: str
    department_id: str


def region_parts(region: str | None) -> tuple[str, str]:
    """`湖州市本级` → ("湖州", "市"); `云溪县` → ("云溪", "县"); unknown → ("", "市")."""
    match = _REGION.match(region or "")
    return (match["stem"], match["level"]) if match else ("", "市")


def department_id(region: str | None, canonical_name: str) -> str:
    digest = hashlib.sha1(f"{region or ''}|{canonical_name}".encode()).hexdigest()
    return f"d{digest[:12]}"


def _known(base: str, vocabulary: Vocabulary) -> str | None:
    return vocabulary.canonical_of.get(base)


def canonical_department(raw: str | None, region: str | None, vocabulary: Vocabulary) -> Department | None:
    if not raw:
        return None
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw))
    stem, level = region_parts(region)
    name = name.removeprefix("中共")
    if stem and name.startswith(stem + level):
        name = name[len(stem) :]  # 湖州市X局 → 市X局
    elif stem and name.startswith(stem) and len(name) > len(stem) + 1:
        name = level + name[len(stem) :]  # 湖州X局 → 市X局
    base = _known(name, vocabulary)
    if base is None and name.startswith(level):
        rest = name[len(level) :]
        base = _known(rest, vocabulary)  # 市民政局 is 市 + 民政局 …
        if base is None and len(rest) >= 2 and not name.startswith(NOT_A_PREFIX):
            base = rest  # … but an unknown 市场X中心 is not 市 + 场X中心
    if base is None:
        if _OTHER_GOVERNMENT.match(name):
            return Department(name, department_id(region, name))  # another government's department
        base = name
    canonical = level + base
    return Department(canonical, department_id(region, canonical))
