"""Dates of a planned action told in other words: a strike deadline's day, an action named by
its day in the possessive ('Friday's strike'), a call for an action told in the progressive
past ('said it was calling for a strike on Friday'); and a contract's expiry day told in the
action's sentence, which is no start. Articles written for these tests (invented names and
places; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="l19", text=text, published=published))
    return {k: (getattr(f, k).value if getattr(f, k) else None)
            for k in ("status", "start_date", "end_date")}


@pytest.mark.parametrize("lead", [
    "The union at the Corvana cement works in Ostrel has set a strike deadline of noon on "
    "June 14 to press for a 20 pct wage increase, union officials said today.",
    "Nurses at Halden General Hospital have set a strike deadline for June 14 after talks on "
    "staffing collapsed, their union said today.",
    "Bus drivers in Marrow Bay set a walkout deadline of midnight on June 14, saying they "
    "would stop work unless the city improved its offer.",
])
def test_a_strike_deadline_gives_the_planned_start(lead):
    text = (f"DEADLINE SET IN PAY DISPUTE\n\n{lead}\n\n"
            "The employer said it hoped talks could continue before then.\n")
    assert _facts(text, "1994-06-06")["start_date"] == "1994-06-14"


@pytest.mark.parametrize("headline, body", [
    ("Union expects a big turnout for Friday's rail strike in the north",
     "Drivers and guards of Nordbahn will lay down work at five stations, the union said."),
    ("Commuters brace for Friday's 24-hour bus stoppage",
     "The Transit Workers Union said almost no buses would run in Kellsworth."),
    ("Ferry crews ready for Friday’s walkout at the harbour",
     "Ferries between Alden and Roke will stay in port, the seafarers' union said."),
])
def test_an_action_named_by_its_day_in_the_possessive_is_that_day(headline, body):
    text = (f"{headline}\n\n{body}\n\n"
            "The union is taking action because pay talks with the company failed.\n")
    got = _facts(text, "2021-03-10")  # a Wednesday
    assert got["start_date"] == "2021-03-12"
    assert got["end_date"] == "2021-03-12"


def test_a_call_told_in_the_progressive_past_points_ahead():
    text = ("Union announces day of strikes at ports\n\n"
            "The dockers' union Havnforbund said in the early hours of Wednesday that it was "
            "calling for a one-day strike at ports across the country on Friday.\n\n"
            "Talks with the port employers have produced no result, the union said.\n")
    got = _facts(text, "2021-03-10")  # a Wednesday
    assert got["start_date"] == "2021-03-12"
    assert got["end_date"] == "2021-03-12"


@pytest.mark.parametrize("clause", [
    "walked out after their contract expired February 27",
    "went on strike when their agreement lapsed on February 27",
    "stopped work after the pact ran out February 27",
])
def test_a_contract_expiry_day_in_the_action_sentence_is_no_start(clause):
    text = ("TRUCKING STRIKE CUTS TONNAGE\n\n"
            "A strike by Kestrel Freight Lines drivers, under way since March 3, cut the "
            "company's tonnage by a fifth, the company said today.\n\n"
            f"The 2,000 drivers {clause} and the company sought a wage freeze.\n")
    assert _facts(text, "1988-04-14")["start_date"] == "1988-03-03"


@pytest.mark.parametrize("lead, second", [
    ("Drivers of the Cobble Bus Company went back to their depots this morning after a "
     "12-day stoppage over shift rosters, the company said.",
     "Their union had called off the stoppage yesterday at talks with the city council."),
    ("Porters resumed work today after their 12-day strike at Helm Valley Hospital, a "
     "spokeswoman for the hospital board said.",
     "Their union called the strike off yesterday when the board agreed to hire more staff."),
    ("Ferry crews of the Tarn Line were back at work on Friday, ending a 12-day walkout "
     "over manning, the line said.",
     "The walkout was called off on Thursday after the line dropped its manning plan."),
])
def test_a_length_told_with_the_return_counts_back_from_the_last_day(lead, second):
    text = f"CREWS BACK AFTER STRIKE\n\n{lead}\n\n{second}\n"
    got = _facts(text, "1988-05-20")  # a Friday
    assert got["status"] == "ended"
    assert got["end_date"] == "1988-05-19"
    assert got["start_date"] == "1988-05-08"


@pytest.mark.parametrize("lead", [
    "The Miners' Federation has lifted its threat of a strike at Harlan Coal's three pits after "
    "the company agreed to restore the night-shift bonus, officials said today.",
    "The pilots' association has dropped its threat to walk out at Skyvale Air after the airline "
    "improved its pay offer, the association said today.",
    "Harlan Coal said today the lockout threat at its three pits had been withdrawn after the "
    "miners accepted the new shift pattern.",
])
def test_a_threat_lifted_is_an_action_averted(lead):
    text = (f"PIT DISPUTE SETTLED\n\n{lead}\n\n"
            "Members voted last month to authorise action at any time.\n")
    assert _facts(text, "1988-06-15")["status"] == "averted"


@pytest.mark.parametrize("lead", [
    "Some 200 cleaners at the Ostwald Tower picketed the building's entrance for a second day "
    "today, demanding payment of overdue wages.",
    "About 150 nurses at Lindgate Clinic picketed outside the clinic for a second straight day "
    "today over unpaid overtime.",
    "Some 90 porters at the Grand Vesper Hotel picketed its doors for a second consecutive day "
    "today to demand that the hotel recognise their union.",
])
def test_a_picket_kept_up_for_a_second_day_today_is_under_way(lead):
    text = (f"WORKERS PICKET FOR PAY\n\n{lead}\n\n"
            "Management said business went on as normal.\n")
    got = _facts(text, "1988-06-15")
    assert got["status"] == "ongoing"
    assert got["start_date"] == "1988-06-14"


@pytest.mark.parametrize("lead", [
    "Postal workers in Veldmark staged their second 24-hour strike in a week today, closing "
    "most sorting offices, the union said.",
    "Hospital porters at Rennick Infirmary began a third 24-hour stoppage today over night "
    "pay, a union spokesman said.",
    "Tram drivers in Osterby are holding another 24-hour walkout today after talks on rosters "
    "failed, the transit authority said.",
])
def test_a_second_round_staged_now_has_the_length_told(lead):
    text = (f"SERVICES HIT BY STRIKE\n\n{lead}\n\n"
            "Managers said they hoped to restore normal service as soon as possible.\n")
    got = _facts(text, "1989-09-12")
    assert got["start_date"] == "1989-09-12"
    assert got["end_date"] == "1989-09-12"


@pytest.mark.parametrize("lead", [
    "Drivers of the Ostrel Transit Company returned to work this afternoon after a walkout "
    "over unpaid overtime that halted trams during the morning rush, the company said.",
    "Some 400 cleaners at Veldmark airport went back to work this afternoon, ending a stoppage "
    "over shift pay that began at dawn, airport officials said.",
    "Dock workers at Port Selvin were back at work this evening after a walkout over a "
    "dismissed crane driver, the port authority said.",
])
@pytest.mark.parametrize("published", ["1989-10-09", "1989-10-11"])  # a Monday, a Wednesday
def test_a_return_later_the_same_day_ends_a_one_day_action_that_day(lead, published):
    text = (f"WORKERS END ONE-DAY WALKOUT\n\n{lead}\n\n"
            "Management agreed to review the dispute by the end of the month.\n")
    got = _facts(text, published)
    assert got["status"] == "ended"
    assert got["end_date"] == published
    assert got["start_date"] == published


@pytest.mark.parametrize("return_sentence", [
    "Crews will take down the picket lines and head back to work on Thursday.",
    "The technicians are heading back to work on Thursday, the union said.",
    "Each striker heads back to work on Thursday under the deal.",
])
def test_a_return_told_with_head_back_is_the_day_after_the_end(return_sentence):
    text = ("HARBOUR TECHNICIANS ACCEPT OFFER, END LONG STRIKE\n\n"
            "The eight-month strike at the Port of Granmere is over, as its technicians voted "
            "on Wednesday night to accept an offer from the harbour board.\n\n"
            f"{return_sentence}\n")
    got = _facts(text, "1990-02-14")  # a Wednesday
    assert got["status"] == "ended"
    assert got["end_date"] == "1990-02-14"
