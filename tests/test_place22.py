"""Round 22 of place and industry: the action's town in wire copy (a port or town named over a
wrapped line, a works "based in" its town, a follow-up story placed only by its union, the
works' own town against the town in the firm's name), what does not spread an action (the
plants rally-goers came from, an industry's record over the past year), a called-off general
strike, and sectors (motorways and tolls, ferries, signalmen, air traffic control, alumina
refineries). Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes

loc_of = partial(probes.loc_of, published="1987-05-12")
industry_of = partial(probes.industry_of, published="1987-05-12")


# --- a port or town named with "port of", "town of", wrapped over a line ----------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 PERU FISHMEAL EXPORTS HIT BY PORT STRIKE\nFishmeal loadings at Peru's main "
     "fishmeal port of\nPuerto Salinas have been halted since some 900 dockers walked out on Monday, "
     "port officials said today.\n    Exporters said some cargo was being trucked to Lima.\n REUTER",
     "Puerto Salinas"),
    (" date 1987-05-12 CHILEAN COPPER PORT STRUCK\nDockers at the northern port of\nCaleta Norte "
     "stopped work today in a pay dispute, shipping agents in Chile said.\n REUTER", "Caleta Norte"),
    (" date 1987-05-12 PORTUGUESE CANNERY STRIKE\nAbout 700 workers at three fish canneries in the "
     "fishing town of\nVila Serrana in Portugal went on strike today for higher pay.\n REUTER",
     "Vila Serrana"),
    ("Greek dock strike\n\nDockers in the port of Kavrissos in Greece walked out on Tuesday over "
     "new shift rotas, halting ferries to the islands.", "Kavrissos"),
])
def test_a_port_or_town_of_wrapped_over_a_line(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- a works or a town's body based in its town -----------------------------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 SPANISH STEEL WORKERS VOTE TO STRIKE\nWorkers at Ferros del Norte S.A., a "
     "private steelmaker based in the northern port of Ferrol, have voted to strike against 800 "
     "job cuts, union officials said today.\n REUTER", "Ferrol"),
    (" date 1987-05-12 SPANISH STEEL WORKERS VOTE TO STRIKE\nWorkers at Ferros del Norte S.A., a "
     "private steelmaker based in the northern port of\nPuerto Llanes, have voted to strike against "
     "800 job cuts in Spain, union officials said today.\n REUTER", "Puerto Llanes"),
    ("Council staff strike over pay\n\nAbout 2,000 staff at Carnmoor County Borough Council in "
     "Wales walked out on Monday over a new pay scheme.\n\nThe council, based in Bridgend, said no "
     "one would lose pay.", "Bridgend"),
    (" date 1987-05-12 INDIAN JUTE MILL STRIKE\nAbout 3,000 workers struck today at Eastern Jute "
     "Co, a jute mill based at Kamarhati near Calcutta in India, union officials said.\n REUTER",
     "Kamarhati"),
])
def test_a_works_based_in_its_town(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


@pytest.mark.parametrize("text", [
    " date 1987-05-12 ITALIAN AIRLINE STRIKE\nPilots at Aeroservizi SpA, an airline based in "
    "Milan, began a 24-hour strike today across Italy, the union said.\n    Flights were "
    "cancelled at airports across the country.\n REUTER",
])
def test_a_firm_of_many_sites_based_in_a_town_is_no_place(text, nlp):
    assert loc_of(text, nlp)[0] is None


# --- a follow-up placed in its country only by its union --------------------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 STRIKE HALTS FERROS DEL NORTE\nAn indefinite strike at Ferros del Norte S.A. "
     "entered its third day today, and pickets blocked the gates of the company's Sagunto "
     "steelworks, the Workers Commissions (CC.OO) said.\n REUTER", "Sagunto"),
    (" date 1987-05-12 STRIKE SPREADS AT STAHLWERK\nThe strike at Stahlwerk Ostfalen AG spread "
     "today to the maintenance shops of its Salzgitter works, the IG Metall union said.\n REUTER",
     "Salzgitter"),
])
def test_a_union_of_the_gazetteer_gives_the_country_to_read_towns_in(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- the works' own town beats the town in the firm's name ------------------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 INDIAN MILL LOCKS OUT WORKERS\nThe management of Kanpur Textile Mills Ltd "
     "has declared a lockout at its mill at Panki, near Lucknow, idling about 2,000 workers, union "
     "officials said today in India.\n REUTER", "Panki"),
    (" date 1987-05-12 COLOMBIAN REFINERY STRIKE\nWorkers at Medellin Petroleos SA struck today at "
     "the company's refinery in Barrancabermeja in Colombia, the union said.\n REUTER",
     "Barrancabermeja"),
])
def test_the_works_town_beats_the_name_town(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- rally-goers' plants do not spread the rally ----------------------------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 AUSTRIAN STEEL WORKERS RALLY\nSome 4,000 steel workers rallied in the "
     "Styrian town of Kellfeld yesterday against 900 job cuts at Ostmark Stahl AG in Austria, the "
     "union said.\n    Workers from the company's Kellfeld and Moorbach plants came to the rally "
     "after the morning shift.\n REUTER", "Kellfeld"),
    ("Belgian glass workers march\n\nAbout 3,000 workers marched through the town of Vellaert in "
     "Belgium on Saturday against plans to close a furnace.\n\nMiners and glassworkers from its four "
     "plants joined the march.", "Vellaert"),
])
def test_sites_the_rally_goers_came_from(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- an industry's record over a period spreads nothing --------------------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 INDIAN MILL LOCKOUT\nThe management of Eastern Cotton Co has declared a "
     "lockout at its mill at Panihati in India, idling 3,000 workers, union officials said.\n    About "
     "20 of the state's 50 cotton mills have been hit by closures or lockouts in the past year.\n REUTER",
     "Panihati"),
    (" date 1987-05-12 SUGAR MILL STRIKE\nAbout 1,200 workers struck today at the Ingenio Azul sugar "
     "mill at Vallemar in Peru over unpaid wages.\n    Strikes have shut 12 of the country's 40 "
     "mills so far this year.\n REUTER", "Vallemar"),
])
def test_an_industry_record_does_not_spread_the_action(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- a general strike called off in the lead is national --------------------------------------
@pytest.mark.parametrize("text", [
    "Court halts public sector strike\n\nA general strike in Turkey's public sector that had been "
    "due to begin on Sunday has been called off after the Labour Court issued an injunction.\n\n"
    "Several hundred council workers demonstrated outside the Finance Ministry in Ankara last week.",
    "Kenyan strike averted\n\nA nationwide strike by 300,000 civil servants in Kenya was "
    "averted on Friday when the government raised its pay offer.\n\nAbout 500 clerks "
    "demonstrated outside parliament in Nairobi on Tuesday.",
])
def test_a_called_off_general_strike_has_no_city(text, nlp):
    assert loc_of(text, nlp)[0] is None


def test_a_strike_beside_a_called_off_national_one_keeps_its_town(nlp):
    text = ("Nurses strike in Leeds\n\nAbout 400 nurses walked out at St Aidan's hospital in Leeds on "
            "Monday, after the union called off a national strike planned for next week.")
    assert loc_of(text, nlp)[0] == "Leeds"


# --- sectors -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Motorway staff strike\n\nUnions at Autoroutes du Nord have called a 48-hour strike over the "
     "sale of the motorway operator, saying hundreds of toll collectors would lose their jobs.",
     "transportation"),
    ("Drivers go free through tolls\n\nMotorists drove through toll booths free of charge on "
     "Thursday as staff at Nordvia walked out.", "transportation"),
    ("Ferry crews strike\n\nCrews at Baltic Link walked out on Monday, halting ferries between "
     "the two ports.", "transportation"),
    ("Signalmen strike\n\nSignalmen at Northline walked out for 24 hours, halting commuter "
     "services.", "transportation"),
    ("Air traffic control strike\n\nAir traffic control staff in Ruritania walked out for four "
     "hours on Tuesday, grounding flights.", "transportation"),
    ("Bus depot strike\n\nStaff at the Kellby bus depot of Greenway walked out over rotas, "
     "leaving commuters stranded.", "transportation"),
    (" date 1987-05-12 IRISH ALUMINA REFINERY SHUT BY STRIKE\nWestern Alumina Ltd said a strike by "
     "300 process workers had shut its refinery at Ballyross today.\n    The refinery produces "
     "600,000 tonnes of alumina a year.\n REUTER", "manufacturing"),
])
def test_sectors(text, expected, nlp):
    assert industry_of(text, nlp) == expected


def test_a_death_toll_is_no_motorway(nlp):
    text = ("Miners strike after blast\n\nMiners at Ridgeway Colliery walked out after an explosion; "
            "the death toll rose to 12.")
    assert industry_of(text, nlp) != "transportation"


# --- a Canadian or Australian dateline over works in another town -----------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 NICKEL MINERS STRIKE\nTORONTO, May 12 - Northern Nickel Ltd said 4,000 "
     "miners at its Sudbury, Ontario operations walked off the job today over pensions.\n REUTER",
     "Sudbury"),
    (" date 1987-05-12 PAPER WORKERS STRIKE\nMONTREAL, May 12 - About 900 workers at Laurentide "
     "Paper Inc's mill in Windsor, Quebec, went on strike today, the union said.\n REUTER", "Windsor"),
    (" date 1987-05-12 CAR WORKERS STRIKE\nTORONTO, May 12 - Some 3,000 workers at Maple Motors "
     "Ltd's Oshawa plant walked out today over job cuts, the union said.\n REUTER", "Oshawa"),
])
def test_a_dateline_over_works_in_another_town(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


# --- a state's government as the employer, its struck works in a town -------------------------
def test_a_state_government_with_its_hospitals_in_a_town(nlp):
    text = (" date 1987-05-12 NIGERIAN DOCTORS STRIKE\nAbout 600 resident doctors at government "
            "hospitals in Kaduna began an indefinite strike today over unpaid allowances.\n    The "
            "doctors said the strike would go on until the Kaduna State Government paid the "
            "arrears.\n    Out-patient clinics at the general hospitals at Zaria were closed, a "
            "health official said.\n REUTER")
    assert loc_of(text, nlp)[0] == "Kaduna"


def test_a_state_government_with_no_town_has_no_city(nlp):
    text = (" date 1987-05-12 NIGERIAN TEACHERS STRIKE\nTeachers employed by the Kaduna State "
            "Government began an indefinite strike today across the state over unpaid salaries.\n REUTER")
    assert loc_of(text, nlp)[0] is None


# --- a provincial town's dateline is the scene, a capital's may be a bureau -------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-07-20 KENYAN SUGAR STRIKE\nELDORET, Kenya, July 20 - The 2,000 striking workers "
     "at Nandi Hills Sugar Co Ltd rejected a pay offer today and vowed to stay out, union officials "
     "said.\n REUTER", "Eldoret"),
    (" date 1987-07-20 INDIAN TEXTILE STRIKE\nCOIMBATORE, India, July 20 - About 5,000 workers at "
     "Lakshmi Spinners Ltd stayed on strike today over bonus payments, the union said.\n REUTER",
     "Coimbatore"),
])
def test_a_provincial_dateline_is_the_scene(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


@pytest.mark.parametrize("text", [
    " date 1987-07-20 KENYAN TEACHERS STRIKE\nNAIROBI, July 20 - Teachers across Kenya stayed "
    "away from schools today in a nationwide strike over pay, the union said.\n REUTER",
])
def test_a_capital_dateline_over_a_national_strike(text, nlp):
    assert loc_of(text, nlp)[0] is None


# --- "the <Firm> works at <town>", "the <town>-based engine plant" ----------------------------
@pytest.mark.parametrize("text,city", [
    (" date 1987-05-12 FRENCH STEEL STRIKE\nWorkers occupied the Aciers de l'Est works at Hayange "
     "in France today over job cuts, the union said.\n REUTER", "Hayange"),
    (" date 1987-05-12 ITALIAN ENGINE STRIKE\nSome 5,000 workers at the Termoli-based engine plant "
     "of Motori Adriatici SpA in Italy struck today over shift changes.\n REUTER", "Termoli"),
])
def test_works_at_a_town_and_a_based_plant(text, city, nlp):
    assert loc_of(text, nlp)[0] == city


@pytest.mark.parametrize("text", [
    "About 300 nurses walked out on Monday. \"She works in Leeds but lives here,\" a colleague said.",
    "About 300 nurses walked out on Monday, including one who works at Leeds.",
])
def test_a_person_who_works_in_a_town_is_no_site(text, nlp):
    from picketline.extract import place

    ctx, _ = probes.early_facts(text, nlp, "1987-05-12")
    assert not [p for p in place.find_places(ctx) if p.source == "site"]


def test_many_stores_around_a_city_stay_unplaced(nlp):
    text = ("Strike hits French store chain\n\nStaff at dozens of hypermarkets run by French retailer "
            "Marcelin walked out over Sunday working.\n\nUnions said staff at 30 stores around Lyon "
            "had joined the strike.\n\n\"We will stay out,\" said a delegate at the firm's store in "
            "Villeurbanne.")
    assert loc_of(text, nlp)[0] is None


# --- a maker named "Electric" is no power company ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    (" date 1987-05-12 ENGINE WORKERS STRIKE\nAbout 2,000 workers at Atlas Electric Co's jet engine "
     "plant went on strike today, the union said.\n REUTER", "manufacturing"),
    (" date 1987-05-12 TURBINE STRIKE\nSome 3,500 workers at Harlan Electric Corp's turbine plant "
     "walked out today over pensions.\n REUTER", "manufacturing"),
    (" date 1987-05-12 APPLIANCE MAKER STRIKE\nWorkers at Kansai Denki Electric Industries Ltd, a "
     "maker of household appliances, staged a 24-hour strike today.\n REUTER", "manufacturing"),
    (" date 1987-05-12 CABLE STRIKE\nWorkers at Northern Electric Cables Ltd's factory struck today "
     "over job cuts.\n REUTER", "manufacturing"),
    (" date 1987-05-12 POWER STRIKE\nWorkers at Kellby Electric Power Co walked out today, and "
     "power stations ran on skeleton crews.\n REUTER", "utilities_energy"),
    (" date 1987-05-12 UTILITY STRIKE\nLinemen at Lakeshore Gas and Electric Co struck today over "
     "pay, the union said.\n REUTER", "utilities_energy"),
    ("Cabbies strike\n\nThousands of black cab drivers staged a go-slow in central Kellby over "
     "licence fees.", "transportation"),
])
def test_electric_makers_and_utilities(text, expected, nlp):
    assert industry_of(text, nlp) == expected


# --- staff at a firm in a small town abroad ---------------------------------------------------
def test_staff_at_a_firm_in_a_small_town_abroad(nlp):
    text = ("Irish meat plant staff accept deal\n\nAbout 240 staff at Kildare Meats in Ballyfoyle "
            "voted on Sunday to end their strike, the union SIPTU said.\n\nThe plant in Ireland "
            "reopens on Monday.")
    assert loc_of(text, nlp)[0] == "Ballyfoyle"


# --- an action over a whole state, an earlier action's town, a distance's reference town ------
@pytest.mark.parametrize("text", [
    " date 1987-04-09 STATE PAY DEAL ENDS STOPPAGES\nThe Victoria government and its unions "
    "settled their row over injury pay today, so the stoppages across the state will not widen, "
    "a union official said.\n    Until the deal only a few building sites and the cargo berths "
    "of Melbourne's ports were hit.\n REUTER",
    "Polish miners threaten strike\n\nPoland's coal miners' unions have threatened an indefinite "
    "strike over pensions at all pits of the Silesian Coal Company.\n\nThe mining unions staged a "
    "series of protests in Warsaw last year over pit closures.",
    "Offshore strike\n\nAbout 200 maintenance workers on the Kell Alpha oil platform, 120 miles "
    "east of Aberdeen, walked out on Monday over rotas.",
])
def test_no_city_for_a_state_wide_or_unplaced_action(text, nlp):
    assert loc_of(text, nlp)[0] is None


def test_a_mine_named_by_its_distance_from_a_city_keeps_its_own_town(nlp):
    text = (" date 1987-05-12 GOLD MINERS STRIKE\nAbout 3,000 miners struck today at the Kloof Deep "
            "mine at Carletonville, 60 km west of Johannesburg, in South Africa.\n REUTER")
    assert loc_of(text, nlp)[0] == "Carletonville"


def test_a_chain_s_stores_in_one_city_keep_the_city(nlp):
    text = ("DENVER, Colo. — About 1,000 grocery workers picketed 30 Fresh Basket Markets stores in "
            "and around Denver on Saturday, and will strike at two depots next week.")
    assert loc_of(text, nlp)[0] == "Denver"
