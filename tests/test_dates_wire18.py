"""Dates in wire copy: an action ended on a day told before the action's own name ('lifted on
Saturday its 12-day lockout'), or by a vote to accept a deal that ended it. Articles written
for these tests (invented names; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _dates(text: str, published: str):
    f = extract_article(Article(id="w", text=text, published=published))
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


@pytest.mark.parametrize("lead", [
    "Harlow Dairies Ltd lifted on Saturday its 10-day lockout of about 240 drivers at its "
    "Tamsworth depot after the labour court ordered talks, the company said today.",
    "Some 600 dockers at the port of Velmar ended on Saturday their 10-day strike over "
    "overtime rates, the port authority said today.",
    "The Kessel Glassworks union called off on Saturday its 10-day stoppage at the firm's "
    "Orvik plant, a union spokesman said today.",
])
def test_an_ending_verb_before_the_day_and_the_action_after_it_ends_there(lead):
    text = ("DEPOT DISPUTE OVER\n\nPublished: 1991-03-11\n\n"
            f"{lead}\n\n"
            "Workers returned to their posts this morning and normal service will resume "
            "tomorrow, a spokesman said.\n\n"
            "The dispute was over staffing of the new night shift.\n")
    start, end = _dates(text, "1991-03-11")
    assert end == "1991-03-09"
    assert start == "1991-02-28"


@pytest.mark.parametrize("clause", [
    "after voting on Saturday to accept a pay agreement that ended their 16-day strike",
    "after voting on Saturday to approve a new contract ending their 16-day strike",
    "after agreeing on Saturday to accept an offer which ended their 16-day strike",
])
def test_a_vote_to_accept_a_deal_that_ended_the_action_is_its_last_day(clause):
    text = ("TANNERY WORKERS END 16-DAY STRIKE\n\nPublished: 1989-05-15\n\n"
            f"About 900 workers at the Ostrava tannery of Brevik Leather returned to work today {clause}, "
            "the company said.\n\n"
            "The union had struck to demand a rise of 30 crowns a day.\n")
    start, end = _dates(text, "1989-05-15")
    assert end == "1989-05-13"
    assert start == "1989-04-28"


def test_a_talks_day_told_before_a_strike_still_going_is_no_end():
    text = ("PORT STRIKE GOES ON\n\nPublished: 1991-03-11\n\n"
            "Talks between the Velmar port authority and dockers ended on Saturday, the strike "
            "which began on March 4 goes on, a union official said today.\n")
    _, end = _dates(text, "1991-03-11")
    assert end is None


def test_more_rounds_announced_in_a_wave_under_way_are_no_last_day():
    text = ("PORTS HIT BY DOCK STRIKE\n\nPublished: 1990-05-08\n\n"
            "Dockers at the country's main ports staged their second 24-hour strike in a week "
            "today, halting loading at twelve terminals, union officials said.\n\n"
            "The dockers have announced more strikes for May 18 and 24 to press their claim.\n")
    _, end = _dates(text, "1990-05-08")
    assert end not in ("1990-05-18", "1990-05-24")


@pytest.mark.parametrize("ended", [
    "The Corvale Transport Workers Union ended the strike last night after talks chaired by a "
    "ministry conciliator.",
    "The union ended its nine-day stoppage yesterday after a new offer.",
])
def test_the_union_ending_its_action_on_a_day_ends_it_there(ended):
    text = ("BUS STRIKE ENDS\n\nPublished: 1988-09-12\n\n"
            "LUSAKA, Sept 12 - The 3,000 striking drivers of Corvale Buses returned to work today "
            "after their union called off a stoppage which began on September 3, a company "
            "spokesman said.\n\n"
            f"{ended}\n")
    _, end = _dates(text, "1988-09-12")
    assert end == "1988-09-11"
