"""A length the action only might have, or one named for what it would cost, pins no end day
(dates.duration.hypothetical_before / _after); a planned length still does. Articles written
for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _end(text: str, nlp, published: str = "1991-04-15"):
    f = extract_article(Article(id="t", text=text, published=published), nlp)
    assert f.is_labor_action.value is True
    return f.end_date.value if f.end_date else None


@pytest.mark.parametrize("text", [
    "Union plans general strike\n\nKELLMOUTH, April 13 - The country's largest trade union "
    "announced plans on Saturday for a general strike beginning Monday. Officials did not say "
    "whether the general strike might be a one-day symbolic protest or might last until all "
    "demands were met.",
    "Rail unions free to strike\n\nTen rail unions will be free to strike when a cooling-off "
    "period expires at midnight on Wednesday. The transport secretary has said a two-week "
    "strike would idle half a million workers in other industries.",
])
def test_a_what_if_length_gives_no_end(text, nlp):
    assert _end(text, nlp) is None


def test_a_planned_length_still_gives_the_end(nlp):
    text = ("Bus drivers to strike\n\nBus drivers of the Kellmouth Transit Workers Union will "
            "hold a two-day strike starting Wednesday, April 17, the union said, after talks "
            "on pay broke down.")
    assert _end(text, nlp) == "1991-04-18"
