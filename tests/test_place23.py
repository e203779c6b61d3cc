"""Round 23 of place and industry: a harbour town too small for the main gazetteer, read from
the broader one where a harbour's words name it ("waterside workers at <town>", "the port of
<town>"); what a one-union "day of action" and a "national <trade> strike" say of the sector
and the places; and sectors the lexicon lacked (prison officers, broadcasting, a dock strike).
Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes
from picketline.extract import place

loc_of = partial(probes.loc_of, published="2004-05-12")
industry_of = partial(probes.industry_of, published="2004-05-12")


# --- a harbour town of the broader gazetteer ----------------------------------------------
@pytest.mark.parametrize("text,where", [
    ("Port stoppage\n\nWaterside workers at Fremantle walked off the job today over pay, the "
     "union said.", ("Fremantle", "WA", "AU")),
    ("Wharf strike\n\nWharfies in Port Kembla stopped work for 24 hours today over a pay claim.",
     ("Port Kembla", "NSW", "AU")),
    ("Coal ships idle\n\nShips were idle at the port of Port Kembla after stevedores walked out "
     "over rosters.", ("Port Kembla", "NSW", "AU")),
    ("Dock strike\n\nDockers at Tilbury walked out on Monday over a new shift pattern.",
     ("Tilbury", None, "GB")),
])
def test_a_harbour_town_of_the_broader_gazetteer(text, where, nlp):
    assert loc_of(text, nlp) == where


def test_the_broader_gazetteer_reads_a_name_of_one_country_only():
    assert place.small_town("Fremantle") == ("Fremantle", "WA", "AU")
    assert place.small_town("Fremantle", "GB") is None
    # towns of several countries are read only in a country asked for
    assert place.small_town("Newtown") is None
    assert place.small_town("Newtown", "GB")[2] == "GB"
    # the main gazetteer's towns are not repeated there
    assert place.small_town("Wollongong") is None


@pytest.mark.parametrize("text", [
    # a harbour's words with no town after them, and a bare small town's name, place nothing
    "Port stoppage\n\nWaterside workers walked off the job today over pay, the union said.",
    "Plant stoppage\n\nWorkers at Fremantle Foods Ltd walked off the job today over pay.",
])
def test_no_harbour_town_without_a_harbour_word(text, nlp):
    assert loc_of(text, nlp)[0] is None


# --- sectors ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,sector", [
    ("Prison officers walk out\n\nThousands of prison officers walked out for 24 hours today in "
     "a protest over pay, their association said.", "public_administration"),
    ("Jail guards strike\n\nCorrectional officers at three state jails began a sickout on Monday "
     "over overtime, and more correctional officers may join them.", "public_administration"),
    ("Broadcaster strike off\n\nA one-day strike by news staff of the public broadcaster was "
     "suspended after broadcasting unions said talks had made progress.", "entertainment_media"),
])
def test_sectors_the_lexicon_lacked(text, sector, nlp):
    assert industry_of(text, nlp) == sector


@pytest.mark.parametrize("text,sector", [
    # a day or week of action of one union is that union's strike day: its sector stands
    ("Rail strike goes on\n\nStriking train drivers may vote on more action after Monday's "
     "24-hour strike, with a further day of action planned for next month.", "transportation"),
    ("Marking boycott threat\n\nLecturers in the north hold a one-day strike as part of a "
     "UK-wide week of action by the university teachers' union.", "education"),
])
def test_a_day_of_action_of_one_union_keeps_its_sector(text, sector, nlp):
    assert industry_of(text, nlp) == sector


def test_a_national_day_of_action_of_many_unions_has_no_sector(nlp):
    text = ("Unions march\n\nUnions of teachers, nurses and bus drivers held a national day of "
            "action on Tuesday against the budget.")
    assert industry_of(text, nlp) is None


# --- a national strike of one trade spans the country -------------------------------------
@pytest.mark.parametrize("text", [
    "Fire strike goes on\n\nThree people died in house fires as the first national firefighters' "
    "strike in 20 years continued.\n\nIn one county, troops reached a house in Kellbury, near "
    "Ashford, six minutes after the alarm.",
    "Rail walkout\n\nA national rail walkout began at midnight.\n\nIn Leeds, commuters queued "
    "for buses.",
])
def test_a_national_strike_of_one_trade_has_no_city(text, nlp):
    assert loc_of(text, nlp)[0] is None


# --- a nationwide action named in one town has no state -----------------------------------
@pytest.mark.parametrize("text,country", [
    (" date 1989-03-04 MACHINISTS STRIKE AIRLINE\n    Union machinists at Skyline Airways launched a "
     "strike early today.\n    In Dallas, several hundred striking machinists marched on the "
     "airline's offices.\n    Across the nation, machinists formed picket lines at the airline's "
     "ticket counters.", "US"),
    (" date 1987-10-04 POSTAL STRIKE SUSPENDED\n    A national strike by the postal workers' union "
     "was suspended for the weekend. Most striking workers returned to work late Friday except in "
     "Winnipeg, where 2,000 workers stayed out.", "CA"),
])
def test_a_nationwide_action_named_in_one_town_has_no_state(text, country, nlp):
    assert loc_of(text, nlp) == (None, None, country)


def test_a_nationwide_phrase_keeps_a_state_its_dateline_gives(nlp):
    text = (" date 1989-03-04 NURSES STRIKE\n    DAYTON, Ohio — Nurses at Valley General Hospital "
            "walked out today, part of a nationwide wave of strikes over staffing.")
    assert loc_of(text, nlp)[1] == "OH"


# --- towns of several states listed in one sentence of the action -------------------------
@pytest.mark.parametrize("text,country", [
    (" date 1987-11-28 AIRLINE SHUT BY STRIKE\n    TORONTO — Maple Air canceled all flights Friday "
     "after ground workers walked out.\n    Ground workers in Montreal, Ottawa and Vancouver "
     "joined their Toronto colleagues, prompting the airline to lock out all the workers.", "CA"),
    (" date 1990-05-02 BAKERY STRIKE SPREADS\n    Bakery drivers in Chicago and Detroit walked off "
     "the job today over pensions.", "US"),
])
def test_towns_of_several_states_listed_in_the_action(text, country, nlp):
    assert loc_of(text, nlp) == (None, None, country)


def test_towns_of_one_state_listed_keep_the_state(nlp):
    text = (" date 1990-05-02 BAKERY STRIKE SPREADS\n    Bakery drivers in Los Angeles and San Diego "
            "walked off the job today over pensions.")
    assert loc_of(text, nlp)[1:] == ("CA", "US")


# --- the trade named with the strike word in the headline ----------------------------------
@pytest.mark.parametrize("text,sector", [
    ("Dock strike ended after 20 days\n\nUnion leaders called off the dock strike on Tuesday "
     "after a deal with the steel company over coal shipments to its steel plant.",
     "transportation"),
    ("Hospital walkout spreads\n\nPorters and cleaners employed by Kellco Services Ltd walked out "
     "at a second site on Monday.", "health_care"),
])
def test_the_trade_named_with_the_strike_word_in_the_headline(text, sector, nlp):
    assert industry_of(text, nlp) == sector


def test_a_state_unions_border_town_keeps_its_state(nlp):
    text = ("Nurses deal reached\n\nThe Minnesota Nurses Association reached tentative deals for "
            "nurses at 12 hospitals, calling off a strike. Lakeview Health said the strike notice "
            "was withdrawn for the nurses of Duluth and Superior, Wis., as well.")
    assert loc_of(text, nlp)[1:] == ("MN", "US")


# --- an airport named by its own name -----------------------------------------------------
@pytest.mark.parametrize("text,where", [
    ("Airport strike\n\nBaggage handlers at Heathrow staged a 24-hour strike today over pay.",
     ("London", None, "GB")),
    ("Airport walkout\n\nCheck-in staff at Schiphol airport walked out on Monday over rosters.",
     ("Amsterdam", None, "NL")),
    ("Airport strike\n\nRamp workers walked out at O'Hare today, delaying flights, their union "
     "said.", ("Chicago", "IL", "US")),
])
def test_an_airport_named_by_its_own_name(text, where, nlp):
    assert loc_of(text, nlp) == where


def test_an_airport_gazetteer_name_is_read_bare_only_after_a_locative_or_before_airport(nlp):
    # a name of the airport gazetteer said by a person is no airport
    assert place.airport_place("Heathrow") == ("London", None, "GB")
    text = "Plant strike\n\nUnion leader Tom Gatwick said workers would strike over pay."
    assert loc_of(text, nlp)[2] != "GB"


def test_an_airport_named_in_passing_places_nothing(nlp):
    text = ("Airline strike\n\nGround staff of the national airline began a 24-hour strike "
            "nationwide today.\n\nA spokesman for Amsterdam's Schiphol airport said foreign "
            "airlines were flying normally.")
    assert loc_of(text, nlp)[0] is None


# --- a workplace named by its kind, its own name and its town ------------------------------
@pytest.mark.parametrize("text,city", [
    ("Plant occupation goes on\n\nWorkers who have taken over the car components plant Ostwerk "
     "in west Belfast say the occupation will go on until Ford honours its promises.", "Belfast"),
    ("Refinery sit-in\n\nStriking staff occupied the refinery Nordoil at Grangemouth on Monday.",
     "Grangemouth"),
])
def test_a_workplace_named_by_kind_name_and_town(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- a players' union acts against a whole league -----------------------------------------
def test_a_players_union_strike_has_no_city(nlp):
    text = (" date 1994-09-15 SEASON CANCELED\n    The league's acting commissioner, owner of the "
            "Denver Peaks, canceled the season in a news conference at a Denver stadium. The "
            "34-day strike by the Hockey Players' Association made it impossible to resume play.")
    assert loc_of(text, nlp) == (None, None, "US")
