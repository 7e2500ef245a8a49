"""Quiet, offline-safe Prefect defaults. Imported before prefect itself; a user's own settings win."""

from __future__ import annotations

import os

DEFAULTS = {
    # Telemetry cannot reach its host offline and logs an ERROR with a "database is locked" traceback.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # Prefect's INFO lines (flow run created, task finished) drown the CLI's own output.
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # The temporary server takes several seconds to start on a busy 2-core machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def apply_defaults() -> None:
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)
