"""Alembic migrations run from Python: the scripts ship inside the package
(``picketline/store/migrations``), so no ``alembic.ini`` is needed.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from .engine import write_engine

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 0x7069636B  # advisory lock held while migrating ("pick")


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Migrate the database to ``revision`` (default: head); returns the revision reached.

    Concurrent openers are serialised: SQLite by the write lock of ``BEGIN IMMEDIATE``,
    PostgreSQL by an advisory lock, and the revision is re-read under the lock, so two
    processes opening a fresh database at once do not both create the tables.
    """
    head = head_revision()
    with engine.connect() as conn:
        if revision == "head" and current_revision(conn) == head:
            return head
    with write_engine(engine).connect() as conn:
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return current_revision(conn)
