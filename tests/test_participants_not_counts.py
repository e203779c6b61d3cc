"""Numbers in a strike story that count no one taking part: a small number that is not the
subject right before the action ("the walkouts against the three coal operators"), a year
followed by a clause ("in 2019 when teachers voted"), the words of an all-caps headline
("12 PROVINCES HIT BY TEACHER STRIKE"), a place's population ("a town of 40,000 people"), the whole
of which a part is out ("400,000 of Veloria's 550,000 miners") and those who lead or decide
("a meeting of 90 regional leaders"). A small count that is the subject of the action still
counts ("Six police officers called in sick"). Articles written for these tests, invented
names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _participants(text: str, nlp):
    f = extract_article(Article(id="t", text=text, published="1987-03-04"), nlp)
    assert f.is_labor_action.value is True
    return None if f.participants is None else f.participants.value


NOT_COUNTS = [
    # a small number after the action: the employers struck, not the strikers
    ("Kellford coal strike\n\nMiners in Kellford stayed out for a second day on Tuesday. "
     "Union leader Ann Brenmoor said the walkouts against the three coal operators would go "
     "on until pay talks resume."),
    # a year, then a clause: no head noun of the count
    ("Tolvane teachers strike\n\nTeachers in Tolvane went on strike on Monday over pay. "
     "The last time the union held a strike vote was in 2019 when teachers backed a walkout."),
    # an all-caps headline: "PROVINCES" is no name before a people noun
    (" date 1987-03-04 12 PROVINCES HIT BY ORVELLA TEACHER STRIKE\n    Teachers in Orvella began "
     "an indefinite strike on Tuesday over pay, the Orvella Teachers Union said."),
    # a town's population in the action's sentence
    ("Kestrel mine strike\n\nThe strike committee in Kestrel, a mining town of 40,000 people, "
     "said the walkout over pay would go on on Tuesday."),
    # a meeting of leaders that called the action
    ("Orvella mine strike\n\nThe Orvella Mineworkers Union announced after a meeting of 90 "
     "regional leaders that it would call rolling strikes over pay from Monday."),
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_numbers_that_count_no_one_taking_part(text, nlp):
    assert _participants(text, nlp) is None


def test_the_part_not_the_whole_of_a_named_country(nlp):
    text = ("Veloria mine strike\n\nAt least 400,000 of Veloria's 550,000 gold miners went on "
            "strike on Tuesday over pay, the Veloria Mineworkers Union said.")
    assert _participants(text, nlp) == 400000


def test_a_small_count_that_is_the_subject_of_the_action_counts(nlp):
    text = ("Brenmoor police sickout\n\nSix Brenmoor police officers called in sick on "
            "Friday in a protest over pay, the city said.")
    assert _participants(text, nlp) == 6
