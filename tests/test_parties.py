"""Employers and unions on sentences written for these tests, with the real spaCy model."""
from __future__ import annotations

import pytest

from picketline.extract import names, parties
from picketline.model import Article
from picketline.nlp import Context


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


# --- generalisation rules (each with sentences written for this test) -----------------------
def test_local_of_an_unknown_union_takes_its_introduced_acronym(nlp):
    text = ("About 300 workers are represented by Local 4410 of the Allied Glass and Ceramics "
            "Union (AGCU). They walked off the job at Harwick Glassworks Inc. on Friday. "
            "Local 4410 President Dana Voss said the strike would go on.")
    assert union_names(text, nlp) == ["AGCU Local 4410"]


def test_a_gazetteer_suffix_does_not_swallow_a_longer_union_name(nlp):
    text = ("Members of Local 77 of the Northern Tool and Machinists Union struck Corven Tooling "
            "Co. on Monday over pensions.")
    names_ = union_names(text, nlp)
    assert names_ == ["Northern Tool and Machinists Union Local 77"]


def test_acronym_before_local_is_a_union_even_when_unknown(nlp):
    text = ("Graduate workers in TGWU Local 5120 began a one-day strike at Ashgrove University. "
            "TGWU Local 5120 says 900 members are on the picket line.")
    assert union_names(text, nlp) == ["TGWU Local 5120"]


def test_parenthesised_acronym_between_name_and_local(nlp):
    text = ("Workers locked out by Corven Tooling Co. belong to the Amalgamated Foundry Workers "
            "(AFW) Local 31, which rejected the offer. AFW Local 31 will picket on Monday.")
    assert union_names(text, nlp) == ["AFW Local 31"]


def test_name_ending_in_an_organisation_word_before_a_local_is_its_own_union(nlp):
    text = ("The picket was organized by the Lakeside Culinary Workers Union, Local 9, and the "
            "Desert Valets Alliance Local 44 outside the Copper Sun Casino on Friday.")
    assert union_names(text, nlp) == ["Lakeside Culinary Workers Union Local 9",
                                      "Desert Valets Alliance Local 44"]


@pytest.mark.parametrize("written", ["PSWU 2210,", "PSWU 2210 president"])
def test_unknown_acronym_with_number_in_union_context_is_a_local(written, nlp):
    text = (f"{written} the local that represents 800 water plant operators, said the strike "
            "at Kestrel Water Utility Corp. would begin Thursday. "
            "The local of the Prairie Service Workers Union has bargained since March.")
    assert union_names(text, nlp) == ["PSWU Local 2210"]


def test_year_and_call_sign_after_an_acronym_are_not_locals(nlp):
    text = ("DAYTON, Ohio (WDTN 2) — Nurses at Greenfield Medical Center went on strike "
            "Monday. The UAW 2023 contract was cited by the Ohio Nurses Guild as a model.")
    got = union_names(text, nlp)
    assert not any("Local" in n for n in got)
    assert "Ohio Nurses Guild" in got


def test_affiliate_and_union_staying_at_work_are_not_parties(nlp):
    text = ("The Marlow Teachers Association, which represents 600 teachers, set a strike for "
            "Monday. The association is affiliated with the Ohio Education Association. "
            "Members of the Marlow Teachers Association voted 90% to strike. Bus drivers in the "
            "Transit Drivers Union voted to accept the district's offer and are continuing to work. "
            "The Marlow Teachers Association said picket lines would go up at 7 a.m.")
    assert union_names(text, nlp) == ["Marlow Teachers Association"]


def test_workers_at_a_headless_company_name_make_it_the_employer(nlp):
    text = ("Union workers at Tarrow-Lind Hydraulics returned to the plant Monday after a "
            "six-week lockout ended. Tarrow-Lind said production would resume this week.")
    assert employer_names(text, nlp) == ["Tarrow-Lind Hydraulics"]


