"""Bargaining events, demands and wage figures, round issues21: talks under a mediator or
conciliator that broke down (an impasse beside the mediation); a deal the members accepted or
approved, one worked out at a conciliation body, recommended to a numbered workforce, or an
ending after the employer agreed to pay wages owed; a return to the workplace named by its kind.
Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from probes import events_of


@pytest.mark.parametrize("text,country", [
    ("Some 900 bus drivers in Lagos walked out today. Talks with a federal mediator broke down on "
     "Friday.", "NG"),
    ("About 400 dockers struck at Durban. Conciliation talks collapsed last week, the union said.",
     "ZA"),
    ("Nurses at Odense hospital went on strike. Negotiations under a state conciliator broke off on "
     "Tuesday without a deal.", "DK"),
    ("Textile workers at Surat stayed out for a fifth day. Talks called by the state labour minister "
     "to mediate broke down on Sunday when the mill owners refused to improve their offer.", "IN"),
    ("Port workers struck at Piraeus. Weeks of talks with a government mediator ended in stalemate.",
     "GR"),
    ("Talks between the Harbour and Lighterage Workers' Federation of Eastern Province and the "
     "regional port owners' council broke down last week, after conciliation meetings called by the "
     "labour office failed to produce a deal. The dockers will strike on Monday.", "LK"),
])
def test_mediated_talks_that_broke_down_are_an_impasse(text: str, country: str) -> None:
    assert {"impasse", "mediation"} <= events_of(text, country)


@pytest.mark.parametrize("text", [
    "Drivers struck in Leeds. Talks at Acas broke down after two days of conciliation.",
    "Drivers struck in Leeds. A conciliator met both sides but failed to narrow the gap.",
    "Drivers struck in Leeds. Talks at Acas ended without agreement on Friday and a new session is "
    "set for Monday.",
])
def test_a_conciliation_round_that_failed_is_mediation_only(text: str) -> None:
    assert events_of(text, "GB") == {"mediation"}


@pytest.mark.parametrize("text,country", [
    ("About 600 dockers at Guayaquil went back to work today after members approved the agreement "
     "at a mass meeting by 480 votes to 60.", "EC"),
    ("The 900 crew members returned to work after voting to accept a settlement worked out at the "
     "Labour Court.", "IE"),
    ("Some 250 packers voted on Sunday to accept proposals drawn up after two days of talks under "
     "the Labour Relations Commission.", "IE"),
    ("A 48-hour strike by refuse collectors has been called off. The GMB union said it would "
     "recommend the revised offer, worth 3.2% this year, to the 2,400 refuse collectors.", "GB"),
    ("Lagos textile workers ended their strike today. At a meeting with union leaders the state "
     "government agreed to pay the outstanding three months' salaries by the end of May.", "NG"),
    ("The Kenyan teachers' union called off a national strike over cuts in housing and commuter "
     "allowances after the cabinet agreed to restore them.", "KE"),
    ("Workers at Hanro Motors have voted to accept a new wage agreement, ending six weeks of "
     "strikes.", "KR"),
])
def test_a_deal_accepted_or_worked_out_was_reached(text: str, country: str) -> None:
    assert "tentative_agreement" in events_of(text, country)


@pytest.mark.parametrize("text,country", [
    ("Dockers walked out at Mombasa today. The union said members would not accept the deal offered "
     "by the port authority.", "KE"),
    ("Drivers voted to ratify a new four-year contract, ending their 30-day strike.", "US"),
    ("Nurses struck today. The union said it would recommend rejection of any deal that cut "
     "staffing.", "GB"),
    ("Teachers may strike. \"Our members accepted a compromise drafted by the state's neutral "
     "fact-finder,\" the union president said.", "US"),
])
def test_no_deal_reached(text: str, country: str) -> None:
    assert "tentative_agreement" not in events_of(text, country)


@pytest.mark.parametrize("text", [
    "Oil output resumed after a three-day strike. Workers returned to the platforms today.",
    "About 900 miners struck last week at Kolar. The men went back to the pits on Monday, the "
    "company said.",
    "Dockers at Tema struck on Monday. They returned to the quays this morning after the authority "
    "paid the arrears.",
])
def test_a_return_to_the_workplace(text: str) -> None:
    assert "return_to_work" in events_of(text, "NO")


def test_prices_returning_are_no_return() -> None:
    assert "return_to_work" not in events_of("Dockers struck at Tema. Stock prices returned to "
                                             "their highs today.", "GH")


def _wages(text: str) -> tuple[float | None, float | None]:
    from picketline.extract import numbers
    from picketline.model import Article, ArticleFacts
    from picketline.nlp import Context

    ctx = Context(Article(id="t", text=text, published="1987-06-09"))
    d, o = numbers.wages(ctx, ArticleFacts(id="t"))
    return (d.value if d else None, o.value if o else None)


@pytest.mark.parametrize("text,expected", [
    ("Some 1,100 offshore workers will strike on Monday. The union is seeking a nine pct wage "
     "increase. The association has offered 4.5 pct.", (9.0, 4.5)),
    ("The union is seeking a nine pct wage rise from the Gulf Tanker Operators' Association, which "
     "has offered 4.5 pct.", (9.0, 4.5)),
    ("The federation, which represents 40 mills, has offered 6 pct.", (None, 6.0)),
    ("The bankers' federation is offering a rise of 3.6 pct.", (None, 3.6)),
    ("Unison said it would recommend the new deal, worth 3.6% this year, to the 1,800 workers.",
     (None, 3.6)),
    ("The shipowners say they are prepared to pay 4.5 pct.", (None, 4.5)),
    ("The teachers' association wants 8 pct and has rejected the ministry's 3 pct.", (8.0, 3.0)),
])
def test_an_offer_by_the_employers_body(text: str, expected: tuple) -> None:
    assert _wages(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The government last month decreed a 15 pct rise in the minimum wage. The union is demanding "
     "a 40 pct general wage increase.", (40.0, None)),
    ("The junta granted a 20 pct increase in the national minimum wage in May; the dockers want "
     "35 pct.", (35.0, None)),
])
def test_a_minimum_wage_rise_is_no_offer(text: str, expected: tuple) -> None:
    assert _wages(text) == expected


def _demands(text: str) -> set[str]:
    from picketline.extract import issues, numbers
    from picketline.model import Article, ArticleFacts
    from picketline.nlp import Context

    ctx = Context(Article(id="t", text=text, published="1988-03-09"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {f.value for f in issues.demands(ctx, facts)}


@pytest.mark.parametrize("text,expected", [
    ("About 1,500 dockers struck at Callao, demanding the withdrawal of plans to reduce the size of "
     "stevedoring gangs.", {"staffing"}),
    ("The union has been working to rule in protest against company plans to cut the size of dock "
     "gangs from nine men to seven.", {"staffing"}),
    ("Train drivers walked out over plans to cut crews from two men to one on freight trains.",
     {"staffing"}),
    ("The miners are striking against a plan to reduce the number of men on each face.",
     {"staffing"}),
    ("Crews struck over the company's decision to sail with smaller crews on the night ferries.",
     {"staffing"}),
    ("The union is seeking a nine pct wage increase and a shorter rotation of two weeks offshore "
     "and three weeks ashore.", {"pay", "hours_scheduling"}),
    ("The rig workers want a new rotation of two weeks on and three weeks off.",
     {"hours_scheduling"}),
])
def test_crew_sizes_and_rotations(text: str, expected: set[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("About 1,400 weavers went back to work today after a strike over unpaid wages. The weavers "
     "had also demanded the dismissal of the mill's management, which they blamed for the losses.",
     {"pay", "other"}),
    ("Unions at the state-run Delta Cement have threatened an indefinite strike if the government "
     "presses ahead with plans to sell a stake in the company.", {"other"}),
    ("Dockers said they would walk out if the port authority goes ahead with the sale of a "
     "majority stake in the terminal.", {"other"}),
    ("The federation is demanding a general wage increase of 40 pct and a freeze on the prices of "
     "basic foods.", {"pay", "other"}),
    ("Staff struck over the dismissal of two drivers.", {"job_security"}),
    ("Pickets took shifts outside the gates, and the union wants a 10 pct rise.", {"pay"}),
])
def test_other_demands(text: str, expected: set[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The chemical unions called off the strike after the company agreed to suspend 900 job cuts "
     "while a joint commission studies early retirement and retraining schemes.", {"job_security"}),
    ("The unions oppose the 600 job cuts, which the firm says will come through early retirement.",
     {"job_security"}),
    ("The union wants a six pct rise and better early retirement pensions.",
     {"pay", "pensions_retirement"}),
])
def test_early_retirement_as_the_way_jobs_go(text: str, expected: set[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize("text", [
    "The meatworkers' union began the strike on Tuesday after employers moved to replace the tally "
    "system of payment with a flat weekly wage.",
    "About 700 loaders struck against a new payment system at the Kavala depot.",
    "The slaughtermen walked out after the owners decided to bring in a flat weekly wage.",
])
def test_the_system_of_payment_is_pay(text: str) -> None:
    assert _demands(text) == {"pay"}


@pytest.mark.parametrize("text,expected", [
    ("About 1,100 crew members stopped work at dawn to demand payment of overtime arrears dating "
     "back to February.", {"pay"}),
    ("The guards struck to demand the overtime arrears owed to them since March.", {"pay"}),
    ("The board wants the clerks to work 40 hours a week instead of 37 for the same wages, and "
     "the union is striking against it.", {"hours_scheduling"}),
    ("Nurses struck over mandatory overtime.", {"hours_scheduling"}),
])
def test_overtime_money_is_pay_and_same_wages_no_pay_demand(text: str, expected: set[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The metal workers' federation plans to launch a full strike from Dec. 11 unless President "
     "Varga steps down, the news agency reported.", {"other"}),
    ("The dockers will strike from Sept. 3 unless the port scraps its privatisation plan.",
     {"other"}),
    ("\u00abWe will not stop \u2013 said federation leader Rossi \u2013 until we have succeeded in "
     "changing the economic and social policies\u00bb.", {"other"}),
    ("The pilots said they would not stop until the airline meets their pay demands.", {"pay"}),
])
def test_what_the_action_goes_on_until(text: str, expected: set[str]) -> None:
    assert _demands(text) == expected
