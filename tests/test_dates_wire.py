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


# --- "in protest at" is a reason, not a protest; "Tuesday the 15th of December" -----------------
@pytest.mark.parametrize("text", [
    " date 1987-06-17 PORT CRANE DRIVERS BAN OVERTIME\nLIVERPOOL, June 17 - About 400 crane drivers "
    "at the port began an overtime ban on Monday in protest at manning levels, their union said.\n",
    " date 1987-06-17 MILL HANDS WALK OUT\nLEEDS, June 17 - Some 600 mill hands walked out on Monday "
    "in protest against new shift rosters and said the strike would go on, their union said.\n",
])
def test_in_protest_at_does_not_make_a_strike_day_a_protest_day(text):
    assert _dates(_facts(text, "1987-06-17"))[0] == "1987-06-15"


@pytest.mark.parametrize("text, start", [
    ("Nurses to strike\nPublished: 2015-11-24\n\nThe campaign of industrial action will start on "
     "Tuesday the 15th of December, the union said.", "2015-12-15"),
    ("Nurses to strike\nPublished: 2015-11-24\n\nNurses will walk out on Thursday the 3rd of "
     "December over staffing.", "2015-12-03"),
])
def test_weekday_the_nth_of_month(text, start):
    assert _dates(_facts(text, "2015-11-24"))[0] == start


# --- occupations and an employer shutting its gates date the action ---------------------------
@pytest.mark.parametrize("text, pub, want", [
    ("Mill workers locked out\nPublished: 2004-09-14\n\nAbout 500 workers have been locked out of a "
     "sawmill in Ontario.\n\nThe company shut the gates of its mill on Saturday and brought in "
     "managers.", "2004-09-14", ("2004-09-11", None)),
    ("Mill workers locked out\nPublished: 2004-09-14\n\nAbout 500 workers have been locked out of a "
     "sawmill in Ontario.\n\nThe firm locked its gates on Saturday after talks failed.",
     "2004-09-14", ("2004-09-11", None)),
    ("Workers occupy plant\nPublished: 2005-04-06\n\nSome 200 workers are occupying a shoe factory "
     "in Lyon over job cuts.\n\nStaff stopped work and took over the plant on Monday, a day after "
     "managers announced cuts.", "2005-04-06", ("2005-04-04", None)),
    ("Workers occupy plant\nPublished: 2005-04-06\n\nSome 200 workers are occupying a shoe factory "
     "in Lyon over job cuts.\n\nThey seized the factory on Monday after managers announced cuts.",
     "2005-04-06", ("2005-04-04", None)),
    (" date 1987-06-09 WORKERS OCCUPY PLANT\nTURIN, June 9 - About 800 workers have occupied a tyre "
     "factory since Friday over job cuts, union officials said today.\n", "1987-06-09",
     ("1987-06-05", None)),
    ("Occupation ends\nPublished: 2005-04-15\n\nWorkers at a shoe factory in Lyon have ended their "
     "occupation of the plant after a deal on job cuts.\n\nAbout 200 workers had occupied the factory "
     "since 4 April, halting production.\n\nThe occupation ended on Thursday, when staff voted to "
     "accept the deal.", "2005-04-15", ("2005-04-04", "2005-04-14")),
])
def test_occupation_and_shut_gates_date_the_action(text, pub, want):
    assert _dates(_facts(text, pub)) == want


