"""Bargaining events, wage figures and demands, round issues22. Sentences written for these
tests (invented names and places; wire copy hard-wrapped and ASCII, broadcast copy plain)."""
from __future__ import annotations

import pytest

from probes import demands_of, events_of, wages_of


# --- a strike told as what the members approved in a ballot ---------------------------------
@pytest.mark.parametrize("text,country", [
    ("Forge hands at Forjas del Norte stayed out for a second day. Their walkout, endorsed in a "
     "postal ballot a fortnight ago, has shut both presses.", "ES"),
    ("The stoppage was approved by 87 pct of members in a secret ballot, the union said.", "IT"),
    ("The walkout, backed by 91 percent of those voting, began at midnight at the Kessel yard.",
     "DE"),
    ("Industrial action was overwhelmingly endorsed at a mass meeting of dockers on Sunday.", "GB"),
    ("The strike had been sanctioned in a postal ballot last month, officials of the "
     "Harbour Workers Union said.", "AU"),
])
def test_a_strike_approved_in_a_ballot_is_a_strike_vote(text: str, country: str) -> None:
    assert "strike_vote" in events_of(text, country)


@pytest.mark.parametrize("text", [
    "The stoppage, backed by opposition parties, closed the harbour at Valmora for a day.",
    "The strike, if approved in a ballot next week, would begin on June 1.",
    "The walkout was supported by commuters, a poll found.",
])
def test_a_strike_only_supported_or_still_to_be_balloted_is_no_vote(text: str) -> None:
    assert "strike_vote" not in events_of(text, "ES")


# --- a compromise from the mediators, accepted ------------------------------------------------
@pytest.mark.parametrize("text,country", [
    ("Loggers at Kallvik Timber AB dropped next week's stoppage after endorsing a compromise "
     "tabled by two state conciliators.", "SE"),
    ("Both sides accepted the mediators' proposal on Tuesday and the dockers returned.", "NO"),
    ("The dockers agreed to a conciliator's formula late on Sunday, ending the dispute.", "BE"),
    ("The teachers' federation accepted proposals from the labour ministry and called off its "
     "strike.", "PT"),
])
def test_a_mediators_compromise_accepted_is_a_tentative_agreement(text: str, country: str) -> None:
    assert "tentative_agreement" in events_of(text, country)


@pytest.mark.parametrize("text", [
    "Our teachers accepted a compromise drafted by the state's neutral fact-finder.",
    "The union has not accepted the mediators' proposal and the strike goes on.",
])
def test_a_fact_finders_report_or_a_refused_proposal_is_no_deal(text: str) -> None:
    assert "tentative_agreement" not in events_of(text, "US")


# --- talks before a conciliation board ---------------------------------------------------------
@pytest.mark.parametrize("text,country", [
    ("Sessions with both parties before the National Conciliation and Arbitration Tribunal "
     "opened on Monday and go on this week, an official said.", "MX"),
    ("Hearings before the state Conciliation Board opened on Monday in Porto Alegre.", "BR"),
    ("The two sides met before the Mediation Service on Friday.", "NO"),
])
def test_talks_before_a_conciliation_body_are_mediation(text: str, country: str) -> None:
    assert "mediation" in events_of(text, country)


@pytest.mark.parametrize("text", [
    "The strike will go on before the mediator arrives next week.",
    "The lockout goes before the Industrial Conciliation Commission in Perth tomorrow.",
    "Talks before the Labour Court are set down for next Tuesday.",
])
def test_a_mediator_or_hearing_still_to_come_is_no_mediation(text: str) -> None:
    assert "mediation" not in events_of(text, "AU")


# --- production resumed ------------------------------------------------------------------------
@pytest.mark.parametrize("text,country", [
    ("About 3,000 workers at the Qena sugar mill ended a four-day sit-in. Production resumed at "
     "the mill today.", "EG"),
    ("The lockout at Tarbes Acier was lifted on Monday and output has resumed at both furnaces.",
     "FR"),
    ("Bus services resumed across Karachi this morning after drivers ended their strike.", "PK"),
])
def test_production_resumed_is_a_return_to_work(text: str, country: str) -> None:
    assert "return_to_work" in events_of(text, country)


def test_production_still_to_resume_is_no_return() -> None:
    assert "return_to_work" not in events_of(
        "Dockers are still on strike. Loading will resume only when a deal is signed.", "IN")


# --- the agreed raise is the employer's latest figure ------------------------------------------
@pytest.mark.parametrize("text,expected", [
    (" date 1987-11-04 KOREAN CRANE WORKERS END STRIKE\n"
     "Some 2,100 workers at Hanjin Crane\n"
     "went back on Wednesday after nine days out.\n"
     "    The accord, signed on Saturday at a session chaired by the\n"
     "labour office, gives workers a 14 pct wage increase. The\n"
     "union had sought 25 pct.\n"
     " REUTER\n", (25, 14)),
    ("Loggers at Kallvik dropped their stoppage after endorsing a compromise tabled by state "
     "conciliators. The formula, accepted by the employers on Tuesday and by the union executive "
     "on Wednesday, gives a 6.2 pct rise. Workers had sought 8 pct, while the employers had "
     "offered 4.5 pct.", (8, 6.2)),
    ("Members approved the revised wage agreement on Friday. The deal gives a 7 pct rise this year.",
     (None, 7)),
    ("The accord, signed late on Tuesday, gives the 4,000 dockers a 9% increase; they had asked for "
     "15%.", (15, 9)),
])
def test_an_agreed_raise_beats_the_earlier_offer(text: str, expected: tuple) -> None:
    assert wages_of(text) == expected


