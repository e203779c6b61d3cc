"""A union is named as the article writes it when the article writes a full name other than
the gazetteer's ("United Automobile Workers (UAW)" for "United Auto Workers", "the Rail
Maritime and Transport union"), by the gazetteer's name when it gives only an acronym or the
acronym with a word of kind ("the RMT union", "the Unite union"), and once when both a full
name written otherwise and the gazetteer's acronym appear. Articles written for these tests,
invented employers."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _unions(text: str, nlp) -> list[str]:
    facts = extract_article(Article(id="t", text=text, published="2020-03-02"), nlp)
    return [u.value for u in facts.unions]


@pytest.mark.parametrize("named, want", [
    ("the Rail Maritime and Transport union (RMT)", ["Rail Maritime and Transport union"]),
    ("the RMT union", ["National Union of Rail, Maritime and Transport Workers"]),
    ("the United Automobile Workers (UAW)", ["United Automobile Workers (UAW)"]),
    ("the Unite union", ["Unite"]),
])
def test_a_union_as_written_or_by_its_gazetteer_name(named, want, nlp):
    text = (f"Strike at Orvella\n\nMembers of {named} walked out at Orvella Motors on Monday "
            "over pay, shutting the Kellford plant.")
    assert _unions(text, nlp) == want


def test_a_full_name_and_the_acronym_are_one_union(nlp):
    text = ("Rail strike\n\nThe Rail Maritime and Transport Union said its members at Orvella "
            "Rail would walk out on Friday. Orvella urged the RMT to take the offer.")
    assert _unions(text, nlp) == ["Rail Maritime and Transport Union"]
