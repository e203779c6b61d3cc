"""Look-alikes (issue 14, round 27): a war story whose lead tells of air assaults and "an
initial series of strikes" reports no labor action; a strike story beside troops stays one.
Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _labor(text: str, published: str) -> bool:
    return extract_article(Article(id="lb27", text=text, published=published)).labor


def test_strikes_beside_air_assaults_are_attacks():
    text = ("date 2001-10-08 US threatens more strikes\n\n"
            "The United States has said it will carry out further air assaults on Tolvania after launching "
            "an initial series of strikes on Sunday night. Military sources said the bombings "
            "would carry on for several nights to come. Fifteen bombers and 50 cruise missiles "
            "were deployed. The strikes hit 30 targets.\n"
            "In addition to the attacks on the capital, the stronghold of Kellport and the "
            "eastern city of Tolvane have each been hit at least twice since the operation "
            "began late in the evening local time. "
            "The attacks worked like a finely-oiled machine, said a bomber pilot. Military "
            "officials said all the planes returned safely, but the regime claimed to have shot "
            "one down.\n")
    assert not _labor(text, "2001-10-08")


def test_a_strike_beside_troops_stays_a_strike():
    text = ("date 2002-11-14 Troops tackle fires as strikes bite\n\n"
            "Military personnel have been out fighting blazes as firefighters of the Kellport "
            "Fire Brigades Union man picket lines for the latest in a series of pay strikes.\n")
    assert _labor(text, "2002-11-14")
