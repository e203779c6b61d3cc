"""SQLAlchemy 2 table models for the picketline store.

The schema is created and evolved only by the Alembic migrations in ``migrations/versions``;
these models describe the same tables for queries (a test checks that the two agree).

Dates taken from articles (``published``, dispute ``start_date``/``end_date``) are kept as the
ISO strings the records carry ("2023-03-21", sometimes with a time), so that a partial or
unusual date is stored as given; filters compare their first ten characters.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Plain JSON on both SQLite and PostgreSQL: records come back exactly as stored (JSONB
# would reorder keys), and nothing queries inside them.
JSONType = JSON()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40), index=True)
    path: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FactsRow(Base):
    __tablename__ = "facts"

    article_id: Mapped[str] = mapped_column(
        String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    labor: Mapped[bool] = mapped_column(Boolean, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DisputeRow(Base):
    __tablename__ = "disputes"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    status: Mapped[str | None] = mapped_column(String(32), index=True)
    action_type: Mapped[str | None] = mapped_column(String(32), index=True)
    industry: Mapped[str | None] = mapped_column(String(64), index=True)
    state: Mapped[str | None] = mapped_column(String(16), index=True)
    city: Mapped[str | None] = mapped_column(Text)
    employer: Mapped[str | None] = mapped_column(Text)
    union_name: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[str | None] = mapped_column(String(40), index=True)
    end_date: Mapped[str | None] = mapped_column(String(40), index=True)
    participants: Mapped[int | None] = mapped_column(BigInteger)
    title: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                 onupdate=utcnow)
    # what linking knows of the dispute (its ``link_key``) and the ISO days it spans, so a
    # batch loads only the keys of disputes near its dates (migration 0002)
    link_key: Mapped[dict[str, Any] | None] = mapped_column(JSONType, nullable=True)
    link_first: Mapped[str | None] = mapped_column(String(10), index=True)
    link_last: Mapped[str | None] = mapped_column(String(10), index=True)
    # the days its status as of today is computed from (migration 0006): the latest
    # publication day of its articles, and its first ratification on or after its start
    last_reported: Mapped[str | None] = mapped_column(String(10), index=True)
    ratified: Mapped[str | None] = mapped_column(String(10))


class DisputeArticleRow(Base):
    """Membership: an article belongs to one dispute, or to several when it is a roundup
    that reports each of them (migration 0006)."""

    __tablename__ = "dispute_articles"

    article_id: Mapped[str] = mapped_column(String, primary_key=True)
    dispute_id: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class CorrectionRow(Base):
    """A reviewer's confirmation or correction, kept beside (never over) the extracted value."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String, index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    author: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class IngestProgressRow(Base):
    """How far a streaming ingest got in one source (file path or feed key)."""

    __tablename__ = "ingest_progress"

    source: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                 onupdate=utcnow)


class LinkStateRow(Base):
    """One row (``id`` 1) that every linking transaction locks first and stamps with a
    fresh random value: the lock makes concurrent writers link one at a time, and the stamp
    tells a writer whether another one linked since its own last batch (migration 0003)."""

    __tablename__ = "link_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    stamp: Mapped[str] = mapped_column(String(32))


# the tables of `picketline watch` (migration 0004) share this metadata
from . import watch_models  # noqa: E402,F401

# the tables of publishing changes (issue 16, migration 0005) share this metadata
from . import publish_models  # noqa: E402,F401
