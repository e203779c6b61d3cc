"""Location and industry on articles written for these tests, with the real spaCy model."""
from __future__ import annotations

import pytest

from picketline.extract import parties, place
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context, load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def facts_of(text: str, nlp) -> tuple[ArticleFacts, Context]:
    ctx = Context(Article(id="t", text=text), nlp)
    f = ArticleFacts(id="t")
    f.employers = parties.employers(ctx)
    f.unions = parties.unions(ctx)
    f.location = place.location(ctx, f)
    f.industry = place.industry(ctx, f)
    return f, ctx


def loc(f: ArticleFacts) -> tuple:
    v = f.location.value if f.location else None
    return (v.city, v.state, v.country) if v else (None, None, None)


def test_dateline_city_with_ap_state(nlp):
    text = ("OVERLAND PARK, Kan. \u2014 About 400 workers at Prairie Crest Foods walked off the "
            "job Monday, members of UFCW Local 2 said. The company said its plant stayed open.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Overland Park", "KS", "US")
    assert f.location.evidence is not None and "OVERLAND PARK" in f.location.evidence.sentence


def test_la_abbreviation_is_los_angeles(nlp):
    text = ("Hotel workers walked out of the Belmont Grand Hotel in L.A. on Sunday. "
            "UNITE HERE Local 11 said housekeepers want a raise.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Los Angeles", "CA", "US")
    assert f.industry.value == "hospitality_food"


def test_headquarters_city_is_not_the_location(nlp):
    text = ("TOLEDO, Ohio \u2014 Machinists at the Maumee Gear Works plant went on strike Friday. "
            "The company, based in Chicago, said it would keep the plant running. "
            "IAM Local 105 said 600 workers joined the picket line in Toledo.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Toledo", "OH", "US")
    assert f.industry.value == "manufacturing"


def test_employer_name_places_the_action(nlp):
    text = ("Teachers in the Sacramento City Unified School District will strike Thursday, the "
            "Sacramento City Teachers Association said. The district said schools would stay "
            "open with substitutes.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Sacramento", "CA", "US")
    assert f.industry.value == "education"


def test_multi_state_action_keeps_only_the_country(nlp):
    text = ("Flight attendants at Skyway Airlines picketed at airports in Denver, Chicago and "
            "Atlanta on Tuesday, the Association of Flight Attendants said. Pickets also went "
            "up in Texas, Arizona and Nevada, and across the country.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == (None, None, "US")
    assert f.industry.value == "transportation"


def test_one_state_many_cities_keeps_the_state(nlp):
    text = ("Nurses at Northwoods Health hospitals in Duluth, Minneapolis and Rochester, Minn., "
            "began a two-day strike on Monday, the Minnesota Nurses Association said.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == (None, "MN", "US")
    assert f.industry.value == "health_care"


def test_uk_action_has_country_gb_and_no_state(nlp):
    text = ("Junior doctors in England began a 48-hour walkout on Tuesday, the British Medical "
            "Association said, with picket lines outside hospitals in Manchester and Leeds.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == (None, None, "GB")
    assert f.industry.value == "health_care"


@pytest.mark.parametrize("text,expected", [
    ("Operators at the Gulfside Refining Company refinery were locked out on Saturday.",
     "utilities_energy"),
    ("Bus drivers at the Redrock Valley Transit Authority staged a sickout, canceling routes.",
     "transportation"),
    ("Technicians and installers at Pinebrook Telephone Company, the regional internet "
     "provider, walked off the job.", "telecom_tech"),
    ("Graduate workers at Eastfield University went on strike over stipends.", "education"),
])
def test_industry_from_employer_type(text, expected, nlp):
    f, _ = facts_of(text, nlp)
    assert f.industry is not None and f.industry.value == expected


def test_resolve_city_prefers_given_state_then_population():
    assert place.resolve_city("Columbus", "OH") == ("Columbus", "OH", "US")
    assert place.resolve_city("Columbus")[1] == "OH"  # the largest Columbus
    assert place.state_code("Calif.") == "CA" and place.state_code("Texas") == "TX"


def test_parent_company_city_is_not_the_location(nlp):
    text = ("Nurses at St. Brendan's Medical Center in Worcester, Mass., began a strike Monday, "
            "the Massachusetts Nurses Association said. The hospital, owned by Larkspur "
            "Healthcare of Dallas, brought in replacement nurses.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Worcester", "MA", "US")


def test_province_wide_action_in_canada(nlp):
    text = ("TORONTO \u2014 Education workers represented by the Canadian Union of Public "
            "Employees walked off the job Friday at school boards across Ontario.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == (None, None, "CA")
