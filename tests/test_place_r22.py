"""Places in world wire copy (issue 14, round 22): a capital's dateline named again only in
passing is still the bureau's, and a country's own name is no town. Articles written for these
tests, invented firms; real place names only where the code must resolve a place."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.extract.place import _country_not_town
from picketline.model import Article


def _location(text: str, published: str = "1998-05-15"):
    f = extract_article(Article(id="pl22", text=text, published=published))
    return f.location.value if f.location else None


def test_a_capitals_dateline_named_again_in_passing_stays_the_bureau():
    text = (" date 1998-05-15 MINERS BLOCK RAILWAY\n"
            "    MOSCOW (AP) - About 1,000 striking coal miners of the Tolvane coal combine\n"
            "stood on the tracks of the railway today and blocked more than 50 trains,\n"
            "demanding back pay.\n"
            "    The railway, which runs thousands of miles from Moscow to the Pacific,\n"
            "carries most of the region's freight.\n")
    loc = _location(text)
    assert loc is not None and loc.country == "RU"
    assert loc.city is None


def test_a_capitals_dateline_named_again_where_the_action_is_told_is_the_city():
    text = (" date 1998-05-15 BUS DRIVERS STRIKE\n"
            "    MOSCOW (AP) - Bus drivers of the Kestrel transport company went on strike\n"
            "today over unpaid wages.\n"
            "    Hundreds of striking drivers marched through central Moscow to the city hall.\n")
    loc = _location(text)
    assert loc is not None and (loc.city, loc.country) == ("Moscow", "RU")


def test_a_countrys_own_name_is_no_town():
    text = (" date 2022-07-21 PHONE COMPANY HIT BY STRIKE\n"
            "    MEXICO CITY (AP) - About 30,000 workers at Mexico's largest fixed-line\n"
            "telephone company went on strike Thursday.\n"
            "    Telefonos Orvella once controlled basically all phone service in Mexico.\n")
    loc = _location(text, "2022-07-21")
    assert loc is not None and loc.country == "MX"
    assert loc.city is None


def test_country_names_that_are_not_their_capitals_names():
    assert _country_not_town("Mexico") and _country_not_town("Panama")
    assert not _country_not_town("Singapore")  # a city-state: the capital has its name
    assert not _country_not_town("Springfield")  # no country


# --- a state university's town ------------------------------------------------------------------
def test_a_state_named_by_the_employer_takes_its_town_from_the_dateline():
    text = (" date 2019-04-05 TEACHING ASSISTANTS END STRIKE\n"
            "CHICAGO \u2014 A union representing graduate-student employees at the University of\n"
            "Illinois says it has suspended their strike following a tentative contract agreement\n"
            "with the school.\n")
    loc = _location(text, "2019-04-05")
    assert loc is not None and (loc.city, loc.state, loc.country) == ("Chicago", "IL", "US")


def test_a_state_named_by_the_employer_with_two_campuses_and_no_dateline_has_no_town():
    text = (" date 2022-10-22 SERVICE WORKERS CALL OFF STRIKES\n"
            "    Threatened strikes by service workers at the University of Minnesota have been\n"
            "called off after the Kestrel Workers Union reached an agreement with the university.\n"
            "    The union had planned two strikes, on the Twin Cities campus and at the Duluth\n"
            "campus.\n")
    loc = _location(text, "2022-10-22")
    assert loc is not None and loc.state == "MN" and loc.city is None


def test_a_state_universitys_campus_town_is_read_from_its_name():
    from picketline.extract.place import _places_in_name
    assert _places_in_name("University of Wisconsin-Milwaukee", "US")[0] == ("Milwaukee", "WI", "US")
    assert _places_in_name("University of Illinois at Chicago", "US")[0] == ("Chicago", "IL", "US")
    assert _places_in_name("University of Illinois", "US") == [(None, "IL", "US")]


# --- an agency-first dateline of the New Zealand press ------------------------------------------
def test_an_agency_first_dateline_is_the_bureau_not_the_scene():
    text = (" date 1983-01-31 SEWAGE STRIKE GOES ON IN BRITAIN\n"
            "    NZPA London Water and sewage workers' leaders in Britain decided at the week-end\n"
            "to extend their one-week strike after strong support from members of the Kestrel\n"
            "Water Workers Union, said a spokesman.\n")
    loc = _location(text, "1983-01-31")
    assert loc is not None and loc.country == "GB"
    assert loc.city is None
