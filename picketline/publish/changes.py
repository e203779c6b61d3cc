"""What a reader cares about in a dispute, and what changed between two saves of it.

A dispute's *view* is what the app shows of it today: its status as of today (see
:func:`picketline.api.status_as_of`: what its articles reported, read against the calendar,
so that a strike whose last day has passed has ``ended`` and a live one with no report for
two weeks is ``unconfirmed``), with the status as reported beside it; the workers taking part;
each side's latest wage proposal (figure and plain words); and its bargaining stage (see
:func:`picketline.process.dispute_stage`). Two saves differ for a reader when one of those
differs. Statuses are compared as the app shows them on the day of the save, so that a feed
entry never says "ongoing -> ongoing" while the dispute page said "unconfirmed" before.

Everything here is pure and cheap: it runs on every dispute save. The stage, the only costly
part (about half a millisecond), is computed only when what it is read from changed.
"""
from __future__ import annotations

from datetime import date
from typing import Any

# the kinds of change, in the order a headline lists them
KINDS = ("started", "status", "ended", "workers", "demand", "offer", "stage", "merged",
         "removed")
# what a dispute's bargaining stage is read from
_STAGE_INPUTS = ("industry", "state", "country", "location", "employers", "employer",
                 "bargaining_events", "timeline")


def _plain(value: Any) -> Any:
    if isinstance(value, dict) and "value" in value:
        return value["value"]
    return value


def _workers(record: dict[str, Any]) -> int | None:
    v = _plain(record.get("participants"))
    try:
        return int(v) if v is not None and not isinstance(v, bool) else None
    except (TypeError, ValueError):
        return None


def _pct(value: Any) -> float | None:
    v = _plain(value)
    try:
        f = float(v) if v is not None and not isinstance(v, bool) else None
    except (TypeError, ValueError):
        return None
    return f if f is not None and f == f else None  # NaN is not a figure


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def view(record: dict[str, Any], today: date) -> dict[str, Any]:
    """What the app shows of ``record`` on ``today`` (without the stage)."""
    from ..api import status_as_of

    st = status_as_of(record, today)
    return {
        "status": st.get("status"),
        "status_reported": st.get("status_reported"),
        "workers": _workers(record),
        "demand": {"pct": _pct(record.get("wage_demand_pct")),
                   "text": _text(record.get("demand_text"))},
        "offer": {"pct": _pct(record.get("wage_offer_pct")),
                  "text": _text(record.get("offer_text"))},
    }


def stage(record: dict[str, Any], today: date) -> dict[str, Any] | None:
    """The bargaining stage reached on ``today`` (``{"id", "name"}``), None outside the
    modelled regimes (or when the record cannot be read)."""
    from ..process import dispute_stage

    try:
        s = dispute_stage(record, today.isoformat())
    except Exception:  # noqa: BLE001 - a record the process rules cannot read has no stage
        return None
    cur = (s or {}).get("current_stage") or None
    return {"id": cur.get("id"), "name": cur.get("name")} if cur else None


def _stage_inputs(record: dict[str, Any]) -> tuple:
    facts = record.get("facts") or {}
    be = facts.get("bargaining_events") if isinstance(facts, dict) else None
    return tuple(record.get(k) for k in _STAGE_INPUTS) + (be,)


def _proposal_key(p: dict[str, Any]) -> str:
    """What a reader sees of a proposal (its words, else its figure): a change entry never
    says "offer 4% over 3 years -> 4% over 3 years" (a saved record whose figure and words
    came from two reports, before they were chosen together, differs only in its figure)."""
    return _proposal_text(p)


