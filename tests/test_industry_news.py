"""Industry read from wire and broadcast wordings of a sector (data/industries.json).
Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes


industry_of = partial(probes.industry_of, locate=True)


@pytest.mark.parametrize("text,expected", [
    ("Workers at the Andean telecommunications firm Telvanta walked out on Thursday, "
     "the first strike at the company in 30 years.", "telecom_tech"),
    ("Engineers at the telecoms group Norvox went on strike on Monday over pay, "
     "their union said.", "telecom_tech"),
    ("Thousands of public service workers walked off the job on Tuesday after talks "
     "on a new contract broke down.", "public_administration"),
    ("Border Force staff at the main airports will strike over the holiday, the union "
     "said on Friday.", "public_administration"),
    ("About 600 waterside workers stopped work on Monday in a row over rosters, "
     "the union said.", "transportation"),
    ("Fuel-tanker drivers began a strike on Monday, leaving many filling stations dry, "
     "their union said.", "transportation"),
])
def test_sector_wordings_of_wire_copy(text, expected, nlp):
    assert industry_of(text, nlp) == expected


@pytest.mark.parametrize("text", [
    "Thousands of workers at engineering and electrical companies in the south staged "
    "warning strikes on Wednesday, the Metal and Electrical Workers' Union said.",
    "Warning strikes hit engineering firms across the region on Tuesday as the metal "
    "employers refused to raise their offer.",
])
def test_engineering_and_metal_industry_wordings_are_manufacturing(text, nlp):
    assert industry_of(text, nlp) == "manufacturing"


@pytest.mark.parametrize("text", [
    "About 90 stage hands and wardrobe staff at the Northgate Theatre will strike on Saturday, "
    "their union said.",
    "Technicians and stage crew at the Riverside Opera walked out before the premiere over pay.",
    "Backstage staff at the city's ballet company began a 24-hour strike on Friday.",
])
def test_theatre_opera_and_ballet_staff_are_entertainment(text, nlp):
    assert industry_of(text, nlp) == "entertainment_media"


@pytest.mark.parametrize("text", [
    "COLOMBO, May 4 - Some 100,000 estate workers began a go-slow on Monday, plucking only "
    "the minimum quota, the union said.",
    "KUALA LUMPUR, May 4 - Rubber tappers on 200 plantations went on strike over pay on Monday.",
    "NAIROBI, May 4 - Tea pluckers on the highland estates struck for higher wages on Monday.",
])
def test_plantation_and_estate_workers_are_agriculture(text, nlp):
    assert industry_of(text, nlp) == "agriculture"


@pytest.mark.parametrize("text", [
    "Crews walked off the job on Monday, leaving a vessel stranded at its berth, the union said.",
    "A strike by lock operators on the seaway halted ship traffic on Tuesday, their union said.",
])
def test_ship_berth_and_seaway_wordings_are_transportation(text, nlp):
    assert industry_of(text, nlp) == "transportation"


@pytest.mark.parametrize("text,expected", [
    ("DHAKA, March 3 - Some 40,000 workers at the country's state-run jute mills went on "
     "strike on Tuesday demanding arrears of wages, union leaders said.", "manufacturing"),
    ("BRISBANE, June 9 - Workers at Tarrawong Cane Ltd's four district mills will strike "
     "during the crushing season unless the company lifts its offer, the union said.",
     "manufacturing"),
    ("MAPUTO, June 9 - About 3,000 sugar mill workers at Xinavane walked out on Monday over "
     "unpaid bonuses, their union said.", "manufacturing"),
    ("LAHORE, Oct 2 - Workers at 60 textile mills and spinning mills struck on Monday over "
     "the minimum wage, the union said.", "manufacturing"),
    ("ACCRA, Oct 2 - Staff at the Kpone palm oil mill downed tools on Monday over pay, "
     "their union said.", "manufacturing"),
    ("KAMPALA, Oct 2 - Cutters on the Lugazi sugar estates began a strike on Monday over "
     "pay, the union said.", "agriculture"),
    ("SAN JOSE, Oct 2 - Workers on 30 banana plantations in the south went on strike on "
     "Monday over housing, the union said.", "agriculture"),
])
def test_agro_processing_mills_and_estates(text, expected, nlp):
    """A sugar, jute, textile or oil mill is manufacturing; an estate or plantation that
    grows the crop is agriculture."""
    assert industry_of(text, nlp) == expected
