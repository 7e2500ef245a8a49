"""One identity per project across years within a region.

A project's key is its name without year ranges (`（2020-2022年）`), the region's prefix (`青山市`,
`市`), quotes and punctuation. Names with the same key and department in different years are one
project. Otherwise two names are compared with a fuzzy ratio (rapidfuzz) when they never share a
year: 88 and above with the same department merges (the score is kept); 70–88, or one name under
two departments, is left apart and listed for review. Names that differ in an ordinal or number
(`一期`/`二期`, `第3批`) are never merged. A person's decision on a pair (`jixiao review --accept/--reject`,
keyed by region and the two names' keys, so it outlives every rebuild) overrides all of that. Ids are stable: a
hash of region and the key of the earliest member (and its department, when two projects share that key).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from jixiao.parsers.departments import NOT_A_PREFIX, region_parts
from rapidfuzz import fuzz

MERGE_SCORE = 88.0
REVIEW_SCORE = 70.0
_YEAR_RANGE = re.compile(
    r"[（(]\s*(?:19|20)\d{2}\s*[-—–~至到]\s*(?:(?:19|20)\d{2})?\s*年?\s*[）)]|[（(]\s*(?:19|20)\d{2}\s*年?\s*[）)]"
)
_PUNCTUATION = re.compile(r"[\s“”\"'‘’「」『』《》〈〉()（）\[\]【】、，,。．.·•:：;；\-—–_/]+")
_ORDINALS = re.compile(r"[一二三四五六七八九十\d]+期|第[一二三四五六七八九十\d]+[批期标段轮]|\d+")


@dataclass(frozen=True, slots=True)
class ProjectMember:
    region: str
    fiscal_year: int
    report_id: str
    seq: int | None
    project_name: str
    department_id: str | None


@dataclass(frozen=True, slots=True)
class ProjectLink:
    member: ProjectMember
    project_key: str
    project_id: str
    match: str  # exact | fuzzy
    score: float


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two projects that may be one: left apart, for a person to decide (`jixiao review`)."""

    region: str
    project_id_a: str
    name_a: str
    project_id_b: str
    name_b: str
    score: float


def pair_key(region: str, name_a: str, name_b: str) -> tuple[str, str, str]:
    """The key a decision is stored under: the region and the two names' keys, in a fixed order."""
    first, second = sorted((project_key(name_a, region), project_key(name_b, region)))
    return region, first, second


def candidate_id(region: str, name_a: str, name_b: str) -> str:
    """A short id a person types to decide on a candidate pair (the same pair: the same id, every rebuild)."""
    return "c" + hashlib.sha1("|".join(pair_key(region, name_a, name_b)).encode()).hexdigest()[:8]


@dataclass(frozen=True, slots=True)
class Project:
    project_id: str
    region: str
    canonical_name: str
    department_id: str | None
    aliases: tuple[str, ...]
    years: tuple[int, ...]


@dataclass
class Identities:
    projects: list[Project] = field(default_factory=list)
    links: list[ProjectLink] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def project_key(name: str, region: str | None) -> str:
    key = unicodedata.normalize("NFKC", name)
    key = _YEAR_RANGE.sub("", key)
    stem, level = region_parts(region)
    if stem and key.startswith(stem + level):
        key = key[len(stem) + len(level) :]
    elif key.startswith(level) and len(key) > 3 and not key.startswith(NOT_A_PREFIX):
        key = key[len(level) :]
    return _PUNCTUATION.sub("", key)


def _ordinals(key: str) -> tuple[str, ...]:
    return tuple(_ORDINALS.findall(key))


class _Cluster:
    def __init__(self, key: str, members: list[ProjectMember]) -> None:
        self.keys = [key]
        self.members = members
        self.scores: dict[str, float] = {key: 100.0}

    @property
    def years(self) -> set[int]:
        return {member.fiscal_year for member in self.members}

    @property
    def departments(self) -> set[str]:
        return {member.department_id for member in self.members if member.department_id}


def _id(region: str, key: str) -> str:
    return "p" + hashlib.sha1(f"{region}|{key}".encode()).hexdigest()[:12]


