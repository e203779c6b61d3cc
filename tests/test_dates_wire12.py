"""Dates in wire and broadcast copy: a day between the actors and the verb that ends their
action, a range's last day before a conditional clause, a daylong action. Articles written
for these tests (invented names; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _dates(text: str, published: str):
    f = extract_article(Article(id="w", text=text, published=published))
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


@pytest.mark.parametrize("lead", [
    "Copper miners on Thursday ended a strike that shut the country's biggest mine for 40 days.",
    "Dockers on Thursday called off the stoppage that had closed the port for six weeks.",
])
def test_a_day_before_the_verb_that_ends_the_action_is_its_last_day(lead):
    text = ("Miners end strike at copper mine\n\nPublished: 2017-03-24\n\n"
            f"LA SERENA, March 23 - {lead}\n\n"
            "The workers accepted a deal to extend their current contract for 18 months, the "
            "union said.\n\nThey are expected to be back at work on Saturday.\n")
    start, end = _dates(text, "2017-03-24")
    assert end == "2017-03-23"
    assert start != "2017-03-23"


def test_a_start_before_the_verb_that_ends_the_action_stays_a_start():
    text = ("Bakers end strike\n\nPublished: 2017-03-24\n\n"
            "Bakers who walked out on Monday ended their strike on Thursday after a new offer, "
            "the union said.\n\nThe 400 bakers will return to work on Saturday.\n")
    start, end = _dates(text, "2017-03-24")
    assert start == "2017-03-20"
    assert end == "2017-03-23"


@pytest.mark.parametrize("plan, last", [
    ("They had announced plans to hold a strike from Oct. 16-18 if their demands were not met.",
     "2019-10-18"),
    ("The union said its members would walk out on Oct. 21-23 unless the company improved "
     "its offer.", "2019-10-23"),
])
def test_a_range_before_a_condition_ends_on_its_last_day(plan, last):
    text = ("Metro union and company reach deal\n\nPublished: 2019-10-16\n\n"
            "SEOUL, Oct. 16 - Unionized workers at the city metro reached an agreement with "
            "management on Wednesday, cancelling a planned strike.\n\n"
            "The union demanded more hiring and better working conditions.\n\n"
            f"{plan}\n")
    assert _dates(text, "2019-10-16")[1] == last


def test_a_daylong_strike_ends_on_its_day():
    text = ("State workers strike over taxes\n\nPublished: 2023-03-15\n\n"
            "COLOMBO (AP) - Health, rail and port workers are on a daylong strike to protest "
            "against higher income taxes.\n\n"
            "Most state hospitals suspended outpatient clinics on Wednesday because doctors and "
            "nurses were on strike.\n\nTrade unions say the taxes have hit them hard.\n")
    assert _dates(text, "2023-03-15") == ("2023-03-15", "2023-03-15")
