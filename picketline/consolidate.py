"""Consolidation: one reconciled, sourced record per dispute.

:func:`consolidate` turns the :class:`~picketline.model.ArticleFacts` of a dispute's articles
into one JSON-able dict (shape documented in ``docs/disputes-json.md``). For every field it
keeps every value seen, each with the articles and evidence sentences it came from, and chooses
one value by a fixed rule:

============================  ==================================================================
field                         rule
============================  ==================================================================
status, wage_demand_pct,      latest statement: the value from the latest report (ties: most
wage_offer_pct                sources). Reports of one day are ordered by their time of day
                              when every report of that day has one, else by how far in the
                              life of an action each reports it (threatened < authorized <
                              scheduled < ongoing < ended < averted): "workers walked out this
                              morning" and "the strike ended tonight" of the same day end the
                              strike, and the offer is the one the end report states
participants                  values within 5 % of each other form one group; the group with
                              the most sources wins (ties: latest statement); inside it, the
                              most specific figure (fewest trailing zeros), then most sourced
action_type, industry,        most sourced (ties: most specific, then latest statement); the
state, country, city          city is chosen among articles agreeing with the chosen state
start_date / end_date         earliest stated start / latest stated end
employers, unions             every organisation named, aliases grouped ("SEIU Local 99" =
                              "Local 99 of the Service Employees International Union"); shown
                              by its most sourced full form (ties: the longest), most sourced
                              organisation first
demands, bargaining_events    every category named, most sourced first
============================  ==================================================================

Disagreements are kept and listed in ``conflicts`` with each side's sources: any two different
participant figures (``within_tolerance`` says whether they are within 5 %), different start or
end dates, places, industries or action types, and different wage figures or statuses stated on
the same (latest) publication date. A status or an offer that changes over time is history, not
a conflict.

Wire copies (``copies``) are listed in ``sources`` but their facts are counted once (through
their original). A roundup article (``also_mentions``: it also reports other disputes) is a
full source of the dispute it is mainly about, but only for the part of it about this dispute
(:func:`own_part`): a fact counts when its sentence names this dispute's employer or union, or
follows, in the same paragraph, a sentence that does; a fact read where another party is named
(one of the roundup's own names that this dispute does not know, or ``other_names``: the
names of the disputes it also mentions) does not, nor one read where neither is named (the
headline of "Spokane nurses weigh next step; Lorain lockout drags on"). Without other members
to learn this dispute's names from, a roundup's values are used as they are.

Derived values: ``last_reported`` is the latest publication date of the dispute's articles;
an ended dispute with no stated end date ends the day before the return to work, else on the
ratification or tentative agreement (``facts.end_date.derived`` says which);
``waves`` lists separate waves of action (dated starts, each with the first end before the
next start); ``demand_text`` / ``offer_text`` give each side's latest proposal in plain words
(``proposal_text``): the proposal of the report that gave the chosen wage figure, so a figure
and its words never come from two articles (:func:`shown_proposal`).

Corrections (rows of ``Store.corrections``) are applied last and win: the field shows the new
value with ``corrected: {old, new, author, at}`` and keeps the extracted value beside it as
``extracted``. ``confirm`` rows add ``confirmed: {value, author, at}``.
"""
from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable, Mapping

from .link import name_key, name_match, near_duplicates
from .model import Article, ArticleFacts, Fact
from .timeline import (build_timeline, demand_offer_history, latest_proposal, proposal_text,
                       waves)
from .validate import ALIASES, check_stored, correction_value, json_safe

TOLERANCE = 0.05
LATEST = ("status", "wage_demand_pct", "wage_offer_pct")
MOST_SOURCED = ("action_type", "industry", "state", "country", "city")
NAME_LISTS = ("employers", "unions")
CATEGORY_LISTS = ("demands", "bargaining_events")
FIELDS = ("action_type", "status", "employers", "unions", "start_date", "end_date",
          "participants", "city", "state", "country", "industry", "demands",
          "wage_demand_pct", "wage_offer_pct", "bargaining_events")
