"""Look-alikes in real copy (issue 14, round 25): a strike that members turned down, voted
against or rejected is no action. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _labor(text: str) -> bool:
    return extract_article(Article(id="lb25", text=text, published="1983-03-05")).labor


def test_a_strike_the_miners_turned_down_is_no_action():
    text = ("date 1983-03-05 Miners reject pit strike call\n\n"
            "Kellford's 20,000 coal miners apparently turned down a strike proposed by union "
            "leaders over pit closures, early ballot results showed today.\n")
    assert not _labor(text)


def test_a_strike_voted_against_is_no_action():
    text = ("date 1983-03-05 Dockers vote on pay\n\n"
            "Orvella dockers voted against an all-out strike over pay on Friday, the Kelmera "
            "Dockers Union said.\n")
    assert not _labor(text)


def test_an_offer_rejected_before_a_strike_vote_is_still_an_action():
    text = ("date 1983-03-05 Dockers to strike\n\n"
            "Orvella dockers rejected the port's pay offer and voted to strike from Monday, the "
            "Kelmera Dockers Union said.\n")
    assert _labor(text)
