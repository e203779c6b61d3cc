"""Dates in wire and broadcast copy: a planned action's day told after the places it hits.
Articles written for these tests (invented names; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _dates(text: str, published: str):
    f = extract_article(Article(id="w", text=text, published=published))
    return (f.start_date.value if f.start_date else None, f.end_date.value if f.end_date else None)


@pytest.mark.parametrize("lead", [
    "Unions called a one-day strike at the Ravona carmaker's Brenna plant in northern Italy on "
    "Oct. 9 over the lack of new models, a union official said on Friday.",
    "The union of the Hoshida department store chain said on Friday it will go on strike at the "
    "chain's flagship store in central Osaka on Monday, the first such action in decades.",
    "Metalworkers will hold a four-hour stoppage across the group's three foundries in the north "
    "on Oct. 9, their union said on Friday.",
])
def test_a_planned_action_dated_after_its_places_starts_that_day(lead):
    text = ("Unions call strike at carmaker's plant\n\nPublished: 2023-10-07\n\n"
            f"MILAN - {lead}\n\n"
            "The unions said the company had given no details of future production at the site.\n\n"
            "The company was not immediately available for comment.\n")
    start, _ = _dates(text, "2023-10-07")
    assert start == "2023-10-09"


def test_the_day_of_a_statement_is_no_start_of_an_authorized_action():
    text = ("Gas workers vote to allow strike\n\nPublished: 2023-08-24\n\n"
            "PERTH, Aug 24 - Workers at the Tarrow gas plant on Thursday voted to allow their "
            "unions to call a strike if needed, as talks on pay continue.\n\n"
            "More than 95% of the 300 workers who voted backed action, which could range from "
            "bans on loading ships to full work stoppages, according to a statement from the union "
            "on Thursday.\n")
    start, _ = _dates(text, "2023-08-24")
    assert start is None


def test_a_protest_still_under_way_days_after_it_began_is_no_one_day_action():
    text = ("SIT-IN SPREADS AT SHIPYARD\n\nPublished: 1987-08-11\n\n"
            "PUSAN, Aug 11 - A sit-in by workers at the Haedong shipyard spread to the whole yard "
            "today, with more than 5,000 workers now refusing to work, a company spokesman said.\n\n"
            "The protest began on Saturday when some 1,500 welders and fitters occupied the dry dock, "
            "demanding a 20 pct pay rise and the right to form their own union.\n\n"
            "Leaders of the workers' new union said they had asked to meet the company president "
            "over pay, but the company says it will talk only to its own labour council.\n")
    start, end = _dates(text, "1987-08-11")
    assert start == "1987-08-08"
    assert end is None


@pytest.mark.parametrize("lead, start", [
    ("A national strike over the government's pension plans severely disrupted air and rail "
     "traffic across the country on Monday, and closed many schools.", "2025-01-13"),
    ("A strike by dockers over pay halted shipping at the country's three biggest container "
     "ports on Monday, the port authority said.", "2025-01-13"),
])
def test_a_day_told_after_the_action_and_its_impact_is_a_day_under_way(lead, start):
    text = ("Strike disrupts traffic\n\nPublished: 2025-01-13\n\n"
            f"BRUSSELS - {lead}\n\n"
            "The unions, which called the action, say the plans would force people to work longer "
            "for smaller pensions.\n\n"
            "Thousands of workers were expected to march through the capital later in the day.\n")
    got, _ = _dates(text, "2025-01-13")
    assert got == start


@pytest.mark.parametrize("since", [
    "About 90 public health nurses have been off the job since March 4, and have worked "
    "without a contract since last spring.",
    "The 90 nurses have been out since March 4 over pay, their union said.",
])
def test_off_the_job_since_a_day_is_the_start(since):
    text = ("Nurses' strike goes on\n\nPublished: 2019-05-08\n\n"
            f"WINDSOR, Ont. - {since}\n\n"
            "The strike has cancelled school immunization clinics across the county, the health "
            "unit said.\n\n"
            "Talks with a mediator resumed on Tuesday.\n")
    start, _ = _dates(text, "2019-05-08")
    assert start == "2019-03-04"


def test_a_quoted_call_to_go_back_to_work_tomorrow_ends_the_action_today():
    text = ("Rail union calls off strike\n\nPublished: 2022-10-19\n\n"
            "JOHANNESBURG - The second union at the state rail and ports company called off its "
            "strike after most of its members signed a new wage deal.\n\n"
            "The strike, which the bigger union began on Oct. 6, has cut exports of coal and ore.\n\n"
            "\"We have asked all our members to go back to work tomorrow morning,\" a spokeswoman "
            "for the union said by phone.\n")
    start, end = _dates(text, "2022-10-19")
    assert start == "2022-10-06"
    assert end == "2022-10-19"


@pytest.mark.parametrize("lead", [
    "A 24-hour general strike against government pay curbs shut banks, schools and ministries "
    "across Valdoria today and halted most buses in the capital.",
    "A one-day stoppage by public sector staff closed post offices, tax offices and state schools "
    "in the north today, union officials said.",
])
def test_a_one_day_action_whose_impact_lists_several_objects_is_dated_that_day(lead):
    text = ("GENERAL STRIKE SHUTS BANKS\nPORTO VERDE, March 4 - " + lead + "\n"
            "    The union said the stoppage was backed by most workers. The government said it "
            "would not change its plans.\n REUTER\n")
    assert _dates(text, "1987-03-04") == ("1987-03-04", "1987-03-04")
