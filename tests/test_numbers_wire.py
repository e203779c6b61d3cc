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


_LEAD = ("The union said talks had broken down on Friday. Management said it regretted the "
         "decision. Talks are not expected to resume this week. A government conciliator has "
         "offered to help. ")


@pytest.mark.parametrize("text,count", [
    ("date 1987-05-04 Dockers to strike\n\nDockers at the port of Valmera will strike over "
     "rosters. " + _LEAD + "The stoppage will start on Thursday and involve about 1,200 "
     "dockers, the union said.\n", 1200),
    ("date 1987-05-04 Bus strike\n\nBus drivers in Corvath went on strike today over pay. "
     + _LEAD + "The strike began at dawn and at its height involved some 2,300 of the "
     "company's 4,000 drivers, union officials said.\n", 2300),
    ("date 2004-11-02 Nurses to walk out\n\nNurses at Fenwick General will walk out next "
     "week in a row over staffing. " + _LEAD + "The walkout is expected to involve around 800 "
     "nurses.\n", 800),
    ("date 1987-05-04 Miners strike\n\nMiners at the Ostrava pits struck today over pay. "
     + _LEAD + "The action, called by the miners' union on Friday, will now involve 6,000 "
     "miners.\n", 6000),
])
def test_an_action_that_will_involve_a_count_names_those_out(text, count):
    """Wire copy says whom an action involves with a verb of its own clause ("will begin on
    Monday and involve some 450 staff", "at its peak involved roughly 200 of ...")."""
    assert _p(_facts(text)) == count


def test_a_dispute_that_involves_a_count_is_no_count_of_those_out():
    f = _facts("date 1987-05-04 Dockers dispute\n\nDockers at Valmera may strike over rosters. "
               + _LEAD + "The dispute over rosters is expected to involve about 1,200 "
               "dockers at the port.\n")
    assert _p(f) is None


@pytest.mark.parametrize("text", [
    "date 1987-05-04 Strike averted\n\nA strike by dockers at Valmera was called off today "
    "after the port authority improved its pay offer. The union represents about 1,200 "
    "dockers at the port.\n",
    "date 2004-11-02 Walkout averted\n\nA planned walkout by hospital porters in Fenwick has "
    "been called off after a late deal on pay. The roughly 600 members of the union will vote "
    "on the deal next week.\n",
])
def test_a_union_size_is_no_count_of_an_action_called_off(text):
    """Nobody takes part in an averted action: the union's size is then no count."""
    assert _p(_facts(text)) is None


@pytest.mark.parametrize("body,offer", [
    ("The Metal Employers' Association has offered 1.5 pct, plus a one-off payment.", 1.5),
    ("The shipowners' federation offered 3 pct, the union said.", 3.0),
    ("The engineering employers federation has offered 2.8 pct over a year.", 2.8),
    ("The manufacturers' association offered a 4 pct rise on Tuesday.", 4.0),
    ("The Textile Employers Association (TEA) has offered 1.5 pct from June.", 1.5),
])
def test_an_employers_association_offers_for_the_employer(body, offer):
    """An employers', owners' or manufacturers' association or federation is the employer
    side: its figure is the offer, not the union's demand."""
    f = _facts("date 1987-05-04 Metal workers strike\n\nMetal workers in Wendau went on "
               "strike today over pay. " + body + "\n", published="1987-05-04")
    assert _w(f) == (None, offer)


@pytest.mark.parametrize("text", [
    "date 2004-11-02 Cabin crew may strike\n\nThe Northern Cabin Staff Union, which represents "
    "the airline's 900 flight attendants, said on Monday they could strike within weeks "
    "unless the carrier improved its pay offer.\n",
    "date 1987-05-04 Dockers threaten strike\n\nDockers at Valmera threatened today to strike "
    "over rosters. The union represents about 1,200 dockers at the port.\n",
])
def test_a_union_size_is_no_count_of_an_action_only_threatened(text):
    """A threat is no action anyone takes part in yet: the union's size (also when it is
    'the airline's 900 flight attendants') is no count of it."""
    assert _p(_facts(text)) is None


def test_members_who_walk_out_far_after_their_count_are_those_out():
    """'Some 40,000 members of the X union working at A and 14 train operators will walk out':
    the members are the subject of the action, and they outrank a smaller count near it."""
    f = _facts("date 2004-11-02 Rail strike\n\nSome 30,000 members of the Rail and Signal "
               "Workers Union based at Northline and 12 train operators will walk out on "
               "Wednesday in a row over pensions.\n", published="2004-11-02")
    assert _p(f) == 30000


_ENDED = ("date 1987-03-20 Miners end strike\n\nMiners at the Cordova copper mine returned to "
          "work today, ending an 11-day strike, company officials said. ")


@pytest.mark.parametrize("body,wages", [
    ("The miners' union agreed late yesterday to a 28 pct wage increase, backdated to March "
     "1. The union had sought 40 pct.", (40.0, 28.0)),
    ("The union agreed to a 12 pct rise over two years.", (None, 12.0)),
    ("The workers accepted an 8 pct pay increase at a mass meeting.", (None, 8.0)),
    ("The miners settled for a 9 pct rise. The union had sought 15 pct.", (15.0, 9.0)),
])
def test_a_raise_agreed_to_or_settled_for_is_the_settlement(body, wages):
    """A raise a side agreed to, accepted or settled for is the settlement's terms: the
    employer's latest offer."""
    assert _w(_facts(_ENDED + body + "\n", published="1987-03-20")) == wages


@pytest.mark.parametrize("body,offer", [
    ("Pay will rise 11 pct across the two years of the deal, compared with the 7.5 pct "
     "the authority had put on the table in May.", 11.0),
    ("Salaries go up by 9 per cent this year; management had earlier offered only 6 per "
     "cent.", 9.0),
    ("Basic pay increases 4.5 pct in each year of the deal.", 4.5),
])
def test_pay_rising_after_an_agreement_is_its_raise(body, offer):
    """In a story of a reached agreement, a sentence opening with the pay rising states the
    agreement's raise, not the earlier offer it is compared with."""
    f = _facts("date 2004-11-02 Bus strike ends\n\nBus drivers in Corvath reached a tentative "
               "agreement with the transit authority on Sunday, ending a nine-day strike. "
               + body + "\n", published="2004-11-02")
    assert _w(f)[1] == offer
