"""Acquisition: which documents a run reads: files and folders as given, and manifests of URLs fetched over HTTP.
Knows nothing of parsing; hands bytes to the flows."""
