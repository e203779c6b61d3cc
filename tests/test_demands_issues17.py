"""Demands of wire and broadcast copy, round 17: allowances paid for the hours or place of work
(and money owed) are pay, not benefits; a final-salary pension is no pay demand; rostering,
worker fatigue and work moved abroad. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import issues, numbers
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context


def demands(text: str) -> set[str]:
    ctx = Context(Article(id="t", text=text, published="1988-03-09"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {f.value for f in issues.demands(ctx, facts)}


@pytest.mark.parametrize("text,expected", [
    # Ghana: money owed, told with the bare word "allowances" as well
    ("About 400 junior doctors at teaching hospitals in Kumasi struck today to press demands "
     "for unpaid allowances and more beds.", {"pay"}),
    # Kenya: a site allowance claimed in a dispute
    ("The quarry workers downed tools on Monday in a dispute over a claim for a hardship "
     "allowance of 400 shillings a month.", {"pay"}),
    # Belgium: a rally against cuts to allowances for night work; headline says "allowance"
    ("WARDERS PROTEST OVER ALLOWANCE CUTS\nSome 3,000 prison warders marched in Brussels "
     "today against government plans to cut allowances for overtime.", {"pay"}),
    # UK: weekend premiums lost under a new rota
    ("The packers said they would strike because they objected to losing their Sunday "
     "premiums under the new rota.", {"pay", "hours_scheduling"}),
    # Canada: on-call allowances
    ("Paramedics in Halifax walked out over unpaid on-call allowances.", {"pay"}),
])
def test_work_time_allowances_are_pay(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a housing or leave allowance stays a benefit, owed or not
    ("The railmen struck over the payment of outstanding leave allowances.", {"benefits", "pay"}),
    ("Teachers in Mombasa walked out demanding a higher housing allowance.", {"benefits"}),
])
def test_allowances_named_by_what_they_pay_for_are_benefits(text: str, expected: set[str]) -> None:
    assert expected <= demands(text)


@pytest.mark.parametrize("text", [
    "Unions at the Dundee turbine maker have threatened a strike over plans to close its final "
    "salary pension scheme.",
    "Staff at the Leeds insurer walked out in protest at the end of the salary-linked pension plan.",
])
def test_final_salary_pension_is_no_pay_demand(text: str) -> None:
    assert demands(text) == {"pensions_retirement"}


@pytest.mark.parametrize("text,wanted", [
    ("The cannery workers walked out last week in a dispute over the rostering of night shifts.",
     "hours_scheduling"),
    ("About 200 ferry crew struck on Friday over new duty schedules. The crews' union said the "
     "schedules left deckhands dangerously tired.", "health_safety"),
    ("Tram drivers in Lyon stopped work for a day. \"Fatigue kills,\" their union said.",
     "health_safety"),
    ("The union is demanding an 8% rise and a guarantee that production of the new tractors "
     "will not be moved to the group's plant in Hungary.", "job_security"),
    ("Assembly workers at the Turin plant struck against plans to shift production abroad.",
     "job_security"),
])
def test_family_named(text: str, wanted: str) -> None:
    assert wanted in demands(text)


def test_strike_fatigue_of_the_public_is_no_safety_demand() -> None:
    assert "health_safety" not in demands(
        "Bus drivers struck over pay again on Monday as commuters showed signs of strike fatigue.")
