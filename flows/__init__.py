"""Prefect orchestration and the CLI. Thin: it wires extractors → parsers → warehouse and holds no parsing logic."""

from jixiao.flows.prefect_env import apply_defaults

# Runs before any flows submodule imports prefect: quiet, offline-safe defaults (a user's own settings win).
apply_defaults()
