"""A dispute's story in date order, and its demand/offer history.

Events come from every member article: the dated :class:`~picketline.model.Event` records the
extractor found, plus events derived from the article's fields (``start_date`` -> ``start``,
``end_date`` -> ``end``, the union's wage demand -> ``demand`` and the employer's wage offer ->
``offer`` on the publication date). Two articles reporting the same event (same kind, same date,
compatible detail) give one timeline entry listing both as sources. Wire copies (``copies``) are
skipped: the original already speaks for them.

Timeline entry (JSON)::

    {"date": "2023-03-21" | null, "kind": "start", "detail": "..." | null,
     "side": "union" | "employer" | null, "articles": ["a1", "a2"],
     "sources": [{"article_id", "start", "end", "sentence"}],
     "reported": [publication dates], "by": "2023-03-21",   # by: only for undated events
     "during": {"from": "2023-03-13", "to": "2023-03-19", "text": "week of 2023-03-13",
                "article_id": "a1"}}   # during: an undated event its sentence places
                                        # in a period before its article ("last week")

:func:`when_text` says when an entry happened in words ("2023-03-21", "week of 2023-03-13",
"by 2023-03-21", "undated").

See :func:`build_timeline` for how reports become events.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Iterable

from .model import EVENT_KINDS, ArticleFacts, Event, Evidence

_NUM = re.compile(r"\d+(?:\.\d+)?")


def _pct(v: float) -> str:
    return f"{v:g}%"


def _published(f: ArticleFacts) -> str | None:
    return f.published.value if f.published and f.published.value else None


def article_events(facts: ArticleFacts) -> list[Event]:
    """The events one article reports: its Event records plus those derived from its fields."""
    out = list(facts.events)
    if facts.start_date and facts.start_date.value:
        out.append(Event("start", facts.start_date.value, facts.start_date.evidence,
                         rules=list(facts.start_date.rules)))
    if facts.end_date and facts.end_date.value:
        out.append(Event("end", facts.end_date.value, facts.end_date.evidence,
                         rules=list(facts.end_date.rules)))
    pub = _published(facts)
    if facts.wage_demand_pct and facts.wage_demand_pct.value is not None:
        out.append(Event("demand", pub, facts.wage_demand_pct.evidence,
                         _pct(facts.wage_demand_pct.value), "union",
                         rules=list(facts.wage_demand_pct.rules)))
    if facts.wage_offer_pct and facts.wage_offer_pct.value is not None:
        out.append(Event("offer", pub, facts.wage_offer_pct.evidence,
                         _pct(facts.wage_offer_pct.value), "employer",
                         rules=list(facts.wage_offer_pct.rules)))
    return out


# periods before the article that a sentence can place an undated event in
_PERIOD = re.compile(r"\b(?:(last|earlier this|the previous|the past) (week|weekend|month)"
                     r"|(the week|the month) before)\b", re.I)


def relative_period(sentence: str | None, published: str | None) -> dict[str, str] | None:
    """The period a sentence's "last week", "earlier this week", "last weekend", "last
    month", "earlier this month" (or "the previous week", "the week before") places an
    event in, read against the article's publication day: ``{"from", "to", "text"}`` (ISO
    days; text "week of 2023-03-13", "weekend of 2023-03-18", "2023-02"), or None. A week
    runs Monday to Sunday."""
    if not sentence or not published:
        return None
    try:
        pub = date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
    m = _PERIOD.search(sentence)
    if m is None:
        return None
    which = (m.group(1) or "").lower()
    unit = (m.group(2) or m.group(3).split()[-1]).lower()
    this = which == "earlier this"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        lo, hi = (monday, pub - timedelta(days=1)) if this else (
            monday - timedelta(days=7), monday - timedelta(days=1))
        if hi < lo:  # "earlier this week" on a Monday
            return None
        return {"from": lo.isoformat(), "to": hi.isoformat(),
                "text": f"week of {lo.isoformat()}"}
    if unit == "weekend":
        if this:
            return None
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7 or 7)
        sat = sunday - timedelta(days=1)
        return {"from": sat.isoformat(), "to": sunday.isoformat(),
                "text": f"weekend of {sat.isoformat()}"}
    first = pub.replace(day=1)
    if this:
        if pub.day == 1:
            return None
        return {"from": first.isoformat(), "to": (pub - timedelta(days=1)).isoformat(),
                "text": f"earlier in {first.isoformat()[:7]}"}
    last_month_end = first - timedelta(days=1)
    lo = last_month_end.replace(day=1)
    return {"from": lo.isoformat(), "to": last_month_end.isoformat(),
            "text": lo.isoformat()[:7]}


def when_text(e: dict[str, Any]) -> str:
    """When a timeline entry happened, in words: its date, the period its sentence places
    it in ("week of 2023-03-13"), the day it was reported by ("by 2023-03-21"), or
    "undated"."""
    if e.get("date"):
        return str(e["date"])
    during = e.get("during")
    if isinstance(during, dict) and during.get("text"):
        return str(during["text"])
    return f"by {e['by']}" if e.get("by") else "undated"


def compatible(a: str | None, b: str | None) -> bool:
    """Details agree: one is missing, their numbers are the same, or one contains the other."""
    if not a or not b:
        return True
    na, nb = _NUM.findall(a), _NUM.findall(b)
    if na and nb:
        return {float(x) for x in na} == {float(x) for x in nb}
    x, y = a.casefold().strip(), b.casefold().strip()
    return x in y or y in x


def _source(ev: Evidence | None, article_id: str) -> dict[str, Any]:
    if ev is None:
        return {"article_id": article_id, "start": None, "end": None, "sentence": None}
    return ev.to_dict()


def _kind_rank(kind: str) -> int:
    return EVENT_KINDS.index(kind) if kind in EVENT_KINDS else len(EVENT_KINDS)


def merge_events(pairs: Iterable[tuple[str, Event]]) -> list[dict[str, Any]]:
    """Merge (article_id, Event) pairs into timeline entries, sorted by date (undated last)."""
    entries: list[dict[str, Any]] = []
    for article_id, ev in pairs:
        for e in entries:
            if (e["kind"] == ev.kind and e["date"] == ev.date
                    and (e["side"] is None or ev.side is None or e["side"] == ev.side)
                    and compatible(e["detail"], ev.detail)):
                break
        else:
            e = {"date": ev.date, "kind": ev.kind, "detail": None, "side": None,
                 "articles": [], "sources": []}
            entries.append(e)
        _add(e, article_id, ev, None)
    entries.sort(key=lambda e: (e["date"] is None, e["date"] or "", _kind_rank(e["kind"]),
                                e["detail"] or ""))
    return entries


ONE_OFF = ("impasse", "contract_expired", "fact_finding")  # happen once in a dispute
PROPOSAL_KINDS = ("offer", "demand")


def _new_entry(date: str | None, ev: Event) -> dict[str, Any]:
    return {"date": date, "kind": ev.kind, "detail": None, "side": None, "articles": [],
            "sources": [], "reported": []}


def _add(e: dict[str, Any], article_id: str, ev: Event, pub: str | None) -> None:
    if ev.detail and (not e["detail"] or len(ev.detail) > len(e["detail"])):
        e["detail"] = ev.detail
    e["side"] = e["side"] or ev.side
    if article_id not in e["articles"]:
        e["articles"].append(article_id)
    src = _source(ev.evidence, article_id)
    if src not in e["sources"]:
        e["sources"].append(src)
    if pub and pub not in e["reported"]:
        e["reported"] = sorted(e["reported"] + [pub])


def _same(e: dict[str, Any], ev: Event) -> bool:
    return (e["kind"] == ev.kind
            and (e["side"] is None or ev.side is None or e["side"] == ev.side)
            and compatible(e["detail"], ev.detail))


def build_timeline(facts_list: Iterable[ArticleFacts], copies: Iterable[str] = ()
                   ) -> list[dict[str, Any]]:
    """The dispute's timeline from its articles' facts (wire copies skipped): events, not
    reports. Each event is listed once, with every report of it (``articles``, ``sources``
    with the evidence sentence, ``reported``: the publication dates that reported it):

    - a wage demand or offer is one entry per side and figure, dated by its first report;
    - a dated event reported on several days is one entry;
    - an undated report of an event joins the latest dated entry of the same event on or
      before its article's publication date (an article cannot report what has not yet
      happened); with none, it is an undated entry with ``by`` (reported by that day);
    - an impasse, an expired contract or fact-finding happens once: every report of it is one
      entry, and an article reporting it before the date another one gives ("reached an
      impasse", published the day before a later quote about "the current impasse") means
      that date is only a later mention: the entry is undated, with ``by``.
    """
    skip = set(copies)
    pairs = [(f.id, _published(f), ev) for f in facts_list if f.id not in skip
             for ev in article_events(f)]
    entries: list[dict[str, Any]] = []
    for aid, pub, ev in pairs:  # wage proposals: one entry per side and figure
        if ev.kind not in PROPOSAL_KINDS:
            continue
        when = ev.date or pub
        e = next((x for x in entries if _same(x, ev)), None)
        if e is None:
            e = _new_entry(when, ev)
            entries.append(e)
        elif when and (e["date"] is None or when < e["date"]):
            e["date"] = when
        _add(e, aid, ev, pub)
    for aid, pub, ev in pairs:  # dated events
        if ev.kind in PROPOSAL_KINDS or not ev.date:
            continue
        e = next((x for x in entries if x["date"] == ev.date and _same(x, ev)), None)
        if e is None and ev.kind in ONE_OFF:
            e = next((x for x in entries if x["kind"] == ev.kind), None)
            if e is not None and ev.date < (e["date"] or "9999"):
                e["date"] = ev.date
        if e is None:
            e = _new_entry(ev.date, ev)
            entries.append(e)
        _add(e, aid, ev, pub)
    for aid, pub, ev in pairs:  # undated reports
        if ev.kind in PROPOSAL_KINDS or ev.date:
            continue
        same = [x for x in entries if _same(x, ev)]
        if ev.kind in ONE_OFF:
            e = same[0] if same else None
        else:
            before = [x for x in same if x["date"] and (not pub or x["date"] <= pub)]
            e = max(before, key=lambda x: x["date"]) if before else next(
                (x for x in same if x["date"] is None), None)
        if e is None:
            e = _new_entry(None, ev)
            entries.append(e)
        _add(e, aid, ev, pub)
        if pub and (e["date"] is None or ev.kind in ONE_OFF):
            e["by"] = min(e.get("by") or pub, pub)
    pubs = {aid: pub or "9999" for aid, pub, _ in pairs}
    for e in entries:  # earliest report first: its sentence is the one shown
        e["articles"].sort(key=lambda a: pubs.get(a, "9999"))
        e["sources"].sort(key=lambda x: pubs.get(x.get("article_id"), "9999"))
        if e.get("by") and e["date"] and e["by"] < e["date"]:
            e["date"] = None  # reported before the date given: that date is a later mention
        if e["date"] and e.get("by") and e["by"] >= e["date"]:
            e.pop("by")
        if e["date"] is None:
            _place(e, pubs)
    entries.sort(key=lambda e: (e["date"] is None and "during" not in e,
                                e["date"] or e.get("during", {}).get("from") or e.get("by")
                                or "", _kind_rank(e["kind"]), e["detail"] or ""))
    return entries


def _place(e: dict[str, Any], pubs: dict[str, str]) -> None:
    """An undated entry whose report says when, against its article's day ("reached an
    impasse ... last week" in an article of Tuesday 2023-03-21: the week of 2023-03-13),
    gets ``during``; the sentence that says so becomes its first source."""
    for i, src in enumerate(e["sources"]):
        aid = src.get("article_id")
        period = relative_period(src.get("sentence"), pubs.get(aid))
        if period is None or (e.get("by") and period["from"] > e["by"]):
            continue
        e["during"] = {**period, "article_id": aid}
        e["sources"].insert(0, e["sources"].pop(i))
        return


def waves(timeline: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The separate waves of action: each dated ``start`` with the first dated ``end`` on or
    after it and before the next start (starts inside a wave already open are the same
    wave). One wave, or none, for a single action."""
    starts = sorted({e["date"] for e in timeline if e["kind"] == "start" and e.get("date")})
    ends = sorted({e["date"] for e in timeline if e["kind"] == "end" and e.get("date")})
    out: list[dict[str, Any]] = []
    for i, s in enumerate(starts):
        if out and (out[-1]["end"] is None or s <= out[-1]["end"]):
            continue
        nxt = starts[i + 1] if i + 1 < len(starts) else None
        end = next((d for d in ends if d >= s and (nxt is None or d < nxt)), None)
        out.append({"start": s, "end": end})
    return out


def proposal_text(p: dict[str, Any] | None) -> str | None:
    """A proposal in plain words: "30% raise, + $2/h for the lowest paid workers",
    "23% over 5 years + 3% one-time bonus (eligibility: ...)"; None without one."""
    if not p:
        return None
    pct = p.get("pct", p.get("general_increase_pct"))
    parts: list[str] = []
    if pct is not None:
        years = p.get("years")
        if years and years > 1:
            parts.append(f"{float(pct):g}% over {years} years")
        elif years == 1:
            parts.append(f"{float(pct):g}% over 1 year")
        else:
            parts.append(f"{float(pct):g}% raise")
    if p.get("hourly_adder"):
        group = (p.get("adder_group") or "").strip()
        group = re.sub(r"^(?:the|for)\s+", "", group, flags=re.I)
        amount = float(p["hourly_adder"])
        money = f"${amount:,.2f}".replace(".00", "") if amount >= 1 else f"{amount * 100:g}¢"
        if group.casefold() in ("all", "everyone", "all workers", "all employees"):
            group = "all"
        parts.append(f"+ {money}/h" + ("" if not group else " for all" if group == "all"
                                       else f" for the {group}"))
    text = ", ".join(parts)
    if p.get("bonus_pct"):
        text += f" + {float(p['bonus_pct']):g}% one-time bonus"
    if p.get("eligibility"):
        text += f" (eligibility: {p['eligibility']})"
    if p.get("corrected"):
        text += " (corrected)"
    return text or None


def latest_proposal(history: Iterable[dict[str, Any]], side: str) -> dict[str, Any] | None:
    """The side's proposal last reported in a ``demand_offer_history`` (ties: the later
    first report, then the more detailed)."""
    best = None
    for e in history:
        if e.get("side") != side:
            continue
        last = (e.get("reported") or [e.get("date") or ""])[-1] or ""
        detail = sum(e.get(k) is not None for k in ("years", "hourly_adder", "bonus_pct"))
        key = (last, e.get("date") or "", detail)
        if best is None or key >= best[0]:
            best = (key, e)
    return best[1] if best else None


def demand_offer_history(facts_list: Iterable[ArticleFacts], copies: Iterable[str] = ()
                         ) -> list[dict[str, Any]]:
    """Who proposed what, when: one entry per distinct (side, proposal), dated by its first
    report (``reported`` lists every date it was reported on), sorted by date.

    Entry (JSON)::

        {"date": "2023-03-14" | null, "side": "union" | "employer", "pct": 30.0 | null,
         "years": int | null, "hourly_adder": float | null, "adder_group": str | null,
         "bonus_pct": float | null, "eligibility": str | null, "reported": [dates],
         "articles": [...], "sources": [evidence...]}

    Sources: each article's structured proposals, else its wage demand/offer facts; a proposal
    without its own date is dated by its article's publication date.
    """
    skip = set(copies)
    entries: list[dict[str, Any]] = []

    def add(article_id: str, date: str | None, side: str, pct: float | None,
            ev: Evidence | None, extra: dict[str, Any]) -> None:
        for e in entries:
            if e["side"] == side and e["pct"] == pct and all(
                    e.get(k) in (None, v) or v is None for k, v in extra.items()):
                break
        else:
            e = {"date": date, "side": side, "pct": pct, "years": None, "hourly_adder": None,
                 "adder_group": None, "bonus_pct": None, "eligibility": None,
                 "reported": [], "articles": [], "sources": []}
            entries.append(e)
        if date and (e["date"] is None or date < e["date"]):
            e["date"] = date
        if date and date not in e["reported"]:
            e["reported"] = sorted(e["reported"] + [date])
        for k, v in extra.items():
            if v is not None and e.get(k) is None:
                e[k] = v
        if article_id not in e["articles"]:
            e["articles"].append(article_id)
        src = _source(ev, article_id)
        if src not in e["sources"]:
            e["sources"].append(src)

    for f in facts_list:
        if f.id in skip:
            continue
        pub = _published(f)
        sides_seen = set()
        for p in f.proposals:
            sides_seen.add(p.side)
            add(f.id, p.date or pub, p.side, p.general_increase_pct, p.evidence,
                {"years": p.years, "hourly_adder": p.hourly_adder, "adder_group": p.adder_group,
                 "bonus_pct": p.bonus_pct, "eligibility": p.eligibility})
        if "union" not in sides_seen and f.wage_demand_pct and f.wage_demand_pct.value is not None:
            add(f.id, pub, "union", float(f.wage_demand_pct.value), f.wage_demand_pct.evidence, {})
        if ("employer" not in sides_seen and f.wage_offer_pct
                and f.wage_offer_pct.value is not None):
            add(f.id, pub, "employer", float(f.wage_offer_pct.value), f.wage_offer_pct.evidence,
                {})
    entries.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["side"]))
    return entries