def test_based_prefix_and_date_are_not_part_of_the_employer_name(nlp):
    text = ("2025-09-22 Workers at Tulsa-based Redbud Power Corp. began a strike on Thursday "
            "after talks failed. Redbud Power Corp. said service would continue.")
    assert employer_names(text, nlp) == ["Redbud Power Corp"]


def test_unite_on_its_own_is_the_uk_union(nlp):
    text = ("Bin workers in Leeds began an all-out strike on Friday, Unite said. Unite members "
            "employed by Leeds Waste Services Ltd rejected a 3% offer.")
    assert union_names(text, nlp) == ["Unite"]


def test_workers_organising_committee_leading_an_action_is_a_union(nlp):
    text = ("The Lakeview Workers Organizing Committee, an independent group, led a one-day "
            "strike at Lakeview Foods Inc. on Friday. The committee said 200 workers walked out.")
    assert union_names(text, nlp) == ["Lakeview Workers Organizing Committee"]


def test_a_legislative_committee_is_not_a_union(nlp):
    text = ("The House Labor Committee held a hearing on Tuesday as 300 workers struck "
            "Lakeview Foods Inc. for a second day.")
    assert union_names(text, nlp) == []


def test_council_and_district_units_of_known_unions(nlp):
    text = ("Members of SEIU Local 1199 and AFSCME Council 31 walked out at Cook County Health "
            "on Monday, while Machinists in IAM District 751 stayed on strike at another firm.")
    got = union_names(text, nlp)
    assert "AFSCME Council 31" in got and "SEIU Local 1199" in got


# --- round 2: unusual union shapes ----------------------------------------------------------
def test_numbered_district_of_an_unknown_union_in_both_shapes(nlp):
    text = ("Registered nurses at Brightwater General Hospital authorized a strike on Monday. "
            "United Care Nurses and Therapists, District 2207, said 91 percent of its members "
            "voted yes. \"We are ready,\" said a DISTRICT 2207 bargaining chair. District 2207 "
            "represents about 900 nurses.")
    assert union_names(text, nlp) == ["United Care Nurses and Therapists District 2207"]


def test_lodge_before_its_union_and_after_it(nlp):
    a = ("About 700 hourly workers represented by Lodge 512 of the Fraternity of Tool and Die "
         "Makers walked out at Harlan Gearworks Inc. on Friday. Lodge 512 President Ann Roe "
         "said the strike would go on.")
    b = ("Members of Fraternity of Tool and Die Makers Lodge 512 ratified a contract with "
         "Harlan Gearworks Inc. on Sunday, ending their strike.")
    assert union_names(a, nlp) == ["Fraternity of Tool and Die Makers Lodge 512"]
    assert union_names(b, nlp) == ["Fraternity of Tool and Die Makers Lodge 512"]


def test_a_city_council_district_is_not_a_union(nlp):
    text = ("Bus drivers struck Pell Valley Transit Authority on Monday, said Council District 4 "
            "member Joan Park, whose ward includes the depot. The Amalgamated Transit Union "
            "said the strike would last two days.")
    got = union_names(text, nlp)
    assert got == ["Amalgamated Transit Union"]


def test_union_of_a_country_and_two_unions_joined_by_and(nlp):
    text = ("Around 500 members of the Porters' and Cleaners' Union of Scotland and the Hospital "
            "Support Staff Union picketed Glenmoray Infirmary for a second day. Both unions "
            "said the strike over contracts would end on Friday.")
    assert union_names(text, nlp) == ["Porters' and Cleaners' Union of Scotland",
                                      "Hospital Support Staff Union"]


def test_one_union_with_and_inside_its_name_is_not_split(nlp):
    text = ("The Allied Drivers and Warehouse Workers Union said its 800 members at Kell "
            "Logistics would strike on Monday.")
    assert union_names(text, nlp) == ["Allied Drivers and Warehouse Workers Union"]


