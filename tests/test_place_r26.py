"""Places in real copy (issue 14, round 26): a bare city name whose namesake abroad dwarfs
every namesake in the US, Britain and Canada is the city abroad ("dock workers in Sydney",
"ATHENS, March 5 -"), not Sydney, Nova Scotia or Athens, Georgia; a name listed to stay at
home (Salem) and a home city that is the larger one (Hamilton, Ontario) do not move.
Articles written for these tests, invented names but for the cities the code must resolve."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.extract.place import resolve_city
from picketline.model import Article


def _location(text: str):
    f = extract_article(Article(id="pl26", text=text, published="1987-03-05"))
    assert f.labor
    return f.location.value if f.location else None


@pytest.mark.parametrize("city,state,country", [
    ("Sydney", "NSW", "AU"), ("Athens", None, "GR"), ("Wellington", None, "NZ"),
    ("Perth", "WA", "AU"), ("Alexandria", None, "EG"),
])
def test_a_city_abroad_that_dwarfs_its_namesakes_at_home_is_the_one_meant(city, state, country):
    text = ("date 1987-03-05 Dock strike\n\n"
            f"About 2,000 dock workers in {city} went on strike today over pay at the Kelmera "
            "Stevedoring Co terminals, union officials said.\n")
    loc = _location(text)
    assert loc is not None and (loc.city, loc.state, loc.country) == (city, state, country)


def test_a_bare_wire_dateline_abroad():
    text = ("date 1987-03-05 DOCKERS STRIKE AT PORT\n\n"
            "SYDNEY, March 5 - About 2,000 dock workers at Kelmera Stevedoring Co walked off "
            "the job today over pay, union officials said.\n")
    loc = _location(text)
    assert loc is not None and (loc.city, loc.state, loc.country) == ("Sydney", "NSW", "AU")


def test_a_state_written_with_the_city_keeps_it_at_home():
    text = ("date 1987-03-05 Teachers strike\n\n"
            "ATHENS, Ga., March 5 - About 900 teachers of the Tolvane County schools went on "
            "strike today over pay, their union said.\n")
    loc = _location(text)
    assert loc is not None and (loc.city, loc.state, loc.country) == ("Athens", "GA", "US")


def test_names_kept_at_home():
    assert resolve_city("Salem") == ("Salem", "OR", "US")  # listed in domestic_first
    assert resolve_city("Hamilton") == ("Hamilton", "ON", "CA")  # the larger one is at home
    assert resolve_city("Newcastle") is None  # no namesake at home: left to other stages


def test_a_firm_at_the_harbour_is_no_town():
    text = ("date 1987-03-05 DOCKERS STRIKE AT PORT\n\n"
            "MELBOURNE, March 5 - About 2,000 dock workers at Kelmera Stevedoring Co walked off "
            "the job today over pay, union officials said.\n")
    loc = _location(text)
    assert loc is not None and (loc.city, loc.state, loc.country) == ("Melbourne", "VIC", "AU")


_LONG_LEAD = ("date 1989-07-10 Telephone strike averted\n\n"
              "Kelmera Telephone Co and the Kellish Communications Workers reached a tentative "
              "agreement late Sunday, averting a strike by 15,000 operators and installers that "
              "had been called for midnight.\n\n"
              "The union had said talks over health benefits and pay were deadlocked, and both "
              "sides had been meeting with a federal mediator since Friday afternoon.\n\n")


def test_a_city_named_once_past_the_lead_in_no_action_sentence_is_left_out():
    text = _LONG_LEAD + ("The company serves 2.9 million customers from Santa Barbara to San "
                         "Bernardino, California, a spokeswoman said.\n")
    loc = _location(text)
    assert loc is not None and loc.city is None and loc.country == "US"


def test_a_city_named_once_past_the_lead_in_an_action_sentence_stays():
    text = _LONG_LEAD + ("The walkout would have been the first in the history of the suburban "
                         "Columbus utility, the union said.\n")
    loc = _location(text)
    assert loc is not None and loc.city == "Columbus"


def test_a_province_makes_the_country_canada_whatever_an_american_firm_name_says():
    text = ("date 2013-06-10 Lockout at Lake Kellish Works\n\n"
            "U.S. Steel locked out about 1,000 workers at its Lake Kellish Works in Ontario on "
            "Sunday after talks on a new contract broke down, the union said.\n")
    loc = _location(text)
    assert loc is not None and loc.country == "CA"
    assert loc.state in ("ON", None)
