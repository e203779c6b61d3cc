"""The store's side of publishing changes (issue 16): the change log, webhooks, deliveries.

Every dispute save is compared with what was stored before it, in the same flush and so the
same transaction: ORM events on :class:`~.models.DisputeRow` (insert, update) read the
stored record from the row's attribute history, :func:`picketline.publish.changes.diff`
says what changed for a reader, and a ``dispute_changes`` row is written, with one pending
``webhook_deliveries`` row per active hook whose filters it passes. Nothing is written when
nothing a reader cares about changed. Reviewers' corrections, merges and splits are told
apart by the ``corrections`` rows the same transaction inserted (also seen through an ORM
event), and :meth:`PublishMixin._note_deleted` (called by ``Store.delete_dispute``) records a
merged-away dispute as ``merged`` into its survivor.
"""
from __future__ import annotations

import logging
from datetime import date, datetime, timezone
from typing import Any, Iterable

from sqlalchemy import event, func, insert, inspect, or_, select, update
from sqlalchemy.orm import Session, object_session

from .models import CorrectionRow, DisputeRow
from .publish_models import (DisputeChangeRow, PublishStateRow, WebhookAttemptRow,
                             WebhookDeliveryRow, WebhookRow)

log = logging.getLogger("picketline.publish")

_HOOKS = "picketline_hooks"  # session.info: the active hooks, read once per transaction
_REVIEW = "picketline_review"  # session.info: what reviewers did in this transaction
LIVE = ("threatened", "authorized", "scheduled", "ongoing")


def _utc(t: datetime | None) -> datetime | None:
    if t is not None and t.tzinfo is None:  # SQLite keeps no zone; we always write UTC
        t = t.replace(tzinfo=timezone.utc)
    return t


def _iso(t: datetime | None) -> str | None:
    t = _utc(t)
    return t.isoformat() if t else None


def _snapshot(record: dict[str, Any]) -> dict[str, Any]:
    """The dispute's filter fields, as the store indexes them."""
    from .store import _dispute_columns

    cols = _dispute_columns(record)
    return {k: cols.get(k) for k in ("title", "employer", "union_name", "action_type",
                                     "industry", "state", "start_date", "end_date")}


def _short(value: Any, n: int = 2000) -> Any:
    """A source's title, URL or name, at most ``n`` characters (a change row, a feed entry
    and a webhook body stay small whatever an article's headline is)."""
    return value[:n] if isinstance(value, str) else value


def _review(session: Session) -> dict[str, Any]:
    return session.info.setdefault(_REVIEW, {"targets": set(), "split_from": {},
                                             "split_into": {}, "merged_from": {}})


# --- events -------------------------------------------------------------------------------------
@event.listens_for(CorrectionRow, "after_insert")
def _correction_inserted(mapper, connection, target: CorrectionRow) -> None:
    s = object_session(target)
    if s is None or target.target != "dispute":
        return
    r = _review(s)
    r["targets"].add(str(target.target_id))
    if target.action == "split" and target.new_value:
        r["split_from"][str(target.new_value)] = str(target.target_id)
        r["split_into"].setdefault(str(target.target_id), []).append(str(target.new_value))


@event.listens_for(DisputeRow, "before_insert")
def _dispute_inserted(mapper, connection, target: DisputeRow) -> None:
    _dispute_saved(connection, target, None)


@event.listens_for(DisputeRow, "before_update")
def _dispute_updated(mapper, connection, target: DisputeRow) -> None:
    hist = inspect(target).attrs.data.history
    if not hist.deleted:  # the record itself was not replaced
        return
    _dispute_saved(connection, target, hist.deleted[0])


