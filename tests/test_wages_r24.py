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


def test_a_mixed_fraction_and_a_decimal_comma_are_read_whole():
    text = ("Kellford public service strike\n\n"
            "Civil servants went on strike on Friday. The unions are demanding a 4 1/2 percent "
            "pay increase.\n")
    assert _wages(text) == (4.5, None)
    assert _wages(text.replace("4 1/2", "4\u00bd")) == (4.5, None)


def test_an_action_in_support_of_a_rise_and_a_refusal_to_pay_more_than_a_figure():
    text = ("Kellford public service strike\n\n"
            "More civil servants are expected to join the strike on Friday in support of a 10% "
            "wage increase. The government has refused to pay more than a 6,15% increase.\n")
    assert _wages(text) == (10.0, 6.15)


def test_a_refused_rise_is_still_the_other_sides_figure():
    text = ("Kellford dock strike\n\n"
            "Dockers at Kellford went on strike on Friday. Management rejected a 6 pct rise.\n")
    assert _wages(text) == (6.0, None)


def test_an_improved_offer_in_quotes_that_the_workers_rejected_is_the_employers():
    text = ("Kellford bus strike\n\n"
            "Bus drivers at Kellford Express went on strike on Monday.\n\n"
            "Kellford Express said drivers in the union had rejected an \"improved offer\" of a "
            "14.3% pay increase.\n")
    assert _wages(text) == (None, 14.3)
