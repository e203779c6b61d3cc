"""Status: a planned action with its condition after it ('will walk out on Monday unless the
board makes a new offer') is a threat. Articles written for these tests (invented names; no
text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _status(text: str, published: str):
    f = extract_article(Article(id="w", text=text, published=published))
    return f.status.value if f.status else None


@pytest.mark.parametrize("lead", [
    "Nurses at the Kellby district hospital will walk out on Monday unless the health board "
    "makes a new offer on pay, their union said today.",
    "The Tarrin Bus Workers Union said strike action would begin later this month if no new "
    "offer is made by the operators.",
    "Drivers at Lomax Freight will strike from March 20 if the company does not withdraw its "
    "plan to cut overtime rates, the union said.",
    "Miners at the Corvell pits will strike next week if the owners go ahead with plans to "
    "close two shafts, the union said.",
])
def test_a_plan_with_its_condition_after_it_is_a_threat(lead):
    text = ("UNION WARNS OF ACTION\n\nPublished: 1992-03-11\n\n"
            f"{lead}\n\n"
            "Talks broke down yesterday, the union said.\n")
    assert _status(text, "1992-03-11") == "threatened"


@pytest.mark.parametrize("lead", [
    "Nurses at the Kellby district hospital will walk out on Monday, their union said today.",
    "Drivers at Lomax Freight will strike from March 20 over overtime rates, the union said.",
])
def test_a_plan_with_no_condition_stays_scheduled(lead):
    text = ("UNION SETS STRIKE DATE\n\nPublished: 1992-03-11\n\n"
            f"{lead}\n\n"
            "Talks broke down yesterday, the union said.\n")
    assert _status(text, "1992-03-11") == "scheduled"


@pytest.mark.parametrize("lead", [
    "Dockers at the port of Salvena have voted to stage a three-day strike from next Monday, "
    "threatening exports from the country's main container terminal.",
    "Refinery workers at Norvale Petroleum will walk out for 48 hours from Tuesday, threatening "
    "fuel supplies across the north, their union said.",
    "Cabin crew at Aerolinea Castro will strike on Friday, threatening to disrupt flights to "
    "twelve cities, the union said.",
])
def test_the_action_threatening_output_is_no_threat_of_action(lead):
    text = ("WORKERS PLAN STRIKE\n\nPublished: 2005-03-08\n\n"
            f"{lead}\n\n"
            "The union is seeking a 7% pay rise; the company has offered 3%.\n")
    assert _status(text, "2005-03-08") == "scheduled"


@pytest.mark.parametrize("mandate", [
    "The union will ask its members to give it a strike mandate if the employers do not improve "
    "their offer.",
    "The union plans to seek a strike mandate from its members next month.",
])
def test_a_strike_mandate_still_to_be_sought_is_no_authorization(mandate):
    text = ("Hotel staff threaten strike\n\nPublished: 2005-02-14\n\n"
            "Workers at nine of Belmora's largest hotels have threatened to strike in a row over "
            "pay and split shifts.\n\n"
            f"{mandate}\n\n"
            "The employers' association said it still hoped for a deal.\n")
    assert _status(text, "2005-02-14") == "threatened"


@pytest.mark.parametrize("more", [
    "The union has announced two further stoppages for next week.",
    "Shop stewards have called three more 24-hour walkouts.",
])
def test_a_wave_of_short_actions_with_more_announced_is_under_way(more):
    text = ("Strike dents Corbell Tools output\n\nPublished: 2005-11-16\n\n"
            "Corbell Tools has cut its sales forecast because of a strike over pensions at its "
            "Dunmore works.\n\n"
            "About 900 workers at the factory have staged two 24-hour walkouts this month.\n\n"
            f"{more}\n\n"
            "The company said the action had cost it £3m.\n")
    assert _status(text, "2005-11-16") == "ongoing"


def test_a_planned_strike_with_its_condition_before_the_day_of_telling_is_a_threat():
    text = ("WATER WORKERS WARN OF STRIKE\n\nPublished: 1990-11-04\n\n"
            "Workers at the Corvena water board will stage a 48-hour strike unless the government "
            "lifts its pay ceiling for 1991, their union said today.\n\n"
            "The union is demanding a 12 pct rise.\n")
    assert _status(text, "1990-11-04") == "threatened"
