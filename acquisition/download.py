"""URL sources: a manifest (CSV or YAML) of report URLs, fetched with a real HTTP client.

Timeouts, retries with exponential backoff on network errors and 5xx answers, conditional requests (ETag and
Last-Modified remembered per URL in `<warehouse>/_sources/http_state.json`: an unchanged report is not fetched
again), a size cap enforced while streaming, and the bytes kept in the landing zone (`raw/<sha256>.pdf`) before
anything parses them. Whether the bytes are a PDF is decided by the extractor from the bytes themselves, never from
the Content-Type header (servers send HTML as application/pdf).
"""

from __future__ import annotations

import csv
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from warehouse import Warehouse

if TYPE_CHECKING:
    import httpx  # imported where a URL is fetched: ≈ 0.2 s that a run of local files does not pay

MANIFEST_SUFFIXES = (".csv", ".yaml", ".yml")
TIMEOUT_SECONDS = 30.0  # for a connection, and between two pieces of an answer
DEADLINE_SECONDS = 300.0  # for a whole download, retries included: a server trickling a byte at a time ends here
RETRIES = 3
BACKOFF_SECONDS = 0.5
USER_AGENT = "jixiao (budget-performance report ETL)"


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
    for number, row in enumerate(reader, start=2):
        rows.append((number, {str(key).strip().lower(): value for key, value in row.items() if key is not None}))
    return rows


def _yaml_line(text: str, key: str | None = None) -> int:
    """The line where the YAML document (or its top-level `key`'s value) starts; composing builds no objects."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if key is not None and isinstance(node, yaml.MappingNode):
        node = next((value for name, value in node.value if name.value == key), node)
    return node.start_mark.line + 1 if node is not None else 1


def _yaml_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    """(entry number, row) of a YAML list of {url, region, year} (or of URL strings), or under a `reports` key."""
    try:
        loaded = yaml.safe_load(text) or []
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
        if not url.startswith(("http://", "https://")):
            raise ManifestError(f"{path}, {where} {number}: no http(s) url ({url or 'empty'!r})")
        year = str(row.get("year") or row.get("fiscal_year") or "").strip()
        region = str(row.get("region") or "").strip() or None
        entries.append(ManifestEntry(url, region, int(year) if year.isdigit() else None))
    return entries


STATE_PATH = "_sources/http_state.json"


def load_state(warehouse: Warehouse) -> dict[str, dict[str, str]]:
    return dict(warehouse.read_json(STATE_PATH) or {})


def save_state(warehouse: Warehouse, state: dict[str, dict[str, str]]) -> None:
    warehouse.write_json(STATE_PATH, state)


def fetch(
    client: httpx.Client,
    url: str,
    warehouse: Warehouse,
    state: dict[str, dict[str, str]],
    max_bytes: int,
    deadline_seconds: float | None = None,
) -> Fetched:
    """Fetch one URL into the landing zone; never raises for what a server or the network does. Network errors
    and 5xx answers are retried with backoff; 4xx, an unsupported scheme, a redirect loop are not; the whole
    download, retries included, ends at `deadline_seconds`."""
    import httpx

    # Failures that the same request would meet again: not retried.
    permanent = (httpx.UnsupportedProtocol, httpx.TooManyRedirects, httpx.InvalidURL, httpx.LocalProtocolError)
    deadline_seconds = DEADLINE_SECONDS if deadline_seconds is None else deadline_seconds
    deadline = time.monotonic() + deadline_seconds
    known = state.get(url, {})
    headers = {"User-Agent": USER_AGENT}
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known.get("last_modified"):
        headers["If-Modified-Since"] = known["last_modified"]
    last_error = ("download_failed", "no attempt made")
    for attempt in range(RETRIES + 1):
        if attempt:
            time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
        if time.monotonic() >= deadline:
            break
        try:
            with client.stream("GET", url, headers=headers) as response:
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
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        return Fetched(url, None, None, error_code="file_too_large", message=f"over {max_bytes} bytes")
                    if time.monotonic() > deadline:
                        return Fetched(
                            url,
                            None,
                            None,
                            error_code="download_timeout",
                            message=f"{len(body)} bytes of {url} in {deadline_seconds:g} s: the download's whole "
                            "time limit",
                        )
                data = bytes(body)
                sha256 = hashlib.sha256(data).hexdigest()
                warehouse.keep_original(sha256, data)
                state[url] = {
                    "etag": response.headers.get("ETag", ""),
                    "last_modified": response.headers.get("Last-Modified", ""),
                    "sha256": sha256,
                }
                return Fetched(url, data, sha256)
        except httpx.TimeoutException:
            last_error = ("download_timeout", f"no complete answer from {url} within {client.timeout.read}s")
        except permanent as error:
            return Fetched(url, None, None, error_code="download_failed", message=f"{type(error).__name__}: {error}")
        except httpx.HTTPError as error:
            last_error = ("download_failed", f"{type(error).__name__}: {error}")
    tries = f"after {attempt} retries" if attempt else "no retry"
    return Fetched(url, None, None, error_code=last_error[0], message=f"{last_error[1]} ({tries})")


def client(timeout: float | None = None) -> httpx.Client:
    import httpx

    return httpx.Client(timeout=httpx.Timeout(timeout or TIMEOUT_SECONDS), follow_redirects=True)