# --- lengths told after the verb ("stopped work for 24 hours"), not the time so far -------------
@pytest.mark.parametrize("text, pub, want", [
    (" date 1987-08-04 TRAMS HALTED\nSYDNEY, Aug 4 - About 900 tram drivers stopped work for 24 "
     "hours yesterday in sympathy with 60 fitters who have been on strike for three weeks at a "
     "depot.\n", "1987-08-04", ("1987-08-03", "1987-08-03")),
    (" date 1987-08-04 TRAMS HALTED\nSYDNEY, Aug 4 - About 900 tram drivers struck for 24 hours "
     "yesterday over rosters.\n", "1987-08-04", ("1987-08-03", "1987-08-03")),
    ("Baggage strike called off\nPublished: 2016-12-20\n\nA planned strike by baggage handlers at 18 "
     "airports has been called off, the union said.\n\nMembers were due to walk out from Friday for "
     "48 hours.", "2016-12-20", ("2016-12-23", "2016-12-24")),
    ("Baggage strike planned\nPublished: 2016-12-20\n\nBaggage handlers at 18 airports will strike "
     "on Friday for 48 hours, the union said.", "2016-12-20", ("2016-12-23", "2016-12-24")),
    (" date 1987-02-24 PUBLIC WORKERS STAGE WARNING STRIKES\nBONN, Feb 24 - More than 20,000 public "
     "sector workers staged warning strikes of up to two hours today in four cities, union "
     "officials said.\n", "1987-02-24", ("1987-02-24", "1987-02-24")),
])
def test_length_after_the_verb(text, pub, want):
    assert _dates(_facts(text, pub)) == want


def test_time_on_strike_so_far_is_no_length():
    assert parse_duration("Fitters who have been on strike for three weeks met today.") is None
    assert parse_duration("Tram crews stopped work for 24 hours yesterday.") == 1


# --- the midnight closing a day opens the next ------------------------------------------------
@pytest.mark.parametrize("text, pub, start", [
    (" date 1987-03-27 UNION SETS STRIKE\nTORONTO, March 27 - Some 900 bus drivers will strike at "
     "midnight tonight unless a deal is reached, the union said.\n", "1987-03-27", "1987-03-28"),
    (" date 1987-03-28 DRIVERS STRIKE\nTORONTO, March 28 - Some 900 bus drivers went on strike from "
     "midnight yesterday, the union said.\n", "1987-03-28", "1987-03-28"),
    (" date 1987-03-28 DRIVERS STRIKE\nTORONTO, March 28 - Some 900 bus drivers walked off the job "
     "at midnight last night, the union said.\n", "1987-03-28", "1987-03-28"),
])
def test_from_midnight_tonight_or_last_night(text, pub, start):
    assert _dates(_facts(text, pub))[0] == start


# --- an action suspended on a day ends that day (over its rounded length) ----------------------
@pytest.mark.parametrize("text", [
    "Engineering strike suspended\nPublished: 2004-10-05\n\nWorkers at an engineering firm in Derby "
    "have returned to work after their union suspended a five-week strike over pensions.\n\nThe "
    "strike, which began on 27 August, was suspended on Friday evening by the union, which said it "
    "would recommend the new offer.",
    "Engineering strike suspended\nPublished: 2004-10-05\n\nWorkers at an engineering firm in Derby "
    "have returned to work after a five-week strike over pensions.\n\nThe strike began on 27 August. "
    "The union suspended the strike on Friday after a new offer.",
    "Engineering strike over\nPublished: 2004-10-05\n\nWorkers at an engineering firm in Derby "
    "have returned to work after a five-week strike over pensions.\n\nThe strike, which began on "
    "27 August, was called off on Friday after a new offer.",
])
def test_suspended_on_a_day_is_the_last_day(text):
    assert _dates(_facts(text, "2004-10-05")) == ("2004-08-27", "2004-10-01")


# --- a day count in the lead sentence is counted on the dateline's date -----------------------
@pytest.mark.parametrize("text, pub, start", [
    ("Refinery talks resume\nPublished: 2015-02-03\n\nHOUSTON Feb 2 An oil company said it had "
     "resumed talks with the union over a contract for refinery workers, as a strike at nine plants "
     "completed a second day.", "2015-02-03", "2015-02-01"),
    (" date 1987-03-03 PORT STRIKE\nANTWERP, March 3 - Dock traffic was at a standstill as a strike "
     "by 5,000 pilots and tug crews entered its third day, port officials said.\n", "1987-03-03",
     "1987-03-01"),
])
def test_day_count_on_the_dateline_date(text, pub, start):
    assert _dates(_facts(text, pub))[0] == start


