"""The dispute list's filters, for changes: which changes a feed or a webhook carries.

A change is filtered by the dispute as it was when it changed (the snapshot stored with it:
action type, industry, state, dates, title, employer, union), so that an entry stays in its
feed after the dispute moves on or is merged away. ``status`` matches the status before *or*
after the change (a follower of ongoing strikes hears that one ended); ``active`` is any live
status; ``kind`` keeps changes of that kind (``started``, ``status``, ``ended``, ...).

:func:`check` validates filters given as text (the CLI's ``--filter key=value``), with the
vocabularies the dispute list uses; :func:`matches` applies them in Python (webhooks), and the
store applies the same rules in SQL (feeds: ``Store.changes``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from .changes import KINDS

FILTER_KEYS = ("status", "action_type", "industry", "state", "since", "until", "q", "kind")
ACTIVE = ("threatened", "authorized", "scheduled", "ongoing")


def _statuses() -> tuple[str, ...]:
    from ..api import AS_OF_STATUSES
    return tuple(AS_OF_STATUSES) + ("active",)


def _fold(value: str) -> str:
    return re.sub(r"[\s-]+", "_", value.strip().lower())


def check(filters: dict[str, Any]) -> dict[str, str]:
    """``filters`` checked and normalised (vocabulary values folded to lower case with
    underscores, the state upper case, dates ``YYYY-MM-DD``); raises ``ValueError`` naming the
    filter and what it allows. Empty values are dropped."""
    from ..model import ACTION_TYPES, INDUSTRIES

    out: dict[str, str] = {}
    for key, value in filters.items():
        if value is None or str(value).strip() == "":
            continue
        v = str(value).strip()
        if key not in FILTER_KEYS:
            raise ValueError(f"unknown filter {key!r}; use one of {', '.join(FILTER_KEYS)}")
        if key in ("status", "action_type", "industry", "kind"):
            allowed = {"status": _statuses(), "action_type": ACTION_TYPES,
                       "industry": INDUSTRIES, "kind": KINDS}[key]
            v = _fold(v)
            if v not in allowed:
                raise ValueError(f"filter {key} {value!r} is not one of: {', '.join(allowed)}")
        elif key == "state":
            v = v.upper()
            if not re.fullmatch(r"[A-Z]{2}", v):
                raise ValueError(f"filter state {value!r} is not a two-letter code (e.g. CA)")
        elif key in ("since", "until"):
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    raise ValueError
                dt.date.fromisoformat(v)
            except ValueError:
                raise ValueError(f"filter {key} {value!r} is not a date YYYY-MM-DD") from None
        elif key == "q":
            if len(v) > 200:
                raise ValueError("filter q is longer than 200 characters")
        out[key] = v
    return out


def parse_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """``["state=CA", "industry=health care"]`` -> checked filters (see :func:`check`)."""
    raw: dict[str, str] = {}
    for p in pairs:
        key, sep, value = p.partition("=")
        if not sep:
            raise ValueError(f"filter {p!r} is not KEY=VALUE (keys: {', '.join(FILTER_KEYS)})")
        key = _fold(key)
        if key in raw:
            raise ValueError(f"filter {key} is given twice")
        raw[key] = value
    return check(raw)


def search_terms(q: Any) -> tuple[str, ...]:
    """The texts a search matches: the dispute list's expansions (``nurses`` finds NNU)."""
    if q is None:
        return ()
    if isinstance(q, (list, tuple)):
        return tuple(str(t) for t in q)
    from ..web.search import expand

    got = expand(str(q))
    return () if got is None else ((got,) if isinstance(got, str) else tuple(got))


def matches(change: dict[str, Any], filters: dict[str, Any]) -> bool:
    """Whether a change (``Store.change`` dict: ``kinds``, ``status``, ``status_before``
    and the dispute snapshot) passes every filter."""
    f = filters or {}
    if f.get("status"):
        want = set(ACTIVE) if f["status"] == "active" else {f["status"]}
        if not ({change.get("status"), change.get("status_before")} & want):
            return False
    for key in ("action_type", "industry", "state"):
        if f.get(key) and change.get(key) != f[key]:
            return False
    if f.get("kind") and f["kind"] not in (change.get("kinds") or []):
        return False
    start = (change.get("start_date") or "")[:10] or None
    last = (change.get("end_date") or change.get("start_date") or "")[:10] or None
    if f.get("since") and (last is None or last < f["since"][:10]):
        return False
    if f.get("until") and (start is None or start > f["until"][:10]):
        return False
    if f.get("q"):
        hay = [str(change.get(k) or "").lower()
               for k in ("title", "employer", "union", "dispute_id")]
        if not any(t.lower() in h for t in search_terms(f["q"]) for h in hay):
            return False
    return True
