"""Unions of wire copy (issue 14: all-caps headlines and datelines read as names): a name of
working people written before 'union' in lower case ('the Canadian Auto Workers union'); a
dateline under a headline ending 'BY UNION' is no union; a union written in the capitals of a
headline is named as the body writes it. Articles written for these tests."""
from __future__ import annotations

import pytest

import probes


def _unions(text: str, nlp) -> list[str]:
    return probes.unions_of(text, nlp, "1988-06-07")


@pytest.mark.parametrize("text,expected", [
    ("PLANT STRIKE ENDS\nMembers of the Prairie Auto Workers union ratified a new contract with "
     "Ridgeline Motors Ltd today, ending a week-long strike.", ["Prairie Auto Workers"]),
    ("OIL STRIKE SPREADS\nSome 3,000 platform staff walked out today, the Fjord Oil Workers "
     "union said.", ["Fjord Oil Workers"]),
    ("MILL STRIKE\nThe Coastal Paper Workers federation said its members struck two mills "
     "today.", ["Coastal Paper Workers"]),
])
def test_a_name_of_workers_before_a_lower_case_union_word(text, expected, nlp):
    assert _unions(text, nlp) == expected


@pytest.mark.parametrize("text", [
    "PLANT OFFER ACCEPTED BY UNION\nOSLO, June 7 - Members ratified a new contract today, "
    "ending a two-week strike at the Kvitfjell smelter.",
    "MAJOR OFFER ACCEPTED BY UNION\nLIMA, June 7 - Members voted today to accept the offer, "
    "ending a strike at the Cerro Azul mine.",
])
def test_a_dateline_under_a_headline_ending_by_union_is_no_union(text, nlp):
    assert _unions(text, nlp) == []


def test_a_union_in_headline_capitals_is_named_as_the_body_writes_it(nlp):
    text = ("IG METALL STAGES WARNING STRIKES\nSome 30,000 workers staged short warning strikes "
            "today as the IG Metall union pressed its claim for a shorter week, the union said.")
    assert _unions(text, nlp) == ["IG Metall"]


@pytest.mark.parametrize("text,expected", [
    ("PORT STRIKE\nSeamen walked out at three ports today, the seamen's federation NSF said.",
     ["NSF"]),
    ("DOCTORS STRIKE\nHospital doctors struck today, the doctors' confederation CMSI said.",
     ["CMSI"]),
    ("OFFICES SHUT\nSome 9,000 state clerks walked out today, the STK white-collar federation "
     "said.", ["STK"]),
])
def test_an_acronym_beside_a_federation_word_is_the_union(text, expected, nlp):
    assert _unions(text, nlp) == expected