# --- the fixed-date holidays ---------------------------------------------------------------------
@pytest.mark.parametrize("expr, want", [
    ("on Christmas Day", date(2016, 12, 25)), ("on Boxing Day", date(2016, 12, 26)),
    ("on Christmas Eve", date(2016, 12, 24)), ("to New Year's Eve", date(2016, 12, 31)),
    ("until New Year\u2019s Day", date(2017, 1, 1)),
])
def test_holidays_resolve(expr, want):
    assert resolve_relative(expr, date(2016, 12, 20), "future") == want


@pytest.mark.parametrize("text, want", [
    ("Cabin crew to strike\nPublished: 2016-12-20\n\nCabin crew at a UK airline will strike on "
     "Christmas Day and Boxing Day in a dispute over pay, their union said.", ("2016-12-25", "2016-12-26")),
    ("Border staff to strike\nPublished: 2016-12-20\n\nThe union said its members at five airports "
     "will strike between 23 December and New Year's Eve.", ("2016-12-23", "2016-12-31")),
])
def test_holiday_dates_an_action(text, want):
    assert _dates(_facts(text, "2016-12-20")) == want


def test_length_of_a_solidarity_stoppage_on_another_day_is_not_the_actions():
    text = (" date 1987-06-09 WORKERS OCCUPY PLANT\nTURIN, June 9 - About 800 workers have occupied "
            "the main tyre factory in Turin since Friday over job cuts, union officials said today.\n"
            "    Workers at a second plant held a four-hour stoppage yesterday in solidarity.\n")
    assert _dates(_facts(text, "1987-06-09")) == ("1987-06-05", None)


def test_length_told_with_its_end_day_still_counts():
    text = ("Trams run again\nPublished: 2025-03-14\n\nTrams were running again across the city on "
            "Friday, March 14, after drivers ended a six-day strike against the transit board.\n\n"
            "The union said the walkout, which began March 8, was over.")
    assert _dates(_facts(text, "2025-03-14")) == ("2025-03-08", "2025-03-13")


def test_a_plan_told_whole_in_one_sentence_keeps_its_length():
    text = ("Airport strike called off\nPublished: 2016-12-20\n\nA planned strike by ground staff at "
            "nine airports has been called off, the union said.\n\nGround staff had been due to walk "
            "out from Friday for 48 hours.\n\nTalks go on to avert a separate strike by cabin crew, "
            "who are due to strike on Christmas Day and Boxing Day.")
    assert _dates(_facts(text, "2016-12-20")) == ("2016-12-23", "2016-12-24")


# --- a weekday list before a day list; "from July 5 to 7" ranges --------------------------------
def test_a_weekday_paired_with_the_wrong_day_of_a_list_does_not_move_the_year():
    # "Monday and Tuesday, March 11 and 12": Tuesday sits before the 11th, which is a
    # Tuesday only in 2025; the year near the publication day wins
    assert resolve_relative("Tuesday, March 11", date(2024, 3, 6)) == date(2024, 3, 11)
    f = _facts("Bakers at a bread plant will strike on Monday and Tuesday, March 11 and 12, "
               "the union said.\nThe plant supplies supermarkets.", "2024-03-06")
    assert _dates(f) == ("2024-03-11", "2024-03-12")


@pytest.mark.parametrize("line,want", [
    ("The union said the strike will run from March 4 to 8.", ("2019-03-04", "2019-03-08")),
    ("The union said the stoppage would last from March 4 through 7.", ("2019-03-04", "2019-03-07")),
])
def test_a_range_written_with_to_or_through_gives_both_ends(line, want):
    f = _facts("Nurses at state hospitals begin strike over pay\n"
               "Nurses at state hospitals began their strike on Monday to demand unpaid wages.\n"
               + line, "2019-03-05")
    assert _dates(f) == want


