"""Ingest errors as a person works through them: each has a short stable id, and one that has been read can be
dismissed. A dismissal is a fact kept in the warehouse beside the errors (`_choices/dismissed_errors.json`: which
error, which failure of it, when), never a deletion: `ingest_errors` keeps every row, and a later failure of the
same document is a new failure, listed again until it is dismissed in turn."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jixiao.warehouse.store import Warehouse

DISMISSED_ERRORS = "_choices/dismissed_errors.json"
ERROR_ID_DIGITS = 10


def error_id(sha256: str | None, source_path: str) -> str:
    """A document's error id: of its content where its bytes were read, else of its path (as the error row is
    keyed); the same document keeps its id across failures."""
    key = f"sha256:{sha256}" if sha256 else f"path:{source_path}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:ERROR_ID_DIGITS]


@dataclass(frozen=True, slots=True)
class IngestError:
    error_id: str
    source_path: str
    sha256: str | None
    error_code: str
    message: str
    occurred_at: datetime
    dismissed_at: datetime | None  # when a person dismissed this failure (None: open)


class UnknownError(ValueError):
    """An id that names no open error."""


def _failure_key(occurred_at: datetime) -> str:
    return occurred_at.astimezone(UTC).isoformat()


def _dismissals(store: Warehouse) -> dict[tuple[str, str], str]:
    """{(error id, the failure's time): when it was dismissed}."""
    return {
        (item["error_id"], item["occurred_at"]): item["dismissed_at"]
        for item in store.read_json(DISMISSED_ERRORS) or []
    }


def ingest_errors(root: str | Path | Warehouse, include_dismissed: bool = False) -> list[IngestError]:
    """The errors of the documents that failed, oldest first: the open ones, or every one with when it was
    dismissed."""
    store = root if isinstance(root, Warehouse) else Warehouse(root)
    dismissed = _dismissals(store)
    errors = []
    for row in store.read_table("ingest_errors").to_pylist():
        identity = error_id(row["sha256"], row["source_path"])
        when = dismissed.get((identity, _failure_key(row["occurred_at"])))
        if when is not None and not include_dismissed:
            continue
        errors.append(
            IngestError(
                identity,
                row["source_path"],
                row["sha256"],
                row["error_code"],
                row["message"],
                row["occurred_at"],
                datetime.fromisoformat(when) if when else None,
            )
        )
    return sorted(errors, key=lambda error: (error.occurred_at, error.source_path))


def dismiss_errors(root: str | Path | Warehouse, ids: list[str] | None = None) -> list[IngestError]:
    """Dismiss the open errors `ids` names (a unique prefix of an id will do), or every open one when None; returns
    those dismissed. Raises UnknownError, dismissing nothing, when an id names no open error."""
    store = root if isinstance(root, Warehouse) else Warehouse(root)
    with store.storage.locked():
        open_errors = ingest_errors(store)
        if ids is None:
            chosen = open_errors
        else:
            chosen = []
            for wanted in ids:
                matches = [error for error in open_errors if error.error_id.startswith(wanted.lower())]
                if len(matches) != 1:
                    listed = ", ".join(error.error_id for error in open_errors[:5])
                    more = " …" if len(open_errors) > 5 else ""
                    what = "several open errors" if matches else "no open error"
                    raise UnknownError(
                        f"{what} with id {wanted!r}"
                        + (f" (open: {listed}{more})" if open_errors else " (there are no open errors)")
                    )
                chosen += [error for error in matches if error not in chosen]
        if not chosen:
            return []
        now = datetime.now(UTC)
        kept: list[dict[str, Any]] = list(store.read_json(DISMISSED_ERRORS) or [])
        kept += [
            {
                "error_id": error.error_id,
                "occurred_at": _failure_key(error.occurred_at),
                "dismissed_at": now.isoformat(timespec="seconds"),
                "source_path": error.source_path,
                "error_code": error.error_code,
            }
            for error in chosen
        ]
        store.write_json(DISMISSED_ERRORS, kept)
    return [
        IngestError(e.error_id, e.source_path, e.sha256, e.error_code, e.message, e.occurred_at, now) for e in chosen
    ]
