"""Where a dispute stands in its regime's procedure, and what comes next.

:func:`where_it_stands` takes a regime (from :func:`~picketline.process.jurisdiction`), the
dispute's bargaining events (``model.BARGAINING_EVENTS`` values) and its dated timeline events
(:class:`~picketline.model.Event`), and returns a JSON-able dict:

- ``regime``: id, name, citation, agency, strike rule, and why it was chosen (``basis``);
- ``stages``: every stage of the regime in order, each with ``reached``, ``implied`` (reached
  only because a later stage was), its first ``date`` and its ``evidence`` (event kind, date,
  article id, sentence, span; or the bargaining-event label when that is all there is);
- ``current_stage``: the furthest stage reached;
- ``next_step``: the current stage's next statutory step, its citation and timing (a date when
  the current stage is dated, else "within N days of ...");
- ``strike_lawful`` (true / false / null when it depends on facts not in the record, such as
  an unfair-practice strike where the regime may allow one) with ``strike_lawful_text``
  ("yes" / "no" / "depends") and ``strike_note`` (the reason);
- ``actions``: the strike-related events seen (vote, announcement, start, end ...), and
  ``notes``.

Rules of inference, all documented in ``process/regimes.py`` and the rules files: a stage is
reached when a marker event or bargaining event is present or a stage pattern is found in an
event's sentence, unless every mention of the step in that sentence is negated or hedged
("fact-finding has not started"; see ``process/evidence.toml``); reaching a stage implies the
earlier, non-optional stages; events dated after ``as_of`` are ignored. Working days skip
Saturdays and Sundays (holidays are not modelled).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Iterable

from ..model import Event
from .regimes import Regime, Stage, evidence_cues

ACTION_KINDS = ("strike_vote", "announced", "start", "end", "return_to_work", "rally")
ULP = "ulp_charge"


# --- negation -------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    d = evidence_cues()
    comp = lambda xs: [re.compile(x, re.IGNORECASE) for x in xs]  # noqa: E731
    return {"boundary": re.compile(d["boundary"], re.IGNORECASE),
            "before_near": comp(d["before_near"]), "before_near_words": d["before_near_words"],
            "before": comp(d["before"]), "before_words": d["before_words"],
            "after": comp(d["after"]), "after_words": d["after_words"]}


def _clip_before(text: str) -> str:
    parts = _cues()["boundary"].split(text)
    return parts[-1] if parts else text


_PARTICIPLE = re.compile(r",\s+\w+ing\b")  # ", setting the stage for a walkout that would..."


def _clip_after(text: str) -> str:
    parts = _cues()["boundary"].split(text)
    text = parts[0] if parts else text
    return _PARTICIPLE.split(text)[0]  # a participle clause speaks of something else


def negated(sentence: str, start: int, end: int) -> bool:
    """Whether the mention at ``sentence[start:end]`` is negated or hedged in its clause."""
    c = _cues()
    before = _clip_before(sentence[:start]).split()
    after = _clip_after(sentence[end:]).split()
    near = " ".join(before[-c["before_near_words"]:]) if before else ""
    wide = " ".join(before[-c["before_words"]:]) if before else ""
    ahead = " ".join(after[:c["after_words"]])
    return (any(p.search(near) for p in c["before_near"])
            or any(p.search(wide) for p in c["before"])
            or any(p.search(ahead) for p in c["after"]))


def mentions_all_negated(stage: Stage, sentence: str) -> bool:
    """True when the sentence names the stage and every such mention is negated or hedged."""
    spans = [m.span() for p in stage.mentions for m in p.finditer(sentence)]
    return bool(spans) and all(negated(sentence, s, e) for s, e in spans)


# --- evidence -------------------------------------------------------------------------------
def _sentence(ev: Event) -> str:
    return ev.evidence.sentence if ev.evidence else ""


def _evidence_row(ev: Event, source: str, matched: str | None = None) -> dict[str, Any]:
    e = ev.evidence
    return {"source": source, "kind": ev.kind, "date": ev.date, "detail": ev.detail,
            "article_id": e.article_id if e else None, "sentence": e.sentence if e else None,
            "start": e.start if e else None, "end": e.end if e else None, "matched": matched}


def stage_evidence(stage: Stage, bargaining_events: Iterable[str],
                   events: Iterable[Event]) -> list[dict[str, Any]]:
    """The evidence placing a dispute at ``stage`` (empty if none)."""
    out: list[dict[str, Any]] = []
    for ev in events:
        sent = _sentence(ev)
        if ev.kind in stage.event_kinds:
            if not mentions_all_negated(stage, sent):
                out.append(_evidence_row(ev, "event"))
            continue
        for text in (sent, ev.detail or ""):
            hit = next((m for p in stage.patterns for m in p.finditer(text)
                        if not negated(text, *m.span())), None)
            if hit:
                out.append(_evidence_row(ev, "pattern", hit.group(0)))
                break
    for be in bargaining_events:
        label, sources = _label(be)
        if label not in stage.bargaining_events:
            continue
        for src in sources or [None]:
            src = src or {}
            out.append({"source": "bargaining_event", "kind": label, "date": None,
                        "detail": None, "article_id": src.get("article_id"),
                        "sentence": src.get("sentence"), "start": src.get("start"),
                        "end": src.get("end"), "matched": None})
    # one row per passage: an event and the bargaining step read from the same sentence
    # were listed twice (web review, defect 5); the event's row, with its date, is kept
    seen: set[tuple[Any, Any]] = set()
    unique = []
    for row in out:
        key = (row.get("article_id"), row.get("sentence"))
        if row.get("sentence") and key in seen:
            continue
        seen.add(key)
        unique.append(row)
    return unique


def _label(be: str | dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """A bargaining event given as a label, or as a consolidated value with its evidence
    (``{"value": "impasse", "evidence": [{article_id, start, end, sentence}, ...]}``)."""
    if isinstance(be, dict):
        return str(be.get("value")), list(be.get("evidence") or be.get("sources") or [])
    return str(be), []


# --- dates ----------------------------------------------------------------------------------
def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def add_days(start: dt.date, days: int, day_type: str = "calendar") -> dt.date:
    """``start`` plus ``days`` calendar days, or working days (Monday to Friday)."""
    if day_type != "working":
        return start + dt.timedelta(days=days)
    d, left = start, days
    while left > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return d


def _days_text(n: int, day_type: str) -> str:
    unit = "working day" if day_type == "working" else "day"
    return f"{n} {unit}{'s' if n != 1 else ''}"


# --- the answer -----------------------------------------------------------------------------
def where_it_stands(regime: Regime, bargaining_events: list[str] | list[dict] | None,
                    events: list[Event] | None, as_of: str | None = None) -> dict[str, Any]:
    """Infer the dispute's stage under ``regime``; see the module docstring for the shape.

    ``bargaining_events`` are labels (``"impasse"``) or consolidated values with their evidence
    (``{"value": "impasse", "evidence": [...]}``); the extractor has already judged them as
    happened, so they are taken as they are (no negation check)."""
    cutoff = _date(as_of)
    today = cutoff or dt.date.today()
    evs = [e for e in (events or [])
           if not (cutoff and _date(e.date) and _date(e.date) > cutoff)]
    bevents = list(dict.fromkeys(b for b in (bargaining_events or []) if isinstance(b, str) and b))
    bevents += [b for b in (bargaining_events or []) if isinstance(b, dict) and b.get("value")]

    rows: list[dict[str, Any]] = []
    for st in regime.stages:
        ev = stage_evidence(st, bevents, evs)
        dates = sorted(d for d in (_date(x["date"]) for x in ev) if d)
        rows.append({"id": st.id, "name": st.name, "description": st.description,
                     "citation": st.citation, "reached": bool(ev) or st.initial,
                     "implied": False, "date": dates[0].isoformat() if dates else None,
                     "evidence": ev})
    # later stages imply the earlier, non-optional steps of the path
    for i, st in enumerate(regime.stages):
        if rows[i]["evidence"] and st.implies_previous:
            for j in range(i):
                if not rows[j]["reached"] and not regime.stages[j].optional:
                    rows[j]["reached"] = rows[j]["implied"] = True
    cur_i = max(i for i, r in enumerate(rows) if r["reached"])
    cur, cur_row = regime.stages[cur_i], rows[cur_i]
    cur_date = _date(cur_row["date"])

    # next step and its timing
    next_step: dict[str, Any] | None = None
    if cur.next:
        n = cur.next
        nxt_stage = regime.stage(n.to) if n.to else None
        due = latest = None
        if n.days is not None and cur_date:
            due = add_days(cur_date, n.days, n.day_type)
            if n.days_max is not None:
                latest = add_days(cur_date, n.days_max, n.day_type)
        if n.days is None:
            timing = None
        elif due:
            since = f"{cur.name.lower()} on {cur_date.isoformat()}"
            if latest:
                timing = (f"between {due.isoformat()} and {latest.isoformat()} ({n.days} to "
                          f"{_days_text(n.days_max, n.day_type)} after {since})")
            elif n.when == "from":
                timing = (f"on or after {due.isoformat()} "
                          f"({_days_text(n.days, n.day_type)} after {since})")
            else:
                timing = f"by {due.isoformat()} ({_days_text(n.days, n.day_type)} after {since})"
        else:
            span = (f"{n.days} to {_days_text(n.days_max, n.day_type)}" if n.days_max
                    else _days_text(n.days, n.day_type))
            if n.when == "from" and not n.days_max:
                timing = f"at least {span} after {cur.name.lower()} (date not known)"
            else:
                timing = f"within {span} of {cur.name.lower()} (date not known)"
        next_step = {"stage": n.to, "name": nxt_stage.name if nxt_stage else None,
                     "step": n.step, "citation": n.citation, "days": n.days,
                     "days_max": n.days_max, "day_type": n.day_type, "when": n.when,
                     "date": due.isoformat() if due else None,
                     "date_max": latest.isoformat() if latest else None, "timing": timing}

    # is a strike lawful now?
    lawful = cur.strike_lawful
    strike_note = cur.strike_note or regime.strike_rule
    if lawful and cur.strike_lawful_after_days:
        if cur_date:
            from_date = add_days(cur_date, cur.strike_lawful_after_days)
            lawful = today >= from_date
            strike_note = (f"{strike_note} Lawful from {from_date.isoformat()} "
                           f"({cur.strike_lawful_after_days} days after {cur.name.lower()}).")
        else:
            lawful = None
            strike_note = (f"{strike_note} The date of {cur.name.lower()} is not known, so "
                           f"whether the {cur.strike_lawful_after_days} days have run is not known.")

    actions = [_evidence_row(e, "event") for e in evs if e.kind in ACTION_KINDS]
    notes = list(regime.notes)
    ulp = ULP in {_label(b)[0] for b in bevents} or any(e.kind == ULP for e in evs)
    if ulp and regime.ulp_strike_note:
        notes.insert(0, "Unfair labor practice charges are reported. " + regime.ulp_strike_note)
    struck = [a for a in actions if a["kind"] == "start"]
    if (ulp and lawful is False and regime.ulp_strike_may_be_lawful and regime.ulp_strike_note
            and cur.id not in ("tentative_agreement", "ratified")):
        lawful = None  # depends: an unfair-practice strike may be lawful here
        strike_note = ("Depends: unfair labor practice charges are reported, and "
                       + regime.ulp_strike_note[0].lower() + regime.ulp_strike_note[1:]
                       + " Otherwise: " + strike_note)
    if struck and lawful is False and cur.id not in ("tentative_agreement", "ratified"):
        notes.insert(0, "A strike is reported although the procedure reached does not yet make "
                        "one lawful" + (": see the unfair-practice note." if ulp else "."))

    return {
        "regime": regime.to_dict(),
        "as_of": cutoff.isoformat() if cutoff else None,
        "stages": rows,
        "reached": [r["id"] for r in rows if r["reached"]],
        "current_stage": {"id": cur.id, "name": cur.name, "description": cur.description,
                          "citation": cur.citation, "date": cur_row["date"],
                          "implied": cur_row["implied"]},
        "next_step": next_step,
        "strike_lawful": lawful,
        "strike_lawful_text": {True: "yes", False: "no", None: "depends"}[lawful],
        "strike_note": strike_note,
        "actions": actions,
        "notes": notes,
    }


# --- from a consolidated dispute record -----------------------------------------------------
def _plain(value: Any) -> Any:
    """A field's value whether given plainly or as a fact dict ``{"value": ...}``."""
    return value.get("value") if isinstance(value, dict) and "value" in value else value


