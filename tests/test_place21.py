"""Where wire copy puts the action (issue 14, round 21): the AP archives' underscore dash after
a dateline, and a works placed in a town beside a bureau's dateline. Articles written for these
tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1999-05-06"):
    return extract_article(Article(id="r21", text=text, published=published))


def _city(text: str) -> str | None:
    loc = _facts(text).location
    return loc.value.city if loc else None


# --- places -------------------------------------------------------------------------------------
def test_the_ap_archives_underscore_dash_closes_a_dateline():
    # the AP's text archives write the dash after "(AP)" as an underscore
    text = ("NURSES STRIKE AT KELLFORD HOSPITAL\n\nKELLFORD, Ore. (AP) _ Nurses at Kellford "
            "General Hospital walked off the job today in a dispute over staffing levels.\n")
    f = _facts(text)
    assert (f.location.value.city, f.location.value.state) == ("Kellford", "OR")
    assert "location.dateline" in f.location.rules


def test_an_underscore_inside_a_sentence_is_no_dateline():
    text = ("NURSES STRIKE\n\nNurses at the hospital walked off the job today _ the first "
            "strike in its history _ in a dispute over staffing levels.\n")
    assert "location.dateline" not in (_facts(text).location.rules if _facts(text).location
                                       else [])


@pytest.mark.parametrize("facility", ["railcar production facility", "assembly plant",
                                      "distribution centre"])
def test_a_works_placed_in_a_town_beats_the_bureaus_dateline(facility):
    # a workplace placed in a town in the sentence that tells the action: the action is there,
    # not in the city the story was filed from
    text = ("UNION SETS STRIKE DEADLINE\n\nTORONTO, July 10 (Reuters) - The union representing "
            f"about 1,000 Orvella Inc workers at a {facility} in Thunder Bay, Ontario threatened "
            "to strike on Monday if the parties fail to reach an agreement.\n")
    assert _city(text) == "Thunder Bay"


def test_a_union_centres_stoppage_against_no_firm_has_no_city():
    # a national centre's stoppage is the country's: the dateline is where the story was filed
    text = ("UNIONS BEGIN STAYAWAY\n\nHARARE — The Tolvane Congress of Trade Unions (TCTU) began "
            "a three-day stoppage on Wednesday to protest against fuel price rises. Shops in "
            "Harare were shut and buses did not run.\n")
    f = _facts(text, "1998-11-11")
    assert (f.location.value.city, f.location.value.country) == (None, "ZW")


def test_a_union_centres_members_at_one_works_are_placed_there():
    text = ("STRIKE AT MINE\n\nHARARE — Workers at the Kestrel mine near Kwekwe, members of the "
            "Tolvane Congress of Trade Unions, began a three-day stoppage on Wednesday over pay.\n")
    assert _city(text) == "Kwekwe"