RULES = {
    **{f: "latest statement" for f in LATEST},
    **{f: "most sourced" for f in MOST_SOURCED},
    "participants": "largest group of agreeing figures (5%), most specific figure in it",
    "start_date": "earliest stated", "end_date": "latest stated",
    "employers": "all, aliases grouped", "unions": "all, aliases grouped",
    "demands": "all", "bargaining_events": "all",
}


# --- collecting values --------------------------------------------------------------------------
def _pub(f: ArticleFacts) -> str:
    return f.published.value if f.published and f.published.value else ""


# How far in the life of an action a status is (extract.classify.STATUS_ORDER, most advanced
# last): of two reports of one day, the more advanced one is taken as the later one. A reader
# of "workers walked out this morning" and "the strike ended tonight after a deal" published
# the same day expects the strike to have ended, with the deal's offer.
STATUS_RANK = {s: i for i, s in enumerate(
    ("threatened", "authorized", "scheduled", "ongoing", "ended", "averted"))}


def _time_of_day(published: str | None) -> str:
    """A sortable moment of ``"2024-05-02T14:05:00-08:00"`` (``"Z2024-05-02T22:05:00"``, in
    UTC; ``"N..."`` without a zone); "" for a bare date or an unreadable one (ingest stores
    dates only, so times count only for articles built with one)."""
    s = str(published or "").strip()
    if len(s) <= 10 or s[10] not in "Tt ":
        return ""
    try:
        t = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return ""
    if t.tzinfo is None:
        return "N" + t.isoformat()
    return "Z" + t.astimezone(timezone.utc).replace(tzinfo=None).isoformat()


def report_order(facts_list: Iterable[ArticleFacts], arts: Mapping[str, Article] | None = None
                 ) -> dict[str, tuple[str, str, int]]:
    """Each article's place among the dispute's reports: ``(day, time, status rank)``. The
    time of day counts only on a day whose every report has one (its article's
    ``published``); else same-day reports are ordered by the status each reports."""
    facts_list = list(facts_list)
    arts = arts or {}
    days = {f.id: _pub(f)[:10] for f in facts_list}
    times = {f.id: _time_of_day(getattr(arts.get(f.id), "published", None)
                                or _pub(f)) for f in facts_list}
    untimed = {days[i] for i, t in times.items() if not t}
    kinds: dict[str, set[str]] = {}
    for i, t in times.items():
        kinds.setdefault(days[i], set()).add(t[:1])
    untimed |= {d for d, k in kinds.items() if len(k) > 1}  # zoned and unzoned: no order
    return {f.id: (days[f.id], "" if days[f.id] in untimed else times[f.id],
                   STATUS_RANK.get(f.status.value if f.status else None, -1))
            for f in facts_list}


def _field_facts(f: ArticleFacts, name: str) -> list[Fact]:
    if name in ("city", "state", "country"):
        if not f.location or f.location.value is None:
            return []
        v = getattr(f.location.value, name, None)
        return [Fact(v, f.location.evidence)] if v else []
    got = getattr(f, name)
    if isinstance(got, list):
        return [x for x in got if x.value not in (None, "")]
    return [got] if got is not None and got.value not in (None, "") else []


def _collect(facts_list: list[ArticleFacts], name: str,
             order: Mapping[str, tuple] | None = None) -> list[dict[str, Any]]:
    """Distinct values of one field, each with its articles, evidence and latest date (and,
    with ``order`` (:func:`report_order`), the place of its latest report)."""
    values: dict[str, dict[str, Any]] = {}
    for f in facts_list:
        for fact in _field_facts(f, name):
            key = json.dumps(fact.value, sort_keys=True, default=str)
            v = values.setdefault(key, {"value": fact.value, "articles": [], "evidence": [],
                                        "latest": "", "order": ()})
            if order is not None:
                v["order"] = max(v["order"], order.get(f.id, ()))
            if f.id not in v["articles"]:
                v["articles"].append(f.id)
            if fact.evidence is not None:
                ev = fact.evidence.to_dict()
                if ev not in v["evidence"]:
                    v["evidence"].append(ev)
            v["latest"] = max(v["latest"], _pub(f))
    return list(values.values())


