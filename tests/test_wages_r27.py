"""Wage figures (issue 14, round 27): "in dispute with <employer> over its 2.5% pay offer" is
the employer's offer; "It also rejected a later <employer> offer of 10%, and is seeking a 30%
increase" gives the union's demand (the pronoun's side, not the firm named in its object).
Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="wg27", text=text, published=published))
    assert f.labor
    return f


def _pct(fact):
    return fact.value if fact else None


def test_its_pay_offer_beside_the_employer_is_the_employers():
    text = ("date 2007-06-01 Postal workers back strike\n\n"
            "Postal workers at Kelmera Post Ltd have voted to strike. The Kellport Postal "
            "Workers Union is in dispute with Kelmera Post Ltd over its 2.5% pay offer.\n")
    f = _facts(text, "2007-06-01")
    assert (_pct(f.wage_demand_pct), _pct(f.wage_offer_pct)) == (None, 2.5)


def test_a_pronoun_subject_keeps_its_side_past_the_firm_it_names():
    text = ("date 2007-11-09 Rail strike\n\n"
            "Train drivers of the Kellport Drivers Union went on strike at Kelmera Rail Ltd on "
            "Thursday. It also rejected a later Kelmera Rail Ltd offer of a 10% pay rise, and is "
            "seeking a 30% increase.\n")
    f = _facts(text, "2007-11-09")
    assert (_pct(f.wage_demand_pct), _pct(f.wage_offer_pct)) == (30.0, 10.0)


def test_the_unions_own_demand_named_with_its_stays_the_unions():
    text = ("date 2007-11-09 Rail strike\n\n"
            "Train drivers of the Kellport Drivers Union went on strike at Kelmera Rail Ltd on "
            "Thursday. The union is in dispute with Kelmera Rail Ltd over its 30% pay claim.\n")
    f = _facts(text, "2007-11-09")
    assert _pct(f.wage_demand_pct) == 30.0
