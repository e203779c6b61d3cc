"""Tables of what changed, published (issue 16): the dispute change log, webhooks and their
deliveries (migration 0005).

- ``dispute_changes``: one row per save of a dispute that changed something a reader cares
  about (started, status, workers, demand, offer, stage, ended; merged or removed), written
  in the same transaction as the dispute, with the before and after values, the articles
  that caused it, and a snapshot of the dispute's filter fields (so that feeds and webhooks
  filter a change by what the dispute was when it changed, also after it is merged away).
- ``webhooks``: the operator's hooks (URL, HMAC secret, filters).
- ``webhook_deliveries``: one row per (hook, change) to send, pending until a POST carrying
  it succeeds; pending rows live here, so nothing is lost across restarts.
- ``webhook_attempts``: the delivery log, one row per POST (status code or error).
- ``publish_state``: one row with this database's random identity, used in the feeds'
  entry ids (tag URIs) so that two databases never give two entries one id.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, JSONType, utcnow


class PublishStateRow(Base):
    __tablename__ = "publish_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    instance: Mapped[str] = mapped_column(String(32))


class DisputeChangeRow(Base):
    __tablename__ = "dispute_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dispute_id: Mapped[str] = mapped_column(String, index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    kinds: Mapped[list[str]] = mapped_column(JSONType)
    # {kind: {"before": ..., "after": ...}}
    changes: Mapped[dict[str, Any]] = mapped_column(JSONType)
    # the articles that caused it: [{"article_id", "title", "url", "source", "published"}]
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    cause: Mapped[str] = mapped_column(String(16))  # articles, review, rebuild
    related: Mapped[dict[str, Any] | None] = mapped_column(JSONType, nullable=True)
    # the dispute as it was after the change (before, for a merge or removal)
    title: Mapped[str | None] = mapped_column(Text)
    employer: Mapped[str | None] = mapped_column(Text)
    union_name: Mapped[str | None] = mapped_column(Text)
    status_before: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    action_type: Mapped[str | None] = mapped_column(String(32))
    industry: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str | None] = mapped_column(String(16))
    start_date: Mapped[str | None] = mapped_column(String(40))
    end_date: Mapped[str | None] = mapped_column(String(40))


class WebhookRow(Base):
    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text)
    secret: Mapped[str] = mapped_column(Text)
    filters: Mapped[dict[str, Any]] = mapped_column(JSONType)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebhookDeliveryRow(Base):
    __tablename__ = "webhook_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hook_id: Mapped[int] = mapped_column(Integer, index=True)
    change_id: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending, delivered, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                          nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class WebhookAttemptRow(Base):
    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hook_id: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    delivery: Mapped[str] = mapped_column(String(64))  # the X-Picketline-Delivery header
    change_ids: Mapped[list[int]] = mapped_column(JSONType)
    attempt: Mapped[int] = mapped_column(Integer)  # 1 for a first try, 2 the first retry...
    ok: Mapped[bool] = mapped_column(Boolean)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
