"""Participants (issue 14, round 27): a workforce ("factories employing 250,000 workers"),
those at a meeting, and those who only threaten to join an action under way are no count of
those taking part; Teamsters are workers; workers who decide to go back to work once the
action is over took part in it. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1989-05-02"):
    f = extract_article(Article(id="pt27", text=text, published=published))
    assert f.labor
    return f


def test_a_workforce_employed_by_struck_factories_is_no_count():
    text = ("date 1989-05-02 Strike hits Kellport factories\n\n"
            "Mara Tolvane, chairman of the Kellport labour movement, said the strike affected "
            "387 factories employing about 250,000 workers in the province.\n")
    assert _facts(text).participants is None


def test_those_at_a_meeting_that_backs_action_are_no_count():
    text = ("date 2007-12-01 Kelmera cabin crew back action\n\n"
            "Up to 2,000 members of the Kelmera cabin crew union attended a mass meeting "
            "yesterday which backed calls for industrial action over the busy season.\n")
    assert _facts(text, "2007-12-01").participants is None


def test_a_union_that_only_threatens_to_join_a_strike_is_no_count():
    text = ("date 1990-01-20 Kelmera air controllers strike\n\n"
            "Air traffic controllers at Kelmera Air went on strike on Monday over pay. A union "
            "representing 57,000 pilots for the airline had threatened to join the strike if "
            "its demands were not met.\n")
    f = _facts(text, "1990-01-20")
    assert f.status.value == "ongoing"
    assert f.participants is None


def test_teamsters_who_went_on_strike_are_counted():
    text = ("date 1997-08-12 Kelmera Parcel strike drags on\n\n"
            "Kelmera Parcel, which normally ships 12 million items daily, has been virtually "
            "shut down since 185,000 Teamsters went on strike Aug. 4.\n")
    f = _facts(text, "1997-08-12")
    assert f.participants is not None and f.participants.value == 185000


def test_workers_who_decide_to_go_back_after_the_strike_took_part():
    text = ("date 2004-09-03 Strike over\n\n"
            "The strike at the Tolvane Cable plant in Kellport is over. After three hours this "
            "morning, the 184 employees decided to go back to work. They had been striking for "
            "five days.\n")
    f = _facts(text, "2004-09-03")
    assert f.status.value == "ended"
    assert f.participants is not None and f.participants.value == 184


def test_strikers_still_out_keep_their_count():
    text = ("date 1990-01-20 Kellport mill strike\n\n"
            "About 900 workers at the Kellport paper mill went on strike on Monday and have "
            "vowed to stay out until the mill restores their bonus.\n")
    f = _facts(text, "1990-01-20")
    assert f.participants is not None and f.participants.value == 900


def test_a_time_of_day_in_four_figures_is_no_count():
    text = ("date 2007-08-29 Kellport prison officers strike\n\n"
            "Prison officers at Kellport jails walked out today. The strike began at 0700 BST "
            "and ministers immediately said the move was illegal.\n")
    assert _facts(text, "2007-08-29").participants is None


def test_a_share_of_a_countrys_workforce_that_joined_is_counted():
    text = ("date 2005-08-14 Gold miners strike\n\n"
            "More than 70 percent of South Africa's 130,000 gold miners joined the strike, the "
            "union said.\n")
    f = _facts(text, "2005-08-14")
    assert f.participants is not None and f.participants.value == 91000


def test_workers_who_are_to_strike_are_those_who_would_go_out():
    text = ("date 2009-09-01 Kellport bin strike\n\n"
            "More than 600 refuse and street cleaning workers in Kellport are to strike "
            "\"indefinitely\" after last-ditch talks between unions and the council failed.\n")
    f = _facts(text, "2009-09-01")
    assert f.participants is not None and f.participants.value == 600


def test_voters_for_a_strike_are_still_no_count():
    text = ("date 2009-09-01 Kellport bin workers back strike\n\n"
            "About 600 refuse workers in Kellport have voted to strike over pay, the union said, "
            "but no date has been set.\n")
    assert _facts(text, "2009-09-01").participants is None
