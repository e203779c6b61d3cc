"""Participants and wage figures, round 12: actions done "by" a counted body of members,
written for these tests (invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "2005-02-10"):
    return extract_article(Article(id="n", text=text, published=published))


def _p(f):
    return f.participants.value if f.participants else None


def _w(f):
    return (f.wage_demand_pct.value if f.wage_demand_pct else None,
            f.wage_offer_pct.value if f.wage_offer_pct else None)


@pytest.mark.parametrize("text, expected", [
    ("Bus strike called off\n\nA two-day strike at Marlow Coaches has been called off after "
     "the firm raised its pay offer.\n\nThe walkout by about 620 members of the Road Crews "
     "Union had been due to start on Monday.\n", 620),
    ("Ferry stoppage suspended\n\nA 24-hour stoppage by some 1,300 members of the Harbour "
     "Staff Association was suspended on Friday after talks at the conciliation service.\n",
     1300),
    ("Council action averted\n\nUnions at Ashby council have suspended a planned strike after "
     "managers tabled a new deal late on Tuesday.\n\nIndustrial action by more than 2,400 "
     "union members had been set to begin next week.\n", 2400),
])
def test_action_by_counted_members_is_a_count_of_those_out(text, expected):
    assert _p(_facts(text)) == expected


def test_union_size_of_called_off_strike_is_still_not_counted():
    f = _facts("Rail strike averted\n\nA planned rail strike was called off on Friday. The "
               "union, which represents about 9,000 signal workers, said members would vote on "
               "the new offer.\n")
    assert _p(f) is None
