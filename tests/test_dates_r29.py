"""Dates (issue 14, round 29): a day told between an authority and its order sending the
strikers back ("Parliament late last night ordered the 40,000 dockers back to work") is the
action's last day. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str):
    f = extract_article(Article(id="dt29", text=text, published=published))
    assert f.labor
    return f


def _day(fact) -> str | None:
    return fact.value if fact else None


_ORDERED = ("date 1993-06-11 Parliament ends dock strike\n\n"
            "Parliament, acting a day after the start of a national dock strike, late last night "
            "{verb} the 40,000 dockers back to work and named an arbitrator.\n\n"
            "Picket lines at the ports of Vellmar went up at 6 a.m. on Wednesday, the Vellmar "
            "Dockworkers Union said. The union had asked for a 9 percent raise.\n")


def test_an_order_sending_strikers_back_ends_the_action_that_day():
    f = _facts(_ORDERED.format(verb="ordered"), "1993-06-11")
    assert _day(f.end_date) == "1993-06-10"
    assert _day(f.status) == "ended"


def test_an_order_of_something_else_on_the_day_ends_nothing():
    f = _facts(_ORDERED.format(verb="urged"), "1993-06-11")
    assert _day(f.end_date) is None


_BROKEN = ("date 1989-02-24 Kelmera Air\n\n\nFebruary 24, 1989\n\n"
           "PEP RALLY. Labor leaders staged a rowdy show of support Thursday for\n\n"
           "machinists planning to strike Kelmera Air. The council joined members of the "
           "machinists' union at a noisy rally at the airline's headquarters.\n")


def test_a_sentence_broken_across_a_blank_line_after_for_is_read_whole():
    from picketline.nlp import split_sentences
    texts = [s.text for s in split_sentences(_BROKEN)]
    assert any(t.startswith("Labor leaders staged") and "machinists planning" in t for t in texts)
    f = _facts(_BROKEN, "1989-02-24")
    assert (_day(f.start_date), _day(f.end_date)) == ("1989-02-23", "1989-02-23")


def test_a_paragraph_ending_in_a_full_stop_is_not_joined_to_the_next():
    from picketline.nlp import split_sentences
    text = "date 1989-02-24 Kelmera Air\n\nNurses walked out on Thursday.\n\nThe union met the board.\n"
    assert [s.text for s in split_sentences(text)][-2:] == ["Nurses walked out on Thursday.",
                                                             "The union met the board."]


def test_a_pages_caption_or_link_dates_no_action():
    text = ("date 2007-06-29 Kellport bus strike goes on\n\n"
            "Last Updated: Friday, 29 June 2007, 20:38 GMT\n\n"
            "Bus drivers in Kellport are on strike over pay, the Kellish Transport Union said.\n\n"
            "The city's transit board said it would not improve its offer of 3%.\n\n"
            "{line}\n\n"
            "Talks are expected to resume next week.\n")
    assert _facts(text.format(line="Tram drivers struck on Monday 11 June"), "2007-06-29").start_date is None
    told = _facts(text.format(line="Bus drivers struck on Monday 11 June, the union said."), "2007-06-29")
    assert _day(told.start_date) == "2007-06-11"


def test_a_return_on_a_named_days_evening_makes_that_day_the_last():
    text = ("date 2005-08-11 New pay offer ends Kellish gold strike\n\n"
            "The Kellish Mineworkers Union has asked its members to resume work on Thursday "
            "evening, bringing the four-day strike to an end.\n")
    f = _facts(text, "2005-08-11")  # a Thursday
    assert (_day(f.start_date), _day(f.end_date)) == ("2005-08-08", "2005-08-11")


def test_some_strikers_back_on_an_afternoon_while_others_stay_out_end_nothing():
    text = ("date 2007-08-29 Prison officers walk out on strike\n\n"
            "Prison officers across Kellia walked out on strike over pay. The strike began at "
            "7am on Wednesday and is expected to last at least 24 hours.\n\n"
            "Ministers called the action unlawful. The union said pay had fallen behind for "
            "years.\n\n"
            "Officers at the Kellport jail returned to work on Wednesday afternoon, but others "
            "are continuing with the strike.\n")
    f = _facts(text, "2007-08-29")
    assert _day(f.status) == "ongoing" and f.end_date is None
