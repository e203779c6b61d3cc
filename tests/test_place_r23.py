"""Places in real copy (issue 14, round 23): a territory that is one city (Hong Kong,
Singapore) places the action in that city, whatever district the text names. Articles written
for these tests, invented firm and union names; real place names where the code must
resolve them."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _loc(text: str, published: str = "2018-05-25"):
    f = extract_article(Article(id="l23", text=text, published=published))
    return f.location


def test_a_strike_in_hong_kong_is_in_the_city_of_hong_kong():
    text = (" date 2018-05-25 BUS DRIVERS WARN OF STRIKE AS COMMUTERS SHRUG OFF WORK-TO-RULE\n"
            "Bus driver unions in Hong Kong said they would not rule out a\n"
            "strike as commuters were mostly unaffected by a work-to-rule\n"
            "protest against 14-hour shifts at Kestrel Buses.\n"
            "    At one of the busiest interchanges, near the entrance of the\n"
            "Cross Harbour Tunnel in Hung Hom, passengers said they had not\n"
            "noticed a delay.\n")
    loc = _loc(text)
    assert (loc.value.city, loc.value.country) == ("Hong Kong", "HK")
    assert "Hong Kong" in loc.evidence.sentence


def test_talks_in_singapore_place_a_strike_there():
    text = (" date 1993-01-24 AIRLINE STRIKE TALKS FAIL\n"
            "    TALKS in Singapore between Orvella Airways and striking cabin\n"
            "crew broke down after more than 12 hours yesterday as the\n"
            "management insisted on its right to dismiss staff involved in\n"
            "the action.\n")
    loc = _loc(text, "1993-01-24")
    assert (loc.value.city, loc.value.country) == ("Singapore", "SG")


def test_a_strike_in_a_country_of_many_towns_keeps_no_city():
    text = (" date 1993-01-24 MINERS STRIKE ACROSS CHILE\n"
            "    Copper miners across Chile walked out yesterday at mines of\n"
            "Tolvane Mining, the union said, in a dispute over pay.\n")
    loc = _loc(text, "1993-01-24")
    assert loc.value.country == "CL" and loc.value.city is None


def test_a_list_of_provinces_is_no_town_and_its_province():
    # "B.C., Alberta, Saskatchewan and Manitoba" had placed the action in a town "Alberta"
    # of Saskatchewan
    text = (" date 2019-05-28 RAIL STRIKE HITS GRAIN SHIPMENTS\n"
            "    Train crews of Tolvane Rail walked off the job on Tuesday, the\n"
            "Kestrel Rail Workers union said, halting freight service.\n"
            "    The affected provinces include B.C., Alberta, Saskatchewan\n"
            "and Manitoba, as well as service between Winnipeg and Toronto.\n")
    loc = _loc(text, "2019-05-28")
    assert loc.value.city != "Alberta" and loc.value.state != "SK"
    assert loc.value.country == "CA"
