"""``picketline serve``: the web dashboard and JSON API."""
from __future__ import annotations

import os
import socket

import typer

from .app import DB_HELP, app, console, fail, open_store


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (uvicorn listens on it), or one line and exit 2 when
    the address is taken or cannot be used."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError as e:
        fail(f"cannot listen on {host}:{port}: {e.strerror or e}")
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        why = e.strerror or str(e)
        if e.errno == 98 or "in use" in why:
            why = "the address is already in use (another server? choose one with --port)"
        fail(f"cannot listen on {host}:{port}: {why}")
    return sock


@app.command()
def serve(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
) -> None:
    """Serve the dashboard and the JSON API (docs at /docs).

    Review (confirm, correct, merge, split) needs a token: set PICKETLINE_TOKEN before
    starting; without it the app is read-only. Exit code 2 when the database cannot be
    opened or the address is taken.
    """
    import uvicorn

    from ..web import create_app

    store = open_store(db)  # one line and exit 2 for a bad, missing or unreachable database
    url = store.url
    store.close()
    token = os.environ.get("PICKETLINE_TOKEN") or None
    web_app = create_app(url, token)
    sock = _listen(host, port)
    port = sock.getsockname()[1]
    mode = "review enabled (PICKETLINE_TOKEN set)" if token else "read-only (no PICKETLINE_TOKEN)"
    console.print(f"picketline on [bold]http://{host}:{port}/[/bold]  ·  API docs at /docs  ·  "
                  f"{mode}", soft_wrap=True)
    server = uvicorn.Server(uvicorn.Config(web_app, host=host, port=port, log_level="info"))
    server.run(sockets=[sock])
