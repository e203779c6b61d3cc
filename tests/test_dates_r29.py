"""Dates (issue 14, round 29): a day told between an authority and its order sending the
strikers back ("Parliament late last night ordered the 40,000 dockers back to work") is the
action's last day. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="dt29", text=text, published=published))
    assert f.labor
    return f


def _day(fact) -> str | None:
    return fact.value if fact else None


_ORDERED = ("date 1993-06-11 Parliament ends dock strike\n\n"
            "Parliament, acting a day after the start of a national dock strike, late last night "
            "{verb} the 40,000 dockers back to work and named an arbitrator.\n\n"
            "Picket lines at the ports of Vellmar went up at 6 a.m. on Wednesday, the Vellmar "
            "Dockworkers Union said. The union had asked for a 9 percent raise.\n")


def test_an_order_sending_strikers_back_ends_the_action_that_day():
    f = _facts(_ORDERED.format(verb="ordered"), "1993-06-11")
    assert _day(f.end_date) == "1993-06-10"
    assert _day(f.status) == "ended"


def test_an_order_of_something_else_on_the_day_ends_nothing():
    f = _facts(_ORDERED.format(verb="urged"), "1993-06-11")
    assert _day(f.end_date) is None
