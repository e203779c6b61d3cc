"""Demands, round issues20: closures told as plans to shut, a closure plan, an occupation after a
firm's dotted name; a new union and the equipment the workers want; a longer working week; larger
classes and job losses a reform would bring. Sentences written for these tests (invented
names)."""
from __future__ import annotations

import pytest

from picketline.extract import issues, numbers
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context


def _ctx(text: str) -> Context:
    return Context(Article(id="t", text=text, published="1988-03-09"))


def demands(text: str) -> set[str]:
    ctx = _ctx(text)
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {f.value for f in issues.demands(ctx, facts)}


@pytest.mark.parametrize("text,expected", [
    ("Some 700 workers at Dorval Verre S.A. have occupied the company's Namur glass works since "
     "Monday in protest at plans to close the plant, union officials said.", {"job_security"}),
    ("About 300 staff at the Kello Mills works walked out in protest against the firm's plan to "
     "shut down the mill.", {"job_security"}),
    ("The strikers said they would stay in the yard until the owners withdrew the closure plan.",
     {"job_security"}),
    ("The teachers' unions say the reform will lead to bigger classes and hundreds of job losses.",
     {"staffing", "job_security"}),
])
def test_closures_and_losses(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The mill will stay shut until the strikers drop their demand for an independent union.",
     {"union_recognition"}),
    ("Some 2,000 welders occupied the Hanro yard, demanding higher pay and recognition of a newly "
     "formed union, a company spokesman said.", {"pay", "union_recognition"}),
    ("The owners still refuse to recognise the new union at the Lenn plant, and dockers walked "
     "out on Monday.", {"union_recognition"}),
])
def test_new_union(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Junior doctors at two clinics in Kavala walked out to demand payment of overdue salaries and "
     "better equipment in the wards.", {"pay", "working_conditions"}),
    ("Tram crews struck for a second week. The union says drivers' working conditions would be "
     "eroded by the new timetable.", {"working_conditions"}),
    ("The firm has offered 2 pct and wants to extend the working week at its Barlo plant from 36 "
     "to 39 hours.", {"hours_scheduling"}),
    ("Press workers walked out on Tuesday. \"Our members will not work longer for the same "
     "money,\" said a union official.", {"hours_scheduling"}),
])
def test_equipment_conditions_hours(text: str, expected: set[str]) -> None:
    assert demands(text) >= expected


@pytest.mark.parametrize("text", [
    "Linemen threatened a strike over the cuts. The board's general manager, Tomas Brandt, said "
    "the cuts were part of a five-year plan to lower costs and would be achieved mainly through "
    "early retirement.",
])
def test_means_of_cuts_is_no_pension_demand(text: str) -> None:
    assert "pensions_retirement" not in demands(text)
