"""Watching sources (issue 16): the sources ``picketline watch`` follows and the items it
found in them, with their poll state and leases (see ``store/watch_models.py``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _when(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=True)


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("url", sa.Text(), primary_key=True),
        sa.Column("fetch_url", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("interval_s", sa.Integer(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        _when("last_poll_at"), _when("last_ok_at"), _when("next_poll_at"),
        sa.Column("last_status", sa.String(32), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("polls", sa.Integer(), nullable=False),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.Column("items_new", sa.Integer(), nullable=False),
        sa.Column("stored", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        _when("lease_until"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_watch_sources_next_poll_at", "watch_sources", ["next_poll_at"])
    op.create_table(
        "watch_items",
        sa.Column("url", sa.Text(), primary_key=True),
        sa.Column("source_url", sa.Text(), nullable=False),
        sa.Column("guid", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(40), nullable=True),
        sa.Column("marker", sa.Text(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("versions", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        _when("fetched_at"), _when("next_try_at"),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        _when("lease_until"),
    )
    op.create_index("ix_watch_items_source_url", "watch_items", ["source_url"])
    op.create_index("ix_watch_items_state", "watch_items", ["state"])


def downgrade() -> None:
    op.drop_index("ix_watch_items_state", table_name="watch_items")
    op.drop_index("ix_watch_items_source_url", table_name="watch_items")
    op.drop_table("watch_items")
    op.drop_index("ix_watch_sources_next_poll_at", table_name="watch_sources")
    op.drop_table("watch_sources")
