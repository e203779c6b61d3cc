"""Dates (issue 14, round 27): a weekday after a modal and a passive ("will be locked out as
of 8pm Monday") lies ahead; a concessive clause after a date ("even though the government
has declared it illegal") lends it no tense; "last week Friday" is the Friday of last week;
an action told in hours that "ends on Saturday" ends on the Saturday. Articles written for
these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="dt27", text=text, published=published))
    assert f.labor
    return f


def _day(fact) -> str | None:
    return fact.value if fact else None


def test_a_lockout_that_will_begin_on_a_weekday_lies_ahead():
    text = ("date 2011-10-29 Kelmera Air grounds entire fleet\n\n"
            "In a shock move, Kelmera Air's chief Orin Kestrel announced today all domestic "
            "employees involved with the dispute will be locked out as of 8pm Monday, but the "
            "fleet would be grounded immediately.\n")
    assert _day(_facts(text, "2011-10-29").start_date) == "2011-10-31"  # a Saturday's Monday


def test_a_strike_pressed_ahead_with_despite_a_ruling_lies_ahead():
    text = ("date 2003-06-27 Kellish strike to go ahead\n\n"
            "Kellish unions are pressing ahead with an indefinite general strike on Monday even "
            "though the government has declared it illegal.\n")
    assert _day(_facts(text, "2003-06-27").start_date) == "2003-06-30"  # a Friday's Monday


def test_last_week_friday_is_the_friday_of_last_week():
    text = ("date 2007-09-28 Doctors and nurses on strike\n\n"
            "Doctors and nurses at Kellport hospitals are on strike over pay. The strike began "
            "last week Friday.\n")
    assert _day(_facts(text, "2007-09-28").start_date) == "2007-09-21"


def test_an_action_told_in_hours_that_ends_on_a_day_ends_that_day():
    text = ("date 2007-11-09 Kelmera rail freight strike\n\n"
            "About 900 rail workers at Kelmera Freight are on strike. The 42-hour strike began "
            "at noon on Thursday and will end on Saturday morning.\n")
    f = _facts(text, "2007-11-09")
    assert (_day(f.start_date), _day(f.end_date)) == ("2007-11-08", "2007-11-10")


def test_a_length_in_days_still_gives_the_last_day():
    text = ("date 2007-11-09 Kelmera rail freight strike\n\n"
            "About 900 rail workers at Kelmera Freight are on strike. The two-day strike began "
            "on Thursday.\n")
    f = _facts(text, "2007-11-09")
    assert (_day(f.start_date), _day(f.end_date)) == ("2007-11-08", "2007-11-09")


def test_a_weekday_told_in_the_past_stays_past():
    text = ("date 2011-10-29 Kelmera Air engineers locked out\n\n"
            "Kelmera Air engineers were locked out on Monday and remain off the job, the union "
            "said today.\n")
    assert _day(_facts(text, "2011-10-29").start_date) == "2011-10-24"


def test_a_24_hour_strike_due_to_end_by_noon_the_next_day_ends_that_day():
    text = ("date 2005-12-28 Kellport tram strike talks fail\n\n"
            "About 4,000 tram staff are due to walk out at noon on 31 December in a dispute over "
            "staffing levels. The 24-hour strike was called over new rosters. The walkout is due "
            "to end by noon on 1 January.\n")
    f = _facts(text, "2005-12-28")
    assert (_day(f.start_date), _day(f.end_date)) == ("2005-12-31", "2006-01-01")


def test_tuesday_next_written_on_a_tuesday_is_a_week_ahead():
    text = ("date 2009-11-17 Civil servants set day of action\n\n"
            "Members of the Kellport Civil Service Union will strike. A Day of Action has been "
            "scheduled for Tuesday next, November 24, in the Public Service.\n")
    assert _day(_facts(text, "2009-11-17").start_date) == "2009-11-24"


def test_a_weekday_with_its_date_still_reads_as_that_date():
    text = ("date 2009-11-17 Teachers to strike\n\n"
            "Teachers will strike on Tuesday, November 24, the Kellport Teachers Union said.\n")
    assert _day(_facts(text, "2009-11-17").start_date) == "2009-11-24"
