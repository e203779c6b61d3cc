"""The :class:`Store`: picketline's only door to the database.

Every public method runs in a transaction of its own, or joins the one opened by
:meth:`Store.transaction` on the same thread, so that a batch of articles, their facts and the
disputes they change are committed together or not at all.
"""
from __future__ import annotations

import threading
import uuid
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable, Iterator, Sequence

from sqlalchemy import Select, and_, case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..model import Article, ArticleFacts
from . import migrate
from .engine import make_engine, normalize_url, safe_url, write_engine
from .models import (ArticleRow, CorrectionRow, DisputeArticleRow, DisputeRow, FactsRow,
                     IngestProgressRow, LinkStateRow)
from .publish_store import PublishMixin

CHUNK = 500  # rows per INSERT / ids per IN (...) clause
CORRECTION_TARGETS = ("dispute", "article")
CORRECTION_ACTIONS = ("confirm", "correct", "merge", "split", "attach")
DISPUTE_SORTS = ("start_date", "end_date", "updated_at", "participants", "title", "employer",
                 "union", "status", "action_type", "industry", "state", "city", "id",
                 "last_reported")
LIVE_STATUSES = ("threatened", "authorized", "scheduled", "ongoing")
_DISPUTE_COLUMNS = ("status", "action_type", "industry", "state", "city", "employer", "union",
                    "start_date", "end_date", "participants", "title")


