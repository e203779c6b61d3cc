"""Tables of ``picketline watch`` (migration 0004): the sources it follows and the items
(article URLs) it found in them.

A source row is keyed by the URL it was configured with; ``fetch_url`` is where it lives now
(a permanent redirect moves it there, so the state follows a feed that moved). An item row
is keyed by the article's normalised URL, whichever source found it first, so an article
listed by two feeds is fetched once. Both carry a lease (``lease_owner`` until
``lease_until``) that a watcher takes in a short transaction before it fetches (PostgreSQL:
``SELECT ... FOR UPDATE SKIP LOCKED``; SQLite: the write lock), so that several watchers on
one database never fetch the same source or item at once; a watcher that died leaves a
lease that simply runs out.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, utcnow


class WatchSourceRow(Base):
    __tablename__ = "watch_sources"

    url: Mapped[str] = mapped_column(Text, primary_key=True)  # as configured (normalised)
    fetch_url: Mapped[str] = mapped_column(Text)  # where it lives now (after a 301/308)
    name: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="auto")  # auto|feed|sitemap|urls
    interval_s: Mapped[int] = mapped_column(Integer, default=600)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_poll_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_ok_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    next_poll_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    last_status: Mapped[str | None] = mapped_column(String(32))  # ok|not-modified|error|...
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in a row (backoff)
    polls: Mapped[int] = mapped_column(Integer, default=0)
    items_seen: Mapped[int] = mapped_column(Integer, default=0)  # items it listed, last poll
    items_new: Mapped[int] = mapped_column(Integer, default=0)  # items it added, all polls
    stored: Mapped[int] = mapped_column(Integer, default=0)  # articles stored from it
    errors: Mapped[int] = mapped_column(Integer, default=0)  # failed polls and items, total
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WatchItemRow(Base):
    __tablename__ = "watch_items"

    url: Mapped[str] = mapped_column(Text, primary_key=True)  # normalised article URL
    source_url: Mapped[str] = mapped_column(Text, index=True)
    guid: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    marker: Mapped[str | None] = mapped_column(Text)  # updated date / lastmod / entry hash
    state: Mapped[str] = mapped_column(String(16), default="new", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    versions: Mapped[int] = mapped_column(Integer, default=0)  # times stored (edits + 1)
    article_id: Mapped[str | None] = mapped_column(String)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str | None] = mapped_column(Text)
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
