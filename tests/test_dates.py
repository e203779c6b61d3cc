"""Dates: the relative-date resolver, durations, the inferred publication date and the
action's start and end, on sentences and small articles written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from picketline.extract import dates, extract_article
from picketline.extract.dates import parse_duration, resolve_relative, tense_at
from picketline.model import Article
from picketline.nlp import Context

WED = date(2023, 3, 22)  # a Wednesday


# --- resolve_relative -----------------------------------------------------------------------
@pytest.mark.parametrize("expr,tense,expected", [
    ("Thursday", "future", date(2023, 3, 23)),
    ("Thursday", "past", date(2023, 3, 16)),
    ("Wednesday", "future", WED),  # same day when it is that weekday
    ("Wednesday", "past", WED),
    ("Monday", None, date(2023, 3, 20)),  # nearest: two days back beats five ahead
    ("Friday", None, date(2023, 3, 24)),
    ("next Thursday", None, date(2023, 3, 30)),
    ("last Monday", None, date(2023, 3, 20)),
    ("this Sunday", None, date(2023, 3, 26)),
    ("tomorrow", None, date(2023, 3, 23)),
    ("yesterday", None, date(2023, 3, 21)),
    ("today", None, WED),
    ("tonight", None, WED),
    ("in less than 24 hours", None, date(2023, 3, 23)),
    ("next week", None, date(2023, 3, 27)),  # week-level: the Monday of that week
    ("Sept. 15", None, date(2023, 9, 15)),
    ("Oct. 4, 2021", None, date(2021, 10, 4)),
    ("2022-11-30", None, date(2022, 11, 30)),
    ("4 April 2023", None, date(2023, 4, 4)),
])
def test_resolve_relative(expr, tense, expected):
    assert resolve_relative(expr, WED, tense) == expected


def test_month_day_stays_in_the_anchor_year_for_a_recent_past_day():
    # the trap of dateparser's "future" preference: March 21 must not move to 2024
    assert resolve_relative("March 21", date(2023, 3, 23)) == date(2023, 3, 21)
    assert resolve_relative("March 21", date(2023, 3, 23), "past") == date(2023, 3, 21)


def test_month_day_crosses_the_new_year_when_the_tense_says_so():
    assert resolve_relative("Dec. 31", date(2024, 1, 5), "past") == date(2023, 12, 31)
    assert resolve_relative("Jan. 3", date(2023, 12, 20), "future") == date(2024, 1, 3)
    # a far past reading is not forced on a date later in the same year
    assert resolve_relative("May 25", date(2023, 5, 4), "past") == date(2023, 5, 25)


def test_a_stated_weekday_picks_the_year():
    # Sept. 26 was a Tuesday in 2023, not in 2024
    assert resolve_relative("Tuesday, Sept. 26", date(2024, 1, 10)) == date(2023, 9, 26)


def test_not_a_date():
    assert resolve_relative("the union said", WED) is None
    assert resolve_relative("Teachers may strike", WED) is None  # the modal, not the month


@pytest.mark.parametrize("sentence,word,tense", [
    ("Drivers will walk off the job Thursday.", "Thursday", "future"),
    ("Drivers walked off the job Thursday.", "Thursday", "past"),
    ("The stoppage is scheduled to run through Friday.", "Friday", "future"),
    ("The lockout began early Saturday.", "Saturday", "past"),
    ("Pickets form Tuesday.", "Tuesday", None),
    ("Nurses marched from May 4 through May 9.", "May 9", "past"),
])
def test_tense_at(sentence, word, tense):
    assert tense_at(sentence, sentence.index(word)) == tense


@pytest.mark.parametrize("text,days", [
    ("a three-day strike at four plants", 3),
    ("the 72-hour walkout", 3),
    ("a two-week lockout", 14),
    ("a one-day strike on Black Friday", 1),
    ("the walkout is set to last five days", 5),
    ("a strike that lasted 148 days", 148),
    ("workers walked off the job for two days", 2),
    ("an open-ended strike", None),
    ("three days of talks", None),
])
def test_parse_duration(text, days):
    assert parse_duration(text) == days


def test_end_from_start_counts_the_first_day():
    assert dates.end_from_start(date(2023, 3, 21), 3) == date(2023, 3, 23)


# --- publication date -----------------------------------------------------------------------
def _ctx(text: str, published: str | None = None, title: str | None = None) -> Context:
    return Context(Article(id="t", text=text, published=published, title=title))


def test_given_publication_date_is_kept():
    ctx = _ctx("date 2024-06-03 Bakers strike\n\nBakers walked out on Monday.", "2024-06-03")
    f = dates.publication_date(ctx)
    assert f.value == "2024-06-03" and f.note == "given"


def test_publication_inferred_from_day_n_of_a_dated_action():
    text = ("Port strike enters its third day Friday as talks stall\n\n"
            "The strike at the container terminals enters its third day Friday, with no talks "
            "scheduled.\n"
            "Dockworkers picket the main gate on Oct. 2, 2024, the first day of a five-day strike. "
            "(Photo: Staff)\n"
            "The union wants a 12% raise.")
    f = dates.publication_date(_ctx(text))
    assert f is not None and f.value == "2024-10-04"
    assert f.note and f.note.startswith("inferred")


def test_publication_inferred_from_lead_weekday_and_dated_caption():
    text = ("Bus mechanics walk out in Riverton\n\n"
            "Bus mechanics at the Riverton transit agency walked off the job early Tuesday, "
            "leaving dozens of buses idle in the yard.\n"
            "Mechanics picket outside the Riverton bus depot on Tuesday, June 4, 2024. (Photo: Staff)\n"
            "Their contract expired on May 31. Talks are set to resume on Monday, June 10.")
    f = dates.publication_date(_ctx(text))
    assert f is not None and f.value == "2024-06-04"


def test_no_publication_date_without_any_dated_mention():
    text = ("Cooks walk out at diner chain\n\nCooks at six diners walked off the job Thursday "
            "over unpaid overtime, the union said.")
    assert dates.publication_date(_ctx(text)) is None


# --- action dates through the whole extractor ---------------------------------------------
def _facts(text: str, published: str | None = None, title: str | None = None):
    return extract_article(Article(id="a", text=text, published=published, title=title))


def _dates(f):
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


def test_scheduled_strike_with_weekday_and_duration():
    f = _facts("date 2024-02-05 Librarians set three-day strike for Thursday\n\n"
               "Librarians at the Lakeshore Public Library system will walk off the job Thursday "
               "in a three-day strike over pay, their union announced Monday.\n"
               "The union, AFSCME Local 88, represents about 400 library workers.",
               "2024-02-05")
    assert f.status.value == "scheduled"
    assert _dates(f) == ("2024-02-08", "2024-02-10")


def test_ended_strike_from_through_dates():
    f = _facts("date 2024-05-20 Bakery workers end strike\n\n"
               "Bakery workers at Golden Crust ended their strike on Saturday after a tentative "
               "agreement, the union said.\n"
               "About 300 members of the bakers' union walked picket lines from Monday, May 13, "
               "through Friday, May 17, and returned to work Saturday.", "2024-05-20")
    assert f.status.value == "ended"
    assert _dates(f) == ("2024-05-13", "2024-05-17")


def test_early_morning_end_means_the_day_before():
    f = _facts("date 2024-09-09 Hotel workers begin strike\n\n"
               "Hotel housekeepers and cooks began a strike at 6 a.m. Monday at three downtown hotels, "
               "the union said.\n"
               "The walkout runs until 6 a.m. Thursday, when workers are due back on the job.",
               "2024-09-09")
    assert _dates(f) == ("2024-09-09", "2024-09-11")


def test_open_ended_strike_has_no_end():
    f = _facts("date 2024-03-04 Miners go on strike\n\n"
               "Miners at the Copper Ridge mine went on strike Monday morning in an open-ended "
               "walkout over safety, the union said.\n"
               "The mine employs about 900 workers.", "2024-03-04")
    assert f.status.value == "ongoing"
    assert _dates(f) == ("2024-03-04", None)


def test_copy_written_the_day_before_its_date_line():
    # the copy speaks from Monday ("On Monday evening ... in less than 24 hours"), the date
    # line says Tuesday: the strike starts on Tuesday, not Wednesday
    f = _facts("date 2024-04-16 Cleaners to strike at city offices\n\n"
               "In less than 24 hours, about 2,000 city cleaners will walk out, their union said.\n"
               "On Monday evening, the city manager announced that offices would stay open.\n"
               "The cleaners' contract expired in January.", "2024-04-16")
    assert f.status.value == "scheduled"
    assert f.start_date.value == "2024-04-16"


def test_last_day_and_duration_give_the_start():
    f = _facts("date 2024-11-14 Dock workers will conclude a three-day strike on Thursday\n\n"
               "Dock workers continued to strike at the port on Thursday, calling for higher wages.\n"
               "The longshore union said members would return to work on Friday.", "2024-11-14")
    assert f.status.value == "ongoing"
    assert _dates(f) == ("2024-11-12", "2024-11-14")


# --- generalisation rules -------------------------------------------------------------------
@pytest.mark.parametrize("expr,tense,expected", [
    ("will walk out on the 28th", "future", date(2023, 3, 28)),
    ("will walk out on the 2nd", "future", date(2023, 4, 2)),  # the 2nd has passed: next month
    ("walked out on the 20th", "past", date(2023, 3, 20)),
    ("on the 14th of April", None, date(2023, 4, 14)),
])
def test_resolve_ordinal_day(expr, tense, expected):
    assert resolve_relative(expr, WED, tense) == expected


@pytest.mark.parametrize("expr", ["the 14th floor", "on the 19th century", "the 3rd shift"])
def test_an_ordinal_that_is_no_date(expr):
    assert resolve_relative(expr, WED) is None


@pytest.mark.parametrize("text,days", [
    ("a four-day library workers strike", 4),
    ("a 10-day strike notice", None),  # the notice's length, not the strike's
    ("less than four hours before a strike was set to begin", None),
    ("cleaners will strike for a fortnight", 14),
    ("The stoppage began Oct. 6 and lasted four school days.", 4),
    ("nearly two weeks of job action", None),
])
def test_parse_duration_generalised(text, days):
    assert parse_duration(text) == days


def test_school_days_skip_the_weekend():
    assert dates.end_from_start(date(2023, 3, 22), 5, workdays=True) == date(2023, 3, 28)
    assert dates.start_from_end(date(2023, 3, 28), 5, workdays=True) == date(2023, 3, 22)


def test_strike_that_lasted_school_days_ends_on_a_weekday():
    f = _facts("date 2024-10-14 Teachers back in class after contract vote\n\n"
               "Teachers in the Maple Grove district returned to their classrooms Monday after "
               "members voted Sunday to ratify a new contract, ending the strike.\n"
               "The strike began Oct. 3 and lasted five school days.", "2024-10-14")
    assert f.status.value == "ended"
    assert _dates(f) == ("2024-10-03", "2024-10-09")


def test_ended_with_a_date_is_the_last_day():
    f = _facts("date 2024-10-09 Rotating strikes at water utility end with tentative deal\n\n"
               "Rotating strikes by workers at the city water utility are over after the utility "
               "and the union reached a tentative agreement early Wednesday.\n"
               "The rotating job action began Sept. 25 and ended Tuesday, Oct. 8, the union said.\n"
               "Workers return to regular duties after nearly two weeks of job action.",
               "2024-10-09")
    assert f.status.value == "ended"
    assert _dates(f) == ("2024-09-25", "2024-10-08")


def test_a_deal_that_ends_a_strike_dates_its_last_day():
    f = _facts("date 2024-05-10 Librarians reach deal\n\n"
               "The city and the librarians' union reached a tentative agreement late Thursday, "
               "ending a three-day library workers strike. Branches reopen Saturday.\n"
               "Members will vote on the deal next week.", "2024-05-10")
    assert _dates(f) == ("2024-05-07", "2024-05-09")


def test_a_date_followed_by_a_procedure_is_no_start():
    f = _facts("date 2024-01-17 Teachers declare impasse\n\n"
               "The teachers' union declared an impasse in contract talks Tuesday, starting a "
               "formal procedure that could lead to the district's first strike in decades.\n"
               "Teachers can strike only after 14 days of public final offers, the union said.\n"
               "The union represents 900 teachers.", "2024-01-17")
    assert f.start_date is None


def test_a_sickout_lasts_a_day_unless_it_goes_on():
    one = _facts("date 2024-07-29 Warehouse workers stage sickout over heat\n\n"
                 "More than 200 warehouse workers called out sick Sunday in a coordinated "
                 "sickout over heat inside the building, organizers said.\n"
                 "The company said attendance was slightly below normal.", "2024-07-29")
    assert one.status.value == "ended"
    assert _dates(one) == ("2024-07-28", "2024-07-28")
    more = _facts("date 2024-07-30 Sickout stretches into second day at warehouse\n\n"
                  "For a second straight day, warehouse workers called in sick Tuesday, and the "
                  "company cut shifts.\n"
                  "The sickout began Monday morning, organizers said.", "2024-07-30")
    assert more.status.value == "ongoing"
    assert _dates(more) == ("2024-07-29", None)


def test_a_one_day_walkout_on_the_nth():
    f = _facts("date 2024-10-07 Lab workers announce one-day walkout\n\n"
               "Research lab workers at the institute will hold a one-day walkout on the 15th, "
               "their union said Monday.\n"
               "The union's 800 members will walk off the job and picket at the main gate "
               "beginning at 8 a.m.", "2024-10-07")
    assert f.status.value == "scheduled"
    assert _dates(f) == ("2024-10-15", "2024-10-15")


def test_publication_from_the_copy_naming_its_own_day():
    text = ("Maple Grove students were back in class this morning, Monday, Oct. 14, after their "
            "teachers ratified a contract.\n"
            "Teachers returned to their classrooms today, ending the strike.\n"
            "Members voted Sunday to ratify the deal, the union said.")
    f = dates.publication_date(_ctx(text))
    assert f.value == "2024-10-14"


def test_publication_from_day_n_with_no_year_anywhere():
    # day 20 of a lockout that began March 3 falls on a Saturday only in some years
    text = ("Foundry lockout drags on\n"
            "The lockout of 300 workers at the foundry, which began March 3, reached its 20th day "
            "Saturday with no talks scheduled.\n"
            "The union filed charges with the labor board last week.")
    f = dates.publication_date(_ctx(text))
    d = date.fromisoformat(f.value)
    assert (d.month, d.day) == (3, 22) and d.weekday() == 5 and d.year <= date.today().year + 1


def test_publication_from_day_n_reads_the_year_against_the_reference_day(monkeypatch):
    # the same copy read as of mid-2024: March 22 was a Saturday in 2025 (too late) and 2014
    monkeypatch.setattr(dates, "reference_day", lambda: date(2024, 6, 1))
    text = ("Foundry lockout drags on\n"
            "The lockout of 300 workers at the foundry, which began March 3, reached its 20th day "
            "Saturday with no talks scheduled.\n"
            "The union filed charges with the labor board last week.")
    assert dates.publication_date(_ctx(text)).value == "2025-03-22"
    monkeypatch.setattr(dates, "reference_day", lambda: date(2023, 6, 1))
    assert dates.publication_date(_ctx(text)).value == "2014-03-22"


@pytest.mark.parametrize("today, expected", [
    (date(2026, 12, 3), date(2025, 2, 27)),  # 2027 down: Thursday Feb. 27 first fits 2025
    (date(2024, 1, 10), date(2025, 2, 27)),  # the year after the reference day is looked at
    (date(2023, 1, 10), date(2020, 2, 27)),  # 2025 is past the year after: 2020
    (date(2018, 5, 1), date(2014, 2, 27)),
])
def test_weekday_date_with_no_anchor_takes_the_latest_year_up_to_the_next(today, expected):
    assert dates.pick_year(2, 27, None, weekday=3, today=today) == expected
    assert dates.latest_fitting(2, 27, 3, today=today) == expected


def test_weekday_date_fallback_looks_back_a_bounded_number_of_years():
    # Feb. 29 on a Monday: 2016 is more than FALLBACK_YEARS before a 2030 reference day
    assert dates.latest_fitting(2, 29, 0, today=date(2030, 1, 1)) is None
    assert dates.latest_fitting(2, 29, 0, today=date(2020, 1, 1)) == date(2016, 2, 29)


def test_month_day_with_no_anchor_and_no_weekday_has_no_year():
    assert dates.pick_year(2, 27, None, today=date(2026, 1, 1)) is None


def test_reference_day_is_the_machines_date_unless_replaced():
    assert dates.reference_day() == date.today()


def test_publication_of_a_liveblog_dated_in_its_header():
    text = ("LIVE: Lab workers walk out for 24 hours\n"
            "Live coverage of the one-day walkout at the institute on Thursday, Oct. 16, 2025\n"
            "3:30 p.m. — The walkout is scheduled to continue until midnight tonight.\n"
            "2:15 p.m. — About 600 workers are withholding their labor today, the union says.\n"
            "7:30 a.m. — Good morning. Lab workers are beginning a 24-hour walkout.")
    assert dates.publication_date(_ctx(text)).value == "2025-10-16"


def test_strikers_staying_out_through_a_day_give_the_end():
    f = _facts("date 2024-02-15 Hospital nurses begin strike over staffing\n\n"
               "Some 900 nurses at Lakeside Hospital went on strike Thursday morning, their union "
               "said.\n"
               "The nurses plan to stay out through Saturday and return to work Sunday at 7 a.m.",
               "2024-02-15")
    assert f.status.value == "ongoing"
    assert _dates(f) == ("2024-02-15", "2024-02-17")


def test_a_walkout_that_would_begin_and_last_n_days():
    f = _facts("date 2024-02-05 Nurses deliver 10-day strike notice\n\n"
               "Nurses handed the hospital a 10-day strike notice Monday, setting the stage for a "
               "walkout that would begin at 7 a.m. Thursday, Feb. 15, and last three days.",
               "2024-02-05")
    assert f.status.value == "scheduled"
    assert _dates(f) == ("2024-02-15", "2024-02-17")


def test_returning_to_work_ends_the_strike_the_day_before():
    f = _facts("date 2024-03-12 Grocery workers back on the job\n\n"
               "Grocery workers returned to work Thursday after a 10-day strike, their union said.\n"
               "The union represents 3,000 workers at 40 stores.", "2024-03-12")
    assert f.status.value == "ended"
    assert _dates(f) == ("2024-02-26", "2024-03-06")  # ten days, leap year


def test_a_lockout_ends_the_day_it_is_lifted():
    f = _facts("date 2024-03-12 Company lifts lockout\n\n"
               "The company lifted its lockout of 300 workers on Friday after they approved a new "
               "contract, the union said. Workers return to the plant Monday.\n"
               "The lockout began Feb. 1.", "2024-03-12")
    assert f.action_type.value == "lockout" and f.status.value == "ended"
    assert _dates(f) == ("2024-02-01", "2024-03-08")


@pytest.mark.parametrize("pub,headline,body,expected", [
    ("2024-11-20", "Walkout set for Dec. 1-3",
     "Cooks and servers at three casinos will walk out Dec. 1-3, the union said.",
     ("2024-12-01", "2024-12-03")),
    ("2024-03-11", "Cleaners to strike",
     "Cleaners will strike between March 20 and March 22, the union said.",
     ("2024-03-20", "2024-03-22")),
    ("2024-03-11", "Teachers to strike Monday to Wednesday",
     "Teachers will strike from Monday, March 18, to Wednesday, March 20, the union said.",
     ("2024-03-18", "2024-03-20")),  # the headline's Monday is the stated one, not today
])
def test_ranges_and_stated_days(pub, headline, body, expected):
    f = _facts(f"date {pub} {headline}\n\n{body}\nThe union represents 500 workers.", pub)
    assert f.status.value == "scheduled"
    assert _dates(f) == expected


@pytest.mark.parametrize("text,expected,note", [
    ("Posted: March 3, 2025 4:12 PM ET | Updated: March 4, 2025\nNurses strike at Mercy\n"
     "Nurses at Mercy walked off the job early Tuesday, the union said.", "2025-03-03", "posted"),
    ("Nurses strike at Mercy\nUpdated 3:15 p.m. EST, Mon March 3, 2025\n"
     "Nurses at Mercy walked off the job early Sunday, the union said.", "2025-03-03", "updated"),
])
def test_publication_from_a_dateline_stamp(text, expected, note):
    f = dates.publication_date(_ctx(text))
    assert f.value == expected and note in f.note


@pytest.mark.parametrize("body,expected", [
    ("Refuse workers will take industrial action on 5 and 6 March, Unite said.",
     ("2024-03-05", "2024-03-06")),
    ("Refuse workers will strike on 5, 6 and 7 March, Unite said.", ("2024-03-05", "2024-03-07")),
    ("Refuse workers will strike 5-7 March, Unite said.", ("2024-03-05", "2024-03-07")),
    ("Dockworkers will strike on March 20 and 21, the union said.", ("2024-03-20", "2024-03-21")),
])
def test_lists_of_days(body, expected):
    f = _facts(f"date 2024-02-20 Strike dates set\n\n{body}\nThe union represents 500 workers.",
               "2024-02-20")
    assert f.status.value == "scheduled"
    assert _dates(f) == expected


def test_a_comma_in_a_list_of_days_keeps_the_clause_tense():
    s = "Workers will strike on 5, 6 and 7 March, the union said."
    assert tense_at(s, s.index("7 March")) == "future"


def test_a_day_in_the_second_week_is_no_start():
    f = _facts("date 2024-03-12 Strike enters second week\n\n"
               "The strike by 2,000 machinists at the aircraft plant entered its second week Monday "
               "with no talks scheduled, the union said.", "2024-03-12")
    assert f.status.value == "ongoing"
    assert f.start_date is None


# --- round 2: undated copy pinned by yesterday / a dated statement / its own weekday ---------
@pytest.mark.parametrize("text,expected,note", [
    ("Dock crews back at work after strike\n"
     "The 300 crane drivers returned to the quays at first light yesterday, Tuesday 11 March 2025, "
     "after a three-day strike.", "2025-03-12", "yesterday"),
    ("The ferry lockout is over.\nDeckhands ratified a new contract, the union said, and the "
     "company lifted the lockout at midnight Monday.\n"
     "The company, in a statement dated April 8, 2025, thanked passengers.", "2025-04-08", "dated statement"),
    ("A park ranger was taken to hospital after a fall, park officials said Tuesday, July 1, 2025.\n"
     "He was recovering.", "2025-07-01", "dated statement"),
])
def test_publication_pinned_by_the_copy(text, expected, note):
    f = dates.publication_date(_ctx(text))
    assert f is not None and f.value == expected and note in f.note


def test_publication_from_the_copy_naming_its_own_weekday():
    text = ("Pickets went up at the college for a second day yesterday as lecturers kept up their "
            "three-day strike.\n"
            "The strike began on Monday and is due to finish this evening, Wednesday.\n"
            "PHOTO: Lecturers picket the main gate on Tuesday, 11 March 2025.")
    f = dates.publication_date(_ctx(text))
    assert f is not None and f.value == "2025-03-12"


def test_a_strike_set_for_a_time_and_weekday_then_called_off_keeps_its_start():
    f = _facts("date 2025-05-16 Bakery strike called off after overnight deal\n"
               "A strike by 900 bakery workers set for 12:01 a.m. Friday was called off an hour "
               "before the deadline after the company and the union reached a tentative agreement.",
               "2025-05-16")
    assert f.status.value == "averted"
    assert f.start_date is not None and f.start_date.value == "2025-05-16"


def test_the_previous_contract_is_no_earlier_action():
    f = _facts("date 2025-11-05 Plant strike drags on\n"
               "The strike at the axle plant, which began Sept. 27 after the previous contract "
               "expired, is now in its 40th day, the union said. About 900 workers are off the job.",
               "2025-11-05")
    assert f.start_date is not None and f.start_date.value == "2025-09-27"


def test_games_cancelled_through_a_date_are_no_end_of_a_lockout():
    f = _facts("date 2025-06-02 Lockout hits third week\n"
               "The league's lockout of its players reached its 21st day Sunday, and the league "
               "announced that 40 games through June 15 have been cancelled. The players association "
               "filed a charge last week.", "2025-06-02")
    assert f.status.value == "ongoing"
    assert f.end_date is None


def test_a_lifted_lockout_at_midnight_ends_that_day():
    f = _facts("date 2025-04-10 Ferry lockout over\n"
               "The ferry company lifted the lockout at midnight Wednesday after deckhands ratified a "
               "new contract, the union said. The 20-day lockout idled 300 deckhands.", "2025-04-10")
    assert f.end_date is not None and f.end_date.value == "2025-04-09"


def test_a_live_informational_picket_today_is_its_own_day():
    f = _facts("date 2025-04-29 LIVE: Nurses picket outside Mercy hospital\n"
               "10:10 a.m.\nAbout 300 off-duty nurses came through today, union officials said.\n"
               "9:00 a.m.\nMembers of the nurses union are gathering outside the hospital for an "
               "informational picket running 9 a.m. to 3 p.m. This is an informational picket, not a "
               "strike.", "2025-04-29")
    assert f.action_type.value == "protest"
    assert _dates(f) == ("2025-04-29", "2025-04-29")


def test_a_four_day_walk_off_from_monday_ends_thursday():
    f = _facts("date 2025-02-15 Pickers back at work\n"
               "Grape pickers who walked off the vineyards have gone back to work after a four-day "
               "walk-off that began on Monday and ended with a deal, the pickers' committee said.",
               "2025-02-15")
    assert f.status.value == "ended"
    assert _dates(f) == ("2025-02-10", "2025-02-13")
