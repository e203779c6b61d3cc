"""Firms named after their kind are the employers (parties.employer.list_kind_named,
parties.employer.list_these_were): "the bus companies that went on strike include A, B and C",
"drivers at four companies: A, B, C and D", and "workers at three train companies also voted
in favour. These were A, B and C". A list of firms whose clause tells of neither the action
nor its workers ("airlines that cancelled flights include ...") names no employer. Articles
written for these tests, invented names."""
from __future__ import annotations

import pytest

import probes

BUSES = ("Bus drivers strike in Kellford\n\n"
         "Bus drivers at four companies in Kellford went on strike on Monday over pay, the "
         "drivers' union said.\n\n"
         "The bus companies that went on strike include Orvella, Tolvane, Kestrel Lines and "
         "Brenmoor Coaches.")

RAIL = ("Rail strike vote\n\n"
        "Rail workers at Network Orvella voted to strike over pay, the Transport Workers Union "
        "said. Workers at three train companies also voted in favour. These were Tolvane "
        "Railways, Kestrel Trains and Brenmoor Rail.")

COLON = ("Drivers walk out\n\n"
         "Drivers at four companies: Orvella, Tolvane, Kestrel Lines and Brenmoor Coaches, "
         "walked out on Tuesday over pay, their union said.")


@pytest.mark.parametrize("text, want", [
    (BUSES, ["Brenmoor Coaches", "Kestrel Lines", "Orvella", "Tolvane"]),
    (COLON, ["Brenmoor Coaches", "Kestrel Lines", "Orvella", "Tolvane"]),
    (RAIL, ["Brenmoor Rail", "Kestrel Trains", "Network Orvella", "Tolvane Railways"]),
])
def test_firms_named_after_their_kind_are_the_employers(text, want, nlp):
    assert sorted(probes.employers_of(text, nlp, None)) == want


def test_a_name_run_over_two_listed_firms_is_two_firms(nlp):
    emps = probes.employers_of(BUSES, nlp, None)
    assert "Kestrel Lines and Brenmoor Coaches" not in emps


@pytest.mark.parametrize("text", [
    # the firms' clause tells of neither the action nor its workers
    "Air traffic strike\n\nAir traffic controllers at Kellford walked out on Monday. The "
    "airlines that cancelled flights include Orvella and Tolvane.",
    # "These were" with no count of firms before it
    "Strike vote\n\nWorkers at Network Orvella voted to strike over pay. Three reasons were "
    "given. These were Pay Review, Pension Cuts and Staffing Levels.",
])
def test_firms_listed_for_another_reason_are_not_employers(text, nlp):
    emps = probes.employers_of(text, nlp, None)
    assert not {"Orvella", "Tolvane", "Pay Review", "Pension Cuts"} & set(emps)
