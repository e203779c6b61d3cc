"""Parties and counts of round 23 (parties23): a country's possessive before a union's name is
no employer; a known union's acronym in title case before 'union' ('the Fnv union'); an
acronym that leads or calls the strike ('a strike led by the KSTU'); a one-word firm in one
employer's role when the article names no other ('a 3 pct offer from Orvella'); the firm named
only before the trade on strike ('striking Northway train drivers'); 'a million' as a count;
the strikers' relatives are no count of strikers. Sentences and articles written for these
tests, invented names (the union acronyms of the gazetteer aside)."""
from __future__ import annotations

import pytest

import probes
from picketline.extract.numwords import find_counts


def _unions(text: str, nlp) -> list[str]:
    return probes.unions_of(text, nlp, "1988-06-07")


def _employers(text: str, nlp) -> list[str]:
    return probes.employers_of(text, nlp, "1988-06-07")


def _participants(text: str) -> int | None:
    return probes.participants_of(text, "1988-06-07")


# --- a country's possessive before a union: no employer ----------------------------------------
@pytest.mark.parametrize("text", [
    "Rail workers struck today. Korea's National Railway Workers Union said 9,000 members walked "
    "out over job cuts.",
    "Ruritania's National Railway Workers Union said 20,000 members walked out today over pay.",
    "Dockers walked out today. Freedonia's Port Authority Workers Union said the strike would "
    "last two days.",
])
def test_a_country_owner_before_a_union_name_makes_no_employer(text, nlp):
    assert _employers(text, nlp) == []
    assert len(_unions(text, nlp)) == 1


# --- a known union's acronym in title case ------------------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Postal staff walked out today, the Uil union said.", "Uil"),
    ("Dock workers in Rotterdam walked out today, the Fnv union said. A spokesman for Fnv said "
     "the stoppage would last two days.", "Fnv"),
    ("Bus drivers struck in Madrid today after the Ugt union rejected the pay offer.", "Ugt"),
])
def test_a_known_acronym_in_title_case_before_union(text, union, nlp):
    assert [u.lower() for u in _unions(text, nlp)] == [union.lower()]


def test_a_firm_before_a_lower_case_union_is_still_a_company_union(nlp):
    assert _unions("Postal staff walked out today, the Cobrava union said.", nlp) == \
        ["Cobrava union"]


# --- an acronym leading or calling the strike --------------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Teachers in the capital walked out today in a strike led by the KSTU over pay.", "KSTU"),
    ("The walkout, called by the NDWU, closed the docks for a second day.", "NDWU"),
    ("Nurses began a three-day strike organised by the GHNA on Monday.", "GHNA"),
])
def test_an_acronym_leading_the_strike_is_a_union(text, union, nlp):
    assert _unions(text, nlp) == [union]


def test_an_acronym_leading_a_march_is_not_read_as_a_union(nlp):
    assert _unions("Thousands joined a march led by the PDR through the capital today.", nlp) == []


# --- a one-word firm in one employer's role, no other employer named ----------------------------
@pytest.mark.parametrize("text, firm", [
    ("Bakery workers struck today after rejecting a 3% offer from Loughway, their union said.",
     "Loughway"),
    ("Dockers walked out today after turning down a 4 pct pay offer from Harbrook, union "
     "officials said.", "Harbrook"),
    ("Talks between Orvane and the union broke down today, and 2,000 workers walked out.",
     "Orvane"),
])
def test_a_one_word_firm_in_a_lone_employer_role(text, firm, nlp):
    assert _employers(text, nlp) == [firm]


@pytest.mark.parametrize("text", [
    # two names in such roles: no one side
    "Workers struck after rejecting an offer from Loughway. Talks between Harbrook and the union "
    "broke down.",
    # the strike 'at' a one-word name is as often a site's
    "Drivers walked out today. The strike at Kestrel disrupted flights.",
])
def test_no_lone_firm_where_the_role_is_shared_or_weak(text, nlp):
    assert _employers(text, nlp) == []


