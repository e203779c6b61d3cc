"""Sectors and countries of wire copy: chemical and petrochemical plants are manufacturing,
tea gardens and tea planters are agriculture; a town's word that opens a firm's name is the
firm, not the town (an English firm named after a region is not in a US town of that name).
Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes


industry_of = partial(probes.industry_of, published="1989-02-14", locate=True)
loc_of = partial(probes.loc_of, published="1989-02-14")


@pytest.mark.parametrize("text", [
    "About 3,000 workers at the state petrochemical complex near Tarragona went on strike "
    "on Monday, halting output of polymers, Spanish union leaders said.",
    "Workers at two petrochemical plants of Quimica del Sur walked out today over pay, "
    "stopping production of solvents and resins, a company spokesman said.",
    "Some 1,200 chemical workers at Korvath Chemicals began a 48-hour stoppage on Tuesday, "
    "demanding a 12 pct pay rise, their union said.",
    "Staff at the Lindmark plastics works in Ghent downed tools on Friday after the "
    "company froze wages, the union said.",
])
def test_chemical_and_petrochemical_plants_are_manufacturing(text, nlp):
    assert industry_of(text, nlp) == "manufacturing"


@pytest.mark.parametrize("text", [
    "Tea garden workers in the hills of northern Bengal began a two-day strike on Monday to "
    "press for higher daily wages, union leaders said.",
    "Some 50,000 tea workers in southern Sri Lanka stopped work today after tea planters "
    "refused to raise the daily wage, a union official said.",
    "Pluckers on forty tea gardens near Darjeeling walked out this week, demanding better "
    "housing and a rise in their daily pay.",
])
def test_tea_gardens_and_tea_workers_are_agriculture(text, nlp):
    assert industry_of(text, nlp) == "agriculture"


@pytest.mark.parametrize("text,expected", [
    # a firm named after an English region, its plant in an English town
    ("<Midland Tubes Ltd> has locked out 300 workers at its plant in Dudley since Monday "
     "after they refused new shift rotas, the engineering union said today. Midland Tubes "
     "said the plant would stay closed until the rotas were accepted.",
     ("Dudley", None, "GB")),
    # a firm named after a US town, its depot in an English town
    ("Columbus Haulage Ltd drivers at the firm's depot in Swindon went on strike on "
     "Tuesday over pay, the transport union said. Columbus Haulage said it had offered "
     "4 pct. Deliveries across the Home Counties were disrupted.",
     ("Swindon", None, "GB")),
])
def test_a_town_word_that_opens_a_firm_name_is_the_firm(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text", [
    "About 1,100 members at Corrin Paper's two British\nColumbia pulp mills will strike on "
    "Monday, the union said.",
    "The pulp union said its 1,400 members at the company's three British\nColumbia mills "
    "would walk out on Monday unless a settlement is reached.",
    "The woodworkers served 72-hour notice on Halvard Lumber, whose 800 workers at its four "
    "British\nColumbia plants will stop work on Saturday.",
])
def test_a_province_wrapped_over_a_line_is_no_town_of_its_last_word(text, nlp):
    assert loc_of(text, nlp) == (None, "BC", "CA")


@pytest.mark.parametrize("text", [
    "Rail workers began a 24-hour strike on Wednesday against the pension reform, which "
    "Pensions Minister Jan Van Dormael wants passed before the new year. Mr Van Dormael "
    "said the government would not back down.",
    "Dock workers at the port stopped work on Monday over job cuts. Van Ostayen, the port "
    "authority's chairman, said talks would resume, and Luc Van Ostayen urged a return.",
])
def test_a_surname_particle_is_no_town(text, nlp):
    city, _, country = loc_of(text, nlp)
    assert city not in ("Van", "De") and country != "TR"


def test_flemish_and_walloon_place_an_action_in_belgium(nlp):
    text = ("Flemish and Walloon teachers walked out on Tuesday over the pension reform, "
            "the Flemish teachers' union said. Schools across Flanders were closed.")
    assert loc_of(text, nlp)[2] == "BE"


@pytest.mark.parametrize("text", [
    "The union expects a big turnout for Friday's train strike in the south of the country, "
    "with almost nothing running at the main train stations.",
    "Thursday's train strike left passengers stranded at stations across the north, and "
    "the operator said its train services would resume on Friday.",
])
def test_train_and_rail_strike_wordings_are_transportation(text, nlp):
    assert industry_of(text, nlp) == "transportation"
