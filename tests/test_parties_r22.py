"""The parties of real wire copy (issue 14, round 22). Articles written for these tests,
invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.extract.parties import is_union_shaped
from picketline.model import Article


def _facts(text: str, published: str = "2002-05-20"):
    return extract_article(Article(id="p22", text=text, published=published))


# --- a name whose head is "Service" is an organisation, not a union --------------------------
def test_a_firm_named_service_is_the_employer_not_a_union():
    text = (" date 2002-05-20 DRIVERS VOTE TO AUTHORIZE STRIKE AT UTS\n"
            "NEW YORK - The Kestrel Drivers Union said Monday its members had voted to\n"
            "authorize a strike, if necessary, in its negotiations with United Tolvane\n"
            "Service.\n"
            "    The union said 91 percent of its members approved a strike.\n"
            "    A spokesman for UTS said the vote was a normal part of bargaining.\n")
    facts = _facts(text)
    assert [u.value for u in facts.unions] == ["Kestrel Drivers Union"]
    # the firm, by its name or the acronym the article uses for it
    assert [e.value for e in facts.employers] in (["United Tolvane Service"], ["UTS"])


def test_service_and_services_heads_are_not_union_shaped():
    assert not is_union_shaped("United Orvella Parcel Service")
    assert not is_union_shaped("United Tolvane Health Services")
    # a union of the service is still a union
    assert is_union_shaped("Union of Tolvane Postal Service Workers")
    assert is_union_shaped("Kestrel Service Employees Union")


# --- an acronym joined to "the union" by "and" is the other side ------------------------------
def test_an_acronym_and_the_union_is_not_a_union():
    text = (" date 2018-06-07 KTM MAINTENANCE WORKERS' STRIKE BEGINS\n"
            "    About 2,400 maintenance workers of the Kestrel Transit Authority (KTM) went on\n"
            "strike on Thursday, the Kestrel Transit Workers Union said.\n"
            "    The KTM and the union agreed on essential services during the strike.\n")
    unions = [u.value for u in _facts(text, "2018-06-07").unions]
    assert "KTM" not in unions
    assert unions == ["Kestrel Transit Workers Union"]


def test_the_mine_workers_acronym_is_the_same_union():
    text = (" date 1989-06-19 WILDCAT STRIKES SPREAD IN COAL FIELDS\n"
            "    Wildcat strikes by members of the United Mine Workers hit coal fields in four\n"
            "more states Monday.\n"
            "    The UMW union has not sanctioned the strikes, said its vice president, Jane Roe.\n")
    assert len(_facts(text, "1989-06-19").unions) == 1


# --- an industry's federation is the firms' body ------------------------------------------------
def test_an_industries_federation_is_the_employer_side_not_a_union():
    from picketline.extract.parties import is_employers_body
    name = "Metal and Engineering Industries Federation of Zambia"
    assert not is_union_shaped(name) and is_employers_body(name)
    # a federation of the industry's workers is still a union
    assert is_union_shaped("Federation of Industry Workers of Tolvane")
    text = ("Engineering strike ends\n\n"
            "The Metal and Engineering Industries Federation of Zambia (Meifz) said an agreement "
            "had been reached on Thursday night with the Kestrel Metalworkers Union and that it "
            "had brought the three-week strike to an end.\n")
    facts = _facts(text, None)
    assert [u.value for u in facts.unions] == ["Kestrel Metalworkers Union"]


# --- a name that goes on past an employer head -------------------------------------------------
@pytest.mark.parametrize("text, bad", [
    ("Kestrel machinists picket\n\nMore than two dozen Kestrel Co. workers on strike picketed "
     "on Thursday at Cape Canaveral Air Force Station.\n", "Cape Canaveral Air"),
    ("Oil strike\n\nTolvane is a member of OPEC, the Organization of Petroleum Exporting "
     "Countries. Its oil workers went on strike on Monday.\n", "Organization of Petroleum"),
])
def test_a_name_that_goes_on_past_an_employer_head_is_no_firm(text, bad):
    assert bad not in [e.value for e in _facts(text, None).employers]
