"""What the web layer asks of the rest of picketline, in one place.

Dispute reads and review writes go through :mod:`picketline.api`, where corrections are
applied (so that they win in the CLI, the API and exports alike); this module adds the checks
the web layer wants before a write and the CSV export.
"""
from __future__ import annotations

import csv
import io
from typing import Any

from .. import api
from ..store import Store

try:
    from .. import export as _export  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the checkout
    _export = None


class ReviewError(ValueError):
    """A review action that cannot be done (unknown field, article not in the dispute...)."""


def get_dispute(store: Store, dispute_id: str) -> dict[str, Any] | None:
    """One dispute with reviewers' corrections applied, or None."""
    return api.get_dispute(store, dispute_id)


def audit_trail(store: Store, dispute_id: str) -> list[dict[str, Any]]:
    """Every review action on a dispute, oldest first (who, when, old, new)."""
    return store.corrections(target="dispute", target_id=dispute_id)


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


# --- export ---------------------------------------------------------------------------------
EXPORT_COLUMNS = ("id", "employer", "union", "local", "industry", "city", "state", "start",
                  "end", "duration_days", "participants", "demands", "status", "action_type",
                  "sources")


def export_csv(store: Store) -> str:
    """Every dispute as CSV, corrections applied (``picketline export``'s columns when
    :mod:`picketline.export` is there)."""
    disputes = [get_dispute(store, d["id"]) or d
                for d in store.disputes(sort="start_date", desc=False, limit=None)]
    fn = getattr(_export, "to_csv", None) if _export is not None else None
    if callable(fn):
        return fn(disputes)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(EXPORT_COLUMNS)
    for d in disputes:
        unions = d.get("unions") or []
        local = next((u for u in unions if "local" in str(u).lower()), "")
        srcs = [s.get("url") or s.get("article_id") for s in d.get("sources") or []
                if isinstance(s, dict)]
        w.writerow([d.get("id"), "; ".join(d.get("employers") or []), "; ".join(unions),
                    local, d.get("industry") or "", d.get("city") or "", d.get("state") or "",
                    d.get("start_date") or "", d.get("end_date") or "",
                    d.get("duration_days") or "", d.get("participants") or "",
                    "; ".join(d.get("demands") or []), d.get("status") or "",
                    d.get("action_type") or "", " ".join(str(s) for s in srcs if s)])
    return buf.getvalue()
