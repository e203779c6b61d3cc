"""A deal with a price in headline English ("Miner strikes $2.4bn deal for rival") is no
strike. Articles written for these tests (invented names; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _labor(text: str) -> bool | None:
    f = extract_article(Article(id="l", text=text, published=None))
    return f.is_labor_action.value if f.is_labor_action else None


@pytest.mark.parametrize("head", [
    "Karsten Mining strikes $2.4bn deal for rival",
    "Dunmore Brewing strikes £310m takeover deal",
    "Orvell Telecom struck a US$900m deal with lenders",
])
def test_a_deal_with_a_price_in_a_headline_is_no_strike(head):
    text = (f"{head}\n\n"
            "The company has agreed to buy its smaller rival in a cash offer, creating the "
            "country's third-largest group in the sector.\n\n"
            "The target's largest shareholder, a pension fund for the region's transport "
            "workers, has agreed to sell its 28% stake.\n\n"
            "Shares in the target jumped 15%, and traders noted heavy buying of options with a "
            "strike price of 40 in the days before the announcement.\n\n"
            "The deal still needs the approval of the competition regulator.\n")
    assert _labor(text) is False
