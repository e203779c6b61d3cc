"""Participants and wage figures as today's web copy writes them (wire stories, local TV, union
releases): figures named by a proposal, agreements as subjects, revised offers, rejected contracts,
hyphenated percentages, counts with no noun. Sentences written for these tests."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.extract.numwords import find_percents
from picketline.model import Article


def _facts(text: str, published: str = "2025-03-12"):
    return extract_article(Article(id="web", text=text, published=published))


def _w(f):
    return (f.wage_demand_pct.value if f.wage_demand_pct else None,
            f.wage_offer_pct.value if f.wage_offer_pct else None)


def _p(f):
    return f.participants.value if f.participants else None


def test_hyphenated_percentage_is_a_percentage():
    assert [p.value for p in find_percents("about a 19-percent wage increase")] == [19.0]
    (p,) = find_percents("raises of 10-percent to 12-percent")
    assert (p.low, p.value) == (10.0, 12.0)


def test_figure_named_by_an_offer_with_modifiers_is_the_employers():
    f = _facts("date 2025-03-12 Nurses strike at Lakeview Hospital\n\n"
               "About 900 nurses walked off the job at Lakeview Hospital on Wednesday. The hospital "
               "said in a statement that the union is refusing to accept the same 14.5 percent "
               "increased wage offer agreed to by other hospitals.\n")
    assert _w(f) == (None, 14.5)


def test_agreement_calling_for_a_raise_is_no_demand():
    f = _facts("date 2025-03-12 Strike ends at Ridgeway schools\n\n"
               "Striking teachers and the Ridgeway School District reached an agreement on Sunday "
               "that ended a six-day strike. The pact calls for teachers to receive an average 9.5 "
               "percent raise over two years.\n")
    assert _w(f) == (None, 9.5)


def test_revised_offer_is_the_latest():
    f = _facts("date 2025-03-12 Teachers strike in Millbrook\n\n"
               "Teachers in Millbrook went on strike Thursday. The Millbrook Education Association "
               "is asking for a 14 percent raise over three years. The district initially offered "
               "4 percent raises over three years, but raised that to 6 percent over three years.\n")
    assert _w(f) == (14, 6)


def test_figure_placed_in_the_latest_offer():
    f = _facts("date 2025-03-12 Bus drivers strike\n\n"
               "Bus drivers in Eastport remained on strike Tuesday. The transit authority touts an "
               "8.5 percent salary increase in its latest offer, which the drivers' union rejected.\n")
    assert _w(f) == (None, 8.5)


def test_raise_in_an_accepted_offer_is_the_agreement():
    f = _facts("date 2025-03-12 Teachers end strike\n\n"
               "Teachers in the Harbor Unified School District voted 310-140 on Sunday to end their "
               "strike and accept the district's latest offer. The new contract will give teachers "
               "a 5% raise over two years and a 2% one-time bonus.\n")
    assert _w(f) == (None, 5)


def test_raise_in_the_sentence_after_the_agreement():
    f = _facts("date 2025-03-12 Bus strike ends\n\n"
               "Striking bus mechanics were back on the job today after a week-long walkout. Under "
               "the agreement reached Tuesday night, each of the 600 strikers will get a $500 "
               "payment. They will also receive a 4% raise covering last year.\n")
    assert _w(f) == (None, 4)


def test_rejected_contract_would_have_given_is_the_offer():
    f = _facts("date 2025-03-12 Plant workers strike\n\n"
               "About 1,500 union members at the Norland Aerospace plant went on strike Monday after "
               "rejecting a second contract offer. According to the company, the rejected "
               "three-year contract would have included a 15% general wage increase and a $3,000 "
               "signing bonus.\n")
    assert _w(f) == (None, 15)


def test_what_workers_should_receive_is_their_demand():
    f = _facts("date 2025-03-12 Drivers authorize strike\n\n"
               "Members of the Coastal Transit Workers Union voted to authorize a strike. The "
               "union's president said drivers should receive at least a 5% raise. He said the "
               "district has so far offered a 2% raise.\n")
    assert _w(f) == (5, 2)


def test_school_district_acronym_is_the_employer_side():
    f = _facts("date 2025-12-02 Teachers will strike Thursday\n\n"
               "Teachers are asking for a 9% raise over two years. On Monday, NVUSD proposed a "
               "2% raise. The union rejected this offer and teachers will strike Thursday.\n")
    assert _w(f) == (9, 2)


def test_count_with_no_noun_before_a_strike_verb():
    f = _facts("date 2025-03-12 Machinists strike\n\n"
               "Machinists at the Corvale aircraft plants remained on strike. More than 12,000 took "
               "part in strike action, with 91% of those who voted in the ballot rejecting the offer.\n")
    assert _p(f) == 12000


def test_workers_back_at_work_during_an_ongoing_strike_are_not_counted():
    f = _facts("date 2025-03-12 Hotel strike goes on at one hotel\n\n"
               "Most of the 6,000 hotel workers who went on strike last weekend have returned to "
               "work, but 400 union members at the Bayview Grand hotel remain on strike until a "
               "contract is reached.\n")
    assert _p(f) == 400


def test_earlier_walkout_is_no_count_of_a_scheduled_strike():
    f = _facts("date 2025-03-12 Rail union calls strike\n\n"
               "The rail union called a 24-hour strike for March 27 after rejecting a 3% pay offer "
               "from the rail operator. Last month more than 30,000 rail workers went on a strike "
               "across the country.\n")
    assert _p(f) != 30000


def test_proposed_contract_terms_are_the_employers():
    f = _facts("date 2025-03-12 Boatyard strike\n\n"
               "Workers rejected the company's final offer. Strikers said that under the proposed "
               "contract they would receive a 9 percent pay increase but incur a 14 percent hike in "
               "medical insurance costs. Members of Teamsters Local 412 set up picket lines.\n")
    assert _w(f) == (None, 9)


def test_a_rise_in_insurance_costs_is_no_wage_figure():
    f = _facts("date 2025-03-12 Strike\n\n"
               "Members of Teamsters Local 412 went on strike. The company wants a 14 percent "
               "increase in insurance premiums.\n")
    assert _w(f) == (None, None)


def test_striking_members_who_voted_against_a_contract_are_counted():
    f = _facts("date 2025-03-12 Strikers reject contract\n\n"
               "Yesterday, over 21,000 striking union members voted against a contract that "
               "offered pay raises but no pension, and decided to continue their strike.\n")
    assert _p(f) == 21000


def test_vague_membership_is_no_vague_count_of_the_action():
    # "which represents thousands of ..." sizes the union; the action is not thereby described
    # with a vague figure, so the stated membership of a body that walked out is the count
    f = _facts("date 2025-03-12 City workers strike in Harborview\n\n"
               "The Harborview municipal workers council, which represents thousands of city "
               "employees, walked off the job on Tuesday. The council represents about 7,500 city "
               "employees in the parks, water and streets departments.\n")
    assert _p(f) == 7500


def test_count_the_action_involves_is_tied_to_it():
    f = _facts("date 2025-03-12 Machinists strike at Norland Aero\n\n"
               "NORTHPORT - Assembly workers walked off the job at the Norland Aero plant on "
               "Friday after rejecting a tentative contract. The vote came late Thursday. Pickets "
               "went up at three gates before dawn. Managers said the plant would stay closed. "
               "The labor action involves 21,000 Norland machinists, most of them in the state.\n")
    assert _p(f) == 21000


def test_second_predicate_takes_the_sentence_subjects_side():
    # "... proposed by the hospital's committee and is demanding 8 percent": the one demanding
    # is the subject of the sentence, not the employer named last before the verb
    f = _facts("date 2025-03-12 Strike at Hallam Health\n\n"
               "About 2,100 members of the HNU began a three-day strike at Hallam Health on "
               "Monday. The HNU rejected a 3 percent wage increase proposed by Hallam Health's "
               "labor-management committee and is demanding an 8 percent increase.\n")
    assert _w(f)[0] == 8


def test_figure_followed_by_who_proposed_it_is_that_sides():
    f = _facts("date 2025-03-12 Strike at Hallam Health\n\n"
               "About 2,100 members of the HNU began a three-day strike at Hallam Health on "
               "Monday. The HNU rejected a 3 percent wage increase proposed by Hallam Health's "
               "labor-management committee last month.\n")
    assert _w(f) == (None, 3)
    f = _facts("date 2025-03-12 Talks stall at Ostrava Foods\n\n"
               "Packers at Ostrava Foods walked out on Monday. Managers refused to discuss a "
               "9 percent raise put forward by the packers' bargaining committee.\n")
    assert _w(f) == (9, None)


def test_union_profile_membership_is_no_count():
    # a release's closing paragraph sizes the union and its parent: neither is a count of those
    # locked out
    f = _facts("date 2025-03-12 Lockout at Pinecrest Rail\n\n"
               "Pinecrest Rail locked out its conductors and engineers on Thursday. The company "
               "said talks had failed.\n\n"
               "At over 60,000 members, the Rail Crews Union is the country's largest transport "
               "union. It is affiliated with the Northern Federation of Labour, which represents "
               "over 900,000 workers.\n")
    assert _p(f) is None


def test_crowd_in_the_lead_of_a_strike_story_is_no_count():
    f = _facts("date 2025-03-12 National strike day in Norvania\n\n"
               "Unions held a national strike day across Norvania on Thursday. The march in the "
               "capital drew \"more than 300,000 protesters,\" the federation's leader said. "
               "A second march drew 41,000 demonstrators in the port city.\n")
    assert _p(f) is None


def test_workers_back_after_a_settled_strike_with_a_long_noun_phrase_are_counted():
    # the settled strike's 650 are back at work; 80 drivers of a second dispute still out are
    # not the count of the action the story is about
    f = _facts("date 2025-03-12 One of two strikes at Marlow Foods settled\n\n"
               "Marlow Foods said 650 workers at its cannery and cold-storage operation in Port "
               "Dunmore, Maine, have returned to work since Tuesday after members approved a new "
               "agreement. "
               "Meanwhile, about 80 delivery drivers, whose contract expired in March, remained "
               "out, the company said.\n")
    assert _p(f) == 650


def test_ownership_stake_percentage_is_no_wage_demand():
    f = _facts("Oil workers at Petrolia walked off the job on Tuesday. The Oil Workers Federation "
               "is demanding that lawmakers keep a rule requiring Petrolia to take a minimum "
               "40 percent stake in every new offshore field.")
    assert _w(f) == (None, None)


def test_earlier_offer_superseded_by_a_later_offer_without_figure_is_no_offer():
    f = _facts("A planned walkout by hospital cleaners is off after their union said it had "
               "received an improved offer from the health board. Members voted last month to "
               "reject the board's previous offer of 6 per cent over two years. The union will "
               "put the new terms to a ballot next week.")
    assert _w(f) == (None, None)


def test_earlier_offer_stands_when_no_later_offer_is_reported():
    f = _facts("Hospital cleaners walked out on Monday. Members voted last month to reject the "
               "board's previous offer of 6 per cent over two years, the union said.")
    assert _w(f)[1] == 6.0