def test_informal_workers_committee_leads_and_a_union_that_only_advises_is_left_out(nlp):
    text = ("About 150 fruit packers walked off the job at Redgum Orchards Pty Ltd on Monday. "
            "The walk-off is being co-ordinated by an informal group the workers call the "
            "Riverland Packers' Committee. The Regional Food Workers Union said it had offered "
            "the committee advice but was not directing the action.")
    assert union_names(text, nlp) == ["Riverland Packers' Committee"]


def test_a_legislative_or_tenants_committee_is_not_a_union(nlp):
    text = ("The Senate Labor Committee held a hearing on the strike at Orrin Foods Inc. on "
            "Tuesday, and the Tenants' Committee of Elm Court joined the rally. The strikers are "
            "members of the Bakery Workers Union.")
    assert union_names(text, nlp) == ["Bakery Workers Union"]


def test_roundup_keeps_the_first_items_parties(nlp):
    text = ("Three disputes to watch this week.\n"
            "1. BRACKEN FOODS, OMAHA\n"
            "Members of Food Processing Workers Union Local 41 authorized a strike against "
            "Bracken Foods Company on Friday.\n"
            "2. QUILLTECH GAMES, AUSTIN\n"
            "Performers in the Digital Performers Guild are in week three of their strike "
            "against Quilltech Games Studios.\n"
            "We'll update this list Thursday.")
    assert union_names(text, nlp) == ["Food Processing Workers Union Local 41"]
    assert employer_names(text, nlp) == ["Bracken Foods Company"]


@pytest.mark.parametrize("text,expected", [
    ("The Continental Lacrosse League locked out its 200 players on Friday after its labor "
     "agreement with the players association expired. The league said talks would resume.",
     "Continental Lacrosse League"),
    ("Flight attendants at Pinecrest Air voted to authorize a strike, their union said. "
     "Pinecrest Air said it remained at the bargaining table.", "Pinecrest Air"),
    ("About 120 packers returned to work at Tallowood Farm Holdings' Eastfield and Northfield "
     "sheds on Friday after a four-day strike over pay.", "Tallowood Farm Holdings"),
])
def test_employer_heads_for_leagues_airlines_and_holdings(text, expected, nlp):
    assert employer_names(text, nlp) == [expected]


def test_employer_named_in_possessive_before_its_plant(nlp):
    text = ("The first shift walked back through the gates of Brantley Gear & Spindle's plant "
            "on Mill Road on Monday, ending a 40-day strike. Brantley said it was glad to "
            "welcome its workers back.")
    assert employer_names(text, nlp) == ["Brantley Gear & Spindle"]


def test_a_list_of_port_towns_is_no_employer() -> None:
    # "dockers at <town> and <town> joined": places, one of them known, the other a small port
    from picketline.extract import parties as p
    assert p.not_employer("Townsville and Weipa")
    assert p.not_employer("Durban and Saldanha")
    assert p.not_employer("Mombasa, Lamu and Kilindini")
    assert not p.not_employer("Acme Foods and Delta Care")
    assert not p.not_employer("Kowhai Stevedoring")
    text = ("Stoppage reaches more Australian ports\n\nA stoppage by dock workers in Brisbane has "
            "reached two other ports as colleagues downed tools in support.\n\nMembers of the "
            "Waterside Workers Federation at Coral Coast Stevedoring Services in Brisbane stopped "
            "work on Friday over the firm's plan to use casual labour.\n\nDockers at Townsville "
            "and Weipa joined the stoppage on Tuesday, the union said.")
    from picketline.model import Article
    from picketline.nlp import Context
    names = [c.name for c in p._all_candidates(Context(Article(id="t", text=text))).values()]
    assert "Coral Coast Stevedoring Services" in names
    assert not any("Townsville" in n for n in names)


def _employer_names(text: str) -> list[str]:
    return [f.value for f in parties.employers(Context(Article(id="t", text=text)))]


