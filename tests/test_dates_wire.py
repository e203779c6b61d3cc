"""Dates in wire copy: hard-wrapped lines, weekday-of-week phrases, same-day reports,
week-long and half-day durations, called-off and resumed actions. Articles written for these
tests (no text from any evaluation set)."""
from __future__ import annotations

from datetime import date

import pytest

from picketline.extract import dates, extract_article
from picketline.extract.dates import parse_duration, resolve_relative, tense_at
from picketline.model import Article
from picketline.nlp import Context

THU = date(2021, 9, 16)  # a Thursday

WRAPPED = (" date 2021-09-16 BAKERS STRIKE AT NORTHERN PLANTS\n"
           "About 1,500 bakers at three plants of a\n"
           "large bread maker walked out on Tuesday over a pay\n"
           "offer, their union said.\n"
           "    The union said the stoppage would go on until\n"
           "the company improved its offer of three pct.\n")


def _ctx(text: str, published: str | None = None) -> Context:
    return Context(Article(id="t", text=text, published=published))


def _facts(text: str, published: str):
    return extract_article(Article(id="w", text=text, published=published))


def _dates(f):
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


# --- hard-wrapped copy ------------------------------------------------------------------------
def test_wrapped_lines_are_read_as_one_sentence():
    sents = [s.text for s in _ctx(WRAPPED, "2021-09-16").sentences]
    assert sents[0].startswith("date 2021-09-16 BAKERS")  # the headline stays alone
    assert sents[1] == ("About 1,500 bakers at three plants of a large bread maker walked out on "
                        "Tuesday over a pay offer, their union said.")
    assert sents[2].startswith("The union said the stoppage would go on until the company")


def test_copy_with_one_paragraph_a_line_is_left_as_split():
    text = ("Bakers strike\n\nAbout 1,500 bakers walked out on Tuesday over a pay offer.\n"
            "The union said the stoppage would go on until the company improved its offer.\n"
            "Live coverage of the walkout at the bakery on Thursday, Sept. 16, 2021\n"
            "3:30 p.m. - Pickets are at the gates.\n")
    ctx = _ctx(text)
    lines = [line for line in text.splitlines() if line]
    assert [s.text for s in ctx.sentences] == lines


def test_wrapped_sentence_evidence_offsets_are_the_articles():
    ctx = _ctx(WRAPPED, "2021-09-16")
    s = ctx.sentences[1]
    assert ctx.text[s.start:s.end].replace("\n", " ") == s.text


# --- resolver -----------------------------------------------------------------------------------
@pytest.mark.parametrize("expr,expected", [
    ("Wednesday last week", date(2021, 9, 8)),
    ("Monday of next week", date(2021, 9, 20)),
    ("Tuesday this week", date(2021, 9, 14)),
    ("last night", date(2021, 9, 15)),
    ("next wednesday", date(2021, 9, 22)),  # all-lowercase wire copy
])
def test_weekday_of_a_named_week(expr, expected):
    assert resolve_relative(expr, THU) == expected


def test_attribution_verb_after_a_date_is_no_tense_of_the_event():
    s = "Porters have called a four-day stoppage starting May 7, union officials said."
    assert tense_at(s, s.index("May")) == "future"
    s = "They will strike on Monday, union sources said."
    assert tense_at(s, s.index("Monday")) == "future"
    # a reporting verb with its own clause after the date still counts
    s = "On Monday evening, the manager announced that offices would stay open."
    assert tense_at(s, s.index("Monday")) == "past"


def test_hyphenated_adjective_is_no_past_tense():
    s = "Workers at the state-owned mine have called a strike starting on Monday."
    assert tense_at(s, s.index("Monday")) == "future"


# --- durations -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,days", [
    ("unions have launched week-long strikes in the state", 7),
    ("unions are planning a week of rolling strikes", 7),
    ("crews began a one and a half day walkout", 2),
    ("a two and a half day walkout", 3),
    ("a 48-hour stoppage", 2),
])
def test_durations(text, days):
    assert parse_duration(text) == days


def test_hedged_duration_pins_no_end():
    f = _facts("date 2021-09-16 Strike at cannery\n\n"
               "Cannery workers began a nearly two-week strike on Monday, the union said.\n",
               "2021-09-16")
    assert f.end_date is None


