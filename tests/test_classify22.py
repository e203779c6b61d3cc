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
# strike"): with no publication year, the year of the action cannot be told to be earlier; its
# headline "Remembering the general strike" now marks it a memory (labor.history.anniversary),
# so no probe is left expected to fail
UNDATED_HISTORY: set[str] = set()


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


# --- one-sentence wire briefs under a headline that names no action ------------------------
def brief(sentence: str, headline: str = "MINE NEWS") -> str:
    import textwrap
    return f" date 1987-05-12 {headline}\n" + "\n".join(textwrap.wrap(sentence, 62)) + "\n REUTER\n"


BRIEFS = [
    "A 10-day coal mine strike ended today.",
    "A 10-day strike at a coal mine ended today.",
    "Work resumed today at the Vryburg colliery after a 10-day strike.",
    "A strike that closed the Vryburg colliery for 10 days ended today, the company said.",
    "The Vryburg colliery's 10-day strike is over.",
    "Output returned to normal at the Vryburg mine today after a 10-day strike ended.",
    "Production restarted at the Vryburg colliery today after the end of a 10-day strike.",
    "Vryburg Colliery said a strike cost it 40,000 tonnes of output this week.",
    "The Vryburg mine lost 40,000 tonnes of output this week because of a strike.",
    "Vryburg said output was down because of the continuing strike.",
    "A strike is continuing at the Vryburg colliery, the company said today.",
    "The strike at Vryburg is in its second week.",
    "Some 2,000 workers at the Vryburg colliery staged a sit-in underground today.",
    "A go-slow at Lagos port has delayed cocoa shipments for a week.",
    "Customs officers at Lagos port began a go-slow today.",
    "Services were disrupted by a work-to-rule.",
    "A lockout at the Vryburg plant entered its third week today.",
    # a cue phrase split by the wire's hard wrap ("an overtime\nban") still passes the cascade
    "Output at Vryburg has fallen since miners began an overtime ban last week.",
    "A 24-hour strike closed the Vryburg coal mine today.",
    "The Vryburg coal mine was closed today by a 24-hour strike.",
    "Vryburg Colliery locked out 2,000 workers today after a go-slow.",
    "The Vryburg colliery has been strikebound since May 2.",
]

NOT_BRIEFS = [
    "The company said earnings fell because of last year's strike.",
    "Exports fell because of air strikes on the port.",
    "Production was hit by power cuts and a lightning strike.",
    "Oil exports fell due to Iraqi strikes on Kharg Island.",
    "Gold output rose because of a rich gold strike at the new shaft.",
    "Options volume fell because of the new strike prices.",
    "The mine's gold strike lifted its shares.",
    "Iraq said its warplanes struck the Kharg terminal, halting loadings.",
    "Some 200 students at the Vryburg college staged a sit-in today.",
    "The army said its strikes had destroyed three rebel depots.",
    "The air strikes entered their second week.",
]


@pytest.mark.parametrize("sentence", BRIEFS)
def test_a_one_sentence_brief_of_an_action(sentence):
    assert labor(brief(sentence)), sentence


@pytest.mark.parametrize("sentence", NOT_BRIEFS)
def test_a_one_sentence_brief_of_another_sense(sentence):
    assert not labor(brief(sentence)), sentence


def test_the_cascade_reads_a_cue_phrase_across_a_wrapped_line():
    assert might_be_labor(" date 1987-05-12 MINE NEWS\nMiners began an overtime\nban last week.\n REUTER\n")
    # and an other-sense phrase across one ("struck\na deal") still covers its word
    assert not might_be_labor(" date 1987-05-12 DEAL\nThe two firms struck\na deal today.\n REUTER\n")


# --- a lead sentence of a brief, in Reuters and BBC dress -----------------------------------
def wire_brief(sentence: str) -> str:
    import textwrap
    return (" date 1987-05-12 UPDATE ON ECONOMY\n" + "\n".join(textwrap.wrap(sentence + " officials said today.", 62))
            + "\n    Further details were not immediately available.\n REUTER\n")


def bbc_brief(sentence: str) -> str:
    return "Latest news from the region\n\n" + sentence + "\n\nMore details are expected later.\n"


LEADS = [
    "About 20,000 teachers in Sao Paulo stayed off work for a third day,",
    "Sugar cane cutters on estates in Natal downed tools,",
    "About 3,000 workers occupied the Rio Tinto copper plant,",
    "Ecuador's unions held a 24-hour general strike against price rises,",
    "Transport came to a halt in Lima as unions staged a national stoppage,",
    "Air traffic controllers staged a go-slow that delayed flights at Athens airport,",
    "The state oil company locked out 1,200 refinery workers,",
]
NOT_LEADS = [
    "Doctors warned that a flu epidemic could strike the capital this winter,",
    "Iraqi jets struck an oil platform in the Gulf,",
    "About 80 political prisoners went on hunger strike,",
    "Students at the national university boycotted classes in protest against fee rises,",
    "The opposition staged a march through the capital against the election result,",
]


@pytest.mark.parametrize("sentence", LEADS)
@pytest.mark.parametrize("dress", [wire_brief, bbc_brief])
def test_a_brief_lead_of_an_action(sentence, dress):
    assert labor(dress(sentence)), sentence


@pytest.mark.parametrize("sentence", NOT_LEADS)
@pytest.mark.parametrize("dress", [wire_brief, bbc_brief])
def test_a_brief_lead_of_no_action(sentence, dress):
    assert not labor(dress(sentence)), sentence


# --- a past strike as the cause of a past period's figures, in a company story --------------
PAST_CAUSES = [
    "First-quarter output was cut by a strike at its Genk plant in January,",
    "The company said sales were hit by a strike at its main plant earlier in the year,",
    "Exports fell in the first half because of a dock strike in February,",
    "Production recovered in April after a strike in March closed the mine for two weeks,",
]


def company_story(sentence: str) -> str:
    import textwrap
    body = ["Volker AG plans to build a new car plant in Spain, chairman Hans Berg told the annual "
            "meeting today.", sentence + " he said.", "The plant will make 200,000 cars a year from 1990."]
    return (" date 1987-06-12 VOLKER PLANS NEW PLANT IN SPAIN\n"
            + "\n    ".join("\n".join(textwrap.wrap(p, 62)) for p in body) + "\n REUTER\n")


@pytest.mark.parametrize("sentence", PAST_CAUSES)
def test_a_past_strike_cutting_a_past_period_is_no_labor_story(sentence):
    assert not labor(company_story(sentence)), sentence


def test_a_strike_cutting_output_now_is_still_labor_context():
    assert classify.labor_context("Output at the Vryburg mine was cut this week by a strike, the company said.")
    assert classify.labor_context("The mine has been closed since June 3 by a strike.")


def test_a_plant_is_no_plan():
    # "plant" is no word of now or next: a 1926 strike at a plant is history
    assert classify.historical("The 1926 strike at the plant lasted nine days.", 2005)
