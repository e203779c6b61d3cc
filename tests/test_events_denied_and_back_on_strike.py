"""A step denied has not happened ("the union denied assertions it had reached a wage deal"),
and workers "back on strike" have not returned to work; a return told plainly still is one.
Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _events(text: str):
    f = extract_article(Article(id="t", text=text, published="2017-01-26"), None)
    assert f.is_labor_action.value is True
    return [e.value for e in f.bargaining_events]


def test_a_denied_deal_is_no_tentative_agreement():
    text = ("Kellford metalworkers' strike goes on\n\n"
            "The Kellford Metalworkers Union denied industry assertions on Friday it had "
            "reached a wage deal with engineering firms and said its strike would go on.")
    assert "tentative_agreement" not in _events(text)


def test_back_on_strike_is_no_return_to_work():
    text = ("Port workers strike again\n\n"
            "Members of the Kellford Dock Union at the port's container terminal are back on "
            "strike in rolling industrial action over planned roster changes.")
    assert "return_to_work" not in _events(text)


def test_a_plain_return_still_counts():
    text = ("Dockers end strike\n\n"
            "Members of the Kellford Dock Union returned to work on Monday after a three-day "
            "strike over roster changes.")
    assert "return_to_work" in _events(text)