# --- action dates ------------------------------------------------------------------------------
def test_planned_week_of_strikes_from_next_weekday():
    f = _facts(" date 2021-09-16 UNIONS PLAN STRIKES IN PROVINCE\n"
               "Public sector unions are planning a week of\n"
               "strikes across the province, starting midnight next\n"
               "Monday, to protest against a pension bill.\n"
               "    The union council said it had called the strikes and\n"
               "other industrial action over the bill.\n", "2021-09-16")
    assert _dates(f) == ("2021-09-20", "2021-09-26")


def test_return_today_after_a_three_day_walkout():
    f = _facts(" date 2021-09-16 PORT WORKERS END STRIKE\n"
               "Work resumed at the city's container port today\n"
               "after 2,000 dockers ended their three day walk-out over\n"
               "pay, port officials said.\n"
               "    Unloading of the ships held up by the strike\n"
               "started this morning, they said.\n", "2021-09-16")
    assert _dates(f) == ("2021-09-13", "2021-09-15")


def test_called_off_on_a_weekday_ends_an_action_under_way():
    f = _facts(" date 2021-09-20 SHIPPING STAFF CALL OFF STRIKE\n"
               "About 450 crew members of a state ferry company\n"
               "called off their strike on Saturday once the\n"
               "ministry promised to look again at their wages, officials said.\n"
               "    The crews walked out on September 6 over pay.\n", "2021-09-20")
    assert _dates(f) == ("2021-09-06", "2021-09-18")


def test_same_day_report_of_a_strike_begun():
    f = _facts(" date 2021-09-16 BANK STAFF STRIKE\n"
               "Clerks at the nation's savings banks began a one\n"
               "and a half day stoppage over wages, though its impact\n"
               "was unclear.\n"
               "    Unions called the clerks out to push for\n"
               "shorter hours.\n", "2021-09-16")
    assert _dates(f) == ("2021-09-16", "2021-09-17")


def test_no_day_word_and_a_vague_time_give_no_start():
    f = _facts(" date 2021-09-16 STRIKES SHUT PAPER MILLS\n"
               "A pulp company said three of its mills had been\n"
               "halted by strikes that started over the weekend.\n"
               "    The company said about 700 workers walked out at\n"
               "the three mills in the south of the region.\n", "2021-09-16")
    assert f.start_date is None


def test_week_long_action_that_is_over_pins_no_end():
    f = _facts(" date 2021-09-16 MINE ACTION ENDS\n"
               "About 2,500 miners returned to work at a nickel mine\n"
               "after a week-long industrial action, the\n"
               "operator said.\n"
               "    A company spokeswoman said the underground go-slow\n"
               "had begun on Wednesday last week.\n", "2021-09-16")
    assert f.start_date is not None and f.start_date.value == "2021-09-08"
    assert f.end_date is None


def test_an_earthquake_date_is_no_start():
    f = _facts(" date 2021-09-16 CLASHES IN GENERAL STRIKE\n"
               "Several people were injured in scuffles during a\n"
               "one-day general strike against spending cuts\n"
               "introduced after a severe earthquake on September 2.\n", "2021-09-16")
    assert f.start_date is None or f.start_date.value != "2021-09-02"


def test_between_now_and_a_date_is_no_end_of_the_action():
    from picketline.extract.dates import _BETWEEN
    assert _BETWEEN.search("the strike will run between March 20 and ")
    assert not _BETWEEN.search("we'll be at the table every day between now and ")


# --- the day of telling is no day of the action -------------------------------------------
def test_said_today_is_no_day_of_a_protest_begun_on_a_vague_day():
    # the protest began "last weekend" (no day pinned); "said today" dates the telling only
    text = (" date 2021-09-16 MILL WORKERS DEFY HOUSING RULE\n"
            "Mill workers, rebelling against a company ban on\n"
            "families in their barracks, have brought their families to live with\n"
            "them at four textile mills, a union leader said today.\n"
            "    About 300 relatives moved into the barracks last weekend and about\n"
            "half of them have stayed on since, he said.\n")
    f = _facts(text, "2021-09-16")
    assert f.status.value == "ongoing"
    assert _dates(f) == (None, None)