# --- the firm named only before the trade on strike ---------------------------------------------
@pytest.mark.parametrize("text, firm", [
    ("Striking Northway train drivers may vote on more action after two one-day stoppages.",
     "Northway"),
    ("A one-day strike by Kestrel Air cabin crew over job cuts has been called off after talks.",
     "Kestrel Air"),
    ("A walkout by Tolvane ground staff grounded flights for a second day.", "Tolvane"),
])
def test_the_firm_before_the_trade_on_strike(text, firm, nlp):
    assert _employers(text, nlp) == [firm]


@pytest.mark.parametrize("text", [
    "Striking Glasgow bus drivers stayed out today over pay.",
    "Striking Scottish train drivers stayed out today over pay.",
])
def test_a_place_before_the_trade_on_strike_is_no_firm(text, nlp):
    assert _employers(text, nlp) == []


# --- counts -------------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, value", [
    ("Nearly a million clerks struck.", 1_000_000),
    ("A hundred thousand miners marched.", 100_000),
    ("About a thousand porters walked out.", 1_000),
])
def test_a_scale_word_after_a_is_a_count(phrase, value):
    assert [c.value for c in find_counts(phrase)] == [value]


def test_a_million_workers_on_strike():
    assert _participants("Nearly a million bank workers in Ruritania held a one-day strike "
                         "today.") == 1_000_000


@pytest.mark.parametrize("text, expected", [
    ("Police stormed the plant where strikers were holding out. Reporters said about 2,000 "
     "relatives and supporters of the strikers were also dispersed by tear gas.", None),
    ("Police stormed the plant where 5,000 strikers were holding out. About 2,000 relatives of "
     "the strikers were dispersed by tear gas.", 5_000),
    ("Some 300 sympathizers of the striking miners marched to the pit gates.", None),
])
def test_the_strikers_relatives_are_no_strikers(text, expected):
    assert _participants(text) == expected


# --- gazetteer unions: an ampersand for "and"; a union listed after another ---------------------
@pytest.mark.parametrize("text, expected", [
    ("Fitters walked out at the Luton plant today. Jo Marr of the Amalgamated Engineering & "
     "Electrical union said the stoppage would go on.", ["Amalgamated Engineering and Electrical"]),
    ("Checkout staff at Kellmart stores walked out today, said a spokesman for the United Food & "
     "Commercial Workers.", ["United Food and Commercial Workers"]),
])
def test_a_gazetteer_union_written_with_an_ampersand(text, expected, nlp):
    got = [u.replace("&", "and") for u in _unions(text, nlp)]
    assert len(got) == 1 and got[0].startswith(expected[0])


# --- a person "of the" union --------------------------------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Lecturers walked out today, said Ann Roe of the Lecturers Union of Ruritania.",
     "Lecturers Union of Ruritania"),
    ("Lecturers walked out today, said Mr Roe of the University and College Union.",
     "University and College Union"),
])
def test_a_person_of_the_union_is_no_part_of_its_name(text, union, nlp):
    assert _unions(text, nlp) == [union]


@pytest.mark.parametrize("text, union", [
    ("The Brotherhood of the Footplate Workers Union called the strike.",
     "Brotherhood of the Footplate Workers Union"),
    ("Miners struck today, the General Confederation of the Workers of Peru said.",
     "General Confederation of the Workers of Peru"),
])
def test_a_union_name_with_of_the_stays_whole(text, union, nlp):
    assert _unions(text, nlp) == [union]


def test_a_gazetteer_union_listed_after_another_is_its_own(nlp):
    text = ("Ruritanian unions say two million workers joined the general strike. The two main "
            "unions, CISL and Comisiones Obreras, said most employees stayed away.")
    assert len(_unions(text, nlp)) == 2


# --- a union's head abbreviated -----------------------------------------------------------------
@pytest.mark.parametrize("text, union", [
    ("Drivers walked out today, said the Tri-County Bus Drivers Assn., which represents 900 "
     "drivers.", "Tri-County Bus Drivers Assn"),
    ("The Coastal Nurses Assoc. said 2,000 nurses would strike on Monday.", "Coastal Nurses Assoc"),
])
def test_a_union_with_an_abbreviated_head(text, union, nlp):
    assert _unions(text, nlp) == [union]


