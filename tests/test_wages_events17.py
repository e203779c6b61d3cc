"""Wage demand and offer figures of wire and BBC-style copy (round events17), on sentences
written for these tests: a demand whose workers follow a wire dateline, an earlier offer that
stands when a better one is only asked for."""
from __future__ import annotations

import pytest

from picketline.extract import numbers
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context


def wages(text: str) -> tuple[float | None, float | None]:
    ctx = Context(Article(id="t", text=text, published="1988-10-06"))
    demand, offer = numbers.wages(ctx, ArticleFacts(id="t"))
    return (demand.value if demand else None, offer.value if offer else None)


@pytest.mark.parametrize("text,expected", [
    # the workers are the demand's subject behind a wire dateline, an employer named inside it
    ("RIO GRANDE, Oct 6 - Between 2,000 and 3,000 welders at auto parts maker Ferraz Metal "
     "SA's plant in Canoas stayed out for a second day today, pressing for a 26 pct wage "
     "increase, the union said. The company has offered 11 pct.", (26, 11)),
    ("QUITO, March 3 - Some 1,500 drivers at state bus firm Transquito SA's depots walked out "
     "today, demanding a 35 pct pay rise, union leaders said. The firm has offered ten pct.",
     (35, 10)),
])
def test_demand_after_a_dateline(text: str, expected: tuple[float, float]) -> None:
    assert wages(text) == expected


@pytest.mark.parametrize("text", [
    "Tax office staff struck on Monday. Members voted for strike action last month after "
    "rejecting a pay offer of 2.4%. The union has warned of a second strike if no improved "
    "offer is made.",
    "Tax office staff struck on Monday after rejecting a pay offer of 2.4%. Union leaders said "
    "members would stay out unless a better offer was tabled.",
])
def test_offer_stands_when_a_better_one_is_only_asked_for(text: str) -> None:
    assert wages(text)[1] == 2.4


def test_offer_replaced_by_a_later_offer_made() -> None:
    text = ("Tax office staff struck on Monday. They rejected the previous offer of 2.4% in "
            "March. On Friday the union received an improved offer from the department.")
    assert wages(text)[1] is None


@pytest.mark.parametrize("text,expected", [
    ("Workers at Dalsung Electric struck on Monday, demanding a 20 pct rise. The company has "
     "said it will raise wages by seven pct from October.", (20, 7)),
    ("Workers at the Harwal mills walked out, seeking a 30 pct rise. The mill owners decided to "
     "increase basic pay by 6 pct from July.", (30, 6)),
])
def test_employer_announced_rise_is_its_offer(text: str, expected: tuple[float, float]) -> None:
    assert wages(text) == expected


def test_a_rise_the_union_wants_the_employer_to_make_is_its_demand() -> None:
    text = ("Spinners at the Harwal mills walked out on Monday. The union wants the owners to "
            "raise wages by 25 pct.")
    assert wages(text) == (25, None)
