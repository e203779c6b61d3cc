"""Proposals in plain words, costing that honours multi-year terms, timelines of events (not
reports), roundup attribution and "Strike lawful?" answers (issue 15). Fixture text is our
own."""
from __future__ import annotations

from pathlib import Path

from picketline.consolidate import consolidate, own_part
from picketline.link import DisputeKey, assign_detail, name_key
from picketline.model import Article, ArticleFacts, Event, Evidence, Fact, Proposal
from picketline.process.costing import cost_dispute, read_roster
from picketline.timeline import build_timeline, proposal_text

ROSTER = Path(__file__).resolve().parents[1] / "picketline" / "data" / "sample" / \
    "roster-example.csv"


def _ev(aid, s, start=0):
    return Evidence(aid, start, start + len(s), s)


def test_proposals_in_plain_words():
    assert proposal_text({"pct": 30.0, "hourly_adder": 2.0,
                          "adder_group": "lowest paid workers"}) == \
        "30% raise, + $2/h for the lowest paid workers"
    assert proposal_text({"pct": 23.0, "years": 5, "bonus_pct": 3.0}) == \
        "23% over 5 years + 3% one-time bonus"
    assert proposal_text({"hourly_adder": 0.75}) == "+ 75¢/h"
    assert proposal_text({"pct": 22.0, "corrected": True}) == "22% raise (corrected)"
    assert proposal_text(None) is None


def test_same_day_proposal_without_a_term_does_not_hide_the_term():
    s1 = "The district has promised a 23% raise over the next five years."
    s2 = "The district offered a 23% raise and a 3% bonus."
    a = ArticleFacts(id="a", published=Fact("2024-09-12"), proposals=[
        Proposal("employer", 23.0, years=5, date="2024-09-12", evidence=_ev("a", s1)),
        Proposal("union", 30.0, date="2024-09-12", evidence=_ev("a", "It wants 30%."))])
    b = ArticleFacts(id="b", published=Fact("2024-09-12"), proposals=[
        Proposal("employer", 23.0, bonus_pct=3.0, date="2024-09-12", evidence=_ev("b", s2))])
    d = consolidate("d", [a, b])
    assert d["offer_text"] == "23% over 5 years + 3% one-time bonus"
    assert d["demand_text"] == "30% raise"
    c = cost_dispute(d, read_roster(ROSTER), source="roster-example.csv")
    emp = c["sides"]["employer"]["proposal"]
    assert emp["years"] == 5 and emp["bonus_pct"] == 3.0
    assert c["horizon_years"] == 5
    # 23% over five years is 23/5 % in year 1 (compounded), not 23%
    assert abs(c["sides"]["employer"]["years"][0]["wage_factor"] - 1.046) < 1e-9
    notes = " ".join(c["notes"])
    assert f'employer: costed 23% over 5 years + 3% one-time bonus from "{s1}"' in notes
    assert "union: the term of the 30% was not reported" in notes


def test_example_roster_ships_and_reads():
    rows = read_roster(ROSTER)
    assert len(rows) >= 3 and all(r.headcount > 0 and r.hourly_wage > 0 for r in rows)


def test_timeline_lists_events_not_reports():
    early = "Workers will strike after reaching an impasse in talks last week."
    later = "The union leader spoke Wednesday of the current impasse."
    a = ArticleFacts(id="a", published=Fact("2024-10-07"), events=[
        Event("impasse", None, _ev("a", early)),
        Event("rally", None, _ev("a", "Hundreds rallied."))],
        wage_demand_pct=Fact(12.0, _ev("a", "They want 12%.")))
    b = ArticleFacts(id="b", published=Fact("2024-10-10"), events=[
        Event("impasse", "2024-10-09", _ev("b", later)),
        Event("rally", "2024-10-08", _ev("b", "They rallied Tuesday.")),
        Event("rally", None, _ev("b", "More rallies came."))],
        wage_demand_pct=Fact(12.0, _ev("b", "The union seeks 12%.")))
    tl = build_timeline([a, b])
    kinds = [(e["kind"], e["date"]) for e in tl]
    assert kinds.count(("demand", "2024-10-07")) == 1 and len(
        [e for e in tl if e["kind"] == "demand"]) == 1  # one demand, dated by its first report
    imp = [e for e in tl if e["kind"] == "impasse"]
    assert len(imp) == 1 and imp[0]["date"] is None and imp[0]["by"] == "2024-10-07"
    assert imp[0]["articles"] == ["a", "b"]
    rallies = [e for e in tl if e["kind"] == "rally"]
    # the undated rally of b (published 10-10) joins the 10-08 rally; a's (10-07) cannot
    assert [(r["date"], r["articles"]) for r in rallies] == [
        ("2024-10-08", ["b"]), (None, ["a"])]


