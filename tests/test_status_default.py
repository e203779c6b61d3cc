"""A labor-action report on which no status rule votes (no tense, plan, end or deal the rules
read) is news of the day: under way (status.code.default_under_way), with the main action's
sentence as evidence; a look-alike gets no status, and a report with its own vote keeps it.
Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article

COSTING = ("Kellford dock strike\n\n"
           "The strike by 2,000 dockers at Kellford port over pay is costing exporters 2 million "
           "pounds a day, the Kellford Chamber of Commerce said.\n\n"
           "The Kellford Dockers Union wants a 9 pct rise.")

TALKS = ("Dock strike talks\n\n"
         "Talks on the Kellford dock strike over pay will resume, the Kellford Dockers "
         "Union said.\n\nAbout 2,000 dockers are involved in the dispute.")


def _facts(text: str, nlp):
    return extract_article(Article(id="t", text=text, published="1987-03-04"), nlp)


def test_a_report_with_no_word_on_its_state_is_under_way(nlp):
    for text in (COSTING, TALKS):
        f = _facts(text, nlp)
        assert f.is_labor_action.value is True
        assert f.status.value == "ongoing"
        assert f.status.rules == ["status.code.default_under_way"]
        assert f.status.evidence is not None and "strike" in f.status.evidence.sentence


def test_the_date_rule_still_ends_a_past_action(nlp):
    ended = COSTING.replace("is costing exporters 2 million pounds a day",
                            "ended yesterday after costing exporters 2 million pounds")
    f = _facts(ended, nlp)
    assert f.status.value == "ended"
    assert "status.code.last_day_past" in f.status.rules


def test_a_vote_of_its_own_is_kept(nlp):
    f = _facts("Kellford dock strike\n\nThe Kellford dock strike over pay has ended, the Kellford "
               "Dockers Union said.\n\nAbout 2,000 dockers went back to work.", nlp)
    assert f.status.value in ("averted", "ended")
    assert "status.code.default_under_way" not in f.status.rules


def test_a_day_named_beside_the_action_leaves_it_open(nlp):
    # "another day of strikes on Thursday": the day may lie ahead, so no default
    text = ("Dockers plan strikes\n\nKellford dockers are holding another day of strikes on "
            "Thursday against the port's plans to cut jobs, the Kellford Dockers Union said.")
    f = _facts(text, nlp)
    assert f.is_labor_action.value is True
    assert f.status is None or f.status.value != "ongoing"


def test_a_look_alike_gets_no_status(nlp):
    text = ("Kellford striker signs\n\nKellford United have signed the striker Tom Reddick from "
            "Orvella Rovers for 2 million pounds, the club said.")
    f = _facts(text, nlp)
    assert f.is_labor_action.value is False
    assert f.status is None
