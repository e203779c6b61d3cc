"""The life of the action in wire and broadcast copy (round 17): a headline that names the
public an action hits ("commuters stranded by rail strike"), a short action that began this
morning, a vote whose action a later sentence dates, and a day the action "would take place
on". Articles written for these tests (invented names; no text from any evaluation set)."""
from __future__ import annotations

import pytest

from picketline.extract import extract_article
from picketline.model import Article


def _facts(text: str, published: str | None):
    f = extract_article(Article(id="w", text=text, published=published))
    val = lambda x: x.value if x else None  # noqa: E731
    return {"labor": val(f.is_labor_action), "type": val(f.action_type), "status": val(f.status),
            "start": val(f.start_date), "end": val(f.end_date)}


@pytest.mark.parametrize("head, lead", [
    ("VELDHAVEN COMMUTERS STRANDED BY TRAM STRIKE",
     "Some 4,000 employees of two tram companies in the Veldhaven area went on a 24-hour strike "
     "from the first tram this morning after pay talks collapsed."),
    ("Passengers hit by ferry strike in Marrowby",
     "About 600 crew members of the Marrowby Island Line went on a 24-hour strike from the first "
     "sailing this morning over a pay freeze."),
    ("Bus strike strands thousands of commuters in Quilton",
     "Some 2,500 drivers employed by Quilton Coaches went on a 24-hour strike from the first bus "
     "this morning after wage talks ended without agreement."),
])
def test_a_headline_naming_the_public_an_action_hits_is_a_labor_headline(head, lead):
    text = (f"{head}\n{lead}\n"
            "The companies said all services were suspended and roads into the centre were jammed.\n"
            "Services would resume tomorrow, a spokesman said. Shares in both firms were little "
            "changed.\n")
    f = _facts(text, "1988-05-11")
    assert f["labor"] is True
    assert f["type"] == "strike"
    assert f["status"] == "ongoing"  # began this morning, a same-day report
    assert f["start"] == "1988-05-11"


def test_students_who_strike_are_still_no_workers():
    text = ("Students stage strike over fees\n\n"
            "Students at Norbridge college stayed away from lectures on Monday in protest at "
            "higher fees.\n")
    assert _facts(text, "2005-03-07")["labor"] is False


@pytest.mark.parametrize("notice", [
    "The union has given notice of a 24-hour stoppage starting at 0600 on Tuesday 12 April 2005.",
    "The union has given notice of a one-day strike on Tuesday 12 April 2005, the first in ten years.",
    "The union said the strike would take place on Tuesday 12 April 2005.",
    "Union officials said the walkout will go ahead on 12 April 2005.",
])
def test_a_vote_to_strike_then_a_dated_plan_is_scheduled(notice):
    text = ("Harbour pilots vote to strike\n\n"
            "Pilots at the port of Dunmarra have voted to strike in a dispute over pay, threatening "
            "disruption to shipping.\n\n"
            "The Pilots' Guild said 78% of its members had backed a walkout.\n\n"
            "About 120 pilots would take part in the walkout.\n\n"
            f"{notice}\n\n"
            "The port authority said it was disappointed by the ballot result.\n")
    f = _facts(text, None)
    assert f["status"] == "scheduled"
    assert f["start"] == "2005-04-12"


@pytest.mark.parametrize("when", [
    "said the action would take place on Thursday 9 June 2005",
    "said the strikes will go ahead on Thursday 9 June 2005",
    "said the stoppage is to begin at 0500 on Thursday 9 June 2005",
])
def test_an_action_said_to_take_place_on_a_day_starts_that_day(when):
    text = ("Ostrian unions call day of strikes\n\n"
            "Ostria's three main union federations have called a nationwide day of strikes against "
            "government plans to raise the pension age.\n\n"
            f"The federations {when}.\n\n"
            "Rail and bus services and schools are expected to be hit.\n")
    f = _facts(text, None)
    assert f["status"] == "scheduled"
    assert f["start"] == "2005-06-09"


@pytest.mark.parametrize("called", [
    "The strike by some 900 dockers had been called for Saturday and Sunday",
    "The stoppage by some 900 dockers was called for Saturday and Sunday",
])
def test_an_averted_action_called_for_weekdays_takes_the_days_ahead(called):
    text = ("Dock strike called off after pay deal\n"
            "Unions today called off a 48-hour strike by dockers at the port of Vessaline that "
            "would have disrupted exports this weekend, after reaching agreement on pay.\n"
            f"{called}, the busiest days of the month.\n"
            "Port officials said all ships would be handled as scheduled.\n")
    f = _facts(text, "1987-07-30")  # a Thursday
    assert f["status"] == "averted"
    assert f["start"] == "1987-08-01"
    assert f["end"] == "1987-08-02"
