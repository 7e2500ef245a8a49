"""URL sources: a manifest (CSV or YAML) of report URLs, fetched with a real HTTP client.

Timeouts, retries with exponential backoff on network errors and 5xx answers, conditional requests (ETag and
Last-Modified remembered per URL in `<warehouse>/_sources/http_state.json`: an unchanged report is not fetched
again), a size cap enforced while streaming, and the bytes kept in the landing zone (`raw/<sha256>.pdf`) before
anything parses them. Whether the bytes are a PDF is decided by the extractor from the bytes themselves, never from
the Content-Type header (servers send HTML as application/pdf).

Bounds: the whole download (connection, headers, body, redirects, retries) ends at a deadline; the body is
decoded here, layer by layer in bounded pieces, so that stacked Content-Encodings (`gzip, gzip`) never hold more
than the size cap; every request, redirects included, goes only to a public address unless private, loopback and
link-local ones are allowed (`--allow-private-urls`, JIXIAO_ALLOW_PRIVATE_URLS=1); a manifest is refused past a size,
a URL past a length, a YAML document past a budget of nodes counting what its aliases expand to.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import ipaddress
import os
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import yaml
from jixiao.warehouse import Warehouse

if TYPE_CHECKING:
    import httpx  # imported where a URL is fetched: ≈ 0.2 s that a run of local files does not pay

MANIFEST_SUFFIXES = (".csv", ".yaml", ".yml")
TIMEOUT_SECONDS = 30.0  # for a connection, and between two pieces of an answer
DEADLINE_SECONDS = 300.0  # for a whole download, retries included: a server trickling a byte at a time ends here
RETRIES = 3
BACKOFF_SECONDS = 0.5
USER_AGENT = "jixiao (budget-performance report ETL)"
MAX_MANIFEST_BYTES = 10 << 20  # a manifest of 100,000 URLs is ≈ 10 MB
MAX_URL_LENGTH = 2048  # what browsers and servers commonly accept; a longer one is refused with its manifest
MAX_YAML_NODES = 200_000  # a YAML manifest's nodes, aliases counted as what they expand to (billion laughs: 10^9)
ALLOW_PRIVATE_ENV = "JIXIAO_ALLOW_PRIVATE_URLS"
DECODE_PIECE = 1 << 20  # a compressed body is decoded this many bytes at a time per layer


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    url: str
    region: str | None = None
    fiscal_year: int | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    data: bytes | None = field(repr=False)  # the bytes (also kept in the landing zone)
    sha256: str | None
    error_code: str | None = None
    message: str | None = None


class ManifestError(ValueError):
    pass


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    """(line number, row) of a CSV manifest whose header names a `url` column; `,` `;` tab or `|` separated."""
    lines = text.splitlines()
    if not lines:
        return []
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel  # one column: no separator to find
    reader = csv.DictReader(lines, dialect=dialect)
    columns = [str(name).strip().lower() for name in reader.fieldnames or []]
    if "url" not in columns:
        raise ManifestError(
            f"{path}, line 1: no `url` column in the header (found: {', '.join(columns) or 'nothing'}); "
            "expected a header such as url,region,year"
        )
    rows = []
    try:
        for number, row in enumerate(reader, start=2):
            rows.append((number, {str(key).strip().lower(): value for key, value in row.items() if key is not None}))
    except csv.Error as error:  # a field past csv's own limit (a 131,072-character URL), a broken quote
        raise ManifestError(f"{path}, line {reader.line_num}: not a manifest CSV ({error})") from error
    return rows


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader with a budget: each node weighs what it expands to (an alias weighs its anchor's whole
    subtree), and a document heavier than MAX_YAML_NODES is refused before anything is built from it."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._weights: dict[int, int] = {}

    def compose_node(self, parent: Any, index: Any) -> Any:
        node = super().compose_node(parent, index)
        if id(node) in self._weights:  # an alias: its anchor's weight again
            weight = self._weights[id(node)]
        elif isinstance(node, yaml.SequenceNode):
            weight = 1 + sum(self._weights.get(id(child), 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            weight = 1 + sum(self._weights.get(id(k), 1) + self._weights.get(id(v), 1) for k, v in node.value)
        else:
            weight = 1
        self._weights[id(node)] = weight
        if weight > MAX_YAML_NODES:
            raise yaml.YAMLError(f"more than {MAX_YAML_NODES:,} nodes once its aliases are expanded")
        return node


def _yaml_line(text: str, key: str | None = None) -> int:
    """The line where the YAML document (or its top-level `key`'s value) starts; composing builds no objects."""
    node = yaml.compose(text, Loader=_BoundedLoader)
    if key is not None and isinstance(node, yaml.MappingNode):
        node = next((value for name, value in node.value if name.value == key), node)
    return node.start_mark.line + 1 if node is not None else 1


def _yaml_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    """(entry number, row) of a YAML list of {url, region, year} (or of URL strings), or under a `reports` key."""
    try:
        loaded = yaml.load(text, Loader=_BoundedLoader) or []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ManifestError(f"{path}{where}: not a manifest YAML ({problem})") from error
    if isinstance(loaded, dict) and "reports" not in loaded:
        # `url: …` without its `- ` would otherwise be a manifest of nothing, loaded without a word.
        keys = ", ".join(map(str, loaded)) or "none"
        raise ManifestError(
            f"{path}, line {_yaml_line(text)}: expected a list of entries (`- url: …`) or a `reports:` list, "
            f"found the keys {keys}"
        )
    items = loaded["reports"] if isinstance(loaded, dict) else loaded
    if not isinstance(items, list):
        line = _yaml_line(text, "reports" if isinstance(loaded, dict) else None)
        raise ManifestError(
            f"{path}, line {line}: expected a list of entries with a `url`, found {type(items).__name__}"
        )
    rows = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict):
            raise ManifestError(f"{path}, entry {number}: expected `url: …` (with region, year), found {item!r}")
        rows.append((number, item))
    return rows


