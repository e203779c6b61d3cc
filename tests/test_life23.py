"""The state and days of an action told in other words (life23): workers who refuse to work, to
sail or to mark papers, or boycott marking, with no strike word; a union ordering its members
back to work; a demonstration told before a stoppage of the same weight; a one-day strike whose
cause is told in a relative clause; services cancelled as a strike began; an action's days so
far; a short action in an opening after-clause; a strike called off on a day told; a purpose
'to protest' of an action that a past verb dates; a protest in a town and in several others.
Articles written for these tests (invented names and places; no text from any evaluation
set)."""
from __future__ import annotations

import pytest

import probes

_facts = probes.life_of
wire = probes.wire
web = probes.web


def _life(text: str, published: str | None = None) -> tuple:
    got = _facts(text, published)
    return got["is_labor_action"], got["action_type"], got["status"]


# --- refusals and boycotts of work with no strike word ---------------------------------------
@pytest.mark.parametrize("text, want", [
    (web("Bakers refuse to work over unpaid wages",
         "Hundreds of bakery workers at the Danvale plant refused to work on Tuesday, demanding "
         "three months of unpaid wages, the company said."),
     (True, "strike", "ongoing")),
    (web("Hospital nurses refuse night shifts",
         "Nurses at the Kelmont district hospital have refused to work night shifts since Monday "
         "in protest at staff shortages, their union said."),
     (True, "strike", "ongoing")),
    (web("Trawlers stay in harbour",
         "Trawler crews at Kestle harbour have refused to sail since Monday until the fish "
         "buyers raise the price they pay for the catch, their union said."),
     (True, "strike", "ongoing")),
    (web("Junior doctors refuse duties",
         "Junior doctors in the province are refusing all non-emergency duties until the health "
         "ministry pays overdue allowances, their association said."),
     (True, "strike", "ongoing")),
    (web("Exam marking hit by teachers' boycott",
         "Secondary school teachers are boycotting the marking of national examinations in a "
         "row over pay, their union said."),
     (True, "strike", "ongoing")),
    (web("Lecturers refuse to mark papers",
         "Lecturers at twelve universities have refused to mark students' exam papers as part of "
         "a dispute over pensions."),
     (True, "strike", "ongoing")),
])
def test_a_refusal_of_work_is_a_stoppage_under_way(text, want):
    assert _life(text) == want


@pytest.mark.parametrize("text", [
    web("Examiners plan invigilation boycott",
        "Secondary teachers plan to boycott invigilation of the summer papers from June 3 in a "
        "row over pay, their union said."),
    web("Ferry crews to refuse sailings",
        "Ferry crews will refuse to sail from Monday in a dispute over agency staff, their union "
        "said."),
])
def test_a_refusal_of_work_set_for_a_day_ahead_is_scheduled(text):
    assert _life(text) == (True, "strike", "scheduled")


@pytest.mark.parametrize("text", [
    web("Minister under fire",
        "The minister refused to comment on the report, and officials refused to work with the "
        "inquiry."),
    web("Fans boycott the club shop",
        "Supporters boycotted the club shop on Saturday in protest at ticket prices."),
])
def test_other_refusals_are_no_labor_action(text):
    assert _life(text)[0] is False


# --- a union ordering its members back --------------------------------------------------------
@pytest.mark.parametrize("text", [
    web("Bus strike ruled illegal",
        "A labour court declared the strike by bus drivers illegal and the union ordered its "
        "members back to work, the city transport authority said."),
    web("Dockers told to go back",
        "Dockers at Port Velan ended a six-day strike after their union instructed its members "
        "to return to work on Thursday."),
    web("Miners' strike ends after ruling",
        "Union leaders told the striking miners to go back to work after the industrial court "
        "ruled their strike unlawful."),
])
def test_a_union_ordering_its_members_back_ends_the_action(text):
    assert _life(text)[2] == "ended"


def test_an_employers_order_back_ends_nothing():
    text = web("Firm orders strikers back",
               "Striking packers at the Orwen plant stayed out on Monday although the company "
               "ordered the strikers back to work.")
    assert _life(text)[2] == "ongoing"


# --- the kind of the action ----------------------------------------------------------------
def test_a_demonstration_told_before_a_stoppage_of_the_same_weight_is_the_protest():
    text = web("Town backs its bakers",
               "About 3,000 residents of Penmore marched through the town centre on Saturday in "
               "support of the bakery workers.",
               "The Norbake workers have refused to work overtime for three weeks.")
    got = _facts(text)
    assert (got["is_labor_action"], got["action_type"], got["status"]) == (True, "protest", "ended")


def test_a_picket_told_before_the_strike_stays_a_strike():
    text = wire("2025-09-10", "On the picket line with the bus drivers",
                "Wednesday was the third day of a strike by about 900 bus drivers at Corvale "
                "Transit, and picket lines have gone up at all six depots.",
                "Drivers walked out on Monday over pay.")
    assert _life(text, "2025-09-10")[:2] == (True, "strike")