# --- a person named with a title after a comma, no article --------------------------------------
@pytest.mark.parametrize("name, text, person", [
    ("Vasko", "Lorne Vasko, executive director of the players' union, said talks had failed. "
     "Vasko said the owners never made a fair offer.", True),
    ("Brandt", "Ada Brandt, president of the guild, said the strike goes on.", True),
    ("Kellmart", "Kellmart, whose director of finance spoke on Monday, said sales fell.", False),
])
def test_a_person_with_a_title_after_a_comma_is_no_firm(name, text, person):
    from picketline.extract import parties
    assert parties._after_title(text, name) is person


# --- a trade capitalised at a sentence's start before its workforce -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Postal workers are striking over a plan by the state-owned Northland Post Corp. to cut "
     "costs.", ["Northland Post Corp"]),
    ("Hospital staff walked out today over pay, their union said.", []),
    ("Rail workers went on strike today over pay, their union said.", []),
])
def test_a_capitalised_trade_before_its_workforce_is_no_firm(text, expected, nlp):
    assert _employers(text, nlp) == expected


# --- the employer named only before its offer ---------------------------------------------------
@pytest.mark.parametrize("text, firm", [
    ("Drivers walked out today. The union rejected a later Kestrel Rail offer of a 10% pay rise.",
     "Kestrel Rail"),
    ("Members rejected the Tolvane Mining pay offer and struck today.", "Tolvane Mining"),
    ("Dockers struck today. The union rejected the final Harbrook offer.", "Harbrook"),
])
def test_the_firm_named_before_its_offer(text, firm, nlp):
    assert _employers(text, nlp) == [firm]


def test_a_union_before_an_offer_is_no_firm(nlp):
    assert _employers("Nurses struck today after rejecting the Unison offer.", nlp) == []


# --- a strike against a leader's policies is against the government -----------------------------
@pytest.mark.parametrize("text, gov", [
    ("A 12-hour strike by labor unions to protest against the economic policies of President "
     "Ruiz paralyzed Peru today.", "Government of Peru"),
    ("A strike by unions opposing the wage policies of Prime Minister Okafor shut down ports in "
     "Nigeria today.", "Government of Nigeria"),
])
def test_a_strike_against_a_leaders_policies(text, gov, nlp):
    assert _employers(text, nlp) == [gov]


# --- a general strike's millions ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ruritanian unions say an estimated 8 million people followed their call for a general "
     "strike on Tuesday.", 8_000_000),
    ("Ruritanian unions say an estimated 80 million people followed their call for a general "
     "strike on Tuesday.", None),  # above what the store accepts: a misread
])
def test_a_general_strike_told_in_millions(text, expected):
    assert _participants(text) == expected


# --- a students' union is no labour body; a union that will not strike ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("Lecturers walked out today, the Ruritanian Lecturers Union said. The strike "
     "coincides with a week of protests by the National Union of Students over fees.",
     ["Ruritanian Lecturers Union"]),
    ("Teaching assistants struck today, the Graduate Students Union said.",
     ["Graduate Students Union"]),
])
def test_a_students_union_is_no_labour_body(text, expected, nlp):
    assert _unions(text, nlp) == expected


def test_a_union_that_would_not_go_on_strike_is_left_out(nlp):
    text = ("Maintenance staff on the Eastport Metro began a 48-hour walkout today, called by the "
            "Metro Engineers Union. On Monday the Station Staff Union said it would not go on "
            "strike after being given assurances.")
    assert _unions(text, nlp) == ["Metro Engineers Union"]


# --- a known union's acronym in title case where the union stands -------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Transport workers in Italy struck today. The strike was called by Italy's three main union "
     "confederations, Cgil, Cisl and Uil.", ["cgil", "cisl", "uil"]),
    ("Dockers in the Netherlands walked out today. The strike was called by the Fnv, the largest "
     "union federation.", ["fnv"]),
])
def test_a_title_case_acronym_where_the_union_stands(text, expected, nlp):
    assert [u.lower() for u in _unions(text, nlp)] == expected


def test_an_unknown_title_case_word_after_led_by_is_no_union(nlp):
    assert _unions("Teachers walked out today in a strike led by the Kestu over pay.", nlp) == []
