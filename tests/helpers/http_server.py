"""A loopback HTTP server for the URL-source tests: python http_server.py PORT_FILE PDF_PATH

Routes: /report.pdf (ETag and Last-Modified; 304 on a matching If-None-Match), /missing.pdf (404),
/broken.pdf (500, counted), /slow.pdf (answers after 5 s), /html.pdf (an HTML page served as application/pdf),
/huge.pdf (declares 50 MB), /trickle.pdf (a byte every 0.5 s, for ever), /loop.pdf (redirects to itself),
/ftp.pdf (redirects to an ftp:// URL), /stats (how many requests each route got, as JSON).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PDF = Path(sys.argv[2]).read_bytes()
ETAG = '"sample-v1"'
HITS: Counter[str] = Counter()


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
        elif self.path == "/stats":
            self._send(200, json.dumps(HITS).encode(), "application/json")
        else:
            self._send(404, b"not found", "text/plain")


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
Path(sys.argv[1]).write_text(str(server.server_address[1]))
server.serve_forever()