def read_manifest(path: Path) -> list[ManifestEntry]:
    """`url[,region,year]` rows (CSV with a header) or a YAML list of {url, region, year}; a manifest that is not
    one raises ManifestError naming the file and the line or entry."""
    size = path.stat().st_size
    if size > MAX_MANIFEST_BYTES:
        raise ManifestError(f"{path}: {size:,} bytes, more than a manifest's limit of {MAX_MANIFEST_BYTES:,}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ManifestError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    rows = _csv_rows(path, text) if path.suffix.lower() == ".csv" else _yaml_rows(path, text)
    where = "line" if path.suffix.lower() == ".csv" else "entry"
    entries = []
    for number, row in rows:
        if row.get("site"):
            continue  # a site to crawl (acquisition/site.py reads these entries)
        url = str(row.get("url") or "").strip()
        if len(url) > MAX_URL_LENGTH:
            raise ManifestError(
                f"{path}, {where} {number}: a URL of {len(url):,} characters, more than the limit of {MAX_URL_LENGTH:,}"
            )
        if not url.startswith(("http://", "https://")):
            raise ManifestError(f"{path}, {where} {number}: no http(s) url ({url[:200] or 'empty'!r})")
        year = str(row.get("year") or row.get("fiscal_year") or "").strip()
        region = str(row.get("region") or "").strip() or None
        entries.append(ManifestEntry(url, region, int(year) if year.isdigit() else None))
    return entries


STATE_PATH = "_sources/http_state.json"


def load_state(warehouse: Warehouse) -> dict[str, dict[str, str]]:
    return dict(warehouse.read_json(STATE_PATH) or {})


def save_state(warehouse: Warehouse, state: dict[str, dict[str, str]]) -> None:
    warehouse.write_json(STATE_PATH, state)


class PrivateAddress(Exception):
    """A request to a private, loopback or link-local address while those are not allowed."""


def private_urls_allowed() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "") not in ("", "0", "false", "no")


def refuse_private(host: str) -> None:
    """Raise PrivateAddress unless every address `host` resolves to is a public one."""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return  # a name that does not resolve: the request itself says so
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if not ip.is_global or ip.is_multicast:
            raise PrivateAddress(
                f"{host} is a private, loopback or link-local address ({address}): refused without --allow-private-urls"
            )


