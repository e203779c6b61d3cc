"""The Typer application every command module registers on."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable

import typer
from rich.console import Console
from rich.markup import escape

app = typer.Typer(
    name="picketline",
    help="Turn news articles into a sourced database of labor disputes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Tables printed to a pipe or a file (not a terminal) get room to breathe: 140 columns unless
# $COLUMNS says otherwise.
_PIPE_WIDTH = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 140
console = Console(width=_PIPE_WIDTH)
err_console = Console(stderr=True)

DB_HELP = ("Database URL (SQLAlchemy). Default: $PICKETLINE_DB, else SQLite at "
           "$PICKETLINE_HOME/picketline.db (~/.local/share/picketline/picketline.db).")


def db_url(value: str | None) -> str | None:
    """The --db option, falling back to $PICKETLINE_DB (the store resolves the default)."""
    return value or os.environ.get("PICKETLINE_DB") or None


@app.callback()
def _root() -> None:
    """picketline: a sourced database of labor disputes, built from news."""


def check_inputs(paths: Iterable[Path], max_bytes: int | None = None) -> None:
    """Exit 2 with a clear message for a missing path or a malformed size limit
    (``--max-bytes`` / ``$PICKETLINE_MAX_ARTICLE_BYTES``), before any work starts."""
    from ..ingest.limits import max_article_bytes

    missing = [p for p in paths if not Path(p).exists()]
    for p in missing:
        err_console.print(f"[red]error:[/] {escape(str(p))}: no such file or folder")
    if missing:
        raise typer.Exit(2)
    try:
        max_article_bytes(max_bytes)
    except ValueError as e:
        err_console.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(2) from e