def _chunks(seq: Sequence, n: int = CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _day(value: str | None) -> str | None:
    """The ISO date part (first ten characters) of a date filter."""
    return str(value)[:10] if value else None


def _like(text: str) -> str:
    """A LIKE pattern that matches ``text`` literally anywhere (escape character ``\\``)."""
    esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


def _scalar(value: Any) -> Any:
    """A dispute field's plain value: fact-like dicts give their ``value``, lists their
    first item (the chosen value comes first in consolidated records)."""
    if isinstance(value, dict) and "value" in value:
        value = value["value"]
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
        return _scalar(value)
    return value


def _dispute_columns(d: dict[str, Any]) -> dict[str, Any]:
    """The indexed columns of a dispute row, read from its dict."""
    loc = d.get("location") if isinstance(d.get("location"), dict) else {}
    loc = loc.get("value", loc) if isinstance(loc.get("value"), dict) else loc
    out: dict[str, Any] = {}
    for name in _DISPUTE_COLUMNS:
        v = _scalar(d.get(name))
        if v is None and name in ("state", "city"):
            v = loc.get(name)
        if v is None and name in ("employer", "union"):
            v = _scalar(d.get(name + "s"))
        if name == "participants":
            try:
                v = int(v) if v is not None else None
            except (TypeError, ValueError):
                v = None
        elif v is not None:
            v = str(v)
        out["union_name" if name == "union" else name] = v
    return out


def _iso(value: Any) -> str | None:
    """``value``'s ISO day when its first ten characters are a valid date, else None."""
    try:
        return date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def _status_days(d: dict[str, Any]) -> dict[str, str | None]:
    """The days a dispute's status as of a day is computed from (see
    :func:`picketline.api.status_as_of`), stored in columns so that the filter runs in the
    query: ``last_reported`` (the record's, else its latest source's publication day) and
    ``ratified`` (its first ratification on or after its start)."""
    last = d.get("last_reported") or max(
        (str(s.get("published"))[:10] for s in d.get("sources") or []
         if isinstance(s, dict) and s.get("published")), default=None)
    start = _iso(_scalar(d.get("start_date")))
    rat = sorted(day for e in d.get("timeline") or [] if isinstance(e, dict)
                 and e.get("kind") == "ratification" and (day := _iso(e.get("date")))
                 and (start is None or day >= start))
    return {"last_reported": _iso(last), "ratified": rat[0] if rat else None}


def _unique(articles: Iterable[Article]) -> list[Article]:
    """The articles with repeats (same id or same content hash) dropped, first one kept."""
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    unique: list[Article] = []
    for a in articles:
        if a.id in seen_ids or a.hash in seen_hashes:
            continue
        seen_ids.add(a.id)
        seen_hashes.add(a.hash)
        unique.append(a)
    return unique


def _to_article(row: ArticleRow) -> Article:
    return Article(id=row.id, text=row.text, title=row.title, published=row.published,
                   url=row.url, source=row.source, path=row.path, format=row.format,
                   hash=row.hash)


def _correction_dict(row: CorrectionRow) -> dict[str, Any]:
    created = row.created_at
    if created.tzinfo is None:  # SQLite keeps no zone; we always write UTC
        created = created.replace(tzinfo=timezone.utc)
    return {"id": row.id, "target": row.target, "target_id": row.target_id,
            "field": row.field, "old_value": row.old_value, "new_value": row.new_value,
            "author": row.author, "action": row.action, "created_at": created.isoformat()}


class Store(PublishMixin):
    """Articles, their extracted facts, disputes and reviewers' corrections.

    ``Store(url)`` opens any SQLAlchemy URL (default: ``$PICKETLINE_DB``, else SQLite at
    ``$PICKETLINE_HOME/picketline.db``) and migrates it to the newest schema.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        self._write = write_engine(self.engine)
        self._local = threading.local()
        self.revision = migrate.upgrade(self.engine)

    def __repr__(self) -> str:
        return f"Store({safe_url(self.url)!r})"

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- transactions -----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction for everything called inside the block on this thread:
        committed at the end, rolled back entirely on an exception."""
        with self._session(write=True) as s:
            yield s

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        with Session(self._write if write else self.engine, expire_on_commit=False) as s:
            self._local.session = s
            try:
                with s.begin():
                    yield s
            finally:
                self._local.session = None

    # --- articles ---------------------------------------------------------------------------
    def filter_new(self, articles: Iterable[Article]) -> list[Article]:
        """The articles not stored yet (by id or content hash), duplicates within the input
        dropped too (first one wins). Reads only; :meth:`add_articles` re-checks."""
        unique = _unique(articles)
        if not unique:
            return []
        known_ids: set[str] = set()
        known_hashes: set[str] = set()
        with self._session() as s:
            for part in _chunks(unique):
                known_ids.update(s.scalars(select(ArticleRow.id).where(
                    ArticleRow.id.in_([a.id for a in part]))))
                known_hashes.update(s.scalars(select(ArticleRow.hash).where(
                    ArticleRow.hash.in_([a.hash for a in part]))))
        return [a for a in unique if a.id not in known_ids and a.hash not in known_hashes]

    def stored_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """The content hash stored under each of ``ids`` that is stored."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        with self._session() as s:
            for part in _chunks(wanted):
                rows = s.execute(select(ArticleRow.id, ArticleRow.hash)
                                 .where(ArticleRow.id.in_(part)))
                out.update((i, h) for i, h in rows)  # (a Result has keys(): no update(rows))
        return out

    def add_articles(self, articles: Iterable[Article]) -> list[Article]:
        """Store the articles not already there (same id or same content hash counts as
        there); returns only those newly added, in input order. All or nothing."""
        with self._session(write=True) as s:
            # SQLite and PostgreSQL skip stored ids and hashes in the INSERT itself (ON
            # CONFLICT DO NOTHING ... RETURNING); other databases are checked first
            fresh = _unique(articles) if self._insert(ArticleRow) is not None \
                else self.filter_new(articles)
            if not fresh:
                return []
            now = datetime.now(timezone.utc)
            added: set[str] = set()
            for part in _chunks(fresh):
                rows = [{"id": a.id, "hash": a.hash, "title": a.title, "url": a.url,
                         "source": a.source, "published": a.published, "path": a.path,
                         "format": a.format, "text": a.text, "ingested_at": now}
                        for a in part]
                # on the table, not the mapped class: a Core insert of many rows skips the
                # ORM's per-row bulk bookkeeping (about a tenth of an ingest's storing)
                table = ArticleRow.__table__
                stmt = self._insert(table)
                if stmt is None:  # other databases: plain insert after the check above
                    s.execute(table.insert(), rows)
                    added.update(r["id"] for r in rows)
                else:  # an id or hash already stored (or stored meanwhile) is skipped
                    stmt = stmt.on_conflict_do_nothing().returning(table.c.id)
                    added.update(s.scalars(stmt, rows))
            return [a for a in fresh if a.id in added]

    def _insert(self, model):
        """The dialect's INSERT with ON CONFLICT of ``model`` (a mapped class, or its
        ``__table__`` for a Core statement), or None where the dialect has none."""
        if self.dialect == "sqlite":
            return sqlite_insert(model)
        if self.dialect == "postgresql":
            return pg_insert(model)
        return None

    def article(self, id: str) -> Article | None:
        with self._session() as s:
            row = s.get(ArticleRow, id)
            return _to_article(row) if row else None

    def articles_by_ids(self, ids: Iterable[str]) -> list[Article]:
        """The stored articles among ``ids``, in the order given (unknown ids left out,
        repeats once), fetched in chunks rather than one query per article."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Article] = {}
        with self._session() as s:
            for part in _chunks(wanted):
                for row in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(part))):
                    found[row.id] = _to_article(row)
        return [found[i] for i in wanted if i in found]

    def _article_query(self, stmt: Select, *, labor: bool | None, since: str | None,
                       until: str | None, q: str | None, dispute_id: str | None) -> Select:
        if labor is not None:
            stmt = stmt.join(FactsRow, FactsRow.article_id == ArticleRow.id).where(
                FactsRow.labor.is_(bool(labor)))
        day = func.substr(ArticleRow.published, 1, 10)
        if since:
            # the bare column bound is implied by the day test; it lets the index on
            # `published` skip older rows (a date window stays cheap in a large database)
            stmt = stmt.where(ArticleRow.published >= _day(since), day >= _day(since))
        if until:
            stmt = stmt.where(day <= _day(until))
        if q:
            pat = _like(q)
            stmt = stmt.where(or_(ArticleRow.title.ilike(pat, escape="\\"),
                                  ArticleRow.text.ilike(pat, escape="\\")))
        if dispute_id is not None:
            stmt = stmt.join(DisputeArticleRow,
                             DisputeArticleRow.article_id == ArticleRow.id).where(
                DisputeArticleRow.dispute_id == dispute_id)
        return stmt

    def articles(self, *, labor: bool | None = None, since: str | None = None,
                 until: str | None = None, q: str | None = None,
                 dispute_id: str | None = None, limit: int | None = 100,
                 offset: int = 0) -> list[Article]:
        """Articles, newest published first (undated last), then by id.

        ``labor``: True/False keeps articles whose stored facts say so (articles not yet
        extracted match neither); ``since``/``until``: publication date range, inclusive;
        ``q``: case-insensitive text in title or body; ``dispute_id``: members of a dispute;
        ``limit=None``: no limit."""
        stmt = self._article_query(select(ArticleRow), labor=labor, since=since, until=until,
                                   q=q, dispute_id=dispute_id)
        stmt = stmt.order_by(ArticleRow.published.desc().nulls_last(), ArticleRow.id)
        stmt = stmt.offset(offset).limit(limit)
        with self._session() as s:
            return [_to_article(r) for r in s.scalars(stmt)]

    def count_articles(self, *, labor: bool | None = None, since: str | None = None,
                       until: str | None = None, q: str | None = None,
                       dispute_id: str | None = None) -> int:
        stmt = self._article_query(select(func.count()).select_from(ArticleRow), labor=labor,
                                   since=since, until=until, q=q, dispute_id=dispute_id)
        with self._session() as s:
            return int(s.scalar(stmt) or 0)

    # --- facts ------------------------------------------------------------------------------
    def save_facts(self, facts: Iterable[ArticleFacts]) -> None:
        """Store each article's facts (the full ``to_dict`` record), replacing earlier ones.
        The article must be stored first."""
        now = datetime.now(timezone.utc)
        rows = {f.id: {"article_id": f.id, "labor": f.labor, "data": f.to_dict(),
                       "extractor_version": f.extractor_version, "extracted_at": now}
                for f in facts}
        if not rows:
            return
        self._upsert(FactsRow, list(rows.values()), "article_id")

    def _upsert(self, model, rows: list[dict[str, Any]], key: str) -> None:
        with self._session(write=True) as s:
            for part in _chunks(rows):
                stmt = self._insert(model.__table__)  # Core: see add_articles
                if stmt is None:
                    for r in part:
                        s.merge(model(**r))
                    continue
                cols = [c for c in part[0] if c != key]
                stmt = stmt.on_conflict_do_update(
                    index_elements=[key], set_={c: getattr(stmt.excluded, c) for c in cols})
                s.execute(stmt, part)

    def facts(self, article_ids: Iterable[str] | None = None, *,
              labor_only: bool = False) -> list[ArticleFacts]:
        """Stored facts, for the given articles (in that order) or all (by article id).
        ``dispute`` is filled in from dispute membership when the article has one."""
        def query(ids: Sequence[str] | None):
            # a roundup is in several disputes: the first by id is the one named here
            first = select(DisputeArticleRow.article_id,
                           func.min(DisputeArticleRow.dispute_id).label("dispute_id")
                           ).group_by(DisputeArticleRow.article_id)
            if ids is not None:
                first = first.where(DisputeArticleRow.article_id.in_(ids))
            first = first.subquery()
            stmt = select(FactsRow.data, first.c.dispute_id).outerjoin(
                first, first.c.article_id == FactsRow.article_id)
            if ids is not None:
                stmt = stmt.where(FactsRow.article_id.in_(ids))
            if labor_only:
                stmt = stmt.where(FactsRow.labor.is_(True))
            return stmt.order_by(FactsRow.article_id)

        def build(data: dict, dispute_id: str | None) -> ArticleFacts:
            f = ArticleFacts.from_dict(data)
            if dispute_id is not None:
                f.dispute = dispute_id
            return f

        with self._session() as s:
            if article_ids is None:
                return [build(d, dis) for d, dis in s.execute(query(None))]
            wanted = list(dict.fromkeys(article_ids))
            found: dict[str, ArticleFacts] = {}
            for part in _chunks(wanted):
                for d, dis in s.execute(query(part)):
                    found[d["id"]] = build(d, dis)
            return [found[i] for i in wanted if i in found]

    def facts_versions(self) -> dict[str | None, int]:
        """``{extractor version: how many articles' facts it extracted}`` (None: facts
        stored with no version)."""
        stmt = select(FactsRow.extractor_version, func.count()).group_by(
            FactsRow.extractor_version)
        with self._session() as s:
            return {v: int(n) for v, n in s.execute(stmt)}

    def articles_to_reextract(self, version: str | None = None) -> list[str]:
        """Ids of the stored articles whose facts were not extracted by ``version`` (other
        or no version, or no facts at all), sorted; every article when ``version`` is
        None."""
        stmt = select(ArticleRow.id)
        if version is not None:
            stmt = stmt.outerjoin(FactsRow, FactsRow.article_id == ArticleRow.id).where(
                or_(FactsRow.article_id.is_(None), FactsRow.extractor_version.is_(None),
                    FactsRow.extractor_version != version))
        with self._session() as s:
            return list(s.scalars(stmt.order_by(ArticleRow.id)))

    # --- disputes ---------------------------------------------------------------------------
    def save_dispute(self, d: dict) -> None:
        """Insert or replace a dispute; ``d["article_ids"]`` become its members. An article
        new to it moves here from any other dispute, unless the record lists it as a roundup
        (``d["also_mentions"]``: it reports other disputes too), which stays a member of
        those as well. The dict is kept and returned as-is."""
        did = str(d["id"])
        cols = _dispute_columns(d)
        cols.update(_status_days(d))
        key = d.get("link_key") if isinstance(d.get("link_key"), dict) else None
        cols.update(link_key=key, link_first=_day(key.get("first")) if key else None,
                    link_last=_day(key.get("last")) if key else None)
        members = list(dict.fromkeys(str(a) for a in d.get("article_ids") or []))
        with self._session(write=True) as s:
            row = s.get(DisputeRow, did)
            if row is None:
                s.add(DisputeRow(id=did, data=d, **cols))
            else:
                row.data = d
                for k, v in cols.items():
                    setattr(row, k, v)
                row.updated_at = datetime.now(timezone.utc)
            # only membership changes are written: re-saving a large dispute that gained
            # one article costs one row, not a delete and re-insert of every member
            had = set(s.scalars(select(DisputeArticleRow.article_id).where(
                DisputeArticleRow.dispute_id == did)))
            keep = set(members)
            gone = [a for a in had if a not in keep]
            for part in _chunks(gone):
                s.execute(delete(DisputeArticleRow).where(
                    DisputeArticleRow.dispute_id == did, DisputeArticleRow.article_id.in_(part)))
            fresh = [a for a in members if a not in had]
            roundups = d.get("also_mentions") if isinstance(d.get("also_mentions"), dict) \
                else {}
            moving = [a for a in fresh if not roundups.get(a)]
            for part in _chunks(moving):  # an article moves here from any other dispute
                s.execute(delete(DisputeArticleRow).where(
                    DisputeArticleRow.article_id.in_(part)))
            for part in _chunks(fresh):
                s.execute(DisputeArticleRow.__table__.insert(),
                          [{"article_id": a, "dispute_id": did} for a in part])

    def delete_dispute(self, id: str) -> None:
        with self._session(write=True) as s:
            self._note_deleted(s, id)  # the change log: merged or removed
            s.execute(delete(DisputeArticleRow).where(DisputeArticleRow.dispute_id == id))
            s.execute(delete(DisputeRow).where(DisputeRow.id == id))

    def dispute(self, id: str) -> dict | None:
        with self._session() as s:
            row = s.get(DisputeRow, id)
            return row.data if row else None

    @staticmethod
    def status_on(day: str, stale_days: int):
        """The SQL expression of a dispute's status as of ``day`` (ISO), for a dispute whose
        articles were all published by then: :func:`picketline.api.status_as_of` in the
        query (its stored, reported status; an ongoing or scheduled action whose last day
        has passed, or an ongoing one ratified since it began, has ended; a scheduled one
        whose first day has come is ongoing; a live one with no report for more than
        ``stale_days`` days is unconfirmed)."""
        cutoff = (date.fromisoformat(day) - timedelta(days=stale_days)).isoformat()
        rep = DisputeRow.status
        end = func.substr(DisputeRow.end_date, 1, 10)
        start = func.substr(DisputeRow.start_date, 1, 10)
        adjusted = case(
            (and_(rep.in_(("ongoing", "scheduled")), end.like("____-__-__"), end < day),
             "ended"),
            (and_(rep == "ongoing", DisputeRow.ratified.is_not(None),
                  DisputeRow.ratified <= day), "ended"),
            (and_(rep == "scheduled", start.like("____-__-__"), start <= day), "ongoing"),
            else_=rep)
        return case((and_(adjusted.in_(LIVE_STATUSES),
                          or_(DisputeRow.last_reported.is_(None),
                              DisputeRow.last_reported < cutoff)), "unconfirmed"),
                    else_=adjusted)

    def _dispute_query(self, stmt: Select, *, status, action_type, industry, state, since,
                       until, q, updated_since=None, on=None, on_status=None,
                       reported_after=None) -> Select:
        """The filters; ``on``: ``(day, stale_days)``, only disputes none of whose articles
        was published after ``day``, and (``on_status``: statuses) whose status as of that
        day (:meth:`status_on`) is one of ``on_status``; ``reported_after``: only disputes
        with an article published after that day."""
        if on is not None:
            day, stale = on
            stmt = stmt.where(or_(DisputeRow.last_reported.is_(None),
                                  DisputeRow.last_reported <= day))
            if on_status is not None:
                stmt = stmt.where(self.status_on(day, stale).in_(list(on_status)))
        if reported_after is not None:
            stmt = stmt.where(DisputeRow.last_reported > reported_after)
        for col, value in ((DisputeRow.status, status), (DisputeRow.action_type, action_type),
                           (DisputeRow.industry, industry), (DisputeRow.state, state)):
            if value is not None:
                stmt = stmt.where(col == value)
        start = func.substr(DisputeRow.start_date, 1, 10)
        last = func.substr(func.coalesce(DisputeRow.end_date, DisputeRow.start_date), 1, 10)
        if since:  # still going on, or ended, on or after `since`
            stmt = stmt.where(last >= _day(since))
        if until:  # began on or before `until`
            stmt = stmt.where(start <= _day(until))
        if updated_since is not None:  # saved (built, corrected, merged) at or after
            stmt = stmt.where(DisputeRow.updated_at >= updated_since)
        if q:  # the id too: it carries the employer's and union's initials (lausd-seiu-99-...)
            # several texts (a list: a search's expansions, see picketline.web.search): any
            stmt = stmt.where(or_(*(col.ilike(_like(t), escape="\\")
                                    for t in ([q] if isinstance(q, str) else q)
                                    for col in (DisputeRow.title, DisputeRow.employer,
                                                DisputeRow.union_name, DisputeRow.id))))
        return stmt

    def disputes(self, *, status: str | None = None, action_type: str | None = None,
                 industry: str | None = None, state: str | None = None,
                 since: str | None = None, until: str | None = None, q: str | None = None,
                 sort: str = "start_date", desc: bool = True, limit: int | None = 50,
                 offset: int = 0, updated_since: datetime | None = None,
                 on: tuple[str, int] | None = None, on_status: Iterable[str] | None = None,
                 reported_after: str | None = None) -> list[dict]:
        """Disputes matching every filter given. ``since``/``until``: the dispute's span
        (start to end, or start alone) overlaps the range; ``q``: case-insensitive text in
        id, title, employer or union; ``sort``: one of :data:`DISPUTE_SORTS` (missing values
        last; ``status`` with ``on``: the status as of that day), ties broken by id;
        ``on``/``on_status``/``reported_after``: see :meth:`_dispute_query`."""
        if sort not in DISPUTE_SORTS:
            raise ValueError(f"cannot sort disputes by {sort!r}; choose {', '.join(DISPUTE_SORTS)}")
        col = getattr(DisputeRow, "union_name" if sort == "union" else sort)
        if sort == "status" and on is not None:
            col = self.status_on(*on)
        order = (col.desc() if desc else col.asc()).nulls_last()
        stmt = self._dispute_query(select(DisputeRow.data), status=status,
                                   action_type=action_type, industry=industry, state=state,
                                   since=since, until=until, q=q, updated_since=updated_since,
                                   on=on, on_status=on_status, reported_after=reported_after)
        stmt = stmt.order_by(order, DisputeRow.id).offset(offset).limit(limit)
        with self._session() as s:
            return list(s.scalars(stmt))

    def count_disputes(self, *, status: str | None = None, action_type: str | None = None,
                       industry: str | None = None, state: str | None = None,
                       since: str | None = None, until: str | None = None,
                       q: str | None = None, updated_since: datetime | None = None,
                       on: tuple[str, int] | None = None,
                       on_status: Iterable[str] | None = None,
                       reported_after: str | None = None) -> int:
        stmt = self._dispute_query(select(func.count()).select_from(DisputeRow), status=status,
                                   action_type=action_type, industry=industry, state=state,
                                   since=since, until=until, q=q, updated_since=updated_since,
                                   on=on, on_status=on_status, reported_after=reported_after)
        with self._session() as s:
            return int(s.scalar(stmt) or 0)

    def count_by_status_on(self, day: str, stale_days: int, **filters) -> dict[str | None, int]:
        """``{status as of day: count}`` (:meth:`status_on`) of the disputes matching
        ``filters`` none of whose articles was published after ``day``: one grouped query."""
        inner = self._dispute_query(
            select(self.status_on(day, stale_days).label("st")),
            **{"status": None, "action_type": None, "industry": None, "state": None,
               "since": None, "until": None, "q": None, **filters},
            on=(day, stale_days)).subquery()
        # grouped outside: PostgreSQL does not see a CASE with bound values in the select
        # list and the same CASE in GROUP BY as one expression
        stmt = select(inner.c.st, func.count()).group_by(inner.c.st)
        with self._session() as s:
            return {st: int(n) for st, n in s.execute(stmt)}

    def dispute_of(self, article_id: str) -> str | None:
        """The dispute ``article_id`` belongs to (a roundup in several: the first by id;
        :meth:`dispute_ids_of` gives them all)."""
        ids = self.dispute_ids_of(article_id)
        return ids[0] if ids else None

    def dispute_ids_of(self, article_id: str) -> list[str]:
        """Every dispute ``article_id`` belongs to, by id (several for a roundup)."""
        return self.memberships([article_id]).get(article_id, [])

    def disputes_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """``{article_id: dispute_id}`` for those of ``article_ids`` that are in a dispute
        (a roundup in several: the first by id; :meth:`memberships` gives them all)."""
        return {a: ds[0] for a, ds in self.memberships(article_ids).items()}

    def memberships(self, article_ids: Iterable[str]) -> dict[str, list[str]]:
        """``{article_id: [dispute_id, ...]}`` (by id) for those of ``article_ids`` that
        are in a dispute: one for most articles, several for a roundup."""
        wanted = list(dict.fromkeys(article_ids))
        out: dict[str, list[str]] = {}
        with self._session() as s:
            for part in _chunks(wanted):
                stmt = select(DisputeArticleRow.article_id, DisputeArticleRow.dispute_id
                              ).where(DisputeArticleRow.article_id.in_(part))
                for a, d in s.execute(stmt.order_by(DisputeArticleRow.article_id,
                                                    DisputeArticleRow.dispute_id)):
                    out.setdefault(a, []).append(d)
        return out

    def has_dispute(self, id: str) -> bool:
        with self._session() as s:
            return s.scalar(select(DisputeRow.id).where(DisputeRow.id == id)) is not None

    def dispute_link_keys(self, *, since: str | None = None,
                          until: str | None = None) -> list[dict]:
        """What linking needs of the disputes whose linking span (``link_key`` first to last
        day) overlaps ``since``..``until`` (either open): ``{"id", "link_key",
        "article_ids"}`` by id. Disputes with no span (saved without a ``link_key``, or with
        no dates) always come back. Reads the small key column, not the dispute records."""
        stmt = select(DisputeRow.id, DisputeRow.link_key, DisputeRow.link_first)
        if since:
            stmt = stmt.where(or_(DisputeRow.link_last.is_(None),
                                  DisputeRow.link_last >= _day(since)))
        if until:
            stmt = stmt.where(or_(DisputeRow.link_first.is_(None),
                                  DisputeRow.link_first <= _day(until)))
        out: list[dict] = []
        with self._session() as s:
            for did, key, _ in s.execute(stmt.order_by(DisputeRow.id)):
                if isinstance(key, dict) and "article_ids" in key:
                    ids = list(key.get("article_ids") or [])
                else:  # no key stored: the record's members
                    data = s.scalar(select(DisputeRow.data).where(DisputeRow.id == did)) or {}
                    ids = list(data.get("article_ids") or [])
                out.append({"id": did, "link_key": key if isinstance(key, dict) else None,
                            "article_ids": ids})
        return out

    def members_of(self, dispute_ids: Iterable[str]) -> dict[str, list[str]]:
        """``{dispute_id: [article_id, ...]}``: the stored membership of the given disputes
        (article ids sorted; disputes with no member left out)."""
        wanted = list(dict.fromkeys(dispute_ids))
        out: dict[str, list[str]] = {}
        with self._session() as s:
            for part in _chunks(wanted):
                stmt = select(DisputeArticleRow.dispute_id, DisputeArticleRow.article_id
                              ).where(DisputeArticleRow.dispute_id.in_(part))
                for did, aid in s.execute(stmt.order_by(DisputeArticleRow.article_id)):
                    out.setdefault(did, []).append(aid)
        return out

    def unlinked_labor_articles(self) -> list[str]:
        """The ids of labor articles (by their stored facts) that belong to no dispute."""
        stmt = select(FactsRow.article_id).outerjoin(
            DisputeArticleRow, DisputeArticleRow.article_id == FactsRow.article_id).where(
            FactsRow.labor.is_(True), DisputeArticleRow.article_id.is_(None))
        with self._session() as s:
            return list(s.scalars(stmt.order_by(FactsRow.article_id)))

    # --- the linking lock -------------------------------------------------------------------
    def lock_linking(self) -> tuple[str, str]:
        """Take the database's linking lock for the rest of the current write transaction
        (call it inside :meth:`transaction`, before anything it should cover) and stamp it:
        returns ``(before, mine)``, the stamp the last committed linking transaction left
        and the fresh one this transaction writes. A writer whose own last stamp is not
        ``before`` knows that another one linked since. Taken again in the same transaction,
        it returns the same pair.

        Linking transactions thus run one after the other, and each one's statements after
        the lock see everything the others committed. PostgreSQL: a row lock on
        ``link_state`` (``SELECT ... FOR UPDATE``, held until commit, whatever schema or
        connection the other writer uses); SQLite: write transactions hold the database's
        write lock from their start (``BEGIN IMMEDIATE``, see :func:`.engine.make_engine`)."""
        with self._session(write=True) as s:
            got = s.info.get("link_stamp")
            if got is not None:
                return got
            before = s.scalar(select(LinkStateRow.stamp).where(LinkStateRow.id == 1)
                              .with_for_update())
            mine = uuid.uuid4().hex
            if before is None:  # the row was removed by hand: put it back
                s.execute(LinkStateRow.__table__.insert(), [{"id": 1, "stamp": mine}])
                before = ""
            else:
                s.execute(update(LinkStateRow).where(LinkStateRow.id == 1).values(stamp=mine))
            s.info["link_stamp"] = (before, mine)
            return before, mine

    # --- corrections ------------------------------------------------------------------------
    def add_correction(self, *, target: str, target_id: str, field: str, old_value: Any,
                       new_value: Any, author: str, action: str = "correct") -> dict:
        """Record a reviewer's confirmation, correction, merge or split (never overwrites
        the extracted value); returns the stored row with its ``id`` and ``created_at``."""
        if target not in CORRECTION_TARGETS:
            raise ValueError(f"correction target must be one of {CORRECTION_TARGETS}, not {target!r}")
        if action not in CORRECTION_ACTIONS:
            raise ValueError(f"correction action must be one of {CORRECTION_ACTIONS}, not {action!r}")
        if not author:
            raise ValueError("a correction needs an author")
        row = CorrectionRow(target=target, target_id=str(target_id), field=field,
                            old_value=old_value, new_value=new_value, author=author,
                            action=action, created_at=datetime.now(timezone.utc))
        with self._session(write=True) as s:
            s.add(row)
            s.flush()
            return _correction_dict(row)

    def last_correction_id(self) -> int | None:
        """The newest row of the audit trail (None when empty): it changes whenever a
        reviewer confirms, corrects, merges, splits or attaches anything."""
        with self._session() as s:
            return s.scalar(select(func.max(CorrectionRow.id)))

    def corrections(self, *, target: str | None = None,
                    target_id: str | None = None) -> list[dict]:
        """The audit trail, oldest first."""
        stmt = select(CorrectionRow)
        if target is not None:
            stmt = stmt.where(CorrectionRow.target == target)
        if target_id is not None:
            stmt = stmt.where(CorrectionRow.target_id == str(target_id))
        with self._session() as s:
            return [_correction_dict(r) for r in s.scalars(stmt.order_by(CorrectionRow.id))]

    # --- streaming ingest progress ----------------------------------------------------------
    def ingest_position(self, source: str) -> int | None:
        """How far a streaming ingest of ``source`` got (reader-defined position)."""
        with self._session() as s:
            return s.scalar(select(IngestProgressRow.position).where(
                IngestProgressRow.source == source))

    def set_ingest_position(self, source: str, position: int) -> None:
        self._upsert(IngestProgressRow, [{"source": source, "position": int(position),
                                          "updated_at": datetime.now(timezone.utc)}], "source")

    # --- housekeeping -----------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """URL (password hidden), dialect, schema revision and row counts."""
        with self._session() as s:
            def count(model, *where) -> int:
                return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

            counts = {"articles": count(ArticleRow), "facts": count(FactsRow),
                      "labor_articles": count(FactsRow, FactsRow.labor.is_(True)),
                      "disputes": count(DisputeRow), "corrections": count(CorrectionRow)}
            rev = migrate.current_revision(s.connection())
        return {"url": safe_url(self.url), "dialect": self.dialect, "revision": rev,
                "head": migrate.head_revision(), **counts}
