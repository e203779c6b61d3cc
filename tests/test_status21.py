"""Status in wire copy (issue 14, round 21): a headline that only calls the action, over a lead
that tells it under way on the day of publication; an action that cancels, forces or slows.
Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article
from picketline.rules.provenance import unregistered


def _status(text: str, published: str | None = "1988-01-26") -> str | None:
    f = extract_article(Article(id="s21", text=text, published=published))
    return f.status.value if f.status else None


@pytest.mark.parametrize("lead", [
    "Kellford County nurses walked out on strike today, crippling services at public hospitals.",
    # 1988-01-26 was a Tuesday: the day of publication named by its weekday
    "Kellford County nurses walked out on Tuesday, crippling services at public hospitals.",
])
def test_a_headlines_call_yields_to_a_lead_that_tells_the_action_under_way_that_day(lead):
    text = f"NURSES SAY NO TO OFFER, CALL STRIKE\n\n{lead}\n\nTalks broke down at 3 a.m.\n"
    assert _status(text) == "ongoing"


def test_the_status_names_registered_rules():
    text = ("NURSES SAY NO TO OFFER, CALL STRIKE\n\nKellford County nurses walked out on strike "
            "today, crippling services at public hospitals.\n")
    f = extract_article(Article(id="s21", text=text, published="1988-01-26"))
    assert "status.code.under_way_today" in f.status.rules
    assert unregistered(f) == []


def test_a_date_line_gives_the_day_when_no_date_is_given():
    text = (" date 1988-01-26 NURSES SAY NO TO OFFER, CALL STRIKE\nKellford County nurses walked "
            "out on Tuesday, crippling services at public hospitals.\n")
    assert _status(text, None) == "ongoing"


@pytest.mark.parametrize("lead", [
    # a later day: the call stands
    "Kellford County nurses will walk out on Friday, the union said today.",
    # an earlier day than the day of publication: not the day's news of an action under way
    "Kellford County nurses said on Monday they would walk out on Friday.",
    # the day's news is the notice, and the same sentence dates the plan
    "Kellford County nurses handed managers a strike notice on Tuesday, setting the stage for a "
    "walkout that would begin next Thursday.",
])
def test_a_headlines_call_stands_when_the_lead_tells_no_action_under_way_that_day(lead):
    text = f"NURSES CALL STRIKE\n\n{lead}\n\nTalks broke down at 3 a.m.\n"
    assert _status(text) == "scheduled"


@pytest.mark.parametrize("text", [
    "PILOTS STRIKE CANCELS FLIGHTS AT ORVELLA AIR\n\nThe pilots union announced the walkout "
    "after talks with management on rosters stalled.\n",
    "ORVELLA AIR CUTS FLIGHTS\n\nA pilots strike has forced Orvella Air to cancel hundreds of "
    "flights. The pilots union announced the walkout after talks stalled.\n",
    "GENERAL STRIKE SLOWS TOLVANIA\n\nThe unions called the general strike for Thursday to "
    "protest the budget.\n",
])
def test_an_action_that_cancels_forces_or_slows_is_under_way(text):
    assert _status(text, "2022-10-06") == "ongoing"


def test_a_strike_cancelled_is_no_action_under_way():
    text = ("STRIKE CANCELLED AT ORVELLA AIR\n\nThe pilots union called off its planned strike at "
            "Orvella Air after a late offer, the airline said.\n")
    assert _status(text, "2022-10-06") == "averted"


@pytest.mark.parametrize("text", [
    "DOCKERS MARK MAY DAY\n\nDockers at Kellford stayed off the job for about ten hours before "
    "returning for evening shifts, saying they wanted to mark the day.\n",
    "NURSES WALK OUT\n\nTolvane nurses walked out at 7 a.m. yesterday and stayed out for hours "
    "before going back to work, the union said.\n",
])
def test_a_short_action_told_with_its_return_is_over(text):
    assert _status(text, "2008-05-01") == "ended"


def test_a_return_still_to_come_on_a_condition_is_no_end():
    text = ("NURSES STRIKE GOES ON\n\nTolvane nurses are on strike for a third day and will head "
            "back to work on Monday if the deal is ratified.\n")
    assert _status(text, "2008-05-01") == "ongoing"


@pytest.mark.parametrize("text, published", [
    ("ORVELLA AIR PILOTS SUSPEND STRIKE, UNION TO NEGOTIATE\n\nOrvella Air pilots decided on "
     "Sunday to suspend their strike set for Dec. 20 after the company agreed to recognise the "
     "unions, the union said.\n", "2017-12-17"),
    ("Kellford bus strike: Walkout suspended after new pay offer\n\nA planned 24-hour strike by "
     "more than 1,000 Kellford bus drivers has been suspended following a new pay offer.\n", None),
    ("Three-day Kellford Underground strike suspended\n\nA three-day strike by Kellford "
     "Underground (KU) workers, due to start on Monday evening, has been suspended, the union "
     "has said.\n", None),
])
def test_an_action_still_to_come_that_is_suspended_is_averted(text, published):
    assert _status(text, published) == "averted"


def test_an_action_suspended_after_it_ran_has_ended():
    text = ("DOCKERS SUSPEND STRIKE\n\nDockers at Kellford suspended their two-week strike on "
            "Sunday after the port agreed to talks.\n")
    assert _status(text, "2017-12-17") == "ended"
