#!/usr/bin/env python3
"""Checks the tuneset: every article has a gold record with all SCHEMA.md fields and valid values."""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["id", "published", "is_labor_action", "dispute", "action_type", "status", "employers", "unions",
          "start_date", "end_date", "participants", "location", "industry", "demands", "wage_demand_pct",
          "wage_offer_pct", "bargaining_events"]
ENUMS = {
 "action_type": {"strike", "lockout", "protest", None},
 "status": {"threatened", "authorized", "scheduled", "ongoing", "ended", "averted", None},
 "industry": {"education", "health_care", "manufacturing", "transportation", "hospitality_food", "retail",
              "entertainment_media", "public_administration", "construction", "utilities_energy", "telecom_tech",
              "agriculture", "other", None},
}
DEMANDS = {"pay", "benefits", "staffing", "hours_scheduling", "health_safety", "job_security", "pensions_retirement",
           "union_recognition", "unfair_labor_practice", "working_conditions", "other"}
EVENTS = {"contract_expired", "strike_vote", "impasse", "mediation", "fact_finding", "ulp_charge",
          "tentative_agreement", "ratification", "return_to_work"}
DATED = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2}) \S")


def check_date(v):
    return v is None or (isinstance(v, str) and dt.date.fromisoformat(v).isoformat() == v)


def main():
    errors = []
    arts = sorted((HERE / "articles").glob("*.txt"))
    undated = 0
    for a in arts:
        text = a.read_text(encoding="utf-8")
        first, body = text.split("\n", 1)
        m = DATED.match(first)
        undated += not m
        words = len(body.split())
        if not 200 <= words <= 700:
            errors.append(f"{a.name}: body has {words} words")
        g = HERE / "gold" / f"{a.stem}.json"
        if not g.exists():
            errors.append(f"{a.name}: no gold")
            continue
        rec = json.loads(g.read_text())
        if list(rec) != FIELDS:
            errors.append(f"{g.name}: fields {list(rec)}")
        if rec["id"] != a.stem:
            errors.append(f"{g.name}: id")
        if m and rec["published"] != m.group(1):
            errors.append(f"{g.name}: published {rec['published']} != header {m.group(1)}")
        for f in ("published", "start_date", "end_date"):
            if not check_date(rec[f]):
                errors.append(f"{g.name}: bad date {f}")
        for f, allowed in ENUMS.items():
            if rec[f] not in allowed:
                errors.append(f"{g.name}: {f}={rec[f]!r}")
        if not set(rec["demands"]) <= DEMANDS or not set(rec["bargaining_events"]) <= EVENTS:
            errors.append(f"{g.name}: demands/events outside the lists")
        if set(rec["location"]) != {"city", "state", "country"}:
            errors.append(f"{g.name}: location keys")
        if not isinstance(rec["is_labor_action"], bool):
            errors.append(f"{g.name}: is_labor_action not bool")
        if rec["is_labor_action"]:
            if not (rec["dispute"] and rec["action_type"] and rec["status"]):
                errors.append(f"{g.name}: labor record lacks dispute/action_type/status")
        elif any(rec[f] not in (None, []) for f in FIELDS[3:] if f != "location"):
            errors.append(f"{g.name}: non-labor record has action fields")
        if rec["start_date"] and rec["end_date"] and rec["end_date"] < rec["start_date"]:
            errors.append(f"{g.name}: end before start")
    golds = {p.stem for p in (HERE / "gold").glob("*.json")}
    if golds != {a.stem for a in arts}:
        errors.append("gold/article id sets differ")
    print(f"{len(arts)} articles, {undated} undated; {len(errors)} problems")
    for e in errors:
        print(" ", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
