"""picketline's web dashboard and JSON API (FastAPI + Jinja2).

:func:`create_app` builds the app; ``picketline serve`` runs it with uvicorn.
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
