"""Unions and employers named the way world wire copy names them (parties20): a union's own
longer name around a gazetteer alias, an employers' body of operators, public bodies as
employers, confederations named together. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1988-03-09"):
    return extract_article(Article(id="p20", text=text, published=published))


def _unions(text: str) -> list[str]:
    return [u.value for u in _facts(text).unions]


def _employers(text: str) -> list[str]:
    return [e.value for e in _facts(text).employers]


# --- a union's own longer name wins over a gazetteer alias inside it --------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tram drivers in Valparaiso began a 48-hour strike today. The Valparaiso Urban Transport "
     "Workers Union said 3,000 members had stopped work.",
     "Valparaiso Urban Transport Workers Union"),
    ("The Lower Volta Road Transport Workers Union called a strike of 2,500 lorry drivers from "
     "Monday over new tolls, union officials said.",
     "Lower Volta Road Transport Workers Union"),
    ("About 4,000 bus crews walked out on Tuesday, the Transport Workers Union of Zambia said, "
     "after talks on a 30 pct pay claim broke down.", "Transport Workers Union of Zambia"),
])
def test_a_unions_longer_own_name_is_not_the_gazetteer_alias_inside_it(text, expected):
    assert _unions(text) == [expected]


def test_the_gazetteer_union_itself_is_still_read():
    # still read as a union; the name is reported as written, since two gazetteer unions (the
    # American and the Australian) answer to it (tests/test_union_shared_names.py)
    text = ("Subway workers in New York threatened to strike on Friday, the Transport Workers "
            "Union said.")
    assert _unions(text) == ["Transport Workers Union"]
    text = text.replace("Transport Workers Union", "Transport Workers Union of America")
    assert _unions(text) == ["Transport Workers Union of America"]


# --- an association of bus, ferry or coal operators is the employer side ----------------------
@pytest.mark.parametrize("text, union, employer", [
    ("Bus drivers in Recife voted last night to strike from Monday unless private bus companies "
     "improve a 20 pct pay offer. The Recife Bus Drivers Union is seeking 50 pct. The Recife "
     "Bus Operators Association warned that tickets must cost more.",
     "Recife Bus Drivers Union", "Recife Bus Operators Association"),
    ("Deckhands on island routes struck today. The Aegean Seamen's Union said the Aegean Ferry "
     "Operators Federation had refused to discuss a new manning scale.",
     "Aegean Seamen's Union", "Aegean Ferry Operators Federation"),
])
def test_an_association_of_operators_is_the_employer_not_a_union(text, union, employer):
    facts = _facts(text)
    assert [u.value for u in facts.unions] == [union]
    assert employer in [e.value for e in facts.employers]


def test_a_union_of_transit_operators_stays_a_union():
    text = ("The Metro Transit Operators Union said its 1,200 drivers would strike on Monday "
            "against the Harbour City Transit Authority.")
    assert "Metro Transit Operators Union" in _unions(text)


def test_a_head_word_after_the_gazetteer_name_is_the_same_union():
    text = ("The United Automobile Workers Union said today it was ready to strike General "
            "Motors if talks fail.")
    # one union (not a second "United Automobile Workers Union"), named as the article writes
    # its full name (the gazetteer's is "United Auto Workers": tests/test_unions_as_written.py)
    assert _unions(text) == ["United Automobile Workers"]


# --- a public agency, board or ministry in the employer's role --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Clerks to strike over office closures\n\nStaff at the Land and Property Registration "
     "Agency (LPRA) are to stage a one-day strike on Thursday in protest at plans to close "
     "nine offices.\n\nThe Civil Service Clerks' Union said members had voted 70% for action.",
     "Land and Property Registration Agency"),
    (" date 1988-03-09 POWER UNION WARNS OF STRIKE\nThe Northern Power Workers Union said today "
     "it would call a 24-hour strike at the region's power stations if the North Coast Water "
     "and Power Board went ahead with plans to shed 400 jobs. The state's premier urged both "
     "sides to keep talking.",
     "North Coast Water and Power Board"),
    (" date 1988-03-09 TEACHERS THREATEN STRIKE\nThe National Teachers Union of Paraguay said "
     "today it would call an indefinite strike unless the Ministry of Public Education pays "
     "three months of arrears. The government has offered 10 pct.",
     "Ministry of Public Education"),
    ("Lisbon nurses march\n\nAbout 8,000 nurses marched through Lisbon on Saturday over pay and "
     "staffing. Marchers carried banners as they made their way to the Health Ministry.\n\n"
     "Health ministry officials said talks with the unions would resume.",
     "Health Ministry"),
])
def test_a_public_body_in_the_employers_role(text, expected):
    assert _employers(text) == [expected]


def test_a_mediation_board_is_no_employer_side():
    text = ("Dockers at Port Ravel struck on Monday. The union said it would call off the strike "
            "if the Port Ravel Stevedoring Company agreed to go to the Labour Relations Board.")
    assert "Labour Relations Board" not in " ".join(_employers(text))


# --- confederations named together ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Some 900 workers at Meuse Glassworks struck today. The socialist BVTU and the Christian "
     "KVC unions said production had stopped.", ["BVTU", "KVC"]),
    ("Dockers struck today at Porto Vecchio. The communist-led KTO and the moderate FDU "
     "confederations said the stoppage was total.", ["KTO", "FDU"]),
    ("Teachers across Italy struck today. The strike was called by the Cgil, Cisl and Uil "
     "federations over pay.", ["Cgil", "Cisl", "Uil"]),
])
def test_confederations_listed_together_are_each_a_union(text, expected):
    assert sorted(_unions(text)) == sorted(expected)


# --- a firm named by its trade without Inc or Ltd ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Oil union issues strike warning\n\nThe oil workers' union says it will halt "
     "all production at Niger Creek Petroleum unless the firm takes back 200 dismissed "
     "staff.\n\nNiger Creek Petroleum, which pumps about 40,000 barrels a day, said the cuts "
     "were lawful.", "Niger Creek Petroleum"),
    ("Some 250 seafarers have been locked out by Baltic Strait Ferries after refusing new "
     "contracts, the Seafarers' Union said.\n\nBaltic Strait Ferries said the changes were "
     "essential.", "Baltic Strait Ferries"),
    ("The drivers' union suspended the strike after talks with Severn Valley Buses on "
     "Thursday.\n\nSevern Valley Buses said all services would run normally.",
     "Severn Valley Buses"),
    ("The plantation workers' union called off the strike after Nandi Hills Tea Estates agreed "
     "to raise the daily wage to 120 shillings.", "Nandi Hills Tea Estates"),
    ("About 400 members of UAW Local 2291 were locked out on Monday. Keller Auto Components "
     "said it had brought in outside crews to keep its plant running.",
     "Keller Auto Components"),
])
def test_a_firm_named_by_its_trade_is_the_employer(text, expected):
    assert _employers(text) == [expected]


# --- a union of 'Paperworkers' or 'Farmworkers', and its local named bare ---------------------
def test_a_union_of_one_word_trade_workers_and_its_local():
    text = (" date 1988-03-09 MILL LOCKS OUT WORKERS\nRidgeline Pulp Ltd said it locked out 900 "
            "workers at its Kettle Falls, Washington, pulp mill after talks with the Northwest "
            "Paperworkers' Association failed.\n    Union Local 77 president Dan Ruiz said the "
            "company wanted to contract out maintenance.")
    facts = _facts(text)
    assert [u.value for u in facts.unions] == ["Northwest Paperworkers' Association Local 77"]
    assert [e.value for e in facts.employers] == ["Ridgeline Pulp Ltd"]


def test_a_farmworkers_association_is_a_union():
    text = "The Farmworkers Association said 600 pickers at Valle Verde Growers Inc walked out today."
    assert _unions(text) == ["Farmworkers Association"]


# --- a confederation named only as the striking union's affiliate, with its colour -----------
@pytest.mark.parametrize("text, union", [
    ("Some 2,000 shipyard workers struck today over unpaid wages. The Shipbuilders' Union of "
     "Northern Aragon, which is affiliated to the communist-led KTO federation, said the "
     "stoppage was total.", "Shipbuilders' Union of Northern Aragon"),
    ("About 700 brewery workers struck on Monday. The Visayas Brewery Workers Union, "
     "affiliated to the leftist Samahang Manggagawa labour federation, demanded a wage rise.",
     "Visayas Brewery Workers Union"),
    ("Workers at Daerim Motors walked out today. The Daerim Motors Workers' Union, an "
     "affiliate of the militant Korean Autoworkers' Federation, said the strike would go on.",
     "Daerim Motors Workers' Union"),
])
def test_a_coloured_affiliate_is_no_party(text, union):
    assert _unions(text) == [union]


def test_a_unions_name_without_its_country_is_the_same_union():
    text = ("Prison officers across Belgium staged a 24-hour strike today over staffing. The "
            "strike was called by the Belgian Prison Officers Federation, which says 900 posts "
            "are unfilled. \"We are at breaking point,\" Prison Officers Federation chairman "
            "Piet Aerts said.")
    assert _unions(text) == ["Belgian Prison Officers Federation"]


# --- an acronym that 'represents' workers is a union ------------------------------------------
def test_an_acronym_that_represents_workers_is_a_union():
    text = ("Oil workers at Norvela Energia walked out today over planned asset sales.\n\nKPWU, "
            "which represents platform, refinery and other workers, said the strike would last "
            "five days. KPWU said it wants the sales stopped.")
    assert _unions(text) == ["KPWU"]
    text = ("Oil workers at Norvela Energia walked out today over planned asset sales. SPMA, "
            "which represents 300 shipping companies, said exports would suffer.")
    assert "SPMA" not in _unions(text)


def test_an_acronym_after_a_unions_possessive_is_where_its_members_work():
    # "the KWU's ORV members": ORV is the broadcaster they work for, not a second union
    text = ("Journalists are set for a fresh strike over cuts at the Orvella Broadcasting "
            "Corporation (ORV). Members of the Kellan Writers Union (KWU) voted for a 48-hour "
            "strike on Wednesday. The KWU's ORV members will lobby MPs on the same day.")
    assert _unions(text) == ["Kellan Writers Union"]
