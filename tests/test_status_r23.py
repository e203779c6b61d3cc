"""Status in real copy (issue 14, round 23): an action "on" its network "has ended"; workers
who "stopped operations for hours" held a short action that is over by the report. Articles
written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _status(text: str, published: str | None = "2005-02-02") -> str | None:
    f = extract_article(Article(id="st23", text=text, published=published))
    return f.status.value if f.status else None


def test_an_action_on_a_network_that_has_ended_is_ended():
    text = ("Delays go on after tram strike\n\n"
            "A 24-hour strike on the Kellford tramways has ended, but services are not expected "
            "to be back to normal until Thursday morning.\n\n"
            "Commuters faced a struggle to get home as much of the network shut down in a dispute "
            "over pay.\n")
    assert _status(text) == "ended"


def test_an_action_on_a_network_still_under_way_is_not_ended():
    text = ("Tram strike goes on\n\n"
            "A 48-hour strike on the Kellford tramways has entered its second day, with most "
            "routes closed.\n\n"
            "The Tolvane Transport Union said the dispute over pay was no nearer an end.\n")
    assert _status(text) == "ongoing"


def test_ending_an_action_with_its_article_an_is_ended():
    text = (" date 2000-04-25 CLEANERS APPROVE NEW CONTRACT\n"
            "    Cleaners at Orvella Towers overwhelmingly approved a new contract Monday,\n"
            "ending an unusually noisy five-week strike over pay.\n"
            "    Nearly 900 members of the Brenmoor Service Union cast ballots.\n")
    assert _status(text, "2000-04-25") == "ended"


def test_operations_stopped_for_hours_are_over_by_the_report():
    text = ("Port hit by strike\n\n"
            "Workers at the port of Kellford stopped operations for hours on Thursday, demanding "
            "more pay and paralysing dock work, union and management officials said.\n\n"
            "Union officials said the stoppage was caused by a failure by management to carry out "
            "an agreement signed in 2013.\n")
    assert _status(text, None) == "ended"


def test_stoppages_of_hours_each_day_go_on():
    text = ("Port hit by rolling stoppages\n\n"
            "Workers at the port of Kellford have stopped work for hours a day since Monday, "
            "demanding more pay, union officials said.\n\n"
            "The Tolvane Dock Workers Union said the stoppages would go on until the port "
            "authority improved its offer.\n")
    assert _status(text, None) != "ended"


def test_a_call_to_step_in_and_avert_a_strike_leaves_it_planned():
    text = ("Union call to avert strike\n\n"
            "The public service union Kestrel has called on the government to step in and avert "
            "a one-day strike of council workers later this week.\n\n"
            "More than a million workers are planning to stage a walk-out on Wednesday over a pay "
            "dispute.\n")
    assert _status(text, None) == "scheduled"


def test_a_deal_that_averted_a_strike_is_averted():
    text = ("Pay deal averts council strike\n\n"
            "A late pay offer averted a one-day strike of council workers planned for Wednesday, "
            "the Kestrel union said.\n")
    assert _status(text, None) == "averted"


def test_threatened_action_that_would_have_hit_services_suspended_is_averted():
    text = ("Union suspends rail strike action\n\n"
            "Threatened industrial action by 200 Kellford Rail staff in Brenmoor, which would have "
            "led to the cancellation of rail services out of Brenmoor starting today, has been "
            "suspended pending agreement by both management and the union to meet for talks.\n\n"
            "Up to 8,000 rail passengers would have been affected.\n")
    assert _status(text, None) == "averted"


def test_a_strike_that_ran_and_was_then_suspended_has_ended():
    text = ("Union suspends rail strike\n\n"
            "The Tolvane Rail Union suspended its strike at Kellford Rail on Friday after ten days "
            "of walkouts that halted services out of Brenmoor.\n")
    assert _status(text, None) == "ended"


def test_strikebreakers_who_crossed_picket_lines_and_went_back_end_nothing():
    text = (" date 1985-06-03 BEER DRIVERS STRIKE DISTRIBUTORS\n"
            "    SAN MARCOS - Beer truck drivers were on the fifth day of a\n"
            "strike against Kestrel Distributing on Monday, the union said.\n"
            "    The union also struck the Orvella Beverage firm, but most of\n"
            "its 33 employees have already crossed picket lines and gone back\n"
            "to work.\n")
    f = extract_article(Article(id="st23b", text=text, published="1985-06-03"))
    assert f.status.value == "ongoing"
    assert "return_to_work" not in [e.value for e in f.bargaining_events]


def test_striking_workers_who_will_be_back_tonight_are_no_strike_planned():
    text = (" date 2009-07-30 CITY WORKERS RETURN TO WORK\n"
            "    Kellford's inside workers will be back on the job at 12:01\n"
            "tonight after ratifying four new contracts.\n"
            "    The good news is striking workers will be back on the job\n"
            "just after midnight tonight, Local 79 said.\n")
    f = extract_article(Article(id="st23c", text=text, published="2009-07-30"))
    assert f.status is None or f.status.value != "scheduled"
