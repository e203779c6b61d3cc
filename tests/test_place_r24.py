"""Places in real copy (issue 14, round 24): a capitals headline that names a city and its
province ("500 LOCKED OUT AT LONDON, ONT. LOCOMOTIVE PLANT") places the action there, over
a body whose only country word is a firm's ("U.S. equipment giant"). Articles written for
these tests; real place names only where the code must resolve them."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

BODY = ("Kellford Diesel locked out employees Sunday in a dispute over a wage-cutting offer,\n"
        "the Tolvane Auto Workers union said.\n"
        "    The battle between the union and U.S. equipment giant Orvella Inc. will be long.\n")


def _place(text: str) -> dict:
    f = extract_article(Article(id="pl24", text=text, published="2012-01-01"))
    assert f.labor
    return f.to_schema()["location"]


def test_a_capitals_headline_city_and_province_place_the_action():
    text = " date 2012-01-01 500 LOCKED OUT AT LONDON, ONT. LOCOMOTIVE PLANT\n" + BODY
    assert _place(text) == {"city": "London", "state": "ON", "country": "CA"}


def test_a_town_unknown_in_that_province_gives_no_city():
    text = " date 2012-01-01 500 LOCKED OUT AT KELLFORD, ONT. LOCOMOTIVE PLANT\n" + BODY
    assert _place(text)["city"] is None
