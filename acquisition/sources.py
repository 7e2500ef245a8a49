"""Which files an ingest run reads: files as given, folders searched recursively for documents; one read per
content in a batch."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# What a folder is searched for: the documents bureaus publish (their format is told from the bytes when read).
DOCUMENT_SUFFIXES = frozenset(
    {".pdf", ".html", ".htm", ".shtml", ".docx", ".doc", ".wps", ".xlsx", ".xls", ".et", ".rtf"}
    | {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
)


class SourceError(ValueError):
    """A path the user gave does not exist: a usage error, not a document error."""


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files in the order given; a folder contributes its documents (PDF, web pages, Word, Excel, pictures: by
    extension, any case), sorted, recursively. A manifest of URLs (`.csv`, `.yaml`) is passed as a file; the
    flow reads it."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            raise SourceError(f"no such file or folder: {path}")
    return list(dict.fromkeys(found))


class FirstNames:
    """The name under which each content first came in one batch: the same bytes under another name (a copy, a
    mirror's download) are read and loaded once, and the other names are said to be the same as the first."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def same_as(self, sha256: str, name: str) -> str | None:
        """The first name of this content when it came earlier in the batch; None (and `name` remembered as its
        first) when it is new."""
        if sha256 in self._first:
            return self._first[sha256]
        self._first[sha256] = name
        return None
