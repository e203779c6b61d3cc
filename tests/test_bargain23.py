"""Wage figures, bargaining events and demands, round bargain23. Sentences written for these
tests (invented names and places; wire copy plain ASCII)."""
from __future__ import annotations

import pytest

from probes import demands_of, events_of, wages_of


# --- the offer a side rejects is the other side's --------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The Harbour Workers' Federation turned down its final offer of a 3 pct wage rise. "
     "The federation wants 9 pct.", (9.0, 3.0)),
    ("The tramway union is the smallest of the three. It also spurned a fresh Valmora Transit "
     "offer of a 6% rise, and is holding out for 14%.", (14.0, 6.0)),
    ("Kessel Steel rejected the union's counter-offer of 8 percent on Monday.", (8.0, None)),
    ("The nurses' council rejected the latest ministry offer of 4.5 per cent.", (None, 4.5)),
])
def test_the_offer_a_side_rejects_is_the_other_sides(text: str, expected: tuple) -> None:
    assert wages_of(text) == expected


# --- impasse ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dockers struck after the interruption of the port wage negotiations.",
    "The walkout follows the suspension of pay talks with the ferry operator last week.",
    "Bus company managers walked away from Thursday's session with the drivers' union.",
    "The pilots stormed out of the talks on Friday.",
])
def test_talks_halted_or_walked_away_from_are_an_impasse(text: str) -> None:
    assert "impasse" in events_of(text, "FR")


@pytest.mark.parametrize("text", [
    "The cabin crew walkout was suspended after fresh negotiations with the airline.",
    "The stoppage has been suspended pending further talks.",
    "The union announced the suspension of the strike during talks with the council.",
])
def test_an_action_suspended_around_talks_is_no_impasse(text: str) -> None:
    assert "impasse" not in events_of(text, "GB")


# --- mediation under way despite a refusal -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The employers would still not sit down on Tuesday -- despite a conciliator's shuttle "
    "between the two camps.",
    "Both federations refused to meet again, despite the mediators' efforts to find a compromise.",
])
def test_a_refusal_before_despite_does_not_reach_the_mediator(text: str) -> None:
    assert "mediation" in events_of(text, "SE")


def test_a_mediator_refused_is_still_no_mediation() -> None:
    assert "mediation" not in events_of("The union refused to accept a state mediator.", "SE")


# --- tentative agreements -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The tramway union's leaders accepted a 6.5 pct pay rise from the city operator on Monday.",
    "The crews' negotiators accepted an improved pay offer late on Sunday.",
    "The stoppage was lifted after an agreement between the port authority and the unions on "
    "ore cargoes.",
    "Pickets left the depot following a deal between the bus company and the union.",
])
def test_leaders_accepting_a_raise_or_a_deal_with_the_union_is_a_tentative_agreement(
        text: str) -> None:
    assert "tentative_agreement" in events_of(text, "GB")


@pytest.mark.parametrize("text", [
    "The strike followed a merger agreement between the two airlines.",
    "The union's leaders rejected a 4 pct pay rise from the city operator.",
])
def test_a_business_deal_or_a_rejected_raise_is_no_tentative_agreement(text: str) -> None:
    assert "tentative_agreement" not in events_of(text, "GB")


# --- demands -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Machinists at Kessel Air struck on Monday. The union wants pension benefits tied to "
     "prices.", {"pensions_retirement"}),
    ("Unions called a general strike against the cabinet's cuts in unemployment benefits.",
     {"other"}),
    ("Dockers joined the general strike against welfare benefit cuts.", {"other"}),
    ("The clerks walked out on May 3 over pay and benefits.", {"pay", "benefits"}),
])
def test_pension_and_state_benefits_are_no_employee_benefits(text: str, expected: set) -> None:
    assert demands_of(text) == expected


def test_tuition_fees_students_pay_are_no_benefit() -> None:
    text = ("Lecturers struck for a day over pay. Students marched the same day to protest "
            "against higher tuition fees.")
    assert demands_of(text) == {"pay"}


def test_tuition_aid_for_staff_is_a_benefit() -> None:
    assert "benefits" in demands_of("Clerical staff at the college struck, demanding tuition "
                                    "remission for their children.")


@pytest.mark.parametrize("text", [
    "The shipyard strikers, demanding a closed shop, have stopped work since May, and 30 pickets "
    "were hurt in related violence at the gates.",
    "Loggers struck on Monday, demanding recognition of their union, and violence broke out at "
    "the sawmill gate.",
])
def test_violence_the_action_met_is_no_safety_demand(text: str) -> None:
    assert "health_safety" not in demands_of(text)


