"""The report's title, region and fiscal year: `2023年度湖州市本级预算绩效管理情况` → 湖州市本级, 2023."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.records import ReportInfo, Source
from parsers.text import TextBlock

TITLE_WORDS = re.compile(r"绩效")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度?")
_REGION_PREFIX = re.compile(
    r"^(?:关于)?(?P<region>[\u4e00-\u9fff]{1,20}?(?:省本级|市本级|县本级|区本级|自治区|省|市|州|盟|县|区|旗))(?:级)?$"
)
_REGION = re.compile(
    r"^(?:关于)?(?P<region>[\u4e00-\u9fff]{1,20}?(?:省本级|市本级|县本级|区本级|自治区|省|市|州|盟|县|区|旗))(?:级)?"
    r"(?:财政)?(?:预算绩效|绩效评价|财政支出绩效|部门|项目|重点|预算|政策|整体|绩效)"
)
TITLE_SEARCH_BLOCKS = 3


def parse_title(blocks: Sequence[TextBlock]) -> ReportInfo:
    """Find the title among the first blocks; region and year are None where the title does not state them."""
    for block in blocks[:TITLE_SEARCH_BLOCKS]:
        text = block.text.strip()
        year = _YEAR.search(text)
        if not year or not TITLE_WORDS.search(text) or len(text) > 60:
            continue
        region = _REGION_PREFIX.match(text[: year.start()].strip()) or _REGION.match(text[year.end() :])
        return ReportInfo(
            title=text,
            region=region["region"] if region else None,
            fiscal_year=int(year[1]),
            source=Source(page=block.page_at(0), text=text),
        )
    return ReportInfo(title=None, region=None, fiscal_year=None, source=None)
