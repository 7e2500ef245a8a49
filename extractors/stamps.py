"""Stamps and watermarks laid over a page (`内部资料`, `注意保存` in grey across the text and table cells): glyphs
drawn at a slant, or in a light colour far larger than the text, are not part of the text. Left out before lines
and table cells are read, so that they neither join a cell (`料杉溪县教育局`) nor split a line."""

from __future__ import annotations

import math
from typing import Any

ANGLE_TOLERANCE = math.radians(2)  # upright, sideways or upside down within this: text; otherwise a stamp
STAMP_SIZE = 24.0  # points: a watermark's letters are large (body text is 10–16 pt, titles up to 22)
LIGHT = 0.6  # luminance (0 black – 1 white) of a grey or pale colour


def slanted(angle: float) -> bool:
    """An angle (radians) that is not a multiple of 90 degrees."""
    quarter = math.pi / 2
    off = angle % quarter
    return min(off, quarter - off) > ANGLE_TOLERANCE


def light(rgb: tuple[float, float, float]) -> bool:
    red, green, blue = rgb
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue >= LIGHT


def is_stamp(angle: float, size: float, rgb: tuple[float, float, float] | None) -> bool:
    return slanted(angle) or (size >= STAMP_SIZE and rgb is not None and light(rgb))


def plumber_char_is_stamp(char: dict[str, Any]) -> bool:
    """A pdfplumber character (its text matrix and fill colour) that is a stamp."""
    a, b = char.get("matrix", (1, 0))[:2]
    color = char.get("non_stroking_color")
    rgb: tuple[float, float, float] | None = None
    if isinstance(color, tuple | list) and len(color) in (1, 3) and all(isinstance(v, int | float) for v in color):
        rgb = (float(color[0]),) * 3 if len(color) == 1 else (float(color[0]), float(color[1]), float(color[2]))
    return is_stamp(math.atan2(b, a), float(char.get("size", 0) or 0), rgb)
