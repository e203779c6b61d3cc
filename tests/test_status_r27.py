"""Status (issue 14, round 27). Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _status(text: str, published: str) -> str | None:
    f = extract_article(Article(id="st27", text=text, published=published))
    assert f.labor
    return f.status.value if f.status else None


def test_a_planned_strike_told_with_its_strikers_then_called_off_is_averted():
    text = ("date 2007-01-29 Union calls off Kelmera Air strike action\n\n"
            "A planned two-day strike by Kelmera Air cabin crew has been called off. The airline "
            "now expects to fly a full programme of flights on Tuesday and Wednesday.\n")
    assert _status(text, "2007-01-29") == "averted"


def test_a_strike_under_way_called_off_is_over():
    text = ("date 2007-01-29 Kellport trams run again\n\n"
            "The strike by Kellport tram workers, which began nine days ago, has been called off "
            "after a new pay offer, and trams run again today.\n")
    assert _status(text, "2007-01-29") == "ended"


def test_a_strike_blocked_by_a_court_is_averted():
    text = ("date 2009-12-17 Kelmera Air strike blocked by court\n\n"
            "A planned 12-day strike by Kelmera Air cabin crew over Christmas has been blocked by "
            "the High Court after the airline challenged the ballot. The Kellport Cabin Crew "
            "Union said it would appeal.\n")
    assert _status(text, "2009-12-17") == "averted"


def test_a_restraining_order_preventing_a_strike_is_averted():
    text = ("date 1993-08-31 Rail strike put off\n\n"
            "A judge this afternoon granted Kelmera Rail a temporary restraining order, we "
            "believe for ten days, preventing the Kellport Transport Union from conducting a "
            "national strike against the railroad. The union had planned to strike at 12:01 am "
            "tomorrow over crew assignments.\n")
    assert _status(text, "1993-08-31") == "averted"


def test_a_deal_reached_ahead_of_a_strike_deadline_averts_the_strike():
    text = ("date 2007-07-21 Kelmera Rail reaches tentative deal with union\n\n"
            "The passenger railway and the Kellport Rail Workers union said they reached a "
            "tentative agreement ahead of Sunday's midnight strike deadline.\n")
    assert _status(text, "2007-07-21") == "averted"


def test_a_strike_planned_by_staff_then_suspended_is_averted():
    text = ("date 2005-05-27 What next in Kelmera strike row?\n\n"
            "A 48-hour strike planned by Kelmera staff, eight days after the first walkout, has "
            "been suspended following talks through the night between management and unions.\n")
    assert _status(text, "2005-05-27") == "averted"


def test_talks_ahead_of_a_strike_deadline_avert_nothing_yet():
    text = ("date 2007-07-21 Kelmera Rail talks go on\n\n"
            "Talks between the passenger railway and the Kellport Rail Workers union went on "
            "today ahead of Sunday's midnight strike deadline.\n")
    assert _status(text, "2007-07-21") != "averted"


def test_unions_pressing_ahead_with_a_strike_on_a_day_have_scheduled_it():
    text = ("date 2003-06-27 'Illegal' Kellish strike to go ahead\n\n"
            "Kellish unions are pressing ahead with an indefinite general strike on Monday even "
            "though the government has declared it illegal.\n"
            "Students protesting against the fuel price rise in Kellport, 25 June 2003\n")
    f = extract_article(Article(id="st27", text=text, published="2003-06-27"))
    assert f.status.value == "scheduled"
    assert f.start_date is not None and f.start_date.value == "2003-06-30"


def test_staff_who_will_be_locked_out_on_a_day_face_a_scheduled_lockout():
    text = ("date 2011-10-29 Kelmera Air grounds entire fleet\n\n"
            "In a shock move, Kelmera Air's chief Orin Kestrel announced today all domestic "
            "employees involved with the dispute will be locked out as of 8pm Monday, but the "
            "fleet would be grounded immediately.\n")
    assert _status(text, "2011-10-29") == "scheduled"


def test_voters_who_favored_walking_off_have_authorized_a_strike():
    text = ("date 1993-09-24 Kelmera plant union counts ballots\n\n"
            "Kellport Local 3 represents 900 workers at the Kelmera ammunition plant. "
            "The president of the local said a big majority of the 900 union "
            "workers cast ballots Wednesday, and almost 98 percent of those who voted favored "
            "walking off their jobs at the plant.\n")
    assert _status(text, "1993-09-24") == "authorized"


def test_a_strike_threat_that_fizzles_is_averted():
    text = ("date 2009-08-24 Kellian strike threat fizzles as dispute panel takes charge\n\n"
            "Public servants in Kellia went to work today after the trade disputes panel told "
            "their union not to strike.\n")
    assert _status(text, "2009-08-24") == "averted"


def test_the_day_a_union_official_spoke_is_no_day_of_the_strike():
    text = ("date 2011-09-14 Kelmera Air flight attendants may strike\n\n"
            "Flight attendants at Kelmera Air will strike if they cannot reach a new contract "
            "agreement with the airline, a union official said on Sept 13, 2011.\n")
    assert _status(text, "2011-09-14") != "scheduled"