# --- a deal or decision dated before "to end the strike" ---------------------------------------
@pytest.mark.parametrize("line,want_end", [
    ("The union and the carrier reached an accord on Friday to end the strike, the labour minister said.",
     "2022-07-22"),
    ("Drivers voted on Thursday to call off their walkout, a union official said.", "2022-07-21"),
    ("The two sides signed a deal late Friday to end the stoppage.", "2022-07-22"),
])
def test_a_deal_dated_before_to_end_the_strike_is_its_last_day(line, want_end):
    f = _facts("Phone workers end strike after deal\n" + line
               + "\nThe strike, which began on Tuesday, had cut services in several cities.", "2022-07-22")
    assert _dates(f) == ("2022-07-19", want_end)


def test_a_call_by_someone_else_to_end_the_strike_is_no_end():
    f = _facts("Phone workers strike for third day\nThe minister urged the union on Thursday to end "
               "the strike.\nThe strike, which began on Tuesday, has cut services in several cities.",
               "2022-07-22")
    assert _dates(f)[1] is None


# --- a stay-away on a list of days; a sympathy stoppage's hours in a datelined lead -----------
@pytest.mark.parametrize("line", [
    "Most bank branches were shut on Monday and Tuesday as clerks stayed away from work to demand a pay rise.",
    "Clerks stayed home on Monday and Tuesday, leaving most branches shut.",
    "The stay-away shut most branches on Monday and Tuesday.",
])
def test_a_stay_away_on_a_list_of_days_gives_its_first_and_last(line):
    f = _facts("Bank clerks suspend strike\nBank clerks have suspended a national strike, their "
               "union said.\n" + line, "2011-03-09")
    assert _dates(f) == ("2011-03-07", "2011-03-08")


def test_a_sympathy_stoppage_of_hours_in_the_datelined_lead_is_not_the_strikes_length():
    text = (" date 1991-10-16 PORT STRIKE SPREADS TO SECOND CITY\n"
            "LISBON, Oct 16 - A strike by dockers at Lisbon spread to Porto today, and\n"
            "crane drivers at two terminals walked out for four hours in sympathy, union\n"
            "officials said.\n"
            "    The dockers' union said about 2,000 members had been on strike since\n"
            "October 7 over pay.\n REUTER\n")
    f = _facts(text, "1991-10-16")
    assert _dates(f) == ("1991-10-07", None)


# --- a range written out in full beats a stated length ------------------------------------------
@pytest.mark.parametrize("line,want", [
    ("Border guards will strike for eight days from 23 December until 2 January, the union said.",
     ("2024-12-23", "2025-01-02")),
    ("Border guards will strike for eight days from 23 December to 31 December, the union said.",
     ("2024-12-23", "2024-12-31")),
    ("Passport officers will walk out for eight days between 23 December to New Year's Eve.",
     ("2024-12-23", "2024-12-31")),
    ("Porters plan a stoppage of six days starting December 20 through January 1, the union said.",
     ("2024-12-20", "2025-01-01")),
])
def test_an_explicit_range_end_beats_a_count_of_days(line, want):
    f = _facts("Airport staff to strike over the holidays\n" + line
               + "\nTravellers were told to expect delays.", "2024-12-10")
    assert _dates(f) == want


# --- a planned action bounded by two clock times lasts its day ---------------------------------
@pytest.mark.parametrize("line", [
    "More than 20,000 nurses will strike from 11am to 3pm.",
    "Bus drivers will walk out between 10 a.m. and noon.",
    "Cleaners will strike 9am-1pm, the union said.",
])
def test_a_planned_action_between_two_clock_times_ends_on_its_day(line):
    f = _facts("Public servants set for strike on Thursday\n"
               "Teachers, nurses and bus drivers are expected to strike on Thursday 23 October over pay.\n"
               + line, "2025-10-20")
    assert _dates(f) == ("2025-10-23", "2025-10-23")


def test_a_planned_strike_with_no_clock_times_has_no_stated_end():
    f = _facts("Public servants set for strike on Thursday\n"
               "Teachers, nurses and bus drivers are expected to strike on Thursday 23 October over pay.\n"
               "The union said talks had failed.", "2025-10-20")
    assert _dates(f) == ("2025-10-23", None)
