"""Unions, round 17: well-known national unions named by one word or an acronym
(gazetteer), unions named with a country or province, federations beside their affiliate,
and participants that are not the strikers (written for these tests, invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "2005-03-07"):
    return extract_article(Article(id="u", text=text, published=published))


def _unions(f):
    return [u.value for u in f.unions]


def _emp(f):
    return [e.value for e in f.employers]


@pytest.mark.parametrize("text, expected", [
    # Britain: a union of the 2000s named by its one-word name
    ("Staff at Corbel Fasteners in Leeds walked out on Monday over a pay freeze. "
     "The union Amicus said 90 members were taking part.", "Amicus"),
    # the same name only as the title of an official who speaks
    ("About 300 workers at a Swindon bottling plant went on strike on Tuesday. "
     "\"This is an insult,\" said Amicus official Dan Rowe.", "Amicus"),
    # Britain: a union known by its acronym (named as written: such names changed)
    ("Tanker drivers at Moorfield Haulage began a 48-hour strike over rosters. "
     "The TGWU said 140 drivers had stopped work.", "TGWU"),
    # Ireland
    ("Nurses at Clonmore General Hospital held lunchtime pickets on Tuesday. "
     "The INO said 120 members took part.", "INO"),
    # Australia
    ("About 400 construction workers walked off the Ridgeway tower site in Perth on "
     "Friday. The CFMEU said the strike was over safety.", "CFMEU"),
])
def test_a_national_union_named_by_one_word_or_acronym(text, expected):
    f = _facts(text)
    assert expected in _unions(f)
    assert expected not in _emp(f)


def test_a_one_word_union_is_no_employer():
    f = _facts("A Sheffield tool-maker has locked out 150 workers over a new shift system. "
               "Workers at Hallam Edge Tools found the gates shut on Monday. "
               "The union Amicus said the rota would cut overtime pay.")
    assert _unions(f) == ["Amicus"]
    assert "Amicus" not in _emp(f)


@pytest.mark.parametrize("text, expected, not_employer", [
    # Canada: workers "of" a province
    ("Members of the Electrical Workers of Manitoba walked out on Monday at Prairie Hydro "
     "Corp, the union said. About 900 staff are on strike.",
     "Electrical Workers of Manitoba", None),
    # Uganda: a doctors' association of the country, the country's name no employer
    ("About 2,000 junior doctors at state hospitals in Uganda went on strike on Monday. "
     "The Resident Doctors' Association of Uganda says its members work 40-hour shifts. "
     "It wants the Ministry of Health to pay allowances.",
     "Resident Doctors' Association of Uganda", "Association of Uganda"),
    # Sri Lanka: a country of two words
    ("Nurses at public hospitals in Sri Lanka began a two-day strike on Tuesday. The "
     "Government Nursing Officers' Association of Sri Lanka said 8,000 nurses stopped work.",
     "Government Nursing Officers' Association of Sri Lanka", "Association of Sri Lanka"),
    # New Zealand
    ("Dock workers at the ports of Napier and Timaru walked off the job on Monday. The "
     "Waterfront Workers of New Zealand said 300 members were on strike.",
     "Waterfront Workers of New Zealand", None),
])
def test_a_union_named_with_its_country_or_province(text, expected, not_employer):
    f = _facts(text)
    assert _unions(f) == [expected]
    if not_employer:
        assert not_employer not in _emp(f)


@pytest.mark.parametrize("name", ["Bank of Uganda", "Ministry of Labour of Ghana",
                                  "University of Ghana", "Electrical Workers"])
def test_a_public_body_of_a_country_is_no_union(name):
    from picketline.extract.parties import is_union_shaped
    assert not is_union_shaped(name)
