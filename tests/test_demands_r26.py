"""Demands in real copy (issue 14, round 26): an action named by pay ("a series of pay
strikes", "the pay row") is about pay, and a strike's day or place between it and "over" still
ties it to its issue ("will strike from December 20 over job cuts"). Articles written for these
tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _demands(text: str) -> list[str]:
    f = extract_article(Article(id="dm26", text=text, published="2009-11-17"))
    assert f.labor
    return [d.value for d in f.demands]


def test_pay_strikes_are_about_pay():
    text = ("date 2003-01-21 Troops tackle fires as strikes bite\n\n"
            "Soldiers have been out fighting blazes in Kellport as firefighters man picket lines "
            "for the latest in a series of pay strikes.\n")
    assert "pay" in _demands(text)


def test_a_day_between_the_strike_and_its_issue():
    text = ("date 2009-11-17 Kelmera Air cabin crew to strike\n\n"
            "Kelmera Air cabin crew will strike from December 20 over job cuts, the Kellish "
            "Cabin Crew Union said.\n")
    assert "job_security" in _demands(text)


def test_the_union_paying_strikers_is_no_pay_demand():
    text = ("date 2009-11-17 Kelmera Air cabin crew to strike\n\n"
            "Kelmera Air cabin crew will strike from December 20, and the union will pay "
            "strikers from its fund.\n")
    assert "pay" not in _demands(text)
