"""Look-alikes in real copy (issue 14, round 24): an explainer whose dates are a question
("is one likely in 2022?") and the last time a thing happened ("has not done so since 1926")
is still an explainer; a hunger strike held by students over the layoff of janitors is no
labor action, while one held by the workers themselves still is. Articles written for these
tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _labor(text: str, published: str | None = None) -> bool:
    return extract_article(Article(id="lb24", text=text, published=published)).labor


EXPLAINER = (
    "What is a general strike? When the last one happened in Orvella - and is one likely in "
    "2027?\n\n"
    "The decision to call a general strike rests with the Orvella Trades Council, which has not "
    "done so since 1926.\n\n"
    "A general strike is a strike in which workers across many industries stop work at the "
    "same time.\n\n"
    "As prices have risen, many workers have taken industrial action in a bid to secure "
    "better pay rises.\n")


def test_an_explainer_asking_about_a_year_is_no_report():
    assert not _labor(EXPLAINER)


def test_a_report_of_a_general_strike_with_its_day_is_labor():
    text = ("General strike shuts Orvella\n\n"
            "Workers across Orvella stopped work on Tuesday in the first general strike called by "
            "the Orvella Trades Council since 1926, the council said.\n")
    assert _labor(text)


HUNGER = (" date 2015-05-08 THE HISTORY OF STUDENT HUNGER STRIKES\n"
          "A hunger strike at Kellford College stretched into its sixth day on Friday, with five "
          "students refusing to eat until the administration reverses a decision to lay off 20 "
          "janitors.\n"
          "    College officials say the strikers are free to remain as long as they comply with "
          "the college's policies.\n"
          "    By choosing to fast, the students have joined a long tradition of campus "
          "activism.\n")


def test_a_students_hunger_strike_over_janitors_layoffs_is_no_labor_action():
    assert not _labor(HUNGER, "2015-05-08")


def test_a_hunger_strike_held_by_the_workers_is_labor():
    text = (" date 2015-05-08 KELLFORD JANITORS ON HUNGER STRIKE\n"
            "Janitors at Kellford College began a hunger strike on Friday, refusing to eat until "
            "the administration reverses a decision to lay off 20 of them, their union said.\n")
    assert _labor(text, "2015-05-08")
