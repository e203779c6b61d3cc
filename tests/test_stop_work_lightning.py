"""Stoppages told without a strike word, and the 'lightning strike' of wire copy (issue 14:
"lightning strikes by port workers ... missed"). Workers who "stopped work", "stayed away from
work", held a "stay-away" or "laid down their tools" are taking action; a bare "lightning
strike" by dockers is a sudden stoppage, while lightning that struck, sparked a fire or came
with a storm is the weather. Articles written for these tests."""
from __future__ import annotations

import pytest

from picketline.cascade import no_cue_facts
from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, nlp, published: str = "1988-05-10"):
    return extract_article(Article(id="t", text=text, published=published), nlp)


@pytest.mark.parametrize("text", [
    "DOCKERS HALT WORK AT GHENT\nDockers at the port of Ghent stopped work today for 24 hours "
    "in protest at plans to cut crew sizes, port officials said. Some 30 ships were idle.",
    "BUS CREWS STOP WORK IN KUMASI\nBus crews in Kumasi stopped work today over three months of "
    "unpaid wages, leaving commuters stranded, their union said.",
    "PHYSICIANS STAY AWAY FROM WARDS\nGovernment doctors in Multan stayed away from work for a "
    "second day today, pressing for a new pay scale, a doctors' association said.",
    "MINE UNION CALLS STAY-AWAY\nThe mineworkers' union said its members at three gold mines of "
    "Veldkop Mining Ltd began a two-day stay-away today over the dismissal of 40 shop stewards.",
    "WELDERS LAY DOWN TOOLS\nAbout 900 welders at the Kestrel shipyard laid down their tools today "
    "after talks on a bonus collapsed, a union official said.",
    "PORT WORKERS IN LIGHTNING STRIKE\nPort workers at Rio Grande staged a lightning strike today, "
    "halting loading of soybeans for six hours, shipping agents said.",
    "Bank staff stage lightning strikes\n\nStaff at the state-owned Banca Orientale staged a "
    "series of lightning strikes on Friday, closing branches for two hours at a time in a row "
    "over pensions, their union said.",
])
def test_a_stoppage_without_a_strike_word_is_a_labor_action(text, nlp):
    assert no_cue_facts(Article(id="t", text=text)) is None  # the cascade lets it through
    f = _facts(text, nlp)
    assert f.is_labor_action.value is True
    assert f.action_type.value == "strike"


@pytest.mark.parametrize("text", [
    "Storm damage\n\nA lightning strike set fire to a barn near Thirsk on Tuesday night, killing "
    "20 cattle, the fire service said. Workers at a nearby farm helped to move the herd.",
    "POWER CUT AFTER LIGHTNING STRIKE\nA lightning strike knocked out a substation of the "
    "Midland Electricity Board today, cutting power to 40,000 homes, the board said. Engineers "
    "worked through the night.",
    "Play suspended\n\nPlay at the Open was suspended for two hours after forecasters warned of "
    "lightning strikes near the course. Caddies and ground staff took shelter.",
    "CONTRACT HALTED\nThe Navy issued a stop-work order on a 30 mln dlr contract with Orbis "
    "Avionics Corp after a protest by a rival bidder, the company said.",
    "Singer retires\n\nThe singer said he stopped working last year because his health had "
    "suffered, and he has no plans to tour again.",
])
def test_weather_a_contract_order_or_a_person_is_no_action(text, nlp):
    assert _facts(text, nlp).is_labor_action.value is False
