"""Parties (issue 14, round 29): "National Education Health and Allied Workers' Union" is
one union, its first words no employer; "the 26 County Minister for Health and Children" is
an official, no employer; "both KLAEA and the Kellish and International Pilots Association
(KIPA)" names the second union from "Kellish". Articles written for these tests, invented
names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "2007-05-15"):
    f = extract_article(Article(id="pt29", text=text, published=published))
    assert f.labor
    return f


def _employers(f) -> list[str]:
    return [e.value for e in f.employers]


def _unions(f) -> list[str]:
    return [u.value for u in f.unions]


def test_the_first_words_of_an_allied_workers_union_are_no_employer():
    # (Cosatu: a union centre of the gazetteer, whose affiliates' strike this is)
    text = ("date 2007-05-15 Unions gear up for public-sector strike\n\n"
            "The Cosatu affiliates will meet other unions later this week to agree on a joint "
            "plan of action.\n\n"
            "Last week the Cosatu affiliates turned down the government\u2019s 6% pay offer.\n\n"
            "The unions will go back to talks only if the government \u201dimproves its offer\u201d, "
            "said National Education Health and Allied Workers\u2019 Union (Kehawu) general "
            "secretary Sam Poe.\n\n"
            "Poe said Cosatu unions with essential-services workers, who may not strike by law, "
            "will meet lawyers on Wednesday.\n")
    assert not any("Education Health" in e and "Union" not in e for e in _employers(_facts(text)))


def test_a_ministers_title_is_no_employer():
    text = ("date 2007-04-20 Nurses step up work-to-rule\n\n"
            "Nurses in Kellia are continuing a work-to-rule over pay, the Kellish Nurses "
            "Organisation said. A party leader called on the 26 County Minister for Health and "
            "Children Ann Roe to intervene directly to help resolve the nurses' dispute.\n")
    assert not any("Minister" in e for e in _employers(_facts(text, "2007-04-20")))


def test_another_unions_acronym_and_the_opens_no_union_name():
    text = ("date 2011-06-22 Kelmera Air engineers back strike action\n\n"
            "Engineers at Kelmera Air voted to back industrial action, the Kellish Licensed "
            "Aircraft Engineers Association (KLAEA) said. The airline's chief blasted the "
            "leadership of both KLAEA and the Kellish and International Pilots Association "
            "(KIPA) in a speech.\n")
    unions = _unions(_facts(text, "2011-06-22"))
    assert not any(u.startswith("KLAEA and") for u in unions)
    assert "Kellish Licensed Aircraft Engineers Association" in unions
