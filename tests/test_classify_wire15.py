"""Labor action and action type on wire and web copy: a law on strikes debated (no action), a
strike called over an attack on colleagues (violence words, no union named), a threatened strike
beside a supporters' rally, a protest held after an earlier strike threat. Articles and sentences
written for these tests (invented names), never taken from an evaluation set."""
from __future__ import annotations

import pytest

from picketline.extract import classify
from picketline.model import Article
from picketline.nlp import Context


def story(headline: str, *body: str, date: str | None = "2005-03-09") -> Article:
    stamp = f"Published: {date}\n\n" if date else ""
    return Article(id="s", text=f"{headline}\n{stamp}" + "\n\n".join(body), published=date, title=headline)


def labor(a: Article) -> bool:
    return classify.is_labor_action(Context(a)).value


def kind(a: Article) -> str | None:
    f = classify.action_type(Context(a))
    return f.value if f else None


# --- a law on strikes, debated: strikes as the law's matter, no action ------------------------------
LAW_STORIES = {
    "a bill on minimum services": story(
        "VALDORIAN DEPUTIES DEBATE STRIKE BILL",
        "The Valdorian assembly began debating on Tuesday a government bill that would oblige "
        "unions to keep minimum services during strikes at ports, clinics and power stations.",
        "The interior minister told deputies the bill was needed to shield travellers from "
        "stoppages that had repeatedly halted the ferries in recent summers.",
        "The leftist Workers' Confederation said the bill was an assault on the constitutional "
        "right to strike and would challenge it before the supreme court.",
        "The bill is expected to pass next month."),
    "a plan to curb sympathy strikes": story(
        "Government plan to curb strikes attacked",
        "Unions in Norlandia have attacked government proposals to limit sympathy strikes and "
        "boycotts used to press small firms into signing collective agreements.",
        "The labour minister, Petra Aslund, said the changes would protect small shops and "
        "cafes, and that wages would still be set by agreements between unions and employers.",
        "The union federation said the plans would tie the hands of workers.",
        "The employers' association welcomed the proposals but said they did not go far enough.",
        "Parliament will debate the plan in the spring.",
        "Opposition parties said they would vote against it.",
        "Experts said the plan followed several disputes in which small cafes had been "
        "boycotted by unions."),
    "a ban on strikes by prison guards": story(
        "Cabinet backs bill to outlaw strikes by prison guards",
        "The cabinet on Wednesday backed a bill that would outlaw strikes by prison guards and "
        "strip them of the right to strike in exchange for binding arbitration on pay.",
        "The guards' union said the bill was an attack on the right to strike and that it would "
        "lobby members of parliament to reject it.",
        "Ministers said the right to strike is not absolute in a service that keeps the public "
        "safe.",
        "The bill goes to parliament next week."),
    "a law passed on controllers' strikes": story(
        "Parliament passes law restricting strikes by air traffic controllers",
        "Tarvia's parliament on Thursday passed a law restricting strikes by air traffic "
        "controllers, who must now give 21 days' notice of any stoppage.",
        "The transport minister said the law would end the chaos of past summers, when "
        "stoppages grounded thousands of flights.",
        "The controllers' association said the law curbed the right to strike and it would "
        "consider a court challenge.",
        "The law takes effect in June."),
}


@pytest.mark.parametrize("name", LAW_STORIES)
def test_a_law_on_strikes_debated_is_no_labor_action(name):
    assert not labor(LAW_STORIES[name]), name


def test_unions_striking_against_a_strike_bill_are_a_labor_action():
    a = story("Dockers strike against bill to curb strikes",
              "Dockers at the port of Marvella went on strike on Tuesday against a government "
              "bill to curb strikes in essential services, the dockers' union said.",
              "The union said the bill was an attack on the constitutional right to strike.",
              "The stoppage will last 24 hours, union leaders said.")
    assert labor(a)


def test_unions_threatening_a_strike_over_a_strike_bill_are_a_labor_action():
    a = story("Unions threaten general strike over plan to curb strikes",
              "Valdorian unions threatened on Monday to call a general strike if the government "
              "goes ahead with its plan to restrict strikes in transport.",
              "The federation said a strike would be called within weeks of the bill's passage.",
              "The government said it would not back down.")
    assert labor(a)


def test_workers_marching_against_a_strike_bill_are_a_labor_action():
    a = story("Workers march against bill to curb strikes",
              "Thousands of workers marched through the capital on Saturday against a government "
              "bill to curb strikes, the union federation said.",
              "The federation called the bill an attack on the right to strike.",
              "Police said the march was peaceful.")
    assert labor(a)


