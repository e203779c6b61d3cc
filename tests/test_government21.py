"""A nation's government as the gold names it (issue 14, round 21): "the Portuguese government"
is the Government of Portugal; a region's government and Britain's stay as written. Articles
written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1999-05-06"):
    return extract_article(Article(id="r21", text=text, published=published))


def _employers(text: str) -> list[str]:
    return [e.value for e in _facts(text).employers]


# --- a nation's government ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Workers across Portugal stayed home on Wednesday in a general strike called by the two "
     "main union federations against the austerity plan of the Portuguese government.",
     "Government of Portugal"),
    ("Public sector workers walked out across the island on Wednesday to press Sri Lanka's "
     "government for a pay rise.", "Government of Sri Lanka"),
])
def test_a_nations_government_written_by_its_adjective_is_the_government_of_the_nation(
        text, expected):
    assert _employers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a region's government stays as written
    ("Nurses in Wales went on strike on Wednesday after rejecting a pay offer from the Welsh "
     "government.", "Welsh government"),
    # Britain's government is not called "Government of the United Kingdom" in the news
    ("Civil servants went on strike on Wednesday over pension cuts planned by the British "
     "government.", "British government"),
])
def test_a_regions_government_and_britains_stay_as_written(text, expected):
    assert _employers(text) == [expected]


# --- a city's own workers, the city never named in full -------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("CITY WORKERS ON STRIKE\n\nSPRINGFIELD, Ill. (AP) — A strike by nearly 2,000 city workers "
     "entered its second day Wednesday. The union said talks with the city had stalled.\n",
     "City of Springfield"),
    ("BLUE FLU IN SPRINGFIELD\n\nSPRINGFIELD, Ill. — A day after 54 police officers called in "
     "sick in a pay dispute, the city obtained a temporary restraining order Tuesday to prevent "
     "another sickout by the police union.\n", "City of Springfield"),
    # the town named before the workers, after a capitalised count
    ("BLUE FLU HITS WITH CONTRACT VOTE NEAR\n\nSix Springfield police officers called in sick "
     "on Friday in what the chief called a sickout by the police union. He said the city's latest "
     "contract offer would be voted on Tuesday.\n", "City of Springfield"),
])
def test_a_citys_own_workers_in_a_dispute_with_the_city_have_the_city_as_employer(text,
                                                                                  expected):
    assert _employers(text) == [expected]


def test_the_city_in_another_role_is_no_employer():
    # police called to a picket line, a city offering to mediate: the hospital is the employer
    text = ("NURSES STRIKE\n\nSPRINGFIELD, Ill. (AP) — Nurses at Kellford General Hospital walked "
            "off the job Wednesday. Police officers were called to the picket line, and the city "
            "offered to mediate.\n")
    assert _employers(text) == ["Kellford General Hospital"]
