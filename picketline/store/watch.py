"""The state of ``picketline watch`` in the database (tables of :mod:`.watch_models`).

    from picketline.store.watch import WatchState
    state = WatchState(store)

Work is handed out by leases: :meth:`WatchState.claim_sources` and
:meth:`WatchState.claim_items` pick due rows whose lease is free or has run out and lease
them to the caller, in one short write transaction (PostgreSQL: ``FOR UPDATE SKIP LOCKED``,
so watchers skip each other's rows instead of waiting; SQLite: the database write lock of
``BEGIN IMMEDIATE``). A watcher marks an item done right after the batch that stored its
article committed; should it die in between, the item is fetched again later and its text,
found stored (same content hash), is not stored a second time.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Sequence

from sqlalchemy import and_, func, or_, select, update

from .store import Store, _chunks
from .watch_models import WatchItemRow, WatchSourceRow

OPEN_STATES = ("new", "retry")  # items waiting to be fetched
ITEM_STATES = ("new", "retry", "done", "failed", "skipped")


def aware(when: datetime | None) -> datetime | None:
    """A stored time with its zone (SQLite keeps none; we always write UTC)."""
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


@dataclass
class ItemOutcome:
    """What became of one leased item. ``state``: done, retry, failed or skipped;
    ``stored``: an article was added for it (a new one or a new version)."""

    url: str
    source_url: str
    state: str
    article_id: str | None = None
    content_hash: str | None = None
    error: str | None = None
    next_try_at: datetime | None = None
    stored: bool = False
    attempted: bool = True  # counts as a fetch attempt


class WatchState:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _session(self, write: bool = False):
        return self.store._session(write=write)

    # --- sources ----------------------------------------------------------------------------
    def sync_sources(self, sources: Iterable[Any], now: datetime) -> None:
        """Make sure each source (``url``, ``name``, ``kind``, ``interval``) has a row: new
        ones are due now; known ones keep their state (and where they moved to) and take
        the name, kind and interval given."""
        sources = list(sources)
        if not sources:
            return
        with self._session(write=True) as s:
            known = set()
            for part in _chunks([x.url for x in sources]):
                known.update(s.scalars(select(WatchSourceRow.url)
                                       .where(WatchSourceRow.url.in_(part))))
            for src in sources:
                if src.url in known:
                    s.execute(update(WatchSourceRow).where(WatchSourceRow.url == src.url)
                              .values(name=src.name, kind=src.kind, interval_s=src.interval))
                    # a shorter interval than before takes effect now, not after the old one
                    soon = now + timedelta(seconds=src.interval)
                    s.execute(update(WatchSourceRow)
                              .where(WatchSourceRow.url == src.url,
                                     WatchSourceRow.failures == 0,
                                     WatchSourceRow.next_poll_at > soon)
                              .values(next_poll_at=soon))
                    continue
                stmt = self.store._insert(WatchSourceRow)
                row = dict(url=src.url, fetch_url=src.url, name=src.name, kind=src.kind,
                           interval_s=src.interval, next_poll_at=now, failures=0, polls=0,
                           items_seen=0, items_new=0, stored=0, errors=0, created_at=now)
                if stmt is None:
                    s.add(WatchSourceRow(**row))
                else:  # another watcher may add it at the same moment
                    s.execute(stmt.values(**row).on_conflict_do_nothing())

    def claim_sources(self, urls: Sequence[str], owner: str, now: datetime, lease: float,
                      limit: int = 10, exclude: Iterable[str] = ()) -> list[dict[str, Any]]:
        """Lease up to ``limit`` of the sources ``urls`` that are due (``next_poll_at`` has
        come) and not leased by another watcher; returns their rows as dicts."""
        exclude = set(exclude)
        wanted = [u for u in urls if u not in exclude]
        if not wanted:
            return []
        until = now + timedelta(seconds=lease)
        out: list[dict[str, Any]] = []
        with self._session(write=True) as s:
            for part in _chunks(wanted):
                if len(out) >= limit:
                    break
                stmt = (select(WatchSourceRow)
                        .where(WatchSourceRow.url.in_(part),
                               or_(WatchSourceRow.next_poll_at.is_(None),
                                   WatchSourceRow.next_poll_at <= now),
                               or_(WatchSourceRow.lease_until.is_(None),
                                   WatchSourceRow.lease_until <= now))
                        .order_by(WatchSourceRow.next_poll_at, WatchSourceRow.url)
                        .limit(limit - len(out))
                        .with_for_update(skip_locked=True))
                rows = list(s.scalars(stmt))
                for r in rows:
                    r.lease_owner, r.lease_until = owner, until
                    out.append(_source_dict(r))
            s.flush()
        return out

    def finish_source(self, url: str, owner: str, now: datetime, *, status: str,
                      ok: bool, next_poll_at: datetime, error: str | None = None,
                      etag: str | None = None, last_modified: str | None = None,
                      keep_validators: bool = False, fetch_url: str | None = None,
                      items_seen: int | None = None, items_new: int = 0) -> None:
        """Record one poll of a leased source and free its lease."""
        with self._session(write=True) as s:
            row = s.get(WatchSourceRow, url, with_for_update=True)
            if row is None:
                return
            row.polls = (row.polls or 0) + 1
            row.last_poll_at = now
            row.last_status = status
            row.next_poll_at = next_poll_at
            if ok:
                row.last_ok_at = now
                row.failures = 0
                row.last_error = None
                if not keep_validators:
                    row.etag, row.last_modified = etag, last_modified
            else:
                row.failures = (row.failures or 0) + 1
                row.errors = (row.errors or 0) + 1
                row.last_error = (error or "")[:1000]
            if fetch_url:  # moved for good (301/308): poll it there from now on
                row.fetch_url = fetch_url
            if items_seen is not None:
                row.items_seen = items_seen
            row.items_new = (row.items_new or 0) + items_new
            if row.lease_owner == owner:
                row.lease_owner, row.lease_until = None, None

    def release_sources(self, urls: Iterable[str], owner: str) -> None:
        """Give back leased sources that were not polled (the watcher is stopping)."""
        urls = list(urls)
        with self._session(write=True) as s:
            for part in _chunks(urls):
                s.execute(update(WatchSourceRow).where(WatchSourceRow.url.in_(part),
                                                       WatchSourceRow.lease_owner == owner)
                          .values(lease_owner=None, lease_until=None))

    def renew(self, what: str, urls: Iterable[str], owner: str, until: datetime) -> None:
        """Extend this watcher's leases on sources (``what`` = ``sources``) or items
        (``items``) still in hand, so a long batch is not taken over while it runs."""
        model = WatchSourceRow if what == "sources" else WatchItemRow
        urls = list(urls)
        with self._session(write=True) as s:
            for part in _chunks(urls):
                s.execute(update(model).where(model.url.in_(part), model.lease_owner == owner)
                          .values(lease_until=until))

    # --- items ------------------------------------------------------------------------------
    def add_items(self, source_url: str, entries: Iterable[Any], now: datetime) -> int:
        """Queue the entries (``url`` normalised, ``guid``, ``title``, ``published``,
        ``marker``) of one source poll: unknown URLs as new items; known ones whose marker
        changed (the item was edited) are opened again. Returns how many were queued.

        An item's marker is read from the source that found it first (its ``source_url``):
        another source listing the same URL says nothing of edits, since two sources describe
        one article differently (a feed's text hash, a sitemap's date) and comparing the one
        with the other would fetch the article again on every poll of either."""
        entries = list({e.url: e for e in entries}.values())
        if not entries:
            return 0
        queued = 0
        with self._session(write=True) as s:
            known: dict[str, tuple[str | None, str, str]] = {}
            for part in _chunks([e.url for e in entries]):
                for url, marker, state, owner in s.execute(
                        select(WatchItemRow.url, WatchItemRow.marker, WatchItemRow.state,
                               WatchItemRow.source_url)
                        .where(WatchItemRow.url.in_(part))):
                    known[url] = (marker, state, owner)
            fresh = []
            for e in entries:
                if e.url not in known:
                    fresh.append(dict(url=e.url, source_url=source_url, guid=e.guid,
                                      title=(e.title or None) and e.title[:2000],
                                      published=e.published, marker=e.marker, state="new",
                                      attempts=0, versions=0, first_seen_at=now,
                                      next_try_at=now))
                    continue
                marker, state, owner = known[e.url]
                if e.marker is None or e.marker == marker or owner != source_url:
                    continue
                values: dict[str, Any] = {"marker": e.marker}
                if state in ("done", "failed", "skipped"):  # edited: fetch it again
                    values.update(state="new", attempts=0, next_try_at=now, last_error=None)
                    queued += 1
                s.execute(update(WatchItemRow).where(WatchItemRow.url == e.url)
                          .values(**values))
            stmt = self.store._insert(WatchItemRow)
            for part in _chunks(fresh):
                if stmt is None:
                    for row in part:
                        s.merge(WatchItemRow(**row))
                    queued += len(part)
                else:  # another watcher may have found the same URL meanwhile
                    got = s.scalars(stmt.on_conflict_do_nothing()
                                    .returning(WatchItemRow.url), part)
                    queued += len(list(got))
        return queued

    def claim_items(self, source_urls: Sequence[str], owner: str, now: datetime,
                    lease: float, limit: int = 20, exclude: Iterable[str] = ()
                    ) -> list[dict[str, Any]]:
        """Lease up to ``limit`` open items (new, or due for a retry) of the given sources,
        oldest first, that no other watcher holds."""
        exclude = set(exclude)
        until = now + timedelta(seconds=lease)
        out: list[dict[str, Any]] = []
        with self._session(write=True) as s:
            for part in _chunks(list(source_urls)):
                if len(out) >= limit:
                    break
                conds = [WatchItemRow.source_url.in_(part),
                         WatchItemRow.state.in_(OPEN_STATES),
                         or_(WatchItemRow.next_try_at.is_(None),
                             WatchItemRow.next_try_at <= now),
                         or_(WatchItemRow.lease_until.is_(None),
                             WatchItemRow.lease_until <= now)]
                if exclude:
                    conds.append(WatchItemRow.url.not_in(list(exclude)))
                stmt = (select(WatchItemRow).where(and_(*conds))
                        .order_by(WatchItemRow.first_seen_at, WatchItemRow.url)
                        .limit(limit - len(out)).with_for_update(skip_locked=True))
                for r in s.scalars(stmt):
                    r.lease_owner, r.lease_until = owner, until
                    out.append({"url": r.url, "source_url": r.source_url, "guid": r.guid,
                                "state": r.state,
                                "title": r.title, "published": r.published,
                                "marker": r.marker, "attempts": r.attempts,
                                "versions": r.versions, "article_id": r.article_id,
                                "content_hash": r.content_hash})
            s.flush()
        return out

    def finish_items(self, outcomes: Iterable[ItemOutcome], owner: str, now: datetime) -> None:
        """Record what became of leased items, free their leases, and count stored articles
        and errors on their sources."""
        outcomes = list(outcomes)
        if not outcomes:
            return
        per_source: dict[str, list[int]] = {}
        with self._session(write=True) as s:
            for o in outcomes:
                row = s.get(WatchItemRow, o.url)
                if row is None:
                    continue
                row.state = o.state
                row.next_try_at = o.next_try_at
                if row.lease_owner == owner:
                    row.lease_owner, row.lease_until = None, None
                if not o.attempted:  # given back untouched
                    continue
                row.attempts = 0 if o.state == "done" else (row.attempts or 0) + 1
                row.fetched_at = now
                row.last_error = (o.error or None) and o.error[:1000]
                if o.article_id:
                    row.article_id = o.article_id
                if o.content_hash:
                    row.content_hash = o.content_hash
                if o.stored:
                    row.versions = (row.versions or 0) + 1
                counts = per_source.setdefault(o.source_url, [0, 0, None])
                counts[0] += int(o.stored)
                if o.error and o.state != "done":
                    counts[1] += 1
                    counts[2] = o.error
            for url, (stored, errors, _last) in per_source.items():
                # (its last_error stays the last failed poll's; items keep their own)
                values: dict[str, Any] = {"stored": WatchSourceRow.stored + stored,
                                          "errors": WatchSourceRow.errors + errors}
                s.execute(update(WatchSourceRow).where(WatchSourceRow.url == url)
                          .values(**values))

    # --- reading ----------------------------------------------------------------------------
    def next_due(self, source_urls: Sequence[str]) -> datetime | None:
        """When the next of these sources, or of their open items, falls due."""
        if not source_urls:
            return None
        best: datetime | None = None
        with self._session() as s:
            for part in _chunks(list(source_urls)):
                for value in (
                        s.scalar(select(func.min(WatchSourceRow.next_poll_at))
                                 .where(WatchSourceRow.url.in_(part))),
                        s.scalar(select(func.min(WatchItemRow.next_try_at))
                                 .where(WatchItemRow.source_url.in_(part),
                                        WatchItemRow.state.in_(OPEN_STATES)))):
                    value = aware(value)
                    if value is not None and (best is None or value < best):
                        best = value
        return best

    def sources(self, urls: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every watched source (or those of ``urls``) with its health: last poll, status,
        last error, failures in a row, items by state, articles stored, and the error of the
        latest item that failed (``last_item_error``)."""
        with self._session() as s:
            stmt = select(WatchSourceRow).order_by(WatchSourceRow.name.nulls_last(),
                                                   WatchSourceRow.url)
            if urls is not None:
                stmt = stmt.where(WatchSourceRow.url.in_(list(urls)))
            rows = [_source_dict(r) for r in s.scalars(stmt)]
            by_state: dict[str, dict[str, int]] = {}
            for src, state, n in s.execute(
                    select(WatchItemRow.source_url, WatchItemRow.state, func.count())
                    .group_by(WatchItemRow.source_url, WatchItemRow.state)):
                by_state.setdefault(src, {})[state] = int(n)
            for r in rows:  # the latest item that failed or waits for a retry, and why
                last = s.execute(select(WatchItemRow.url, WatchItemRow.last_error)
                                 .where(WatchItemRow.source_url == r["url"],
                                        WatchItemRow.state.in_(("retry", "failed",
                                                                "skipped")),
                                        WatchItemRow.last_error.is_not(None))
                                 .order_by(WatchItemRow.fetched_at.desc().nulls_last())
                                 .limit(1)).first()
                r["last_item_error"] = last[1] if last else None
        for r in rows:
            states = by_state.get(r["url"], {})
            r["items"] = {k: states.get(k, 0) for k in ITEM_STATES}
            r["items_total"] = sum(states.values())
        return rows

    def items(self, source_url: str | None = None) -> list[dict[str, Any]]:
        """Items (all, or one source's), oldest first."""
        with self._session() as s:
            stmt = select(WatchItemRow).order_by(WatchItemRow.first_seen_at, WatchItemRow.url)
            if source_url is not None:
                stmt = stmt.where(WatchItemRow.source_url == source_url)
            return [{c.key: (aware(v) if isinstance(v, datetime) else v)
                     for c in WatchItemRow.__table__.columns
                     for v in [getattr(r, c.key)]} for r in s.scalars(stmt)]


def _source_dict(r: WatchSourceRow) -> dict[str, Any]:
    return {c.key: (aware(v) if isinstance(v, datetime) else v)
            for c in WatchSourceRow.__table__.columns for v in [getattr(r, c.key)]}
