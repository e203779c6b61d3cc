"""A general strike of the public sector is public administration: its workers are the
government's own. A general strike that names public sector wages, a civil servants' union
joining, or the private sector too, stays of no one sector. Articles written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

import probes


industry_of = partial(probes.industry_of, published="2009-10-05")


@pytest.mark.parametrize("text,expected", [
    ("Public employees plan general strike\n\nThe public sector will hold a general strike on "
     "Wednesday against a wage freeze, the three union federations of Ruritania said. Schools, "
     "tax offices and trains are expected to stop.", "public_administration"),
    ("Portuguese deal averts general strike\n\nA late-night accord with the finance ministry has "
     "averted a general strike by the country's 600,000 public-sector workers, union leaders "
     "said. Hospitals and trains would have been hit.", "public_administration"),
    # a general strike against cuts to public sector wages, the private sector out too
    ("Unions call general strike\n\nBoth labour federations have called a one-day general "
     "strike in June against a cut in public sector wages, asking workers in private firms and public "
     "services alike to stop work. Private sector employers condemned the call.", None),
    # a civil servants' union joining a confederation's general strike
    ("Confederation calls general strike\n\nThe national labour confederation called a 24-hour "
     "general strike for Friday against a new tax on overtime. The civil servants' union said "
     "it would join the stoppage, which is expected to close banks, ports and shops.", None),
])
def test_a_public_sector_general_strike(text, expected, nlp):
    assert industry_of(text, nlp) == expected
