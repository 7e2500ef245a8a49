"""`jixiao browse`: a local, read-only web app over the warehouse (see app.py)."""

from jixiao.presentation.browse.app import create_app, serve

__all__ = ["create_app", "serve"]
