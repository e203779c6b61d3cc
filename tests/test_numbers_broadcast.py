"""Participants and wage figures in wire and broadcast copy (1980s wire, 2000s BBC style): dates
written day-first, companies counted, lockouts that affect a workforce, casualties, rally
crowds, union sizes, pay claims, demand nouns, offers worth a figure, decreed raises, proposals
that would give a figure, embedded clauses and earlier offers. Sentences written for these
tests; names are invented."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1987-04-08"):
    return extract_article(Article(id="n", text=text, published=published))


def _p(f):
    return f.participants.value if f.participants else None


def _w(f):
    return (f.wage_demand_pct.value if f.wage_demand_pct else None,
            f.wage_offer_pct.value if f.wage_offer_pct else None)


def _strike(*sentences: str, published: str = "1987-04-08"):
    return _facts("date 1987-04-08 DOCK STRIKE GOES ON\nPORT ELLIS, April 8 - Dockers at the "
                  "port of Port Ellis stayed out on strike today.\n    "
                  + "\n    ".join(sentences) + "\n", published)


# --- participants -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The stoppage, which began on 14 March, involved about 2,700 dockers.",
    "The walkout began on 2 March and about 2,700 dockers have taken part.",
    "Some 2,700 dockers have been out since 21st of March.",
])
def test_a_day_written_before_its_month_is_no_count(sentence):
    f = _strike(sentence)
    assert _p(f) == 2700


@pytest.mark.parametrize("sentence, count", [
    ("Workers at two car makers are still staging partial strikes.", None),
    ("The union may call strikes against the three automakers next month.", None),
    ("Pickets went up outside four companies in the harbour district.", None),
])
def test_companies_are_not_counted(sentence, count):
    f = _facts("date 1987-04-08 STRIKES SPREAD\nDETROIT, April 8 - Autoworkers walked out "
               "today.\n    " + sentence + "\n")
    assert _p(f) == count


@pytest.mark.parametrize("sentence", [
    "The lockout, which took effect at dawn on Monday at the Port Ellis smelter, affects 640 "
    "workers who belong to the union.",
    "The lockout affects about 640 workers at the smelter.",
    "The stoppage, which started on Monday, involves some 640 workers.",
])
def test_count_a_lockout_affects_or_an_action_involves(sentence):
    f = _facts("date 1987-04-08 SMELTER LOCKS OUT STAFF\nPORT ELLIS, April 8 - Workers at the "
               "Kestrel smelter were locked out today after talks failed.\n    "
               "The company said it had made a final offer.\n    "
               "The union said it would not accept cuts.\n    "
               "No new talks are planned.\n    " + sentence + "\n")
    assert _p(f) == 640


@pytest.mark.parametrize("sentence", [
    "Police said they had detained 45 people after scuffles with pickets at the gates.",
    "Riot police arrested at least 45 strikers outside the depot.",
    "The clashes injured some 45 pickets, a hospital official said.",
])
def test_those_arrested_or_hurt_are_not_the_participants(sentence):
    f = _strike(sentence)
    assert _p(f) is None


@pytest.mark.parametrize("sentence", [
    "More than 50,000 protestors took part in rallies in the capital as schools closed.",
    "About 50,000 demonstrators participated in the marches, police said.",
    "Some 50,000 protesters joined the demonstrations in the main square.",
])
def test_a_crowd_at_a_rally_in_a_general_strike_is_no_count(sentence):
    f = _facts("date 1987-04-08 GENERAL STRIKE SHUTS COUNTRY\nVALMORA, April 8 - A 24-hour "
               "general strike called by the unions shut schools and offices today.\n    "
               + sentence + "\n")
    assert _p(f) is None


@pytest.mark.parametrize("sentence", [
    "The union, which has about 9,000 members, said it would keep up the strike.",
    "The union, which claims some 9,000 members, said the strike would go on.",
    "The union says it has 9,000 members and said the strike would continue.",
])
def test_a_union_size_is_no_count_when_those_out_are_given(sentence):
    f = _strike("More than 2,500 dockers walked out on Monday.", sentence)
    assert _p(f) == 2500


def test_a_claimed_membership_is_no_count_of_a_general_strike():
    f = _facts("date 1987-05-06 UNIONS CALL GENERAL STRIKE\nVALMORA, May 6 - The national "
               "labour confederation called a 24-hour general strike for May 14.\n    "
               "The confederation, which claims some two million members, said transport "
               "would stop.\n", "1987-05-06")
    assert _p(f) is None


@pytest.mark.parametrize("sentence", [
    "The union leader told a rally of about 1,500 miners that the fight was not over.",
    "About 1,500 miners rallied outside the ministry to celebrate.",
])
def test_a_rally_is_no_count_of_a_strike_called_off(sentence):
    f = _facts("date 1987-10-06 MINERS CALL OFF STRIKE\nLIMA, Oct 6 - The miners' federation "
               "called off a national strike set for next Monday after the government decreed "
               "a pay rise.\n    " + sentence + "\n", "1987-10-06")
    assert _p(f) is None


# --- wages ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The unions will strike from Monday in support of a 12 pct pay claim.",
    "The union is pressing its claim for a 12 pct pay rise.",
    "The company rejected the union's claim of 12 pct.",
    "The board has offered 4 pct against a pay claim of 12 pct.",
])
def test_a_pay_claim_is_the_unions_demand(sentence):
    f = _strike(sentence)
    assert _w(f)[0] == 12


@pytest.mark.parametrize("sentence", [
    "But the transport minister said their demand for a 12% pay rise was unaffordable.",
    "The port authority said the demand for a 12% rise could not be met.",
    "Ministers rejected their claim for 12% as too costly.",
])
def test_a_demand_noun_is_the_workers_whoever_speaks(sentence):
    f = _strike(sentence)
    assert _w(f)[0] == 12


@pytest.mark.parametrize("sentence", [
    "Members will now consider a deal worth 4.5% this year.",
    "The union suspended the walkout while members considered an offer worth 4.5%.",
    "Drivers will vote on a package worth 4.5% over one year.",
])
def test_a_deal_or_offer_worth_a_figure_is_the_employers(sentence):
    f = _strike(sentence)
    assert _w(f)[1] == 4.5


@pytest.mark.parametrize("sentence", [
    "The strike was called off after the government decreed a 20 pct pay rise.",
    "The port authority granted a 20 pct rise on Friday.",
])
def test_a_decreed_or_granted_raise_is_the_employers_offer(sentence):
    f = _strike(sentence)
    assert _w(f)[1] == 20


@pytest.mark.parametrize("sentence", [
    "Unions will consult members on the proposal, which would give them a 9% rise over two "
    "years.",
    "Under the proposal, dockers would receive a 9% rise over two years.",
    "The proposal includes a 9% rise over two years.",
])
def test_terms_a_proposal_would_give_are_the_employers(sentence):
    f = _strike(sentence)
    assert _w(f) == (None, 9)


@pytest.mark.parametrize("sentence", [
    "Union leaders said they would not attend unless the port authority improved its 5 pct "
    "pay offer.",
    "The union said the port authority had raised its offer to 5 pct.",
])
def test_its_names_the_subject_of_the_embedded_clause(sentence):
    f = _strike(sentence)
    assert _w(f) == (None, 5)


def test_a_coordinated_demand_takes_the_confederations_side():
    f = _strike("The confederation said the government's ceiling of 5 pct on pay had cut real "
                "wages, and demanded an immediate 12 pct increase.")
    assert _w(f)[0] == 12


@pytest.mark.parametrize("sentence", [
    "The handlers had voted for industrial action in protest at a 3% pay offer over two years.",
    "Staff had rejected a 3% pay offer in a ballot last month.",
])
def test_an_offer_before_an_improved_one_without_a_figure_is_no_offer(sentence):
    f = _facts("date 1987-12-20 AIRPORT STRIKE CALLED OFF\nLONDON, Dec 20 - A planned strike "
               "by airport baggage handlers was called off after they accepted a new and "
               "improved pay offer.\n    " + sentence + "\n", "1987-12-20")
    assert _w(f)[1] is None


@pytest.mark.parametrize("sentence, figures", [
    ("Management rejected a 12 pct rise and offered 5 pct.", (12, 5)),
    ("The port authority refused to grant a 12 pct rise.", (12, None)),
    ("Employers would not agree to a 12 pct increase.", (12, None)),
    ("The dockers turned down a 5 pct rise and want 12 pct.", (12, 5)),
])
def test_a_figure_one_side_rejects_is_the_other_sides(sentence, figures):
    f = _strike(sentence)
    assert _w(f) == figures


@pytest.mark.parametrize("sentence", [
    "Talks collapsed after employers did not agree to union demands for shorter shifts, a "
    "pension top-up for older dockers and better training, and the 12 percent pay increase.",
    "Employers rejected the union's demands for a four-day week, safer cranes and more staff, "
    "and the 12 percent rise over one year.",
])
def test_the_last_item_of_a_list_of_demands(sentence):
    f = _strike(sentence)
    assert _w(f)[0] == 12


def test_a_lowered_claim_is_the_demand():
    f = _strike("The union said it had lowered its claim to 12 pct from 15 pct.")
    assert _w(f)[0] == 12


@pytest.mark.parametrize("sentence", [
    "Workers have been offered a 3.5% pay rise this year.",
    "Dockers were offered 3.5% but want 7%.",
    "Staff at the port were only offered 3.5%, the union said.",
])
def test_a_passive_offer_is_the_employers(sentence):
    f = _strike(sentence)
    assert _w(f)[1] == 3.5


@pytest.mark.parametrize("sentence", [
    "The union rejected a two-year deal worth 3.5% a year.",
    "Members will vote on a three-year package worth 3.5% a year.",
])
def test_a_deal_worth_a_figure_with_modifiers_is_the_employers(sentence):
    f = _strike(sentence)
    assert _w(f)[1] == 3.5


@pytest.mark.parametrize("sentence", [
    "The 1,400-strong workforce walked out on Monday.",
    "The plant's 1,400-strong workforce downed tools at noon.",
])
def test_a_strong_workforce_that_stops_work_is_the_count(sentence):
    f = _facts("Strike hits plant\nPublished: 2004-11-03\n\nStaff at the Orland plant walked out "
               "on Monday in a row over pay.\n\nThe union said talks had failed.\n\nManagers "
               "said they were disappointed.\n\n" + sentence + "\n", "2004-11-03")
    assert _p(f) == 1400


def test_a_count_after_an_arrest_clause_is_still_counted():
    f = _strike("Police said 12 pickets were arrested and 3,000 dockers stayed out.")
    assert _p(f) == 3000
