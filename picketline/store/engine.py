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


class DatabaseURLError(ValueError):
    """A database URL that cannot be used; the message is one line saying why."""


def picketline_home(create: bool = True) -> Path:
    """``$PICKETLINE_HOME`` (default ``~/.local/share/picketline``), created if missing
    (unless ``create`` is false)."""
    home = Path(os.environ.get("PICKETLINE_HOME") or Path.home() / ".local/share/picketline")
    if create:
        home.mkdir(parents=True, exist_ok=True)
    return home


def default_url(create: bool = True) -> str:
    """``$PICKETLINE_DB``, else SQLite at ``$PICKETLINE_HOME/picketline.db``."""
    return os.environ.get("PICKETLINE_DB") or \
        f"sqlite:///{picketline_home(create) / 'picketline.db'}"


def parse_url(url: str | URL) -> URL:
    """``url`` as a SQLAlchemy URL. A bare file path (no ``scheme://``) is a SQLite database
    file; anything else that does not parse raises :class:`DatabaseURLError`."""
    if isinstance(url, URL):
        return url
    text = str(url).strip()
    if not text:
        raise DatabaseURLError("the database URL is empty")
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))
    try:
        return make_url(text)
    except Exception:  # noqa: BLE001 - sqlalchemy's ArgumentError, ValueError of a bad port
        raise DatabaseURLError(
            f"{text!r} is not a database URL (expected sqlite:////abs/path.db, "
            "postgresql://user:password@host/db, or a SQLite file path)") from None


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:" \
            or url.database.startswith("file:"):
        return None
    return Path(url.database).expanduser()


def resolve_url(url: str | URL | None, *, create: bool = True) -> URL:
    """The URL to open: the default for None, plain ``postgresql://`` / ``postgres://``
    sent to psycopg 3. With ``create``, a SQLite file's folder is made if missing; without,
    nothing is created and a missing SQLite file raises :class:`DatabaseURLError` (a
    command that only reads must not leave an empty database behind a typo)."""
    u = parse_url(url or default_url(create))
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    path = sqlite_path(u)
    if path is not None:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise DatabaseURLError(f"{path} is a folder, not a database file")
        elif not path.is_file():
            hint = ("nothing stored yet: `picketline ingest PATH` or `picketline demo` "
                    "creates it" if not url or str(url) == default_url(False) else
                    "check the path; a command that only reads creates nothing")
            if not Path(u.database).is_absolute() and str(url).startswith("sqlite:///"):
                hint += (f"; sqlite:///{u.database} is relative to the current folder, "
                         f"sqlite:////{u.database} is absolute")
            raise DatabaseURLError(f"no database at {path.absolute()} ({hint})")
    return u


def normalize_url(url: str | URL | None) -> URL:
    """Resolve the default and send plain ``postgresql://`` / ``postgres://`` URLs to psycopg 3
    (a SQLite file's folder is created if missing)."""
    return resolve_url(url, create=True)


def safe_url(url: str | URL) -> str:
    """The URL with its password hidden, for display."""
    return make_url(url).render_as_string(hide_password=True)


def _set_wal(cur) -> None:
    """``PRAGMA journal_mode=WAL``, waiting like every other statement: switching the mode
    needs the database to itself, and SQLite answers "database is locked" at once, without
    its busy handler, while another connection is opening the same fresh database."""
    import sqlite3
    import time

    deadline = time.monotonic() + SQLITE_BUSY_MS / 1000
    delay = 0.01
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


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
        _set_wal(cur)
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
