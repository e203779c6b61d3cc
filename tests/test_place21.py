"""Round 21 of place and industry: towns that are no place of the action (the venue of talks
or a hearing, a speaker's town, a stock market's town), an action spread over a group's
sites or over a town and its neighbours, a province named by its workplace, a town abroad
named after "the capital", an employer's official town name against the text's own, and
sectors (aluminium, cable and telephone-equipment makers; refineries, gas fields and water
utilities). Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes

loc_of = partial(probes.loc_of, published="1987-05-12")
industry_of = partial(probes.industry_of, published="1987-05-12")


# --- the venue of talks, a hearing or a speaker places no action ------------------------------
@pytest.mark.parametrize("text", [
    "Ferry strike suspended\n\nThe union has suspended a walkout by 250 crew at Northsound Ferries "
    "after two days of talks at the conciliation service in Glasgow.\n\nMembers will vote on the "
    "offer next week.",
    " date 1987-05-12 BEEF PLANTS SHUT BY STRIKE\nA strike by 2,000 meatworkers has closed nine "
    "abattoirs in Queensland, the industry said today.\n    The Industrial Commission has called a "
    "compulsory conference for Thursday in Brisbane.\n REUTER",
    "Irish bus strike talks\n\nBus drivers at Western Coaches in Ireland remained on strike on "
    "Monday. Talks at the Labour Relations Commission in Dublin are set for next week.",
    " date 1987-05-12 NEW ZEALAND MEATWORKERS STRIKE\nAbout 1,500 meatworkers at freezing works "
    "across the North Island stopped work today, the union said. The union's leader told "
    "reporters in Wellington the stoppage would last two days.\n REUTER",
    " date 1987-05-12 WESTERN DRILLERS STRIKE\nAbout 500 drillers struck Prairie Drilling Ltd's "
    "rigs in Alberta today. A hearing before the labour board in Edmonton is set for Friday.\n REUTER",
    " date 1987-05-12 AUSTRALIAN WHARF STRIKE\nWaterside workers at ports across Western Australia "
    "stopped work for 24 hours today. The Industrial Relations Commission will hold a hearing in "
    "Perth on Thursday, the union said.\n REUTER",
    " date 1987-05-12 ITALIAN TEXTILE STRIKE ENDS\nA strike at Lanifici Bordoni SpA in Italy ended "
    "after 12 hours of negotiations in Rome brokered by the Labour Ministry, the union said.\n REUTER",
    " date 1987-05-12 BANANA WORKERS STAY OUT\nSome 9,000 banana workers stayed on strike today "
    "on plantations in the north, the union said.\n    \"We will not go back for less,\" union "
    "leader Jorge Salas told reporters in Medellin.\n REUTER",
])
def test_a_venue_is_no_place_of_the_action(text, nlp):
    assert loc_of(text, nlp)[0] is None


@pytest.mark.parametrize("text,city", [
    ("Nurses strike in Leeds\n\nTalks to end the strike by 400 nurses in Leeds broke down on "
     "Monday, the union said.", "Leeds"),
    ("Dockers walk out\n\nAbout 600 dockers walked out at the port of Liverpool on Tuesday. Talks "
     "with the port company in Liverpool are due to resume on Friday.", "Liverpool"),
])
def test_the_action_town_stays_beside_talks_there(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- a stock market's town ---------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    (" date 1987-05-12 STRIKE HALTS PRAIRIE GRAIN TERMINAL\nWestland Grain Corp said a strike by "
     "300 workers halted its Manitoba terminal today.\n    Westland shares fell 1/4 to 12 dlrs on "
     "the Toronto Stock Exchange.\n REUTER", (None, "MB", "CA")),
    (" date 1987-05-12 CHEMICAL UNIONS CALL STRIKE\nItalian chemical unions called a 24-hour strike "
     "at Sintex SpA for Friday over 900 job cuts, the unions said.\n    Sintex shares fell 30 lire on "
     "the Milan bourse.\n REUTER", (None, None, "IT")),
    (" date 1987-05-12 MINERS STRIKE AT BOULDER COPPER\nSome 1,200 miners struck Boulder Copper "
     "Ltd's mine in Queensland today, the company said. Its shares fell 5 cents in Sydney "
     "trading.\n REUTER", (None, "QLD", "AU")),
])
def test_a_market_town_places_nothing(text, expected, nlp):
    assert loc_of(text, nlp) == expected


# --- a province or state named by its workplace ------------------------------------------------
@pytest.mark.parametrize("text,state,country", [
    (" date 1987-05-12 STRIKE SHUTS NORTHERN POTASH MINE\nNorthern Potash Corp said production at "
     "its Saskatchewan mine was halted by a strike by 400 workers, members of United Steelworkers "
     "of America Local 8800.\n    The company sells most of its potash in the United States.\n REUTER",
     "SK", "CA"),
    (" date 1987-05-12 PULP WORKERS STRIKE\nAbout 700 workers struck the company's Alberta pulp mill "
     "today, the union said. The company sells pulp in the United States and Japan.\n REUTER",
     "AB", "CA"),
])
def test_a_province_named_by_its_workplace(text, state, country, nlp):
    assert loc_of(text, nlp)[1:] == (state, country)


# --- an action over a whole group, or a town and the places around it -------------------------
@pytest.mark.parametrize("text", [
    " date 1987-05-12 ITALIAN GROUP STRIKE CALLED OFF\nItalian chemical unions called off a 48-hour "
    "strike at Fabbri Chimica SpA after the group agreed to delay 1,200 job cuts.\n    The group "
    "will keep its Verona plant open until March.\n    The unions had said all of the group's 9,000 "
    "workers would join the stoppage.\n REUTER",
    "Steel group strike\n\nWorkers at Germany's Nordstal began a company-wide strike on Monday over "
    "pay. The company's Bremen plant makes sheet steel.",
    " date 1987-05-12 PHILIPPINE POWER STRIKE CUTS SUPPLY\nAbout 3,000 workers of Visayas Electric "
    "Corp walked out today, causing power cuts in parts of Cebu and two nearby provinces, "
    "Philippine officials said.\n REUTER",
])
def test_a_spread_action_has_no_town(text, nlp):
    assert loc_of(text, nlp)[0] is None


@pytest.mark.parametrize("text,city", [
    ("Refinery unions threaten strike\n\nUnions at India's state-run Coastal Refining said all 9,000 "
     "employees at the firm's two Chennai refineries would stop work if the sale went ahead.",
     "Chennai"),
    (" date 1987-05-12 SHIPYARD WORKERS STRIKE\nAbout 5,000 workers at the three Gdansk shipyards "
     "of Poland's state shipbuilding group went on strike today over pay, the union said.\n REUTER", "Gdansk"),
])
def test_several_works_of_one_town(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- a town abroad named after "the capital" or "the town of" ----------------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 TEXTILE WORKERS END STRIKE\nAbout 900 workers at the Morava Textile Works in "
     "the Serbian capital Belgrade went back to work today after a strike over unpaid wages.\n REUTER",
     "Belgrade"),
    ("Council strike spreads\n\nA strike by municipal workers in Kenya's capital, Nairobi, has "
     "spread to refuse collectors, the union said.", "Nairobi"),
    (" date 1987-05-12 MINERS STRIKE\nSome 2,000 Zambian miners went on strike in the northern "
     "mining town of Kitwe today over pay, the union said.\n REUTER", "Kitwe"),
])
def test_a_town_after_the_capital(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- the text's own name of a town beats an employer's official one ----------------------------
def test_the_texts_name_of_a_town_wins(nlp):
    text = ("Council strike in Bombay\n\nSome 5,000 employees of the City of Mumbai walked out in "
            "Bombay, India's financial capital, on Monday over pay, the union said. Rubbish piled "
            "up across Bombay.")
    assert loc_of(text, nlp)[0] == "Bombay"


# --- sectors -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    (" date 1987-05-12 ALUMINIUM STRIKE ENDS\nWorkers at Alumina del Sur, a state-owned aluminium "
     "smelter, returned to work today after a two-week strike.\n REUTER", "manufacturing"),
    (" date 1987-05-12 CABLE WORKERS STRIKE\nAbout 1,500 workers at Westfalen Kabel AG stopped work "
     "for two hours at the company's plant in a warning strike called by IG Metall.\n REUTER",
     "manufacturing"),
    ("Phone equipment makers strike\n\nStaff at Norvox, a maker of telephone equipment, walked out "
     "on Monday over pay.", "manufacturing"),
    ("Water staff to strike\n\nStaff at Lothian Water are to stage a 48-hour strike next week over "
     "pay, the union said. Treatment plant operators and meter readers will walk out.",
     "utilities_energy"),
    ("Water strike off\n\nA strike by 1,200 staff at the regional water board was called off after "
     "a new pay offer.\n\nThe board had said water supplies would be kept up during any stoppage.",
     "utilities_energy"),
    (" date 1987-05-12 GAS FIELD WORKERS STRIKE\nSome 800 workers at two offshore gas fields went on "
     "strike today over pay, the union said.\n REUTER", "utilities_energy"),
    (" date 1987-05-12 REFINERY WORKERS STRIKE\nWorkers at the country's three refineries began a "
     "48-hour strike today, the union said.\n REUTER", "utilities_energy"),
])
def test_sectors(text, expected, nlp):
    assert industry_of(text, nlp) == expected


# --- more of the same families ---------------------------------------------------------------
def test_a_state_of_an_overseas_home_named_by_its_works(nlp):
    text = (" date 1987-05-12 AUSTRALIAN NURSES STRIKE\nNurses at 40 public hospitals in Victoria "
            "walked off the job today, the union said. The state's Industrial Relations Commission "
            "ordered them back at a hearing in Melbourne.\n REUTER")
    assert loc_of(text, nlp) == (None, "VIC", "AU")


def test_talks_in_the_town_of_a_venue_over_hard_wrapped_lines(nlp):
    text = (" date 1987-05-12 BANANA STRIKE ENTERS SECOND WEEK\nBOGOTA, May 12 - A strike by 8,000 "
            "Colombian banana workers entered its\nninth day today, growers said.\n    Labour Ministry "
            "mediators were meeting union and employer\nrepresentatives in the town of Chigorodo for "
            "a second day.\n REUTER")
    assert loc_of(text, nlp)[0] is None


def test_a_port_named_in_passing_under_a_bureau_dateline(nlp):
    text = (" date 1987-05-12 BANANA STRIKE HALTS EXPORTS\nBOGOTA, May 12 - A strike by 8,000 "
            "Colombian banana workers halted exports for a ninth day today, growers said.\n    "
            "Ships chartered to carry the fruit to Europe were waiting empty at the port of "
            "Turbo.\n REUTER")
    assert loc_of(text, nlp)[0] is None


@pytest.mark.parametrize("text,expected", [
    (" date 1987-05-12 TELECOM EQUIPMENT WORKERS STRIKE\nAbout 3,000 workers at Nordtel AB, the "
     "Swedish maker of telephone exchanges, stopped work today in a pay dispute.\n REUTER",
     "manufacturing"),
    (" date 1987-05-12 SOUTH KOREAN STRIKE\nSome 3,000 workers at Daewon Heavy Industries went on "
     "strike at the company's shipyard in the southern port city of Ulsan today.\n REUTER",
     "manufacturing"),
])
def test_makers_are_manufacturing(text, expected, nlp):
    assert industry_of(text, nlp) == expected


def test_a_federal_mediators_town_tells_no_province(nlp):
    text = (" date 1987-05-12 CANADIAN RAIL STRIKE LOOMS\nCanadian National Railways' 9,000 "
            "shopcraft workers will strike on Friday unless talks under a federal mediator in "
            "Montreal produce a deal, the union said.\n REUTER")
    assert loc_of(text, nlp) == (None, None, "CA")


@pytest.mark.parametrize("text,expected", [
    (" date 2018-05-17 Doctors launch island-wide token strike\n\nGovernment doctors began an "
     "island-wide 24-hour token strike today, the Medical Officers Union said. Patients were "
     "turned away from Kandy General Hospital. The union is also protesting the Sri "
     "Lanka-Singapore trade pact.", (None, None, "LK")),
    (" date 2018-05-17 Teachers strike\n\nTeachers began a countrywide strike today over pay, "
     "closing schools in the capital, the union said. The union opposes the Kenya-Uganda "
     "levy deal.", (None, None, "KE")),
])
def test_a_hyphened_country_pair_and_an_island_wide_strike(text, expected, nlp):
    assert probes.loc_of(text, nlp, "2018-05-17") == expected


@pytest.mark.parametrize("text", [
    (" date 1987-05-12 CEMENT STRIKERS RETURN\nStriking workers at Andes Cement Corp's plant "
     "returned to work today after an eight-day walkout, the company said. The strike cut output "
     "by some 20,000 tonnes of cement.\n REUTER"),
    (" date 1987-05-12 FISHMEAL STRIKE ENDS\nWorkers at the state fishmeal company returned to "
     "work today after a nine-day strike, the union said. Output at its ports resumed.\n REUTER"),
    ("Glassworks staff walk out\n\nAbout 600 staff at a glassworks in the north walked out on "
     "Monday over pay, the union said."),
])
def test_process_makers_are_manufacturing(text, nlp):
    assert industry_of(text, nlp) == "manufacturing"


def test_industrial_actions_name_no_sector(nlp):
    text = ("Workers protest\n\nCouncil workers protested on Tuesday over unpaid wages and warned "
            "they would take industrial actions unless the council paid them.")
    assert industry_of(text, nlp) != "manufacturing"


def test_strikers_meeting_in_their_town_place_it(nlp):
    text = (" date 1987-05-12 BRITISH MINERS STAY OUT\nStriking miners met in Sheffield today and "
            "voted to stay out for a third week, the union said.\n REUTER")
    assert loc_of(text, nlp)[0] == "Sheffield"


@pytest.mark.parametrize("text,city", [
    ("Cabin crew strike grounds flights\n\nCabin crew at Italy's Aerolinee Adriatiche walked out on "
     "Monday over new rosters, grounding most flights. The Bologna-based airline said the rosters "
     "met European rules.", None),
    (" date 1987-05-12 ITALIAN FERRY CREWS STRIKE\nCrews of Traghetti Ionici SpA began a 48-hour "
     "strike today over staffing, Italian unions said. The Bari-based company had planned to cut "
     "crews on night ferries.\n REUTER", None),
    (" date 1987-05-12 ITALIAN PLANT STRIKE\nWorkers at the Bologna-based plant of Meccanica "
     "Felsina SpA went on strike today over job cuts, Italian unions said.\n REUTER", "Bologna"),
])
def test_a_firms_base_alone_is_no_place_of_its_action(text, city, nlp):
    assert loc_of(text, nlp)[0] == city
