"""Dates in wire and broadcast copy: a planned action's day told after the places it hits.
Articles written for these tests (invented names; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _dates(text: str, published: str):
    f = extract_article(Article(id="w", text=text, published=published))
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


@pytest.mark.parametrize("lead", [
    "Unions called a one-day strike at the Ravona carmaker's Brenna plant in northern Italy on "
    "Oct. 9 over the lack of new models, a union official said on Friday.",
    "The union of the Hoshida department store chain said on Friday it will go on strike at the "
    "chain's flagship store in central Osaka on Monday, the first such action in decades.",
    "Metalworkers will hold a four-hour stoppage across the group's three foundries in the north "
    "on Oct. 9, their union said on Friday.",
])
def test_a_planned_action_dated_after_its_places_starts_that_day(lead):
    text = ("Unions call strike at carmaker's plant\n\nPublished: 2023-10-07\n\n"
            f"MILAN - {lead}\n\n"
            "The unions said the company had given no details of future production at the site.\n\n"
            "The company was not immediately available for comment.\n")
    start, _ = _dates(text, "2023-10-07")
    assert start == "2023-10-09"