def test_a_union_confirming_its_right_to_strike_by_a_vote_stays_a_labor_action():
    a = story("Retailer's staff union confirms right to strike over sale",
              "The staff union of the Kormak department store chain on Monday confirmed its right "
              "to strike over the planned sale of the chain to a private equity fund.",
              "The union had held a strike vote last week as part of its talks with the company "
              "to keep jobs.",
              "The company said it had been told of the result of the strike vote.")
    assert labor(a)


@pytest.mark.parametrize("text, words", [
    ("The federation called the bill an assault on the constitutional right to strike.", "right to strike"),
    ("Ministers unveiled plans to curb wildcat strikes on the buses.", "curb wildcat strikes"),
    ("The proposals would restrict walkouts and boycotts at small firms.", "restrict walkouts"),
])
def test_a_law_on_strikes_names_no_action_in_its_sentence(text, words):
    assert not any(words.startswith(h.text.lower()) or h.text.lower() in words
                   for h in classify.action_hits(text)), text


@pytest.mark.parametrize("text", [
    "Nurses at the clinic exercised their right to strike on Monday.",
    "The court banned the strike called by the pilots' union for Friday.",
])
def test_a_right_exercised_or_a_strike_banned_is_still_an_action(text):
    assert classify.action_hits(text)


# --- a strike over an attack on colleagues: violence words, no union named -------------------------
@pytest.mark.parametrize("headline, lead", [
    ("Assault on nurse sparks clinic strike",
     "KESTRAVAN - Junior nurses on Tuesday went on strike at the outpatient wards of the city's "
     "main clinics to protest against attacks on staff, leaving hundreds of patients waiting."),
    ("Bus drivers walk off the job after colleague stabbed",
     "ORMBURY - Bus drivers walked off the job across the city on Monday after a colleague was "
     "stabbed by a passenger on a night route, halting most services."),
])
def test_workers_striking_over_an_attack_on_colleagues_are_a_labor_action(headline, lead):
    a = story(headline, lead,
              "The strike also delayed operations and admissions, and many people were sent home.",
              "The drivers and nurses vowed to continue the strike until security is improved.",
              "Meanwhile, professional bodies held emergency meetings over the killing of a "
              "colleague last month and threats of violence.",
              "They condemned the killing and said the police had failed to protect the victims "
              "or arrest the attackers.",
              "They demanded armed guards at every site.")
    assert labor(a)


def test_in_an_attack_story_with_a_drone_strike_the_strike_told_again_is_the_drone_strike():
    # a quarry's workers on strike in the lead do not make the drone strike told again a stoppage
    a = story("Drone strike kills militants near border",
              "A drone strike killed six militants near the border on Monday, officials said, and "
              "workers on strike at a nearby quarry were evacuated as a precaution.",
              "The strike hit a compound used by the group, the army said.",
              "A second strike was reported later in the day, killing two more fighters.",
              "Officials said the attack followed a bombing that killed 12 soldiers last week.")
    counted = [s.text for s, _, _, _ in classify.labor_score(Context(a))[2]]
    assert not any(t.startswith(("The strike hit", "A second strike")) for t in counted)


# --- the main action: a threatened strike beside a rally; a protest beside an earlier threat ------
def test_a_headline_strike_threat_outweighs_a_supporters_rally():
    a = story("Ferry crews threaten summer strike over pay",
              "The Marvella ferry crews' union said on Monday it would go ahead with plans for a "
              "strike in July, accusing the operator of refusing to negotiate pay.",
              "About 200 union supporters staged a protest outside the operator's head office on "
              "Friday.",
              "The union said it may change its plans depending on talks with management.",
              "The proposed strike would run for two weeks in the peak season.")
    assert kind(a) == "strike"


def test_workers_who_protested_after_an_earlier_strike_threat_held_a_protest():
    a = story("Council workers protest over unpaid wages",
              "Council workers in the province of Ardena on Tuesday protested over unpaid wages "
              "and other alleged labor abuses, local media reported.",
              "The workers' protest came after a 10-day ultimatum they gave to the governor "
              "expired.",
              "In their protest, the workers also complained of unpaid pensions and demanded "
              "payment of the agreed minimum wage.",
              "Earlier, the workers had threatened to start a strike unless their demands were met.")
    assert kind(a) == "protest"


def test_a_rally_before_a_planned_strike_is_still_a_protest_when_the_headline_is_the_rally():
    a = story("Porters rally at hospital over pay",
              "About 400 hospital porters rallied outside the Ardena general hospital on Monday over "
              "pay, the porters' union said.",
              "They also backed a proposed strike next month if the hospital will not negotiate.",
              "The union said the rally was its largest in a decade.")
    assert kind(a) == "protest"
