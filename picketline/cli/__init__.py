"""Command-line interface: a thin skin over picketline's Python API.

Each command module registers its commands on :data:`app`.
"""
from __future__ import annotations

from .app import app
# Registration order is the order `picketline --help` lists the commands in.
from . import store_cmds  # noqa: F401,I001  ingest, articles, db
from . import extract_cmd  # noqa: F401  extract
from . import reextract_cmd  # noqa: F401  reextract
from . import dispute_cmds  # noqa: F401  disputes, show, export
from . import cost_cmd  # noqa: F401  cost
from . import demo_cmd  # noqa: F401  demo
from . import serve_cmd  # noqa: F401  serve
from . import rules_cmds  # noqa: F401  rules list, lint, stats
from . import hooks_cmd  # noqa: F401  hooks
from . import watch_cmd  # noqa: F401  watch
from .app import quiet_interrupts, reflow_help

reflow_help(app)


def main() -> None:
    quiet_interrupts()
    app()
