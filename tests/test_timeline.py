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


# --- an undated event the article places in a period ("reached an impasse ... last week") ----
def test_relative_period_reads_the_sentence_against_the_article_day():
    from picketline.timeline import relative_period
    tue = "2024-05-14"  # a Tuesday
    assert relative_period("They reached an impasse last week.", tue) == {
        "from": "2024-05-06", "to": "2024-05-12", "text": "week of 2024-05-06"}
    assert relative_period("talks broke down earlier this week", tue)["from"] == "2024-05-13"
    assert relative_period("talks broke down earlier this week", "2024-05-13") is None
    assert relative_period("a rally last weekend", tue) == {
        "from": "2024-05-11", "to": "2024-05-12", "text": "weekend of 2024-05-11"}
    assert relative_period("the contract expired last month", tue) == {
        "from": "2024-04-01", "to": "2024-04-30", "text": "2024-04"}
    assert relative_period("the week before, mediators met", "2024-01-03")["from"] == \
        "2023-12-25"
    assert relative_period("They reached an impasse.", tue) is None
    assert relative_period("last week", None) is None and relative_period(None, tue) is None


def test_an_impasse_reached_last_week_is_dated_by_that_week_not_by_the_article():
    from picketline.timeline import when_text
    said = "The strike follows an impasse the two sides reached last week, the union said."
    a = ArticleFacts(id="a", published=Fact("2024-05-14"), events=[
        Event("impasse", None, ev("a", said)),
        Event("mediation", None, ev("a", "A mediator has been asked to help."))],
        start_date=Fact("2024-05-15", ev("a", "Drivers walk out Wednesday.")))
    b = ArticleFacts(id="b", published=Fact("2024-05-16"), events=[
        Event("impasse", None, ev("b", "Since the impasse, no talks are scheduled."))])
    tl = build_timeline([b, a])
    assert [when_text(e) for e in tl] == ["week of 2024-05-06", "2024-05-15", "by 2024-05-14"]
    imp = tl[0]
    assert imp["kind"] == "impasse" and imp["date"] is None and imp["by"] == "2024-05-14"
    assert imp["during"] == {"from": "2024-05-06", "to": "2024-05-12",
                             "text": "week of 2024-05-06", "article_id": "a"}
    assert imp["sources"][0]["sentence"] == said  # the sentence that says when comes first
    assert imp["articles"] == ["a", "b"]
    assert tl[2]["kind"] == "mediation" and "during" not in tl[2]
    assert when_text({"date": None}) == "undated"


HARBOR = """date 2024-05-14 Harbor City bus drivers to strike Wednesday
Bus drivers at the Harbor City Transit Authority will walk off the job Wednesday, Amalgamated \
Transit Union Local 1877 said on Tuesday, after the two sides reached an impasse in contract \
talks last week.

About 900 drivers and mechanics are represented by Local 1877 in Harbor City, Oregon. The union \
is seeking a 14% raise over three years; the transit authority has offered 6%.
"""


def test_last_week_on_the_dispute_page_and_in_show(tmp_path):
    """The real pipeline over an article of ours: the impasse it reports as reached "last
    week" shows as the week before the article, with its sentence, on the dispute page and
    in ``picketline show``."""
    import os
    import subprocess

    from fastapi.testclient import TestClient

    from picketline import api
    from picketline.pipeline import run_ingest
    from picketline.store import Store
    from picketline.web import create_app
    from tests.support import cli

    (tmp_path / "harbor.txt").write_text(HARBOR, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'h.db'}"
    with Store(url) as st:
        run_ingest([tmp_path / "harbor.txt"], st)
        (row,) = api.list_disputes(st, limit=None)
        imp = [e for e in api.get_dispute(st, row["id"])["timeline"] if e["kind"] == "impasse"]
    assert imp and imp[0]["during"]["text"] == "week of 2024-05-06"
    with TestClient(create_app(url, token=None)) as c:
        page = c.get(f"/disputes/{row['id']}").text
    assert '<time datetime="2024-05-06" title="2024-05-06 to 2024-05-12">week of 2024-05-06' \
        in page
    assert "reached an impasse in contract talks last week" in page
    assert "by 2024-05-14" not in page
    out = subprocess.run(cli("show", row["id"], "--db", url), capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "200"}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "week of 2024-05-06" in out.stdout
