"""Participants and demands in public-sector and developing-country copy: the stay-away
wording of a stoppage (stayed away from classrooms, did not report for duty, laid down tools,
withdrew their services, heeded the strike call), a part of a whole ("8,500 out of 10,000"),
workforces and those asked to strike; the pay, pension and job-security wording of those
countries (arrears, gratuity, provident fund, regularisation of casual staff) and its cues.
Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article, issues, numbers
from picketline.model import Article, ArticleFacts
from picketline.nlp import Context


def _p(text: str) -> int | None:
    f = extract_article(Article(id="w", text=text, published="2023-05-10"))
    return f.participants.value if f.participants else None


def _demands(text: str) -> set[str]:
    ctx = Context(Article(id="w", text=text, published="2023-05-10"))
    facts = ArticleFacts(id="w")
    facts.wage_demand_pct, facts.wage_offer_pct = numbers.wages(ctx, facts)
    return {f.value for f in issues.demands(ctx, facts)}


_LEAD = ("Teachers in Ostrava went on strike on Monday. The Ostrava Teachers Union has 90,000 "
         "members. ")


# --- participants: the stay-away family ties the count to the action (beats the union's size)
@pytest.mark.parametrize("clause,expected", [
    ("Some 12,000 teachers stayed away from classrooms on Monday.", 12000),
    ("About 12,000 teachers did not report for duty on Monday.", 12000),
    ("Over 12,000 teachers failed to turn up for work on Monday.", 12000),
    ("About 12,000 teachers laid down their tools on Monday.", 12000),
    ("Some 12,000 lecturers boycotted classes on Monday.", 12000),
    ("Some 12,000 teachers absented themselves from work on Monday.", 12000),
    ("Some 12,000 teachers kept away from their classrooms on Monday.", 12000),
    ("Some 12,000 civil servants withdrew their services on Monday.", 12000),
    ("Some 12,000 teachers observed the stay-away on Monday.", 12000),
    ("The union said 8,500 out of 12,000 teachers had joined the strike.", 8500),
])
def test_stay_away_counts_are_those_out(clause: str, expected: int) -> None:
    text = "date 2023-05-10 Teachers strike in Ostrava\n\n" + _LEAD + clause + "\n"
    assert _p(text) == expected


def test_civil_servants_are_workers() -> None:
    assert _p("date 2023-05-10 Civil servants strike\n\nThe federation, which has 200,000 "
              "members, called the strike.\nSome 60,000 civil servants walked out on "
              "Monday.\n") == 60000


# --- participants: precision
@pytest.mark.parametrize("text", [
    # a workforce
    "date 2023-05-10 Civil servants strike\n\nCivil servants in Marlo went on strike on "
    "Monday. The state has 300,000 civil servants, and it spends half its budget on them.\n",
    "date 2023-05-10 Doctors strike\n\nDoctors in Marlo went on strike on Monday. The country "
    "of 20 million people has only 4,000 doctors.\n",
    # those at work, or asked to strike
    "date 2023-05-10 Nurses strike\n\nNurses went on strike on Monday. The ministry said "
    "3,000 nurses reported for duty as usual.\n",
    "date 2023-05-10 Nurses strike\n\nNurses went on strike on Monday. About 500 nurses did "
    "not join the strike.\n",
])
def test_workforces_and_those_at_work_are_not_participants(text: str) -> None:
    assert _p(text) is None


def test_those_asked_to_stay_away_are_not_counted_when_only_threatened() -> None:
    text = ("date 2023-05-10 Teachers threaten strike\n\nThe Ostrava Teachers Union threatened "
            "a strike from June 1. It said it would ask its 250,000 members to stay away from "
            "classrooms if the ministry does not pay their arrears.\n")
    assert _p(text) is None


# --- demands: wording of pay, pensions and job security
@pytest.mark.parametrize("text,expected", [
    ("Teachers are demanding their promotion arrears.", {"pay"}),
    ("Council staff are demanding payment of their gratuity.", {"pensions_retirement"}),
    ("Miners want the remittance of their provident fund contributions.",
     {"pensions_retirement"}),
    ("Clerks are demanding the regularisation of contract workers.", {"job_security"}),
    ("The union wants casual workers to be made permanent.", {"job_security"}),
    ("The union demands the confirmation of temporary staff.", {"job_security"}),
    ("Linemen struck against the sale of the state power company.", {"other"}),
    ("The union wants the ministry to honour the 2019 agreement it signed.", {"other"}),
])
def test_world_demand_wording(text: str, expected: set[str]) -> None:
    assert _demands(text) == expected


# --- demands: cues of world copy
@pytest.mark.parametrize("text,expected", [
    # an employer word where the workers work is not the subject of the cue
    ("Nurses at state hospitals are demanding the payment of salary arrears.", {"pay"}),
    ("Nurses at the hospital want more staff.", {"staffing"}),
    # (an allowance paid for where or when the work is done, as a hardship or duty-hours
    # allowance, is pay, as the blind-written sets' gold codes it; a housing allowance stays
    # a benefit)
    ("More than 4,000 doctors downed tools on Wednesday at public hospitals to press for a "
     "review of their hardship allowance.", {"pay"}),
    ("More than 4,000 doctors downed tools on Wednesday at public hospitals to press for a "
     "review of their housing allowance.", {"benefits"}),
    # ... or the object of their own action, however long the phrase before the cue
    ("Some 200 employees of the Lantern Inn in the old town picketed the hotel's entrance "
     "for a second day on Tuesday, demanding a promised cost-of-living allowance.", {"pay"}),
    ("Port workers occupied the company's offices on Monday to press for payment of their "
     "gratuity.", {"pensions_retirement"}),
    # the cause in a relative clause
    ("About 1,200 porters took part in the strike, which the union called over salary "
     "arrears.", {"pay"}),
    # a negative condition
    ("The congress threatened a nationwide strike if the government does not raise the "
     "minimum wage to 90,000 a month.", {"pay"}),
    # stay-away verbs with 'over'
    ("Nurses stayed away from their wards over delayed salaries.", {"pay"}),
])
def test_world_demand_cues(text: str, expected: set[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize("text", [
    "The hospital said it wants a review of allowances.",
    "The strike, which began over the weekend, has closed schools.",
    "Parents kept away from the school over safety fears.",
    "Students boycotted classes over the increase in fees.",
    "The minister said he would call in the army if the strikers do not return to work.",
])
def test_world_demand_cues_precision(text: str) -> None:
    assert _demands(text) == set()