def test_a_protest_in_a_town_and_in_several_others_names_no_city():
    from picketline.extract import extract_article
    from picketline.model import Article
    text = web("Nurses' pay rallies",
               "Nurses rallied over pay on Saturday in Corvallen and in six other towns, "
               "their union said.")
    f = extract_article(Article(id="l23", text=text))
    assert f.location is None or f.location.value.city is None


# --- the state of the action ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    web("Postal staff stop work",
        "Postal workers in Marovia have held a 24-hour stoppage over a merger which will close "
        "40 sorting offices, their union said."),
    web("Rail staff stop work",
        "Rail workers have held a 24-hour strike against plans which would close 30 stations, "
        "their union said."),
])
def test_a_one_day_strike_with_a_relative_clause_of_its_cause_is_over(text):
    assert _life(text) == (True, "strike", "ended")


def test_flights_cancelled_as_the_strike_began_do_not_avert_it():
    text = web("General strike in Lavoria",
               "Public sector workers in Lavoria went on a general strike over unpaid wages.",
               "Ferry sailings were cancelled as the strike took hold at dawn.")
    assert _life(text)[2] == "ongoing"


def test_a_short_strike_called_to_protest_that_halted_a_day_is_over():
    text = wire("1987-11-05", "UNIONS HALT PORTS",
                "VELDA -- A nine-hour strike by the dock unions to protest at fuel prices halted "
                "the ports on Wednesday, port officials said.")
    assert _life(text, "1987-11-05") == (True, "strike", "ended")


# --- the days of the action -----------------------------------------------------------------
def test_the_days_so_far_of_an_action_under_way_give_no_last_day():
    text = wire("1994-09-15", "CLUB OWNERS CANCEL THE SEASON",
                "The owners of the league's clubs cancelled the rest of the season today.",
                "The players began their strike on Aug. 12, and no talks are planned.",
                "The owners blamed the 34-day strike by the players' union for the loss of $500 "
                "million in revenue.")
    got = _facts(text, "1994-09-15")
    assert (got["status"], got["start_date"], got["end_date"]) == ("ongoing", "1994-08-12", None)


def test_a_short_strike_in_an_opening_after_clause_is_the_one_before():
    text = wire("1988-04-27", "MORE WORKERS WALK OFF THEIR JOBS",
                "ORSKA -- A week after porters held a two-hour stoppage over rotas, cleaners at "
                "the Varga district hospital walked out on Tuesday over unpaid bonuses.")
    got = _facts(text, "1988-04-27")
    assert (got["status"], got["start_date"], got["end_date"]) == ("ongoing", "1988-04-26", None)


def test_a_strike_called_off_on_a_day_ends_that_day_not_by_its_age():
    text = wire("1984-09-19", "BREWERY STOPPAGE OVER",
                "The brewery union called off Halbrook's three-week-old stoppage on Tuesday once "
                "the firm agreed to rehire two drivers.",
                "The stoppage had begun on Aug. 29 over the sackings.")
    got = _facts(text, "1984-09-19")
    assert (got["status"], got["start_date"], got["end_date"]) == ("ended", "1984-08-29", "1984-09-18")


# --- a mandate given to the union -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    wire("1986-03-06", "BREWERY CONTRACT TALKS RESUME",
         "Talks between Halbrook Breweries and its 900 workers resumed today.",
         "Staff voted on Monday and authorized the union to strike should the talks fail to "
         "close the gap on pay."),
    wire("1986-03-06", "DRIVERS GIVE UNION STRIKE MANDATE",
         "Tanker drivers have empowered their executive to call a stoppage over the new shift "
         "rota, the union said today."),
])
def test_members_authorizing_their_union_to_strike_is_authorized(text):
    assert _life(text, "1986-03-06")[2] == "authorized"


# --- a shift with no day of its own ----------------------------------------------------------
def test_a_walkout_set_to_begin_with_a_shift_starts_on_the_day_of_the_copy():
    text = wire("1993-05-10", "UNION CALLS STRIKE AGAINST TWO QUARRY FIRMS",
                "The quarry workers' union on Monday called a strike against two quarry firms "
                "after contract talks deadlocked.",
                "The walkout is due to start with the night shift.")
    got = _facts(text, "1993-05-10")
    assert (got["status"], got["start_date"]) == ("scheduled", "1993-05-10")


def test_a_shift_after_a_day_told_takes_that_day():
    text = wire("1993-05-10", "UNION CALLS STRIKE AGAINST TWO QUARRY FIRMS",
                "The quarry workers' union today called a strike against two quarry firms to "
                "begin on Thursday with the night shift.")
    assert _facts(text, "1993-05-10")["start_date"] == "1993-05-13"
