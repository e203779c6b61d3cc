"""Bargaining events in real copy (issue 14, round 26): a strike "averted with an agreement
reached Friday evening" reports the agreement. Articles written for these tests, invented
names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _events(text: str) -> list[str]:
    f = extract_article(Article(id="ev26", text=text, published="1989-07-08"))
    assert f.labor
    return [e.value for e in f.bargaining_events]


def test_an_agreement_reached_in_a_participle_phrase():
    text = ("date 1989-07-08 Kelmera Telephone Strike Averted\n\n"
            "A threatened strike by 15,000 Kelmera Telephone employees has been averted with an "
            "agreement reached Friday evening, a spokeswoman for the company said.\n")
    assert "tentative_agreement" in _events(text)


def test_an_agreement_still_hoped_for_is_none():
    text = ("date 1989-07-08 Kelmera Telephone workers set strike\n\n"
            "Kelmera Telephone employees will strike at midnight Sunday unless an agreement "
            "could be reached, the union said.\n")
    assert "tentative_agreement" not in _events(text)
