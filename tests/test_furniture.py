"""Page furniture (extractors/furniture.py): running lines and page numbers leave the text, a table's cells in the
margin stay."""

from __future__ import annotations

from jixiao.extractors.furniture import running_signatures, split_furniture
from jixiao.extractors.model import TextLine

HEIGHT = 842.0


def _foot(page: int, text: str) -> TextLine:
    return TextLine(page, text, 80.0, 520.0, 800.0, 812.0)


def _body(page: int, text: str) -> TextLine:
    return TextLine(page, text, 80.0, 520.0, 400.0, 412.0)


def test_figures_at_the_foot_of_pages_are_cells_not_a_running_line() -> None:
    """Finding (web7 T06, one cell per line): `76.5` closed page 1 and `68.2` page 2, digits folded they looked alike,
    and both scores were dropped as a running footer."""
    pages = [
        (HEIGHT, [_body(1, "1"), _foot(1, "76.5"), _foot(1, "— 1 —")]),
        (HEIGHT, [_body(2, "5"), _foot(2, "68.2"), _foot(2, "— 2 —")]),
    ]
    running = running_signatures(pages)
    body, furniture = split_furniture(pages[0][1], HEIGHT, running)
    assert [line.text for line in body] == ["1", "76.5"]
    assert [line.text for line in furniture] == ["— 1 —"]


def test_a_masthead_on_every_page_runs() -> None:
    pages = [(HEIGHT, [_foot(n, f"蓟川县财政局 第{n}页"), _body(n, "正文")]) for n in (1, 2, 3)]
    running = running_signatures(pages)
    body, furniture = split_furniture(pages[1][1], HEIGHT, running)
    assert [line.text for line in furniture] == ["蓟川县财政局 第2页"]
    assert [line.text for line in body] == ["正文"]
