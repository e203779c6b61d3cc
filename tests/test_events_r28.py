"""Bargaining steps (issue 14, round 28): an agreement told as "ended its strike after
reaching agreement with ...", "the agreement reached Tuesday" or "a three-year tentative
settlement"; a firm only "committed to reaching an agreement" has reached none. Articles
written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _events(text: str, published: str) -> list[str]:
    f = extract_article(Article(id="ev28", text=text, published=published))
    assert f.labor
    return [e.value for e in f.bargaining_events]


@pytest.mark.parametrize("sentence", [
    "The Kellish Mine Workers ended its month-old strike after reaching agreement with the "
    "largest coal operators on a contract extension.",
    "The pit workers have been on strike since February. The agreement reached Tuesday will "
    "extend the expired contract until May 3, the union said.",
    "Kelmera Air's pilots have been on strike for a week. The airline and its pilots union "
    "have a three-year tentative settlement.",
])
def test_an_agreement_reached_is_a_tentative_agreement(sentence):
    text = "date 1989-03-01 Kellish strike\n\n" + sentence + "\n"
    assert "tentative_agreement" in _events(text, "1989-03-01")


def test_a_firm_committed_to_reaching_an_agreement_has_reached_none():
    text = ("date 1989-03-01 Kellish strike\n\n"
            "Housekeepers at the Kellport Hotel went on strike on Monday over pay. The hotel "
            "said it was committed to reaching an agreement.\n")
    assert "tentative_agreement" not in _events(text, "1989-03-01")