def _n(v: dict[str, Any]) -> int:
    return len(v["articles"])


def _specificity(x: Any) -> int:
    if isinstance(x, (int, float)) and x:
        s = str(int(abs(x)))
        return len(s.rstrip("0"))
    return len(str(x)) if x is not None else 0


# --- choosing ------------------------------------------------------------------------------------
def _choose_latest(values: list[dict]) -> tuple[Any, list[dict]]:
    best = max(values, key=lambda v: (v.get("order") or (v["latest"][:10],), _n(v)))
    same_day = [v for v in values if v["latest"] == best["latest"] and v is not best
                and not _close(v["value"], best["value"])]
    return best["value"], ([best] + same_day if same_day else [])


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 0.5
    return a == b


def _choose_most_sourced(values: list[dict]) -> tuple[Any, list[dict]]:
    best = max(values, key=lambda v: (_n(v), _specificity(v["value"]), v["latest"]))
    return best["value"], (values if len(values) > 1 else [])


def _choose_count(values: list[dict]) -> tuple[Any, list[dict], bool]:
    vs = sorted(values, key=lambda v: float(v["value"]))
    groups: list[list[dict]] = []
    for v in vs:
        if groups and float(v["value"]) <= float(groups[-1][0]["value"]) * (1 + TOLERANCE):
            groups[-1].append(v)
        else:
            groups.append([v])

    def weight(g: list[dict]):
        arts = {a for v in g for a in v["articles"]}
        return (len(arts), max(v["latest"] for v in g))

    best = max(groups, key=weight)
    pick = max(best, key=lambda v: (_specificity(v["value"]), _n(v), v["latest"]))
    within = len(groups) == 1
    return pick["value"], (vs if len(vs) > 1 else []), within


def _choose_date(values: list[dict], earliest: bool) -> tuple[Any, list[dict]]:
    ordered = sorted(values, key=lambda v: str(v["value"]))
    pick = ordered[0] if earliest else ordered[-1]
    return pick["value"], (values if len(values) > 1 else [])


def _group_names(values: list[dict], kind: str) -> list[dict]:
    """Group alias forms of one organisation; each group shows its most sourced full form."""
    groups: list[dict] = []
    for v in sorted(values, key=lambda v: (-_n(v), -len(str(v["value"])))):
        k = name_key(str(v["value"]), "union" if kind == "unions" else "employer")
        for g in groups:
            if any(name_match(k, other) == 1.0 for other in g["keys"]):
                break
        else:
            g = {"keys": [], "forms": []}
            groups.append(g)
        g["keys"].append(k)
        g["forms"].append(v)
    # a name without a local ("Washington Federation of Nurses") is the local's organisation
    # when the dispute names exactly one local of it ("WFN Local 1204")
    for g in [g for g in groups if not any(k.local for k in g["keys"])]:
        homes = [h for h in groups if h is not g and any(k.local for k in h["keys"])
                 and any(name_match(k, o) >= 0.8 for k in g["keys"] for o in h["keys"])]
        if len(homes) == 1:
            homes[0]["keys"] += g["keys"]
            homes[0]["forms"] += g["forms"]
            groups.remove(g)
    out = []
    for g in groups:
        arts: list[str] = []
        evs: list[dict] = []
        for v in g["forms"]:
            arts += [a for a in v["articles"] if a not in arts]
            evs += [e for e in v["evidence"] if e not in evs]
        # most sourced full form (an acronym only when nothing else), ties: the longest
        has_local = {id(v): bool(k.local) for k, v in zip(g["keys"], g["forms"])}
        name = max(g["forms"], key=lambda v: (len(str(v["value"]).split()) > 1,
                                              has_local[id(v)], _n(v),
                                              len(str(v["value"])), str(v["value"])))["value"]
        out.append({"value": name, "aliases": sorted({v["value"] for v in g["forms"]} - {name}),
                    "articles": arts, "evidence": evs,
                    "latest": max(v["latest"] for v in g["forms"])})
    out.sort(key=lambda v: (-_n(v), v["value"]))
    return out


