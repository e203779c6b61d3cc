"""Bargaining steps of round issues19, on sentences written for these tests: a breakdown told
in the past tense after 'before' or 'until' happened ('raised its offer before talks broke
down'), as an expiry after 'before' did; a step still to come after 'before' stays none."""
from __future__ import annotations

import pytest

import probes


events = probes.events_of


@pytest.mark.parametrize("text,country", [
    ("Kiln workers at Barros Cement struck on Monday. Their leader said the firm had raised its "
     "offer to 9 pct before talks broke down again last week.", "PH"),
    ("Dockers at Port Salem walked out on Tuesday. They had bargained for four months until "
     "negotiations collapsed on Friday.", "ZA"),
    ("Bus crews in Tarn struck today, a week after talks with the operator broke off.", "GB"),
])
def test_breakdown_after_before_or_until_happened(text: str, country: str) -> None:
    assert "impasse" in events(text, country)


@pytest.mark.parametrize("text,country", [
    ("Dockers at Port Salem struck on Tuesday. The union said it would settle before talks broke "
     "down.", "ZA"),
    ("Kiln workers at Barros Cement struck on Monday. Talks resume before the deadline.", "PH"),
])
def test_no_breakdown_there(text: str, country: str) -> None:
    assert "impasse" not in events(text, country)


def test_ratified_after_once_stays_ahead() -> None:
    text = ("Press workers at Corran Print went back to work on Monday under a tentative agreement. "
            "Members would receive a 9% raise once the contract is ratified.")
    assert "ratification" not in events(text, "US")


@pytest.mark.parametrize("text,country", [
    ("Smelter workers at Ondo Steel struck on Monday. The two sides have held three sessions "
     "before federal labour conciliators and are due to meet again on Friday.", "MX"),
    ("Ferry crews at Sarn Lines called off their strike. The accord, reached after a long meeting "
     "chaired by officials of the Inland Shipping Ministry, gives crews a monthly rise.", "IT"),
    ("Postal staff in Verra struck on Tuesday after two rounds of talks before state mediators "
     "ended without a deal.", "BR"),
])
def test_talks_before_conciliators_or_ministry_officials_are_mediation(text: str,
                                                                      country: str) -> None:
    assert "mediation" in events(text, country)


def test_mediator_still_to_meet_is_no_mediation() -> None:
    text = ("Dockers at Port Salem struck on Monday. The ministry appointed a mediator, who would "
            "meet both sides later this week.")
    assert "mediation" not in events(text, "ZA")
