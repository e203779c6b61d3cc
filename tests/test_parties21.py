"""Unions and employers named the way world wire copy names them (parties21): a list of
countries ending in "the Soviet Union" and a union described by its politics are no union's
names; an operators', exporters' or planters' body is the employer side; two unions joined by
"and" before one bracketed acronym are two unions; a public service named in full (a municipal
bus service, an electricity board) is the employer. Sentences written for these tests, invented
names."""
from __future__ import annotations

import pytest

import probes


def _unions(text: str, nlp) -> list[str]:
    return probes.unions_of(text, nlp, "1988-05-11")


def _employers(text: str, nlp) -> list[str]:
    return probes.employers_of(text, nlp, "1988-05-11")


# --- "... and the Soviet Union", "the European Union", "Universal Postal Union": no union ----
@pytest.mark.parametrize("text, union", [
    ("A strike by 40,000 weavers has shut 30 mills in Kanpur since May 3, the Kanpur Textile "
     "Mazdoor Union said today. Mills have stopped shipping cloth to buyers in Britain and the "
     "Soviet Union.", "Kanpur Textile Mazdoor Union"),
    ("Dockers at Gdynia struck today, halting grain exports to Cuba and the Soviet Union, the "
     "Baltic Seamen and Dockers Union said.", "Baltic Seamen and Dockers Union"),
    ("Coal miners in Queensland walked out today, halting exports to Japan and the European "
     "Union, the Bowen Basin Miners Federation said.", "Bowen Basin Miners Federation"),
    ("The Seafarers Union of Ghana called a strike today; the ships carry cocoa to Western "
     "Europe and the Soviet Union.", "Seafarers Union of Ghana"),
    ("Telephone engineers walked out today, the Post and Telegraph Workers Union said, as the "
     "International Telecommunication Union met in Geneva.", "Post and Telegraph Workers Union"),
])
def test_a_list_of_countries_or_an_intergovernmental_union_is_no_union(text, union, nlp):
    assert _unions(text, nlp) == [union]


def test_a_firm_selling_to_the_soviet_union_leaves_no_union(nlp):
    text = ("About 3,000 workers at the Kowloon Loom Co struck today. The company sells mostly "
            "to the United States, Canada and the Soviet Union.")
    assert _unions(text, nlp) == []


# --- "the Christian union", "the Socialist union", "the communist-led union": a descriptor ---
@pytest.mark.parametrize("text, expected", [
    ("Baggage handlers at Liege airport struck today, the Christian union ACVX said, "
     "demanding more staff.", ["ACVX"]),
    ("Postal workers in Lyon struck today, the Socialist union said, while the communist-led "
     "union CGTX called on members to join.", ["CGTX"]),
    ("Bus drivers in Turin struck today, the Catholic union CISX said.", ["CISX"]),
    ("The Christian union said 2,000 steelworkers at Charleroi went on strike today.", []),
    ("The communist-led union said 5,000 dockers at Genoa stopped work today in protest at "
     "layoffs.", []),
])
def test_a_union_described_by_its_politics_or_faith_is_not_named(text, expected, nlp):
    assert _unions(text, nlp) == expected


def test_a_company_union_is_still_read(nlp):
    text = "Workers at Brenner Steel walked out today, the Brenner Steel union said."
    assert _unions(text, nlp) == ["Brenner Steel union"]


