"""A page's ruling lines read from PDFium's path objects, as the line, rect and curve dicts pdfplumber would make
of the same content stream (top-left origin, pdfminer's shape rules), so that pdfplumber's own table finder can
run on them without pdfminer parsing the whole page (≈ 20x the time on a page with a ruled table).

Each painted path is split into subpaths and classified exactly as pdfminer's `PDFLayoutAnalyzer.paint_path`
does: a single segment is a line, a closed axis-aligned four-sided one a rect, anything else a curve through its
segments' end points. PDFium turns `re` into m l l l l+close and `h` into a closing line back to the start (or a
close flag when the path is already there); pdfminer writes m l l l h and drops a redundant closing line, so both
spellings come out as the same shapes. Coordinates differ from pdfminer's only by PDFium's single precision.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_raw

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]


@dataclass(slots=True)
class Rulings:
    """pdfplumber-style objects of one page, in content order within each kind (as `page.lines` etc.)."""

    lines: list[dict[str, Any]] = field(default_factory=list)
    rects: list[dict[str, Any]] = field(default_factory=list)
    curves: list[dict[str, Any]] = field(default_factory=list)


def page_objects(page: Any) -> list[tuple[Any, int]]:
    """(object handle, FPDF_PAGEOBJ_* type) of each top-level page object, in content order: walked once per page
    and shared by `unsafe_reason`, `page_rulings` and the path count (a report page holds hundreds of text
    objects, one per glyph run, and each step of the walk is a call into PDFium)."""
    raw, get_object, get_type = page.raw, pdfium_raw.FPDFPage_GetObject, pdfium_raw.FPDFPageObj_GetType
    handles = [get_object(raw, index) for index in range(pdfium_raw.FPDFPage_CountObjects(raw))]
    return [(obj, get_type(obj)) for obj in handles]


def unsafe_reason(page: Any, objects: list[tuple[Any, int]] | None = None) -> str | None:
    """Why PDFium's path objects cannot stand in for pdfplumber's on this page, or None when they can.

    pdfplumber measures from the MediaBox's top-left corner, swaps a rotated page's axes and reads form XObjects
    with pdfminer's own matrices; none of the fixtures or bench pages needs those, so such a page is left to
    pdfplumber rather than converted by untested arithmetic. PDFium's box getters do not inherit from the page
    tree (crbug.com/pdfium/1786), its page bounding box (CropBox within MediaBox) does: the page box must start at
    (0, 0) and be the MediaBox, where a MediaBox is on the page itself.
    """
    if page.get_rotation() % 360:
        return "rotated page"
    left, bottom, right, top = page.get_bbox()
    if left or bottom:
        return "page box origin not at (0, 0)"
    media = page.get_mediabox(fallback_ok=False)
    if media is None and page.get_cropbox(fallback_ok=False) is not None:
        return "CropBox on a page whose MediaBox is inherited"
    if media is not None and tuple(media) != (left, bottom, right, top):
        return "CropBox other than the MediaBox"
    objects = page_objects(page) if objects is None else objects
    if any(kind == pdfium_raw.FPDF_PAGEOBJ_FORM for _, kind in objects):
        return "form XObject"
    return None


def page_rulings(page: Any, objects: list[tuple[Any, int]] | None = None) -> Rulings:
    """Every painted path of a page (checked with `unsafe_reason` first) as pdfplumber's lines, rects, curves."""
    height = float(page.get_bbox()[3])
    rulings = Rulings()
    matrix = pdfium_raw.FS_MATRIX()
    for obj, kind in page_objects(page) if objects is None else objects:
        if kind != pdfium_raw.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
            continue
        transform = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
        for shape, points in _subpaths(_operations(obj, transform)):
            _classify(shape, points, height, rulings)
    return rulings


def _operations(obj: Any, matrix: Matrix) -> list[tuple[str, Point]]:
    """The path as pdfminer's operators with their end points in page space: m, l, c (one per Bézier), h."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    operations: list[tuple[str, Point]] = []
    start: Point = (0.0, 0.0)
    bezier_points = 0
    for index in range(pdfium_raw.FPDFPath_CountSegments(obj)):
        segment = pdfium_raw.FPDFPath_GetPathSegment(obj, index)
        kind = pdfium_raw.FPDFPathSegment_GetType(segment)
        pdfium_raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == pdfium_raw.FPDF_SEGMENT_MOVETO:
            operations.append(("m", point))
            start = point
        elif kind == pdfium_raw.FPDF_SEGMENT_LINETO:
            operations.append(("l", point))
        elif kind == pdfium_raw.FPDF_SEGMENT_BEZIERTO:
            bezier_points += 1  # two control points, then the end point: pdfminer keeps only the last
            if bezier_points % 3:
                continue
            operations.append(("c", point))
        else:
            continue
        if pdfium_raw.FPDFPathSegment_GetClose(segment):
            operations.append(("h", start))
    return operations


def _subpaths(operations: list[tuple[str, Point]]) -> list[tuple[str, list[Point]]]:
    """Split at each m, as pdfminer does (`m[^m]+`): a path not starting with m and a lone m are dropped."""
    if not operations or operations[0][0] != "m":
        return []
    pieces: list[tuple[str, list[Point]]] = []
    for operator, point in operations:
        if operator == "m":
            pieces.append(("m", [point]))
        else:
            shape, points = pieces[-1]
            points.append(point)
            pieces[-1] = (shape + operator, points)
    return [(shape, points) for shape, points in pieces if len(shape) > 1]


def _classify(shape: str, points: list[Point], height: float, rulings: Rulings) -> None:
    """pdfminer's line / rect / curve rules, then pdfplumber's dict of the object (top-left origin)."""
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points = points[:-1]
    if shape in {"mlh", "ml"}:
        rulings.lines.append(_curve_dict("line", points[:2], height))
        return
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if points[0] == points[4] and square:
            # LTRect(pts[0], pts[2]) is the box of those two corners, its path the four corners from there.
            rulings.rects.append(_curve_dict("rect", [(x0, y0), (x2, y0), (x2, y2), (x0, y2)], height))
            return
    rulings.curves.append(_curve_dict("curve", points, height))


def _curve_dict(kind: str, points: list[Point], height: float) -> dict[str, Any]:
    """The keys pdfplumber's edge functions read, computed as pdfminer's LTCurve and pdfplumber's page do."""
    x0, x1 = min(x for x, _ in points), max(x for x, _ in points)
    y0, y1 = min(y for _, y in points), max(y for _, y in points)
    top, bottom = height - y1, height - y0
    return {
        "object_type": kind,
        "x0": x0,
        "y0": y0,
        "x1": x1,
        "y1": y1,
        "width": x1 - x0,
        "height": y1 - y0,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "pts": [(x, height - y) for x, y in points],
    }
