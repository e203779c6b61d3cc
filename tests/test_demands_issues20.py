"""Demands, wages and counts, round issues20: closures told as plans to shut, a closure plan, an
occupation after a firm's dotted name; a new union and the equipment the workers want; a longer
working week; larger classes and job losses a reform would bring; a grant set as the second
condition of a threat; an offer told in its own clause; a deal's raise on a wrapped line; whom a
deal reaches and a site's workforce. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import issues, numbers
from picketline.model import Article, ArticleFacts, Fact
from picketline.nlp import Context


def _ctx(text: str) -> Context:
    return Context(Article(id="t", text=text, published="1988-03-09"))


def demands(text: str) -> set[str]:
    ctx = _ctx(text)
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {f.value for f in issues.demands(ctx, facts)}


def wages(text: str) -> tuple[float | None, float | None]:
    ctx = _ctx(text)
    d, o = numbers.wages(ctx, ArticleFacts(id="t"))
    return (d.value if d else None, o.value if o else None)


def participants(text: str, status: str | None = None) -> int | None:
    ctx = _ctx(text)
    facts = ArticleFacts(id="t")
    if status:
        facts.status = Fact(status, None, 0.9, "")
    f = numbers.participants(ctx, facts)
    return f.value if f else None


@pytest.mark.parametrize("text,expected", [
    ("Some 700 workers at Dorval Verre S.A. have occupied the company's Namur glass works since "
     "Monday in protest at plans to close the plant, union officials said.", {"job_security"}),
    ("About 300 staff at the Kello Mills works walked out in protest against the firm's plan to "
     "shut down the mill.", {"job_security"}),
    ("The strikers said they would stay in the yard until the owners withdrew the closure plan.",
     {"job_security"}),
    ("The teachers' unions say the reform will lead to bigger classes and hundreds of job losses.",
     {"staffing", "job_security"}),
])
def test_closures_and_losses(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The mill will stay shut until the strikers drop their demand for an independent union.",
     {"union_recognition"}),
    ("Some 2,000 welders occupied the Hanro yard, demanding higher pay and recognition of a newly "
     "formed union, a company spokesman said.", {"pay", "union_recognition"}),
    ("The owners still refuse to recognise the new union at the Lenn plant, and dockers walked "
     "out on Monday.", {"union_recognition"}),
])
def test_new_union(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Junior doctors at two clinics in Kavala walked out to demand payment of overdue salaries and "
     "better equipment in the wards.", {"pay", "working_conditions"}),
    ("Tram crews struck for a second week. The union says drivers' working conditions would be "
     "eroded by the new timetable.", {"working_conditions"}),
    ("The firm has offered 2 pct and wants to extend the working week at its Barlo plant from 36 "
     "to 39 hours.", {"hours_scheduling"}),
    ("Press workers walked out on Tuesday. \"Our members will not work longer for the same "
     "money,\" said a union official.", {"hours_scheduling"}),
])
def test_equipment_conditions_hours(text: str, expected: set[str]) -> None:
    assert demands(text) >= expected


@pytest.mark.parametrize("text", [
    "Linemen threatened a strike over the cuts. The board's general manager, Tomas Brandt, said "
    "the cuts were part of a five-year plan to lower costs and would be achieved mainly through "
    "early retirement.",
])
def test_means_of_cuts_is_no_pension_demand(text: str) -> None:
    assert "pensions_retirement" not in demands(text)


@pytest.mark.parametrize("text,expected", [
    ("The Varn teachers' federation threatened today to call a national strike unless the "
     "Education Ministry pays three months of overdue salaries and agrees to a 35 pct pay rise. "
     "The government has offered a 12 pct increase from March.", (35.0, 12.0)),
    ("The union is seeking a 45 pct pay rise and the ferry operators are offering 20 pct, up "
     "from the 15 pct offered last month.", (45.0, 20.0)),
    ("Lomar Copper said it reached a tentative two-year\nagreement with the union today. The "
     "company said the agreement gives the 900 smelter workers wage increases of three pct in "
     "each year. The union had sought five pct a year.", (5.0, 3.0)),
])
def test_wage_figures(text: str, expected: tuple[float, float]) -> None:
    assert wages(text) == expected


def test_deal_reach_is_no_count_when_averted() -> None:
    text = ("Lomar Copper said it reached a tentative agreement with the union today, averting a "
            "strike set for midnight. The company said the agreement gives the 900 smelter workers "
            "wage increases of three pct in each year.")
    assert participants(text, "averted") is None


def test_site_workforce_is_no_count() -> None:
    text = ("Staff at the Harlow records office are to strike for two days from Monday over job "
            "cuts. About 3,100 people work at the Harlow site, and the union expects most of its "
            "members there to walk out.")
    assert participants(text, "scheduled") is None


def test_count_out_still_read() -> None:
    assert participants("About 3,100 workers at the Harlow site walked out on Monday over job "
                        "cuts.", "ongoing") == 3100


@pytest.mark.parametrize("text,expected", [
    ("Some 200 deckhands have been locked out by Arden Ferries. \"Management want to cut costs by "
     "replacing our crews with cheaper agency staff,\" the union said.", {"job_security"}),
    ("Crews at Arden Ferries voted to end the lockout. The agreement guarantees that no existing "
     "crew member will be replaced by agency staff.", {"job_security"}),
    ("Drivers at Tolan Haulage walked out after their contract expired and the company sought a "
     "wage freeze and the right to use non-union owner-operators on some routes.",
     {"pay", "job_security"}),
    ("Workers at Kerro Motors voted to accept the deal ending their strike. It gives workers a 6% "
     "rise and a promise that new models will be built in Norland.", {"pay", "job_security"}),
    ("The union struck Brant Stores on Monday. It said the chain's takeover caused a loss of "
     "hundreds of jobs.", {"job_security"}),
    ("The union is looking for a new contract that guarantees higher wages, more full-time jobs "
     "and an end to forced overtime. Its members voted to strike.",
     {"pay", "hours_scheduling", "job_security"}),
])
def test_jobs_given_away_or_kept(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_manager_removal_told_with_a_verb() -> None:
    assert demands("Some 900 workers at the state-owned Kiru Weaving Co have been on strike since "
                   "Monday over unpaid wages. The union said they would stay out until the state "
                   "government paid all the arrears and removed the mill's general manager.") == \
        {"pay", "other"}


@pytest.mark.parametrize("text,expected", [
    ("The Tarsk steel union said 2,000 workers would strike the company's mill on May 3 unless "
     "they get a 30 pct wage increase. The company has offered 12 pct.", (30.0, 12.0)),
    ("The federation is demanding that wages be fully indexed to inflation, which was running at "
     "12.4 pct in the year to March.", (None, None)),
    ("Dockers want a 9 pct rise to make up for inflation of 7 pct.", (9.0, None)),
])
def test_condition_got_and_inflation(text: str, expected: tuple) -> None:
    assert wages(text) == expected


@pytest.mark.parametrize("text,status", [
    ("Call centre staff at Vell Telecom have voted for strikes over pay, the union said. No dates "
     "have been set. About 1,200 staff work at the two centres.", "authorized"),
    ("The Hotel Workers' Federation says about 2,100 room cleaners, cooks and porters have been "
     "working without a collective agreement for eight months. It will seek a strike mandate if the offer is not "
     "improved.", "threatened"),
    ("Unions will start balloting some 12,000 members over strike action from June 2, the union "
     "said.", "threatened"),
])
def test_workforce_covered_or_balloted_is_no_count(text: str, status: str) -> None:
    assert participants(text, status) is None


@pytest.mark.parametrize("text,expected", [
    ("Some 12,000 members walked out on Monday after balloting in May.", 12000),
    ("About 2,100 hotel workers, who have been without a deal for eight months, walked out "
     "on Monday.", 2100),
])
def test_counts_out_still_read(text: str, expected: int) -> None:
    assert participants(text, "ongoing") == expected


def test_chief_executive_quote_is_no_demand() -> None:
    assert demands("Nurses at Kell Hospital walked out on Monday over pay. \"Patient safety is and "
                   "will remain our first priority,\" chief executive Ola Brandt said.") == {"pay"}
