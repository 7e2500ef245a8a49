"""Pictures (.jpg, .png, .tif, multi-page TIFFs frame by frame) → OCR'd pages, as a scanned PDF's pages are read
(extractors/ocr_engine.py): lines with positions in points at the picture's resolution, joined into paragraphs
by the same geometry as a PDF's lines."""

from __future__ import annotations

import io
import warnings

from jixiao.extractors import ocr_engine
from jixiao.extractors.errors import CorruptDocumentError, OcrUnavailableError, PageTooLargeError, TooManyPagesError
from jixiao.extractors.furniture import running_signatures, split_furniture
from jixiao.extractors.model import ExtractedDocument, PageText
from jixiao.extractors.paragraphs import join_blocks
from jixiao.extractors.quality import check_text_quality

DEFAULT_DPI = 144.0  # a picture that does not say its resolution: read as a page rendered for OCR is
MAX_PIXELS = 40_000_000  # as for a scanned PDF page (extractors/document.py MAX_OCR_PIXELS)


def extract_image(data: bytes, max_pages: int | None = None) -> ExtractedDocument:
    from PIL import Image, UnidentifiedImageError

    if not ocr_engine.available():
        raise OcrUnavailableError(
            "a picture is read by OCR, and the OCR extra is not installed (`pip install jixiao[ocr]`)"
        )
    import numpy

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
            frames = getattr(picture, "n_frames", 1)
            if max_pages is not None and frames > max_pages:
                raise TooManyPagesError(f"the picture has {frames} pages, more than the limit of {max_pages}")
            picture.load()  # a damaged picture fails here, before OCR is looked for
            if not ocr_engine.available():
                raise OcrUnavailableError(
                    "a picture is read by OCR, and the OCR extra is not installed (`pip install jixiao[ocr]`)"
                )
            raw = []
            for index in range(frames):
                picture.seek(index)
                width, height = picture.size
                if width * height > MAX_PIXELS:
                    raise PageTooLargeError(
                        f"page {index + 1} is {width} × {height} pixels, more than the limit of {MAX_PIXELS / 1e6:.0f} "
                        "million"
                    )
                dpi = picture.info.get("dpi", (DEFAULT_DPI, DEFAULT_DPI))[0] or DEFAULT_DPI
                scale = float(dpi) / 72.0 if 50 <= float(dpi) <= 1200 else DEFAULT_DPI / 72.0
                image = numpy.asarray(picture.convert("RGB"))
                lines, confidence = ocr_engine.ocr_lines(image, index + 1, scale=scale)
                raw.append((index + 1, width / scale, height / scale, lines, confidence))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as error:  # fmt: skip
        raise CorruptDocumentError(f"not a readable picture: {type(error).__name__}: {error}") from error
    running = running_signatures([(height, lines) for _, _, height, lines, _ in raw])
    pages = []
    for number, width, height, lines, confidence in raw:
        body, furniture = split_furniture(lines, height, running)
        pages.append(
            PageText(
                number=number,
                width=width,
                height=height,
                engine=ocr_engine.ENGINE,
                lines=body,
                furniture=furniture,
                char_count=sum(len(line.text) for line in lines),
                confidence=confidence,
            )
        )
    check_text_quality(pages)
    return ExtractedDocument(pages=tuple(pages), blocks=join_blocks(pages), metadata={"format": "image"})
