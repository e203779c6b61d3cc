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
     "sources": [{"article_id", "start", "end", "sentence"}]}
"""
from __future__ import annotations

import re
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
        out.append(Event("start", facts.start_date.value, facts.start_date.evidence))
    if facts.end_date and facts.end_date.value:
        out.append(Event("end", facts.end_date.value, facts.end_date.evidence))
    pub = _published(facts)
    if facts.wage_demand_pct and facts.wage_demand_pct.value is not None:
        out.append(Event("demand", pub, facts.wage_demand_pct.evidence,
                         _pct(facts.wage_demand_pct.value), "union"))
    if facts.wage_offer_pct and facts.wage_offer_pct.value is not None:
        out.append(Event("offer", pub, facts.wage_offer_pct.evidence,
                         _pct(facts.wage_offer_pct.value), "employer"))
    return out


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
        if ev.detail and (not e["detail"] or len(ev.detail) > len(e["detail"])):
            e["detail"] = ev.detail
        e["side"] = e["side"] or ev.side
        if article_id not in e["articles"]:
            e["articles"].append(article_id)
        src = _source(ev.evidence, article_id)
        if src not in e["sources"]:
            e["sources"].append(src)
    entries.sort(key=lambda e: (e["date"] is None, e["date"] or "", _kind_rank(e["kind"]),
                                e["detail"] or ""))
    return entries


def build_timeline(facts_list: Iterable[ArticleFacts], copies: Iterable[str] = ()
                   ) -> list[dict[str, Any]]:
    """The dispute's timeline from its articles' facts (wire copies skipped)."""
    skip = set(copies)
    return merge_events((f.id, ev) for f in facts_list if f.id not in skip
                        for ev in article_events(f))


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
