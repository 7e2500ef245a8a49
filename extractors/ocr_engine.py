"""OCR for pages without a text layer (scanned reports), with RapidOCR (ONNX Runtime, PP-OCR Chinese models).

Optional: installed with the `ocr` extra (`pip install jixiao[ocr]`; `make demo` does). The wheel carries its
models, so nothing is downloaded at run time. Each recognised line comes with a confidence; a page's confidence
is the mean over its lines.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from functools import cache
from typing import Any

from jixiao.extractors.model import TextLine

ENGINE = "rapidocr"
RENDER_SCALE = 2.0  # 144 dpi: enough for 16 pt body text; higher costs time without better results here
_LOCK = threading.Lock()
# Characters the PP-OCR Chinese model returns for punctuation it misreads, where the character it returns never
# stands alone in report text: the radical 丶 (U+4E36) for the enumeration comma 、 (seen on every run of the locked
# versions: it split `标准、品字标` into another name).
OCR_CONFUSABLES = str.maketrans({"丶": "、"})


def available() -> bool:
    """Whether the OCR extra is installed. Found, not imported: onnxruntime and OpenCV cost a worker ≈ 70 MB and
    are loaded only when a scanned page needs them."""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@cache
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    return RapidOCR()


def ocr_lines(
    image: Any, page_number: int, scale: float = RENDER_SCALE, origin: tuple[float, float] = (0.0, 0.0)
) -> tuple[list[TextLine], float | None]:
    """Recognise the lines of a rendered page (an RGB array), or of a part of it whose top-left corner is at
    `origin` (points); coordinates are returned in PDF points."""
    with _LOCK:
        result, _ = _engine()(image)
    lines: list[TextLine] = []
    confidences: list[float] = []
    for box, text, score in result or []:
        xs = [origin[0] + point[0] / scale for point in box]
        ys = [origin[1] + point[1] / scale for point in box]
        if not str(text).strip():
            continue
        lines.append(TextLine(page_number, str(text).translate(OCR_CONFUSABLES), min(xs), max(xs), min(ys), max(ys)))
        confidences.append(float(score))
    lines.sort(key=lambda line: (line.top, line.x0))
    return lines, (sum(confidences) / len(confidences) if confidences else None)
