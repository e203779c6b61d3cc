"""The store: articles, extracted facts, disputes and corrections in SQLite or PostgreSQL.

    from picketline.store import Store
    st = Store()          # $PICKETLINE_DB, else SQLite at $PICKETLINE_HOME/picketline.db

Only this package touches the database. The schema is managed by the Alembic migrations in
``picketline/store/migrations`` and brought to the newest revision whenever a Store opens.
"""
from __future__ import annotations

from .engine import default_url, normalize_url, picketline_home, safe_url
from .store import CORRECTION_ACTIONS, CORRECTION_TARGETS, DISPUTE_SORTS, Store

__all__ = ["Store", "default_url", "normalize_url", "picketline_home", "safe_url",
           "CORRECTION_ACTIONS", "CORRECTION_TARGETS", "DISPUTE_SORTS"]
