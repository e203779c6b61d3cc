"""Cities told in English copy without their accents, employers' groups of one town and
workplaces named after their town (a brewery, a cannery, a depot). Articles written for these
tests."""
from __future__ import annotations

from functools import partial

import pytest

from picketline.extract import place

import probes


loc_of = partial(probes.loc_of, published="2005-02-09")


@pytest.mark.parametrize("name,expected", [
    ("Montreal", ("Montreal", "QC", "CA")),
    ("Trois-Rivieres", ("Trois-Rivieres", "QC", "CA")),
    ("Sept-Iles", ("Sept-Iles", "QC", "CA")),
])
def test_a_quebec_town_without_its_accents(name, expected):
    assert place.resolve_city(name) == expected


@pytest.mark.parametrize("text,expected", [
    # a town's employers' group, the town told without its accent
    ("Montreal taxi drivers threaten walkout\n\nDrivers for 30 of Montreal's taxi firms have "
     "threatened to strike over fares and fuel costs. The drivers' union will seek a strike "
     "mandate unless the Montreal Taxi Employers' Association improves its offer, it said.",
     ("Montreal", "QC", "CA")),
    # an employers' group of one town's operators
    ("Some 3,000 tram drivers in the northern Italian city of Verona stayed off the job for a "
     "second day today in a strike for a 12 pct pay rise. The union rejected an offer of five "
     "pct from the Association of Urban Transport Companies, which groups the city's four "
     "tram operators, its secretary said.", ("Verona", None, "IT")),
])
def test_an_employers_group_of_one_town(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    ("About 900 workers at the Cebu brewery of Visayan Malt Corp went on strike today over "
     "pay, a Philippine union leader said. The company said deliveries were slowed.", ("Cebu", None, "PH")),
    ("Some 600 workers at the Valparaiso cannery of Pesquera del Sur S.A. walked out today "
     "for a 20 pct pay rise, a Chilean union leader said.", ("Valparaiso", None, "CL")),
])
def test_a_workplace_named_after_its_town(text, expected, nlp):
    assert loc_of(text, nlp) == expected


def test_nz_is_new_zealand(nlp):
    text = ("NZ Ferries locks out deckhands\n\nNZ Ferries has locked out 240 deckhands and "
            "engineers from 6am Monday after talks on a new collective agreement broke down, "
            "the Maritime Crews Union said. The lockout will hit sailings from Auckland, the "
            "union said, and NZ Ferries says it will run a reduced timetable.")
    assert loc_of(text, nlp)[2] == "NZ"


def test_a_small_town_with_its_state_beside_it(nlp):
    text = ("Wharf strike ends\n\nDock workers at the port of Koombana Quay in Western Australia have "
            "returned to work after a 48-hour strike over casual labour, the maritime union "
            "said.")
    assert loc_of(text, nlp) == ("Koombana Quay", "WA", "AU")