def _strip(values: list[dict]) -> list[dict]:
    return [{k: v for k, v in x.items() if k not in ("latest", "order")}
            | {"published": x["latest"] or None}
            for x in values]


# --- the record ------------------------------------------------------------------------------
def _index_articles(articles) -> dict[str, Article]:
    if not articles:
        return {}
    if isinstance(articles, Mapping):
        return dict(articles)
    return {a.id: a for a in articles}


def _title(employers: list[str], unions: list[str], action: str | None) -> str:
    who = " — ".join(x for x in (employers[0] if employers else None,
                                  unions[0] if unions else None) if x)
    return f"{who or 'Unnamed dispute'} {action or 'labor action'}"


def _days(a: str | None, b: str | None) -> int | None:
    try:
        d = (date.fromisoformat(b) - date.fromisoformat(a)).days + 1
    except (TypeError, ValueError):
        return None
    return d if d > 0 else None


# --- roundups: the part of an article about this dispute -------------------------------------
def _forms(names: Iterable[str]) -> set[str]:
    """The ways a name may appear in text: itself, "Local N", its acronym."""
    out: set[str] = set()
    for n in names:
        n = str(n).strip()
        if not n:
            continue
        out.add(n)
        k = name_key(n)
        if k.local:
            out.add(f"Local {k.local}")
        if k.acro and len(k.acro) >= 3:
            out.add(k.acro.upper())
    return out


def _find_all(text: str, forms: Iterable[str]) -> list[int]:
    pos: list[int] = []
    for form in forms:
        pat = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)",
                         0 if form.isupper() else re.IGNORECASE)
        pos.extend(m.start() for m in pat.finditer(text))
    return pos


def _names(facts_list: Iterable[ArticleFacts]) -> list[str]:
    return [str(x.value) for f in facts_list for x in (*f.employers, *f.unions)
            if x.value not in (None, "")]


def _is_ours(name: str, ours: list) -> bool:
    k = name_key(name)
    return any(name_match(k, o) >= 0.8 for o in ours)


def own_part(facts: ArticleFacts, our_names: Iterable[str], article: Article | None = None,
             other_names: Iterable[str] = ()) -> ArticleFacts:
    """The facts of a roundup article that are about the dispute whose parties are
    ``our_names`` (see the module docstring). ``other_names``: parties of the other disputes
    it mentions."""
    our_names = list(our_names)
    ours = [name_key(n) for n in our_names]
    foreign = [n for n in _names([facts]) if not _is_ours(n, ours)] + list(other_names)
    our_forms, their_forms = _forms(our_names), _forms(foreign) - _forms(our_names)
    text = article.text if article is not None else None
    if text:
        marks = sorted([(p, "ours") for p in _find_all(text, our_forms)]
                       + [(p, "theirs") for p in _find_all(text, their_forms)])
    cache: dict[tuple, str] = {}

    def label(ev) -> str:
        if ev is None:
            return "unknown"
        key = (ev.start, ev.sentence)
        if key in cache:
            return cache[key]
        found = {x for x, hit in (("ours", _find_all(ev.sentence, our_forms)),
                                  ("theirs", _find_all(ev.sentence, their_forms))) if hit}
        if len(found) == 1:
            got = found.pop()
        elif found:
            got = "both"
        elif text:
            at = text.find(ev.sentence, max(0, ev.start - len(ev.sentence) - 2))
            at = ev.start if at < 0 else at
            para = text.rfind("\n", 0, at) + 1
            before = [lab for p, lab in marks if para <= p < at]
            got = before[-1] if before else "unknown"
        else:
            got = "unknown"
        cache[key] = got
        return got

    def keep(x) -> bool:
        return label(getattr(x, "evidence", None)) == "ours"

    def one(x):
        return x if x is not None and keep(x) else None

    out = dataclasses.replace(facts)
    for name in ("action_type", "status", "start_date", "end_date", "participants",
                 "location", "industry", "wage_demand_pct", "wage_offer_pct"):
        setattr(out, name, one(getattr(facts, name)))
    for name in ("employers", "unions"):
        setattr(out, name, [x for x in getattr(facts, name)
                            if _is_ours(str(x.value), ours) and label(x.evidence) != "theirs"])
    for name in ("demands", "bargaining_events"):
        setattr(out, name, [x for x in getattr(facts, name) if keep(x)])
    out.events = [e for e in facts.events if keep(e)]
    out.proposals = [p for p in facts.proposals if keep(p)]
    return out


