"""Database URLs and engines: the default SQLite location, PostgreSQL through psycopg 3, and
the SQLite settings that let the web app read while an ingest or a reviewer writes.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

SQLITE_BUSY_MS = 30_000  # how long a writer waits for another writer before giving up
SQLITE_CACHE_KB = 32_768  # page cache per connection (SQLite default: 2 MB)


def picketline_home() -> Path:
    """``$PICKETLINE_HOME`` (default ``~/.local/share/picketline``), created if missing."""
    home = Path(os.environ.get("PICKETLINE_HOME") or Path.home() / ".local/share/picketline")
    home.mkdir(parents=True, exist_ok=True)
    return home


def default_url() -> str:
    """``$PICKETLINE_DB``, else SQLite at ``$PICKETLINE_HOME/picketline.db``."""
    return os.environ.get("PICKETLINE_DB") or f"sqlite:///{picketline_home() / 'picketline.db'}"


def normalize_url(url: str | URL | None) -> URL:
    """Resolve the default and send plain ``postgresql://`` / ``postgres://`` URLs to psycopg 3."""
    u = make_url(url or default_url())
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:" \
            and not u.database.startswith("file:"):
        Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return u


def safe_url(url: str | URL) -> str:
    """The URL with its password hidden, for display."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str | URL | None) -> Engine:
    """An engine for ``url``. On SQLite: WAL journal, foreign keys, a busy timeout, and
    transactions begun by SQLAlchemy rather than implicitly by the driver, so that a
    ``write`` transaction can take the write lock up front (``BEGIN IMMEDIATE``, see
    :func:`write_engine`) instead of failing on a lock upgrade under concurrent writers."""
    u = normalize_url(url)
    if u.get_backend_name() != "sqlite":
        return create_engine(u, pool_pre_ping=True)
    engine = create_engine(u, connect_args={"timeout": SQLITE_BUSY_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")  # WAL: durable against process crashes
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        immediate = conn.get_execution_options().get("picketline_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool) marked so that SQLite begins with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(picketline_write=True)
