"""Status in real copy (issue 14, round 24): "the union can go on strike as early as Sept. 14"
is a prospect, not an action under way, and the earliest day it could begin sets no date:
an authorized action keeps no start. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

VOTE = (" date 2015-09-10 KELLFORD MOTOR-VOTE\n"
        "    ORVELLA, Sept 10 Kellford Motor's union workers, unable to reach a deal in\n"
        "annual talks on wages, have voted to authorise a strike, a union spokesman said.\n")


def _facts(text: str, published: str = "2015-09-10"):
    f = extract_article(Article(id="st24", text=text, published=published))
    assert f.labor
    return (f.status.value if f.status else None,
            f.start_date.value if f.start_date else None)


def test_can_go_on_strike_as_early_as_a_day_is_authorized_with_no_start():
    text = VOTE + ("    Unless a deal is reached, the union can go on strike as early\n"
                   "as Sept. 14, the spokesman said.\n")
    assert _facts(text) == ("authorized", None)


def test_a_strike_that_will_begin_on_a_day_is_still_scheduled_with_its_start():
    text = VOTE + "    The union will go on strike on Sept. 14, the spokesman said.\n"
    status, start = _facts(text)
    assert status == "scheduled"
    assert str(start) == "2015-09-14"


def test_workers_who_went_on_strike_are_still_on_strike():
    text = (" date 2015-09-10 KELLFORD MOTOR STRIKE\n"
            "    ORVELLA, Sept 10 Kellford Motor's union workers went on strike on Thursday\n"
            "after talks on wages broke down, a union spokesman said.\n")
    assert _facts(text)[0] == "ongoing"


def test_days_after_the_strike_began_count_its_days_so_far():
    text = (" date 1983-08-18 HOPES BRIGHTEN FOR SETTLEMENT IN PHONE STRIKE\n"
            "    Negotiators for Orvella Telephone Co. and its unions held only their second day\n"
            "of formal talks Wednesday, 11 days after the strike began.\n"
            "    About 9,600 Orvella strikers remain off the job, the Kellford Communications\n"
            "Workers union said.\n")
    assert _facts(text, "1983-08-18")[0] == "ongoing"


def test_weeks_after_a_strike_it_is_over():
    text = (" date 1983-08-18 PHONE STRIKE LEAVES BITTERNESS\n"
            "    Two weeks after the strike at Orvella Telephone Co., morale among its workers\n"
            "is low, the Kellford Communications Workers union said.\n")
    assert _facts(text, "1983-08-18")[0] == "ended"


def test_a_vote_whose_result_is_expected_today_is_a_threat():
    text = ("'Landslide' strike vote signals hospital disruption\n\n"
            "The Kellford health board faces a summer of disruption in the wake of a "
            "\"landslide\" vote for industrial action expected today.\n\n"
            "The Tolvane Health Union is set to report a massive majority in favour of "
            "sanctions including strikes after consulting its members.\n")
    assert _facts(text, None)[0] == "threatened"


def test_a_vote_for_industrial_action_already_won_is_authorized():
    text = ("Strike vote at Kellford hospitals\n\n"
            "Members of the Tolvane Health Union voted for industrial action yesterday, the "
            "union said, but no date has been set.\n")
    assert _facts(text, None)[0] == "authorized"
