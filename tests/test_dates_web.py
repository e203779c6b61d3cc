"""Dates in recent web news copy: ranges of weekdays, durations and ends told loosely
("until the early hours of"), start dates given "with effect from" a day, same-day reports,
and years that do not depend on the day the code runs. Articles written for these tests
(no text from any evaluation set)."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article
import pytest

import probes


def _facts(text: str, published: str | None):
    return extract_article(Article(id="w", text=text, published=published))


def _dates(f):
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


# --- ranges of weekdays -------------------------------------------------------------------
def test_a_range_of_weekdays_in_a_past_clause_closes_after_its_start():
    # written on Tuesday 2024-05-14: "Wednesday" closes the range that began Monday, it is
    # not the Wednesday of the week before
    f = _facts("Dockworkers strike at southern port\n\n"
               "About 2,000 dockworkers at the Port of Marlow began a strike from Monday to "
               "Wednesday over pay.\nThe stoppage halted container traffic, the Harbour Workers "
               "Union said.", "2024-05-14")
    assert _dates(f) == ("2024-05-13", "2024-05-15")


# --- loose ends ---------------------------------------------------------------------------
def test_an_end_in_the_early_hours_of_a_named_day():
    f = _facts("Published: 2024-03-06\nNationwide strike shuts ports\n\n"
               "A nationwide general strike called by the transport unions began this Wednesday. "
               "The stoppage, which began at dawn, is expected to continue until the early hours "
               "of this Thursday and has grounded most flights.", None)
    assert _dates(f) == ("2024-03-06", "2024-03-07")


# --- a strike declared "starting from" a dated weekday, in undated copy ------------------------
def test_an_undated_declaration_leaves_the_publication_open_and_dates_the_strike():
    # the latest stated date (an ultimatum issued a month before) and the "Sunday" of the
    # briefing cannot pin the week the copy was written: no publication day; the strike
    # starts on its stated day and a two-week strike ends 14 days on
    f = _facts("Lecturers declare two-week warning strike\n\n"
               "The Union of College Lecturers has declared a two-week nationwide warning strike "
               "starting from midnight, Monday, March 16, 2026.\n"
               "The union's president announced the strike at a press briefing in the capital on "
               "Sunday. The move follows a 21-day ultimatum issued on February 15.", None)
    assert f.published is None
    assert _dates(f) == ("2026-03-16", "2026-03-29")


# --- a year inside a sentence is no photo caption ------------------------------------------------
def test_a_dated_background_sentence_does_not_date_a_today_report():
    # "today" and a contract that expired on a stated day: that day is background, not the
    # day of the copy (only a caption line closing on its date's year dates the copy)
    from picketline.extract import dates
    from picketline.nlp import Context
    text = ("Nurses strike at Harbor General\n\n"
            "About 900 nurses are on strike today at Harbor General Hospital, their union said.\n"
            "The nurses' last contract expired on June 30, 2024, and talks broke down in the "
            "spring over staffing.")
    assert dates.publication_date(Context(Article(id="c", text=text))) is None


# --- a quote's day before the action ----------------------------------------------------------
def test_a_day_said_before_the_strike_is_not_its_first_day():
    f = _facts("Published: 2025-07-02\nCity workers strike for first time in decades\n\n"
               "About 8,000 city workers are on strike for the first time in decades on Tuesday "
               "after talks with the city broke down overnight, the Municipal Employees Union said.\n"
               "\"We made real progress,\" the union's president said Monday morning before the "
               "strike. \"It was not enough.\"", None)
    assert f.start_date is not None and f.start_date.value == "2025-07-01"


# --- the copy names its own day -----------------------------------------------------------------
def test_since_dawn_on_a_named_day_dates_the_copy():
    from picketline.extract import dates
    from picketline.nlp import Context
    text = ("Teachers march across the country\n\n"
            "Since dawn, this Tuesday, March 10, 2026, teachers have marched in more than 200 "
            "towns, the unions said.\n"
            "The unions called the day of action against the education budget.")
    assert dates.publication_date(Context(Article(id="d", text=text))).value == "2026-03-10"


# --- a one-day action closes on its first day -------------------------------------------------------
def test_a_national_day_of_action_ends_on_its_day():
    f = _facts("Published: 2026-03-09\nUnions set national day of action\n\n"
               "The country's main union federations have called a national day of action for "
               "Thursday, March 12, with strikes planned in schools, hospitals and rail.", None)
    assert _dates(f) == ("2026-03-12", "2026-03-12")


def test_a_day_long_strike_ends_on_its_day():
    f = _facts("Published: 2026-03-09\nDockers plan strike\n\n"
               "Dockworkers at the northern ports will hold a day-long strike on Wednesday, the "
               "dockers' union said.", None)
    assert _dates(f) == ("2026-03-11", "2026-03-11")


def test_a_day_to_come_is_no_day_an_action_under_way_was_reported():
    # more workers "are set to join" strikes under way this Saturday: the strikes began
    # before, on a day the copy does not give
    text = ("Cooks at three more hotel chains to join walkouts\n"
            "Published: 2024-12-21\n\n"
            "Cooks at hotels in Leeds, Hull and York are set to join the spreading strikes this "
            "Saturday, their union said in a statement. The walkouts over pay and rotas have grown "
            "week by week.\n")
    f = extract_article(Article(id="w", text=text))
    assert f.status.value == "ongoing"
    assert (f.start_date, f.end_date) == (None, None)


def test_a_protest_held_until_demands_are_met_is_no_one_day_action():
    text = ("Dock porters block port road over back pay\n"
            "Published: 2024-10-21\n\n"
            "Porters laid off by a closed warehouse firm staged protests today, blocking the main "
            "port road and demanding two months of back pay.\n\n"
            "The protest, joined by some 400 porters, started at about 7am and was still under way "
            "in the afternoon, causing long queues of lorries, our correspondent reports.\n\n"
            "The porters said they will not go home until their demands are met.\n")
    f = extract_article(Article(id="w", text=text))
    assert f.action_type.value == "protest"
    assert (f.start_date.value, f.end_date) == ("2024-10-21", None)


def _web(text: str):
    f = extract_article(Article(id="w", text=text))
    return f, (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


def test_a_date_right_after_said_is_the_day_of_telling():
    text = ("Dock strikes go on into a third week\n"
            "Published: 2024-03-27\n\n"
            "The dockers' federation has decided to extend its strikes at the ports for at least "
            "another week.\n\n"
            "The federation's board said on Wednesday that the walkouts would go on without a "
            "break, hitting the same terminals.\n")
    f, d = _web(text)
    assert f.status.value == "ongoing"
    assert d == (None, None)


def test_decided_to_hold_a_strike_on_a_named_day_looks_ahead():
    text = ("Teachers' federation sets strike date\n"
            "Published: 2024-09-19\n\n"
            "The teachers' federation has decided to proceed with a 24-hour strike on Wednesday, "
            "November 13, over pay and class sizes.\n")
    f, d = _web(text)
    assert d == ("2024-11-13", "2024-11-13")


def test_would_hit_the_picket_lines_on_a_weekday_starts_a_planned_strike():
    text = ("Warehouse strike set to begin\n"
            "Published: 2024-09-30\n\n"
            "The union confirmed over the weekend that its 8,000 members would hit the picket lines "
            "at 12:01 a.m. Tuesday at warehouses across the region, after talks on a new contract "
            "stalled.\n")
    f, d = _web(text)
    assert f.status.value == "scheduled"
    assert d[0] == "2024-10-01"


def test_strike_days_listed_after_an_earlier_weekday_walkout():
    # the stoppage "on Thursday" was an earlier round; the new series runs May 3 to May 20
    text = ("Tram drivers to strike on three days in May\n"
            "Published: 2021-04-16\n\n"
            "Tram drivers are to hold another round of walkouts in their row with the operator "
            "over rosters.\n\n"
            "Members of the drivers' union will walk out on May 3 and 6 and May 20, the union said.\n\n"
            "The drivers held a stoppage on Thursday when roster talks broke up.\n")
    f, d = _web(text)
    assert f.status.value == "scheduled"
    assert d == ("2021-05-03", "2021-05-20")


def test_a_two_day_range_followed_by_to_protest():
    text = ("Bank clerks threaten strike over merger\n"
            "Published: 2019-09-20\n\n"
            "Three unions of bank clerks plan to strike on September 26 and 27 to "
            "protest against the merger of state-run banks.\n")
    f, d = _web(text)
    assert d == ("2019-09-26", "2019-09-27")


def test_a_dateline_date_is_the_releases_day_not_the_actions():
    text = ("Union takes down picket lines at one depot; stoppage at the other goes on\n"
            "Published: 2024-03-08\n\n"
            "The following statement comes from the drivers' union.\n\n"
            "TORONTO, March 8, 2024 - The lockout at the north depot now over, the union has taken "
            "down its picket lines there. Drivers will begin returning to work on Saturday.\n\n"
            "The work stoppage at the south depot remains ongoing.\n")
    f, d = _web(text)
    assert d[0] is None


def test_protests_told_beside_a_strike_do_not_date_the_strike():
    text = ("National strike called against labour bill\n"
            "Published: 2020-09-30\n\n"
            "Union federations have announced a three-day national strike on 6-8 October against "
            "a labour bill before parliament.\n\n"
            "\"Starting 29 September, we will hold daily protests in front of parliament,\" a "
            "federation leader said.\n")
    f, d = _web(text)
    assert f.action_type.value == "strike"
    assert d == ("2020-10-06", "2020-10-08")


def test_a_warning_strike_expected_to_last_several_hours_ends_on_its_day():
    text = ("Engineering union calls warning strike\n"
            "Published: 2024-10-29\n\n"
            "The engineering union announced Monday it was calling on its members to walk out "
            "briefly over pay.\n"
            "The warning strike will begin at midnight on Tuesday, the union said in a statement, "
            "and is expected to last several hours.\n")
    f, d = _web(text)
    assert d == ("2024-10-29", "2024-10-29")


def test_went_on_strike_at_a_clock_time_under_a_published_stamp():
    # a same-day report under a "Published:" stamp: the strike began on the stamp's day
    text = ("Postal clerks strike\n"
            "Published: 2024-11-15\n\n"
            "After months of talks, postal clerks are on strike. At 12:01 a.m. the clerks went "
            "on strike.\n\n"
            "The union said the employer had left it no choice.\n")
    f, d = _web(text)
    assert f.status.value == "ongoing"
    assert d == ("2024-11-15", None)


def test_a_strike_suspended_with_immediate_effect_ends_that_day():
    text = ("Unions suspend national strike for talks\n"
            "Published: 2024-06-04\n\n"
            "The two labour federations have agreed to suspend their strike over the minimum wage "
            "for a week to allow talks with the government.\n\n"
            "\"Our joint council has approved to suspend the strike for one week with immediate "
            "effect,\" a federation leader told reporters.\n")
    f, d = _web(text)
    assert f.status.value == "ended"
    assert d == (None, "2024-06-04")


# --- "at midnight <weekday>": the midnight that closes the day named ---------------------------
@pytest.mark.parametrize("told, start", [
    ("The strike began at midnight Saturday after last-minute bargaining failed", "1990-07-01"),
    ("Orvella Steel workers went on strike at midnight Saturday", "1990-07-01"),
    # "just after midnight Friday" is Friday's first hour
    ("Orvella Steel workers walked off the job just after midnight Saturday", "1990-06-30"),
])
def test_an_action_from_midnight_of_a_weekday_starts_the_next_day(told, start):
    text = (" date 1990-07-02 STRIKE AT ORVELLA STEEL\n"
            f"    {told}, the Orvella Workers Union said.\n")
    f = probes.life_of(text, "1990-07-02")
    assert f["is_labor_action"] is True
    assert f["start_date"] == start


@pytest.mark.parametrize("told", [
    "More than 2 million workers struck state-run factories, mines and offices today to "
    "protest the government's economic policies",
    "Millions of workers stayed off their jobs today to protest the government's budget",
])
def test_a_strike_told_by_its_verb_with_a_reason_to_protest_is_dated(told):
    # "to protest" gives the strike's reason: the day is the strike's, not a protest's beside it
    text = f" date 1987-01-21 STRIKE IN KELLAND\n    {told}, union leaders said.\n"
    f = probes.life_of(text, "1987-01-21")
    assert f["action_type"] == "strike"
    assert f["start_date"] == "1987-01-21"