def _earliest(cluster: _Cluster) -> ProjectMember:
    return min(cluster.members, key=lambda m: (m.fiscal_year, m.project_name, m.department_id or ""))


def match_projects(
    members: Sequence[ProjectMember], decisions: Mapping[tuple[str, str, str], str] | None = None
) -> Identities:
    """`decisions`: {pair_key(...): "accept" | "reject"}, people's answers on candidate pairs."""
    decisions = decisions or {}
    result = Identities()
    for region in sorted({member.region for member in members}):
        in_region = [member for member in members if member.region == region]
        groups: dict[tuple[str, str | None], list[ProjectMember]] = {}
        for member in sorted(in_region, key=lambda m: (m.fiscal_year, m.report_id, m.seq or 0, m.project_name)):
            key = project_key(member.project_name, region)
            groups.setdefault((key, member.department_id), []).append(member)
        clusters = [_Cluster(key, group) for (key, _), group in groups.items()]
        pairs = []
        for i, first in enumerate(clusters):
            for second in clusters[i + 1 :]:
                score = fuzz.ratio(first.keys[0], second.keys[0])
                if score >= REVIEW_SCORE:
                    pairs.append((score, first, second))
        pairs.sort(key=lambda item: (-item[0], item[1].keys[0], item[2].keys[0]))
        owner = {id(cluster): cluster for cluster in clusters}
        review: list[tuple[float, _Cluster, _Cluster]] = []
        for score, first, second in pairs:
            a, b = owner[id(first)], owner[id(second)]
            decided = decisions.get((region, *sorted((first.keys[0], second.keys[0]))))
            if a is b or decided == "reject":
                continue
            if decided != "accept" and (_ordinals(first.keys[0]) != _ordinals(second.keys[0]) or a.years & b.years):
                continue
            # The same department, or one side without a department (a project named only in prose).
            same_department = bool(a.departments & b.departments) or not a.departments or not b.departments
            if decided == "accept" or (score >= MERGE_SCORE and same_department):
                a.keys += [key for key in b.keys if key not in a.keys]
                a.members += b.members
                for key in b.keys:
                    a.scores.setdefault(key, score)
                for cluster_id, cluster in owner.items():
                    if cluster is b:
                        owner[cluster_id] = a
            else:
                review.append((score, first, second))  # close names, or one name under two departments
        final = list({id(cluster): cluster for cluster in owner.values()}.values())
        ids: dict[int, str] = {}
        earliest_keys = Counter(project_key(_earliest(c).project_name, region) for c in final)
        for cluster in final:
            earliest = _earliest(cluster)
            key = project_key(earliest.project_name, region)
            # Two projects with one key (one name under two departments) get two ids.
            project_id = _id(region, key if earliest_keys[key] == 1 else f"{key}|{earliest.department_id or ''}")
            ids[id(cluster)] = project_id
            latest = max(cluster.members, key=lambda m: (m.fiscal_year, m.project_name))
            departments = Counter(m.department_id for m in cluster.members if m.department_id)
            result.projects.append(
                Project(
                    project_id=project_id,
                    region=region,
                    canonical_name=latest.project_name,
                    department_id=departments.most_common(1)[0][0] if departments else None,
                    aliases=tuple(sorted({m.project_name for m in cluster.members})),
                    years=tuple(sorted(cluster.years)),
                )
            )
            for member in cluster.members:
                key = project_key(member.project_name, region)
                score = cluster.scores.get(key, 100.0)
                match = "exact" if key == cluster.keys[0] else "fuzzy"
                result.links.append(ProjectLink(member, key, project_id, match, score))
        for score, first, second in review:
            a, b = owner[id(first)], owner[id(second)]
            if a is not b:
                result.candidates.append(
                    Candidate(
                        region,
                        ids[id(a)],
                        first.members[0].project_name,
                        ids[id(b)],
                        second.members[0].project_name,
                        score,
                    )
                )
    result.projects.sort(key=lambda p: (p.region, p.project_id))
    return result
