"""A loopback HTTP server for the URL-source tests: python http_server.py PORT_FILE PDF_PATH

Routes: /report.pdf (ETag and Last-Modified; 304 on a matching If-None-Match), /missing.pdf (404),
/broken.pdf (500, counted), /slow.pdf (answers after 5 s), /html.pdf (an HTML page served as application/pdf),
/huge.pdf (declares 50 MB), /trickle.pdf (a byte every 0.5 s, for ever), /loop.pdf (redirects to itself),
/ftp.pdf (redirects to an ftp:// URL), /gzip2.pdf (1 GiB of zeros, `Content-Encoding: gzip, gzip`: a few KB on
the wire), /trickle-headers.pdf (its headers a byte every 0.5 s, for ever), /to-loopback.pdf (redirects to
127.0.0.2, the same port), /stats (how many requests each route got, as JSON).
"""

from __future__ import annotations

import gzip
import json
import sys
import time
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PDF = Path(sys.argv[2]).read_bytes()
ETAG = '"sample-v1"'
HITS: Counter[str] = Counter()


def _gzip_of_zeros(size: int) -> bytes:
    """gzip of `size` zero bytes, made a piece at a time (≈ 1 MB for 1 GiB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    piece = bytes(1 << 20)
    parts = [compressor.compress(piece) for _ in range(size >> 20)]
    return b"".join([*parts, compressor.flush()])


GZIP2 = gzip.compress(_gzip_of_zeros(1 << 30), 9)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str = "application/pdf", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        HITS[self.path] += 1
        if self.path == "/report.pdf":
            if self.headers.get("If-None-Match") == ETAG:
                self._send(304, ETag=ETAG)
            else:
                self._send(200, PDF, ETag=ETAG, Last_Modified="Mon, 04 Mar 2024 08:00:00 GMT")
        elif self.path == "/broken.pdf":
            self._send(500, b"oops", "text/plain")
        elif self.path == "/slow.pdf":
            time.sleep(5)
            self._send(200, PDF)
        elif self.path == "/html.pdf":
            self._send(200, b"<!DOCTYPE html><html><body>login required</body></html>")
        elif self.path == "/huge.pdf":
            self._send(200, b"", length=str(50 * 1024 * 1024))
        elif self.path == "/trickle.pdf":
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(PDF)))
            self.end_headers()
            try:
                for byte in PDF:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:  # the client gave up
                pass
        elif self.path == "/loop.pdf":
            self._send(302, b"", "text/plain", Location="/loop.pdf")
        elif self.path == "/ftp.pdf":
            self._send(302, b"", "text/plain", Location="ftp://127.0.0.1/report.pdf")
        elif self.path == "/gzip2.pdf":
            self._send(200, GZIP2, Content_Encoding="gzip, gzip")
        elif self.path == "/trickle-headers.pdf":
            try:
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100_000:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:  # the client gave up
                pass
        elif self.path == "/to-loopback.pdf":
            port = self.server.server_address[1]
            self._send(302, b"", "text/plain", Location=f"http://127.0.0.2:{port}/report.pdf")
        elif self.path == "/stats":
            self._send(200, json.dumps(HITS).encode(), "application/json")
        else:
            self._send(404, b"not found", "text/plain")


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
Path(sys.argv[1]).write_text(str(server.server_address[1]))
server.serve_forever()
