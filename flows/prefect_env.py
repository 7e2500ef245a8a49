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


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _terminate_with_parent() -> None:
    """In the temporary server's process before it runs: SIGTERM when the process that started it is gone."""
    import ctypes
    import signal

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def start_temporary_server() -> None:
    """Start Prefect's temporary API server (a flow run with no server configured) so that it dies with this
    process, even SIGKILLed: Prefect starts it without a parent-death signal, and it outlived killed runs (264 MB
    each). Call from the main thread: Linux signals the child when the *thread* that started it ends. Prefect's
    own clients then find this one running (one instance per process)."""
    import subprocess
    import sys
    import types

    import prefect.server.api.server as prefect_server

    server = prefect_server.SubprocessASGIServer()
    if server.running or not sys.platform.startswith("linux"):
        return

    class PopenDyingWithParent(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, preexec_fn=_terminate_with_parent, **kwargs)  # type: ignore[call-overload]

    # The module's only uses of `subprocess` are Popen (starting the server) and TimeoutExpired (stopping it).
    prefect_server.subprocess = types.SimpleNamespace(  # type: ignore[assignment]
        Popen=PopenDyingWithParent, TimeoutExpired=subprocess.TimeoutExpired
    )
    try:
        server.start()
    finally:
        prefect_server.subprocess = subprocess  # type: ignore[assignment]
