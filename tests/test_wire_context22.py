"""Round 8 (session 13): wire leads whose labor sense or state is told by shape, not by a
listed phrase. Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.extract.classify import status_votes
from picketline.model import Article
from probes import employers_of


def facts(text: str, nlp, published: str | None = "1987-07-08"):
    return extract_article(Article(id="t", text=text, published=published), nlp)


def val(f):
    return f.value if f else None


# --- a strike placed at a mine, plant or mill is a labor action with no worker word -----------
@pytest.mark.parametrize("lead", [
    "A 10-day strike at a coal mine in Westland ended today.",
    "A 10-day strike at Kell Mining Co's Redhill mine in Westland ended today.",
    "The stoppage at the Norvik smelter entered its third day today.",
])
def test_action_at_a_workplace_is_labor(nlp, lead):
    f = facts(f"NORVIK STRIKE NEWS\n {lead}\n REUTER", nlp)
    assert val(f.is_labor_action) is True


@pytest.mark.parametrize("text", [
    "GOLD FIND\n The company reported a rich gold strike at its new mine in Westland.\n REUTER",
    "POWER CUT\n A lightning strike at the plant knocked out power today.\n REUTER",
    "RAIDS\n Jets carried out a strike on a chemical plant today.\n REUTER",
    "Brewer's profits recover after strike\n\nProfits at Kellby Brewing rose 12% as the brewer "
    "recovered from last year's strike at its Ravensport plant.\n\nSales of cask ales rose 7%.",
])
def test_other_senses_and_past_strikes_at_a_workplace_are_not(nlp, text):
    assert val(facts(text, nlp).is_labor_action) is False


def test_long_subject_before_ended_gives_the_end_day(nlp):
    f = facts("WESTLAND COAL STRIKE ENDS\n A 10-day strike at Kell Mining Co's Redhill mine in "
              "Westland ended today when 800 miners voted to accept a company offer.\n REUTER", nlp)
    assert val(f.status) == "ended"
    assert val(f.end_date) == "1987-07-08"
    assert val(f.start_date) == "1987-06-29"


# --- "workers at <place> struck": the place between the actors and the verb -------------------
@pytest.mark.parametrize("sentence", [
    "Two thousand meat workers at six freezing works in the Southland region struck for 48 hours today.",
    "Some 12,000 textile workers in the western province of Norland struck today after talks broke down.",
    "Dock workers at the port of Kellby struck, the union said.",
])
def test_workers_somewhere_struck_is_ongoing(sentence):
    assert [st for st, _ in status_votes(sentence)] == ["ongoing"]


@pytest.mark.parametrize("sentence", [
    "Workers at the plant struck a deal with the company.",
    "Workers at the mine said lightning struck a tower.",
    "Workers at the plant were struck by falling debris.",
])
def test_other_struck_is_no_vote(sentence):
    assert status_votes(sentence) == ()


# --- "a strike by <workers> ... disrupted": the impact after the actors' phrase ---------------
def test_strike_by_workers_disrupting_is_ongoing(nlp):
    f = facts("NORDLAND RAIL STRIKE\n A 24-hour strike by Nordland railway workers against "
              "spending cuts disrupted trains today, the state railway said.\n REUTER", nlp,
              published="1987-04-22")
    assert val(f.status) == "ongoing"
    assert val(f.start_date) == "1987-04-22"


@pytest.mark.parametrize("sentence", [
    "A strike by railway workers could disrupt trains next week.",
    "A strike by dockers threatened to halt exports.",
])
def test_strike_by_workers_with_modal_or_threat_is_not_ongoing(sentence):
    assert "ongoing" not in [st for st, _ in status_votes(sentence)]


# --- football signings ---------------------------------------------------------------------
def test_strikers_signed_by_a_club_are_no_labor_action(nlp):
    f = facts("Strikers sign for Northam\n\nNortham have signed two strikers for a combined "
              "£20m, the club confirmed on Tuesday.", nlp, published=None)
    assert val(f.is_labor_action) is False


# --- a fraction of a stated workforce is the count out ---------------------------------------
@pytest.mark.parametrize("lead, count", [
    ("A strike by half of the 30,000 workers at Norvik Motors' Kellby plant halted output today, "
     "the metalworkers' union said.", 15000),
    ("About a third of the plant's 9,000 workers stayed away today, the union said.", 3000),
    ("Two-thirds of the 1,200 dockers at the port struck today, the union said.", 800),
    ("Some 60 pct of the 5,000 miners struck today, the union said.", 3000),
])
def test_share_of_a_workforce(nlp, lead, count):
    f = facts(f"NORVIK STRIKE HALTS OUTPUT\n {lead}\n REUTER", nlp, published="1987-09-14")
    assert val(f.participants) == pytest.approx(count, rel=0.01)


# --- "walked out a week ago": the start counted back from publication --------------------------
@pytest.mark.parametrize("when, start", [
    ("a week ago", "1987-01-13"),
    ("two days ago", "1987-01-18"),
    ("5 days ago", "1987-01-15"),
])
def test_walked_out_some_days_ago(nlp, when, start):
    f = facts("NORLAND NURSES ORDERED BACK\n The government today ordered striking nurses back to "
              f"work.\n    Nurses at the Kellby general hospital walked out {when} over pay arrears.\n REUTER",
              nlp, published="1987-01-20")
    assert val(f.start_date) == start
    assert val(f.status) == "ongoing"


# --- a strike that spread or continued today began earlier -----------------------------------
@pytest.mark.parametrize("lead", [
    "A strike by Norland slaughterhouse workers spread today to five more plants, the union said.",
    "A strike by Norland slaughterhouse workers continued today at ten plants, the union said.",
    "The slaughterhouse strike spread to five more plants today, the union said.",
])
def test_a_strike_going_on_today_has_no_start_today(nlp, lead):
    f = facts(f"NORLAND MEAT STRIKE\n {lead}\n REUTER", nlp, published="1987-06-30")
    assert val(f.status) == "ongoing"
    assert f.start_date is None


def test_a_strike_begun_today_still_starts_today(nlp):
    f = facts("NORLAND MEAT STRIKE\n Norland slaughterhouse workers walked out today at ten plants, "
              "the union said.\n REUTER", nlp, published="1987-06-30")
    assert val(f.start_date) == "1987-06-30"


# --- a short action of any number of hours, told in the past, is over -------------------------
@pytest.mark.parametrize("length", ["nine-hour", "five-hour", "90-minute"])
def test_a_short_strike_told_in_the_past_is_over(nlp, length):
    f = facts(f"Firefighters in Kellshire strike\n\nFirefighters across Kellshire staged a {length} "
              "strike on Tuesday.\n\nAround 1,700 firefighters were involved, the union said.",
              nlp, published=None)
    assert val(f.status) == "ended"


# --- "will strike on <day> if its demand ... is not met": a threat --------------------------
def test_a_strike_date_with_an_unmet_demand_condition_is_a_threat():
    votes = status_votes("The telephone workers' union said it would strike Norland Telecom on "
                         "September 1 if its demand for a 30 pct wage increase is not met.")
    assert {st for st, _ in votes} == {"threatened"}


# --- "X and Y Ltd" where Y is only trade words: one firm ---------------------------------
@pytest.mark.parametrize("firm, expected", [
    ("Norvik Shipbuilding and Heavy Machinery Ltd", ["Norvik Shipbuilding and Heavy Machinery Ltd"]),
    ("Kell Engineering and Construction Co", ["Kell Engineering and Construction Co"]),
    ("Alder Mills and Birch Paper Co", ["Alder Mills", "Birch Paper Co"]),
])
def test_a_firm_whose_name_holds_and(nlp, firm, expected):
    text = f"NORVIK STRIKE\n Some 2,000 workers at {firm} struck today, the union said.\n REUTER"
    assert sorted(employers_of(text, nlp, "1987-02-10")) == sorted(expected)


# --- "staff employed by <kind of firm> X": the employer -------------------------------------
@pytest.mark.parametrize("lead, firm", [
    ("Some 400 staff employed by ground handling firm Skyserve backed action by four to one.", "Skyserve"),
    ("Drivers employed by bus operator Norbus walked out on Monday over pay.", "Norbus"),
    ("Hospital cleaners employed by contractor Brightclean walked out on Monday over pay.", "Brightclean"),
])
def test_workers_employed_by_a_firm(nlp, lead, firm):
    text = f"Staff walk out in pay row\n\n{lead}\n\nThe union said the 2% offer was an insult."
    assert employers_of(text, nlp, "2005-03-04") == [firm]
