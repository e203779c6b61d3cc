"""A strike told as settled ('a three-week strike at the plant was settled today') is a labor
action that ended that day, its length counted back from it when told in days (a length in
weeks is a round figure for an action over, as "week-long" is in the kit's NOTES: no first day
is counted back from it); a trend piece about strikes in
general ('working days lost', 'historic lows', 'union membership has fallen') under a 'Why
strikes ...' headline is no report of one (issue 14: strikes that are 'settled' missed;
explainers called labor actions). Articles written for these tests."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, nlp, published: str):
    return extract_article(Article(id="t", text=text, published=published), nlp)


@pytest.mark.parametrize("text,start,end", [
    ("TEXTILE STRIKE SETTLED\nA three-week strike at the Kanpur mill of Dhara Cotton Ltd was "
     "settled today, a company spokesman said.", None, "1989-03-21"),
    ("STRIKE SETTLED\nA 10-day strike at the Tarn works of Velor SA was settled today when the "
     "1,400 strikers accepted a 6 pct wage rise, the company said.", "1989-03-12", "1989-03-21"),
])
def test_a_strike_settled_today_ended_today_and_began_its_length_before(text, start, end, nlp):
    f = _facts(text, nlp, "1989-03-21")
    assert f.is_labor_action.value is True
    assert f.status.value == "ended"
    assert (f.start_date and f.start_date.value, f.end_date.value) == (start, end)


def test_the_two_sides_settling_a_walkout_is_a_labor_action(nlp):
    text = ("PORT DISPUTE ENDS\nThe port authority and the dockers' committee settled the "
            "walkout at Sines on Tuesday, the authority said.")
    assert _facts(text, nlp, "1989-03-23").is_labor_action.value is True


@pytest.mark.parametrize("text", [
    "Why strikes are so rare now\n\nStrikes in Ruritania are at historic lows. Fewer than "
    "150,000 working days were lost last year, against 20 million in 1979. Analysts say union "
    "membership has fallen and new laws have made it harder to strike.",
    "How unions have lost their bite\n\nThe number of strikes has dropped for a decade, and "
    "the strike rate is now the lowest in Europe. Union membership has fallen by a third, "
    "academics say, as jobs moved to services.",
])
def test_a_trend_piece_about_strikes_in_general_is_no_action(text, nlp):
    assert _facts(text, nlp, "2005-03-10").is_labor_action.value is False


@pytest.mark.parametrize("text", [
    # a report under a 'Why' headline stays a report
    "Why nurses walked out\n\nNurses at the Royal Gwent walked out on Monday after managers "
    "cut night-shift pay, their union said. Working days lost to the strike so far number "
    "about 1,200.",
    # a past walkout in a results story is still no action (a length is no strong sign)
    "Brewer's profits rise\n\nProfits at Hallam Ales rose 9% to £30m, as the brewer got over "
    "last summer's two-week walkout by its drivers. It signed a two-year pay deal with the "
    "union in January. Shares rose 4p.",
])
def test_a_report_stays_one_and_a_past_walkout_in_results_stays_none(text, nlp):
    f = _facts(text, nlp, "2005-03-10")
    assert f.is_labor_action.value is ("nurses" in text)
