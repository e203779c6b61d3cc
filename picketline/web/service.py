"""What the web layer asks of the rest of picketline, in one place.

Dispute reads and review writes go through :mod:`picketline.api`, where corrections are
applied (so that they win in the CLI, the API and exports alike); this module adds the checks
the web layer wants before a write and the CSV export.
"""
from __future__ import annotations

from typing import Any

from .. import api, export
from ..store import Store
from ..validate import json_safe


class ReviewError(ValueError):
    """A review action that cannot be done (unknown field, article not in the dispute...)."""


def get_dispute(store: Store, dispute_id: str, as_of: Any = None) -> dict[str, Any] | None:
    """One dispute with reviewers' corrections applied, status as of ``as_of`` (default
    today), or None."""
    return api.get_dispute(store, dispute_id, as_of)


def audit_trail(store: Store, dispute_id: str) -> list[dict[str, Any]]:
    """Every review action on a dispute, oldest first (who, when, old, new); values an
    older version stored unchecked (NaN, Infinity) come back as text, so the trail stays
    valid JSON."""
    return json_safe(store.corrections(target="dispute", target_id=dispute_id))


def correct_fact(store: Store, dispute_id: str, field: str, new_value: Any,
                 author: str) -> dict[str, Any]:
    """Store a correction beside the extracted value; returns the corrected dispute."""
    return api.correct_fact(store, dispute_id, field, new_value, author)


def confirm_fact(store: Store, dispute_id: str, field: str, author: str) -> dict[str, Any]:
    return api.confirm_fact(store, dispute_id, field, author)


def merge_disputes(store: Store, keep: str, other: str, author: str) -> str:
    """Merge dispute ``other`` into ``keep``; returns the id of the merged dispute."""
    if keep == other:
        raise ReviewError("cannot merge a dispute with itself")
    return api.merge_disputes(store, keep, other, author)["id"]


def split_article(store: Store, dispute_id: str, article_id: str, author: str) -> str:
    """Move one article out of a dispute into a dispute of its own; returns the new id."""
    d = store.dispute(dispute_id) or {}
    ids = list(d.get("article_ids") or [])
    if article_id not in ids:
        raise ReviewError(f"article {article_id!r} is not in dispute {dispute_id!r}")
    if len(ids) < 2:
        raise ReviewError("a dispute with one article cannot be split")
    return api.split_article(store, dispute_id, article_id, author)["id"]


# --- merged-away ids -------------------------------------------------------------------------
def merged_into(store: Store, dispute_id: str, hops: int = 20) -> str | None:
    """The dispute a merged-away id now lives on in (following merges of merges), or None
    when the id was never merged away or the chain ends nowhere."""
    current, seen = dispute_id, {dispute_id}
    for _ in range(hops):
        merges = [c for c in store.corrections(target="dispute", target_id=current)
                  if c.get("action") == "merge" and c.get("old_value") == current
                  and c.get("new_value") not in (None, current)]
        if not merges:
            return None
        current = str(merges[-1]["new_value"])
        if current in seen:
            return None
        seen.add(current)
        if store.dispute(current) is not None:
            return current
    return None


# --- export ---------------------------------------------------------------------------------
def export_records(store: Store, filters: dict[str, Any] | None = None, *,
                   sort: str = "start_date", desc: bool = False,
                   as_of: Any = None) -> list[dict[str, Any]]:
    """The disputes the list's ``filters`` select, corrections applied, status as of
    ``as_of`` and bargaining stage included, in the list's order."""
    rows = api.list_disputes(store, as_of=as_of, **(filters or {}), sort=sort, desc=desc,
                             limit=None)
    return [get_dispute(store, d["id"], as_of) or d for d in rows]


def export_csv(store: Store, filters: dict[str, Any] | None = None, **kw: Any) -> str:
    """The selected disputes as CSV: ``picketline export --format csv``'s columns and cells
    (formula-like text defused), see :mod:`picketline.export`."""
    return export.to_csv(export_records(store, filters, **kw))


def export_json(store: Store, filters: dict[str, Any] | None = None, **kw: Any) -> str:
    """The selected disputes as a JSON array of export rows."""
    return export.to_json(export_records(store, filters, **kw))
