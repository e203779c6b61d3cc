"""``picketline serve``: the web dashboard and JSON API."""
from __future__ import annotations

import os

import typer

from .app import DB_HELP, app, console, db_url


@app.command()
def serve(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the dashboard and the JSON API (docs at /docs).

    Review (confirm, correct, merge, split) needs a token: set PICKETLINE_TOKEN before
    starting; without it the app is read-only.
    """
    import uvicorn

    from ..web import create_app

    token = os.environ.get("PICKETLINE_TOKEN") or None
    web_app = create_app(db_url(db), token)
    mode = "review enabled (PICKETLINE_TOKEN set)" if token else "read-only (no PICKETLINE_TOKEN)"
    console.print(f"picketline on [bold]http://{host}:{port}/[/bold]  ·  API docs at /docs  ·  {mode}")
    uvicorn.run(web_app, host=host, port=port, log_level="info")