# --- an operators', exporters', planters' or employers' body is the employer side -----------
@pytest.mark.parametrize("text, union, employer", [
    ("OFFSHORE UNION SETS STRIKE DATE\nThe Danish Oil Workers' Union said today it would strike "
     "on Monday after talks with the Danish Offshore Operators' Association broke down over pay.",
     "Danish Oil Workers' Union", "Danish Offshore Operators' Association"),
    ("Tanker crews will strike from Friday, the Maritime Officers Union said. The Gulf "
     "Operators Federation has offered a five pct rise.",
     "Maritime Officers Union", "Gulf Operators Federation"),
    ("Platform crews of the Kestrel Offshore Workers' Union (KOWU) voted by 80 pct for a "
     "strike, the union said today.\n    The Barents Sea Operators' Association walked out "
     "of the pay talks on Friday, having offered 3.5 pct.",
     "Kestrel Offshore Workers' Union", "Barents Sea Operators' Association"),
    ("Tea pickers on 200 estates struck today, the Plantation Workers Union said. The Assam "
     "Valley Tea Planters' Association said it would meet the union next week.",
     "Plantation Workers Union", "Assam Valley Tea Planters' Association"),
    ("Rice mill workers struck today after the Punjab Rice Millers Association refused a 20 pct "
     "rise, the Rice Mill Workers Union said.",
     "Rice Mill Workers Union", "Punjab Rice Millers Association"),
    ("A strike by 5,000 dockers closed the port of Fremantle today, the Waterside Workers "
     "Federation said. The Association of Employers of Waterside Labour said the dispute could "
     "last weeks.", "Waterside Workers Federation", "Association of Employers of Waterside Labour"),
])
def test_an_employers_body_is_the_employer_not_a_union(text, union, employer, nlp):
    assert _unions(text, nlp) == [union]
    assert employer in _employers(text, nlp)


@pytest.mark.parametrize("text, union", [
    ("Crane drivers at Kaohsiung port struck today, the Crane Operators Association said, "
     "demanding a 12 pct rise.", "Crane Operators Association"),
    ("Telephone operators walked out today across the province, the Telephone Operators' "
     "Federation said.", "Telephone Operators' Federation"),
])
def test_operators_of_a_machine_or_switchboard_are_workers(text, union, nlp):
    assert _unions(text, nlp) == [union]


# --- two unions joined by "and" before one bracketed acronym: two unions ---------------------
@pytest.mark.parametrize("text, expected", [
    ("The Coal Workers' Federation and the Centre of Bengal Trade Unions (CBTU) said 30,000 "
     "miners would strike on Monday.",
     ["Coal Workers' Federation", "Centre of Bengal Trade Unions"]),
    ("The Seamen's Union of Kenya and the Dock Workers Union (DWU) said today their members "
     "would walk out on Friday.", ["Seamen's Union of Kenya", "Dock Workers Union"]),
    ("Textile workers struck today. The Textile Labour Association and the National Federation "
     "of Mill Workers (NFMW) said 50,000 were out.",
     ["Textile Labour Association", "National Federation of Mill Workers"]),
    ("The Teachers' Union and the League of Secondary Teachers said 9,000 teachers would stop "
     "work on Thursday.", ["Teachers' Union", "League of Secondary Teachers"]),
])
def test_two_unions_joined_by_and_are_two_unions(text, expected, nlp):
    assert _unions(text, nlp) == expected


# --- a public service named in full is the employer ------------------------------------------
@pytest.mark.parametrize("text, employer", [
    ("About 600 bus drivers in Aarhus walked out today over new rosters introduced by the "
     "Aarhus Municipal Bus Service, which they said cut their breaks.",
     "Aarhus Municipal Bus Service"),
    ("Drivers struck today against the Oslo Tramway Service over a new shift plan.",
     "Oslo Tramway Service"),
    ("Crews walked out today in a dispute with the Bergen Municipal Ferry Service over manning "
     "levels.", "Bergen Municipal Ferry Service"),
    ("Engineers at the Lothian Electricity Board struck today over a regrading claim, the "
     "Electrical Power Engineers Association said.", "Lothian Electricity Board"),
    ("Ambulance crews walked out today after the Wessex Ambulance Service imposed new shift "
     "patterns, the union said.", "Wessex Ambulance Service"),
    ("Bus crews in Pune went on strike today against the Pune Municipal Transport Undertaking "
     "over unpaid bonuses.", "Pune Municipal Transport Undertaking"),
])
def test_a_public_service_named_in_full_is_the_employer(text, employer, nlp):
    assert _employers(text, nlp) == [employer]


