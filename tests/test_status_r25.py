"""Status in real copy (issue 14, round 25): a vote "overwhelmingly" (quoted) for action, or
one told "after voting in favour", is done: authorized; an ultimatum headline's "or they go on
strike" is a condition, not a strike under way; a deal "putting an end to the strike" ended
it; a union that "kicked off the strike" is on strike; a strike "which would have crippled
services" and "was narrowly averted" never began. Articles written for these tests, invented
names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _status(text: str, published: str | None = "2019-12-09"):
    f = extract_article(Article(id="st25", text=text, published=published))
    assert f.labor
    return f.status.value if f.status else None


def test_a_quoted_adverb_does_not_hide_the_vote():
    text = ("Staff at Orvella Telecom vote for action\n\n"
            "Trade union Kelmera said that its members at Orvella Telecom voted "
            "\"overwhelmingly\" to take industrial action. No date has been set.\n")
    assert _status(text) == "authorized"


def test_could_strike_after_voting_in_favour_is_authorized():
    text = ("date 2019-12-09 Staff at Orvella Telecom could go on strike after voting in "
            "favour of industrial action over job cuts.\n\n"
            "Members of the strike committee will meet next week to decide on the nature of "
            "the action and when it will take place.\n")
    assert _status(text) == "authorized"


def test_an_ultimatum_or_they_go_on_strike_is_no_strike_under_way():
    text = ("date 2017-01-05 Nurses Issue Ultimatum Or They Go On Strike\n\n"
            "90% of Kelmera Nurses Union members voted for industrial action.\n\n"
            "Nurses have given health officials a week to come up with proposals aimed at "
            "averting an all out strike.\n")
    assert _status(text, "2017-01-05") == "authorized"


def test_nurses_who_go_on_strike_in_a_headline_are_on_strike():
    text = ("date 2017-01-05 Kelmera Nurses Go On Strike\n\n"
            "Nurses at Kelmera hospitals walked off the job on Thursday over pay, their "
            "union said.\n")
    assert _status(text, "2017-01-05") == "ongoing"


def test_a_deal_putting_an_end_to_the_strike_ended_it():
    text = ("date 2011-02-21 Union agrees to wage deal\n\n"
            "The Kelmera Transport Workers Union has agreed to a wage deal, putting an end to "
            "the week-long road freight sector strike, it said on Monday.\n")
    assert _status(text, "2011-02-21") == "ended"


def test_talks_aimed_at_putting_an_end_to_the_strike_do_not_end_it():
    text = ("date 2011-02-21 Truckers stay out\n\n"
            "Members of the Kelmera Transport Workers Union stayed on strike on Monday as talks "
            "aimed at putting an end to the week-long road freight strike resumed.\n")
    assert _status(text, "2011-02-21") == "ongoing"


def test_a_union_that_kicked_off_the_strike_is_on_strike():
    text = ("date 2023-04-19 Workers strike across Kelmera\n\n"
            "The Kelmera Public Service Alliance kicked off the strike at 12:01 a.m. Wednesday "
            "morning.\n")
    assert _status(text, "2023-04-19") == "ongoing"


def test_a_strike_which_would_have_crippled_services_narrowly_averted():
    text = ("date 1969-01-10 Kellford strike narrowly averted\n\n"
            "A strike which would have crippled weekend bus services in five areas of the north "
            "was narrowly averted after peace talks in Kellford on Thursday of last week.\n")
    assert _status(text, "1969-01-10") == "averted"


def test_the_first_of_three_strikes_called_off_is_averted():
    text = ("date 2007-12-31 First airport strike is halted\n\n"
            "Union leaders have called off the first of three strikes, set for 7 January, that "
            "threatened to paralyse some of the busiest airports in Kellford.\n")
    assert _status(text, "2007-12-31") == "averted"


def test_owners_who_will_lock_out_players_unless_talks_progress_threaten():
    text = ("date 1990-02-02 Owners: No agreement, no spring training\n\n"
            "KELLPORT -- League owners will lock out players from spring training unless "
            "management sees sufficient progress toward a labor agreement, the league's chief "
            "negotiator said Thursday.\n")
    assert _status(text, "1990-02-02") == "threatened"