def test_hurt_at_the_start_of_a_strike_is_a_same_day_report():
    # "at the start of a ... strike" in a dated lead: the strike began on the day of the copy
    text = (" date 2021-09-16 TWO HURT AS PERU TRANSPORT STRIKE BEGINS\n"
            "Two bus drivers were hurt in scuffles with police\n"
            "at the start of a national transport strike in Peru against a rise in\n"
            "fuel prices, officials said.\n"
            "    Most buses stayed in their depots in Lima and the ports were quiet.\n"
            "Organisers said the stoppage, called for one day only, might run on\n"
            "if the government did not respond.\n")
    assert _dates(_facts(text, "2021-09-16")) == ("2021-09-16", "2021-09-16")


def test_will_demonstrate_on_a_weekday_is_the_start_of_a_planned_rally_with_no_end():
    # "will demonstrate Monday", written on a Friday: the rally is on the Monday to come;
    # its length is not stated, so no last day
    text = (" date 1987-04-03 BAKERS' UNION TO PICKET MILLER OVER TAKEOVER\n"
            "The bakers' union said that about 800 of its\n"
            "members will demonstrate Monday outside the offices of a flour\n"
            "miller to protest against its planned takeover of a bread chain.\n"
            "    The union said past takeovers in the trade had cost its members\n"
            "hundreds of jobs.\n")
    f = _facts(text, "1987-04-03")
    assert f.status.value == "scheduled"
    assert _dates(f) == ("1987-04-06", None)


def test_a_list_of_strike_days_gives_its_first_and_last_day():
    text = (" date 1987-03-22 DOCKERS AT ITALIAN PORT CALL STRIKES\n"
            "Dockers at the port of Genoa have called\n"
            "for four days of stoppages next month, seeking a bigger rise\n"
            "in their 1987 pay, union sources said.\n"
            "    They said the strike days had been set for April 3, 9, 16 and 17.\n"
            "    The dockers want a rise above the government's inflation target.\n")
    f = _facts(text, "1987-03-22")
    assert f.status.value == "scheduled"
    assert _dates(f) == ("1987-04-03", "1987-04-17")


def test_a_planned_lunchtime_picket_lasts_its_day():
    # a planned picket told to fit in the day (during lunch breaks) ends on its day
    text = (" date 2025-04-14 LIBRARY STAFF TO PICKET AT NOON WEDNESDAY\n"
            "Library and archive staff at a city college will picket\n"
            "outside the main hall on Wednesday, their union said Monday.\n"
            "    Staff will picket during their lunch breaks and go back to their desks\n"
            "afterward, organisers said.\n")
    f = _facts(text, "2025-04-14")
    assert f.status.value == "scheduled"
    assert _dates(f) == ("2025-04-16", "2025-04-16")


def test_more_strikes_announced_are_no_end_of_an_action_over():
    text = (" date 1987-03-31 FERRY CREWS STRIKE FOR A DAY\n"
            "Ferry crews staged a 24-hour strike for higher pay\n"
            "yesterday, stranding about 5,000 passengers, port officials said.\n"
            "    The crews plan further stoppages on April 9 and 14.\n")
    f = _facts(text, "1987-03-31")
    assert f.status.value == "ended"
    start, end = _dates(f)
    assert end is None and (start is None or start <= "1987-03-31")  # the later days are another round


def test_considering_extending_a_strike_to_tomorrow_is_no_end():
    text = (" date 1987-09-02 GENERAL STRIKE SHUTS PORTS\n"
            "A general strike called by the labour federation\n"
            "began today, shutting the country's ports and its main airport.\n"
            "    A federation official said the federation was considering extending\n"
            "the general strike to tomorrow.\n")
    f = _facts(text, "1987-09-02")
    assert f.status.value == "ongoing"
    assert _dates(f) == ("1987-09-02", None)


def test_disruption_began_today_dates_the_action():
    text = (" date 1987-04-08 PORTS DISRUPTED IN WEEK OF ACTION\n"
            "Cargo handling at three ports was disrupted as\n"
            "unions pressed their campaign against new pension laws, shipping sources said.\n"
            "    Disruption began today at the container terminals, they said.\n"
            "    The industrial action at the ports is part of a week of action\n"
            "called by the state labour council.\n")
    f = _facts(text, "1987-04-08")
    assert f.start_date is not None and f.start_date.value == "1987-04-08"
