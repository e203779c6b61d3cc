"""Wages in real copy (issue 14, round 25): a share said to be typical of a vote ("89 percent
or 90 percent is typical for an initial authorization vote") is no wage figure. An article
written for this test, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def test_a_share_typical_for_a_vote_is_no_wage_demand():
    text = ("date 1992-09-15 Machinists vote to authorize strike at Kellford Aircraft\n\n"
            "Machinists at Kellford Aircraft voted to authorize a strike, the union said. Union "
            "bylaws require at least two-thirds approval to ensure strike benefits in the event "
            "of a walkout, and 89 percent or 90 percent is typical for an initial authorization "
            "vote, a union officer said.\n")
    f = extract_article(Article(id="wg25", text=text, published="1992-09-15"))
    assert f.labor
    assert f.wage_demand_pct is None


def test_a_demanded_raise_beside_the_vote_is_still_read():
    text = ("date 1992-09-15 Machinists vote to authorize strike at Kellford Aircraft\n\n"
            "Machinists at Kellford Aircraft voted to authorize a strike in support of their "
            "demand for a 9 percent wage increase, the union said.\n")
    f = extract_article(Article(id="wg25b", text=text, published="1992-09-15"))
    assert f.wage_demand_pct is not None and f.wage_demand_pct.value == 9
