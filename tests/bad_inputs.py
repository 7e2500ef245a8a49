"""Bad inputs made on the fly (synthetic): each must fail with its own error code."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def html_page() -> bytes:
    return b"<!DOCTYPE html><html><head><title>404</title></head><body>Not found</body></html>"


def truncated(pdf: bytes) -> bytes:
    return pdf[: len(pdf) // 2]


def corrupt() -> bytes:
    return b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"


def image_only_pdf() -> bytes:
    """A page with drawings and no text: what a scanner produces, minus the image."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.rect(100, 100, 300, 500, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def garbage_text_pdf() -> bytes:
    """Text with no CJK at all, like a font without ToUnicode read as `%+-.0123456789`."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 12)
    for line in range(30):
        canvas.drawString(72, 800 - 20 * line, "%+-.0123456789 %+-.0123456789 &*()")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf(password: str) -> bytes:
    """A PDF that needs a user password to open."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, encrypt=StandardEncryption(password, strength=128))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 700, "encrypted")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
