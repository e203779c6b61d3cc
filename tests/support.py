"""Helpers shared by the tests that run picketline as a real process."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
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
