"""Old and WPS office formats (.doc, .wps, and .et that calamine cannot open) converted by LibreOffice headless to
the formats read natively (.docx, .xlsx).

`soffice` is started as its own process group with a private profile (parallel workers never share one), waited
for within a time limit, and on time-out stopped with its children by that process group's id. `make office`
installs LibreOffice; without it the document fails with `office_unavailable`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from jixiao.extractors.errors import OfficeConversionError, OfficeUnavailableError

CONVERSION_SECONDS = 120.0  # a first start with a new profile takes ≈ 5 s; a 100-page .doc converts in ≈ 10 s
TARGETS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@cache
def _profile() -> Path:
    """This process's LibreOffice profile: made by the first conversion (≈ 3 s), reused by the next ones."""
    folder = Path(tempfile.mkdtemp(prefix="jixiao-soffice-profile-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop soffice and what it started (oosplash starts soffice.bin) by their process group's id."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def convert(data: bytes, suffix: str, target: str, seconds: float | None = None) -> bytes:
    """`data` (a file that would be named `*.{suffix}`) converted to `target` (docx or xlsx) by LibreOffice, within
    `seconds` (default CONVERSION_SECONDS)."""
    seconds = CONVERSION_SECONDS if seconds is None else seconds
    program = soffice()
    if program is None:
        raise OfficeUnavailableError(
            f"a .{suffix} file needs LibreOffice to be read, and it is not installed (`make office` installs it)"
        )
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as folder:
        source = Path(folder) / f"document.{suffix}"
        source.write_bytes(data)
        out = Path(folder) / "out"
        command = [
            program,
            f"-env:UserInstallation={_profile().as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--convert-to",
            TARGETS[target],
            "--outdir",
            str(out),
            str(source),
        ]
        environment = dict(os.environ, HOME=folder)
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=environment, start_new_session=True
        )
        try:
            output, _ = process.communicate(timeout=seconds)
        except subprocess.TimeoutExpired:
            _stop(process)
            raise OfficeConversionError(
                f"LibreOffice did not convert the .{suffix} file within {seconds:g} s (stopped)"
            ) from None
        finally:
            if process.poll() is None:
                _stop(process)
        converted = out / f"document.{target}"
        if process.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
            said = output.decode("utf-8", "replace").strip().splitlines()
            raise OfficeConversionError(
                f"LibreOffice could not convert the .{suffix} file to .{target} (exit {process.returncode}"
                + (f": {said[-1]}" if said else "")
                + ")"
            )
        return converted.read_bytes()
