"""The disputes API: what the CLI, the web app and the ingest pipeline call.

    from picketline.store import Store
    from picketline import api
    st = Store()
    api.refresh_disputes(st)                       # link new labor articles, save disputes
    api.list_disputes(st, status="ongoing")        # dispute records (dicts)
    api.get_dispute(st, "lausd-seiu-99-2023-03")   # one record, corrections applied
    api.correct_fact(st, did, "participants", 65000, author="ana")
    api.merge_disputes(st, a, b, author="ana"); api.split_article(st, a, "art-7", author="ana")

Dispute records are the dicts of :func:`picketline.consolidate.consolidate` plus ``link_key``
(what linking knows of the dispute, so the next batch can join it); see docs/disputes-json.md.
Reviewers' corrections never overwrite extracted values: they are rows in the store's audit
trail, applied on top whenever a dispute is consolidated. Merges and splits are such rows too
(``action`` "merge"/"split"); membership they set is kept by later refreshes, which only link
articles that belong to no dispute yet.
"""
from __future__ import annotations

import json
import re
from collections import OrderedDict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .consolidate import FIELDS, _ALIASES, coerce, consolidate
from .link import (
    STRONG_WINDOW_DAYS, WINDOW_DAYS, DisputeKey, KeyIndex, article_dates, assign_detail,
    build_key, copies_in_order, link_articles_for_extract, link_order, make_dispute_id,
)
from .model import Article, ArticleFacts
from .process import dispute_stage
from .process.costing import cost_dispute, parse_roster
from .validate import CorrectionError, check_stored, json_safe

__all__ = ["refresh_disputes", "list_disputes", "count_disputes", "get_dispute",
           "merge_disputes", "split_article", "correct_fact", "confirm_fact",
           "rebuild_dispute", "link_articles_for_extract", "attach_roster", "attached_roster",
           "repair_links", "reextract", "status_as_of", "with_status_as_of", "status_counts",
           "stale_days", "AS_OF_STATUSES", "ACTIVE", "expand_query"]

DUP_WINDOW_DAYS = 14  # wire copies are looked for among articles published this close


# --- helpers ---------------------------------------------------------------------------------
def _keys_from_rows(rows: Iterable[dict[str, Any]]) -> list[DisputeKey]:
    keys = []
    for d in rows:
        k = DisputeKey.from_dict(d["link_key"]) if d.get("link_key") else DisputeKey(d["id"])
        k.article_ids = list(d.get("article_ids") or [])
        keys.append(k)
    keys.sort(key=lambda k: k.id)
    return keys


def _reach(facts_list: Iterable[ArticleFacts]) -> tuple[str, str] | None:
    """The days (ISO, inclusive) whose disputes the articles could join: their dates widened
    by the longest linking window (a dispute further away scores 0 for every one of them).
    None when an article has no date (no window applies: every dispute)."""
    days: list[date] = []
    for f in facts_list:
        ds = article_dates(f)
        if not ds:
            return None
        days.extend(ds)
    if not days:
        return None
    reach = timedelta(days=max(STRONG_WINDOW_DAYS, WINDOW_DAYS))
    return (min(days) - reach).isoformat(), (max(days) + reach).isoformat()


def _existing_keys(store, facts_list: Iterable[ArticleFacts] | None = None
                   ) -> list[DisputeKey]:
    """The link keys of the disputes ``facts_list`` could join (see :func:`_reach`); all
    disputes when an article has no date or no articles are given."""
    span = _reach(facts_list) if facts_list is not None else None
    if span is None:
        return _keys_from_rows(store.dispute_link_keys())
    return _keys_from_rows(store.dispute_link_keys(since=span[0], until=span[1]))


class _KeyWindow:
    """The link keys of an ingest run's recent disputes, kept between batches with their
    :class:`~picketline.link.KeyIndex`: each batch reads from the database only the keys of
    the days its reach adds and drops those it left behind, instead of re-reading (and
    re-indexing) a year of disputes every batch. Keys linked and saved in the run are these
    same objects, so they stay what is stored."""

    def __init__(self) -> None:
        self.lo: str | None = None
        self.hi: str | None = None
        self.keys: dict[str, DisputeKey] = {}
        self.index = KeyIndex()

    def load(self, store, lo: str, hi: str) -> tuple[list[DisputeKey], KeyIndex]:
        """Every dispute reaching ``lo``..``hi``, and the index of them."""
        if self.lo is None or hi < self.lo or lo > self.hi:  # nothing to keep
            self.keys, self.index = {}, KeyIndex()
            self._add(store, lo, hi)
        else:
            if lo < self.lo:
                self._add(store, lo, self.lo)
            if hi > self.hi:
                self._add(store, self.hi, hi)
            self._drop_before(lo)
        self.lo, self.hi = lo, max(hi, self.hi or hi)
        return list(self.keys.values()), self.index

    def _add(self, store, lo: str, hi: str) -> None:
        for k in _keys_from_rows(store.dispute_link_keys(since=lo, until=hi)):
            if k.id not in self.keys:
                self.keys[k.id] = k
                self.index.add(k)

    def _drop_before(self, lo: str) -> None:
        for k in [k for k in self.keys.values() if k.last and k.last[:10] < lo]:
            del self.keys[k.id]
            self.index.remove(k.id)

    def put(self, key: DisputeKey) -> None:
        """A key saved in this run (new, or rebuilt as another object)."""
        if self.keys.get(key.id) is not key:
            if key.id in self.keys:
                self.index.remove(key.id)
            self.keys[key.id] = key
            self.index.add(key)

    def drop(self, dispute_id: str) -> None:
        if self.keys.pop(dispute_id, None) is not None:
            self.index.remove(dispute_id)


