"""Participants in real copy (issue 14, round 24): a year after its preposition is no count
("In 2017, doctors staged a strike"), and a whole of which an unnumbered part acts ("most of
the system's 3,800 crews", "leaders of the country's 23,900 dockers", "Of the firm's 4,500
members, 70 percent voted") is the workforce, not those out. Articles written for these tests,
invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

LEAD = ("Orvella doctors begin strike over pay\n\n"
        "Doctors at public hospitals in Orvella walked off the job on Monday, demanding better "
        "pay and equipment, their association said.\n\n")


def _participants(text: str, published: str | None = None) -> int | None:
    f = extract_article(Article(id="pt24", text=text, published=published))
    assert f.labor
    return f.participants.value if f.participants else None


def test_a_year_is_no_count():
    assert _participants(LEAD + "In 2017, doctors staged a 100-day nationwide strike that left "
                                "public hospitals shut.\n") is None


def test_a_count_beside_a_year_is_still_read():
    assert _participants(LEAD + "In 2017, 4,200 doctors staged a 100-day nationwide strike.\n"
                         ) == 4200


def test_most_of_a_workforce_is_no_count():
    text = ("Kestrel dock strike\n\n"
            "Dock workers at Kestrel walked off the job on Monday over pay.\n\n"
            "Radio reports said the 72-hour walkout by most of Kestrel Port's 2,100 employees "
            "paralyzed the harbour.\n")
    assert _participants(text) is None


def test_leaders_of_a_workforce_give_no_count():
    text = (" date 1989-04-07 TOLVANE DOCKERS TO STRIKE\n"
            "    Leaders of Tolvane's 23,900 dockers yesterday decided to call a national strike\n"
            "from Monday because of a dispute over job losses in the port of Brenmoor.\n")
    assert _participants(text, "1989-04-07") is None


def test_the_members_a_vote_share_is_taken_of_are_no_count():
    text = (" date 2016-07-14 KELLFORD MOTOR UNION VOTES FOR STRIKE\n"
            "    Workers at Kellford Motor voted to authorise a strike over pay, the union said.\n"
            "    Of Kellford's 4,500 union members in Orvella, 69.75 percent voted to authorise\n"
            "a strike, according to a union spokesman.\n")
    assert _participants(text, "2016-07-14") is None


def test_a_part_of_a_workforce_that_is_numbered_is_still_read():
    text = ("Kestrel dock strike\n\n"
            "Dock workers at Kestrel walked off the job on Monday over pay.\n\n"
            "Some 1,300 of Kestrel Port's 2,100 employees joined the walkout, the union said.\n")
    assert _participants(text) == 1300


def test_all_but_a_few_counts_the_exceptions_not_those_out():
    text = ("Kellford plant strike\n\n"
            "Pickets said all but three of the local members walked off their jobs on Wednesday "
            "in support of the national union's action at Kellford Motors.\n")
    assert _participants(text) is None
