"""Places given through the shapes of web news copy: a workplace near a city, a workforce
named after its city or county, a town named by its industrial area, a place inside an
organisation's name. Articles written for these tests."""
from __future__ import annotations

from picketline.model import ArticleFacts
from test_place_world import facts_of


def loc(f: ArticleFacts) -> tuple:
    v = f.location.value if f.location else None
    return (v.city, v.state, v.country) if v else (None, None, None)


def test_factory_near_a_city_places_a_national_employers_strike(nlp):
    # a nationwide company's walkout has a city when its workplace is placed "near" one
    f, _ = facts_of("SPOKANE (AP) \u2014 Assembly workers walked off the job at a Caterpillar "
                    "factory near Spokane on Friday after rejecting a contract offer. "
                    "The strike involves 5,000 workers, most of them in Washington state.", nlp)
    assert loc(f) == ("Spokane", "WA", "US")


def test_county_workforce_names_the_city_abroad(nlp):
    f, _ = facts_of("Doctors in Kenya's capital have issued a strike notice. \"All Nairobi "
                    "County doctors will down their tools at midnight on Monday over delayed "
                    "salaries,\" the union's Kenya branch secretary said. Talks with the county "
                    "government in Nairobi stalled last week, while doctors in Mombasa and "
                    "Kisumu were paid on time.", nlp)
    assert loc(f) == ("Nairobi", None, "KE")


def test_industrial_area_names_the_town(nlp):
    # the town may be too small for the gazetteer: read in the article's country
    f, _ = facts_of("Workers of a shuttered knitwear factory in the Kaliganj industrial area "
                    "blocked a highway in Bangladesh on Monday demanding two months of unpaid "
                    "wages, our Gazipur correspondent reports. Bangladesh police said talks "
                    "with the owners had failed.", nlp)
    assert loc(f) == ("Kaliganj", None, "BD")


def test_us_place_in_a_company_name_gives_no_state_in_canada(nlp):
    f, _ = facts_of("Canada's two big freight railways, Northern Prairie Railway and Great Lakes "
                    "Kansas City Rail, locked out their Canadian workers on Thursday after talks "
                    "with the union failed. The lockout halted freight across Canada, and "
                    "Canadian shippers warned of delays. Great Lakes Kansas City Rail said "
                    "it would restart trains once Ottawa ordered arbitration.",
                    nlp)
    assert loc(f)[2] == "CA" and loc(f)[1] is None


def test_province_alone_names_the_country(nlp):
    # an article that names only a province and a town of the country, never the country
    f, _ = facts_of("Members of the largest union at Daehan Semicon staged a one-day strike on "
                    "Monday, the first in the chipmaker's history. About 3,000 strikers rallied "
                    "at the gate of the company's plant in Gyeonggi Province, the union said, "
                    "while the company said production was not disrupted.", nlp)
    assert loc(f)[2] == "KR"
