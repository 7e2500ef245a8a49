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
    """A short synthetic report that needs a user password to open."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, encrypt=StandardEncryption(password, strength=128))
    canvas.setFont("STSong-Light", 16)
    canvas.drawString(150, 760, "2023年度青山市本级预算绩效管理情况")
    canvas.drawString(72, 700, "市财政局组织开展重点绩效评价项目3个，涉及资金1.2亿元。")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png_image() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def zero_pages_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + content + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def cjk_pdf(lines: list[str], pages: int = 1) -> bytes:
    """Plain CJK text pages (synthetic), with reportlab's CID font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for _ in range(pages):
        canvas.setFont("STSong-Light", 14)
        for number, line in enumerate(lines):
            canvas.drawString(72, 760 - 24 * number, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def not_a_report_pdf() -> bytes:
    return cjk_pdf(
        ["关于做好春节期间安全生产工作的通知", "各单位：", "春节将至，请各单位切实做好值班值守和安全检查工作。"]
    )


def many_pages_pdf(pages: int) -> bytes:
    return cjk_pdf(["2023年度青山市本级预算绩效管理情况"], pages=pages)


def slow_pdf(glyphs: int = 120_000) -> bytes:
    """A page with a huge number of glyphs: pdfminer needs many seconds for it (a stand-in for pathological PDFs)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 2)
    per_line = 400
    for line in range(glyphs // per_line):
        canvas.drawString(10, 830 - (line % 400) * 2, "x" * per_line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def padded(pdf: bytes, size: int) -> bytes:
    """A valid PDF grown to `size` bytes with a comment before its end marker."""
    return pdf + b"%" + b"0" * max(0, size - len(pdf) - 8) + b"\n%%EOF\n"


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A minimal PDF from its numbered objects (1 = catalog), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def flate_bomb_pdf(inflated_mb: int = 1024) -> bytes:
    """A one-page PDF whose ~1 MB content stream inflates to `inflated_mb` MB of spaces (made in chunks)."""
    import zlib

    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(compressor.compress(chunk) for _ in range(inflated_mb)) + compressor.flush()
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def _flate(inflated_mb: int) -> bytes:
    """`inflated_mb` MB of spaces, deflated in chunks (never held whole)."""
    import zlib

    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    return b"".join(compressor.compress(chunk) for _ in range(inflated_mb)) + compressor.flush()


def double_flate_bomb_pdf(inflated_mb: int = 1024) -> bytes:
    """A 2.3 KB PDF whose content stream is deflated twice (`/Filter [/FlateDecode /FlateDecode]`): its first
    layer inflates to only ~1 MB, the second to `inflated_mb` MB of spaces."""
    import zlib

    stream = zlib.compress(_flate(inflated_mb), 9)
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def many_streams_bomb_pdf(streams: int = 6, inflated_mb: int = 200) -> bytes:
    """A ~1.2 MB one-page PDF whose content is `streams` Flate streams of `inflated_mb` MB each: every one under a
    per-stream limit of 256 MB, 1.2 GB together."""
    stream = _flate(inflated_mb)
    contents = b" ".join(b"%d 0 R" % (4 + number) for number in range(streams))
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [" + contents + b"] /Resources << >> >>",
            *[b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"] * streams,
        ]
    )


def huge_image_page_pdf(side_points: int = 14_400) -> bytes:
    """A 1.7 KB image-only page of 14,400 × 14,400 points: rendered for OCR at 144 dpi it would take ≈ 2.5 GB."""
    import zlib

    pixels = zlib.compress(b"\x80" * 48)  # a 4 × 4 grey RGB image, stretched over the page
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>" % (side_points, side_points),
            b"<< /Length %d >>\nstream\n" % len(b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (side_points, side_points))
            + b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (side_points, side_points)
            + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
            b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
        ]
    )


def english_invoice_pdf() -> bytes:
    """A readable English document: not a report, and not garbled either."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 12)
    lines = [
        "INVOICE No. 2024-118",
        "Bill to: Example Trading Company, 12 Harbour Road",
        "Description of services: consulting on warehouse logistics and delivery planning",
        "Quantity: 12 hours at the agreed hourly rate",
        "Payment is due within thirty days of the invoice date",
        "Thank you for your business and your continued trust",
    ]
    for number, line in enumerate(lines):
        canvas.drawString(72, 780 - 24 * number, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def english_table_pdf() -> bytes:
    """Synthetic: an English evaluation table (a title and rows of words and figures, little prose): readable, not
    Chinese (it was refused as `garbled_text`, "not readable")."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 11)
    lines = ["Performance Evaluation 2023", "No.  Project  Funds (yuan)  Score  Grade"]
    lines += [f"{n}  Road repair {n}  {n * 1234567:,}  {80 + n}  Good" for n in range(1, 15)]
    for number, line in enumerate(lines):
        canvas.drawString(72, 800 - 20 * number, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _page_with_stream(stream: bytes, filters: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
    ]


def hex_flate_bomb_pdf(inflated_mb: int = 1024) -> bytes:
    """A content stream behind `[/ASCIIHexDecode /FlateDecode]`: a check that reads only the first filter sees a
    hex stream that shrinks (0ba6f84: 1.6 GB)."""
    import binascii

    return _raw_pdf(_page_with_stream(binascii.hexlify(_flate(inflated_mb)) + b">", b"[/ASCIIHexDecode /FlateDecode]"))


def ascii85_flate_bomb_pdf(inflated_mb: int = 1024) -> bytes:
    """The same behind `[/ASCII85Decode /FlateDecode]`."""
    import base64

    return _raw_pdf(_page_with_stream(base64.a85encode(_flate(inflated_mb)) + b"~>", b"[/A85 /FlateDecode]"))


_PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out, i, j = bytearray(len(data)), 0, 0
    for index, byte in enumerate(data):
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out[index] = byte ^ box[(box[i] + box[j]) % 256]
    return bytes(out)


def rc4_flate_bomb_pdf(inflated_mb: int = 1024) -> bytes:
    """A Flate bomb in an RC4-encrypted PDF (standard security handler, revision 2) whose user password is empty:
    every reader opens it without asking, and a check that skips encrypted files let it inflate (0ba6f84: 1.6 GB)."""
    import hashlib

    file_id = bytes(range(16))
    permissions = (-4).to_bytes(4, "little", signed=True)
    owner = _rc4(hashlib.md5(b"owner" + _PASSWORD_PAD[:-5]).digest()[:5], _PASSWORD_PAD)
    key = hashlib.md5(_PASSWORD_PAD + owner + permissions + file_id).digest()[:5]
    user = _rc4(key, _PASSWORD_PAD)
    objects = _page_with_stream(b"", b"/FlateDecode")
    stream = _rc4(hashlib.md5(key + (4).to_bytes(3, "little") + b"\0\0").digest()[:10], _flate(inflated_mb))
    objects[3] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects.append(
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (owner.hex().encode(), user.hex().encode())
    )
    pdf = _raw_pdf(objects)
    trailer = b"/Root 1 0 R >>"
    identifier = b"<" + file_id.hex().encode() + b">"
    return pdf.replace(trailer, b"/Root 1 0 R /Encrypt %d 0 R /ID [%s %s] >>" % (len(objects), identifier, identifier))


def huge_jpeg_pdf(side_pixels: int = 30_000) -> bytes:
    """An A4 page holding one JPEG of `side_pixels` × `side_pixels` and no text: rendered for OCR, the image is
    decoded whole (0ba6f84: 1.5 GB for 30,000 × 30,000). The JPEG here is a header and no more: what is refused is
    its declared size, before anything decodes it."""
    jpeg = b"\xff\xd8\xff\xc0\x00\x0b\x08" + side_pixels.to_bytes(2, "big") * 2 + b"\x01\x01\x11\x00\xff\xd9"
    draw = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
            b"/Filter /DCTDecode /Length %d >>\nstream\n"
            % (side_pixels, side_pixels, len(jpeg))
            + jpeg
            + b"\nendstream",
        ]
    )


def tiny_pages_pdf(pages: int = 100_000) -> bytes:
    """`pages` empty pages sharing one content stream (≈ 100 bytes each): loaded as pages before their count is
    checked they took 1.3 GB (0ba6f84)."""
    kids = b" ".join(b"%d 0 R" % (4 + number) for number in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 3 0 R >>"
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            b"<< /Length 0 >>\nstream\n\nendstream",
            *[page] * pages,
        ]
    )
