"""Dates (issue 14, round 28): a length told of an action already over ("dockers have
returned to work after a 14-day strike", in a roundup beside a strike still to come) is not
the planned action's length. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="dt28", text=text, published=published))
    assert f.labor
    return f


def _day(fact) -> str | None:
    return fact.value if fact else None


_ROUNDUP = ("date 2011-08-05 Council workers announce plans for a national strike\n\n"
            "Almost 40,000 council workers will begin a national strike on August 15, the "
            "Kellish Municipal Workers' Union has announced. The union rejected an offer of 5%.\n\n"
            "\"Our members are ready,\" the union's general secretary said. He said the strike "
            "would reach the water works and the refuse depots.\n\n"
            "In the meantime, salt miners in Kellia have {over} after a 14-day strike.\n")


def test_a_length_of_another_action_already_over_gives_no_end():
    f = _facts(_ROUNDUP.format(over="returned to work"), "2011-08-05")
    assert _day(f.start_date) == "2011-08-15"
    assert f.end_date is None


def test_a_planned_actions_own_length_still_gives_its_end():
    text = ("date 2011-08-05 Council workers announce plans for a national strike\n\n"
            "Almost 40,000 council workers will begin a three-day national strike on August 15, "
            "the Kellish Municipal Workers' Union has announced.\n")
    f = _facts(text, "2011-08-05")
    assert (_day(f.start_date), _day(f.end_date)) == ("2011-08-15", "2011-08-17")