def timeline_events(dispute: dict[str, Any]) -> list[Event]:
    """The dispute's timeline entries as Events, one per source sentence (so each keeps its
    evidence). Accepts the consolidated ``timeline`` shape (entries with ``sources``) and plain
    ``Event.to_dict()`` dicts under ``events``."""
    from ..model import Evidence

    out: list[Event] = []
    for e in dispute.get("timeline") or []:
        sources = e.get("sources") or [None]
        for s in sources:
            ev = None
            if s and s.get("sentence") is not None:
                ev = Evidence(s.get("article_id") or "", int(s.get("start") or 0),
                              int(s.get("end") or 0), s["sentence"])
            out.append(Event(e["kind"], e.get("date"), ev, e.get("detail"), e.get("side")))
    out.extend(Event.from_dict(d) for d in dispute.get("events") or [])
    return out


def dispute_stage(dispute: dict[str, Any], as_of: str | None = None) -> dict[str, Any] | None:
    """:func:`where_it_stands` for a consolidated dispute record (``industry``, ``state``,
    ``country``, ``employers``, ``bargaining_events``, ``timeline``), or None when no modelled
    regime applies (outside the US)."""
    from .jurisdiction import jurisdiction

    loc = dispute.get("location") or {}
    employers = _plain(dispute.get("employers")) or (
        [dispute["employer"]] if dispute.get("employer") else [])
    reg = jurisdiction(_plain(dispute.get("industry")),
                       _plain(dispute.get("state")) or loc.get("state"),
                       [str(e) for e in employers],
                       _plain(dispute.get("country")) or loc.get("country") or "US")
    if reg is None:
        return None
    bevents: list[Any] = [str(b) for b in _plain(dispute.get("bargaining_events")) or []]
    sourced = ((dispute.get("facts") or {}).get("bargaining_events") or {}).get("values") or []
    if sourced:  # the consolidated values carry their evidence sentences
        with_ev = {str(v.get("value")) for v in sourced if isinstance(v, dict)}
        bevents = [b for b in bevents if b not in with_ev] + [v for v in sourced
                                                              if isinstance(v, dict)]
    return where_it_stands(reg, bevents, timeline_events(dispute), as_of)