def test_violence_at_work_is_a_safety_demand() -> None:
    assert "health_safety" in demands_of("Nurses struck on Monday, demanding protection against "
                                         "violence on the wards.")


def test_opening_hours_kept_in_a_strike_are_no_hours_demand() -> None:
    text = ("Bakery workers struck on Friday over pay. The bakery group said its outlets would "
            "remain open with reduced hours.")
    assert "hours_scheduling" not in demands_of(text)


@pytest.mark.parametrize("text", [
    "Metalworkers marched against the drop in their buying power since the devaluation.",
    "Textile hands downed tools over falling real wages in the mills.",
    "Negotiators for the striking drivers said differences over pay remained wide.",
    "The nurses' union, which has voted to strike, said the sides still had big differences on "
    "salaries.",
])
def test_falling_wages_and_differences_over_pay_are_pay(text: str) -> None:
    assert "pay" in demands_of(text)


@pytest.mark.parametrize("text", [
    "Staff at both plants struck over the carmaker's plan to halt van production at Swindon.",
    "Crews at the two Harbourco yards joined a 24-hour stoppage in protest at the decision to "
    "end ship assembly at Tarbert.",
    "Miners walked out over plans to stop coal mining in the valley.",
])
def test_ending_production_at_a_site_is_job_security(text: str) -> None:
    assert "job_security" in demands_of(text)


def test_another_groups_action_names_no_demand_of_this_one() -> None:
    text = ("Tram drivers in Valmora struck on Tuesday over pay. The stoppage comes days before a "
            "separate walkout by nurses over staff shortages. Tram drivers will be joined on "
            "Friday by a strike by cleaners over sick pay.")
    assert demands_of(text) == {"pay"}


def test_onlookers_calls_are_no_demand() -> None:
    text = ("Garment workers struck on Monday over the closure of their factory. Business leaders "
            "and opposition parties have called on the government to cap the prices of basic "
            "foods.")
    assert demands_of(text) == {"job_security"}


@pytest.mark.parametrize("text,expected", [
    ("Miners struck at Rudna. The mine owners refused the union's call for an amnesty for "
     "sacked strikers.", "other"),
    ("Insurance clerks struck against the government's plan to merge four state insurers.",
     "other"),
])
def test_amnesty_and_mergers_are_other_demands(text: str, expected: str) -> None:
    assert expected in demands_of(text)


# --- round two: the employer's ceiling, a bare 'asking', passive and voted endings ---------------
@pytest.mark.parametrize("text,expected", [
    ("Talks collapsed after the owners refused to go beyond 4 pct. The union is asking 12 pct.",
     (12.0, 4.0)),
    ("The ministry would not go above 6 per cent, and the nurses are asking 15 per cent.",
     (15.0, 6.0)),
])
def test_a_ceiling_is_the_offer_and_asking_a_figure_the_demand(text: str, expected: tuple) -> None:
    assert wages_of(text) == expected


@pytest.mark.parametrize("text,event", [
    ("A settlement was announced late on Thursday and the pickets went home.",
     "tentative_agreement"),
    ("An accord was signed at the labour ministry on Monday.", "tentative_agreement"),
    ("The stoppage at the tannery was settled on Friday when the owners agreed to a 7 pct rise.",
     "tentative_agreement"),
    ("Mass meetings of dockers voted on Sunday to end the stoppage.", "return_to_work"),
    ("The crews voted overwhelmingly to call off their strike.", "return_to_work"),
])
def test_settlements_told_in_the_passive_and_votes_to_end_the_action(text: str, event: str) -> None:
    assert event in events_of(text, "GB")


@pytest.mark.parametrize("text", [
    "A settlement will be announced if the crews accept.",
    "The crews voted to continue their strike.",
])
def test_a_settlement_to_come_or_a_vote_to_go_on_is_neither(text: str) -> None:
    assert not events_of(text, "GB") & {"tentative_agreement", "return_to_work"}


@pytest.mark.parametrize("text,expected", [
    ("Dockers struck on Monday over the port's plan to lay off 300 men.", "job_security"),
    ("Seamen walked off the ferries over the hiring of cheaper foreign crews.", "job_security"),
    ("Workers occupied the mill to protest against its planned sale to a foreign group.", "other"),
])
def test_layoffs_cheaper_crews_and_a_planned_sale(text: str, expected: str) -> None:
    assert expected in demands_of(text)