def test_a_relations_board_is_still_no_employer(nlp):
    text = ("Nurses at Harbour City Hospital struck today. The Labour Relations Board will hear "
            "the case on Monday, the Nurses Union said.")
    assert "Labour Relations Board" not in _employers(text, nlp)


# --- a union named in its own language, by what its members are ----------------------------
@pytest.mark.parametrize("text, union", [
    ("Pilots of Aerolinee Lagunari are to strike for 24 hours on Friday, called by the Unione "
     "Piloti Lagunari (UPL), over new rosters.", "Unione Piloti Lagunari"),
    ("Teachers in Rome stopped work today. The Associazione Nazionale Insegnanti (ANI) said "
     "20,000 had joined the strike.", "Associazione Nazionale Insegnanti"),
    ("Air traffic controllers in Spain began a 24-hour strike today, called by the Asociacion "
     "de Controladores Aereos (ACA), over staffing.", "Asociacion de Controladores Aereos"),
    ("Flight crews of Linhas Aereas Lusas struck today. The Associacao dos Aeronautas said 900 "
     "members had joined.", "Associacao dos Aeronautas"),
    ("Rail workers in Lyon struck today, called by the Federation des Cheminots (FDC), over "
     "pensions.", "Federation des Cheminots"),
])
def test_a_union_named_in_its_own_language_by_its_members(text, union, nlp):
    assert _unions(text, nlp) == [union]


def test_an_employers_association_in_its_own_language_is_no_union(nlp):
    text = ("Bus drivers in Valencia struck today. The Asociacion de Empresarios de Transporte "
            "said it would not raise its offer, the union said.")
    assert _unions(text, nlp) == []


# --- an employers' body named after what it is, whoever its members are ---------------------
@pytest.mark.parametrize("text, employer", [
    ("Bank workers in Brazil began a national strike today after the banking federation Fenabx "
     "refused to raise its 12 pct offer, the Bank Workers Confederation said.", "Fenabx"),
    ("Supermarket staff struck today, the Commerce Workers Union said. The retailers' "
     "association Abrex said it had offered 8 pct.", "Abrex"),
    ("Steel workers walked out today after the steelmakers' federation Ibsx rejected a 15 pct "
     "claim, the Metalworkers Federation said.", "Ibsx"),
    ("Truck drivers struck today, the Drivers Union said, after the hauliers' association "
     "Transvex offered only 3 pct.", "Transvex"),
    ("Hotel staff in Cancun struck today. The hotel owners' association Ahqx said occupancy had "
     "fallen, the Hotel Workers Union said.", "Ahqx"),
])
def test_an_employers_body_named_after_its_kind_is_the_employer(text, employer, nlp):
    assert _employers(text, nlp) == [employer]


# --- a port's town, a trading bloc: no party ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Port workers at Santos struck today over pay, the Dockers Union said.",
    "Dockers in Callao began a 48-hour strike today, halting fishmeal exports, the Callao "
    "Port Workers Union said.",
])
def test_a_ports_town_is_not_the_employer(text, nlp):
    assert _employers(text, nlp) == []


def test_a_trading_bloc_before_union_is_no_union(nlp):
    text = ("Farmers blocked roads today. The EEC farm union Copa said 10,000 farm workers "
            "marched in Brussels against pay cuts.")
    assert "EEC" not in _unions(text, nlp)


# --- the federation acts; the confederations it groups are its parents ------------------------
@pytest.mark.parametrize("text, expected", [
    ("Textile workers struck today at 40 mills, the federation FILTX said. FILTX, which groups "
     "the textile unions of the CGIX, CISX and UIX confederations, called the strike over job "
     "cuts.", ["FILTX"]),
    ("Metalworkers walked out today at Ansaldi SpA. The FLMX federation, which brings together "
     "the metal unions of the CGIX, CISX and UIX, said 9,000 had joined.", ["FLMX"]),
])
def test_the_confederations_a_federation_groups_are_not_parties(text, expected, nlp):
    assert _unions(text, nlp) == expected


