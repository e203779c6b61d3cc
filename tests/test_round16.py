"""Demands, wage figures and bargaining steps of round 16 (issue 14): sentences written for
these tests, with invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article, issues, numbers
from picketline.model import Article, ArticleFacts, Fact, Location
from picketline.nlp import Context


def _run(text: str, country: str | None = None,
         status: str | None = None) -> tuple[set[str], set[str]]:
    ctx = Context(Article(id="t", text=text, published="1991-05-02"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    if country is not None:
        facts.location = Fact(Location(country=country))
    if status is not None:
        facts.status = Fact(status)
    ds = issues.demands(ctx, facts)
    evs = issues.bargaining_events(ctx, facts)
    return {f.value for f in ds}, {f.value for f in evs}


def _wages(text: str) -> tuple[float | None, float | None]:
    f = extract_article(Article(id="w", text=text, published="1988-03-02"))
    return (f.wage_demand_pct.value if f.wage_demand_pct else None,
            f.wage_offer_pct.value if f.wage_offer_pct else None)


# --- a demand whose subject is a counted workforce at a named employer's site ----------------
@pytest.mark.parametrize("text,expected", [
    ("date 1988-03-02 CHILE COPPER STRIKE\n\nAbout 2,000 miners at Andes Copper SA's mine near "
     "Rancagua stayed out for a third day today, pressing for a 15 pct wage increase, the "
     "Rancagua Miners Union said.\n    The company has offered 5 pct.\n", (15.0, 5.0)),
    ("date 1988-03-02 ITALY STEEL STRIKE\n\nBetween 1,500 and 2,000 steelworkers at Ferro "
     "Lombardo SpA's mill in Brescia walked out today, demanding a 9 pct rise, the FIOM union "
     "said.\n", (9.0, None)),
    ("Nurses strike in Cork\n\nMore than 600 nurses at St Brendan's Hospital's two wards in "
     "Cork began a strike on Monday, seeking a 7% pay rise.\n", (7.0, None)),
])
def test_counted_workers_at_a_named_site_demand(text: str, expected: tuple) -> None:
    assert _wages(text) == expected


# --- talks told as failed or broken down by a noun or adjective (outside the US) -------------
@pytest.mark.parametrize("text", [
    "Unions at the Dutch ferry line are striking on Friday because of failed collective "
    "bargaining negotiations with the operator.",
    "The lockout of drivers follows a breakdown in collective agreement negotiations between "
    "Harbour Coaches and the Coachworkers Union.",
    "Porters in Lagos downed tools after months of fruitless wage talks with the port authority.",
])
def test_failed_talks_as_a_noun_or_adjective_are_an_impasse(text: str) -> None:
    assert "impasse" in _run(text, country="NL")[1]


@pytest.mark.parametrize("text", [
    "The union failed to win a seat at the talks with the ferry operator.",
    "A breakdown in the signalling system delayed trains on Friday as crews went on strike.",
])
def test_other_failures_are_no_impasse(text: str) -> None:
    assert "impasse" not in _run(text, country="NL")[1]


# --- a strike approved or its vote count told by the ballot's result -------------------------
@pytest.mark.parametrize("text", [
    "Workers at the Cerro Alto copper mine have approved a strike after rejecting the final "
    "contract offer of Andina Metals.",
    "Following a vote that closed on Sunday, the union said there were 1,640 votes in favour of "
    "starting the strike against 22 for accepting the offer.",
    "Members of the dockers' union had overwhelmingly approved an indefinite walkout.",
])
def test_a_strike_approved_is_a_strike_vote(text: str) -> None:
    assert "strike_vote" in _run(text, country="CL")[1]


@pytest.mark.parametrize("text", [
    "Parents have approved of the strike by the teachers at Westfield schools.",
    "The union board has approved a strike fund for members at Ridgeway Foods.",
])
def test_approval_by_others_is_no_strike_vote(text: str) -> None:
    assert "strike_vote" not in _run(text, country="GB")[1]


# --- a third party's step told as what the sides can still do --------------------------------
def test_mediation_that_can_still_start_is_not_under_way() -> None:
    text = ("Miners at the Cerro Alto pit voted to strike. Union and company leaders can open a "
            "final round with government mediation within five days.")
    assert "mediation" not in _run(text, country="CL")[1]


# --- 'the disputed X': the thing in dispute, whoever the clause's subject is -----------------
@pytest.mark.parametrize("text,expected", [
    ("The Zambia Mineworkers Union ended the strike after talks produced an agreement under "
     "which Luanshya Copper Ltd will pay the disputed transport allowance from August.",
     "benefits"),
    ("Drivers at Pennine Buses in Leeds walked out on Monday. The operator said it would review "
     "the disputed night rosters next month.", "hours_scheduling"),
])
def test_the_disputed_thing_is_a_demand(text: str, expected: str) -> None:
    assert expected in _run(text)[0]


def test_the_company_disputed_nothing_of_the_workers() -> None:
    # the verb, not the adjective: the employer's own claim
    assert "benefits" not in _run("Strikers at Pennine Buses walked out on Monday. The operator "
                                  "disputed figures on housing allowances in a statement.")[0]


# --- overtime banned or refused is the workers' action, not their grievance ------------------
@pytest.mark.parametrize("text", [
    "Fitters at Kestrel Engineering have imposed bans on overtime since May, demanding that the "
    "new press be crewed by twelve men.",
    "Signal staff at Northline Rail are refusing overtime, demanding more recruits.",
    "An overtime boycott by the Kestrel fitters demanding a bigger crew entered its third week.",
])
def test_an_overtime_ban_is_no_hours_demand(text: str) -> None:
    assert "hours_scheduling" not in _run(text)[0]


def test_overtime_as_a_grievance_stays() -> None:
    assert "hours_scheduling" in _run("Nurses at Riverside Hospital walked out on Monday, "
                                      "demanding an end to compulsory overtime.")[0]


# --- talks that produced or ended in an agreement reached one --------------------------------
@pytest.mark.parametrize("text", [
    "The Zambia Mineworkers Union ended the stoppage after talks chaired by a ministry "
    "conciliator produced an agreement under which Luanshya Copper Ltd will pay the allowance.",
    "Porters at Harbourside Freight returned on Monday; the third round of talks had ended in a "
    "pay deal late on Friday.",
])
def test_talks_that_produced_a_deal(text: str) -> None:
    assert "tentative_agreement" in _run(text, country="ZM")[1]


def test_talks_that_failed_to_produce_a_deal() -> None:
    text = "Porters at Harbourside Freight stayed out after talks failed to produce an agreement."
    assert "tentative_agreement" not in _run(text, country="ZM")[1]
