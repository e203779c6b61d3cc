"""Command-line interface: a thin skin over picketline's Python API.

Each command module registers its commands on :data:`app`.
"""
from __future__ import annotations

from .app import app
from . import cost_cmd, dispute_cmds, extract_cmd, serve_cmd, store_cmds  # noqa: F401  (register commands)


def main() -> None:
    app()
