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
from typing import Any

import httpx
import yaml

from warehouse import Warehouse

MANIFEST_SUFFIXES = (".csv", ".yaml", ".yml")
TIMEOUT_SECONDS = 30.0
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


def read_manifest(path: Path) -> list[ManifestEntry]:
    """`url[,region,year]` rows (CSV with a header) or a YAML list of {url, region, year}."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        rows: list[dict[str, Any]] = list(csv.DictReader(text.splitlines()))
    else:
        loaded = yaml.safe_load(text) or []
        rows = loaded.get("reports", []) if isinstance(loaded, dict) else loaded
    entries = []
    for number, row in enumerate(rows, start=1):
        url = str(row.get("url") or "").strip()
        if not url.startswith(("http://", "https://")):
            raise ManifestError(f"{path}: entry {number} has no http(s) url")
        year = str(row.get("year") or row.get("fiscal_year") or "").strip()
        entries.append(ManifestEntry(url, (row.get("region") or None), int(year) if year.isdigit() else None))
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
) -> Fetched:
    """Fetch one URL into the landing zone; never raises for what a server or the network does."""
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
        except httpx.HTTPError as error:
            last_error = ("download_failed", f"{type(error).__name__}: {error}")
    return Fetched(url, None, None, error_code=last_error[0], message=f"{last_error[1]} (after {RETRIES} retries)")


def client(timeout: float | None = None) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(timeout or TIMEOUT_SECONDS), follow_redirects=True)
