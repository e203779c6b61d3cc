"""Command-line interface: a thin skin over picketline's Python API.

Each command module registers its commands on :data:`app`.
"""
from __future__ import annotations

from .app import app
from . import extract_cmd  # noqa: F401  (registers commands)


def main() -> None:
    app()
