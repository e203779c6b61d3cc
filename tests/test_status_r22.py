"""Status in real copy (issue 14, round 22): a headline's "striking <workers>" names who
settled, not an action still under way; "the labour dispute is over" ends it. Articles written
for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _status(text: str, published: str | None = "2017-08-10") -> str | None:
    f = extract_article(Article(id="st22", text=text, published=published))
    return f.status.value if f.status else None


@pytest.mark.parametrize("text", [
    # BBC style: the lead's second sentence ends the action, a third tells sympathy walkouts
    "Striking postal workers agree peace deal\n\n"
    "Postal workers whose strike sparked walkouts across the country today accepted a peace "
    "deal with Kestrel Mail.\n\n"
    "Members of the Tolvane Communication Union voted to end their industrial action over shift "
    "patterns.\n\n"
    "Workers who walked out in sympathy elsewhere are now expected to return.\n",
    # wire style, capitals
    " date 2017-08-10 STRIKING WORKERS AT KELLFORD NEWSPAPER VOTE IN FAVOUR OF NEW DEAL\n"
    "HALIFAX - Striking workers at the Kellford Herald have voted 90 per cent in favour of a\n"
    "new contract, ending an 18-month strike.\n",
])
def test_a_headlines_striking_label_over_a_settlement_is_ended(text):
    assert _status(text) == "ended"


@pytest.mark.parametrize("text", [
    # a deal refused: the strike goes on
    "Striking postal workers reject peace deal\n\n"
    "Postal workers in Tolvane have rejected a deal with Kestrel Mail that would end their "
    "strike.\n",
    # the lead tells the action under way before any end
    "Striking postal workers agree to talks\n\n"
    "Postal workers in Tolvane on strike since Monday agreed to talks with Kestrel Mail on a "
    "deal to end their strike.\n",
])
def test_a_striking_label_without_an_end_stays_under_way(text):
    assert _status(text) == "ongoing"


def test_a_labour_dispute_told_as_over_has_ended():
    text = (" date 2017-08-10 STRIKING WORKERS AT KELLFORD NEWSPAPER VOTE IN FAVOUR OF NEW DEAL\n"
            "HALIFAX - A protracted, 18-month labour dispute at the Kellford Herald is over.\n"
            "    The union representing the newsroom says the striking workers voted 94 per\n"
            "cent in favour of a new contract at a meeting today.\n")
    assert _status(text) == "ended"


def test_a_day_long_action_told_on_the_publications_own_weekday_is_under_way():
    # 1991-03-01 was a Friday: Friday's one-day strike, in Friday's paper
    assert _status(_ONE_DAY.format(date="1991-03-01"), "1991-03-01") == "ongoing"


def test_a_day_long_action_told_on_an_earlier_weekday_is_over():
    # 1991-03-02 was a Saturday: Friday's one-day strike is over
    assert _status(_ONE_DAY.format(date="1991-03-02"), "1991-03-02") == "ended"


_ONE_DAY = (" date {date} STRIKING MINERS WANT THE MINISTER TO RESIGN\n"
            "    Thousands of miners in the Kestrel coal fields staged a\n"
            "one-day warning strike Friday to demand higher pay and the\n"
            "resignation of the minister, a union official said.\n")


def test_a_hope_of_ending_the_strike_is_no_end():
    text = (" date 1985-11-08 SUPERMARKET TALKS RESUME\n"
            "    Striking meat cutters returned to the bargaining table Thursday afternoon in hopes\n"
            "of ending their 3-day-old strike against more than 100 Orvella supermarkets.\n")
    assert _status(text, "1985-11-08") == "ongoing"


def test_a_headline_telling_the_action_over_and_back_to_work_is_ended():
    text = ("Strike over and back to the table\n\n"
            "Tolvane nurses will return to their wards today after a 24-hour strike that saw an "
            "estimated 70 per cent of the region's nurses walk off the job.\n")
    assert _status(text, None) == "ended"


@pytest.mark.parametrize("sentence", [
    "Union negotiators walked out of the talks with Kestrel Freight on Tuesday.",
    "The union's assessors walked out after a day and a half of negotiations with Kestrel Freight.",
])
def test_walking_out_of_talks_is_no_strike_under_way(sentence):
    from picketline.extract.classify import status_votes
    assert not [m.group() for st, m in status_votes(sentence) if st == "ongoing"]
    # a walkout from work still is
    assert [st for st, _ in status_votes("Drivers at Kestrel Freight walked out on Tuesday.")] == ["ongoing"]


def test_going_on_strike_as_a_subject_tells_no_action_under_way():
    from picketline.extract.classify import status_votes
    for sentence in ("\u201cGoing on strike is not the course of action we want to take,\u201d she said.",
                     "The steward said going on strike would be a last resort."):
        assert not [st for st, _ in status_votes(sentence) if st == "ongoing"]
    assert [st for st, _ in status_votes("Kestrel nurses have been on strike since March.")] == ["ongoing"]
