"""Unions and employers named the way world wire copy names them (parties20): a union's own
longer name around a gazetteer alias, an employers' body of operators, public bodies as
employers, confederations named together. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1988-03-09"):
    return extract_article(Article(id="p20", text=text, published=published))


def _unions(text: str) -> list[str]:
    return [u.value for u in _facts(text).unions]


def _employers(text: str) -> list[str]:
    return [e.value for e in _facts(text).employers]


# --- a union's own longer name wins over a gazetteer alias inside it --------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tram drivers in Valparaiso began a 48-hour strike today. The Valparaiso Urban Transport "
     "Workers Union said 3,000 members had stopped work.",
     "Valparaiso Urban Transport Workers Union"),
    ("The Lower Volta Road Transport Workers Union called a strike of 2,500 lorry drivers from "
     "Monday over new tolls, union officials said.",
     "Lower Volta Road Transport Workers Union"),
    ("About 4,000 bus crews walked out on Tuesday, the Transport Workers Union of Zambia said, "
     "after talks on a 30 pct pay claim broke down.", "Transport Workers Union of Zambia"),
])
def test_a_unions_longer_own_name_is_not_the_gazetteer_alias_inside_it(text, expected):
    assert _unions(text) == [expected]


def test_the_gazetteer_union_itself_is_still_read():
    text = ("Subway workers in New York threatened to strike on Friday, the Transport Workers "
            "Union said.")
    assert _unions(text) == ["Transport Workers Union of America"]


# --- an association of bus, ferry or coal operators is the employer side ----------------------
@pytest.mark.parametrize("text, union, employer", [
    ("Bus drivers in Recife voted last night to strike from Monday unless private bus companies "
     "improve a 20 pct pay offer. The Recife Bus Drivers Union is seeking 50 pct. The Recife "
     "Bus Operators Association said fares would have to rise.",
     "Recife Bus Drivers Union", "Recife Bus Operators Association"),
    ("Deckhands on island routes struck today. The Aegean Seamen's Union said the Aegean Ferry "
     "Operators Federation had refused to discuss a new manning scale.",
     "Aegean Seamen's Union", "Aegean Ferry Operators Federation"),
])
def test_an_association_of_operators_is_the_employer_not_a_union(text, union, employer):
    facts = _facts(text)
    assert [u.value for u in facts.unions] == [union]
    assert employer in [e.value for e in facts.employers]


def test_a_union_of_transit_operators_stays_a_union():
    text = ("The Metro Transit Operators Union said its 1,200 drivers would strike on Monday "
            "against the Harbour City Transit Authority.")
    assert "Metro Transit Operators Union" in _unions(text)


def test_a_head_word_after_the_gazetteer_name_is_the_same_union():
    text = ("The United Automobile Workers Union said today it was ready to strike General "
            "Motors if talks fail.")
    assert _unions(text) == ["United Auto Workers"]
