"""Helpers shared by the tests that run picketline as a real process."""
from __future__ import annotations

import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path


def cli(*args: str) -> list[str]:
    """The installed ``picketline`` console script with ``args``."""
    return [str(Path(sys.executable).with_name("picketline")), *args]


def kill_when_rows(cmd: list[str], dbfile: Path, rows: int, env: dict[str, str],
                   timeout: float = 120) -> None:
    """Start ``cmd`` and SIGKILL it as soon as the SQLite database holds ``rows`` articles
    (so some batches are committed and more are under way)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            with sqlite3.connect(dbfile, timeout=30) as con:
                if con.execute("SELECT count(*) FROM articles").fetchone()[0] >= rows:
                    break
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebServer:
    """The web app under uvicorn on 127.0.0.1, in a background thread, stopped at the end."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "WebServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
