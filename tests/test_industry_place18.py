"""Sectors told by a firm's name or the workers' trade: parcel and courier firms are
transportation, meat works and abattoirs manufacturing, a mine's smelter mining ('other'),
and an employer named 'Air' and its country an airline. Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes


industry_of = partial(probes.industry_of, published="2005-03-08")


@pytest.mark.parametrize("text,expected", [
    ("Van drivers at Harrowgate Parcels walked out on Monday after a colleague was sacked, "
     "and the stoppage has spread to the firm's second depot, the union said.", "transportation"),
    ("About 200 couriers working for Swiftline in Dublin stopped work today in a row over "
     "unpaid overtime, their union said.", "transportation"),
    ("Unions at 14 freezing works in the south have threatened to strike when the killing "
     "season opens unless the employers drop a cut in tally rates, union officials said.",
     "manufacturing"),
    ("About 500 abattoir workers at Kilbrack Foods stopped work today over a pay cut, "
     "their union said.", "manufacturing"),
    ("About 700 workers at the Ostrava nickel smelter of Kovohute Morava walked out today "
     "over pay, a Czech union leader said.", "other"),
    ("Staff at Air Ruritania will stop work for 48 hours from Friday after talks on "
     "rosters failed, the employees' union said.", "transportation"),
])
def test_a_sector_told_by_the_firm_or_trade(text, expected, nlp):
    assert industry_of(text, nlp) == expected
