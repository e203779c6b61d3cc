"""Labor action on wire and broadcast copy: actions reported inside business stories, and
look-alikes full of labor words (laws on strikes, deals struck, reviews of strike films).
Articles and sentences written for these tests (invented names), never taken from an
evaluation set."""
from __future__ import annotations

import pytest

from picketline.extract import classify
from picketline.model import Article
from picketline.nlp import Context


def story(headline: str, *body: str, date: str | None = "2004-11-10") -> Article:
    stamp = f"Published: {date}\n\n" if date else ""
    return Article(id="s", text=f"{headline}\n{stamp}" + "\n\n".join(body), published=date, title=headline)


def wire(headline: str, body: str, date: str = "1987-05-12") -> Article:
    text = f"date {date} {headline}\n" + "\n".join("    " + p for p in body.split("\n\n")) + "\n REUTER\n"
    return Article(id="w", text=text, published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


# --- an action reported inside a business story --------------------------------------------------
@pytest.mark.parametrize("still_on", [
    "The stoppage is now in its second week and the mill is running at half capacity.",
    "The strikers have been out since September 14 and no talks are planned.",
    "The strike, now in its fourth week, has halted all shipments from the works.",
])
def test_a_results_story_about_a_strike_still_on_is_labor(still_on):
    a = wire("BRANDT MILLS SAYS STRIKE WILL CUT THIRD QUARTER EARNINGS", "\n\n".join([
        "OSLO FALLS, Ore., Oct 20 - Brandt Mills Inc, the paper maker, said a strike at its "
        "biggest mill will cut third-quarter earnings by about 20 cts a share.",
        "About 900 members of Paperworkers Local 88 struck the mill on September 14, the day after their "
        "contract expired.",
        still_on,
        "The union is seeking a 5 pct pay rise and the company has offered 2 pct.",
        "Brandt earned 1.10 dlrs a share in the third quarter of 1986 on sales of 210 mln dlrs.",
        "Its shares fell 3/4 to 31-1/2 in over-the-counter trading, and analysts cut their "
        "estimates for the fourth quarter.",
        "The company said second-half profit would also fall short of last year's figure.",
    ]), date="1987-10-20")
    assert labor(a)


@pytest.mark.parametrize("past", [
    "The company said output recovered after a two-week strike at its engine plant in July.",
    "The bitter strike paralysed its engine plant in July before it was settled.",
])
def test_a_results_story_naming_a_past_strike_is_still_no_labor_story(past):
    a = wire("KESTREL MOTORS THIRD QUARTER NET RISES", "\n\n".join([
        "DETROIT, Oct 20 - Kestrel Motors Corp said third-quarter net profit rose 12 pct to "
        "88 mln dlrs, or 1.02 dlrs a share, from 79 mln dlrs a year earlier.",
        "Sales rose to 2.1 billion dlrs from 1.9 billion dlrs in the quarter, it said.",
        past,
        "Analysts had expected earnings of about 95 cts a share for the quarter.",
        "Nine-month earnings were 2.70 dlrs a share against 2.41 dlrs a year ago.",
    ]), date="1987-10-20")
    assert not labor(a)


@pytest.mark.parametrize("vote", [
    "Officials of the mining company said the 1,600 strikers voted yesterday to accept an "
    "8 pct pay rise, ending a three-week strike that began on May 2.",
    "The company said the 900 strikers had voted on Sunday to return to work, ending a "
    "ten-day strike.",
])
def test_strikers_ending_their_strike_in_a_market_story_is_labor(vote):
    a = wire("TIN STEADIES AS BOLIVIAN MINERS ACCEPT WAGE DEAL", "\n\n".join([
        "LONDON, May 25 - Tin prices steadied in London this morning after miners at a "
        "Bolivian mine accepted a new wage agreement, dealers said.",
        "Three-month tin was quoted at 4,210 stg a tonne at midday, little changed from Friday.",
        vote,
        "Output of about 40 tonnes a week should resume by the end of the month, it said.",
        "Dealers said the market would now look to stock figures due on Tuesday.",
        "Other metals were quiet in thin trading ahead of the holiday.",
        "Copper closed slightly lower on profit-taking.",
        "Zinc and lead were unchanged.",
    ]), date="1987-05-25")
    assert labor(a)


# --- look-alikes ------------------------------------------------------------------------------
@pytest.mark.parametrize("law", [
    "Deputies began debate today on a bill to reform the law governing trade unions, strikes "
    "and collective bargaining.",
    "The senate passed rules regulating union elections and strikes late on Tuesday.",
])
def test_a_law_on_labor_matters_listing_strikes_is_no_action(law):
    a = wire("SENATE DEBATES LABOUR LAW REFORM", "\n\n".join([
        "MONTEVALE, June 3 - " + law,
        "The bill would oblige unions in public utilities to keep a minimum service during "
        "strikes and would require secret ballots in union elections.",
        "Union leaders said the bill was an attack on workers but called no protest.",
        "The lower house approved the bill in March.",
    ]), date="1987-06-03")
    assert not labor(a)


@pytest.mark.parametrize("head", [
    "Budget carrier strikes pay deal with cabin crew",
    "Regional airline struck three-year wage accord with pilots",
])
def test_a_deal_struck_in_a_headline_is_no_action(head):
    a = story(head,
              "The carrier has agreed a new pay deal with its 300 cabin crew, ending months of "
              "talks.",
              "Members of the crew union approved the deal in a ballot, the union said on Monday.",
              "The chief executive said there had never been any question of industrial action.",
              "Shares in the airline rose 3% in Dublin.")
    assert not labor(a)


def test_a_review_of_a_strike_film_is_no_labor_story():
    a = story("Dock drama finds its heart on the picket line",
              "Thirty years after the great dock strike began, a new British film returns to "
              "the bitter summer of 1972 with anger and humour.",
              "The Long Quay, directed by a former docker, follows a family split when one son "
              "crosses the picket line and his brothers stay out.",
              "The scenes of pickets clashing with police at the dock gates are staged with real "
              "menace, and the film is at its best in the kitchens of the strikers' wives.",
              "Newcomer Ana Reilly is outstanding as the mother who joins a strike support group.",
              "The Long Quay opens in cinemas across the UK on Friday. It is rated 15.",
              date="2002-05-14")
    assert not labor(a)


def test_a_film_crew_strike_with_a_day_is_still_labor():
    a = story("Film crews strike over overtime pay",
              "Technicians on the set of a new British film walked out on Monday in a row over "
              "overtime pay, the Bectu union said.",
              "The film, directed by a Hollywood veteran and starring two Oscar winners, was due "
              "to open in cinemas in the spring.",
              "About 200 crew members joined the strike, which the union said would last until "
              "Friday.",
              "The producers said they hoped talks would resume.",
              date="2004-11-10")
    assert labor(a)


# --- status -----------------------------------------------------------------------------------
def votes(text: str) -> set[str]:
    return {st for st, _ in classify.status_votes(text)}


@pytest.mark.parametrize("text", [
    "Thousands of teachers marched over pay as the strike ends its third week",
    "The walkout ended its 12th day with no talks in sight.",
    "The lockout closed its second month without a new offer.",
])
def test_an_action_ending_a_count_of_its_time_is_ongoing(text):
    assert votes(text) == {"ongoing"}


@pytest.mark.parametrize("text", [
    "Tanker drivers' union suspends planned nationwide strike",
    "The pilots suspended their threatened 48-hour walkout after the airline recalled the crews.",
    "The union has suspended its proposed strike pending talks.",
])
def test_suspending_a_planned_action_is_averted(text):
    assert "averted" in votes(text)


def test_suspending_an_action_under_way_is_still_ended():
    assert votes("The union suspended the strike after nine days.") == {"ended"}


def test_a_tenseless_impact_headline_over_a_dated_plan_is_scheduled():
    a = story("Concert hall hit by backstage strike",
              "The opening night of a new musical is in doubt after stage crew voted to walk out.",
              "About 90 stage hands and lighting technicians at the Riverside Hall will stage a "
              "24-hour strike on Saturday, the technicians' union said on Friday.",
              "The union is seeking a 5% rise, while management has offered 3%.",
              "The hall said it was looking at ways of staging the show without sets.",
              date="2005-03-11")
    f = __import__("picketline.extract", fromlist=["extract_article"]).extract_article(a)
    assert f.status.value == "scheduled"
