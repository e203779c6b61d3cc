"""Dates in real copy (issue 14, round 25): the weekday of an action called off or averted is
ahead of the telling ("Unions cancelled Wednesday's walkout", told on a Monday); industrial
action joined on a day "with marches and rallies planned" is dated by that day, and set for
it. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="dt25", text=text, published=published))
    assert f.labor
    return (f.status.value if f.status else None,
            f.start_date.value if f.start_date else None)


def test_a_cancelled_walkouts_weekday_is_ahead():
    # 2005-03-21 is a Monday: the cancelled walkout was to be on Wednesday the 23rd
    text = ("date 2005-03-21 Pension row strike is called off\n\n"
            "A 24-hour strike by about a million Kellford council workers has been called off.\n\n"
            "Unions cancelled Wednesday's walkout following a breakthrough in the row over "
            "raising the pension age.\n")
    assert _facts(text, "2005-03-21") == ("averted", "2005-03-23")


def test_talks_to_avert_a_strike_on_two_weekdays_date_it_ahead():
    # 2005-05-27 is a Friday: Tuesday and Wednesday are the 31st and 1 June
    text = ("date 2005-05-27 'Peace offer' suspends Orvella TV strike\n\n"
            "Broadcasting unions have called off a 48-hour strike by Orvella TV staff to give "
            "members time to consider a new offer.\n\n"
            "The two parties held talks through the night to avert Tuesday and Wednesday's "
            "strike.\n")
    assert _facts(text, "2005-05-27") == ("averted", "2005-05-31")


def test_a_walkout_staged_on_wednesday_stays_in_the_past():
    text = ("date 2005-03-21 Council workers strike over pensions\n\n"
            "Kellford council workers walked out on Wednesday over pensions, the union "
            "said.\n")
    assert _facts(text, "2005-03-21")[1] == "2005-03-16"


def test_industrial_action_with_rallies_planned_is_dated_and_set():
    text = ("date 2023-03-09 Tens of thousands of teachers will strike next week with scores "
            "of schools set to close for the day.\n\n"
            "As many as 50,000 teachers will join the industrial action on Thursday, March 16, "
            "with marches and rallies planned in towns across Orvella.\n\n"
            "The strikes have been organised by the Kelmera Teachers' Association.\n")
    assert _facts(text, "2023-03-09") == ("scheduled", "2023-03-16")


def test_joining_the_strike_on_a_day_is_set_for_it():
    text = ("date 2023-03-09 Teachers to strike\n\n"
            "As many as 50,000 teachers will join the industrial action on Thursday, March 16, "
            "the Kelmera Teachers' Association said.\n")
    assert _facts(text, "2023-03-09") == ("scheduled", "2023-03-16")


def test_a_strike_teachers_were_to_go_out_on_is_set_for_its_day():
    # 1989-11-07 is a Tuesday: the day of telling is the strike's first
    text = ("date 1989-11-07 Teachers To Strike In District 12\n\n"
            "KELLPORT — Teachers in Kellport School District 12 were to go out on strike "
            "Tuesday morning after negotiations with the school board broke off.\n")
    assert _facts(text, "1989-11-07") == ("scheduled", "1989-11-07")


def test_the_day_of_a_meeting_is_not_the_strikes():
    # 2007-08-29 is a Wednesday; the strike began and ended that day, the meeting is Friday's
    text = ("date 2007-08-29 Prison officers' pay strike ends\n\n"
            "The first national strike by prison officers in Kellford has ended after their "
            "union agreed to fresh talks with the government over pay.\n\n"
            "All 129 prisons suffered disruption after the surprise walkout by about 20,000 "
            "staff at 0700 BST.\n\n"
            "A spokeswoman said the minister had arranged to meet the union's leadership on "
            "Friday, before he knew about the strikes.\n")
    f = extract_article(Article(id="dt25m", text=text, published="2007-08-29"))
    assert f.status.value == "ended"
    assert f.start_date is None or f.start_date.value != "2007-08-24"
