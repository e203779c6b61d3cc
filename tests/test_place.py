"""Location and industry on articles written for these tests, with the real spaCy model."""
from __future__ import annotations

import pytest

from picketline.extract import classify, parties, place
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context


def facts_of(text: str, nlp) -> tuple[ArticleFacts, Context]:
    ctx = Context(Article(id="t", text=text), nlp)
    f = ArticleFacts(id="t")
    f.is_labor_action = classify.is_labor_action(ctx)
    f.action_type = classify.action_type(ctx)
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
    assert loc(f) == (None, "ON", "CA")  # a Canadian location keeps its province code


# --- datelines in their usual shapes, and other generalisation rules -----------------------
@pytest.mark.parametrize("dateline,expected", [
    ("DAYTON, Ohio \u2014", ("Dayton", "OH", "US")),
    ("SAGINAW, Mich. (AP) \u2014", ("Saginaw", "MI", "US")),
    ("PITTSBURGH (KDKA) \u2014", ("Pittsburgh", "PA", "US")),
    ("Riverside, Calif. \u2014", ("Riverside", "CA", "US")),
    ("RENO, NV (Channel 8 News) -", ("Reno", "NV", "US")),
    ("WINNIPEG, Man. \u2014", ("Winnipeg", "MB", "CA")),
    ("HAMILTON, ON \u2013", ("Hamilton", "ON", "CA")),
    ("LEEDS, England \u2014", ("Leeds", None, "GB")),
    ("WILKES-BARRE, Pa. \u2014", ("Wilkes-Barre", "PA", "US")),
    ("DETROIT, May 5 (Reuters) -", ("Detroit", "MI", "US")),
    ("Oct. 3, 2025 | LANSING, Mich. \u2014", ("Lansing", "MI", "US")),
    ("NEW YORK (AP) \u2014", ("New York", "NY", "US")),
    ("McALLEN, Texas \u2014", ("McAllen", "TX", "US")),
    ("MCALLEN, Texas \u2014", ("McAllen", "TX", "US")),
    # "Mac" is a prefix only where the gazetteer knows the name so ("MACON" is not "MacOn")
    ("MACORVILLE, Ga. \u2014", ("Macorville", "GA", "US")),
    ("MACKAY, Queensland (AAP) -", ("Mackay", "QLD", "AU")),
])
def test_dateline_shapes(dateline, expected, nlp):
    # the city is named again in the body: abroad, a dateline named only once is a wire
    # bureau's (test_place_world.test_bureau_dateline_abroad_named_once_is_no_city)
    text = (f"By Staff Writer\n\n{dateline} About 300 workers at Corliss Tool Works Inc. walked "
            "off the job Monday after talks broke down, their union said. Corliss Tool Works "
            f"said the {expected[0]} plant would keep running with managers. Dana Ruiz of "
            "Chicago, a visiting organizer, joined the picket line.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == expected


def test_city_named_with_the_workplace_without_a_dateline(nlp):
    text = ("Nurses at Mercy Hospital in Springfield began a three-day strike Tuesday over "
            "staffing. The Illinois Nurses Guild said 700 nurses walked out. Mercy Hospital "
            "said care continued with replacement nurses.")
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] == "Springfield" and loc(f)[1] == "IL"


def test_uk_city_has_no_state(nlp):
    text = ("Refuse collectors employed by Sheffield Waste Services Ltd, the council-owned "
            "waste company, will walk out for a week from Monday, the union said. Bin "
            "collections across Sheffield face disruption as members stage industrial action.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Sheffield", None, "GB")
    assert f.industry.value == "public_administration"


def test_rotating_strikes_in_several_cities_take_the_employers_base(nlp):
    text = ("Workers at Regina-based Plainsline Power Corp. began rotating strikes on Monday. "
            "Pickets moved between work sites in Saskatoon, Moose Jaw and Regina, the union "
            "said. Plainsline Power said service was not interrupted.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Regina", "SK", "CA")


def test_size_of_a_national_company_does_not_spread_a_local_action(nlp):
    text = ("Workers at Parcelway Inc.'s warehouse in Memphis, Tenn., staged a one-day sickout "
            "over heat on Sunday. Parcelway, which holds a tenth of the market, operates 40 "
            "warehouses nationwide.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Memphis", "TN", "US")


def test_action_on_several_campuses_has_no_single_city(nlp):
    text = ("TRENTON, N.J. \u2014 Faculty at Garden State University went on strike Monday. "
            "Picket lines went up on the Newark, Camden and Trenton campuses, the union said.")
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] is None and loc(f)[1] == "NJ"


def test_state_named_union_is_not_a_city(nlp):
    text = ("Nurses represented by the Washington Federation of Nurses struck Bellmoor Medical "
            "Center in Tacoma, Wash., on Monday over staffing.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Tacoma", "WA", "US")


def test_a_bare_namesake_city_elsewhere_does_not_spread_the_action(nlp):
    text = ("AURORA, Ill. \u2014 Teachers in the Kane Prairie School District went on strike "
            "Monday. The district serves 9,000 students in Aurora and parts of Montgomery.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Aurora", "IL", "US")


def test_industrial_action_is_not_manufacturing(nlp):
    text = ("Around 200 library and leisure staff employed by the city council will take "
            "industrial action next week. Council workers voted for the industrial action over "
            "pay, the union said; municipal services will be disrupted.")
    f, _ = facts_of(text, nlp)
    assert f.industry is not None and f.industry.value == "public_administration"


