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
