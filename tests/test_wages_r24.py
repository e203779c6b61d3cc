"""Wage figures in real copy (issue 14, round 24): "rejected a 6 per cent pay offer, demanding
a 7 per cent rise" is the employer's offer and the union's demand (the word "demanding" after
the named figure is not its name), and an employer named by its initials ("A KTA statement
said its contract offer ...") owns its offer. Articles written for these tests, invented
names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _wages(text: str, published: str | None = None) -> tuple[float | None, float | None]:
    f = extract_article(Article(id="wg24", text=text, published=published))
    assert f.labor
    val = lambda x: x.value if x else None  # noqa: E731
    return val(f.wage_demand_pct), val(f.wage_offer_pct)


def test_a_rejected_offer_then_the_demand_in_one_sentence():
    text = ("Kellford public service strike\n\n"
            "Eight public-sector unions went on strike on Monday. The unions have rejected a 6 "
            "per cent pay offer, demanding a 7 per cent rise.\n")
    assert _wages(text) == (7.0, 6.0)


def test_a_named_demand_is_still_a_demand():
    text = ("Kellford public service strike\n\n"
            "Eight public-sector unions went on strike on Monday in support of their 9 per cent "
            "pay claim.\n")
    assert _wages(text) == (9.0, None)


def test_an_employer_named_by_its_initials_owns_its_offer():
    text = (" date 2022-11-03 KELLFORD BUS DRIVERS STRIKE\n"
            "Bus drivers at the Kellford Transit Authority went on strike on Thursday.\n"
            "    A KTA statement said its contract offer, which includes a 14.25% wage\n"
            "increase over three years, is very competitive.\n")
    assert _wages(text, "2022-11-03") == (None, 14.25)
