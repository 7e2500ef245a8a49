from jixiao.extractors.lines import dedupe_chars, group_lines


def _char(text: str, x0: float, top: float, size: float = 16.0) -> dict[str, object]:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + size,
        "top": top,
        "bottom": top + size,
        "fontname": "STSong",
        "size": size,
    }


def test_fake_bold_painted_three_times_is_read_once() -> None:
    chars = [_char(t, x + dx, 100 + dx) for x, t in ((0, "年"), (16, "度")) for dx in (0.0, 0.35, 0.7)]
    assert [c["text"] for c in dedupe_chars(chars)] == ["年", "度"]


def test_the_same_glyph_repeated_along_a_line_is_kept() -> None:
    chars = [_char("一", 0, 100), _char("一", 16, 100), _char("一", 32, 100)]
    assert len(dedupe_chars(chars)) == 3


def test_lines_are_grouped_by_baseline_and_gaps_read_as_spaces() -> None:
    chars = [_char("甲", 0, 100), _char("乙", 16.5, 100.4), _char("A", 60, 100), _char("丙", 0, 130)]
    assert group_lines(chars) == [("甲乙 A", 0, 76, 100, 116.4, 16.0), ("丙", 0, 16, 130, 146, 16.0)]