class _Decoded:
    """The body of an answer decoded through its Content-Encodings, layer by layer in bounded pieces: a small
    gzip of a gzip never inflates past `limit` in memory (httpx's own decoder inflates a whole chunk at once)."""

    WBITS: ClassVar[dict[str, int]] = {"gzip": 31, "x-gzip": 31, "deflate": 15}

    def __init__(self, encodings: str) -> None:
        names = [name.strip().lower() for name in encodings.split(",") if name.strip()]
        self.layers = [name for name in names if name != "identity"]
        self.unsupported = [name for name in self.layers if name not in self.WBITS]

    def decode(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        pieces = chunks
        for name in reversed(self.layers):  # the last encoding applied is the first to undo
            pieces = self._inflate(pieces, self.WBITS[name])
        return pieces

    @staticmethod
    def _inflate(chunks: Iterator[bytes], wbits: int) -> Iterator[bytes]:
        # deflate as sent by some servers is raw (no zlib header): try the header, fall back to raw
        inflater = zlib.decompressobj(wbits if wbits != 15 else 47)
        for chunk in chunks:
            pending = chunk
            while pending:
                out = inflater.decompress(pending, DECODE_PIECE)
                if out:
                    yield out
                pending = inflater.unconsumed_tail


def fetch(
    client: httpx.Client,
    url: str,
    warehouse: Warehouse,
    state: dict[str, dict[str, str]],
    max_bytes: int,
    deadline_seconds: float | None = None,
) -> Fetched:
    """Fetch one URL into the landing zone; never raises for what a server or the network does. Network errors
    and 5xx answers are retried with backoff; 4xx, an unsupported scheme, a redirect loop, a private address are
    not; the whole download, connection and headers included, retries included, ends at `deadline_seconds`."""
    import httpx

    # Failures that the same request would meet again: not retried.
    permanent = (httpx.UnsupportedProtocol, httpx.TooManyRedirects, httpx.InvalidURL, httpx.LocalProtocolError)
    deadline_seconds = DEADLINE_SECONDS if deadline_seconds is None else deadline_seconds
    deadline = time.monotonic() + deadline_seconds
    known = state.get(url, {})
    # Only encodings decoded here, within the cap.
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known.get("last_modified"):
        headers["If-Modified-Since"] = known["last_modified"]
    timed_out = f"{url} not complete in {deadline_seconds:g} s: the download's whole time limit"
    last_error = ("download_failed", "no attempt made")
    for attempt in range(RETRIES + 1):
        if attempt:
            time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
        if time.monotonic() >= deadline:
            break
        # The deadline cuts the connection whatever it is waiting for (a server trickling its headers sends a
        # byte before each read timeout): each socket the request opens is shut down when the deadline passes.
        sockets: list[socket.socket] = []
        expired = threading.Event()

        def trace(
            event: str, info: dict[str, Any], sockets: list[socket.socket] = sockets, expired: threading.Event = expired
        ) -> None:
            if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
                stream = info.get("return_value")
                opened = stream.get_extra_info("socket") if stream is not None else None
                if opened is not None:
                    sockets.append(opened)
                    if expired.is_set():
                        _shut(opened)

        def cut(sockets: list[socket.socket] = sockets, expired: threading.Event = expired) -> None:
            expired.set()
            for opened in sockets:
                _shut(opened)

        watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), cut)
        watchdog.daemon = True
        watchdog.start()
        try:
            with client.stream("GET", url, headers=headers, extensions={"trace": trace}) as response:
                if response.status_code == 304 and known.get("sha256"):
                    kept = warehouse.read_original(known["sha256"])
                    return Fetched(url, kept, known["sha256"])  # unchanged: the kept copy
                if response.status_code >= 500:
                    last_error = ("http_error", f"HTTP {response.status_code} from {url}")
                    continue
                if response.status_code >= 400:
                    return Fetched(
                        url, None, None, error_code="http_error", message=f"HTTP {response.status_code} from {url}"
                    )
                declared = int(response.headers.get("Content-Length") or 0)
                if declared > max_bytes:
                    return Fetched(url, None, None, error_code="file_too_large", message=f"{declared} bytes declared")
                decoded = _Decoded(response.headers.get("Content-Encoding", ""))
                if decoded.unsupported:
                    message = f"Content-Encoding {', '.join(decoded.unsupported)} (only gzip and deflate are read)"
                    return Fetched(url, None, None, error_code="download_failed", message=message)
                body = bytearray()
                try:
                    for chunk in decoded.decode(response.iter_raw()):
                        body += chunk
                        if len(body) > max_bytes:
                            return Fetched(
                                url, None, None, error_code="file_too_large", message=f"over {max_bytes} bytes decoded"
                            )
                except zlib.error as error:
                    return Fetched(url, None, None, error_code="download_failed", message=f"a broken encoding: {error}")
                if expired.is_set():
                    return Fetched(url, None, None, error_code="download_timeout", message=timed_out)
                data = bytes(body)
                sha256 = hashlib.sha256(data).hexdigest()
                warehouse.keep_original(sha256, data)
                state[url] = {
                    "etag": response.headers.get("ETag", ""),
                    "last_modified": response.headers.get("Last-Modified", ""),
                    "sha256": sha256,
                }
                return Fetched(url, data, sha256)
        except PrivateAddress as error:
            return Fetched(url, None, None, error_code="private_address", message=str(error))
        except httpx.TimeoutException:
            last_error = ("download_timeout", f"no complete answer from {url} within {client.timeout.read}s")
        except permanent as error:
            return Fetched(url, None, None, error_code="download_failed", message=f"{type(error).__name__}: {error}")
        except httpx.HTTPError as error:
            if expired.is_set():
                return Fetched(url, None, None, error_code="download_timeout", message=timed_out)
            last_error = ("download_failed", f"{type(error).__name__}: {error}")
        finally:
            watchdog.cancel()
        if expired.is_set():
            return Fetched(url, None, None, error_code="download_timeout", message=timed_out)
    tries = f"after {attempt} retries" if attempt else "no retry"
    return Fetched(url, None, None, error_code=last_error[0], message=f"{last_error[1]} ({tries})")


def _shut(opened: socket.socket) -> None:
    with contextlib.suppress(OSError):  # (already closed)
        opened.shutdown(socket.SHUT_RDWR)


def client(timeout: float | None = None, allow_private: bool | None = None) -> httpx.Client:
    """An HTTP client that follows redirects, each of whose requests (redirects included) goes only to a public
    address unless private ones are allowed."""
    import httpx

    allow_private = private_urls_allowed() if allow_private is None else allow_private

    def check(request: httpx.Request) -> None:
        if not allow_private:
            refuse_private(request.url.host)

    return httpx.Client(
        timeout=httpx.Timeout(timeout or TIMEOUT_SECONDS), follow_redirects=True, event_hooks={"request": [check]}
    )
