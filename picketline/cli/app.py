"""The Typer application every command module registers on."""
from __future__ import annotations

import os

import typer
from rich.console import Console

app = typer.Typer(
    name="picketline",
    help="Turn news articles into a sourced database of labor disputes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

DB_HELP = ("Database URL (SQLAlchemy). Default: $PICKETLINE_DB, else SQLite at "
           "$PICKETLINE_HOME/picketline.db (~/.local/share/picketline/picketline.db).")


def db_url(value: str | None) -> str | None:
    """The --db option, falling back to $PICKETLINE_DB (the store resolves the default)."""
    return value or os.environ.get("PICKETLINE_DB") or None


@app.callback()
def _root() -> None:
    """picketline: a sourced database of labor disputes, built from news."""
