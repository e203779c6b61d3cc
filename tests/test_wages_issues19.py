"""Wage offers of round issues19, on sentences written for these tests: a rise the workers
voted to accept is the employer's latest offer (it beats the one 'initially offered'), a
growers', planters' or exporters' association is the employer side, and a rise paid in equal
stages is their sum."""
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
    ("Bus drivers voted at depot meetings in Kelso and Brandt to accept a 9% rise and went back "
     "on Tuesday. The union had asked for 15%, while the operator had first offered 4%.", (15, 9)),
    ("Steel workers at the Orvan works voted last night to accept a 21 pct wage increase, "
     "calling off their strike. The union had sought 30 pct.", (30, 21)),
    ("Cane cutters struck for a 30 pct rise. The Sugar Planters' Federation, which speaks for "
     "40 estates, has offered 12 pct.", (30, 12)),
    ("Packers want a 20% increase. The Fruit Exporters Association has offered 8%.", (20, 8)),
    ("Under the deal the rise will be paid in two stages of three pct each, in May and "
     "November.", (None, 6)),
    ("The mill owners have offered two 2.5 per cent increases, in April and October. The union "
     "wants 10 per cent.", (10, 5)),
])
def test_accepted_staged_and_growers_offers(text: str, expected: tuple) -> None:
    assert wages(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Members voted not to accept a 3% rise and stayed out. The union wants 8%.", (8, None)),
    ("The board offered 4 pct in twelve monthly steps. The union wants 9 pct.", (9, 4)),
])
def test_no_accepted_or_staged_offer_there(text: str, expected: tuple) -> None:
    assert wages(text) == expected