class _TakenIds:
    """Dispute ids a new dispute may not use: the loaded keys' (``loaded``: a container of
    them, such as the run's :class:`~picketline.link.KeyIndex`), every stored one's, and
    every id with rows in the review trail (a merged-away or emptied dispute's id is never
    reused, so a new dispute cannot inherit its corrections)."""

    def __init__(self, store, loaded) -> None:
        self.store, self.loaded = store, loaded

    def __contains__(self, did: object) -> bool:
        return (did in self.loaded or self.store.has_dispute(str(did))
                or bool(self.store.corrections(target="dispute", target_id=str(did))))


def _articles(store, ids: Iterable[str]) -> list[Article]:
    return store.articles_by_ids(ids)


def _nearby_articles(store, facts_list: list[ArticleFacts]) -> list[Article]:
    """Stored labor articles published near the new ones: where their wire copies are."""
    days = sorted(f.published.value[:10] for f in facts_list
                  if f.published and isinstance(f.published.value, str)
                  and len(f.published.value) >= 10)
    try:
        lo = (date.fromisoformat(days[0]) - timedelta(days=DUP_WINDOW_DAYS)).isoformat()
        hi = (date.fromisoformat(days[-1]) + timedelta(days=DUP_WINDOW_DAYS)).isoformat()
    except (IndexError, ValueError):
        return store.articles(labor=True, limit=None)
    near = store.articles(labor=True, since=lo, until=hi, limit=None)
    have = {n.id for n in near}
    undated = [a for a in _articles(store, (f.id for f in facts_list))
               if not a.published and a.id not in have]
    return near + undated


