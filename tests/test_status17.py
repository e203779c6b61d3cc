"""Status in wire and broadcast copy (round 17, second pass): an end still ahead in a clause
of time or condition, a rally held today, a strike told in the present over a short walkout
told in the past, and a deal ending "a month of strikes". Articles written for these tests
(invented names; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _status(text: str, published: str | None) -> str | None:
    f = extract_article(Article(id="s", text=text, published=published))
    return f.status.value if f.status else None


@pytest.mark.parametrize("clause", [
    "provided the strike ends this week",
    "as long as the walkout is over by Friday",
    "once the stoppage ends",
    "if the strike is settled soon",
    "assuming the dispute and the strike end within days",
])
def test_an_end_still_ahead_in_a_clause_of_condition_is_no_end(clause):
    text = ("KORVALE CUTS CANNERY OUTPUT FORECAST\n"
            "Korvale Foods Ltd said a strike by about 700 workers at its two canneries had cut "
            "output by a fifth so far this season.\n"
            f"The company expects to meet its export orders {clause}, a spokesman said.\n"
            "The cannery workers walked out on March 3 in a dispute over shift pay.\n")
    assert _status(text, "1991-03-10") == "ongoing"


@pytest.mark.parametrize("lead", [
    "Some 6,000 nurses rallied outside the provincial parliament in Tarnow today against plans "
    "to cut night-shift allowances.",
    "About 3,000 dockers marched through the centre of Ostrand this morning in a protest over "
    "pay and pensions.",
    "Thousands of teachers demonstrated in the capital today, demanding a pay rise.",
])
def test_a_rally_held_today_is_over_by_the_report(lead):
    text = (f"{lead}\n"
            "Union leaders handed a petition to the ministry and the crowd dispersed peacefully, "
            "police said.\n")
    assert _status(text, "1993-05-12") == "ended"


def test_a_rally_still_going_on_is_not_over():
    text = ("Some 6,000 nurses rallied outside the provincial parliament in Tarnow today against "
            "plans to cut night-shift allowances, and hundreds were still in the square tonight.\n")
    assert _status(text, "1993-05-12") == "ongoing"


@pytest.mark.parametrize("lead", [
    "Thousands of tax office staff across Brenland are on strike in a dispute over pay.",
    "Tax office staff across Brenland are striking today over a pay offer they call an insult.",
    "A strike by tax office staff across Brenland is under way in a dispute over pay.",
])
def test_a_strike_told_in_the_present_is_on_though_a_later_sentence_is_past(lead):
    text = ("Brenland tax staff stage pay walkout\n\n"
            f"{lead}\n\n"
            "The Revenue Workers' Union said about 4,000 members had joined the 24-hour walkout, "
            "shutting offices in three towns.\n\n"
            "The department said its offer was fair.\n")
    assert _status(text, None) == "ongoing"


@pytest.mark.parametrize("lead", [
    "Workers at Dovrik Shipyards have voted to accept a new pay offer, ending a month of strikes "
    "that delayed two launches.",
    "Crews at Dovrik Shipyards backed a pay deal on Sunday, ending more than a year of rolling "
    "walkouts at the yard.",
    "Welders at Dovrik Shipyards accepted the offer, ending almost a week of stoppages.",
])
def test_a_deal_ending_a_span_told_with_a_or_one_is_ended(lead):
    text = ("Dovrik yard workers back deal\n\n"
            f"{lead}\n\n"
            "The union's 3,000 members had staged partial strikes for weeks at the main yard.\n\n"
            "Full shifts resumed on Thursday.\n")
    assert _status(text, None) == "ended"

