"""Disputes today (issue 15): an article in more than one dispute, and the days a dispute's
status as of today is computed from, in columns of their own.

- ``dispute_articles`` is keyed by ``(article_id, dispute_id)``: a roundup article that
  reports two disputes is a source of both (each counts only its own part of it). Every
  existing membership row is kept.
- ``disputes.last_reported`` (the latest publication day of the dispute's articles) and
  ``disputes.ratified`` (the first ratification on or after its start), ISO days: the list's
  filters and counts by status as of today ("no report since", "its last day has passed")
  run in the database query instead of loading every dispute. Existing rows are filled from
  their JSON.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHUNK = 500


def _iso(value) -> str | None:
    try:
        return date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def _columns(data) -> dict:
    """``last_reported`` and ``ratified`` of a stored record (as Store.save_dispute writes
    them; see picketline.store.store._status_days)."""
    d = data if isinstance(data, dict) else {}
    last = d.get("last_reported") or max(
        (str(s.get("published"))[:10] for s in d.get("sources") or []
         if isinstance(s, dict) and s.get("published")), default=None)
    start = _iso(d.get("start_date"))
    rat = sorted(_iso(e.get("date")) for e in d.get("timeline") or []
                 if isinstance(e, dict) and e.get("kind") == "ratification"
                 and _iso(e.get("date")) and (start is None or _iso(e.get("date")) >= start))
    return {"last_reported": _iso(last), "ratified": rat[0] if rat else None}


def _membership(name: str, pk_cols: list[str]) -> sa.Table:
    return sa.Table(name, sa.MetaData(),
                    sa.Column("article_id", sa.String(), nullable=False),
                    sa.Column("dispute_id", sa.String(), nullable=False),
                    sa.PrimaryKeyConstraint(*pk_cols, name="dispute_articles_pkey"))


def _rekey(pk_cols: list[str], dedupe: bool) -> None:
    """Recreate ``dispute_articles`` with the primary key ``pk_cols``, keeping its rows
    (``dedupe``: one row per article, the first dispute by id)."""
    conn = op.get_bind()
    old = sa.table("dispute_articles", sa.column("article_id", sa.String()),
                   sa.column("dispute_id", sa.String()))
    rows = conn.execute(sa.select(old.c.article_id, old.c.dispute_id)
                        .order_by(old.c.article_id, old.c.dispute_id)).all()
    if dedupe:
        seen: dict[str, str] = {}
        for a, d in rows:
            seen.setdefault(a, d)
        rows = list(seen.items())
    op.drop_index("ix_dispute_articles_dispute_id", "dispute_articles")
    op.drop_table("dispute_articles")
    new = _membership("dispute_articles", pk_cols)
    new.create(conn)
    op.create_index("ix_dispute_articles_dispute_id", "dispute_articles", ["dispute_id"])
    for i in range(0, len(rows), CHUNK):
        conn.execute(new.insert(), [{"article_id": a, "dispute_id": d}
                                    for a, d in rows[i:i + CHUNK]])


def upgrade() -> None:
    _rekey(["article_id", "dispute_id"], dedupe=False)
    with op.batch_alter_table("disputes") as batch:
        batch.add_column(sa.Column("last_reported", sa.String(10)))
        batch.add_column(sa.Column("ratified", sa.String(10)))
    op.create_index("ix_disputes_last_reported", "disputes", ["last_reported"])
    disputes = sa.table("disputes", sa.column("id", sa.String()), sa.column("data", sa.JSON()),
                        sa.column("last_reported", sa.String()),
                        sa.column("ratified", sa.String()))
    conn = op.get_bind()
    ids = [r[0] for r in conn.execute(sa.select(disputes.c.id).order_by(disputes.c.id))]
    for i in range(0, len(ids), CHUNK):  # a chunk of records in memory at a time
        part = ids[i:i + CHUNK]
        rows = conn.execute(sa.select(disputes.c.id, disputes.c.data)
                            .where(disputes.c.id.in_(part))).all()
        for did, data in rows:
            cols = _columns(data)
            if any(cols.values()):
                conn.execute(disputes.update().where(disputes.c.id == did).values(**cols))


def downgrade() -> None:
    op.drop_index("ix_disputes_last_reported", "disputes")
    with op.batch_alter_table("disputes") as batch:
        batch.drop_column("ratified")
        batch.drop_column("last_reported")
    _rekey(["article_id"], dedupe=True)
