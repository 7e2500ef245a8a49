"""Names in the warehouse's folders that readers need as well as the writer (kept apart from warehouse.store so
that a query does not import the loader)."""

from __future__ import annotations


def raw_path(sha256: str) -> str:
    """Where a source's original bytes are kept: under their hash (never a name from a URL or the PDF)."""
    return f"raw/{sha256}.pdf"
