"""Demands of world copy, round issues19: a strike whose place phrase names the state sector
keeps its purpose clause the workers'; price rises named with several goods and trade pacts
protested are 'other'. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import issues, numbers
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context


def demands(text: str) -> set[str]:
    ctx = Context(Article(id="t", text=text, published="2019-05-14"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {f.value for f in issues.demands(ctx, facts)}


@pytest.mark.parametrize("text,expected", [
    ("The Norland labour federation called on Tuesday for a general strike in the civil service "
     "and state companies to protest against the cabinet's economic policies.", {"other"}),
    ("Doctors' unions began a walkout at state hospitals across Valdria to press for higher "
     "salaries.", {"pay"}),
    ("The Kesh Trades Congress called off a national strike over increases in gas and water "
     "prices after ministers agreed to cut them.", {"other"}),
    ("Dockers in Port Amra walked out on Thursday in protest at rises in bread, fuel and rice "
     "prices.", {"other"}),
    ("The medical officers' union said the token strike was also protesting the free trade "
     "agreement signed with Ostrava.", {"other"}),
    ("Port workers struck against the economic partnership pact with the neighbouring bloc.",
     {"other"}),
])
def test_world_policy_demands(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text", [
    "Textile workers at Renmark Mills struck on Monday over pay. The trade deal with Osland "
    "was signed in May.",
    "The firm said the strike at its mills had cost it two days of output.",
])
def test_no_policy_demand_there(text: str) -> None:
    assert "other" not in demands(text)


@pytest.mark.parametrize("text,expected", [
    ("Machinists at Korda Werke struck on Monday over pay. \"We want to keep jobs in Norland, but "
     "our costs here are simply too high,\" a company spokesman said.", {"pay"}),
    ("Crews at Tallis Air walked out over pay. \"The question is what the airline will give in "
     "return, such as a job guarantee,\" said Mira Holt, an analyst at Varo Securities.", {"pay"}),
    ("Printers at the Gazette struck over pay. \"A long strike puts every job here at risk,\" "
     "the firm's spokeswoman told reporters.", {"pay"}),
])
def test_employer_or_analyst_quote_is_no_demand(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_union_quote_still_counts() -> None:
    assert demands("Machinists at Korda Werke struck on Monday over pay. \"We need a job "
                   "guarantee,\" a union spokesman said.") == {"pay", "job_security"}


@pytest.mark.parametrize("text,expected", [
    ("Ground crews at Tarvo airport struck on Friday. Their union said the workers \"need a proper "
     "wage increase\" to keep staff.", {"pay"}),
    ("Press workers at Lund Print were locked out. The union said the new rosters would cut "
     "overtime earnings by up to 50 pounds a week.", {"pay", "hours_scheduling"}),
    ("Talks with the packers broke down after the firms insisted on cutting the per-head "
     "payments, the shearers' union said.", {"pay"}),
    ("Deckhands at Saltra Ferries struck against a deal that would let the firm bring in agency "
     "crews on lower pay.", {"pay"}),
    ("Cleaners at Brook Towers walked out, saying some had worked 60 hours a week without "
     "overtime pay.", {"pay"}),
])
def test_pay_cut_or_needed(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text", [
    "Riggers at Osk Yard struck over safety. The yard said it needs to cut costs this year.",
    "Riggers at Osk Yard struck over safety. The firm cut its dividend payments in May.",
])
def test_no_pay_there(text: str) -> None:
    assert "pay" not in demands(text)


@pytest.mark.parametrize("text,expected", [
    ("Pilots at Tirrena Air are protesting against new rosters they say would raise monthly "
     "flying hours to 90 from 75.", {"hours_scheduling"}),
    ("Bus drivers at Corra Transit walked out against new rosters that would raise weekly "
     "driving hours to 50.", {"hours_scheduling"}),
])
def test_raised_hours_are_no_pay(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Junior doctors at Abeku General struck on Monday. Their association said the strike would go "
     "on until the state restored supplies of medicines, bandages and syringes to its clinics.",
     {"working_conditions"}),
    ("Staff at Nortel Connect's call centres in Derwent have voted for strikes in a dispute over "
     "pay and performance targets.", {"pay", "working_conditions"}),
    ("Welders from the Pola shipyard on Monday protested in the capital of Norland over wages "
     "and working conditions.", {"pay", "working_conditions"}),
])
def test_supplies_targets_and_far_cues(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text", [
    "Nurses at Orla Clinic struck over pay. New supplies of drugs reached the clinic on Monday.",
    "The strike at Orla Clinic will continue until Friday, the union said.",
])
def test_no_working_conditions_there(text: str) -> None:
    assert "working_conditions" not in demands(text)


@pytest.mark.parametrize("text,expected", [
    ("Unions called off a 48-hour strike by ferry crews of Sarn Lines after reaching agreement on "
     "pay and manning.", {"pay", "staffing"}),
    ("Seamen at Port Arlo struck over manning at the new container berth.", {"staffing"}),
    ("Guards at Kell Railways walked out over cuts to crew sizes on night trains.", {"staffing"}),
])
def test_manning_and_crew_levels_are_staffing(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


def test_manning_the_gates_is_no_staffing() -> None:
    assert "staffing" not in demands("Pickets were manning the gates at Sarn Lines; the union "
                                     "said it wants more pay.")
