"""Bargaining steps (issue 14, round 27): a strike vote told as "voted 85% in favour of job
action", "voted by more than five to one for action" or "the strike action they
\"overwhelmingly voted for\"". Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _events(text: str, published: str) -> list[str]:
    f = extract_article(Article(id="ev27", text=text, published=published))
    assert f.labor
    return [e.value for e in f.bargaining_events]


@pytest.mark.parametrize("sentence", [
    "Union members voted 85% in favour of job action; they headed for the picket lines on July 13.",
    "The station staff voted by more than five to one for action over the new roster.",
    "The organiser said the council was forcing his members to take the strike action they "
    "\"overwhelmingly voted for\".",
])
def test_a_vote_for_action_is_a_strike_vote(sentence):
    text = ("date 2009-08-20 Kellport strike\n\n"
            "More than 600 workers at the Kellport depot of Kelmera Ltd are on strike over pay. "
            + sentence + "\n")
    assert "strike_vote" in _events(text, "2009-08-20")


def test_a_council_vote_for_action_on_roads_is_no_strike_vote():
    text = ("date 2009-08-20 Kellport strike\n\n"
            "More than 600 workers at the Kellport depot of Kelmera Ltd are on strike over pay. "
            "Separately, councillors voted by nine to two for action on road repairs.\n")
    assert "strike_vote" not in _events(text, "2009-08-20")
