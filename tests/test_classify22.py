"""is_labor_action on short wire items (issue 14, round 22): the probes of
``tests/classify22_probes.py`` (invented Reuters 1987 and BBC 2004-05 items: actions ended,
called off or settled, lightning strikes, sit-ins, go-slows, overtime bans, work-to-rule,
lockouts, general strikes, a strike told inside a commodity story, in many countries; and their
look-alikes), run as ``picketline extract`` reads a folder of .txt files. Every name is
invented; no text comes from an evaluation set."""
from __future__ import annotations

import pytest

from picketline.cascade import might_be_labor
from picketline.extract import classify
from picketline.ingest.seed import parse_seed_text
from picketline.nlp import Context

from classify22_probes import LABOR, NOT_LABOR


def labor(text: str) -> bool:
    if not might_be_labor(text):
        return False
    return classify.is_labor_action(Context(parse_seed_text(text, "probe"))).value


@pytest.mark.parametrize("name", LABOR)
def test_labor_action_probe(name):
    assert labor(LABOR[name]), name


# an undated BBC history piece ("In 1926 some 1.7 million workers took part in the general
# strike"): with no publication year, the year of the action cannot be told to be earlier
UNDATED_HISTORY = {"history_1926"}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="undated history: no publication year"))
    if n in UNDATED_HISTORY else n for n in NOT_LABOR])
def test_look_alike_probe(name):
    assert not labor(NOT_LABOR[name]), name


# --- the families fixed this round, one sentence at a time ----------------------------------
@pytest.mark.parametrize("sentence", [
    "The Moorabool coal mine has been shut because of a strike, its owner said today.",
    "Southern Andes Copper Corp has declared force majeure on copper shipments because of a strike.",
    "Copper shipments from the port were suspended today because of a strike.",
    "Output at the Trail Creek smelter was halted by a strike on Monday.",
    "Ecuador's main refinery was closed today by a strike which began on Friday.",
    "Grain freight rates firmed today as a strike closed the ports of Fremantle and Geelong.",
    "Production at the Valencia plant has been hit by a strike.",
    "The Rio Blanco copper mine resumed production today after a 12-day strike.",
    "Its Sudbury nickel operations remained strikebound.",
    "Freight rates firm on Australian port strike.",
])
def test_a_strike_that_stops_work_is_in_labor_context(sentence):
    assert classify.labor_context(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "A lightning strike shut the refinery.",
    "Air strikes halted the rebel advance.",
    "Lakeview reported a rich gold strike on its property.",
    "Output was cut because of floods.",
    "Year-ago output was hit by last year's strike.",
])
def test_no_stop_by_an_action_no_context(sentence):
    assert not classify.labor_context(sentence), sentence


def test_players_locked_out_by_their_league_are_workers():
    text = ("Ice hockey league locks out players\n\nThe Northern Hockey League has locked out "
            "its players after talks on a salary cap broke down.\n\nThe players' association "
            "said the owners wanted to cut pay.\n")
    assert labor(text)
    # fans locked out of a ground are no workers
    fans = ("Fans locked out of stadium\n\nHundreds of fans were locked out of the stadium "
            "after the gates were shut early, the club said.\n")
    assert not labor(fans)


def test_employers_forecasting_strikes_report_no_action():
    assert not labor(" date 1987-09-02 INDUSTRY FEARS STRIKE WAVE\nThe Chamber of Industry "
                     "warned that more strikes could follow if\nwage controls were lifted.\n REUTER\n")
    # a union's or workers' warning is their threat
    assert labor(" date 1987-09-02 DOCKERS WARN OF STRIKE\nDockers at Valport warned today that "
                 "they would\nstrike on Monday unless the port authority paid a\nbonus, their "
                 "union said.\n REUTER\n")


def test_a_brief_of_workers_marching_over_their_jobs():
    assert labor(" date 1987-04-03 MINERS MARCH ON CAPITAL\nAbout 3,000 miners marched through "
                 "Oruro today to\nprotest against the planned closure of four tin mines,\npolice "
                 "said.\n REUTER\n")
    assert not labor(" date 1987-04-03 CROWDS MARCH IN CAPITAL\nAbout 3,000 miners marched "
                     "through Oruro today to\ncelebrate the town's football victory, police said.\n REUTER\n")