# --- a levy or tax is no wage figure ------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ('Unions want the 5% "solidarity levy" on public salaries dropped within a fortnight.',
     (None, None)),
    ("The unions oppose the planned 2 pct payroll tax on all earnings.", (None, None)),
    ("The government has proposed a 3 pct surcharge on public sector wages.", (None, None)),
    ("The company has proposed a 4 pct raise before tax. The union wants 9 pct.", (9, 4)),
])
def test_a_levy_on_pay_is_no_wage_offer(text: str, expected: tuple) -> None:
    assert wages_of(text) == expected


# --- demands -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ferry crews will strike for 24 hours on Friday after pay talks broke down. The crews last "
    "struck in March for two days over pension payments.",
    "Dockers at Rosslare walked out today over pay. A previous strike in 1984 over pension rights "
    "lasted six weeks.",
    "Bank staff in Lisbon stopped work for two hours over pay. Their last stoppage, in May, was over "
    "pensions.",
])
def test_an_earlier_actions_issue_is_no_demand(text: str) -> None:
    assert demands_of(text) == {"pay"}


@pytest.mark.parametrize("text,expected", [
    ("Spinners are pressing for 4 mln rupees of unpaid wages and provident fund arrears.",
     {"pay"}),
    ("Jute workers struck to demand payment of their gratuity dues and wage arrears.", {"pay"}),
    ("Retired dockers are demanding payment of their gratuity and provident fund.",
     {"pensions_retirement"}),
])
def test_provident_fund_arrears_are_pay(text: str, expected: set) -> None:
    assert demands_of(text) == expected


@pytest.mark.parametrize("text", [
    "Loaders at Prestwick voted for strike action over rota plans that would cut the warning "
    "staff get before a shift change.",
    "Cleaners struck at the depot over plans to cut the breaks workers get on night shifts.",
])
def test_cutting_what_staff_are_given_is_no_job_cut(text: str) -> None:
    assert "job_security" not in demands_of(text)


def test_cutting_staff_is_still_a_job_cut() -> None:
    assert "job_security" in demands_of(
        "Dockers struck today over plans to cut 300 staff at the container terminal.")


@pytest.mark.parametrize("text", [
    "Some 1,100 glassworkers at Vitrex walked out on Monday, seeking a rise of 900 escudos a "
    "month.",
    "Tea pickers walked out, demanding an increase of 40 rupees a day.",
    "Cab drivers are seeking an extra $2 an hour, the union said.",
])
def test_a_raise_of_a_sum_per_month_is_pay(text: str) -> None:
    assert "pay" in demands_of(text)


def test_more_rest_hours_are_no_pay() -> None:
    assert "pay" not in demands_of(
        "Nurses struck today, demanding an increase of two hours a week in rest time.")


@pytest.mark.parametrize("text", [
    "Dockers walked out against moves to sell the ministry's controlling stake in the port "
    "company.",
    "The stoppage was called by the engineers', guards' and signallers' unions over a plan to sell "
    "the state's 49 pct holding in the railway.",
    "Airline staff walked out over the plan to sell the state's remaining stake in the carrier.",
])
def test_the_sale_of_a_state_stake_is_other(text: str) -> None:
    assert "other" in demands_of(text)


@pytest.mark.parametrize("text", [
    "The union federation has warned of a general strike over the planned levy on wages.",
    "Ghanaian unions called a strike to force the government to withdraw the new payroll tax.",
])
def test_a_levy_on_pay_is_other_not_pay(text: str) -> None:
    assert demands_of(text) == {"other"}


@pytest.mark.parametrize("text", [
    "Toll collectors struck for a second day. \"This is a fight for our jobs,\" said one "
    "picket.",
    "Miners battling to save their jobs occupied the pit head for a third day.",
])
def test_fighting_for_their_jobs_is_job_security(text: str) -> None:
    assert "job_security" in demands_of(text)


# --- a demand figure past an aside or a list of other demands ----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The union is seeking safer depots -- where drivers have been attacked twice this year -- and "
     "a 12 pct rise.", (12, None)),
    ("Teachers want smaller classes \u2014 no more than 25 pupils, they say \u2014 and a 6% raise "
     "over two years.", (6, None)),
    ("The union wants an end to zero-hours contracts (used for a third of staff at the depot) and "
     "a 5% pay rise.", (5, None)),
    ("Porters want a cap on the beds each of them must cover, no forced Sunday shifts and pay "
     "rises of 11% over three years. The trust has offered 4%.", (11, 4)),
    ("Dockers are demanding a shorter week, longer rest breaks, safety gear on every crane and a "
     "wage increase of 9 pct.", (9, None)),
])
def test_a_demand_figure_past_an_aside_or_a_list(text: str, expected: tuple) -> None:
    assert wages_of(text) == expected


def test_a_figure_in_a_new_clause_is_not_the_cues() -> None:
    assert wages_of("The union wants talks to resume, and management says a raise of 3% is its "
                 "limit.")[0] is None


@pytest.mark.parametrize("text", [
    "Hospital porters in Kumasi walked out, seeking overtime rates for the long hours they put in.",
    "Bakers in Oran struck over long working hours and low pay.",
])
def test_long_hours_complained_of_are_hours(text: str) -> None:
    assert "hours_scheduling" in demands_of(text)


def test_long_hours_of_talks_are_no_demand() -> None:
    assert "hours_scheduling" not in demands_of(
        "Dockers struck over pay after long hours of talks failed to produce a deal.")
