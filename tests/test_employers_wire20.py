"""Employers of wire copy: an employers' body named right after what it is ('the employers'
federation Gesamtmetall', 'the bankers' federation Fenaban') is named by its name, not its
kind; a Portuguese 'do' joins a firm's name ('Banco do Brasil'). Articles written for these
tests."""
from __future__ import annotations

import pytest

import probes


def _employers(text: str, nlp) -> list[str]:
    return probes.employers_of(text, nlp, "1988-06-07")


@pytest.mark.parametrize("text,expected", [
    ("ENGINEERING STRIKES SPREAD\nSome 30,000 metalworkers staged warning strikes today. The "
     "employers' federation Nordmetall called the stoppages illegal.", ["Nordmetall"]),
    ("BANK STRIKE\nStriking bank clerks rejected a 35 pct offer from the bankers' federation "
     "Febrasil today, their union said.", ["Febrasil"]),
    ("BANK STRIKE\nAbout 4,000 employees of Banco do Nordeste walked out today over pay, a union "
     "leader said.", ["Banco do Nordeste"]),
])
def test_an_employers_body_by_its_name_and_a_firm_with_do(text, expected, nlp):
    assert _employers(text, nlp) == expected


def test_an_unnamed_employers_federation_stays_as_told(nlp):
    text = ("ENGINEERING STRIKES\nSome 30,000 metalworkers staged warning strikes today. The "
            "employers' federation said the stoppages were illegal.")
    assert _employers(text, nlp) == ["employers' federation"]