def _dispute_saved(connection, target: DisputeRow, old: dict[str, Any] | None) -> None:
    new = target.data
    s = object_session(target)
    if not isinstance(new, dict) or s is None:
        return
    from ..publish.changes import diff

    kinds, changes = diff(old if isinstance(old, dict) else None, new, date.today())
    if not kinds:
        return
    did = str(target.id)
    had = set((old or {}).get("article_ids") or [])
    fresh = [a for a in new.get("article_ids") or [] if a not in had]
    review = _review(s)
    related: dict[str, Any] = {}
    if did in review["merged_from"]:
        related["merged_from"] = review["merged_from"][did]
    if did in review["split_from"]:
        related["split_from"] = review["split_from"][did]
    if did in review["split_into"]:
        related["split_into"] = review["split_into"][did]
    cause = ("review" if did in review["targets"] or related
             else "articles" if fresh else "rebuild")
    by_id = {str(x.get("article_id")): x for x in new.get("sources") or []
             if isinstance(x, dict)}
    sources = [{k: _short(by_id.get(a, {}).get(k)) for k in ("title", "url", "source",
                                                             "published")}
               | {"article_id": a} for a in fresh]
    status = changes.get("status") or {}
    started = (changes.get("started") or {}).get("after") or {}
    from ..publish.changes import view
    now_status = status.get("after") or started.get("status") or view(new, date.today())["status"]
    _write_change(connection, s, {
        "dispute_id": did, "kinds": kinds, "changes": changes, "sources": sources,
        "cause": cause, "related": related or None,
        "status_before": status.get("before") if status else (
            None if old is None else now_status),
        "status": now_status, **_snapshot(new)})


def _write_change(connection, s: Session, row: dict[str, Any]) -> int:
    row = {**row, "at": datetime.now(timezone.utc)}
    # (parameters apart from the statement: its compiled form is cached, 4x faster)
    cid = connection.execute(insert(DisputeChangeRow.__table__), row).inserted_primary_key[0]
    hooks = s.info.get(_HOOKS)
    if hooks is None:
        hooks = s.info[_HOOKS] = [
            (h, f) for h, f in connection.execute(
                select(WebhookRow.id, WebhookRow.filters).where(WebhookRow.active.is_(True)))]
    if hooks:
        from ..publish.filters import matches

        change = {**row, "union": row.get("union_name")}
        due = [h for h, f in hooks if matches(change, f or {})]
        if due:
            connection.execute(insert(WebhookDeliveryRow.__table__), [
                {"hook_id": h, "change_id": cid, "state": "pending", "attempts": 0,
                 "next_at": row["at"], "created_at": row["at"]} for h in due])
    return cid


def _change_dict(r: DisputeChangeRow) -> dict[str, Any]:
    return {"change_id": r.id, "dispute_id": r.dispute_id, "at": _iso(r.at),
            "kinds": list(r.kinds or []), "changes": r.changes or {},
            "sources": list(r.sources or []), "cause": r.cause, "related": r.related or {},
            "title": r.title, "employer": r.employer, "union": r.union_name,
            "status_before": r.status_before, "status": r.status,
            "action_type": r.action_type, "industry": r.industry, "state": r.state,
            "start_date": r.start_date, "end_date": r.end_date}


def _hook_dict(r: WebhookRow, counts: dict[str, int] | None = None) -> dict[str, Any]:
    return {"id": r.id, "url": r.url, "filters": r.filters or {}, "active": bool(r.active),
            "created_at": _iso(r.created_at), **({"deliveries": counts} if counts else {})}


