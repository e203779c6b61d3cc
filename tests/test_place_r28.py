"""Places (issue 14, round 28): a town's name cut from a hyphened firm's name ("a strike at
Kelfort-Varnholt's copper mine", where Kelfort might be a town) is no place of the action.
Articles written for these tests, invented names beside real places."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def test_a_hyphened_firms_first_word_is_no_town():
    text = ("date 2011-11-28 Copper miners end strike\n\n"
            "LIMA, Nov 28 Workers have decided to lift their two-month-old strike at "
            "Freeport-McKelRan's ( FKR.N ) Peruvian copper mine Cerro Kellano and will return to their "
            "jobs on Wednesday, union leader Ana Ruiz said on Monday.\n")
    f = extract_article(Article(id="pl28", text=text, published="2011-11-28"))
    assert f.labor
    loc = f.location.value
    assert loc.city != "Freeport" and loc.country == "PE"
