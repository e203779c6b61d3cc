"""Employers and unions on sentences written for these tests, with the real spaCy model."""
from __future__ import annotations

import pytest

from picketline.extract import names, parties
from picketline.model import Article
from picketline.nlp import Context, load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def ctx_of(text: str, nlp) -> Context:
    return Context(Article(id="t", text=text), nlp)


def union_names(text: str, nlp) -> list[str]:
    return [f.value for f in parties.unions(ctx_of(text, nlp))]


def employer_names(text: str, nlp) -> list[str]:
    return [f.value for f in parties.employers(ctx_of(text, nlp))]


@pytest.mark.parametrize("written", [
    "Teamsters Local 2785",
    "Local 2785 of the International Brotherhood of Teamsters",
    "International Brotherhood of Teamsters, Local 2785",
    "local 2785 of International Brotherhood of Teamsters",
])
def test_local_shapes_reduce_to_one_canonical_name(written, nlp):
    text = (f"Warehouse drivers represented by {written} walked off the job at Pellham Freight "
            "Lines on Monday. The strike is the first at the company in a decade.")
    assert union_names(text, nlp) == ["Teamsters Local 2785"]


def test_acronym_with_number_and_bare_local_follow_the_union(nlp):
    text = ("Custodians in SEIU 1021 began a two-day strike against Marlow County on Tuesday. "
            "Local 1021 said the county had refused to bargain over staffing.")
    assert union_names(text, nlp) == ["SEIU Local 1021"]


def test_acronym_defined_in_article_is_the_same_union(nlp):
    text = ("Teachers in the Harbor Valley Educators Union (HVEU) voted to strike on Friday. "
            "HVEU leaders said the Harbor Valley Unified School District had not moved on pay. "
            "The HVEU bargaining team will meet the district again next week.")
    assert union_names(text, nlp) == ["Harbor Valley Educators Union"]


def test_union_shaped_names_without_gazetteer(nlp):
    text = ("Members of the Tamarack County Nurses Association picketed outside Tamarack General "
            "Hospital on Monday, joined in solidarity by the Tamarack Hospital Workers Union.")
    got = union_names(text, nlp)
    assert "Tamarack County Nurses Association" in got
    assert "Tamarack Hospital Workers Union" in got


def test_officials_and_boards_are_not_unions(nlp):
    text = ("Nurses of the Bayside Nurses Association went on strike Monday against Bayside "
            "Medical Center. Association President Dana Cole said the National Labor Relations "
            "Board had received a complaint. A mediator from the Federal Mediation and "
            "Conciliation Service met both sides, and Mayor Alan Brooks urged a deal.")
    assert union_names(text, nlp) == ["Bayside Nurses Association"]
    emps = employer_names(text, nlp)
    assert emps == ["Bayside Medical Center"]


def test_national_union_only_beside_its_local_when_it_acts_itself(nlp):
    text = ("Workers in UFCW Local 400 struck three Fairmart grocery stores on Saturday. "
            "Local 400 said Fairmart had cut hours.")
    assert union_names(text, nlp) == ["UFCW Local 400"]
    text2 = ("The United Auto Workers expanded its strike on Friday. The UAW said members of "
             "UAW Local 31 at the Redfield plant of Harlan Motors walked out. The UAW "
             "wants raises of 30%.")
    got = union_names(text2, nlp)
    assert got[0] == "United Auto Workers" and "UAW Local 31" in got and len(got) == 2


def test_employer_full_name_and_acronym(nlp):
    text = ("Bus drivers at the Pinecrest Regional Transit Authority staged a sickout on Monday. "
            "PRTA canceled 12 routes, and the authority said it would seek a court order. "
            "The authority has offered raises of 5 percent.")
    assert employer_names(text, nlp) == ["Pinecrest Regional Transit Authority"]


def test_media_outlet_in_caption_is_not_the_employer(nlp):
    text = ("Workers picket outside the Dunmore Paper Company mill on Tuesday. (Photo: Ann Lee/"
            "Valley Tribune)\n"
            "About 300 workers at Dunmore Paper Company walked off the job over pensions, "
            "the union told the Valley Tribune. (WKRN)")
    emps = employer_names(text, nlp)
    assert emps == ["Dunmore Paper Company"]


def test_several_employers_in_one_list(nlp):
    text = ("Nurses at hospitals run by Lakeview Health, Pine Ridge Medical Center, "
            "Northfield Health System and Saint Agnes Hospital will strike on Monday. "
            "Lakeview Health said it would stay open.")
    got = employer_names(text, nlp)
    assert set(got) == {"Lakeview Health", "Pine Ridge Medical Center",
                        "Northfield Health System", "Saint Agnes Hospital"}


def test_names_helpers():
    assert names.acronym("United Teachers Los Angeles") == "UTLA"
    assert names.acronym("Los Angeles Unified School District") == "LAUSD"
    assert names.canonical_union("Service Employees International Union, Local 99") == "SEIU Local 99"
    assert names.canonical_union("Local 13-675 of the United Steelworkers") == \
        "United Steelworkers Local 13-675"
    assert names.canonical_union("UAW") == "United Auto Workers"
    assert names.canonical_union("Harbor Valley Educators Union") == "Harbor Valley Educators Union"
    assert names.canonical_employer("GM") == "General Motors"
    assert names.canonical_employer("the Pellham Freight Lines") == "Pellham Freight Lines"


def test_employer_without_head_noun_found_in_strong_role(nlp):
    text = ("About 350 brewery workers walked off the job at Halvorsen Brandt on Saturday, "
            "Teamsters Local 344 said. Halvorsen Brandt said in a statement it had offered "
            "raises of 12% over three years.")
    assert employer_names(text, nlp) == ["Halvorsen Brandt"]


def test_university_of_place_is_one_name(nlp):
    text = ("Members of the Professional Staff Congress rallied at the City University of New "
            "York on Thursday. The PSC says CUNY faculty pay lags behind the region.")
    assert employer_names(text, nlp) == ["City University of New York"]
    assert union_names(text, nlp) == ["Professional Staff Congress"]