def test_state_written_in_full_at_a_sentence_end(nlp):
    text = ("Workers at the Lordstown Axle plant walked off the job Monday. \"We're done,\" said "
            "Tom Reyes of Cleveland, who drove in for the picket line. The plant is in Warren, Ohio.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Warren", "OH", "US")


def test_national_employer_with_one_named_plant_keeps_the_plant_city(nlp):
    text = ("Workers at the Ford plant in Oakville, Ont., walked off the job Sunday, Unifor "
            "Local 707 said. The company said talks would resume.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Oakville", "ON", "CA")


def test_month_after_in_is_not_a_town(nlp):
    text = ("Junior doctors across England will stage a 72-hour walkout in March, their union "
            "said, after 98% voted for strike action.")
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] is None


# --- round 2: overseas copy, league-wide actions, membership sentences -----------------------
def test_irish_story_has_its_city_no_state_and_country_ie(nlp):
    text = ("Porters at Corrib Valley Hospital in Galway will strike for two days next week, "
            "the union said. Talks at the Workplace Relations Commission broke down on Friday "
            "and a referral to the Labour Court remains possible.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Galway", None, "IE")


def test_australian_story_has_the_state_code(nlp):
    text = ("ABOUT 90 shearers walked off the job near Ballarat yesterday over pay. The workers "
            "are employed by Eureka Wool Pty Ltd, one of the largest growers in western "
            "Victoria. The Fair Work Commission said it was aware of the dispute.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Ballarat", "VIC", "AU")


def test_a_town_found_only_overseas_named_twice_places_the_story(nlp):
    text = ("Grape pickers who walked off vineyards near Mildura have gone back to work after "
            "a deal with their employer, Redcliffs Table Grapes. The Mildura council hosted "
            "the final talks.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Mildura", "VIC", "AU")


def test_american_story_mentioning_an_overseas_name_stays_american(nlp):
    text = ("DAYTON, Ohio \u2014 About 300 workers at Hollins Castings walked off the job "
            "Monday. The company, owned by an Irish investor, said its plant in Dayton would "
            "stay open.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Dayton", "OH", "US")


def test_irish_cities_are_not_read_in_american_copy(nlp):
    assert place.resolve_city("Limerick") is None or place.resolve_city("Limerick")[2] != "IE"
    assert place.resolve_city("Limerick", country="IE")[2] == "IE"


def test_league_wide_lockout_has_only_the_country(nlp):
    text = ("KANSAS CITY, Mo. \u2014 The North American Volleyball League locked out its 160 "
            "players on Monday after talks with the players association broke down. The league, "
            "which has eight teams, cancelled 30 games.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == (None, None, "US")
    assert f.industry is not None and f.industry.value == "entertainment_media"


def test_a_union_representing_members_in_two_states_does_not_spread_the_action(nlp):
    text = ("BOISE, Idaho \u2014 Drivers at Snake River Freight Company will strike on Friday, "
            "Teamsters Local 483 said. The local represents more than 9,000 workers across "
            "Idaho and Oregon.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Boise", "ID", "US")


def test_vineyard_pickers_are_agriculture(nlp):
    text = ("About 200 grape pickers walked off vineyards owned by Sandhill Estates on Monday, "
            "demanding a higher rate per bin.")
    f, _ = facts_of(text, nlp)
    assert f.industry is not None and f.industry.value == "agriculture"


def test_a_town_in_one_of_many_employers_names_does_not_move_the_action(nlp):
    # the third hospital's name holds a town that is also a state capital elsewhere: among
    # several employers, the article's own places (Boston, Massachusetts) decide
    text = ("BOSTON \u2014 Nurses walked off the job Tuesday at Harborview General Hospital, "
            "Salem Valley Medical Center, Beacon Children's Hospital and Charles River "
            "Medical Center, the Massachusetts Nurses Association said. Hospitals across "
            "Boston, Massachusetts, brought in replacement nurses.")
    f, _ = facts_of(text, nlp)
    assert len(f.employers) >= 3
    assert loc(f)[1:] == ("MA", "US")


def test_one_employers_town_still_places_the_action(nlp):
    text = ("Teachers at the Salem Valley School District walked out on Monday, their union "
            "said. The district kept its buildings open.")
    f, _ = facts_of(text, nlp)
    assert loc(f)[0] is not None or loc(f)[1] is not None


@pytest.mark.parametrize("text,expected", [
    ("Teachers at Redbud Elementary in Oklahoma City walked out on Monday over class sizes, "
     "their union said.", ("Oklahoma City", "OK", "US")),
    ("About 200 nurses at Cedar Valley Clinic walked off the job in Iowa City on Tuesday.",
     ("Iowa City", "IA", "US")),
])
def test_city_named_after_its_state(nlp, text, expected):
    # "Oklahoma City" is a city, not only the state whose name opens it
    f, _ = facts_of(text, nlp)
    assert loc(f) == expected


def test_plants_taking_over_struck_work_do_not_spread_the_action(nlp):
    text = ("MERIDEN, Conn., March 4 - Corvell Tool Co said a strike at its largest plant would cut "
            "first-quarter profit by about 10 cts a share.\n"
            "About 800 members of Machinists Local 77 struck the Meriden plant on Feb 20 after "
            "their contract expired.\n"
            "The company said it was moving part of its output to its plants in Fairlee, Ind., "
            "and Brookton, Ill.")
    f, _ = facts_of(text, nlp)
    assert loc(f) == ("Meriden", "CT", "US")
