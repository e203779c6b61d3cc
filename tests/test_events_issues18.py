"""Bargaining steps of wire and BBC-style copy (round issues18), on sentences written for these
tests: talks that broke up without agreement, a vote to take industrial action, a third party
that failed or tried to broker a deal, a strike called off after a longer phrase once the other
side agreed to act."""
from __future__ import annotations

import pytest

import probes


events = probes.events_of


@pytest.mark.parametrize("text,country,event", [
    ("Civil servants in Varenne will strike next Thursday. Talks between the unions and the "
     "minister broke up without agreement last week.", "FR", "impasse"),
    ("Cleaners at Harrow Vale struck on Monday. Pay talks with the contractor ended without "
     "agreement on Friday.", "GB", "impasse"),
    ("Drivers at Redline Buses will strike on Monday. Drivers voted last month to take "
     "industrial action, rejecting an offer of 3.2%.", "GB", "strike_vote"),
    ("Nurses at St Brigid's will strike. Members voted to take strike action in a ballot last "
     "week.", "IE", "strike_vote"),
    ("Workers at the Hanbit plant staged stoppages on Monday. Members voted last month to "
     "strike, after the labour commission failed to broker a deal.", "KR", "mediation"),
    ("The labour congress called off a general strike over fuel prices after the government "
     "agreed to reduce them.", "GH", "tentative_agreement"),
])
def test_wire_and_bbc_steps(text: str, country: str, event: str) -> None:
    assert event in events(text, country)


@pytest.mark.parametrize("text,country,event", [
    ("Cleaners at Harrow Vale struck on Monday. Pay talks broke up for the weekend and resume "
     "on Monday.", "GB", "impasse"),
    ("Drivers at Redline Buses will vote next week on whether to take industrial action.",
     "GB", "strike_vote"),
    ("The labour congress called off a general strike over fuel prices after the government "
     "agreed to resume talks.", "GH", "tentative_agreement"),
])
def test_no_step_there(text: str, country: str, event: str) -> None:
    assert event not in events(text, country)


def test_called_off_after_a_promise_to_consider_is_no_settlement() -> None:
    text = ("Seamen at Karnaphuli Lines called off their fortnight-long walkout at the weekend after "
            "the port authority agreed to consider their demands for higher pay.")
    assert "tentative_agreement" not in events(text, "BD")