class PublishMixin:
    """The change log, webhooks and deliveries (mixed into :class:`~.store.Store`)."""

    # --- what the dispute methods call ------------------------------------------------------
    def _note_deleted(self, s: Session, dispute_id: str) -> None:
        """Record that a dispute is deleted (call before deleting it, in its session):
        ``merged`` into its survivor when a merge in this transaction took it away, else
        ``removed`` (its last article was split out or it lost every member)."""
        row = s.get(DisputeRow, dispute_id)
        if row is None or not isinstance(row.data, dict):
            return
        merged = s.execute(select(CorrectionRow.new_value).where(
            CorrectionRow.target == "dispute", CorrectionRow.target_id == dispute_id,
            CorrectionRow.action == "merge").order_by(CorrectionRow.id.desc()).limit(1)
        ).scalar()
        review = _review(s)
        survivor = str(merged) if merged not in (None, dispute_id) and \
            dispute_id in review["targets"] else None
        from ..publish.changes import view

        before = view(row.data, date.today())["status"]
        if survivor:
            kinds = ["merged"]
            changes = {"merged": {"before": dispute_id, "after": survivor}}
            review["merged_from"].setdefault(survivor, []).append(dispute_id)
            related = {"merged_into": survivor}
        else:
            into = review["split_into"].get(dispute_id)
            kinds = ["removed"]
            changes = {"removed": {"before": dispute_id, "after": into[-1] if into else None}}
            related = {"split_into": into} if into else {}
        _write_change(s.connection(), s, {
            "dispute_id": dispute_id, "kinds": kinds, "changes": changes, "sources": [],
            "cause": "review" if dispute_id in review["targets"] else "rebuild",
            "related": related or None, "status_before": before, "status": before,
            **_snapshot(row.data)})

    # --- the change log -----------------------------------------------------------------------
    def publish_instance(self) -> str:
        """This database's random identity (feed entry ids carry it)."""
        with self._session() as s:
            got = s.scalar(select(PublishStateRow.instance).where(PublishStateRow.id == 1))
        if got:
            return got
        import uuid
        with self._session(write=True) as s:  # the row was removed by hand: put it back
            got = s.scalar(select(PublishStateRow.instance).where(PublishStateRow.id == 1))
            if not got:
                got = uuid.uuid4().hex[:16]
                s.add(PublishStateRow(id=1, instance=got))
            return got

    def _change_query(self, stmt, filters: dict[str, Any]):
        f = filters or {}
        C = DisputeChangeRow
        if f.get("status"):
            want = list(LIVE) if f["status"] == "active" else [f["status"]]
            stmt = stmt.where(or_(C.status.in_(want), C.status_before.in_(want)))
        for col, key in ((C.action_type, "action_type"), (C.industry, "industry"),
                         (C.state, "state")):
            if f.get(key):
                stmt = stmt.where(col == f[key])
        start = func.substr(C.start_date, 1, 10)
        last = func.substr(func.coalesce(C.end_date, C.start_date), 1, 10)
        if f.get("since"):
            stmt = stmt.where(last >= str(f["since"])[:10])
        if f.get("until"):
            stmt = stmt.where(start <= str(f["until"])[:10])
        if f.get("updated_since") is not None:
            stmt = stmt.where(C.at >= f["updated_since"])
        if f.get("q"):
            from ..publish.filters import search_terms
            from .store import _like

            stmt = stmt.where(or_(*(col.ilike(_like(t), escape="\\")
                                    for t in search_terms(f["q"])
                                    for col in (C.title, C.employer, C.union_name,
                                                C.dispute_id))))
        return stmt

    def changes(self, filters: dict[str, Any] | None = None, *, limit: int | None = 50,
                before_id: int | None = None) -> list[dict[str, Any]]:
        """Recorded changes passing the dispute list's ``filters`` (see
        :mod:`picketline.publish.filters`; ``kind`` too), newest first. Filtering on
        ``kind`` happens after the query (kinds are a JSON list), so ``limit`` counts
        matching changes all the same."""
        f = dict(filters or {})
        kind = f.pop("kind", None)
        stmt = self._change_query(select(DisputeChangeRow), f)
        if before_id is not None:
            stmt = stmt.where(DisputeChangeRow.id < before_id)
        stmt = stmt.order_by(DisputeChangeRow.id.desc())
        out: list[dict[str, Any]] = []
        with self._session() as s:
            if not kind:
                return [_change_dict(r) for r in s.scalars(stmt.limit(limit))]
            for r in s.scalars(stmt.execution_options(yield_per=500)):
                if kind in (r.kinds or []):
                    out.append(_change_dict(r))
                    if limit is not None and len(out) >= limit:
                        break
        return out

    def changes_by_ids(self, ids: Iterable[int]) -> list[dict[str, Any]]:
        wanted = list(dict.fromkeys(int(i) for i in ids))
        with self._session() as s:
            rows = {r.id: r for r in s.scalars(select(DisputeChangeRow).where(
                DisputeChangeRow.id.in_(wanted)))} if wanted else {}
        return [_change_dict(rows[i]) for i in wanted if i in rows]

    def count_changes(self) -> int:
        with self._session() as s:
            return int(s.scalar(select(func.count()).select_from(DisputeChangeRow)) or 0)

    # --- webhooks -----------------------------------------------------------------------------
    def add_hook(self, url: str, secret: str, filters: dict[str, Any] | None = None
                 ) -> dict[str, Any]:
        row = WebhookRow(url=url, secret=secret, filters=dict(filters or {}), active=True,
                         created_at=datetime.now(timezone.utc))
        with self._session(write=True) as s:
            s.add(row)
            s.flush()
            return _hook_dict(row)

    def hook(self, hook_id: int, *, with_secret: bool = False) -> dict[str, Any] | None:
        with self._session() as s:
            r = s.get(WebhookRow, int(hook_id))
            if r is None:
                return None
            d = _hook_dict(r)
            if with_secret:
                d["secret"] = r.secret
            return d

    def hooks(self, *, include_removed: bool = False) -> list[dict[str, Any]]:
        """The hooks (active ones unless ``include_removed``), each with its deliveries
        counted by state."""
        stmt = select(WebhookRow).order_by(WebhookRow.id)
        if not include_removed:
            stmt = stmt.where(WebhookRow.active.is_(True))
        with self._session() as s:
            rows = list(s.scalars(stmt))
            counts: dict[int, dict[str, int]] = {}
            for hid, state, n in s.execute(
                    select(WebhookDeliveryRow.hook_id, WebhookDeliveryRow.state, func.count())
                    .group_by(WebhookDeliveryRow.hook_id, WebhookDeliveryRow.state)):
                counts.setdefault(hid, {})[state] = int(n)
            return [_hook_dict(r, {"pending": 0, "delivered": 0, "failed": 0,
                                   **counts.get(r.id, {})}) for r in rows]

    def remove_hook(self, hook_id: int) -> bool:
        """Deactivate a hook (its log stays); its pending deliveries are cancelled."""
        with self._session(write=True) as s:
            r = s.get(WebhookRow, int(hook_id))
            if r is None or not r.active:
                return False
            r.active = False
            s.execute(update(WebhookDeliveryRow).where(
                WebhookDeliveryRow.hook_id == r.id, WebhookDeliveryRow.state == "pending"
            ).values(state="cancelled"))
            return True

    def due_hooks(self, now: datetime, *, force: bool = False,
                  hook_id: int | None = None) -> list[dict[str, Any]]:
        """Active hooks with pending deliveries due by ``now`` (``force``: any pending),
        each with its secret."""
        stmt = select(WebhookRow).where(WebhookRow.active.is_(True), WebhookRow.id.in_(
            self._pending(select(WebhookDeliveryRow.hook_id), now, force))).order_by(
            WebhookRow.id)
        if hook_id is not None:
            stmt = stmt.where(WebhookRow.id == int(hook_id))
        with self._session() as s:
            return [{**_hook_dict(r), "secret": r.secret} for r in s.scalars(stmt)]

    @staticmethod
    def _pending(stmt, now: datetime, force: bool):
        stmt = stmt.where(WebhookDeliveryRow.state == "pending")
        return stmt if force else stmt.where(WebhookDeliveryRow.next_at <= now)

    def claim_deliveries(self, hook_id: int, now: datetime, lease_until: datetime, *,
                         limit: int = 50, force: bool = False) -> list[dict[str, Any]]:
        """Take up to ``limit`` of a hook's due pending deliveries, oldest change first, and
        hold them until ``lease_until`` (another sender skips them meanwhile; if this one
        dies, they are due again then). Returns ``{"id", "change_id", "attempts"}``."""
        stmt = self._pending(select(WebhookDeliveryRow), now, force).where(
            WebhookDeliveryRow.hook_id == int(hook_id)).order_by(
            WebhookDeliveryRow.change_id, WebhookDeliveryRow.id).limit(limit)
        if self.dialect == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        with self._session(write=True) as s:
            rows = list(s.scalars(stmt))
            for r in rows:
                r.next_at = lease_until
            return [{"id": r.id, "change_id": r.change_id, "attempts": r.attempts}
                    for r in rows]

    def release_deliveries(self, delivery_ids: list[int], when: datetime) -> None:
        """Claimed deliveries not sent after all: due again at ``when``."""
        with self._session(write=True) as s:
            s.execute(update(WebhookDeliveryRow).where(
                WebhookDeliveryRow.id.in_(delivery_ids), WebhookDeliveryRow.state == "pending"
            ).values(next_at=when))

    def finish_deliveries(self, hook_id: int, delivery_ids: list[int], *, ok: bool,
                          at: datetime, attempt: int, delivery: str, change_ids: list[int],
                          status_code: int | None = None, error: str | None = None,
                          duration_ms: int | None = None, retry_at: datetime | None = None
                          ) -> None:
        """Log one POST and settle its deliveries: delivered, or (``retry_at``) pending
        again from then, or (no ``retry_at``) failed for good."""
        with self._session(write=True) as s:
            s.add(WebhookAttemptRow(hook_id=int(hook_id), at=at, delivery=delivery,
                                    change_ids=list(change_ids), attempt=attempt, ok=ok,
                                    status_code=status_code,
                                    error=(error or None) and error[:1000],
                                    duration_ms=duration_ms))
            stmt = update(WebhookDeliveryRow).where(WebhookDeliveryRow.id.in_(delivery_ids))
            if ok:
                s.execute(stmt.values(state="delivered", delivered_at=at,
                                      attempts=WebhookDeliveryRow.attempts + 1,
                                      last_error=None))
            else:
                s.execute(stmt.values(
                    state="pending" if retry_at is not None else "failed",
                    next_at=retry_at or at, attempts=WebhookDeliveryRow.attempts + 1,
                    last_error=(error or f"HTTP {status_code}")[:1000]))

    def retry_failed(self, hook_id: int | None = None, now: datetime | None = None) -> int:
        """Make the deliveries that failed for good pending again (due now)."""
        now = now or datetime.now(timezone.utc)
        stmt = update(WebhookDeliveryRow).where(WebhookDeliveryRow.state == "failed")
        if hook_id is not None:
            stmt = stmt.where(WebhookDeliveryRow.hook_id == int(hook_id))
        with self._session(write=True) as s:
            return s.execute(stmt.values(state="pending", next_at=now, attempts=0)).rowcount

    def deliveries(self, hook_id: int | None = None, *, state: str | None = None
                   ) -> list[dict[str, Any]]:
        stmt = select(WebhookDeliveryRow).order_by(WebhookDeliveryRow.id)
        if hook_id is not None:
            stmt = stmt.where(WebhookDeliveryRow.hook_id == int(hook_id))
        if state is not None:
            stmt = stmt.where(WebhookDeliveryRow.state == state)
        with self._session() as s:
            return [{"id": r.id, "hook_id": r.hook_id, "change_id": r.change_id,
                     "state": r.state, "attempts": r.attempts, "next_at": _iso(r.next_at),
                     "delivered_at": _iso(r.delivered_at), "last_error": r.last_error}
                    for r in s.scalars(stmt)]

    def delivery_log(self, hook_id: int | None = None, *, limit: int | None = 50
                     ) -> list[dict[str, Any]]:
        """The POSTs made, newest first."""
        stmt = select(WebhookAttemptRow).order_by(WebhookAttemptRow.id.desc()).limit(limit)
        if hook_id is not None:
            stmt = stmt.where(WebhookAttemptRow.hook_id == int(hook_id))
        with self._session() as s:
            return [{"id": r.id, "hook_id": r.hook_id, "at": _iso(r.at),
                     "delivery": r.delivery, "changes": list(r.change_ids or []),
                     "attempt": r.attempt, "ok": bool(r.ok), "status_code": r.status_code,
                     "error": r.error, "duration_ms": r.duration_ms}
                    for r in s.scalars(stmt)]