class LinkCache:
    """What one ingest run keeps between its batches so that re-consolidating a large
    dispute that gained an article does not re-read every member from the database: the
    members' facts and articles (bounded LRU maps), and the wire copies and roundups of the
    disputes this run saved. Valid while this run is the only one linking: each linking
    transaction checks (under the database's linking lock, see
    :meth:`~picketline.store.Store.lock_linking`) that the last one committed was this run's
    own, and forgets everything otherwise (another ingest linked, or ``db repair`` ran); the
    ingest pipeline clears it when a batch rolls back."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._facts: OrderedDict[str, ArticleFacts] = OrderedDict()
        self._articles: OrderedDict[str, Article] = OrderedDict()
        self.saved: dict[str, dict[str, Any]] = {}  # dispute id -> copies, also_mentions
        self.window = _KeyWindow()
        self._review_mark: Any = None
        self._stamp: str | None = None  # the link stamp of this run's last linking transaction

    def clear(self) -> None:
        self._facts.clear()
        self._articles.clear()
        self.saved.clear()
        self.window = _KeyWindow()
        self._stamp = None

    def check(self, store, stamp: tuple[str, str] | None = None) -> None:
        """Forget everything if a reviewer merged, split or corrected anything since the
        last check, or (``stamp``: what :meth:`~picketline.store.Store.lock_linking` returned
        in this transaction) if the last linking transaction committed was not this run's
        own: another process may have changed the disputes this cache holds."""
        mark = store.last_correction_id()
        if mark != self._review_mark:
            self.clear()
            self._review_mark = mark
        if stamp is not None:
            before, mine = stamp
            if self._stamp not in (before, mine):  # mine: called again in one transaction
                self.clear()
            self._stamp = mine

    def _get(self, memo: OrderedDict, ids: list[str], fetch) -> list:
        missing = [i for i in ids if i not in memo]
        if missing:
            for x in fetch(missing):
                memo[x.id] = x
        out = []
        for i in ids:
            if i in memo:
                memo.move_to_end(i)
                out.append(memo[i])
        while len(memo) > self.size:
            memo.popitem(last=False)
        return out

    def facts(self, store, ids: list[str]) -> list[ArticleFacts]:
        return self._get(self._facts, ids, store.facts)

    def articles(self, store, ids: list[str]) -> list[Article]:
        return self._get(self._articles, ids, store.articles_by_ids)


def rebuild_dispute(store, dispute_id: str, article_ids: Iterable[str] | None = None,
                    *, also_mentions: dict[str, list[str]] | None = None,
                    key: DisputeKey | None = None,
                    new_copies: dict[str, str] | None = None,
                    cache: LinkCache | None = None) -> dict[str, Any] | None:
    """Re-consolidate one dispute from its members' stored facts and articles, apply its
    corrections and save it. ``article_ids`` defaults to the stored members.

    ``new_copies``: ``{copy: original}`` found while linking the articles just added; the
    dispute's wire copies are then its stored ones plus these (the earlier members were
    compared when they were linked), instead of a near-duplicate search over every member,
    whose cost grows with the square of the dispute's size. ``cache``: an ingest run's
    :class:`LinkCache` (members read once per run, not once per batch)."""
    if cache is not None and dispute_id in cache.saved and article_ids is not None:
        old = cache.saved[dispute_id]
    else:
        old = store.dispute(dispute_id) or {}
    ids = list(dict.fromkeys(article_ids if article_ids is not None
                             else old.get("article_ids") or []))
    if not ids:
        store.delete_dispute(dispute_id)
        if cache is not None:
            cache.window.drop(dispute_id)
        return None
    facts = cache.facts(store, ids) if cache is not None else store.facts(ids)
    arts = cache.articles(store, ids) if cache is not None else _articles(store, ids)
    mentions = dict(old.get("also_mentions") or {})
    mentions.update(also_mentions or {})
    mentions = {a: v for a, v in mentions.items() if a in ids}
    corrections = store.corrections(target="dispute", target_id=dispute_id)
    copies = None
    if new_copies is not None and (not old or isinstance(old.get("copies"), dict)):
        copies = {**(old.get("copies") or {}), **new_copies}
        for c in list(copies):  # a copy of a copy is a copy of the original
            seen = {c}
            while copies[c] in copies and copies[c] not in seen:
                seen.add(copies[c])
                copies[c] = copies[copies[c]]
        members = set(ids)
        copies = {c: o for c, o in copies.items() if c in members and o in members}
    other_names: list[str] = []
    for other in sorted({d for v in mentions.values() for d in v} - {dispute_id}):
        r = store.dispute(other) or {}
        other_names += [str(x) for x in (r.get("employers") or []) + (r.get("unions") or [])]
    record = consolidate(dispute_id, facts, arts, corrections, copies=copies,
                         also_mentions=mentions, other_names=other_names)
    if key is None:
        key = build_key(dispute_id, facts, arts, roundups=mentions)
    key.article_ids = list(record["article_ids"])
    record["link_key"] = key.to_dict()
    store.save_dispute(record)
    if cache is not None:
        cache.saved[dispute_id] = {"id": dispute_id, "copies": record.get("copies") or {},
                                   "also_mentions": record.get("also_mentions") or {}}
        cache.window.put(key)
    return record


# --- linking new articles ------------------------------------------------------------------------
def refresh_disputes(store, article_ids: Iterable[str] | None = None,
                     cache: LinkCache | None = None) -> list[str]:
    """Link the given articles (default: every stored labor article not yet in a dispute)
    to existing disputes or new ones, re-consolidate every dispute that changed and save it.
    Articles already in a dispute stay there (manual merges and splits are respected); their
    dispute is re-consolidated. Returns the ids of the disputes saved.

    New articles are linked in publication-day order, articles of the same day in the order
    given (the input order when the ingest pipeline calls this per batch), and each one's
    wire-copy original is looked for only among articles linked before it: an ordered
    stream ends up in the same disputes however it is cut into batches. Only the keys of
    disputes within the linking window of the articles' dates are loaded, so a batch costs
    the same in a large database as in a small one.

    It all runs in one transaction (the caller's, if it opened one) under the database's
    linking lock (:meth:`~picketline.store.Store.lock_linking`), so that two processes
    linking at once take turns, each seeing the disputes the other saved. A caller that
    writes before linking in the same transaction (the ingest pipeline stores the batch's
    articles) takes the lock first itself."""
    with store.transaction():
        stamp = store.lock_linking()
        if cache is not None:
            cache.check(store, stamp)
        return _link_new(store, article_ids, cache)


def _link_new(store, article_ids: Iterable[str] | None, cache: LinkCache | None
              ) -> list[str]:
    """:func:`refresh_disputes` inside its transaction, with the lock held."""
    facts = store.facts(article_ids, labor_only=True) if article_ids is not None else \
        store.facts(labor_only=True)
    facts = [f for f in facts if f.labor]
    if not facts:
        return []
    touched: dict[str, dict[str, list[str]]] = {}
    copies: dict[str, dict[str, str]] = {}  # dispute -> copies found among its new members
    also: dict[str, list[str]] = {}  # dispute -> roundups that join it as a second dispute
    new = []
    current = store.memberships(f.id for f in facts)
    for f in facts:
        if f.id in current:
            for did in current[f.id]:
                touched.setdefault(did, {})
        else:
            new.append(f)
    keys: list[DisputeKey] = []
    if new:
        span = _reach(new)
        if cache is not None and span is not None:
            keys, index = cache.window.load(store, *span)
        else:
            if cache is not None:  # the keys below are other objects than the window's
                cache.window = _KeyWindow()
            keys = _existing_keys(store, new)
            index = KeyIndex(keys)
        taken = _TakenIds(store, index)
        order = link_order(new, stable=True)
        arts = {a.id: a for a in _nearby_articles(store, new)}
        mine = {a.id: a for a in _articles(store, (f.id for f in order))}
        arts.update(mine)
        dups = copies_in_order([mine[f.id] for f in order if f.id in mine],
                               [a for i, a in arts.items() if i not in mine],
                               DUP_WINDOW_DAYS)
        for f in order:
            a = assign_detail(f, keys, arts.get(f.id), dups.get(f.id), taken=taken,
                              index=index)
            if a.dispute_id is None:
                continue
            mentions = touched.setdefault(a.dispute_id, {})
            found = copies.setdefault(a.dispute_id, {})
            if a.also_mentions:
                mentions[f.id] = a.also_mentions
                # a roundup is a source of every dispute it reports, each counting only
                # its own part of it (consolidate.own_part)
                for other in a.also_mentions:
                    if other == a.dispute_id:
                        continue
                    touched.setdefault(other, {})[f.id] = [a.dispute_id] + [
                        x for x in a.also_mentions if x not in (other, a.dispute_id)]
                    also.setdefault(other, []).append(f.id)
            if f.id in dups:
                found[f.id] = dups[f.id]
    by_id = {k.id: k for k in keys}
    stored = store.members_of(touched)
    saved = []
    for did, mentions in sorted(touched.items()):
        key = by_id.get(did)
        if key is None:  # a dispute of an already linked article: its stored key
            key = next(iter(_keys_from_rows(r for r in [store.dispute(did)] if r)), None)
        members = key.article_ids if key is not None else None
        known = set(members or ())
        extra = [a for a in stored.get(did, ()) if members is not None and a not in known]
        if extra:  # never drop a member the key does not know of: rebuild the key from all
            members, key = list(members) + extra, None
        joining = [a for a in also.get(did, ()) if a not in known and a not in extra]
        if joining:  # roundups joining as a second dispute: members, not names of the key
            members = list(members if members is not None else stored.get(did, ())) + joining
        if rebuild_dispute(store, did, members, also_mentions=mentions, key=key,
                           new_copies=copies.get(did, {}), cache=cache) is not None:
            saved.append(did)
    return saved


def repair_links(store) -> dict[str, int]:
    """Link every labor article that belongs to no dispute, as ``picketline db repair`` does
    for a database damaged by an older version (two ingests at once could drop another
    process's articles from a dispute). The articles are linked as an ingest links them: to
    the dispute whose saved record still lists them, else to the disputes they match or to
    new ones. One transaction, under the linking lock; running it again finds nothing to do.

    It also makes each roundup a source of every dispute it reports: a database linked
    before schema revision 0006 kept a roundup in one dispute only (the others are named in
    that record's ``also_mentions``).

    Returns ``{"orphans": labor articles found in no dispute, "linked": how many of them
    are in one now, "roundups": roundups added to a dispute they report, "disputes":
    disputes saved}``."""
    with store.transaction():
        store.lock_linking()
        orphans = store.unlinked_labor_articles()
        saved = set(_link_new(store, orphans, None)) if orphans else set()
        linked = len(store.disputes_of(orphans)) if orphans else 0
        joined = _join_roundups(store)
        saved |= set(joined)
    return {"orphans": len(orphans), "linked": linked,
            "roundups": sum(len(v) for v in joined.values()), "disputes": len(saved)}


def _join_roundups(store) -> dict[str, list[str]]:
    """Add each roundup to the disputes its record says it also reports, where it is not a
    member yet; ``{dispute id: [roundups added]}``."""
    wanted: dict[str, dict[str, list[str]]] = {}  # other dispute -> {roundup: its mentions}
    for d in store.disputes(limit=None):
        for aid, others in (d.get("also_mentions") or {}).items():
            for other in others or ():
                if other != d["id"]:
                    wanted.setdefault(other, {})[aid] = [d["id"]] + [
                        x for x in others if x not in (other, d["id"])]
    members = store.members_of(wanted)
    out: dict[str, list[str]] = {}
    for did, roundups in sorted(wanted.items()):
        have = members.get(did)
        if not have:  # merged away or gone
            continue
        split = {c.get("old_value") for c in store.corrections(target="dispute", target_id=did)
                 if c.get("action") == "split"}  # a reviewer took it out: it stays out
        new = {a: m for a, m in roundups.items() if a not in have and a not in split}
        if new and rebuild_dispute(store, did, list(have) + list(new),
                                   also_mentions=new) is not None:
            out[did] = list(new)
    return out


def reextract(store, *, ids: Iterable[str] | None = None, all: bool = False,
              batch_size: int = 200, engine: str = "local", scheduler: str | None = None,
              workers: int = 1, max_bytes: int | None = None, dry_run: bool = False,
              progress=None):
    """Extract stored articles again with the current extractor (``picketline reextract``):
    those whose facts another extractor version made (default), ``ids``, or ``all``; in
    batches of ``batch_size`` on ``engine`` (as ingest); each batch's new facts and the
    disputes they touch (re-consolidated, reviewers' corrections applied again, new labor
    articles linked) committed together under the linking lock. An article that cannot be
    extracted keeps its old facts and is reported. ``dry_run``: only count. ``progress(done,
    total)`` after each batch. Returns a :class:`picketline.reextract.ReextractReport`; see
    :mod:`picketline.reextract`."""
    from .reextract import run

    return run(store, ids=ids, all=all, batch_size=batch_size, engine=engine,
               scheduler=scheduler, workers=workers, max_bytes=max_bytes, dry_run=dry_run,
               progress=progress)


# --- search ---------------------------------------------------------------------------------------
# What else a reader's words may be written as: "nurses" should find "NNU Local 12" (National
# Nurses United) and "Minnesota Nurses Association". A search for a word also looks for its
# singular, and for every union in the gazetteer (``data/unions.json``) whose name or alias holds
# the word, that union's names, aliases and acronyms. An acronym is matched as a word (next to a
# space, a bracket or, in dispute ids, hyphens), so "NNU" never matches inside "annual". The web
# list, the API and ``picketline disputes -q`` all search through :func:`expand_query`.
UNIONS = Path(__file__).parent / "data" / "unions.json"
MAX_TERMS = 60  # texts one search may look for


@lru_cache(maxsize=1)
def _unions() -> list[tuple[list[str], list[str]]]:
    """(names and aliases, acronyms) of each union in the gazetteer."""
    try:
        data = json.loads(UNIONS.read_text())
    except (OSError, ValueError):
        return []
    out = []
    for u in data.get("unions") or []:
        names = [u.get("name"), u.get("canonical"), *(u.get("aliases") or [])]
        prefix = u.get("local_prefix")
        names = [n for n in dict.fromkeys(names + [prefix]) if n]
        out.append((names, [a for a in u.get("acronyms") or [] if a]))
    return out


def _forms(word: str) -> list[str]:
    w = word.lower()
    forms = [w]
    if len(w) > 4 and w.endswith("ies"):
        forms.append(w[:-3] + "y")
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        forms.append(w[:-1])
    return forms


def _acronym_patterns(a: str) -> list[str]:
    return [f"{a} ", f" {a}", f"({a}", f"-{a.lower()}-"]


def expand_query(q: str | None) -> str | tuple[str, ...] | None:
    """The texts a search ``q`` matches (any of them, anywhere in a dispute's id, title,
    employer or union): ``q`` alone when nothing expands it, else a tuple."""
    q = (q or "").strip()
    if not q:
        return None
    terms = [q]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", q)
    if len(words) == 1 and words[0].lower() == q.lower():
        forms = _forms(q)
        terms += forms[1:]
        for names, acronyms in _unions():
            if any(re.search(rf"\b{re.escape(f)}\b", n, re.I) for n in names for f in forms) or \
                    any(f.upper() == a for a in acronyms for f in forms):
                terms += names
                for a in acronyms:
                    terms += _acronym_patterns(a)
    out = tuple(dict.fromkeys(terms))[:MAX_TERMS]
    return out if len(out) > 1 else q


# --- status as of a day --------------------------------------------------------------------------
STALE_DAYS = 14
AS_OF_STATUSES = ("threatened", "authorized", "scheduled", "ongoing", "unconfirmed", "ended",
                  "averted")
ACTIVE = ("threatened", "authorized", "scheduled", "ongoing")  # status=active: any of these
_LIVE = ("threatened", "authorized", "scheduled", "ongoing")


def stale_days() -> int:
    """Days without a report after which a live dispute is "unconfirmed":
    ``PICKETLINE_STALE_DAYS`` (a whole number of at least 1), else 14."""
    import os
    try:
        n = int(os.environ.get("PICKETLINE_STALE_DAYS", STALE_DAYS))
    except ValueError:
        return STALE_DAYS
    return n if n >= 1 else STALE_DAYS


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def as_of_day(as_of: Any = None) -> date:
    """``as_of`` (a date or ``YYYY-MM-DD``) or today; a bad value raises ValueError."""
    if as_of is None or as_of == "":
        return date.today()
    d = _day(as_of)
    if d is None:
        raise ValueError(f"as_of must be a date YYYY-MM-DD, not {as_of!r}")
    return d


def status_as_of(record: dict[str, Any], as_of: Any = None) -> dict[str, Any]:
    """A dispute's status on a day, from its stored record (what its articles reported) and
    the calendar, so that it never contradicts its dates or its bargaining stage:

    - an ``ongoing`` (or ``scheduled``) action whose last day (``end_date``) is before the day
      has ``ended``; so has an ongoing one whose contract was ratified since it began; a
      ``scheduled`` one whose first day has come is ``ongoing`` ("scheduled to begin ...");
    - a live one (threatened, authorized, scheduled, ongoing) with no article for more than
      :func:`stale_days` days before the day is ``unconfirmed``: "no report since DATE";
    - otherwise the reported status.

    Returns ``{"status", "status_reported", "status_note", "last_reported", "as_of",
    "stale"}``."""
    day = as_of_day(as_of)
    reported = record.get("status")
    if isinstance(reported, dict):
        reported = reported.get("value")
    facts = record.get("facts") or {}
    if isinstance(facts.get("status"), dict) and "value" in facts["status"]:
        reported = facts["status"]["value"]
    last = record.get("last_reported") or max(
        (str(s.get("published"))[:10] for s in record.get("sources") or []
         if s.get("published")), default=None)
    start, end = _day(record.get("start_date")), _day(record.get("end_date"))
    status, note = reported, None
    ratified = next((e.get("date") for e in record.get("timeline") or []
                     if e.get("kind") == "ratification" and _day(e.get("date"))
                     and (start is None or _day(e["date"]) >= start)
                     and _day(e["date"]) <= day), None)
    if reported in ("ongoing", "scheduled") and end is not None and end < day:
        status, note = "ended", f"its last day, {end.isoformat()}, has passed"
    elif reported == "ongoing" and ratified:
        status, note = "ended", f"a contract was ratified on {ratified}"
    elif reported == "scheduled" and start is not None and start <= day:
        status, note = "ongoing", f"scheduled to begin {start.isoformat()}"
    stale = False
    if status in _LIVE:
        last_day = _day(last)
        if last_day is None or (day - last_day).days > stale_days():
            stale = True
            status = "unconfirmed"
            note = (f"{reported}, but no report since {last}" if last
                    else f"{reported}, but no dated report")
    return {"status": status, "status_reported": reported, "status_note": note,
            "last_reported": last, "as_of": day.isoformat(), "stale": stale}


def with_status_as_of(record: dict[str, Any], as_of: Any = None) -> dict[str, Any]:
    """The record with its status as of the day (see :func:`status_as_of`): ``status`` is
    that status, beside ``status_reported``, ``status_note``, ``last_reported``, ``as_of``."""
    record.update(status_as_of(record, as_of))
    return record


def _as_reported_by(store, record: dict[str, Any], day: date) -> dict[str, Any] | None:
    """The record as its articles published on or before ``day`` made it (reading the past:
    a later article's status or dates do not count), with its status as of ``day``; None
    when no article had been published by then. Not saved."""
    last = record.get("last_reported")
    if not last or last <= day.isoformat():
        return with_status_as_of(record, day)
    facts = [f for f in store.facts(record.get("article_ids") or [])
             if not (f.published and f.published.value) or str(f.published.value)[:10]
             <= day.isoformat()]
    if not any(f.published and f.published.value for f in facts):
        return None
    ids = {f.id for f in facts}
    past = consolidate(record["id"], facts, store.articles_by_ids(ids),
                       store.corrections(target="dispute", target_id=record["id"]),
                       copies={c: o for c, o in (record.get("copies") or {}).items()
                               if c in ids and o in ids},
                       also_mentions={a: v for a, v in (record.get("also_mentions") or {}).items()
                                      if a in ids})
    return with_status_as_of(past, day)


# --- reading ------------------------------------------------------------------------------------
def _sort_value(record: dict[str, Any], sort: str) -> Any:
    # (records carry no save time: a merged page sorted by it falls back to the last report)
    v = record.get("last_reported" if sort == "updated_at" else sort)
    return v if v is None or isinstance(v, (int, float)) else str(v)


def _wanted(status: str) -> tuple[str, ...]:
    return ACTIVE if status == "active" else (status,)


def _later(store, day: date, want: Iterable[str], filters: dict[str, Any]
           ) -> list[dict[str, Any]]:
    """The disputes matching ``filters`` with an article published after ``day`` (few or none
    when ``day`` is today), each as its articles had made it by then, with its status as of
    ``day``: those whose status is one of ``want`` (None: all)."""
    out = []
    for r in store.disputes(**{**filters, "status": None}, reported_after=day.isoformat(),
                            limit=None, offset=0):
        r = _as_reported_by(store, r, day)
        if r is not None and (want is None or r["status"] in want):
            out.append(r)
    return out


def list_disputes(store, *, as_of: Any = None, **filters) -> list[dict[str, Any]]:
    """Dispute records matching the Store's dispute filters (status, action_type, industry,
    state, since, until, q, sort, desc, limit, offset), each with its status as of ``as_of``
    (default today; see :func:`status_as_of`). ``status`` filters on that status (one of
    :data:`AS_OF_STATUSES`, or ``active``: any of :data:`ACTIVE`).

    The status filter, its count and the page run in the database query
    (:meth:`~picketline.store.Store.status_on`, from the stored ``last_reported`` and
    ``ratified`` days); only disputes with an article published after ``as_of`` (none, as
    of today, but for a misdated article) are re-read as of that day in Python."""
    status = filters.pop("status", None)
    day = as_of_day(as_of)
    if not status:
        rows = [_as_reported_by(store, r, day) for r in store.disputes(**filters)]
        return [r for r in rows if r is not None]
    want = _wanted(status)
    sort, desc = filters.get("sort", "start_date"), filters.get("desc", True)
    limit, offset = filters.pop("limit", 50), filters.pop("offset", 0) or 0
    on = (day.isoformat(), stale_days())
    later = _later(store, day, want, {k: v for k, v in filters.items()
                                      if k not in ("sort", "desc")})
    if not later:
        return [with_status_as_of(r, day)
                for r in store.disputes(**filters, on=on, on_status=want, limit=limit,
                                        offset=offset)]
    rows = [with_status_as_of(r, day) for r in store.disputes(
        **filters, on=on, on_status=want, offset=0,
        limit=offset + limit if limit is not None else None)] + later
    rows.sort(key=lambda r: r["id"])
    present = [r for r in rows if _sort_value(r, sort) is not None]
    present.sort(key=lambda r: _sort_value(r, sort), reverse=bool(desc))
    rows = present + [r for r in rows if _sort_value(r, sort) is None]
    return rows[offset:offset + limit] if limit is not None else rows[offset:]


def count_disputes(store, *, as_of: Any = None, **filters) -> int:
    """How many disputes :func:`list_disputes` finds with these filters (no paging)."""
    status = filters.pop("status", None)
    if not status:
        return store.count_disputes(**filters)
    day, want = as_of_day(as_of), _wanted(status)
    return (store.count_disputes(**filters, on=(day.isoformat(), stale_days()),
                                 on_status=want)
            + len(_later(store, day, want, filters)))


def status_counts(store, *, as_of: Any = None, **filters) -> dict[str, int]:
    """``{status as of the day: count}`` of the disputes matching ``filters`` (every status of
    :data:`AS_OF_STATUSES`, and ``active``): one grouped query, plus the disputes with an
    article published after the day read as of then."""
    filters.pop("status", None)
    day = as_of_day(as_of)
    counts = {s: 0 for s in AS_OF_STATUSES}
    for st, n in store.count_by_status_on(day.isoformat(), stale_days(), **filters).items():
        if st in counts:
            counts[st] += n
    for r in _later(store, day, None, filters):
        if r["status"] in counts:
            counts[r["status"]] += 1
    counts["active"] = sum(counts[s] for s in ACTIVE)
    return counts


def _applied(record: dict[str, Any]) -> list:
    """The review rows a saved record applied, each with whether it was found invalid."""
    return [(c.get("id"), bool(c.get("invalid"))) for c in record.get("corrections") or []]


def _to_apply(rows: list[dict[str, Any]]) -> list:
    """The same for the stored rows, checked by today's rules (a record saved by an older
    version that applied a value now refused is rebuilt, and shows it as invalid)."""
    return [(r["id"], r.get("action") == "correct"
             and check_stored(r["field"], r.get("new_value"))[1] is not None)
            for r in rows if _ALIASES.get(r.get("field"), r.get("field")) in FIELDS]


def get_dispute(store, dispute_id: str, as_of: Any = None) -> dict[str, Any] | None:
    """One dispute record with every correction applied (re-consolidated and saved if a
    correction arrived since it was last saved), plus ``process``: where the dispute stands
    in its statutory bargaining procedure (see :func:`picketline.process.dispute_stage`), and
    its status as of ``as_of`` (default today; see :func:`status_as_of`)."""
    day = as_of_day(as_of)
    record = store.dispute(dispute_id)
    if record is None:
        return None
    rows = [r for r in store.corrections(target="dispute", target_id=dispute_id)
            if r.get("action") in ("correct", "confirm")]
    if _to_apply(rows) != _applied(record):
        record = rebuild_dispute(store, dispute_id) or record
    record = _as_reported_by(store, record, day) or with_status_as_of(record, day)
    record["process"] = dispute_stage(record, day.isoformat())
    roster = attached_roster(store, dispute_id)
    if roster:
        record["costing"] = cost_dispute(record, roster["rows"], source=roster["source"])
    return record


def attach_roster(store, dispute_id: str, rows: list[dict[str, Any]], source: str,
                  author: str) -> dict[str, Any]:
    """Attach a bargaining-unit roster (row dicts: classification, headcount, hourly_wage,
    annual_hours) to a dispute, as an audited row of the review trail; the dispute's record
    then carries ``costing`` (see :func:`picketline.process.cost_dispute`). The latest
    attachment wins."""
    _require(store, dispute_id)
    parse_roster(rows, source)  # refuse a bad roster now, with the row that is wrong
    old = attached_roster(store, dispute_id)
    return store.add_correction(target="dispute", target_id=dispute_id, field="roster",
                                old_value=old, new_value={"source": source, "rows": rows},
                                author=author, action="attach")


def attached_roster(store, dispute_id: str) -> dict[str, Any] | None:
    """The roster last attached to a dispute (``{"source", "rows"}``), or None."""
    rows = [r for r in store.corrections(target="dispute", target_id=dispute_id)
            if r.get("action") == "attach" and r.get("field") == "roster"]
    return rows[-1]["new_value"] if rows else None


# --- review ----------------------------------------------------------------------------------------
def _field(field: str) -> str:
    name = _ALIASES.get(field, field)
    if name not in FIELDS:
        raise CorrectionError(str(field), "is not a dispute field; choose one of "
                              + ", ".join(FIELDS), shown=False)
    return name


def _stored(record: dict[str, Any], name: str) -> Any:
    """A field's consolidated value (the status as reported, not as of today)."""
    entry = (record.get("facts") or {}).get(name)
    return entry["value"] if isinstance(entry, dict) and "value" in entry else record.get(name)


def _require(store, dispute_id: str) -> dict[str, Any]:
    record = get_dispute(store, dispute_id)
    if record is None:
        raise KeyError(f"no dispute {dispute_id!r}")
    return record


def correct_fact(store, dispute_id: str, field: str, new_value: Any, author: str
                 ) -> dict[str, Any]:
    """Record a correction of one field (kept beside the extracted value) and return the
    re-consolidated dispute, in which it wins.

    The value is checked first (:func:`picketline.validate.correction_value`; text is read
    as the field's type): a value that is not allowed raises
    :class:`~picketline.validate.CorrectionError`, a ``ValueError`` whose one-line message
    names the field and what it allows, and nothing is stored. The correction row and the
    rebuilt dispute are committed together, or neither is."""
    name = _field(field)
    value = coerce(name, new_value)
    with store.transaction():
        store.lock_linking()  # one writer at a time: an ingest links under it too
        record = _require(store, dispute_id)
        store.add_correction(target="dispute", target_id=dispute_id, field=name,
                             old_value=json_safe(_stored(record, name)), new_value=value,
                             author=author, action="correct")
        return rebuild_dispute(store, dispute_id)


def confirm_fact(store, dispute_id: str, field: str, author: str) -> dict[str, Any]:
    """Record that a reviewer checked a field's current value."""
    name = _field(field)
    with store.transaction():
        store.lock_linking()  # one writer at a time: an ingest links under it too
        record = _require(store, dispute_id)
        value = json_safe(_stored(record, name))
        store.add_correction(target="dispute", target_id=dispute_id, field=name,
                             old_value=value, new_value=value, author=author,
                             action="confirm")
        return rebuild_dispute(store, dispute_id)


def _carry_corrections(store, a: str, ra: dict[str, Any], rb: dict[str, Any],
                       author: str) -> list[str]:
    """Carry the corrected fields of merged-away dispute ``rb`` to ``a``: each field ``b``
    corrected and ``a`` did not becomes a correction of ``a`` (by ``author``, who merged),
    audited like any other; where both corrected a field, ``a``'s correction stays.
    Returns the fields carried."""
    carried = []
    facts_a = ra.get("facts") or {}
    for name, entry in (rb.get("facts") or {}).items():
        if name not in FIELDS or not isinstance(entry, dict) or "corrected" not in entry:
            continue
        if isinstance(facts_a.get(name), dict) and "corrected" in facts_a[name]:
            continue
        store.add_correction(target="dispute", target_id=a, field=name,
                             old_value=json_safe(ra.get(name)),
                             new_value=entry["corrected"]["new"], author=author,
                             action="correct")
        carried.append(name)
    return carried


def merge_disputes(store, a: str, b: str, author: str) -> dict[str, Any]:
    """Move every article of dispute ``b`` into ``a`` and delete ``b``; returns ``a``.

    ``b``'s corrections are not lost: each field ``b`` corrected and ``a`` did not is
    carried to ``a`` as a correction by ``author`` (``a``'s own corrections win), and ``b``'s
    review trail records the merge, so its id (like every id with review rows) is never given
    to a new dispute that would inherit its corrections. All of it commits together."""
    if a == b:
        raise ValueError("cannot merge a dispute with itself")
    with store.transaction():
        store.lock_linking()  # one writer at a time: an ingest links under it too
        ra, rb = _require(store, a), _require(store, b)
        members = list(dict.fromkeys(list(ra["article_ids"]) + list(rb["article_ids"])))
        mentions = {**(rb.get("also_mentions") or {}), **(ra.get("also_mentions") or {})}
        mentions = {k: [x for x in v if x not in (a, b)] for k, v in mentions.items()}
        store.add_correction(target="dispute", target_id=a, field="article_ids",
                             old_value=b, new_value=a, author=author, action="merge")
        store.add_correction(target="dispute", target_id=b, field="article_ids",
                             old_value=b, new_value=a, author=author, action="merge")
        _carry_corrections(store, a, ra, rb, author)
        store.delete_dispute(b)
        return rebuild_dispute(store, a, members, also_mentions=mentions)


def split_article(store, dispute_id: str, article_id: str, author: str) -> dict[str, Any]:
    """Take one article out of a dispute into a dispute of its own; returns the new one.

    A roundup that is also a source of other disputes only leaves this one (a dispute of
    its own would mix the facts of every dispute it reports): the first of the others is
    returned, and the review trail records the split as going there."""
    with store.transaction():
        store.lock_linking()  # one writer at a time: an ingest links under it too
        record = _require(store, dispute_id)
        if article_id not in record["article_ids"]:
            raise KeyError(f"article {article_id!r} is not in dispute {dispute_id!r}")
        rest = [i for i in record["article_ids"] if i != article_id]
        elsewhere = [d for d in store.dispute_ids_of(article_id) if d != dispute_id]
        if elsewhere:
            store.add_correction(target="dispute", target_id=dispute_id, field="article_ids",
                                 old_value=article_id, new_value=elsewhere[0], author=author,
                                 action="split")
            if rest:
                rebuild_dispute(store, dispute_id, rest)
            else:
                store.delete_dispute(dispute_id)
            return _require(store, elsewhere[0])
        (facts,) = store.facts([article_id])
        # not the id of a dispute, nor of one merged away or emptied (its review rows)
        new_id = make_dispute_id(facts, _TakenIds(store, ()), store.article(article_id))
        store.add_correction(target="dispute", target_id=dispute_id, field="article_ids",
                             old_value=article_id, new_value=new_id, author=author,
                             action="split")
        if rest:
            rebuild_dispute(store, dispute_id, rest)
        else:
            store.delete_dispute(dispute_id)
        return rebuild_dispute(store, new_id, [article_id], also_mentions={})