def test_confederations_calling_a_strike_are_still_parties(nlp):
    text = "The CGIX, CISX and UIX confederations called a general strike today against the budget."
    assert _unions(text, nlp) == ["CGIX", "CISX", "UIX"]


# --- an employers' body in the employer's role beats a marketing body quoted as a source ------
@pytest.mark.parametrize("text, employer", [
    ("A strike by 2,000 meatworkers has shut eight abattoirs in Victoria, the Australian "
     "Livestock Marketing Corp said today.\n    The Meat Workers Union began the strike on Monday "
     "after employers moved to cut piece rates.\n    The Victorian Meat Exporters Association said "
     "the walkout cost its members 5 mln dlrs a week.",
     "Victorian Meat Exporters Association"),
    ("A strike by 1,500 wharf labourers has halted wool shipments, the Wool Marketing Board said "
     "today.\n    The Waterside Workers Union walked out after employers refused a 6 pct claim.\n"
     "    The Stevedoring Employers Association said it would seek an order to end the strike.",
     "Stevedoring Employers Association"),
])
def test_the_employers_body_beats_a_source(text, employer, nlp):
    assert _employers(text, nlp) == [employer]


def test_workers_at_a_firm_opening_a_sentence_name_the_employer(nlp):
    text = (" date 1988-05-11 WORKERS AT SPANISH TRUCK UNIT CALL STRIKE\nWorkers at <Camiones "
            "Ibericos S.A.> have called three days of strikes next month over pay, union sources "
            "said.\n    Camiones Ibericos was the top seller last year.\n    Vehiculos Norte S.A. "
            "was second with a 20 pct gain.\n    Vehiculos Norte is owned by a French group.")
    assert _employers(text, nlp) == ["Camiones Ibericos S.A"]


# --- "the X union (ACR)": the acronym is that union's, even where another union shares it ---
@pytest.mark.parametrize("text, expected", [
    ("Teachers in Cali struck today, the Federation of Teaching Workers (Fetx) said. The march "
     "began at the ministry; the Workers' United Center union (CUT) was also there.",
     ["Federation of Teaching Workers", "Workers' United Center"]),
    ("The Norwegian Oil Workers union (NOX) said 2,000 members would strike on Monday. NOX "
     "leaders met the operators today.", ["Norwegian Oil Workers"]),
])
def test_an_acronym_after_union_in_lower_case_is_that_unions(text, expected, nlp):
    assert _unions(text, nlp) == expected


# --- a place or time opening the sentence, then "the" and the name ------------------------------
@pytest.mark.parametrize("text, union", [
    ("In Lagos the Nigerian Civil Service Union said 20,000 members struck today.",
     "Nigerian Civil Service Union"),
    ("In Manila the National Federation of Dock Labor called a strike today.",
     "National Federation of Dock Labor"),
    ("Across Kerala the State Teachers Association held a one-day strike today.",
     "State Teachers Association"),
])
def test_a_place_opening_the_sentence_is_no_part_of_the_union(text, union, nlp):
    assert _unions(text, nlp) == [union]


def test_a_name_with_of_the_inside_keeps_it(nlp):
    text = ("Workers at the Bank of the Philippine Islands struck today, the Bank Employees Union "
            "said.")
    assert _employers(text, nlp) == ["Bank of the Philippine Islands"]


# --- the members' word opening their body's name -------------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Nurses at 40 hospitals struck today, called by the Nurses Association of Ghana.",
     "Nurses Association of Ghana"),
    ("Nurses Association of Ghana members struck today at 40 hospitals.",
     "Nurses Association of Ghana"),
    ("Teachers Federation of Kaduna members walked out today at 300 schools.",
     "Teachers Federation of Kaduna"),
])
def test_the_members_word_opening_a_unions_name_is_kept(text, union, nlp):
    assert _unions(text, nlp) == [union]
