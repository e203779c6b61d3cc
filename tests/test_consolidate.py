"""Consolidating a dispute's articles: chosen values, conflicts, copies, roundups, corrections."""
from __future__ import annotations

import json

from picketline.consolidate import consolidate
from picketline.model import Article, ArticleFacts, Evidence, Fact, Location, Proposal


def ev(aid, sentence):
    return Evidence(aid, 0, len(sentence), sentence)


def mk(aid, published, **kw):
    f = ArticleFacts(id=aid, published=Fact(published), is_labor_action=Fact(True),
                     title=f"Story {aid}")
    for name, value in kw.items():
        sent = f"{aid} says {name} is {value}."
        if name in ("employers", "unions", "demands", "bargaining_events"):
            setattr(f, name, [Fact(v, ev(aid, sent)) for v in value])
        elif name == "location":
            f.location = Fact(Location(*value), ev(aid, sent))
        elif name == "proposals":
            f.proposals = value
        else:
            setattr(f, name, Fact(value, ev(aid, sent)))
    return f


ARTS = [
    mk("a1", "2024-03-01", status="authorized", employers=["Harbor City Unified School District"],
       unions=["Harbor City Teachers Association"], participants=34000, action_type="strike",
       location=("Harbor City", "CA", "US"), industry="education", demands=["pay", "staffing"],
       wage_demand_pct=20.0, wage_offer_pct=8.0, start_date="2024-03-12"),
    mk("a2", "2024-03-08", status="scheduled", employers=["HCUSD"],
       unions=["HCTA", "SEIU Local 1021"], participants=35000, action_type="strike",
       location=("Harbor City", "CA", "US"), industry="education", demands=["pay"],
       wage_offer_pct=10.0, start_date="2024-03-12", end_date="2024-03-14"),
    mk("a3", "2024-03-13", status="ongoing", employers=["Harbor City Unified School District"],
       unions=["Local 1021 of the Service Employees International Union"],
       participants=65000, location=(None, "CA", "US"), start_date="2024-03-11",
       end_date="2024-03-15", bargaining_events=["mediation"]),
]


def test_chosen_values_follow_the_documented_rules():
    d = consolidate("hc-2024-03", ARTS)
    json.dumps(d)  # JSON-able
    assert d["status"] == "ongoing"  # latest statement
    assert d["wage_offer_pct"] == 10.0  # latest offer stated
    assert d["wage_demand_pct"] == 20.0
    assert d["start_date"] == "2024-03-11" and d["end_date"] == "2024-03-15"
    assert d["duration_days"] == 5
    assert d["employers"] == ["Harbor City Unified School District"]
    assert "HCUSD" in d["facts"]["employers"]["values"][0]["aliases"]
    # SEIU Local 1021 in two shapes is one union; HCTA and its acronym are one union
    assert len(d["unions"]) == 2
    assert d["city"] == "Harbor City" and d["state"] == "CA"
    assert d["demands"][0] == "pay"  # most sourced first
    assert d["title"] == ("Harbor City Unified School District — Harbor City Teachers "
                          "Association strike")
    assert d["employer"] == d["employers"][0] and d["union"] == d["unions"][0]
    for key in ("status", "action_type", "industry", "state", "city", "employer", "union",
                "start_date", "end_date", "participants", "title", "article_ids"):
        assert key in d


def test_every_value_keeps_its_articles_and_sentences():
    d = consolidate("hc-2024-03", ARTS)
    starts = {v["value"]: v for v in d["facts"]["start_date"]["values"]}
    assert starts["2024-03-12"]["articles"] == ["a1", "a2"]
    assert starts["2024-03-11"]["evidence"][0]["sentence"] == "a3 says start_date is 2024-03-11."


def test_conflicts_are_flagged_with_each_sides_sources():
    d = consolidate("hc-2024-03", ARTS)
    by_field = {c["field"]: c for c in d["conflicts"]}
    assert set(by_field) >= {"participants", "start_date", "end_date"}
    part = by_field["participants"]
    assert {v["value"] for v in part["values"]} == {34000, 35000, 65000}
    assert part["within_tolerance"] is False
    assert {v["value"]: v["articles"] for v in part["values"]}[65000] == ["a3"]
    # 34,000 and 35,000 agree within 5 % and outnumber 65,000
    assert d["participants"] in (34000, 35000)
    assert "status" not in by_field  # a status that changes over time is history
    assert "wage_offer_pct" not in by_field


