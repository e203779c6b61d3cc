"""Participants and wage figures in wire copy: casualties, vessels, farmers, cancelled actions,
names with numbers, shares of a workforce, workers back after an action, union sizes, demand
subjects, imposed raises, pay ceilings and ranges. Sentences written for these tests."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "2021-09-16"):
    return extract_article(Article(id="n", text=text, published=published))


def _p(f):
    return f.participants.value if f.participants else None


def _w(f):
    return (f.wage_demand_pct.value if f.wage_demand_pct else None,
            f.wage_offer_pct.value if f.wage_offer_pct else None)


def test_casualties_are_not_participants():
    f = _facts("date 2021-09-16 Clashes in general strike\n\n"
               "At least 12 people were injured in clashes during a general strike called by "
               "unions against price rises.\n")
    assert _p(f) is None


def test_vessels_are_not_participants():
    f = _facts("date 2021-09-16 Dockers strike\n\n"
               "Striking dockers halted the port today, and about 20 freighters were idle as "
               "talks went on.\n")
    assert _p(f) is None


def test_those_who_cancelled_a_strike_are_not_participants():
    f = _facts("date 2021-09-16 Dockers strike\n\n"
               "The city's 2,400 dockworkers went on strike today over pay, their union said.\n"
               "Earlier this week, some 40,000 dockworkers cancelled a planned national strike.\n")
    assert _p(f) == 2400


def test_a_numbered_name_is_no_count():
    f = _facts("date 2021-09-16 Autoworkers strike\n\n"
               "Autoworkers walked out at plants of the Big 3 automakers on Thursday.\n")
    assert _p(f) != 3


def test_share_of_a_workforce_on_strike():
    f = _facts("date 2021-09-16 Port strike\n\n"
               "Some 40 pct of 5,000 employees at the country's ports have joined a strike since "
               "Monday, the ministry said.\n")
    assert _p(f) == 2000


def test_workers_back_after_an_action_took_part():
    f = _facts("date 2021-09-16 Mine action ends\n\n"
               "About 6,000 smelter workers returned to work at a zinc plant after a five-day "
               "strike, the owner said.\n")
    assert _p(f) == 6000


def test_a_union_size_adjective_is_no_count_of_strikers():
    f = _facts("date 2021-09-16 Unions call general strike\n\n"
               "The 300,000-member workers' federation has called a general strike for next "
               "Tuesday against the budget.\n"
               "About 2,000 railway workers will join the strike, union leaders said.\n")
    assert _p(f) == 2000


def test_demand_of_workers_named_with_their_employer():
    f = _facts("date 2021-09-16 Cargo handlers call strike\n\n"
               "Warehouse loaders on Wednesday called a two-day stoppage from Sept. 21.\n"
               "Staff of the Acme Logistics firm, which also operates the depots, want a nine "
               "pct pay rise. The company has offered five pct.\n")
    assert _w(f) == (9, 5)


def test_demand_range_is_coded_at_its_midpoint():
    f = _facts("date 2021-09-16 Rail strike\n\n"
               "Rail workers went on strike today. They want pay rises of five to six pct.\n")
    assert _w(f)[0] == 5.5


def test_raise_imposed_by_employers_is_their_offer():
    f = _facts("date 2021-09-16 Bank talks collapse\n\n"
               "Bank unions announced warning strikes after talks collapsed.\n"
               "The employers have unilaterally imposed a 2.8 pct pay rise. The union is "
               "seeking a five pct rise.\n")
    assert _w(f) == (5, 2.8)


def test_government_ceiling_is_an_offer_only_for_public_employers():
    public = _facts("date 2021-09-16 Strikes at state railways\n\n"
                    "Rail staff went on strike today.\n"
                    "Employees of the state railways want pay rises of eight pct, while the "
                    "government has imposed a pay ceiling of four pct.\n")
    assert _w(public) == (8, 4)
    private = _facts("date 2021-09-16 Strike at carmaker\n\n"
                     "Car workers went on strike today.\n"
                     "Workers at a private carmaker want pay rises of eight pct but the "
                     "government has set a ceiling of four pct for pay rises.\n")
    assert _w(private)[1] is None


def test_inflation_target_is_no_demand():
    f = _facts("date 2021-09-16 Carmaker strike days\n\n"
               "Workers at a carmaker have called five days of strikes next month.\n"
               "They want a pay rise above the government's inflation target of three pct "
               "for this year.\n")
    assert _w(f)[0] is None


@pytest.mark.parametrize("text,expected", [
    # those a union calls on to strike are not a count of strikers
    ("date 2021-09-16 Engineers' union calls warning strike\n\n"
     "The engineering union said today it was calling on some 2.1 million members to "
     "walk out for two hours on Friday to back its pay claim.\n", None),
    # those who answered the call are counted
    ("date 2021-09-16 Engineers stage warning strike\n\n"
     "About 30,000 engineers walked out for two hours today after the union called "
     "on members to back its pay claim.\n", 30000),
    # a count of strikes is not a count of strikers
    ("date 2021-09-16 First of two nurses strikes called off\n\n"
     "The nurses' union called off Thursday's strike after a new pay offer, it said "
     "today.\n", None),
    # thousands written with a spaced comma ("25, 000")
    ("date 2021-09-16 Teachers' strike enters second week\n\n"
     "The strike involving more than 25, 000 teachers has closed schools across the "
     "country, the union said today.\n", 25000),
])
def test_appeals_counts_of_actions_and_spaced_thousands(text, expected):
    assert _p(_facts(text)) == expected


@pytest.mark.parametrize("text", [
    "LISBON, May 4 - Dockers at Setubal returned to work today after a six-day strike that cost "
    "the port an estimated 12 mln dlrs in lost traffic, port officials said.\n",
    "Shipyard workers struck for a second day. Last month the group signed a deal, worth an "
    "estimated 3 trillion won, to buy a rival yard.\n",
    "Miners at the Ridgeback pit walked off the job. The stoppage costs the company an "
    "estimated 40 million pesos a day, managers estimated.\n",
    "Textile workers went on strike on Monday. Losses were estimated at 250 mln rupees, the "
    "employers' federation said.\n",
])
def test_an_estimated_sum_of_money_is_no_count(text):
    f = _facts("date 2021-09-16 Strike\n\n" + text)
    assert _p(f) is None