def diff(old: dict[str, Any] | None, new: dict[str, Any], today: date | None = None
         ) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """``(kinds, changes)``: what changed for a reader from ``old`` (None: a new dispute) to
    ``new``, each kind with its ``before`` and ``after``; ``([], {})`` when nothing did."""
    today = today or date.today()
    after = view(new, today)
    if old is None:
        state = {**after, "stage": stage(new, today)}
        kinds = ["started"] + (["ended"] if after["status"] == "ended" else [])
        changes: dict[str, dict[str, Any]] = {"started": {"before": None, "after": state}}
        if "ended" in kinds:
            changes["ended"] = {"before": None, "after": new.get("end_date")}
        return kinds, changes
    before = view(old, today)
    changes = {}
    if before["status"] != after["status"]:
        changes["status"] = {"before": before["status"], "after": after["status"],
                             "reported_before": before["status_reported"],
                             "reported_after": after["status_reported"]}
        if after["status"] == "ended":
            changes["ended"] = {"before": old.get("end_date"), "after": new.get("end_date")}
    if before["workers"] != after["workers"]:
        changes["workers"] = {"before": before["workers"], "after": after["workers"]}
    for side in ("demand", "offer"):
        if _proposal_key(before[side]) != _proposal_key(after[side]):
            changes[side] = {"before": before[side], "after": after[side]}
    if _stage_inputs(old) != _stage_inputs(new):
        s0, s1 = stage(old, today), stage(new, today)
        if (s0 or {}).get("id") != (s1 or {}).get("id"):
            changes["stage"] = {"before": s0, "after": s1}
    kinds = [k for k in KINDS if k in changes]
    return kinds, {k: changes[k] for k in kinds}


# --- words ------------------------------------------------------------------------------------
def _workers_text(n: Any) -> str:
    return f"{n:,}" if isinstance(n, int) else "not known"


def _proposal_text(p: Any) -> str:
    if not isinstance(p, dict):
        return "not known"
    if p.get("text"):
        return str(p["text"])
    if p.get("pct") is not None:
        return f"{p['pct']:g}%"
    return "not known"


def _status_text(s: Any) -> str:
    return str(s) if s else "not known"


def describe(kind: str, change: dict[str, Any]) -> str:
    """One kind of change in words: "status ongoing -> ended", "workers 600 -> 1,200"."""
    b, a = change.get("before"), change.get("after")
    if kind == "started":
        a = a or {}
        parts = [f"status {_status_text(a.get('status'))}"]
        if a.get("workers") is not None:
            parts.append(f"{_workers_text(a['workers'])} workers")
        for side in ("demand", "offer"):
            if _proposal_text(a.get(side)) != "not known":
                parts.append(f"{side} {_proposal_text(a.get(side))}")
        if a.get("stage"):
            parts.append(f"stage {a['stage'].get('name') or a['stage'].get('id')}")
        return "started: " + ", ".join(parts)
    if kind == "status":
        return f"status {_status_text(b)} -> {_status_text(a)}"
    if kind == "ended":
        return f"ended{(' ' + str(a)) if a else ''}"
    if kind == "workers":
        return f"workers {_workers_text(b)} -> {_workers_text(a)}"
    if kind in ("demand", "offer"):
        return f"{kind} {_proposal_text(b)} -> {_proposal_text(a)}"
    if kind == "stage":
        def name(s: Any) -> str:
            return (s.get("name") or s.get("id")) if isinstance(s, dict) else "not known"
        return f"stage {name(b)} -> {name(a)}"
    if kind == "merged":
        return f"merged into {a}"
    if kind == "removed":
        return f"removed{(': its articles went to ' + str(a)) if a else ''}"
    return kind


def shown_kinds(kinds: list[str]) -> list[str]:
    """The kinds worth a line of their own: "ended" is left out where a status change (or
    the start) already says so."""
    return [k for k in kinds if not (k == "ended" and ("status" in kinds or "started" in kinds))]


def summary(kinds: list[str], changes: dict[str, dict[str, Any]]) -> str:
    """Every change in words, joined by "; "."""
    return "; ".join(describe(k, changes.get(k) or {}) for k in shown_kinds(kinds))


def headline(title: str | None, dispute_id: str, kinds: list[str],
             changes: dict[str, dict[str, Any]]) -> str:
    """An entry title: "Mercy Valley Hospital - CNA strike: status ongoing -> ended;
    workers 600 -> 1,200"."""
    return f"{title or dispute_id}: {summary(kinds, changes)}"
