"""Counts that are no workers: a count of unions ('10 unions representing 4,500 workers'), of
producers or employers ('a strike against three top coal producers') and a vote's margin ('by
a 4-1 margin'); a union's members counted with 'union' before them still are. Sentences
written for these tests, invented names."""
from __future__ import annotations

import pytest

import probes


def _participants(text: str) -> int | None:
    return probes.participants_of(text, "1990-11-17")


@pytest.mark.parametrize("text", [
    "The Kellford Miners Union on Monday called a strike against three top coal producers in an "
    "attempt to break the deadlock in contract talks.",
    "By a 4-1 margin, members authorized the union's president to launch a strike if he "
    "believes it is necessary.",
    "Three newspapers averted a strike on Saturday as 10 unions reached tentative agreements on "
    "new contracts.",
    "Dockers struck at the port, and five employers said cargo was piling up.",
])
def test_counts_that_are_no_workers(text):
    assert _participants(text) is None


@pytest.mark.parametrize("text, n", [
    ("Dockers walked out on Saturday as 10 unions representing 4,500 workers went on strike "
     "at the port.", 4500),
    ("The strike by roughly 3,000 union members entered its second week.", 3000),
    ("About 1,200 union workers went on strike at the Brenmoor plant.", 1200),
])
def test_workers_beside_those_counts_still_count(text, n):
    assert _participants(text) == n
