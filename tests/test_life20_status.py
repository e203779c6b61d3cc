"""Labor actions and their state told in other words (life20): workers who vote an action with
no union named, workers reporting sick together, a call on a far condition, a rally held under
a present headline. Articles written for these tests (invented names and places; no text from
any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article

import probes


_facts = probes.life_of


@pytest.mark.parametrize("head, lead", [
    ("Midwives back action",
     "Midwives in the province of Ostmark have voted to take industrial action in a dispute over "
     "night-shift cover in maternity wards."),
    ("Tram drivers say yes to walkout",
     "Tram drivers in Velden voted by a large majority to strike over the new rosters, with no "
     "date yet fixed for the stoppage."),
    ("Cleaners vote for stoppages",
     "Hospital cleaners across Marrowshire have voted for a series of stoppages over pay, "
     "a meeting in Carden decided."),
])
def test_workers_who_vote_an_action_make_it_a_labor_action(head, lead):
    text = (f"{head}\n\n{lead}\n\n"
            "The health board said it was disappointed and urged staff to keep talking.\n")
    got = _facts(text)
    assert got["is_labor_action"] is True
    assert got["status"] == "authorized"


def test_a_state_wide_vote_has_the_state_and_its_own_government():
    text = ("Midwives back action\n\n"
            "Midwives in the Australian state of Tasmania have voted to take industrial action "
            "over staffing on maternity wards.\n\n"
            "A meeting in Hobart, attended by some 900 members of the Midwives' Guild, backed "
            "a motion allowing stoppages.\n\n"
            "The Tasmanian government has offered 2% a year.\n")
    f = extract_article(Article(id="l20", text=text))
    assert f.is_labor_action.value is True
    assert f.location.value.city is None and f.location.value.state == "TAS"
    assert [e.value for e in f.employers] == ["Tasmanian government"]


@pytest.mark.parametrize("lead", [
    "Dozens of trains were cancelled after about 200 signal engineers reported sick for a "
    "second day in a row.",
    "More than 400 air traffic assistants have reported sick since Monday, grounding flights "
    "at Kessel airport.",
    "Hundreds of prison officers phoned in sick on Tuesday in a protest over staffing.",
])
def test_workers_reporting_sick_together_are_on_a_sickout(lead):
    text = (f"Sick-out hits services\n\n{lead}\n\n"
            "Their union wants a 12% pay rise; management has offered 4% and called the "
            "action illegal.\n")
    got = _facts(text)
    assert got["is_labor_action"] is True
    assert got["action_type"] == "strike"
    assert got["status"] == "ongoing"


@pytest.mark.parametrize("lead", [
    "The Harbour Pilots Guild said today it would call a 24-hour strike at the port's three "
    "terminals if the North Valley Regional Port Authority went ahead with plans to cut 90 jobs.",
    "The Rail Signallers Union said it would call a 48-hour stoppage on the western lines if the "
    "Coastal Rail Operating Company pressed on with the new rosters.",
])
def test_a_call_on_a_far_condition_is_a_threat(lead):
    text = (f"UNION THREATENS STRIKE\n{lead}\n    The union did not set a date for any action.\n"
            "    The employer said the changes were needed.\n")
    assert _facts(text, "1988-05-10")["status"] == "threatened"


@pytest.mark.parametrize("head, lead", [
    ("PORTERS PICKET CITY HOSPITAL",
     "About 300 porters picketed St Aldric's Hospital in Danbury yesterday to press for a "
     "new rota and better pay, their union said."),
    ("Dutch cleaners march on The Hague",
     "Some 4,000 office cleaners have marched through the centre of the city in protest at "
     "plans to outsource their jobs."),
    ("Firefighters rally at parliament",
     "Hundreds of firefighters rallied outside the state parliament in Carden on Tuesday "
     "demanding more crews on night shifts."),
])
def test_a_rally_held_under_a_present_headline_is_over(head, lead):
    text = (f"{head}\n{lead}\n    Organisers said the protest was peaceful and did not "
            "disrupt services.\n")
    got = _facts(text, "1990-05-09")  # a Wednesday
    assert got["action_type"] == "protest"
    assert got["status"] == "ended"


@pytest.mark.parametrize("lead", [
    "Several hundred cannery workers have blocked a main road out of Port Ellis, demanding two "
    "months of unpaid wages.",
    "About 2,000 textile workers blockaded the two bridges into Ostrel on Tuesday over unpaid "
    "wages.",
])
def test_a_road_blocked_under_a_present_headline_is_a_protest_held(lead):
    text = (f"Unpaid workers protest over wages\n\n{lead}\n\n"
            "Police cleared the road after four hours; the factory owners were not available for "
            "comment.\n")
    got = _facts(text)
    assert got["action_type"] == "protest"
    assert got["status"] == "ended"
