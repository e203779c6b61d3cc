"""A one-row table that every linking transaction locks and stamps first.

Two ingests (or an ingest and ``picketline db repair``) on one database must link one at a
time, each seeing what the other committed. Locking the ``link_state`` row as the first step
of a linking transaction (PostgreSQL: ``SELECT ... FOR UPDATE``, held until commit; SQLite:
the database write lock, already taken by ``BEGIN IMMEDIATE``) serialises them, and the
stamp found there tells a writer whether anyone else linked since its own last batch (each
linking transaction writes a fresh random stamp), so that it drops the dispute keys it kept
in memory between batches (``api.LinkCache``) instead of linking against, and saving,
stale memberships.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "link_state",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("stamp", sa.String(32), nullable=False),
    )
    op.bulk_insert(table, [{"id": 1, "stamp": ""}])


def downgrade() -> None:
    op.drop_table("link_state")
