"""Status of British plans and of days of action under way: 'are to hold a 48-hour strike' is a
plan (threatened), scheduled once a day is named for it, even where no publication date gives
the day its year; 'unions are holding another day of strikes' is under way, and the same with a
day ahead is not. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

import probes

PLAN = ("Clerks in 48-hour strike\n\n"
        "Thousands of Kellford benefit office workers are to hold a 48-hour strike over job cuts, "
        "the Civil Clerks Union has said.\n\n"
        "{second}")


@pytest.mark.parametrize("second, published, status", [
    ("The walk-out on January 26-27 comes after talks broke down.", None, "scheduled"),
    ("The walk-out on January 26-27 comes after talks broke down.", "2005-01-10", "scheduled"),
    ("The walk-out comes after talks broke down.", None, "threatened"),
    ("The walk-out would go ahead next month if talks fail.", None, "threatened"),
])
def test_a_plan_to_hold_a_strike(second, published, status):
    f = probes.life_of(PLAN.format(second=second), published)
    assert f["is_labor_action"] is True
    assert f["status"] == status


def test_a_plan_with_a_condition_stays_a_threat():
    text = ("Drivers to strike\n\nBus drivers in Kellford are to hold a 24-hour strike on "
            "Tuesday unless the company improves its pay offer, the Kellford Drivers Union said.")
    assert probes.life_of(text)["status"] == "threatened"


def test_a_day_of_strikes_being_held_is_under_way():
    text = ("New wave of strikes\n\nKellish unions are holding another day of strikes and "
            "street protests against the government's plans to raise the retirement age from "
            "60 to 62.\n\nRail and air transport have been disrupted.")
    assert probes.life_of(text, "2010-09-21")["status"] == "ongoing"


def test_a_day_of_strikes_with_a_day_ahead_is_not_under_way():
    text = ("Unions plan strikes\n\nKellish unions are holding another day of strikes on "
            "Thursday against the government's plans to raise the retirement age.")
    assert probes.life_of(text, "2010-09-21")["status"] != "ongoing"


# --- a dated plan, then a threat of more with its condition -------------------------------
@pytest.mark.parametrize("tail, status", [
    ("on Thursday and Friday but have warned of more prolonged action if their demands are "
     "not met", "scheduled"),
    ("on Thursday if their demands are not met", "threatened"),
])
def test_a_condition_of_further_action_leaves_the_dated_plan_set(tail, status):
    text = ("Strike at Orvella Ports\n\nUnionized staff at Orvella Ports will stage partial "
            f"walkouts {tail}.")
    f = probes.life_of(text, "2020-03-09")
    assert f["is_labor_action"] is True
    assert f["status"] == status
