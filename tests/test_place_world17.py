"""Cities abroad told without a dateline: a workplace 'at' its town, the area round a city,
several sites of one town, old English names of big cities, and other plants the action did
not reach. Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes


loc_of = partial(probes.loc_of, published="1988-03-09")


@pytest.mark.parametrize("text,expected", [
    # a workplace of a firm 'at' its town
    ("About 1,800 miners at the Quebrada Alta copper mine of Cobres del Norte S.A. at "
     "Antofagasta in northern Chile walked out on Tuesday after rejecting a pay offer, a union "
     "official said. The company said its offer was fair.", ("Antofagasta", None, "CL")),
    ("Some 2,100 workers at the Pedra Funda smelter of Metais Gerais S.A. at Contagem ended a "
     "nine-day strike today after accepting a 30 pct pay rise, Brazilian union leaders said.",
     ("Contagem", None, "BR")),
    # the area round a city
    ("Unions at three private bus companies in the Nagoya area will stage a 24-hour strike "
     "next Friday unless the companies improve their pay offer, a Japanese union federation "
     "said today.", ("Nagoya", None, "JP")),
    # several mills of one town, and the town's old English name
    ("Some 20,000 workers at nine cotton mills in and around Bombay in western "
     "India went on an indefinite strike today to demand higher pay, Indian union leaders said. Eleven other mills in "
     "Maharashtra were working normally, the millowners said.", ("Bombay", None, "IN")),
    # the other plants were not affected
    ("About 4,000 employees at the firm's main plant in Bielefeld stopped work for two hours on "
     "Tuesday in a warning strike over pay, the West German metalworkers' union said. Its other plants, in "
     "Kassel and Bremen, were not affected by the stoppage.", ("Bielefeld", None, "DE")),
])
def test_city_abroad_without_a_dateline(text, expected, nlp):
    assert loc_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    # a suburb's plant located by its city's quarter
    ("Kestrel Glass Pty Ltd locked out about 400 workers at its Parramatta plant in "
     "Sydney's west today after a dispute over shift rosters, the Australian union said.",
     ("Parramatta", "NSW", "AU")),
    # a plant placed in its continent, then in the town it stands in
    ("Staff at the group's biggest factory in North America, in the northern city of Saltillo, "
     "walked out on Monday after pay talks collapsed, the Mexican union said.",
     ("Saltillo", None, "MX")),
])
def test_the_town_of_the_site_not_its_city_or_country(text, expected, nlp):
    assert loc_of(text, nlp) == expected
