"""vega, vega-lite and vega-embed as one script to inline in a page, so the report opens offline.

vl-convert bundles the libraries it ships (no CDN), which takes 10–20 s of CPU; the bundle is cached per machine
and user under `~/.cache/jixiao` (or `$XDG_CACHE_HOME/jixiao`), keyed by the vl-convert and Vega-Lite versions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from functools import cache
from pathlib import Path

import altair as alt
import vl_convert


def _cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jixiao"


def vegalite_version() -> str:
    """Altair's Vega-Lite version as vl-convert names it: v6.4.1 → v6_4."""
    return "_".join(alt.SCHEMA_VERSION.split(".")[:2])


@cache
def vega_bundle(folder: Path | None = None) -> str:
    """The script, safe to put inside <script> (no `</script` in it)."""
    path = (folder or _cache_folder()) / f"vega-embed-{vl_convert.__version__}-{vegalite_version()}.js"
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return path.read_text(encoding="utf-8")
    bundle = vl_convert.javascript_bundle(vl_version=vegalite_version()).replace("</script", "<\\/script")
    partial: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a concurrent reader never sees half a file.
        descriptor, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".partial")
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(bundle)
        os.replace(partial, path)
    except OSError as error:
        logging.getLogger(__name__).warning("could not cache the Vega bundle in %s: %s", path, error)
        if partial is not None:
            with contextlib.suppress(OSError):
                os.remove(partial)
    return bundle
