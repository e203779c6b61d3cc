"""Wage demand and offer figures told without a demand or offer verb (round issues18), on
sentences written for these tests: a rise set as the condition of the workers' action, an
action 'for' a rise, an employer's agreed rise told with adverbs and 'by an average', a deal
raising pay 'by nearly' a figure."""
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
    ("The union said 3,000 workers at the Tarsa mill would strike on June 2 unless the company "
     "granted a wage increase of 18 pct. The company has offered 7 pct.", (18, 7)),
    ("Dockers will walk out on Monday unless the port authority agrees to a 14% pay rise. The "
     "authority has offered 5%.", (14, 5)),
    ("Nurses at the Belmoor clinic said they would stay out until the clinic paid a 12 per cent "
     "rise. Managers have offered 4 per cent.", (12, 4)),
])
def test_rise_set_as_the_condition_of_the_action_is_the_demand(
        text: str, expected: tuple[float, float]) -> None:
    assert wages(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the workers are the subject of the condition: the figure is the employer's
    ("The Kessler company said it would not raise its offer unless members accepted a 3 pct "
     "rise this year. The union wants 9 pct.", (9, 3)),
    # 'until' telling how long the strike lasted: the settlement, not a condition
    ("The strike lasted until the company agreed to an 8 pct rise in March. The union had "
     "sought 12 pct.", (12, 8)),
])
def test_condition_words_that_are_no_demand(text: str, expected: tuple[float, float]) -> None:
    assert wages(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("About 2,000 drivers in Valdora stayed off the job for a third day, in a strike for a "
     "45 pct wage rise. The union rejected an offer of 20 pct.", (45, 20)),
    ("Miners at the Orsk pit struck for a 20 pct rise last week. The company offered 8 pct.",
     (20, 8)),
    ("Some 800 porters at Lindqvist Hall walked out on Monday for a 15% pay increase. "
     "Management has offered 3%.", (15, 3)),
    ("Teachers went on strike yesterday for a rise of 10 per cent, union officials said. The "
     "ministry offered 2 per cent.", (10, 2)),
])
def test_an_action_for_a_rise_is_the_demand(text: str, expected: tuple[float, float]) -> None:
    assert wages(text) == expected


def test_a_deal_struck_for_a_rise_is_no_demand() -> None:
    assert wages("Miners struck a deal for a 4 pct rise last week, ending the dispute.")[0] is None


@pytest.mark.parametrize("text,expected", [
    ("Unions at three bus companies in Tarvel called off a strike after management agreed early "
     "today to raise basic monthly wages by an average 4.2 pct. The unions had demanded 8 pct.",
     (8, 4.2)),
    ("The strike was averted when the employers agreed on Tuesday to raise wages by 6 per cent. "
     "The union had sought 11 per cent.", (11, 6)),
])
def test_employer_agreed_rise_with_adverbs_and_an_average(
        text: str, expected: tuple[float, float]) -> None:
    assert wages(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Airport guards ended their strike after members ratified the deal on Monday. The new deal "
     "raises wages by nearly 25 per cent over four years.", 25),
    ("Bus drivers returned to work after a tentative agreement was reached. The agreement lifts "
     "pay by about 9 percent over three years.", 9),
])
def test_deal_raising_pay_by_nearly_a_figure(text: str, expected: float) -> None:
    assert wages(text)[1] == expected
