"""Counts that are no count of those out (issue 14, round 21): a percentage range, a number that
opens a union's name, a union's size alone; a union that itself struck, and a strike by its
members, still count them. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str = "1999-05-06"):
    return extract_article(Article(id="r21", text=text, published=published))


def _participants(text: str) -> int | None:
    p = _facts(text).participants
    return p.value if p else None


# --- counts that are no count of those out ------------------------------------------------------
def test_a_percentage_range_is_no_count():
    text = ("GENERAL STRIKE IN TOLVANIA\n\nAn estimated 35 to 40 percent of the nation's workers "
            "supported the general strike on Monday, which was called by the General Labor "
            "Confederation.\n")
    assert _participants(text) is None


def test_a_number_opening_a_unions_name_is_no_count():
    text = ("NURSING HOME WORKERS STRIKE\n\nWorkers represented by 1199 KWU Healthcare Workers "
            "East walked off the job at 30 nursing homes on Monday, the union said.\n")
    assert _participants(text) is None


def test_a_unions_size_alone_is_no_count_of_those_out():
    # GUIDELINES: "not the union's total membership unless the article says they all take
    # part": the haulers' strike is told, but not that all 2,000 members are out
    text = ("HAULERS STRIKE\n\nDump truck drivers went on strike on Monday at sites across the "
            "county.\n\nA spokesman for Local 813, which represents about 2,000 haulers, said "
            "owners had offered a raise of $10 a week.\n")
    assert _participants(text) is None


def test_a_union_that_itself_struck_counts_its_membership():
    text = ("NEWSROOM STRIKE\n\nThe guild went on strike on Monday at every newsroom of the "
            "Brenmoor chain.\n\nThe guild represents about 640 reporters and editors.\n")
    assert _participants(text) == 640


def test_a_strike_by_the_unions_members_counts_them():
    text = ("POSTAL STRIKE GOES ON\n\nPostal workers walked out again on Wednesday.\n\nA second "
            "two-day strike by the KWU's 130,000 members is set to begin on Monday.\n")
    assert _participants(text) == 130000
