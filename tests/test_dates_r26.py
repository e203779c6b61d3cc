"""Dates in real copy (issue 14, round 26): a stoppage "for an hour" lasts its day; a longer
stoppage the union is only "prepared to expand the action to" sets no end; a 24-hour action
that "continues until ... Wednesday morning" ends on the Wednesday. Articles written for these
tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _dates(text: str, published: str) -> tuple[str | None, str | None]:
    f = extract_article(Article(id="dt26", text=text, published=published))
    assert f.labor
    return (f.start_date.value if f.start_date else None,
            f.end_date.value if f.end_date else None)


def test_a_stoppage_for_an_hour_lasts_its_day_and_a_threatened_longer_one_sets_no_end():
    text = ("date 2011-05-10 Kelmera Air engineers to stop work on Friday\n\n"
            "Members of the Kellish Aircraft Engineers Association will stop work for an hour "
            "from 8am on Friday after negotiations with Kelmera Air hit a brick wall.\n\n"
            "The union has warned it is prepared to expand the action to include overtime bans "
            "and stoppages of up to 48 hours.\n")
    assert _dates(text, "2011-05-10") == ("2011-05-13", "2011-05-13")


def test_a_day_action_that_runs_until_the_next_morning_ends_the_next_day():
    text = ("date 2003-01-21 Kellport firefighters strike again\n\n"
            "Firefighters of the Kellish Fire Brigades Union began their third 24-hour strike at "
            "0900 GMT today. The action continues until Wednesday morning.\n")
    assert _dates(text, "2003-01-21") == ("2003-01-21", "2003-01-22")


def test_a_day_told_after_a_strike_its_protest_and_its_impact_is_the_strike_day():
    text = ("date 1987-11-05 PROTESTING UNIONS PARALYZE KELMERA\n\n"
            "KELLPORT, Kelmera -- A 10-hour strike by Tolvanist-controlled labor unions to "
            "protest against the economic policies of President Orin Kestrel paralyzed "
            "Kelmera's industry and commerce on Wednesday.\n\n"
            "For the first time, staff workers in the presidential palace joined a strike, the "
            "10th work stoppage since Kestrel became president four years ago.\n\n"
            "The strike called to protest falling wages began at noon, when shops closed their "
            "doors and buses disappeared from the streets.\n\n"
            "The protest was aimed at an austerity package announced by the government on "
            "Oct. 14 that raised prices of public services.\n")
    assert _dates(text, "1987-11-05") == ("1987-11-04", "1987-11-04")


def test_a_threatened_strike_called_for_a_day_starts_that_day():
    text = ("date 1989-07-08 Kelmera Telephone Strike Averted\n\n"
            "A threatened strike by 15,000 Kelmera Telephone employees has been averted with an "
            "agreement reached Friday evening, a spokeswoman for the company said.\n\n"
            "The threatened strike, called for midnight Sunday, could have affected 2.9 million "
            "telephone customers.\n")
    start, _ = _dates(text, "1989-07-08")
    assert start == "1989-07-09"


def test_a_vote_day_is_still_no_start():
    text = ("date 1989-07-08 Kelmera Telephone workers authorize strike\n\n"
            "Members of the Kellish Telephone Workers voted on Friday to authorize a strike "
            "against Kelmera Telephone, the union said.\n")
    start, _ = _dates(text, "1989-07-08")
    assert start is None
