"""Participants of a threatened action (issue 14, round 26): nobody has taken part yet, so a
union's following or the staff it counts is no count of those taking part (GUIDELINES: "the
number of workers taking part as stated"), unless the text says they would all go out.
Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str):
    f = extract_article(Article(id="pt26", text=text, published="2009-11-24"))
    assert f.labor
    return f


def test_a_following_that_threatens_to_strike_is_no_count():
    text = ("date 2009-11-24 Tolvane Motors workers threaten strike\n\n"
            "Workers belonging to the Tolvane Motors Employees Union, which has the support of "
            "about 300 workers, have threatened to go on strike at the Kellport plant over the "
            "dismissal of two colleagues, the company said today.\n")
    f = _facts(text)
    assert f.status.value == "threatened"
    assert f.participants is None


def test_a_threat_that_says_who_would_walk_out_keeps_its_count():
    text = ("date 2009-11-24 Kellport teachers vow to strike\n\n"
            "Teachers at Kellport's public schools are vowing to strike if negotiators fail to "
            "reach a contract agreement. Mara Tolvane, president of the Kellport Education "
            "Association, said the 3,500 teachers represented by the union would walk out "
            "unless the district improved its offer.\n")
    f = _facts(text)
    assert f.status.value == "threatened"
    assert f.participants is not None and f.participants.value == 3500


def test_an_action_under_way_keeps_its_count():
    text = ("date 2009-11-24 Tolvane Motors workers strike\n\n"
            "About 300 workers at the Tolvane Motors plant in Kellport went on strike today over "
            "the dismissal of two colleagues, the company said.\n")
    f = _facts(text)
    assert f.participants is not None and f.participants.value == 300


def test_a_strike_deadline_for_a_count_counts_those_who_would_strike():
    text = ("date 1985-07-28 Kelmera Telegraph talks go on under strike threat\n\n"
            "A midnight strike deadline set by the union for 7,000 Kelmera Telegraph workers "
            "approached Saturday with negotiators arguing over severance pay, the union said, "
            "and it threatened to strike if there was no deal.\n")
    f = _facts(text)
    assert f.participants is not None and f.participants.value == 7000


def test_a_year_after_a_month_and_day_is_no_count_of_writers():
    text = ("date 1993-10-08 North Kellport Teachers Planning Strike Week Of Oct. 18\n\n"
            "October 08, 1993|By Mara Tolvane, Tribune Staff Writer.\n\n"
            "North Kellport teachers union leaders said Thursday they are planning for a strike "
            "the week of Oct. 18 unless a contract settlement can be reached.\n")
    assert _facts(text).participants is None


def test_members_who_will_be_balloted_are_no_count_of_strikers():
    text = ("date 2008-10-08 Tolvane drivers walk out\n\n"
            "Drivers at Tolvane Buses walked out today in a wildcat strike over rosters. "
            "About 13,000 Kellish Transport Union members will be balloted on industrial action, "
            "but the union has not yet said when voting will take place.\n")
    assert _facts(text).participants is None