def test_small_disagreement_is_still_shown_but_within_tolerance():
    d = consolidate("x", [mk("b1", "2024-01-02", participants=60000),
                          mk("b2", "2024-01-03", participants=61000)])
    (c,) = d["conflicts"]
    assert c["field"] == "participants" and c["within_tolerance"] is True
    d = consolidate("x", [mk("b1", "2024-01-02", participants=60000),
                          mk("b2", "2024-01-03", participants=65000)])
    assert d["conflicts"][0]["within_tolerance"] is False


def test_wire_copies_are_counted_once_and_listed_as_copies():
    text = ("Workers at the Gulf Shore Cannery walked out on Tuesday over heat in the plant "
            "and forced overtime, the union said, adding that talks had stalled for months "
            "and that pickets would stay up through the weekend at both gates.")
    arts = [Article("o", text, title="Cannery strike", url="https://news.example/o",
                    published="2024-07-02"),
            Article("c", text + " (Wire)", title="Cannery strike", published="2024-07-03"),
            Article("n", "Cannery workers stay out for a second week, with no talks set.",
                    published="2024-07-09")]
    facts = [mk("o", "2024-07-02", participants=400), mk("c", "2024-07-03", participants=400),
             mk("n", "2024-07-09", participants=450)]
    d = consolidate("gsc", facts, arts)
    assert d["copies"] == {"c": "o"}
    part = {v["value"]: v["articles"] for v in d["facts"]["participants"]["values"]}
    assert part == {400: ["o"], 450: ["n"]}
    src = {s["article_id"]: s for s in d["sources"]}
    assert src["c"]["copy_of"] == "o" and src["o"]["url"] == "https://news.example/o"


def test_roundup_article_values_only_fill_gaps():
    facts = [mk("r", "2024-02-02", participants=900, industry="retail"),
             mk("s", "2024-02-01", participants=120)]
    d = consolidate("x", facts, also_mentions={"r": ["other-dispute"]})
    assert d["participants"] == 120  # the roundup's figure is another dispute's
    assert d["industry"] == "retail"  # nothing else said it
    assert d["also_mentions"] == {"r": ["other-dispute"]}


def test_corrections_win_and_keep_the_extracted_value():
    rows = [
        {"id": 1, "target": "dispute", "target_id": "hc-2024-03", "field": "participants",
         "old_value": 34000, "new_value": "36,500", "author": "ana", "action": "correct",
         "created_at": "2024-04-01T10:00:00"},
        {"id": 2, "target": "dispute", "target_id": "hc-2024-03", "field": "status",
         "old_value": "ongoing", "new_value": "ongoing", "author": "bo", "action": "confirm",
         "created_at": "2024-04-01T11:00:00"},
        {"id": 3, "target": "dispute", "target_id": "other", "field": "status",
         "old_value": None, "new_value": "ended", "author": "x", "action": "correct",
         "created_at": "2024-04-01T11:00:00"},
    ]
    d = consolidate("hc-2024-03", ARTS, corrections=rows)
    assert d["participants"] == 36500
    p = d["facts"]["participants"]
    assert p["corrected"] == {"old": 34000, "new": 36500, "author": "ana",
                              "at": "2024-04-01T10:00:00"}
    assert p["extracted"] in (34000, 35000)
    assert d["facts"]["status"]["confirmed"]["author"] == "bo"
    assert d["status"] == "ongoing"  # the other dispute's correction is not applied here
    assert [c["id"] for c in d["corrections"]] == [1, 2]


def test_proposals_and_history_are_carried():
    p1 = Proposal("union", 20.0, years=3, evidence=ev("a1", "The union wants 20%."))
    p2 = Proposal("employer", 8.0, bonus_pct=2.0, evidence=ev("a2", "The district offers 8%."))
    facts = [mk("a1", "2024-03-01", proposals=[p1]), mk("a2", "2024-03-04", proposals=[p2])]
    d = consolidate("x", facts)
    assert [(p["side"], p["general_increase_pct"]) for p in d["proposals"]] == [
        ("union", 20.0), ("employer", 8.0)]
    assert [(h["date"], h["side"], h["pct"]) for h in d["demand_offer_history"]] == [
        ("2024-03-01", "union", 20.0), ("2024-03-04", "employer", 8.0)]
