"""Bargaining events of real copy (issue 14, round 23): an earlier agreement whose keeping is
the grievance is no deal reached now; a paper back on the newsstands is no return to work.
Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _events(text: str) -> list[str]:
    f = extract_article(Article(id="ev23", text=text, published=None))
    return [e.value for e in f.bargaining_events]


@pytest.mark.parametrize("sentence", [
    "Union officials said the stoppage was caused by a failure by management to implement a "
    "collective bargaining agreement signed between the union and management in 2013.",
    "Crews have taken action this week, claiming the pay agreement reached after last year's "
    "national strike has not been implemented.",
])
def test_an_earlier_deal_not_kept_is_no_deal_reached(sentence):
    text = ("Kellford port hit by strike\n\n"
            "Dock workers at the port of Kellford stopped work on Thursday, demanding more pay.\n\n"
            + sentence + "\n")
    assert "tentative_agreement" not in _events(text)


def test_a_deal_reached_to_end_the_strike_is_still_a_deal():
    text = ("Kellford port strike ends\n\n"
            "Dock workers at the port of Kellford ended their strike on Thursday after an "
            "agreement was reached late on Wednesday with the port authority.\n")
    assert "tentative_agreement" in _events(text)


def test_a_paper_back_on_the_newsstands_is_no_return_to_work():
    text = ("Guild strike at the Kellford Herald drags on\n\n"
            "When 110 members of the Tolvane Newspaper Guild struck the Kellford Herald last "
            "year, few expected a long fight.\n\n"
            "Having come to terms with its strikers, a rival daily went back on the newsstands at "
            "the turn of the year, 214 days after it stopped publishing.\n\n"
            "The Herald strikers remain on the picket line.\n")
    assert "return_to_work" not in _events(text)


@pytest.mark.parametrize("sentence", [
    "Some 6,000 dockers yesterday voted to continue an unofficial strike at the port of Kellford.",
    "Commuters faced more misery after unions at the Kellford transport authority voted to continue "
    "the strikes tomorrow.",
    "Officials confirmed that 87 per cent of the teachers who voted this week voted yes to a strike.",
    "Members of the Tolvane Health Union voted in favour of the walk out in November.",
])
def test_a_vote_to_continue_or_yes_to_a_strike_is_a_strike_vote(sentence):
    text = "Kellford strike goes on\n\n" + sentence + "\n"
    assert "strike_vote" in _events(text)


def test_a_vote_to_continue_talks_is_no_strike_vote():
    text = ("Kellford strike goes on\n\nDockers at the port of Kellford are on strike. Union "
            "leaders voted to continue the talks with the port authority on Monday.\n")
    assert "strike_vote" not in _events(text)
