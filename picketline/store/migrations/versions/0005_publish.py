"""Publishing changes (issue 16): dispute change log, webhooks and their deliveries.

``dispute_changes`` (one row per save of a dispute that changed what a reader sees, written
in the dispute's own transaction), ``webhooks``, ``webhook_deliveries`` (pending until sent:
they survive restarts), ``webhook_attempts`` (the delivery log) and ``publish_state`` (this
database's random identity, used in feed entry ids). See ``picketline/store/publish_models``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

JSONType = sa.JSON()
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    state = op.create_table(
        "publish_state",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("instance", sa.String(32), nullable=False),
    )
    op.bulk_insert(state, [{"id": 1, "instance": uuid.uuid4().hex[:16]}])

    op.create_table(
        "dispute_changes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("dispute_id", sa.String(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("kinds", JSONType, nullable=False),
        sa.Column("changes", JSONType, nullable=False),
        sa.Column("sources", JSONType, nullable=False),
        sa.Column("cause", sa.String(16), nullable=False),
        sa.Column("related", JSONType),
        sa.Column("title", sa.Text()),
        sa.Column("employer", sa.Text()),
        sa.Column("union_name", sa.Text()),
        sa.Column("status_before", sa.String(32)),
        sa.Column("status", sa.String(32)),
        sa.Column("action_type", sa.String(32)),
        sa.Column("industry", sa.String(64)),
        sa.Column("state", sa.String(16)),
        sa.Column("start_date", sa.String(40)),
        sa.Column("end_date", sa.String(40)),
    )
    op.create_index("ix_dispute_changes_dispute_id", "dispute_changes", ["dispute_id"])
    op.create_index("ix_dispute_changes_at", "dispute_changes", ["at"])

    op.create_table(
        "webhooks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("filters", JSONType, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )

    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("hook_id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_at", TS, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("delivered_at", TS),
        sa.Column("last_error", sa.Text()),
    )
    op.create_index("ix_webhook_deliveries_hook_id", "webhook_deliveries", ["hook_id"])
    op.create_index("ix_webhook_deliveries_state", "webhook_deliveries", ["state"])
    op.create_index("ix_webhook_deliveries_next_at", "webhook_deliveries", ["next_at"])

    op.create_table(
        "webhook_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("hook_id", sa.Integer(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("delivery", sa.String(64), nullable=False),
        sa.Column("change_ids", JSONType, nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("status_code", sa.Integer()),
        sa.Column("error", sa.Text()),
        sa.Column("duration_ms", sa.Integer()),
    )
    op.create_index("ix_webhook_attempts_hook_id", "webhook_attempts", ["hook_id"])


def downgrade() -> None:
    op.drop_table("webhook_attempts")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhooks")
    op.drop_table("dispute_changes")
    op.drop_table("publish_state")
