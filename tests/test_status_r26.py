"""Status in real copy (issue 14, round 26): a lockout "lifted" is over ("Lock out lifted late
last night, settlement reached"), and "lock out" there is no lockout going on. Articles written
for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _status(text: str) -> str | None:
    f = extract_article(Article(id="st26", text=text, published="2004-05-02"))
    assert f.labor
    return f.status.value if f.status else None


@pytest.mark.parametrize("headline", [
    "Tolvane Lock out lifted late last night, settlement reached",
    "Tolvane lockout lifted after pay deal",
])
def test_a_lockout_lifted_is_over(headline):
    text = (f"date 2004-05-02 {headline}\n\n"
            "Late last night, union and company negotiators reached a settlement at Tolvane "
            "Meats. Pay rises will be 50c now and 50c in six months, and workers will be paid "
            "for the holidays they lost during the lock-out.\n")
    assert _status(text) == "ended"


def test_workers_locked_out_are_still_out():
    text = ("date 2004-05-02 Tolvane locks out 300 meat workers\n\n"
            "Tolvane Meats locked out 300 workers at its Kellport plant today after talks on a "
            "new contract broke down, the union said.\n")
    assert _status(text) == "ongoing"


def test_a_strike_a_court_ruled_will_not_go_ahead_is_averted():
    text = ("date 2009-12-17 Kelmera Air wins ban on strike\n\n"
            "Air travellers breathed a sigh of relief after a judge ruled that a planned 12-day "
            "strike by Kelmera Air cabin crew could not go ahead.\n\n"
            "The ruling means the walkout by more than 12,000 cabin crew, due to start next "
            "Tuesday, will not go ahead.\n")
    assert _status(text) == "averted"


def test_a_strike_that_will_not_go_ahead_unless_talks_fail_is_no_averting():
    text = ("date 2009-12-17 Kellport bus drivers set strike\n\n"
            "Bus drivers at Tolvane Buses will strike on Monday, the union said, and the strike "
            "would not go ahead unless talks failed on Friday.\n")
    assert _status(text) != "averted"


def test_a_ban_on_strike_is_no_strike_going_on():
    text = ("date 2009-12-17 Kelmera Air wins ban on strike\n\n"
            "Kelmera Air cabin crew had planned a 12-day strike from next Tuesday over staffing, "
            "the Kellish Cabin Crew Union said.\n")
    assert _status(text) != "ongoing"


def test_strikers_manning_picket_lines_are_on_strike():
    text = ("date 2003-01-21 Troops tackle fires as strikes bite\n\n"
            "Military personnel have been out fighting blazes as firefighters man picket lines "
            "for the latest in a series of pay strikes.\n\n"
            "Orin Kestrel, the leader of the Kellish Fire Brigades Union, has told reporters that "
            "there is \"every chance\" that two further strikes - scheduled for 28 Jan and 1 "
            "February - may be suspended.\n")
    f = extract_article(Article(id="st26", text=text, published="2003-01-21"))
    assert f.status is not None and f.status.value == "ongoing"
