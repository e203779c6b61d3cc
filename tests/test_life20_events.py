"""Bargaining steps told in other words (life20): leaders accepting an offer, a deal put to
members, a claim conceded, a deal approved by assemblies, a vote told with its margin, a
breakdown told before the conciliator, and a mediation still to come. Articles written for
these tests (invented names and places; no text from any evaluation set)."""
from __future__ import annotations

import pytest

import probes


_facts = probes.life_of


_DOCK = ("Dock strike in Velmar\n\nAbout 900 dockers at the port of Velmar have been on strike "
         "since Monday over pay, the Velmar Dockers Union said.\n\n")


@pytest.mark.parametrize("sentence, event", [
    ("The union's executive accepted the improved offer late last night.", "tentative_agreement"),
    ("The union leadership accepted a proposal from the port employers on Tuesday.", "tentative_agreement"),
    ("The union said the deal, which also adds a night allowance, would be put to members for "
     "approval over the next fortnight.", "tentative_agreement"),
    ("The port authority agreed yesterday to pay the arrears by the end of the month.", "tentative_agreement"),
    ("The agreement was approved by workers' assemblies in three ports yesterday.", "ratification"),
    ("The dockers ended the strike after voting at a mass meeting to accept a 9 pct wage increase.",
     "ratification"),
    ("Talks had broken down last week, and a conciliator from the labour board brought the two "
     "sides back together on Sunday.", "impasse"),
    ("Members at the port had voted by 64% to 36% for industrial action.", "strike_vote"),
])
def test_bargaining_steps_told_in_other_words(sentence, event):
    assert event in _facts(_DOCK + sentence + "\n", "1990-05-09")["bargaining_events"]


@pytest.mark.parametrize("sentence", [
    "Talks are to resume on Thursday with a provincial mediator.",
    "Labour Ministry officials have called both sides to conciliation talks on Monday.",
    "The ministry has invited the two sides to mediation talks next week.",
])
def test_a_mediation_still_to_come_is_none(sentence):
    assert "mediation" not in _facts(_DOCK + sentence + "\n", "1990-05-09")["bargaining_events"]
