"""Labor action and status on wire and broadcast copy: a strike of another sense told again as
"the strike", a plan told as a possibility or a readiness. Articles and sentences written for
these tests (invented names), never taken from an evaluation set."""
from __future__ import annotations

import pytest

from picketline.extract import classify
from picketline.model import Article
from picketline.nlp import Context


def story(headline: str, *body: str, date: str | None = "2004-11-10") -> Article:
    stamp = f"Published: {date}\n\n" if date else ""
    return Article(id="s", text=f"{headline}\n{stamp}" + "\n\n".join(body), published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


# --- a strike of another sense, named again as "the strike" ---------------------------------------
@pytest.mark.parametrize("headline, lead, again", [
    ("Air strike hits rebel arms dump, army says",
     "Government jets carried out an air strike on a rebel arms dump in the hills before dawn on "
     "Tuesday, the army said, and about 300 staff at a nearby cement works were sent home.",
     "The strike, flown by four jets at about 3 a.m. local time, destroyed two storage sheds, and "
     "the works' employees were told to stay away for a second day after the strike."),
    ("Lightning strike sets school ablaze; factory workers evacuated",
     "Lightning hit a village school in the storms on Monday night in a strike that burned its roof, "
     "and a second strike cut power to a bottling plant, where 90 workers on the night shift "
     "walked out of the building into the yard.",
     "The plant's staff went back in after the strike on the power line was repaired, and the "
     "company said the shift was paid in full."),
])
def test_a_strike_of_another_sense_told_again_is_no_labor_action(headline, lead, again):
    a = story(headline, lead, again,
              "Officials said the damage would take weeks to repair.",
              "Nobody was hurt, the authorities said.")
    assert not labor(a)


def test_a_stoppage_beside_an_air_strike_is_labor_when_a_union_is_named():
    a = story("Air strike hits depot; dockers strike over pay",
              "An air strike hit a fuel depot near the port on Tuesday, the army said.",
              "Separately, 2,000 dockers of the Port Workers Union went on strike on Tuesday over "
              "pay, closing the harbour.",
              "The union said the strike would last until the employers improved their 3 pct offer.")
    assert labor(a)


# --- a plan told as a possibility or a readiness: a threat with a deadline -------------------------
@pytest.mark.parametrize("text", [
    "The journalists' union has announced a possible strike on May 10 over pay rises set by the agency.",
    "Some 40,000 car workers are prepared to strike Thursday night if their union does not reach a deal with the carmakers.",
    "Cabin crew say they are ready to walk out on Friday unless the airline improves its offer.",
    "Hospital porters face a potential 48-hour stoppage from Monday, the union said.",
])
def test_a_possible_or_ready_action_with_a_date_is_threatened(text):
    states = {st for st, _ in classify.status_votes(text)}
    assert "threatened" in states
    assert "scheduled" not in states


def test_a_plain_dated_action_stays_scheduled():
    states = {st for st, _ in classify.status_votes("The union announced a strike on May 10 over pay.")}
    assert "scheduled" in states


# --- a stoppage told by "stopped work", or told as indefinite: under way ---------------------------
@pytest.mark.parametrize("text", [
    "About 1,900 of the smelter's 2,600 workers stopped work yesterday, industry sources said.",
    "Dockers halted work at the port of Valdora on Monday over a pay offer.",
    "Union leader Tomas Ibarra said the strike was indefinite.",
    "The walkout is open-ended, the union said.",
])
def test_stopped_work_or_an_indefinite_action_is_ongoing(text):
    assert "ongoing" in {st for st, _ in classify.status_votes(text)}


def test_an_indefinite_plan_is_not_under_way():
    assert "ongoing" not in {st for st, _ in classify.status_votes(
        "The union said the strike would be indefinite if it goes ahead next week.")}


# --- explainers: a law's taking effect and counts of strikes fix no action in time ----------------
def test_a_question_and_answer_guide_to_strike_law_is_no_labor_action():
    a = story("Q&A: New picketing rules",
              "New rules on how unions must run picket lines come into force next month. Here is a "
              "guide to what they mean.",
              "What is changing?",
              "Unions will have to give employers 14 days' notice before any industrial action "
              "begins, and name a picket supervisor at each site.",
              "What about strike pay?",
              "Workers on strike receive no wages from the employer, though many unions pay a "
              "small daily sum to members who take part in a strike.",
              "Can workers be dismissed for striking?",
              "Workers taking part in lawful industrial action are protected from dismissal for "
              "the first 12 weeks of a strike.",
              "How common are strikes?",
              "About 650,000 working days were lost to strikes last year, far fewer than in the 1970s.",
              date=None)
    assert not labor(a)


def test_a_guide_beside_a_dated_strike_is_still_labor():
    a = story("Q&A: Why are the bus drivers striking?",
              "Bus drivers in Harwick walked out yesterday over pay. Here is a guide to the dispute.",
              "What do the drivers want?",
              "The drivers' union wants a 6% rise; the operator has offered 3%.",
              "How long will it last?",
              "The union says the strike will go on until the operator improves its offer.",
              "What are my rights?",
              "Passengers with season tickets can claim a refund for each day of the strike.")
    assert labor(a)


# --- an action remembered by its anniversary ------------------------------------------------------
def test_a_commemoration_of_an_old_strike_is_no_labor_action():
    a = story("Mill town marks centenary of great weavers' strike",
              "Several hundred people gathered in Holtby on Saturday to mark 100 years since a "
              "weavers' strike that closed the town's mills for eleven weeks.",
              "In the spring of 1905 some 2,400 weavers walked out after the mill owners cut piece "
              "rates, in one of the longest disputes the valley had seen.",
              "The strikers, led by the Holtby Weavers' Association, marched daily through the town "
              "while the owners brought in labour from other counties to break the strike.",
              "A new display at the town library shows the association's banner and letters written "
              "by strikers' families.",
              "Among those at Saturday's event was a granddaughter of one of the strike leaders.",
              date="2005-05-16")
    assert not labor(a)


def test_an_action_held_on_an_anniversary_is_still_labor():
    a = story("Dockers strike on anniversary of port sale",
              "Some 1,200 dockers at Carrow walked out on Monday, the tenth anniversary of the "
              "port's sale, in a dispute over pay, their union said.",
              "The Port Workers' Union said the strike would continue until the owners improved "
              "their 2% offer.",
              "Ships were queueing outside the harbour, the port said.",
              date="2005-05-17")
    assert labor(a)


# --- a deal or vote told as ending a span of action, or bringing it to an end -----------------
@pytest.mark.parametrize("lead", [
    "Employers and unions in the region's engineering industry reached a pay deal today, ending "
    "weeks of warning strikes at hundreds of plants.",
    "The agreement, reached after 16 hours of talks, ended months of rolling strikes at the "
    "group's factories in the north.",
    "Cabin crew at the Korvel airline voted on Saturday to accept a compromise deal and bring "
    "their 10-day strike to an end.",
    "A new contract signed on Friday brought the two-week Brenna dock stoppage to a close.",
])
def test_a_deal_ending_a_span_of_action_is_ended(lead):
    from picketline.extract import extract_article
    a = story("Pay deal reached after strikes", lead,
              "The agreement gives about 70,000 workers a rise of 3.1% from April, the union said.")
    f = extract_article(a)
    assert f.status is not None and f.status.value == "ended"
