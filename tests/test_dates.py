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
