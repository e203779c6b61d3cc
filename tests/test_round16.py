"""Demands, wage figures and bargaining steps of round 16 (issue 14): sentences written for
these tests, with invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article, issues, numbers
from picketline.model import Article, ArticleFacts, Fact, Location
from picketline.nlp import Context


def _run(text: str, country: str | None = None,
         status: str | None = None) -> tuple[set[str], set[str]]:
    ctx = Context(Article(id="t", text=text, published="1991-05-02"))
    facts = ArticleFacts(id="t")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    if country is not None:
        facts.location = Fact(Location(country=country))
    if status is not None:
        facts.status = Fact(status)
    ds = issues.demands(ctx, facts)
    evs = issues.bargaining_events(ctx, facts)
    return {f.value for f in ds}, {f.value for f in evs}


def _wages(text: str) -> tuple[float | None, float | None]:
    f = extract_article(Article(id="w", text=text, published="1988-03-02"))
    return (f.wage_demand_pct.value if f.wage_demand_pct else None,
            f.wage_offer_pct.value if f.wage_offer_pct else None)


# --- a demand whose subject is a counted workforce at a named employer's site ----------------
@pytest.mark.parametrize("text,expected", [
    ("date 1988-03-02 CHILE COPPER STRIKE\n\nAbout 2,000 miners at Andes Copper SA's mine near "
     "Rancagua stayed out for a third day today, pressing for a 15 pct wage increase, the "
     "Rancagua Miners Union said.\n    The company has offered 5 pct.\n", (15.0, 5.0)),
    ("date 1988-03-02 ITALY STEEL STRIKE\n\nBetween 1,500 and 2,000 steelworkers at Ferro "
     "Lombardo SpA's mill in Brescia walked out today, demanding a 9 pct rise, the FIOM union "
     "said.\n", (9.0, None)),
    ("Nurses strike in Cork\n\nMore than 600 nurses at St Brendan's Hospital's two wards in "
     "Cork began a strike on Monday, seeking a 7% pay rise.\n", (7.0, None)),
])
def test_counted_workers_at_a_named_site_demand(text: str, expected: tuple) -> None:
    assert _wages(text) == expected

