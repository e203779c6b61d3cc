"""A union named with a list in its name and its country after 'of' ("National Union of
Food, Beverage and Tobacco Workers of <country>") is one union, not its pieces: once a name
with its country after 'of' reads as a union of its own (unions17-ofplace), the list's last
piece alone could be taken for one. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _unions(text: str, published: str = "2004-06-15") -> list[str]:
    return [u.value for u in extract_article(Article(id="u", text=text, published=published)).unions]


@pytest.mark.parametrize("text, expected", [
    ("About 2,000 workers at Tamale Breweries went on strike on Monday over unpaid bonuses, "
     "said a branch officer of the National Union of Food, Beverage and Tobacco Workers of "
     "Ghana.", "National Union of Food, Beverage and Tobacco Workers of Ghana"),
    ("Some 900 staff at the Kanpur mill of Ganges Cottons went on strike today, the "
     "Federation of Spinning, Weaving and Dyeing Workers of India said.",
     "Federation of Spinning, Weaving and Dyeing Workers of India"),
])
def test_a_listing_name_with_its_country_is_one_union(text, expected):
    assert _unions(text) == [expected]