def _end_from_events(timeline: list[dict[str, Any]], start: str | None
                     ) -> tuple[str, dict[str, Any]] | None:
    """The end date of an ended action that no article states: the day before the return to
    work, else the ratification or tentative agreement, each dated on or after the start."""
    for kind, back in (("return_to_work", 1), ("ratification", 0), ("tentative_agreement", 0)):
        for e in timeline:
            if e["kind"] == kind and e.get("date") and (not start or e["date"] >= start):
                try:
                    d = (date.fromisoformat(e["date"]) - timedelta(days=back)).isoformat()
                except ValueError:
                    continue
                if start and d < start:
                    d = start
                return d, e
    return None


def consolidate(dispute_id: str, facts_list: Iterable[ArticleFacts],
                articles: Iterable[Article] | Mapping[str, Article] | None = None,
                corrections: Iterable[dict] = (), *, copies: Mapping[str, str] | None = None,
                also_mentions: Mapping[str, list[str]] | None = None,
                other_names: Iterable[str] = ()) -> dict[str, Any]:
    """The dispute record (JSON-able) for ``facts_list``. ``copies`` (``{copy: original}``)
    defaults to :func:`~picketline.link.near_duplicates` over ``articles`` when given.
    ``other_names``: the parties of the disputes its roundup articles also mention."""
    facts_list = sorted(facts_list, key=lambda f: (_pub(f) or "9999", f.id))
    arts = _index_articles(articles)
    member_ids = [f.id for f in facts_list]
    if copies is None:
        copies = near_duplicates([arts[i] for i in member_ids if i in arts]) if arts else {}
    copies = {c: o for c, o in copies.items() if c in member_ids}
    roundups = {a: list(v) for a, v in (also_mentions or {}).items() if a in member_ids and v}
    counted = [f for f in facts_list if f.id not in copies]
    core = [f for f in counted if f.id not in roundups] or counted
    last_reported = max((_pub(f)[:10] for f in facts_list if _pub(f)), default=None)
    our_names = _names(core) if core is not counted else []
    if roundups and our_names:  # a roundup counts for the part of it about this dispute
        other = list(other_names)
        parts = {f.id: own_part(f, our_names, arts.get(f.id), other)
                 for f in facts_list if f.id in roundups}
        facts_list = [parts.get(f.id, f) for f in facts_list]
        counted = [f for f in facts_list if f.id not in copies]
        core = counted

    facts: dict[str, dict[str, Any]] = {}
    conflicts: list[dict[str, Any]] = []
    chosen: dict[str, Any] = {}
    order = report_order(counted, arts)
    for name in FIELDS:
        values = _collect(core, name, order)
        if not values and core is not counted:
            values = _collect(counted, name, order)
        entry: dict[str, Any] = {"value": None, "rule": RULES[name], "values": []}
        conflict: list[dict] = []
        within = None
        if name in NAME_LISTS:
            grouped = _group_names(values, name)
            entry["value"] = [g["value"] for g in grouped]
            entry["values"] = _strip(grouped)
        elif name in CATEGORY_LISTS:
            values.sort(key=lambda v: (-_n(v), str(v["value"])))
            entry["value"] = [v["value"] for v in values]
            entry["values"] = _strip(values)
        elif values:
            if name in LATEST:
                entry["value"], conflict = _choose_latest(values)
            elif name == "participants":
                entry["value"], conflict, within = _choose_count(values)
            elif name in ("start_date", "end_date"):
                entry["value"], conflict = _choose_date(values, earliest=name == "start_date")
            elif name == "city" and chosen.get("state"):
                agreeing = [f for f in core if not f.location or not f.location.value
                            or f.location.value.state in (None, chosen["state"])]
                pool = _collect(agreeing, "city") or values
                entry["value"], _ = _choose_most_sourced(pool)
                conflict = values if len(values) > 1 else []
            else:
                entry["value"], conflict = _choose_most_sourced(values)
            entry["values"] = _strip(sorted(values, key=lambda v: (-_n(v), str(v["value"]))))
        entry["conflict"] = bool(conflict)
        if conflict:
            c = {"field": name, "chosen": entry["value"], "values": _strip(conflict)}
            if within is not None:
                c["within_tolerance"] = within
            conflicts.append(c)
        facts[name] = entry
        chosen[name] = entry["value"]

    timeline = build_timeline(facts_list, copies)
    if facts["end_date"]["value"] is None and facts["status"]["value"] == "ended":
        derived = _end_from_events(timeline, facts["start_date"]["value"])
        if derived:
            day, e = derived
            facts["end_date"].update(
                value=day, rule="derived from the " + e["kind"].replace("_", " "),
                derived={"from": e["kind"], "date": e["date"], "sources": e["sources"]})
    record: dict[str, Any] = {
        "id": dispute_id,
        "article_ids": member_ids,
        "copies": dict(copies),
        "also_mentions": roundups,
        "facts": facts,
        "conflicts": conflicts,
        # same-day proposals in report order, so the costing's latest (the one listed last)
        # is the one the offer figure and words come from
        "proposals": _proposals(sorted(counted, key=lambda f: order[f.id])),
        "timeline": timeline,
        "waves": waves(timeline),
        "last_reported": last_reported,
        "demand_offer_history": demand_offer_history(facts_list, copies),
        "sources": _sources(facts_list, arts, copies, roundups),
        "corrections": [],
    }
    _flatten(record)
    apply_corrections(record, corrections)
    return record


