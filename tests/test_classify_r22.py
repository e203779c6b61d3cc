"""Look-alikes of real copy (issue 14, round 22): a "three strikes" sentencing law is no labor
action. Articles written for these tests, invented names."""
from __future__ import annotations

from picketline.extract import extract_article
from picketline.model import Article


def _labor(text: str) -> bool:
    f = extract_article(Article(id="cl22", text=text, published="1994-10-23"))
    return bool(f.is_labor_action and f.is_labor_action.value)


def test_a_three_strikes_sentencing_law_is_no_labor_action():
    text = (" date 1994-10-23 COLUMN ONE: JUDGES TAKE THE STING OUT OF '3 STRIKES'\n"
            "Orvella County judges and prosecutors have softened the blow of the state's new\n"
            "\"three strikes\" law, sending only 1 in 6 eligible defendants to prison.\n"
            "    Many offenders received longer terms than they would have before \"three\n"
            "strikes\" because the threat of life terms gave prosecutors more leverage.\n"
            "    A review of all 98 third-strike cases that were resolved between March and\n"
            "Aug. 31 found most defendants were shoplifters and drug abusers.\n")
    assert not _labor(text)


def test_three_strikes_by_workers_are_still_a_labor_action():
    text = ("Kestrel dockers strike again\n\n"
            "Three strikes by dockers this month have hit exports, the Kestrel Dock Workers Union "
            "said. Dockers walked out again on Monday over pay.\n")
    assert _labor(text)
