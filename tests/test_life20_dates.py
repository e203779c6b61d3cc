"""Days told in other words (life20): an action counted so far ("now in its third week"), a
start verb with a long object, staying off the job today, a present day count, a start that
"was to have begun" today. Articles written for these tests (invented names and places; no text
from any evaluation set)."""
from __future__ import annotations

import pytest

import probes


_facts = probes.life_of


@pytest.mark.parametrize("count, other", [
    ("is now in its third week", "Dock unions have called a national day of action for later this month."),
    ("has now entered its fourth week", "Teachers' unions have called a one-day strike for next month."),
])
def test_an_action_counted_so_far_is_neither_dated_by_a_near_weekday_nor_cut_to_another_length(count, other):
    text = ("Harbour town bus strike spreads\n\n"
            "A strike by bus drivers in the port town of Velmar has spread to ferry staff.\n\n"
            f"The stoppage at Velmar Transit, which began on 7 March 2006, {count}.\n\n"
            "A mediator met both sides on Thursday but no new talks have been scheduled.\n\n"
            f"{other}\n")
    got = _facts(text)
    assert got["start_date"] == "2006-03-07"
    assert got["published"] is None
    assert got["end_date"] is None
    assert got["status"] == "ongoing"


@pytest.mark.parametrize("lead, start", [
    # a start verb with a long object before its day
    ("Harlow Board Ltd said it locked out about 700 hourly workers at its Kellby, Ontario, "
     "paper mill yesterday after talks with the union failed.", "1988-03-08"),
    # staying off the job today
    ("An estimated 12,000 tram and bus drivers stayed off the job in Velmar today, leaving "
     "commuters to walk.", "1988-03-09"),
    # a present day count in a report of today
    ("About 1,500 workers at Ostrel Components are staging a sit-in strike for the third day, "
     "company officials said today.", "1988-03-07"),
    # a planned start that 'was to have begun' today, averted
    ("Velmar Mining said it reached a tentative agreement with its union early today, averting "
     "a strike that was to have begun at 0001 local time today at its mines.", "1988-03-09"),
])
def test_start_days_told_in_other_words(lead, start):
    text = f"STRIKE IN PAY DISPUTE\n{lead}\n    The union wants a 12 pct pay rise.\n"
    assert _facts(text, "1988-03-09")["start_date"] == start  # a Wednesday


@pytest.mark.parametrize("lead, end", [
    ("Radio Velmar reports that the strike at the Ostrel breweries - which has been going on "
     "for three days - has ended.", "1995-06-07"),
    ("The lockout at the Kellby mills, which had been going on for two weeks, has now ended, "
     "the union said.", "1995-06-04"),
])
def test_the_time_so_far_of_an_action_told_as_over_is_its_length(lead, end):
    start = "Monday" if "three days" in lead else "Monday, May 22"
    text = (f"{lead}\n\nThe action started on {start} after pay talks failed.\n\n"
            "Both sides reached an agreement on Wednesday.\n")
    got = _facts(text, "1995-06-07")  # a Wednesday
    assert got["status"] == "ended"
    assert got["end_date"] == end
