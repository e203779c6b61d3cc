"""Initial schema: articles, facts, disputes, dispute membership, corrections, ingest progress.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSONType = sa.JSON()
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("published", sa.String(40)),
        sa.Column("path", sa.Text()),
        sa.Column("format", sa.String(16)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", TS, nullable=False),
    )
    op.create_index("ix_articles_hash", "articles", ["hash"], unique=True)
    op.create_index("ix_articles_published", "articles", ["published"])

    op.create_table(
        "facts",
        sa.Column("article_id", sa.String(),
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("labor", sa.Boolean(), nullable=False),
        sa.Column("data", JSONType, nullable=False),
        sa.Column("extractor_version", sa.String(32)),
        sa.Column("extracted_at", TS, nullable=False),
    )
    op.create_index("ix_facts_labor", "facts", ["labor"])

    op.create_table(
        "disputes",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("data", JSONType, nullable=False),
        sa.Column("status", sa.String(32)),
        sa.Column("action_type", sa.String(32)),
        sa.Column("industry", sa.String(64)),
        sa.Column("state", sa.String(16)),
        sa.Column("city", sa.Text()),
        sa.Column("employer", sa.Text()),
        sa.Column("union_name", sa.Text()),
        sa.Column("start_date", sa.String(40)),
        sa.Column("end_date", sa.String(40)),
        sa.Column("participants", sa.BigInteger()),
        sa.Column("title", sa.Text()),
        sa.Column("updated_at", TS, nullable=False),
    )
    for col in ("status", "action_type", "industry", "state", "start_date", "end_date"):
        op.create_index(f"ix_disputes_{col}", "disputes", [col])

    op.create_table(
        "dispute_articles",
        sa.Column("article_id", sa.String(), primary_key=True),
        sa.Column("dispute_id", sa.String(), nullable=False),
    )
    op.create_index("ix_dispute_articles_dispute_id", "dispute_articles", ["dispute_id"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("target", sa.String(16), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", JSONType),
        sa.Column("new_value", JSONType),
        sa.Column("author", sa.String(128), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_corrections_target_id", "corrections", ["target_id"])

    op.create_table(
        "ingest_progress",
        sa.Column("source", sa.String(), primary_key=True),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )


def downgrade() -> None:
    for table in ("ingest_progress", "corrections", "dispute_articles", "disputes", "facts",
                  "articles"):
        op.drop_table(table)
