"""Demands of wire copy, round issues18: the manning of new equipment and work with fewer staff
are staffing, more resident posts or doctors asked for are staffing, piece and tally payments
are pay. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import issues, numbers
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context


def demands(text: str) -> set[str]:
    ctx = Context(Article(id="t", text=text, published="1988-03-09"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {f.value for f in issues.demands(ctx, facts)}


@pytest.mark.parametrize("text,expected", [
    ("Harbour Print Ltd has locked out 150 printers in a dispute over the manning of new "
     "presses, the union said.", {"staffing"}),
    ("Press hands refused to run the new line with fewer staff than under the old system, and "
     "the company locked them out.", {"staffing"}),
    ("Junior doctors at state hospitals in Orissa struck on Monday to demand higher stipends "
     "and more resident posts.", {"pay", "staffing"}),
    ("The meat workers union threatened to strike if the companies go ahead with plans to cut "
     "tally payments this season.", {"pay"}),
    ("Shearers at Glenmor station walked out over cuts to piecework payments.", {"pay"}),
])
def test_wire_staffing_and_piece_pay(text: str, expected: set[str]) -> None:
    assert demands(text) == expected


@pytest.mark.parametrize("text", [
    "Dock workers at Port Arlen struck on Monday over pay. The ferry's manning was praised by "
    "the inspector.",
    "Nurses at Fenwick Hospital walked out over pay, saying more patients than ever were "
    "waiting.",
])
def test_no_staffing_there(text: str) -> None:
    assert "staffing" not in demands(text)
