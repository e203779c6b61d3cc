"""Dates of wire copy: a strike's day told after its length ('would strike for 24 hours on
April 15 unless ...' starts that day, as the kit's notes code a threatened strike's planned
day); an action over by publication whose length is told with the day of its end ('ended a
five-day strike at the company's plant today', 'ended a five-day sit-in today') ended that day
and began its length before, not after. Articles written for these tests."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _dates(text: str, nlp, published: str = "1989-04-10"):
    f = extract_article(Article(id="t", text=text, published=published), nlp)
    return (f.start_date and f.start_date.value, f.end_date and f.end_date.value)


@pytest.mark.parametrize("text", [
    "FERRY STRIKE THREAT\nFerry unions said today they would strike for 24 hours on April 19 "
    "unless the operators withdrew plans to cut 900 jobs.",
    "FERRY STRIKE\nFerry crews said today they would strike for 24 hours on April 19 over "
    "plans to cut 900 jobs.",
])
def test_a_strike_day_told_after_its_length_is_its_start(text, nlp):
    assert _dates(text, nlp)[0] == "1989-04-19"


@pytest.mark.parametrize("text", [
    "MILL STRIKE ENDS\nSome 1,200 workers at Dongsan Textile Co ended a five-day strike at the "
    "company's Kumi plant today after management agreed to a 12 pct rise, police said.",
    "MILL WORKERS END SIT-IN\nSome 1,200 workers at Dongsan Textile Co ended a five-day sit-in today "
    "after management agreed to a 12 pct wage rise, police said.",
])
def test_an_action_ended_today_with_its_length_ran_back_from_today(text, nlp):
    assert _dates(text, nlp) == ("1989-04-06", "1989-04-10")
