"""Dates in recent web news copy: ranges of weekdays, durations and ends told loosely
("until the early hours of"), start dates given "with effect from" a day, same-day reports,
and years that do not depend on the day the code runs. Articles written for these tests
(no text from any evaluation set)."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


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
