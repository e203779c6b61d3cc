"""Two readings of who stands on each side. A media outlet the action is at or against is its
own staff's employer ("a strike at the Kellford Herald"), though an outlet named as a source is
not; and a union name run together with its counterpart ("the Kellford Teachers Association
and the Kellford Unified School District") is cut before the employer, which is then found
as the employer. Articles written for these tests, invented names."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, nlp):
    f = extract_article(Article(id="t", text=text, published="2020-03-04"), nlp)
    assert f.is_labor_action.value is True
    return [e.value for e in f.employers], [u.value for u in f.unions]


def test_an_outlet_struck_is_the_employer(nlp):
    text = ("Journalists call off strike at Kellford Herald\n\n"
            "The Orvella Union of Journalists has called off a 48-hour strike at the "
            "Kellford Herald planned for next Monday over pension changes.\n\n"
            "The union said talks would resume.")
    employers, unions = _facts(text, nlp)
    assert employers == ["Kellford Herald"]
    assert unions == ["Orvella Union of Journalists"]


def test_an_outlet_quoted_as_a_source_is_not(nlp):
    text = ("Dockers strike at Kellford\n\n"
            "Dockers at Kellford Port walked out on Monday over pay, the Kellford Herald "
            "reported.\n\n"
            "The Kellford Dockers Union said the strike would last two days.")
    employers, _ = _facts(text, nlp)
    assert "Kellford Herald" not in employers


def test_a_union_run_together_with_the_district_is_cut_before_it(nlp):
    text = ("Teachers vote to strike\n\n"
            "Teachers in Kellford have voted to strike, their union said on Tuesday. The "
            "strike vote comes after months of negotiations between the Kellford Teachers "
            "Association and the Kellford Unified School District.")
    employers, unions = _facts(text, nlp)
    assert unions == ["Kellford Teachers Association"]
    assert employers == ["Kellford Unified School District"]



def test_an_employers_committee_is_the_other_side_not_a_union(nlp):
    text = ("Dockers strike at Kellford\n\n"
            "Kellford watersiders joined the four-day national strike on Monday, leaving four "
            "ships idle.\n\n"
            "The chairman of the Kellford Port Employers' Committee, Mr Alan Brenmoor, said he "
            "was disappointed at the strike.")
    employers, unions = _facts(text, nlp)
    assert employers == ["Kellford Port Employers' Committee"]
    assert "Kellford Port Employers' Committee" not in unions


# the employer named only through the workforce a union represents; a speaker run into the body
# he speaks for, cut; a firm after its kind, with a possessive country before the kind
NAMED_EMPLOYER = [
    ("Postal strike hits Kellford\n\n"
     "The union representing Northland Post workers says 6,000 members in Kellford "
     "walked off the job on Monday night as part of its rotating strikes.", "Northland Post"),
    ("Dock strike ends\n\n"
     "Dockworkers at Kellford went back to work on Monday after a three-day strike over "
     "pay, the Tolvane Longshore Union said.\n\n"
     "Alan Brenmoor of the Kellford Shippers Association said, \"The men go back to work "
     "and we go back to the table.\"", "Kellford Shippers Association"),
    ("Strike at Kestrel Tolvane called off\n\n"
     "Workers at India's top car maker Kestrel Tolvane have called off a 13-day strike "
     "which had affected production.\n\n"
     "Kestrel Tolvane, a joint venture partner of Japan's Orvella Motor Corporation, "
     "makes half of the country's cars.", "Kestrel Tolvane"),
]


@pytest.mark.parametrize("text, employer", NAMED_EMPLOYER)
def test_the_employer_named_in_each_reading(text, employer, nlp):
    employers, _ = _facts(text, nlp)
    assert employers == [employer]
