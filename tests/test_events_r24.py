"""Bargaining events in real copy (issue 14, round 24): a side "hopeful" or "optimistic"
that a tentative agreement will be reached reports no agreement. Articles written for these
tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

LEAD = (" date 2016-11-01 TRANSIT STRIKE ENTERS SECOND DAY\n"
        "    Some 4,700 Kellford Transit workers stayed on strike for a second day on Tuesday,\n"
        "the Tolvane Transport Workers Union said.\n")


def _events(text: str) -> list[str]:
    f = extract_article(Article(id="ev24", text=text, published="2016-11-01"))
    assert f.labor
    return sorted(e.value for e in f.bargaining_events)


def test_hopeful_that_an_agreement_will_be_reached_is_no_agreement():
    text = LEAD + ("    Kellford Transit said it is hopeful that a tentative agreement will be\n"
                   "reached before Election Day.\n")
    assert "tentative_agreement" not in _events(text)


def test_optimistic_of_a_deal_is_no_agreement():
    text = LEAD + "    Union leaders said they were optimistic a tentative deal was close.\n"
    assert "tentative_agreement" not in _events(text)


def test_an_agreement_reached_is_still_an_agreement():
    text = LEAD + ("    Late on Tuesday the two sides reached a tentative agreement, the union\n"
                   "said, and members will vote on it on Sunday.\n")
    assert "tentative_agreement" in _events(text)
