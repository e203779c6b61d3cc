"""Participants and wage figures, round 12: actions done "by" a counted body of members,
written for these tests (invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "2005-02-10"):
    return extract_article(Article(id="n", text=text, published=published))


def _p(f):
    return f.participants.value if f.participants else None


def _w(f):
    return (f.wage_demand_pct.value if f.wage_demand_pct else None,
            f.wage_offer_pct.value if f.wage_offer_pct else None)


@pytest.mark.parametrize("text, expected", [
    ("Bus strike called off\n\nA two-day strike at Marlow Coaches has been called off after "
     "the firm raised its pay offer.\n\nThe walkout by about 620 members of the Road Crews "
     "Union had been due to start on Monday.\n", 620),
    ("Ferry stoppage suspended\n\nA 24-hour stoppage by some 1,300 members of the Harbour "
     "Staff Association was suspended on Friday after talks at the conciliation service.\n",
     1300),
    ("Council action averted\n\nUnions at Ashby council have suspended a planned strike after "
     "managers tabled a new deal late on Tuesday.\n\nIndustrial action by more than 2,400 "
     "union members had been set to begin next week.\n", 2400),
])
def test_action_by_counted_members_is_a_count_of_those_out(text, expected):
    assert _p(_facts(text)) == expected


def test_union_size_of_called_off_strike_is_still_not_counted():
    f = _facts("Rail strike averted\n\nA planned rail strike was called off on Friday. The "
               "union, which represents about 9,000 signal workers, said members would vote on "
               "the new offer.\n")
    assert _p(f) is None


@pytest.mark.parametrize("text, expected", [
    ("Tram strike called off\n\nA strike by tram drivers in Dunmore has been called off.\n\n"
     "The deal was reached after eleven hours of talks on Wednesday.\n\nIt includes a 3.8% "
     "pay rise this year. The union had demanded 5%.\n", (5.0, 3.8)),
    ("Porters' walkout averted\n\nA walkout by hospital porters was averted after a "
     "last-minute deal.\n\nAn agreement was struck late on Tuesday. It also includes a 4% "
     "rise over two years. The union had been seeking 7%.\n", (7.0, 4.0)),
    ("Ferry strike ends\n\nThe ferry strike was called off after a two-year deal with the "
     "operator.\n\nIt includes a 3.5 per cent rise in the first year. The crews had wanted "
     "6 per cent.\n", (6.0, 3.5)),
])
def test_raise_of_an_agreement_reached_in_a_passive_or_after_clause(text, expected):
    assert _w(_facts(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Warning strikes hit city services\n\nThousands of council staff walked out on Tuesday. "
     "The unions called the stoppages to push the city and state governments to increase "
     "wages for some 400,000 public employees by 7 percent.\n", 7.0),
    ("Dockers strike\n\nDockers at Port Alder struck on Monday, urging the port authority to "
     "raise basic pay by 9 pct.\n", 9.0),
    ("Bus drivers out\n\nBus drivers walked out on Friday in a bid to force the operator to "
     "lift salaries by 6%.\n", 6.0),
])
def test_pressing_the_employer_to_raise_pay_by_a_figure_is_a_demand(text, expected):
    assert _w(_facts(text))[0] == expected


def test_workers_refusing_to_work_are_out():
    f = _facts("Dock strike spreads\n\nA strike at the port of Hanwol spread today, with "
               "more than 6,000 dockers now refusing to work, the port authority said. It "
               "began on Friday when some 900 crane drivers stopped work, demanding a 20% "
               "pay rise.\n")
    assert _p(f) == 6000


def test_members_balloted_and_pension_scheme_members_are_not_participants():
    f = _facts("Council staff back strike over pensions\n\nCouncil workers have voted for "
               "strike action over pension changes, their union said. About 260,000 members "
               "were balloted. No date has been set for a walkout.\n\nThe pension scheme has "
               "1.2 million members.\n")
    assert _p(f) is None


def test_those_who_had_taken_part_outnumber_a_vague_crowd():
    f = _facts("Teachers strike\n\nThousands of teachers held a one-day strike on Wednesday "
               "against school reforms.\n\nThe strike was the first since the government took "
               "office. It was called by the largest teachers' union.\n\nThe union said "
               "nearly 14,000 teachers in 900 schools had taken part.\n")
    assert _p(f) == 14000


@pytest.mark.parametrize("text", [
    "Oil workers suspend strike\n\nThe oil workers' union has suspended its planned strike "
    "after the company agreed to recall 230 workers retrenched last month.\n",
    "Dock strike averted\n\nA planned dock strike was called off after the port agreed to "
    "reinstate some 60 crane drivers who were sacked in May.\n",
])
def test_dismissed_or_recalled_workers_are_not_participants(text):
    assert _p(_facts(text)) is None


@pytest.mark.parametrize("text, expected", [
    ("date 1987-08-14 SHIPYARD STRIKE GOES ON AS TALKS FAIL\nBUSAN, Aug 14 - Some 3,000 striking "
     "shipyard workers stayed out today. Talks with the Hanjin "
     "Workers Union broke down late yesterday when the company raised its offer to seven pct "
     "against the union's demand for 22 pct, union officials said.\n", (22.0, 7.0)),
    ("Bus strike goes on\n\nBus drivers in Dunmore stayed on strike for a third day. "
     "Negotiations with the drivers' union collapsed on Monday before the "
     "operator could improve its offer of 3% against a union claim of 8%.\n", (8.0, 3.0)),
])
def test_its_offer_belongs_to_the_subject_of_a_when_or_before_clause(text, expected):
    assert _w(_facts(text, published="1987-08-14")) == expected
