"""Days ahead however the telling is tensed: the day of a planned action ("had announced plans
for a walkout on Wednesday", written on a Tuesday, is tomorrow), a day an effect lasts until
("'No transactions till Saturday,' said ..."), and, in a report of an action called off, the
day of the action called off rather than an earlier round told in the past ("after pilots
staged a walkout Friday"). A walkout told as staged stays in the past. Articles written for
these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article

CALLED_OFF = ("Deal averts pilot strike at Orvella Air\n\n"
              "A union representing pilots at Orvella Air has called off a planned two-day "
              "strike after a last-minute agreement in a pay dispute.\n\n"
              "The Kestrel Pilots Union had announced plans for a walkout on Wednesday and "
              "Thursday, calling on the company to make a serious offer.\n\n"
              "It would have been the second strike in a week after pilots staged a walkout "
              "Friday that grounded hundreds of flights.")

UNTIL = ("Bank staff strike in Tolvane\n\n"
         "Bank employees in Tolvane went on strike Thursday demanding higher wages.\n\n"
         "'No transactions till Saturday in any bank or branch,' said Ann Brenmoor, secretary "
         "of one of the striking unions, the Tolvane Bank Officers' Federation, in Kellford.")


def _facts(text: str, published: str):
    f = extract_article(Article(id="t", text=text, published=published), None)
    assert f.is_labor_action.value is True
    return f


def test_a_called_off_plan_is_dated_ahead_not_by_the_earlier_round():
    f = _facts(CALLED_OFF, "2022-09-06")  # a Tuesday
    assert f.status.value == "averted"
    assert f.start_date.value == "2022-09-07"
    assert f.end_date.value == "2022-09-08"


def test_a_walkout_told_as_staged_stays_in_the_past():
    staged = CALLED_OFF.replace("had announced plans for a walkout on Wednesday",
                                "staged a walkout on Wednesday").replace(
        "has called off a planned two-day strike", "ended a two-day strike")
    f = _facts(staged, "2022-09-06")
    assert f.start_date is None or f.start_date.value < "2022-09-06"


def test_a_day_lasted_until_is_ahead_of_the_telling():
    f = _facts(UNTIL, "2009-08-06")  # a Thursday
    assert f.start_date.value == "2009-08-06"
    assert f.end_date.value == "2009-08-08"  # the Saturday ahead, not the one before
    assert f.status.value == "ongoing"


def test_a_day_told_as_the_action_enters_its_nth_day_is_that_day():
    text = ("Kellford teachers' strike enters second day\n\n"
            "Thousands of students stayed away from Kellford schools Wednesday as a walkout by "
            "teachers, counselors and nurses entered its second day.\n\n"
            "The Kellford Teachers Association wants a 9 percent raise.")
    f = _facts(text, "1989-09-07")  # a Thursday
    assert f.start_date.value == "1989-09-05"  # Wednesday the second day: Tuesday the first
    assert "dates.start.day_count_as_after" in f.start_date.rules



# an action ended on a day after a short phrase of what it was, or at a named site
ENDED_ON_A_DAY = [
    (" date 1988-01-08 KELLFORD NURSES END FIRST STRIKE\n"
     "    LONDON -- Kellford nurses ended their first strike in history Friday but "
     "warned that more could follow.\n"
     "    The 37 nurses walked off the job Thursday night at Kellford General Hospital.\n",
     "1988-01-08", "1988-01-07", "1988-01-08"),
    (" date 1988-09-01 4,000 KELLFORD WORKERS END STRIKE\n"
     "    Greeted like heroes, some 4,000 workers ended their strike at the Orvella "
     "shipyard Thursday in compliance with terms for starting talks.\n"
     "    The strike at the yard began on Aug. 22.\n",
     "1988-09-01", None, "1988-09-01"),
]


@pytest.mark.parametrize("text, published, start, end", ENDED_ON_A_DAY)
def test_an_action_ended_on_a_day(text, published, start, end):
    f = _facts(text, published)
    if start is not None:
        assert f.start_date.value == start
    assert f.end_date.value == end


def test_a_day_an_ended_action_began_is_no_end():
    text = (" date 1988-01-08 KELLFORD PORTERS END STRIKE\n"
            "    Kellford hospital porters ended the strike that began Monday, the Kellford "
            "Porters Union said today.\n")
    f = _facts(text, "1988-01-08")
    assert f.end_date is None or f.end_date.value != "1988-01-04"


def test_plans_called_off_and_a_call_to_strike_on_days_ahead():
    text = (" date 2012-02-08 KELLFORD JOURNALISTS CALLED OFF PLANS FOR THEIR FIRST STRIKE\n"
            "    LONDON Feb 8 - Kellford Herald journalists called off plans for their first "
            "strike in more than 25 years after accepting a revised pay offer on Wednesday.\n"
            "    Union members had rejected an offer of a 1.75 percent increase and had called "
            "on about 150 staff to strike on Thursday and Friday.\n")
    f = _facts(text, "2012-02-08")  # a Wednesday
    assert f.status.value == "averted"
    assert (f.start_date.value, f.end_date.value) == ("2012-02-09", "2012-02-10")


def test_a_ballot_on_strike_action_is_no_action_under_way():
    text = ("Cabin crew to ballot on strike\n\n"
            "Orvella Air cabin crew are to ballot next week on strike action over pay, the "
            "Kellford Cabin Crew Union said.")
    f = _facts(text, "2009-11-20")
    assert f.status is None or f.status.value != "ongoing"
