"""Employers, round 17: the public employer of a strike by doctors, nurses or teachers at
government hospitals and schools (written for these tests, invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1988-03-07"):
    return extract_article(Article(id="g", text=text, published=published))


def _emp(f):
    return [e.value for e in f.employers]


@pytest.mark.parametrize("text, expected", [
    # Nigeria: a state government named as a proper name, pressed "until" it pays
    ("About 600 junior doctors at government hospitals in Enugu walked out today. "
     "The Enugu branch of the Guild of House Officers said the strike would last until the "
     "Enugu State Government paid three months of salary arrears.", "Enugu State government"),
    # India: nurses in state-run hospitals, the territory's Administration runs them
    ("Some 2,000 nurses in state-run hospitals in Chandigarh went on strike on "
     "Monday. The Chandigarh Nurses Welfare Society wants the Chandigarh Administration, "
     "which runs the hospitals, to fill 400 vacant posts.", "Chandigarh Administration"),
    # Kenya: the ministry named after its owner country
    ("Nurses at government hospitals in Nyeri county have been on strike since Monday. "
     "Kenya's Ministry of Health has ordered them back to work.", "Ministry of Health"),
])
def test_public_hospital_strike_names_the_government_body(text, expected):
    assert _emp(_facts(text)) == [expected]


def test_a_ministry_named_only_as_a_spokesman_s_body_is_no_side_and_a_title_no_firm():
    # Nigeria: "State Health Commissioner X" names an official, the ministry only speaks
    f = _facts("Doctors at government hospitals in Kaduna went on strike today over unpaid "
               "allowances. A spokesman for the state Health Ministry said the money had been "
               "released. The Kaduna State Government yesterday ordered the strikers to "
               "resume work by Friday. State Health Commissioner Musa Bello said posts would "
               "be advertised.")
    assert _emp(f) == ["Kaduna State government"]