def test_firm_kind_opening_a_sentence_is_no_part_of_its_name() -> None:
    # wire copy: "Operator X said", "Contractor X said": the kind word is not the name
    text = ("Contractor Balmore Civil Works said on Tuesday that 300 of its labourers had struck "
            "at the Glenroy dam site over unpaid wages.")
    assert _employer_names(text) == ["Balmore Civil Works"]
    text = ("Workers at Vaal Iron Holdings walked out on Monday over pay. Operator Vaal Iron "
            "Holdings said output fell.")
    assert _employer_names(text) == ["Vaal Iron Holdings"]


def test_site_operator_is_no_employer_of_a_contractors_workers() -> None:
    # the contractor's workers strike at the operator's site: the contractor is the employer
    text = ("Refinery stoppage cuts fuel output\n\nFuel output at the Kapiti refinery has halved "
            "after maintenance fitters began a three-day strike.\n\nOperator Tasman Refining Ltd "
            "said throughput had fallen to 40,000 barrels a day.\n\nThe stoppage involves about "
            "150 fitters employed by contractor Rangitoto Industrial Services, who maintain the "
            "plant.\n\nRangitoto Industrial Services said its offer was fair. Tasman Refining Ltd "
            "shares fell 2 percent.")
    assert _employer_names(text) == ["Rangitoto Industrial Services"]


def test_workers_from_a_firm_beat_a_trade_body_commenting() -> None:
    # "N workers from X": X employs them; an employers' association named once, speaking on the
    # dispute, is no party beside its member firm
    text = ("Garment workers block highway over unpaid wages\n\nPolice said about 2,000 workers "
            "from Dorvale Knit Composite, which makes shirts for European chains, blocked the "
            "highway on Sunday. The factory closed last month.\n\nThe Sylhet Garment Makers and "
            "Exporters Association said it was in contact with the owners and hoped the wages "
            "would be paid soon.")
    assert _employer_names(text) == ["Dorvale Knit Composite"]
    assert _employer_names("About 300 workers from Brisbane walked out on Monday.") == []


def test_government_in_talks_with_a_union_named_without_a_union_word() -> None:
    # the union named by its own name ("... Doctors' Association") in the talks sentence
    text = ("Junior doctors at Malawi's state hospitals will return to work next week after a "
            "two-month strike, their leaders said on Friday.\n\nThe Malawi Resident Doctors "
            "Association, which speaks for about 400 trainee doctors, said its members would "
            "resume duty while negotiations with the government continue.")
    assert _employer_names(text) == ["Government of Malawi"]


def test_talks_with_the_government_of_the_one_state_named() -> None:
    # "talks with the government" where the article names one state and no country
    text = ("Victoria nurses weigh second stoppage\n\nNurses in Victoria will decide next week "
            "whether to hold another 24-hour stoppage after talks with the government broke "
            "down, their union said on Friday. The nurses walked off the job last month.")
    assert _employer_names(text) == ["Victoria government"]


def test_a_workers_association_of_a_country_is_no_employer() -> None:
    # "the Resident Doctors' Association of <Country>": a workers' body, not "Association of X"
    text = ("Junior doctors strike over allowance\n\nJunior doctors at public hospitals in Kenya "
            "began an indefinite strike on Monday.\n\nThe Resident Doctors' Association of Kenya "
            "says its members work 36-hour shifts. It wants the Ministry of Health to pay an "
            "overtime allowance it agreed to last year.")
    assert _employer_names(text) == ["Ministry of Health"]
    text = "Writers struck against the Alliance of Motion Picture Producers on Tuesday."
    assert _employer_names(text) == ["Alliance of Motion Picture Producers"]


def test_a_ministry_the_union_wants_to_pay_is_the_employer() -> None:
    text = ("Namibian nurses walk out\n\nNurses at state clinics in Namibia stopped work on "
            "Tuesday.\n\nThe Nurses' Association of Namibia says its members are owed two years "
            "of allowances. It wants the Ministry of Health and Social Services to pay an "
            "additional rural posting allowance which it says was promised in 2019.\n\nThe "
            "ministry described the stoppage as regrettable.")
    assert _employer_names(text) == ["Ministry of Health and Social Services"]
