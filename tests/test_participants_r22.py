"""Participants of an action only authorized (issue 14, round 22): those who voted, or the
union's members, are nobody out yet; a count said to go out if it is called is kept. Articles
written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "2016-08-31"):
    return extract_article(Article(id="pa22", text=text, published=published))


@pytest.mark.parametrize("text", [
    "Orvella teachers vote to strike\n\nNearly 6,000 teachers and school staff in Orvella have "
    "voted to strike, the Orvella Education Association said on Tuesday.\n\nNo date has been "
    "set for a walkout.\n",
    "Kestrel nursing home staff authorize strike\n\nMore than 8,000 unionized nursing home "
    "employees of Kestrel Care have given the OK for a possible strike, as contract talks "
    "continue, the Kestrel Care Workers Union said.\n",
])
def test_a_count_of_voters_for_an_authorized_action_is_no_count_of_those_out(text):
    facts = _facts(text)
    assert facts.status is not None and facts.status.value == "authorized"
    assert facts.participants is None


@pytest.mark.parametrize("text, expected", [
    ("Tolvane grocery workers authorize strike\n\nKestrel Grocery Workers Union Local 880 "
     "said 96% of members who voted last week authorized a strike against Tolvane Markets. About "
     "6,200 clerks and stockers at its 30 stores would walk out; no date has been "
     "set.\n", 6200),
    ("Brenmoor writers authorize strike\n\nMembers of the Brenmoor Writers Guild voted to "
     "authorize a strike. The guild represents roughly 11,500 screenwriters, all of whom could be "
     "called out in a strike.\n", 11500),
])
def test_a_count_said_to_go_out_if_the_authorized_action_is_called_is_kept(text, expected):
    facts = _facts(text)
    assert facts.status is not None and facts.status.value == "authorized"
    assert facts.participants is not None and facts.participants.value == expected


def test_a_count_of_those_on_strike_is_still_counted():
    facts = _facts("Orvella teachers strike\n\nNearly 6,000 teachers in Orvella went on strike on "
                   "Tuesday, the Orvella Education Association said.\n")
    assert facts.participants is not None and facts.participants.value == 6000
