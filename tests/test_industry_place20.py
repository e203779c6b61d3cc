"""Public bodies and energy boards named by their kind: a licensing, passport or benefits
agency and a civil service union's own name are public administration; an electricity board
and power workers are utilities and energy. Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes


industry_of = partial(probes.industry_of, published="2006-04-12")


@pytest.mark.parametrize("text,expected", [
    ("Licensing agency staff to walk out\n\nWorkers at the Marine Licensing Agency in Plymouth will "
     "strike for two days next week over plans to close two regional offices, their union "
     "said. Boat owners have been told to expect delays.", "public_administration"),
    ("Passport office strike\n\nStaff at the passport office in Durham walked out on Monday "
     "over 300 planned job cuts. The union said most counters were shut.",
     "public_administration"),
    ("Agency staff vote for action\n\nMembers of the Public and Commercial Services Union at a "
     "records centre in Leeds have voted to strike over the loss of 400 posts, the union said "
     "today.", "public_administration"),
])
def test_a_public_agency_is_public_administration(text, expected, nlp):
    assert industry_of(text, nlp) == expected


@pytest.mark.parametrize("text,expected", [
    ("POWER UNION WARNS OF STRIKE\nMembers of the Coastal Power Workers Union will stop work "
     "for a day unless the Northern Rivers Electricity Board drops a roster change, union "
     "leaders said today.\n    A board spokeswoman said talks would resume on Friday.\n REUTER",
     "utilities_energy"),
    ("Electricity workers stop work\n\nAbout 1,100 electricity supply workers stopped work "
     "for four hours on Thursday over a pay offer of 2%, cutting power to parts of the city, "
     "their union said.", "utilities_energy"),
])
def test_an_electricity_board_is_utilities(text, expected, nlp):
    assert industry_of(text, nlp) == expected


def test_shipyards_are_manufacturing(nlp):
    text = ("Shipbuilders protest unpaid wages\n\nHundreds of workers from two shipyards "
            "marched through the port city of Gdynia on Friday, demanding three months of "
            "unpaid wages from the state-owned group that runs both shipyards.")
    assert industry_of(text, nlp) == "manufacturing"


def test_airports_are_transportation(nlp):
    text = ("Union calls strike at five airports\n\nThe union said it would call a one-day "
            "strike at airports in five cities on Monday after talks on pay for ground "
            "handlers and security staff failed. The airports expect most flights to be "
            "cancelled.")
    assert industry_of(text, nlp) == "transportation"