def _proposals(facts_list: list[ArticleFacts]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in facts_list:
        for p in f.proposals:
            d = p.to_dict()
            ev = d.pop("evidence")
            for o in out:
                if all(o[k] == v for k, v in d.items() if k not in ("date",)):
                    break
            else:
                o = {**d, "articles": [], "sources": []}
                out.append(o)
            if f.id not in o["articles"]:
                o["articles"].append(f.id)
            if ev and ev not in o["sources"]:
                o["sources"].append(ev)
    return out


def _sources(facts_list, arts, copies, roundups) -> list[dict[str, Any]]:
    out = []
    for f in facts_list:
        a = arts.get(f.id)
        out.append({"article_id": f.id,
                    "title": (a.title if a else None) or f.title,
                    "url": a.url if a else None,
                    "source": a.source if a else None,
                    "published": _pub(f) or (a.published if a else None),
                    "copy_of": copies.get(f.id),
                    "also_mentions": roundups.get(f.id, [])})
    return out


def _flatten(record: dict[str, Any]) -> None:
    """Copy each field's chosen value to the top level (the keys the Store indexes)."""
    facts = record["facts"]
    for name in FIELDS:
        record[name] = facts[name]["value"]
    record["employer"] = record["employers"][0] if record["employers"] else None
    record["union"] = record["unions"][0] if record["unions"] else None
    record["location"] = {k: record[k] for k in ("city", "state", "country")}
    record["duration_days"] = _days(record["start_date"], record["end_date"])
    record["title"] = _title(record["employers"], record["unions"], record["action_type"])
    history = record.get("demand_offer_history") or []
    for side, name, key in (("union", "wage_demand_pct", "demand_text"),
                            ("employer", "wage_offer_pct", "offer_text")):
        entry = facts[name]
        p = shown_proposal(history, side, entry)
        if "corrected" in entry and entry["value"] is not None and p is not None and (
                p.get("pct") != entry["value"]):  # the chart and history show it too
            p.setdefault("extracted_pct", p.get("pct"))
            p.update(pct=float(entry["value"]), corrected=True)
        elif p is None and entry["value"] is not None:
            p = {"pct": entry["value"], "corrected": "corrected" in entry}
        record[key] = proposal_text(p)


def shown_proposal(history: list[dict[str, Any]], side: str, entry: dict[str, Any]
                   ) -> dict[str, Any] | None:
    """The ``demand_offer_history`` entry whose words go with the side's chosen wage figure
    (``entry``: ``facts.wage_offer_pct`` or ``facts.wage_demand_pct``): one stating that
    figure (the extracted one when corrected), preferably from an article that gave it, the
    latest reported of them (:func:`~picketline.timeline.latest_proposal`); None when no entry
    states it (the words are then the figure alone), so a figure never shows another report's
    terms. Without a figure (articles that give only structured proposals), the latest
    proposal."""
    value = entry.get("extracted", entry.get("value")) if "corrected" in entry else \
        entry.get("value")
    mine = [e for e in history if e.get("side") == side]
    if value is None:
        return latest_proposal(mine, side)
    try:
        figure = float(value)
    except (TypeError, ValueError):
        return None
    same = [e for e in mine if e.get("extracted_pct", e.get("pct")) is not None
            and abs(float(e.get("extracted_pct", e.get("pct"))) - figure) < 1e-9]
    gave = {a for v in entry.get("values") or [] if v.get("value") == value
            for a in v.get("articles") or []}
    return latest_proposal([e for e in same if gave & set(e.get("articles") or [])]
                           or same, side)


# --- corrections ---------------------------------------------------------------------------
_ALIASES = ALIASES


def coerce(field: str, value: Any) -> Any:
    """A corrected value in the field's canonical type (corrections may arrive as text).
    Raises :class:`~picketline.validate.CorrectionError` (a ``ValueError`` naming the field
    and what it allows) for a value that is not allowed: see :mod:`picketline.validate`."""
    return correction_value(field, value)


def apply_corrections(record: dict[str, Any], corrections: Iterable[dict]) -> dict[str, Any]:
    """Apply ``correct`` and ``confirm`` rows for this dispute, oldest first; the last wins.

    A stored correction whose value is not allowed (an older version stored it unchecked) is
    not applied: the field keeps its value and gets ``invalid_correction: {value, error,
    author, at, id}``, and the row is listed in ``corrections`` with ``invalid`` (its message),
    so pages and exports show it as invalid and a reviewer can correct the field."""
    facts = record["facts"]
    for row in corrections:
        if row.get("target", "dispute") != "dispute" or row.get("target_id") not in (
                None, record["id"]):
            continue
        action = row.get("action", "correct")
        field = _ALIASES.get(row.get("field"), row.get("field"))
        if field not in facts or action not in ("correct", "confirm"):
            continue
        entry = facts[field]
        at = row.get("created_at")
        applied = {k: json_safe(row.get(k)) for k in (
            "id", "field", "action", "old_value", "new_value", "author", "created_at")}
        if action == "confirm":
            entry["confirmed"] = {"value": entry["value"], "author": row.get("author"), "at": at}
            entry.pop("invalid_correction", None)
        else:
            new, error = check_stored(field, row.get("new_value"))
            if error is not None:
                entry["invalid_correction"] = {"value": json_safe(row.get("new_value")),
                                               "error": error,
                                               "author": row.get("author"), "at": at,
                                               "id": row.get("id")}
                applied["invalid"] = error
                record["corrections"].append(applied)
                continue
            old, bad_old = check_stored(field, row.get("old_value"))
            entry.setdefault("extracted", entry["value"])
            entry["corrected"] = {"old": old if row.get("old_value") is not None
                                  and bad_old is None else entry["value"],
                                  "new": new, "author": row.get("author"), "at": at}
            entry["value"] = new
            entry.pop("confirmed", None)
            entry.pop("invalid_correction", None)
        record["corrections"].append(applied)
    _flatten(record)
    return record
