"""Dispute timelines: events from several articles, merged, sourced, in date order."""
from __future__ import annotations

from picketline.model import ArticleFacts, Event, Evidence, Fact, Proposal
from picketline.timeline import build_timeline, compatible, demand_offer_history


def ev(aid, s):
    return Evidence(aid, 5, 5 + len(s), s)


def test_same_event_in_two_articles_is_one_entry_with_both_sources():
    a = ArticleFacts(id="a", published=Fact("2024-04-02"), events=[
        Event("strike_vote", "2024-03-28", ev("a", "Members voted 94% to authorize a strike."),
              "94%"),
        Event("mediation", "2024-04-01", ev("a", "A state mediator met both sides Monday."),
              "state mediator"),
    ], start_date=Fact("2024-04-09", ev("a", "The strike would begin April 9.")))
    b = ArticleFacts(id="b", published=Fact("2024-04-10"), events=[
        Event("strike_vote", "2024-03-28", ev("b", "After a 94 percent strike vote last month"),
              "94 percent"),
        Event("announced", None, ev("b", "The union announced the walkout.")),
    ], start_date=Fact("2024-04-09", ev("b", "The strike began Tuesday.")),
        end_date=Fact("2024-04-11", ev("b", "It is set to end Thursday.")),
        wage_demand_pct=Fact(12.0, ev("b", "The union seeks 12%.")))
    tl = build_timeline([a, b])
    kinds = [(e["date"], e["kind"]) for e in tl]
    assert kinds == [("2024-03-28", "strike_vote"), ("2024-04-01", "mediation"),
                     ("2024-04-09", "start"), ("2024-04-10", "demand"),
                     ("2024-04-11", "end"), (None, "announced")]
    vote = tl[0]
    assert vote["articles"] == ["a", "b"] and len(vote["sources"]) == 2
    assert tl[2]["articles"] == ["a", "b"]  # the derived start event, reported twice
    assert tl[3]["detail"] == "12%" and tl[3]["side"] == "union"


def test_incompatible_details_stay_apart_and_copies_are_skipped():
    a = ArticleFacts(id="a", events=[Event("offer", "2024-05-01", None, "5%", "employer")])
    b = ArticleFacts(id="b", events=[Event("offer", "2024-05-01", None, "7%", "employer")])
    c = ArticleFacts(id="c", events=[Event("offer", "2024-05-01", None, "9%", "employer")])
    tl = build_timeline([a, b, c], copies={"c"})
    assert sorted(e["detail"] for e in tl) == ["5%", "7%"]
    assert compatible("3 percent", "3%") and not compatible("3%", "4%")
    assert compatible("Mayor Jane Roe", "Roe") and compatible(None, "x")


def test_demand_offer_history_lists_who_proposed_what_when():
    a = ArticleFacts(id="a", published=Fact("2024-02-01"),
                     wage_demand_pct=Fact(15.0), wage_offer_pct=Fact(4.0))
    b = ArticleFacts(id="b", published=Fact("2024-02-20"), proposals=[
        Proposal("employer", 6.0, years=2, date="2024-02-18"),
        Proposal("union", 15.0)])
    h = demand_offer_history([b, a])
    assert [(x["date"], x["side"], x["pct"]) for x in h] == [
        ("2024-02-01", "employer", 4.0), ("2024-02-01", "union", 15.0),
        ("2024-02-18", "employer", 6.0)]
    union = h[1]
    assert union["articles"] == ["b", "a"] and union["reported"] == ["2024-02-01", "2024-02-20"]
    assert h[2]["years"] == 2
