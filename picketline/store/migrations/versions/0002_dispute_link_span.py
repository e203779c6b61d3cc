"""Disputes keep their linking key and its date span in columns of their own.

Linking a batch needs only the link keys of disputes whose span is near the batch's dates;
reading them from the whole dispute JSON meant loading every dispute on every batch, so the
time per batch grew with the database. ``link_first``/``link_last`` (ISO days, indexed) bound
the query, ``link_key`` is the key itself. Existing rows are filled from their JSON.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _day(value) -> str | None:
    return str(value)[:10] if value else None


def upgrade() -> None:
    with op.batch_alter_table("disputes") as batch:
        batch.add_column(sa.Column("link_key", sa.JSON()))
        batch.add_column(sa.Column("link_first", sa.String(10)))
        batch.add_column(sa.Column("link_last", sa.String(10)))
    op.create_index("ix_disputes_link_first", "disputes", ["link_first"])
    op.create_index("ix_disputes_link_last", "disputes", ["link_last"])
    disputes = sa.table("disputes", sa.column("id", sa.String()), sa.column("data", sa.JSON()),
                        sa.column("link_key", sa.JSON()), sa.column("link_first", sa.String()),
                        sa.column("link_last", sa.String()))
    conn = op.get_bind()
    rows = conn.execute(sa.select(disputes.c.id, disputes.c.data)).all()
    for did, data in rows:
        key = (data or {}).get("link_key") if isinstance(data, dict) else None
        if not isinstance(key, dict):
            continue
        conn.execute(disputes.update().where(disputes.c.id == did).values(
            link_key=key, link_first=_day(key.get("first")), link_last=_day(key.get("last"))))


def downgrade() -> None:
    op.drop_index("ix_disputes_link_last", "disputes")
    op.drop_index("ix_disputes_link_first", "disputes")
    with op.batch_alter_table("disputes") as batch:
        batch.drop_column("link_last")
        batch.drop_column("link_first")
        batch.drop_column("link_key")