def test_waves_of_a_multi_wave_strike():
    a = ArticleFacts(id="a", events=[Event("start", "2024-01-09"), Event("end", "2024-01-12"),
                                     Event("start", "2024-02-20"), Event("end", "2024-02-22")])
    d = consolidate("w", [a])
    assert d["waves"] == [{"start": "2024-01-09", "end": "2024-01-12"},
                          {"start": "2024-02-20", "end": "2024-02-22"}]


ROUNDUP = ("Labor week: mill talks go on; port dispute drags\n"
           "Eugene\n"
           "Millworkers Local 12 and Quarry Ridge Mills met a mediator Monday. "
           "The union now asks 9% over two years.\n"
           "Coos Bay\n"
           "The lockout of 300 members of Dockers Local 5 at Harbor Freight Terminals entered "
           "its tenth day. The company offers 4%.\n")


def _at(text, s):
    return Evidence("r", text.index(s), text.index(s) + len(s), s)


def test_roundup_counts_only_for_its_part_about_the_dispute():
    t = ROUNDUP
    s_med = "Millworkers Local 12 and Quarry Ridge Mills met a mediator Monday."
    s_ask = "The union now asks 9% over two years."
    s_lock = ("The lockout of 300 members of Dockers Local 5 at Harbor Freight Terminals "
              "entered its tenth day.")
    s_off = "The company offers 4%."
    head = "Labor week: mill talks go on; port dispute drags"
    f = ArticleFacts(
        id="r", published=Fact("2024-06-14"), is_labor_action=Fact(True),
        action_type=Fact("lockout", _at(t, head)), status=Fact("ongoing", _at(t, head)),
        employers=[Fact("Quarry Ridge Mills", _at(t, s_med))],
        unions=[Fact("Millworkers Local 12", _at(t, s_med)),
                Fact("Dockers Local 5", _at(t, s_lock))],
        participants=Fact(300, _at(t, s_lock)), start_date=Fact("2024-06-04", _at(t, s_lock)),
        wage_demand_pct=Fact(9.0, _at(t, s_ask)), wage_offer_pct=Fact(4.0, _at(t, s_off)),
        events=[Event("mediation", "2024-06-10", _at(t, s_med))])
    part = own_part(f, ["Quarry Ridge Mills", "Millworkers Local 12"],
                    Article(id="r", text=t))
    assert [u.value for u in part.unions] == ["Millworkers Local 12"]
    assert part.participants is None and part.start_date is None
    assert part.action_type is None and part.status is None  # the headline names both
    assert part.wage_demand_pct.value == 9.0 and part.wage_offer_pct is None
    assert [e.kind for e in part.events] == ["mediation"]


def test_an_article_naming_another_disputes_local_is_a_roundup():
    mills = DisputeKey("mills", employers=[name_key("Quarry Ridge Mills", "employer")],
                       unions=[name_key("Millworkers Local 12")], states=["OR"],
                       first="2024-06-01", last="2024-06-10")
    port = DisputeKey("port", employers=[name_key("Harbor Freight Terminals", "employer")],
                      unions=[name_key("Dockers Local 5")], states=["OR"],
                      first="2024-06-04", last="2024-06-10")
    f = ArticleFacts(id="r", published=Fact("2024-06-14"), is_labor_action=Fact(True),
                     employers=[Fact("Quarry Ridge Mills")],
                     unions=[Fact("Millworkers Local 12"), Fact("Dockers Local 5")])
    a = assign_detail(f, [mills, port])
    assert a.dispute_id == "mills" and a.also_mentions == ["port"]
    assert name_key("Dockers Local 5") not in mills.unions  # its names are not absorbed
